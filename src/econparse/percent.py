"""Percentages, percentage points and basis points in running news text.

>>> [p.text for p in find_percentages("Prices rose 6.6 per cent; the Fed cut by 25bp.")]
['6.6 per cent', '25bp']
>>> p = find_percentages("a 25 basis point cut")[0]
>>> (p.value, p.unit.value, p.direction.value, p.as_fraction())
(Decimal('25'), 'basis_point', 'down', Decimal('0.0025'))

What is recognised
    A number from :mod:`econparse.numbers` followed by a unit spelling from
    :data:`econparse._percent_vocab.UNIT_SPELLINGS` ("6.6%", "6.6 per cent",
    "12pc", "25 bps", "0.3 percentage point", "50-basis-point", "0.5 pct
    point"); a fraction joined by "a"/"of a" ("half a percentage point", "a
    quarter of a percentage point"); ranges "2.25%-2.50%", "2-3%", "2 to 3
    percent", "between 2 and 3 per cent" (the span starts at the first number:
    "between" and "from" are not part of it); and, as in Recognizers-Text,
    a clause that is only "percent of N".

    "a quarter-point" / "a half-point" is read as a percentage point *only*
    when a direction cue governs it ("a quarter-point cut", "raised rates by a
    half point"); a bare "quarter point" is left alone, since "point" alone
    is as often an index point.  "3 points" is never a percentage.

Direction and change
    The direction comes from, in this order: a direction noun or comparative
    right after the mention ("a 25 basis point cut", "2% higher"); "up"/"down"
    right before it ("up 5%", "down by 3%", "up from 4%", never "up to 5%");
    the nearest direction verb or noun before it in the same clause, at most
    :data:`~econparse._percent_vocab.GAP_WORDS_MAX` words away, with no clause
    breaker ("and", "while", "was", ...) and no other percentage between.
    A mention right after "to" or "from" under such a cue is the end or start
    of the change: "rose to 5%" gives ``change_to=5``; "up from 3%" gives
    ``change_from=3``.  In "rise from 10% to 25%" and "fell to 5% from 5.2%"
    *both* mentions carry both ends (``change_from``, ``change_to``), and
    the second inherits the cue of the first.  In "rose 0.5% to 3.1%" the
    first is the size of the change and the second its end (``change_to``).
    "rose from 10 to 25 percent" gives one mention, "25 percent", with both
    ends.  Neutral verbs ("went", "moved") give a direction only through
    "from A to B", by comparing A and B.  "from 50 to 80%" with no cue is a
    range.

Exactness over recall
    A number glued to a letter or sign before it ("G20", "Q3-0.3%", "$5%"),
    a "%" glued to a letter after it (URL escapes such as "%20and"), anything
    inside a URL and ordinal numbers are rejected.

Linear time
    Every regex is compiled once, on first use, from the vocabulary tables.  The
    patterns are alternations of literals with bounded gaps (``{1,3}``,
    :data:`~econparse._percent_vocab.BLANKS`) and no unbounded repetition
    inside a repetition, so no pattern can backtrack catastrophically.  The
    pre-filter finds each region's unit spellings (in ASCII text by
    ``str.find`` of their lower-case prefixes, the pattern anchored only
    there); only the
    sentences holding one (non-overlapping windows that start at most
    :data:`_WINDOW` characters before a unit) are handed to
    :func:`econparse.numbers.find_numbers` and the URL pattern.  Unit
    patterns are only *anchored* at the end of a number (``match`` at a
    position, never a scan), and the backward search for a direction cue
    reads at most :data:`_WINDOW` characters, so the work is linear in the
    text length.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from econparse import _percent_vocab as vocab
from econparse._patterns import IGNORECASE, compile_regex, escape_regex, lazy_re, lazy_regex
from econparse._percent_types import Direction, Percentage, PercentUnit
from econparse.numbers import Number, NumberKind, find_numbers, number_at
from econparse.span import Span, _span, _unchecked

if TYPE_CHECKING:
    import regex

    from econparse.context import Document

__all__ = [
    "Direction",
    "PercentUnit",
    "Percentage",
    "extract_percentages",
    "find_percentages",
]


#: ``Percentage(...)`` without its checks, for the extractor's own results (see
#: :func:`econparse.span._unchecked`).
_percentage = _unchecked(Percentage)


# --------------------------------------------------------------------------
# Compiled patterns (built once, from the vocabulary tables)

_BLANK: Final = r"[ \t\u00a0\u2009\u202f]"
_SP: Final = vocab.BLANKS
"""One word gap: a few blanks, or one line break with its indentation."""
_WB_AFTER: Final = r"(?![\p{L}\p{N}_])"
_WB_AFTER_HYPHEN: Final = r"(?![\p{L}\p{N}_-])"
_WB_BEFORE_HYPHEN: Final = r"(?<![\p{L}\p{N}_-])"
_GAPS: Final[dict[str, str]] = {
    "tight": "",
    "space": f"{_SP}?",
    "word": f"(?:{_SP}|-)?",
}
_UNITS: Final[tuple[PercentUnit, ...]] = tuple(PercentUnit(s["unit"]) for s in vocab.UNIT_SPELLINGS)
_WINDOW: Final = 200
"""How far back (in characters) a window or a direction cue may reach."""
_DASHES: Final = "-\u2212\u2013\u2014"


def _spelling(index: int) -> str:
    entry = vocab.UNIT_SPELLINGS[index]
    body = f"(?i:{entry['pattern']})" if entry["ignore_case"] else entry["pattern"]
    return f"(?P<u{index}>{body})"


def _phrase(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces as bounded blanks."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(escape_regex(w).replace(r"\ ", _SP) for w in ordered)


@functools.cache
def _unit_after_re() -> regex.Pattern[str]:
    """A unit right at the end of a number (used with ``match(text, pos)``)."""
    return compile_regex(
        "(?:"
        + "|".join(_GAPS[s["glue"]] + _spelling(i) for i, s in enumerate(vocab.UNIT_SPELLINGS))
        + f"){_WB_AFTER}"
    )


@functools.cache
def _fraction_unit_re() -> regex.Pattern[str]:
    """ "a percentage point" after a fraction: "half a percentage point"."""
    return compile_regex(
        f"{_SP}(?:{_phrase(vocab.FRACTION_LINKS)}){_SP}(?:"
        + "|".join(_spelling(i) for i, s in enumerate(vocab.UNIT_SPELLINGS) if s["glue"] == "word")
        + f"){_WB_AFTER}",
        IGNORECASE,
    )


_POINT_RE = lazy_regex(f"(?:{_SP}|-)(?:{_phrase(vocab.POINT_WORDS)}){_WB_AFTER}", IGNORECASE)
"""The "-point" of "a quarter-point cut" (fractions only, needs a cue)."""


@functools.cache
def _prefilter_re() -> regex.Pattern[str]:
    """Any unit spelling at all: regions without one are skipped."""
    return compile_regex(
        "(?:"
        + "|".join(_spelling(i) for i in range(len(vocab.UNIT_SPELLINGS)))
        + f"|{_phrase(vocab.POINT_WORDS)}){_WB_AFTER}",
        IGNORECASE,
    )


@functools.cache
def _orphan_re() -> regex.Pattern[str]:
    return compile_regex(
        f"{_WB_BEFORE_HYPHEN}(?:{_phrase(vocab.ORPHAN_PERCENT_WORDS)}){_SP}of{_SP}",
        IGNORECASE,
    )


_CLAUSE_OPENERS: Final = '.!?:;"“(\n'
_CLAUSE_END_RE = lazy_regex(r"\s{0,3}(?:[.!?;,)\"”]|\Z)")

_SENTENCE_END_RE = lazy_regex(r"[.!?;](?=\s)|\n[ \t]*\n")
_BLANK_RE = lazy_regex(r"\s")
_BAD_BEFORE_RE = lazy_regex(r"[\p{L}\p{N}%/\\=&#_@^\p{Sc}.]")
_BAD_BEFORE_ASCII: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%/\\=&#_@^$."
)
"""The ASCII characters ``_BAD_BEFORE_RE`` matches (checked by the tests)."""
_URL_RE = lazy_regex(r"(?i)(?:\b(?:https?|ftp)://|\bwww\.)\S+")

_LINK_DASHES: Final = "-\u2013\u2014"
_DASH_LINK_RE = lazy_regex(f"{_SP}?[{_LINK_DASHES}]{_SP}?\\Z")
_TO_LINK_RE = lazy_regex(f"{_SP}to{_SP}\\Z", IGNORECASE)
_AND_LINK_RE = lazy_regex(f"{_SP}and{_SP}\\Z", IGNORECASE)
_BETWEEN_BEFORE_RE = lazy_regex(f"{_WB_BEFORE_HYPHEN}between{_SP}\\Z", IGNORECASE)
_FROM_BEFORE_RE = lazy_regex(f"{_WB_BEFORE_HYPHEN}from{_SP}\\Z", IGNORECASE)
_LINK_MAX: Final = 2 * 13 + 3
"""The longest text ``_DASH_LINK_RE``, ``_TO_LINK_RE`` or ``_AND_LINK_RE`` can
match: two gaps of at most 13 characters (:data:`~econparse._percent_vocab.BLANKS`)
around "and" (checked by the tests)."""

_HEDGE: Final = f"(?:(?:{_phrase(vocab.HEDGES)}|an?{_SP}[\\p{{L}}-]{{1,20}}){_SP})"
"""A hedge or an article and one word: "about", "a provisional", "an annualised"."""


@functools.cache
def _role_re() -> regex.Pattern[str]:
    return compile_regex(
        f"{_WB_BEFORE_HYPHEN}(?:(?P<from>from)|(?<!up{_BLANK})(?P<to>to)){_SP}{_HEDGE}{{0,3}}\\Z",
        IGNORECASE,
    )


@functools.cache
def _adverb_gap_re() -> regex.Pattern[str]:
    return compile_regex(f"\\A{_SP}(?:(?:by|from){_SP})?{_HEDGE}{{0,3}}\\Z", IGNORECASE)


@functools.cache
def _adverb_down_gap_re() -> regex.Pattern[str]:
    return compile_regex(f"\\A{_SP}(?:(?:by|from|to){_SP})?{_HEDGE}{{0,3}}\\Z", IGNORECASE)


@functools.cache
def _chain_link_re() -> regex.Pattern[str]:
    return compile_regex(
        f"(?:{_SP}[\\p{{L}}\\p{{N}}'’-]{{1,20}}){{0,3}}{_SP}(?P<link>to|from){_SP}{_HEDGE}{{0,3}}\\Z",
        IGNORECASE,
    )


_BOUNDARY_RE = lazy_regex(
    r"[.!?;:](?=\s|\Z)|,(?!\s{0,3}or\b|\d)|[()\[\]\"“”]|\s[-\u2013\u2014]\s|[\u2013\u2014]"
)
# The same with ``re`` for ASCII text, where ``\b`` and ``\d`` agree and ``\s``
# is spelled as ``regex`` reads it (``re`` adds U+001C-U+001F).
_ASCII_SPACE: Final = "[\t\n\x0b\x0c\r ]"
_ASCII_BOUNDARY_RE = lazy_re(
    rf"[.!?;:](?={_ASCII_SPACE}|\Z)|,(?!{_ASCII_SPACE}{{0,3}}or\b|\d)|[()\[\]\"“”]"
    rf"|{_ASCII_SPACE}[-\u2013\u2014]{_ASCII_SPACE}|[\u2013\u2014]"
)
_ASCII_SENTENCE_END_RE = lazy_re(rf"[.!?;](?={_ASCII_SPACE})|\n[ \t]*\n")
_ASCII_BLANK_RE = lazy_re(_ASCII_SPACE)


def _cue_group(name: str, cues: Iterable[vocab.Cue], way: str) -> str:
    words = [w for c in cues if c["way"] == way for w in c["words"]]
    return f"(?P<{name}>{_phrase(words)})"


@functools.cache
def _left_cue_re() -> regex.Pattern[str]:
    return compile_regex(
        f"{_WB_BEFORE_HYPHEN}(?:"
        + "|".join(
            [
                _cue_group("up", vocab.VERB_CUES, "up"),
                _cue_group("down", vocab.VERB_CUES, "down"),
                _cue_group("neutral", vocab.VERB_CUES, "neutral"),
                # "up to 5%" is a bound, not a rise: skip that "up" for an earlier cue
                f"(?<!{_WB_BEFORE_HYPHEN}(?:{_phrase(vocab.NOT_BEFORE_UP)}){_SP})"
                + _cue_group("adv_up", vocab.ADVERB_CUES, "up")
                + f"(?!{_SP}to{_WB_AFTER})",
                _cue_group("adv_down", vocab.ADVERB_CUES, "down"),
            ]
        )
        + f"){_WB_AFTER_HYPHEN}",
        IGNORECASE,
    )


_ASCII_WORD_RE = lazy_re("[A-Za-z]+")


@functools.cache
def _left_cue_words() -> frozenset[str]:
    """The first word of every direction cue, lower-cased: where a cue can begin."""
    phrases = [w for c in (*vocab.VERB_CUES, *vocab.ADVERB_CUES) for w in c["words"]]
    firsts = {_ASCII_WORD_RE().match(p.lower()) for p in phrases}
    if None in firsts:
        raise ValueError("every direction cue must begin with an ASCII letter")
    return frozenset(m.group() for m in firsts if m is not None)


@functools.cache
def _cue_word_re() -> re.Pattern[str]:
    """A whole word of lower-cased ASCII text that can begin a direction cue
    (one of :func:`_left_cue_words`); the words are grouped by first letter."""
    tails: dict[str, list[str]] = {}
    for word in sorted(_left_cue_words()):
        tails.setdefault(word[0], []).append(re.escape(word[1:]))
    body = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in tails.items())
    return re.compile(f"(?<![a-z])(?:{body})(?![a-z])")


def _nearest_left_cue(text: str, lo: int, pos: int) -> regex.Match[str] | None:
    """The last of the non-overlapping cue matches in ``text[lo:pos]``.

    What ``finditer`` would give, but in ASCII text (nearly all news) the
    pattern is only tried at the words that can begin a cue: a cue starts at
    the start of a word (nothing word-like before it) and every cue begins
    with a whole word.  Trying the big case-blind alternation at every
    position cost about 100 µs a window.
    """
    last = None
    if not text[lo:pos].isascii():
        for last in _left_cue_re().finditer(text, lo, pos):  # noqa: B007 - the nearest counts
            pass
        return last
    return _nearest_ascii_cue(text, text[lo:pos].lower(), lo, lo, pos)


def _nearest_ascii_cue(
    text: str, reach: str, origin: int, lo: int, pos: int
) -> regex.Match[str] | None:
    """:func:`_nearest_left_cue` in ASCII text, given ``reach``, the lower-cased
    ``text[origin:pos]`` (``origin <= lo``)."""
    pattern = _left_cue_re()
    last = None
    resume = lo
    # ``reach`` holds no letter right before ``lo - origin`` (a clause boundary
    # ends with a non-letter), so the look-behind sees what the words of
    # ``reach[lo - origin:]`` would.
    for word in _cue_word_re().finditer(reach, lo - origin):
        at = origin + word.start()
        if at >= resume:
            found = pattern.match(text, at, pos)
            if found is not None:
                last, resume = found, found.end()
    return last


@functools.cache
def _right_cue_re() -> regex.Pattern[str]:
    return compile_regex(
        f"(?:{_SP}|-)(?:(?:{_phrase(vocab.NOUN_MODIFIERS)})(?:{_SP}|-)){{0,2}}(?:"
        + _cue_group("up", vocab.NOUN_CUES, "up")
        + "|"
        + _cue_group("down", vocab.NOUN_CUES, "down")
        + f"){_WB_AFTER_HYPHEN}",
        IGNORECASE,
    )


@functools.cache
def _right_cue_heads() -> tuple[str, ...]:
    """How the text after the gap of ``_right_cue_re`` begins, lower-cased: a
    modifier or a cue noun, with its first word only (spaces are gaps)."""
    words = [*vocab.NOUN_MODIFIERS, *(w for c in vocab.NOUN_CUES for w in c["words"])]
    return tuple(sorted({w.lower().split()[0] for w in words}))


_RIGHT_GAP_CHARS: Final = vocab.UNIT_GAP_CHARS
_RIGHT_CUE_REACH: Final = 64
"""Characters read after a mention for the right-cue check: a gap (at most 13)
and the longest first word of a modifier or cue noun."""

_BREAKERS: Final = frozenset(vocab.CLAUSE_BREAKERS)
_NOT_AFTER_CUE: Final = frozenset(vocab.NOT_AFTER_CUE)
_STRIP: Final = ".,;:!?\"'“”‘’()[]"


# --------------------------------------------------------------------------
# Working records


class _Cue:
    """A direction cue governing a mention."""

    __slots__ = ("role", "span", "way")

    def __init__(self, way: str, span: Span, role: str) -> None:
        self.way = way  # "up", "down" or "neutral"
        self.span = span
        self.role = role  # "amount", "from", "to" or "change"


class _Item:
    """A mention being worked out: a figure or a range, with its cue and change."""

    __slots__ = (
        "change_from",
        "change_to",
        "cue",
        "end",
        "high",
        "low",
        "number_start",
        "start",
        "unit",
        "value",
    )

    def __init__(
        self,
        start: int,
        end: int,
        unit: PercentUnit,
        value: Decimal | None,
        *,
        low: Decimal | None = None,
        high: Decimal | None = None,
        cue: _Cue | None = None,
        number_start: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.unit = unit
        self.value = value
        self.low = low
        self.high = high
        self.cue = cue
        self.change_from: Decimal | None = None
        self.change_to: Decimal | None = None
        self.number_start = number_start  # where the (first) number starts, for look-behinds


class _Raw:
    """A number with a unit after it, before ranges and cues are worked out."""

    __slots__ = ("dash_joined", "end", "index", "point_only", "scale", "start", "unit", "value")

    def __init__(
        self,
        start: int,
        end: int,
        value: Decimal,
        unit: PercentUnit,
        *,
        scale: Decimal,
        index: int,
        dash_joined: bool,
        point_only: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.scale = scale
        self.index = index  # position of its number in the region's number list (-1: none)
        self.dash_joined = dash_joined  # its "-" sign is really a range dash ("2.25%-2.50%")
        self.point_only = point_only  # "a quarter-point": kept only under a direction cue


# --------------------------------------------------------------------------
# Public entry points


def find_percentages(text: str) -> list[Percentage]:
    """All percentages in ``text``, read as one region, in text order.

    >>> [(p.text, p.low, p.high) for p in find_percentages("between 2 and 3 per cent")]
    [('2 and 3 per cent', Decimal('2'), Decimal('3'))]

    :raises TypeError: when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_percentages() expects a str, not {type(text).__name__}")
    return list(
        _extract(text, (Span(0, len(text)),), lambda r: tuple(find_numbers(text, r.start, r.end)))
    )


