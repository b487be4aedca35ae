"""Throughput of econparse on real news, stage by stage, beside peers.

Reads ``../shared/corpora/*.jsonl.gz`` (not part of the repository), parses the
articles several times and prints, for the whole pipeline and for each stage
alone (front-end, then each registered extractor on a prepared document):
characters per second and articles per second (medians of ``--repeat`` runs),
mentions per article, and the import time of ``econparse``.  Peers that are
installed (``pip install -e ".[bench]"``: quantulum3) are run in the same
process on the same articles, and the ratio econparse / peer is printed.

Usage::

    python benchmarks/speed.py [--corpus reuters21578] [--limit 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import econparse
from econparse._registry import STAGES
from econparse.context import Document, ParseOptions
from econparse.frontend import segment

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def load(corpus: str, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` non-empty articles of a shared corpus."""
    path = SHARED / "corpora" / f"{corpus}.jsonl.gz"
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["text"].strip():
                articles.append(item)
                if len(articles) >= limit:
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
    """Seconds to import econparse in a fresh interpreter (median of 3)."""
    code = "import time; t = time.perf_counter(); import econparse; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
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


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="reuters21578")
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    if not (SHARED / "corpora").exists():
        print(f"no corpora at {SHARED}: nothing to measure", file=sys.stderr)
        return 0
    articles = load(args.corpus, args.limit)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))
    print(
        f"{args.corpus}: {len(texts)} articles, {chars:,} characters, median of {args.repeat} runs"
    )
    print(f"import econparse: {import_time() * 1000:.0f} ms")

    def all_docs() -> list[Document]:
        return [Document(t, None, segment(t).paragraphs, ParseOptions()) for t in texts]

    docs = all_docs()
    rows: list[tuple[str, float, float]] = []
    mentions = sum(len(econparse.parse(t).mentions) for t in texts)
    rows.append(
        (
            "parse (whole pipeline)",
            timed(lambda: [econparse.parse(t) for t in texts], args.repeat),
            mentions,
        )
    )
    rows.append(("front-end (segment)", timed(lambda: [segment(t) for t in texts], args.repeat), 0))
    for stage in STAGES:
        count = sum(len(list(stage.extract(d))) for d in docs)

        def run(extract: Callable[[Document], Iterable[object]] = stage.extract) -> None:
            for d in docs:
                list(extract(d))

        rows.append((f"{stage.field} alone", timed(run, args.repeat), count))
    peer_rows = []
    for name, fn in peers().items():
        peer_rows.append(
            (name, timed(lambda fn=fn: [fn(t) for t in texts], max(1, args.repeat // 2)))
        )

    print(f"\n{'what':28} {'chars/s':>12} {'articles/s':>11} {'mentions/article':>17}")
    for name, seconds, found in rows:
        rate, per_second = chars / seconds, len(texts) / seconds
        print(f"{name:28} {rate:12,.0f} {per_second:11,.0f} {found / len(texts):17.2f}")
    for name, seconds in peer_rows:
        ratio = seconds / rows[0][1]
        rate, per_second = chars / seconds, len(texts) / seconds
        print(f"{name:28} {rate:12,.0f} {per_second:11,.0f}   (econparse parse: {ratio:.1f}x)")
    money_pct = sum(
        seconds for name, seconds, _ in rows if name.startswith(("money", "percentages"))
    )
    print(f"{'money + percentages':28} {chars / money_pct:12,.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
