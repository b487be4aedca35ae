"""The text front-end: article layout, paragraphs and sentences, with exact offsets.

:func:`segment` reads plain text as people paste it from wire services and
news sites and returns a :class:`Layout`: the publication date of a leading
header, the headline, the dateline place, the agency, and the body
paragraphs, each split into sentences.  :func:`split_sentences` splits any
range of a text into sentences.  Every span indexes the caller's string: the
text is never normalised in place, so CRLF line ends, tabs, non-breaking and
thin spaces, U+2028 and curly or straight quotes all keep their offsets.

Layout rules, in reading order:

1. **Header.**  Leading lines of the form ``date 2019-01-27``,
   ``Date: 2019-01-27`` or ``Published: January 27, 2019 10:32 GMT`` give the
   publication date (the keywords are in :mod:`econparse._frontend_vocab`); a
   bare date alone on the first line does too.  A date header may share its
   line with the first sentence (`` date 2019-01-27 Trump wants ...``): the
   body then starts right after the date.  ``Title:``, ``Source:`` and
   ``By:``-style lines are read (or skipped) as header lines as well.
2. **Headline.**  The first remaining line is a headline when it is short
   (at most 120 characters and 20 words), does not end with sentence or
   clause punctuation, and is followed by body text that starts on a new
   line: after a blank line always; after a single newline only when the next
   line does not start in lower case and, if the body is hard-wrapped, when
   the line is in capitals, the next line opens with a dateline, or the next
   line is indented and the line is in title case.  A byline (``By Jane
   Doe`` alone on its line) after the header or headline is skipped.
3. **Trailing credits.**  Last lines such as ``AFP``, ``— Bloomberg``,
   ``(Reporting by ...; Editing by ...)``, ``--With assistance from ...``,
   an AFP desk slug (``hs/kma``) or a contact e-mail line are removed from the
   body; when one names an agency (table ``AGENCIES``), it gives
   ``source``.
4. **Paragraphs.**  Blank lines (or U+2029) separate paragraphs.  Inside a
   block, lines indented deeper than the block's least-indented line start a
   paragraph (Reuters-21578 wire copy: ``"    The dry period ..."``) and the
   other newlines are hard wrapping.  A text with no blank lines and no
   indentation is read one paragraph per line, unless its lines look
   hard-wrapped (at most 120 columns, most lines broken mid-sentence), in
   which case a paragraph ends only at a short line ending a sentence.
5. **Dateline.**  ``BEIJING, Jan 27 (Reuters) -``, ``WASHINGTON (AFP) —``,
   ``LONDON, March 3 —``, ``SAN FRANCISCO, Calif., Feb 26 -`` at the start of
   the first paragraph give ``dateline`` (the place) and, from the
   parenthesis, ``source``; the paragraph starts after the dash.  A dateline
   needs a known agency in its parenthesis, or a date and a place in
   capitals (``CORRECTION -`` is not one); a parenthesis naming no known
   agency gives no ``source``.

Sentence rules (:func:`split_sentences`).  A candidate boundary is a run of
``. ? ! … ‽`` plus any closing quotes or brackets, followed by whitespace or
the end of the range; blank lines are always boundaries.  A candidate is a
boundary unless one of these holds:

* the next word starts in lower case (``“Why?” he asked``, ``“We will
  fight. We will win,” he said`` keeps ``he said`` with its quote; a quote of
  several sentences *is* split at its inner periods when the next one starts
  with a capital), or the next character is another period (``. . .``);
* the next word is a capital initial (``Chas. P. Young``, ``J. A. Smith``);
* the period follows a title or connective that never ends a sentence
  (``Mr.``, ``Dr.``, ``vs.``, ``e.g.``), or a numbering abbreviation followed
  by a number (``No. 2``);
* the period follows an abbreviation that may end a sentence (``U.S.``,
  ``Corp.``, ``Jan.``, ``Calif.``), a dotted initialism (``J.P.``, ``a.m.``)
  or a single capital initial (``W.``): then the break is made only when a
  closing quote follows the period, or when the next word is a common
  sentence starter (function words such as ``The``, ``It``, ``But``, ``In``:
  table ``SENTENCE_STARTERS`` of :mod:`econparse._frontend_vocab`).  So
  ``in the U.S. The deal`` splits and ``U.S. Treasury``, ``(F.E.) Ltd.`` or
  ``George W. Bush`` do not, and any of these followed by a number never
  splits (``Jan. 27``).

Periods inside numbers (``$1.5bn``, ``0.3``) are never candidates, and
``pct.``, ``mln.`` or ``cent.`` are ordinary words, so ``3.5 per cent. The``
splits.  Known limits are listed as strict xfails in the tests (``Yahoo!
Inc.``, sentences glued without a space, lower-case brand names opening a
sentence).

Linear time.  Every pattern is compiled once, on first use: the hot scans
(line breaks, blank lines, sentence candidates) with the standard ``re``
module, the rest with ``regex``; cheap string tests (the first word, a dash
on the line, "By") skip an anchored pattern that cannot match.
Repetitions that could overlap are possessive (``*+``, ``++``, ``{0,4}+``)
so that no pattern ever backtracks into a run it has consumed;
the candidate scanner is a single forward ``finditer``; headers, datelines
and credits are anchored matches with bounded repetitions on at most one
line or a few hundred characters; the word before a candidate is read from a
window of 64 characters.  The cost is therefore linear in the input.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from econparse._frontend_types import Field, Layout, Paragraph, Sentence
from econparse._frontend_vocab import (
    AGENCIES,
    CREDIT_OPENERS,
    DATE_KEYWORDS,
    FINAL_ABBREVIATIONS,
    GENERIC_CREDITS,
    HEADLINE_KEYWORDS,
    MONTHS,
    NON_FINAL_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_STARTERS,
    SKIP_KEYWORDS,
    SOURCE_KEYWORDS,
    TIME_ZONES,
)
from econparse._patterns import DOTALL, compile_regex, escape_regex, lazy_re, lazy_regex
from econparse.span import Span, _span, _unchecked

if TYPE_CHECKING:
    import regex

__all__ = ["Field", "Layout", "Paragraph", "Sentence", "segment", "split_sentences"]


# ---------------------------------------------------------------------------
# Result types (defined in econparse._frontend_types)

# Sentences and paragraphs are cut from the text at the spans the splitter
# computed, so they are built without the checks of ``Mention.at`` (and the
# layout, which has none, without those of attrs' ``__init__``).
_sentence = _unchecked(Sentence)
_paragraph = _unchecked(Paragraph)
_layout = _unchecked(Layout)


# ---------------------------------------------------------------------------
# Patterns, built once from the vocabulary tables


def _alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first, whole words only.

    A space inside an entry matches any run of spaces, tabs or no-break spaces.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(escape_regex(w).replace(r"\ ", r"[ \t\u00a0]++") for w in ordered)
    group = "(?i:" if ignore_case else "(?:"
    return rf"{group}(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}]))"


_LINE_BREAK = r"(?>\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
_HSPACE = r"[^\S\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
_LINE_CHARS = r"[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
_OPENERS = "\"'“‘«‹([{„‚¿¡"
_CLOSERS = "\"'”’»›)]}"
_QUOTE_CLOSERS = "\"'”’»›"
_TERMINAL_CHARS = ".?!…‽"

# The hot patterns below run with the standard ``re`` module (measured several
# times faster per call than ``regex`` on short ranges).  ``re``'s ``\s`` and
# ``regex``'s differ (``re`` adds U+001C-U+001F), so they spell out the
# characters of ``regex``'s ``\s`` (Unicode White_Space) instead; the tests
# compare each with the ``regex`` pattern it stands for.
_RE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RE_HSPACE = "\t \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_RE_LINE_BREAK = r"(?:\r\n?+|[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"

_LINE_BREAK_RE = lazy_re(_RE_LINE_BREAK)
# A paragraph break: a line break followed by one or more blank lines, or U+2029.
_BLANK_RE = lazy_re(rf"{_RE_LINE_BREAK}(?:[{_RE_HSPACE}]*+{_RE_LINE_BREAK})++|\u2029")
_NON_SPACE_RE = lazy_re(rf"[^{_RE_SPACE}\u200b\ufeff]")

# A candidate boundary, with a look at what follows it in ASCII text: the
# opening quotes or brackets, the letters of the next word and the character
# after them.  When that character is not ASCII the next word is read again
# with ``_NEXT_RE`` (``regex``: Unicode letters and marks).
_CANDIDATE_TAIL = (
    rf"(?P<close>[{re.escape(_CLOSERS)}]*+)(?=[{_RE_SPACE}]|\Z)"
    r"(?=[\t\n\x0b\x0c\r ]*+(?P<open>[\"'(\[{]*+)(?P<letters>[A-Za-z]*+)(?P<tail>.?))"
)
_CANDIDATE_RE = lazy_re(rf"(?P<term>[{_TERMINAL_CHARS}]++){_CANDIDATE_TAIL}", re.DOTALL)
# The same for a range whose only terminal is the period: ``re`` scans for a
# leading literal with a fast string search, for a leading class char by char.
_PERIOD_CANDIDATE_RE = lazy_re(rf"(?P<term>\.\.*+){_CANDIDATE_TAIL}", re.DOTALL)
# A blank line in a range whose only line break is "\n" (nearly all text): a
# leading literal again.
_LF_BLANK_RE = lazy_re(rf"\n(?:[{_RE_HSPACE}]*+\n)++")
# Every line break but "\n", ASCII first (U+2029 is a paragraph break by itself).
_OTHER_BREAKS = tuple("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ASCII_OTHER_BREAKS = _OTHER_BREAKS[:6]
_NEXT_RE = lazy_regex(
    rf"[\s\u200b\ufeff]*+(?P<open>[{escape_regex(_OPENERS)}]*+)"
    r"(?P<word>\p{L}[\p{L}\p{M}]*+|.)?",
    flags=DOTALL,
)
_INITIALISM_RE = lazy_regex(r"(?:\p{L}\.)++\p{L}")

_NON_FINAL = frozenset(NON_FINAL_ABBREVIATIONS)
_NUMBERING = frozenset(NUMBER_ABBREVIATIONS)
_FINAL = frozenset(FINAL_ABBREVIATIONS)
_STARTERS = frozenset(SENTENCE_STARTERS)

_AGENCY_BY_ALIAS: dict[str, str] = {}
for _row in AGENCIES:
    for _alias in _row:
        _AGENCY_BY_ALIAS[_alias.casefold()] = _row[0]
_AGENCY_ALIASES = tuple(alias for row in AGENCIES for alias in row)
_AGENCY_ANY_CASE = _alternation(_AGENCY_ALIASES, ignore_case=True)


@functools.cache
def _agency_exact_re() -> regex.Pattern[str]:
    return compile_regex(_alternation(_AGENCY_ALIASES))


_MONTH_BY_NAME: dict[str, int] = {
    name.casefold(): number for number, names in MONTHS for name in names
}
_MONTH = _alternation([name for _, names in MONTHS for name in names], ignore_case=True)
_WEEKDAY = (
    r"(?i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
    r"(?![\p{L}\p{N}])"
)
_HDATE = (
    r"(?:(?P<iy>\d{4})(?P<sep>[-/.])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})"
    rf"|(?:{_WEEKDAY},?{_HSPACE}++)?(?P<m1>{_MONTH})\.?{_HSPACE}++(?P<d1>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?,?{_HSPACE}++(?P<y1>\d{{4}})"
    rf"|(?:{_WEEKDAY},?{_HSPACE}++)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_HSPACE}++"
    rf"(?P<m2>{_MONTH})\.?,?{_HSPACE}++(?P<y2>\d{{4}}))(?!\d)"
)
_TIME = (
    rf"(?:(?:T|,?{_HSPACE}++(?:at{_HSPACE}++)?)\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d++)?)?+"
    rf"(?:{_HSPACE}*+[AaPp]\.?[Mm]\.?)?+"
    rf"(?:{_HSPACE}*+(?:[+-]\d{{2}}:?\d{{2}}|\(?{_alternation(TIME_ZONES)}\)?))?+)?+"
)


@functools.cache
def _date_header_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"{_alternation(DATE_KEYWORDS, ignore_case=True)}"
        rf"(?:{_HSPACE}*+[:=]|{_HSPACE}++[-–—](?={_HSPACE}))?+{_HSPACE}*+"
        rf"(?P<date>{_HDATE}){_TIME}(?=\s|\Z|[.,;|])\.?"
    )


@functools.cache
def _bare_date_re() -> regex.Pattern[str]:
    return compile_regex(rf"(?P<date>{_HDATE}){_TIME}{_HSPACE}*+(?={_LINE_BREAK}|\Z)")


_HEADER_KEYS = HEADLINE_KEYWORDS + SOURCE_KEYWORDS + SKIP_KEYWORDS


@functools.cache
def _key_header_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"(?P<key>{_alternation(_HEADER_KEYS, ignore_case=True)})"
        rf"{_HSPACE}*+:{_HSPACE}*+(?P<value>[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{{0,300}}+)"
        rf"(?={_LINE_BREAK}|\Z)"
    )


@functools.cache
def _byline_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"By{_HSPACE}++\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*+"
        rf"(?:(?:,|{_HSPACE}++(?:and|&){_HSPACE}++|{_HSPACE}++)\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*+){{0,7}}+"
        rf"(?:,{_HSPACE}*+{_AGENCY_ANY_CASE})?+{_HSPACE}*+(?={_LINE_BREAK}|\Z)"
    )


_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}.'’]*+(?:-\p{Lu}[\p{Lu}\p{M}.'’]*+)*+"
_TITLE_WORD = r"\p{Lu}[\p{Ll}\p{M}.'’]++(?:-\p{Lu}[\p{Ll}\p{M}.'’]++)*+"
_SP = r"[ \t\u00a0\u2009]"
_REGION = rf"(?!{_MONTH})\p{{Lu}}[\p{{L}}.]{{1,14}}+(?:{_SP}\p{{Lu}}[\p{{L}}.]{{1,14}}+)?+"
_DL_DATE = (
    rf"(?:{_MONTH}\.?{_SP}++\d{{1,2}}(?!\d)(?:,?{_SP}++\d{{4}})?+"
    rf"|\d{{1,2}}{_SP}++{_MONTH}(?:{_SP}++\d{{4}})?+|{_WEEKDAY})"
)
_DL_AGENCY = r"\((?P<agency>[^()\r\n]{1,40}+)\)"
_DL_DASH = r"(?:--|[-–—])"


@functools.cache
def _dateline_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"(?:(?P<place>{_CAPS_WORD}(?:{_SP}{_CAPS_WORD}){{0,4}}+)"
        rf"(?:,{_SP}*+(?P<region>{_REGION}))?+(?:,?{_SP}*+(?P<date>{_DL_DATE}))?+"
        rf"{_SP}*+(?:{_DL_AGENCY}{_SP}*+)?+{_DL_DASH}"
        rf"|(?P<place>{_TITLE_WORD}(?:{_SP}{_TITLE_WORD}){{0,3}}+)"
        rf"(?:,{_SP}*+(?P<region>{_REGION}))?+(?:,?{_SP}*+(?P<date>{_DL_DATE}))?+"
        rf"{_SP}*+{_DL_AGENCY}{_SP}*+{_DL_DASH})"
        r"(?=\s|\Z)"
    )


_OPENER_ALT = _alternation(CREDIT_OPENERS, ignore_case=True)
_BY_OPENER_ALT = _alternation(
    [o for o in CREDIT_OPENERS if o.endswith((" by", " from"))], ignore_case=True
)


# "AFP", "— Bloomberg", "(Reuters)", "© AFP 2019", "Source: Reuters", "AFP/jm"
@functools.cache
def _agency_credit_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"(?:{_DL_DASH}{{1,2}}+{_HSPACE}*+)?+"
        rf"(?:(?:©|\([cC]\)|(?i:copyright)){_HSPACE}*+(?:\d{{4}}{_HSPACE}*+)?+)?+"
        rf"(?:(?i:sources?|with|via|from){_HSPACE}*+:?{_HSPACE}*+)?+"
        rf"\(?(?P<agency>{_AGENCY_ANY_CASE}|{_alternation(GENERIC_CREDITS, ignore_case=True)})\)?"
        rf"(?:{_HSPACE}*+\d{{4}})?+(?:{_HSPACE}*+[/,&]{_HSPACE}*+[\p{{L}}\p{{N}}-]{{1,24}}+){{0,3}}+"
        rf"\.?{_HSPACE}*+"
    )


# "(Reporting by ...; Editing by ...)", possibly wrapped over a few lines.
@functools.cache
def _paren_credit_re() -> regex.Pattern[str]:
    return compile_regex(rf"\({_HSPACE}*+{_OPENER_ALT}[^()]{{0,600}}+\)\.?", DOTALL)


# "--With assistance from ...", "— Reporting by ...", "Editing by ..."
@functools.cache
def _line_credit_re() -> regex.Pattern[str]:
    return compile_regex(
        rf"(?:{_DL_DASH}{{1,2}}+{_HSPACE}*+{_OPENER_ALT}|{_BY_OPENER_ALT}|(?i:to contact))"
        rf"{_LINE_CHARS}{{0,300}}+"
    )


# AFP desk slugs such as "hs/kma" or "bur-jm/ser".
_SLUG_RE = lazy_regex(r"[a-z]{2,8}+(?:-[a-z]{2,8}+)*+(?:/[a-z]{2,8}+(?:-[a-z]{2,8}+)*+)++")
_EMAIL_LINE_RE = lazy_regex(rf"{_LINE_CHARS}{{0,200}}+")


@functools.cache
def _email_re() -> regex.Pattern[str]:
    return compile_regex(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++")


_HEADLINE_BAD_END = frozenset(_TERMINAL_CHARS + ",;:-–—")
_PARA_TERMINAL_END = frozenset(_TERMINAL_CHARS + ":" + _CLOSERS)


# ---------------------------------------------------------------------------
# Small text helpers

# Every character ``str.isspace`` accepts, plus the zero-width space and BOM.
_SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
    "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\ufeff"
)
# The same without the line breaks (those ``str.splitlines`` splits at).
_HSPACE_CHARS = (
    "\t\x1f \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000\u200b\ufeff"
)


def _skip_space(text: str, pos: int, end: int) -> int:
    """The first non-space offset at or after ``pos`` (``end`` if none)."""
    if pos < end and text[pos] not in _SPACE_CHARS:
        return pos  # ``_SPACE_CHARS`` holds every character the pattern skips
    m = _NON_SPACE_RE().search(text, pos, end)
    return m.start() if m else end


def _is_space(char: str) -> bool:
    return char in _SPACE_CHARS


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved left past trailing whitespace, not before ``start``."""
    while end > start and text[end - 1] in _SPACE_CHARS:
        end -= 1  # without copying the range
    return end


