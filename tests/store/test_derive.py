"""Dashboard facts derived from events: completion, time, streaks, the review queue."""

from datetime import UTC, date, datetime, timedelta

from fromzero.course.loader import load_course
from fromzero.store.derive import (
    CoursePlan,
    ModulePlan,
    PartPlan,
    module_progress,
    plan_from_course,
    review_cards,
    streaks,
    summarise,
)
from fromzero.store.events import Event

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MODULE = ModulePlan("m1.1", "One", required=("a", "b"), exercises=("a", "b", "c"), quiz_size=5)
PLAN = CoursePlan((PartPlan("p01", "Part one", (MODULE,), projects=(("m1.1", "c"),)),
                   PartPlan("p02", "Later", ())))


def ev(kind: str, item: str | None, outcome: str, minutes: float = 0, module: str = "m1.1",
       n: list[int] = [0]) -> Event:  # noqa: B006 - a counter shared on purpose: unique ids
    n[0] += 1
    return Event(f"e{n[0]}", kind, module, item, outcome, T0 + timedelta(minutes=minutes))


def finished_module() -> list[Event]:
    return [ev("visit", None, "visited"), ev("check", "a", "pass", 1),
            ev("check", "b", "pass", 2), ev("quiz", "quiz", "4/5", 3)]


def module_row(events: list[Event]) -> dict:
    return summarise(PLAN, events, T0 + timedelta(days=1))["parts"][0]["modules"][0]


def test_module_complete_needs_visit_quiz_80_percent_and_required_exercises():
    assert module_row(finished_module())["complete"] is True


def test_module_is_not_complete_without_the_visit():
    assert module_row(finished_module()[1:])["complete"] is False


def test_a_quiz_below_80_percent_does_not_complete_the_module():
    events = finished_module()[:3] + [ev("quiz", "quiz", "3/5", 4)]
    row = module_row(events)
    assert row["complete"] is False and row["quiz_best"] == {"score": 3, "total": 5}


def test_the_best_quiz_counts_not_the_last():
    events = finished_module() + [ev("quiz", "quiz", "1/5", 9)]
    assert module_row(events)["quiz_best"] == {"score": 4, "total": 5}


def test_a_failed_check_after_a_pass_does_not_undo_the_pass():
    events = finished_module() + [ev("check", "a", "fail", 9)]
    assert module_row(events)["complete"] is True


def test_part_needs_its_checkpoint_project_too():
    summary = summarise(PLAN, finished_module(), T0)
    assert summary["parts"][0]["complete"] is False
    summary = summarise(PLAN, finished_module() + [ev("check", "c", "pass", 5)], T0)
    assert summary["parts"][0]["complete"] is True


def test_certificate_is_earned_when_every_part_with_content_is_complete():
    summary = summarise(PLAN, finished_module() + [ev("check", "c", "pass", 5)], T0)
    assert summary["certificate_earned"] is True  # p02 has no modules: not required
    assert summarise(PLAN, finished_module(), T0)["parts_remaining"] == ["p01"]


def test_time_spent_caps_each_gap_at_five_minutes():
    events = [ev("visit", None, "visited", 0), ev("run", "x", "ok", 3),
              ev("run", "x", "ok", 63)]  # 3 min, then a lunch break counted as 5
    assert module_progress(events)["m1.1"].seconds == 8 * 60


def test_streak_of_three_days_still_counts_the_morning_after():
    days = {date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4), date(2026, 10, 1)}
    assert streaks(days, date(2026, 11, 5)) == (3, 3)
    assert streaks(days, date(2026, 11, 4)) == (3, 3)
    assert streaks(days, date(2026, 11, 7)) == (0, 3)
    assert streaks(set(), date(2026, 11, 7)) == (0, 0)


def test_streak_days_follow_the_learners_time_zone():
    late = [Event("x", "visit", "m1.1", None, "visited", datetime(2026, 11, 2, 23, 30,
                                                                   tzinfo=UTC))]
    now = datetime(2026, 11, 3, 0, 30, tzinfo=UTC)
    assert summarise(PLAN, late, now)["streak"]["current"] == 1
    # For a learner 2 hours ahead, that event was on the 3rd: still today.
    assert summarise(PLAN, late, now, utc_offset_minutes=120)["streak"]["current"] == 1


def q(outcome: str, day: float, question: str = "q1") -> Event:
    return ev("quiz", question, outcome, minutes=day * 24 * 60)


def test_a_missed_question_comes_back_after_one_day():
    cards = review_cards([q("wrong", 0)])
    assert cards[0].box == 1 and cards[0].due == T0 + timedelta(days=1)


def test_right_answers_move_the_card_to_longer_waits_and_finally_out():
    events = [q("wrong", 0), q("right", 1)]
    assert review_cards(events)[0].box == 2
    assert review_cards(events)[0].due == T0 + timedelta(days=1 + 2)
    for day in (3, 7, 15, 31):
        events.append(q("right", day))
    assert review_cards(events) == []


def test_a_miss_sends_the_card_back_to_box_one():
    cards = review_cards([q("wrong", 0), q("right", 1), q("right", 3), q("wrong", 7)])
    assert cards[0].box == 1 and cards[0].misses == 2


def test_questions_answered_right_the_first_time_never_enter_the_queue():
    assert review_cards([q("right", 0)]) == []


def test_summary_splits_due_and_later_reviews():
    events = [q("wrong", 0, "q1"), q("wrong", 2, "q2")]
    review = summarise(PLAN, events, T0 + timedelta(days=1.5))["review"]
    assert [c["question"] for c in review["due"]] == ["q1"]
    assert [c["question"] for c in review["later"]] == ["q2"]


def test_plan_from_the_tiny_course(tiny_course):
    plan = plan_from_course(load_course(tiny_course))
    module = plan.parts[0].modules[0]
    assert module.id == "m1.1-double" and module.quiz_size == 5
    assert set(module.required) == {"double", "double-again", "double-third"}
    assert plan.parts[1].modules == ()
