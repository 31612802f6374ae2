"""Job lifecycle on the tiny presets: start, stream, queue, cancel, crash, NaN, errors.

Each job trains in its own worker process; these use xor and spiral so a job takes about a
second. After every bad ending the server must still answer and train the next job.
"""

from __future__ import annotations

import signal
import time

from fromzero.training.jobs import JobManager

from .conftest import events_of, kinds

LONG_SPIRAL = {"preset": "spiral", "hyperparameters": {"epochs": 2000, "batch_size": 4}}


def start(client, body) -> str:
    response = client.post("/api/train", json=body)
    assert response.status_code == 202, response.text
    return response.json()["job_id"]


def wait_for_step(app, job_id: str, step: int = 5, timeout: float = 30.0) -> None:
    job = app.state.training_jobs.get(job_id)
    deadline = time.monotonic() + timeout
    while job.last_step < step:
        assert time.monotonic() < deadline, "the job never started training"
        time.sleep(0.05)


def done_of(events) -> dict:
    kind, data = events[-1]
    assert kind == "done"
    assert list(kinds(events)).count("done") == 1
    return data


def test_a_job_streams_losses_epochs_confusion_histograms_and_ends_ok(client):
    job_id = start(client, {"preset": "xor", "hyperparameters": {"epochs": 5}})
    events = events_of(client, job_id)
    seen = list(kinds(events))
    assert seen[:2] == ["status", "status"]  # queued, then running
    losses = [d for k, d in events if k == "metric"]
    assert [d["step"] for d in losses] == list(range(1, len(losses) + 1))
    assert all(isinstance(d["loss"], float) for d in losses)
    epochs = [d for k, d in events if k == "epoch"]
    assert [d["epoch"] for d in epochs] == [1, 2, 3, 4, 5]
    assert {"train_accuracy", "test_accuracy", "train_loss", "test_loss"} <= set(epochs[0])
    confusion = [d for k, d in events if k == "confusion"][-1]
    assert len(confusion["matrix"]) == 2 and len(confusion["per_class"]) == 2
    histogram = [d for k, d in events if k == "histogram"][-1]
    first = histogram["layers"][0]
    assert sum(first["weights"]["counts"]) > 0
    assert len(first["gradients"]["edges"]) == len(first["gradients"]["counts"]) + 1
    done = done_of(events)
    assert done["status"] == "ok"
    assert done["metrics"]["test_accuracy"] > 0.9
    info = client.get(f"/api/train/{job_id}").json()
    assert info["state"] == "finished" and info["status"] == "ok"


def test_a_diverging_job_stops_with_an_explanation(client):
    job_id = start(client, {"preset": "xor", "hyperparameters": {"learning_rate": 10.0}})
    done = done_of(events_of(client, job_id))
    assert done["status"] == "diverged"
    message = done["message"]
    assert f"at step {done['step']}" in message
    assert "NaN" in message or "infinite" in message
    assert "learning rate 10 is too large" in message and "try 0.5" in message


def test_a_stream_can_resume_after_an_event(client):
    job_id = start(client, {"preset": "xor", "hyperparameters": {"epochs": 2}})
    everything = events_of(client, job_id)
    rest = client.get(f"/api/train/{job_id}/events", params={"after": 3}).text
    assert rest.count("event: ") == len(everything) - 4


def test_cancelling_a_running_job_ends_its_stream_and_frees_the_trainer(app, client):
    job_id = start(client, LONG_SPIRAL)
    wait_for_step(app, job_id)
    response = client.post(f"/api/train/{job_id}/cancel")
    assert response.status_code == 200
    done = done_of(events_of(client, job_id))
    assert done["status"] == "cancelled"
    assert "cancelled" in done["message"] and "server is fine" in done["message"]
    after = start(client, {"preset": "xor", "hyperparameters": {"epochs": 1}})
    assert done_of(events_of(client, after))["status"] == "ok"


def test_a_second_job_waits_in_the_queue_and_can_be_cancelled_there(app, client):
    first = start(client, LONG_SPIRAL)
    second = start(client, {"preset": "xor", "hyperparameters": {"epochs": 1}})
    assert client.get(f"/api/train/{second}").json()["state"] == "queued"
    client.post(f"/api/train/{second}/cancel")
    done = done_of(events_of(client, second))
    assert done["status"] == "cancelled" and "before it started" in done["message"]
    client.post(f"/api/train/{first}/cancel")
    assert done_of(events_of(client, first))["status"] == "cancelled"


def test_a_crashed_worker_is_reported_and_the_server_stays_healthy(app, client):
    job_id = start(client, LONG_SPIRAL)
    wait_for_step(app, job_id)
    app.state.training_jobs.get(job_id).process.send_signal(signal.SIGKILL)  # like the OOM killer
    done = done_of(events_of(client, job_id))
    assert done["status"] == "crashed"
    assert "stopped unexpectedly" in done["message"] and "server is still running" in done["message"]
    assert client.get("/api/health").json()["ok"] is True
    after = start(client, {"preset": "xor", "hyperparameters": {"epochs": 1}})
    assert done_of(events_of(client, after))["status"] == "ok"


def test_missing_data_ends_the_job_with_the_command_that_fixes_it(client, monkeypatch, tmp_path):
    monkeypatch.setenv("FROMZERO_DATA_DIR", str(tmp_path / "empty"))
    job_id = start(client, {"preset": "mnist-mlp", "hyperparameters": {"epochs": 1}})
    done = done_of(events_of(client, job_id))
    assert done["status"] == "error"
    assert "fromzero datasets prepare mnist" in done["message"]


def test_a_job_running_too_long_is_stopped_with_a_timeout(client, app):
    app.state.training_jobs = JobManager(max_running=1, max_seconds=1.5)
    job_id = start(client, LONG_SPIRAL)
    done = done_of(events_of(client, job_id))
    assert done["status"] == "timeout"
    assert "longer than 2 s" in done["message"]


def test_unknown_jobs_are_a_404(client):
    assert client.get("/api/train/nosuchjob/events").status_code == 404
    assert client.post("/api/train/nosuchjob/cancel").status_code == 404