def _is_blank(text: str, start: int, end: int) -> bool:
    """Whether ``_trim`` gives ``None``, without copying a range that starts with a non-space."""
    return start >= end or (text[start] in _SPACE_CHARS and _trim(text, start, end) is None)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without surrounding whitespace, or ``None`` if blank."""
    part = text[start:end]
    left = part.lstrip(_SPACE_CHARS)
    if not left:
        return None
    start += len(part) - len(left)
    return start, start + len(left.rstrip(_SPACE_CHARS))


def _line_end(text: str, pos: int, end: int) -> int:
    """The offset of the line break ending the line at ``pos`` (or ``end``)."""
    m = _LINE_BREAK_RE().search(text, pos, end)
    return m.start() if m else end


class _Line(NamedTuple):
    start: int  # first character of the line (indentation included)
    content: int  # first non-space character
    end: int  # end of the content (trailing spaces excluded)
    indent: int  # width of the indentation, a tab counting 4


_new_tuple = tuple.__new__


def _lines(text: str, start: int, end: int, until: int = -1) -> list[_Line]:
    """The non-blank lines of ``text[start:end]``, in order; with ``until >= 0``,
    only up to the first one whose indentation is not ``until`` (included).

    ``str.splitlines`` breaks at exactly the characters of ``_LINE_BREAK``.
    """
    lines: list[_Line] = []
    pos = start
    for raw in text[start:end].splitlines(keepends=True):
        size = len(raw)
        body = raw.lstrip(_HSPACE_CHARS) if raw[0] in _HSPACE_CHARS else raw
        stripped = body.rstrip(_SPACE_CHARS)
        if stripped:
            lead = size - len(body)
            content = pos + lead
            indent = lead + 3 * raw.count("\t", 0, lead) if lead else 0
            lines.append(_new_tuple(_Line, (pos, content, content + len(stripped), indent)))
            if until >= 0 and indent != until:
                break
        pos += size
    return lines


def _is_caps(line: str) -> bool:
    if not line.isupper():
        return False  # a lower-case letter, or no capital: decided at C level
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "the", "and", "or", "but", "nor", "for", "of", "to", "in", "on", "at", "as",
     "by", "vs", "via", "with", "from", "into", "over")
)  # fmt: skip
_WORD_RE = lazy_regex(r"\p{L}[\p{L}\p{M}'’-]*+")


def _is_title_case(line: str) -> bool:
    """At least three content words, three in four of them capitalised."""
    words: list[str] = [
        w for w in _WORD_RE().findall(line) if len(w) >= 3 and w.lower() not in _TITLE_SMALL_WORDS
    ]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


# ---------------------------------------------------------------------------
# Sentences


def _classify(token: str) -> str | None:
    """The abbreviation class of the word before a period, or ``None``."""
    if not token:
        return None
    variant = token[0].lower() + token[1:]
    if token in _NON_FINAL or variant in _NON_FINAL:
        return "non-final"
    if token in _NUMBERING:
        return "numbering"
    if token in _FINAL or variant in _FINAL:
        return "final"
    if len(token) == 1 and token.isupper():
        return "final"  # an initial: "George W. Bush"
    if "." in token and _INITIALISM_RE().fullmatch(token):
        return "final"  # "U.S.", "J.P.", "a.m."
    if "-" in token:
        return _classify(token.rpartition("-")[2])  # "Lambert-St.", "Japan-U.S."
    return None


_TOKEN_OPENERS = _OPENERS + "<\u200b\ufeff"
"""What :func:`_previous_token` strips from the front of a word."""


def _previous_token(text: str, block_start: int, pos: int) -> str:
    """The whitespace-delimited word ending at ``pos``, without opening punctuation."""
    window = text[max(block_start, pos - 64) : pos]
    if not window or _is_space(window[-1]):
        return ""
    parts = window.rsplit(None, 1)
    return parts[-1].lstrip(_TOKEN_OPENERS) if parts else ""


def _next_word(cand: re.Match[str], block_end: int) -> tuple[str | None, int]:
    """The word after the candidate ``cand`` (``None`` at the end of the block) and its end.

    What ``_NEXT_RE`` reads at ``cand.end()``, taken from the candidate's own
    look-ahead when that decides it: only ASCII spaces, openers and letters
    before an ASCII character (or the end of the block).
    """
    tail = cand.group("tail")
    if tail > "\x7f":
        nxt = _NEXT_RE().match(cand.string, cand.end(), block_end)
        if nxt is None:
            return None, block_end
        return nxt.group("word"), nxt.end()
    letters = cand.group("letters")
    if letters:
        return letters, cand.end("letters")
    if tail:
        return tail, cand.end("tail")
    return None, block_end


def _is_boundary(text: str, block_start: int, cand: re.Match[str], block_end: int) -> bool:
    """Whether the candidate ``cand`` ends a sentence (see the module docstring)."""
    word, after = _next_word(cand, block_end)
    if not word:
        return True  # end of the block
    first = word[0]
    if first.islower() or first in ".…":
        return False
    if len(word) == 1 and first.isupper() and after < block_end and text[after] == ".":
        return False  # the next word is an initial: "Chas. P. Young", "J. A. Smith"
    if cand.group("term") != ".":
        return True  # "?", "!", ellipses, "?!"
    kind = _classify(_previous_token(text, block_start, cand.start()))
    if kind is None:
        return True
    if first.isdigit():
        return False  # "Jan. 27", "No. 2", "U.S. 10-year"
    if kind == "numbering":
        return True  # an ordinary word when no number follows
    if kind == "non-final":
        return False
    if any(c in _QUOTE_CLOSERS for c in cand.group("close")):
        return True  # a quotation ends: "... in the U.S.” Sales ..."
    return word in _STARTERS


def _candidate_re(text: str) -> re.Pattern[str]:
    """The candidate scanner for the ranges of ``text``: ``_PERIOD_CANDIDATE_RE``
    when the period is the text's only terminal."""
    if (
        "?" not in text
        and "!" not in text
        and (text.isascii() or ("\u2026" not in text and "\u203d" not in text))
    ):
        return _PERIOD_CANDIDATE_RE()
    return _CANDIDATE_RE()


