"""Table-driven tests of the number grammar (:mod:`econparse.numbers`).

Each table is a list of rows grouped by what they exercise; the examples were
written for econparse in the style of economic news.  ``KNOWN_FAILURES`` lists
what the grammar does not handle yet, run as strict xfails so that a fix
flips loudly.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from econparse import _numwords as nw
from econparse import numbers as _numbers
from econparse.numbers import Number, NumberKind, find_numbers, number_at, parse_number
from econparse.span import Span
from tests.strategies import news_text

D = Decimal


def ratio(numerator: int, denominator: int) -> Decimal:
    """A non-terminating fraction as the grammar rounds it (34 significant digits)."""
    return Context(prec=34).divide(Decimal(numerator), Decimal(denominator))


def only(text: str) -> Number:
    """The one number of ``text``; fails if there are none or several."""
    found = list(find_numbers(text))
    assert len(found) == 1, [n.text for n in found]
    number = found[0]
    assert number.span.slice(text) == number.text
    return number


def values(text: str) -> list[tuple[str, Decimal]]:
    found = list(find_numbers(text))
    for number in found:
        assert text[number.span.start : number.span.end] == number.text
    return [(n.text, n.value) for n in found]


# --------------------------------------------------------------------------
# Digits, separators, decimals, signs

DIGITS = [
    ("0", D(0)),
    ("7", D(7)),
    ("42", D(42)),
    ("2019", D(2019)),
    ("155221", D(155221)),
    ("007", D(7)),
    ("1000000", D(1000000)),
    ("12345678901234567890", D(12345678901234567890)),
    ("99", D(99)),
    ("10", D(10)),
]

SEPARATORS = [
    ("1,000", D(1000)),
    ("1,234", D(1234)),
    ("155,221", D(155221)),
    ("1,000,000", D(1000000)),
    ("12,345,678", D(12345678)),
    ("1,234.5", D("1234.5")),
    ("1,000,000.25", D("1000000.25")),
    ("999,999", D(999999)),
    ("10,000", D(10000)),
    ("100,000", D(100000)),
]

DECIMALS = [
    ("1.2", D("1.2")),
    (".5", D("0.5")),
    ("0.5", D("0.5")),
    ("0.25", D("0.25")),
    ("5.93", D("5.93")),
    ("3.14159", D("3.14159")),
    ("1.50", D("1.5")),
    ("5.0", D(5)),
    ("0.001", D("0.001")),
    ("100.00", D(100)),
]

SIGNS = [
    ("-0.3", D("-0.3")),
    ("+2", D(2)),
    ("−0.3", D("-0.3")),
    ("minus 0.3", D("-0.3")),
    ("Minus 4", D(-4)),
    ("negative 5", D(-5)),
    ("-1,200", D(-1200)),
    ("-.5", D("-0.5")),
    ("minus five", D(-5)),
    ("negative two", D(-2)),
    ("minus a half", D("-0.5")),
    ("-3.2m", D(-3200000)),
]


@pytest.mark.parametrize(("text", "value"), DIGITS + SEPARATORS + DECIMALS + SIGNS)
def test_digit_forms(text: str, value: Decimal) -> None:
    number = only(text)
    assert number.text == text
    assert number.value == value
    assert number.kind is NumberKind.CARDINAL
    assert parse_number(text) == value


# --------------------------------------------------------------------------
# Fractions

FRACTIONS = [
    ("1/2", D("0.5")),
    ("3/4", D("0.75")),
    ("1/4", D("0.25")),
    ("5/8", D("0.625")),
    ("1/10", D("0.1")),
    ("½", D("0.5")),
    ("¼", D("0.25")),
    ("¾", D("0.75")),
    ("1½", D("1.5")),
    ("2¾", D("2.75")),
    ("2 1/2", D("2.5")),
    ("10 3/4", D("10.75")),
    ("1 ½", D("1.5")),
    ("half", D("0.5")),
    ("a half", D("0.5")),
    ("one half", D("0.5")),
    ("a quarter", D("0.25")),
    ("one-quarter", D("0.25")),
    ("three-quarters", D("0.75")),
    ("three quarters", D("0.75")),
    ("two-thirds", ratio(2, 3)),
    ("a third", ratio(1, 3)),
    ("one third", ratio(1, 3)),
    ("an eighth", D("0.125")),
    ("nine tenths", D("0.9")),
    ("a hundredth", D("0.01")),
    ("one and a half", D("1.5")),
    ("two and a quarter", D("2.25")),
    ("three and three quarters", D("3.75")),
    ("twenty-three hundredths", D("0.23")),
]


@pytest.mark.parametrize(("text", "value"), FRACTIONS)
def test_fractions(text: str, value: Decimal) -> None:
    number = only(text)
    assert number.text == text
    assert number.value == value
    assert number.fraction
    assert number.kind is NumberKind.CARDINAL


# --------------------------------------------------------------------------
# Number words

WORDS = [
    ("zero", D(0)),
    ("one", D(1)),
    ("three", D(3)),
    ("Eleven", D(11)),
    ("nineteen", D(19)),
    ("twenty", D(20)),
    ("twenty-five", D(25)),
    ("twenty five", D(25)),
    ("ninety-nine", D(99)),
    ("a hundred", D(100)),
    ("one hundred", D(100)),
    ("one hundred and five", D(105)),
    ("two hundred twelve", D(212)),
    ("fifteen hundred", D(1500)),
    ("a dozen", D(12)),
    ("two dozen", D(24)),
    ("half a dozen", D(6)),
    ("a thousand", D(1000)),
    ("one thousand and five", D(1005)),
    ("a million", D(1000000)),
    ("a trillion", D(10**12)),
    ("two million three hundred thousand", D(2300000)),
    ("three hundred and twenty-five thousand", D(325000)),
    ("one million two hundred thousand and six", D(1200006)),
    ("SEVEN", D(7)),
]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_words(text: str, value: Decimal) -> None:
    number = only(text)
    assert number.text == text
    assert number.value == value
    assert number.words
    assert number.kind is NumberKind.CARDINAL


# --------------------------------------------------------------------------
# Scales and abbreviations: (text, value, scale, scale text)

SCALES = [
    ("3.2m", D(3200000), D(10**6), "m"),
    ("375bn", D(375 * 10**9), D(10**9), "bn"),
    ("25k", D(25000), D(1000), "k"),
    ("25K", D(25000), D(1000), "K"),
    ("5b", D(5 * 10**9), D(10**9), "b"),
    ("1.5 trillion", D("1.5e12"), D(10**12), "trillion"),
    ("25.3 mln", D(25300000), D(10**6), "mln"),
    ("25.3mln", D(25300000), D(10**6), "mln"),
    ("3 bn", D(3 * 10**9), D(10**9), "bn"),
    ("5 MLN", D(5000000), D(10**6), "MLN"),
    ("5 Million", D(5000000), D(10**6), "Million"),
    ("5 millions", D(5000000), D(10**6), "millions"),
    ("1.2 bln", D(1200000000), D(10**9), "bln"),
    ("2 tn", D(2 * 10**12), D(10**12), "tn"),
    ("2.4 trn", D("2.4e12"), D(10**12), "trn"),
    ("4.5mn", D(4500000), D(10**6), "mn"),
    ("40 thousand", D(40000), D(1000), "thousand"),
    ("5 lakh", D(500000), D(10**5), "lakh"),
    ("3 crore", D(30000000), D(10**7), "crore"),
    ("1.05 lakh crore", D("1.05e12"), D(10**12), "lakh crore"),
    ("2 lakh-crore", D(2 * 10**12), D(10**12), "lakh-crore"),
    ("5-billion", D(5 * 10**9), D(10**9), "billion"),
    ("50-mln", D(50000000), D(10**6), "mln"),
    ("5.93\n    mln", D(5930000), D(10**6), "mln"),
    ("five billion", D(5 * 10**9), D(10**9), "billion"),
    ("half a billion", D(5 * 10**8), D(10**9), "billion"),
    ("a quarter of a million", D(250000), D(10**6), "million"),
    ("three-quarters of a million", D(750000), D(10**6), "million"),
    ("one and a half million", D(1500000), D(10**6), "million"),
    ("a half million", D(500000), D(10**6), "million"),
    ("five hundred thousand", D(500000), D(1000), "thousand"),
    ("one lakh crore", D(10**12), D(10**12), "lakh crore"),
]


@pytest.mark.parametrize(("text", "value", "scale", "scale_text"), SCALES)
def test_scales(text: str, value: Decimal, scale: Decimal, scale_text: str) -> None:
    number = only(text)
    assert number.text == text
    assert number.value == value
    assert number.scale == scale
    assert number.scale_span is not None
    assert number.scale_span.slice(text) == scale_text


@pytest.mark.parametrize(
    ("text", "words"),
    [("1.5 trillion", False), ("375bn", False), ("five billion", True), ("a million", True)],
)
def test_words_flag_with_scales(text: str, words: bool) -> None:
    assert only(text).words is words


def test_no_scale_reports_one() -> None:
    number = only("42")
    assert number.scale == 1
    assert number.scale_span is None
    assert not number.words
    assert not number.fraction


# --------------------------------------------------------------------------
# Combinations in running text: (text, [(number text, value), ...])

COMBINATIONS = [
    ("a $1.05 lakh crore plan", [("1.05 lakh crore", D("1.05e12"))]),
    ("Rs 1,05,000 crore", [("1,05,000 crore", D("1.05e12"))]),
    ("Rs1,05,000", [("1,05,000", D(105000))]),
    ("USD5bn", [("5bn", D(5 * 10**9))]),
    ("$3M", [("3M", D(3000000))]),
    ("rose 10-20%", [("10", D(10)), ("20", D(20))]),
    ("a 5-year bond", [("5", D(5))]),
    ("a $5-billion deal", [("5-billion", D(5 * 10**9))]),
    ("from -0.3 to +2", [("-0.3", D("-0.3")), ("+2", D(2))]),
    ("second half", [("second", D(2)), ("half", D("0.5"))]),
    ("5pc rise", [("5", D(5))]),
    ("50bp cut", [("50", D(50))]),
    ("mid-2019", [("2019", D(2019))]),
    ("the 2019-20 budget", [("2019", D(2019)), ("20", D(20))]),
    ("nineteen eighty-seven", [("nineteen", D(19)), ("eighty-seven", D(87))]),
    ("$1.2bn-$1.5bn", [("1.2bn", D(1200000000)), ("1.5bn", D(1500000000))]),
]


@pytest.mark.parametrize(("text", "expected"), COMBINATIONS)
def test_combinations(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert values(text) == expected


# --------------------------------------------------------------------------
# Ordinals: (text, number text, rank)

ORDINALS = [
    ("1st", "1st", 1),
    ("2nd", "2nd", 2),
    ("3rd", "3rd", 3),
    ("21st", "21st", 21),
    ("100th", "100th", 100),
    ("1,000th", "1,000th", 1000),
    ("22ND", "22ND", 22),
    ("first", "first", 1),
    ("second", "second", 2),
    ("third", "third", 3),
    ("twelfth", "twelfth", 12),
    ("twentieth", "twentieth", 20),
    ("twenty-first", "twenty-first", 21),
    ("thirty third", "thirty third", 33),
    ("one hundred and third", "one hundred and third", 103),
    ("the hundredth", "hundredth", 100),
    ("for a third straight month", "third", 3),
    ("a fifth consecutive quarter", "fifth", 5),
    ("the third quarter", "third", 3),
]


@pytest.mark.parametrize(("text", "number_text", "rank"), ORDINALS)
def test_ordinals(text: str, number_text: str, rank: int) -> None:
    number = only(text)
    assert number.text == number_text
    assert number.kind is NumberKind.ORDINAL
    assert number.value == rank
    assert not number.fraction


# --------------------------------------------------------------------------
# In-sentence finding with exact offsets: (text, [(start, end, value), ...])

SENTENCES = [
    (
        "Arrivals for the week ended February 22 were 155,221 bags",
        [(37, 39, D(22)), (45, 52, D(155221))],
    ),
    ("The deficit hit $375bn in 2019.", [(17, 22, D(375 * 10**9)), (26, 30, D(2019))]),
    ("GDP grew 2.5% in the third quarter.", [(9, 12, D("2.5")), (21, 26, D(3))]),
    (
        "Sales rose by a third to 1.2 billion euros",
        [(14, 21, ratio(1, 3)), (25, 36, D(1200000000))],
    ),
    ("It cut rates by a quarter point.", [(16, 25, D("0.25"))]),
    ("Output fell from a quarter earlier.", []),
    ("the first three quarters of 2019", [(4, 9, D(1)), (10, 15, D(3)), (28, 32, D(2019))]),
    ("three quarters of economists agreed", [(0, 14, D("0.75"))]),
    ("Boeing 737 orders rose 5% to 1,234", [(23, 24, D(5)), (29, 34, D(1234))]),
    ("S&P 500 up 2 points", [(11, 12, D(2))]),
    ("almost 6.2 mln there", [(7, 14, D(6200000))]),
    ("one of the two firms", [(0, 3, D(1)), (11, 14, D(2))]),
    ("a 12.5 pct stake, up from 10 pct", [(2, 6, D("12.5")), (26, 28, D(10))]),
    (
        "prices rose 0.3%, 0.4% and 0.5%",
        [(12, 15, D("0.3")), (18, 21, D("0.4")), (27, 30, D("0.5"))],
    ),
    ("Form 10-K and Boeing 737-800 jets cost 5 bn", [(39, 43, D(5 * 10**9))]),
    ("No. 1 seed won 3-1", [(15, 16, D(3)), (17, 18, D(1))]),
    ("He said minus 0.3\nwas likely", [(8, 17, D("-0.3"))]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_offsets_in_sentences(text: str, expected: list[tuple[int, int, Decimal]]) -> None:
    found = list(find_numbers(text))
    assert [(n.span.start, n.span.end, n.value) for n in found] == expected
    for number in found:
        assert text[number.span.start : number.span.end] == number.text


def test_region_arguments() -> None:
    text = "rose 5% to 1,234 in 2019"
    assert [n.text for n in find_numbers(text, 6)] == ["1,234", "2019"]
    assert [n.text for n in find_numbers(text, 0, 16)] == ["5", "1,234"]
    assert [n.text for n in find_numbers(text, 0, 14)] == ["5"]  # "1,2" is cut
    assert [n.span for n in find_numbers(text, 11, 16)] == [Span(11, 16)]


def test_region_start_reads_left_context() -> None:
    assert list(find_numbers("G20 summit", 1)) == []


# --------------------------------------------------------------------------
# Not numbers: the whole token yields nothing

NOT_NUMBERS = [
    "G20",
    "the G7 said",
    "A320",
    "76ers",
    "3D printing",
    "4G network",
    "MP3",
    "COVID-19",
    "F-16",
    "1990s",
    "Boeing 737",
    "Airbus 320",
    "Section 301",
    "Article 50",
    "Chapter 11",
    "No. 1",
    "No.1",
    "Flight 370",
    "Route 66",
    "Windows 10",
    "Form 10-K",
    "S&P 500",
    "FTSE 100",
    "555-1234",
    "020 7946 0958",
    "+44 20 7946 0958",
    "1-800-555-1234",
    "1.2.3",
    "192.168.0.1",
    "12.03.2019",
    "2019-03-12",
    "10:30",
    "24/7",
    "9/11",
    "50/50",
    "3/4/2019",
    "1,23,4",
    "1.234,5",
    "1,05,000",
    "3M",
    "a",
    "an apple",
    "a quarter earlier",
    "the quarter",
    "millions of people",
    "hundreds",
    "dozens of banks",
    "someone often",
    "tens of thousands",
    "",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 months", [("5", D(5))]),
        ("3 m", [("3", D(3))]),
        ("4 k", [("4", D(4))]),
        ("5 miles", [("5", D(5))]),
        ("3mw plant", [("3", D(3))]),
        ("...5 percent", [("5", D(5))]),
        ("24/7 trading, 5 days", [("5", D(5))]),
    ],
)
def test_scale_needs_boundary(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert values(text) == expected


# --------------------------------------------------------------------------
# number_at: (text, position, expected text or None)

NUMBER_AT = [
    ("$375bn", 1, "375bn"),
    ("£5m", 1, "5m"),
    ("US$1.2 billion", 3, "1.2 billion"),
    ("€ 3.5 mln", 2, "3.5 mln"),
    ("USD20", 3, "20"),
    ("Rs 1.05 lakh crore", 3, "1.05 lakh crore"),
    ("$375bn", 0, None),
    ("$375bn", 2, None),
    ("rose by a third straight", 8, None),
    ("x half a billion", 2, "half a billion"),
    ("$24/7", 1, None),
    ("$76ers", 1, None),
    ("$5", 5, None),
]


@pytest.mark.parametrize(("text", "pos", "expected"), NUMBER_AT)
def test_number_at(text: str, pos: int, expected: str | None) -> None:
    number = number_at(text, pos)
    if expected is None:
        assert number is None
    else:
        assert number is not None
        assert number.text == expected
        assert number.span.start == pos
        assert number.span.slice(text) == expected


def test_number_at_value_and_end() -> None:
    number = number_at("$375bn deficit", 1)
    assert number is not None
    assert number.value == Decimal("375000000000")
    assert number.scale_span == Span(4, 6)
    cut = number_at("$375bn deficit", 1, 4)
    assert cut is not None
    assert cut.text == "375"


# --------------------------------------------------------------------------
# parse_number

PARSE = [
    ("42", D(42)),
    ("  1,234.5 ", D("1234.5")),
    ("\t3.2m\n", D(3200000)),
    ("half a billion", D(500000000)),
    ("three quarters", D("0.75")),
    ("a third", ratio(1, 3)),
    ("twenty-first", D(21)),
    ("minus 0.3", D("-0.3")),
    ("1.05 lakh crore", D("1.05e12")),
    ("G20", None),
    ("Boeing 737", None),
    ("5 apples", None),
    ("apples", None),
    ("", None),
    ("   ", None),
    ("1 2", None),
    ("a", None),
    ("24/7", None),
]


@pytest.mark.parametrize(("text", "value"), PARSE)
def test_parse_number(text: str, value: Decimal | None) -> None:
    assert parse_number(text) == value


def test_values_are_canonical_decimals() -> None:
    number = only("$375bn")
    assert isinstance(number.value, Decimal)
    assert str(number.value) == "375000000000"
    assert str(only("3.2m").value) == "3200000"
    assert str(only("1.50").value) == "1.5"


# --------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("bad", [None, 42, b"42", 4.2, ["42"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        list(find_numbers(bad))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        number_at(bad, 0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_number(bad)  # type: ignore[arg-type]


def test_find_numbers_checks_eagerly() -> None:
    with pytest.raises(TypeError):
        find_numbers(None)  # type: ignore[arg-type]


def test_bad_offsets() -> None:
    with pytest.raises(TypeError):
        list(find_numbers("5", "0"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="offsets"):
        list(find_numbers("5", -1))


# --------------------------------------------------------------------------
# Known failures: strict xfails, so that a fix flips loudly

KNOWN_FAILURES = [
    pytest.param("1 000 000", D(1000000), id="si-space-grouping"),
    pytest.param("2 and a half million", D(2500000), id="digits-and-word-fraction"),
    pytest.param("one point five", D("1.5"), id="spoken-decimal"),
    pytest.param("3 dozen", D(36), id="digits-dozen"),
]


@pytest.mark.xfail(strict=True, reason="not supported by the grammar yet")
@pytest.mark.parametrize(("text", "value"), KNOWN_FAILURES)
def test_known_failures(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


# --------------------------------------------------------------------------
# Vocabulary tables


def test_tables_are_lower_case_and_disjoint() -> None:
    cardinal = [*nw.UNIT_WORDS, *nw.TEEN_WORDS, *nw.TENS_WORDS]
    assert len(cardinal) == len(set(cardinal))
    for word in [*cardinal, *nw.SCALE_WORDS, *nw.ORDINAL_WORDS, *nw.DENOMINATORS]:
        assert word == word.lower()
    assert not set(cardinal) & set(nw.SCALE_WORDS)
    assert not set(nw.SCALE_WORDS) & set(nw.SPACED_SCALE_ABBREVIATIONS)
    assert not set(nw.GLUED_ONLY_SCALES) & set(nw.SPACED_SCALE_ABBREVIATIONS)
    for first, second in nw.SCALE_COMBINATIONS:
        assert first in nw.SCALE_WORDS
        assert second in nw.SCALE_WORDS
    for numerator, denominator in nw.VULGAR_FRACTIONS.values():
        assert 0 < numerator < denominator
    assert all(d.lower() == d for d in nw.DESIGNATORS)


# --------------------------------------------------------------------------
# Properties

NEWS_ALPHABET = st.sampled_from(
    [
        *"0123456789 ,.-/+$%½¼\n",
        *("a", "k", "m", "bn", "mln", "million", "half", "third", "quarter", "one", "two"),
        *("twenty", "-", "hundred", "and", "of", "a ", "minus ", "G", "No. ", "st", "th", "−"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(NEWS_ALPHABET, max_size=40).map("".join))
def test_spans_are_exact_increasing_and_disjoint(text: str) -> None:
    previous_end = 0
    for number in find_numbers(text):
        assert text[number.span.start : number.span.end] == number.text
        assert number.span.start >= previous_end
        assert number.span.end > number.span.start
        previous_end = number.span.end
        again = number_at(text, number.span.start)
        assert again is not None
        assert again.span.start == number.span.start


@settings(max_examples=200, deadline=None)
@given(st.one_of(news_text, st.text(max_size=60)))
def test_news_and_arbitrary_text(text: str) -> None:
    previous_end = 0
    for number in find_numbers(text):
        assert number.span.slice(text) == number.text
        assert number.span.start >= previous_end
        previous_end = number.span.end
        assert isinstance(number.value, Decimal)


@pytest.mark.parametrize(
    "text",
    [
        "1," * 100_000,
        "minus " * 50_000,
        "a " * 100_000,
        "1." * 100_000,
        "one and " * 25_000,
        "half a " * 30_000,
        "1-" * 100_000,
        "1/" * 100_000,
        "0 " * 100_000,
        "twenty " * 30_000,
        "9" * 200_000,
    ],
    ids=lambda text: repr(text[:8]),
)
def test_adversarial_inputs_complete(text: str) -> None:
    for number in find_numbers(text):
        assert number.span.slice(text) == number.text


# --------------------------------------------------------------------------
# Fast paths pinned to the general path (speed changes must not change output)

FAST_PATH_TEXTS = [
    "Profit was 1,234.5 mln dlrs, against 1.234 bln a year earlier.",
    "Shares rose 1 1/2 to 20-1/4 and then ½ more; .5 of them fell 2-3 pct.",
    "Output of 5,000,000 tonnes, minus 3.2 mln, was negative 4 BILLION or MINUS 7.",
    "Second-quarter net rose two-thirds to one hundred and five million crowns.",
    "He paid 3 lakh crore rupees, Rs 1,05,000 and 4 Lakhs-Crores in 2019.",
    "Section 301, No. 1, S&P 500, Boeing 737-800, COVID-19 and mid-2019 figures.",
    "A 5pc rise, 50bp, 3x, 5pm, 1st, 22ND, 3rd and 4TH place; G20 and 3M too.",
    "Call 555-1234 or +44 20 7946 0958 at 10:30 on 12.03.2019 (version 1.2.3).",
    "Net income was 7.5\nmln dlrs, up from 6.1\n  billion, a third more.",
    "Non-ASCII: 3\u00a0mln, 4\u202fbn, \u0130 5 \u212am 6 \u017ft 7 \u0130llion, 8\u2010m, 9 \u2212 1.",
    "minus a half, a quarter earlier, three quarters of a million, a dozen",
    "Revenue 12.5 Mln vs 11.0 mln; shr 1.20 dlrs vs 1.10 dlrs; 15 pct to 20",
    "1990s 76ers A320 MP3 4G 3D 1.23.4 24/7 9/11 3/4/2019 50/50 1/2 3/8",
    "ends with a number 42",
    "ends with a scale 3.5 bln",
    "-5 +6 \u22127 $-8 (9) [10] 11. 12, 13; 0.25 00.5 007",
]


def _every_offset(text: str) -> range:
    return range(len(text) + 1)


def test_caseless_classes_match_ignorecase() -> None:
    """Each :func:`_caseless` class matches exactly what its letter matches under
    IGNORECASE, over every code point."""
    everything = "".join(map(chr, range(0x110000))).replace("\n", "")
    for letter in "abcdefghijklmnopqrstuvwxyz":
        ignorecase = set(re.findall(letter, everything, re.IGNORECASE))
        caseless = set(re.findall(_numbers._caseless(letter), everything))
        assert ignorecase == caseless, letter
        assert _numbers._caseless(letter.upper()) == _numbers._caseless(letter)


def test_digit_pattern_is_the_ignorecase_pattern() -> None:
    """The digit pattern spelt with caseless classes matches exactly as the one
    compiled with IGNORECASE: same span and groups at every offset."""
    general = re.compile(_numbers._digits_source(regex.escape), re.IGNORECASE | re.VERBOSE)
    fast = _numbers._digit_pattern()
    for text in FAST_PATH_TEXTS:
        for pos in _every_offset(text):
            for end in (len(text), min(len(text), pos + 4)):
                a, b = general.match(text, pos, end), fast.match(text, pos, end)
                assert (a is None) == (b is None), (text, pos)
                if a is not None and b is not None:
                    assert a.lastgroup == b.lastgroup
                    assert [a.span(g) for g in range(len(a.groups()) + 1)] == [
                        b.span(g) for g in range(len(b.groups()) + 1)
                    ], (text, pos)


def _designated_general(text: str, pos: int) -> bool:
    """:func:`_designated` without the two-letter pre-check."""
    i = pos
    while i > 0 and pos - i < 2 and text[i - 1] in " \t\u00a0\u202f":
        i -= 1
    dotted = i > 0 and text[i - 1] == "."
    if dotted:
        i -= 1
    elif i == pos:
        return False
    if i == 0 or not text[i - 1].isalpha():
        return False
    word = _numbers._letters_before(text, i)
    return (
        word.lower() in _numbers._DESIGNATORS_LOWER
        or word in nw.CASED_DESIGNATORS
        or (dotted and word + "." in nw.CASED_DESIGNATORS)
    )


def test_designator_precheck_agrees() -> None:
    designators = [*nw.DESIGNATORS, *nw.CASED_DESIGNATORS]
    texts = [*FAST_PATH_TEXTS, *(f"the {w} 7 and {w.upper()} 8, x{w}. 9" for w in designators)]
    for text in texts:
        for pos in _every_offset(text):
            assert _numbers._designated(text, pos) == _designated_general(text, pos), (text, pos)


def test_word_prefix_precheck_agrees() -> None:
    """Where the pre-check says no "a"/"minus" can precede, the pattern finds none."""
    texts = [
        *FAST_PATH_TEXTS,
        "an eighth, A THIRD, minus\n two, Negative-five, ban four, ca five, \u0130a half",
    ]
    for text in texts:
        for pos in range(1, len(text)):
            if not (text[pos - 1].isspace() or text[pos - 1] in "-\u2010\u2011"):
                continue
            for floor in (0, max(0, pos - 5)):
                found = _numbers._word_prefix_before().search(text, max(floor, pos - 32), pos)
                start = pos if found is None else found.start()
                if not _numbers._may_have_prefix(text, pos, floor):
                    assert start == pos, (text, pos)
                assert _numbers._word_backup(text, pos, floor) == start


def test_sign_word_precheck_agrees() -> None:
    texts = [*FAST_PATH_TEXTS, "MINUS 5, minus\n6, NEGATIVE  7, Negative\u00a08, ns 9"]
    for text in texts:
        lower = _numbers._lower_region(text, 0, len(text))
        for pos in _every_offset(text):
            for floor in (0, max(0, pos - 3)):
                general = _numbers._digit_backup(text, pos, floor)
                fast = _numbers._digit_backup(text, pos, floor, _numbers._has_sign_word(lower))
                assert fast == general, (text, pos)


def test_unchecked_numbers_equal_find_numbers() -> None:
    for text in FAST_PATH_TEXTS:
        for start, end in ((0, len(text)), (3, len(text) - 2), (5, len(text) + 10)):
            assert _numbers._numbers_in(text, start, end) == tuple(find_numbers(text, start, end))


@pytest.mark.parametrize(
    "value",
    ["0", "-0", "5", "-5", "5.0", "5.20", "1E+3", "1.000E+3", "12.5", "0.50", "1E-3", "120"],
)
def test_canonical_agrees_with_general(value: str) -> None:
    """Integers are now quantized without reading their exponent first."""
    number = Decimal(value)
    if not number:
        expected = Decimal(0)
    elif number == number.to_integral_value():
        expected = number if number.as_tuple().exponent == 0 else number.quantize(Decimal(1))
    else:
        expected = number.normalize(_numbers._CTX)
    got = _numbers._canonical(number)
    assert str(got) == str(expected)
    assert got.as_tuple() == expected.as_tuple()


def test_plain_integer_fast_path_is_canonical() -> None:
    for text in ("7", "0", "-0", "1987 and", "007", "+12", "minus 40", "1st", "42"):
        for number in find_numbers(text):
            assert number.value.as_tuple() == _numbers._canonical(number.value).as_tuple(), text


def test_ascii_trigger_scan_agrees() -> None:
    """The ASCII trigger scan finds the offsets the word-boundary pattern finds."""
    texts = [
        *FAST_PATH_TEXTS,
        "one two-three,four five_six 7seven eight\nNINE Ten tent often money",
        "first",
        " half",
        "_one",
        "1one",
        "Zero one",
    ]
    for text in texts:
        for lo in range(len(text)):
            lower = _numbers._lower_region(text, lo, len(text))
            general = [lo + hit.start() for hit in _numbers._TRIGGER_RE().finditer(lower)]
            assert _numbers._triggers_in(lower, lo) == general, (text, lo)


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_scan_skips_backup_only_where_it_would_not_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_scan`` calls ``_digit_backup`` only before a dot, a sign or white space:
    calling it before every digit gives the same numbers."""
    texts = [*FAST_PATH_TEXTS, "x-5 y.5 z+5 \u22125 minus 5 MINUS\n5 negative\u00a05 a5 (5) 5"]
    fast = [tuple(find_numbers(text, start)) for text in texts for start in (0, 2)]
    monkeypatch.setattr(_numbers, "_BACKUP_CHARS", _Everything())
    general = [tuple(find_numbers(text, start)) for text in texts for start in (0, 2)]
    assert fast == general


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7 b\u0130llion", Decimal("7e9")),  # dotted capital I: lower() adds a combining dot
        ("7 B\u0130LL\u0130ON", Decimal("7e9")),
        ("7 b\u0131ll\u0131on", Decimal("7e9")),  # dotless i
        ("seven b\u0130llion", Decimal("7e9")),
        ("6 thou\u017fand", Decimal("6000")),  # long s
        ("5 mİllion", Decimal("5e6")),
    ],
)
def test_letters_matched_only_case_insensitively_read_as_the_ascii_letter(
    text: str, value: Decimal
) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


