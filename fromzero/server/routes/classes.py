"""Classes: a teacher makes one and shares its join code; the class table shows each learner's
progress per module, as JSON or CSV. A teacher sees only the classes they teach."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response
from pydantic import BaseModel, Field

from fromzero.server.account_deps import (
    CsrfDep,
    PlanDep,
    StoreDep,
    TeacherDep,
    UserDep,
    WriterDep,
)
from fromzero.store import StoreError
from fromzero.store.derive import CoursePlan, summarise

router = APIRouter(prefix="/api/classes", tags=["classes"])


class NewClass(BaseModel):
    name: str = Field(min_length=1, max_length=100)


class JoinClass(BaseModel):
    code: str = Field(min_length=4, max_length=16)


@router.post("", status_code=201)
def create(body: NewClass, _csrf: CsrfDep, teacher: TeacherDep, store: StoreDep) -> dict:
    return store.create_class(teacher, body.name)


@router.get("")
def mine(user: UserDep, store: StoreDep) -> dict:
    """Classes the signed-in user teaches and classes they joined."""
    return {"teaching": store.classes_taught(user.id) if user.role == "teacher" else [],
            "joined": store.classes_joined(user.id)}


@router.post("/join")
def join(body: JoinClass, user: WriterDep, store: StoreDep) -> dict:
    try:
        return store.join_class(user, body.code)
    except LookupError as e:
        raise HTTPException(404, str(e)) from None
    except StoreError as e:
        raise HTTPException(409, str(e)) from None


def _table(class_id: int, teacher_id: int, store, plan: CoursePlan) -> dict:
    try:
        klass, learners = store.class_members(teacher_id, class_id)
    except LookupError as e:
        raise HTTPException(404, str(e)) from None
    events = store.events_of(u.id for u in learners)
    now = datetime.now(UTC)
    rows = []
    for learner in learners:
        summary = summarise(plan, events[learner.id], now)
        modules = {m["id"]: {"visited": m["visited"], "complete": m["complete"],
                             "exercises_passed": len(m["exercises_passed"]),
                             "exercises_required": len(m["exercises_required"]),
                             "quiz_best": m["quiz_best"], "minutes": m["minutes"]}
                   for p in summary["parts"] for m in p["modules"]}
        rows.append({"id": learner.id, "name": learner.name, "email": learner.email,
                     "minutes": summary["minutes"], "streak": summary["streak"]["current"],
                     "modules": modules})
    columns = [{"id": m.id, "title": m.title} for p in plan.parts for m in p.modules]
    return {"class": klass, "modules": columns, "learners": rows}


@router.get("/{class_id}/table")
def table(class_id: int, teacher: TeacherDep, store: StoreDep, plan: PlanDep) -> dict:
    return _table(class_id, teacher.id, store, plan)


def _cell(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets: defuse it.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _status(cell: dict) -> str:
    if cell["complete"]:
        return "complete"
    if not cell["visited"] and not cell["exercises_passed"] and not cell["quiz_best"]:
        return ""
    quiz = cell["quiz_best"]
    parts = ["visited" if cell["visited"] else "not visited",
             f"exercises {cell['exercises_passed']}/{cell['exercises_required']}"]
    if quiz:
        parts.append(f"quiz {quiz['score']}/{quiz['total']}")
    return ", ".join(parts)


@router.get("/{class_id}/table.csv")
def table_csv(class_id: int, teacher: TeacherDep, store: StoreDep, plan: PlanDep) -> Response:
    data = _table(class_id, teacher.id, store, plan)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "minutes", "streak"] + [m["id"] for m in data["modules"]])
    for row in data["learners"]:
        writer.writerow([_cell(row["name"]), _cell(row["email"]), row["minutes"], row["streak"]]
                        + [_status(row["modules"][m["id"]]) for m in data["modules"]])
    filename = f"class-{class_id}-progress.csv"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
