"""Passwords, session tokens, CSRF tokens and the sign-in rate limit."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2id with the library's defaults (RFC 9106 "second recommended" profile).
_hasher = PasswordHasher()
# A hash to verify against when the account does not exist, so a wrong email takes as long
# as a wrong password and timing does not reveal who has an account.
_DUMMY_HASH = _hasher.hash("not a real password")

MIN_PASSWORD = 10
MAX_PASSWORD = 1000  # argon2 takes any length; this bounds the work one request can cause


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    """A sentence saying why this password is refused, or None."""
    if len(password) < MIN_PASSWORD:
        return (f"The password is {len(password)} characters long; use at least "
                f"{MIN_PASSWORD}. A few ordinary words in a row make a good one.")
    if len(password) > MAX_PASSWORD:
        return f"The password is longer than {MAX_PASSWORD} characters."
    return None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the sessions table stores instead of the cookie itself."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


class RateLimiter:
    """At most `limit` hits per key in a sliding window of `window` seconds.

    Kept in memory: one app process counts its own sign-ins. With several processes behind a
    proxy (DESIGN.md §10) each counts alone, so the real limit is the limit times the number
    of processes; move the counts to Redis then.
    """

    def __init__(self, limit: int, window: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def retry_after(self, key: str) -> int:
        """0 if `key` may go ahead, else the seconds until it may."""
        with self._lock:
            now = self.clock()
            hits = self._recent(key, now)
            if len(hits) < self.limit:
                return 0
            return max(1, int(hits[0] + self.window - now + 0.999))

    def hit(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            self._recent(key, now).append(now)
            if len(self._hits) > 100_000:  # bound memory under a flood of made-up keys
                for k in [k for k, v in self._hits.items() if not v]:
                    del self._hits[k]

    def clear(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)
