"""Progress events: checking what a browser sends, and merging two lists of them.

An event is one interaction (DESIGN.md §8):
`{id, kind: visit|run|check|hint|solution|quiz, module, item, outcome, at}`. The browser
makes the id (a UUID), so the same event sent twice — a retry, a second device, an imported
file — is recognised by its id and kept once.

Quiz events come in two shapes: the whole quiz, `item: "quiz", outcome: "4/6"`, and one
question, `item: "q3", outcome: "right" | "wrong"` (these feed the review queue).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

KINDS = ("visit", "run", "check", "hint", "solution", "quiz")
FILE_FORMAT = "fromzero-progress"
FILE_VERSION = 1
MAX_ID_CHARS = 64
MAX_TEXT_CHARS = 100
# Nothing of this course happened before this; an earlier date is a broken clock or a typo.
EARLIEST = datetime(2020, 1, 1, tzinfo=UTC)
_NAME = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")


class ProgressFileError(ValueError):
    """The upload as a whole is unreadable (not one bad event: those are rejected alone)."""


class EventError(ValueError):
    """One event is unusable; the message says which and why."""


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    module: str
    item: str | None
    outcome: str
    at: datetime  # always timezone-aware, UTC

    def content(self) -> tuple:
        """Everything but the id, comparable: used to pick a winner between two events that
        share an id, the same way whichever side is merged into which."""
        return (self.at, self.kind, self.module, self.item or "", self.outcome)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "module": self.module, "item": self.item,
                "outcome": self.outcome, "at": iso(self.at)}


@dataclass(frozen=True)
class Rejection:
    """One event that was not stored, and why, in a sentence for a person."""

    index: int
    id: str | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "id": self.id, "reason": self.reason}


def iso(at: datetime) -> str:
    """UTC, millisecond precision, with a Z: the same text JavaScript's toISOString writes."""
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    """ISO 8601 -> aware UTC datetime; a time without a zone is taken as UTC.

    '2026-11-27T03:00:00.000Z' -> datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
    """
    at = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    # Millisecond precision, as the browser writes it, so a round trip changes nothing.
    at = at.astimezone(UTC)
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


def parse_event(raw: Any, index: int, now: datetime, skew: timedelta) -> Event:
    """Check one event; raises EventError with a sentence saying what is wrong."""
    where = f"Event number {index + 1}"
    if not isinstance(raw, dict):
        raise EventError(f"{where} is not an object like {{\"id\": ..., \"kind\": ...}}.")
    event_id = raw.get("id")
    if not isinstance(event_id, str) or not event_id.strip():
        raise EventError(f"{where} has no \"id\"; every event needs the id the browser gave it.")
    if len(event_id) > MAX_ID_CHARS:
        raise EventError(f"{where} has an id longer than {MAX_ID_CHARS} characters.")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise EventError(f"{where} has an unknown kind {str(kind)[:30]!r}; expected one of "
                         f"{', '.join(KINDS)}.")
    module = raw.get("module")
    if not isinstance(module, str) or not _NAME.match(module):
        raise EventError(f"{where} has no valid \"module\" (a module id like "
                         "m2.1-simplest-neuron).")
    item = raw.get("item")
    if item is not None and (not isinstance(item, str) or len(item) > MAX_TEXT_CHARS):
        raise EventError(f"{where} has an \"item\" that is not short text.")
    outcome = raw.get("outcome")
    if not isinstance(outcome, str) or len(outcome) > MAX_TEXT_CHARS:
        raise EventError(f"{where} has an \"outcome\" that is not short text.")
    text = raw.get("at")
    try:
        if not isinstance(text, str):
            raise TypeError
        at = parse_time(text)
    except (TypeError, ValueError):
        raise EventError(f"{where} has an \"at\" that is not a date like "
                         "2026-11-27T09:30:00.000Z.") from None
    if at > now + skew:
        raise EventError(f"{where} is dated {iso(at)}, in the future (the server's clock says "
                         f"{iso(now)}). Check the date and time of the device that made it.")
    if at < EARLIEST:
        raise EventError(f"{where} is dated {iso(at)}, before this course existed.")
    return Event(event_id, kind, module, item or None, outcome, at)


def read_upload(data: Any) -> list[Any]:
    """The raw events of an upload: an exported progress file, `{events: [...]}`, or a list."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ProgressFileError("This is not a From Zero progress file: expected an object "
                                f"with \"format\": \"{FILE_FORMAT}\" and an \"events\" list.")
    if "format" in data and data["format"] != FILE_FORMAT:
        raise ProgressFileError(f"This is not a From Zero progress file: \"format\" should be "
                                f"\"{FILE_FORMAT}\", not {str(data['format'])[:40]!r}.")
    if "version" in data and data["version"] != FILE_VERSION:
        raise ProgressFileError(f"This progress file has version {str(data['version'])[:10]}; "
                                f"this server reads version {FILE_VERSION}. Update the app "
                                "that wrote it or this server.")
    events = data.get("events")
    if not isinstance(events, list):
        raise ProgressFileError("This progress file has no \"events\" list.")
    return events


def check_events(raw_events: list[Any], now: datetime,
                 skew: timedelta) -> tuple[list[Event], list[Rejection]]:
    """Split an upload into good events and rejections; one bad event never sinks the rest.

    An id seen twice in the same upload is kept once (the first), the second is reported.
    """
    good: list[Event] = []
    rejected: list[Rejection] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_events):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        shown_id = raw_id[:MAX_ID_CHARS] if isinstance(raw_id, str) else None
        try:
            event = parse_event(raw, index, now, skew)
        except EventError as e:
            rejected.append(Rejection(index, shown_id, str(e)))
            continue
        if event.id in seen:
            rejected.append(Rejection(index, event.id, f"Event number {index + 1} repeats the "
                                      "id of an earlier event in this upload; kept the first."))
            continue
        seen.add(event.id)
        good.append(event)
    return good, rejected


def merge(*lists: Iterable[Event]) -> tuple[Event, ...]:
    """All events of the lists, each id once, in time order.

    Idempotent and order-independent: merge(a, merge(a, b)) == merge(a, b) == merge(b, a).
    Two events with one id but different content (only a broken client makes them) resolve to
    the one with the smaller content, so the answer does not depend on which side came first.
    """
    by_id: dict[str, Event] = {}
    for events in lists:
        for event in events:
            kept = by_id.get(event.id)
            if kept is None or event.content() < kept.content():
                by_id[event.id] = event
    return tuple(sorted(by_id.values(), key=lambda e: (e.at, e.id)))
