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
