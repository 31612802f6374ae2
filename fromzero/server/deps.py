"""Typed dependencies for the routes: the settings and the loaded course."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from fromzero.course.loader import Course, Module, cached_course
from fromzero.server.settings import Settings


def get_settings(request: Request) -> Settings:
    """The settings this app was created with (tests create apps with their own)."""
    return request.app.state.settings


def get_course(settings: Annotated[Settings, Depends(get_settings)]) -> Course:
    return cached_course(settings.course_dir)


SettingsDep = Annotated[Settings, Depends(get_settings)]
CourseDep = Annotated[Course, Depends(get_course)]


def module_or_404(course: Course, module_id: str) -> Module:
    module = course.module(module_id)
    if module is None:
        known = ", ".join(m.id for m in course.modules()[:8])
        raise HTTPException(404, f"There is no module called '{module_id}'. Known modules "
                                 f"include: {known}.")
    return module
