"""Vocabulary of :mod:`econparse.percent`: unit spellings and direction cues.

Everything the percentage grammar knows about words lives here as plain,
typed tables; :mod:`econparse.percent` compiles its regexes *from* these
tables once (on first use), longest alternatives first.  Edit a table to
teach the parser a new spelling; the tests in ``tests/test_percent.py``
check every table for duplicates and for entries that the built regexes
cannot match.

Sources: the spellings used by Reuters ("6.6 pct", "25 basis points",
"0.5 pct point"), the Financial Times, the BBC and the Telegraph ("12pc"),
the Federal Reserve's statements ("a quarter percentage point") and the
Recognizers-Text English percent specification ("per cent", "percents").
"""

from __future__ import annotations

from typing import Final, Literal, TypedDict

UnitName = Literal["percent", "percentage_point", "basis_point"]
"""The value of the :class:`econparse.percent.PercentUnit` member a spelling maps to."""

Glue = Literal["tight", "space", "word"]
"""How a unit spelling may be joined to the number before it.

``tight``: only directly ("12pc", "0.5pp").  ``space``: directly or after one
space ("6.6%", "6.6 %").  ``word``: directly, after spaces or after a hyphen
("25 basis points", "50-basis-point", "6.6 per cent").
"""


class UnitSpelling(TypedDict):
    """One way of writing a unit after a number."""

    pattern: str
    """A regex fragment (no capturing groups, linear: literals, classes, ``?``)."""
    unit: UnitName
    glue: Glue
    ignore_case: bool
    """Whether "PCT" matches as well as "pct" (never for "pc", "bp", "pp")."""


BLANKS: Final[str] = r"(?:[ \t\u00a0\u2009\u202f]{1,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0]{0,8})"
"""The regex of one gap between words, here and in :mod:`econparse.percent`: up
to three blanks, or one line break with its indentation (wire copy is often
hard-wrapped), never a blank line.  Bounded, so it cannot backtrack badly."""

_SP = BLANKS

UNIT_SPELLINGS: Final[tuple[UnitSpelling, ...]] = (
    # percentage points ------------------------------------------------------
    {
        "pattern": rf"percentage(?:{_SP}|-)points?",
        "unit": "percentage_point",
        "glue": "word",
        "ignore_case": True,
    },
    {
        "pattern": rf"percentage(?:{_SP}|-)pts?",
        "unit": "percentage_point",
        "glue": "word",
        "ignore_case": True,
    },
    {
        "pattern": rf"per{_SP}?cent(?:{_SP}|-)points?",
        "unit": "percentage_point",
        "glue": "word",
        "ignore_case": True,
    },
    {
        "pattern": rf"pct(?:{_SP}|-)points?",
        "unit": "percentage_point",
        "glue": "word",
        "ignore_case": True,
    },
    {
        "pattern": rf"%{_SP}?points?",
        "unit": "percentage_point",
        "glue": "space",
        "ignore_case": True,
    },
    {"pattern": r"ppts?", "unit": "percentage_point", "glue": "word", "ignore_case": False},
    {"pattern": r"pp", "unit": "percentage_point", "glue": "tight", "ignore_case": False},
    # basis points -----------------------------------------------------------
    {
        "pattern": rf"basis(?:{_SP}|-)points?",
        "unit": "basis_point",
        "glue": "word",
        "ignore_case": True,
    },
    {
        "pattern": rf"basis(?:{_SP}|-)pts?",
        "unit": "basis_point",
        "glue": "word",
        "ignore_case": True,
    },
    {"pattern": r"bps?", "unit": "basis_point", "glue": "word", "ignore_case": False},
    # percent ----------------------------------------------------------------
    {"pattern": r"percents?", "unit": "percent", "glue": "word", "ignore_case": True},
    {"pattern": rf"per{_SP}cent", "unit": "percent", "glue": "word", "ignore_case": True},
    {"pattern": r"pct", "unit": "percent", "glue": "word", "ignore_case": True},
    {"pattern": r"pc", "unit": "percent", "glue": "tight", "ignore_case": False},
    {"pattern": r"[%％]", "unit": "percent", "glue": "space", "ignore_case": False},
)
"""Every unit spelling, most specific first (``% points`` before ``%``)."""

FRACTION_LINKS: Final[tuple[str, ...]] = ("of a", "of one", "a", "an", "of an")
"""Words allowed between a fraction and its unit: "half a percentage point",
"a quarter of a percentage point", "a tenth of one percent"."""

POINT_WORDS: Final[tuple[str, ...]] = ("point",)
"""The bare unit of "a quarter-point cut": read as a percentage point only after
a fraction and only when a direction noun follows or a direction verb governs."""

