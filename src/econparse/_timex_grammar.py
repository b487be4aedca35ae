"""The grammar half of :mod:`econparse.temporal`: where temporal expressions are.

One master pattern, built from the tables of :mod:`econparse._temporal_vocab`
the first time it is needed (:func:`master`), is an ordered alternation of
named rules.  At a given position the first rule that matches wins, so the
rules are listed from the most to the least specific ("Jan. 27, 2019" before
"Jan. 27" before "2019"; "the past three months" before "the past").  Each
rule is a ``(?P<r_NAME>...)`` group; :mod:`econparse._timex_resolve` reads the
rule's name and its sub-groups.

Linear time: every repetition in the pattern is possessive (``\\s++``,
``(?:,\\d{3})*+``) or bounded, and no repetition contains another, so the
engine never re-enters a repetition it has left; the only backtracking is
among a fixed number of alternatives at each position.  Prefix words
("early", "nearly") are optional groups tried once.  Scanning (``finditer``)
resumes after each match, so each character is read by a bounded number of
attempts whatever the input.

Pre-check
    Trying the whole alternation at every character is slow (the ``regex``
    engine pays for every rule at every word).  :func:`candidates` first
    finds, in one pass of a standard-library pattern over the lower-cased
    text (in plain regions by looking up the words, :func:`_plain_candidates`),
    the positions where a match can begin: a digit that is a year or
    is followed by a unit, a month or a clock sign; a word that is a match
    alone ("March", "today"); any other word a rule can begin with (each
    rule says which, in ``_STARTS``) only when the next token is a digit or
    a word of the grammar (in plain regions also "the", "at", "about" ... only
    before a word that a rule can continue, :func:`_next_word_gates`).  At each
    such position :func:`pattern_for` gives the master pattern cut down to
    the rules that can begin with that token (in their order, after a prefix
    such as "early" when the token can begin one), so the result is what a
    scan of every position gives
    (checked by the tests against the full scan); the cut-down patterns are
    compiled on first use.

Two-token dispatch
    :func:`pattern_at` cuts the pattern of a candidate further by what
    follows its first token: after "the" (one candidate in seven, and
    the first word of fifteen rules and of the prefixes "the end of" ...)
    only the rules that the next word can continue ("the new plant" tries
    none, "the first quarter" four); for a number, only the rules that read
    that many digits followed by that kind of character ("155 tonnes" tries
    only durations, "1987." durations and years).  The tables say, for each
    rule, what can follow (:data:`_AFTER_THE`, :data:`_DIGIT_RUNS`), and the
    tests check the result against :func:`pattern_for` on every word of
    the grammar.  In plain (ASCII) regions a number drops the durations
    unless a unit (or "and", "to") follows its digits, and a year the
    quarters and halves unless their words follow (:func:`_quantity_at`,
    :func:`_period_at`: looser than the rules, never stricter).

Two engines
    The cut-down patterns need ``regex`` (one name for several groups,
    look-behinds of variable width), which is slow here.  In plain regions
    (:func:`is_plain`: ASCII, where both engines read alike) a copy in the
    standard library's engine finds whether and which rule matches, and
    that rule alone gives the groups (:class:`Matcher`); the tests check it
    against the ``regex`` pattern on every candidate of their phrases.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeAlias

from econparse import _temporal_vocab as vocab
from econparse._patterns import (
    IGNORECASE,
    LOWER_LETTERS_ONLY,
    VERSION0,
    compile_regex,
    escape_regex,
    fold_lookalikes,
    lazy_regex,
    table_key,
)

if TYPE_CHECKING:
    import regex

__all__ = [
    "DIGIT",
    "QUOTE",
    "Matcher",
    "candidates",
    "is_plain",
    "master",
    "pattern_at",
    "pattern_for",
    "region_candidates",
    "trigger_words",
    "word_alternation",
]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces as possessive blanks.

    Written as a trie (one branch per character, a word's end as an
    optional continuation), which the engine rejects at the first character
    that fits no word instead of trying each word in turn: it matches what
    the flat alternation sorted longest first matches.
    """
    return _trie(words, lambda ch: r"\s++" if ch == " " else escape_regex(ch))


class _Node(dict[str, "_Node"]):
    """A trie node: one child per next character; the key "" marks a word's end."""


