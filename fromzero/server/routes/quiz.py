"""Mark a module's quiz on the server, with an explanation aimed at each wrong answer."""

from __future__ import annotations

import math

from fastapi import APIRouter, HTTPException

from fromzero.course.markdown import final_value, to_inline_html
from fromzero.course.schema import Question
from fromzero.explain import fmt
from fromzero.server.deps import CourseDep, SettingsDep, module_or_404
from fromzero.server.models import QuizAnswers, QuizResult

router = APIRouter(prefix="/api/quiz", tags=["quiz"])


def numeric_answer(q: Question) -> float:
    if isinstance(q.answer, int | float):
        return float(q.answer)
    return final_value(q.answer.concept, q.answer.inputs)


def mark(q: Question, given: str | float) -> tuple[bool, str, str]:
    """(correct, explanation, the right answer in words)."""
    if q.kind in ("choice", "predict"):
        assert q.choices
        ids = [chr(ord("a") + i) for i in range(len(q.choices))]
        right = next(i for i, c in enumerate(q.choices) if c.correct)
        right_text = to_inline_html(q.choices[right].text)
        if str(given) not in ids:
            raise HTTPException(422, f"Question {q.id}: the answer must be one of "
                                     f"{', '.join(ids)}, not {str(given)[:20]!r}.")
        chosen = q.choices[ids.index(str(given))]
        return chosen.correct, chosen.explain, right_text
    want = numeric_answer(q)
    try:
        value = float(str(given).strip().replace("−", "-").replace(",", "."))
    except ValueError:
        raise HTTPException(422, f"Question {q.id}: the answer must be a number, like 3.5. "
                                 f"Got {str(given)[:20]!r}.") from None
    if not math.isfinite(value):
        raise HTTPException(422, f"Question {q.id}: the answer must be an ordinary number.")
    correct = abs(value - want) <= q.tolerance + 1e-12
    explanation = q.explain or ""
    for wrong in q.wrong:
        if abs(value - wrong.value) <= q.tolerance + 1e-12:
            explanation = wrong.explain
    return correct, explanation, fmt(want)


@router.post("/{module_id}/check", response_model=QuizResult)
def check(module_id: str, body: QuizAnswers, course: CourseDep, settings: SettingsDep) -> dict:
    module = module_or_404(course, module_id)
    questions = {q.id: q for q in module.quiz.questions}
    unknown = [k for k in body.answers if k not in questions]
    if unknown:
        raise HTTPException(422, f"This quiz has no question {unknown[0][:40]!r}. Its questions "
                                 f"are: {', '.join(questions)}.")
    results = []
    for qid, given in body.answers.items():
        if len(str(given)) > settings.max_quiz_answer_chars:
            raise HTTPException(422, f"Question {qid}: that answer is too long.")
        correct, explanation, right = mark(questions[qid], given)
        results.append({"id": qid, "correct": correct, "explanation": explanation,
                        "answer_text": right})
    return {"score": sum(r["correct"] for r in results), "total": len(questions),
            "results": results}
