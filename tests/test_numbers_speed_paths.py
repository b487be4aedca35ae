"""The number scan's pre-checks agree with the general code they skip.

Every phrase below was written for this file; none is copied from a corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from econparse import numbers as _numbers
from tests.test_numbers import scan_all

#: Digits followed by everything :func:`_numbers._digits_at` reads or hands
#: over: punctuation, spaced scales (cased, hyphenated, after a line break),
#: words that begin like a scale, fractions, phone numbers, dates, clock
#: times, leading zeros, bad grouping, glued letters and non-ASCII around.
DIGIT_TEXTS = [
    "Shr 34 cts vs 1.19 dlrs; Net 807,000 vs 2,858,000. Revs 10.0 mln vs 7,577,207",
    "1, 2. 3; 4) (5) [6] 7% 8$ 9# 10? 11! 12' 13\" 14* 15@ 16& 17< 18> 19^ 20` 21~ 22| 23\\ 24{",
    "5 mln 5 MLN 5 Mln 5 mlnx 5 millions 5 billion 5 bn 5 tn 5 trn 5 crore 5 lakh crore 5 lac",
    "5-billion 5-mln 5-year 5-(a) 5- 5--6 5-6 5-6-7 555-1234 1-800-555-1234 2019-03-12",
    "6 miles 6 ten 6 lots 6 cars 6 to 6 tonnes 6 Lakh 6 Thousand 6 m 6 b 6 k 6 c",
    "7\nmln 7\nmiles 7\n\nmln 7 \nmln 7\r\nmln 7\u2010mln 7\u00a0mln 7\u202fmln 7\tmln 7  mln",
    "1 1/2 2 3/4 3 1/16 4 ½ 5½ 6/7 24/7 9/11 1/2 12:30 10:30:15 1.2.3 12.03.2019 1.5.",
    "01.23 020 7946 0958 05, 0 0.5 00 007 0,5 0.00 100.10 1,23,4 1,05,000 1.234,5 1,2345",
    "G20 A320 x5 _5 5_ 5x 5pc 50bp 3m 3M 3bn 1st 2nd 1990s 737-800 COVID-19 mid-2019 No. 5",
    "Section 301 Boeing 737 S&P 500 Form 10-K Rs 1,05,000 Rs5 USD5bn INR 2,50,000",
    "-5 +6 \u22127 minus 8 mln negative 9.5 bn .5 x.5 a.5 (10) 11.5-12.5 12.5-mln",
    "5 b\u0130llion 6 thou\u017fand 7 \u212a 8\u212a 9 m\u0130llion 10 \u0130 11 \u00e9t\u00e9",
    "\u0663 5 \u06635 5\u0663 5 \u0663 12\u00bd 12 \u2153 \u00b2 5\u00b2",
    "ends with 42",
    "ends with 3.5 bln",
    "ends with 5 ",
    "ends with 5-",
    "ends with 5 m",
    "42",
]

#: Texts whose ASCII non-word characters vary around the trigger words.
TRIGGER_TEXTS = [
    "one,two;three(four)five-six/seven\\eight\tnine\nten\rtwenty'thirty\"forty",
    "one two_three 4four five5 Six SEVEN eIGHT tenth tender often zero_ _zero",
    "first-quarter half-year a third, a dozen, two billion, lakh crore, quarterly",
    "",
    "one",
    " one",
]


def test_plain_digits_agree_with_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers read by :func:`_numbers._digits_at` equal the general reading
    of the digit pattern, at any region start and end."""
    fast = [scan_all(text, step=1) for text in DIGIT_TEXTS]
    monkeypatch.setattr(_numbers, "_digits_at", lambda *args: None)
    general = [scan_all(text, step=1) for text in DIGIT_TEXTS]
    assert fast == general


def _check_digits_at(text: str) -> None:
    pattern = _numbers._digit_pattern()
    for limit in sorted({len(text), len(text) // 2}):
        for blob in _numbers._DIGIT_START().finditer(text, 0, limit):
            digit, end = blob.span()
            if text[digit] not in _numbers._ASCII_DIGITS:
                continue
            fast = _numbers._digits_at(text, digit, end, limit)
            if fast is None:
                continue
            match = pattern.match(text, digit, limit)
            assert match is not None, (text, digit)
            assert match.lastgroup == "d", (text, digit)
            general = _numbers._digit_number(text, match, limit, check_left=True)
            assert fast == general, (text, digit, limit)


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_digits_at_agrees_with_the_digit_pattern(text: str) -> None:
    """Wherever :func:`_numbers._digits_at` decides, the digit pattern matches
    a number there and :func:`_numbers._digit_number` reads the same."""
    _check_digits_at(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 ,.-/:_\nmMbBtlcx%)(\u00bd\u0130\u00a0", max_size=24))
def test_digits_at_agrees_on_generated_text(text: str) -> None:
    _check_digits_at(text)


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_blanked_trigger_scan_agrees(text: str) -> None:
    """The ASCII trigger scan over blanked bytes finds the offsets the
    word-boundary pattern finds in the lower-cased text."""
    for lo in range(len(text) + 1):
        lower = _numbers._lower_region(text, lo, len(text))
        general = [lo + hit.start() for hit in _numbers._TRIGGER_RE().finditer(lower)]
        assert _numbers._triggers_in(lower, lo) == general, (text, lo)


def test_blank_table_blanks_exactly_the_ascii_non_word_characters() -> None:
    for code in range(128):
        blanked = bytes([code]).translate(_numbers._BLANK_NON_WORD)
        word = re.fullmatch(r"\w", chr(code), re.ASCII) is not None
        assert blanked == (bytes([code]) if word else b" "), code
