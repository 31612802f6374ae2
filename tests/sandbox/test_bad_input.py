"""Odd programs get a clear status and message, and the pool keeps serving afterwards."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import run

CASES = {
    "empty": ("", "ok"),
    "invalid_utf8": (b"print('caf\xe9')\n".decode("utf-8", "surrogateescape"), "error"),
    "lone_surrogate": ("print('\ud800')", "error"),
    "null_bytes": ("print(1)\0print(2)", "error"),
    "closes_stdout": ("import sys\nsys.stdout.close()\nprint('gone')", "error"),
    "closes_fd_1": ("import os\nos.close(1)\nos.close(2)\nprint('gone')", "error"),
    "exit_300": ("import sys\nsys.exit(300)", "error"),
    "exit_text": ("import sys\nsys.exit('bye now')", "error"),
    "os_exit_in_thread": (("import os, threading, time\n"
                           "threading.Thread(target=lambda: os._exit(3)).start()\n"
                           "time.sleep(2)\nprint('not reached')"), "error"),
    "reads_stdin": ("print(input('name? '))", "error"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gets_a_clear_ending(runner, name: str) -> None:
    code, expected = CASES[name]
    out, err, done, _ = run(runner, code)
    assert done["status"] == expected, (out, err, done)
    assert done["message"]
    assert "sandbox_error" not in done
    after, _, ok, _ = run(runner, "print('still here')")
    assert ok["status"] == "ok" and after == "still here\n"


def test_ten_megabytes_of_code_is_refused_with_a_reason(runner) -> None:
    code = "x = 1\n" * (10 * 1024 * 1024 // 6)
    _, _, done, _ = run(runner, code)
    assert done["status"] == "error"
    assert "MB" in done["message"] and "up to" in done["message"]


def test_exit_codes_are_reported_as_the_system_sees_them(runner) -> None:
    _, err, done, _ = run(runner, "import sys\nsys.exit(300)")
    assert done["exit_code"] == 300 & 0xFF
    assert "sys.exit(300)" in err
    assert "code 44" in done["message"]
    _, err, done, _ = run(runner, "import sys\nsys.exit('bye now')")
    assert done["exit_code"] == 1 and "bye now" in err


def test_invalid_utf8_is_a_syntax_error_the_learner_can_read(runner) -> None:
    _, err, _, _ = run(runner, CASES["invalid_utf8"][0])
    assert "SyntaxError" in err


def test_a_learner_file_with_broken_text_is_an_error_not_a_crash(runner) -> None:
    code = "import your_code"
    _, err, done, _ = run(runner, code, files={"your_code.py": "print('\ud800')"})
    assert done["status"] == "error" and "SyntaxError" in err


def test_file_names_must_stay_in_the_run_folder(runner) -> None:
    for bad in ("../escape.txt", "/etc/passwd", "a/../../b", "main.py", ""):
        with pytest.raises(ValueError):
            runner.run("print(1)", files={bad: "x"})


def test_files_in_subfolders_are_readable_and_writable(runner) -> None:
    code = ("print(open('data/train.csv').read())\n"
            "open('data/out.txt', 'w').write('ok')\nprint(open('data/out.txt').read())")
    out, err, done, _ = run(runner, code, files={"data/train.csv": "a,b\n1,2"})
    assert done["status"] == "ok", err
    assert out == "a,b\n1,2\nok\n"
