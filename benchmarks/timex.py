"""Accuracy of :mod:`econparse.temporal` on the TIMEX3 evaluation data in ../shared/eval.

Runs the registered extractor (:func:`econparse.temporal.extract_times`, on the
body paragraphs that :func:`econparse.frontend.segment` finds) over
``timex/tbaq.jsonl`` (TempEval-3 TBAQ-cleaned) and ``seed/timex.jsonl``, each
document resolved against its ``dct``; writes the predictions in the shared
format to ``benchmarks/out/``; scores them with the shared scorer
``../shared/eval/tools/score_timex.py`` run as a subprocess (so the metrics are
exactly the shared ones); prints the metrics, and with ``--check`` exits 1
when a metric falls below its threshold in ``benchmarks/timex_thresholds.toml``.

With ``--speed`` it instead times :func:`econparse.temporal.find_times` on
the first articles of ``../shared/corpora/reuters21578.jsonl.gz`` (CPU time,
best of three, each article resolved against its date) and, when the
optional peer ``dateparser`` is installed (the ``bench`` extra), its
``search.search_dates`` on the same texts in the same process, with and
without ``languages=["en"]`` (on fewer articles: it is much slower).

Usage::

    python benchmarks/timex.py [--check] [--shared PATH] [--errors N]
    python benchmarks/timex.py --speed [--articles N] [--peer-articles N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib
import json
import subprocess
import sys
import time
import tomllib
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from econparse.context import Document
from econparse.frontend import segment
from econparse.temporal import extract_times, find_times

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
THRESHOLDS = HERE / "timex_thresholds.toml"
DATASETS = {"tbaq": "timex/tbaq.jsonl", "seed": "seed/timex.jsonl"}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def predict(case: dict[str, Any]) -> dict[str, Any]:
    """One document's predictions in the shared format."""
    text = case["text"]
    published = dt.date.fromisoformat(case["dct"][:10]) if case.get("dct") else None
    doc = Document(text=text, published=published, paragraphs=segment(text).paragraphs)
    entities = [
        {
            "start": t.span.start,
            "end": t.span.end,
            "text": t.text,
            "type": t.kind.value,
            "value": {"value": t.value, "mod": t.mod.value if t.mod else None},
        }
        for t in extract_times(doc)
    ]
    return {"id": case["id"], "entities": entities}


def run(name: str, gold: Path, scorer: Path, errors: int) -> dict[str, Any]:
    """Predict, write and score one data set; returns the scorer's JSON metrics."""
    OUT.mkdir(exist_ok=True)
    pred = OUT / f"timex_{name}.jsonl"
    with pred.open("w", encoding="utf-8") as handle:
        for case in read_jsonl(gold):
            handle.write(json.dumps(predict(case), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(scorer), str(gold), str(pred)]
    if errors:
        subprocess.run([*cmd, "--by-type", "--errors", str(errors)], check=True)
    out = subprocess.run([*cmd, "--json"], check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def reuters(shared: Path, n: int) -> list[tuple[str, dt.date | None]]:
    """The first ``n`` non-empty Reuters-21578 articles and their dates."""
    out: list[tuple[str, dt.date | None]] = []
    path = shared / "corpora" / "reuters21578.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            art = json.loads(line)
            if art.get("text"):
                date = dt.date.fromisoformat(art["date"]) if art.get("date") else None
                out.append((art["text"], date))
                if len(out) >= n:
                    break
    return out


def rate(
    docs: list[tuple[str, dt.date | None]], tag: Callable[[str, dt.date | None], object]
) -> float:
    """Characters per CPU second of ``tag`` over ``docs`` (best of three runs, after a warm-up)."""
    chars = sum(len(text) for text, _ in docs)
    tag(*docs[0])
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text, date in docs:
            tag(text, date)
        best = min(best, time.process_time() - start)
    return chars / best


def speed(shared: Path, articles: int, peer_articles: int) -> None:
    """Print the throughput of econparse and, if installed, of dateparser's search_dates."""
    docs = reuters(shared, articles)
    chars = sum(len(text) for text, _ in docs)
    print(f"Reuters-21578, first {len(docs)} articles, {chars:,} characters (CPU time, best of 3)")
    print(f"{'econparse find_times':40s} {rate(docs, find_times):12,.0f} chars/s")
    try:
        search = importlib.import_module("dateparser.search")
    except ImportError:
        print("dateparser not installed (pip install econparse[bench]): no peer figure")
        return
    few = docs[:peer_articles]
    few_chars = sum(len(text) for text, _ in few)

    def peer(languages: list[str] | None) -> Callable[[str, dt.date | None], object]:
        def run(text: str, date: dt.date | None) -> object:
            settings = (
                {"RELATIVE_BASE": dt.datetime(date.year, date.month, date.day)} if date else {}
            )
            return search.search_dates(text, languages=languages, settings=settings)

        return run

    print(f"  peers on the first {len(few)} articles ({few_chars:,} characters):")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runs = (
            ("econparse find_times", find_times),
            ("dateparser search_dates languages=[en]", peer(["en"])),
            ("dateparser search_dates (detect language)", peer(None)),
        )
        for name, tag in runs:
            print(f"{name:40s} {rate(few, tag):12,.0f} chars/s")


def main(argv: list[str] | None = None) -> int:
    """Score every data set, print the metrics and optionally check the thresholds."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 below a threshold")
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N value errors")
    ap.add_argument("--speed", action="store_true", help="time find_times (and dateparser)")
    ap.add_argument("--articles", type=int, default=3000, metavar="N")
    ap.add_argument("--peer-articles", type=int, default=200, metavar="N")
    args = ap.parse_args(argv)
    if args.speed:
        speed(args.shared, args.articles, args.peer_articles)
        return 0
    scorer = args.shared / "eval" / "tools" / "score_timex.py"
    thresholds = tomllib.loads(THRESHOLDS.read_text(encoding="utf-8"))
    failed = []
    print(
        f"{'data set':8s} {'gold':>5s} {'pred':>5s} {'strict':>7s} {'relaxed':>7s} "
        f"{'type':>7s} {'value':>7s}"
    )
    for name, rel in DATASETS.items():
        res = run(name, args.shared / "eval" / rel, scorer, args.errors)
        metrics = {
            "strict_f1": res["strict"]["F1"],
            "relaxed_f1": res["relaxed"]["F1"],
            "type_f1": res["type"]["F1"],
            "value_f1": res["value"]["F1"],
        }
        print(
            f"{name:8s} {res['gold']:5d} {res['pred']:5d} "
            + " ".join(f"{100 * v:7.2f}" for v in metrics.values())
        )
        for metric, minimum in thresholds.get(name, {}).items():
            if metrics[metric] < minimum:
                failed.append(f"{name} {metric} {metrics[metric]:.4f} < {minimum}")
    for line in failed:
        print("BELOW THRESHOLD:", line)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