def extract_percentages(doc: Document) -> Iterator[Percentage]:
    """The registered extractor: percentages in the body regions of ``doc``.

    :raises TypeError: when ``doc.text`` is not a ``str``.
    """
    if not isinstance(doc.text, str):
        raise TypeError(f"Document.text must be a str, not {type(doc.text).__name__}")
    return _extract(doc.text, doc.regions(), doc.numbers)


# --------------------------------------------------------------------------
# Extraction


def _extract(
    text: str, regions: Iterable[Span], numbers: Callable[[Span], Sequence[Number]]
) -> Iterator[Percentage]:
    """The percentages of each region; ``numbers(region)`` gives the numbers found in it.

    The numbers are read once per region (and shared with the money
    extractor through :meth:`Document.numbers`); each window takes those
    that lie inside it, which are the ones ``find_numbers`` finds in the
    window alone, since windows start and end at sentence ends or blanks.
    """
    hits = _UnitHits(text)
    starts_at = hits.starts if hits.lowered is not None else None
    if starts_at is not None and not starts_at:
        return  # ASCII text without a unit prefix (most articles): no region to read
    for region in regions:
        if starts_at is not None:  # ASCII text: no unit prefix, no window
            i = bisect.bisect_left(starts_at, region.start)
            if i == len(starts_at) or starts_at[i] >= region.end:
                continue
        found: Sequence[Number] | None = None
        starts: list[int] = []
        for start, end in _windows(text, region.start, region.end, hits):
            if found is None:
                found = numbers(region)
                starts = [n.span.start for n in found]
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end, first)
            inside = [n for n in found[first:last] if n.span.end <= end]
            yield from _window(text, region.start, start, end, inside)


