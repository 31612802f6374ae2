"""`fromzero check course`: everything DESIGN.md §3 says a module must get right.

Each check returns a list of Problems; the course passes when the list is empty. Checks that
run code (examples, exercises) go through the same sandbox runner learners use.
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from fromzero.course.loader import Course, Module, load_course
from fromzero.course.markdown import ContentError, fill_numbers, final_value, plain_text
from fromzero.explain import CONCEPTS

BANNED = re.compile(r"\bTODO\b|placeholder|coming soon|covered later|lorem ipsum|\bTBD\b",
                    re.IGNORECASE)
MAX_GRADE = 8.0
QUIZ_SIZE = (5, 10)
MIN_EXERCISES = 3
MIN_WRONG = 3
DEMO_DIR = Path(__file__).resolve().parents[2] / "web" / "src" / "demos"

NUM = r"[−-]?\d+(?:\.\d+)?"
OP = r"\s*[×x*+÷/−-]\s*"
ARITHMETIC = re.compile(rf"(?<![\w.^])({NUM}(?:{OP}{NUM})+)\s*(=|≈)\s*({NUM})(?![\w.]*\d)")
CALL_RESULT = re.compile(rf"\b([a-z_]+)\(\s*({NUM}(?:\s*,\s*{NUM})*)\s*\)\s*(=|≈)\s*({NUM})")


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _number(text: str) -> float:
    return float(text.replace("−", "-"))


def _close_enough(exact: float, shown: str, approx: bool) -> bool:
    """Is `shown` what `exact` rounds to? '3.5' must be 3.5 ± half a unit of its last digit."""
    decimals = max(0, -Decimal(shown.replace("−", "-")).as_tuple().exponent)
    slack = 0.5 * 10 ** -decimals + 1e-9
    if approx:
        slack *= 2
    return abs(exact - _number(shown)) <= slack


def check_typed_numbers(text: str, where: str) -> list[Problem]:
    """Every 'A op B = C' and 'sigmoid(2) = C' written in prose must be right."""
    problems = []
    prose = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    for m in ARITHMETIC.finditer(prose):
        expr = m.group(1).replace("×", "*").replace("x", "*").replace("÷", "/")
        expr = expr.replace("−", "-")
        try:
            exact = eval(expr, {"__builtins__": {}}, {})  # digits and operators only (regex)
        except (SyntaxError, ZeroDivisionError):
            continue
        if not _close_enough(exact, m.group(3), m.group(2) == "≈"):
            problems.append(Problem(where, f"'{m.group(0)}' is wrong: {m.group(1)} is "
                                           f"{exact:.6g}. Use a worked block or {{{{= }}}}."))
    for m in CALL_RESULT.finditer(prose):
        name = m.group(1)
        if name not in CONCEPTS:
            continue
        args = [_number(a) for a in m.group(2).split(",")]
        try:
            bound = inspect.signature(CONCEPTS[name]).bind(*args)
            exact = final_value(name, dict(bound.arguments))
        except (TypeError, ValueError):
            continue
        if not _close_enough(exact, m.group(4), m.group(3) == "≈"):
            problems.append(Problem(where, f"'{m.group(0)}' is wrong: {name} gives "
                                           f"{exact:.6g}. Use {{{{= {name}(...) }}}}."))
    return problems


def prose_texts(module: Module) -> list[str]:
    """The words of a lesson a learner reads (prose, terms, notes, predictions)."""
    texts = []
    for raw in module.lesson.raw:
        if raw.kind in ("prose", "term", "note"):
            texts.append(raw.body)
    return texts


def reading_grade(module: Module) -> float | None:
    try:
        with warnings.catch_warnings():  # textstat imports the deprecated pkg_resources
            warnings.simplefilter("ignore")
            import textstat
    except ImportError:
        return None
    text = plain_text(fill_numbers("\n\n".join(prose_texts(module))))
    return float(textstat.flesch_kincaid_grade(text))


def check_concept_graph(course: Course) -> list[Problem]:
    problems = []
    known = {t.lower(): "prior knowledge" for t in course.prior_terms}
    for module in course.modules():
        where = f"{module.id}/module.yaml"
        for term in module.meta.uses:
            if term.lower() not in known:
                problems.append(Problem(where, f"uses '{term}', which no earlier module defines. "
                                               "Define it before, or list it in defines here."))
        term_blocks = {b["term"].lower() for b in module.lesson.blocks if b["kind"] == "term"}
        for term in module.meta.defines:
            if term.lower() in known:
                problems.append(Problem(where, f"defines '{term}' again (first defined in "
                                               f"{known[term.lower()]})."))
            if term.lower() not in term_blocks:
                problems.append(Problem(where, f"defines '{term}' but lesson.md has no "
                                               f"'::: term {term}' block."))
        for term in term_blocks - {t.lower() for t in module.meta.defines}:
            problems.append(Problem(where, f"lesson.md defines '{term}' with a term block; "
                                           "add it to defines."))
        for term in module.meta.defines:
            known.setdefault(term.lower(), module.id)
    return problems


def registered_demos(demo_dir: Path = DEMO_DIR) -> set[str]:
    """The ids registered in registry.ts (`demo("id", ...)`), else the demo folders' names."""
    registry = demo_dir / "registry.ts"
    if registry.is_file():
        return set(re.findall(r'\bdemo\(\s*"([\w-]+)"', registry.read_text(encoding="utf-8")))
    if not demo_dir.is_dir():
        return set()
    return {p.name for p in demo_dir.iterdir() if p.is_dir() and not p.name.startswith("_")}


