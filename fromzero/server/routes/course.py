"""The course map and lesson documents."""

from __future__ import annotations

from fastapi import APIRouter

from fromzero.course.markdown import to_html, to_inline_html
from fromzero.server.deps import CourseDep, module_or_404
from fromzero.server.models import CourseMap, LessonOut

router = APIRouter(prefix="/api", tags=["course"])


@router.get("/course", response_model=CourseMap)
def course_map(course: CourseDep) -> dict:
    return {
        "title": course.title,
        "parts": [{
            "id": p.id, "number": p.number, "title": p.title, "weeks": p.weeks,
            "summary": p.meta.summary if p.meta else None, "status": p.status,
            "modules": [{
                "id": m.id, "number": m.number, "title": m.meta.title, "minutes": m.meta.minutes,
                "exercises": [{"slug": e.slug, "title": e.meta.title, "required": e.meta.required}
                              for e in m.exercises.values()],
                "quiz_size": len(m.quiz.questions),
            } for m in p.modules],
        } for p in course.parts],
    }


def _question(q) -> dict:
    choices = None
    if q.choices:
        choices = [{"id": chr(ord("a") + i), "text_html": to_inline_html(c.text)}
                   for i, c in enumerate(q.choices)]
    return {"id": q.id, "kind": q.kind, "prompt_html": to_html(q.prompt), "code": q.code,
            "choices": choices}


@router.get("/modules/{module_id}", response_model=LessonOut)
def lesson(module_id: str, course: CourseDep) -> dict:
    module = module_or_404(course, module_id)
    part = course.part_of(module)
    order = course.modules()
    index = order.index(module)
    return {
        "id": module.id, "number": module.number, "title": module.meta.title,
        "minutes": module.meta.minutes,
        "part": {"id": part.id, "number": part.number, "title": part.title},
        "objectives": module.meta.objectives, "out_of_scope": module.meta.out_of_scope,
        "prev": order[index - 1].id if index > 0 else None,
        "next": order[index + 1].id if index + 1 < len(order) else None,
        "blocks": module.lesson.blocks,
        "exercises": [{
            "slug": e.slug, "title": e.meta.title, "difficulty": e.meta.difficulty,
            "required": e.meta.required, "function": e.meta.function,
            "tasks": [{"id": t.id, "text_html": to_inline_html(t.text)} for t in e.meta.tasks],
            "hints": [to_html(h) for h in e.meta.hints], "starter": e.starter,
        } for e in module.exercises.values()],
        "quiz": {"questions": [_question(q) for q in module.quiz.questions]},
    }
