"""The shared number grammar: every number in English news, with exact offsets.

:func:`find_numbers` lists the numbers of a text, :func:`number_at` reads the
one that starts at a given offset (the money parser calls it right after a
currency sign: ``"$375bn"`` gives ``375bn`` = 375e9) and :func:`parse_number`
reads a string that is one number.  Each result is a :class:`Number` whose
``text`` is the exact slice ``source[span.start:span.end]``.

>>> [(n.text, str(n.value)) for n in find_numbers("GDP of $1.5 trillion, up a quarter")]
[('1.5 trillion', '1500000000000'), ('a quarter', '0.25')]

What is a number
----------------
* Digits: ``12``, ``1,234.5`` (groups of three), ``.5``, ``0.25``; a sign
  ``-``/``+``/``−`` (U+2212) or the word ``minus``/``negative`` before it.
  Indian grouping (``1,05,000``) is accepted only before ``lakh``/``crore`` or
  right after a rupee marker (``Rs``, ``INR``, ``₹``); other malformed groupings
  (``1,23,4``, ``1.234,5``) yield nothing for the whole token.
* Fractions: ``1/2`` when ``0 < a < b`` and ``b`` is a usual denominator (2, 3,
  4, 5, 6, 8, 10, 16, 32, 64, 100): ``24/7``, ``9/11``, ``12/31``, ``50/50`` and
  ``3/4/2019`` yield nothing.  ``½``-style characters, alone or after a whole
  number (``1½``, ``1 ½``); ``2 1/2`` when the whole number has at most three
  digits.
* Words: the English cardinals (``twenty-five``, ``twenty five``, ``one hundred
  and five``, ``a hundred``, ``two million three hundred thousand``), ``a
  dozen``/``two dozen`` (``dozens`` is not a number), ``half`` and ``a half``,
  ``a quarter``, ``one third``, ``two-thirds``, ``one and a half``, ``half a
  billion``, ``three-quarters of a million``.  ``a``/``an`` alone is never a
  number, nor is a bare scale word (``millions``, ``hundreds``), nor a bare
  ``quarter``.  ``one`` as a pronoun is read as 1: consumers only use numbers
  next to units.
* Scales belong to the number: glued (``3.2m``, ``375bn``, ``25k``, ``5b``) or
  after one space or hyphen (``1.5 trillion``, ``25.3 mln``, ``$5-billion``; a
  line break with its indentation counts as the space).  The single letters
  ``k``/``m``/``b`` are scales only when glued (``3 m`` is probably metres).
  ``lakh crore`` (and ``thousand crore``) is one multiplier.  ``scale`` and
  ``scale_span`` are set when one scale multiplies the whole numeral
  (``five hundred thousand``); a spelt number with several scales (``two
  million three hundred thousand``) reports scale 1.
* Ordinals (kind ``ORDINAL``, value = the rank): ``1st``, ``21st``,
  ``1,000th``, ``third``, ``twenty-first``, ``one hundred and third``.  A bare
  ordinal word is always an ordinal (``second`` is 2, even "a second");
  ``one third``, ``two thirds`` and ``a third`` are fractions, except that
  ``a third`` followed by a cue such as ``straight``/``consecutive``/``month``
  is the ordinal ``third`` (``for a third straight month``).  ``a quarter``
  is 0.25 unless followed by a period cue (``a quarter earlier`` yields
  nothing).  Spaced ``three quarters`` counts
  periods in economic news, so it is 0.75 only when hyphenated, followed by
  ``of`` (and not preceded by ``first``/``last``/``past`` ...) or when it is the
  whole input; otherwise only ``three`` is a number.  Bare ``half`` is 0.5, so
  "the first half" gives the ordinal 1 and the fraction 0.5.
* ``fraction`` is true whenever a fraction is part of the numeral (``½``,
  ``1/2``, ``2 1/2``, ``one and a half million``, ``half a dozen``).  ``words``
  is true when the numeral is spelt out (``five``, ``a million``); digits with
  a scale word (``1.5 trillion``) have ``words=False``.

What is not a number
--------------------
* Digits glued to letters (``G20``, ``A320``, ``MP3``, ``76ers``, ``3D``,
  ``4G``, ``1990s``), except currency prefixes (``Rs5``, ``USD5bn``), unit
  suffixes (``5pc``, ``50bp``, ``3x``, ``5pm``) and the scales above; glued
  names such as ``3M`` unless a currency sign precedes them.
* ``letters-digits`` identifiers (``COVID-19``, ``F-16``) unless the letters are
  a prefix such as ``mid``/``pre``/``post`` (``mid-2019`` is 2019).
* Numbers after a designator word (``Boeing 737``, ``Section 301``, ``No. 1``,
  ``S&P 500``, ``Form 10-K``), together with any glued continuation
  (``737-800``).
* Phone numbers and similar digit strings (``555-1234``, ``020 7946 0958``,
  ``+44 20 7946 0958``, ``1-800-555-1234``), version and IP strings
  (``1.2.3``), dotted or hyphenated dates (``12.03.2019``, ``2019-03-12``)
  and clock times (``10:30``).
* Years are numbers (``2019`` is CARDINAL 2019); consumers decide.

Values are exact :class:`~decimal.Decimal` (trailing zeros removed, integers
without exponent).  Non-terminating fractions (``⅓``, ``two-thirds``) and
results beyond 34 significant digits are rounded to 34 significant digits.

Offsets and context
-------------------
Spans index the text passed in.  :func:`find_numbers` reads the characters
before ``start`` as context (so a region boundary never turns ``G20`` into
20) but nothing at or after ``end``.  :func:`number_at` trusts its caller
about the left context: it skips the glued-left, hyphen and designator checks
(``number_at("USD20", 3)`` and ``number_at("G20", 1)`` both give 20).

Speed and linear time
---------------------
A pre-check finds the candidate positions: digits (one character-class
search) and the words that can begin a spelt number (one scan of the
lower-cased text for a trie of a few dozen trigger words, see
:func:`_triggers`, at C speed).  Only there are the
two patterns matched: :func:`_digit_pattern` for digit numbers and junk digit
strings, :func:`_word_pattern` for a chain of number words.  Both are built
from the tables of :mod:`econparse._numwords` as tries (longest word first,
one branch per character).  The digit pattern runs on the standard library
engine, which has possessive quantifiers since Python 3.11 and is several
times cheaper per call (its words are spelt with explicit case classes rather
than IGNORECASE, which lets the engine leave a failing branch at once); the
word pattern needs ``regex`` for its repeated captures.  Every repetition in
them is possessive (``++``, ``*+``, ``{2,}+``), so the engine never re-enters
a repetition it has left; the only backtracking is among a bounded number
of alternatives at each position.  A digit run or a chain of number words is matched once, as a
whole, and scanning resumes after it, so no character is read by more than a
constant number of attempts.  The words of a chain are then parsed by a small
hand-written grammar over the tokens the match captured, whose look-ahead
past what it consumes is bounded: the whole pass is linear in the input.
Shortcuts skip most of that work in news text, each pinned to the general
reading by a test: an unsigned run of digits followed by punctuation, a word
or a spaced scale ("1.19 dlrs", "807,000,", "5.2 mln") is read from the
digit search's own match without the digit pattern (:func:`_digits_at`;
other digit runs are read from the digit match's groups by
:func:`_plain_number` when plain, its values remembered for repeated
numerals), the ASCII trigger scan runs on bytes whose non-word characters
are blanked (a literal-led pattern, :func:`_triggers_in`), and a
number word alone in ASCII text ("one", "first") from a table without the word
pattern (:func:`_lone_word`), which also rules out triggers that begin no
number word ("tender").
"""

from __future__ import annotations

import decimal
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

import attrs

from econparse import _numwords as nw
from econparse._numbers_types import Number, NumberKind
from econparse._patterns import (
    IGNORECASE,
    LOOKALIKES,
    VERBOSE,
    compile_regex,
    escape_regex,
    lazy_re,
    lazy_regex,
    table_key,
)
from econparse.span import Span, _span, _unchecked

if TYPE_CHECKING:
    import regex

