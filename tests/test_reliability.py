"""Reliability: any text in, a correct Article out, the same every time, from any thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import econparse
from econparse import Article

from .strategies import news_text, paragraph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "wire_story.txt").read_text(encoding="utf-8")
PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_invariants(article: Article) -> None:
    """What every Article must satisfy, whatever its text."""
    text = article.text
    for paragraph_ in article.paragraphs:
        assert paragraph_.span.slice(text) == paragraph_.text
    for kind, mentions in article.mentions_by_kind().items():
        previous_end = -1
        for mention in mentions:
            assert mention.span.slice(text) == mention.text
            assert any(p.span.contains(mention.span) for p in article.paragraphs) or (
                kind == "quotes"  # a quote may run over several paragraphs
            )
            if kind != "quotes":  # a partial quote nests inside a mixed one
                assert mention.span.start >= previous_end, f"{kind} overlap at {mention.span}"
                previous_end = mention.span.end
    assert Article.from_dict(article.to_dict()) == article


WEIRD = [
    "",
    "\x00\x01\x02 $5bn \x7f",
    "Sales rose 5%\u200b and \u200e$3bn\u202e were paid.",
    "e\u0301 \u0300$5 bn \ud800 lone surrogate \udfff 4%",
    "\U0001f4b0 $1,000 \U0001f680 up 12% \U0001f1fa\U0001f1f8",
    "Line one\r\nline two\rline three\n\n\u2028$7m\u2029 6%",
    "“" * 500 + "$5" + "”" * 3,
    "(" * 2000 + "$5bn" + ")" * 2000,
    "more than " * 1000 + "$5bn",
    "1," * 5000 + "5%",
    "$" * 5000 + "5",
    'he said that "she said ' * 2000,  # a run of reported speech with no sentence end
]


#: Sentences whose words the tables know, to be re-spelt below.
_TABLE_WORDS = (
    "Seven billion dollars, more than $5 million, was paid on Tuesday night "
    "after six years and three quarters.  Sales rose 3 percent in the first half "
    "of next year, around midnight on Friday morning, and 25 basis points last "
    "week, she said in a statement."
)
#: Letters that case-insensitive patterns take for an ASCII letter although
#: ``str.lower`` does not turn them into it (dotted capital I, dotless i,
#: Kelvin sign, long s).
_LOOKALIKES = [("i", "\u0130"), ("i", "\u0131"), ("I", "\u0130"), ("s", "\u017f"), ("k", "\u212a")]


@pytest.mark.parametrize(("letter", "lookalike"), _LOOKALIKES)
def test_lookalike_letters_never_crash_a_table_look_up(letter: str, lookalike: str) -> None:
    for text in (
        _TABLE_WORDS.replace(letter, lookalike),
        _TABLE_WORDS.upper().replace(letter.upper(), lookalike),
    ):
        check_invariants(econparse.parse(text, published="2019-01-27"))


@pytest.mark.parametrize("text", WEIRD, ids=range(len(WEIRD)))
def test_odd_text_parses_with_exact_offsets(text: str) -> None:
    check_invariants(econparse.parse(text, published="2019-01-27"))


@PROPERTY
@given(news_text)
def test_invariants_on_news_like_text(text: str) -> None:
    check_invariants(econparse.parse(text, published="2019-01-27"))


@PROPERTY
@given(st.text(max_size=300))
def test_invariants_on_arbitrary_unicode(text: str) -> None:
    check_invariants(econparse.parse(text))


@PROPERTY
# at least two paragraphs: a text with no blank line is laid out by single
# newlines, and appending a blank-line paragraph would change that mode
@given(st.lists(paragraph, min_size=2, max_size=4), paragraph)
def test_an_appended_paragraph_does_not_change_earlier_mentions(
    paragraphs: list[str], extra: str
) -> None:
    text = "\n\n".join(paragraphs)
    alone = econparse.parse(text, published="2019-01-27")
    longer = econparse.parse(text + "\n\n" + extra, published="2019-01-27")
    for kind in ("money", "percentages", "times"):
        shared = [m for m in getattr(longer, kind) if m.span.end <= len(text)]
        assert shared == list(getattr(alone, kind))


def test_parsing_is_deterministic_across_hash_seeds() -> None:
    code = (
        "import sys, econparse; "
        "sys.stdout.write(econparse.parse(sys.stdin.read(), published='2019-03-04').to_json())"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=EXAMPLE,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["money"]


def test_eight_threads_give_the_serial_results() -> None:
    texts = [EXAMPLE, *(EXAMPLE.replace("1.2", f"{n}.5") for n in range(1, 24))]
    serial = [econparse.parse(t, published="2019-03-04") for t in texts]
    barrier = threading.Barrier(8)

    def work(index: int) -> list[Article]:
        barrier.wait()
        return [econparse.parse(t, published="2019-03-04") for t in texts[index::8]]

    with ThreadPoolExecutor(max_workers=8) as pool:
        parts = list(pool.map(work, range(8)))
    threaded = [None] * len(texts)
    for index, part in enumerate(parts):
        threaded[index::8] = part
    assert threaded == serial


def test_library_code_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    article = econparse.parse(EXAMPLE)
    article.money[0].to_quantity()
    article.percentages[0].to_quantity()
    out, err = capfd.readouterr()
    assert out == ""
    assert err == ""


def test_the_unit_registry_is_built_once_under_concurrency() -> None:
    code = """
import threading, econparse
from econparse import _units
article = econparse.parse("It paid $5bn, up 6.6%.")
barrier = threading.Barrier(8)
seen = []
def work():
    barrier.wait()
    seen.append(id(article.money[0].to_quantity()._REGISTRY))
    seen.append(id(article.percentages[0].to_quantity()._REGISTRY))
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(len(set(seen)), _units._build.cache_info().misses)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "1"]
