"""parse_many / parse_results and the batch CLI: order, errors, streaming, gzip, interrupts."""

from __future__ import annotations

import datetime as dt
import fcntl
import gzip
import itertools
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import econparse
from econparse.batch import BatchError, BatchWarning, Failed, Parsed, parse_many, parse_results
from econparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wire_story.txt"
TEXTS = [
    "Exports hit a record $375bn in 2017, up 6.6%.",
    "Profit fell 3 mln dlrs, or 12 pct, in the quarter.",
    "The central bank cut its rate by 25 basis points.",
    "Nothing to see here.",
]


def test_parse_many_is_exported() -> None:
    assert econparse.parse_many is parse_many


@pytest.mark.parametrize("workers", [None, 2])
def test_results_equal_serial_parse_in_order(workers: int | None) -> None:
    items = TEXTS * 10
    got = list(parse_many(items, workers=workers, chunksize=3))
    assert got == [econparse.parse(text) for text in items]


def test_item_shapes_and_default_published() -> None:
    day = dt.date(2019, 1, 27)
    items: list[object] = [
        "Up 5%.",
        ("Up 5%.", "2018-03-01"),
        ("Up 5%.", None),
        {"text": "Up 5%.", "date": "2017-01-02", "id": "a"},
        {"text": "Up 5%.", "published": dt.date(2016, 1, 1)},
    ]
    got = list(parse_many(items, published=day, on_error="raise"))  # type: ignore[arg-type]
    assert [a.published for a in got] == [
        day,
        dt.date(2018, 3, 1),
        day,
        dt.date(2017, 1, 2),
        dt.date(2016, 1, 1),
    ]


@pytest.mark.parametrize("workers", [None, 2])
def test_a_bad_item_is_reported_in_place(workers: int | None) -> None:
    items: list[object] = [
        "Up 5%.",
        b"bytes",
        {"id": "no-text"},
        {"id": 7, "text": "Up 5%.", "date": "27/01/2019"},
        "Down 3%.",
    ]
    got = list(parse_results(items, workers=workers, chunksize=2))  # type: ignore[arg-type]
    assert [type(r) for r in got] == [Parsed, Failed, Failed, Failed, Parsed]
    assert [r.index for r in got] == [0, 1, 2, 3, 4]
    bad = got[3]
    assert isinstance(bad, Failed)
    assert (bad.id, bad.error) == (7, "ValueError")
    assert "27/01/2019" in bad.message
    assert "input 3 (id 7): ValueError" in str(bad)
    many = list(parse_many(items, workers=workers))  # type: ignore[arg-type]
    assert isinstance(many[1], Failed)
    assert isinstance(many[4], econparse.Article)


def test_on_error_skip_warns_and_raise_stops() -> None:
    items: list[object] = ["Up 5%.", b"x", "Down 3%."]
    with pytest.warns(BatchWarning, match="input 1"):
        kept = list(parse_many(items, on_error="skip"))  # type: ignore[arg-type]
    assert len(kept) == 2
    seen = []
    with pytest.raises(BatchError, match="input 1") as info:
        seen.extend(parse_many(items, on_error="raise"))  # type: ignore[arg-type]
    assert len(seen) == 1
    assert info.value.failure.error == "TypeError"


@pytest.mark.parametrize(
    "kwargs", [{"workers": 0}, {"chunksize": 0}, {"on_error": "ignore"}, {"workers": True}]
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        parse_many(TEXTS, **kwargs)  # type: ignore[call-overload]


@pytest.mark.parametrize("workers", [None, 2])
def test_streams_with_bounded_lookahead(workers: int | None) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for text in itertools.cycle(TEXTS):
            pulled += 1
            yield text

    results = parse_many(endless(), workers=workers, chunksize=4)
    first = list(itertools.islice(results, 5))
    results.close()  # type: ignore[attr-defined]
    assert len(first) == 5
    assert pulled <= 5 + 4 * 4 * (workers or 1) + 4  # the window, not the input


# ---------------------------------------------------------------------------
# The batch CLI


def _jsonl(path: Path, rows: list[dict[str, object]], *, gz: bool = False) -> Path:
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize(("gz", "jobs"), [(False, "1"), (True, "2")])
def test_cli_jsonl_one_line_per_input_with_ids(tmp_path: Path, gz: bool, jobs: str) -> None:
    rows: list[dict[str, object]] = [
        {"key": f"a{i}", "body": text, "day": "1987-02-26"} for i, text in enumerate(TEXTS * 3)
    ]
    rows.append({"key": "bad", "body": None})
    source = _jsonl(tmp_path / ("in.jsonl.gz" if gz else "in.jsonl"), rows, gz=gz)
    out = tmp_path / "out.jsonl"
    argv = ["--jsonl", str(source), "-o", str(out), "--jobs", jobs, "--quiet"]
    argv += ["--text-field", "body", "--date-field", "day", "--id-field", "key"]
    assert main(argv) == 1  # the bad row
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [row["key"] for row in rows]
    first = econparse.Article.from_dict(lines[0]["article"])
    assert first == econparse.parse(TEXTS[0], published="1987-02-26")
    assert lines[-1]["error"]["type"] == "TypeError"


def test_cli_directory_of_txt_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    (tmp_path / "skip.md").write_text("not this", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(line["id"]).name for line in lines] == ["b.txt", "a.txt"]
    assert lines[0]["article"]["money"][0]["amount"] == "375000000000"


def test_cli_batch_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--jsonl", "x", "--format", "text"], ["--jobs", "2", str(EXAMPLE)]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
    assert main(["--jsonl", str(tmp_path / "missing.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err


def _big_input(tmp_path: Path, count: int) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    return _jsonl(tmp_path / "big.jsonl", [{"id": i, "text": text} for i in range(count)])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_interrupt_leaves_valid_jsonl(tmp_path: Path, jobs: str) -> None:
    source = _big_input(tmp_path, 3000)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "econparse", "--jsonl", str(source), "-o", str(out)]
    process = subprocess.Popen([*cmd, "--jobs", jobs, "--quiet"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 50_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 3000
    assert [json.loads(line)["id"] for line in lines] == list(range(len(lines)))


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    pytest.importorskip("tqdm", reason="the progress bar needs the 'progress' extra (tqdm)")
    source = _big_input(tmp_path, 20)
    cmd = [sys.executable, "-m", "econparse", "--jsonl", str(source), "-o", os.devnull]
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with subprocess.Popen(cmd, stderr=follower) as process:
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            shown += chunk
    os.close(leader)
    assert process.returncode == 0
    assert b"20/20" in shown or b"20 articles" in shown
    quiet = subprocess.run([*cmd, "--quiet"], capture_output=True, check=True)
    piped = subprocess.run(cmd, capture_output=True, check=True)
    assert quiet.stderr == piped.stderr == b""


def test_documentation_examples_run() -> None:
    import doctest
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "docs" / "batch.md"
    failures, tried = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
