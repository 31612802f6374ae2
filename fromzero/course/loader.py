"""Read course/ into memory: parts, modules, lessons, exercises and quizzes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from fromzero.course.lesson import Lesson, parse_lesson
from fromzero.course.markdown import ContentError
from fromzero.course.schema import (
    CourseFile,
    ExerciseFile,
    ModuleFile,
    PartFile,
    PriorKnowledge,
    QuizFile,
)

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "course"
MODULE_NUMBER = re.compile(r"^m(\d+\.\d+)-")
PART_NUMBER = re.compile(r"^p(\d+)-")


def read_yaml(path: Path, model):
    """A YAML file checked against its pydantic model, with errors that name the file."""
    if not path.is_file():
        raise ContentError(f"{path}: file is missing")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ContentError(f"{path}: not valid YAML: {e}") from None
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
        raise ContentError(f"{path}: {problems}") from None


@dataclass
class WrongSolution:
    name: str
    code: str
    expect: str  # text the learner message must contain


@dataclass
class Exercise:
    slug: str
    dir: Path
    meta: ExerciseFile
    starter: str
    solution: str
    walkthrough: str
    wrong: list[WrongSolution]

    @property
    def tests_path(self) -> Path:
        return self.dir / "tests.py"


@dataclass
class Module:
    id: str
    number: str
    dir: Path
    meta: ModuleFile
    lesson: Lesson
    exercises: dict[str, Exercise]
    quiz: QuizFile
    part_id: str


@dataclass
class Part:
    id: str
    number: int
    title: str
    weeks: str
    dir: Path
    meta: PartFile | None  # None: in preparation (no part.yaml yet)
    modules: list[Module] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "open" if self.modules else "in-preparation"


@dataclass
class Course:
    root: Path
    title: str
    parts: list[Part]
    prior_terms: list[str]

    def modules(self) -> list[Module]:
        return [m for p in self.parts for m in p.modules]

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules() if m.id == module_id), None)

    def part_of(self, module: Module) -> Part:
        return next(p for p in self.parts if p.id == module.part_id)


def load_exercise(directory: Path) -> Exercise:
    meta = read_yaml(directory / "exercise.yaml", ExerciseFile)
    files = {}
    for name in ("starter.py", "solution.py", "tests.py", "walkthrough.md"):
        path = directory / name
        if not path.is_file():
            raise ContentError(f"{path}: file is missing")
        files[name] = path.read_text(encoding="utf-8")
    wrong = []
    for path in sorted((directory / "wrong").glob("*.py")):
        code = path.read_text(encoding="utf-8")
        first = code.splitlines()[0] if code else ""
        if not first.startswith("# expect:"):
            raise ContentError(f"{path}: the first line must be '# expect: TEXT'")
        wrong.append(WrongSolution(path.stem, code, first.removeprefix("# expect:").strip()))
    return Exercise(directory.name, directory, meta, files["starter.py"], files["solution.py"],
                    files["walkthrough.md"], wrong)


def load_module(directory: Path, part_id: str) -> Module:
    meta = read_yaml(directory / "module.yaml", ModuleFile)
    if meta.id != directory.name:
        raise ContentError(f"{directory}/module.yaml: id {meta.id!r} must equal the folder name")
    m = MODULE_NUMBER.match(directory.name)
    if not m:
        raise ContentError(f"{directory}: a module folder is named like m2.1-some-slug")
    lesson_path = directory / "lesson.md"
    if not lesson_path.is_file():
        raise ContentError(f"{lesson_path}: file is missing")
    try:
        lesson = parse_lesson(lesson_path.read_text(encoding="utf-8"), directory)
    except ContentError as e:
        raise ContentError(f"{lesson_path}: {e}") from None
    exercises = {slug: load_exercise(directory / "exercises" / slug) for slug in meta.exercises}
    quiz = read_yaml(directory / "quiz.yaml", QuizFile)
    return Module(meta.id, m.group(1), directory, meta, lesson, exercises, quiz, part_id)


def load_course(root: Path = DEFAULT_ROOT) -> Course:
    course = read_yaml(root / "course.yaml", CourseFile)
    prior_path = root / "prior-knowledge.yaml"
    prior = read_yaml(prior_path, PriorKnowledge).terms if prior_path.is_file() else []
    parts = []
    for ref in course.parts:
        m = PART_NUMBER.match(ref.slug)
        if not m:
            raise ContentError(f"course.yaml: part slug {ref.slug!r} must look like p02-name")
        part_dir = root / ref.slug
        meta = read_yaml(part_dir / "part.yaml", PartFile) \
            if (part_dir / "part.yaml").is_file() else None
        part = Part(ref.slug, int(m.group(1)), ref.title, ref.weeks, part_dir, meta)
        if meta:
            part.modules = [load_module(part_dir / name, ref.slug) for name in meta.modules]
        parts.append(part)
    return Course(root, course.title, parts, prior)


@lru_cache(maxsize=4)
def cached_course(root: Path = DEFAULT_ROOT) -> Course:
    """The course as the server sees it: loaded once per process."""
    return load_course(root)
