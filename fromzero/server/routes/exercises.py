"""Check an exercise, and reveal its solution and walkthrough."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from starlette.concurrency import run_in_threadpool

from fromzero.course.markdown import to_html
from fromzero.grading.grader import check_code
from fromzero.server.account_deps import SubmitterDep
from fromzero.server.deps import CourseDep, SettingsDep, module_or_404
from fromzero.server.models import CheckResult, CodeBody, SolutionOut
from fromzero.server.routes.run import check_size

router = APIRouter(prefix="/api/exercises", tags=["exercises"])


def _exercise(course, module_id: str, slug: str):
    module = module_or_404(course, module_id)
    exercise = module.exercises.get(slug)
    if exercise is None:
        raise HTTPException(404, f"Module {module_id} has no exercise called '{slug}'. Its "
                                 f"exercises are: {', '.join(module.exercises)}.")
    return exercise


@router.post("/{module_id}/{slug}/check", response_model=CheckResult)
async def check(module_id: str, slug: str, body: CodeBody, course: CourseDep,
                settings: SettingsDep, submitter: SubmitterDep) -> dict:
    exercise = _exercise(course, module_id, slug)
    check_size(body.code, settings.max_code_bytes)
    result = await run_in_threadpool(check_code, exercise, body.code)
    if submitter is not None:  # signed in (accounts on): keep the submission
        await run_in_threadpool(submitter.store.record_submission, submitter.user, module_id,
                                slug, body.code, result)
    return result


@router.post("/{module_id}/{slug}/solution", response_model=SolutionOut)
def solution(module_id: str, slug: str, course: CourseDep) -> dict:
    exercise = _exercise(course, module_id, slug)
    return {"solution": exercise.solution, "walkthrough_html": to_html(exercise.walkthrough),
            "tests_source": Path(exercise.tests_path).read_text(encoding="utf-8")}