__all__ = ["Number", "NumberKind", "find_numbers", "number_at", "parse_number"]


#: ``Number(...)`` without its checks, for the grammar's own results (see
#: :func:`econparse.span._unchecked`).
_number = _unchecked(Number)


# --------------------------------------------------------------------------
# Arithmetic

_CTX: Final = decimal.Context(
    prec=34,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero],
)
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
_HALF: Final = Decimal("0.5")


def _canonical(value: Decimal) -> Decimal:
    """``value`` without trailing zeros, integers written without exponent."""
    if not value:
        return _ZERO
    if value == value.to_integral_value():
        # An integer with exponent 0 comes back equal and with exponent 0.
        try:
            return value.quantize(_ONE, context=_CTX)
        except decimal.InvalidOperation:  # more digits than the context holds
            return value
    return value.normalize(_CTX)


def _ratio(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    return _CTX.divide(Decimal(numerator), Decimal(denominator))


# --------------------------------------------------------------------------
# Vocabulary derived from the tables

_SCALE_VALUES: Final[dict[str, Decimal]] = {
    **nw.SCALE_WORDS,
    **nw.SPACED_SCALE_ABBREVIATIONS,
    **nw.GLUED_ONLY_SCALES,
}
_SINGULAR_SCALE: Final[dict[str, str]] = {
    word: word[:-1] if word.endswith("s") and word[:-1] in nw.SCALE_WORDS else word
    for word in _SCALE_VALUES
}
_COMBINATIONS: Final = frozenset(nw.SCALE_COMBINATIONS)
_PLURAL_SCALES: Final = frozenset(w for w, s in _SINGULAR_SCALE.items() if w != s)

# Token categories of the word grammar.
_UNIT, _TEEN, _TENS, _HUNDRED, _SCALE, _ORD, _ORDDEN, _DEN, _DENP = range(9)
_DOZEN, _ART, _AND, _OF, _SIGN = range(9, 14)

_WORD_CATEGORY: Final[dict[str, tuple[int, Decimal]]] = {}
for _cat, _tbl in (
    (_UNIT, nw.UNIT_WORDS),
    (_TEEN, nw.TEEN_WORDS),
    (_TENS, nw.TENS_WORDS),
    (_SCALE, nw.SCALE_WORDS),
    (_SCALE, nw.SPACED_SCALE_ABBREVIATIONS),
    (_ORD, nw.ORDINAL_WORDS),
    (_DENP, nw.PLURAL_DENOMINATORS),
):
    for _word, _value in _tbl.items():
        _WORD_CATEGORY[_word] = (_cat, _value)
for _word, _value in nw.DENOMINATORS.items():
    # "third" ... "tenth" are ordinals and denominators; "half", "quarter" only the latter.
    _WORD_CATEGORY[_word] = (_ORDDEN if _word in nw.ORDINAL_WORDS else _DEN, _value)
_WORD_CATEGORY[nw.HUNDRED_WORD] = (_HUNDRED, Decimal(100))
_WORD_CATEGORY[nw.DOZEN_WORD] = (_DOZEN, nw.DOZEN_VALUE)
for _cat, _words in (
    (_ART, nw.ARTICLE_WORDS),
    (_SIGN, nw.SIGN_WORDS),
    (_AND, {"and"}),
    (_OF, {"of"}),
):
    for _word in _words:
        _WORD_CATEGORY[_word] = (_cat, _ZERO)

_DESIGNATORS_LOWER: Final = frozenset(w.lower() for w in nw.DESIGNATORS)
#: The last two characters (before a final dot), lower-cased, of every designator.
_DESIGNATOR_TAILS: Final = frozenset(
    w.rstrip(".")[-2:].lower() for w in (*nw.DESIGNATORS, *nw.CASED_DESIGNATORS)
)
_UNIT_SUFFIXES: Final = frozenset(w.lower() for w in nw.GLUED_UNIT_SUFFIXES)
_VULGAR: Final[dict[str, tuple[int, int]]] = dict(nw.VULGAR_FRACTIONS)


# --------------------------------------------------------------------------
# The scanner


def _alternation(words: Iterable[str], escape: Callable[[str], str] = escape_regex) -> str:
    """A regex matching any of ``words``, factored as a trie so that the engine
    never tries more than one branch per character; a longer word is tried
    before any word it extends ("mln" before "m").  ``escape`` spells one
    character (:func:`_caseless` for a pattern compiled without IGNORECASE)."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, escape)


def _trie_pattern(node: dict[str, Any], escape: Callable[[str], str] = escape_regex) -> str:
    branches = [escape(char) + _trie_pattern(node[char], escape) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _combination_pattern(sep: str, escape: Callable[[str], str] = escape_regex) -> str:
    parts = []
    for first, second in nw.SCALE_COMBINATIONS:
        head = "".join(escape(char) for char in first)
        tail = "".join(escape(char) for char in second)
        parts.append(f"{head}{escape('s')}?+{sep}{tail}{escape('s')}?+")
    return "(?:" + "|".join(parts) + ")"


#: The characters other than ``x`` and ``X`` that the standard library engine
#: matches to an ASCII letter ``x`` under IGNORECASE (checked by a test over
#: every code point).
_EXTRA_FOLDS: Final = {
    letter: "".join(other for other, ascii in LOOKALIKES.items() if ascii.lower() == letter)
    for letter in sorted({ascii.lower() for ascii in LOOKALIKES.values()})
}


def _caseless(char: str) -> str:
    """``char`` as a class of what matches it under IGNORECASE, for a pattern
    compiled without the flag: the engine then skips a branch whose first
    class fails at C speed, where a branch of IGNORECASE literals is entered
    and left one at a time (several times slower for the scale tries)."""
    if char.isascii() and char.isalpha():
        lower = char.lower()
        return f"[{lower}{lower.upper()}{_EXTRA_FOLDS.get(lower, '')}]"
    return escape_regex(char)


_HS: Final = r"[ \t\u00a0\u202f]"
# One "space": horizontal blanks with at most one line break (wire copy wraps).
_SP: Final = rf"(?:{_HS}++(?:\r?\n{_HS}*+)?+|\r?\n{_HS}*+)"
_HY: Final = r"[-\u2010\u2011]"
_SEP: Final = rf"(?:{_SP}|{_HY})"
_END: Final = r"(?!\w)"
_VULGAR_CLASS: Final = "[" + "".join(sorted(_VULGAR)) + "]"
_SIGNS: Final = _alternation(nw.SIGN_WORDS)

# Digit strings that are not quantities.  The look-ahead keeps the common case
# cheap: it holds what every alternative begins with (a plus, a leading zero,
# two dots, a hyphen then a digit, a colon), so a decimal ("1.20") or a plain
# number skips them all at once.
_SKIP_GUARD: Final = r"(?=\+|0[0-9]|[0-9]++(?:\.[0-9]++\.|-[0-9]|:))"
_SKIP: Final = (
    r"""
(?P<skip>
    """
    + _SKIP_GUARD
    + r"""
    (?:
        (?<!\w)\+[0-9]{1,3}(?:[ .\-][0-9]{1,4}){2,}+      # +44 20 7946 0958
      | (?<![\d_])(?:
            [0-9]++(?:\.[0-9]++){2,}+                 # 1.2.3, 192.168.0.1, 12.03.2019
          | [0-9]++(?:-[0-9]++){2,}+                  # 1-800-555-1234, 2019-03-12
          | [0-9]{3}-[0-9]{4}(?![0-9])              # 555-1234
          | 0[0-9]++(?:[ .][0-9]{2,}+)++              # 020 7946 0958
          | [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+(?![0-9])   # 10:30
        )
    )
)"""
)


def _initials(words: Iterable[str], escape: Callable[[str], str]) -> str:
    """A look-ahead for the first characters of ``words`` (spelt by ``escape``):
    put before a trie, it lets the engine leave at once where no word starts
    (one class test instead of one per branch)."""
    return "(?=[" + "".join(sorted({escape(word[0]).strip("[]") for word in words})) + "])"


def _scales(escape: Callable[[str], str], glued: bool) -> str:
    """The scale words (glued: also the glued-only ones), behind their initials."""
    words = [*nw.SCALE_WORDS, *nw.SPACED_SCALE_ABBREVIATIONS]
    if glued:
        words += nw.GLUED_ONLY_SCALES
    initials = _initials([*words, *(first for first, _ in nw.SCALE_COMBINATIONS)], escape)
    return (
        initials
        + "(?:"
        + _combination_pattern(_SEP, escape)
        + "|"
        + _alternation(words, escape)
        + ")"
    )


def _spaced_scale_source(escape: Callable[[str], str]) -> str:
    """A scale after one space or hyphen ("5.2 mln", "$5-billion"), as the digit
    pattern reads it after a number, its words spelt by ``escape``."""
    return rf"(?P<ssep>{_SEP})(?P<sscale>{_scales(escape, glued=False)}){_END}"


def _digits_source(escape: Callable[[str], str]) -> str:
    """The digit pattern (numbers, then strings to skip), its words spelt by ``escape``."""
    suffixes = nw.ORDINAL_SUFFIXES
    return (
        _SKIP
        + "|"
        + rf"""
(?P<d>
    (?:(?P<wsign>\b{_alternation(nw.SIGN_WORDS, escape)}){_SP})?+
    (?P<dsign>(?<![\w.,/+\-\u2010\u2011\u2212])[-+\u2212])?+
    (?:
        (?P<blob>(?:(?<![\d_])[0-9]++|(?<![\d_.])\.[0-9]++)(?:[.,][0-9]++)*+)
        (?:
            (?P<slash>/[0-9]++(?:/[0-9]++)*+)
          | (?P<mixed>{_HS}[0-9]{{1,2}}/[0-9]{{1,3}}(?![0-9/])|{_HS}?+{_VULGAR_CLASS})
        )?+
      | (?P<vulgar>(?<![\d_]){_VULGAR_CLASS})
    )
    (?:
        (?P<gscale>{_scales(escape, glued=True)}){_END}
      | {_spaced_scale_source(escape)}
      | (?P<ord>{_initials(suffixes, escape)}{_alternation(suffixes, escape)}){_END}
    )?
)"""
    )


_A_FOLLOWERS: Final = _alternation(
    [
        nw.HUNDRED_WORD,
        nw.DOZEN_WORD,
        *(w for w in nw.SCALE_WORDS if w not in _PLURAL_SCALES),
        *nw.DENOMINATORS,
    ]
)
_NUMERAL_STARTS: Final = _alternation(
    [*nw.UNIT_WORDS, *nw.TEEN_WORDS, *nw.TENS_WORDS, *nw.ORDINAL_WORDS, "half"]
)
_CHAIN_WORDS: Final = _alternation(w for w in _WORD_CATEGORY if w not in nw.SIGN_WORDS)

_WORDS: Final = rf"""
\b(?P<tok>
    {_SIGNS}(?={_SP}(?:{_NUMERAL_STARTS}|an?{_SEP}{_A_FOLLOWERS})\b)
  | an?(?={_SEP}{_A_FOLLOWERS}\b)
  | {_NUMERAL_STARTS}
)\b
(?:{_SEP}(?P<tok>{_CHAIN_WORDS})\b)*+
"""


#: Digit numbers and the digit strings to skip, matched where a candidate
#: starts.  The standard library engine is enough here (possessive
#: quantifiers exist since Python 3.11) and is several times faster per call.
#: No IGNORECASE: its words are spelt with :func:`_caseless` classes, which
#: match the same characters and let the engine skip a failing branch of the
#: scale tries at once (about twice as fast per number).
@functools.cache
def _digit_pattern() -> re.Pattern[str]:
    return re.compile(_digits_source(_caseless), re.VERBOSE)


#: A chain of number words; ``regex`` keeps every repetition's capture, so the
#: chain's tokens and their spans come out of one match.
@functools.cache
def _word_pattern() -> regex.Pattern[str]:
    return compile_regex(_WORDS, IGNORECASE | VERBOSE)


_WESTERN = lazy_re(r"[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?+")
_INDIAN = lazy_re(r"[0-9]{1,2}(?:,[0-9]{2}(?=,))++,[0-9]{3}(?:\.[0-9]++)?+")
_GLUED_TAIL = lazy_re(r"(?:\w++|[-/.\u2010\u2011](?=\w))*+")
_NEXT_WORD = lazy_regex(rf"{_SEP}?+(\p{{L}}{{1,40}}+)")
_BLANK_RUN = lazy_re(r"\s*+")
_SCALE_PARTS = lazy_re(r"[\W_]+")
_HYPHENS: Final = frozenset("-\u2010\u2011")
_ASCII_DIGITS: Final = frozenset("0123456789")
_BLANKS: Final = frozenset(" \t\u00a0\u202f")
_SIGN_CHARS: Final = frozenset("-+\u2212")
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SIGN_WORD_BEFORE = lazy_re(rf"(?i)\b{_SIGNS}{_SP}\Z")


@functools.cache
def _word_prefix_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_SIGNS}{_SP})?+(?:an?{_SEP})?+\Z")


_SIGN_WORD_ENDINGS: Final = tuple(sorted(nw.SIGN_WORDS))
#: Where a digit number may start, and in that case the run of digits, commas
#: and dots it begins (the ``blob`` of :func:`_digit_pattern`; a vulgar
#: fraction character comes with the digits glued after it, unread).  One
#: class first, so that the engine skips ahead at C speed.
_DIGIT_START = lazy_re("[0-9" + "".join(sorted(_VULGAR)) + "][0-9]*+(?:[.,][0-9]++)*+")
#: A spaced scale after a blob, as :func:`_digit_pattern` reads it (see :func:`_digits_at`).
_SPACED_SCALE = lazy_re(_spaced_scale_source(_caseless))


def _triggers() -> tuple[str, ...]:
    """What the pre-check looks for: each word that can begin a chain of number
    words, directly or after "a"/"minus" (plurals and connectives cannot),
    except those another trigger is a prefix of ("seven" finds "seventy")."""
    words = {
        w
        for w, (cat, _) in _WORD_CATEGORY.items()
        if cat in (_UNIT, _TEEN, _TENS, _HUNDRED, _ORD, _ORDDEN, _DEN, _DOZEN)
        or (cat == _SCALE and w in nw.SCALE_WORDS and w not in _PLURAL_SCALES)
    }
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


_TRIGGERS: Final = _triggers()
#: Every start of a word (of the lower-cased text) with a trigger at its
#: start: only there can a number word begin.  ``\b`` before the trie of
#: :data:`_TRIGGERS` scans about 30% faster than a look-ahead at every position.
_TRIGGER_RE = lazy_re(f"\\b(?:{_alternation(_TRIGGERS)})")
#: Every ASCII byte that is not a word character (``[^A-Za-z0-9_]``) as a
#: space, the others as they are (a ``bytes.translate`` table).
_BLANK_NON_WORD: Final = bytes(
    c if c > 127 or chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(256)
)


@functools.cache
def _trigger_after_re() -> re.Pattern[bytes]:
    """The triggers after a space, in lower-cased ASCII text whose non-word
    characters are blanked (see :func:`_triggers_in`)."""
    return re.compile(b" (?:" + _alternation(_TRIGGERS).encode("ascii") + b")")


_TRIGGER_AT_RE = lazy_re(_alternation(_TRIGGERS))


# --------------------------------------------------------------------------
# Context helpers


def _glued_end(text: str, pos: int, limit: int) -> int:
    """End of the identifier-like run glued to ``pos`` ("-800" in "737-800")."""
    match = _GLUED_TAIL().match(text, pos, limit)
    return match.end() if match else pos


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _letters_before(text: str, pos: int) -> str:
    """The run of letters (and ``&``, for "S&P") that ends at ``pos``."""
    start = pos
    while start > 0 and pos - start < 40 and (text[start - 1].isalpha() or text[start - 1] == "&"):
        start -= 1
    return text[start:pos]


def _word_before(text: str, pos: int) -> tuple[str, bool]:
    """The word before ``pos`` across at most two blanks, and whether a dot follows it."""
    i = pos
    while i > 0 and pos - i < 2 and text[i - 1] in _BLANKS:
        i -= 1
    dotted = i > 0 and text[i - 1] == "."
    if dotted:
        i -= 1
    return _letters_before(text, i), dotted


def _designated(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` follows a designator ("Section 301", "No. 1")."""
    i = pos
    while i > 0 and pos - i < 2 and text[i - 1] in _BLANKS:
        i -= 1
    dotted = i > 0 and text[i - 1] == "."
    if dotted:
        i -= 1
    elif i == pos:
        return False  # glued: the glued-left rule decides
    if i < 2 or not text[i - 1].isalpha() or text[i - 2 : i].lower() not in _DESIGNATOR_TAILS:
        return False  # every designator has two letters or more: its last two must match
    word = _letters_before(text, i)
    return (
        word.lower() in _DESIGNATORS_LOWER
        or word in nw.CASED_DESIGNATORS
        or (dotted and word + "." in nw.CASED_DESIGNATORS)
    )


def _rupee_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 6) : pos].rstrip()
    return window.endswith(nw.RUPEE_MARKERS)


