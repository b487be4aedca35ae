"""Money amounts in English economic news, with exact character offsets.

>>> [m.text for m in find_money("exports hit a record $375bn, up from 250 mln stg")]
['$375bn', '250 mln stg']
>>> m = find_money("more than $360bn")[0]
>>> m.text, m.amount, m.currency, m.qualifier
('$360bn', Decimal('360000000000'), 'USD', <Qualifier.MORE_THAN: 'more than'>)

What is read
------------
An amount is a number (:mod:`econparse.numbers`: digits, words, scale words
and abbreviations) joined to a currency marker from the table in
:mod:`econparse._currencies`:

* a symbol or ISO code before it, glued or spaced ("$375bn", "US$11 billion",
  "USD34.6 million", "EUR 3.5m", "Rs. 500 crore", "stg 500 mln");
* a symbol, code or name after it ("5€", "3.5 million EUR", "five billion
  dollars", "25.3 mln dlrs", "20 pounds sterling", "99p", "50 cents");
* a code with a glued scale letter ("30 MUSD", "48.5 MGBP": M is a million,
  k a thousand).

Sub-units are divided into the main unit ("50 cents" is 0.50; "a penny" and
"a cent" count one sub-unit).  A main-unit
amount followed by a two-digit count of its sub-units is one amount ("3
dollars 50 cents", and "15 dollars 50" when the count ends the sentence).

Ranges are one mention: "$3bn-$4bn", "$3-4bn" (the scale of the upper bound
is given to a lower bound that has none, when the result stays ordered),
"between $3 billion and $4 billion", "$3 to $4 billion", "from $1.2 million to
$23.5 million".  "from X to Y" is a *change*, two mentions, when a change verb
("rose", "cut", "widened" ...) comes earlier in the same sentence; "X to Y"
likewise when a change verb or "by" stands right before X.  A range needs
``low < high`` and one currency; the words "between" and "from" are not part
of the mention text.

Qualifiers ("more than", "about", "up to" ...) right before an amount are
reported in :attr:`Money.qualifier` with their own span, outside the mention
text.  A rate unit after the amount ("$60 a barrel", "1.10 dlrs per share",
"$15/hour") goes to :attr:`Money.per`, also outside the mention text.  Two
amounts where the second is in parentheses right after the first
("£2.5bn ($3.2bn)") point at each other through :attr:`Money.equivalent`.
A minus sign before the currency or between currency and digits ("-$5m",
"$-99.99", "-15€") makes the amount negative.

Bare ``$``, "dollars", "dlrs" and "cents" resolve to the caller's
``default_dollar`` and shared aliases (``kr``, "francs", ``¥``, "rupees",
"pounds" ...) to the default of
:data:`econparse._currencies.AMBIGUOUS_DEFAULTS`; both are reported with
``currency_assumed=True``.

What is not money (exactness over recall: when unsure, nothing is emitted)
--------------------------------------------------------------------------
* a currency word with no amount ("the dollar fell", "a yen for travel");
* numbers that are not amounts (ordinals; a year before a currency *name*,
  as in "2019 dollars"; a number right after "±" or "+/-");
* two bare numbers side by side before a name ("245 23 yen": which one?);
* pounds of weight: "pound(s)" followed by "of", after "weigh..."/"weight"
  in the preceding words, or a singular "pound" after a number other than one
  ("a twenty-pound bag");
* "euro zone"/"euro area";
* currency pairs ("EUR/USD 1.10" is an exchange rate, not an amount), and
  digits glued to a code inside a URL ("%20CAD");
* the single letters "A", "S" and "R" before a spaced "$" ("A $5 loan" is an
  article), and lower-case "us $" ("cost us $5bn"): the "$" alone is read.
* accounting negatives in parentheses ("($99.99)") are read as the plain
  amount: in running news text a parenthesised amount is far more often a
  gloss than a loss.

Complexity
----------
All regexes are compiled once, on first use.  The currency vocabulary is a set
of literal spellings per kind of marker, looked up longest first by
:class:`_Markers` (one slice and one set look-up per spelling length) and only
where a marker can matter: forwards after each number (across at most three
spaces or a hyphen) and backwards ending at the start of each number (across
at most one space).  So the work is one number scan
(:func:`econparse.numbers.find_numbers`, linear) plus a constant number of
anchored matches per number, each bounded by the longest alias.  The other
patterns (qualifiers, rate units, range connectors, change verbs) are literal
alternations with bounded white space (``\\s{1,3}``), applied at one
position or to a window of at most 80 characters before a candidate, so
nothing can backtrack catastrophically.  Regions without a digit or number
word, and regions where no spelling can lie (its core, such as "$", or each
of its words: the article's words are looked up once, then a bounded number
of ``bytes`` searches per region), are skipped before any number is parsed.
Before each of those patterns
a ``str`` pre-check looks at the one or two characters or words the pattern
must begin (or end) with and skips the call where it cannot match; anything
non-ASCII there is left to the pattern.  Each pre-check is pinned to its
pattern by a test.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from econparse import _currencies
from econparse import _numwords as nw
from econparse._money_types import Money, Qualifier
from econparse._patterns import (
    compile_regex,
    escape_regex,
    lazy_re,
    lazy_regex,
    letter_runs,
    table_key,
)
from econparse.numbers import Number, NumberKind, find_numbers, number_at
from econparse.span import Span, _span, _unchecked

if TYPE_CHECKING:
    import regex

    from econparse.context import Document

__all__ = ["Money", "Qualifier", "convert", "extract_money", "find_money"]


_QUALIFIER_PHRASES: Final[dict[str, Qualifier]] = {
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "greater than": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "approx": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "an approximate": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "just shy of": Qualifier.NEARLY,
    "up to": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "lower than": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "just below": Qualifier.LESS_THAN,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "exactly": Qualifier.EXACTLY,
    "precisely": Qualifier.EXACTLY,
}

_APPROXIMATE: Final = frozenset({Qualifier.ABOUT, Qualifier.NEARLY})

_PER_UNITS: Final[dict[str, str]] = {
    "barrel": "barrel",
    "bbl": "barrel",
    "share": "share",
    "hour": "hour",
    "hr": "hour",
    "ounce": "ounce",
    "troy ounce": "ounce",
    "oz": "ounce",
    "tonne": "tonne",
    "metric ton": "tonne",
    "ton": "ton",
    "short ton": "ton",
    "gallon": "gallon",
    "litre": "litre",
    "liter": "litre",
    "pound": "pound",
    "lb": "pound",
    "kilogram": "kilogram",
    "kilo": "kilogram",
    "kg": "kilogram",
    "bushel": "bushel",
    "megawatt hour": "megawatt hour",
    "megawatt-hour": "megawatt hour",
    "mwh": "megawatt hour",
    "mmbtu": "mmbtu",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "head": "person",
    "person": "person",
    "capita": "person",
    "square foot": "square foot",
    "sq ft": "square foot",
    "square metre": "square metre",
    "square meter": "square metre",
    "night": "night",
    "unit": "unit",
}
"""Rate units after "a", "an", "per" or "/": written form (lower case, also
matched as a plural with "s"/"es") -> normalised name."""

_MOVE_VERBS: Final = (
    r"ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|increas(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|"
    r"surg(?:e|es|ed|ing)|slid(?:e|es|ing)?|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|"
    r"tumbl(?:e|es|ed|ing)|slump(?:s|ed|ing)?|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|"
    r"expand(?:s|ed|ing)?|shr[iau]nk(?:s|ing)?|swell(?:s|ed|ing)?|balloon(?:s|ed|ing)?|"
    r"advanc(?:e|es|ed|ing)|gain(?:s|ed|ing)?|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|"
    r"dip(?:s|ped|ping)?|s[au]nk|sink(?:s|ing)?|went|gone|up|down|"
    r"recover(?:s|ed|ing)?|rebound(?:s|ed|ing)?|improv(?:e|es|ed|ing)|"
    r"deteriorat(?:e|es|ed|ing)"
)
"""Intransitive verbs of movement: "rose $3 to $40" is a change, not a range."""

_CHANGE_VERBS: Final = (
    _MOVE_VERBS + r"|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|"
    r"tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|"
    r"mov(?:e|es|ed|ing)|los(?:e|es|t|ing)|hik(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
    r"slash(?:es|ed|ing)?|bump(?:s|ed|ing)?|push(?:es|ed|ing)?|shift(?:s|ed|ing)?|"
    r"adjust(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)"
)
"""All change verbs: "raised the dividend from $1 to $2" is a change."""


# --------------------------------------------------------------------------
# The currency vocabulary, compiled from the table
# --------------------------------------------------------------------------


class _Alias(NamedTuple):
    code: str
    divisor: int  # sub-units per main unit; 1 for the main unit
    assumed: bool  # an ambiguous alias, resolved to a default
    dollar: bool  # resolved to USD by default: the caller's default_dollar replaces it


_WS: Final = r"[ \t\u00a0]"
_GAP: Final = r"\s{1,3}"  # white space inside a multi-word alias
# Letter prefixes of "X$" that are English words: matched in their own case,
# and never spaced for single letters ("A $5 loan" is not Australian).
_WORDLIKE_DOLLAR_PREFIXES: Final = frozenset({"a", "s", "r", "us", "can", "aus", "mex"})


_SYM_STRIP = lazy_regex(r"[\s.]")
_BLANK_RUNS = lazy_regex(r"\s+")


@functools.lru_cache(maxsize=4096)
def _sym_key(text: str) -> str:
    return _SYM_STRIP().sub("", text)


@functools.lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    return _BLANK_RUNS().sub(" ", text.replace(".", "")).strip().lower()


def _loose(alias: str) -> str:
    """Regex for an alias: dots optional, spaces any short white-space run."""
    out = []
    for char in alias:
        if char == ".":
            out.append(r"\.?")
        elif char == " ":
            out.append(_GAP)
        else:
            out.append(escape_regex(char))
    return "".join(out)


def _spellings(alias: str, *, spaces: tuple[str, ...] = (" ", "\n")) -> set[str]:
    """Every literal spelling of an alias: each dot kept or dropped, each space
    written as one of ``spaces`` ("U.S. dlrs", "US dlrs", "U.S.\ndlrs" ...)."""
    out = {""}
    for char in alias:
        if char == ".":
            options: tuple[str, ...] = (".", "")
        elif char == " ":
            options = spaces
        else:
            options = (char,)
        out = {head + option for head in out for option in options}
    return out


def _symbol_spellings(symbol: str) -> set[str]:
    """Literal spellings of a symbol or code, matched with their case."""
    prefix = symbol[:-1]
    if symbol.endswith("$") and prefix.replace(".", "").isalpha():
        letters = prefix.replace(".", "")
        if letters.lower() in _WORDLIKE_DOLLAR_PREFIXES:
            # Own case only; a lone letter is never spaced ("A $5 loan").
            cases = {prefix}
            joins = ("", " ") if len(letters) > 1 else ("",)
        else:
            # The "$" marks the currency, so the case of "HK", "c", "u.s" is free.
            cases = {prefix, prefix.lower(), prefix.upper()}
            joins = ("", " ")
        return {
            spelling + join + "$"
            for case in cases
            for spelling in _spellings(case)
            for join in joins
        }
    out = _spellings(symbol)
    if _caseless(symbol):
        # An all-capitals code or abbreviation that is not an English word is
        # also read in lower case ("usd 20", "rmb 10").
        out.add(symbol.lower())
    return out


def _caseless(symbol: str) -> bool:
    return (
        len(symbol) >= 3
        and symbol.isascii()
        and symbol.isalpha()
        and symbol.isupper()
        and symbol not in _currencies.WORD_CODES
    )


class _Marker:
    """A currency marker found in the text by :class:`_Markers` (a plain class:
    native when compiled, built without a Python ``__new__``, unlike a NamedTuple)."""

    __slots__ = ("code", "end", "kind", "mult", "start")

    def __init__(self, start: int, end: int, kind: str, mult: str, code: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "glued", "scaled", "sym" or "name"
        self.mult = mult  # the scale letters of a "scaled" marker ("MM" in "MMUSD"), else ""
        self.code = code  # the ISO code of a "scaled" marker, else ""


def _letter_or_apostrophe(char: str) -> bool:
    return char.isalpha() or char in ("'", "’")  # a tuple: "" (no character) is neither


def _head(spelling: str) -> str:
    """The leading run of letters of ``spelling``, lower-cased, or its first character."""
    return spelling[: _letters_end(spelling, 0, len(spelling))].lower()


def _tail(spelling: str) -> str:
    """The trailing run of letters of ``spelling``, lower-cased, or its last character."""
    return spelling[_letters_start(spelling, 0, len(spelling)) :].lower()


def _letters_end(text: str, pos: int, end: int) -> int:
    """The end of the run of letters that starts at ``pos`` (``pos + 1`` if none)."""
    stop = pos
    while stop < end and text[stop].isalpha():
        stop += 1
    return stop if stop > pos else pos + 1


def _letters_start(text: str, start: int, stop: int) -> int:
    """The start of the run of letters that ends at ``stop`` (``stop - 1`` if none)."""
    pos = stop
    while pos > start and text[pos - 1].isalpha():
        pos -= 1
    return pos if pos < stop else stop - 1


#: The core of an ASCII spelling: the run of letters (maybe none) before its first
#: character other than a letter, white space, a dot or a hyphen, and that character
#: ("$" of "U.S.$", "S/" of "S/.", "HK$").  Where the spelling lies, so does its core.
_CORE_RE = lazy_re(r"[A-Za-z]*+[^A-Za-z\s.\-]")


class _Need(NamedTuple):
    """The words that a spelling without a core (:data:`_CORE_RE`) is made of:
    where it lies in ASCII text, each is a whole word (run of letters) there."""

    key: frozenset[bytes]  # the words, lower-cased
    words: frozenset[bytes]  # the words in the case they must have
    needles: tuple[bytes, ...]  # each of those between two spaces
    own_case: bool  # a symbol, code or glued sub-unit (in its own case), not a name


def _fewest_needs(needs: Iterable[_Need]) -> set[_Need]:
    """``needs`` without those that another one implies: "u s dlrs" is found
    wherever "dlrs" is, and "USD" wherever "usd" is (a name's words in any case)."""
    unique = set(needs)
    any_case = {n.key for n in unique if not n.own_case}
    own_case = {n.words for n in unique if n.own_case}

    def implied(need: _Need) -> bool:
        for size in range(1, len(need.words) + 1):
            for part in itertools.combinations(sorted(need.words), size):
                words = frozenset(part)
                lowered = frozenset(w.lower() for w in part)
                if lowered in any_case and (need.own_case or words != need.words):
                    return True
                if need.own_case and words in own_case and words != need.words:
                    return True
        return False

    return {n for n in unique if not implied(n)}


def _need(spelled: tuple[str, ...], *, own_case: bool) -> _Need:
    """The need of a spelling made of the words ``spelled``."""
    words = [w.encode("ascii") if own_case else w.lower().encode("ascii") for w in spelled]
    return _Need(
        frozenset(w.lower() for w in words),
        frozenset(words),
        tuple(b" " + w + b" " for w in dict.fromkeys(words)),
        own_case,
    )


def _edge_chars(chars: Iterable[str]) -> frozenset[str]:
    """The ASCII ``chars`` with their upper-case forms (a key is lower-cased text)."""
    return frozenset(c for char in chars if char.isascii() for c in (char, char.upper()))


def _lengths_by(
    kinds: Iterable[tuple[str, frozenset[str]]], key: Callable[[str], str]
) -> dict[str, tuple[tuple[str, list[int]], ...]]:
    """For each ``key`` of a spelling: the kinds that have such spellings, in
    order, each with the lengths of those spellings, longest first."""
    groups: dict[str, dict[str, set[int]]] = {}
    for kind, spellings in kinds:
        for spelling in spellings:
            groups.setdefault(key(spelling), {}).setdefault(kind, set()).add(len(spelling))
    return {
        k: tuple((kind, sorted(sizes, reverse=True)) for kind, sizes in by_kind.items())
        for k, by_kind in groups.items()
    }


class _Markers:
    """Find a currency marker that starts (or ends) at a given position.

    Four kinds are tried in this order, each spelling longest first, with the
    word-boundary rule of its kind:

    - ``glued``: a sub-unit glued to the digits ("50p"): a digit before it,
      no letter or digit after it;
    - ``scaled``: a scale letter glued to an ISO code ("MMUSD", "kEUR"),
      with no letter (or apostrophe) before and no letter after;
    - ``sym``: a symbol or code in its own case ("$", "US$", "USD"): where
      the spelling begins (ends) with a letter, no letter (or apostrophe)
      may come before (after) it;
    - ``name``: a currency name in any case ("dollars", "pounds sterling"),
      with no letter on either side.

    Set look-ups of the few lengths the spellings with the same edge have: a
    named-list pattern doing the same cost 15-60 µs a try.  Like a
    pattern match bounded by ``pos``/``endpos``, the boundary tests look
    back before the searched range but never past its end.
    """

    __slots__ = (
        "_by_head",
        "_by_tail",
        "_cores",
        "_head3",
        "_need_words",
        "_needs_by_word",
        "_tail3",
        "codes",
        "glued",
        "head_chars",
        "names",
        "symbols",
        "tail_chars",
    )

    def __init__(self, glued: set[str], codes: set[str], symbols: set[str], names: set[str]):
        self.glued = frozenset(glued)
        self.codes = frozenset(codes)
        self.symbols = frozenset(symbols)
        self.names = frozenset(name.lower() for name in names)
        scaled = frozenset(mult + code for mult in _SCALE_PREFIXES for code in codes)
        kinds = (
            ("glued", self.glued),
            ("scaled", scaled),
            ("sym", self.symbols),
            ("name", self.names),
        )
        # The kinds, in order, with the lengths of their spellings (longest
        # first), by the spellings' first (last) run of letters, lower-cased,
        # or first (last) character where that is not a letter.  Where a marker
        # lies in the text, the text's run of letters at its edge is exactly
        # that run (a marker never starts or ends inside a word), so only those
        # lengths need a look-up, and most positions need none.
        self._by_head = _lengths_by(kinds, _head)
        self._by_tail = _lengths_by(kinds, _tail)
        # The ASCII characters a marker can begin (end) with, in both cases
        # where a letter: where another ASCII character stands, :meth:`starting`
        # (:meth:`ending`) finds nothing.
        self.head_chars = _edge_chars(key[0] for key in self._by_head)
        self.tail_chars = _edge_chars(key[-1] for key in self._by_tail)
        # The first (last) three letters of those runs that have three or more:
        # what :meth:`_may_start` (:meth:`_may_end`) looks at.
        self._head3 = frozenset(key[:3] for key in self._by_head if len(key) >= 3)
        self._tail3 = frozenset(key[-3:] for key in self._by_tail if len(key) >= 3)
        # For :meth:`hints`: every ASCII spelling (a non-ASCII one never lies in
        # ASCII text) is found by its core, where it has one (see :data:`_CORE_RE`;
        # a core that holds another is dropped: "HK$" holds "$"), else by its
        # words, filed under the last one, lower-cased.
        cores: set[str] = set()
        spelled: set[tuple[tuple[str, ...], bool]] = set()
        for kind, items in kinds:
            for spelling in items:
                if spelling.isascii():
                    core = _CORE_RE().search(spelling)
                    if core is not None:
                        cores.add(core.group())
                    else:
                        words = tuple(_ASCII_WORD_RE().findall(spelling))
                        spelled.add((words, kind != "name"))
        self._cores = tuple(sorted(c for c in cores if not any(o != c and o in c for o in cores)))
        needs: dict[bytes, set[_Need]] = {}
        for need in _fewest_needs(_need(words, own_case=own) for words, own in spelled):
            last = need.needles[-1].strip().lower()
            needs.setdefault(last, set()).add(need)
        self._needs_by_word = {
            word: tuple(sorted(group, key=lambda n: (n.needles, n.own_case)))
            for word, group in needs.items()
        }
        self._need_words = frozenset(w for group in needs.values() for n in group for w in n.key)

    def hints(self, text: str, letters: bytes) -> _MarkerHints:
        """Where in the ASCII ``text`` a marker may lie: the region pre-filter, made
        once per text.  ``letters`` is :func:`~econparse._patterns.letter_runs` of ``text``.

        The words of the text are looked up once, at C speed (``split`` cuts
        the runs of letters at the blanks), among the words of the spellings;
        a spelling all of whose words occur (in their own case for symbols)
        is kept for :meth:`_MarkerHints.may_occur` to look for in each region,
        as are the cores that occur.  Most texts keep one or two, and a fifth
        of the news none.
        """
        present = self._need_words.intersection(letters.split())
        found: list[_Need] = []
        cased: bytes | None = None
        cased_words: frozenset[bytes] = frozenset()
        by_word: dict[bytes, list[_Need]] = {}
        for word in present:
            for need in self._needs_by_word.get(word, ()):
                if not need.key <= present:
                    continue
                if need.own_case:
                    if cased is None:
                        cased = text.encode("ascii").translate(_LETTERS_ONLY)
                        cased_words = frozenset(cased.split())
                    if not need.words <= cased_words:
                        continue
                found.append(need)
                by_word.setdefault(word, []).append(need)
        cores = tuple(core for core in self._cores if core in text)
        return _MarkerHints(text, letters, cased, cores, tuple(found), by_word)

    def may_occur(self, text: str, start: int, end: int) -> bool:
        """False when no marker can lie in ``text[start:end]``: :meth:`hints` of
        the region alone, for a text that is not ASCII (non-ASCII regions are
        never ruled out)."""
        part = text[start:end]
        letters = letter_runs(part)
        if letters is None:
            return True
        return self.hints(part, letters).may_occur(0, len(part))

    def _may_start(self, text: str, pos: int, end: int) -> bool:
        """False when the run of letters at ``pos`` (before ``end``) begins no
        spelling: the pre-check of :meth:`starting`, which spares it reading the
        whole run for the words that follow most numbers ("pct", "to", "shares").

        Only three ASCII characters are looked at: three letters must begin a
        spelling's first run of letters, two letters and a non-letter must be
        one.  Anything else (a non-letter first, non-ASCII) is left to
        :meth:`starting`.
        """
        if pos + 3 > end:
            return True
        three = text[pos : pos + 3]
        if not three.isascii():
            return True
        if three.isalpha():
            return three.lower() in self._head3
        if three[:2].isalpha():
            return three[:2].lower() in self._by_head
        return True

    def _may_end(self, text: str, start: int, stop: int) -> bool:
        """:meth:`_may_start` for the run of letters that ends at ``stop`` (from
        ``start`` on), the pre-check of :meth:`ending` ("to", "from", "rose")."""
        if stop - 3 < start:
            return True
        three = text[stop - 3 : stop]
        if not three.isascii():
            return True
        if three.isalpha():
            return three.lower() in self._tail3
        if three[1:].isalpha():
            return three[1:].lower() in self._by_tail
        return True

    def starting(self, text: str, pos: int, end: int) -> _Marker | None:
        """The marker that starts at ``pos`` and ends by ``end``."""
        if not self._may_start(text, pos, end):
            return None
        first = text[pos]
        key = text[pos : _letters_end(text, pos, end)].lower() if first.isalpha() else first
        for kind, lengths in self._by_head.get(key, ()):
            for size in lengths:
                if pos + size <= end:
                    marker = self._spelled(kind, text, pos, pos + size, end)
                    if marker is not None:
                        return marker
        return None

    def ending(self, text: str, start: int, stop: int) -> _Marker | None:
        """The marker that ends at ``stop`` and starts at or after ``start``."""
        if stop <= start or not self._may_end(text, start, stop):
            return None
        last = text[stop - 1]
        key = text[_letters_start(text, start, stop) : stop].lower() if last.isalpha() else last
        for kind, lengths in self._by_tail.get(key, ()):
            for size in lengths:
                if stop - size >= start:
                    marker = self._spelled(kind, text, stop - size, stop, stop)
                    if marker is not None:
                        return marker
        return None

    def _spelled(self, kind: str, text: str, pos: int, stop: int, bound: int) -> _Marker | None:
        """The marker of ``kind`` that ``text[pos:stop]`` spells, if its boundaries
        allow it; the text is read up to ``bound``."""
        before = text[pos - 1] if pos > 0 else ""
        after = text[stop] if stop < bound else ""
        piece = text[pos:stop]
        if kind == "glued":
            found = (
                before.isdecimal()
                and piece in self.glued
                and not (after.isalpha() or after.isdecimal())
            )
        elif kind == "scaled":
            if _letter_or_apostrophe(before) or after.isalpha():
                return None
            for mult in _SCALE_PREFIXES:
                if piece.startswith(mult) and piece[len(mult) :] in self.codes:
                    return _Marker(pos, stop, kind, mult, piece[len(mult) :])
            return None
        elif kind == "sym":
            found = (
                piece in self.symbols
                and not (piece[0].isalpha() and _letter_or_apostrophe(before))
                and not (piece[-1].isalpha() and after.isalpha())
            )
        else:
            found = not before.isalpha() and not after.isalpha() and piece.lower() in self.names
        return _Marker(pos, stop, kind, "", "") if found else None


def _cuts_word(letters: bytes, pos: int) -> bool:
    """Whether ``pos`` lies inside a run of letters of ``letters`` (see
    :func:`~econparse._patterns.letter_runs`: every other byte is a space)."""
    return 0 < pos < len(letters) and letters[pos - 1] != _SPACE and letters[pos] != _SPACE


#: How many spellings :meth:`_MarkerHints.may_occur` looks for one by one in each
#: region; a text that keeps more (a long text holds the words of many: 50 in 1 MB
#: of news) has the region's own words pick those to look for, so that the cost per
#: region does not grow with the text.
_FEW_NEEDS: Final = 8


class _MarkerHints:
    """What :meth:`_Markers.hints` found in one ASCII text: the cores that occur
    there and the spellings whose words all do (``needs``, and in ``by_word`` filed
    under the word of each that :meth:`_Markers.hints` found them by)."""

    __slots__ = ("by_word", "cased", "cores", "letters", "needs", "text", "words")

    def __init__(  # noqa: PLR0917 (private, built in _Markers.hints)
        self,
        text: str,
        letters: bytes,
        cased: bytes | None,
        cores: tuple[str, ...],
        needs: tuple[_Need, ...],
        by_word: dict[bytes, list[_Need]],
    ) -> None:
        self.text = text
        self.letters = letters
        self.cased = cased  # the runs of letters in their own case, where a need asks
        self.cores = cores
        self.needs = needs
        self.by_word = by_word
        self.words = frozenset(word for need in needs for word in need.key)

    def may_occur(self, start: int, end: int) -> bool:
        """False when no marker can lie in ``text[start:end]`` (the region pre-filter).

        A marker never starts or ends inside a word, so where one lies, its
        core (a ``find``) or each of its words, as a whole word of the region
        (the word between spaces in the region's runs of letters with a space
        either side: a ``bytes`` search), is there.
        """
        text = self.text
        for core in self.cores:
            if text.find(core, start, end) >= 0:
                return True
        letters = self.letters
        if _cuts_word(letters, start) or _cuts_word(letters, end):
            return True  # its edge words are not words of the text: not judged
        needs: Sequence[_Need] = self.needs
        if not needs:
            return False
        lowered = b" " + letters[start:end] + b" "
        if len(needs) > _FEW_NEEDS:
            # many spellings: only those all of whose words are words of the region
            present = self.words.intersection(lowered.split())
            by_word = self.by_word
            needs = [n for word in present for n in by_word.get(word, ()) if n.key <= present]
        own: bytes | None = None
        for need in needs:
            view = lowered
            if need.own_case:
                if own is None:
                    cased = self.cased
                    assert cased is not None  # made where an own-case need was kept
                    own = b" " + cased[start:end] + b" "
                view = own
            if all(needle in view for needle in need.needles):
                return True
        return False


class _Vocabulary(NamedTuple):
    prefix: dict[str, _Alias]
    suffix: dict[str, _Alias]
    names: dict[str, _Alias]
    markers: _Markers


@functools.cache
def _vocabulary() -> _Vocabulary:
    """The currency readings and marker spellings, built once on first use
    (spelling out every variant of every alias takes a while: not at import)."""
    prefix: dict[str, _Alias] = {}
    suffix: dict[str, _Alias] = {}
    names: dict[str, _Alias] = {}
    glued: set[str] = set()
    symbol_spellings: set[str] = set()
    name_spellings: set[str] = set()

    def alias(row: _currencies.Currency, raw: str, divisor: int = 1) -> _Alias:
        if raw in row["ambiguous"]:
            code = _currencies.AMBIGUOUS_DEFAULTS[raw]
            return _Alias(code, divisor, True, code == "USD")
        return _Alias(row["code"], divisor, False, False)

    for row in _currencies.CURRENCIES:
        for symbol in (*row["symbols"], *row["prefix_symbols"]):
            entry = alias(row, symbol)
            prefix[_sym_key(symbol)] = entry
            if symbol in row["symbols"]:
                suffix[_sym_key(symbol)] = entry
            symbol_spellings |= _symbol_spellings(symbol)
        for name in row["names"]:
            names[_name_key(name)] = alias(row, name)
            name_spellings |= _spellings(name)
        for sub in row["subunits"]:
            for name in sub["names"]:
                names[_name_key(name)] = alias(row, name, sub["factor"])
                name_spellings |= _spellings(name)
            for abbreviation in sub["glued"]:
                suffix[abbreviation] = alias(row, abbreviation, sub["factor"])
                glued.add(abbreviation)

    codes = set(_currencies.ISO_CODES)
    markers = _Markers(glued, codes, symbol_spellings, name_spellings)
    return _Vocabulary(prefix, suffix, names, markers)


#: Runs of digits joined by single dots or commas ("1,234.5"): where a marker may
#: stand right after or before digits.  A marker never holds a digit, dot or
#: comma alone, so none touches a run inside such a blob: one anchor per blob.
_DIGIT_BLOBS_RE = lazy_regex(r"\d++(?:[.,]\d++)*+")
_ASCII_DIGIT_BLOBS_RE = lazy_re(r"[0-9]++(?:[.,][0-9]++)*+")  # where the region is ASCII
_ARTICLE_SUBUNIT_RE = lazy_regex(r"(?i)(?<![\p{L}])a[ \u00a0](?P<unit>penny|cent)(?![\p{L}])")


def _may_hold_article_subunit(lower: str) -> bool:
    """False when the lower-cased region ``lower`` surely holds no match of
    :data:`_ARTICLE_SUBUNIT_RE` (no non-ASCII character folds to its letters);
    :func:`_tokens` tests "cent" and "penny" alone first, which rules out
    most regions without the call."""
    return (
        "a cent" in lower or "a penny" in lower or "a\u00a0cent" in lower or "a\u00a0penny" in lower
    )


_SCALE_LETTERS: Final[dict[str, Decimal]] = {
    "MM": Decimal(1_000_000),
    "M": Decimal(1_000_000),
    "k": Decimal(1000),
    "K": Decimal(1000),
}
_SCALE_PREFIXES: Final = tuple(_SCALE_LETTERS)  # tried in this order: "MM" before "M"


@functools.cache
def _qualifier_re() -> regex.Pattern[str]:
    return compile_regex(
        r"(?i)(?<![\p{L}])(?P<q>"
        + "|".join(
            _loose(p).replace(r"\.?", r"\.") if p.endswith(".") else _loose(p)
            for p in sorted(_QUALIFIER_PHRASES, key=lambda p: (-len(p), p))
        )
        + r")"
        + _GAP
        + r"\Z"
    )


@functools.cache
def _per_re() -> regex.Pattern[str]:
    return compile_regex(
        r"(?i)(?:" + _GAP + r"(?:a|an|per|each)" + _GAP + r"|" + _WS + r"?/" + _WS + r"?"
        r"|" + _WS + r"?-" + _WS + r"?an?" + _WS + r"?-" + _WS + r"?)"
        r"(?P<unit>"
        + "|".join(_loose(u) for u in sorted(_PER_UNITS, key=lambda u: (-len(u), u)))
        + r")(?:e?s)?(?![\p{L}\d])"
        r"(?!" + _GAP + r"(?:earlier|ago|before|after|later|previously|prior|back|on|from)\b)"
    )


_RANGE_CONNECTOR_RE = lazy_regex(
    r"(?P<c>" + _WS + r"{0,2}[-–—]" + _WS + r"{0,2}|" + _GAP + r"(?i:to|and)" + _GAP + r")"
)
_RANGE_BACK_RE = lazy_regex(
    r"(?P<c>" + _WS + r"{0,2}[-–—]" + _WS + r"{0,2}|" + _GAP + r"(?i:to|and)" + _GAP + r")\Z"
)
_BETWEEN_RE = lazy_regex(r"(?i)(?<![\p{L}])between" + _GAP + r"\Z")
_FROM_RE = lazy_regex(r"(?i)(?<![\p{L}])from" + _GAP + r"\Z")


@functools.cache
def _by_or_change_re() -> regex.Pattern[str]:
    return compile_regex(
        r"(?i)(?<![\p{L}])(?:by|(?:" + _MOVE_VERBS + r")(?:" + _GAP + r"\p{L}+ly)?)" + _GAP + r"\Z"
    )


#: One movement verb form, for :func:`_may_end_with_change` (lower-cased ASCII).
_MOVE_VERB_RE = lazy_re("(?:" + _MOVE_VERBS + ")")
_ASCII_SPACES: Final = frozenset(" \t\n\r\f\v")  # ``\s`` in ASCII text


def _may_end_with_change(window: str) -> bool:
    """False when :func:`_by_or_change_re` cannot match ``window``.

    A match ends with "by", a movement verb or an "-ly" adverb, then one to
    three white-space characters: only that last word is looked at, with
    ``str`` tests and the verb forms alone.  Anything non-ASCII in what is
    looked at is left to the pattern (case folding and ``\\s`` differ there).
    """
    j = len(window)
    floor = max(0, j - 3)
    while j > floor and window[j - 1] in _ASCII_SPACES:
        j -= 1
    k = j
    while k > 0 and window[k - 1].isalpha():
        k -= 1
    if not window[max(0, k - 1) :].isascii():
        return True
    if j == len(window) or k == j:
        return False  # no white space at the end, or no word before it
    word = window[k:j].lower()
    return word == "by" or word.endswith("ly") or _MOVE_VERB_RE().fullmatch(word) is not None


@functools.cache
def _change_in_clause_re() -> regex.Pattern[str]:
    return compile_regex(r"(?i)(?<![\p{L}])(?:" + _CHANGE_VERBS + r")(?![\p{L}])")


_SENTENCE_BREAK_RE = lazy_regex(r"[.;!?:]\s|\n\s*\n")
_WEIGHT_RE = lazy_regex(r"(?i)(?<![\p{L}])(?:weigh\w*|weight\w*|heav\w*|lbs?)(?![\p{L}])")
_OF_RE = lazy_regex(r"(?i)" + _GAP + r"of(?![\p{L}])")
_ZONE_RE = lazy_regex(r"(?i)[\s-]{0,2}(?:zone|area)(?![\p{L}])")
_COMPOUND_RE = lazy_regex(
    r"(?i)" + _GAP + r"(?:and" + _GAP + r")?(?P<n>\d{1,2})(?!\d|[.,]\d)"
    r"(?:(?P<sub>" + _GAP + r"(?:cents?|pence|p)(?![\p{L}]))|(?=\s*(?:[.,;:!?)]|\Z)))"
)
_EQUIV_OPEN_RE = lazy_regex(r"\s{0,2}\(\s{0,2}\Z")
_EQUIV_CLOSE_RE = lazy_regex(r"\s{0,2}\)")


@functools.cache
def _tolerance_re() -> regex.Pattern[str]:
    return compile_regex(r"(?:±|\+/-|\+-|×|\^)\s?\Z")


_MINUS: Final = "-−"
_ONE_SUBUNIT: Final = frozenset({"penny", "cent"})
_ONE: Final = Decimal(1)
_ARTICLE_RE = lazy_regex(r"(?i)(?<![\p{L}])a[ \u00a0]\Z")
# What may stand before digits glued to a currency ("115USD"): not "%20CAD" in a URL.
_BEFORE_GLUED: Final = frozenset(" \t\n\u00a0([{\"'“‘-−:;,")


def _hint_words() -> tuple[str, ...]:
    """The words that let a region without a digit hold an amount, for a
    substring test of the lower-cased region (:func:`_has_hint`).

    Every word a number of the grammar may start with or be made of (the
    cardinals, "hundred", "dozen", the scales, "half" and "quarter") and the
    one-subunit words ("a penny"), taken from the number vocabulary so that
    none is forgotten; a word that holds another is dropped, since the
    shorter one already finds it ("sixteen" holds "six").
    """
    words = {
        *nw.UNIT_WORDS,
        *nw.TEEN_WORDS,
        *nw.TENS_WORDS,
        nw.HUNDRED_WORD,
        nw.DOZEN_WORD,
        *nw.SCALE_WORDS,
        "half",
        "quarter",
        *_ONE_SUBUNIT,
    }
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_HINT_WORDS: Final = _hint_words()
_HINT_RE = lazy_regex(r"\d|(?i:" + "|".join(_HINT_WORDS) + ")")
_ASCII_DIGITS: Final = "0123456789"
_ASCII_WORD_RE = lazy_re("[A-Za-z]+")
#: ``bytes.translate`` table that keeps ASCII letters and blanks every other byte.
_SPACE: Final = ord(" ")
_LETTERS_ONLY: Final = bytes(
    byte if chr(byte).isascii() and chr(byte).isalpha() else 0x20 for byte in range(256)
)


_QUALIFIER_LAST_WORDS: Final = frozenset(
    phrase.rstrip(".").split()[-1] for phrase in _QUALIFIER_PHRASES
)
#: The one-word qualifiers, and for the last word of the others the words
#: that may come right before it ("of" after "excess", "north", "shy" ...).
_QUALIFIER_SINGLE: Final = frozenset(
    phrase.rstrip(".") for phrase in _QUALIFIER_PHRASES if " " not in phrase
)
_QUALIFIER_BEFORE_LAST: Final[dict[str, frozenset[str]]] = {
    last: frozenset(p.split()[-2] for p in _QUALIFIER_PHRASES if " " in p and p.split()[-1] == last)
    for last in _QUALIFIER_LAST_WORDS
}
#: What may start the text after the white space that :func:`_per_re` and
#: :data:`_RANGE_CONNECTOR_RE` match first ("a", "an", "per", "each", "/", "-";
#: "-", dashes, "to", "and"), in both cases.
_PER_STARTS: Final = frozenset("aApPeE/-")
_RANGE_STARTS: Final = frozenset("-\u2013\u2014tTaA")
_CONNECTOR_ENDS: Final = frozenset("-\u2013\u2014oOdD")
#: What may follow the white space that :data:`_COMPOUND_RE` begins with.
_COMPOUND_STARTS: Final = frozenset("0123456789aA")
#: Where such a start is a letter, the word (lower-cased) that it must begin,
#: followed by white space: "a prior", "and at" no longer reach the patterns
#: (measured: ~190 of their ~360 calls a pass of the benchmark sample).
_PER_WORDS: Final = frozenset({"a", "an", "per", "each"})
_RANGE_WORDS: Final = frozenset({"to", "and"})
_COMPOUND_WORDS: Final = frozenset({"and"})
#: Every match of :func:`_tolerance_re` holds one of these characters.
_TOLERANCE_CHARS: Final = frozenset("\u00b1+\u00d7^")


def _letters_back(text: str, end: int, lo: int) -> int:
    """Where the run of letters that ends at ``end`` starts (not before ``lo``),
    or -1 when it runs on past 16 letters: longer than any qualifier word."""
    floor = max(lo, end - 16)
    k = end
    while k > floor and text[k - 1].isalpha():
        k -= 1
    return -1 if k == floor and k > lo else k


def _may_qualify(text: str, lo: int, start: int) -> bool:
    """False when :func:`_qualifier_re` cannot match ``text[max(lo, start - 40):start]``.

    The phrase ends with a word (or "approx.") and one to three white-space
    characters: only that word is looked at, with ``str`` tests.  Anything
    non-ASCII in what is looked at is left to the pattern (case folding and
    ``\\s`` differ from ``str`` there).
    """
    j = start
    floor = max(lo, start - 4)
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j == start or j <= lo:
        return j == start and start > lo and not text[start - 1].isascii()
    if not text[j:start].isascii():
        return True
    if text[j - 1] == ".":
        j -= 1
    k = _letters_back(text, j, lo)
    word = text[k:j] if k >= 0 else ""
    if k < 0 or not word.isascii():
        return True  # a long run of letters, or non-ASCII: the pattern decides
    if k > lo and not text[k - 1].isascii():
        return True
    word = word.lower()
    if word not in _QUALIFIER_LAST_WORDS:
        return False
    if word in _QUALIFIER_SINGLE:
        return True
    # Only a phrase of several words ends here: its word before the last one,
    # across one to three white-space characters, must fit.
    m = k
    while m > max(lo, k - 3) and text[m - 1].isspace():
        m -= 1
    if m == k:
        return False
    if m <= max(lo, start - 40) or text[m - 1].isspace():
        return True  # at the edge of the window, or a long gap: the pattern decides
    p = _letters_back(text, m, lo)
    previous = text[p:m] if p >= 0 else ""
    if p < 0 or not previous.isascii():
        return True
    return previous.lower() in _QUALIFIER_BEFORE_LAST[word]


def _may_end_with(window: str, word: str) -> bool:
    """False when ``window`` surely does not end with ``word`` and white space,
    as :data:`_BETWEEN_RE` and :data:`_FROM_RE` need (each a search of up to 80
    characters: measured ~70 calls a pass of the benchmark sample, nearly all
    fruitless).  Non-ASCII text is left to the pattern."""
    return not window.isascii() or window.rstrip().lower().endswith(word)


def _may_end_connector(text: str, lo: int, pos: int) -> bool:
    """False when :data:`_RANGE_BACK_RE` cannot match a connector that ends at
    ``pos``: one ends with a dash or white space and "to"/"and", then at most
    three white-space characters ("around " ends with neither)."""
    j = pos
    floor = max(lo, pos - 4)
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j <= max(lo, pos - 8):
        return False
    last = text[j - 1]
    if not text[j - 1 : pos].isascii():
        return True
    if last not in _CONNECTOR_ENDS:
        return False
    if not last.isalpha():
        return True
    tail = text[max(lo, j - 4) : j].lower()  # white space and "to"/"and"
    if not tail.isascii():
        return True
    return (tail[-2:] == "to" and tail[-3:-2].isspace()) or (
        tail[-3:] == "and" and tail[-4:-3].isspace()
    )


def _may_follow(
    text: str, pos: int, end: int, starts: frozenset[str], words: frozenset[str]
) -> bool:
    """False when nothing in ``starts`` (or non-ASCII) comes after at most three
    white-space characters at ``pos`` (before ``end``), or a letter there does
    not begin a word of ``words`` (lower-cased) that white space ends: the
    cheap test before the patterns that begin that way."""
    j = pos
    stop = min(end, pos + 3)
    while j < stop and text[j].isspace():
        j += 1
    if j >= end:
        return False
    char = text[j]
    if char not in starts:
        return not char.isascii() or not text[pos:j].isascii()
    if not char.isalpha():
        return True
    seg = text[pos : j + 5]  # the longest word (4 letters) and the white space after it
    return not seg.isascii() or seg[j - pos :].lower().split(maxsplit=1)[0] in words


def _has_hint(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a digit or a number word (the region pre-filter).

    ASCII text (nearly all news) is tested with ``str`` methods at C speed:
    there ``\\d`` is ``[0-9]`` and ignoring case is lower-casing; other text
    goes through :data:`_HINT_RE`.
    """
    part = text[start:end]
    if not part.isascii():
        return _HINT_RE().search(text, start, end) is not None
    for digit in _ASCII_DIGITS:  # a one-character ``in`` is a memchr: faster than a search
        if digit in part:
            return True
    lower = part.lower()
    for word in _HINT_WORDS:  # noqa: SIM110 (a loop: no generator to create per region)
        if word in lower:
            return True
    return False


# --------------------------------------------------------------------------
# Result type (defined in econparse._money_types)
# --------------------------------------------------------------------------


#: ``Money(...)`` without its checks, for the scanner's own results (see
#: :func:`econparse.span._unchecked`).
_money = _unchecked(Money)


def _as_rate(code: str, value: Decimal | str | float) -> Decimal:
    try:
        rate = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"rate for {code} is not a number: {value!r}") from None
    if not rate.is_finite() or rate <= 0:
        raise ValueError(f"rate for {code} must be a positive finite number, got {value!r}")
    return rate


def convert(money: Money, to: str, *, rates: Mapping[str, Decimal | str | float]) -> Money:
    """Return ``money`` converted to the currency ``to`` with caller-supplied rates.

    ``rates`` maps ISO codes to *units of that currency per one unit of a
    common base*, e.g. with USD as base ``{"USD": 1, "EUR": "0.92", "JPY":
    150}``: then 100 EUR is ``100 / 0.92 * 150`` JPY.  No rates are bundled
    and nothing is fetched.  Floats are read through ``str`` (``0.92`` is
    ``Decimal("0.92")``); the arithmetic is :class:`~decimal.Decimal` in the
    current context, without rounding to the minor unit.

    The result is a new :class:`Money` with the same ``text``, ``span``,
    qualifier and rate unit, the converted ``amount`` (or ``low``/``high``),
    and ``currency=to``; ``currency_assumed`` is kept, since a converted
    assumed currency is no surer.

    :raises KeyError: when ``rates`` has no entry for either currency.
    :raises ValueError: when ``to`` is not a three-letter code or a rate is
        not a positive number.
    """
    if not isinstance(money, Money):
        raise TypeError(f"convert() expects a Money, not {type(money).__name__}")
    if not (isinstance(to, str) and len(to) == 3 and to.isascii() and to.isalpha()):
        raise ValueError(f"target currency must be a three-letter ISO 4217 code, got {to!r}")
    target = to.upper()
    missing = [code for code in (money.currency, target) if code not in rates]
    if missing:
        raise KeyError(f"no exchange rate for {', '.join(missing)} (rates given: {sorted(rates)})")
    factor = _as_rate(target, rates[target]) / _as_rate(money.currency, rates[money.currency])

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else value * factor

    return attrs.evolve(
        money,
        amount=scaled(money.amount),
        low=scaled(money.low),
        high=scaled(money.high),
        currency=target,
    )


# --------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------


class _Token:
    """The readings of a currency marker of a region (a plain class, as :class:`_Marker`)."""

    __slots__ = ("end", "glued", "key", "mult", "name", "prefix", "start", "suffix")

    def __init__(  # noqa: PLR0917 (private, built in _token and _tokens)
        self,
        start: int,
        end: int,
        prefix: _Alias | None,
        suffix: _Alias | None,
        glued: bool,
        name: bool,
        key: str,
        mult: Decimal,
    ) -> None:
        self.start = start
        self.end = end
        self.prefix = prefix  # reading when written before an amount
        self.suffix = suffix  # reading when written after an amount
        self.glued = glued  # only valid touching the digits
        self.name = name  # a spelled-out name ("dollars"), not a symbol
        self.key = key
        self.mult = mult


class _Amount:
    """One amount of a region, before ranges are joined (a plain class, as :class:`_Marker`)."""

    __slots__ = ("alias", "end", "number", "start", "token", "value")

    def __init__(  # noqa: PLR0917 (private, built in the scanner)
        self,
        start: int,
        end: int,
        value: Decimal,
        number: Number,
        alias: _Alias,
        token: _Token | None,
    ) -> None:
        self.start = start  # mention start (sign or currency marker or number)
        self.end = end
        self.value = value
        self.number = number
        self.alias = alias
        self.token = token  # None for a bare upper bound of a range


def _token(text: str, marker: _Marker, vocabulary: _Vocabulary) -> _Token | None:
    """The readings of one currency marker found in the text."""
    start, end, kind = marker.start, marker.end, marker.kind
    raw = text[start:end]
    if kind != "name" and (text[start - 1 : start] == "/" or text[end : end + 1] == "/"):
        return None  # a currency pair ("EUR/USD 1.10") is a rate, not an amount
    one = _ONE
    prefix, suffix, names = vocabulary.prefix, vocabulary.suffix, vocabulary.names
    if kind == "glued":
        return _Token(start, end, None, suffix.get(raw), True, False, raw, one)
    if kind == "scaled":
        entry = prefix.get(marker.code)
        mult = _SCALE_LETTERS[marker.mult]
        return _Token(start, end, entry, entry, False, False, raw, mult)
    if kind == "sym":
        key = _sym_key(raw)
        pre = prefix.get(key) or prefix.get(key.upper())
        suf = suffix.get(key) or suffix.get(key.upper())
        # A symbol that is also a name ("stg", "ECU") may follow the amount.
        suf = suf or names.get(_name_key(raw))
        return _Token(start, end, pre, suf, False, False, key, one)
    key = _name_key(raw)
    return _Token(start, end, None, names.get(key), False, True, key, one)


def _keep(found: dict[int, _Token], text: str, marker: _Marker, vocabulary: _Vocabulary) -> None:
    """Add the readings of ``marker`` to ``found`` (the first found at a start wins)."""
    token = _token(text, marker, vocabulary)
    if token is not None:
        found.setdefault(token.start, token)


def _tokens(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> list[_Token]:
    """The currency markers right before or after a number of the region.

    ``starts`` and ``ends`` are the offsets of the region's numbers, to which
    the digit blobs are added.  Markers are only looked for where they can
    matter: forwards from the end of each number (or blob) across at most
    three spaces or a hyphen, and backwards from the start of each, across
    at most one space.
    """
    vocabulary = _vocabulary()
    markers = vocabulary.markers
    if text[start:end].isascii():
        for run in _ASCII_DIGIT_BLOBS_RE().finditer(text, start, end):
            run_start, run_end = run.span()
            starts.add(run_start)
            ends.add(run_end)
    else:
        for digits in _DIGIT_BLOBS_RE().finditer(text, start, end):
            starts.add(digits.start())
            ends.add(digits.end())
    found: dict[int, _Token] = {}
    # ``starting``/``ending`` find nothing where an ASCII character that no
    # spelling begins (ends) with stands: skip the call there.
    heads, tails = markers.head_chars, markers.tail_chars
    for anchor in ends:
        pos = anchor
        stop = min(end, anchor + 4)
        while pos < stop:
            char = text[pos]
            if char in heads or not char.isascii():
                marker = markers.starting(text, pos, end)
                if marker is not None:
                    _keep(found, text, marker, vocabulary)
                    break
            if char not in " \t\u00a0\n-":
                break
            pos += 1
    for anchor in starts:
        for stop in (anchor, anchor - 1):
            if stop <= start or (stop < anchor and text[stop] not in " \u00a0\n"):
                break
            char = text[stop - 1]
            if char in tails or not char.isascii():
                marker = markers.ending(text, start, stop)
                if marker is not None:
                    _keep(found, text, marker, vocabulary)
                    break
    # What ``_ARTICLE_SUBUNIT_RE`` needs, lower-cased (no non-ASCII character
    # folds to these letters): "cent" alone sent "percent" regions to it
    # (measured: ~60 calls a pass of the benchmark sample, nearly all fruitless).
    lower = text[start:end].lower()
    if ("cent" not in lower and "penny" not in lower) or not _may_hold_article_subunit(lower):
        return [found[position] for position in sorted(found)]
    for match in _ARTICLE_SUBUNIT_RE().finditer(text, start, end):
        key = match.group("unit").lower()
        found.setdefault(
            match.start("unit"),
            _Token(
                match.start("unit"),
                match.end(),
                None,
                vocabulary.names[key],
                False,
                True,
                key,
                _ONE,
            ),
        )
    return [found[position] for position in sorted(found)]


def _gap_ok(gap: str) -> bool:
    """White space allowed between an amount and its currency marker."""
    return len(gap) <= 3 and gap.strip() == "" and gap.count("\n") <= 1


def _is_money_number(number: Number) -> bool:
    return number.kind is NumberKind.CARDINAL


def _looks_like_year(number: Number) -> bool:
    return (
        not number.words
        and number.scale == 1
        and len(number.text) == 4
        and number.text.isdigit()
        and 1800 <= number.value <= 2099
    )


def _value(number: Number, alias: _Alias, token: _Token | None) -> Decimal:
    value = number.value
    if token is not None:
        value *= token.mult
    if alias.divisor != 1:
        value /= alias.divisor
    return value


class _Scanner:
    """The candidates of one region and the rules that join them."""

    def __init__(
        self, text: str, start: int, end: int, default_dollar: str, numbers: Iterable[Number]
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.default_dollar = default_dollar
        cardinal = NumberKind.CARDINAL  # _is_money_number, inlined
        self.by_end: dict[int, Number] = {}
        self.by_start: dict[int, Number] = {}
        for number in numbers:
            if number.kind is cardinal:
                span = number.span
                self.by_end[span.end] = number
                self.by_start[span.start] = number
        self.tokens = _tokens(text, start, end, set(self.by_start), set(self.by_end))
        self.prefix_at: dict[int, _Amount] = {}  # amount start position -> prefixed amount

    # -- single amounts ---------------------------------------------------

    def _number_after(self, pos: int) -> Number | None:
        number = self.by_start.get(pos)
        if number is None:
            number = number_at(self.text, pos, self.end)
        if number is None or not _is_money_number(number):
            return None
        return number

    def _prefixed(self, token: _Token) -> _Amount | None:
        """The amount a currency marker introduces: "$375bn", "EUR 3.5m", "$-99.99"."""
        alias = token.prefix
        if alias is None:
            return None
        text = self.text
        pos = token.end
        if pos < self.end and text[pos] in " \u00a0\n":
            pos += 1
        # The number grammar reads a sign as part of the number ("$-99.99").
        number = self._number_after(pos)
        if number is None or number.span.start != pos:
            return None
        value = _value(number, alias, token)
        start = token.start
        if value > 0 and start - 1 >= self.start and text[start - 1] in _MINUS:
            # "-$5m": a minus before the marker, unless it joins two words or numbers.
            before = text[start - 2] if start - 2 >= self.start else " "
            if not (before.isalnum() or before in ")%"):
                value, start = -value, start - 1
        return _Amount(start, number.span.end, value, number, alias, token)

    def _number_before(self, token: _Token) -> Number | None:
        text = self.text
        for back in range(4):
            pos = token.start - back
            if pos < self.start:
                break
            if back:  # _gap_ok, inlined: at most three characters of white space
                gap = text[pos : token.start]
                if not gap.isspace() or gap.count("\n") > 1:
                    break
            number = self.by_end.get(pos)
            if number is not None:
                return number
        if token.name and token.start - 1 > self.start and text[token.start - 1] == "-":
            # "12-cent", "one-yen": a hyphenated compound adjective.
            number = self.by_end.get(token.start - 1)
            if number is not None:
                return number
        # Digits glued to a symbol ("115USD", "99p") that the number grammar
        # leaves alone as an alphanumeric word: read the digits up to the token.
        pos = token.start
        while pos > self.start and (text[pos - 1].isdigit() or text[pos - 1] in ".,"):
            pos -= 1
        while pos < token.start and not text[pos].isdigit():
            pos += 1
        if pos < token.start and (pos == self.start or text[pos - 1] in _BEFORE_GLUED):
            number = number_at(text, pos, token.start)
            if number is not None and number.span.end == token.start and _is_money_number(number):
                return number
        return None

    def _article_before(self, token: _Token) -> Number | None:
        """ "a penny", "a cent": the article counts one sub-unit."""
        if token.key not in _ONE_SUBUNIT:
            return None
        match = _ARTICLE_RE().search(self.text, max(self.start, token.start - 3), token.start)
        if match is None:
            return None
        return Number.at(
            self.text,
            Span(match.start(), match.start() + 1),
            value=Decimal(1),
            kind=NumberKind.CARDINAL,
            scale=Decimal(1),
            scale_span=None,
            words=True,
            fraction=False,
        )

    def _suffixed(self, token: _Token) -> _Amount | None:
        alias = token.suffix
        if alias is None:
            return None
        number = self._number_before(token)
        if number is None:
            number = self._article_before(token)
        if number is None:
            return None
        text = self.text
        if token.glued and number.span.end != token.start:
            return None
        if token.name and _looks_like_year(number):
            return None
        window = text[max(self.start, number.span.start - 4) : number.span.start]
        if not _TOLERANCE_CHARS.isdisjoint(window) and _tolerance_re().search(
            text, max(self.start, number.span.start - 4), number.span.start
        ):
            return None
        # "245 23 yen": two bare numbers side by side; which one is the amount?
        prev = self.by_end.get(number.span.start - 1)
        if prev is not None and text[number.span.start - 1] == " " and not prev.words:
            return None
        if token.name and alias.code == "GBP" and token.key in ("pound", "pounds"):
            if _OF_RE().match(text, token.end, self.end):
                return None
            if token.key == "pound" and number.value != 1:
                return None
            window = text[max(self.start, number.span.start - 60) : number.span.start]
            if _WEIGHT_RE().search(window):
                return None
        if token.name and alias.code == "EUR" and _ZONE_RE().match(text, token.end, self.end):
            return None
        start = number.span.start
        value = _value(number, alias, token)
        if value > 0 and start - 1 >= self.start and text[start - 1] in _MINUS:
            before = text[start - 2] if start - 2 >= self.start else " "
            if not (before.isalnum() or before in ")%-"):
                value, start = -value, start - 1
        return _Amount(start, token.end, value, number, alias, token)

    # -- joining -------------------------------------------------------------

    def candidates(self) -> list[_Amount]:
        """All single amounts, sorted by start, overlapping ones included."""
        found: list[_Amount] = []
        for token in self.tokens:
            pre = self._prefixed(token)
            if pre is not None:
                found.append(pre)
                self.prefix_at[pre.start] = pre
            suf = self._suffixed(token)
            if suf is not None:
                found.append(suf)
        found.sort(key=lambda a: (a.start, -a.end))
        return found

    def code(self, alias: _Alias) -> str:
        return self.default_dollar if alias.dollar else alias.code

    def _compound(self, amount: _Amount) -> tuple[int, Decimal] | None:
        """ "3 dollars 50 cents", "15 dollars and 50.": main unit then its sub-units."""
        token = amount.token
        if (
            token is None
            or not (token.name or token.start > amount.number.span.end)
            or amount.alias.divisor != 1
            or amount.number.scale != 1
            or amount.number.value != amount.number.value.to_integral_value()
            or amount.end != token.end
        ):
            return None
        if not _may_follow(self.text, amount.end, self.end, _COMPOUND_STARTS, _COMPOUND_WORDS):
            return None
        match = _COMPOUND_RE().match(self.text, amount.end, self.end)
        if match is None:
            return None
        cents = Decimal(match.group("n")) / 100
        return match.end(), amount.value + (cents if amount.value >= 0 else -cents)

    def _range_high(self, low: _Amount) -> tuple[_Amount, Decimal] | None:
        """The upper bound after ``low`` ("-$4bn", " to 4 billion") and the low value."""
        text = self.text
        if not _may_follow(text, low.end, self.end, _RANGE_STARTS, _RANGE_WORDS):
            return None
        match = _RANGE_CONNECTOR_RE().match(text, low.end, self.end)
        if match is None:
            return None
        connector = match.group("c").strip().lower()
        window = text[max(self.start, low.start - 80) : low.start]
        if connector == "and":
            if not (_may_end_with(window, "between") and _BETWEEN_RE().search(window)):
                return None
        elif connector == "to":
            if _may_end_with(window, "from") and _FROM_RE().search(window):
                clause = _SENTENCE_BREAK_RE().split(window)[-1]
                if _change_in_clause_re().search(clause):
                    return None
            elif (_may_end_with_change(window) and _by_or_change_re().search(window)) or (
                # Without a qualifier at its end the window is left as it is:
                # the same search again would find nothing.
                _may_qualify(window, 0, len(window))
                and _may_end_with_change(stripped := _qualifier_re().sub("", window))
                and _by_or_change_re().search(stripped)
            ):
                return None
        pos = match.end()
        high = self.prefix_at.get(pos)
        if high is None:
            number = self._number_after(pos)
            if number is None or number.span.start != pos:
                return None
            high = _Amount(
                pos,
                number.span.end,
                _value(number, low.alias, None),
                number,
                low.alias,
                None,
            )
            # A name after the bare upper bound must agree: "3 to 4 billion dollars".
            for token in self.tokens:
                if token.start >= high.end:
                    if (
                        token.start - high.end <= 3
                        and token.suffix is not None
                        and _gap_ok(text[high.end : token.start])
                    ):
                        if self.code(token.suffix) != self.code(low.alias):
                            return None
                        high = _Amount(
                            high.start, token.end, high.value, high.number, high.alias, high.token
                        )
                    break
        elif self.code(high.alias) != self.code(low.alias):
            return None
        return self._ordered(low, high)

    def _ordered(self, low: _Amount, high: _Amount) -> tuple[_Amount, Decimal] | None:
        low_value = low.value
        if low.number.scale == 1 and high.number.scale > 1:
            scaled = low_value * high.number.scale
            if scaled < high.value:
                low_value = scaled
        if not low_value < high.value:
            return None
        return high, low_value

    def _range_low(self, high: _Amount) -> tuple[_Amount, Decimal] | None:
        """A bare lower bound before a suffixed amount: "3 to 4 billion dollars"."""
        if high.token is None or high.token.start < high.number.span.end:
            return None
        text = self.text
        if not _may_end_connector(text, self.start, high.start):
            return None
        if not self._number_ends_near(high.start):
            return None
        match = _RANGE_BACK_RE().search(text, max(self.start, high.start - 8), high.start)
        if match is None:
            return None
        number = self.by_end.get(match.start())
        if number is None:
            return None
        connector = match.group("c").strip().lower()
        window = text[max(self.start, number.span.start - 80) : number.span.start]
        if connector == "and" and not (
            _may_end_with(window, "between") and _BETWEEN_RE().search(window)
        ):
            return None
        if connector == "to" and (
            (_may_end_with_change(window) and _by_or_change_re().search(window))
            or (
                _may_end_with(window, "from")
                and _FROM_RE().search(window)
                and _change_in_clause_re().search(_SENTENCE_BREAK_RE().split(window)[-1])
            )
        ):
            return None
        low = _Amount(
            number.span.start,
            number.span.end,
            _value(number, high.alias, None),
            number,
            high.alias,
            None,
        )
        ordered = self._ordered(low, high)
        if ordered is None:
            return None
        return low, ordered[1]

    def _number_ends_near(self, pos: int) -> bool:
        """Whether a number ends in the 8 characters before ``pos``, where a
        :data:`_RANGE_BACK_RE` match must start to count in :meth:`_range_low`
        (measured: most of its ~120 calls a pass of the benchmark sample were
        "rose to ", "dlrs and ", with no number there)."""
        return not self.by_end.keys().isdisjoint(range(max(self.start, pos - 8), pos))

    def _qualifier(self, start: int) -> tuple[Qualifier, Span] | None:
        if not _may_qualify(self.text, self.start, start):
            return None
        window_start = max(self.start, start - 40)
        match = _qualifier_re().search(self.text, window_start, start)
        if match is None:
            return None
        phrase = " ".join(table_key(match.group("q")).split())
        return _QUALIFIER_PHRASES[phrase], _span(match.start("q"), match.end("q"))

    def _per(self, end: int) -> tuple[str, Span] | None:
        if not _may_follow(self.text, end, self.end, _PER_STARTS, _PER_WORDS):
            return None
        match = _per_re().match(self.text, end, self.end)
        if match is None:
            return None
        unit = _name_key(match.group("unit"))
        normalised = _PER_UNITS.get(unit) or _PER_UNITS.get(unit.replace(" ", "-"))
        if normalised is None:
            return None
        return normalised, _span(end, match.end())

    def run(self) -> list[Money]:
        if not self.tokens:
            return []
        text = self.text
        out: list[Money] = []
        taken = self.start
        for amount in self.candidates():
            if amount.start < taken:
                continue
            start, end = amount.start, amount.end
            value: Decimal | None = amount.value
            low = high = None
            ranged = self._range_high(amount)
            if ranged is not None:
                high_amount, low_value = ranged
                value, low, high, end = None, low_value, high_amount.value, high_amount.end
            else:
                back = self._range_low(amount)
                if back is not None and back[0].start >= taken:
                    low_amount, low_value = back
                    value, low, high, start = None, low_value, amount.value, low_amount.start
                else:
                    compound = self._compound(amount)
                    if compound is not None:
                        end, value = compound
            alias = amount.alias
            qualifier = self._qualifier(start)
            per = self._per(end)
            out.append(
                _money(
                    text[start:end],
                    _span(start, end),
                    amount=value,
                    low=low,
                    high=high,
                    currency=self.code(alias),
                    currency_assumed=alias.assumed,
                    qualifier=qualifier[0] if qualifier else None,
                    qualifier_span=qualifier[1] if qualifier else None,
                    per=per[0] if per else None,
                    per_span=per[1] if per else None,
                    approximate=qualifier is not None and qualifier[0] in _APPROXIMATE,
                )
            )
            taken = per[1].end if per else end
        return _link_equivalents(text, out)


def _link_equivalents(text: str, found: list[Money]) -> list[Money]:
    """Point "£2.5bn ($3.2bn)" pairs at each other."""
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        gap_end = second.span.start
        after_first = first.per_span.end if first.per_span else first.span.end
        if (
            first.currency != second.currency
            and _EQUIV_OPEN_RE().search(text, after_first, gap_end)
            and text[after_first:gap_end].strip() == "("
        ):
            after_second = second.per_span.end if second.per_span else second.span.end
            if _EQUIV_CLOSE_RE().match(text, after_second):
                found[i] = attrs.evolve(first, equivalent=second.span)
                found[i + 1] = attrs.evolve(second, equivalent=first.span)
    return found


def _extract(
    text: str,
    regions: Iterable[Span],
    default_dollar: str,
    numbers: Callable[[Span], Iterable[Number]],
    letters: bytes | None,
) -> Iterator[Money]:
    """The money of each region; ``numbers(region)`` gives the numbers found in it and
    ``letters`` is :func:`~econparse._patterns.letter_runs` of the text."""
    markers = _vocabulary().markers
    hints = None if letters is None else markers.hints(text, letters)
    if hints is not None and not (hints.cores or hints.needs):
        return  # no marker anywhere (a fifth of the news articles)
    for region in regions:
        start, end = region.start, region.end
        if hints is not None:
            occurs = hints.may_occur(start, end)
        else:
            occurs = markers.may_occur(text, start, end)
        # The marker test first: it rules out more regions (three in four of
        # the news paragraphs), and the hint test is slowest where there is
        # no digit, which most of those have.
        if occurs and _has_hint(text, start, end):
            yield from _Scanner(text, start, end, default_dollar, numbers(region)).run()


def extract_money(doc: Document) -> Iterator[Money]:
    """The registered extractor: every :class:`Money` in the body paragraphs of ``doc``.

    Bare dollars resolve to ``doc.options.default_dollar``.
    """
    return _extract(doc.text, doc.regions(), doc.options.default_dollar, doc.numbers, doc.letters())


def find_money(text: str, *, default_dollar: str = "USD") -> list[Money]:
    """Every :class:`Money` in ``text``, read as one region, in text order.

    >>> [(m.text, str(m.amount), m.currency) for m in find_money("a C$2.5bn deal")]
    [('C$2.5bn', '2500000000', 'CAD')]

    :param default_dollar: the ISO 4217 code for a bare ``$``, "dollars" or "cents".
    :raises TypeError: when ``text`` is not a ``str``.
    :raises ValueError: when ``default_dollar`` is not a three-letter code.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_money() expects a str, not {type(text).__name__}")
    if not (
        isinstance(default_dollar, str)
        and len(default_dollar) == 3
        and default_dollar.isascii()
        and default_dollar.isupper()
    ):
        raise ValueError(
            f"default_dollar must be a three-letter ISO 4217 code, got {default_dollar!r}"
        )
    whole = Span(0, len(text))
    return list(
        _extract(
            text,
            (whole,),
            default_dollar,
            lambda r: find_numbers(text, r.start, r.end),
            letter_runs(text),
        )
    )
