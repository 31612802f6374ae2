"""The validator accepts a good module and rejects each kind of mistake DESIGN.md §3 lists."""

from pathlib import Path

from fromzero.course.validator import check_course, check_typed_numbers

MODULE = Path("p01-tiny/m1.1-double")


def problems(root: Path, demo_dir: Path, run_code: bool = True) -> list[str]:
    found, _ = check_course(root, run_code=run_code, demo_dir=demo_dir)
    return [str(p) for p in found]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_tiny_course_passes(tiny_course, demo_dir):
    assert problems(tiny_course, demo_dir) == []


def test_a_typed_in_wrong_number_is_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "lesson.md", "3 × 2 = 6", "3 × 2 = 7")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("'3 × 2 = 7' is wrong" in p for p in found), found


def test_a_wrong_concept_result_in_prose_is_rejected():
    assert check_typed_numbers("so sigmoid(2) = 0.88 here", "x") == []
    assert check_typed_numbers("so sigmoid(2) ≈ 0.88 here", "x") == []
    found = check_typed_numbers("so sigmoid(2) = 0.75 here", "x")
    assert found and "sigmoid gives 0.880797" in found[0].message


def test_rounded_numbers_are_accepted_and_chains_are_checked():
    assert check_typed_numbers("1.5 + 2.1 + 1.6 = 5.2", "x") == []
    assert check_typed_numbers("1 ÷ 3 = 0.3333", "x") == []
    assert check_typed_numbers("1.5 + 2.1 + 1.6 = 5.3", "x") != []


def test_an_undefined_term_is_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "module.yaml", "uses: [number, multiplication]",
         "uses: [number, multiplication, gradient]")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("uses 'gradient', which no earlier module defines" in p for p in found), found


def test_a_defined_term_needs_its_term_block(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "module.yaml", "defines: [double]", "defines: [double, triple]")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("no '::: term triple' block" in p for p in found), found


def test_a_starter_that_passes_is_rejected(tiny_course, demo_dir):
    starter = tiny_course / MODULE / "exercises/double/starter.py"
    starter.write_text("def double(x):\n    return x * 2\n", encoding="utf-8")
    found = problems(tiny_course, demo_dir)
    assert any("double: starter.py passes its own tests" in p for p in found), found


def test_a_solution_that_fails_is_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "exercises/double-again/solution.py", "x * 2", "x * 3")
    found = problems(tiny_course, demo_dir)
    assert any("double-again: solution.py fails its tests" in p for p in found), found


def test_a_wrong_solution_that_passes_is_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "exercises/double/wrong/added.py", "x + 2", "x * 2")
    found = problems(tiny_course, demo_dir)
    assert any("wrong/added.py passes the tests" in p for p in found), found


def test_an_example_whose_output_changed_is_rejected(tiny_course, demo_dir):
    (tiny_course / MODULE / "examples/double.out").write_text("7\n", encoding="utf-8")
    found = problems(tiny_course, demo_dir)
    assert any("differs from its .out file" in p for p in found), found


def test_banned_words_are_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "lesson.md", "# Doubling", "# Doubling (TODO)")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("banned word" in p for p in found), found


def test_unknown_demo_ids_are_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "lesson.md", "::: demo neuron-graph", "::: demo neuron-grahp")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("demo 'neuron-grahp' is not registered" in p for p in found), found


def test_a_quiz_with_two_right_answers_is_rejected(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "quiz.yaml", "{text: Adds 2, explain",
         "{text: Adds 2, correct: true, explain")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("q1: needs exactly one correct choice" in p for p in found), found


def test_a_quiz_choice_without_explanation_is_a_schema_error(tiny_course, demo_dir):
    edit(tiny_course / MODULE / "quiz.yaml",
         "{text: Adds 2, explain: Adding 2 only matches doubling for the number 2.}",
         "{text: Adds 2}")
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("quiz.yaml" in p and "explain" in p for p in found), found


def test_too_hard_prose_is_rejected(tiny_course, demo_dir):
    hard = ("Notwithstanding considerable epistemological reservations, the multiplicative "
            "transformation characteristically institutionalises proportional magnification "
            "of quantitative representations throughout computational infrastructures. ") * 5
    edit(tiny_course / MODULE / "lesson.md", "To double a number, multiply it by 2.", hard)
    found = problems(tiny_course, demo_dir, run_code=False)
    assert any("reading grade" in p for p in found), found
