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
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from econparse import _temporal_vocab as vocab

__all__ = ["master", "word_alternation"]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces as possessive blanks."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in parts)


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
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?![\d:%])(?![.,]\d)"
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
_HOLIDAY = _capitalised(vocab.HOLIDAYS).replace("'", "['’]")

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
    ("monthyear", rf"(?P<mon>{_MONTH})(?:{_SP}of)?,?{_SP}(?P<y>{_YEAR})"),
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
        r"(?:the\s++)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<dec2>\d0)['’]?s)(?![\w'’])",
    ),
    (
        "century",
        rf"(?:the{_SP})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})[\s-]++century(?![\w])",
    ),
    ("holiday", rf"(?P<hol>{_HOLIDAY})(?:,?{_SP}(?P<y>{_YEAR}))?(?![\w])"),
    (
        "yearago",
        r"(?:the\s++)?(?:a\s++)?year[-\s](?:earlier|ago)(?:\s++(?P<noun>quarter|period|month))?"
        r"(?![\w-])",
    ),
    (
        "yearperiod",
        rf"the{_SP}(?P<y>{_YEAR}){_SP}(?:(?P<ord>{_ORDINAL}){_SP})?(?P<noun>quarter|period)(?![\w-])",
    ),
    (
        "span",
        rf"(?:(?P<qmod>{_QMOD}){_SP})?(?:(?P<the>the){_SP})?"
        rf"(?:(?P<rel>past|last|next|coming|previous|following|first|final|latest|remaining|"
        rf"preceding|recent|initial|current){_SP})?(?P<qty>{_QTY})[\s-]++(?P<unit>{_UNIT})"
        rf"(?![\w-])(?:(?P<orso>{_SP}or{_SP}so)"
        rf"|{_SP}(?P<dir>ago|earlier|later|hence|from{_SP}now|previously|prior|before(?=\s*+[,.;])"
        rf"|after(?=\s*+[,.;])))?(?![\w])",
    ),
    (
        "relative",
        rf"(?:the{_SP})?(?P<rel>{_REL}|same|latest){_SP}(?P<unit>week(?:end)?|month|quarter|year"
        rf"|decade|century|half|fiscal{_SP}year|calendar{_SP}year|period)(?![\w-])",
    ),
    ("theunit", r"the\s++(?P<unit>year|month|week|quarter|decade|century)(?![\w-])"),
    (
        "relnamed",
        rf"(?:the{_SP}(?P<prev>previous|following){_SP}(?P<wd2>{_WEEKDAY})|"
        rf"(?P<rel>last|this|next|past|coming){_SP}(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH_FULL})"
        rf"(?![\w])|(?P<season>{_SEASON})(?![\w]))(?:{_SP}(?P<part>{_PART})(?![\w]))?)",
    ),
    ("weekday", rf"(?P<wd>{_WEEKDAY})"),
    (
        "deictic",
        rf"(?<![\w-])(?:(?P<dx>today|yesterday|tomorrow|tonight)(?:{_SP}(?P<part>{_PART}))?"
        rf"|(?P<this>this|last){_SP}(?P<part2>morning|afternoon|evening|night))(?![\w-])",
    ),
    (
        "season",
        rf"(?:(?P<season>{_SEASON})(?:{_SP}of)?{_SP}(?P<y>{_YEAR})"
        rf"|(?<=\b(?:in|during|since|until|by|through|for|this|over)\s++(?:the\s++)?)"
        rf"(?P<season2>{_SEASON})(?!\s++(?:of|in)\b))(?![\w])",
    ),
    (
        "time",
        rf"(?<![\w.:$])(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?+"
        rf"(?P<ap>[ap]\.m\.|[ap]\.m(?![\w])|[ap]m(?![\w]))"
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?={_SP}(?:{_TZ}|local{_SP}time)))"
        rf"(?:{_SP}(?P<tz>{_TZ})(?![\w]))?"
        rf"|(?<![\w-])(?P<noon>noon|midnight)(?![\w-])(?:{_SP}(?:on{_SP})?(?P<tday>{_WEEKDAY}))?",
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
        r"(?<![\w-])(?P<ref>the\s++past(?!\s++(?:few|several|\d|year|month|week|decade|quarter))"
        r"|the\s++future(?=\s*+[,.;:!?)\"”’']|\s++(?:of|for|and|or|but|is|was|will|as|to|in|"
        r"when|than|with|by|at)\b|\s*+$)|the\s++present(?!\s++\w+(?<!of|and|or|for|is|was))"
        r"|at\s++present|right\s++now|now|currently|nowadays|recently|lately|previously|formerly"
        r"|soon|shortly(?!\s++(?:after|before)))(?![\w-])",
    ),
    ("vague", r"(?<=\b(?:for|in|over)\s++)(?P<unit>years|months|weeks|decades|days)(?![\w-])"),
)


@functools.cache
def master() -> regex.Pattern[str]:
    """The compiled master pattern (built once, on first use: compiling costs ~20 ms).

    Optional prefixes (``pos``: "early", "the end of"; handled by the
    resolver) come first; then one ``r_NAME`` group per rule.
    """
    rules = "|".join(f"(?P<r_{name}>{body})" for name, body in _RULES)
    pos = rf"(?:(?P<pos>{_POS})(?:[\s-]++in{_SP}|[\s-]++|(?<=mid)))?"
    pattern = rf"(?<![\w])(?:{pos}(?:{rules}))"
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)


def rule_names() -> tuple[str, ...]:
    """The rule names, in priority order (for tests and docs)."""
    return tuple(name for name, _ in _RULES)
