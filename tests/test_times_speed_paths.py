"""The speed paths of the temporal parser against the general ones they stand for: the
trigger scan's one trie of words against the three alternations it replaces, the
scans of plain regions against the one pattern they take apart, the resolver's
pre-checks against their patterns, the tense pick against ``min``/``max``."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@functools.cache
def _one_scan() -> re.Pattern[str]:
    """The one pattern that scanned plain regions before :func:`grammar._plain_candidates`:
    at each character other than a-z, 0-9 and "_", a number or a word after it."""
    return re.compile(
        rf"[^a-z_0-9](?:[0-9]{grammar._after_digit()}|{_reference_words(gated=True)})"
    )


def _one_scan_candidates(segment: str, lo: int) -> list[tuple[int, str]]:
    """The candidates of a plain region by the one pattern, and the quotes before a digit."""
    lower = " " + segment.lower()
    found = [(lo + m.start(), m.group()[1:]) for m in _one_scan().finditer(lower)]
    found += [(lo - 1 + m.start(), grammar.QUOTE) for m in re.finditer("'(?=[0-9])", lower)]
    return sorted(found)


@pytest.mark.parametrize("phrase", [phrase for phrase in PHRASES if phrase.isascii()])
def test_plain_scans_find_what_the_one_pattern_finds(phrase: str) -> None:
    for lo in (0, 7):
        assert grammar._plain_candidates(phrase, lo) == _one_scan_candidates(phrase, lo)


#: Pieces of plain text around the tokens of the scans: every trigger word (some
#: capitalised), words that begin with "mid" or one of them, numbers, quotes,
#: underscores and the characters that the gates and followers read.
_PIECES = [
    *sorted(grammar.trigger_words()),
    *("The", "MARCH", "About", "A", "midst", "midyear", "middays", "mid", "x", "s", "_"),
    *("1", "2019", "3", "1/2", "10:30", "pm", "'", "-", ",", ".", "/", " ", "  ", "\n", "\t"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_plain_scans_property(text: str) -> None:
    assert grammar._plain_candidates(text, 3) == _one_scan_candidates(text, 3)


@pytest.mark.parametrize("phrase", PHRASES)
def test_trigger_matches_three_alternations(phrase: str) -> None:
    lower = " " + phrase.lower()
    reference = re.compile(
        rf"[\W\d](?:(?<=\d){grammar._after_digit()}|(?<=['\u2019])(?=\d)"
        rf"|(?<!\d)({_reference_words(gated=False)}))"
    )
    assert _hits(grammar._trigger(), lower) == _hits(reference, lower)


def test_every_word_of_the_scan_is_letters() -> None:
    # the look-behinds that tell the words that are a match alone need it, and the
    # plain regions look the trigger words up among their runs of letters
    assert all(re.fullmatch("[a-z]+", word) for word in grammar._alone_words())
    assert all(re.fullmatch("[a-z]+", word) for word in grammar.trigger_words())


def test_phrases_have_hits_of_each_kind() -> None:
    text = " ".join(phrase for phrase in PHRASES if phrase.isascii())
    tokens = {token for _, token in grammar._plain_candidates(text, 0)}
    assert {"midday", "mid", "the", "march", "about"} <= tokens


def _pick_by_key(
    candidates: list[tuple[dt.date, dt.date, str]], pub: dt.date, when: str, strict: bool
) -> tuple[dt.date, dt.date, str]:
    """:func:`econparse._timex_resolve._pick` written with ``min`` and ``max``."""
    if when == "PAST":
        past = [c for c in candidates if c[0] <= pub]
        if past:
            return max(past, key=lambda c: c[0])
    if when == "FUTURE":
        future = [c for c in candidates if (c[0] > pub if strict else c[1] > pub)]
        if future:
            return min(future, key=lambda c: c[0])

    def distance(c: tuple[dt.date, dt.date, str]) -> tuple[int, int]:
        if c[0] <= pub < c[1]:
            return 0, 0
        gap = (c[0] - pub).days if c[0] > pub else (pub - c[1]).days + 1
        return gap, 0 if c[0] <= pub else 1

    return min(candidates, key=distance)


def test_pick_agrees_with_min_and_max() -> None:
    from econparse import _timex_resolve as resolver

    lists = []
    for year in (1987, 2019, 2020):
        for month in range(1, 13):
            lists.append(list(resolver._month_candidates(year, month)))
            lists.append(list(resolver._day_candidates(year, month, 29)))
            lists.append(list(resolver._day_candidates(year, month, 1)))
        for q in range(1, 5):
            lists.append([(*resolver._quarter(y, q), "") for y in (year - 1, year, year + 1)])
        for code in ("SP", "SU", "FA", "WI"):
            lists.append([(*resolver._season(y, code), "") for y in range(year - 2, year + 2)])
    # two days apart, a gap of one day between: equal distances on both sides
    one = dt.timedelta(days=1)
    lists.append([(dt.date(2019, 1, 1), dt.date(2019, 1, 2), "a")])
    lists.append(
        [
            (dt.date(2019, 1, 1), dt.date(2019, 1, 2), "a"),
            (dt.date(2019, 1, 3), dt.date(2019, 1, 4), "b"),
        ]
    )
    days = [dt.date(2018, 12, 1) + one * i for i in range(0, 800, 3)]
    checked = 0
    for cands in lists:
        for pub in days:
            for when in ("PAST", "FUTURE", "NONE"):
                for strict in (False, True):
                    got = resolver._pick(cands, pub, when, strict)
                    # equal, not the same object: compiled code boxes a tuple afresh
                    assert got == _pick_by_key(cands, pub, when, strict), (cands, pub, when)
                    checked += 1
    assert checked > 100_000


PREPOSITION_WINDOWS = [
    "rose in ",
    "rose IN  ",
    "within ",
    "as of\n    ",
    "As  Of ",
    "in the month of ",
    "the month of ",
    "mid-",
    "mid- ",
    "mid-\n",
    "mid-\n\n",
    "mid-\r\n",
    "as of\n",
    "for",
    "for the",
    "",
    " ",
    "x\x1c",
    "in\x1c",
    "in\u00a0",
    "\u00e9t\u00e9 in ",
    "between ",
    "Between\t",
    "and\r\n",
    "sandor ",
    "OR ",
    "the 30 pct to ",
]


@pytest.mark.parametrize("window", PREPOSITION_WINDOWS)
def test_preposition_pre_check_agrees_with_the_pattern(window: str) -> None:
    from econparse import _timex_resolve as resolver

    for text in (window, "Prices " + window, window + "May"):
        for pos in range(len(text) + 1):
            want = resolver._PREP_BEFORE().search(text, max(0, pos - 25), pos) is not None
            assert resolver._preposition_before(text, pos) is want, (text, pos)


AGE_TEXTS = [
    "52 years old",
    "52 years\n    OLD, he said",
    "3 years older",
    "3 years\x1cold",
    "3 years \x1cold",
    "3 years\u00a0old",
    "3 years\u2003Old",
    "3 years of",
    "3 years o",
    "3 years ",
    "3 years",
    "3 years oldest",
    "3 years \u00f6ld",
]


@pytest.mark.parametrize("text", AGE_TEXTS)
def test_age_pre_check_agrees_with_the_pattern(text: str) -> None:
    from econparse import _timex_resolve as resolver

    for end in range(len(text) + 1):
        for hi in (end, len(text)):
            want = resolver._AGE_AFTER().match(text, end, hi) is not None
            assert resolver._age_after(text, end, hi) is want, (text, end, hi)
