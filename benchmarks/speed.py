"""Throughput of econparse on real news, stage by stage, beside peers.

Reads ``../shared/corpora/*.jsonl.gz`` (not part of the repository), parses the
articles several times and prints, for the whole pipeline and for each stage
alone (front-end, then each registered extractor on a prepared document):
characters per second and articles per second (medians of ``--repeat`` runs),
mentions per article, and the import time of ``econparse``.  Peers that are
installed (``pip install -e ".[bench]"``: quantulum3) are run in the same
process on the same articles, and the ratio econparse / peer is printed.

Then two figures: the *scaling* of a whole parse (time per character for
inputs of about 1 KB, 10 KB, 100 KB and 1 MB made by joining real articles
with blank lines: flat when the pipeline is linear) and the *profile*, the
share of a whole parse that each stage takes.  ``--write-docs`` writes all of
it to ``docs/benchmarks.md``.

Usage::

    python benchmarks/speed.py [--corpus reuters21578] [--limit 2000] [--repeat 5]
                               [--no-peers] [--write-docs]

``--limit 0`` reads every article of the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import econparse
from econparse._registry import STAGES
from econparse.context import Document, ParseOptions
from econparse.frontend import segment

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DOCS = HERE.parent / "docs" / "benchmarks.md"
SCALING_SIZES = (1_000, 10_000, 100_000, 1_000_000)


class Row(NamedTuple):
    """One line of the throughput table."""

    name: str
    seconds: float  # median wall time over the whole article set
    mentions: float  # per article (0 when not meaningful)


class Report(NamedTuple):
    """Everything one run measured."""

    corpus: str
    articles: int
    chars: int
    repeat: int
    import_ms: float
    rows: list[Row]
    peers: list[Row]
    scaling: list[tuple[int, float]]  # (characters, seconds per character)
    peak_mb: float


def load(corpus: str, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` non-empty articles of a shared corpus (all when ``limit`` is 0)."""
    path = SHARED / "corpora" / f"{corpus}.jsonl.gz"
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["text"].strip():
                articles.append(item)
                if limit and len(articles) >= limit:
                    break
    return articles


