"""Helpers for the account tests: an app with accounts on, and a browser that keeps its
cookies and sends the CSRF header the way the web app does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from fromzero.server.app import create_app
from fromzero.server.settings import Settings

PASSWORD = "correct horse battery"
MODULE = "m1.1-double"
PROJECT = "double-third"


def add_major_project(course: Path) -> Path:
    """The tiny course with a major project, so peer review has something to review."""
    part = course / "p01-tiny" / "part.yaml"
    part.write_text(part.read_text(encoding="utf-8")
                    + f"major_project: {{module: {MODULE}, exercise: {PROJECT}}}\n",
                    encoding="utf-8")
    return course


def accounts_app(course: Path, tmp_path: Path, **settings) -> FastAPI:
    dist = tmp_path / "dist"
    dist.mkdir(exist_ok=True)
    (dist / "index.html").write_text("<!doctype html><title>From Zero</title>", encoding="utf-8")
    values = {"course_dir": course, "web_dist": dist, "accounts": True,
              "data_dir": tmp_path / "data"} | settings
    return create_app(Settings(**values))


class Browser:
    """One browser: its own cookie jar; posts carry the CSRF header unless told not to."""

    def __init__(self, app: FastAPI) -> None:
        self.client = TestClient(app)
        self.csrf = self.client.get("/api/accounts/csrf").json()["csrf_token"]

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)

    def post(self, url: str, csrf: bool = True, **kwargs):
        headers = dict(kwargs.pop("headers", {}))
        if csrf:
            headers["X-CSRF-Token"] = self.csrf
        response = self.client.post(url, headers=headers, **kwargs)
        if response.status_code in (200, 201) and isinstance(response.json(), dict) \
                and "csrf_token" in response.json():
            self.csrf = response.json()["csrf_token"]  # a new token after each sign-in
        return response

    def signup(self, email: str, name: str = "Learner", password: str = PASSWORD):
        r = self.post("/api/accounts/signup",
                      json={"email": email, "name": name, "password": password})
        assert r.status_code == 201, r.text
        return r.json()["user"]

    def signin(self, email: str, password: str = PASSWORD):
        return self.post("/api/accounts/signin", json={"email": email, "password": password})


def event(i: int | str, kind: str = "visit", item: str | None = None,
          outcome: str = "visited", minutes_ago: float = 60) -> dict:
    at = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    return {"id": f"ev-{i}", "kind": kind, "module": MODULE, "item": item, "outcome": outcome,
            "at": at.isoformat(timespec="milliseconds").replace("+00:00", "Z")}


def progress_file(events: list[dict]) -> dict:
    return {"format": "fromzero-progress", "version": 1, "events": events}


def finished_course_events() -> list[dict]:
    """Everything the tiny course needs for its certificate."""
    return [event("v", minutes_ago=50), event("q", "quiz", "quiz", "4/5", 40)] + [
        event(f"c-{slug}", "check", slug, "pass", 30)
        for slug in ("double", "double-again", PROJECT)]
