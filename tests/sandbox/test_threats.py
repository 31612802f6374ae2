"""Threats beyond the shared catalogue, each written the way a curious learner would try it."""

from __future__ import annotations

import os
import secrets
import subprocess
import tempfile
import threading
import time

from tests.sandbox.conftest import REPO, run


def _install_dirs_in_tmp() -> list[str]:
    """Top names under /tmp of the read-only Python install (a checkout under /tmp, say):
    the sandbox shows those folders in every run's /tmp, read-only and the same for all."""
    from fromzero.sandbox.hardened import _read_only_dirs

    return sorted({p.split("/")[2] for p in _read_only_dirs() if p.startswith("/tmp/")})


def test_a_run_cannot_read_what_another_run_left_in_tmp(runner) -> None:
    token = secrets.token_hex(8)
    out, _, done, _ = run(runner, f"open('/tmp/note.txt', 'w').write('{token}'); print('left')")
    assert done["status"] == "ok" and out == "left\n"
    out, _, done, _ = run(runner, "import os\nprint(sorted(os.listdir('/tmp')))\n"
                                  "print(os.path.exists('/tmp/note.txt'))")
    assert out == f"{_install_dirs_in_tmp()}\nFalse\n"


def test_concurrent_runs_do_not_share_tmp_or_processes(runner) -> None:
    token = secrets.token_hex(8)
    writer = (f"import time\nopen('/tmp/w.txt', 'w').write('{token}')\n"
              f"open('/home/learner/w.txt', 'w').write('{token}')\ntime.sleep(1.5)\n")
    background = threading.Thread(target=lambda: run(runner, writer))
    background.start()
    time.sleep(0.5)
    reader = ("import os\nfound = []\n"
              "for top in ('/tmp', '/home/learner'):\n"
              f"    for name in set(os.listdir(top)) - set({_install_dirs_in_tmp()!r}):\n"
              "        found.append(open(os.path.join(top, name)).read())\n"
              "print(found, sorted(p for p in os.listdir('/proc') if p.isdigit()))\n")
    out, _, _, _ = run(runner, reader, files={"data.txt": "mine"})
    background.join()
    assert token not in out
    assert "'mine'" in out and out.endswith("['1', '2']\n"), out


def test_a_run_cannot_see_the_servers_environment() -> None:
    from tests.sandbox.conftest import hardened_or_skip

    hardened_or_skip()
    from fromzero.sandbox.hardened import HardenedRunner

    secret = secrets.token_hex(12)
    os.environ["FROMZERO_TEST_DB_PASSWORD"] = secret
    fresh = HardenedRunner()  # started after the secret exists, so it could leak it
    try:
        code = ("import os\nseen = repr(dict(os.environ))\n"
                "for pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n"
                "    for f in ('environ', 'cmdline'):\n"
                "        try: seen += open(f'/proc/{pid}/{f}', 'rb').read().decode('latin1')\n"
                "        except OSError: pass\n"
                "print(seen)\n")
        out, _, done, _ = run(fresh, code)
    finally:
        fresh.close()
        del os.environ["FROMZERO_TEST_DB_PASSWORD"]
    assert done["status"] == "ok"
    assert secret not in out
    assert "FROMZERO_TEST_DB_PASSWORD" not in out


def test_the_fork_servers_control_channel_is_out_of_reach(runner) -> None:
    code = ("import os\n"
            "names = os.listdir('/proc/self/fd')\n"
            "fds = {int(f): os.readlink('/proc/self/fd/' + f) for f in names if f != '4'}\n"
            "print(sorted(int(f) for f in names))\n"
            "print('sockets', [t for t in fds.values() if t.startswith('socket:')])\n"
            "print('pids', sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n")
    out, err, done, _ = run(runner, code)
    assert done["status"] == "ok", err
    fds, sockets, pids = out.splitlines()
    # 0-2 stdio, 3 the events channel, 4 the listing itself: nothing of the fork server.
    assert fds == "[0, 1, 2, 3, 4]"
    assert sockets == "sockets []"
    assert pids == "pids [1, 2]"  # the namespace init and the program: no host process


