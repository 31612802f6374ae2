"""Typed dependencies for the account routes: the store, the signed-in user, CSRF.

Cookies: `fromzero_session` (HTTP-only, SameSite=Lax) names the session; `fromzero_csrf`
(readable by the page's script) holds a random token that every state-changing request must
repeat in the `X-CSRF-Token` header. Another site can make the browser send the cookies, but
cannot read them, so it cannot write the header: double-submit protection.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response

from fromzero.course.loader import cached_course
from fromzero.server.deps import SettingsDep
from fromzero.server.settings import Settings
from fromzero.store import PublicUser, Store, open_store
from fromzero.store.db import secret_key
from fromzero.store.derive import CoursePlan, plan_from_course
from fromzero.store.security import RateLimiter, new_token, same_token

SESSION_COOKIE = "fromzero_session"
CSRF_COOKIE = "fromzero_csrf"
CSRF_HEADER = "X-CSRF-Token"
ACCOUNTS_OFF = ("Accounts are off on this server, so progress stays in your browser (export it "
                "as a file from the dashboard to keep a copy). To keep progress on the server, "
                "start it with `fromzero serve --accounts`.")

_open_lock = threading.Lock()


def get_plan(settings: SettingsDep) -> CoursePlan:
    return plan_from_course(cached_course(settings.course_dir))


def get_store(request: Request, settings: SettingsDep) -> Store:
    """The app's store, opened (and migrated) on first use; 404 when accounts are off."""
    if not settings.accounts:
        raise HTTPException(404, ACCOUNTS_OFF)
    store = getattr(request.app.state, "store", None)
    if store is None:
        with _open_lock:  # two first requests at once must not both run the migrations
            store = getattr(request.app.state, "store", None)
            if store is None:
                course = cached_course(settings.course_dir)
                projects = [(p.meta.major_project.module, p.meta.major_project.exercise)
                            for p in course.parts if p.meta and p.meta.major_project]
                store = open_store(settings, projects)
                request.app.state.store = store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
PlanDep = Annotated[CoursePlan, Depends(get_plan)]


def _signed_in(request: Request, store: StoreDep) -> PublicUser:
    user = store.user_for_session(request.cookies.get(SESSION_COOKIE))
    if user is None:
        raise HTTPException(401, "You are not signed in (or your session ended). Sign in, "
                                 "then try again.")
    return user


def require_csrf(request: Request) -> None:
    if not same_token(request.cookies.get(CSRF_COOKIE), request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, f"This request lacks its CSRF token: send the value of the "
                                 f"'{CSRF_COOKIE}' cookie in the '{CSRF_HEADER}' header (GET "
                                 "/api/accounts/csrf gives one). Reload the page if this "
                                 "keeps happening.")


def _writer(user: Annotated[PublicUser, Depends(_signed_in)],
            _csrf: Annotated[None, Depends(require_csrf)]) -> PublicUser:
    return user


def _teacher(user: Annotated[PublicUser, Depends(_signed_in)]) -> PublicUser:
    if user.role != "teacher":
        raise HTTPException(403, "Only a teacher account can do this. Teacher accounts are "
                                 "made on the server with `fromzero accounts create-teacher`.")
    return user


UserDep = Annotated[PublicUser, Depends(_signed_in)]  # reads: signed in
WriterDep = Annotated[PublicUser, Depends(_writer)]  # writes: signed in + CSRF header
TeacherDep = Annotated[PublicUser, Depends(_teacher)]
CsrfDep = Annotated[None, Depends(require_csrf)]


@dataclass(frozen=True)
class Submitter:
    store: Store
    user: PublicUser


def get_submitter(request: Request) -> Submitter | None:
    """For the exercise check route: who to record the submission for, or None (accounts off,
    signed out, or no CSRF header: the check still runs, it just is not stored)."""
    settings: Settings = request.app.state.settings
    if not settings.accounts or SESSION_COOKIE not in request.cookies:
        return None
    if not same_token(request.cookies.get(CSRF_COOKIE), request.headers.get(CSRF_HEADER)):
        return None
    store = get_store(request, settings)
    user = store.user_for_session(request.cookies.get(SESSION_COOKIE))
    return Submitter(store, user) if user else None


SubmitterDep = Annotated[Submitter | None, Depends(get_submitter)]


@dataclass
class Limiters:
    per_account: RateLimiter
    per_ip: RateLimiter


def get_limiters(request: Request, settings: SettingsDep) -> Limiters:
    limiters = getattr(request.app.state, "signin_limiters", None)
    if limiters is None:
        window = settings.signin_window_seconds
        limiters = Limiters(RateLimiter(settings.signin_failures_per_account, window),
                            RateLimiter(settings.signin_failures_per_ip, window))
        request.app.state.signin_limiters = limiters
    return limiters


LimitersDep = Annotated[Limiters, Depends(get_limiters)]


def set_session_cookies(response: Response, settings: Settings, token: str) -> str:
    """Session cookie, and a fresh CSRF token (a new one per sign-in, so a token seen before
    signing in is no use after). Returns the CSRF token."""
    csrf = new_token()
    max_age = settings.session_days * 86400
    response.set_cookie(SESSION_COOKIE, token, max_age=max_age, httponly=True, samesite="lax",
                        secure=settings.secure_cookies, path="/")
    set_csrf_cookie(response, settings, csrf)
    return csrf


def set_csrf_cookie(response: Response, settings: Settings, csrf: str) -> None:
    # Not HTTP-only on purpose: the page's script reads it to copy it into the header.
    response.set_cookie(CSRF_COOKIE, csrf, max_age=settings.session_days * 86400,
                        httponly=False, samesite="lax", secure=settings.secure_cookies,
                        path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def get_secret(request: Request, settings: SettingsDep, _store: StoreDep) -> bytes:
    """The key that signs certificate codes (made once, kept in the data folder)."""
    secret = getattr(request.app.state, "certificate_secret", None)
    if secret is None:
        secret = secret_key(settings)
        request.app.state.certificate_secret = secret
    return secret


SecretDep = Annotated[bytes, Depends(get_secret)]
