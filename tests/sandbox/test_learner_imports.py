"""Lessons import the platform's own library inside runs, but never see the course files."""

from pathlib import Path

from fromzero.sandbox import collect, get_runner

REPO = Path(__file__).resolve().parents[2]


def test_learner_code_can_use_fromzero_scratch_and_live():
    code = ("from fromzero.scratch.tensor import Tensor\nimport fromzero.live as live\n"
            "print(Tensor([1.0, 2.0]).sum().item())\nlive.log(step=1, loss=0.5)\n")
    events = list(get_runner().run(code))
    out, err, done = collect(iter(events))
    assert done["status"] == "ok", err
    assert out.strip() == "3.0"
    assert any(e.kind == "metric" and e.data["loss"] == 0.5 for e in events)


def test_the_course_and_its_solutions_stay_out_of_reach():
    target = REPO / "course" / "course.yaml"
    assert target.is_file()
    code = f"open({str(target)!r}).read()\nprint('read it')\n"
    out, err, done = collect(get_runner().run(code))
    assert "read it" not in out
    assert done["status"] == "error" and ("FileNotFoundError" in err or "PermissionError" in err)
