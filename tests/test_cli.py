"""The econparse command: output formats and every exit code."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import econparse
from econparse import _build
from econparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "wire_story.txt")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_of_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, EXAMPLE)
    assert code == 0
    assert err == ""
    data = json.loads(out)
    assert data["source"] == "Reuters"
    assert econparse.Article.from_dict(data) == econparse.parse_file(EXAMPLE)


def test_json_of_several_files_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, EXAMPLE, EXAMPLE)
    assert code == 0
    assert len(json.loads(out)) == 2


def test_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "jsonl", EXAMPLE, EXAMPLE)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["dateline"] == "SANTIAGO" for line in lines)


def test_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "text", EXAMPLE)
    assert code == 0
    assert "source Reuters" in out
    assert "'$1.2 billion'" in out
    assert "currency=USD" in out
    assert "speaker Octavio Araneda (chief executive)" in out
    assert "direct [told]: 'We are not going to chase volume" in out


def test_stdin_and_published(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Profit hit $3bn."))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "--published", "2019-01-27", "-")
    assert code == 0
    data = json.loads(out)
    assert data["published"] == "2019-01-27"
    assert data["money"][0]["amount"] == "3000000000"


def test_default_dollar(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It paid $5 million.", encoding="utf-8")
    code, out, _ = run(capsys, "--default-dollar", "cad", str(path))
    assert code == 0
    assert json.loads(out)["money"][0]["currency"] == "CAD"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"econparse {econparse.__version__} ({_build.build()})"


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xml", EXAMPLE],
        ["--published", "27/01/2019", EXAMPLE],
        ["--nope"],
        ["--default-dollar", "dollars", EXAMPLE],
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_missing_file_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "missing.txt")
    code, out, err = run(capsys, missing, EXAMPLE)
    assert code == 1
    assert err.count("\n") == 1
    assert missing in err
    assert "Traceback" not in err
    assert json.loads(out)["source"] == "Reuters"  # the readable input is still parsed


def test_undecodable_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Profit hit £3bn.".encode("latin-1"))
    code, out, err = run(capsys, str(path))
    assert code == 1
    assert out.strip() == ""
    assert str(path) in err
    assert "not UTF-8" in err


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "econparse", "--format", "jsonl", EXAMPLE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dateline"] == "SANTIAGO"
