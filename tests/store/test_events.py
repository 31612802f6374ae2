"""Checking uploaded events, and merging local and server progress (hypothesis)."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fromzero.store.events import (
    KINDS,
    Event,
    ProgressFileError,
    check_events,
    iso,
    merge,
    parse_time,
    read_upload,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SKEW = timedelta(minutes=5)


def raw(i: int = 1, **changes) -> dict:
    event = {"id": f"e{i}", "kind": "visit", "module": "m1.1-double", "item": None,
             "outcome": "visited", "at": "2026-11-27T10:00:00.000Z"}
    return event | changes


def test_a_good_event_round_trips_to_the_same_json():
    good, rejected = check_events([raw()], NOW, SKEW)
    assert rejected == [] and good[0].to_json() == raw()


def test_unknown_kind_is_rejected_and_named_while_good_events_beside_it_stay():
    good, rejected = check_events([raw(1), raw(2, kind="teleport"), raw(3)], NOW, SKEW)
    assert [e.id for e in good] == ["e1", "e3"]
    assert rejected[0].index == 1 and rejected[0].id == "e2"
    assert "unknown kind 'teleport'" in rejected[0].reason and "visit" in rejected[0].reason


def test_future_beyond_the_allowed_skew_is_rejected_but_small_skew_is_fine():
    soon = iso(NOW + timedelta(minutes=4))
    later = iso(NOW + timedelta(minutes=6))
    good, rejected = check_events([raw(1, at=soon), raw(2, at=later)], NOW, SKEW)
    assert [e.id for e in good] == ["e1"]
    assert "in the future" in rejected[0].reason and "clock" in rejected[0].reason


@pytest.mark.parametrize("bad", [
    "not an object", 7, None, {"kind": "visit"}, raw(id=""), raw(id="x" * 65),
    raw(module=""), raw(module="../../etc"), raw(item=5), raw(outcome=None),
    raw(outcome="x" * 101), raw(at="yesterday"), raw(at=12), raw(at="1999-01-01T00:00:00Z"),
])
def test_each_malformed_event_gets_a_sentence_and_never_an_exception(bad):
    good, rejected = check_events([bad, raw(9)], NOW, SKEW)
    assert [e.id for e in good] == ["e9"]
    assert rejected[0].index == 0 and rejected[0].reason.startswith("Event number 1")


def test_a_repeated_id_inside_one_upload_is_kept_once_and_reported():
    good, rejected = check_events([raw(1), raw(1, outcome="again")], NOW, SKEW)
    assert len(good) == 1 and good[0].outcome == "visited"
    assert "repeats the id" in rejected[0].reason


def test_times_without_zone_are_utc_and_precision_is_milliseconds():
    assert parse_time("2026-11-27T10:00:00.123456") == datetime(
        2026, 11, 27, 10, 0, 0, 123000, tzinfo=UTC)
    assert parse_time("2026-11-27T12:00:00+02:00") == datetime(2026, 11, 27, 10, tzinfo=UTC)


@pytest.mark.parametrize("data, expected", [
    ({"format": "something-else", "version": 1, "events": []}, "\"format\" should be"),
    ({"format": "fromzero-progress", "version": 2, "events": []}, "version 2"),
    ({"format": "fromzero-progress", "version": 1}, "no \"events\" list"),
    ("a string", "not a From Zero progress file"),
])
def test_an_unreadable_file_is_refused_as_a_whole_with_a_reason(data, expected):
    with pytest.raises(ProgressFileError, match=expected):
        read_upload(data)


def test_the_export_file_a_bare_object_and_a_list_are_all_read():
    events = [raw()]
    assert read_upload({"format": "fromzero-progress", "version": 1, "events": events}) == events
    assert read_upload({"events": events}) == events
    assert read_upload(events) == events


# ---- merge ---------------------------------------------------------------------------------

ids = st.sampled_from([f"id{i}" for i in range(12)])  # few ids, so collisions are common
events = st.builds(
    Event, id=ids, kind=st.sampled_from(KINDS), module=st.sampled_from(["m1", "m2"]),
    item=st.sampled_from([None, "quiz", "double", "q1"]),
    outcome=st.sampled_from(["pass", "fail", "4/5", "right", "wrong", "visited"]),
    at=st.integers(0, 10_000).map(lambda s: datetime(2026, 1, 1, tzinfo=UTC)
                                  + timedelta(seconds=s)),
)
lists = st.lists(events, max_size=15)


@given(lists, lists)
def test_merging_again_changes_nothing(a, b):
    once = merge(a, b)
    assert merge(a, once) == once
    assert merge(once, b) == once
    assert merge(once, once) == once


@given(lists, lists)
def test_merge_does_not_depend_on_which_side_is_which(a, b):
    assert merge(a, b) == merge(b, a)


@given(lists, lists, lists)
def test_merge_is_associative_so_three_devices_converge(a, b, c):
    assert merge(merge(a, b), c) == merge(a, merge(b, c))


@given(lists, lists)
def test_merge_keeps_every_id_once_and_loses_none(a, b):
    merged = merge(a, b)
    assert sorted(e.id for e in merged) == sorted({e.id for e in a + b})
    assert list(merged) == sorted(merged, key=lambda e: (e.at, e.id))


@given(lists)
def test_duplicates_by_id_are_ignored(a):
    assert merge(a + a) == merge(a)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)
event_like = st.fixed_dictionaries(
    {}, optional={"id": json_values | st.text(max_size=70), "kind": st.sampled_from(KINDS),
                  "module": json_values | st.sampled_from(["m1.1-double"]),
                  "item": json_values, "outcome": json_values | st.text(max_size=120),
                  "at": json_values | st.datetimes(timezones=st.just(UTC)).map(iso)})


@given(st.lists(event_like | json_values, max_size=8))
def test_any_json_is_split_into_good_and_rejected_without_an_exception(upload):
    good, rejected = check_events(upload, NOW, SKEW)
    assert len(good) + len(rejected) == len(upload)
    assert all(r.reason.startswith(f"Event number {r.index + 1} ") for r in rejected)
