"""Progress events on the server (upload, download, dashboard) and stored submissions.

Uploads are checked event by event: a bad event is reported and skipped, the good ones beside
it are stored. An event already stored (same id) is counted once and reported as a duplicate.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from fromzero.server.account_deps import PlanDep, StoreDep, UserDep, WriterDep
from fromzero.server.deps import SettingsDep
from fromzero.server.settings import Settings
from fromzero.store.derive import summarise
from fromzero.store.events import (
    FILE_FORMAT,
    FILE_VERSION,
    ProgressFileError,
    check_events,
    read_upload,
)

router = APIRouter(prefix="/api", tags=["progress"])


class Rejected(BaseModel):
    index: int
    id: str | None
    reason: str


class UploadResult(BaseModel):
    stored: int
    duplicates: int
    rejected: list[Rejected]
    message: str


async def _read_upload(request: Request, settings: Settings) -> list[Any]:
    """The raw events of the body; 413 past the size limit, 422 if it is no progress file."""
    limit = settings.max_progress_bytes
    too_big = HTTPException(413, f"This progress upload is larger than {limit // 1000} KB, the "
                                 "limit. Send it in smaller parts, or ask the server's owner "
                                 "to raise FROMZERO_MAX_PROGRESS_BYTES.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    async for chunk in request.stream():  # stop reading as soon as it is too big
        body += chunk
        if len(body) > limit:
            raise too_big
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise HTTPException(422, "This is not a From Zero progress file: it is not valid JSON "
                                 "(or it is nested too deeply to read). Export the file again "
                                 "from the progress page.") from None
    try:
        raw = read_upload(data)
    except ProgressFileError as e:
        raise HTTPException(422, str(e)) from None
    if len(raw) > settings.max_progress_events:
        raise HTTPException(413, f"This upload has {len(raw)} events; the limit is "
                                 f"{settings.max_progress_events} per upload. Send it in "
                                 "smaller parts.")
    return raw


@router.post("/progress", response_model=UploadResult)
async def upload(request: Request, user: WriterDep, store: StoreDep,
                 settings: SettingsDep) -> dict:
    """Add events (an exported progress file, `{events: [...]}` or a plain list)."""
    raw = await _read_upload(request, settings)
    good, rejected = check_events(raw, datetime.now(UTC),
                                  timedelta(seconds=settings.clock_skew_seconds))
    stored, duplicates = await run_in_threadpool(store.add_events, user.id, good)
    message = f"Stored {stored} new event{'s' if stored != 1 else ''}."
    if duplicates:
        message += f" {len(duplicates)} were already stored and were counted once."
    if rejected:
        message += f" {len(rejected)} could not be stored; see 'rejected' for why."
    return {"stored": stored, "duplicates": len(duplicates),
            "rejected": [r.to_json() for r in rejected], "message": message}


@router.get("/progress")
def download(user: UserDep, store: StoreDep) -> dict:
    """Every stored event of the signed-in learner, as a progress file."""
    return {"format": FILE_FORMAT, "version": FILE_VERSION,
            "events": [e.to_json() for e in store.events(user.id)]}


@router.get("/progress/summary")
def summary(user: UserDep, store: StoreDep, plan: PlanDep,
            utc_offset: int = Query(0, ge=-14 * 60, le=14 * 60,
                                    description="the learner's minutes ahead of UTC")) -> dict:
    """The dashboard of the signed-in learner, derived from their stored events."""
    return summarise(plan, store.events(user.id), datetime.now(UTC), utc_offset)


@router.post("/progress/derive")
async def derive(request: Request, plan: PlanDep, settings: SettingsDep,
                 utc_offset: int = Query(0, ge=-14 * 60, le=14 * 60)) -> dict:
    """The dashboard for events the browser sends (no account needed; nothing is stored)."""
    raw = await _read_upload(request, settings)
    good, rejected = check_events(raw, datetime.now(UTC),
                                  timedelta(seconds=settings.clock_skew_seconds))
    out = summarise(plan, good, datetime.now(UTC), utc_offset)
    out["rejected"] = [r.to_json() for r in rejected]
    return out


@router.get("/submissions")
def submissions(user: UserDep, store: StoreDep) -> list[dict]:
    """The signed-in learner's checked code, newest first (without the code itself)."""
    return store.submissions(user.id)


@router.get("/submissions/{submission_id}")
def submission(submission_id: int, user: UserDep, store: StoreDep) -> dict:
    found = store.submission(user.id, submission_id)
    if found is None:
        # The same answer for "not yours" and "does not exist": ids reveal nothing.
        raise HTTPException(404, f"You have no submission number {submission_id}.")
    return found
