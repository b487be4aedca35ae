"""The ``econparse`` command: parse news files and print what was found.

Batch mode (``--jsonl IN.jsonl[.gz]``, or a directory of ``.txt`` files)
streams any number of articles, in parallel with ``--jobs N``, to one JSON
line per input, flushed line by line so that an interrupted run leaves a
valid JSONL file.

Exit codes: 0 success; 1 an input could not be read or decoded, or (batch
mode) an input could not be parsed (one line on stderr naming it, no
traceback); 2 bad usage (unknown option, invalid date); 130 interrupted
(Ctrl-C) in batch mode.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from econparse._build import build
from econparse._version import __version__
from econparse.article import Article
from econparse.batch import Failed, Item, Parsed, Result, _engine
from econparse.pipeline import parse
from econparse.span import Mention

_SKIP = {"text", "span"}
_EMPTY: tuple[object, ...] = (None, (), "")


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date (YYYY-MM-DD): {value!r}") from None


def _currency_code(value: str) -> str:
    if len(value) == 3 and value.isascii() and value.isalpha():
        return value.upper()
    raise argparse.ArgumentTypeError(f"not a three-letter ISO 4217 code: {value!r}")


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="econparse",
        description=(
            "Find money, percentages, dates and times, quotes and article facts"
            " in English economic news."
        ),
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files; '-' or none reads stdin"
    )
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for every input; default: the text's own header",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json: one indented document (an array for several inputs); "
        "jsonl: one line per input; text: a summary for people (default: json)",
    )
    parser.add_argument(
        "--default-dollar",
        type=_currency_code,
        default="USD",
        metavar="CODE",
        help="ISO 4217 code for a bare '$' or 'dollars' (default: USD)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT instead of standard output",
    )
    batch = parser.add_argument_group(
        "batch mode",
        "--jsonl, or a directory among the FILEs, parses many articles into one JSON "
        'line each: {"id": ..., "article": {...}} or {"id": ..., "error": {...}}',
    )
    batch.add_argument(
        "--jsonl",
        metavar="IN",
        help="JSON Lines input, one article object per line (gzip accepted; '-' is stdin)",
    )
    batch.add_argument(
        "--text-field", default="text", metavar="NAME", help="the text field (default: text)"
    )
    batch.add_argument(
        "--date-field",
        default="date",
        metavar="NAME",
        help="the publication date field, YYYY-MM-DD (default: date; "
        "a missing or null date falls back to --published)",
    )
    batch.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the id field copied to the output (default: id; else the line number)",
    )
    batch.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default: 1, in this process)",
    )
    batch.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bar (shown on a terminal when tqdm is installed)",
    )
    parser.add_argument(
        "--version", action="version", version=f"econparse {__version__} ({build()})"
    )
    return parser


def _jobs(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes >= 1: {value!r}")
    return count


class _InputError(Exception):
    pass


def _read(name: str) -> str:
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except OSError as error:
        raise _InputError(f"econparse: cannot read {name}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _InputError(
            f"econparse: {name} is not UTF-8 text (byte {error.start}: {error.reason})"
        ) from None


def _value_summary(mention: Mention) -> str:
    parts = []
    for field in attrs.fields(type(mention)):
        value = getattr(mention, field.name)
        if field.name in _SKIP or field.name.endswith("_span") or value is False or value in _EMPTY:
            continue
        if isinstance(value, Mention):
            value = value.text
        shown = getattr(value, "value", value)
        parts.append(f"{field.name}={shown}")
    return " ".join(parts)


def summarise(name: str, article: Article) -> str:
    """A readable, plain-text summary of an article, as ``--format text`` prints it."""
    facts = [
        f"published {article.published.isoformat() if article.published else 'unknown'}",
        f"source {article.source or 'unknown'}",
    ]
    if article.dateline:
        facts.append(f"dateline {article.dateline}")
    if article.headline:
        facts.append(f"headline {article.headline!r}")
    sentences = sum(len(p.sentences) for p in article.paragraphs)
    facts.append(f"{len(article.paragraphs)} paragraphs, {sentences} sentences")
    lines = [f"== {name}", "  " + "; ".join(facts)]
    for kind, mentions in article.mentions_by_kind().items():
        lines.append(f"  {kind} ({len(mentions)})")
        lines.extend(
            f"    {m.span.start:>6}-{m.span.end:<6} {m.text!r}  {_value_summary(m)}".rstrip()
            for m in mentions
        )
    for speaker in article.speakers:
        about = ", ".join(part for part in (speaker.role, speaker.organization) if part)
        lines.append(f"  speaker {speaker.name}" + (f" ({about})" if about else ""))
        for index in speaker.quotes:
            quote = article.quotes[index]
            cue = f" [{quote.cue.text}]" if quote.cue else ""
            lines.append(f"    {quote.kind.value}{cue}: {quote.text!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jsonl is not None or any(os.path.isdir(name) for name in args.files):
        if args.format not in (None, "jsonl"):
            parser.error(f"batch mode writes JSON Lines; --format {args.format} does not apply")
        return _batch(args)
    if args.jobs != 1:
        parser.error("--jobs applies to batch mode (--jsonl IN, or a directory)")
    if args.output is None:
        return _single(args, sys.stdout)
    try:
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115  (closed below)
    except OSError as error:
        print(f"econparse: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    with out:
        return _single(args, out)


def _single(args: argparse.Namespace, out: IO[str]) -> int:
    names = args.files or ["-"]
    fmt = args.format or "json"
    results: list[tuple[str, Article]] = []
    status = 0
    for name in names:
        try:
            text = _read(name)
        except _InputError as error:
            print(error, file=sys.stderr)
            status = 1
            continue
        article = parse(text, published=args.published, default_dollar=args.default_dollar)
        if fmt == "jsonl":
            print(article.to_json(), file=out)
        results.append((name, article))
    if fmt == "json" and results:
        dicts = [article.to_dict() for _, article in results]
        print(
            json.dumps(dicts[0] if len(dicts) == 1 else dicts, ensure_ascii=False, indent=2),
            file=out,
        )
    elif fmt == "text" and results:
        print("\n\n".join(summarise(name, article) for name, article in results), file=out)
    return status


# ---------------------------------------------------------------------------
# Batch mode


class _Bar(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> None: ...
    def write(self, message: str) -> None: ...


class _NoBar:
    def update(self, n: int = 1) -> object:
        return None

    def close(self) -> None:
        pass

    def write(self, message: str) -> None:
        print(message, file=sys.stderr)


class _TqdmBar:
    def __init__(self, total: int | None) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int = 1) -> object:
        return self._bar.update(n)

    def close(self) -> None:
        self._bar.close()

    def write(self, message: str) -> None:
        self._bar.write(message, file=sys.stderr)


def _progress(quiet: bool, total: Callable[[], int | None]) -> _Bar:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed; else nothing.

    ``total`` is called only when a bar is drawn (it may read the input once).
    """
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    try:
        import tqdm  # noqa: F401  (is it installed?)
    except ImportError:
        return _NoBar()
    return _TqdmBar(total())


