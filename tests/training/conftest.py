"""Fixtures for the training tests: an app with its own job manager, and event parsing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from fromzero.server.app import create_app
from fromzero.server.settings import Settings
from fromzero.training.jobs import JobManager


@pytest.fixture
def app(tiny_course: Path, tmp_path: Path):
    app = create_app(Settings(course_dir=tiny_course, web_dist=tmp_path / "dist"))
    app.state.training_jobs = JobManager(max_running=1, max_queued=5, max_seconds=120)
    yield app
    app.state.training_jobs.shutdown()


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app)


def parse_sse(text: str) -> list[tuple[str, dict]]:
    """'event: metric\\ndata: {...}' blocks -> [(kind, data)], skipping keep-alive comments."""
    out = []
    for chunk in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in chunk.splitlines()
                      if not line.startswith(":"))
        if "event" in fields:
            out.append((fields["event"], json.loads(fields["data"])))
    return out


def events_of(client: TestClient, job_id: str) -> list[tuple[str, dict]]:
    """The whole stream of a job (returns when its `done` event has been sent)."""
    response = client.get(f"/api/train/{job_id}/events")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse_sse(response.text)


def kinds(events: list[tuple[str, dict]]) -> Iterator[str]:
    return (kind for kind, _ in events)
