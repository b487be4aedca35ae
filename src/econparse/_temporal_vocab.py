"""Vocabulary of :mod:`econparse.temporal`: calendar names, units, modifiers and tense cues.

Everything the temporal grammar knows about words lives here as plain typed
tables; :mod:`econparse._timex_grammar` builds its regexes *from* these tables
(longest spelling first) and :mod:`econparse._timex_resolve` reads the
values.  Keys are lower case; the grammar decides where capitals are needed
("May" the month, never "may" the verb).

Sources: the TIMEX3 value and ``mod`` vocabulary of the TimeML 1.2.1
specification and the TimeML annotation guidelines (season codes ``SP``,
``SU``, ``FA``, ``WI``; parts of day ``MO``, ``AF``, ``EV``, ``NI``;
duration units ``DE`` decade, ``CE`` century, ``L`` millennium), AP style
month abbreviations ("Jan.", "Sept.") and Reuters' wire style ("Jan 27").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

MONTHS: Final = MappingProxyType(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    }
)
"""Full month names and their numbers."""

MONTH_ABBREVIATIONS: Final = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
"""Abbreviations, read with or without a final period, only next to a day or year."""

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 1,
        "tuesday": 2,
        "wednesday": 3,
        "thursday": 4,
        "friday": 5,
        "saturday": 6,
        "sunday": 7,
    }
)
"""Weekday names and their ISO numbers (Monday = 1)."""

SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
)
"""Seasons and their TIMEX3 codes."""

SEASON_MONTHS: Final = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})
"""Meteorological seasons: the month each starts in (three months long; winter
starts in December of the year it is named after)."""

PARTS_OF_DAY: Final = MappingProxyType(
    {
        "morning": ("MO", 6, 12),
        "afternoon": ("AF", 12, 18),
        "evening": ("EV", 18, 22),
        "night": ("NI", 20, 24),
    }
)
"""Parts of the day: TIMEX3 code and the hours (start, end) they cover."""

UNITS: Final = MappingProxyType(
    {
        "second": ("S", True),
        "minute": ("M", True),
        "hour": ("H", True),
        "day": ("D", False),
        "night": ("D", False),
        "week": ("W", False),
        "fortnight": ("2W", False),
        "month": ("M", False),
        "quarter": ("Q", False),
        "year": ("Y", False),
        "decade": ("DE", False),
        "century": ("CE", False),
    }
)
"""Duration units: TIMEX3 unit letter(s) and whether it is a time unit (after ``T``)."""

UNIT_PLURALS: Final = MappingProxyType(
    {
        "seconds": "second",
        "minutes": "minute",
        "hours": "hour",
        "days": "day",
        "nights": "night",
        "weeks": "week",
        "fortnights": "fortnight",
        "months": "month",
        "quarters": "quarter",
        "years": "year",
        "decades": "decade",
        "centuries": "century",
    }
)
"""Plural spellings of :data:`UNITS`."""

SMALL_NUMBERS: Final = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a hundred": 100,
        "one hundred": 100,
        "a thousand": 1000,
        "two thousand": 2000,
        "a dozen": 12,
        "half a": 0.5,
        "half an": 0.5,
        "a half": 0.5,
        "one and a half": 1.5,
        "a couple of": 2,
        "a couple": 2,
        "couple of": 2,
    }
)
"""Number words the duration grammar reads itself (compound "twenty-five" is
read as tens + units; anything else goes to :func:`econparse.numbers.parse_number`)."""

VAGUE_QUANTITIES: Final = frozenset(
    {"several", "a few", "few", "many", "some", "recent", "the past few", "numerous"}
)
"""Quantities that give an ``X`` in the duration value (``PXY``)."""

ORDINALS: Final = MappingProxyType(
    {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "twenty first": 21,
    }
)
"""Ordinal words for quarters, halves and centuries."""

POSITION_MODS: Final = MappingProxyType(
    {
        "early": "START",
        "earlier": "START",
        "the beginning of": "START",
        "beginning of": "START",
        "the start of": "START",
        "start of": "START",
        "the early": "START",
        "mid": "MID",
        "the middle of": "MID",
        "middle of": "MID",
        "the mid": "MID",
        "late": "END",
        "later": "END",
        "the end of": "END",
        "end of": "END",
        "the close of": "END",
        "the late": "END",
    }
)
"""Words before a date that select part of it, and the TIMEX3 ``mod`` they give."""

QUANTITY_MODS: Final = MappingProxyType(
    {
        "about": "APPROX",
        "around": "APPROX",
        "roughly": "APPROX",
        "approximately": "APPROX",
        "some": "APPROX",
        "nearly": "LESS_THAN",
        "almost": "LESS_THAN",
        "less than": "LESS_THAN",
        "under": "LESS_THAN",
        "more than": "MORE_THAN",
        "over": "MORE_THAN",
        "at least": "EQUAL_OR_MORE",
        "up to": "EQUAL_OR_LESS",
        "at most": "EQUAL_OR_LESS",
        "no more than": "EQUAL_OR_LESS",
    }
)
"""Words before a duration or an "ago" date that qualify its length."""

REFERENCES: Final = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "previously": "PAST_REF",
        "formerly": "PAST_REF",
        "former": "PAST_REF",
        "the past": "PAST_REF",
        "in the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF",
        "these days": "PRESENT_REF",
        "soon": "FUTURE_REF",
        "shortly": "FUTURE_REF",
    }
)
"""Vague references to the present, the past and the future (TIMEX3 ``*_REF``)."""

DEICTIC_DAYS: Final = MappingProxyType({"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0})
"""Days named relative to the publication date, and their offset in days."""

RELATIVE_WORDS: Final = MappingProxyType(
    {
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "preceding": -1,
        "this": 0,
        "current": 0,
        "the current": 0,
        "present": 0,
        "next": 1,
        "coming": 1,
        "following": 1,
        "upcoming": 1,
    }
)
"""Words that move a calendar unit: "last week" is -1 week from the publication date."""

FREQUENCIES: Final = MappingProxyType(
    {
        "hourly": "PT1H",
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "quarterly": "P1Q",
        "annually": "P1Y",
        "yearly": "P1Y",
    }
)
"""Adverbs of frequency, tagged as SET."""

TIME_ZONES: Final = frozenset(
    {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "ET"}
)
"""Time-zone abbreviations kept in a time's span ("3 p.m. EST")."""