def _windows(text: str, lo: int, hi: int, hits: _UnitHits) -> Iterator[tuple[int, int]]:
    """The sentences of ``[lo, hi)`` that hold a unit spelling (the pre-filter).

    Each starts at most :data:`_WINDOW` characters before its first unit (at a
    sentence end or a blank) and ends at the first sentence end after its last
    unit; they do not overlap, so each character is scanned a bounded number
    of times.
    """
    sentence_end: re.Pattern[str] | regex.Pattern[str]
    blank_re: re.Pattern[str] | regex.Pattern[str]
    if hits.lowered is None:
        sentence_end, blank_re = _SENTENCE_END_RE(), _BLANK_RE()
    else:  # ASCII text: the same patterns with ``re``
        sentence_end, blank_re = _ASCII_SENTENCE_END_RE(), _ASCII_BLANK_RE()
    pos = lo
    while pos < hi:
        hit = hits.search(pos, hi)
        if hit is None:
            return
        hit_start, hit_end = hit
        back = max(pos, hit_start - _WINDOW)
        start = back
        for boundary in sentence_end.finditer(text, back, hit_start):
            start = boundary.end()
        if start == back > pos:  # no sentence end near: start after a blank
            blank = blank_re.search(text, back, hit_start)
            start = hit_start if blank is None else blank.end()
        stop = sentence_end.search(text, hit_end, hi)
        end = hi if stop is None else stop.end()
        yield start, end
        pos = end