def _line(result: Result) -> tuple[str, str | None]:
    """One output line and, for a failure, the problem to report (runs in the workers)."""
    if isinstance(result, Parsed):
        data: dict[str, Any] = {"id": result.id, "article": result.article.to_dict()}
        return json.dumps(data, ensure_ascii=False), None
    error = {"id": result.id, "error": result.to_dict()}
    return json.dumps(
        error, ensure_ascii=False
    ), f"id {result.id!r}: {result.error}: {result.message}"


def _open_jsonl(name: str, stack: contextlib.ExitStack) -> IO[bytes]:
    """The lines of ``name`` (``-``: stdin) as bytes, gunzipped when gzip data."""
    raw: Any = sys.stdin.buffer if name == "-" else stack.enter_context(open(name, "rb"))  # noqa: SIM115
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)
    if raw.peek(2)[:2] == b"\x1f\x8b":
        unzipped: Any = stack.enter_context(gzip.GzipFile(fileobj=raw))
        return unzipped  # type: ignore[no-any-return]
    return raw  # type: ignore[no-any-return]


class _Source:
    """The batch inputs, read lazily; remembers a read error that ended them early."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.problem: str | None = None
        self.total: int | None = None
        self.files: list[str] = []
        if args.jsonl is None:
            for name in args.files:
                if os.path.isdir(name):
                    self.files.extend(
                        str(path) for path in sorted(Path(name).rglob("*.txt")) if path.is_file()
                    )
                else:
                    self.files.append(name)
            self.total = len(self.files)

    def count(self) -> int | None:
        """How many inputs there are, reading a JSONL file once (not stdin); None if unknown."""
        if self.total is not None or self.args.jsonl in (None, "-"):
            return self.total
        try:
            with contextlib.ExitStack() as stack:
                return sum(1 for raw in _open_jsonl(self.args.jsonl, stack) if raw.strip())
        except (OSError, EOFError, zlib.error):
            return None

    def __iter__(self) -> Iterator[Item]:
        if self.args.jsonl is None:
            yield from self._texts()
        else:
            yield from self._lines()

    def _texts(self) -> Iterator[Item]:
        for name in self.files:
            try:
                text = _read(name)
            except _InputError as error:
                reason = str(error).removeprefix("econparse: ")
                yield Failed(0, name, "OSError", reason)
                continue
            yield {"id": name, "text": text}

    def _lines(self) -> Iterator[Item]:
        args = self.args
        try:
            with contextlib.ExitStack() as stack:
                for number, raw in enumerate(_open_jsonl(args.jsonl, stack), start=1):
                    if raw.strip():
                        yield self._item(number, raw)
        except (OSError, EOFError, zlib.error) as error:
            name = "standard input" if args.jsonl == "-" else args.jsonl
            self.problem = (
                f"econparse: cannot read {name}: {getattr(error, 'strerror', None) or error}"
            )

    def _item(self, number: int, raw: bytes) -> Item:
        args = self.args
        try:
            data = json.loads(raw)
        except ValueError as error:
            return Failed(0, number, "ValueError", f"line {number} is not JSON: {error}")
        if not isinstance(data, dict):
            return Failed(0, number, "ValueError", f"line {number} is not a JSON object")
        item_id = data.get(args.id_field, number)
        if args.text_field not in data:
            return Failed(0, item_id, "KeyError", f"line {number} has no {args.text_field!r}")
        return {
            "id": number if item_id is None else item_id,
            "text": data[args.text_field],
            "published": data.get(args.date_field),
        }


def _batch(args: argparse.Namespace) -> int:
    source = _Source(args)
    if args.jsonl not in (None, "-"):
        try:
            open(args.jsonl, "rb").close()  # fail early, before OUT is created
        except OSError as error:
            print(
                f"econparse: cannot read {args.jsonl}: {error.strerror or error}", file=sys.stderr
            )
            return 1
    try:
        out: IO[str] = (
            sys.stdout
            if args.output in (None, "-")
            else open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        )
    except OSError as error:
        print(f"econparse: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    where = {None: "input", "-": "standard input"}.get(args.jsonl, args.jsonl)
    bar = _progress(args.quiet, source.count)
    results = _engine(
        source,
        _line,
        workers=args.jobs,
        chunksize=16,
        published=args.published,
        default_dollar=args.default_dollar,
    )
    status, written, committed = 0, 0, 0
    try:
        for line, problem in results:
            out.write(line + "\n")
            out.flush()
            written += 1
            committed = out.tell() if out is not sys.stdout else 0
            bar.update()
            if problem is not None:
                bar.write(f"econparse: {where}: {problem}")
                status = 1
    except KeyboardInterrupt:
        results.close()
        bar.close()
        if out is not sys.stdout:
            with contextlib.suppress(OSError):
                out.flush()
            out.truncate(committed)  # drop a line the interrupt cut short, if any
        to = "" if out is sys.stdout else f" to {args.output}"
        print(f"econparse: interrupted; {written} articles written{to}", file=sys.stderr)
        return 130
    finally:
        bar.close()
        if out is not sys.stdout:
            out.close()
    if source.problem is not None:
        print(source.problem, file=sys.stderr)
        status = 1
    return status
