"""Vocabulary of the number grammar: number words, scales, designators.

This module is data only; :mod:`econparse.numbers` builds its regular
expressions from these tables once and holds all matching logic.
Every key is lower case unless the table says it is matched case-sensitively.

Sources: English cardinal and ordinal number words; the scale abbreviations of
the Reuters, Bloomberg, Financial Times and Indian business press style
("mln", "bn", "tn", "trn", "lakh", "crore"); designator words collected by
reading economic news for numbers that name things rather than count them
("Section 301", "Boeing 737", "S&P 500").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final


def _table(**entries: int) -> Mapping[str, Decimal]:
    return MappingProxyType({word: Decimal(value) for word, value in entries.items()})


#: Cardinal words below ten ("zero" included).
UNIT_WORDS: Final = _table(
    zero=0, one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9
)

#: Cardinal words from ten to nineteen.
TEEN_WORDS: Final = _table(
    ten=10,
    eleven=11,
    twelve=12,
    thirteen=13,
    fourteen=14,
    fifteen=15,
    sixteen=16,
    seventeen=17,
    eighteen=18,
    nineteen=19,
)

#: Multiples of ten from twenty to ninety.
TENS_WORDS: Final = _table(
    twenty=20, thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90
)

#: The one word that multiplies a group below a thousand.
HUNDRED_WORD: Final = "hundred"

#: "dozen" counts as part of the numeral ("two dozen" is 24), never as a scale.
DOZEN_WORD: Final = "dozen"
DOZEN_VALUE: Final = Decimal(12)

#: Scale words: a numeral followed by one of these is multiplied by its value.
#: Plurals are accepted after a numeral ("5 millions") but never start a number.
SCALE_WORDS: Final = _table(
    thousand=10**3,
    thousands=10**3,
    million=10**6,
    millions=10**6,
    billion=10**9,
    billions=10**9,
    trillion=10**12,
    trillions=10**12,
    lakh=10**5,
    lakhs=10**5,
    lac=10**5,
    lacs=10**5,
    crore=10**7,
    crores=10**7,
)

#: Scale abbreviations that may follow a numeral after a space or hyphen, as
#: well as glued to it ("5 mln", "3 bn", "25.3mln").
SPACED_SCALE_ABBREVIATIONS: Final = _table(
    mn=10**6,
    mln=10**6,
    mio=10**6,
    mil=10**6,
    bn=10**9,
    bln=10**9,
    tn=10**12,
    trn=10**12,
    tln=10**12,
)

#: Single-letter scales, accepted only when glued to digits ("3.2m", "25k",
#: "$5b"): spaced, "3 m" is far more often three metres.
GLUED_ONLY_SCALES: Final = _table(k=10**3, m=10**6, b=10**9)

#: Two scale words read as one multiplier ("1.05 lakh crore" is 1.05e12).
SCALE_COMBINATIONS: Final[tuple[tuple[str, str], ...]] = (
    ("lakh", "crore"),
    ("lac", "crore"),
    ("thousand", "crore"),
)

#: Scale words after which Indian digit grouping ("1,05,000") is accepted.
INDIAN_SCALES: Final = frozenset({"lakh", "lakhs", "lac", "lacs", "crore", "crores"})

#: Left-adjacent text (case-sensitive, at most a few characters back) that also
#: licenses Indian digit grouping: a rupee marker.
RUPEE_MARKERS: Final = ("Rs", "Rs.", "INR", "₹")

#: Ordinal words.  "third" to "tenth", "hundredth" and "thousandth" are also
#: fraction denominators ("a third", "two-thirds"); see :data:`DENOMINATORS`.
ORDINAL_WORDS: Final = _table(
    first=1,
    second=2,
    third=3,
    fourth=4,
    fifth=5,
    sixth=6,
    seventh=7,
    eighth=8,
    ninth=9,
    tenth=10,
    eleventh=11,
    twelfth=12,
    thirteenth=13,
    fourteenth=14,
    fifteenth=15,
    sixteenth=16,
    seventeenth=17,
    eighteenth=18,
    nineteenth=19,
    twentieth=20,
    thirtieth=30,
    fortieth=40,
    fiftieth=50,
    sixtieth=60,
    seventieth=70,
    eightieth=80,
    ninetieth=90,
    hundredth=100,
    thousandth=1000,
    millionth=10**6,
    billionth=10**9,
    trillionth=10**12,
)

#: Singular fraction denominators ("a half", "one third", "a quarter").
DENOMINATORS: Final = _table(
    half=2,
    third=3,
    quarter=4,
    fourth=4,
    fifth=5,
    sixth=6,
    seventh=7,
    eighth=8,
    ninth=9,
    tenth=10,
    hundredth=100,
    thousandth=1000,
)

#: Plural fraction denominators ("two-thirds", "three quarters").
PLURAL_DENOMINATORS: Final = _table(
    halves=2,
    thirds=3,
    quarters=4,
    fourths=4,
    fifths=5,
    sixths=6,
    sevenths=7,
    eighths=8,
    ninths=9,
    tenths=10,
    hundredths=100,
    thousandths=1000,
)

#: Words that negate the number they precede ("minus 0.3", "negative five").
SIGN_WORDS: Final = frozenset({"minus", "negative"})

#: Indefinite articles: a number only before a scale, "hundred", "dozen" or a
#: singular denominator ("a billion", "a quarter", "an eighth").
ARTICLE_WORDS: Final = frozenset({"a", "an"})

#: Connectives allowed inside a spelt-out number.
CONNECTIVE_WORDS: Final = frozenset({"and", "of"})

#: Suffixes of digit ordinals ("1st", "22nd", "3rd", "100th").
ORDINAL_SUFFIXES: Final = ("st", "nd", "rd", "th")

#: Unicode vulgar fractions as (numerator, denominator).
VULGAR_FRACTIONS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        "½": (1, 2),
        "⅓": (1, 3),
        "⅔": (2, 3),
        "¼": (1, 4),
        "¾": (3, 4),
        "⅕": (1, 5),
        "⅖": (2, 5),
        "⅗": (3, 5),
        "⅘": (4, 5),
        "⅙": (1, 6),
        "⅚": (5, 6),
        "⅐": (1, 7),
        "⅛": (1, 8),
        "⅜": (3, 8),
        "⅝": (5, 8),
        "⅞": (7, 8),
        "⅑": (1, 9),
        "⅒": (1, 10),
    }
)

#: Denominators accepted in a digit fraction "a/b" (with 0 < a < b).  Others
#: ("24/7", "9/11", "12/31") are dates, schedules or scores, not numbers.
FRACTION_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})

#: Words (matched case-insensitively) after which a number is an identifier,
#: not a quantity: "Boeing 737", "Section 301", "S&P 500".
DESIGNATORS: Final = frozenset(
    {
        # aircraft, vehicles, products
        "airbus",
        "boeing",
        "embraer",
        "flight",
        "iphone",
        "windows",
        "playstation",
        "xbox",
        "galaxy",
        "pixel",
        "apollo",
        "falcon",
        # law and documents
        "section",
        "sections",
        "article",
        "articles",
        "chapter",
        "clause",
        "paragraph",
        "subsection",
        "amendment",
        "resolution",
        "proposition",
        "annex",
        "appendix",
        "exhibit",
        # roads and places
        "route",
        "highway",
        "interstate",
        "terminal",
        "gate",
        "pier",
        "platform",
        # indices whose name ends in a number
        "s&p",
        "ftse",
        "nikkei",
        "stoxx",
        "nasdaq",
        "russell",
        "dax",
        "cac",
        "ibex",
        "asx",
        "kospi",
        "topix",
        "sensex",
        "nifty",
        "fortune",
        # broadcasting and misc.
        "channel",
        "formula",
        "covid",
        "tier",
        "category",
    }
)

#: Designators matched only in exactly this spelling, because their lower-case
#: forms are ordinary words ("a level 5 percent above", "form 10 groups").
CASED_DESIGNATORS: Final = frozenset(
    {
        "No",
        "Nos",
        "no.",
        "No.",
        "Nos.",
        "Art.",
        "Sec.",
        "Ch.",
        "Vol.",
        "Fig.",
        "Form",
        "Title",
        "Rule",
        "Regulation",
        "Schedule",
        "Table",
        "Figure",
        "Page",
        "Item",
        "Phase",
        "Level",
        "Class",
        "Type",
        "Model",
        "Series",
        "Line",
        "Number",
        "Room",
        "Unit",
        "Vision",
        "Version",
        "Stage",
        "Division",
        "Group",
        "Radio",
        "Suite",
    }
)

#: Letters that may be glued to the left of digits without making the token
#: an identifier: currency markers ("Rs5,000", "USD5bn", "R5bn").  Case-sensitive.
GLUED_LEFT_PREFIXES: Final = frozenset(
    {
        "Rs",
        "Rp",
        "USD",
        "US",
        "EUR",
        "GBP",
        "JPY",
        "CHF",
        "CNY",
        "RMB",
        "INR",
        "AUD",
        "CAD",
        "HKD",
        "SGD",
        "NZD",
        "Dh",
        "Dhs",
        "SR",
        "Sh",
        "Ksh",
        "KSh",
        "R",
    }
)

#: Words that may precede digits across a hyphen ("mid-2019", "top-10");
#: any other "letters-digits" token is an identifier ("COVID-19", "F-16").
HYPHEN_PREFIXES: Final = frozenset(
    {
        "mid",
        "pre",
        "post",
        "early",
        "late",
        "end",
        "non",
        "top",
        "over",
        "under",
        "sub",
        "about",
        "around",
        "circa",
        "record",
        "year",
        "multi",
    }
)

#: Unit letters that may be glued to the right of a number ("5pc", "50bp",
#: "3x", "5pm", "40km").  Any other glued letters make the token an identifier
#: ("76ers", "3D", "4G", "1990s").  Matched case-insensitively.
GLUED_UNIT_SUFFIXES: Final = frozenset(
    {
        "pc",
        "pct",
        "bp",
        "bps",
        "pp",
        "ppt",
        "ppts",
        "p",
        "c",
        "x",
        "am",
        "pm",
        "h",
        "hr",
        "hrs",
        "yr",
        "yrs",
        "kg",
        "km",
        "kw",
        "kwh",
        "mw",
        "mwh",
        "gw",
        "gwh",
        "bpd",
        "bbl",
        "mt",
        "oz",
        "lb",
        "lbs",
        "ft",
    }
)

#: Glued digit-letter tokens that are names, not scaled numbers, unless a
#: currency symbol immediately precedes them ("3M" the company, "$3M").
GLUED_IDENTIFIERS: Final = frozenset({"3M", "4K", "8K"})

#: Words after "a third", "a fifth", ... that make the word an ordinal
#: ("a third straight month") rather than a fraction ("a third of").
ORDINAL_CUES: Final = frozenset(
    {
        "straight",
        "consecutive",
        "successive",
        "running",
        "time",
        "round",
        "term",
        "day",
        "week",
        "month",
        "quarter",
        "year",
        "session",
        "place",
        "attempt",
        "wave",
        "largest",
        "biggest",
        "highest",
        "lowest",
        "most",
    }
)

#: Words after "a quarter" that make it a period of time, not 0.25
#: ("from a quarter earlier").
PERIOD_CUES: Final = frozenset({"earlier", "ago", "before", "later", "previously", "prior"})

#: Words before "N quarters" that make it a count of periods, not a fraction
#: ("the first three quarters of the year").
PERIOD_PRECEDERS: Final = frozenset(
    {"first", "last", "past", "next", "previous", "preceding", "following", "recent", "coming"}
)
