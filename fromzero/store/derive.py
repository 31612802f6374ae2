"""Everything the dashboard shows, computed from events and never stored: completion, quiz
best, time spent, streaks, the review queue and whether a certificate is earned.

All functions here are pure (events and a course plan in, plain data out), so the browser,
the server and a teacher's table agree, and tests need no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from fromzero.store.events import Event, iso

QUIZ_PASS = 0.8  # module complete needs a quiz best of at least 80 %
# A gap between two events counts as time spent up to this long: a learner who leaves the tab
# open over lunch has not studied for an hour.
MAX_GAP = timedelta(minutes=5)
# Leitner boxes: a missed question comes back after 1 day; each right answer moves it to the
# next box and a longer wait; right in the last box and it leaves the queue.
BOX_DAYS = (1, 2, 4, 8, 16)
_SCORE = re.compile(r"^(\d+)/(\d+)$")


@dataclass(frozen=True)
class ModulePlan:
    id: str
    title: str
    required: tuple[str, ...]  # slugs of required exercises
    exercises: tuple[str, ...]
    quiz_size: int


@dataclass(frozen=True)
class PartPlan:
    id: str
    title: str
    modules: tuple[ModulePlan, ...]
    projects: tuple[tuple[str, str], ...] = ()  # (module, exercise): checkpoint, major project


@dataclass(frozen=True)
class CoursePlan:
    parts: tuple[PartPlan, ...]

    def module_ids(self) -> list[str]:
        return [m.id for p in self.parts for m in p.modules]


def plan_from_course(course) -> CoursePlan:
    """The parts of a loaded `fromzero.course.loader.Course` that completion depends on."""
    parts = []
    for part in course.parts:
        projects: list[tuple[str, str]] = []
        if part.meta is not None:
            for ref in (part.meta.checkpoint, part.meta.major_project):
                if ref is not None and (ref.module, ref.exercise) not in projects:
                    projects.append((ref.module, ref.exercise))
        modules = tuple(ModulePlan(
            id=m.id, title=m.meta.title,
            required=tuple(s for s, e in m.exercises.items() if e.meta.required),
            exercises=tuple(m.exercises), quiz_size=len(m.quiz.questions),
        ) for m in part.modules)
        parts.append(PartPlan(part.id, part.title, modules, tuple(projects)))
    return CoursePlan(tuple(parts))


def quiz_score(outcome: str) -> tuple[int, int] | None:
    """'4/6' -> (4, 6); anything else (a one-question 'right') -> None."""
    m = _SCORE.match(outcome)
    if not m or int(m.group(2)) == 0 or int(m.group(1)) > int(m.group(2)):
        return None
    return int(m.group(1)), int(m.group(2))


@dataclass
class ModuleProgress:
    id: str
    visited: bool = False
    passed: set[str] = field(default_factory=set)
    quiz_best: tuple[int, int] | None = None
    seconds: float = 0.0
    complete: bool = False

    def to_json(self, plan: ModulePlan | None = None) -> dict:
        return {
            "id": self.id, "title": plan.title if plan else self.id, "visited": self.visited,
            "exercises_passed": sorted(self.passed),
            "exercises_required": list(plan.required) if plan else [],
            "quiz_best": ({"score": self.quiz_best[0], "total": self.quiz_best[1]}
                          if self.quiz_best else None),
            "minutes": round(self.seconds / 60, 1), "complete": self.complete,
        }


def module_progress(events: Sequence[Event]) -> dict[str, ModuleProgress]:
    """Fold time-ordered events into per-module facts (completion is decided by `summarise`)."""
    modules: dict[str, ModuleProgress] = {}
    ordered = sorted(events, key=lambda e: (e.at, e.id))
    for i, e in enumerate(ordered):
        m = modules.setdefault(e.module, ModuleProgress(e.module))
        if e.kind == "visit":
            m.visited = True
        elif e.kind == "check" and e.outcome == "pass" and e.item:
            m.passed.add(e.item)
        elif e.kind == "quiz" and e.item in (None, "quiz"):
            score = quiz_score(e.outcome)
            if score and (m.quiz_best is None
                          or score[0] / score[1] > m.quiz_best[0] / m.quiz_best[1]):
                m.quiz_best = score
        # Time from this event to the next is spent on this event's module, capped.
        if i + 1 < len(ordered):
            m.seconds += min(ordered[i + 1].at - e.at, MAX_GAP).total_seconds()
    return modules


def module_complete(plan: ModulePlan, m: ModuleProgress) -> bool:
    """Lesson visited + quiz best >= 80 % (if the module has a quiz) + required exercises."""
    quiz_ok = plan.quiz_size == 0 or (
        m.quiz_best is not None and m.quiz_best[0] / m.quiz_best[1] >= QUIZ_PASS)
    return m.visited and quiz_ok and set(plan.required) <= m.passed


def active_days(events: Iterable[Event], utc_offset_minutes: int = 0) -> set[date]:
    """The learner's calendar days with at least one event (in their time zone)."""
    shift = timedelta(minutes=utc_offset_minutes)
    return {(e.at + shift).date() for e in events}


