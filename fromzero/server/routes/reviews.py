"""Peer review of major projects: review a classmate's passed project, read your reviews.

Both sides stay anonymous: a reviewer sees the code, never the author; an author sees the
scores and comments, never the reviewer.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from fromzero.server.account_deps import StoreDep, UserDep, WriterDep
from fromzero.store import StoreError

router = APIRouter(prefix="/api/reviews", tags=["reviews"])


class ReviewBody(BaseModel):
    scores: dict[str, int] = Field(description="rubric id -> 1 (not yet) .. 4 (yes, and more)")
    comment: str = Field(default="", max_length=5000)


@router.get("/assigned")
def assigned(user: UserDep, store: StoreDep) -> list[dict]:
    """Projects this learner is asked to review, anonymised, with the rubric."""
    return store.reviews_to_do(user.id)


@router.post("/{assignment_id}")
def submit(assignment_id: int, body: ReviewBody, user: WriterDep, store: StoreDep) -> dict:
    try:
        return store.submit_review(user.id, assignment_id, body.scores, body.comment)
    except LookupError as e:
        raise HTTPException(404, str(e)) from None
    except StoreError as e:
        raise HTTPException(422, str(e)) from None


@router.get("/received")
def received(user: UserDep, store: StoreDep) -> list[dict]:
    """Finished reviews of the signed-in learner's projects."""
    return store.reviews_received(user.id)