# --------------------------------------------------------------------------
# Fast paths of the scan, pinned to the general reading

LONE_WORD_TEXTS = [
    "one, Two. THREE; four: five! six? seven) eight( nine ten",
    "one of them, first quarter, twenty-five, two thirds, half a billion, a half",
    "tender quarterly secondary tenneco lack fourth sixteenth seventy-seven",
    "one2 one_ two-3 three\nmillion four\r\nbillion five \n six  seven\t mln",
    "eight \u00a0nine ten\u202fthousand one \u017feven two \u212aen thr\u0130e half\u2010a",
    "minus one, negative two, a third straight month, an eighth, No. one, Section two",
    "the first, the second half of 2019, one and a half, one hundred and five",
    "First HALF Second QUARTER Zero ZERO twelve Twelfth fiftieth",
    "ends with one",
    "ends with first",
    "half",
    "one-",
    "two -three",
]

PLAIN_DIGIT_TEXTS = [
    "1,234.5 1.234 1 1/2 \u00bd .5 5,000,000 2-3 1,23,4 1,05,000 Rs 1,05,000 lakh",
    "12 1.20 0.00 0 00 007 100.10 3.50 mln 0.5 bln 1.2345678 mln 12.5 Billion 7 MLN",
    "5.2\nmln 3-billion 4\u2010mln 6\u00a0bn 9 m 9m 9 k 10 thousand 3 lakh crore 2 crores",
    "G20 A320 5pc 50bp 3x 5pm 5pmx 1st 2ND 1990s 737-800 COVID-19 mid-2019 No. 5",
    "12345678901234567890123 1.23456789012345678901234567890123456789 mln",
    "5 b\u0130llion 6 thou\u017fand 7 \u212a 8\u212a 9 m\u0130llion 1,000 crore 10.",
    "-5 +6 \u22127 minus 8 mln negative 9.5 bn (10) [11] x12 _13 .14 15_ 16",
    "ends 42",
    "ends 3.5 bln",
]


