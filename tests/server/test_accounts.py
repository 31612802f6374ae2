"""Accounts (`fromzero serve --accounts`): sign-up and sign-in, CSRF, rate limit, logout
everywhere, progress upload with bad input, merging devices, teachers, certificates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from fromzero.server.account_deps import SubmitterDep
from fromzero.store.certificates import code_id
from tests.server.accounts_helpers import (
    MODULE,
    PASSWORD,
    Browser,
    accounts_app,
    add_major_project,
    event,
    finished_course_events,
    progress_file,
)

pytestmark = pytest.mark.usefixtures("fast_passwords")


@pytest.fixture
def app(tiny_course: Path, tmp_path: Path):
    return accounts_app(add_major_project(tiny_course), tmp_path, max_progress_bytes=200_000,
                        signin_failures_per_account=3, signin_failures_per_ip=6)


def test_without_accounts_the_routes_say_how_to_turn_them_on(tiny_course, tmp_path):
    client = TestClient(accounts_app(tiny_course, tmp_path, accounts=False))
    r = client.get("/api/progress")
    assert r.status_code == 404 and "fromzero serve --accounts" in r.json()["detail"]
    # ...but the dashboard of local events still works, with nothing stored
    r = client.post("/api/progress/derive", json=progress_file([event(1)]))
    assert r.status_code == 200 and r.json()["parts"][0]["modules"][0]["visited"] is True


def test_sign_up_sets_an_http_only_lax_session_cookie(app):
    browser = Browser(app)
    r = browser.post("/api/accounts/signup",
                     json={"email": "Ada@x.org", "name": "Ada", "password": PASSWORD})
    assert r.status_code == 201 and r.json()["user"]["email"] == "ada@x.org"
    cookie = next(h for h in r.headers.get_list("set-cookie") if "fromzero_session=" in h)
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert "password" not in r.text
    assert browser.get("/api/accounts/me").json()["name"] == "Ada"


def test_a_short_password_or_a_taken_email_is_refused_with_a_reason(app):
    browser = Browser(app)
    r = browser.post("/api/accounts/signup",
                     json={"email": "a@x.org", "name": "A", "password": "short"})
    assert r.status_code == 422 and "at least 10" in r.json()["detail"]
    browser.signup("a@x.org")
    r = Browser(app).post("/api/accounts/signup",
                          json={"email": "A@X.org", "name": "A", "password": PASSWORD})
    assert r.status_code == 409 and "already exists" in r.json()["detail"]


@pytest.mark.parametrize("url, body", [
    ("/api/accounts/signup", {"email": "z@x.org", "name": "Z", "password": PASSWORD}),
    ("/api/accounts/signin", {"email": "a@x.org", "password": PASSWORD}),
    ("/api/accounts/signout", None),
    ("/api/accounts/signout-everywhere", None),
    ("/api/progress", progress_file([event(1)])),
    ("/api/classes", {"name": "Class"}),
    ("/api/classes/join", {"code": "ABCDEFGH"}),
    ("/api/reviews/1", {"scores": {}, "comment": ""}),
    ("/api/certificate", None),
])
def test_a_state_changing_request_without_the_csrf_header_is_a_403(app, url, body):
    browser = Browser(app)
    browser.signup("a@x.org")
    r = browser.post(url, csrf=False, json=body)
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    r = browser.post(url, csrf=False, json=body, headers={"X-CSRF-Token": "forged"})
    assert r.status_code == 403


def test_wrong_passwords_are_rate_limited_per_account_with_retry_after(app):
    Browser(app).signup("a@x.org")
    browser = Browser(app)
    for _ in range(3):
        assert browser.signin("a@x.org", "wrong password!").status_code == 401
    r = browser.signin("a@x.org")  # even the right password waits now
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    assert "Wait" in r.json()["detail"]


def test_failed_sign_ins_are_rate_limited_per_address(app):
    Browser(app).signup("a@x.org")
    browser = Browser(app)
    for i in range(6):
        assert browser.signin(f"nobody{i}@x.org").status_code == 401
    assert browser.signin("a@x.org").status_code == 429  # another account, same address


def test_successful_sign_ins_from_one_address_are_never_limited(app):
    Browser(app).signup("a@x.org")
    for _ in range(8):  # a whole class behind one school address
        assert Browser(app).signin("a@x.org").status_code == 200


def test_logout_everywhere_ends_every_session_of_that_account_only(app):
    laptop, phone, other = Browser(app), Browser(app), Browser(app)
    laptop.signup("a@x.org")
    assert phone.signin("a@x.org").status_code == 200
    other.signup("b@x.org")
    r = laptop.post("/api/accounts/signout-everywhere")
    assert r.json()["sessions_ended"] == 2
    assert laptop.get("/api/accounts/me").status_code == 401
    assert phone.get("/api/accounts/me").status_code == 401
    assert other.get("/api/accounts/me").status_code == 200


def test_signout_ends_this_session(app):
    browser = Browser(app)
    browser.signup("a@x.org")
    assert browser.post("/api/accounts/signout").status_code == 200
    assert browser.get("/api/progress").status_code == 401


def test_local_progress_merges_on_first_sign_in_and_two_devices_converge(app):
    laptop = Browser(app)
    laptop.signup("a@x.org")
    local = [event(i, minutes_ago=100 - i) for i in range(5)]
    assert laptop.post("/api/progress", json=progress_file(local)).json()["stored"] == 5
    phone = Browser(app)
    phone.signin("a@x.org")
    phone_local = local[3:] + [event(i, minutes_ago=50 - i) for i in range(5, 8)]
    r = phone.post("/api/progress", json=progress_file(phone_local)).json()
    assert (r["stored"], r["duplicates"]) == (3, 2)
    again = laptop.post("/api/progress", json=progress_file(local)).json()
    assert (again["stored"], again["duplicates"]) == (0, 5)  # a retry counts nothing twice
    seen_by_laptop = laptop.get("/api/progress").json()
    assert seen_by_laptop == phone.get("/api/progress").json()
    assert sorted(e["id"] for e in seen_by_laptop["events"]) == [f"ev-{i}" for i in range(8)]
    assert seen_by_laptop["events"][0] == local[0]  # exactly what the browser sent


def test_bad_events_are_reported_one_by_one_and_the_good_ones_are_kept(app):
    browser = Browser(app)
    browser.signup("a@x.org")
    upload = [event(1), {**event(2), "kind": "teleport"}, event(3, minutes_ago=-60),
              "junk", event(1), {**event(4), "at": "soon"}, event(5)]
    r = browser.post("/api/progress", json=progress_file(upload))
    assert r.status_code == 200
    body = r.json()
    assert body["stored"] == 2
    reasons = {x["index"]: x["reason"] for x in body["rejected"]}
    assert "unknown kind" in reasons[1] and "future" in reasons[2]
    assert "not an object" in reasons[3] and "repeats the id" in reasons[4]
    assert "not a date" in reasons[5]
    assert "2 could not" not in body["message"] and "5 could not be stored" in body["message"]
    stored = [e["id"] for e in browser.get("/api/progress").json()["events"]]
    assert sorted(stored) == ["ev-1", "ev-5"]


@pytest.mark.parametrize("content, status, words", [
    (b"{not json", 422, "not valid JSON"),
    (b'{"format": "fromzero-progress", "version": 9, "events": []}', 422, "version 9"),
    (b'{"format": "other", "events": []}', 422, "format"),
    (b'"just a string"', 422, "not a From Zero progress file"),
    (b"\xff\xfe", 422, "not valid JSON"),
    (b"[" * 100_000, 422, "nested too deeply"),
    (b"[" + b'"x",' * 60_000 + b'"x"]', 413, "larger than 200 KB"),
])
def test_malformed_or_oversized_files_get_a_clear_4xx(app, content, status, words):
    browser = Browser(app)
    browser.signup("a@x.org")
    r = browser.post("/api/progress", content=content,
                     headers={"Content-Type": "application/json"})
    assert r.status_code == status and words in r.json()["detail"]


def test_too_many_events_in_one_upload_is_a_413(tiny_course, tmp_path):
    browser = Browser(accounts_app(tiny_course, tmp_path, max_progress_events=3))
    browser.signup("a@x.org")
    r = browser.post("/api/progress", json=[event(i) for i in range(4)])
    assert r.status_code == 413 and "limit is 3" in r.json()["detail"]


def test_dashboard_summary_follows_the_stored_events(app):
    browser = Browser(app)
    browser.signup("a@x.org")
    browser.post("/api/progress", json=progress_file(
        [event(1), event(2, "quiz", "quiz", "3/5", 30), event(3, "quiz", "q2", "wrong", 29)]))
    summary = browser.get("/api/progress/summary").json()
    module = summary["parts"][0]["modules"][0]
    assert module["id"] == MODULE and module["visited"] and not module["complete"]
    assert module["quiz_best"] == {"score": 3, "total": 5}
    assert summary["streak"]["current"] == 1
    assert summary["review"]["later"][0]["question"] == "q2"


def test_certificate_only_when_complete_then_verifiable_and_unforgeable(app, monkeypatch):
    browser = Browser(app)
    browser.signup("a@x.org", name="Ada Lovelace")
    r = browser.post("/api/certificate")
    assert r.status_code == 409 and "p01-tiny" in r.json()["detail"]
    browser.post("/api/progress", json=progress_file(finished_course_events()))
    assert browser.get("/api/certificate").json()["earned"] is True
    issued = browser.post("/api/certificate").json()
    code = issued["code"]
    assert browser.post("/api/certificate").json()["code"] == code  # same one again
    anyone = TestClient(app)
    verdict = anyone.get(f"/verify/{code}").json()
    assert verdict["genuine"] is True and verdict["name"] == "Ada Lovelace"
    last = code[-1]
    edited = code[:-1] + ("A" if last != "A" else "B")
    assert anyone.get(f"/verify/{edited}").json()["genuine"] is False
    forged = f"FZ-{code_id(code)}-AAAA-BBBB-CCCC-DDDD"
    assert anyone.get(f"/verify/{forged}").json()["genuine"] is False
    assert anyone.get("/verify/hello").json()["genuine"] is False
    page = anyone.get(f"/certificates/{code}")
    assert page.status_code == 200 and "Ada Lovelace" in page.text and code in page.text
    pdf = anyone.get(f"/certificates/{code}.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert anyone.get(f"/certificates/{edited}").status_code == 404


def test_the_cli_verifies_codes_against_the_same_database(app, tmp_path, monkeypatch, capsys):
    from fromzero.cli import main
    from fromzero.server.settings import get_settings

    browser = Browser(app)
    browser.signup("a@x.org", name="Grace")
    browser.post("/api/progress", json=progress_file(finished_course_events()))
    code = browser.post("/api/certificate").json()["code"]
    settings = app.state.settings
    monkeypatch.setenv("FROMZERO_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("FROMZERO_COURSE_DIR", str(settings.course_dir))
    monkeypatch.delenv("FROMZERO_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        assert main(["verify", code]) == 0
        assert "Genuine: Grace" in capsys.readouterr().out
        assert main(["verify", code[:-2] + "AA" if code[-2:] != "AA" else code[:-2] + "BB"]) == 1
        assert "not genuine" in capsys.readouterr().out
    finally:
        get_settings.cache_clear()


def test_teacher_sees_a_class_table_and_csv_without_password_hashes(app):
    store = app.state.store if hasattr(app.state, "store") else None
    teacher = Browser(app)
    assert store is None  # opened on first use
    learner = Browser(app)
    learner.signup("ada@x.org", name="=HYPERLINK(evil)")
    app.state.store.create_user("t@x.org", "Teacher", PASSWORD, role="teacher")
    assert teacher.signin("t@x.org").status_code == 200
    klass = teacher.post("/api/classes", json={"name": "Monday group"}).json()
    assert learner.post("/api/classes/join", json={"code": klass["join_code"]}).status_code == 200
    learner.post("/api/progress", json=progress_file(finished_course_events()))
    table = teacher.get(f"/api/classes/{klass['id']}/table")
    assert table.status_code == 200
    row = table.json()["learners"][0]
    assert row["email"] == "ada@x.org" and row["modules"][MODULE]["complete"] is True
    assert "argon2" not in table.text and "password" not in table.text
    csv_text = teacher.get(f"/api/classes/{klass['id']}/table.csv").text
    lines = csv_text.splitlines()
    assert lines[0] == f"name,email,minutes,streak,{MODULE}"
    assert lines[1].startswith("'=HYPERLINK(evil),ada@x.org,") and lines[1].endswith("complete")
    assert "argon2" not in csv_text
    assert teacher.get("/api/classes").json()["teaching"][0]["name"] == "Monday group"


def test_create_teacher_cli_makes_a_teacher(tmp_path, monkeypatch, capsys):
    import io

    from fromzero.cli import main
    from fromzero.server.settings import get_settings

    monkeypatch.setenv("FROMZERO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("FROMZERO_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    get_settings.cache_clear()
    try:
        assert main(["db", "upgrade"]) == 0
        assert main(["accounts", "create-teacher", "--email", "T@x.org", "--name", "T",
                     "--password-stdin"]) == 0
        assert "Teacher account t@x.org created" in capsys.readouterr().out
        from fromzero.store import open_store

        store = open_store(get_settings())
        assert store.authenticate("t@x.org", PASSWORD).role == "teacher"
    finally:
        get_settings.cache_clear()


def test_the_submission_hook_records_checks_of_signed_in_learners_only(app):
    def check(submitter: SubmitterDep) -> dict:
        # what the exercise check route does after grading
        if submitter is not None:
            submitter.store.record_submission(submitter.user, MODULE, "double", "def f(): ...",
                                              {"status": "fail", "summary": "no"})
        return {"recorded": submitter is not None}

    app.add_api_route("/api/test-check", check, methods=["POST"])
    browser = Browser(app)
    assert browser.post("/api/test-check").json() == {"recorded": False}  # signed out
    browser.signup("a@x.org")
    assert browser.post("/api/test-check", csrf=False).json() == {"recorded": False}
    assert browser.post("/api/test-check").json() == {"recorded": True}
    listed = browser.get("/api/submissions").json()
    assert [(s["slug"], s["status"]) for s in listed] == [("double", "fail")]
    one = browser.get(f"/api/submissions/{listed[0]['id']}").json()
    assert one["code"] == "def f(): ..." and one["result"]["summary"] == "no"
