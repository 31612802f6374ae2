"""`fromzero datasets ...` through the real command parser, in an empty data folder."""

from __future__ import annotations

from fromzero.cli import main


def test_list_shows_every_dataset_and_the_data_folder(root, capsys):
    assert main(["datasets", "list"]) == 0
    out = capsys.readouterr().out
    for name in ("mnist", "shakespeare", "cifar10", "fashion-mnist", "python-code", "iris"):
        assert name in out
    assert str(root) in out


def test_prepare_of_an_unknown_name_explains_and_fails(root, capsys):
    assert main(["datasets", "prepare", "cifar"]) == 1
    err = capsys.readouterr().err
    assert "There is no dataset called 'cifar'" in err
    assert "Expected: one of: cifar10," in err
    assert "Try:" in err


def test_prepare_shows_progress_on_stderr_and_info_reads_the_manifest(root, capsys, tmp_path):
    code = tmp_path / "lib"
    code.mkdir()
    (code / "hello.py").write_text("print('hello')\n")
    assert main(["datasets", "prepare", "python-code", "--from", str(code)]) == 0
    captured = capsys.readouterr()
    assert "[##############################] 100 %" in captured.err
    assert captured.out == ""  # stdout stays clean for data
    assert main(["datasets", "info", "python-code"]) == 0
    out = capsys.readouterr().out
    assert "prepared: yes" in out and "train.txt  sha256" in out
    assert main(["datasets", "prepare", "python-code"]) == 0  # no --from: keep what is there
    assert "already prepared" in capsys.readouterr().err


def test_info_of_an_unprepared_dataset_says_how_to_prepare_it(root, capsys):
    assert main(["datasets", "info", "shakespeare"]) == 0
    assert "Run `fromzero datasets prepare shakespeare`" in capsys.readouterr().out
