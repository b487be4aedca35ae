"""Coverage-guided fuzzing of :func:`econparse.parse` with atheris.

Arbitrary bytes are decoded leniently (UTF-8 with surrogate escapes, so lone
surrogates reach the parser too), parsed with and without a publication date,
and checked against the invariants every Article must satisfy: no exception,
every mention's text is the slice its span names, money and percentage
mentions lie in a body paragraph and do not overlap, and the JSON round-trips.

Run (needs ``pip install atheris``; the ``fuzz`` extra)::

    python fuzz/fuzz_parse.py -max_total_time=1800 -max_len=4096 fuzz/corpus

A crash leaves ``crash-*`` files; each finding becomes a regression test in
``tests/test_reliability.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import econparse
    from econparse import Article


def check(article: Article) -> None:
    """Raise AssertionError when an invariant does not hold."""
    text = article.text
    for paragraph in article.paragraphs:
        assert paragraph.span.slice(text) == paragraph.text
    for kind, mentions in article.mentions_by_kind().items():
        previous_end = -1
        for mention in mentions:
            assert mention.span.slice(text) == mention.text, (kind, mention)
            if kind in ("money", "percentages"):
                assert any(p.span.contains(mention.span) for p in article.paragraphs)
                assert mention.span.start >= previous_end, (kind, mention)
                previous_end = mention.span.end
    assert Article.from_dict(article.to_dict()) == article


def test_one_input(data: bytes) -> None:
    """The fuzz target."""
    text = data.decode("utf-8", errors="surrogateescape")
    check(econparse.parse(text))
    check(econparse.parse(text, published="2019-01-27"))


def main() -> None:
    """Start the fuzzer with the command-line options of libFuzzer."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
