"""Instructions that one stage of econparse executes on real news (callgrind).

Timings on a shared machine move by 10-20% between identical runs, which hides
the few percent that one speed change gains.  The number of instructions is
deterministic: this script runs the chosen stage under valgrind's callgrind
over every ``--step``-th article (with text) of a corpus in ``../shared/corpora/``, once
after a warm-up pass and once with the warm-up alone, and prints the
difference, the instructions of one pass of the stage.  Compare two trees by
running it with ``--src`` pointing at each (``src`` of a checkout or a git
worktree); the build that runs is the one installed in this Python's
environment unless ``--src`` puts another first on the path.

Usage::

    python benchmarks/instructions.py [parse|front-end|<stage>] [--step 40]
                                      [--corpus reuters21578] [--src PATH]

``<stage>`` is the name of a registered stage (``money``, ``percentages``,
``times``, ``quotes+speakers``); a stage runs on a fresh Document per article
whose layout is made in the untimed warm-up, as in ``speed.py``.  Needs
``valgrind`` on the PATH; about a minute per stage at the default step.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def run_stage(stage: str, corpus: str, step: int, passes: int) -> None:
    """Run ``stage`` over every ``step``-th article: one warm-up pass, then ``passes`` more."""
    # imported here, after ``--src`` is put first on the path (speed imports econparse)
    from econparse._registry import STAGES
    from econparse.context import Document, ParseOptions
    from econparse.frontend import segment
    from speed import load, parse_all

    articles = load(corpus, 0)[::step]
    if stage == "parse":
        for _ in range(1 + passes):
            parse_all(articles)
        return
    if stage == "front-end":
        for _ in range(1 + passes):
            for text, _published in articles:
                segment(text)
        return
    extract = {s.name: s.extract for s in STAGES}[stage]
    options = ParseOptions()
    layouts = [(text, published, segment(text)) for text, published in articles]
    for _ in range(1 + passes):
        for text, published, layout in layouts:
            extract(Document(text, published or layout.published, layout.paragraphs, options))


def instructions(argv: list[str]) -> int:
    """Callgrind's count of instructions for this script run with ``argv``."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        *argv,
    ]
    # a fixed hash seed: the order of sets and dicts, and so the work, is the same each run
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split()[-1])
    raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    """Print the instructions of one pass of the chosen stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", nargs="?", default="parse")
    parser.add_argument("--step", type=int, default=40, help="every STEP-th article")
    parser.add_argument("--corpus", default="reuters21578")
    parser.add_argument("--src", help="a source tree to import econparse from")
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # the child run
    args = parser.parse_args(argv)
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    from econparse._registry import STAGES

    stages = ["parse", "front-end", *(s.name for s in STAGES)]
    if args.stage not in stages:
        parser.error(f"unknown stage {args.stage!r}: choose one of {', '.join(stages)}")
    if args.passes is not None:
        run_stage(args.stage, args.corpus, args.step, args.passes)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured", file=sys.stderr)
        return 1
    if not (SHARED / "corpora" / f"{args.corpus}.jsonl.gz").exists():
        print(f"no corpus {args.corpus} in {SHARED / 'corpora'}", file=sys.stderr)
        return 1
    child = [args.stage, "--step", str(args.step), "--corpus", args.corpus]
    if args.src:
        child += ["--src", args.src]
    counts = [instructions([*child, "--passes", str(n)]) for n in (0, 1)]
    print(
        f"{args.stage}: {counts[1] - counts[0]:,} instructions in one pass "
        f"(every {args.step}th article of {args.corpus})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