def _split_block(
    text: str, start: int, end: int, candidates: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Sentence spans of one block (a range with no blank line); ``candidates``
    is :func:`_candidate_re` of the block or of a range holding it."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for cand in candidates.finditer(text, start, end):
        stop = cand.end()
        if stop <= sentence_start:
            continue
        # Fast refusal of the commonest non-boundary: a lower-case ASCII word
        # follows ("3.5 pct. the", "?\" he said"); the rest goes to ``_is_boundary``.
        letters, tail = cand.group("letters", "tail")
        if letters:
            if letters[0] >= "a" and tail <= "\x7f":
                continue
            boundary = _is_boundary(text, start, cand, end)
        else:
            # Nothing but ASCII spaces and openers up to the end of the block: a boundary.
            boundary = not tail or _is_boundary(text, start, cand, end)
        if boundary:
            # ``_trim`` without copying the sentence: the candidate's last
            # character is not a space, so only leading spaces go.
            left = sentence_start
            while text[left] in _SPACE_CHARS:
                left += 1
            spans.append((left, stop))
            sentence_start = stop
    trimmed = _trim(text, sentence_start, end)
    if trimmed is not None:
        spans.append(trimmed)
    return spans


def _paragraph_of(text: str, start: int, end: int, candidates: re.Pattern[str]) -> Paragraph:
    """The paragraph ``text[start:end]`` (a trimmed, non-empty range) and its sentences.

    ``candidates`` is :func:`_candidate_re` of a range holding the paragraph.
    A paragraph of one sentence (most are) shares its text and span with it;
    with no terminal but the period, and no period before the last
    character, it is one sentence without a scan.  So is a paragraph whose
    first candidate ends it: whether or not that is a boundary, the sentence
    runs to the end (the paragraph is trimmed).
    """
    body = text[start:end]
    span = _span(start, end)
    if "." in body[:-1] or candidates is not _PERIOD_CANDIDATE_RE():
        first = candidates.search(text, start, end)
        if first is not None and first.end() != end:
            spans = _split_block(text, start, end, candidates)
            if len(spans) != 1 or spans[0] != (start, end):
                sentences: list[Sentence] = []
                for s, e in spans:
                    sentences.append(_sentence(text[s:e], _span(s, e)))
                return _paragraph(body, span, tuple(sentences))
    return _paragraph(body, span, (_sentence(body, span),))


def _blocks(text: str, start: int, end: int, blank: re.Pattern[str]) -> list[tuple[int, int]]:
    """Ranges of ``text[start:end]`` between blank lines (untrimmed); ``blank``
    is :func:`_blank_re` of the text."""
    ranges: list[tuple[int, int]] = []
    pos = start
    for m in blank.finditer(text, start, end):
        ranges.append((pos, m.start()))
        pos = m.end()
    ranges.append((pos, end))
    return ranges


def _lf_only(text: str) -> bool:
    """Whether "\\n" is the only line break in ``text``."""
    for char in _ASCII_OTHER_BREAKS if text.isascii() else _OTHER_BREAKS:
        if char in text:
            return False
    return True


def _blank_re(lf_only: bool) -> re.Pattern[str]:
    """``_BLANK_RE``, or the faster ``_LF_BLANK_RE`` when "\n" is the text's only
    line break (``lf_only``, :func:`_lf_only`): the two find the same blank lines
    in such a text."""
    return _LF_BLANK_RE() if lf_only else _BLANK_RE()


def _check_range(text: str, start: int, end: int | None) -> int:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if end is None:
        end = len(text)
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}-{end} is not inside a text of length {len(text)}")
    return end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """Split ``text[start:end]`` into sentences whose spans index ``text``.

    Blank lines always end a sentence; single newlines are wrapping.  The
    rules for periods, abbreviations and quotes are in the module docstring.

    >>> [s.text for s in split_sentences("Sales rose 3.5 per cent. The U.S. Treasury agreed.")]
    ['Sales rose 3.5 per cent.', 'The U.S. Treasury agreed.']
    """
    stop = _check_range(text, start, end)
    candidates = _candidate_re(text)
    return tuple(
        _sentence(text[s:e], _span(s, e))
        for block_start, block_end in _blocks(text, start, stop, _blank_re(_lf_only(text)))
        for s, e in _split_block(text, block_start, block_end, candidates)
    )


