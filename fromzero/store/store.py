"""`Store`: every read and write of server-side storage, behind one small object.

Routes never build queries themselves. Each method that touches a learner's rows takes that
learner's id and filters by it, so "A cannot see B" is a property of this file, checked by
tests of every route.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from fromzero.store import models as m
from fromzero.store.events import Event
from fromzero.store.security import hash_password, new_token, token_hash, verify_password

REVIEWERS_PER_PROJECT = 2
RUBRIC = (
    {"id": "works", "text": "Does it do what the project asks? Try it on an example of your own."},
    {"id": "clear", "text": "Could you follow it? Names say what things are; steps are in a "
                            "sensible order."},
    {"id": "explained", "text": "Do the comments say why, where the code alone does not?"},
)
SCORE_RANGE = range(1, 5)  # 1 not yet, 2 partly, 3 yes, 4 yes and more
_JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


class StoreError(ValueError):
    """A request the store refuses, with a sentence for the person who made it."""


@dataclass(frozen=True)
class PublicUser:
    """What any route may show of an account: never the password hash."""

    id: int
    email: str
    name: str
    role: str

    def to_json(self) -> dict:
        return {"id": self.id, "email": self.email, "name": self.name, "role": self.role}


def _public(user: m.User) -> PublicUser:
    return PublicUser(user.id, user.email, user.name, user.role)


def _aware(at: datetime) -> datetime:
    """SQLite hands datetimes back without their zone; they were written in UTC."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _event(row: m.ProgressEvent) -> Event:
    return Event(row.event_id, row.kind, row.module, row.item, row.outcome, _aware(row.at))


