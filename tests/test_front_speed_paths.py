"""The front-end's pre-checks and shortcuts agree with the general code they skip.

Every phrase below was written for this file; none is copied from a corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from econparse import frontend as fe
from econparse.frontend import Sentence, segment
from econparse.span import Span

# Characters where the shortcuts could part ways with the general code.
_CHARS = "aZé.?!…‽\"'”’)( \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u2029\u200b\ufeff-1É"
_PIECES = st.sampled_from(
    ["Sales rose", "the U.S.", " ", ".", ". ", "\n", "\n    ", "\r\n", "3.5", "?", "!",
     "…", "Mr.", " he said", "É", "\u2028", "\x1c", "\u200b", '."', "(AFP)"]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(alphabet=_CHARS, max_size=30), st.lists(_PIECES, max_size=10).map("".join)
)

PHRASES = [
    "Sales rose.",
    "Sales rose",
    "Sales rose 3.5 pct.",
    "Sales rose. Profits fell.",
    "Sales rose in the U.S. The dollar fell.",
    "Did sales rise? Yes.",
    "Sales rose!",
    "Sales rose…",
    "Sales rose‽ Yes",
    "Sales rose...",
    "Sales rose.)",
    'He said "sales rose."',
    "Sales rose\nin March.",
    "Sales rose.\nProfits fell.",
    "Sales rose.\r\nProfits fell.",
    "Sales rose.\u2028Profits fell.",
    "ÉLAN ROSE. Élan fell.",
    "SALES ROSE. PROFITS FELL.",
    "x",
    ".",
    "a.",
    "Mr. Smith",
]


def _general_sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    """The sentences of a paragraph as the general scan gives them."""
    spans = fe._split_block(text, start, end, fe._CANDIDATE_RE())
    return tuple(Sentence(text[s:e], Span(s, e)) for s, e in spans)


def _check_paragraph(text: str) -> None:
    trimmed = fe._trim(text, 0, len(text))
    if trimmed is None:
        return
    for start, end in {trimmed, (trimmed[0], fe._rstrip_end(text, trimmed[0], trimmed[1] - 1))}:
        if fe._trim(text, start, end) != (start, end):
            continue  # a paragraph range is trimmed and not empty
        for candidates in {fe._candidate_re(text), fe._CANDIDATE_RE()}:
            paragraph = fe._paragraph_of(text, start, end, candidates)
            assert paragraph.text == text[start:end]
            assert paragraph.span == Span(start, end)
            assert paragraph.sentences == _general_sentences(text, start, end)


@pytest.mark.parametrize("text", PHRASES)
def test_paragraph_shortcut_matches_general_scan(text: str) -> None:
    _check_paragraph(text)
    _check_paragraph(f"  {text}\n")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_paragraph_shortcut_property(text: str) -> None:
    _check_paragraph(text)


@pytest.mark.parametrize("text", PHRASES)
def test_period_scan_matches_general_scan(text: str) -> None:
    if fe._candidate_re(text) is fe._PERIOD_CANDIDATE_RE():
        for start in range(len(text)):
            assert fe._split_block(text, start, len(text), fe._PERIOD_CANDIDATE_RE()) == (
                fe._split_block(text, start, len(text), fe._CANDIDATE_RE())
            )


def _check_helpers(text: str) -> None:
    end = len(text)
    for pos in range(end + 1):
        m = fe._NON_SPACE_RE().search(text, pos, end)
        assert fe._skip_space(text, pos, end) == (m.start() if m else end)
        assert fe._is_blank(text, pos, end) == (fe._trim(text, pos, end) is None)
        stop = fe._rstrip_end(text, pos, end)
        assert stop == pos + len(text[pos:end].rstrip(fe._SPACE_CHARS))
        if stop > pos:
            lines = text[max(pos, stop - 400) : stop].splitlines()
            expected = stop - len(lines[-1]) if len(lines) > 1 else pos
            assert fe._last_line_start(text, pos, stop, fe._lf_only(text)) == expected
            assert fe._last_line_start(text, pos, stop, False) == expected


@pytest.mark.parametrize(
    "text",
    [*PHRASES, "Body.\n\nAFP", "Body.\r\nAFP", "Body.\r\rAFP", "Body.\n\x0bAFP", "Body.\u2028AFP",
     "Body.\n \n  (Reporting by Jane Doe)  \n", "\n", "", " \u200b\ufeff", "\x1cA", "Body.\x1c\nA"],
)  # fmt: skip
def test_helpers_match_their_definitions(text: str) -> None:
    _check_helpers(text)


def test_last_line_looks_back_400_characters() -> None:
    long_line = "word " * 100
    for text in ("Body.\n" + long_line, "Body.\u2028" + long_line, "Body.\n" + "x" * 398):
        _check_helpers(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_helpers_property(text: str) -> None:
    _check_helpers(text)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Sales Rise\n\nthe body starts in lower case.", "Sales Rise"),
        ("Sales Rise\n \t\nthe body starts in lower case.", "Sales Rise"),
        ("Sales Rise\r\n\r\nthe body.", "Sales Rise"),
        ("Sales Rise\u2029the body.", "Sales Rise"),
        ("Sales Rise\nthe body starts in lower case.", None),
        ("Sales Rise\r\nthe body.", None),
        ("Sales rise,\n\nthe body.", None),
        ("SALES RISE\nThe body starts here.\nIt goes on.", "SALES RISE"),
        ("Sales Rise\n", None),
        ("Sales Rise\n\n", None),
        ("Sales Rise\n\u00e9lan grows.", None),
        ("Sales Rise\n\n\u00e9lan grows.", "Sales Rise"),
    ],
)
def test_headline_before_lower_case_body(text: str, headline: str | None) -> None:
    layout = segment(text)
    assert (layout.headline and layout.headline.value) == headline


@pytest.mark.parametrize(
    "line",
    ["SALES RISE", "Sales Rise", "SALES RISe", "A", "AB", "A 1", "1 2", "", "ÉLAN GROWS", "ÉLAN grows",
     "ǅ ǅ", "中国 GDP", "GDP 中国", "U.S. GDP", "ǅEM AB", "ªAB", "AB ª"],
)  # fmt: skip
def test_caps_shortcut_matches_definition(line: str) -> None:
    letters = [c for c in line if c.isalpha()]
    assert fe._is_caps(line) == (len(letters) >= 2 and all(c.isupper() for c in letters))


# Lines whose indentation ``_indent_of`` reads without splitting the lines, and
# lines where it declines (anything but spaces and tabs before the content).
INDENT_LINES = [
    "Body.",
    "    Body.",
    "\tBody.",
    " \t  Body.\nNext.",
    "\t\tBody.   \n    Next.",
    "\u00a0 Body.",
    "  \u200bBody.",
    "\x1f Body.",
    " \x1fBody.",
    "  \x1cBody.",
    " \u3000Body.",
    "  Ünïcode.",
    "  Body\u2028Next.",
]


@pytest.mark.parametrize("text", INDENT_LINES)
def test_indent_of_matches_line_reading(text: str) -> None:
    for end in (len(text), len(text) - 1):
        content = fe._skip_space(text, 0, end)
        if content >= end:
            continue
        indent = fe._indent_of(text, 0, content)
        if indent is not None:
            assert indent == fe._lines(text, 0, end)[0].indent
        else:
            assert text[:content].strip(" \t") or text[content] in fe._SPACE_CHARS


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "\t", "\u00a0", "\u200b", "\x1c", "\x1f", "A", "é", "\n"]), max_size=8
    )
    .map("".join)
    .map(lambda s: s + "Body.")
)
def test_indent_of_property(text: str) -> None:
    content = fe._skip_space(text, 0, len(text))
    indent = fe._indent_of(text, 0, content)
    if indent is not None:
        assert indent == fe._lines(text, 0, len(text))[0].indent


def _reference_opening_word(text: str, pos: int, end: int) -> str | None:
    if pos >= end:
        return None
    stop = pos
    while stop < end and text[stop].isascii() and text[stop].isalpha():
        stop += 1
    if stop < end and not text[stop].isascii():
        return None
    return text[pos:stop].lower()


BREAK_FRAGMENTS = ["Head", "body", " ", "\t", "\u00a0", "\u200b", "\x1f", "\n", "\r\n", "\r",
                   "\x0b", "\x1c", "\u2028", "\u2029", "é", "Kelvin \u212a", "."]  # fmt: skip


def _check_word_and_blank_prefilters(text: str) -> None:
    end = len(text)
    for pos in range(end + 1):
        for stop_at in (end, max(pos, end - 1)):
            word = fe._opening_word(text, pos, stop_at)
            assert word == _reference_opening_word(text, pos, stop_at)
    for brk in fe._LINE_BREAK_RE().finditer(text):
        stop, after = brk.span()
        body_start = fe._skip_space(text, after, end)
        if body_start < end and not fe._may_blank(text, stop, after, body_start):
            assert fe._BLANK_RE().match(text, stop, end) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BREAK_FRAGMENTS), max_size=10).map("".join))
def test_opening_word_and_blank_prefilter_property(text: str) -> None:
    _check_word_and_blank_prefilters(text)


@pytest.mark.parametrize(
    "text",
    ["Head\nbody", "Head\n\nbody", "Head\n \nbody", "Head\u2029body", "Head\r\nbody",
     "Head\r\n\r\nbody", "Head\n\u200b\nbody", "Head\n\x1f\nbody", "Head\n\x1cbody",
     "HEAD\u2028\u2028body", "Kelvin\u212a\nbody", "Head\n  body", "Caf\u00e9 au lait"],
)  # fmt: skip
def test_blank_prefilter_examples(text: str) -> None:
    _check_word_and_blank_prefilters(text)


def _reference_paren_credit_start(text: str, start: int, end: int) -> int | None:
    opening = text.rfind("(", max(start, end - 700), end)
    if opening < 0 or not fe._opens_line(text, opening, start):
        return None
    return opening if fe._paren_credit_re().fullmatch(text, opening, end) else None


@pytest.mark.parametrize(
    "text",
    ["Body.\n(Reporting by Jane Doe)", "Body.\n(Reporting by Jane Doe).",
     "Body.\n  (Editing by John Roe; Reporting by Jane\nDoe)", "Body.\n(Reporting by Jane Doe).x",
     "Body (Reporting by Jane Doe) said.", "(Reporting by Jane Doe)", ").", ")", ".", "x.",
     "Body.\n(Reporting by Jane Doe)\u3002", "Body.\n(reporting BY Jane Doe)  ."],
)  # fmt: skip
def test_paren_credit_prefilter_matches_reference(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            expected = _reference_paren_credit_start(text, start, end)
            assert fe._paren_credit_start(text, start, end) == expected
