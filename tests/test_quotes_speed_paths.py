"""The shortcuts of the quotes module's fourth speed pass (issue #6), each pinned to the
general form it replaces: the same tokens, marks, lower-cased texts and determiners."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from econparse import quotes
from econparse._quotes_types import QuoteKind, SpeakerKind

_PHRASES = [
    "",
    " ",
    "'",
    "Doe said 'rates will rise' today.",
    "'Rates will rise,' Doe said.\n'We wait,' she said.",
    "the company's shares (’s) rose; U.S. officials' view: a.b.c-d/e&f",
    "ACME CORP SAID IT WOULD SELL 4,790,000 SHARES.",
    "Dr. J.K. Smith, the bank's chief economist, told Reuters:\n``Rates rise.''",
    "x--y -a a- a-- 'tis don't ' 'a (['b [\t'c \n'9 '",
    "Zoë Ångström said İstanbul ſ \u212a ÉTÉ “quoted” «guillemets» „low“ ‘single’",
    "\x1c'a\x1d \x1f'b \x85'c \xa0'd \u2028'e",
    "end with a mark '",
    "end with a word",
    "The\nAnalyst   The  a\nan\tthis that Those thea",
]


@pytest.mark.parametrize("text", _PHRASES)
def test_re_token_split_gives_the_tokens_of_regex(text: str) -> None:
    # the same tokens as the token pattern in ``re`` (everywhere) and in ``regex`` (where
    # ``re`` reads the text as ``regex`` does)
    split = quotes._TOKEN_SPLIT()
    assert quotes._TOKEN_SPLIT_RE.split(text) == re.compile(split.pattern).split(text)
    if quotes._re_agrees(text):
        assert quotes._TOKEN_SPLIT_RE.split(text) == split.split(text)


_OLD_SINGLE_OPENING = re.compile(r"[\s(\[]'[A-Za-z0-9]")


@pytest.mark.parametrize("text", _PHRASES)
def test_ascii_single_opening_found_as_by_the_old_pattern(text: str) -> None:
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            para = quotes._span(start, end)
            old = (
                text[start] == "'" and text[start + 1 : start + 2].isalnum()
            ) or _OLD_SINGLE_OPENING.search(text, start, end) is not None
            assert quotes._ascii_single_may_open(text, para) == old, (text, start, end)


@pytest.mark.parametrize("text", _PHRASES)
def test_leading_determiner_of_ascii_phrases_as_by_regex(text: str) -> None:
    if not text.isascii():
        return
    for start in range(len(text) + 1):
        phrase = text[start:]
        fast = quotes._LEADING_DET_ASCII.match(phrase)
        slow = quotes._LEADING_DET().match(phrase)
        assert (fast and fast.group()) == (slow and slow.group()), phrase


def test_enum_constants_are_the_members() -> None:
    assert quotes._PERSON is SpeakerKind.PERSON
    assert quotes._GROUP is SpeakerKind.GROUP
    assert quotes._ORGANIZATION is SpeakerKind.ORGANIZATION
    assert quotes._DIRECT is QuoteKind.DIRECT
    assert quotes._INDIRECT is QuoteKind.INDIRECT
    assert quotes._MIXED is QuoteKind.MIXED
    assert quotes._PARTIAL is QuoteKind.PARTIAL


def test_double_marks_are_literal_alternatives() -> None:
    # every alternative opens with a literal (what lets ``re`` skip to a possible mark)
    for alternative in quotes._DOUBLE_RE.pattern.split("|"):
        assert regex.escape(regex.sub(r"\\(.)", r"\1", alternative)) == alternative


_ASCII_PHRASES = [
    *(p for p in _PHRASES if p.isascii()),
    ".",
    "a",
    "--",
    "a--b -a- 'a' a' 'a a'b a.b. .a. a&&b &a& a/b/ /a/b ./. _a_b_ a_-_b",
    "U.S. officials said 1,000.5 mln dlrs (Canadian) were paid, ... ok?!",
    "Rates rose.\nThey fell.\n\nThen:  flat.",
    " leading space",
    "trailing space ",
    "trailing line break\n",
    "tab\tand\rreturn\x0band\x0cfeed",
    "the ``typewriter'' marks, ''twice'' and `once'",
    "a-.b a.-b a..b a'.b 9.-9 -9 9- x-9-y's",
]


@pytest.mark.parametrize("text", _PHRASES + _ASCII_PHRASES)
def test_token_texts_are_the_tokens_of_the_pattern(text: str) -> None:
    expected = quotes._TOKEN_RE().findall(text)
    if quotes._re_agrees(text):
        assert quotes._token_texts(text, True) == expected
    assert quotes._token_texts(text, False) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9_ -'.&/,;\"()\n\t\r\x0b\x0c`"), max_size=40))
def test_ascii_token_texts_are_the_tokens_of_the_pattern(text: str) -> None:
    # cut by string calls at any runs of spaces
    assert quotes._token_texts(text, True) == quotes._TOKEN_RE().findall(text)


def test_separate_characters_are_the_tokens_of_one_character() -> None:
    # each ASCII character, alone and between word characters: it stands alone exactly
    # when the token pattern makes it a token of its own
    for c in map(chr, range(128)):
        if c.isspace() or quotes._re_agrees(c) is False:
            continue
        for text in (c, f"a{c}b", f"a{c}", f"{c}b", f" {c} "):
            alone = c in quotes._TOKEN_SPLIT().split(text)[1::2] and not c.isalnum() and c != "_"
            found = quotes._SEPARATE.split(text)[1::2]
            assert (c in found) == alone, repr(text)


def test_separate_class_is_the_ascii_of_not_word_not_space() -> None:
    # the class written out as ranges holds the ASCII characters of ``[^\w\s]``
    not_word_space = re.compile(r"[^\w\s]", re.ASCII)
    written_out = re.compile(quotes._SEPARATE.pattern[1:].partition("]")[0] + "]", re.ASCII)
    for c in map(chr, range(128)):
        assert (written_out.match(c) is None) == (not_word_space.match(c) is None), repr(c)


@pytest.mark.parametrize("text", _PHRASES + _ASCII_PHRASES)
@pytest.mark.parametrize("start", [0, 7, 300])
def test_cut_columns_as_by_the_pattern(text: str, start: int) -> None:
    # one walk gives the tokens of the token pattern: offsets, texts, lower-cased texts
    # (sliced from the lower-cased paragraph when it is ASCII) and the possible cue starts
    tokens, cues = quotes._cut(text, start, quotes._re_agrees(text))
    found = list(quotes._TOKEN_RE().finditer(text))
    assert tokens.starts == [start + m.start() for m in found]
    assert tokens.ends == [start + m.end() for m in found]
    assert tokens.texts == [m.group() for m in found]
    assert tokens.lows == [m.group().lower() for m in found]
    assert tokens.n == len(found)
    assert cues == [k for k, m in enumerate(found) if m.group().lower() in quotes._CUE_STARTS]


@pytest.mark.parametrize(
    "text",
    [
        "He said, SAID and Said; said-so x-said said's according to",
        "“Rates will rise,” Doe told reporters. She added: ‘soon’.",
        "Zoë Ångström SAID İstanbul noted ſaid \u212aNEW",
        "\x1c said \x1f told",
    ],
)
def test_cut_finds_every_cue_start(text: str) -> None:
    tokens, cues = quotes._cut(text, 0, quotes._re_agrees(text))
    assert cues == [k for k, low in enumerate(tokens.lows) if low in quotes._CUE_STARTS]
    assert cues  # each text holds a cue word


def test_cue_lengths_are_those_of_the_cue_words() -> None:
    # a token of another length is not looked up
    lengths = {len(word) for word in quotes._CUE_STARTS}
    assert (min(lengths), max(lengths)) == (quotes._CUE_SHORTEST, quotes._CUE_LONGEST)
