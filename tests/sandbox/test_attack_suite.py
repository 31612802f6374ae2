"""The shared attack catalogue, run through the same command a school's security team uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.sandbox.conftest import REPO, hardened_or_skip


def attack_suite(path: Path, runner: str = "hardened") -> subprocess.CompletedProcess:
    env = {**os.environ, "FROMZERO_SANDBOX": runner}
    return subprocess.run(
        [sys.executable, "-m", "fromzero.cli", "sandbox", "attack-suite", str(path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_every_shared_attack_is_contained(catalogue: Path) -> None:
    hardened_or_skip()
    result = attack_suite(catalogue)
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr
    assert not [line for line in lines if line.startswith("FAIL")], result.stdout
    assert lines[-1].endswith(" passed, 0 failed"), result.stdout
    assert result.returncode == 0


def test_a_failing_attack_makes_the_command_fail(tmp_path: Path) -> None:
    hardened_or_skip()
    escaping = tmp_path / "catalogue.py"
    escaping.write_text(
        "ATTACKS = [\n"
        "  ('says_escaped', 'print(\"ESCAPED\")',\n"
        "   dict(status_in=['ok'], stdout_lacks=['ESCAPED'])),\n"
        "  ('fine', 'print(\"BLOCKED\")', dict(status_in=['ok'], stdout_has=['BLOCKED'],\n"
        "        host=['sandbox_alive', 'cgroups_removed', 'no_leftover_procs'])),\n"
        "]\n")
    result = attack_suite(escaping)
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("FAIL says_escaped")
    assert lines[1].startswith("PASS fine")
    assert lines[-1] == "1 passed, 1 failed"
    assert result.returncode != 0


def test_a_missing_catalogue_is_an_error_not_a_pass(tmp_path: Path) -> None:
    result = attack_suite(tmp_path / "nope.py", runner="subprocess")
    assert result.returncode == 2
    assert "passed" not in result.stdout


def test_the_suite_refuses_a_runner_that_does_not_isolate(tmp_path: Path) -> None:
    """Run as root through the plain subprocess runner, the real catalogue would append to
    /etc/passwd and kill(-1) every process on the machine: it must not run at all."""
    harmless = tmp_path / "catalogue.py"
    marker = tmp_path / "ran"
    code = f"open({str(marker)!r}, 'w')"
    harmless.write_text(f"ATTACKS = [('touch', {code!r}, {{}})]\n")
    result = attack_suite(harmless, runner="subprocess")
    assert result.returncode == 2
    assert "refusing" in result.stderr
    assert not marker.exists()