class Store:
    def __init__(self, engine: Engine, review_projects: Iterable[tuple[str, str]] = ()) -> None:
        self.engine = engine
        self.review_projects = set(review_projects)  # (module, exercise) of major projects
        self._session = sessionmaker(engine, expire_on_commit=False)

    # ---- accounts and sessions -------------------------------------------------------------

    def create_user(self, email: str, name: str, password: str,
                    role: str = "learner") -> PublicUser:
        if role not in m.ROLES:
            raise StoreError(f"The role must be one of {', '.join(m.ROLES)}, not {role!r}.")
        user = m.User(email=email.strip().lower(), name=name.strip(),
                      password_hash=hash_password(password), role=role)
        try:
            with self._session.begin() as s:
                s.add(user)
        except IntegrityError:
            raise StoreError("An account with this email already exists. Sign in instead, "
                             "or use another email.") from None
        return _public(user)

    def authenticate(self, email: str, password: str) -> PublicUser | None:
        with self._session() as s:
            user = s.scalar(select(m.User).where(m.User.email == email.strip().lower()))
        # Verify even when there is no such user, so both cases take the same time.
        ok = verify_password(user.password_hash if user else None, password)
        return _public(user) if user and ok else None

    def user_by_email(self, email: str) -> PublicUser | None:
        with self._session() as s:
            user = s.scalar(select(m.User).where(m.User.email == email.strip().lower()))
            return _public(user) if user else None

    def start_session(self, user_id: int, days: int) -> str:
        token = new_token()
        with self._session.begin() as s:
            s.add(m.Session(token_hash=token_hash(token), user_id=user_id,
                            expires_at=datetime.now(UTC) + timedelta(days=days)))
        return token

    def user_for_session(self, token: str | None) -> PublicUser | None:
        if not token or len(token) > 100:
            return None
        with self._session() as s:
            row = s.get(m.Session, token_hash(token))
            if row is None or _aware(row.expires_at) <= datetime.now(UTC):
                return None
            user = s.get(m.User, row.user_id)
            return _public(user) if user else None

    def end_session(self, token: str | None) -> None:
        if token:
            with self._session.begin() as s:
                s.execute(delete(m.Session).where(m.Session.token_hash == token_hash(token)))

    def end_all_sessions(self, user_id: int) -> int:
        with self._session.begin() as s:
            result = s.execute(delete(m.Session).where(m.Session.user_id == user_id))
        return result.rowcount or 0

    # ---- progress events -------------------------------------------------------------------

    def add_events(self, user_id: int, events: Sequence[Event]) -> tuple[int, list[str]]:
        """Store new events; returns (how many were new, ids that were already stored).

        Committed before this returns: once the caller answers, the events are on disk.
        """
        if not events:
            return 0, []
        ids = [e.id for e in events]
        received = datetime.now(UTC)
        rows = [{"user_id": user_id, "event_id": e.id, "kind": e.kind, "module": e.module,
                 "item": e.item, "outcome": e.outcome, "at": e.at, "received_at": received}
                for e in events]
        stored: set[str] = set()
        with self._session.begin() as s:
            dialect = s.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            # ON CONFLICT DO NOTHING + RETURNING: one statement stores the new events and
            # names them, so an event sent twice at the same moment by two devices is stored
            # once and counted once, without a read-then-write race.
            statement = insert(m.ProgressEvent).on_conflict_do_nothing(
                index_elements=["user_id", "event_id"]).returning(m.ProgressEvent.event_id)
            for start in range(0, len(rows), 500):  # stay under every database's bind limit
                stored.update(s.scalars(statement, rows[start:start + 500]))
        return len(stored), [i for i in ids if i not in stored]

    def events(self, user_id: int) -> list[Event]:
        with self._session() as s:
            rows = s.scalars(select(m.ProgressEvent).where(m.ProgressEvent.user_id == user_id)
                             .order_by(m.ProgressEvent.at, m.ProgressEvent.event_id))
            return [_event(r) for r in rows]

    def events_of(self, user_ids: Iterable[int]) -> dict[int, list[Event]]:
        ids = list(user_ids)
        out: dict[int, list[Event]] = {i: [] for i in ids}
        if not ids:
            return out
        with self._session() as s:
            rows = s.scalars(select(m.ProgressEvent).where(m.ProgressEvent.user_id.in_(ids))
                             .order_by(m.ProgressEvent.at, m.ProgressEvent.event_id))
            for r in rows:
                out[r.user_id].append(_event(r))
        return out

    # ---- submissions and peer review -------------------------------------------------------

    def record_submission(self, user: PublicUser, module: str, slug: str, code: str,
                          result: dict) -> int:
        """Keep the code a learner checked and the grader's result. A passed major project is
        sent, once, to two classmates for review."""
        status = str(result.get("status", "error"))[:20]
        with self._session.begin() as s:
            row = m.Submission(user_id=user.id, module=module, slug=slug, code=code,
                               status=status, result=result)
            s.add(row)
            s.flush()
            if status == "pass" and (module, slug) in self.review_projects:
                self._assign_reviewers(s, user.id, row)
            return row.id

    def _assign_reviewers(self, s, author_id: int, sub: m.Submission) -> None:
        earlier = s.scalar(select(func.count()).select_from(m.ReviewAssignment).join(
            m.Submission, m.Submission.id == m.ReviewAssignment.submission_id).where(
            m.Submission.user_id == author_id, m.Submission.module == sub.module,
            m.Submission.slug == sub.slug))
        if earlier:
            return  # this project is already out for review; a re-run does not ask again
        my_classes = select(m.Membership.class_id).where(m.Membership.user_id == author_id)
        classmates = list(s.scalars(select(m.Membership.user_id).distinct().where(
            m.Membership.class_id.in_(my_classes), m.Membership.user_id != author_id)))
        if not classmates:
            return
        load = dict(s.execute(select(m.ReviewAssignment.reviewer_id, func.count()).where(
            m.ReviewAssignment.reviewer_id.in_(classmates)).group_by(
            m.ReviewAssignment.reviewer_id)).all())
        # The classmates with the fewest reviews to do, so the work spreads evenly.
        chosen = sorted(classmates, key=lambda u: (load.get(u, 0), u))[:REVIEWERS_PER_PROJECT]
        for reviewer in chosen:
            s.add(m.ReviewAssignment(submission_id=sub.id, reviewer_id=reviewer))

    def submissions(self, user_id: int, limit: int = 200) -> list[dict]:
        with self._session() as s:
            rows = s.scalars(select(m.Submission).where(m.Submission.user_id == user_id)
                             .order_by(m.Submission.id.desc()).limit(limit))
            return [self._submission_json(r) for r in rows]

    def submission(self, user_id: int, submission_id: int) -> dict | None:
        with self._session() as s:
            row = s.scalar(select(m.Submission).where(m.Submission.id == submission_id,
                                                      m.Submission.user_id == user_id))
            return self._submission_json(row, with_code=True) if row else None

    @staticmethod
    def _submission_json(row: m.Submission, with_code: bool = False) -> dict:
        out = {"id": row.id, "module": row.module, "slug": row.slug, "status": row.status,
               "at": _aware(row.created_at).isoformat()}
        if with_code:
            out |= {"code": row.code, "result": row.result}
        return out

    def reviews_to_do(self, reviewer_id: int) -> list[dict]:
        """The projects this learner is asked to review, without the author's name or id."""
        with self._session() as s:
            rows = s.execute(select(m.ReviewAssignment, m.Submission).join(
                m.Submission, m.Submission.id == m.ReviewAssignment.submission_id).where(
                m.ReviewAssignment.reviewer_id == reviewer_id).order_by(m.ReviewAssignment.id))
            return [{"id": a.id, "module": sub.module, "exercise": sub.slug, "code": sub.code,
                     "rubric": list(RUBRIC), "done": a.submitted_at is not None,
                     "scores": a.scores, "comment": a.comment} for a, sub in rows]

    def submit_review(self, reviewer_id: int, assignment_id: int, scores: dict[str, int],
                      comment: str) -> dict:
        wanted = {r["id"] for r in RUBRIC}
        if set(scores) != wanted:
            raise StoreError(f"Give a score for each rubric line: {', '.join(sorted(wanted))}.")
        if any(v not in SCORE_RANGE for v in scores.values()):
            raise StoreError("Each score is a whole number from 1 (not yet) to 4 (yes, and "
                             "more).")
        with self._session.begin() as s:
            row = s.scalar(select(m.ReviewAssignment).where(
                m.ReviewAssignment.id == assignment_id,
                m.ReviewAssignment.reviewer_id == reviewer_id))
            if row is None:
                raise LookupError(f"You have no review number {assignment_id} to write.")
            row.scores = dict(scores)
            row.comment = comment.strip()
            row.submitted_at = datetime.now(UTC)
        return {"id": assignment_id, "done": True}

    def reviews_received(self, author_id: int) -> list[dict]:
        """Finished reviews of this learner's projects; reviewers stay anonymous."""
        with self._session() as s:
            rows = s.execute(select(m.ReviewAssignment, m.Submission).join(
                m.Submission, m.Submission.id == m.ReviewAssignment.submission_id).where(
                m.Submission.user_id == author_id,
                m.ReviewAssignment.submitted_at.is_not(None)).order_by(m.ReviewAssignment.id))
            return [{"submission": sub.id, "module": sub.module, "exercise": sub.slug,
                     "scores": a.scores, "comment": a.comment,
                     "at": _aware(a.submitted_at).isoformat()} for a, sub in rows]

    # ---- classes ---------------------------------------------------------------------------

    def create_class(self, teacher: PublicUser, name: str) -> dict:
        if teacher.role != "teacher":
            raise PermissionError("Only a teacher account can create a class.")
        for _ in range(5):  # a clash of random codes is rare; try again if it happens
            code = "".join(secrets.choice(_JOIN_ALPHABET) for _ in range(8))
            try:
                with self._session.begin() as s:
                    row = m.Klass(name=name.strip(), teacher_id=teacher.id, join_code=code)
                    s.add(row)
                return {"id": row.id, "name": row.name, "join_code": code}
            except IntegrityError:
                continue
        raise StoreError("Could not make a unique join code; please try again.")

    def classes_taught(self, teacher_id: int) -> list[dict]:
        with self._session() as s:
            rows = s.scalars(select(m.Klass).where(m.Klass.teacher_id == teacher_id)
                             .order_by(m.Klass.id))
            return [{"id": r.id, "name": r.name, "join_code": r.join_code} for r in rows]

    def classes_joined(self, user_id: int) -> list[dict]:
        with self._session() as s:
            rows = s.scalars(select(m.Klass).join(m.Membership).where(
                m.Membership.user_id == user_id).order_by(m.Klass.id))
            return [{"id": r.id, "name": r.name} for r in rows]

    def join_class(self, user: PublicUser, code: str) -> dict:
        with self._session.begin() as s:
            klass = s.scalar(select(m.Klass).where(m.Klass.join_code == code.strip().upper()))
            if klass is None:
                raise LookupError("No class has that join code. Check it with your teacher.")
            if klass.teacher_id == user.id:
                raise StoreError("You teach this class; learners join it with the code.")
            if s.get(m.Membership, (klass.id, user.id)) is None:
                s.add(m.Membership(class_id=klass.id, user_id=user.id))
            return {"id": klass.id, "name": klass.name}

    def class_members(self, teacher_id: int, class_id: int) -> tuple[dict, list[PublicUser]]:
        """The class and its learners, only if `teacher_id` teaches it (else LookupError)."""
        with self._session() as s:
            klass = s.scalar(select(m.Klass).where(m.Klass.id == class_id,
                                                   m.Klass.teacher_id == teacher_id))
            if klass is None:
                raise LookupError(f"You teach no class number {class_id}.")
            users = s.scalars(select(m.User).join(m.Membership).where(
                m.Membership.class_id == class_id).order_by(m.User.name, m.User.id))
            return {"id": klass.id, "name": klass.name}, [_public(u) for u in users]

    # ---- certificates ----------------------------------------------------------------------

    def certificate_of(self, user_id: int) -> m.Certificate | None:
        with self._session() as s:
            return s.scalar(select(m.Certificate).where(m.Certificate.user_id == user_id))

    def certificate(self, certificate_id: int) -> m.Certificate | None:
        with self._session() as s:
            return s.get(m.Certificate, certificate_id)

    def issue_certificate(self, user: PublicUser, today: date) -> m.Certificate:
        """Once per learner: asking again returns the first certificate, same code."""
        existing = self.certificate_of(user.id)
        if existing:
            return existing
        try:
            with self._session.begin() as s:
                row = m.Certificate(user_id=user.id, name=user.name, issued_on=today)
                s.add(row)
            return row
        except IntegrityError:  # issued by a parallel request a moment ago
            found = self.certificate_of(user.id)
            assert found is not None
            return found
