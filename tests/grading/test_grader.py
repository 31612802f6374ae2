"""The grader: verdicts and learner messages, and that learner code cannot forge a pass."""

from pathlib import Path

import pytest

from fromzero.course.loader import load_exercise

EXERCISE = Path(__file__).parents[1] / "fixtures/course/p01-tiny/m1.1-double/exercises/double"


@pytest.fixture(scope="module")
def exercise():
    return load_exercise(EXERCISE)


def check(exercise, code: str) -> dict:
    from fromzero.grading.grader import check_code

    return check_code(exercise, code, seed=7)


def messages(result: dict) -> str:
    return result["summary"] + " " + " ".join(t["message"] for t in result["tests"])


def test_the_solution_passes(exercise):
    result = check(exercise, exercise.solution)
    assert result["status"] == "pass"
    assert all(t["status"] == "pass" for t in result["tests"])
    assert result["tests"][0]["name"] == "double(3)"


def test_the_untouched_starter_is_not_attempted(exercise):
    assert check(exercise, exercise.starter)["status"] == "not-attempted"
    spaced = exercise.starter.replace("\n", "\n\n") + "   \n# a comment\n"
    assert check(exercise, spaced)["status"] == "not-attempted"


def test_a_known_mistake_gets_its_explanation(exercise):
    result = check(exercise, "def double(x):\n    return x + 2\n")
    assert result["status"] == "fail"
    assert "double(3) returned 5 but should return 6. Did you add 2 instead" in messages(result)


def test_printing_instead_of_returning_is_named(exercise):
    result = check(exercise, "def double(x):\n    print(x * 2)\n")
    assert "printed something but returned None" in messages(result)


def test_a_list_instead_of_a_number_is_named(exercise):
    result = check(exercise, "def double(x):\n    return [x * 2, 0]\n")
    assert "should give back a single number, not a list" in messages(result)


def test_a_missing_function_is_named(exercise):
    result = check(exercise, "def doubel(x):\n    return x * 2\n")
    assert "could not find a function called `double`" in messages(result)


def test_a_syntax_error_names_the_line(exercise):
    result = check(exercise, "def double(x)\n    return x * 2\n")
    assert result["status"] == "error"
    assert "SyntaxError on line 1" in result["summary"]


def test_an_exception_names_the_line(exercise):
    result = check(exercise, "def double(x):\n    y = 1\n    return x / 0\n")
    assert "ZeroDivisionError on line 3" in messages(result)


def test_an_endless_loop_is_a_limit_not_a_crash(exercise):
    result = check(exercise, "while True:\n    pass\n")
    assert result["status"] == "limit"
    assert "stopped" in result["summary"]


def test_printing_a_fake_result_does_not_pass(exercise):
    fake = ('import json\nprint("@@fromzero-result-0000@@" + json.dumps({"import_error": None, '
            '"import_output": "", "results": [{"value": {"type": "number", "value": 6}}]}))\n'
            'def double(x):\n    return 0\n')
    assert check(exercise, fake)["status"] == "fail"


def test_forging_the_harness_marker_read_from_probes_does_not_pass(exercise):
    forged = '''
import atexit, json, sys
spec = json.load(open("probes.json"))
def forge():
    results = [{"value": {"type": "number", "value": 6}} for _ in spec["probes"]]
    sys.__stdout__.write("\\n" + spec["marker"] + json.dumps(
        {"import_error": None, "import_output": "", "results": results}) + "\\n")
atexit.register(forge)
def double(x):
    return 6
'''
    result = check(exercise, forged)
    assert result["status"] == "fail"  # the random probe's expected value is not 6


def test_reading_the_solution_or_tests_from_disk_is_impossible(exercise):
    """The sandbox shows the run folder and Python only: course files are out of reach."""
    snoop = f'''
namespace = {{}}
try:
    exec(open({str(EXERCISE / "solution.py")!r}).read(), namespace)
except OSError:
    pass
double = namespace.get("double", lambda x: None)
'''
    result = check(exercise, snoop)
    assert result["status"] == "fail"
    assert "returned nothing (None)" in messages(result)


def test_monkeypatching_builtins_does_not_pass(exercise):
    patched = '''
import builtins, math
math.isclose = lambda *a, **k: True
builtins.abs = lambda x: 0
def double(x):
    return -1
'''
    assert check(exercise, patched)["status"] == "fail"