# ---------------------------------------------------------------------------
# Paragraphs


def _ends_sentence(text: str, line: _Line) -> bool:
    return text[line.end - 1] in _PARA_TERMINAL_END


def _looks_wrapped(text: str, lines: list[_Line]) -> bool:
    """Whether unindented lines are hard-wrapped prose rather than one paragraph each."""
    if len(lines) < 2:
        return False
    widths = [ln.end - ln.content for ln in lines]
    widest = max(widths)
    if widest > 120 or widest < 30:
        return False
    wrapped = 0
    for i, line in enumerate(lines[:-1]):
        following = text[lines[i + 1].content]
        if widths[i] * 10 >= widest * 6 and (not _ends_sentence(text, line) or following.islower()):
            wrapped += 1
    return wrapped * 2 >= len(lines) - 1


# An indented line of ASCII text with "\n" line ends: its content starts at
# the end of the match.
_INDENTED_LINE_RE = lazy_re(r"\n[\t ]++(?=[^\t \n])")


def _is_plain(text: str, lf_only: bool) -> bool:
    """Whether ``text``, of which ``lf_only`` is :func:`_lf_only`, is plain
    ASCII with "\\n" line ends, where :func:`_indented_paragraphs` applies.

    ``\\x1f`` is excluded too: the one ASCII character ``str.isspace`` adds to
    ``\\s``.
    """
    return lf_only and text.isascii() and "\x1f" not in text


