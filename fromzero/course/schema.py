"""The shape of course files, as pydantic models: what the loader accepts and the validator checks."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PartRef(Strict):
    slug: str
    title: str
    weeks: str


class CourseFile(Strict):
    title: str
    parts: list[PartRef]


class PriorKnowledge(Strict):
    terms: list[str]


class Checkpoint(Strict):
    module: str
    exercise: str


class PartFile(Strict):
    title: str
    weeks: str
    summary: str
    modules: list[str] = Field(default_factory=list)
    checkpoint: Checkpoint | None = None
    major_project: Checkpoint | None = None


class ModuleFile(Strict):
    id: str
    title: str
    minutes: int = Field(gt=0, le=240)
    objectives: list[str] = Field(min_length=1)
    out_of_scope: list[str] = Field(default_factory=list)
    defines: list[str] = Field(default_factory=list)
    uses: list[str] = Field(default_factory=list)
    demos: list[str] = Field(default_factory=list)
    exercises: list[str] = Field(default_factory=list)


class Task(Strict):
    id: int
    text: str


class ExerciseFile(Strict):
    title: str
    difficulty: Literal["warm-up", "core", "stretch", "project"]
    required: bool = True
    function: str | None = None
    tasks: list[Task] = Field(min_length=1)
    hints: list[str] = Field(min_length=2)


class Choice(Strict):
    text: str
    correct: bool = False
    explain: str


class ConceptAnswer(Strict):
    concept: str
    inputs: dict


class WrongNumber(Strict):
    value: float
    explain: str


class Question(Strict):
    id: str
    kind: Literal["choice", "numeric", "predict"]
    prompt: str
    code: str | None = None
    choices: list[Choice] | None = None
    answer: float | ConceptAnswer | None = None
    tolerance: float = 1e-6
    explain: str | None = None
    wrong: list[WrongNumber] = Field(default_factory=list)


class QuizFile(Strict):
    questions: list[Question]
