"""Throughput of econparse.parse_many: serial vs a process pool, on Reuters-21578.

    python benchmarks/batch.py [--articles 10000] [--workers 2] [--corpus PATH]

Parses the first N articles of ``../shared/corpora/reuters21578.jsonl.gz``
(read-only; the ``date`` field is the publication date) serially and with
``workers`` processes, checks that both give identical Articles in the same
order, and prints characters per second for each and their ratio, with the
load average (other work on the machine lowers the ratio).  A figure, not a
test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import time
from pathlib import Path

from econparse import parse_many

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def _items(path: Path, count: int) -> list[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return [
            {"id": row["id"], "text": row["text"], "date": row["date"]}
            for row in itertools.islice(rows, count)
        ]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunksize", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    items = _items(args.corpus, args.articles)
    chars = sum(len(str(item["text"])) for item in items)
    print(f"{len(items)} articles, {chars:,} characters, {os.cpu_count()} CPUs")
    print(f"load average before: {os.getloadavg()[0]:.2f}")

    start = time.perf_counter()
    serial = list(parse_many(items))
    serial_s = time.perf_counter() - start
    print(f"serial:    {serial_s:7.1f} s  {chars / serial_s:10,.0f} chars/s")

    start = time.perf_counter()
    pooled = list(parse_many(items, workers=args.workers, chunksize=args.chunksize))
    pooled_s = time.perf_counter() - start
    print(
        f"workers={args.workers}: {pooled_s:7.1f} s  {chars / pooled_s:10,.0f} chars/s"
        f"  ({serial_s / pooled_s:.2f}x serial)"
    )
    print(f"identical results, same order: {'yes' if pooled == serial else 'NO'}")
    failed = sum(1 for article in serial if not hasattr(article, "text"))
    print(f"failed inputs: {failed}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