FUTURE_CUES: Final = frozenset(
    {
        "will",
        "won't",
        "'ll",
        "shall",
        "scheduled",
        "upcoming",
        "going",
        "might",
        "expects",
        "intends",
    }
)
"""Words that put the clause in the future ("talks will resume on Wednesday", "they
might meet on Monday", "it expects to report in March": a verb of intent in the
present, not its nouns, "plans", or its bare forms, "should expect")."""

FUTURE_BEFORE: Final = frozenset({("as", "early", "as"), ("as", "soon", "as")})
"""Words just before a date (read backwards) that put it ahead ("as early as Tuesday")."""

INTENT_BEFORE_TO: Final = frozenset(
    {
        "plan",
        "plans",
        "planned",
        "planning",
        "expected",
        "expects",
        "scheduled",
        "due",
        "intend",
        "intends",
        "intended",
        "is",
        "are",
    }
)
"""Words before "to" and a verb that put the verb's event ahead of the clause ("planned to
pay on Friday", "is to resume trading Tuesday"): a cue to the future."""

PAST_AUXILIARIES: Final = frozenset({"was", "were", "had", "been"})
"""Auxiliaries that put a plan in the past ("it had been due to expire Friday")."""

PAST_CUES: Final = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "made",
        "rose",
        "fell",
        "came",
        "went",
        "took",
        "gave",
        "began",
        "got",
        "left",
        "met",
        "saw",
        "grew",
        "paid",
        "sold",
        "bought",
        "held",
        "lost",
        "won",
        "hit",
        "cut",
        "put",
        "ago",
        "since",
        "last",
        "earlier",
        "became",
        "spent",
        "sent",
        "brought",
        "thought",
        "wrote",
        "led",
        "fled",
        "struck",
        "ran",
        "agreed",
        "announced",
    }
)
"""Irregular past forms and past cues; any other word in ``-ed`` also counts as past."""

NOT_PAST_ED: Final = frozenset(
    {
        "need",
        "indeed",
        "speed",
        "feed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
        "exceed",
        "succeed",
        "hundred",
        "based",
        "expected",
        "scheduled",
        "planned",
        "projected",
        "united",
        "limited",
        "listed",
        "related",
        "called",
        "so-called",
    }
)
"""Words in ``-ed`` that are not past-tense cues."""

YEAR_NAME_WORDS: Final = frozenset(
    {
        "made in china",
        "vision",
        "agenda",
        "windows",
        "office",
        "horizon",
        "expo",
        "euro",
        "olympics",
        "world cup",
        "model",
        "boeing",
        "airbus",
        "section",
        "article",
        "rule",
        "form",
        "no.",
        "number",
        "flight",
        "route",
        "highway",
        "interstate",
        "room",
        "suite",
        "unit",
        "chapter",
        "resolution",
        "s&p",
        "nikkei",
        "ftse",
        "dax",
        "cac",
        "index",
        "version",
        "code",
    }
)
"""Words right before a four-digit number that make it a name or a quantity, not a year."""

