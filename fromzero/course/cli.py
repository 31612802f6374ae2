"""`fromzero check course` and `fromzero check exercise DIR FILE`."""

from __future__ import annotations

import json
from pathlib import Path

from fromzero.course.loader import DEFAULT_ROOT


def register(subparsers) -> None:
    check = subparsers.add_parser("check", help="check the course, or your exercise solution")
    what = check.add_subparsers(dest="what", metavar="WHAT")
    course = what.add_parser("course", help="validate every module (DESIGN.md §3)")
    course.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    course.add_argument("--module", action="append", help="only this module id (repeatable)")
    course.add_argument("--no-run", action="store_true", help="skip running examples/exercises")
    course.set_defaults(func=_check_course)
    exercise = what.add_parser("exercise", help="grade a file against an exercise")
    exercise.add_argument("exercise_dir", type=Path)
    exercise.add_argument("file", type=Path)
    exercise.add_argument("--json", action="store_true")
    exercise.set_defaults(func=_check_exercise)


def _check_course(args) -> int:
    from fromzero.course.validator import check_course

    problems, grades = check_course(args.root, args.module, run_code=not args.no_run)
    for module_id, grade in grades.items():
        shown = "not measured (install textstat)" if grade is None else f"{grade:.1f}"
        print(f"{module_id}: reading grade {shown}")
    for p in problems:
        print(f"PROBLEM {p}")
    print(f"{len(problems)} problem(s) in {len(grades)} module(s) checked.")
    return 1 if problems else 0


def _check_exercise(args) -> int:
    from fromzero.course.loader import load_exercise
    from fromzero.grading.grader import check_code

    exercise = load_exercise(args.exercise_dir)
    result = check_code(exercise, args.file.read_text(encoding="utf-8"))
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{result['status'].upper()}: {result['summary']}")
        for t in result["tests"]:
            mark = "ok  " if t["status"] == "pass" else "FAIL"
            print(f"  [{mark}] task {t['task']}: {t['message']}")
    return 0 if result["status"] == "pass" else 1