def streaks(days: set[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive active days.

    The current streak still counts when today has no event yet but yesterday had: the day
    is not over. {Mon, Tue, Wed}, today Thu -> (3, 3); today Sat -> (0, 3).
    """
    longest = 0
    run = 0
    previous: date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return current, longest


@dataclass(frozen=True)
class ReviewCard:
    module: str
    question: str
    box: int  # 1..len(BOX_DAYS)
    due: datetime
    misses: int

    def to_json(self) -> dict:
        return {"module": self.module, "question": self.question, "box": self.box,
                "due": iso(self.due), "misses": self.misses}


def review_cards(events: Iterable[Event]) -> list[ReviewCard]:
    """Leitner schedule of every quiz question the learner has ever missed and not yet
    mastered, from one-question quiz events (`item: "q3", outcome: "right"|"wrong"`)."""
    state: dict[tuple[str, str], ReviewCard] = {}
    answers = sorted((e for e in events if e.kind == "quiz" and e.item not in (None, "quiz")
                      and e.outcome in ("right", "wrong")), key=lambda e: (e.at, e.id))
    for e in answers:
        key = (e.module, e.item or "")
        card = state.get(key)
        if e.outcome == "wrong":
            misses = card.misses + 1 if card else 1
            state[key] = ReviewCard(e.module, key[1], 1, e.at + timedelta(days=BOX_DAYS[0]),
                                    misses)
        elif card is not None:
            # A right answer before the card is due still counts: the learner knew it.
            if card.box >= len(BOX_DAYS):
                del state[key]
            else:
                box = card.box + 1
                state[key] = ReviewCard(card.module, card.question, box,
                                        e.at + timedelta(days=BOX_DAYS[box - 1]), card.misses)
    return sorted(state.values(), key=lambda c: (c.due, c.module, c.question))


def summarise(plan: CoursePlan, events: Sequence[Event], now: datetime,
              utc_offset_minutes: int = 0) -> dict:
    """The dashboard: per part and module, totals, streaks, review queue, certificate."""
    facts = module_progress(events)
    parts_out = []
    with_content = [p for p in plan.parts if p.modules]
    complete_parts = 0
    for part in plan.parts:
        modules_out = []
        for mp in part.modules:
            m = facts.get(mp.id, ModuleProgress(mp.id))
            m.complete = module_complete(mp, m)
            modules_out.append(m.to_json(mp))
        projects = [{"module": mod, "exercise": slug,
                     "passed": slug in facts.get(mod, ModuleProgress(mod)).passed}
                    for mod, slug in part.projects]
        done = bool(part.modules) and all(m["complete"] for m in modules_out) and all(
            p["passed"] for p in projects)
        complete_parts += done
        parts_out.append({"id": part.id, "title": part.title, "complete": done,
                          "modules": modules_out, "projects": projects})
    current, longest = streaks(active_days(events, utc_offset_minutes),
                               (now + timedelta(minutes=utc_offset_minutes)).date())
    cards = review_cards(events)
    return {
        "parts": parts_out,
        "minutes": round(sum(m.seconds for m in facts.values()) / 60, 1),
        "streak": {"current": current, "longest": longest},
        "review": {"due": [c.to_json() for c in cards if c.due <= now],
                   "later": [c.to_json() for c in cards if c.due > now]},
        "events": len(events),
        "certificate_earned": bool(with_content) and complete_parts == len(with_content),
        "parts_remaining": [p["id"] for p in parts_out
                            if not p["complete"] and any(pp.id == p["id"]
                                                         for pp in with_content)],
    }