def test_no_new_namespaces_no_setuid_no_root(runner) -> None:
    code = ("import ctypes, os, subprocess\n"
            "libc = ctypes.CDLL(None, use_errno=True)\n"
            "for name, flag in (('user', 0x10000000), ('net', 0x40000000), ('mnt', 0x20000)):\n"
            "    print(name, libc.unshare(flag), ctypes.get_errno())\n"
            "try:\n    os.setuid(0); print('setuid ESCAPED')\n"
            "except PermissionError:\n    print('setuid blocked')\n"
            "r = subprocess.run(['/usr/bin/mount', '-t', 'tmpfs', 'x', '/tmp'],\n"
            "                   capture_output=True)\n"
            "print('mount binary', r.returncode != 0)\n"
            "status = open('/proc/self/status').read()\n"
            "print([l for l in status.splitlines() if l.startswith(('NoNewPrivs', 'CapEff'))])\n"
            "usr = [l for l in open('/proc/self/mountinfo') if ' /usr ' in l][0]\n"
            "print('usr nosuid', 'nosuid' in usr, 'ro' in usr.split()[5].split(','))\n")
    out, err, done, _ = run(runner, code)
    assert done["status"] == "ok", err
    lines = out.splitlines()
    assert lines[:3] == ["user -1 1", "net -1 1", "mnt -1 1"]
    assert lines[3] == "setuid blocked"
    assert lines[4] == "mount binary True"
    assert lines[5] == "['CapEff:\\t0000000000000000', 'NoNewPrivs:\\t1']"
    assert lines[6] == "usr nosuid True True"


def test_a_run_cannot_signal_host_processes(runner) -> None:
    victim = subprocess.Popen(["sleep", "30"])
    try:
        code = ("import os, signal\n"
                f"for pid in ({victim.pid}, -1, 1):\n"
                "    try:\n        os.kill(pid, signal.SIGKILL); print(pid, 'sent')\n"
                "    except OSError as e:\n        print(pid, e.errno)\n")
        _, _, done, _ = run(runner, code)
        time.sleep(0.1)
        assert victim.poll() is None, "a host process was killed from inside the sandbox"
        assert done["status"] in ("ok", "killed")
    finally:
        victim.kill()
        victim.wait()


def test_no_keystroke_injection_into_a_terminal(runner) -> None:
    code = ("import fcntl, termios, errno\n"
            "for fd in (0, 1, 2):\n"
            "    try:\n        fcntl.ioctl(fd, termios.TIOCSTI, b'x'); print('ESCAPED')\n"
            "    except OSError as e:\n        print(errno.errorcode[e.errno])\n"
            "try:\n    open('/dev/tty'); print('ESCAPED tty')\n"
            "except OSError as e:\n    print('tty', type(e).__name__)\n")
    out, _, _, _ = run(runner, code)
    # EPERM comes from the seccomp filter itself, before the kernel even checks for a tty.
    assert out.splitlines() == ["EPERM", "EPERM", "EPERM", "tty FileNotFoundError"]


def test_hidden_tests_and_server_files_are_unreadable(runner) -> None:
    """Grading integrity: only the run folder and the read-only Python install are there."""
    with tempfile.TemporaryDirectory(dir="/var/tmp") as hidden:
        expected = os.path.join(hidden, "test_hidden.py")
        with open(expected, "w") as f:
            f.write("EXPECTED = 42\n")
        code = ("import os, glob\nhits = []\n"
                f"for p in [{expected!r}, {str(REPO / 'pyproject.toml')!r},\n"
                f"          {str(REPO / 'course')!r}, '/var/tmp', '/root', '/work']:\n"
                "    try:\n"
                "        hits.append(os.listdir(p) if os.path.isdir(p) else open(p).read())\n"
                "    except OSError as e:\n"
                "        print('blocked', type(e).__name__)\n"
                "print('hits', hits, \n"
                "      glob.glob('/var/**/test_hidden.py', recursive=True))\n"
                "print(open('given.txt').read())\n")
        out, err, done, _ = run(runner, code, files={"given.txt": "the learner's own file"})
    assert done["status"] == "ok", err
    assert "hits [] []" in out
    assert out.count("blocked") == 6
    assert "the learner's own file" in out


def test_a_run_finds_no_trace_of_an_earlier_runs_code_in_its_memory(runner) -> None:
    token = secrets.token_hex(10)
    run(runner, f"secret = '{token}'\n# {token}\n# {token}\n# {token}\nprint(len(secret))")
    half = len(token) // 2
    # The learner is not dumpable (it changed uid), so /proc/self/mem is closed to it;
    # read the heap and anonymous memory directly, where Python keeps its strings.
    scanner = (f"import ctypes\nneedle = ({token[:half]!r} + {token[half:]!r}).encode()\n"
               "found = 0\n"
               "for line in open('/proc/self/maps').read().splitlines():\n"
               "    fields = line.split()\n"
               "    if not fields[1].startswith('rw') or fields[5:] not in ([], ['[heap]']):\n"
               "        continue\n"
               "    lo, hi = (int(x, 16) for x in fields[0].split('-'))\n"
               "    found += ctypes.string_at(lo, hi - lo).count(needle)\n"
               "print('found', found)\n")
    out, err, done, _ = run(runner, scanner)
    assert done["status"] == "ok", err
    # Only the copy this scanner built itself may be there.
    assert out.strip() in ("found 0", "found 1", "found 2"), out
