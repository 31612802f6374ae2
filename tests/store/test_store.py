"""The store on SQLite and PostgreSQL: migrations, idempotent events, isolation between
learners, sessions, classes, peer review and certificates."""

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from fromzero.server.settings import Settings
from fromzero.store import Store, StoreError, open_store
from fromzero.store.db import database_url, make_engine, upgrade
from fromzero.store.events import Event
from fromzero.store.models import Base

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
PROJECT = ("m1.1-double", "double-third")


@pytest.fixture
def store(db_url, tmp_path) -> Store:
    return open_store(Settings(database_url=db_url, data_dir=tmp_path), [PROJECT])


def ev(i: int, minutes: int = 0, kind: str = "visit") -> Event:
    return Event(f"id-{i}", kind, "m1.1-double", None, "visited", T0 + timedelta(minutes=i))


def test_the_migrations_build_exactly_the_models(db_url):
    upgrade(database_url(Settings(database_url=db_url)))
    engine = make_engine(database_url(Settings(database_url=db_url)))
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_upgrading_twice_is_harmless(db_url, tmp_path):
    settings = Settings(database_url=db_url, data_dir=tmp_path)
    open_store(settings)
    open_store(settings).create_user("a@x.org", "A", "a long password")


def test_sqlite_is_in_wal_mode_with_full_sync(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_the_same_event_sent_twice_is_stored_once(store):
    a = store.create_user("a@x.org", "A", "a long password")
    assert store.add_events(a.id, [ev(1), ev(2)]) == (2, [])
    assert store.add_events(a.id, [ev(2), ev(3)]) == (1, ["id-2"])
    assert [e.id for e in store.events(a.id)] == ["id-1", "id-2", "id-3"]
    assert store.events(a.id)[0] == ev(1)  # times come back aware and equal


def test_two_learners_may_share_an_event_id_without_seeing_each_other(store):
    a = store.create_user("a@x.org", "A", "a long password")
    b = store.create_user("b@x.org", "B", "a long password")
    store.add_events(a.id, [ev(1)])
    assert store.add_events(b.id, [ev(1), ev(2)]) == (2, [])
    assert [e.id for e in store.events(a.id)] == ["id-1"]


def test_emails_are_unique_whatever_their_case(store):
    store.create_user("A@x.org", "A", "a long password")
    with pytest.raises(StoreError, match="already exists"):
        store.create_user("a@X.org".lower(), "A2", "a long password")


def test_password_hash_is_argon2_and_only_the_right_password_signs_in(store, db_url):
    store.create_user("a@x.org", "A", "a long password")
    assert store.authenticate("A@x.org", "a long password").email == "a@x.org"
    assert store.authenticate("a@x.org", "a long passworD") is None
    assert store.authenticate("nobody@x.org", "a long password") is None
    engine = make_engine(database_url(Settings(database_url=db_url)))
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM users").scalar()
    assert stored.startswith("$argon2id$") and "a long password" not in stored


def test_sessions_end_one_by_one_or_all_at_once(store):
    a = store.create_user("a@x.org", "A", "a long password")
    one, two, three = (store.start_session(a.id, 30) for _ in range(3))
    store.end_session(one)
    assert store.user_for_session(one) is None and store.user_for_session(two).id == a.id
    assert store.end_all_sessions(a.id) == 2
    assert store.user_for_session(two) is None and store.user_for_session(three) is None


def test_an_expired_session_signs_no_one_in(store):
    a = store.create_user("a@x.org", "A", "a long password")
    assert store.user_for_session(store.start_session(a.id, days=-1)) is None


def test_submissions_are_per_learner(store):
    a = store.create_user("a@x.org", "A", "a long password")
    b = store.create_user("b@x.org", "B", "a long password")
    sid = store.record_submission(a, "m1.1-double", "double", "code", {"status": "fail"})
    assert store.submission(a.id, sid)["code"] == "code"
    assert store.submission(b.id, sid) is None and store.submissions(b.id) == []


def test_a_passed_project_goes_to_two_classmates_anonymously(store):
    teacher = store.create_user("t@x.org", "T", "a long password", role="teacher")
    klass = store.create_class(teacher, "Class 1")
    learners = [store.create_user(f"l{i}@x.org", f"L{i}", "a long password")
                for i in range(4)]
    for learner in learners:
        store.join_class(learner, klass["join_code"].lower())
    author = learners[0]
    store.record_submission(author, *PROJECT, "def double(x): ...", {"status": "fail"})
    assert all(store.reviews_to_do(u.id) == [] for u in learners)  # failed: not reviewed
    store.record_submission(author, *PROJECT, "def double(x): return 2*x", {"status": "pass"})
    store.record_submission(author, *PROJECT, "again", {"status": "pass"})  # asked once only
    todo = {u.id: store.reviews_to_do(u.id) for u in learners}
    assert todo[author.id] == [] and sum(len(t) for t in todo.values()) == 2
    reviewer = next(u for u in learners if todo[u.id])
    task = todo[reviewer.id][0]
    assert "author" not in task and "user_id" not in task and task["code"].startswith("def")
    with pytest.raises(LookupError):
        store.submit_review(author.id, task["id"], {"works": 4, "clear": 3, "explained": 2}, "")
    with pytest.raises(StoreError, match="each rubric line"):
        store.submit_review(reviewer.id, task["id"], {"works": 4}, "")
    store.submit_review(reviewer.id, task["id"], {"works": 4, "clear": 3, "explained": 2},
                        "Nice and short.")
    received = store.reviews_received(author.id)
    assert received[0]["comment"] == "Nice and short." and "reviewer" not in str(received)
    assert store.reviews_received(reviewer.id) == []


def test_a_teacher_sees_only_the_members_of_their_own_class(store):
    t1 = store.create_user("t1@x.org", "T1", "a long password", role="teacher")
    t2 = store.create_user("t2@x.org", "T2", "a long password", role="teacher")
    c1 = store.create_class(t1, "One")
    learner = store.create_user("l@x.org", "L", "a long password")
    store.join_class(learner, c1["join_code"])
    store.join_class(learner, c1["join_code"])  # joining twice is harmless
    assert [u.id for u in store.class_members(t1.id, c1["id"])[1]] == [learner.id]
    with pytest.raises(LookupError):
        store.class_members(t2.id, c1["id"])
    with pytest.raises(PermissionError):
        store.create_class(learner, "Mine")


def test_a_certificate_is_issued_once(store):
    a = store.create_user("a@x.org", "Ada", "a long password")
    first = store.issue_certificate(a, date(2026, 11, 27))
    again = store.issue_certificate(a, date(2026, 12, 1))
    assert (first.id, again.issued_on) == (again.id, date(2026, 11, 27))


def test_devices_sending_the_same_events_at_once_store_and_count_each_once(store):
    from concurrent.futures import ThreadPoolExecutor

    a = store.create_user("a@x.org", "A", "a long password")
    # Four devices, each sending an overlapping window of the same 60 events, all at once.
    batches = [[ev(i) for i in range(start, start + 30)] for start in (0, 10, 20, 30)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda batch: store.add_events(a.id, batch), batches))
    assert sum(stored for stored, _ in results) == 60
    assert all(stored + len(dups) == 30 for stored, dups in results)
    assert sorted(e.id for e in store.events(a.id)) == sorted(f"id-{i}" for i in range(60))