def scan_all(text: str, step: int = 3) -> list[tuple[Number, ...]]:
    """The numbers of ``text`` in regions from every ``step``-th start to the end,
    the end but one character, and the middle (used by the fast-path tests)."""
    ends = sorted({len(text), max(0, len(text) - 1), len(text) // 2})
    return [
        tuple(find_numbers(text, start, end))
        for start in range(0, len(text), step)
        for end in ends
        if start <= end
    ]


def test_digit_groups_are_the_pattern_groups() -> None:
    pattern = _numbers._digit_pattern()
    assert tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)) == (
        _numbers._DIGIT_GROUPS
    )
    assert pattern.groups == len(_numbers._DIGIT_GROUPS)


def test_plain_digit_fast_path_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain digit numbers ("1,234.5", "5.2 mln") read by :func:`_plain_number`
    equal the general reading of :func:`_digit_number`, at any region offset."""
    texts = [*FAST_PATH_TEXTS, *PLAIN_DIGIT_TEXTS]
    _numbers._plain_value.cache_clear()
    fast = [scan_all(text) for text in texts]
    fast_again = [scan_all(text) for text in texts]  # values from the cache
    monkeypatch.setattr(_numbers, "_plain_number", lambda *args, **kwargs: None)
    monkeypatch.setattr(_numbers, "_digits_at", lambda *args: None)
    general = [scan_all(text) for text in texts]
    assert fast == general
    assert fast_again == general
    for found in fast:
        for numbers in found:
            for number in numbers:
                assert number.value.as_tuple() == _numbers._canonical(number.value).as_tuple()


def test_lone_word_fast_path_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """Number words read alone by :func:`_lone_word` ("one", "first", "half")
    and triggers it rejects ("tender") equal what the word pattern and the
    grammar read, at any region offset."""
    texts = [*FAST_PATH_TEXTS, *LONE_WORD_TEXTS]
    fast = [scan_all(text) for text in texts]
    monkeypatch.setattr(_numbers, "_lone_word", lambda *args: None)
    general = [scan_all(text) for text in texts]
    assert fast == general


def test_lone_words_read_as_the_grammar() -> None:
    for word in _numbers._LONE_WORDS:
        for text in (word, word.upper(), f"x {word.capitalize()}, y", f"{word}\n\nz"):
            general = list(
                _numbers._word_numbers(
                    text,
                    _numbers._word_pattern().search(text),
                    len(text),
                    check_left=True,
                    only_first=False,
                )
            )
            assert list(find_numbers(text)) == general, text


def test_skip_guard_agrees_with_the_plain_guard() -> None:
    """The look-ahead before the digit strings to skip only saves work: with the
    plain guard (any digits then ``-``, ``.`` or ``:``) the pattern matches the
    same spans and groups at every offset."""
    plain = _numbers._digits_source(_numbers._caseless).replace(
        _numbers._SKIP_GUARD, r"(?=\+|0[0-9]|[0-9]++[-.:])"
    )
    assert plain != _numbers._digits_source(_numbers._caseless)
    general = re.compile(plain, re.VERBOSE)
    fast = _numbers._digit_pattern()
    texts = [
        *FAST_PATH_TEXTS,
        *PLAIN_DIGIT_TEXTS,
        "1.2-3 1.2.3 1-2-3 12-34 123-4567 1234-5678 1:2 12:30 123:45 1.2: 0.5 05 +5 +44 1 2",
        "1-800-555-1234 020 7946 0958 2019-03-12 12.03.2019 10:30:15 1.2.3.4 7-.5 8.-9",
    ]
    for text in texts:
        for pos in _every_offset(text):
            a, b = general.match(text, pos), fast.match(text, pos)
            assert (a is None) == (b is None), (text, pos)
            if a is not None and b is not None:
                assert [a.span(g) for g in range(len(a.groups()) + 1)] == [
                    b.span(g) for g in range(len(b.groups()) + 1)
                ], (text, pos)