def _indented_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """What :func:`_line_paragraphs` gives for a block of plain ASCII text (see
    :func:`_is_plain`) whose first line is not indented: one paragraph for a
    single line; for wire copy where some later line is indented (Reuters
    layout), a paragraph starting at each indented line.  ``None`` when that
    does not apply.
    """
    if start >= end or text[start] in _SPACE_CHARS:
        return None
    # The first line has indentation 0, the least: every indented line breaks.
    # Each match is the line break before an indented line and its indentation.
    spans: list[tuple[int, int]] = []
    first = start
    for m in _INDENTED_LINE_RE().finditer(text, start, end):
        newline, content = m.span()
        # ``_rstrip_end`` only when a space ends the line (``text[start]`` is not one).
        last = _rstrip_end(text, first, newline) if text[newline - 1] in _SPACE_CHARS else newline
        spans.append((first, last))
        first = content
    if not spans and text.find("\n", start, end) >= 0:
        return None
    spans.append((first, _rstrip_end(text, first, end)))  # (one line: one paragraph)
    return spans


def _block_paragraphs(
    text: str, start: int, end: int, *, one_per_line: bool, plain: bool
) -> list[tuple[int, int]]:
    """Paragraph spans inside one blank-line-delimited block; ``plain`` is
    :func:`_is_plain` of the text."""
    fast = _indented_paragraphs(text, start, end) if plain else None
    if fast is not None:
        return fast
    return _line_paragraphs(text, start, end, one_per_line=one_per_line)


