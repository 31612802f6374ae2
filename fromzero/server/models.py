"""Request and response bodies of the HTTP API (docs/api.md), as pydantic models."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class CodeBody(BaseModel):
    code: str = Field(description="Python source code")


class ExerciseRef(BaseModel):
    slug: str
    title: str
    required: bool


class ModuleSummary(BaseModel):
    id: str
    number: str
    title: str
    minutes: int
    exercises: list[ExerciseRef]
    quiz_size: int


class PartSummary(BaseModel):
    id: str
    number: int
    title: str
    weeks: str
    summary: str | None
    status: Literal["open", "in-preparation"]
    modules: list[ModuleSummary]


class CourseMap(BaseModel):
    title: str
    parts: list[PartSummary]


class TaskOut(BaseModel):
    id: int
    text_html: str


class ExerciseOut(BaseModel):
    slug: str
    title: str
    difficulty: str
    required: bool
    function: str | None
    tasks: list[TaskOut]
    hints: list[str]
    starter: str


class ChoiceOut(BaseModel):
    id: str
    text_html: str


class QuestionOut(BaseModel):
    id: str
    kind: Literal["choice", "numeric", "predict"]
    prompt_html: str
    code: str | None
    choices: list[ChoiceOut] | None


class QuizOut(BaseModel):
    questions: list[QuestionOut]


class PartRefOut(BaseModel):
    id: str
    number: int
    title: str


class LessonOut(BaseModel):
    id: str
    number: str
    title: str
    minutes: int
    part: PartRefOut
    objectives: list[str]
    out_of_scope: list[str]
    prev: str | None
    next: str | None
    blocks: list[dict[str, Any]]
    exercises: list[ExerciseOut]
    quiz: QuizOut


class TestResult(BaseModel):
    name: str
    task: int
    status: Literal["pass", "fail", "error"]
    message: str


class CheckResult(BaseModel):
    status: Literal["pass", "fail", "error", "not-attempted", "limit"]
    summary: str
    tests: list[TestResult]
    output: str


class SolutionOut(BaseModel):
    solution: str
    walkthrough_html: str
    tests_source: str


class QuizAnswers(BaseModel):
    answers: dict[str, str | float | int]


class QuizItemResult(BaseModel):
    id: str
    correct: bool
    explanation: str
    answer_text: str


class QuizResult(BaseModel):
    score: int
    total: int
    results: list[QuizItemResult]


class StepOut(BaseModel):
    text: str
    expr: str
    value: float | str


class ExplainOut(BaseModel):
    concept: str
    steps: list[StepOut]


class Health(BaseModel):
    ok: bool
    version: str
    runner: str