def check_structure(module: Module, demos: set[str]) -> list[Problem]:
    where = f"{module.id}/lesson.md"
    problems = []
    used_demos = [b["demo"] for b in module.lesson.blocks if b["kind"] == "demo"]
    for demo in used_demos:
        if demo not in demos:
            problems.append(Problem(where, f"demo '{demo}' is not registered "
                                           f"(known: {', '.join(sorted(demos)) or 'none'})."))
    if set(used_demos) != set(module.meta.demos):
        problems.append(Problem(where, f"module.yaml lists demos {sorted(module.meta.demos)} but "
                                       f"the lesson uses {sorted(set(used_demos))}."))
    if len(set(used_demos)) < 2:
        problems.append(Problem(where, "needs at least two demos on the main path."))
    slugs = [b["slug"] for b in module.lesson.blocks if b["kind"] == "exercise"]
    if sorted(slugs) != sorted(module.meta.exercises):
        problems.append(Problem(where, f"exercise blocks {slugs} differ from module.yaml's "
                                       f"{module.meta.exercises}."))
    if len(module.meta.exercises) < MIN_EXERCISES:
        problems.append(Problem(where, f"needs at least {MIN_EXERCISES} exercises."))
    if sum(b["kind"] == "quiz" for b in module.lesson.blocks) != 1:
        problems.append(Problem(where, "needs exactly one '::: quiz' block."))
    return problems


def check_quiz(module: Module) -> list[Problem]:
    where = f"{module.id}/quiz.yaml"
    qs = module.quiz.questions
    problems = []
    if not QUIZ_SIZE[0] <= len(qs) <= QUIZ_SIZE[1]:
        problems.append(Problem(where, f"has {len(qs)} questions; a quiz has 5 to 10."))
    ids = [q.id for q in qs]
    if len(set(ids)) != len(ids):
        problems.append(Problem(where, "question ids must be unique."))
    for q in qs:
        if q.kind in ("choice", "predict"):
            if not q.choices or len(q.choices) < 2:
                problems.append(Problem(where, f"{q.id}: needs at least two choices."))
            elif sum(c.correct for c in q.choices) != 1:
                problems.append(Problem(where, f"{q.id}: needs exactly one correct choice."))
            if q.kind == "predict" and not q.code:
                problems.append(Problem(where, f"{q.id}: a predict question shows code."))
        else:
            if q.answer is None:
                problems.append(Problem(where, f"{q.id}: a numeric question needs 'answer'."))
            if not q.explain:
                problems.append(Problem(where, f"{q.id}: needs 'explain' for a wrong answer."))
            if q.answer is not None and not isinstance(q.answer, float | int):
                try:
                    final_value(q.answer.concept, q.answer.inputs)
                except (KeyError, TypeError, ValueError, ContentError) as e:
                    problems.append(Problem(where, f"{q.id}: answer cannot be computed: {e}"))
        texts = [q.prompt, q.explain or ""] + [c.explain for c in q.choices or []]
        for text in texts:
            problems += check_typed_numbers(text, f"{where} {q.id}")
    return problems


