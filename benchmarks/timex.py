"""Accuracy of :mod:`econparse.temporal` on the TIMEX3 evaluation data in ../shared/eval.

Runs the registered extractor (:func:`econparse.temporal.extract_times`, on the
body paragraphs that :func:`econparse.frontend.segment` finds) over
``timex/tbaq.jsonl`` (TempEval-3 TBAQ-cleaned) and ``seed/timex.jsonl``, each
document resolved against its ``dct``; writes the predictions in the shared
format to ``benchmarks/out/``; scores them with the shared scorer
``../shared/eval/tools/score_timex.py`` run as a subprocess (so the metrics are
exactly the shared ones); prints the metrics, and with ``--check`` exits 1
when a metric falls below its threshold in ``benchmarks/timex_thresholds.toml``.

Usage::

    python benchmarks/timex.py [--check] [--shared PATH] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from econparse.context import Document
from econparse.frontend import segment
from econparse.temporal import extract_times

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


def main(argv: list[str] | None = None) -> int:
    """Score every data set, print the metrics and optionally check the thresholds."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 below a threshold")
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N value errors")
    args = ap.parse_args(argv)
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
