"""The HTTP API on the tiny course: every route, and bad input answered with a clear 4xx."""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from fromzero.server.app import create_app
from fromzero.server.settings import Settings

MODULE = "m1.1-double"


@pytest.fixture
def client(tiny_course: Path, tmp_path: Path) -> TestClient:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>From Zero</title>", encoding="utf-8")
    return TestClient(create_app(Settings(course_dir=tiny_course, web_dist=dist)))


def events(response) -> list[tuple[str, dict]]:
    out = []
    for chunk in response.text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in chunk.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_health_names_the_runner(client):
    body = client.get("/api/health").json()
    assert body["ok"] is True and body["runner"]


def test_course_map_shows_parts_in_preparation_too(client):
    parts = client.get("/api/course").json()["parts"]
    assert [p["status"] for p in parts] == ["open", "in-preparation"]
    assert parts[0]["modules"][0]["exercises"][0]["slug"] == "double"
    assert parts[1]["modules"] == []


def test_lesson_has_computed_blocks_and_no_answers(client):
    lesson = client.get(f"/api/modules/{MODULE}").json()
    kinds = [b["kind"] for b in lesson["blocks"]]
    assert {"prose", "term", "worked", "predict", "demo", "code", "note", "exercise",
            "quiz"} <= set(kinds)
    worked = next(b for b in lesson["blocks"] if b["kind"] == "worked")
    assert worked["steps"][0]["expr"] == "3 × 2 = 6"
    text = json.dumps(lesson["quiz"])
    assert "correct" not in text and "explain" not in text  # answers stay on the server
    assert "return x * 2" not in json.dumps(lesson["exercises"])  # no solution leaks


def test_unknown_module_is_a_404_with_a_sentence(client):
    r = client.get("/api/modules/m9.9-nothing")
    assert r.status_code == 404
    assert "no module called 'm9.9-nothing'" in r.json()["detail"]


def test_run_streams_output_then_done(client):
    r = client.post("/api/run", json={"code": "print(6 * 7)"})
    got = events(r)
    assert got[0] == ("stdout", {"text": "42\n"})
    assert got[-1][0] == "done" and got[-1][1]["status"] == "ok"


def test_code_that_raises_shows_the_line(client):
    got = events(client.post("/api/run", json={"code": "x = 1\ny = x / 0\n"}))
    stderr = "".join(d["text"] for k, d in got if k == "stderr")
    assert 'line 2' in stderr and "ZeroDivisionError" in stderr
    assert got[-1][1]["status"] == "error"


def test_endless_loop_is_stopped_and_the_server_keeps_serving(client):
    got = events(client.post("/api/run", json={"code": "while True:\n    pass\n"}))
    assert got[-1][1]["status"] in ("cpu-time-limit", "wall-time-limit")
    assert "stopped" in got[-1][1]["message"]
    assert client.get("/api/health").status_code == 200


def test_megabytes_of_output_are_cut(client):
    got = events(client.post("/api/run", json={"code": "while True:\n    print('x' * 1000)\n"}))
    assert got[-1][1]["status"] == "output-limit"
    assert "cut at 1024 KB" in got[-1][1]["message"]


def test_oversized_code_is_a_413(client):
    r = client.post("/api/run", json={"code": "#" * 200_000})
    assert r.status_code == 413 and "limit is 97 KB" in r.json()["detail"]


def test_malformed_body_is_a_422_naming_the_field(client):
    r = client.post("/api/run", json={"source": "print(1)"})
    assert r.status_code == 422 and "'code'" in r.json()["detail"]


def test_check_wrong_then_right(client):
    url = f"/api/exercises/{MODULE}/double/check"
    wrong = client.post(url, json={"code": "def double(x):\n    return x + 2\n"}).json()
    assert wrong["status"] == "fail"
    assert "Did you add 2 instead of multiplying?" in wrong["tests"][0]["message"]
    right = client.post(url, json={"code": "def double(x):\n    return 2 * x\n"}).json()
    assert right["status"] == "pass"


def test_check_unknown_exercise_is_a_404(client):
    r = client.post(f"/api/exercises/{MODULE}/nope/check", json={"code": "x"})
    assert r.status_code == 404 and "no exercise called 'nope'" in r.json()["detail"]


def test_solution_reveals_walkthrough_and_tests(client):
    body = client.post(f"/api/exercises/{MODULE}/double/solution").json()
    assert "return x * 2" in body["solution"] and "PROBES" in body["tests_source"]


def test_quiz_marks_answers_and_explains_wrong_ones(client):
    r = client.post(f"/api/quiz/{MODULE}/check",
                    json={"answers": {"q1": "b", "q2": 6, "q3": "a", "q4": "20"}}).json()
    results = {x["id"]: x for x in r["results"]}
    assert r["score"] == 2 and r["total"] == 5
    assert results["q1"]["explanation"].startswith("Adding 2 only matches")
    assert results["q2"]["explanation"] == "You added 2."
    assert results["q2"]["answer_text"] == "8"


@pytest.mark.parametrize("answers, words", [
    ({"q1": "z"}, "must be one of a, b"),
    ({"q2": "eight"}, "must be a number"),
    ({"q99": "a"}, "no question 'q99'"),
    ({"q2": "nan"}, "ordinary number"),
])
def test_malformed_quiz_answers_are_422(client, answers, words):
    r = client.post(f"/api/quiz/{MODULE}/check", json={"answers": answers})
    assert r.status_code == 422 and words in r.json()["detail"]


def test_explain_endpoint_and_its_errors(client):
    ok = client.get("/api/explain/sigmoid", params={"inputs": '{"x": 0}'}).json()
    assert ok["steps"][-1]["value"] == 0.5
    assert client.get("/api/explain/nope").status_code == 404
    assert client.get("/api/explain/sigmoid", params={"inputs": "[1]"}).status_code == 422
    assert client.get("/api/explain/sigmoid", params={"inputs": '{"y": 1}'}).status_code == 422


def test_any_other_path_serves_the_web_app(client):
    r = client.get("/learn/m1.1-double")
    assert r.status_code == 200 and "From Zero" in r.text
    assert client.get("/api/nothing").status_code == 404


def test_a_full_sandbox_queue_is_a_429_with_retry_after(client, monkeypatch):
    from fromzero.sandbox import SandboxBusy

    class Busy:
        name = "busy"

        def run(self, *args, **kwargs):
            raise SandboxBusy(2.4)

    monkeypatch.setattr("fromzero.server.routes.run.get_runner", lambda: Busy())
    r = client.post("/api/run", json={"code": "print(1)"})
    assert r.status_code == 429
    assert r.headers["retry-after"] == "3" and "try again in 3 s" in r.json()["detail"]
