"""Accuracy of :mod:`econparse.quotes` on the shared quote evaluation data.

Runs :func:`econparse.quotes.find_quotes` over ``../shared/eval/quotes/seed_afp.jsonl``
and ``polnear_dev.jsonl``, writes predictions in the shared format to
``benchmarks/out/quotes_*.jsonl``, scores them with the shared
``score_quotes.py`` (run as a subprocess, over all kinds and with ``--kind
direct``), prints its report, and with ``--check`` exits 1 when a metric falls
below its threshold in ``benchmarks/quotes_thresholds.toml``.  ``--speed``
also reports throughput in characters per second on ``../shared/corpora``.

Which name is written as the predicted speaker: the seed is annotated with
canonical names, so it gets the resolved :class:`~econparse.quotes.Speaker`
name; PolNeAR's speaker is the source *mention* at the quote (appositive cut,
titles kept), so it gets the quote's ``speaker_phrase`` as written, and
nothing when that phrase is a pronoun (PolNeAR's pronoun sources are null).
Kinds follow each data set's convention too (see :func:`kind_name`): PolNeAR
gets no partial quotes, and its kind is read from the quote marks present.

Usage::

    python benchmarks/quotes.py [--check] [--speed] [--shared PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from econparse import _quotes_vocab as vocab
from econparse.quotes import Quote, Speaker, find_quotes

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
THRESHOLDS = HERE / "quotes_thresholds.toml"
DATASETS = {"seed_afp.jsonl": "canonical", "polnear_dev.jsonl": "mention"}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a (possibly gzipped) JSONL file."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


#: One-word sources PolNeAR leaves null: pronouns and pronoun-like words
#: ("you", "many", "which"), which the library never resolves either.
PRONOUN_SOURCES = frozenset(vocab.PRONOUNS) | vocab.NON_RESOLVING


def speaker_name(text: str, quote: Quote, speakers: tuple[Speaker, ...], style: str) -> str | None:
    """The name to compare with the gold speaker, in the data set's convention."""
    if style == "canonical":
        return None if quote.speaker is None else speakers[quote.speaker].name
    phrase = quote.speaker_phrase
    if phrase is None:
        return None
    words = phrase.slice(text)
    if words.lower() in PRONOUN_SOURCES:
        return None
    return words


#: The characters PolNeAR's converter counts as double quote marks when it
#: computes a gold quote's kind (README: "no double quote marks" = indirect).
POLNEAR_DOUBLE_MARKS = frozenset('"“”„‟«»')


def kind_name(text: str, quote: Quote, style: str) -> str | None:
    """The quote's kind in the data set's convention; ``None``: the data set has no such item.

    The seed marks a partial quote as ``direct`` with ``partial: true``.
    PolNeAR has no partial quotes (a quoted fragment is part of its mixed
    quote, README), so they are not written for it.  PolNeAR's kinds are
    computed from the characters of the content span: a quote between two
    apostrophes (``''Yes,'' he said``) or single marks has "no double quote
    marks" and is ``indirect`` there, whatever its form.
    """
    if quote.kind.value == "partial":
        return "direct" if style == "canonical" else None
    if style == "mention":
        around = text[max(0, quote.span.start - 1) : quote.span.end + 1]
        if not POLNEAR_DOUBLE_MARKS.intersection(around):
            return "indirect"
    return quote.kind.value


def predict(gold: Path, out: Path, style: str) -> None:
    """Write predictions for every document of ``gold`` to ``out``."""
    with out.open("w", encoding="utf-8") as handle:
        for case in read_jsonl(gold):
            text = case["text"]
            quotes, speakers = find_quotes(text)
            rows = [
                {
                    "start": q.span.start,
                    "end": q.span.end,
                    "speaker": speaker_name(text, q, speakers, style),
                    "kind": kind,
                }
                for q in quotes
                if (kind := kind_name(text, q, style)) is not None
            ]
            handle.write(json.dumps({"id": case["id"], "quotes": rows}) + "\n")


def score(scorer: Path, gold: Path, pred: Path, kind: str | None) -> dict[str, Any]:
    """Run the shared scorer; print its report and return its metrics."""
    args = [sys.executable, str(scorer), str(gold), str(pred)]
    if kind:
        args += ["--kind", kind]
    report = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    print(report)
    result = subprocess.run([*args, "--json"], check=True, capture_output=True, text=True)
    metrics: dict[str, Any] = json.loads(result.stdout)
    return metrics


def flatten(metrics: dict[str, Any]) -> dict[str, float]:
    """Named numbers for the thresholds: ``overlap_f1``, ``speaker_strict``, ..."""
    flat = {
        "exact_f1": metrics["exact"][2],
        "overlap_p": metrics["overlap"][0],
        "overlap_r": metrics["overlap"][1],
        "overlap_f1": metrics["overlap"][2],
        "e2e_strict_f1": metrics["e2e_strict"][2],
        "speaker_strict": metrics["speaker_strict"],
        "speaker_lenient": metrics["speaker_lenient"],
    }
    for kind, (recall, _n) in metrics["recall_by_kind"].items():
        flat[f"recall_{kind}"] = recall
    return flat


def throughput(corpora: Path, limit: int = 2000) -> float:
    """Characters per second of :func:`find_quotes` over the shared corpora."""
    texts: list[str] = []
    for path in sorted(corpora.glob("*.jsonl.gz")):
        for n, row in enumerate(read_jsonl(path)):
            if n >= limit:
                break
            if isinstance(row.get("text"), str):
                texts.append(row["text"])
    chars = sum(map(len, texts))
    began = time.perf_counter()
    for text in texts:
        find_quotes(text)
    elapsed = time.perf_counter() - began
    print(
        f"throughput: {len(texts)} texts, {chars} chars in {elapsed:.2f}s"
        f" = {chars / elapsed:,.0f} chars/s"
    )
    return chars / elapsed


def main() -> int:
    """Predict, score, print and optionally check the thresholds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    scorer = args.shared / "eval" / "tools" / "score_quotes.py"
    OUT.mkdir(exist_ok=True)
    limits = tomllib.loads(THRESHOLDS.read_text(encoding="utf-8")) if args.check else {}
    failures: list[str] = []
    for name, style in DATASETS.items():
        gold = args.shared / "eval" / "quotes" / name
        pred = OUT / f"quotes_{name}"
        predict(gold, pred, style)
        for kind in (None, "direct"):
            label = f"{name} {kind or 'all'}"
            print(f"== {label}")
            flat = flatten(score(scorer, gold, pred, kind))
            for metric, limit in limits.get(name, {}).get(kind or "all", {}).items():
                if flat[metric] < limit:
                    failures.append(f"{label}: {metric} {flat[metric]:.3f} < {limit}")
    if args.speed:
        throughput(args.shared / "corpora")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