def _trie(words: Iterable[str], escape: Callable[[str], str] = re.escape) -> str:
    """An alternation of ``words`` as a trie; longer words are tried first."""
    root = _Node()
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, _Node())
        node[""] = _Node()

    def emit(node: _Node) -> str:
        alts = [escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _capitalised(words: Iterable[str]) -> str:
    """Case-sensitive alternation of the words with a capital initial (or all capitals)."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(" ".join(part[:1].upper() + part[1:] for part in w.split(" ")))
        forms.add(w.upper())
    return "(?-i:" + word_alternation(forms) + ")"


_SP = r"\s++"
_YEAR = r"(?:1[6-9]|20)\d\d(?![\d%])(?![.,]\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?![\d%])(?![.,:]\d)"
_MONTH_FULL = _capitalised(vocab.MONTHS)
_MONTH_ABBR = _capitalised(vocab.MONTH_ABBREVIATIONS) + r"(?:\.|(?![\w]))"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![\w])"
_WEEKDAY = _capitalised(vocab.WEEKDAYS) + r"(?![\w])"
_PART = "|".join(vocab.PARTS_OF_DAY)
_SEASON = word_alternation(vocab.SEASONS)
_ORDINAL = word_alternation(vocab.ORDINALS)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"
_QTY = (
    r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?(?:\s1/2)?"
    rf"|(?:{_TENS})(?:[\s-](?:{_UNITS_1_9})(?![\w]))?"
    rf"|{word_alternation(list(vocab.SMALL_NUMBERS) + list(vocab.VAGUE_QUANTITIES))}"
)
_UNIT = (
    word_alternation(list(vocab.UNITS) + list(vocab.UNIT_PLURALS))
    + r"|trading\s++days?|business\s++days?"
)
_POS = word_alternation(vocab.POSITION_MODS)
_QMOD = word_alternation(vocab.QUANTITY_MODS)
_REL = word_alternation(vocab.RELATIVE_WORDS)
_TZ = "(?-i:" + "|".join(sorted(vocab.TIME_ZONES, key=len, reverse=True)) + ")"
_HOLIDAY = _capitalised([*vocab.HOLIDAYS, *vocab.FLOATING_HOLIDAYS]).replace("'", "['’]")
_WORD_YEAR = (
    rf"(?:nineteen|twenty)[\s-]++(?:(?:{'|'.join(vocab.YEAR_TENS)})"
    rf"(?:[\s-](?:{'|'.join(vocab.YEAR_UNITS)}))?|{'|'.join(vocab.YEAR_TEENS)})(?![\w-])"
)

#: "two thousand and one": the years from 2000 read aloud, only after "the year"
#: ("two thousand" alone is mostly a count)
_WORD_YEAR_2000 = (
    rf"two{_SP}thousand(?:(?:{_SP}and)?{_SP}(?:{'|'.join(vocab.YEAR_TEENS)}"
    rf"|{'|'.join(vocab.YEAR_UNITS)}))?(?![\w-])"
)

_RULES: tuple[tuple[str, str], ...] = (
    (
        "iso",
        r"(?<![\d-])(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
    ),
    (
        "slash",
        r"(?<![\d/.,])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:1[6-9]|20)\d\d|\d\d)"
        r"(?![\d/])",
    ),
    (
        "mdy",
        rf"(?:(?P<wd>{_WEEKDAY}),?{_SP})?(?P<mon>{_MONTH}){_SP}(?P<d>{_DAY})"
        rf"(?:,?{_SP}(?P<y>{_YEAR}))?",
    ),
    (
        "dmy",
        rf"(?<![\d.,$])(?:(?P<wd>{_WEEKDAY}),?{_SP})?(?:the{_SP})?(?P<d>{_DAY})(?:{_SP}of)?{_SP}"
        rf"(?P<mon>{_MONTH})(?:,?{_SP}(?P<y>{_YEAR}))?",
    ),
    (
        "monthyear",
        rf"(?P<mon>{_MONTH})(?:{_SP}of)?,?{_SP}(?:(?P<y>{_YEAR})|(?P<wy>{_WORD_YEAR}))",
    ),
    (
        "monthrel",
        rf"(?P<mon>{_MONTH})(?:{_SP}of)?,?{_SP}(?P<rel>last|this|next){_SP}year(?![\w-])",
    ),
    (
        "quarter",
        rf"(?:the{_SP})?(?:(?P<y1>{_YEAR})(?:['’]s)?{_SP}|(?P<rel>{_REL}){_SP}year(?:['’]s)?{_SP})?"
        rf"(?:fiscal{_SP})?(?P<ord>{_ORDINAL}|final|last|latest)[\s-]++(?:fiscal[\s-]++)?quarter"
        rf"(?![\w-])(?:{_SP}of{_SP}(?:fiscal{_SP}|the{_SP}year{_SP})?(?P<y2>{_YEAR})"
        rf"|,?{_SP}(?:fiscal{_SP})?(?P<y3>{_YEAR}))?",
    ),
    (
        "qcode",
        rf"(?<![\w-])(?:(?-i:Q)(?P<n>[1-4])(?:(?:{_SP}|-|['’])(?P<y>{_YEAR}|\d\d(?![\w%])))?"
        rf"|(?P<y2>{_YEAR})\s?+(?-i:Q)(?P<n2>[1-4]))(?![\w])",
    ),
    (
        "half",
        rf"(?:the{_SP})?(?:(?P<y1>{_YEAR})(?:['’]s)?{_SP})?(?P<ord>first|second|1st|2nd|last|latter)[\s-]++half"
        rf"(?![\w-])(?:{_SP}of{_SP}(?:fiscal{_SP}|the{_SP}year{_SP})?(?P<y2>{_YEAR}))?",
    ),
    (
        "hcode",
        rf"(?<![\w-])(?:(?-i:H)(?P<n>[12])(?:{_SP}|-)?(?P<y>{_YEAR})?"
        rf"|(?P<y2>{_YEAR})\s?+(?-i:H)(?P<n2>[12]))(?![\w])",
    ),
    (
        "fiscal",
        rf"(?:the{_SP})?(?P<y>{_YEAR})[-/](?P<y2>\d\d)(?![\d%]){_SP}(?:fiscal|financial){_SP}year"
        rf"|(?:fiscal|financial){_SP}(?:year{_SP})?(?P<y>{_YEAR})(?:[-/](?P<y2>\d\d)(?!\d))?"
        rf"|(?<![\w-])(?-i:FY)\s?+(?:(?P<y>{_YEAR})|(?P<yy>\d\d)(?![\w%]))",
    ),
    (
        "decade",
        r"(?:the\s++)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<dec2>\d0)['’]?s)(?![\w'’])"
        rf"|the{_SP}(?P<decw>{'|'.join(vocab.DECADE_WORDS)})(?![\w'’-])",
    ),
    (
        "century",
        rf"(?:the{_SP})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})[\s-]++century(?![\w])",
    ),
    ("holiday", rf"(?P<hol>{_HOLIDAY})(?:,?{_SP}(?P<y>{_YEAR}))?(?![\w])"),
    # "the year 2000", "the year two thousand": the year named
    (
        "theyear",
        rf"the{_SP}year{_SP}(?:(?P<y>{_YEAR})(?![\w-])|(?P<wy>{_WORD_YEAR}|{_WORD_YEAR_2000}))",
    ),
    (
        "yearago",
        r"(?:the\s++)?(?:(?:same|corresponding|comparable)\s++)?(?:a\s++)?year[-\s](?:earlier|ago)"
        # "the year-ago third quarter": that quarter of the year before
        rf"(?:\s++(?:(?P<qord>{_ORDINAL})[\s-]++(?=quarter))?(?P<noun>quarter|period|month))?"
        r"(?![\w-])"
        # "the quarter a year ago", "the corresponding period last year", "last year's quarter"
        r"|(?:the\s++)?(?:(?:same|corresponding|comparable)\s++)?(?P<noun2>quarter|period)\s++"
        r"(?:a\s++year\s++(?:ago|earlier)|(?:of\s++)?last\s++year)(?![\w'’-])"
        r"|last\s++year['’]s\s++(?:(?:same|corresponding|comparable)\s++)?"
        r"(?P<noun3>quarter|period)(?![\w-])",
    ),
    (
        "yearperiod",
        rf"the{_SP}(?P<y>{_YEAR}){_SP}(?:(?P<ord>{_ORDINAL}){_SP})?(?P<noun>quarter|period)(?![\w-])",
    ),
    (
        "span",
        rf"(?:(?P<qmod>{_QMOD}){_SP})?(?:(?P<the>the){_SP})?"
        rf"(?:(?P<rel>past|last|next|coming|previous|following|first|final|latest|remaining|"
        rf"preceding|recent|initial|current){_SP})?(?:(?P<low>{_QTY}){_SP}to{_SP})?"
        rf"(?P<qty>{_QTY})(?P<half>{_SP}and{_SP}a{_SP}half)?"
        rf"[\s-]++(?P<unit>{_UNIT})(?![\w-])(?P<half2>{_SP}and{_SP}a{_SP}half(?![\w-]))?"
        rf"(?:(?P<orso>{_SP}or{_SP}so)"
        rf"|{_SP}(?P<dir>ago|earlier|later|hence|from{_SP}now|previously|prior|before(?=\s*+[,.;])"
        rf"|after(?=\s*+[,.;])))?(?![\w])",
    ),
    (
        "relative",
        rf"(?:the{_SP})?(?P<rel>{_REL}|same|latest){_SP}(?P<unit>week(?:end)?|month|quarter|year"
        rf"|decade|century|half|fiscal{_SP}year|calendar{_SP}year|period)(?![\w-])",
    ),
    # "that year", "that same day": the unit of the date just mentioned
    (
        "anaphoric",
        rf"that{_SP}(?:same{_SP})?(?P<unit>day|week|month|quarter|year)(?![\w'’-])",
    ),
    (
        "weekof",
        rf"the{_SP}week{_SP}of{_SP}(?P<mon>{_MONTH}){_SP}(?P<d>{_DAY})(?:,?{_SP}(?P<y>{_YEAR}))?",
    ),
    (
        "theunit",
        r"the\s++(?:(?P<whole>full|fiscal)[\s-]++(?=year))?"
        r"(?P<unit>year|month|week(?:end)?|quarter|decade|century)(?![\w-])",
    ),
    (
        "relnamed",
        rf"(?:the{_SP}(?P<prev>previous|following){_SP}(?P<wd2>{_WEEKDAY})|"
        rf"(?P<rel>last|this|next|past|coming){_SP}(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH_FULL})"
        rf"(?![\w])|(?P<season>{_SEASON})(?![\w]))(?:{_SP}(?P<part>{_PART})(?![\w]))?)",
    ),
    ("weekday", rf"(?P<wd>{_WEEKDAY})(?:{_SP}(?P<part>{_PART})(?![\w]))?"),
    (
        "deictic",
        rf"(?<![\w-])(?:(?P<dx>today|yesterday|tomorrow|tonight)(?:{_SP}(?P<part>{_PART}))?"
        rf"|(?P<this>this|last){_SP}(?P<part2>morning|afternoon|evening|night))(?![\w-])",
    ),
    (
        "season",
        rf"(?:(?P<season>{_SEASON})(?:{_SP}of)?{_SP}(?:(?P<y>{_YEAR})|(?P<wy>{_WORD_YEAR}))"
        rf"|(?<=\b(?:in|into|during|since|until|by|through|for|this|over)\s++(?:the\s++)?)"
        rf"(?P<season2>{_SEASON})(?!\s++(?:of|in)\b))(?![\w])",
    ),
    (
        "time",
        rf"(?<![\w.:$])(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?+"
        rf"(?P<ap>[ap]\.m\.|[ap]\.m(?![\w])|[ap]m(?![\w]))"
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?={_SP}(?:{_TZ}|local{_SP}time)))"
        rf"(?:{_SP}(?P<tz>{_TZ})(?![\w]))?(?:,?{_SP}(?:on{_SP})?(?:(?P<tday>{_WEEKDAY})"
        rf"|(?P<mon>{_MONTH}){_SP}(?P<d>{_DAY})(?:,?{_SP}(?P<y>{_YEAR}))?))?"
        rf"|(?<![\w-])(?<!high\s)(?P<noon>noon|midday|midnight)(?![\w-])(?:{_SP}(?:on{_SP})?(?P<tday2>{_WEEKDAY}))?",
    ),
    # a year read aloud in broadcast transcripts ("in nineteen ninety-six")
    (
        "wordyear",
        rf"(?P<wy>{_WORD_YEAR})(?!{_SP}(?:percent|per{_SP}cent|{'|'.join(vocab.QUANTITY_NOUNS)})\b)",
    ),
    (
        "monthonly",
        rf"(?P<mon>{_MONTH_FULL})(?![\w])",
    ),
    (
        "year",
        rf"(?<![\w$€£¥#.,/:+])(?<!(?<!mid)-)(?P<y>{_YEAR})(?![\w]|-\d|\s?+(?:percent|per\s?+cent|pct)\b)",
    ),
    (
        "set",
        rf"(?<![\w-])(?:(?P<freq>{word_alternation(vocab.FREQUENCIES)})"
        rf"|(?:every|each){_SP}(?:other{_SP})?(?:(?P<qty>{_QTY}){_SP})?(?:(?P<unit>{_UNIT})"
        rf"|(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH_FULL})))(?![\w-])",
    ),
    (
        "ref",
        r"(?<![\w-])(?P<ref>the\s++past(?!\s++(?:few|several|\d|year|month|week|decade|quarter"
        # "the past three summers", "the past two days": a count follows, not the past
        rf"|{_UNITS_1_9}|{_TENS}|ten|eleven|twelve|dozen|couple|day|night|hour|centur))"
        r"|the\s++(?:near\s++)?future(?=\s*+[,.;:!?)\"”’']|\s++(?:of|for|and|or|but|is|was|will|as"
        r"|to|in|when|than|with|by|at)\b|\s*+$)"
        # one look-behind a word ("of", "and" ...): both engines take it (fixed widths)
        r"|the\s++present(?!\s++\w+(?<!of)(?<!and)(?<!or)(?<!for)(?<!is)(?<!was))"
        # "in the near term", "over the short term" (not "the short term debt")
        r"|the\s++(?:near|short)\s++term(?=\s*+[,.;:!?)\"”’']|\s++(?:and|or|but|is|was|will|as"
        r"|to|in|when|than|with|by|at|for)\b|\s*+$)|these\s++days"
        r"|at\s++present|right\s++now|now|currently|nowadays|recently|lately|formerly"
        # "a previously announced plan", "as previously reported": the adverb orders
        # an event, it names no time
        r"|previously(?!\s++(?:[a-z]++(?<=ed)|had|been|held|sent|said|made|paid|sold|led|known"
        r"|shown|given|taken)\b)|shortly(?!\s++(?:after|before)\b))(?![\w-])",
    ),
    # "soon" as "ref" reads it, apart: its look-behind of variable width needs ``regex``
    # (see :func:`_single`), the other references do not; "as soon as", "soon after"
    # relate two events
    (
        "soon",
        r"(?<![\w-])(?<!\bas\s++)(?P<ref>soon)(?!\s++(?:as|after|before)\b)(?![\w-])",
    ),
    ("vague", r"(?<=\b(?:for|in|over)\s++)(?P<unit>years|months|weeks|decades|days)(?![\w-])"),
)


def master_source() -> str:
    """The source of :func:`master`.

    Optional prefixes (``pos``: "early", "the end of"; handled by the
    resolver) come first; then one ``r_NAME`` group per rule.
    """
    return _prefixed("|".join(f"(?P<r_{name}>{body})" for name, body in _RULES))


_PREFIX = rf"(?P<pos>{_POS})(?:[\s-]++in{_SP}|[\s-]++|(?<=mid))"


def _prefixed(rules: str) -> str:
    return rf"(?<![\w])(?:(?:{_PREFIX})?(?:{rules}))"


@functools.cache
def master() -> regex.Pattern[str]:
    """The compiled master pattern (built once, on first use: compiling costs ~20 ms)."""
    return compile_regex(master_source(), IGNORECASE | VERSION0)


def rule_names() -> tuple[str, ...]:
    """The rule names, in priority order (for tests and docs)."""
    return tuple(name for name, _ in _RULES)


# ---------------------------------------------------------------- pre-check

#: How :func:`candidates` names a first token that is not a word.
DIGIT = "0"
QUOTE = "'"

_SPAN_REL = (
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "following",
    "first",
    "final",
    "latest",
    "remaining",
    "preceding",
    "recent",
    "initial",
    "current",
)
_REFS = "the at right now currently nowadays recently lately previously formerly shortly these"

#: What each rule can begin with: table entries (their first word), literal
#: words, :data:`DIGIT` or :data:`QUOTE`.  The pre-check looks only for
#: these, and at each candidate only the rules that can begin there are
#: tried (all of them after a prefix word of :data:`econparse._temporal_vocab.POSITION_MODS`).
_STARTS: dict[str, tuple[Iterable[str], ...]] = {
    "iso": ((DIGIT,),),
    "slash": ((DIGIT,),),
    "mdy": (vocab.WEEKDAYS, vocab.MONTHS, vocab.MONTH_ABBREVIATIONS),
    "dmy": (vocab.WEEKDAYS, ("the", DIGIT)),
    "monthyear": (vocab.MONTHS, vocab.MONTH_ABBREVIATIONS),
    "monthrel": (vocab.MONTHS, vocab.MONTH_ABBREVIATIONS),
    "quarter": (
        ("the", DIGIT, "fiscal", "final", "last", "latest"),
        vocab.RELATIVE_WORDS,
        vocab.ORDINALS,
    ),
    "qcode": (("q", DIGIT),),
    "half": (("the", DIGIT, "first", "second", "last", "latter"),),
    "hcode": (("h", DIGIT),),
    "fiscal": (("the", DIGIT, "fiscal", "financial", "fy"),),
    "decade": (("the", DIGIT, QUOTE),),
    "century": (("the", DIGIT), vocab.ORDINALS),
    "holiday": (vocab.HOLIDAYS, vocab.FLOATING_HOLIDAYS),
    "theyear": (("the",),),
    "yearago": (
        ("the", "a", "year", "same", "corresponding", "comparable", "quarter", "period", "last"),
    ),
    "yearperiod": (("the",),),
    "span": (
        vocab.QUANTITY_MODS,
        ("the", DIGIT, *_SPAN_REL, *_TENS.split("|")),
        vocab.SMALL_NUMBERS,
        vocab.VAGUE_QUANTITIES,
    ),
    "relative": (("the", "same", "latest"), vocab.RELATIVE_WORDS),
    "anaphoric": (("that",),),
    "weekof": (("the",),),
    "theunit": (("the",),),
    "relnamed": (("the", "last", "this", "next", "past", "coming"),),
    "weekday": (vocab.WEEKDAYS,),
    "deictic": (vocab.DEICTIC_DAYS, ("this", "last")),
    "season": (vocab.SEASONS,),
    "time": ((DIGIT, "noon", "midday", "midnight"),),
    "wordyear": (("nineteen", "twenty"),),
    "monthonly": (vocab.MONTHS,),
    "year": ((DIGIT,),),
    "set": (vocab.FREQUENCIES, ("every", "each")),
    "ref": (_REFS.split(),),
    "soon": (("soon",),),
    "vague": (("years", "months", "weeks", "decades", "days"),),
}


def _first_words(tables: Iterable[Iterable[str]]) -> frozenset[str]:
    return frozenset(_first_word(entry) for table in tables for entry in table)


@functools.cache
def _rules_by_start() -> dict[str, tuple[str, ...]]:
    """For each first token, the names of the rules that can begin with it, in order."""
    table: dict[str, list[str]] = {}
    for name, _ in _RULES:
        for word in _first_words(_STARTS[name]):
            table.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in table.items()}


def position_words() -> frozenset[str]:
    """The first words of the prefixes ("early", "the end of", "mid")."""
    return _first_words((vocab.POSITION_MODS,))


def trigger_words() -> frozenset[str]:
    """Every word (lower case) that a match of :func:`master` can begin with."""
    return (frozenset(_rules_by_start()) | position_words()) - {DIGIT, QUOTE}


#: Lower-casing that keeps offsets: only the ASCII capitals, for a region where
#: ``str.lower`` turns a character into two (the look-alike letters that the
#: master pattern's IGNORECASE folds onto ASCII are replaced first).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _first_word(entry: str) -> str:
    if entry == QUOTE:
        return QUOTE
    word = re.split(r"[\s'-]", entry)[0]
    return DIGIT if word[:1].isdigit() else word


#: Words that are a whole match on their own; any other trigger word must be
#: followed by more of the grammar ("the" by "year", "two" by "weeks").
_ALONE_WORDS = (
    "noon",
    "midday",
    "midnight",
    "now",
    "currently",
    "nowadays",
    "recently",
    "lately",
    "previously",
    "formerly",
    "soon",
    "shortly",
    "years",
    "months",
    "weeks",
    "decades",
    "days",
)


def _alone_words() -> frozenset[str]:
    tables: tuple[Iterable[str], ...] = (
        vocab.MONTHS,
        vocab.MONTH_ABBREVIATIONS,
        vocab.WEEKDAYS,
        vocab.SEASONS,
        vocab.FREQUENCIES,
        vocab.DEICTIC_DAYS,
        _ALONE_WORDS,
    )
    words = {entry for table in tables for entry in table}
    # "Christmas", "Valentine's": a holiday whose first word is not followed by a space
    holidays = (*vocab.HOLIDAYS, *vocab.FLOATING_HOLIDAYS)
    word_then_space = compile_regex(r"\w+\s")
    words |= {_first_word(h) for h in holidays if not word_then_space.match(h)}
    return frozenset(words)


def _grammar_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words the grammar spells: (those of three letters or more, shorter ones).

    Every word of the tables the rules are built from, and every word written in the
    master pattern's source (escapes, group names and flags removed; the
    tries of the tables leave fragments of words there, which only add
    candidates), so that a word added to a rule or a table is known here
    without a list.
    """
    literal = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\(\?-i:", " ", master_source())
    text = " ".join([literal, *_vocabulary()])
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return frozenset(w for w in words if len(w) >= 3), frozenset(w for w in words if len(w) < 3)


#: The tables the rules are built from.
_GRAMMAR_TABLES: tuple[Iterable[str], ...] = (
    vocab.MONTHS,
    vocab.MONTH_ABBREVIATIONS,
    vocab.WEEKDAYS,
    vocab.SEASONS,
    vocab.PARTS_OF_DAY,
    vocab.UNITS,
    vocab.UNIT_PLURALS,
    vocab.SMALL_NUMBERS,
    vocab.VAGUE_QUANTITIES,
    vocab.ORDINALS,
    vocab.POSITION_MODS,
    vocab.QUANTITY_MODS,
    vocab.RELATIVE_WORDS,
    vocab.REFERENCES,
    vocab.DEICTIC_DAYS,
    vocab.FREQUENCIES,
    vocab.TIME_ZONES,
    vocab.HOLIDAYS,
    vocab.FLOATING_HOLIDAYS,
    vocab.DECADE_WORDS,
    vocab.YEAR_TEENS,
    vocab.YEAR_TENS,
    vocab.YEAR_UNITS,
)


def _vocabulary() -> list[str]:
    """Every entry of the tables the rules are built from."""
    return [entry for table in _GRAMMAR_TABLES for entry in table]


@functools.cache
def _after_digit(plain: bool = False) -> str:
    """What :func:`_trigger` reads after a number's first digit; the words are :func:`_words`.

    A digit, or a quote before a digit ("'90s"); a word that is a match on
    its own ("March", "today"); "mid" (glued or not); any other trigger
    word only when the next token is a digit, a quote or a word of the
    grammar (as a prefix for words of three letters or more, "week" for
    "weekend"), since every token of a match is one of those.  A number
    only when it has four digits (a year) or is glued to a sign or letters
    ("2019-01", "1/27/87", "10:30", "1st", "3pm") or is followed by a unit, a
    month or "a.m." ("3 weeks", "27 January", "9 a.m.", "9 1/2 years"); not a
    number that only a rule of four digits reads on from ("5/8 pct", "11-1/2",
    "151.50/60", "151.2  152.0": no second slash, a digit after the hyphen or the
    blanks other than a half's).
    The look-ahead over a number's digits and separators is bounded (at
    most 20 digits a group, 8 groups): a start inside a long run of
    separated digits costs a bounded amount, so the scan stays linear.

    ``plain``: the same for plain text (:func:`_plain_candidates`), matched after a
    digit that has a boundary before it: without the look-behinds that say so, and
    with ``[0-9]`` for ``\\d``, which the engine tests faster (half the cost).
    """
    units_months = (vocab.UNITS, vocab.UNIT_PLURALS, vocab.MONTHS, vocab.MONTH_ABBREVIATIONS)
    # every rule reads a whole word after a number ("3 weeks", "27 of June"), so
    # "3 tonnes" is no candidate although "to" begins it
    after_number = _trie([*(w for t in units_months for w in t), "of", "trading", "business", "to"])
    behind, digit = ("", "[0-9]") if plain else (r"(?<=\b\d)", r"\d")
    tail = (
        rf"{behind}{digit}{{3}}(?!{digit})|{behind}{digit}{{0,20}}+(?:[,.]{digit}{{1,20}}+){{0,8}}+"
        rf"(?:[:'\u2019a-z]|-(?!{digit})|/{digit}{{1,20}}+/"
        rf"|\s++(?:(?:{after_number})(?![a-z])|[ap]\.?m|1/2))"
    )
    return tail if plain else f"(?={tail})"


def _words() -> str:
    """The words of :func:`_trigger` (see :func:`_after_digit`)."""
    triggers = trigger_words()
    alone = _alone_words() & triggers
    # "mid" is a hit before any word it begins ("midst", "middle"): those never are
    others: Iterable[str] = {word for word in triggers - alone if not word.startswith("mid")}
    # One trie of all the words (the engine tries each first letter once, not once a
    # trie): a word that is a match alone is told apart after it by a look-behind of
    # its length (a letter before it would be part of a longer word), any other needs
    # a follower.  The words are letters only and the two sets are apart, so this
    # finds what the alone words, then "mid", then the others tried in turn find.
    lengths: dict[int, list[str]] = {}
    for word in alone:
        lengths.setdefault(len(word), []).append(word)
    alone_ends = "|".join(f"(?<=[^a-z]{_trie(lengths[n])})" for n in sorted(lengths))
    return rf"(?:{_trie([*alone, *others])})(?![a-z])(?:{alone_ends}|(?={_follower()}))|mid"


@functools.cache
def _follower() -> str:
    """What must follow a trigger word that is no match alone (after blanks, commas,
    quotes and hyphens): a digit, a quote, or a word of the grammar (as a prefix for
    words of three letters or more, "week" for "weekend")."""
    long_words, short_words = _grammar_words()
    short = "|".join(sorted(w for w in short_words if len(w) > 1 or w == "a"))
    return rf"[\s,'\u2019-]*+(?:\d|['\u2019]|{_trie(long_words)}|(?:{short})(?![a-z]))"


@functools.cache
def _next_word_gates() -> dict[str, str]:
    """For "the" and each gated first word (:func:`_gated`): what :func:`pattern_at` needs
    after it in plain lower-case text to try any rule, as a pattern (blanks, then a
    word that begins with one it can continue, or a digit: any after "the", after
    the others one that begins a duration's quantity and unit)."""
    table, prefixes = _after_the()
    heads = {word for word in table if word not in (DIGIT, QUOTE)} | prefixes
    gates = {"the": rf"\s++(?:\d|['\u2019]|{_trie(heads)})"}
    for word, nexts in _gated().items():
        digit = rf"|(?={_QUANTITY_TAIL.pattern})" if DIGIT in nexts else ""
        gates[word] = rf"[\s-]++(?:{_trie(nexts - {DIGIT}) or '(?!)'}{digit})"
    return gates


@functools.cache
def _trigger() -> re.Pattern[str]:
    """The pre-check pattern (on lower-cased text); a match is the first token of a candidate
    (see :func:`_after_digit`).

    The pattern begins with one character class, which the engine looks for
    with a fast loop before it tries the rest: a digit (the number itself), or
    a character that is not part of a word, followed by a quote's digit or by
    the word (captured: its start is one after the match's).  In plain regions
    :func:`_plain_candidates` finds the same without a scan of every word.
    """
    return re.compile(
        rf"[\W\d](?:(?<=\d){_after_digit()}|(?<=['\u2019])(?=\d)|(?<!\d)({_words()}))"
    )


#: A ``bytes.translate`` table for a lower-case ASCII region (:func:`_plain_candidates`;
#: its runs of letters are :data:`~econparse._patterns.LOWER_LETTERS_ONLY`'s): the kind
#: of each byte (a digit "0", a letter or "_" "a", any other a blank: what a token
#: needs before it).
_KINDS = bytes(
    0x30 if 0x30 <= c <= 0x39 else 0x61 if 0x61 <= c <= 0x7A or c == 0x5F else 0x20
    for c in range(256)
)


@functools.cache
def _plain_checks() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """For :func:`_plain_candidates`: what :func:`_trigger` reads after a number's
    first digit (:func:`_after_digit`) and after a word that is no match alone
    (:func:`_follower`), and the words that begin with "mid" and are a match alone
    ("midday"), as runs of letters between blanks."""
    mids = sorted(word for word in _alone_words() & trigger_words() if word.startswith("mid"))
    return (
        re.compile(_after_digit(plain=True)),
        re.compile(_follower()),
        tuple(f" {w} " for w in mids),
    )


@functools.cache
def _scanned_words() -> frozenset[bytes]:
    """The trigger words that :func:`_plain_candidates` looks for among a region's runs
    of letters (ASCII bytes): all but those that begin with "mid"."""
    return frozenset(w.encode("ascii") for w in trigger_words() if not w.startswith("mid"))


@functools.cache
def _word_checks() -> dict[bytes, tuple[str, str, re.Pattern[str] | None, bool]]:
    """For each of :func:`_scanned_words`: the word between blanks (as it stands in a
    region's runs of letters), the token, the gate after it ("the", "a", "at",
    "about" ..., :func:`_next_word_gates`) and whether the follower must come after
    it (every word but those that are a match alone)."""
    gates = _next_word_gates()
    alone = _alone_words()
    checks: dict[bytes, tuple[str, str, re.Pattern[str] | None, bool]] = {}
    for word in _scanned_words():
        token = word.decode("ascii")
        gate = re.compile(gates[token]) if token in gates else None
        checks[word] = (f" {token} ", token, gate, token not in alone)
    return checks


def _plain_candidates(segment: str, lo: int) -> list[tuple[int, str]]:
    """:func:`_trigger`'s hits in a plain region (lower-cased), less the words "the",
    "a", "at", "about" ... where :func:`pattern_at` would try no rule after them in
    plain text (one in five candidates was one of those words followed by one that
    no rule reads).

    A hit is decided by its token and what is around it alone (a boundary before
    it: a character other than a-z, 0-9 and "_"; a word whole, the look-ahead of
    its kind after it), so the hits are found apart and merged.  The words: the
    trigger words among the region's runs of letters (one ``bytes.split`` and a
    set intersection, at C speed; two or three a paragraph, most often "the"),
    each by ``str.find`` in the runs of letters.  The numbers: their first digits
    after a boundary, by ``str.find`` in the kinds of the characters.  Scanning
    the text with the one pattern stopped at every blank to try the trie of all
    the words there: 9% of the whole parse.  Each ``find`` loop reads the region
    once and there are at most as many as trigger words, so the work is linear.
    """
    # a blank before the region: a token at its start has a character before it
    lower = " " + segment.lower()
    data = lower.encode("ascii")
    runs = data.translate(LOWER_LETTERS_ONLY)
    # a blank after the runs too: a word at the region's end is whole
    letters = runs.decode("ascii") + " "
    kinds = data.translate(_KINDS).decode("ascii")
    base = lo - 1  # the offset in ``text`` of a position in ``lower`` is ``base`` more
    number, follower, mids = _plain_checks()
    found: list[tuple[int, str]] = []
    i = kinds.find(" 0")
    while i >= 0:
        if number.match(lower, i + 2) is not None:
            found.append((base + i + 1, lower[i + 1]))
        i = kinds.find(" 0", i + 2)
    checks = _word_checks()
    for word in _scanned_words().intersection(runs.split()):
        whole, token, gate, follows = checks[word]
        i = letters.find(whole)
        while i >= 0:
            end = i + len(whole) - 1  # after the word
            if (
                kinds[i] == " "
                and (gate is None or gate.match(lower, end) is not None)
                and (not follows or follower.match(lower, end) is not None)
            ):
                found.append((base + i + 1, token))
            i = letters.find(whole, end)
    # "mid" is a hit before any word it begins ("midst", "mid-1987"), unless the word
    # is one that is a match alone
    i = letters.find(" mid")
    while i >= 0:
        if kinds[i] == " ":
            token = "mid"
            for whole in mids:
                if letters.find(whole, i, i + len(whole)) == i:
                    token = whole[1:-1]
            found.append((base + i + 1, token))
        i = letters.find(" mid", i + 4)
    # a quote before a digit ("'90s")
    i = lower.find("'")
    while i >= 0:
        if kinds[i + 1 : i + 2] == "0":
            found.append((base + i, QUOTE))
        i = lower.find("'", i + 1)
    found.sort()
    return found


def candidates(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """:func:`region_candidates` without whether the region is plain."""
    return region_candidates(text, lo, hi)[0]


def region_candidates(text: str, lo: int, hi: int) -> tuple[list[tuple[int, str]], bool]:
    """Where in ``text[lo:hi]`` a match of :func:`master` may start, and its first token.

    A superset: every start of a match is among them, since each match
    begins with a digit, a quote before a digit, or a word of
    :func:`trigger_words` followed by more of the grammar.  The token is
    the lower-cased word, or :data:`DIGIT` or :data:`QUOTE`; give it to
    :func:`pattern_for` for the pattern to match there.  One pass of the
    standard library engine over the lower-cased region, at C speed (in plain
    regions a look-up of the words and a search for each, :func:`_plain_candidates`).
    With them, whether the region is plain (:func:`is_plain`).
    """
    segment = text[lo:hi]
    if segment.isascii():  # most news: nothing to fold, and lowering keeps offsets
        if _has_separator(segment):  # not plain: the gates of the scans do not hold
            return _hits(_trigger(), " " + segment.lower(), lo - 1), False
        return _plain_candidates(segment, lo), True
    lower = table_key(segment)
    if len(lower) != len(segment):  # a few characters lower to two: keep offsets
        lower = fold_lookalikes(segment).translate(_ASCII_LOWER)
    # a hit ends where its token ends (a digit or a quote is the whole hit)
    return _hits(_trigger(), " " + lower, lo - 1), False


def _hits(trigger: re.Pattern[str], lower: str, base: int) -> list[tuple[int, str]]:
    """The candidates of one pattern of :func:`_trigger` in ``lower`` (a blank before
    the region's lower-cased text, which starts at ``base + 1``)."""
    return [
        (base + hit.end() - len(token), token)
        for hit in trigger.finditer(lower)
        if (token := hit.group(1) or hit.group())
    ]


# ------------------------------------------------------- two-token dispatch

#: What can follow "the" (after blanks) in each rule that can begin with "the",
#: in the form of :data:`_STARTS`.  At a candidate "the" only the rules whose
#: table has a prefix of the next word (or :data:`DIGIT`, :data:`QUOTE`) are
#: tried, and the prefixes ("the end of") only when the next word can continue
#: one: "the new company" tries nothing.
_AFTER_THE: dict[str, tuple[Iterable[str], ...]] = {
    "dmy": ((DIGIT,),),
    "quarter": (
        (DIGIT, "fiscal", "final", "last", "latest"),
        vocab.RELATIVE_WORDS,
        vocab.ORDINALS,
    ),
    "half": ((DIGIT, "first", "second", "last", "latter"),),
    "fiscal": ((DIGIT,),),
    "decade": ((DIGIT, QUOTE), vocab.DECADE_WORDS),
    "century": ((DIGIT,), vocab.ORDINALS),
    "theyear": (("year",),),
    "yearago": (("same", "corresponding", "comparable", "a", "year", "quarter", "period"),),
    "yearperiod": ((DIGIT,),),
    "span": (
        (DIGIT, *_SPAN_REL, *_TENS.split("|")),
        vocab.SMALL_NUMBERS,
        vocab.VAGUE_QUANTITIES,
    ),
    "relative": (("same", "latest"), vocab.RELATIVE_WORDS),
    "weekof": (("week",),),
    "theunit": (("full", "fiscal", "year", "month", "week", "quarter", "decade", "century"),),
    "relnamed": (("previous", "following"),),
    "ref": (("past", "near", "future", "present", "short"),),
}

_LONGEST_RUN = 5


def _digit_runs(*tables: Iterable[str]) -> tuple[int, ...]:
    """How many digits the entries of ``tables`` that begin with one ("1st") begin with."""
    entries = (entry for table in tables for entry in table)
    runs = (len(entry) - len(entry.lstrip("0123456789")) for entry in entries)
    return tuple(sorted({min(run, _LONGEST_RUN) for run in runs if run}))


#: How the character after the digits of a number is told to the dispatch:
#: any blank as " ", any letter as "a", any digit as :data:`DIGIT`, the end of
#: the region as "", any other character as itself (:func:`_char_class`).
_BLANK, _LETTER = " ", "a"


def _char_class(char: str) -> str:
    if char.isdecimal():  # a digit past the longest run told apart (any \d)
        return DIGIT
    if char.isspace():  # every \s of the patterns (and a few more)
        return _BLANK
    if char.isalpha():  # every letter, and what IGNORECASE folds onto one
        return _LETTER
    return char


def _after_digits(*tables: Iterable[str]) -> str:
    """The classes of the characters right after the digits of the entries of
    ``tables`` that begin with one ("1st": a letter)."""
    entries = (entry for table in tables for entry in table)
    return "".join(
        sorted({_char_class(rest[:1]) for e in entries if (rest := e.lstrip("0123456789")) != e})
    )


#: For a rule that begins with a digit: how many digits it reads before its
#: first non-digit ("2019" four, "27th" one or two, an ordinal of a table as
#: many as it has; five stands for five or more), and the classes of the
#: character that can follow them ("2019-01-27": "-"; "2019 Q1": a blank or a
#: letter); ``None``: anything ("155,221 years", "2019." at a sentence's end).
_DIGIT_RUNS: dict[str, tuple[tuple[int, ...] | None, str | None]] = {
    "iso": ((4,), "-"),
    "slash": ((1, 2), "/"),
    "dmy": ((1, 2), _BLANK + _LETTER),
    "quarter": (
        (4, *_digit_runs(vocab.ORDINALS)),
        "'\u2019" + _BLANK + _after_digits(vocab.ORDINALS),
    ),
    "qcode": ((4,), _BLANK + _LETTER),
    "half": ((1, 4), "'\u2019" + _BLANK + _LETTER),
    "hcode": ((4,), _BLANK + _LETTER),
    "fiscal": ((4,), "-/"),
    "decade": ((4,), "'\u2019" + _LETTER),
    "century": ((1, 2, *_digit_runs(vocab.ORDINALS)), _LETTER + _after_digits(vocab.ORDINALS)),
    # a quantity's digits are followed by more digits, a group (",500", ".5") or
    # the blank or hyphen before its unit ("3 weeks", "10-year", "9 1/2 years")
    "span": (None, ",.-" + _BLANK + DIGIT),
    "time": ((1, 2), ":." + _BLANK + _LETTER),
    "year": ((4,), None),
}


@functools.cache
def _after_the() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The rules (in order) that each next word after "the" can continue, and the
    next words of the prefixes that begin with "the" ("end" of "the end of")."""
    table: dict[str, list[str]] = {}
    for name, _ in _RULES:
        for word in _first_words(_AFTER_THE.get(name, ())):
            table.setdefault(word, []).append(name)
    prefixes = frozenset(
        _first_word(entry.split(" ", 1)[1])
        for entry in vocab.POSITION_MODS
        if entry.startswith("the ")
    )
    return {word: tuple(names) for word, names in table.items()}, prefixes


_NEXT_AFTER_THE_SOURCE = r"\s++(?:(?P<digit>\d)|(?P<quote>['\u2019])|(?P<word>[a-z]{1,24}+))"
_DIGIT_RUN_SOURCE = rf"\d{{1,{_LONGEST_RUN}}}+"
_NEXT_AFTER_THE = lazy_regex(_NEXT_AFTER_THE_SOURCE, IGNORECASE | VERSION0)
_DIGIT_RUN = lazy_regex(_DIGIT_RUN_SOURCE, VERSION0)
#: the two above for plain text (:func:`is_plain`), where the engines agree
_NEXT_AFTER_THE_PLAIN = re.compile(_NEXT_AFTER_THE_SOURCE, re.IGNORECASE)
_DIGIT_RUN_PLAIN = re.compile(_DIGIT_RUN_SOURCE)
#: After a gated first word (:func:`_gated`): a digit, a word, or a character the
#: standard library's classes may not know (then nothing is skipped).
_NEXT_TOKEN = re.compile(r"[\s-]++(?:(\d)|([^\W\d_]{1,24}+)|[^\x00-\x7f])")


def _digits_key(text: str, start: int, hi: int, plain: bool) -> tuple[int, str, bool, bool] | None:
    """What the digit dispatch reads of the number at ``start``: its digit
    count, the class of the character after it, and whether a quantity and a
    period rule may follow; None when no digit run starts there."""
    run = (_DIGIT_RUN_PLAIN if plain else _DIGIT_RUN()).match(text, start, hi)
    if run is None:
        return None
    end = run.end()
    quantity = not plain or _quantity_at(text, start, hi)
    period = not plain or end - start != 4 or _period_at(text, start, hi)
    follow = _char_class(text[end : end + 1]) if end < hi else ""
    return end - start, follow, quantity, period


def pattern_at(text: str, pos: int, hi: int, token: str, plain: bool = False) -> Matcher | None:
    """The pattern to match at candidate ``pos`` (a result of :func:`candidates`), or
    None when no rule can match there.

    :func:`pattern_for` cut down further by what follows the first token:
    after "the", the next word (:data:`_AFTER_THE`); for a number, how many
    digits it has and what follows them (:data:`_DIGIT_RUNS`).  Matching the result at ``pos``
    (with end ``hi``) gives what :func:`pattern_for` gives.  In a ``plain`` region
    (:func:`is_plain`) the durations are tried after a number only when a unit, or
    what comes before one, follows it (:func:`_quantity_at`).
    """
    if token == "the":
        # in plain text the standard library's engine reads as ``regex`` does
        nxt = (_NEXT_AFTER_THE_PLAIN if plain else _NEXT_AFTER_THE()).match(text, pos + 3, hi)
        if nxt is None:
            return None  # every rule needs a blank and a word, digit or quote after "the"
        digit, quote, raw = nxt.groups()
        if digit is not None:
            key = _digits_key(text, nxt.start(1), hi, plain)
            return _pattern_after_the(DIGIT) if key is None else _pattern_the_digits(*key)
        if quote is not None:
            return _pattern_after_the(QUOTE)
        word = raw.lower() if plain else table_key(raw)
        if len(word) != len(raw) or not word.isascii():
            return pattern_for(token)
        return _pattern_after_the(word)
    if token[:1].isdigit():
        key = _digits_key(text, pos, hi, plain)
        return pattern_for(token) if key is None else _pattern_for_digits(*key)
    if token in _gated():
        after = _NEXT_TOKEN.match(text, pos + len(token), hi)
        if after is None:
            return None  # these rules read a blank or a hyphen, then a word or a digit
        raw = after.group(2)
        if raw is None:
            if after.group(1) is None:
                return pattern_for(token)
            # a number: only a duration ("about 3 weeks") can follow the gated word
            if not _follows(token, DIGIT) or (plain and not _quantity_at(text, after.start(1), hi)):
                return None
            return pattern_for(token)
        word = raw.lower() if plain else table_key(raw)
        if len(word) != len(raw) or not word.isascii():
            return pattern_for(token)
        return pattern_for(token) if _follows(token, word) else None
    return pattern_for(token)


#: After a number or a quantity word, a unit or what comes before one ("two to
#: three weeks", "a year and a half", "three and a half years").
_AFTER_QUANTITY = ("to", "and", "trading", "business")

#: The first words whose rules (all of them: "a" begins "a year ago" and "a
#: week") read one of a few words next, and those words (:func:`_gated`):
#: "at" only "at least", "at most" or "at present"; "about" a quantity, "the"
#: or one of the words before a quantity ("about the past three years").
_NEXT_WORDS: dict[str, tuple[Iterable[str], ...]] = {
    "a": (
        ("year", *_AFTER_QUANTITY),
        (entry.split(" ")[1] for entry in vocab.SMALL_NUMBERS if entry.startswith("a ")),
        (entry.split(" ")[1] for entry in vocab.VAGUE_QUANTITIES if entry.startswith("a ")),
        vocab.UNITS,
        vocab.UNIT_PLURALS,
    ),
    "an": (_AFTER_QUANTITY, vocab.UNITS, vocab.UNIT_PLURALS),
    "at": (("present",),),
    "some": (_AFTER_QUANTITY, vocab.UNITS, vocab.UNIT_PLURALS),
    "that": (("same", "day", "week", "month", "quarter", "year"),),
}


@functools.cache
def _gated() -> dict[str, frozenset[str]]:
    """:data:`_NEXT_WORDS` with the quantity modifiers ("about", "up to"): what may
    follow each of those first words (first words of entries, :data:`DIGIT`)."""
    quantity = ((DIGIT, "the", *_SPAN_REL, *_TENS.split("|")), vocab.SMALL_NUMBERS)
    after_mod = _first_words((*quantity, vocab.VAGUE_QUANTITIES))
    table: dict[str, set[str]] = {}
    for entry in vocab.QUANTITY_MODS:
        first, _, rest = entry.partition(" ")
        table.setdefault(first, set()).update({_first_word(rest)} if rest else after_mod)
    for first, tables in _NEXT_WORDS.items():
        table.setdefault(first, set()).update(_first_words(tables))
    return {word: frozenset(nexts) for word, nexts in table.items()}


@functools.lru_cache(maxsize=4096)
def _follows(token: str, word: str) -> bool:
    """Whether ``word`` (lower case, or :data:`DIGIT`), or a word it begins with, may
    follow the gated first word ``token``."""
    nexts = _gated()[token]
    return any(word[:i] in nexts for i in range(1, len(word) + 1))


@functools.lru_cache(maxsize=4096)
def _pattern_after_the(word: str) -> Matcher | None:
    """The "the" pattern cut down to what ``word`` (the next word, lower case, or
    :data:`DIGIT`/:data:`QUOTE`) can continue; None when nothing can."""
    table, prefixes = _after_the()
    heads = [word[:i] for i in range(1, len(word) + 1)]
    chosen = {name for head in heads for name in table.get(head, ())}
    names = tuple(name for name in _rules_by_start()["the"] if name in chosen)
    prefixed = any(head in prefixes for head in heads)
    if not names and not prefixed:
        return None
    return _compiled(names, prefixed)


#: The rule that begins with "the" and a number but never with a number alone, in
#: the form of :data:`_DIGIT_RUNS`: "the 1988 quarter".
_THE_DIGIT_RUNS: dict[str, tuple[tuple[int, ...] | None, str | None]] = {
    "yearperiod": ((4,), _BLANK),
}


@functools.lru_cache(maxsize=1024)
def _pattern_the_digits(
    run: int, after: str, quantity: bool = True, period: bool = True
) -> Matcher | None:
    """The pattern after "the" and a number cut down to the rules that read ``run``
    digits first and let a character of class ``after`` follow them (not the
    durations unless ``quantity``, not the quarters and halves of a year unless
    ``period``)."""
    table, _ = _after_the()
    names = []
    for name in table[DIGIT]:
        if (name == "span" and not quantity) or (name in _YEAR_PERIODS and not period):
            continue
        runs, follow = _DIGIT_RUNS.get(name) or _THE_DIGIT_RUNS[name]
        if (runs is None or run in runs) and (follow is None or after in follow):
            names.append(name)
    return _compiled(tuple(names), False) if names else None


@functools.lru_cache(maxsize=1024)
def _pattern_for_digits(
    run: int, after: str, quantity: bool = True, period: bool = True
) -> Matcher | None:
    """The number pattern cut down to the rules that read ``run`` digits first and
    let a character of class ``after`` follow them (not the durations unless
    ``quantity``, not the quarters and halves of a year unless ``period``); None
    when no rule is left."""
    names = []
    for name in _rules_by_start()[DIGIT]:
        if (name == "span" and not quantity) or (name in _YEAR_PERIODS and not period):
            continue
        runs, follow = _DIGIT_RUNS[name]
        if (runs is None or run in runs) and (follow is None or after in follow):
            names.append(name)
    return _compiled(tuple(names), False) if names else None


#: What a duration reads from the first digit of its quantity on: the digits (a
#: superset of the quantity's), then a unit, or "and" ("3 and a half years") or
#: "to" ("3 to 5 years") before one.  Looser than the rule, never stricter: where
#: this does not match, the rule cannot (in plain text, where both engines agree).
_QUANTITY_TAIL = re.compile(
    rf"[0-9]++(?:[,.][0-9]++)*+(?:\s1/2)?(?:\s++(?:and|to)\s|[\s-]++(?:{_UNIT}))", re.IGNORECASE
)


#: The rules that read a year's four digits and then name a part of it ("2019 Q1",
#: "1987's third quarter", "2019 second half").
_YEAR_PERIODS = frozenset({"quarter", "qcode", "half", "hcode"})

#: What those rules read from the year on, looser (case aside, no word's end): the
#: year, then a quarter's or a half's ordinal, or "Q" or "H" and its number.
_PERIOD_TAIL = re.compile(
    rf"[0-9]{{4}}(?:['\u2019]s)?(?:\s++(?:fiscal\s++)?(?:{_ORDINAL}|final|last|latest"
    r"|first|second|1st|2nd|latter)|\s?+[qh][1-4])",
    re.IGNORECASE,
)


def _period_at(text: str, pos: int, hi: int) -> bool:
    """Whether the year of four digits at ``pos`` may be followed by a part of it
    (:data:`_YEAR_PERIODS`; ``text[pos:hi]`` plain, :func:`is_plain`)."""
    return _PERIOD_TAIL.match(text, pos, hi) is not None


def _quantity_at(text: str, pos: int, hi: int) -> bool:
    """Whether a duration's quantity beginning with the digit at ``pos`` may be
    followed by its unit (``text[pos:hi]`` plain, :func:`is_plain`)."""
    return _QUANTITY_TAIL.match(text, pos, hi) is not None


@functools.cache
def pattern_for(token: str) -> Matcher:
    """The master pattern cut down to the rules that can begin with ``token``.

    The same as :func:`master` at a position where ``token`` (a result of
    :func:`candidates`) begins: the rules that can begin with it, in their
    order, after the prefix ("early", "the end of") followed by any rule
    when the token can begin a prefix.  Each is compiled once, on first use.
    """
    key = DIGIT if token[:1].isdigit() else QUOTE if token in ("'", "\u2019") else token
    return _compiled(_rules_by_start().get(key, ()), key in position_words())


@functools.cache
def _compiled(names: tuple[str, ...], prefixed: bool) -> Matcher:
    bodies = dict(_RULES)
    rules = "|".join(f"(?P<r_{name}>{bodies[name]})" for name in names) or "(?!)"
    if prefixed:
        every = "|".join(f"(?P<r_{name}>{body})" for name, body in _RULES)
        source = rf"(?<![\w])(?:{_PREFIX}(?:{every})|(?:{rules}))"
    else:
        source = rf"(?<![\w])(?P<pos>(?!))?+(?:{rules})"
    return Matcher(compile_regex(source, IGNORECASE | VERSION0), names, prefixed)


# ------------------------------------------------------------- fast matching

#: The look-behinds of variable width, which the standard library's engine cannot
#: compile.  Each narrows where a rule may match (none stands inside a negative
#: look-around), so a pattern without them matches wherever the rule matches, and
#: more: :func:`_plain` leaves them out.
_WIDE_LOOKBEHINDS = (
    r"(?<=\b(?:in|into|during|since|until|by|through|for|this|over)\s++(?:the\s++)?)",
    r"(?<=\b(?:for|in|over)\s++)",
    r"(?<!\bas\s++)",
)

_NAMED_GROUP = re.compile(r"\(\?P<\w++>")


def _plain(body: str) -> str:
    """A rule (or the prefix) for the standard library's engine: no named group (the
    rules share names, which it does not allow) and no look-behind of variable width."""
    for behind in _WIDE_LOOKBEHINDS:
        body = body.replace(behind, "")
    return _NAMED_GROUP.sub("(?:", body)


def _has_separator(segment: str) -> bool:
    """Whether ``segment`` has an ASCII separator, which only the standard library's
    engine takes for a blank (four scans for one character: faster than a class)."""
    return "\x1c" in segment or "\x1d" in segment or "\x1e" in segment or "\x1f" in segment


def is_plain(text: str, lo: int, hi: int) -> bool:
    """Whether :meth:`Matcher.match_plain` may be used in ``text[lo:hi]``: the engines
    may disagree on any non-ASCII character (case folding, what is a word character
    or a digit) and on the ASCII separators, which only one takes for blanks."""
    segment = text[lo:hi]
    return segment.isascii() and not _has_separator(segment)


@functools.cache
def _single(name: str, prefixed: bool) -> re.Pattern[str] | regex.Pattern[str]:
    """Rule ``name`` alone, after the prefix (when ``prefixed``) or not: in the standard
    library's engine unless the rule has a look-behind of variable width or gives two
    groups one name (which only ``regex`` takes)."""
    rule = f"(?P<r_{name}>{dict(_RULES)[name]})"
    if prefixed:
        source = rf"(?<![\w])(?:{_PREFIX}(?:{rule}))"
    else:
        source = rf"(?<![\w])(?P<pos>(?!))?+(?:{rule})"
    if not any(behind in source for behind in _WIDE_LOOKBEHINDS):
        try:
            return re.compile(source, re.IGNORECASE)
        except re.error:  # a name given to two groups
            pass
    return compile_regex(source, IGNORECASE | VERSION0)


_MatchFunction: TypeAlias = "Callable[[str, int, int], re.Match[str] | regex.Match[str] | None]"


class Matcher:
    """A cut-down pattern (:func:`pattern_for`, :func:`pattern_at`): ``match`` is the
    ``regex`` pattern's; ``match_plain`` gives the same on plain text, faster.

    ``match_plain`` first matches a copy of the pattern in the standard library's
    engine (about three times as fast here), which has one group per rule and no
    look-behind of variable width: it says whether anything matches and which rule
    (its rules are tried in the same order, and each matches wherever the original
    one does).  Only then is that rule alone matched, after the prefix when it
    followed one, for the groups the resolver reads (by the standard library's
    engine too unless the rule needs ``regex``, :func:`_single`).  Where a
    left-out look-behind fails, the rule alone does not match and the whole
    pattern is matched as ``match`` does (unless that rule is the last: the rules
    before it do not match, as their copies did not).  A pattern of one rule is that rule
    alone, matched at once.  The engines agree on plain text only
    (:func:`is_plain`).
    """

    __slots__ = (
        "_fast",
        "_rules",
        "_singles",
        "groupindex",
        "match",
        "match_plain",
        "pattern",
    )

    #: the ``regex`` pattern's ``match``, ``pattern`` and ``groupindex``
    match: Callable[[str, int, int], regex.Match[str] | None]
    pattern: str
    groupindex: Mapping[str, int]
    #: ``match(text, pos, hi)`` where ``text[lo:hi]`` is plain (:func:`is_plain`)
    match_plain: _MatchFunction

    def __init__(self, slow: regex.Pattern[str], names: tuple[str, ...], prefixed: bool) -> None:
        self.match = slow.match
        self.pattern = slow.pattern
        self.groupindex = slow.groupindex
        bodies = dict(_RULES)
        rules = [(name, False) for name in names]
        alternatives = "|".join(f"({_plain(bodies[name])})" for name in names) or "(?!)"
        if prefixed:
            rules = [(name, True) for name, _ in _RULES] + rules
            every = "|".join(f"({_plain(body)})" for _, body in _RULES)
            source = rf"(?<![\w])(?:{_plain(_PREFIX)}(?:{every})|(?:{alternatives}))"
        else:
            source = rf"(?<![\w])(?:{alternatives})"
        self._fast = re.compile(source, re.IGNORECASE)
        self._rules: tuple[tuple[str, bool], ...] = (("", False), *rules)
        #: the ``match`` of each rule alone (:func:`_single`), by group number, on first use
        self._singles: list[_MatchFunction | None] = [None] * len(self._rules)
        self.match_plain = self._two_steps
        if len(rules) == 1:  # the rule alone is the whole pattern
            single = _single(*rules[0])
            if isinstance(single, re.Pattern):
                self.match_plain = single.match

    def _two_steps(self, text: str, pos: int, hi: int) -> re.Match[str] | regex.Match[str] | None:
        found = self._fast.match(text, pos, hi)
        if found is None:
            return None
        index = found.lastindex or 0
        single = self._singles[index]
        if single is None:
            single = self._singles[index] = _single(*self._rules[index]).match
        m = single(text, pos, hi)
        if m is not None or index == len(self._rules) - 1:
            # no rule after the last can match where it does not ("fall" as a verb)
            return m
        return self.match(text, pos, hi)