def check_examples(module: Module) -> list[Problem]:
    from fromzero.sandbox import collect, get_runner

    problems = []
    for path in sorted((module.dir / "examples").glob("*.py")):
        where = f"{module.id}/examples/{path.name}"
        golden = path.with_suffix(".out")
        if not golden.is_file():
            problems.append(Problem(where, f"has no golden output file {golden.name}."))
            continue
        out, err, done = collect(get_runner().run(path.read_text(encoding="utf-8")))
        if done.get("status") != "ok":
            problems.append(Problem(where, f"did not run cleanly ({done.get('status')}): "
                                           f"{err[-300:]}"))
        elif out != golden.read_text(encoding="utf-8"):
            problems.append(Problem(where, "printed output differs from its .out file."))
    return problems


def check_exercises(module: Module) -> list[Problem]:
    from fromzero.grading.grader import check_code

    problems = []
    for slug, ex in module.exercises.items():
        where = f"{module.id}/exercises/{slug}"
        if len(ex.wrong) < MIN_WRONG:
            problems.append(Problem(where, f"keeps {len(ex.wrong)} wrong solutions in wrong/; "
                                           f"at least {MIN_WRONG} are needed."))
        from fromzero.grading.grader import load_tests

        if not any(p.expect is not None or p.check is not None
                   for p in load_tests(ex.tests_path).probes):
            problems.append(Problem(where, "tests.py needs at least one probe with expect= (or "
                                           "check=), so that a wrong solution.py is caught."))
        # The starter must really fail its tests (not only be reported as untouched).
        starter = check_code(ex, ex.starter + "\n# checked by the validator\npass\n", seed=1)
        if starter["status"] == "pass":
            problems.append(Problem(where, "starter.py passes its own tests."))
        for seed in (1, 2):
            result = check_code(ex, ex.solution, seed=seed)
            if result["status"] != "pass":
                detail = "; ".join(t["message"] for t in result["tests"]
                                   if t["status"] != "pass") or result["summary"]
                problems.append(Problem(where, f"solution.py fails its tests: {detail}"))
                break
        for wrong in ex.wrong:
            result = check_code(ex, wrong.code, seed=1)
            said = result["summary"] + " " + " ".join(t["message"] for t in result["tests"])
            if result["status"] == "pass":
                problems.append(Problem(where, f"wrong/{wrong.name}.py passes the tests."))
            elif wrong.expect not in said:
                problems.append(Problem(where, f"wrong/{wrong.name}.py is rejected, but the "
                                               f"message does not say '{wrong.expect}': {said}"))
        for text in [ex.walkthrough] + ex.meta.hints + [t.text for t in ex.meta.tasks]:
            problems += check_typed_numbers(text, where)
    return problems


def check_banned_words(root: Path) -> list[Problem]:
    problems = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".yaml", ".py", ".out", ".txt"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if BANNED.search(line):
                    problems.append(Problem(f"{path.relative_to(root)}:{n}",
                                            f"contains a banned word: {line.strip()[:80]}"))
    return problems


def check_course(root: Path, only: Iterable[str] | None = None, run_code: bool = True,
                 demo_dir: Path = DEMO_DIR) -> tuple[list[Problem], dict[str, float | None]]:
    """All checks. Returns the problems and each module's reading grade."""
    try:
        course = load_course(root)
    except ContentError as e:
        return [Problem("course", str(e))], {}
    wanted = set(only or [])
    problems = check_banned_words(root) + check_concept_graph(course)
    demos = registered_demos(demo_dir)
    grades: dict[str, float | None] = {}
    for module in course.modules():
        if wanted and module.id not in wanted:
            continue
        problems += check_structure(module, demos)
        problems += check_quiz(module)
        for text in prose_texts(module):
            problems += check_typed_numbers(text, f"{module.id}/lesson.md")
        grade = grades[module.id] = reading_grade(module)
        if grade is not None and grade > MAX_GRADE:
            problems.append(Problem(f"{module.id}/lesson.md", f"reading grade {grade:.1f} is "
                                    f"above {MAX_GRADE:g}: use shorter sentences and words."))
        if run_code:
            problems += check_examples(module)
            problems += check_exercises(module)
    return problems, grades