def _next_word(text: str, pos: int, limit: int) -> str | None:
    match = _NEXT_WORD().match(text, pos, limit)
    return match.group(1).lower() if match else None


def _region_end(text: str, pos: int, limit: int) -> bool:
    """Whether only blanks remain between ``pos`` and ``limit``."""
    blanks = _BLANK_RUN().match(text, pos, limit)
    return blanks is not None and blanks.end() == limit


def _word_triggers(text: str, lo: int, hi: int) -> list[int]:
    """Sorted offsets in ``text[lo:hi]`` where a trigger word occurs (pre-check).

    One scan of the lower-cased region with the trie of the few dozen
    trigger words is much faster than letting the full pattern try every
    position; the pattern is then matched only where a digit or a trigger
    word is.  The region's first word may continue a word that began before
    the region: the caller checks the character before every trigger.
    """
    return _triggers_in(_lower_region(text, lo, hi), lo)


def _lower_region(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` lower-cased, with the offsets of ``text[lo:hi]``."""
    segment = text[lo:hi]
    lower = segment.lower()
    if len(lower) != len(segment):  # a few characters lower to two; keep offsets
        lower = segment.translate(_ASCII_LOWER)
    return lower


def _triggers_in(lower: str, lo: int) -> list[int]:
    """:func:`_word_triggers` of the region ``lower`` (lower-cased) that starts at ``lo``.

    In ASCII text the ``\\b`` before a trigger is a non-word character
    (``[^A-Za-z0-9_]``) or the start of the region.  With those characters
    blanked (one ``bytes.translate``), a pattern that begins with a literal
    space lets the engine skip ahead at C speed, several times faster per
    character than a class, instead of trying the trie at every position.
    """
    if not lower.isascii():
        return [lo + hit.start() for hit in _TRIGGER_RE().finditer(lower)]
    blanked = lower.encode("ascii").translate(_BLANK_NON_WORD)
    found = [lo + hit.start() + 1 for hit in _trigger_after_re().finditer(blanked)]
    if _TRIGGER_AT_RE().match(lower):
        found.insert(0, lo)
    return found


def _has_sign_word(lower: str) -> bool:
    """Whether a sign word ("minus") occurs in the lower-cased region ``lower``.

    Without one, no slice of the region lower-cases to text that ends with a
    sign word (only ``İ`` and the Kelvin sign lower-case to ASCII letters
    outside ASCII, and neither spells a sign word), so :func:`_digit_backup`
    need not look for one.
    """
    for word in _SIGN_WORD_ENDINGS:  # noqa: SIM110 (two words: a loop beats a generator)
        if word in lower:
            return True
    return False


_PREFIX_WORDS: Final = frozenset({*nw.ARTICLE_WORDS, *nw.SIGN_WORDS})
#: The characters before a digit that :func:`_digit_backup` may move back over
#: (besides the white space before a sign word).
_BACKUP_CHARS: Final = frozenset({".", *_SIGN_CHARS})
_SEPARATOR_CHARS: Final = frozenset(" \t\u00a0\u202f\r\n-\u2010\u2011")


def _may_have_prefix(text: str, pos: int, floor: int) -> bool:
    """False when :func:`_word_prefix_before` can only match empty at ``pos``.

    A non-empty match ends with a separator after "a", "an" or a sign word, so
    the run of letters before the separators that end at ``pos`` must be one of
    those words (``str`` tests on ASCII; anything else goes to the pattern).
    """
    j = pos
    low = max(floor, pos - 32)
    while j > low and text[j - 1] in _SEPARATOR_CHARS:
        j -= 1
    k = j
    while k > low and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    if not text[k:pos].isascii():
        return True
    return word.lower() in _PREFIX_WORDS


def _digit_backup(text: str, pos: int, floor: int, sign_words: bool = True) -> int:
    """Where a number whose first digit is at ``pos`` may start: its sign, "minus", ".".

    ``sign_words=False`` tells that no sign word occurs in ``text[floor:pos]``.
    """
    start = pos
    if start > floor and text[start - 1] == ".":
        start -= 1
    if start > floor:
        prev = text[start - 1]
        if prev in _SIGN_CHARS:
            return start - 1
        if (
            sign_words
            and prev.isspace()
            and text[max(floor, start - 16) : start].rstrip().lower().endswith(_SIGN_WORD_ENDINGS)
        ):
            found = _SIGN_WORD_BEFORE().search(text, max(floor, start - 24), start)
            if found is not None:
                return found.start()
    return start


def _word_backup(text: str, pos: int, floor: int) -> int:
    """Where a number whose first number word is at ``pos`` may start ("minus", "a")."""
    if pos > floor and (text[pos - 1].isspace() or text[pos - 1] in _HYPHENS):
        if not _may_have_prefix(text, pos, floor):
            return pos
        found = _word_prefix_before().search(text, max(floor, pos - 32), pos)
        if found is not None:
            return found.start()
    return pos


# --------------------------------------------------------------------------
# Digit numbers


def _make(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    *,
    kind: NumberKind = NumberKind.CARDINAL,
    scale: Decimal = _ONE,
    scale_span: Span | None = None,
    words: bool,
    fraction: bool,
) -> Number:
    """Build a :class:`Number`; ``scale`` must already be canonical."""
    return _number(
        text[start:end],
        _span(start, end),
        _canonical(value),
        kind,
        scale,
        scale_span,
        words,
        fraction,
    )


def _simple_fraction(numerator: str, denominator: str) -> Decimal | None:
    num, den = int(numerator), int(denominator)
    if 0 < num < den and den in nw.FRACTION_DENOMINATORS:
        return _ratio(num, den)
    return None


def _mixed_part(whole: str, mixed: str) -> Decimal | None:
    """The fraction of a mixed number ("2 1/2", "1½"), or None if it is not one."""
    if not whole.isdigit() or len(whole) > 3:
        return None
    tail = mixed.strip(" \t\u00a0\u202f")
    if tail in _VULGAR:
        return _ratio(*_VULGAR[tail])
    numerator, denominator = tail.split("/")
    return _simple_fraction(numerator, denominator)


def _blob_value(blob: str) -> Decimal | None:
    """Value of a run of digits, commas and dots, or None if it is malformed."""
    if blob.isdigit():
        return Decimal(blob)
    if "," not in blob:
        return Decimal(blob) if blob.count(".") == 1 else None
    if _WESTERN().fullmatch(blob) or _INDIAN().fullmatch(blob):
        return Decimal(blob.replace(",", ""))
    return None


#: The groups of :func:`_digit_pattern`, in order (``match.groups()`` unpacks
#: several times faster than ``match.group(*names)``; a test pins the order).
_DIGIT_GROUPS: Final = (
    "skip",
    "d",
    "wsign",
    "dsign",
    "blob",
    "slash",
    "mixed",
    "vulgar",
    "gscale",
    "ssep",
    "sscale",
    "ord",
)
_SSCALE_GROUP: Final = _DIGIT_GROUPS.index("sscale") + 1


@functools.lru_cache(maxsize=4096)
def _plain_value(blob: str, scale_word: str | None) -> tuple[Decimal, Decimal] | None:
    """The canonical value of the unsigned ``blob`` times its spaced scale, and the
    scale: what :func:`_digit_number` computes for them, remembered (news repeats
    "1.20" and "5.2 mln").  None where the blob is not a plain western number
    (Indian grouping, malformed): the general reading decides there."""
    if "," in blob and not _WESTERN().fullmatch(blob):
        return None
    value = _blob_value(blob)
    if value is None:
        return None
    if scale_word is None:
        return _canonical(value), _ONE
    scale = _scale_value(scale_word)
    return _canonical(_CTX.multiply(value, scale)), scale


def _plain_number(
    text: str, match: re.Match[str], groups: tuple[str | None, ...], limit: int, *, check_left: bool
) -> tuple[Number | None, int] | None:
    """:func:`_digit_number` of a match that is an unsigned blob of digits with at
    most a spaced scale ("1.20", "1,234", "5.2 mln", "3-billion"); None where the
    general reading must decide (anything else, or the blob is not plain).
    ``groups`` are the match's groups (:data:`_DIGIT_GROUPS`)."""
    _, _, wsign, dsign, blob, slash, mixed, _, gscale, _, scale_word, suffix = groups
    if (
        blob is None
        or wsign is not None
        or dsign is not None
        or slash is not None
        or mixed is not None
        or gscale is not None
        or suffix is not None
    ):
        return None
    # No sign: the blob starts the match.
    scale_at = -1 if scale_word is None else match.start(_SSCALE_GROUP)
    return _plain_reading(
        text,
        match.start(),
        blob,
        match.end(),
        scale_word=scale_word,
        scale_at=scale_at,
        limit=limit,
        check_left=check_left,
    )


#: What may follow a blob of digits that no part of :func:`_digit_pattern`
#: reads on from: the number is the blob alone (see :func:`_digits_at`).
_ENDS_PLAIN: Final = frozenset("!\"#$%&'()*,.;<=>?@[\\]^`{|}~")
#: The separators of a spaced scale that :func:`_digits_at` looks past.
_SCALE_SEPARATORS: Final = frozenset(" -\n")
#: The characters a spaced scale may begin with, as :func:`_spaced_scale_source`
#: spells them in ASCII.
_SCALE_INITIALS: Final = frozenset(
    case(word[0])
    for word in (*nw.SCALE_WORDS, *nw.SPACED_SCALE_ABBREVIATIONS, *dict(nw.SCALE_COMBINATIONS))
    for case in (str.lower, str.upper)
)
#: After such a separator: what neither begins a scale nor continues the number.
_NO_SCALE_AFTER: Final = (
    frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") - _SCALE_INITIALS
) | _ENDS_PLAIN


def _digits_at(text: str, digit: int, end: int, limit: int) -> tuple[Number | None, int] | None:
    """:func:`_digit_number` (left rules checked) of the number at the ASCII digit
    ``digit`` when nothing before it may start the number (no sign, "minus" or
    dot) and the blob ``text[digit:end]`` is followed by the end of the region,
    punctuation, or a space or hyphen and then a spaced scale or a character
    that begins none ("1,234.5,", "1.19 dlrs", "5.2 mln"): the commonest
    shapes, read without :func:`_digit_pattern`.  None where that pattern must
    decide (digits glued to letters, fractions, phone numbers and dates, a
    leading zero, malformed or Indian grouping, anything else after the blob).
    """
    if digit and (text[digit - 1] == "_" or text[digit - 1].isdecimal()):
        return None  # no number starts inside a run of digits
    if text[digit] == "0" and digit + 1 < end and text[digit + 1].isdigit():
        return None  # "020 7946 0958", "01.23": maybe a string to skip
    scale_word: str | None = None
    scale_at = -1
    stop = end
    if end < limit:
        char = text[end]
        if char not in _ENDS_PLAIN:
            if char not in _SCALE_SEPARATORS:
                return None
            if end + 1 < limit:
                after = text[end + 1]
                if after in _SCALE_INITIALS:
                    scale = _SPACED_SCALE().match(text, end, limit)
                    if scale is not None:
                        scale_word, scale_at, stop = scale.group(2), scale.start(2), scale.end()
                elif after not in _NO_SCALE_AFTER:
                    return None
    return _plain_reading(
        text,
        digit,
        text[digit:end],
        stop,
        scale_word=scale_word,
        scale_at=scale_at,
        limit=limit,
        check_left=True,
    )


def _plain_reading(
    text: str,
    start: int,
    blob: str,
    end: int,
    *,
    scale_word: str | None,
    scale_at: int,
    limit: int,
    check_left: bool,
) -> tuple[Number | None, int] | None:
    """The unsigned ``blob`` at ``start`` with at most the spaced ``scale_word``
    at ``scale_at`` (the number ends at ``end``), as :func:`_digit_number`
    reads it; None where the blob is not plain (the general reading decides)."""
    values: tuple[Decimal, Decimal] | None
    if scale_word is None and blob.isdigit():
        # Decimal(digits) has exponent 0: canonical unless zero (``_canonical``).
        values = (Decimal(blob) or _ZERO, _ONE)
    else:
        values = _plain_value(blob, scale_word)
        if values is None:
            return None
    if check_left and not _left_ok(text, start):
        return None, _glued_end(text, start + len(blob), limit)
    if end < limit:
        char = text[end]
        if (char.isalnum() or char == "_") and _glued_right(
            text, end, limit, bare=scale_word is None
        ):
            return None, _glued_end(text, end, limit)
    value, scale = values
    scale_span = None if scale_word is None else _span(scale_at, end)
    return _number(
        text[start:end],
        _span(start, end),
        value,
        NumberKind.CARDINAL,
        scale,
        scale_span,
        False,
        False,
    ), end


def _digit_number(
    text: str, match: re.Match[str], limit: int, check_left: bool
) -> tuple[Number | None, int]:
    """The number of a digit match, or None, and where scanning resumes."""
    groups = match.groups()
    plain = _plain_number(text, match, groups, limit, check_left=check_left)
    if plain is not None:
        return plain
    return _general_digit_number(text, match, groups, limit, check_left)


def _general_digit_number(
    text: str, match: re.Match[str], groups: tuple[str | None, ...], limit: int, check_left: bool
) -> tuple[Number | None, int]:
    """:func:`_digit_number` for any digit match."""
    _, _, wsign, dsign, blob, slash, mixed, vulgar, gscale, _, sscale, suffix = groups
    fraction = False
    if blob is not None:
        numeral_start = match.start("blob")
        end = match.end("blob")
        value = _blob_value(blob)
        if value is None:
            return None, _glued_end(text, end, limit)
        if slash is not None:
            end = match.end("slash")
            parts = slash[1:].split("/")
            value = _simple_fraction(blob, parts[0]) if blob.isdigit() and len(parts) == 1 else None
            if value is None:  # 24/7, 9/11, 3/4/2019
                return None, _glued_end(text, end, limit)
            fraction = True
        elif mixed is not None:
            part = _mixed_part(blob, mixed)
            if part is None:  # not a mixed number: the whole part alone
                gscale = sscale = suffix = None
            else:
                value, fraction, end = value + part, True, match.end("mixed")
    else:
        assert vulgar is not None  # a digit match holds a blob or a vulgar fraction
        numeral_start, end = match.span("vulgar")
        value, fraction = _ratio(*_VULGAR[vulgar]), True
    signed = wsign is not None or dsign is not None
    if check_left and not signed and not _left_ok(text, numeral_start):
        return None, _glued_end(text, end, limit)
    kind = NumberKind.CARDINAL
    scale = _ONE
    scale_span: Span | None = None
    if suffix is not None:
        if fraction or signed or blob is None or "." in blob:
            return None, _glued_end(text, match.end(), limit)
        kind = NumberKind.ORDINAL
        end = match.end()
    elif gscale is not None or sscale is not None:
        group = "gscale" if gscale is not None else "sscale"
        word = gscale if gscale is not None else sscale
        assert word is not None
        if (
            gscale is not None
            and text[numeral_start : match.end()] in nw.GLUED_IDENTIFIERS
            and (numeral_start == 0 or unicodedata.category(text[numeral_start - 1]) != "Sc")
        ):
            return None, _glued_end(text, match.end(), limit)
        scale = _scale_value(word)
        scale_span = _span(match.start(group), match.end(group))
        end = match.end()
    if blob is not None and "," in blob and not _indian_ok(text, blob, numeral_start, scale_span):
        return None, _glued_end(text, match.end("blob"), limit)
    if _glued_right(text, end, limit, bare=kind is NumberKind.CARDINAL and scale_span is None):
        return None, _glued_end(text, end, limit)
    if wsign is not None or (dsign is not None and dsign != "+"):
        value = -value
    if scale is not _ONE:
        value = _CTX.multiply(value, scale)
    start = match.start()
    if value and not fraction and scale is _ONE and blob is not None and blob.isdigit():
        # Decimal(digits) has exponent 0: already canonical (``_canonical`` is the identity).
        return _number(
            text[start:end], _span(start, end), value, kind, scale, None, False, False
        ), end
    number = _make(
        text,
        start,
        end,
        value,
        kind=kind,
        scale=scale,
        scale_span=scale_span,
        words=False,
        fraction=fraction,
    )
    return number, end


def _left_ok(text: str, pos: int) -> bool:
    """The glued-left, hyphen and designator rules for an unsigned number at ``pos``."""
    if pos == 0:
        return True
    prev = text[pos - 1]
    if prev.isalpha():  # "G20", but "Rs5", "USD5bn"
        return _letters_before(text, pos) in nw.GLUED_LEFT_PREFIXES
    if prev in _HYPHENS and pos >= 2 and text[pos - 2].isalpha():  # "COVID-19", "mid-2019"
        return _letters_before(text, pos - 1).lower() in nw.HYPHEN_PREFIXES
    return not _designated(text, pos)


def _indian_ok(text: str, blob: str, pos: int, scale_span: Span | None) -> bool:
    """Commas in a blob: western groups of three, or Indian grouping before
    lakh/crore or after a rupee marker."""
    if _WESTERN().fullmatch(blob):
        return True
    if scale_span is not None and any(
        part in nw.INDIAN_SCALES for part in _SCALE_PARTS().split(scale_span.slice(text).lower())
    ):
        return True
    return _rupee_before(text, pos)


def _glued_right(text: str, end: int, limit: int, bare: bool) -> bool:
    """Whether letters or digits glued after ``end`` make the token an identifier.

    A bare number (no scale, not an ordinal) may carry a unit ("5pc", "50bp").
    """
    if end >= limit:
        return False
    char = text[end]
    if not (char.isalnum() or char == "_"):  # _is_word_char, inlined
        return False
    if not bare:
        return True
    run_end = end
    while run_end < limit and text[run_end].isalpha():
        run_end += 1
    return text[end:run_end].lower() not in _UNIT_SUFFIXES or (
        run_end < limit and _is_word_char(text[run_end])
    )


def _scale_value(word: str) -> Decimal:
    word = table_key(word)
    if word in _SCALE_VALUES:
        return _SCALE_VALUES[word]
    value = _ONE
    for part in _SCALE_PARTS().split(word):
        value = _CTX.multiply(value, _SCALE_VALUES[part])
    return value


# --------------------------------------------------------------------------
# Word numbers


@attrs.define
class _Chain:
    """The tokens of a chain of number words, as the grammar sees them."""

    text: str
    words: list[str]
    spans: list[tuple[int, int]]
    cats: list[int]
    vals: list[Decimal]
    limit: int

    def cat(self, k: int) -> int:
        return self.cats[k] if k < len(self.cats) else -1

    def hyphenated(self, k: int) -> bool:
        """Whether token ``k`` is joined to the one before by a hyphen."""
        return self.text[self.spans[k - 1][1] : self.spans[k][0]] in _HYPHENS


@attrs.frozen
class _Parsed:
    first: int
    last: int  # exclusive token index
    value: Decimal
    kind: NumberKind = NumberKind.CARDINAL
    scale: Decimal = _ONE
    scale_tokens: tuple[int, int] | None = None
    fraction: bool = False


def _below_hundred(chain: _Chain, k: int) -> tuple[Decimal, int, int] | None:
    cat = chain.cat(k)
    if cat in (_UNIT, _TEEN):
        return chain.vals[k], k + 1, cat
    if cat == _TENS:
        if chain.cat(k + 1) == _UNIT and chain.vals[k + 1] > 0:
            return chain.vals[k] + chain.vals[k + 1], k + 2, _UNIT
        return chain.vals[k], k + 1, _TENS
    return None


def _small(chain: _Chain, k: int, first: bool) -> tuple[Decimal, int, int] | None:
    """A group below a thousand at ``k``: (value, next token, category of its last word)."""
    cat = chain.cat(k)
    if cat == _ART:
        if not first:
            return None
        follower = chain.cat(k + 1)
        if follower == _HUNDRED:
            value, k2, last = Decimal(100), k + 2, _HUNDRED
        elif follower == _DOZEN or (
            follower == _SCALE and chain.words[k + 1] not in _PLURAL_SCALES
        ):
            return _ONE, k + 1, _UNIT
        else:
            return None
    else:
        below = _below_hundred(chain, k)
        if below is None:
            return None
        value, k2, last = below
        if chain.cat(k2) != _HUNDRED or not value:
            return value, k2, last
        value, k2, last = value * 100, k2 + 1, _HUNDRED
    # After "hundred": an optional "and" and a group below a hundred.
    rest_at = k2 + 1 if chain.cat(k2) == _AND else k2
    rest = _below_hundred(chain, rest_at)
    if rest is not None and rest[0]:
        return value + rest[0], rest[1], rest[2]
    return value, k2, last


def _scale_at(chain: _Chain, k: int) -> tuple[Decimal, int] | None:
    if chain.cat(k) != _SCALE:
        return None
    value = chain.vals[k]
    if (
        chain.cat(k + 1) == _SCALE
        and (
            _SINGULAR_SCALE[chain.words[k]],
            _SINGULAR_SCALE[chain.words[k + 1]],
        )
        in _COMBINATIONS
    ):
        return _CTX.multiply(value, chain.vals[k + 1]), k + 2
    return value, k + 1


def _scale_tail(
    chain: _Chain, k: int, allow_article: bool
) -> tuple[Decimal, int, tuple[int, int] | None] | None:
    """A multiplier after a fraction: "million", "a billion", "of a million", "a dozen"."""
    at = k
    if chain.cat(at) == _OF and chain.cat(at + 1) == _ART:
        at += 2
    elif allow_article and chain.cat(at) == _ART:
        at += 1
    if at != k:
        if chain.cat(at) == _DOZEN:
            return nw.DOZEN_VALUE, at + 1, None
        if chain.cat(at) == _SCALE and chain.words[at] in _PLURAL_SCALES:
            return None  # "a millions"
    found = _scale_at(chain, at)
    if found is None:
        return None
    return found[0], found[1], (at, found[1])


def _with_scale_tail(
    chain: _Chain, first: int, k: int, value: Decimal, allow_article: bool
) -> _Parsed:
    tail = _scale_tail(chain, k, allow_article)
    if tail is None:
        return _Parsed(first, k, value, fraction=True)
    multiplier, end, tokens = tail
    value = _CTX.multiply(value, multiplier)
    if tokens is None:  # "half a dozen": part of the numeral, not a scale
        return _Parsed(first, end, value, fraction=True)
    return _Parsed(first, end, value, scale=multiplier, scale_tokens=tokens, fraction=True)


def _quarters_is_fraction(chain: _Chain, first: int, k: int) -> bool:
    """Spaced "three quarters" is a fraction only before "of" or at the end of the input."""
    if chain.words[k] != "quarters" or chain.hyphenated(k):
        return True
    end = chain.spans[k][1]
    if _region_end(chain.text, end, chain.limit):
        return True
    if _next_word(chain.text, end, chain.limit) != "of":
        return False
    before, _ = _word_before(chain.text, chain.spans[first][0])
    return before.lower() not in nw.PERIOD_PRECEDERS


def _fraction_phrase(chain: _Chain, k: int) -> tuple[Decimal, int] | None:
    """ "a half", "one third", "three quarters" at ``k`` (after "and")."""
    cat = chain.cat(k)
    if cat == _ART or (cat == _UNIT and chain.words[k] == "one"):
        if chain.cat(k + 1) in (_DEN, _ORDDEN):
            return _ratio(1, chain.vals[k + 1]), k + 2
        return None
    below = _below_hundred(chain, k)
    if below is not None and below[0] >= 2 and chain.cat(below[1]) == _DENP:
        return _ratio(below[0], chain.vals[below[1]]), below[1] + 1
    return None


def _parse_words(chain: _Chain, i: int) -> _Parsed | None:
    """The longest number that starts at token ``i``, or None."""
    negative = chain.cats[i] == _SIGN
    first = i + 1 if negative else i
    parsed = _parse_unsigned(chain, first)
    if parsed is None:
        return None
    if negative and parsed.kind is NumberKind.CARDINAL and parsed.first == first:
        return attrs.evolve(parsed, first=i, value=-parsed.value)
    return parsed


def _parse_unsigned(chain: _Chain, first: int) -> _Parsed | None:
    cat = chain.cat(first)
    if cat in (_ORD, _ORDDEN):
        return _Parsed(first, first + 1, chain.vals[first], NumberKind.ORDINAL)
    if cat == _DEN and chain.words[first] == "half":
        return _with_scale_tail(chain, first, first + 1, _HALF, allow_article=True)
    if cat == _ART and chain.cat(first + 1) in (_DEN, _ORDDEN):
        return _article_fraction(chain, first)
    return _cardinal(chain, first)


def _article_fraction(chain: _Chain, first: int) -> _Parsed | None:
    """ "a third", "a quarter", "an eighth" and the cues that make them something else."""
    den = first + 1
    word = chain.words[den]
    following = _next_word(chain.text, chain.spans[den][1], chain.limit)
    if chain.cats[den] == _ORDDEN and following in nw.ORDINAL_CUES:
        return _Parsed(den, den + 1, chain.vals[den], NumberKind.ORDINAL)
    if word == "quarter" and following in nw.PERIOD_CUES:
        return None
    return _with_scale_tail(
        chain, first, den + 1, _ratio(1, chain.vals[den]), allow_article=word == "half"
    )


@attrs.frozen
class _Groups:
    """A spelt cardinal: its value, end token and how it ended."""

    total: Decimal
    end: int
    last_cat: int
    last_scale: Decimal | None
    scales: int
    scale_tokens: tuple[int, int] | None


def _cardinal_groups(chain: _Chain, first: int) -> _Groups | None:
    """Groups below a thousand, each with a smaller scale than the one before."""
    total = _ZERO
    end = first
    last_scale: Decimal | None = None
    scales = 0
    scale_tokens: tuple[int, int] | None = None
    last_cat = -1
    try_at = first
    while True:
        small = _small(chain, try_at, first=try_at == first)
        if small is None:
            break
        value, after, cat = small
        found = _scale_at(chain, after)
        if found is not None and value and (last_scale is None or found[0] < last_scale):
            total += _CTX.multiply(value, found[0])
            last_scale, scale_tokens, end = found[0], (after, found[1]), found[1]
            scales += 1
            last_cat = _SCALE
            # "one thousand and five": "and" before the last group
            try_at = end + 1 if chain.cat(end) == _AND else end
            continue
        if end == first or (value and last_scale is not None and value < last_scale):
            total += value
            end, last_cat = after, cat
        break
    if end == first:
        return None
    return _Groups(total, end, last_cat, last_scale, scales, scale_tokens)


def _cardinal(chain: _Chain, first: int) -> _Parsed | None:
    """A spelt cardinal and what may follow it: "dozen", an ordinal, a fraction."""
    groups = _cardinal_groups(chain, first)
    if groups is None:
        return None
    total, k, last_cat, last_scale = groups.total, groups.end, groups.last_cat, groups.last_scale
    simple = groups.scales == 0 and last_cat != _HUNDRED and total < 100
    nxt = chain.cat(k)
    # "two dozen", "a dozen"
    if nxt == _DOZEN and simple and total:
        return _Parsed(first, k + 1, total * nw.DOZEN_VALUE)
    # "twenty-first", "one hundred and third"
    ord_at = k + 1 if nxt == _AND and last_cat in (_HUNDRED, _SCALE) else k
    if chain.cat(ord_at) in (_ORD, _ORDDEN):
        rank = chain.vals[ord_at]
        if (
            (last_cat == _TENS and rank < 10)
            or (last_cat == _HUNDRED and rank < 100)
            or (last_cat == _SCALE and last_scale is not None and rank < last_scale)
        ):
            return _Parsed(first, ord_at + 1, total + rank, NumberKind.ORDINAL)
    # "one third", "two-thirds", "three quarters of a million"
    if simple and nxt in (_DEN, _ORDDEN, _DENP) and _is_numerator(chain, first, k, total):
        return _with_scale_tail(
            chain, first, k + 1, _ratio(total, chain.vals[k]), allow_article=False
        )
    # "one and a half", "two and three quarters" (million)
    phrase = _fraction_phrase(chain, k + 1) if groups.scales == 0 and nxt == _AND else None
    if phrase is not None:
        part, after = phrase
        found = _scale_at(chain, after)
        if found is None:
            return _Parsed(first, after, total + part, fraction=True)
        return _Parsed(
            first,
            found[1],
            _CTX.multiply(total + part, found[0]),
            scale=found[0],
            scale_tokens=(after, found[1]),
            fraction=True,
        )
    if groups.scales == 1 and last_cat == _SCALE and last_scale is not None:
        return _Parsed(first, k, total, scale=last_scale, scale_tokens=groups.scale_tokens)
    return _Parsed(first, k, total)


def _is_numerator(chain: _Chain, first: int, k: int, total: Decimal) -> bool:
    """Whether the cardinal ``first:k`` is the numerator of the denominator at ``k``."""
    if chain.cats[k] == _DENP:
        return total >= 2 and _quarters_is_fraction(chain, first, k)
    if not (k == first + 1 and chain.words[first] == "one"):
        return False  # a singular denominator needs "one" ("a" is handled apart)
    following = _next_word(chain.text, chain.spans[k][1], chain.limit)
    return not (chain.words[k] == "quarter" and following in nw.PERIOD_CUES)


#: A word and what follows it, up to the next word (ASCII letters): what
#: :func:`_lone_word` looks at.
_WORD_AND_NEXT = lazy_re(rf"([A-Za-z]++)(?:{_SEP})?+([A-Za-z]*+)")
#: The words that may continue a chain (what ``_CHAIN_WORDS`` spells).
_CHAIN_LINKS: Final = frozenset(w for w in _WORD_CATEGORY if w not in nw.SIGN_WORDS)


def _lone_reading(word: str) -> tuple[Decimal, NumberKind, bool]:
    """Value, kind and fraction flag of ``word`` alone, as :func:`_parse_words` reads it."""
    cat, value = _WORD_CATEGORY[word]
    if cat in (_ORD, _ORDDEN):
        return value, NumberKind.ORDINAL, False
    if word == "half":
        return _HALF, NumberKind.CARDINAL, True
    assert cat in (_UNIT, _TEEN, _TENS), word
    return _canonical(value), NumberKind.CARDINAL, False


#: The words a chain may begin with at a trigger (``_NUMERAL_STARTS``), read alone.
_LONE_WORDS: Final = {
    word: _lone_reading(word)
    for word in (*nw.UNIT_WORDS, *nw.TEEN_WORDS, *nw.TENS_WORDS, *nw.ORDINAL_WORDS, "half")
}


def _lone_word(text: str, pos: int, limit: int) -> tuple[Number | None, int] | None:
    """The number at the trigger ``pos`` when no prefix ("a", "minus") comes
    before it and it is one word alone ("one", "first", "half" not followed by
    another number word), with where scanning resumes; ``(None, -1)`` where no
    chain of number words can start at ``pos`` ("tender", "quarterly").  None
    where the word pattern and the grammar must decide: a chain of several
    words, a word glued to digits, or anything non-ASCII around.

    ASCII only, where the pattern's ``\b`` and IGNORECASE are ``str`` tests.
    """
    found = _WORD_AND_NEXT().match(text, pos, limit)
    if found is None:
        return None
    stop = found.end()
    if not text[pos - 1 if pos else 0 : min(stop + 1, limit)].isascii():
        return None
    first_end = found.end(1)
    if first_end < limit and (text[first_end].isdigit() or text[first_end] == "_"):
        return None
    first = found.group(1).lower()
    reading = _LONE_WORDS.get(first)
    if reading is None:
        if first in _PREFIX_WORDS:
            return None
        return None, -1
    if found.group(2).lower() in _CHAIN_LINKS:
        return None
    if _designated(text, pos):
        return None, first_end
    value, kind, fraction = reading
    return _number(
        text[pos:first_end], _span(pos, first_end), value, kind, _ONE, None, True, fraction
    ), first_end


def _word_numbers(
    text: str, match: regex.Match[str], limit: int, check_left: bool, only_first: bool
) -> Iterator[Number]:
    words = [table_key(w) for w in match.captures("tok")]
    categories = [_WORD_CATEGORY[w] for w in words]
    chain = _Chain(
        text=text,
        words=words,
        spans=match.spans("tok"),
        cats=[c for c, _ in categories],
        vals=[v for _, v in categories],
        limit=limit,
    )
    i = 0
    count = len(words)
    while i < count:
        parsed = _parse_words(chain, i)
        if parsed is None:
            if only_first:
                return
            i += 1
            continue
        start = chain.spans[parsed.first][0]
        if only_first and parsed.first != 0:
            return
        if not (check_left and _designated(text, start)):
            scale_span = None
            if parsed.scale_tokens is not None:
                lo, hi = parsed.scale_tokens
                scale_span = _span(chain.spans[lo][0], chain.spans[hi - 1][1])
            yield _make(
                text,
                start,
                chain.spans[parsed.last - 1][1],
                parsed.value,
                kind=parsed.kind,
                scale=parsed.scale,
                scale_span=scale_span,
                words=True,
                fraction=parsed.fraction,
            )
        if only_first:
            return
        i = parsed.last


# --------------------------------------------------------------------------
# Public API


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")


def _check_bounds(text: str, start: int, end: int | None) -> int:
    for name, value in (("start", start), ("end", end)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    limit = len(text) if end is None else min(end, len(text))
    if start < 0 or limit < 0:
        raise ValueError("offsets must be >= 0")
    return limit


def find_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[Number]:
    """All numbers in ``text[start:end]``, left to right, non-overlapping, longest match.

    Spans index ``text`` itself.  Characters before ``start`` are read as
    context (a region boundary never turns ``G20`` into 20), nothing at or
    after ``end`` is.

    >>> [n.text for n in find_numbers("Boeing 737 orders rose 5% to 1,234, a third more")]
    ['5', '1,234', 'a third']
    """
    _check_text(text)
    limit = _check_bounds(text, start, end)
    return _scan(text, start, limit)


def _numbers_in(text: str, start: int, end: int) -> tuple[Number, ...]:
    """``tuple(find_numbers(text, start, end))`` for offsets known to be valid
    (:meth:`econparse.context.Document.numbers`' regions): no argument checks."""
    return tuple(_scan(text, start, min(end, len(text))))


def _scan(text: str, pos: int, limit: int) -> Iterator[Number]:
    """Match the patterns at each candidate position the pre-check finds."""
    lower = _lower_region(text, pos, limit)
    triggers = _triggers_in(lower, pos)
    sign_words = _has_sign_word(lower)
    count = len(triggers)
    t = 0
    digit = blob_end = -1
    digit_start = _DIGIT_START()  # hoisted: one cached call per region, not per number
    while pos < limit:
        while t < count and triggers[t] < pos:
            t += 1
        if digit < pos:
            found = digit_start.search(text, pos, limit)
            if found is None:
                digit = blob_end = limit
            else:
                digit, blob_end = found.span()
        word = triggers[t] if t < count else limit
        if digit >= limit and word >= limit:
            return
        if digit <= word:
            if digit > pos and (
                text[digit - 1] in _BACKUP_CHARS or (sign_words and text[digit - 1].isspace())
            ):
                start = _digit_backup(text, digit, pos, sign_words)
            else:  # nothing before the digit that a number may start with
                start = digit
            plain = (
                _digits_at(text, digit, blob_end, limit)
                if start == digit and text[digit] in _ASCII_DIGITS
                else None
            )
            number, resume = plain or _general_digits(text, start, digit, limit)
            if number is not None:
                yield number
            pos = max(resume, digit + 1)
            continue
        t += 1
        if word:
            before = text[word - 1]
            if before.isalnum() or before == "_":  # _is_word_char, inlined
                continue
        start = _word_backup(text, word, pos)
        if start == word and (lone := _lone_word(text, word, limit)) is not None:
            if lone[0] is not None:
                yield lone[0]
            pos = max(pos, lone[1])  # -1: no number starts at the trigger
            continue
        found_w = _covering(_word_pattern(), text, start, word, limit)
        if found_w is not None:
            yield from _word_numbers(text, found_w, limit, check_left=True, only_first=False)
            pos = found_w.end()


def _general_digits(text: str, start: int, digit: int, limit: int) -> tuple[Number | None, int]:
    """The number of :func:`_digit_pattern` at the digit candidate ``digit``, which
    may start at ``start`` (a sign, "minus", a dot), or None, and where scanning
    resumes (at least past ``digit``)."""
    found = _covering(_digit_pattern(), text, start, digit, limit)
    if found is None:
        return None, digit + 1
    if found.lastgroup == "skip":
        return None, _glued_end(text, found.end(), limit)
    return _digit_number(text, found, limit, check_left=True)


_M = TypeVar("_M", "re.Match[str]", "regex.Match[str]")
_M_co = TypeVar("_M_co", "re.Match[str]", "regex.Match[str]", covariant=True)


class _Matcher(Protocol[_M_co]):
    def match(self, string: str, pos: int, endpos: int) -> _M_co | None: ...


def _covering(pattern: _Matcher[_M], text: str, start: int, cand: int, limit: int) -> _M | None:
    """The match of ``pattern`` that covers ``cand``, tried from ``start`` (a sign, "a",
    "minus") then from ``cand`` itself."""
    if start < cand:
        found = pattern.match(text, start, limit)
        if found is not None and found.end() > cand:
            return found
    return pattern.match(text, cand, limit)


def number_at(text: str, pos: int, end: int | None = None) -> Number | None:
    """The number that starts exactly at ``pos`` (before ``end``), or None.

    Meant for callers that already know a number should start here, such as
    the money parser after a currency sign; the left-context rules
    (glued letters, ``COVID-19``, designators) are therefore not applied.

    >>> number_at("$375bn deficit", 1).value
    Decimal('375000000000')
    """
    _check_text(text)
    limit = _check_bounds(text, pos, end)
    if pos > limit:
        return None
    digits = _digit_pattern().match(text, pos, limit)
    if digits is not None:
        if digits.lastgroup != "d":
            return None
        number, _ = _digit_number(text, digits, limit, check_left=False)
        return number
    chain = _word_pattern().match(text, pos, limit)
    if chain is None:
        return None
    return next(_word_numbers(text, chain, limit, check_left=False, only_first=True), None)


def parse_number(text: str) -> Decimal | None:
    """The value of ``text`` if it is exactly one number (blanks around allowed), else None.

    >>> parse_number(" 1.05 lakh crore ")
    Decimal('1050000000000')
    >>> parse_number("Boeing 737") is None
    True
    """
    _check_text(text)
    stripped = text.strip()
    if not stripped:
        return None
    lo = text.index(stripped[0])
    hi = lo + len(stripped)
    number = number_at(text, lo, hi)
    if number is None or number.span.end != hi:
        return None
    return number.value