def timed(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_time() -> float:
    """Seconds to import econparse in a fresh interpreter (median of 5)."""
    code = "import time; t = time.perf_counter(); import econparse; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return statistics.median(runs)


def peers() -> dict[str, Callable[[str], object]]:
    """The peer parsers that are installed, by name."""
    found: dict[str, Callable[[str], object]] = {}
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3  # type: ignore[import-not-found, import-untyped, unused-ignore]
        found["quantulum3"] = q3.parse
    except ImportError:
        pass
    return found


def scaling(texts: list[str], repeat: int) -> list[tuple[int, float]]:
    """Seconds per character of a whole parse for inputs of each of :data:`SCALING_SIZES`.

    Each input joins real articles with blank lines until it reaches the size
    (the corpus is cycled if it is too short).  Small inputs are parsed
    several times per measurement so that each measurement lasts long enough.
    """
    out = []
    for size in SCALING_SIZES:
        parts: list[str] = []
        length = 0
        i = 0
        while length < size:
            parts.append(texts[i % len(texts)])
            length += len(parts[-1]) + 2
            i += 1
        text = "\n\n".join(parts)
        loops = max(1, 1_000_000 // len(text))

        def run(text: str = text, loops: int = loops) -> None:
            for _ in range(loops):
                econparse.parse(text)

        out.append((len(text), timed(run, repeat) / loops / len(text)))
    return out


def measure(args: argparse.Namespace) -> Report:
    """Run every measurement of one report."""
    articles = load(args.corpus, args.limit)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))
    import_ms = import_time() * 1000
    docs = []
    for text in texts:
        layout = segment(text)
        docs.append(Document(text, layout.published, layout.paragraphs, ParseOptions()))
    mentions = sum(len(econparse.parse(t).mentions) for t in texts)
    rows = [
        Row(
            "parse (whole pipeline)",
            timed(lambda: [econparse.parse(t) for t in texts], args.repeat),
            mentions / len(texts),
        ),
        Row("front-end (segment)", timed(lambda: [segment(t) for t in texts], args.repeat), 0),
    ]
    for stage in STAGES:
        found = sum(len(r) for d in docs for r in stage.extract(d))

        def run(extract: Callable[[Document], object] = stage.extract) -> None:
            for d in docs:
                extract(d)

        rows.append(Row(f"{stage.name} alone", timed(run, args.repeat), found / len(texts)))
    peer_rows = []
    if not args.no_peers:
        for name, fn in peers().items():

            def run_peer(fn: Callable[[str], object] = fn) -> None:
                for t in texts:
                    fn(t)

            peer_rows.append(Row(name, timed(run_peer, max(1, args.repeat // 2)), 0))
    figure = scaling(texts, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Report(
        args.corpus, len(texts), chars, args.repeat, import_ms, rows, peer_rows, figure, peak
    )


def throughput_table(report: Report) -> list[str]:
    """Characters and articles per second of the whole parse, each stage and the peers."""
    n, chars, whole = report.articles, report.chars, report.rows[0].seconds
    lines = [
        "| what | chars/s | articles/s | mentions/article | vs. parse |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in report.rows:
        lines.append(
            f"| {row.name} | {chars / row.seconds:,.0f} | {n / row.seconds:,.0f} "
            f"| {row.mentions:.2f} | {whole / row.seconds:.2f}x |"
        )
    for row in report.peers:
        lines.append(
            f"| {row.name} (peer) | {chars / row.seconds:,.0f} | {n / row.seconds:,.0f} "
            f"| | {whole / row.seconds:.3f}x |"
        )
    return lines


def scaling_table(report: Report) -> list[str]:
    """Time per character of a whole parse by input size."""
    base = report.scaling[0][1]
    lines = [
        "| input size (chars) | µs per 1,000 chars | chars/s | vs. smallest |",
        "|---:|---:|---:|---:|",
    ]
    for size, per_char in report.scaling:
        lines.append(
            f"| {size:,} | {per_char * 1e9:,.0f} | {1 / per_char:,.0f} | {per_char / base:.2f}x |"
        )
    return lines


def profile_table(report: Report) -> list[str]:
    """The share of a whole parse that each stage takes."""
    whole = report.rows[0].seconds
    stages = report.rows[1:]
    rest = whole - sum(r.seconds for r in stages)
    lines = ["| stage | share of a whole parse | seconds |", "|---|---:|---:|"]
    for row in stages:
        lines.append(f"| {row.name} | {row.seconds / whole:.0%} | {row.seconds:.3f} |")
    lines.append(f"| assembly and validation of the Article | {rest / whole:.0%} | {rest:.3f} |")
    return lines


def machine() -> str:
    """Where the figures come from: cores, Python, platform, load, date."""
    load1, _, _ = os.getloadavg()
    return (
        f"{os.cpu_count()} cores (nproc), Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}; "
        f"load average {load1:.1f} at the end of the run; {dt.date.today().isoformat()}"
    )


def write_docs(report: Report, command: str) -> None:
    """Write ``docs/benchmarks.md`` (MyST Markdown) from ``report``."""
    text = [
        "# Benchmarks",
        "",
        "Throughput of econparse on real news, one core, measured by",
        "`benchmarks/speed.py`; this page is regenerated by",
        "",
        "```console",
        f"$ python benchmarks/speed.py {command}",
        "```",
        "",
        f"**Corpus**: {report.corpus}, {report.articles:,} articles, "
        f"{report.chars:,} characters; medians of {report.repeat} runs.  ",
        f"**Machine**: {machine()}.  ",
        f"**`import econparse`**: {report.import_ms:.0f} ms (median of 5 fresh interpreters; "
        "the larger patterns are compiled on first use, not at import).  ",
        f"**Peak resident memory** of the benchmarking process: {report.peak_mb:.0f} MB.",
        "",
        "Timings are wall-clock time on a machine that may be shared: compare",
        "figures of one run with each other rather than across runs.",
        "",
        "## Throughput",
        "",
        "Each stage alone runs on documents whose layout was prepared beforehand;",
        "`vs. parse` is how much faster the row is than the whole pipeline.",
        "",
        *throughput_table(report),
        "",
        "## Scaling",
        "",
        "Time per character of a whole parse for inputs made by joining real",
        "articles with blank lines.  A linear pipeline keeps it flat.",
        "",
        *scaling_table(report),
        "",
        "## Profile",
        "",
        "The share of a whole parse each stage takes (each stage timed alone on",
        "the same articles; the rest is building and validating the `Article`).",
        "",
        *profile_table(report),
        "",
    ]
    DOCS.write_text("\n".join(text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="reuters21578")
    ap.add_argument("--limit", type=int, default=2000, help="articles to read; 0 for all")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-peers", action="store_true", help="skip the peer parsers")
    ap.add_argument("--write-docs", action="store_true", help=f"write {DOCS.name} in docs/")
    args = ap.parse_args(argv)
    if not (SHARED / "corpora").exists():
        print(f"no corpora at {SHARED}: nothing to measure", file=sys.stderr)
        return 0
    report = measure(args)
    print(
        f"{report.corpus}: {report.articles} articles, {report.chars:,} characters, "
        f"median of {report.repeat} runs"
    )
    print(f"import econparse: {report.import_ms:.0f} ms")
    print(f"peak resident memory of this process: {report.peak_mb:.0f} MB")
    print(machine())
    print()
    for table in (throughput_table, scaling_table, profile_table):
        print("\n".join(table(report)), end="\n\n")
    if args.write_docs:
        command = " ".join(argv if argv is not None else sys.argv[1:])
        write_docs(report, command)
        print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