class _UnitHits:
    """``_prefilter_re().search(text, pos, hi)``, fast in ASCII text.

    A unit spelling starts only where one of :data:`vocab.UNIT_PREFIXES`
    starts in the lower-cased text, so the case-blind pattern is only
    *anchored* there, in text order: the first position where it matches is
    where the search would have found its leftmost match.  Those places,
    less the ones that the characters after them rule out whatever the end
    of the range, are found once per text by one C-level scan
    (:func:`_unit_starts`) and kept in :attr:`starts`: a range without
    one holds no unit.  One that the character after it rules out within
    the range (:func:`_may_be_unit`) is passed over without calling the
    pattern.
    """

    __slots__ = ("lowered", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        # ``str.lower`` keeps every offset of ASCII text (not of all text).
        self.lowered = text.lower() if text.isascii() else None
        if self.lowered is not None:
            self.starts = _unit_starts(self.lowered)

    def search(self, pos: int, hi: int) -> tuple[int, int] | None:
        """The span of ``_prefilter_re().search(text, pos, hi)``, if it matches."""
        text, lowered = self.text, self.lowered
        pattern = _prefilter_re()
        if lowered is None:
            m = pattern.search(text, pos, hi)
            return None if m is None else m.span()
        starts = self.starts
        for i in range(bisect.bisect_left(starts, pos), len(starts)):
            at = starts[i]
            if at >= hi:
                return None
            # "pct" and "%" with nothing after them that a longer spelling
            # could go on with (the commonest units): no pattern call.  With
            # a gap and a word after them too (measured: of the ~320 pattern
            # calls a pass of the benchmark sample left, nearly all were
            # "pct <word>").
            head = lowered[at : at + 3]
            end = at + 3 if head == "pct" else at + 1 if head[:1] == "%" else hi + 1
            if end <= hi and _unit_ends(lowered, end, hi):
                return at, end
            if _may_be_unit(lowered, at, hi):
                m = pattern.match(text, at, hi)
                if m is not None:
                    return m.span()
        return None


# What may follow a unit prefix in lower-cased ASCII text, from the spellings:
# "per" only "percent(age)" or "per cent" (a blank or a line break); "pc", "pp"
# and "bp" a "t"/"s" ("pct", "ppt", "bps") or the end of the word.
_AFTER_PER: Final = "c \t\r\n"
_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_AFTER_SHORT: Final[dict[str, str]] = {"pc": "t", "pp": "t", "bp": "s"}


_UNIT_STARTS: Final[tuple[tuple[str, str], ...]] = (
    ("%", ""),
    ("pc", ""),
    ("pp", ""),
    ("point", ""),
    ("per", _AFTER_PER),
    ("bp", ""),
    ("basis", "- \t\r\n"),
)
"""Where in lower-cased ASCII text a unit spelling (or the point word) may start,
whatever the end of the range: how it begins (from :data:`vocab.UNIT_PREFIXES`;
"％" is not ASCII) and the characters that may follow that ("" for any): "per"
only before "cent" after at most a few blanks ("per share" not), "basis" only
before a gap.  The tests check the places found against the pre-filter pattern."""
_PER_GAP_CENT_RE = lazy_re("[ \t\r\n]{1,16}c")
"""What must follow "per" where a blank does ("per   cent")."""


def _unit_starts(lowered: str) -> list[int]:
    """The sorted places in lower-cased ASCII text where a unit spelling may start
    (:data:`_UNIT_STARTS`): a ``str.find`` scan per beginning, at C speed (they
    are rare, and no two begin at the same place)."""
    found: list[int] = []
    for prefix, allowed in _UNIT_STARTS:
        at = lowered.find(prefix)
        while at >= 0:
            end = at + len(prefix)
            after = lowered[end : end + 1] if allowed else ""
            if not allowed or (
                after
                and after in allowed
                and (after == "c" or prefix != "per" or _PER_GAP_CENT_RE().match(lowered, end))
            ):
                found.append(at)
            at = lowered.find(prefix, at + 1)
    found.sort()
    return found


def _may_be_unit(lowered: str, at: int, hi: int) -> bool:
    """Whether a unit spelling may start at ``at`` of lower-cased ASCII text
    (``False`` only when the prefilter pattern surely does not match there)."""
    head = lowered[at : at + 5]
    if head[:3] == "per":
        return at + 3 < hi and head[3:4] in _AFTER_PER
    if head[:3] == "bas":
        return head == "basis"
    if head[:3] == "poi":
        return head == "point"
    allowed = _AFTER_SHORT.get(head[:2])
    if allowed is not None and at + 2 < hi:
        after = head[2:3]
        return after == allowed or after not in _WORD_CHARS
    return True


def _window(text: str, lo: int, start: int, hi: int, numbers: list[Number]) -> Iterator[Percentage]:
    """The percentages of one window ``[start, hi)`` of the region starting at ``lo``,
    whose ``numbers`` are given."""
    raws = _raws(text, lo, start, hi, numbers)
    used = {r.index for r in raws}
    items: list[_Item] = []
    floor = start
    for raw in raws:
        item = _combine(text, lo, raw, items=items, numbers=numbers, used=used, floor=floor)
        if item is None:
            continue
        if raw.point_only and (item.cue is None or item.cue.way == "neutral"):
            continue
        items.append(item)
        floor = item.end
    _chain(text, items)
    urls = _urls(text, start, hi) if items else []
    for item in items:
        if any(s < item.end and item.start < e for s, e in urls):
            continue
        yield _build(text, item)


def _urls(text: str, start: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_URL_RE`` in ``[start, hi)``; ASCII text without "://" or
    "www." (any case) has none, which ``str.find`` tells without the pattern."""
    if (
        text.isascii()
        and text.find("://", start, hi) < 0
        and text[start:hi].lower().find("www.") < 0
    ):
        return []
    return [m.span() for m in _URL_RE().finditer(text, start, hi)]


def _raws(text: str, lo: int, window: int, hi: int, numbers: list[Number]) -> list[_Raw]:
    raws: list[_Raw] = []
    last_end = window
    cardinal, gap_chars, unit_firsts = NumberKind.CARDINAL, vocab.UNIT_GAP_CHARS, _UNIT_FIRSTS
    for index, number in enumerate(numbers):
        if number.kind is not cardinal or number.text.lower() in {"a", "an"}:
            continue
        # Most numbers have no unit: that is decided first, before the checks
        # on what comes before the number (which only ever skip it too); the
        # glance of ``_unit_after`` first, without the call.
        pos = number.span.end
        first = text[pos : min(hi, pos + 16)].lstrip(gap_chars)[:1]
        if not number.fraction and first not in unit_firsts:
            continue
        end, unit, point_only = _unit_after(text, number, hi, first)
        if unit is None:
            continue
        start, value, dash_joined = number.span.start, number.value, False
        before = text[start - 1] if start > lo else ""
        if number.text[:1] in _DASHES and (before.isalnum() or before == "%"):
            start, value, dash_joined = start + 1, -value, True
        elif before and _bad_before(before):
            continue
        elif before == "+" and (start - 2 < lo or not text[start - 2].isalnum()):
            start -= 1
        if index and _after_bare_figure(text, numbers[index - 1], number):
            continue  # "9-7/8 3/4 pct", "1986 5 pct": which figure is the percentage?
        if start < last_end:
            continue
        raws.append(
            _Raw(
                start,
                end,
                value,
                unit,
                scale=number.scale,
                index=index,
                dash_joined=dash_joined,
                point_only=point_only,
            )
        )
        last_end = end
    found = len(raws)  # in text order
    raws.extend(_orphans(text, lo, window, hi, raws))
    if len(raws) > found:
        raws.sort(key=lambda r: r.start)
    return raws


def _bad_before(char: str) -> bool:
    """Whether ``char``, right before a number, rules it out (``_BAD_BEFORE_RE``).

    Nearly always a blank or a hyphen: a set look-up instead of a ``regex``
    call (measured: about 570 calls a pass of the benchmark sample, each some
    thousands of instructions)."""
    if char.isascii():
        return char in _BAD_BEFORE_ASCII
    return _BAD_BEFORE_RE().match(char) is not None


def _after_bare_figure(text: str, prev: Number, number: Number) -> bool:
    """Whether ``number`` follows another figure with only blanks between."""
    gap = text[prev.span.end : number.span.start]
    return not prev.words and not number.words and 0 < len(gap) <= 3 and gap.isspace()


def _unit_after(
    text: str, number: Number, hi: int, first: str
) -> tuple[int, PercentUnit | None, bool]:
    """The unit after ``number`` (its end, the unit, whether it is "a quarter-point"),
    given ``first``, the first character after the gap that follows the number."""
    pos = number.span.end
    # "half a point": a link word after the gap, so ``first`` is its first
    # letter (or not ASCII); measured: most fractions are "3/8 pct".
    if number.fraction and (first in _FRACTION_LINK_FIRSTS or not first.isascii()):
        m = _fraction_unit_re().match(text, pos, hi)
        if m is not None:
            return m.end(), _unit_of(m), False
    # A unit begins at the first character after the gap (blanks, a line break
    # or a hyphen); most numbers have none, which a glance at that character says.
    if first and first in vocab.UNIT_FIRST_CHARS:
        quick = _quick_unit(text, pos, hi)
        if quick is not None:
            return quick[0], quick[1], False
        m = _unit_after_re().match(text, pos, hi)
        if m is not None:
            return m.end(), _unit_of(m), False
    if number.fraction and number.words:  # "a quarter-point", not a bond's "3/8 point"
        m = _POINT_RE().match(text, pos, hi)
        if m is not None:
            return m.end(), PercentUnit.PERCENTAGE_POINT, True
    return pos, None, False


# The commonest units right after a number ("%", " pct", " percent", " per cent"),
# lower-cased, by the first character after the number: what ``_unit_after_re``
# matches there when the character after the unit cannot continue any spelling.
_QUICK_UNITS: Final[dict[str, tuple[tuple[str, PercentUnit], ...]]] = {
    "%": (("%", PercentUnit.PERCENT),),
    " ": (
        (" pct", PercentUnit.PERCENT),
        (" percent", PercentUnit.PERCENT),
        (" per cent", PercentUnit.PERCENT),
        (" %", PercentUnit.PERCENT),
    ),
    "\n": (("\npct", PercentUnit.PERCENT),),
}
# After such a unit: a character that ends it for sure (ASCII, not a word
# character, not a gap that "points" or "-point" could follow).
_QUICK_END: Final = frozenset(
    c for c in map(chr, range(128)) if not (c.isalnum() or c == "_" or c in vocab.UNIT_GAP_CHARS)
)
_QUICK_GAP: Final = " \t\r\n"
_UNIT_FIRSTS: Final = frozenset(vocab.UNIT_FIRST_CHARS)
_FRACTION_LINK_FIRSTS: Final = frozenset(
    {
        "",
        *(w[0].lower() for w in vocab.FRACTION_LINKS),
        *(w[0].upper() for w in vocab.FRACTION_LINKS),
    }
)
"""What ``first`` is when ``_fraction_unit_re`` can match, in ASCII: a link
word's first letter in either case, or nothing (a long gap, the end)."""


def _quick_unit(text: str, pos: int, hi: int) -> tuple[int, PercentUnit] | None:
    """The unit right after a number at ``pos`` for the commonest spellings, as
    ``_unit_after_re().match(text, pos, hi)`` reads it; ``None`` when unsure."""
    shapes = _QUICK_UNITS.get(text[pos : pos + 1])
    if shapes is None:
        return None
    for spelling, unit in shapes:
        end = pos + len(spelling)
        if end > hi or text[pos:end].lower() != spelling:
            continue
        return (end, unit) if _unit_ends(text, end, hi) else None
    return None


def _unit_ends(text: str, end: int, hi: int) -> bool:
    """Whether a unit spelling ending at ``end`` ("%", "pct", "percent", "per
    cent") surely goes no further, within ``hi``: nothing follows it, or a
    character that ends it, or a gap and then no "p" of "point(s)"."""
    if end == hi:
        return True
    after = text[end]
    if after in _QUICK_END:
        return True
    if after in _QUICK_GAP:
        # "5 pct points", "5% point": a longer spelling may follow the gap
        rest = text[end : min(hi, end + 16)].lstrip(_QUICK_GAP)[:1]
        return rest != "" and rest not in "pP" and rest.isascii()
    return False


def _unit_of(m: regex.Match[str]) -> PercentUnit:
    name = m.lastgroup  # the unit groups are the only groups (spellings have none)
    if name is not None and name[:1] == "u":
        return _UNITS[int(name[1:])]
    for name, value in m.groupdict().items():  # pragma: no cover - defensive
        if value is not None:
            return _UNITS[int(name[1:])]
    raise AssertionError("unit pattern matched no unit group")  # pragma: no cover


def _orphans(text: str, lo: int, window: int, hi: int, raws: list[_Raw]) -> Iterator[_Raw]:
    """Recognizers-Text's "percent of 10": a clause that is only that."""
    if text.isascii() and text[window:hi].lower().find("per") < 0:
        return  # both orphan words start with "per" (checked by the tests)
    for m in _orphan_re().finditer(text, window, hi):
        if not _at_clause_start(text, lo, m.start()):
            continue
        number = number_at(text, m.end(), hi)
        if number is None or number.kind is not NumberKind.CARDINAL:
            continue
        end = number.span.end
        if _CLAUSE_END_RE().match(text, end, hi) is None:
            continue
        if any(r.start < end and m.start() < r.end for r in raws):
            continue
        yield _Raw(
            m.start(),
            end,
            number.value,
            PercentUnit.PERCENT,
            scale=number.scale,
            index=-1,
            dash_joined=False,
            point_only=False,
        )


def _at_clause_start(text: str, lo: int, pos: int) -> bool:
    """Whether only blanks lie between ``pos`` and a clause start (or ``lo``)."""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j == lo or text[j - 1] in _CLAUSE_OPENERS


def _combine(
    text: str,
    lo: int,
    raw: _Raw,
    *,
    items: list[_Item],
    numbers: list[Number],
    used: set[int],
    floor: int,
) -> _Item | None:
    """Join ``raw`` with what comes right before it into a range or change."""
    prev = items[-1] if items else None
    # "2.25%-2.50%", "between 2% and 3%", "2% to 3%"
    if (
        prev is not None
        and prev.value is not None
        and prev.unit is raw.unit
        and prev.end <= raw.start
        and prev.change_from is None
    ):
        link = _range_link(text, lo, prev.end, raw, prev.number_start)
        if link is not None:
            ascending = prev.value < raw.value
            joins = link != "to" or prev.cue is None
            if ascending and joins:
                items.pop()
                return _Item(
                    prev.start,
                    raw.end,
                    raw.unit,
                    None,
                    low=prev.value,
                    high=raw.value,
                    cue=prev.cue or _right_cue(text, raw.end),
                    number_start=prev.number_start,
                )
    # "2-3%", "between 2 and 3 per cent", "2 to 3 percent", "from 10 to 25 percent"
    bare = _bare_before(text, lo, raw, numbers=numbers, used=used, floor=floor)
    if bare is not None and bare.scale == raw.scale:
        link = _range_link(text, lo, bare.span.end, raw, bare.span.start)
        if link is not None:
            low = bare.value
            # "from" and the cue before the range are looked for only where used.
            cue = None
            if link == "to" and _FROM_BEFORE_RE().search(text, floor, bare.span.start):
                cue = _left_cue(text, floor, bare.span.start)
            if cue is not None:
                item = _Item(raw.start, raw.end, raw.unit, raw.value, number_start=raw.start)
                item.cue = _Cue(cue.way, cue.span, "change")
                item.change_from, item.change_to = low, raw.value
                return item
            if low >= raw.value and link != "to":
                return None  # "a 5-4% vote": a score, not a range
            if low < raw.value:
                return _Item(
                    bare.span.start,
                    raw.end,
                    raw.unit,
                    None,
                    low=low,
                    high=raw.value,
                    cue=_right_cue(text, raw.end)
                    or _amount(_left_cue(text, floor, bare.span.start)),
                    number_start=bare.span.start,
                )
    if raw.dash_joined:
        return None  # "Q3-0.3%" or a descending "5%-4%": no safe reading
    item = _Item(raw.start, raw.end, raw.unit, raw.value, number_start=raw.start)
    item.cue = _right_cue(text, raw.end) or _left_cue(text, floor, raw.start)
    return item


def _amount(cue: _Cue | None) -> _Cue | None:
    return None if cue is None else _Cue(cue.way, cue.span, "amount")


def _bare_before(
    text: str, lo: int, raw: _Raw, *, numbers: list[Number], used: set[int], floor: int
) -> Number | None:
    """The unit-less number just before ``raw`` ("2" in "2-3%"), if plausible."""
    index = raw.index - 1
    if raw.index < 0 or index < 0 or index in used:
        return None
    bare = numbers[index]
    if bare.span.start < floor or bare.kind is not NumberKind.CARDINAL or bare.fraction:
        return None
    before = text[bare.span.start - 1] if bare.span.start > lo else ""
    if before and _bad_before(before):
        return None
    return bare


def _range_link(text: str, lo: int, left_end: int, raw: _Raw, left_start: int) -> str | None:
    """How the left part joins ``raw``: "dash", "and" (after "between"), "to" or None."""
    if raw.dash_joined and left_end == raw.start - 1:
        return "dash"
    if raw.start - left_end > _LINK_MAX:
        return None  # longer than any link pattern can match
    # In an ASCII gap each pattern needs its dash or word, which ``in`` tells
    # (measured: most of the ~290 pattern calls a pass of the benchmark
    # sample were gaps such as " in January after a "); a lone dash is one.
    gap = text[left_end : raw.start]
    if len(gap) == 1 and gap in _LINK_DASHES:
        return "dash"
    quick = gap.isascii()
    low = gap.lower() if quick else ""
    if (not quick or "-" in gap) and _DASH_LINK_RE().fullmatch(
        text, left_end, raw.start
    ) is not None:
        return "dash"
    if (not quick or "to" in low) and _TO_LINK_RE().fullmatch(
        text, left_end, raw.start
    ) is not None:
        return "to"
    if (
        (not quick or "and" in low)
        and _AND_LINK_RE().fullmatch(text, left_end, raw.start) is not None
        and _BETWEEN_BEFORE_RE().search(text, max(lo, left_start - 12), left_start) is not None
    ):
        return "and"
    return None


def _right_cue(text: str, end: int) -> _Cue | None:
    """A direction noun or comparative right after a mention: "a 25bp cut"."""
    # After the gap comes a modifier or a cue noun; in ASCII that is decided by
    # ``str.startswith`` (for most mentions nothing of the kind follows).
    rest = text[end : end + _RIGHT_CUE_REACH].lstrip(_RIGHT_GAP_CHARS)
    if rest.isascii() and not rest.lower().startswith(_right_cue_heads()):
        return None
    m = _right_cue_re().match(text, end)
    if m is None:
        return None
    way = "up" if m.group("up") is not None else "down"
    return _Cue(way, _span(*m.span(way)), "amount")


def _left_cue(text: str, floor: int, pos: int) -> _Cue | None:
    """The nearest direction cue before ``pos`` in the same clause, if it governs."""
    lo = max(floor, pos - _WINDOW)
    last: regex.Match[str] | None
    if text.isascii():
        # No word that can begin a cue in the whole reach: none after the last
        # clause boundary either (a boundary never ends inside a word).
        reach, origin = text[lo:pos].lower(), lo
        first = _cue_word_re().search(reach)
        if first is None:
            return None
        # Clause boundaries and cue words are looked for from the first cue
        # word on: no boundary holds a letter, so the scan finds the same ones
        # there as from ``lo``, and one ending before that word leaves every
        # cue word after it.
        lo = origin + first.start()
        for ascii_boundary in _ASCII_BOUNDARY_RE().finditer(text, lo, pos):
            lo = ascii_boundary.end()
        last = _nearest_ascii_cue(text, reach, origin, lo, pos)
    else:
        for boundary in _BOUNDARY_RE().finditer(text, lo, pos):
            lo = boundary.end()
        last = _nearest_left_cue(text, lo, pos)
    if last is None:
        return None
    gap = text[last.end() : pos]
    # The cue groups are the pattern's only groups: the one that took part is the last.
    name = last.lastgroup or next(k for k, v in last.groupdict().items() if v is not None)
    span = _span(*last.span(name))
    if name == "adv_up" and _adverb_gap_re().match(gap) is None:
        return None
    if name == "adv_down" and _adverb_down_gap_re().match(gap) is None:
        return None
    words = [w.strip(_STRIP).lower() for w in gap.split()]
    if len(words) > vocab.GAP_WORDS_MAX or any(w in _BREAKERS for w in words):
        return None
    if words and words[0] in _NOT_AFTER_CUE:
        return None
    return _Cue(name.removeprefix("adv_"), span, _role(gap))


def _role(gap: str) -> str:
    """The role of a mention after the ``gap`` that follows its cue: "from"
    ("rose from 5%"), "to" ("rose to 5%") or "amount" ("rose 5%").

    ``_role_re`` needs "from" or "to": in an ASCII gap ``in`` tells (measured:
    most gaps are a blank or "by", ~110 pattern calls a pass of the sample)."""
    if gap.isascii():
        low = gap.lower()
        if "to" not in low and "from" not in low:
            return "amount"
    role = _role_re().search(gap)
    return "amount" if role is None else ("from" if role.group("from") else "to")


def _chain(text: str, items: list[_Item]) -> None:
    """Carry a cue along "A% to B%" / "to A% from B%" and pair the two ends."""
    for prev, item in itertools.pairwise(items):
        if prev.value is None or item.value is None or prev.unit is not item.unit:
            continue
        if prev.cue is None:
            continue
        gap = text[prev.end : item.start].lower()
        if "to" not in gap and "from" not in gap:
            continue  # the link pattern needs one of them
        m = _chain_link_re().match(text, prev.end, item.start)
        if m is None:
            continue
        link = m.group("link").lower()
        if item.cue is None:
            item.cue = _Cue(prev.cue.way, prev.cue.span, link)
        if item.cue.span != prev.cue.span:
            continue
        if prev.cue.role == "from" and link == "to":
            prev.change_from = item.change_from = prev.value
            prev.change_to = item.change_to = item.value
        elif prev.cue.role == "to" and link == "from":
            prev.change_from = item.change_from = item.value
            prev.change_to = item.change_to = prev.value


_DIRECTIONS: Final[dict[str, Direction]] = {d.value: d for d in Direction}


def _build(text: str, item: _Item) -> Percentage:
    cue = item.cue
    change_from, change_to = item.change_from, item.change_to
    if cue is not None and item.value is not None and change_from is None and change_to is None:
        if cue.role == "from":
            change_from = item.value
        elif cue.role == "to":
            change_to = item.value
    direction, direction_span = Direction.NONE, None
    if cue is not None:
        way = cue.way
        if way == "neutral":
            way = "none"
            if change_from is not None and change_to is not None and change_from != change_to:
                way = "up" if change_to > change_from else "down"
        direction = _DIRECTIONS[way]
        if direction is not Direction.NONE:
            direction_span = cue.span
    return _percentage(
        text[item.start : item.end],
        _span(item.start, item.end),
        value=item.value,
        low=item.low,
        high=item.high,
        unit=item.unit,
        direction=direction,
        direction_span=direction_span,
        change_from=change_from,
        change_to=change_to,
    )
