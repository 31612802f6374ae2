"""Kill -9 a real `fromzero serve --accounts` in the middle of a burst of progress writes:
every acknowledged event is there after a restart, nothing is stored twice or half, and the
database is intact. On SQLite and on PostgreSQL (when FROMZERO_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine

from tests.server.accounts_helpers import PASSWORD, event
from tests.store.databases import postgres_database

WRITERS = 4
KILL_AFTER_ACKS = 150  # kill once this many events are acknowledged (or after KILL_AFTER_S)
KILL_AFTER_S = 4.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`fromzero serve --accounts` as a child process on a loopback port."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def start(self) -> str:
        self.port = free_port()
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "fromzero.cli", "serve", "--accounts",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"The server exited early:\n{self.log.read_text()}")
            try:
                if httpx.get(f"{url}/api/health", timeout=1, trust_env=False).status_code == 200:
                    return url
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"The server did not answer within 60 s:\n{self.log.read_text()}")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)


def signed_in(url: str, signup: bool) -> httpx.Client:
    # trust_env=False: never route these requests through a proxy named in the environment
    client = httpx.Client(base_url=url, timeout=10, trust_env=False)
    csrf = client.get("/api/accounts/csrf").json()["csrf_token"]
    path = "/api/accounts/signup" if signup else "/api/accounts/signin"
    body = {"email": "burst@x.org", "password": PASSWORD} | ({"name": "Burst"} if signup else {})
    r = client.post(path, json=body, headers={"X-CSRF-Token": csrf})
    assert r.status_code in (200, 201), r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


def burst(client_cookies: httpx.Cookies, csrf: str, url: str, writer: int,
          sent: dict[str, dict], acked: set[str], lock: threading.Lock,
          stop: threading.Event) -> None:
    """Post small batches until the server dies; remember what it acknowledged."""
    with httpx.Client(base_url=url, timeout=5, trust_env=False, cookies=client_cookies,
                      headers={"X-CSRF-Token": csrf}) as client:
        n = 0
        while not stop.is_set():
            batch = [event(f"w{writer}-{n + k}", minutes_ago=1) for k in range(1 + n % 4)]
            n += len(batch)
            with lock:
                sent.update({e["id"]: e for e in batch})
            try:
                r = client.post("/api/progress", json={"events": batch})
            except httpx.HTTPError:
                return  # the server is gone: these events are unacknowledged
            assert r.status_code == 200, r.text
            assert r.json()["stored"] == len(batch)
            with lock:
                acked.update(e["id"] for e in batch)


@pytest.fixture(params=["sqlite", "postgres"])
def server_env(request, tiny_course: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FROMZERO_") and k != "DATABASE_URL"}
    dist = tmp_path / "dist"
    dist.mkdir()
    env |= {"FROMZERO_DATA_DIR": str(tmp_path / "data"), "FROMZERO_COURSE_DIR": str(tiny_course),
            "FROMZERO_WEB_DIST": str(dist), "PYTHONUNBUFFERED": "1"}
    if request.param == "sqlite":
        yield env
    else:
        yield from (env | {"FROMZERO_DATABASE_URL": url} for url in postgres_database())


def test_sigkill_during_a_burst_loses_no_acknowledged_event(server_env, tmp_path):
    server = Server(server_env, tmp_path / "server.log")
    try:
        url = server.start()
        client = signed_in(url, signup=True)
        client.post("/api/progress", json={"events": [event("before")]}).raise_for_status()
        sent: dict[str, dict] = {}
        acked: set[str] = {"ev-before"}
        lock, stop = threading.Lock(), threading.Event()
        threads = [threading.Thread(target=burst, args=(
            client.cookies, client.headers["X-CSRF-Token"], url, w, sent, acked, lock, stop))
            for w in range(WRITERS)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + KILL_AFTER_S
        while len(acked) < KILL_AFTER_ACKS and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()  # SIGKILL: no shutdown handler runs, requests are cut mid-flight
        stop.set()
        for t in threads:
            t.join(timeout=20)
        assert len(acked) > 20, "the burst was too short to test anything"

        url = server.start()
        client = signed_in(url, signup=False)
        stored = client.get("/api/progress").json()["events"]
        ids = [e["id"] for e in stored]
        assert len(ids) == len(set(ids)), "an event was stored twice"
        missing = acked - set(ids)
        assert not missing, f"{len(missing)} acknowledged events were lost"
        sent["ev-before"] = event("before")
        assert set(ids) <= set(sent), "the store holds events nobody sent"
        for e in stored:
            if e["id"] != "ev-before":
                assert e == sent[e["id"]], "a stored event differs from what was sent"
        # The restarted server writes and reads as before.
        r = client.post("/api/progress", json={"events": [event("after")]}).json()
        assert r["stored"] == 1
        assert len(client.get("/api/progress").json()["events"]) == len(ids) + 1
    finally:
        server.kill()
    database = server_env.get("FROMZERO_DATABASE_URL")
    if database is None:
        engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'fromzero.db'}")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        engine.dispose()
