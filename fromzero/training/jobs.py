"""Training jobs: a queue, at most N worker processes at once, cancel, and one event stream.

The server only keeps books here: each job trains in its own fresh Python process
(`python -m fromzero.training.worker`, so nothing of the server is shared), sends its events
as JSON lines through a pipe, and a small thread per job appends them to the job's list. Streams replay that list from any point, so a
page that reconnects misses nothing.

Every job's stream ends with exactly one `done` event:
    ok          trained to the end (with its final metrics)
    diverged    the loss became NaN/inf; the message says why and what to try
    cancelled   someone cancelled it (queued or running)
    error       the training code raised; the message names the error
    crashed     the worker process died (killed, out of memory); the server is unharmed
    timeout     it ran longer than the server allows
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

KEEP_FINISHED = 50  # finished jobs whose streams can still be replayed


@dataclass
class Job:
    id: str
    preset: str
    settings: dict[str, Any]
    state: str = "queued"  # queued -> running -> finished
    events: list[dict[str, Any]] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)
    process: subprocess.Popen | None = None
    cancel_requested: bool = False
    timed_out: bool = False
    started_at: float | None = None
    last_step: int = 0

    @property
    def finished(self) -> bool:
        return self.state == "finished"

    @property
    def status(self) -> str | None:
        """The `done` status once finished, else None."""
        return self.events[-1].get("status") if self.finished and self.events else None

    def add(self, event: dict[str, Any]) -> None:
        with self.cond:
            if self.finished:
                return  # nothing may follow `done`
            event = {**event, "seq": len(self.events)}
            if event.get("kind") == "metric":
                self.last_step = int(event.get("step", self.last_step))
            self.events.append(event)
            if event.get("kind") == "done":
                self.state = "finished"
            self.cond.notify_all()

    def stream(self, after: int = -1, keepalive_s: float = 15.0) -> Iterator[dict[str, Any] | None]:
        """Events with seq > after, waiting for new ones; None means 'still alive, no news'."""
        index = after + 1
        while True:
            with self.cond:
                if index >= len(self.events) and not self.finished:
                    self.cond.wait(timeout=keepalive_s)
                fresh = self.events[index:]
                done = self.finished
            if fresh:
                index += len(fresh)
                yield from fresh
            elif not done:
                yield None
            if done and index >= len(self.events):
                return


class QueueFull(RuntimeError):
    pass


class JobManager:
    """Runs training jobs in worker processes, `max_running` at a time, the rest queued."""

    def __init__(self, max_running: int = 1, max_queued: int = 20,
                 max_seconds: float = 1800.0) -> None:
        self.max_running = max(1, max_running)
        self.max_queued = max_queued
        self.max_seconds = max_seconds
        self.jobs: dict[str, Job] = {}
        self.queue: list[Job] = []
        self.running: list[Job] = []
        self._lock = threading.Lock()

    def submit(self, preset: str, settings: dict[str, Any]) -> Job:
        with self._lock:
            if len(self.queue) >= self.max_queued:
                raise QueueFull(f"{len(self.queue)} training jobs are already waiting, which "
                                "is the most this server keeps. Try again when one finishes.")
            job = Job(id=uuid.uuid4().hex[:12], preset=preset, settings=settings)
            self.jobs[job.id] = job
            self.queue.append(job)
            self._forget_old()
            position = len(self.queue)
        job.add({"kind": "status", "state": "queued", "position": position,
                 "message": f"Waiting for a free trainer ({position} in the queue)."})
        self._start_waiting()
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def cancel(self, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        if job is None or job.finished:
            return job
        with self._lock:
            job.cancel_requested = True
            was_queued = job in self.queue
            if was_queued:
                self.queue.remove(job)
        if was_queued:
            job.add({"kind": "done", "status": "cancelled",
                     "message": "You cancelled this job before it started. The server is "
                                "fine; start a new run whenever you like."})
        elif job.process is not None:
            job.process.terminate()  # the watcher thread notices the exit and reports it
        return job

    def shutdown(self) -> None:
        """Cancel everything (used when the server stops and by tests)."""
        for job in list(self.jobs.values()):
            self.cancel(job.id)
        for job in list(self.running):
            if job.process is not None:
                job.process.wait(timeout=5)

    # -- inside the manager -----------------------------------------------------

    def _forget_old(self) -> None:
        finished = [j for j in self.jobs.values() if j.finished]
        for job in finished[:-KEEP_FINISHED] if len(finished) > KEEP_FINISHED else []:
            del self.jobs[job.id]

    def _start_waiting(self) -> None:
        with self._lock:
            starting = []
            while self.queue and len(self.running) < self.max_running:
                job = self.queue.pop(0)
                self.running.append(job)
                starting.append(job)
        for job in starting:
            self._start(job)

    def _start(self, job: Job) -> None:
        env = dict(os.environ)
        # two cores are shared with the server: one BLAS thread per job keeps pages fast
        env.setdefault("OPENBLAS_NUM_THREADS", "1")
        env.setdefault("OMP_NUM_THREADS", "1")
        # the watcher thread owns and closes this file once the worker has ended
        stderr = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115
        job.started_at = time.monotonic()
        job.state = "running"
        job.add({"kind": "status", "state": "running", "message": "Training started."})
        process = subprocess.Popen(
            [sys.executable, "-m", "fromzero.training.worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=stderr, env=env, text=True, encoding="utf-8")
        job.process = process
        assert process.stdin is not None
        process.stdin.write(json.dumps({"preset": job.preset, "settings": job.settings}) + "\n")
        process.stdin.close()
        if job.cancel_requested:  # cancelled while it was being handed to a worker
            process.terminate()
        threading.Thread(target=self._watch, args=(job, process, stderr), daemon=True,
                         name=f"watch-{job.id}").start()

    def _watch(self, job: Job, process: subprocess.Popen, stderr: IO[bytes]) -> None:
        """Copy the worker's events into the job until it ends, then free its slot."""
        timer = threading.Timer(self.max_seconds, self._time_out, args=(job, process))
        timer.daemon = True
        timer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                try:
                    event = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by a kill: the ending below explains it
                if isinstance(event, dict) and "kind" in event:
                    job.add(event)
            process.wait()
            if not job.finished:
                stderr.seek(0)
                job.add(self._ending(job, process.returncode, stderr.read()[-2000:]))
        finally:
            timer.cancel()
            stderr.close()
            with self._lock:
                if job in self.running:
                    self.running.remove(job)
            self._start_waiting()

    @staticmethod
    def _time_out(job: Job, process: subprocess.Popen) -> None:
        if process.poll() is None:
            job.timed_out = True
            process.terminate()

    def _ending(self, job: Job, exitcode: int | None, stderr: bytes) -> dict[str, Any]:
        where = f" at step {job.last_step}" if job.last_step else " before the first step"
        if job.timed_out:
            return {"kind": "done", "status": "timeout",
                    "message": f"The job ran longer than {self.max_seconds:.0f} s, the most "
                               f"this server allows, so it was stopped{where}. Try fewer "
                               "epochs or a smaller model."}
        if job.cancel_requested:
            return {"kind": "done", "status": "cancelled",
                    "message": f"You cancelled this job{where}. The server is fine; start "
                               "a new run whenever you like."}
        how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 \
            else f"exit code {exitcode}"
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        return {"kind": "done", "status": "crashed", "exit_code": exitcode,
                "detail": last[0] if last else "",
                "message": f"The training process stopped unexpectedly{where} ({how}); it may "
                           "have run out of memory. The server is still running and other "
                           "jobs are not affected. Try a smaller model or batch size."}
