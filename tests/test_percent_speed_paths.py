"""The percentage parser's pre-checks agree with the general code they skip.

Every phrase below was written for this file; none is copied from a corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from econparse import percent as pc

CUE_TEXTS = [
    "prices rose 5 pct",
    "rose,fell;up-down (cut) cuts cutting",
    "grouped supply rosewood uprose",
    "shares were up 3 pct and down-graded",
    "increased5 x_rose rose_ 9rose",
    "",
    "r",
    "up",
]


def _check_cue_words(text: str) -> None:
    firsts = pc._left_cue_words()
    expected = [m.span() for m in re.finditer("[a-z]+", text) if m.group() in firsts]
    for start in range(len(text) + 1):
        if start and text[start - 1].isalpha():
            continue  # the callers start after a non-letter (or at the start of the slice)
        found = [m.span() for m in pc._cue_word_re().finditer(text, start)]
        assert found == [span for span in expected if span[0] >= start]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_word_pattern_finds_the_words_that_can_begin_a_cue(text: str) -> None:
    _check_cue_words(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*sorted(pc._left_cue_words()), "x", "s", "_", "1", " ", ",", "-", "ed"]),
        max_size=8,
    ).map("".join)
)
def test_cue_word_pattern_property(text: str) -> None:
    _check_cue_words(text)


@pytest.mark.parametrize(
    "text",
    ["Profits rose 5 pct.", "no unit at all here", "supply was opposed", "it rose 5 PCT", "5%", ""],
)
def test_no_unit_prefix_means_no_percentage(text: str) -> None:
    hits = pc._UnitHits(text)
    if not hits.starts:
        assert pc._prefilter_re().search(text) is None
        assert pc.find_percentages(text) == []


LEFT_CUE_TEXTS = [
    "Profits rose, as expected, by 5 pct",
    "sales fell (to 3 pct) and rose - up 4 pct",
    "The rate was cut; it rose to 7.5 pct from 6 pct",
    "up to 5 pct, down from 6 pct. Rates rose - fell 2 pct",
    "rose rose rose rose 9",
    "it increased 3 pct \u2013 fell \u2014 2 pct",
    'he said "prices rose" 4 pct, or down',
    "RATES ROSE\nSHARPLY BY 5 PCT",
    "no cue word at all here 5 pct",
    "x",
]


@pytest.mark.parametrize("text", LEFT_CUE_TEXTS)
def test_left_cue_ascii_path_agrees_with_the_general_path(text: str) -> None:
    # ``_left_cue`` in ASCII text looks for clause boundaries and cue words
    # from the first cue word of its reach on; a non-ASCII letter after the
    # text sends it through the general path, which scans the whole reach.
    general = text + " \u00e9"
    for floor in range(len(text) + 1):
        for pos in range(floor, len(text) + 1):
            fast, slow = pc._left_cue(text, floor, pos), pc._left_cue(general, floor, pos)
            assert (fast is None) == (slow is None), (floor, pos)
            if fast is not None and slow is not None:
                assert (fast.way, fast.span, fast.role) == (slow.way, slow.span, slow.role)


def test_bad_before_agrees_with_the_pattern_on_every_code_point() -> None:
    pattern = pc._BAD_BEFORE_RE()
    for code in range(0x110000):
        char = chr(code)
        assert pc._bad_before(char) == (pattern.match(char) is not None), hex(code)


_GAP_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "-", "\u2013", "\u2014", "\u2212",
     "to", "TO", "To", "and", "AND", "from", "From", "by", "between", "x", "s", "é", ",",
     "up", "about", "a", "an", "nearly", "\u212a", "\u017f"]
)  # fmt: skip
GAP_TEXTS = [
    "", " ", "-", "\u2013", "\u2014", "\u2212", " - ", "  -\n  ", " to ", " TO\n", " and ",
    " And ", " in January after a ", " shares, or ", " from ", " to yield ", " by ",
    " up to ", "-to-", " between ", " fell from about ", "to", " t o ", "\u00e9 to ",
    " to\u00a0", " \u2013 ", " and\u2009",
]  # fmt: skip


def _check_range_link(gap: str) -> None:
    """``_range_link`` answers as its three link patterns do."""
    for before in ["", "between ", "Between\n", "from "]:
        text = f"{before}2{gap}3 pct"
        left_end, start = len(before) + 1, len(before) + 1 + len(gap)
        raw = pc._Raw(start, start + 5, pc.Decimal(3), pc.PercentUnit.PERCENT,
                      scale=pc.Decimal(1), index=1, dash_joined=False, point_only=False)  # fmt: skip
        want = None
        if start - left_end <= pc._LINK_MAX:
            if pc._DASH_LINK_RE().fullmatch(text, left_end, start):
                want = "dash"
            elif pc._TO_LINK_RE().fullmatch(text, left_end, start):
                want = "to"
            elif pc._AND_LINK_RE().fullmatch(
                text, left_end, start
            ) and pc._BETWEEN_BEFORE_RE().search(text, max(0, left_end - 1 - 12), left_end - 1):
                want = "and"
        assert pc._range_link(text, 0, left_end, raw, left_end - 1) == want, (text, gap)


@pytest.mark.parametrize("gap", GAP_TEXTS)
def test_range_link_agrees_with_its_patterns(gap: str) -> None:
    _check_range_link(gap)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=6).map("".join))
def test_range_link_property(gap: str) -> None:
    _check_range_link(gap)


def _check_role(gap: str) -> None:
    role = pc._role_re().search(gap)
    want = "amount" if role is None else ("from" if role.group("from") else "to")
    assert pc._role(gap) == want, gap


@pytest.mark.parametrize("gap", GAP_TEXTS)
def test_role_agrees_with_its_pattern(gap: str) -> None:
    _check_role(gap)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=6).map("".join))
def test_role_property(gap: str) -> None:
    _check_role(gap)


_FRACTION_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\r\n", "   \n        ", "\u00a0", "\u2009", "\u202f", "-", "a", "A",
     "an", "of", "OF", "one", "percentage", "point", "pct", "per cent", "x", "é", "\u212a",
     "o", "basis", "points"]
)  # fmt: skip


def _check_fraction_first(text: str) -> None:
    """Where ``_fraction_unit_re`` matches, the first character after the gap (as
    ``_raws`` reads it) passes the pre-check of ``_unit_after``."""
    pattern = pc._fraction_unit_re()
    for hi in {len(text), len(text) - 1}:
        for pos in range(max(hi + 1, 0)):
            first = text[pos : min(hi, pos + 16)].lstrip(pc.vocab.UNIT_GAP_CHARS)[:1]
            if pattern.match(text, pos, hi) is not None:
                assert first in pc._FRACTION_LINK_FIRSTS or not first.isascii(), (text, pos)


@pytest.mark.parametrize(
    "text",
    ["half a percentage point", "1/4 of a percentage point", "3/8 OF ONE PERCENT",
     "half\n        an   basis point", "1/2 pct", "half   \n           a per cent point"],
)  # fmt: skip
def test_fraction_first_check_never_refuses_a_match(text: str) -> None:
    _check_fraction_first(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRACTION_PIECES, max_size=8).map("".join))
def test_fraction_first_check_property(text: str) -> None:
    _check_fraction_first(text)


@pytest.mark.parametrize(
    "text", ["5 pct in 1986", "5 % x", "5 pct\n points", "5 pct   rose", "pct", "5%\tpoint"]
)
def test_unit_ends_at_a_gap_and_a_word(text: str) -> None:
    """The pre-filter ends "pct"/"%" before a gap and a word as the pattern does."""
    ref = pc._prefilter_re()
    hits = pc._UnitHits(text)
    for pos in range(len(text) + 1):
        want = ref.search(text, pos, len(text))
        assert hits.search(pos, len(text)) == (want and want.span()), (text, pos)