def _line_paragraphs(
    text: str, start: int, end: int, *, one_per_line: bool
) -> list[tuple[int, int]]:
    """Paragraph spans inside one blank-line-delimited block, read line by line."""
    lines = _lines(text, start, end)
    if not lines:
        return []
    indents = [ln.indent for ln in lines]
    least = min(indents)
    if len(indents) > 1 and max(indents[1:]) > least:
        breaks = [i for i, indent in enumerate(indents) if i == 0 or indent > least]
    elif not one_per_line:
        breaks = [0]
    elif _looks_wrapped(text, lines):
        widest = max(ln.end - ln.content for ln in lines)
        breaks = [0] + [
            i
            for i in range(1, len(lines))
            if _ends_sentence(text, lines[i - 1])
            and (lines[i - 1].end - lines[i - 1].content) * 10 < widest * 8
        ]
    else:
        breaks = list(range(len(lines)))
    spans: list[tuple[int, int]] = []
    for k, first in enumerate(breaks):
        last = breaks[k + 1] - 1 if k + 1 < len(breaks) else len(lines) - 1
        spans.append((lines[first].content, lines[last].end))
    return spans


def _paragraph_spans(
    text: str, start: int, end: int, blank: re.Pattern[str] | None, *, plain: bool
) -> list[tuple[int, int]]:
    """Paragraph spans of ``text[start:end]``.

    ``blank`` is :func:`_blank_re` of the text, or ``None`` when the article
    has no blank line, so that single newlines (unless hard wrapping)
    separate paragraphs; ``plain`` is :func:`_is_plain` of the text.
    """
    # With no blank line in the article the range is one block (no second scan).
    one_per_line = blank is None
    ranges = [(start, end)] if blank is None else _blocks(text, start, end, blank)
    spans: list[tuple[int, int]] = []
    for b_start, b_end in ranges:
        if not _is_blank(text, b_start, b_end):
            spans += _block_paragraphs(text, b_start, b_end, one_per_line=one_per_line, plain=plain)
    return spans


# ---------------------------------------------------------------------------
# Header, headline, dateline, credits


def _date_of(m: regex.Match[str]) -> dt.date | None:
    try:
        if m.group("iy"):
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("m1"):
            month = _MONTH_BY_NAME[m.group("m1").casefold()]
            return dt.date(int(m.group("y1")), month, int(m.group("d1")))
        month = _MONTH_BY_NAME[m.group("m2").casefold()]
        return dt.date(int(m.group("y2")), month, int(m.group("d2")))
    except ValueError:
        return None


def _agency_field(text: str, start: int, end: int) -> Field | None:
    """The first agency named (case-sensitively) in ``text[start:end]``."""
    m = _agency_exact_re().search(text, start, end)
    if m is None:
        return None
    return Field(_AGENCY_BY_ALIAS[m.group().casefold()], Span(m.start(), m.end()))


# ---------------------------------------------------------------------------
# Cheap pre-filters: decide from the first word that an anchored pattern cannot
# match, before calling it.

