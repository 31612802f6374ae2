"""Learner A can neither read nor change learner B's progress, submissions, reviews, classes
or certificate through any endpoint; a teacher sees only their own class.

Every route of the account routers is listed in ROUTES and tested below; a new route that is
not added here fails `test_every_account_route_is_covered`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from fromzero.server.routes import accounts, certificates, classes, progress, reviews
from tests.server.accounts_helpers import (
    MODULE,
    PASSWORD,
    PROJECT,
    Browser,
    accounts_app,
    add_major_project,
    event,
    finished_course_events,
    progress_file,
)

pytestmark = pytest.mark.usefixtures("fast_passwords")
ROUTES = {
    ("GET", "/api/accounts/csrf"), ("POST", "/api/accounts/signup"),
    ("POST", "/api/accounts/signin"), ("POST", "/api/accounts/signout"),
    ("POST", "/api/accounts/signout-everywhere"), ("GET", "/api/accounts/me"),
    ("GET", "/api/progress"), ("POST", "/api/progress"), ("GET", "/api/progress/summary"),
    ("POST", "/api/progress/derive"), ("GET", "/api/submissions"),
    ("GET", "/api/submissions/{submission_id}"), ("GET", "/api/reviews/assigned"),
    ("POST", "/api/reviews/{assignment_id}"), ("GET", "/api/reviews/received"),
    ("POST", "/api/classes"), ("GET", "/api/classes"), ("POST", "/api/classes/join"),
    ("GET", "/api/classes/{class_id}/table"), ("GET", "/api/classes/{class_id}/table.csv"),
    ("GET", "/api/certificate"), ("POST", "/api/certificate"),
    ("GET", "/certificates/{code}"), ("GET", "/certificates/{code}.pdf"),
    ("GET", "/verify/{code}"),
}
SCORES = {"works": 4, "clear": 4, "explained": 4}


class World:
    """Teacher T1 with class C1 = {A, B, C}; teacher T2 with class C2 = {D}. B has progress, a
    reviewed project, a review to write and a certificate; A has nothing yet."""

    def __init__(self, app) -> None:
        store_user = Browser(app)  # opens the store
        store = app.state.store
        self.app = app
        self.a, self.b, self.c, self.d = (Browser(app) for _ in range(4))
        self.t1, self.t2 = Browser(app), Browser(app)
        for name, browser in (("a", self.a), ("b", self.b), ("c", self.c), ("d", self.d)):
            browser.user = browser.signup(f"{name}@x.org", name=name.upper())
        for name, browser in (("t1", self.t1), ("t2", self.t2)):
            store.create_user(f"{name}@x.org", name.upper(), PASSWORD, role="teacher")
            assert browser.signin(f"{name}@x.org").status_code == 200
        self.c1 = self.t1.post("/api/classes", json={"name": "C1"}).json()
        self.c2 = self.t2.post("/api/classes", json={"name": "C2"}).json()
        for browser in (self.b, self.c, self.a):
            browser.post("/api/classes/join", json={"code": self.c1["join_code"]})
        self.d.post("/api/classes/join", json={"code": self.c2["join_code"]})
        self.b_events = finished_course_events()
        self.b.post("/api/progress", json=progress_file(self.b_events))
        users = {u.email: u for u in (store.user_by_email(f"{n}@x.org") for n in "abc")}
        self.b_sub = store.record_submission(users["b@x.org"], MODULE, PROJECT, "B's secret",
                                             {"status": "pass"})
        # C's passed project goes to A and B (the only classmates): B gets a review to write.
        store.record_submission(users["c@x.org"], MODULE, PROJECT, "C's code", {"status": "pass"})
        self.b_task = self.b.get("/api/reviews/assigned").json()[0]["id"]
        a_tasks = self.a.get("/api/reviews/assigned").json()
        self.a_task_for_b = next(t["id"] for t in a_tasks if t["code"] == "B's secret")
        self.a.post(f"/api/reviews/{self.a_task_for_b}",
                    json={"scores": SCORES, "comment": "review of B by A"})
        self.b_code = self.b.post("/api/certificate").json()["code"]
        del store_user


@pytest.fixture
def world(tiny_course: Path, tmp_path: Path) -> World:
    return World(accounts_app(add_major_project(tiny_course), tmp_path))


def test_every_account_route_is_covered():
    found = {(method, route.path)
             for module in (accounts, certificates, classes, progress, reviews)
             for route in module.router.routes if isinstance(route, APIRoute)
             for method in route.methods}
    assert found == ROUTES


def test_progress_a_reads_only_their_own_events(world):
    assert world.a.get("/api/progress").json()["events"] == []
    assert world.a.get("/api/progress/summary").json()["events"] == 0


def test_progress_a_cannot_overwrite_bs_events_by_reusing_their_ids(world):
    forged = [{**e, "outcome": "fail"} for e in world.b_events]
    r = world.a.post("/api/progress", json=progress_file(forged)).json()
    assert r["stored"] == len(forged)  # stored as A's own events, a separate namespace
    assert world.b.get("/api/progress").json()["events"] == sorted(
        world.b_events, key=lambda e: (e["at"], e["id"]))


def test_derive_stores_nothing_and_reads_no_one(world):
    r = world.a.post("/api/progress/derive", json=progress_file([event("x")]))
    assert r.json()["events"] == 1
    assert world.a.get("/api/progress").json()["events"] == []


def test_submissions_a_cannot_list_or_open_bs(world):
    assert world.a.get("/api/submissions").json() == []
    r = world.a.get(f"/api/submissions/{world.b_sub}")
    assert r.status_code == 404 and "B's secret" not in r.text
    assert world.b.get(f"/api/submissions/{world.b_sub}").json()["code"] == "B's secret"


def test_reviews_a_cannot_see_or_write_bs_review_tasks(world):
    a_tasks = world.a.get("/api/reviews/assigned").json()
    assert world.b_task not in [t["id"] for t in a_tasks]
    r = world.a.post(f"/api/reviews/{world.b_task}", json={"scores": SCORES, "comment": "x"})
    assert r.status_code == 404
    assert world.b.get("/api/reviews/assigned").json()[0]["done"] is False


def test_reviews_are_visible_to_their_author_only_and_anonymously(world):
    received = world.b.get("/api/reviews/received").json()
    assert [r["comment"] for r in received] == ["review of B by A"]
    assert "a@x.org" not in str(received) and '"A"' not in str(received)
    assert world.a.get("/api/reviews/received").json() == []
    assert world.c.get("/api/reviews/received").json() == []  # not finished yet


def test_reviewers_never_see_the_authors_identity(world):
    tasks = world.a.get("/api/reviews/assigned").json()
    text = str(tasks)
    assert "b@x.org" not in text and "c@x.org" not in text and "user" not in text


def test_classes_a_sees_only_classes_a_joined(world):
    assert world.a.get("/api/classes").json() == {"teaching": [],
                                                   "joined": [{"id": world.c1["id"],
                                                               "name": "C1"}]}
    assert world.d.get("/api/classes").json()["joined"][0]["name"] == "C2"


def test_a_learner_cannot_create_a_class_or_read_a_table(world):
    assert world.a.post("/api/classes", json={"name": "mine"}).status_code == 403
    for url in (f"/api/classes/{world.c1['id']}/table",
                f"/api/classes/{world.c1['id']}/table.csv"):
        assert world.a.get(url).status_code == 403


def test_a_teacher_sees_only_their_own_class(world):
    table = world.t1.get(f"/api/classes/{world.c1['id']}/table").json()
    assert sorted(row["name"] for row in table["learners"]) == ["A", "B", "C"]
    for url in (f"/api/classes/{world.c1['id']}/table",
                f"/api/classes/{world.c1['id']}/table.csv"):
        r = world.t2.get(url)
        assert r.status_code == 404 and "b@x.org" not in r.text
    assert world.t2.get("/api/classes").json()["teaching"] == [
        {"id": world.c2["id"], "name": "C2", "join_code": world.c2["join_code"]}]


def test_joining_a_class_adds_only_the_signed_in_learner(world):
    world.d.post("/api/classes/join", json={"code": world.c1["join_code"]})
    names = [r["name"] for r in world.t1.get(f"/api/classes/{world.c1['id']}/table")
             .json()["learners"]]
    assert names == ["A", "B", "C", "D"]
    assert world.a.post("/api/classes/join", json={"code": "NOSUCHCODE"}).status_code == 404


def test_certificate_a_cannot_get_bs(world):
    status = world.a.get("/api/certificate").json()
    assert status["certificate"] is None and status["earned"] is False
    assert world.a.post("/api/certificate").status_code == 409
    assert world.b.get("/api/certificate").json()["certificate"]["code"] == world.b_code


def test_certificate_pages_need_the_exact_code(world):
    # The code is what B hands to an employer: with it anyone may look, without it no one.
    assert world.a.get(f"/certificates/{world.b_code}").status_code == 200
    assert world.a.get(f"/verify/{world.b_code}").json()["genuine"] is True
    guessed = world.b_code.rsplit("-", 1)[0] + "-AAAA"
    assert world.a.get(f"/certificates/{guessed}").status_code == 404
    assert world.a.get(f"/certificates/{guessed}.pdf").status_code == 404


def test_accounts_me_and_signouts_touch_only_the_caller(world):
    assert world.a.get("/api/accounts/me").json()["email"] == "a@x.org"
    world.a.post("/api/accounts/signout-everywhere")
    assert world.b.get("/api/accounts/me").json()["email"] == "b@x.org"
    world.c.post("/api/accounts/signout")
    assert world.b.get("/api/progress").status_code == 200


def test_signing_in_as_b_needs_bs_password(world):
    assert world.a.signin("b@x.org", "a guess at it").status_code == 401
    assert world.a.get("/api/accounts/me").json()["email"] == "a@x.org"


def test_every_private_route_refuses_a_stranger_without_a_session(world):
    private = ("/api/progress", "/api/submissions", "/api/reviews", "/api/classes",
               "/api/certificate", "/api/accounts/me", "/api/accounts/signout-everywhere")
    stranger = Browser(world.app)
    checked = 0
    for method, url in sorted(ROUTES):
        if not url.startswith(private) or url == "/api/progress/derive":
            continue
        url = url.format(submission_id=world.b_sub, assignment_id=world.b_task,
                         class_id=world.c1["id"])
        r = stranger.get(url) if method == "GET" else stranger.post(url, json={})
        assert r.status_code == 401, (method, url, r.text)
        checked += 1
    assert checked == 17
