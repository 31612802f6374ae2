"""Sign-up, sign-in, sign-out (here or everywhere), and who is signed in."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from fromzero.server.account_deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    CsrfDep,
    LimitersDep,
    StoreDep,
    UserDep,
    WriterDep,
    clear_session_cookie,
    set_csrf_cookie,
    set_session_cookies,
)
from fromzero.server.deps import SettingsDep
from fromzero.store import StoreError
from fromzero.store.security import MAX_PASSWORD, new_token, password_problem

router = APIRouter(prefix="/api/accounts", tags=["accounts"])


class SignUp(BaseModel):
    email: str = Field(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")
    name: str = Field(min_length=1, max_length=100, description="printed on the certificate")
    password: str = Field(max_length=MAX_PASSWORD)


class SignIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=MAX_PASSWORD)


class UserOut(BaseModel):
    id: int
    email: str
    name: str
    role: str


class SignedIn(BaseModel):
    user: UserOut
    csrf_token: str


@router.get("/csrf")
def csrf(request: Request, response: Response, settings: SettingsDep,
         _store: StoreDep) -> dict:
    """The CSRF token to send in the X-CSRF-Token header (set as a cookie if missing)."""
    token = request.cookies.get(CSRF_COOKIE) or new_token()
    set_csrf_cookie(response, settings, token)
    return {"csrf_token": token}


@router.post("/signup", response_model=SignedIn, status_code=201)
async def signup(body: SignUp, response: Response, store: StoreDep, settings: SettingsDep,
                 _csrf: CsrfDep) -> dict:
    problem = password_problem(body.password)
    if problem:
        raise HTTPException(422, problem)
    try:
        # argon2 takes a noticeable fraction of a second on purpose: keep it off the event loop
        user = await run_in_threadpool(store.create_user, body.email, body.name, body.password)
    except StoreError as e:
        raise HTTPException(409, str(e)) from None
    token = store.start_session(user.id, settings.session_days)
    return {"user": user.to_json(), "csrf_token": set_session_cookies(response, settings, token)}


@router.post("/signin", response_model=SignedIn)
async def signin(body: SignIn, request: Request, response: Response, store: StoreDep,
                 settings: SettingsDep, limiters: LimitersDep, _csrf: CsrfDep) -> dict:
    account = "account:" + body.email.strip().lower()
    ip = "ip:" + (request.client.host if request.client else "unknown")
    wait = max(limiters.per_account.retry_after(account), limiters.per_ip.retry_after(ip))
    if wait:
        raise HTTPException(429, f"Too many sign-in attempts. Wait {wait} seconds, then try "
                                 "again; if you forgot your password, ask your teacher.",
                            headers={"Retry-After": str(wait)})
    user = await run_in_threadpool(store.authenticate, body.email, body.password)
    if user is None:
        # Only failures count, per address too: a class behind one school address signs in
        # thirty times at nine o'clock, and that must not lock anyone out.
        limiters.per_account.hit(account)
        limiters.per_ip.hit(ip)
        raise HTTPException(401, "That email and password do not match an account. Check "
                                 "both (is Caps Lock on?) and try again.")
    limiters.per_account.clear(account)
    token = store.start_session(user.id, settings.session_days)
    return {"user": user.to_json(), "csrf_token": set_session_cookies(response, settings, token)}


@router.post("/signout")
def signout(request: Request, response: Response, store: StoreDep, _csrf: CsrfDep) -> dict:
    store.end_session(request.cookies.get(SESSION_COOKIE))
    clear_session_cookie(response)
    return {"ok": True}


@router.post("/signout-everywhere")
def signout_everywhere(response: Response, user: WriterDep, store: StoreDep) -> dict:
    """End every session of this account: on this browser and all other devices."""
    ended = store.end_all_sessions(user.id)
    clear_session_cookie(response)
    return {"ok": True, "sessions_ended": ended}


@router.get("/me", response_model=UserOut)
def me(user: UserDep) -> dict:
    return user.to_json()
