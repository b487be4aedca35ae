"""Accuracy of econparse on the evaluation data in ../shared/eval.

Runs :func:`econparse.parse` on every case, writes predictions in the shared
JSONL format to ``benchmarks/out/``, scores them with the shared scorer
(``../shared/eval/tools/score_spans.py``, run as is, so the metrics are exactly
the shared ones), prints a table, and with ``--check`` exits 1 when a score
falls below its threshold in ``benchmarks/thresholds.toml``.

Usage::

    python benchmarks/accuracy.py [--check] [--shared PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import econparse

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
THRESHOLDS = HERE / "thresholds.toml"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def entities(article: econparse.Article) -> list[dict[str, Any]]:
    """An article's money and percentage mentions in the shared evaluation format."""
    found: list[dict[str, Any]] = []
    for money in article.money:
        amount: Any = [str(money.low), str(money.high)] if money.is_range else str(money.amount)
        found.append(
            {
                "start": money.span.start,
                "end": money.span.end,
                "type": "money",
                "text": money.text,
                "value": {
                    "amount": amount,
                    "currency": money.currency,
                    "qualifier": money.qualifier.value if money.qualifier else None,
                },
            }
        )
    for pct in article.percentages:
        value: Any = [str(pct.low), str(pct.high)] if pct.value is None else str(pct.value)
        found.append(
            {
                "start": pct.span.start,
                "end": pct.span.end,
                "type": "percent",
                "text": pct.text,
                "value": {"value": value, "unit": pct.unit.value},
            }
        )
    return found


def predict(gold_path: Path, out_path: Path) -> list[tuple[dict[str, Any], econparse.Article]]:
    """Parse every case of a gold file and write the predictions next to it in ``out/``."""
    parsed = []
    with out_path.open("w", encoding="utf-8") as out:
        for case in read_jsonl(gold_path):
            article = econparse.parse(case["text"], published=case.get("dct"))
            parsed.append((case, article))
            out.write(json.dumps({"id": case["id"], "entities": entities(article)}) + "\n")
    return parsed


def score(scorer: Path, gold: Path, pred: Path) -> dict[str, dict[str, Any]]:
    """Run the shared span scorer and return its per-type numbers."""
    result_path = pred.with_suffix(".scores.json")
    subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json", str(result_path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with result_path.open(encoding="utf-8") as handle:
        scores: dict[str, dict[str, Any]] = json.load(handle)
    return scores


def _fmt(value: Any) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def gate(name: str, kind: str, scores: dict[str, Any], limits: dict[str, float]) -> list[str]:
    """The failures of one (data set, type) against its thresholds."""
    failures = []
    for metric, limit in limits.items():
        if metric == "max_pred":
            if scores["pred"] > limit:
                failures.append(f"{name} {kind}: {scores['pred']} predictions, at most {limit}")
        elif scores[metric] is None or scores[metric] < limit:
            failures.append(f"{name} {kind}: {metric} {_fmt(scores[metric])} < {limit}")
    return failures


def check_seed(shared: Path, limits: dict[str, Any], scorer: Path) -> list[str]:
    """Article facts, sentence boundaries and money of the seed article."""
    seed = shared / "eval" / "seed"
    failures: list[str] = []
    parsed = predict(seed / "money.jsonl", OUT / "seed_money.jsonl")
    scores = score(scorer, seed / "money.jsonl", OUT / "seed_money.jsonl")["money"]
    print(
        f"seed money: overlap F1 {_fmt(scores['overlap_f1'])}, value acc {_fmt(scores['val_acc'])}"
    )
    failures += gate("seed", "money", scores, limits["money"])
    gold_qualifiers = sorted(
        str(e["value"]["qualifier"]) for e in next(read_jsonl(seed / "money.jsonl"))["entities"]
    )
    predicted = sorted(
        str(m.qualifier.value if m.qualifier else None) for _, a in parsed for m in a.money
    )
    if predicted != gold_qualifiers:
        failures.append(f"seed money qualifiers {predicted} != {gold_qualifiers}")
    text = (seed / "afp_2019-01-27.txt").read_text(encoding="utf-8")
    article = econparse.parse(text)
    facts = {
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "headline": article.headline,
        "paragraphs": len(article.paragraphs),
        "sentences": [len(p.sentences) for p in article.paragraphs],
    }
    expected = {key: limits.get(key) for key in facts}
    print(f"seed article: {facts}")
    failures += [
        f"seed article {key}: {facts[key]!r} != {expected[key]!r}"
        for key in facts
        if facts[key] != expected[key]
    ]
    return failures


def main(argv: list[str] | None = None) -> int:
    """Score everything, print the table, and gate with ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 below a threshold")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    scorer = shared / "eval" / "tools" / "score_spans.py"
    if not scorer.exists():
        print(f"no evaluation data at {shared}: nothing to score", file=sys.stderr)
        return 0
    thresholds = tomllib.loads(THRESHOLDS.read_text(encoding="utf-8"))
    OUT.mkdir(exist_ok=True)
    failures: list[str] = []
    print(
        f"{'data set':28} {'type':8} {'gold':>5} {'pred':>5} | {'strict F1':>9} | "
        f"{'ovl P':>5} {'R':>5} {'F1':>5} | {'val_acc':>7}"
    )
    for name, limits in thresholds["money"].items():
        gold = shared / "eval" / "money" / name
        pred = OUT / name
        predict(gold, pred)
        scores = score(scorer, gold, pred)
        for kind in ("money", "percent"):
            s = scores[kind]
            print(
                f"{name:28} {kind:8} {s['gold']:5d} {s['pred']:5d} | {_fmt(s['strict_f1']):>9} | "
                f"{_fmt(s['overlap_p'])} {_fmt(s['overlap_r'])} {_fmt(s['overlap_f1'])} | "
                f"{_fmt(s['val_acc']):>7}"
            )
            if not limits.get("informative"):
                failures += gate(name, kind, s, limits.get(kind, {}))
    failures += check_seed(shared, thresholds["seed"], scorer)
    if failures:
        print("\nbelow threshold:\n  " + "\n  ".join(failures))
    if args.check and failures:
        return 1
    print("\naccuracy gates: " + ("FAILED" if failures else "all passed"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