_ASCII_WORD_AT_RE = lazy_re(r"[A-Za-z]*+(?![^\x00-\x7f])")
_DIGITS = "0123456789"
_DASHES = "-\u2013\u2014"


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-cased leading ASCII letters of each phrase (the word it starts with)."""
    words = {re.match(r"[a-z]*", p.lower()).group() for p in phrases}  # type: ignore[union-attr]
    if "" in words:
        raise ValueError("every keyword must begin with an ASCII letter")
    return frozenset(words)


def _opening_word(text: str, pos: int, end: int) -> str | None:
    """The ASCII word at ``pos``, lower-cased, for :func:`_may_open`: ``""``
    at an ASCII non-letter, ``None`` when nothing can be ruled out (at the end
    of the range, or when something non-ASCII follows the ASCII letters, which
    a case-blind ``regex`` may fold to an ASCII letter)."""
    if pos >= end:
        return None
    m = _ASCII_WORD_AT_RE().match(text, pos, end)
    return None if m is None else m.group().lower()


def _may_open(text: str, pos: int, word: str | None, words: frozenset[str], chars: str) -> bool:
    """Whether a pattern starting with one of ``words`` or ``chars`` may match at
    ``pos``, where :func:`_opening_word` read ``word``.

    ``False`` only when it surely cannot: the ASCII word at ``pos`` (whole:
    an ASCII non-letter or the end follows it) is not in ``words`` (lower
    case; a case-blind pattern also matches its capitals), or an ASCII
    non-letter that is not in ``chars`` stands there.
    """
    return word is None or word in words or text[pos] in chars


_WEEKDAY_WORDS = frozenset(
    stem + day
    for stem in ("mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat",
                 "satur", "sun")
    for day in ("", "day")
)  # fmt: skip
"""Every ASCII word ``_WEEKDAY`` matches (lower case)."""
_HEADER_FIRSTS = (
    _first_words(DATE_KEYWORDS + _HEADER_KEYS + tuple(n for _, names in MONTHS for n in names))
    | _WEEKDAY_WORDS
)
_AGENCY_CREDIT_FIRSTS = _first_words(
    (*_AGENCY_ALIASES, *GENERIC_CREDITS, "copyright", "source", "sources", "with", "via", "from")
)
_AGENCY_CREDIT_CHARS = _DASHES + "\u00a9("
_LINE_CREDIT_FIRSTS = _first_words(
    (*(o for o in CREDIT_OPENERS if o.endswith((" by", " from"))), "to contact")
)


def _dateline_at(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """``_dateline_re().match(text, pos, end)``, skipped when no dash is on the line.

    A dateline opens with a capital and ends with a dash; none of its parts
    crosses a ``\\n`` or ``\\r``, so the dash is on the line of ``pos``.
    """
    if pos >= end:
        return None
    first = text[pos]
    if first < "\x80" and not ("A" <= first <= "Z"):
        return None
    stop = text.find("\n", pos, end)
    line = text[pos:stop] if stop >= 0 else text[pos:end]
    if "\r" in line:
        line = line[: line.index("\r")]
    if "-" not in line and "\u2013" not in line and "\u2014" not in line:
        return None
    return _dateline_re().match(text, pos, end)


class _Header:
    """What the header lines give; ``pos`` is where the rest begins."""

    def __init__(self, pos: int) -> None:
        self.published: dt.date | None = None
        self.published_span: Span | None = None
        self.headline: Field | None = None
        self.source: Field | None = None
        self.pos = pos
        self.same_line = False


def _read_header(text: str, pos: int, end: int) -> _Header:
    """Read leading header lines; ``pos`` of the result is where the rest begins."""
    head = _Header(pos=pos)
    for _ in range(12):
        pos = head.pos
        if pos >= end:
            break
        if not _may_open(text, pos, _opening_word(text, pos, end), _HEADER_FIRSTS, _DIGITS):
            break  # no keyword, month, weekday or digit here: no header line
        m = _date_header_re().match(text, pos, end)
        if m is not None and (date := _date_of(m)) is not None:
            if head.published is None:
                head.published = date
                head.published_span = Span(m.start("date"), m.end("date"))
            line_stop = _line_end(text, m.end(), end)
            if _trim(text, m.end(), line_stop) is not None:
                head.pos = _skip_space(text, m.end(), end)
                head.same_line = True
                break
            head.pos = _skip_space(text, line_stop, end)
            continue
        m = _bare_date_re().match(text, pos, end)
        if m is not None and head.published is None and (date := _date_of(m)) is not None:
            head.published = date
            head.published_span = Span(m.start("date"), m.end("date"))
            head.pos = _skip_space(text, m.end(), end)
            continue
        m = _key_header_re().match(text, pos, end)
        if m is None:
            break
        key = m.group("key").casefold()
        value = _trim(text, m.start("value"), m.end("value"))
        if value is not None and key in HEADLINE_KEYWORDS and head.headline is None:
            head.headline = Field(text[value[0] : value[1]], Span(*value))
        elif value is not None and key in SOURCE_KEYWORDS and head.source is None:
            head.source = _agency_field(text, *value) or Field(
                text[value[0] : value[1]], Span(*value)
            )
        head.pos = _skip_space(text, m.end(), end)
    return head


def _read_headline(text: str, pos: int, end: int) -> tuple[Field | None, int]:
    """A headline line at ``pos`` and the offset after it (``pos`` if none)."""
    brk = _LINE_BREAK_RE().search(text, pos, end)
    if brk is None:
        return None, pos
    stop, after = brk.span()
    body_start = _skip_space(text, after, end)
    if body_start >= end:
        return None, pos
    # Body text in lower case on the next line (most wire copy): no headline,
    # unless a blank line comes first; decided before the tests of the line.
    may_blank = _may_blank(text, stop, after, body_start)
    blank = None
    if text[body_start].islower():
        blank = _BLANK_RE().match(text, stop, end) if may_blank else None
        if blank is None:
            return None, pos
    line_end = _rstrip_end(text, pos, stop)
    line = text[pos:line_end]
    if (
        not line
        or len(line) > 120
        or len(line.split()) > 20
        or line[-1] in _HEADLINE_BAD_END
        or line.rstrip(_CLOSERS)[-1:] in _HEADLINE_BAD_END
        or not (line[0].isalpha() or any(c.isalpha() for c in line))
        or _dateline_at(text, pos, end)
        or (line[:2] == "By" and _byline_re().match(text, pos, end))
    ):
        return None, pos
    if blank is not None or (may_blank and _BLANK_RE().match(text, stop, end)):
        return Field(line, _span(pos, line_end)), body_start
    own_indent = pos - _line_start(text, pos)
    window_end = min(end, after + 1500)
    # No blank line follows, so the next line holds ``body_start``: when it is
    # indented otherwise, the lines need not be read.
    first_indent = _indent_of(text, after, body_start) if body_start < window_end else None
    if first_indent is None or first_indent == own_indent:
        # The lines that follow, read only up to the first one indented otherwise.
        rest = _lines(text, after, window_end, own_indent)
        first_indent = rest[0].indent if rest else 0
        indented = bool(rest) and rest[-1].indent != own_indent
        if not indented and not _looks_wrapped(text, rest):
            return Field(line, _span(pos, line_end)), body_start
    if (
        _is_caps(line)
        or _dateline_at(text, body_start, end)
        or (first_indent > own_indent and _is_title_case(line))
    ):
        return Field(line, _span(pos, line_end)), body_start
    return None, pos


def _may_blank(text: str, stop: int, after: int, body_start: int) -> bool:
    """``False`` when ``_BLANK_RE`` surely does not match at the line break
    ``text[stop:after]``: the next non-space, ``body_start`` (before the end),
    follows it directly and is no space for ``str.isspace`` either (where
    ``_skip_space`` stops at ``\\x1c``-``\\x1e``, line breaks), and the break is
    not U+2029 (a paragraph break by itself)."""
    return body_start > after or text[after] in _SPACE_CHARS or text[stop] == "\u2029"


def _indent_of(text: str, start: int, content: int) -> int | None:
    """The ``indent`` :func:`_lines` gives the line that starts at ``start`` when
    its content starts at ``content``, or ``None`` when anything but spaces
    and tabs stands between them, or ``text[content]`` is a space for
    ``str.isspace`` (``_skip_space`` stops at ``\\x1c``-``\\x1f``)."""
    if text[content] in _SPACE_CHARS:
        return None
    tabs = text.count("\t", start, content)
    if text.count(" ", start, content) + tabs != content - start:
        return None
    return content - start + 3 * tabs


def _line_start(text: str, pos: int) -> int:
    """The start of the line holding ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0\u2009\u200b\ufeff":
        i -= 1
    return i


