"""The trigger scan's one trie of words against the three alternations it replaces."""

from __future__ import annotations

import re

import pytest

from econparse import _timex_grammar as grammar

PHRASES = [
    "midday talks, the middle east, in the midst of it, mid-1987, mid march",
    "at midnight on friday; the year-ago quarter rose 5 pct",
    "about three weeks later, some years ago, at present, the first half",
    "shares rose in march and may, today and yesterday; currently weekly",
    "the\nthird quarter\n2019 q1 h2 fy1988 the 1990s 'ninety days",
    "nearly two years, up to 10 years, no later than, over the weekend",
    "the new plant, a year earlier, an hour, that same day, these days",
    "christmas 1986 and valentine's day; thanksgiving, labor day",
    "the comp\u00e9tition in march \u00e9t\u00e9 2019, \u00fcber mid\u00e9t\u00e9",
    "holidays nowadays, weekdays, todays, yesterdays, marching orders",
    "ends with the",
    "ends with midday",
    "ends with about",
]


def _reference_words(gated: bool) -> str:
    """:func:`grammar._words` as three alternatives tried in turn: the words that are a
    match alone, then "mid", then the others before a follower."""
    triggers = grammar.trigger_words()
    alone = grammar._alone_words() & triggers
    others: list[str] = sorted(triggers - alone)
    long_words, short_words = grammar._grammar_words()
    short = "|".join(sorted(w for w in short_words if len(w) > 1 or w == "a"))
    follower = rf"\d|['\u2019]|{grammar._trie(long_words)}|(?:{short})(?![a-z])"
    by_mark: dict[str, str] = {}
    if gated:
        gates = grammar._next_word_gates()
        marks = {word: chr(0xE000 + i) for i, word in enumerate(sorted(gates))}
        others = [word + marks[word] if word in marks else word for word in others]
        by_mark = {mark: f"(?={gates[word]})" for word, mark in marks.items()}

    def escape(char: str) -> str:
        return by_mark.get(char) or re.escape(char)

    return (
        rf"(?:{grammar._trie(alone)})(?![a-z])|mid"
        rf"|(?:{grammar._trie(others, escape)})(?![a-z])(?=[\s,'\u2019-]*+(?:{follower}))"
    )


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("phrase", PHRASES)
def test_ascii_scan_matches_three_alternations(phrase: str) -> None:
    lower = " " + phrase.lower()
    reference = re.compile(
        rf"[^a-z_0-9](?:[0-9]{grammar._after_digit()}|{_reference_words(gated=True)})"
    )
    assert _hits(grammar._ascii_scans()[1], lower) == _hits(reference, lower)


@pytest.mark.parametrize("phrase", PHRASES)
def test_trigger_matches_three_alternations(phrase: str) -> None:
    lower = " " + phrase.lower()
    reference = re.compile(
        rf"[\W\d](?:(?<=\d){grammar._after_digit()}|(?<=['\u2019])(?=\d)"
        rf"|(?<!\d)({_reference_words(gated=False)}))"
    )
    assert _hits(grammar._trigger(), lower) == _hits(reference, lower)


def test_every_word_of_the_scan_is_letters() -> None:
    # the look-behinds that tell the words that are a match alone need it
    assert all(re.fullmatch("[a-z]+", word) for word in grammar._alone_words())


def test_phrases_have_hits_of_each_kind() -> None:
    lower = " " + " ".join(PHRASES).lower()
    tokens = {m.group()[1:] for m in grammar._ascii_scans()[1].finditer(lower)}
    assert {"midday", "mid", "the", "march", "about"} <= tokens
