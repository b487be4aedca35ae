"""The ``econparse`` command: parse news files and print what was found.

Exit codes: 0 success; 1 an input could not be read or decoded (one line on
stderr naming it, no traceback); 2 bad usage (unknown option, invalid date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

import attrs

from econparse._version import __version__
from econparse.article import Article
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
        description="Find money, percentages and article facts in English economic news.",
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
        default="json",
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
    parser.add_argument("--version", action="version", version=f"econparse {__version__}")
    return parser


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
    args = build_parser().parse_args(argv)
    names = args.files or ["-"]
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
        if args.format == "jsonl":
            print(article.to_json())
        results.append((name, article))
    if args.format == "json" and results:
        dicts = [article.to_dict() for _, article in results]
        print(json.dumps(dicts[0] if len(dicts) == 1 else dicts, ensure_ascii=False, indent=2))
    elif args.format == "text" and results:
        print("\n\n".join(summarise(name, article) for name, article in results))
    return status