QUANTITY_NOUNS: Final = frozenset(
    {
        "people",
        "persons",
        "delegates",
        "workers",
        "employees",
        "jobs",
        "shares",
        "units",
        "cars",
        "vehicles",
        "tons",
        "tonnes",
        "barrels",
        "points",
        "troops",
        "soldiers",
        "members",
        "residents",
        "students",
        "homes",
        "houses",
        "votes",
        "seats",
        "miles",
        "kilometers",
        "kilometres",
        "meters",
        "metres",
        "feet",
        "acres",
        "hectares",
        "dollars",
        "euros",
        "pounds",
        "yen",
        "francs",
        "marks",
        "contracts",
        "stores",
        "companies",
        "firms",
        "banks",
        "aircraft",
        "planes",
        "ships",
        "cases",
        "deaths",
        "patients",
        "children",
        "women",
        "men",
        "copies",
        "rooms",
        "words",
        "pages",
        "lots",
        "bonds",
        "loans",
        "accounts",
        "customers",
        "passengers",
        "visitors",
        "tourists",
        "refugees",
        "prisoners",
        "others",
        "times",
        "hours",
        "days",
        "years",
        "calories",
        "items",
        "pieces",
        "bottles",
    }
)
"""Nouns after a four-digit number that make it a count ("2025 delegates")."""

AFTER_A_SECOND: Final = frozenset(
    {
        "later",
        "earlier",
        "ago",
        "before",
        "after",
        "or",
        "and",
        "longer",
        "more",
        "less",
        "too",
        "in",
        "to",
        "of",
        "for",
        "each",
        "apart",
        "behind",
        "ahead",
        "faster",
        "slower",
    }
)
"""Words that may follow the length "a second" ("for a second or two", "a second
later"); any other word makes it the ordinal ("a second group", "a second term")."""

LOWER_CASE_TIME_WORDS: Final = frozenset(
    {
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "now",
        "noon",
        "midnight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "minute",
        "minutes",
    }
)
"""Words written in lower case when they name a time: capitalised inside a sentence they
belong to a name or title ("USA Today", "This Week", "60 Minutes", "High Noon")."""

GENERIC_NOUNS: Final = frozenset(
    {
        "world",
        "society",
        "youth",
        "generation",
        "children",
        "kids",
        "teenagers",
        "students",
        "parents",
        "families",
        "consumers",
        "workers",
        "computers",
        "technology",
        "culture",
        "standards",
    }
)
"""Nouns after "today's" that make it the present age ("today's youth", "in today's
world"), which the TempEval-3 data leaves untagged, not the day of publication."""

BOND_NOUNS: Final = frozenset(
    {
        "note",
        "notes",
        "bond",
        "bonds",
        "yield",
        "yields",
        "treasury",
        "treasuries",
        "gilt",
        "gilts",
        "bund",
        "bunds",
        "jgb",
        "jgbs",
        "paper",
        "bill",
        "bills",
        "mortgage",
        "mortgages",
        "debt",
        "maturity",
        "swap",
        "swaps",
        "issue",
        "securities",
        "benchmark",
        "rate",
        "rates",
        "futures",
    }
)
"""Nouns after "10-year" that make it a security's name, not a duration."""

HOLIDAYS: Final = MappingProxyType(
    {
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "christmas": (12, 25),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "boxing day": (12, 26),
    }
)
"""Fixed-date holidays: (month, day)."""

FLOATING_HOLIDAYS: Final = MappingProxyType(
    {
        "thanksgiving day": (11, 4, 4, 1),
        "thanksgiving": (11, 4, 4, 1),
        "labor day": (9, 1, 1, 1),
        "memorial day": (5, 1, -1, 1),
        "election day": (11, 2, 1, 2),
    }
)
"""US holidays on a weekday of a month: (month, ISO weekday, n, from day): the n-th
such weekday on or after that day of the month (n = -1: the last one of the month).
Election Day is the first Tuesday on or after 2 November."""

DECADE_WORDS: Final = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)
"""Decades named in words ("the nineties"), by their tens digit."""

YEAR_TEENS: Final = MappingProxyType(
    {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
     "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
)  # fmt: skip
"""The numbers 10-19 in words, for years read aloud ("nineteen eighteen")."""

YEAR_TENS: Final = MappingProxyType(
    {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
     "eighty": 80, "ninety": 90}
)  # fmt: skip
"""Tens in words, for years read aloud ("nineteen ninety-six")."""

YEAR_UNITS: Final = MappingProxyType(
    {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
     "nine": 9}
)  # fmt: skip
"""Units in words, for years read aloud."""