UNIT_PREFIXES: Final[tuple[str, ...]] = ("%", "\uff05", "pc", "pp", "bp", "per", "bas", "poi")
"""How every spelling in :data:`UNIT_SPELLINGS` and :data:`POINT_WORDS` begins in
ASCII text, in lower case: lower-cased ASCII text with none of these holds no
unit, and a unit starts only where one of them does (the pre-filter of
:mod:`econparse.percent` relies on it).  The tests check it against the patterns."""

UNIT_FIRST_CHARS: Final[str] = "%\uff05pPbB"
"""The characters a unit spelling can begin with, in either case."""

UNIT_GAP_CHARS: Final[str] = " \t\u00a0\u2009\u202f\r\n-"
"""The characters of the gap between a number and its unit (:data:`BLANKS` or a hyphen)."""

ORPHAN_PERCENT_WORDS: Final[tuple[str, ...]] = ("percent", "per cent")
"""Unit words that may stand first in "percent of 10" (Recognizers-Text's form)."""

Way = Literal["up", "down", "neutral"]


class Cue(TypedDict):
    """A word or phrase that gives a change its direction."""

    words: tuple[str, ...]
    way: Way


VERB_CUES: Final[tuple[Cue, ...]] = (
    {
        "way": "up",
        "words": (
            "rose",
            "rise",
            "rises",
            "rising",
            "risen",
            "increased",
            "increase",
            "increases",
            "increasing",
            "climbed",
            "climb",
            "climbs",
            "climbing",
            "jumped",
            "jump",
            "jumps",
            "jumping",
            "surged",
            "surge",
            "surges",
            "surging",
            "soared",
            "soar",
            "soars",
            "soaring",
            "gained",
            "gain",
            "gains",
            "gaining",
            "advanced",
            "advance",
            "advances",
            "advancing",
            "rallied",
            "rally",
            "rallies",
            "rallying",
            "grew",
            "grow",
            "grows",
            "growing",
            "grown",
            "expanded",
            "expand",
            "expands",
            "expanding",
            "raised",
            "raise",
            "raises",
            "raising",
            "hiked",
            "hike",
            "hikes",
            "hiking",
            "lifted",
            "lift",
            "lifts",
            "lifting",
            "boosted",
            "boost",
            "boosts",
            "boosting",
            "spiked",
            "spiking",
            "rebounded",
            "rebound",
            "rebounds",
            "rebounding",
            "accelerated",
            "accelerating",
            "edged up",
            "edges up",
            "edging up",
            "edged higher",
            "edging higher",
            "ticked up",
            "ticks up",
            "ticking up",
            "ticked higher",
            "inched up",
            "inches up",
            "inching up",
            "inched higher",
            "inching higher",
            "went up",
            "goes up",
            "go up",
            "gone up",
            "going up",
            "moved up",
            "moves up",
            "moving up",
            "moved higher",
            "shot up",
            "crept up",
            "picked up",
        ),
    },
    {
        "way": "down",
        "words": (
            "fell",
            "fall",
            "falls",
            "falling",
            "fallen",
            "dropped",
            "drop",
            "drops",
            "dropping",
            "declined",
            "decline",
            "declines",
            "declining",
            "decreased",
            "decrease",
            "decreases",
            "decreasing",
            "slipped",
            "slip",
            "slips",
            "slipping",
            "slid",
            "slide",
            "slides",
            "sliding",
            "lost",
            "lose",
            "loses",
            "losing",
            "plunged",
            "plunge",
            "plunges",
            "plunging",
            "plummeted",
            "plummet",
            "plummets",
            "plummeting",
            "tumbled",
            "tumble",
            "tumbles",
            "tumbling",
            "sank",
            "sink",
            "sinks",
            "sinking",
            "sunk",
            "eased",
            "ease",
            "eases",
            "easing",
            "shrank",
            "shrink",
            "shrinks",
            "shrinking",
            "shrunk",
            "contracted",
            "contracting",
            "dipped",
            "dip",
            "dips",
            "dipping",
            "retreated",
            "retreat",
            "retreats",
            "retreating",
            "slumped",
            "slump",
            "slumps",
            "slumping",
            "cut",
            "cuts",
            "cutting",
            "lowered",
            "lower",
            "lowers",
            "lowering",
            "reduced",
            "reduce",
            "reduces",
            "reducing",
            "reduction",
            "reductions",
            "slashed",
            "slash",
            "slashes",
            "slashing",
            "trimmed",
            "trim",
            "trims",
            "trimming",
            "shed",
            "sheds",
            "shedding",
            "slowed",
            "slow",
            "slows",
            "slowing",
            "decelerated",
            "decelerating",
            "moderated",
            "moderating",
            "weakened",
            "weakening",
            "edged down",
            "edges down",
            "edging down",
            "edged lower",
            "edging lower",
            "ticked down",
            "ticks down",
            "ticking down",
            "ticked lower",
            "inched down",
            "inches down",
            "inching down",
            "inched lower",
            "inching lower",
            "went down",
            "goes down",
            "go down",
            "gone down",
            "going down",
            "moved down",
            "moves down",
            "moving down",
            "moved lower",
        ),
    },
    {
        "way": "neutral",
        "words": (
            "went",
            "go",
            "goes",
            "gone",
            "going",
            "moved",
            "move",
            "moves",
            "moving",
            "changed",
            "change",
            "changes",
            "changing",
            "shifted",
            "shift",
            "shifts",
            "shifting",
        ),
    },
)
"""Verbs and nouns before a percentage that give its direction ("rose 5%",
"an increase of 2%", "cut rates by 25 basis points").  A *neutral* cue gives
a direction only through "from A to B", by comparing A and B."""

