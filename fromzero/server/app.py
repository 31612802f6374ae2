"""The FastAPI application: thin routes, the built web app, and errors a person can read."""

from __future__ import annotations

import math
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from fromzero import __version__
from fromzero.sandbox import SandboxBusy
from fromzero.server.models import Health
from fromzero.server.routes import (
    accounts,
    certificates,
    classes,
    course,
    exercises,
    explain,
    progress,
    quiz,
    reviews,
    run,
    training,
)
from fromzero.server.settings import Settings, get_settings


def _readable_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {"loc": ["body"], "msg": "is not valid"}
    field = ".".join(str(p) for p in first.get("loc", []) if p != "body") or "body"
    return JSONResponse(status_code=422, content={
        "detail": f"The request field '{field}' {first.get('msg', 'is not valid').lower()}."})


def _sandbox_busy(request: Request, exc: Exception) -> JSONResponse:
    retry = max(1, math.ceil(getattr(exc, "retry_after_s", 1)))
    return JSONResponse(status_code=429, headers={"Retry-After": str(retry)}, content={
        "detail": f"Many programs are running right now. Please try again in {retry} s."})


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="From Zero", version=__version__)
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, _readable_validation_error)
    app.add_exception_handler(SandboxBusy, _sandbox_busy)

    @app.get("/api/health", response_model=Health, tags=["health"])
    def health() -> dict:
        from fromzero.sandbox import get_runner

        return {"ok": True, "version": __version__,
                "runner": getattr(get_runner(), "name", type(get_runner()).__name__)}

    for module in (course, run, exercises, quiz, explain, progress, accounts, classes,
                   certificates, reviews, training):
        app.include_router(module.router)
    _mount_web(app, settings.web_dist, settings.course_dir)
    return app


def _mount_web(app: FastAPI, dist: Path, course_dir: Path) -> None:
    """Serve the built web app, with every non-API path falling back to index.html."""
    app.mount("/course-assets", StaticFiles(directory=course_dir, check_dir=False),
              name="course-assets")
    assets = dist / "assets"
    if assets.is_dir():
        app.mount("/assets", StaticFiles(directory=assets), name="assets")

    @app.get("/{path:path}", include_in_schema=False)
    def spa(path: str):
        if path.startswith("api/"):
            return JSONResponse(status_code=404, content={"detail": f"No API route /{path}."})
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and dist.resolve() in candidate.parents:
            return FileResponse(candidate)
        index = dist / "index.html"
        if index.is_file():
            return FileResponse(index, headers={"Cache-Control": "no-cache"})
        return JSONResponse(status_code=503, content={
            "detail": "The web app is not built yet. Run `make run` (or `npm run build` in web/)."})