def _strip_credits(text: str, start: int, end: int, lf_only: bool) -> tuple[int, Field | None]:
    """Remove trailing credit lines from ``[start, end)``: new end and agency
    (``lf_only`` is :func:`_lf_only` of the text)."""
    source: Field | None = None
    for _ in range(6):
        end = _rstrip_end(text, start, end)
        if end <= start:
            break
        line_start = _last_line_start(text, start, end, lf_only)
        content = _skip_space(text, line_start, end)
        found: int | None = None
        agency: Field | None = None
        word = _opening_word(text, content, end)
        m_agency = (
            _agency_credit_re().fullmatch(text, content, end)
            if _may_open(text, content, word, _AGENCY_CREDIT_FIRSTS, _AGENCY_CREDIT_CHARS)
            else None
        )
        if m_agency is not None:
            found = content
            name = m_agency.group("agency")
            if name.casefold() in _AGENCY_BY_ALIAS:
                agency = Field(
                    _AGENCY_BY_ALIAS[name.casefold()],
                    Span(m_agency.start("agency"), m_agency.end("agency")),
                )
        elif (opening := _paren_credit_start(text, start, end)) is not None:
            found = opening
        elif (
            (
                _may_open(text, content, word, _LINE_CREDIT_FIRSTS, _DASHES)
                and _line_credit_re().fullmatch(text, content, end)
            )
            or ("/" in (last := text[content:end]) and _SLUG_RE().fullmatch(text, content, end))
            or (
                "@" in last
                and _EMAIL_LINE_RE().fullmatch(text, content, end)
                and _email_re().search(text, content, end)
            )
        ):
            found = content
        if found is None:
            break
        if agency is None:
            agency = _agency_field(text, found, end)
        if agency is not None:
            source = agency  # the earliest credit line naming an agency wins
        end = found
    return _rstrip_end(text, start, end), source


def _last_line_start(text: str, start: int, end: int, lf_only: bool) -> int:
    """Where the last line of ``[start, end)`` starts, looking back at most 400
    characters (``start`` when no line break is in them); ``lf_only`` is
    :func:`_lf_only` of the text."""
    lo = max(start, end - 400)
    newline = text.rfind("\n", lo, end)
    if newline >= 0 and (lf_only or _LINE_BREAK_RE().search(text, newline + 1, end) is None):
        return newline + 1  # the commonest case, without splitting the lines
    # ``str.splitlines`` breaks at exactly the ``_LINE_BREAK`` characters (CRLF as one).
    lines = text[lo:end].splitlines()
    return end - len(lines[-1]) if len(lines) > 1 else start


def _paren_credit_start(text: str, start: int, end: int) -> int | None:
    """The ``(`` of a "(Reporting by ...)" credit ending at ``end``, if there is one."""
    if text[end - 1] != ")" and text[end - 2 : end] != ").":
        return None  # the pattern ends with ")" and an optional "."
    opening = text.rfind("(", max(start, end - 700), end)
    if (
        opening >= 0
        and _opens_line(text, opening, start)
        and _paren_credit_re().fullmatch(text, opening, end)
    ):
        return opening
    return None


def _opens_line(text: str, pos: int, start: int) -> bool:
    """Whether only indentation stands between ``pos`` and a line break (or ``start``)."""
    i = _line_start(text, pos)
    return i <= start or _LINE_BREAK_RE().match(text, i - 1) is not None


def _read_dateline(text: str, start: int, end: int) -> tuple[Field | None, Field | None, int]:
    """A dateline at ``start``: (place, agency, where the paragraph text begins)."""
    m = _dateline_at(text, start, end)
    if m is None:
        return None, None, start
    place = m.group("place")
    letters = sum(c.isalpha() for c in place)
    if letters < 3:
        return None, None, start
    agency: Field | None = None
    if m.group("agency") is not None:
        trimmed = _trim(text, *m.span("agency"))
        name = text[trimmed[0] : trimmed[1]].casefold() if trimmed else ""
        if trimmed is not None and name in _AGENCY_BY_ALIAS:
            agency = Field(_AGENCY_BY_ALIAS[name], Span(*trimmed))
    # A date or a known agency is required: "CORRECTION - ...", "IMF - ..." and
    # "The Fed (Washington) - ..." are not datelines.
    if agency is None and (m.group("date") is None or not place.isupper()):
        return None, None, start
    dateline = Field(place, Span(m.start("place"), m.end("place")))
    return dateline, agency, _skip_space(text, m.end(), end)


def segment(text: str) -> Layout:
    """Read the layout of an article: header, headline, dateline, source and body.

    The rules are described in the module docstring.

    >>> text = "date 2019-01-27\\n\\nBEIJING (AFP) - Talks resumed. Both sides met.\\n\\nAFP"
    >>> layout = segment(text)
    >>> layout.published, layout.dateline.value, layout.source.value
    (datetime.date(2019, 1, 27), 'BEIJING', 'AFP')
    >>> [s.text for s in layout.paragraphs[0].sentences]
    ['Talks resumed.', 'Both sides met.']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    end = len(text)
    head = _read_header(text, _skip_space(text, 0, end), end)
    pos = head.pos
    headline = head.headline
    if not head.same_line:
        if headline is None:
            headline, pos = _read_headline(text, pos, end)
        m = _byline_re().match(text, pos, end) if text[pos : pos + 2] == "By" else None
        if m is not None:
            pos = _skip_space(text, m.end(), end)
    lf_only = _lf_only(text)  # found out once for the passes below
    body_end, credit_source = _strip_credits(text, pos, end, lf_only)

    blank = _blank_re(lf_only)
    has_blank = blank.search(text, pos, end) is not None
    plain = _is_plain(text, lf_only)
    spans = _paragraph_spans(text, pos, body_end, blank if has_blank else None, plain=plain)
    dateline: Field | None = None
    dateline_source: Field | None = None
    if spans:
        first_start, first_end = spans[0]
        dateline, dateline_source, new_start = _read_dateline(text, first_start, first_end)
        if new_start >= first_end:
            spans = spans[1:]
        else:
            spans[0] = (new_start, first_end)

    candidates = _candidate_re(text)
    paragraphs: list[Paragraph] = []
    for s, e in spans:  # a loop, not a comprehension: no function object per call
        paragraphs.append(_paragraph_of(text, s, e, candidates))
    body = _span(spans[0][0], spans[-1][1]) if spans else _span(0, 0)
    return _layout(
        published=head.published,
        published_span=head.published_span,
        headline=headline,
        dateline=dateline,
        source=head.source or dateline_source or credit_source,
        body=body,
        paragraphs=tuple(paragraphs),
    )