ADVERB_CUES: Final[tuple[Cue, ...]] = (
    {"way": "up", "words": ("up",)},
    {"way": "down", "words": ("down",)},
)
"""Adverbs that govern only a percentage right after them ("up 5%",
"down by 3%", "up from 4%"), never "up to 5%" (an upper bound)."""

NOUN_CUES: Final[tuple[Cue, ...]] = (
    {
        "way": "up",
        "words": (
            "rise",
            "rises",
            "increase",
            "increases",
            "gain",
            "gains",
            "jump",
            "jumps",
            "hike",
            "hikes",
            "surge",
            "advance",
            "rally",
            "raise",
            "rebound",
            "climb",
            "higher",
            "upturn",
            "uptick",
            "appreciation",
        ),
    },
    {
        "way": "down",
        "words": (
            "fall",
            "falls",
            "drop",
            "drops",
            "decline",
            "declines",
            "cut",
            "cuts",
            "reduction",
            "reductions",
            "decrease",
            "decreases",
            "loss",
            "losses",
            "slump",
            "dip",
            "plunge",
            "slide",
            "lower",
            "downturn",
            "downtick",
            "depreciation",
            "contraction",
        ),
    },
)
"""Nouns and comparatives right after a percentage: "a 25 basis point cut",
"a 0.5% rise", "closed 2% higher"."""

NOUN_MODIFIERS: Final[tuple[str, ...]] = (
    "rate",
    "rates",
    "interest",
    "policy",
    "price",
    "prices",
    "pay",
    "wage",
    "tax",
    "tariff",
    "emergency",
    "surprise",
    "further",
    "additional",
    "annual",
    "annualised",
    "annualized",
    "monthly",
    "quarterly",
    "weekly",
    "daily",
    "year-on-year",
    "year-over-year",
    "month-on-month",
    "month-over-month",
    "quarter-on-quarter",
    "quarter-over-quarter",
    "sequential",
    "overall",
    "fare",
    "rent",
    "premium",
)
"""Words allowed between a percentage and the noun after it ("a 25 basis point
rate cut", "a 3% year-on-year rise"); at most two of them."""

CLAUSE_BREAKERS: Final[tuple[str, ...]] = (
    "and",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "which",
    "who",
    "whose",
    "because",
    "since",
    "when",
    "where",
    "if",
    "unless",
    "versus",
    "vs",
    "compared",
    "after",
    "before",
    "despite",
    "with",
    "without",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "said",
    "says",
    "say",
    "according",
)
"""Words that end the clause of a direction verb: no cue is looked for across
them ("Sales rose while costs were 3% of revenue" gives 3% no direction)."""

NOT_AFTER_CUE: Final[tuple[str, ...]] = ("tax", "taxes")
"""Words that make the cue before them part of a name, not a change:
"capital gains tax of 20%" is no gain."""

NOT_BEFORE_UP: Final[tuple[str, ...]] = (
    "make",
    "makes",
    "made",
    "making",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
)
"""Verbs whose "up" is no rise: "engineers make up 6% of the workforce"."""

HEDGES: Final[tuple[str, ...]] = (
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "just",
    "only",
    "over",
    "under",
    "more than",
    "less than",
    "as much as",
    "as little as",
    "at least",
    "at most",
    "a further",
    "another",
    "an estimated",
    "a revised",
    "an annualised",
    "an annualized",
    "an annual",
    "a seasonally adjusted",
    "a record",
    "an expected",
    "a",
    "an",
)
"""Words allowed between "up"/"down"/"from"/"to" and the figure ("up about
5%", "to a record 6.6%")."""

GAP_WORDS_MAX: Final[int] = 6
"""At most this many words between a direction verb and its percentage
("cut its benchmark interest rate by 25 basis points" has five)."""
