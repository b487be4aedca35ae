"""The resolution half of :mod:`econparse.temporal`: from a grammar match to a TIMEX3 value.

:func:`resolve` reads one match of :func:`econparse._timex_grammar.master`
and returns a :class:`Resolved` (plain strings for the enum members; the
public module turns them into enums), or ``None`` when the match turns out
not to be temporal ("Made in China 2025", "the 10-year note").

Resolution rules
    * Absolute forms ("January 27, 2019", "2019", "the 1990s") need nothing.
    * Relative forms ("last week", "two years ago", "yesterday") are counted
      from the publication date; without one the value stays underspecified
      ("XXXX-12", "XXXX-WXX-5", "XXXX") and no interval is given.
    * Bare months, weekdays, seasons, quarters and month-days are placed by
      the tense of their clause (:func:`tense`): past = the latest candidate
      starting on or before the publication date (the day itself included);
      future = the earliest one after it (weekdays: strictly after; months:
      the current month counts); no cue = the one nearest the publication
      date.
    * "a year earlier", "the year-ago quarter", "the quarter", "the following
      week" are counted from the previous expression in the document when
      there is one at a fitting granularity (earnings reports compare
      quarters), else from the publication date.

Nothing is compiled at import: the helper patterns are compiled on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, TypeAlias

from econparse import _temporal_vocab as vocab
from econparse._patterns import IGNORECASE, escape_regex, lazy_re, lazy_regex
from econparse.numbers import parse_number

if TYPE_CHECKING:
    import regex

__all__ = ["Context", "Resolved", "resolve", "tense"]

_Interval = tuple[dt.date, dt.date]

#: A match of the grammar: the standard library's engine's or ``regex``'s (the
#: resolver reads only what both have: groups by name, their spans, ``lastgroup``).
_Match: TypeAlias = "re.Match[str] | regex.Match[str]"


class Resolved:
    """The normalised reading of one match (enum members as their names).

    A plain class (native when compiled), not frozen: nothing changes one, and one
    is built for every expression.
    """

    def __init__(  # noqa: PLR0917 (private, built in one place)
        self,
        start: int,
        end: int,
        kind: str,
        value: str,
        mod: str | None = None,
        begin: dt.date | None = None,
        finish: dt.date | None = None,
        granularity: str | None = None,
        anchor: str = "NONE",
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.mod = mod
        self.begin = begin
        self.finish = finish
        self.granularity = granularity
        self.anchor = anchor


class Context:
    """What resolution of a document remembers: publication date and last expression."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.previous: Resolved | None = None
        #: Whether ``previous`` is itself a comparison back ("the year-ago quarter"):
        #: a second one ("the year-ago results") names the same period again.
        self.previous_looks_back = False
        #: The last quarter named (not a comparison back): what "the 1988 quarter" and
        #: "the quarter" refer to when a year or a day was named in between.
        self.quarter: Resolved | None = None


# ---------------------------------------------------------------- calendar


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month(year: int, month: int) -> _Interval:
    ny, nm = _add_months(year, month, 1)
    return dt.date(year, month, 1), dt.date(ny, nm, 1)


def _quarter(year: int, q: int) -> _Interval:
    begin = dt.date(year, 3 * q - 2, 1)
    ny, nm = _add_months(year, 3 * q - 2, 3)
    return begin, dt.date(ny, nm, 1)


def _half(year: int, h: int) -> _Interval:
    return dt.date(year, 6 * h - 5, 1), (dt.date(year, 7, 1) if h == 1 else dt.date(year + 1, 1, 1))


def _season(year: int, code: str) -> _Interval:
    month = vocab.SEASON_MONTHS[code]
    ny, nm = _add_months(year, month, 3)
    return dt.date(year, month, 1), dt.date(ny, nm, 1)


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _week(day: dt.date) -> _Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=7)


def _year_ok(year: int) -> bool:
    return 1 <= year <= 9998


def _pick(
    candidates: Sequence[tuple[dt.date, dt.date, str]],
    pub: dt.date,
    when: str,
    strict_future: bool = False,
) -> tuple[dt.date, dt.date, str]:
    """Choose among candidate intervals by tense (see the module docstring).

    The candidates are in calendar order (each starts after the one before), so
    the latest past one is the last, the earliest future one the first found.
    """
    if when == "PAST":
        for c in reversed(candidates):
            if c[0] <= pub:
                return c
    elif when == "FUTURE":
        for c in candidates:
            if c[0] > pub if strict_future else c[1] > pub:
                return c
    # the nearest: the first containing ``pub``, else the fewest days away, a past one
    # before a future one at equal distance
    best = candidates[0]
    best_gap, best_after = -1, True
    for c in candidates:
        begin, end = c[0], c[1]
        if begin <= pub < end:
            return c
        after = begin > pub
        gap = (begin - pub).days if after else (pub - end).days + 1
        if best_gap < 0 or gap < best_gap or (gap == best_gap and best_after and not after):
            best, best_gap, best_after = c, gap, after
    return best


# ---------------------------------------------------------------- tense

#: How far from the publication date (about eight months) the tense of the clause
#: may place a month-day before the nearest one is taken instead: tense cues are
#: often wrong (participles, reporting verbs), a date within four months on the
#: other side rarely is.
_DAYS_AGAINST_CUE = 243

_WORD = lazy_re(r"[A-Za-z']++")
_CLAUSE_BREAK = lazy_re(r"[;:!?\"“”]|''|``|\.(?=\s++[A-Z`'‘\"“(])")


def tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """``PAST``, ``FUTURE`` or ``NONE``: the tense cue nearest the expression in its clause.

    Reads at most 60 characters on each side, cut at clause punctuation; the
    first cue found going outwards (left side first at equal distance) wins.
    """
    left_text = text[max(lo, start - 60) : start]
    cuts = [c.end() for c in _CLAUSE_BREAK().finditer(left_text)]
    if cuts:
        left_text = left_text[cuts[-1] :]
    right_text = text[end : min(hi, end + 60)]
    stop = _CLAUSE_BREAK().search(right_text)
    if stop is not None:
        right_text = right_text[: stop.start()]
    left = _lower_words(left_text)[::-1]
    right = _lower_words(right_text)
    if tuple(left[:3]) in vocab.FUTURE_BEFORE:
        return "FUTURE"  # "as early as Tuesday", "as soon as March"
    n_left, n_right = len(left), len(right)
    for i in range(max(n_left, n_right)):
        if i < n_left:
            word = left[i]
            if word == "to" and _intent_before(left, i):
                return "FUTURE"  # "plans to meet on Friday", "is to resume Tuesday"
            found = _CUES.get(word)
            if found is None:
                found = _cue(word)
            if found:
                return found
        if i < n_right:
            found = _CUES.get(right[i])
            if found is None:
                found = _cue(right[i])
            if found:
                return found
    return "NONE"


#: ASCII to what :func:`_lower_words` reads: the letters lowered, the apostrophe kept,
#: any other character a blank.
_WORD_LETTERS = str.maketrans(
    {chr(i): chr(i).lower() if chr(i).isalpha() or chr(i) == "'" else " " for i in range(128)}
)


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` (the runs of :data:`_WORD`), lower case.

    ASCII text is lowered and cut in two C calls (``translate``, ``split``), not by
    ``findall`` of the lowered text: on the windows of :func:`tense` (two a call, up to
    60 characters) measured at 10.7k instructions a call instead of 17.5k (callgrind).
    """
    if text.isascii():
        return text.translate(_WORD_LETTERS).split()
    return [w.lower() for w in _WORD().findall(text)]


def _intent_before(left: list[str], i: int) -> bool:
    """Whether ``left[i]`` (words read backwards) is the "to" of "plans to", "is due to",
    not of a past plan ("was due to", "had planned to")."""
    if left[i] != "to" or i + 1 >= len(left) or left[i + 1] not in vocab.INTENT_BEFORE_TO:
        return False
    return i + 2 >= len(left) or left[i + 2] not in vocab.PAST_AUXILIARIES


#: The cue of each word that :func:`_cue` has read ("" for none; at most 4096 words,
#: then it starts again), which :func:`tense` looks up itself: a dict look-up, where a
#: call through ``functools.lru_cache`` cost about 900 instructions in the compiled build.
_CUES: dict[str, str] = {}


def _cue(word: str) -> str:
    """``FUTURE``, ``PAST`` or "" (no cue): the tense that ``word`` (lower case) marks,
    remembered in :data:`_CUES`."""
    cue = _CUES.get(word)
    if cue is not None:
        return cue
    if word in vocab.FUTURE_CUES or word.endswith("'ll"):
        cue = "FUTURE"
    elif word in vocab.PAST_CUES or (
        word.endswith("ed") and len(word) > 4 and word not in vocab.NOT_PAST_ED
    ):
        cue = "PAST"
    else:
        cue = ""
    if len(_CUES) >= 4096:
        _CUES.clear()
    _CUES[word] = cue
    return cue


# ---------------------------------------------------------------- numbers


def _quantity(raw: str) -> Decimal | None:
    """The value of a duration's quantity, or None for a vague one ("several")."""
    words = " ".join(raw.lower().replace("-", " ").split())
    if words in vocab.VAGUE_QUANTITIES:
        return None
    if words in vocab.SMALL_NUMBERS:
        return Decimal(str(vocab.SMALL_NUMBERS[words]))
    if words.endswith(" 1/2"):
        whole = parse_number(words[:-4])
        return None if whole is None else whole + Decimal("0.5")
    try:
        return Decimal(words.replace(",", ""))
    except InvalidOperation:
        pass
    parts = words.split()
    if len(parts) == 2 and parts[0] in vocab.SMALL_NUMBERS and parts[1] in vocab.SMALL_NUMBERS:
        return Decimal(vocab.SMALL_NUMBERS[parts[0]] + vocab.SMALL_NUMBERS[parts[1]])
    return parse_number(raw)


def _unit_name(raw: str) -> str:
    word = " ".join(raw.lower().split())
    if word.startswith(("trading", "business")):
        return "day"
    return vocab.UNIT_PLURALS.get(word, word)


def duration_value(qty: Decimal | None, unit: str) -> str:
    """The TIMEX3 duration value ("P3Y", "PT2H", "PXM") of a quantity of ``unit``."""
    letter, is_time = vocab.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if qty is None:
        return f"{prefix}X{letter[-1] if letter == '2W' else letter}"
    if letter == "2W":
        qty, letter = qty * 2, "W"
    if qty != qty.to_integral_value():
        # the whole units, then the fraction in the next smaller unit: "2 1/2 years"
        # is P2Y6M, "5 1/2 hours" PT5H30M, "half a year" P6M, "a day and a half" P1DT12H
        smaller = {"Y": (12, "M"), "M": (60, "S"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M")}
        if letter in smaller and (is_time or letter != "M"):
            factor, letter2 = smaller[letter]
            whole = int(qty)
            rest = (qty - whole) * factor
            if rest == rest.to_integral_value():
                head = f"{whole}{letter}" if whole else ""
                tail = f"{int(rest)}{letter2}"
                if letter2 == "H" and not is_time:
                    return f"P{head}T{tail}" if head else f"PT{tail}"
                return f"{prefix}{head}{tail}"
        return f"{prefix}{qty.normalize():f}{letter}"
    return f"{prefix}{int(qty)}{letter}"


# ---------------------------------------------------------------- resolve

_FISCAL_NOTE = "fiscal years have no fixed calendar: no interval"


def _date_at(gran: str, day: dt.date) -> tuple[str, dt.date, dt.date]:
    """Value and interval of the unit of granularity ``gran`` containing ``day``."""
    if gran == "DAY":
        return day.isoformat(), day, day + dt.timedelta(days=1)
    if gran == "WEEK":
        b, e = _week(day)
        return _week_value(day), b, e
    if gran == "MONTH":
        b, e = _month(day.year, day.month)
        return f"{day.year:04d}-{day.month:02d}", b, e
    if gran == "QUARTER":
        q = (day.month - 1) // 3 + 1
        b, e = _quarter(day.year, q)
        return f"{day.year:04d}-Q{q}", b, e
    if gran == "HALF":
        h = 1 if day.month <= 6 else 2
        b, e = _half(day.year, h)
        return f"{day.year:04d}-H{h}", b, e
    if gran == "DECADE":
        d0 = day.year // 10 * 10
        return f"{d0 // 10:03d}", dt.date(d0, 1, 1), dt.date(d0 + 10, 1, 1)
    if gran == "CENTURY":
        c0 = day.year // 100 * 100
        return f"{c0 // 100:02d}", dt.date(max(c0, 1), 1, 1), dt.date(c0 + 100, 1, 1)
    return f"{day.year:04d}", dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)


_UNIT_GRAN = {
    "day": "DAY",
    "night": "DAY",
    "week": "WEEK",
    "weekend": "WEEK",
    "fortnight": "WEEK",
    "month": "MONTH",
    "quarter": "QUARTER",
    "half": "HALF",
    "year": "YEAR",
    "fiscal year": "YEAR",
    "calendar year": "YEAR",
    "decade": "DECADE",
    "century": "CENTURY",
}

_GRAN_ORDER = ("DAY", "WEEK", "MONTH", "QUARTER", "HALF", "YEAR", "DECADE", "CENTURY")


def _shift(day: dt.date, unit: str, n: int) -> dt.date | None:
    """``day`` moved by ``n`` units (clamped to month ends), or None out of range."""
    try:
        if unit in ("day", "night"):
            return day + dt.timedelta(days=n)
        if unit in ("week", "weekend"):
            return day + dt.timedelta(weeks=n)
        if unit == "fortnight":
            return day + dt.timedelta(weeks=2 * n)
        months = _UNIT_MONTHS.get(unit)
        if months is None:
            return None
        y, m = _add_months(day.year, day.month, n * months)
        if not _year_ok(y):
            return None
        if day.day <= 28:  # in every month
            return dt.date(y, m, day.day)
        last = (_month(y, m)[1] - dt.timedelta(days=1)).day
        return dt.date(y, m, min(day.day, last))
    except OverflowError:
        return None


#: The units :func:`_shift` moves by months, and how many.
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def _two_digit_year(raw: str, pub: dt.date | None) -> int:
    yy = int(raw)
    if pub is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    century = pub.year // 100 * 100
    year = century + yy
    return year - 100 if year > pub.year + 20 else year


def _month_number(raw: str) -> int:
    key = raw.lower().rstrip(".")
    return vocab.MONTHS.get(key) or vocab.MONTH_ABBREVIATIONS[key]


def _day_number(raw: str) -> int:
    return int(raw.rstrip("stndrhSTNDRH"))


def resolve(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> Resolved | None:
    """The reading of match ``m`` (found in ``text[lo:hi]``), or None if it is not temporal."""
    name = _rule_of(m)
    start, end = m.span()
    pos = m.group("pos")
    mod = vocab.POSITION_MODS.get(" ".join(pos.lower().split())) if pos else None
    if name != "holiday" and _in_title(text, start, end):
        return None
    handler = _HANDLERS[name]
    result = handler(m, text, lo, hi, ctx)
    if result is None:
        return None
    kind, value, begin, finish, gran, anchor, mod2, span = result
    if span is not None:
        start, end = span
        if pos and start > m.start():
            mod = None
    elif pos and kind not in ("DATE", "TIME"):
        start, mod = m.start("r_" + name), None
    res = Resolved(start, end, kind, value, mod2 or mod, begin, finish, gran, anchor)
    # "the quarter" names the quarter mentioned last again: the base of what follows
    again = name == "theunit" and gran == "QUARTER" and ctx.previous is not ctx.quarter
    if (
        begin is not None
        and kind in ("DATE", "TIME")
        and (anchor != "PREVIOUS_EXPRESSION" or again)
    ):
        ctx.previous = res
        ctx.previous_looks_back = _looks_back(m, name)
        if gran == "QUARTER" and not ctx.previous_looks_back:
            ctx.quarter = res
    return res


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a name or title ("USA Today", ABC's "This
    Week", "60 Minutes", "High Noon"): a word that is written in lower case when it names a
    time (``vocab.LOWER_CASE_TIME_WORDS``) is capitalised, and it is not the first
    word of a sentence.  All-capital text is not read this way."""
    part = text[start:end]
    lower = part.lower()
    if lower == part:  # no capital letter: no capitalised word (most matches)
        return False
    if part.isascii() and _TIME_WORD().search(lower) is None:
        # no word of the table in the part ("March 3", "Monday"): no such capitalised
        # word either (in ASCII text a word lowered stays a word in the same place)
        return False
    for word in _CAPITALISED().finditer(text, start, end):
        if word.group().lower() in vocab.LOWER_CASE_TIME_WORDS and (
            word.start() > start or not _opens_sentence(text, start)
        ):
            return True
    return False


_CAPITALISED = lazy_re(r"\b[A-Z][a-z]++\b")
_TIME_WORD = lazy_re(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(vocab.LOWER_CASE_TIME_WORDS, key=len, reverse=True))
    + r")\b"
)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` may begin a sentence: after a full stop, an opening quote or
    bracket, a colon or a dash, or at a line's start."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t")
    return before == "" or before[-1] in ".!?:;\"“”‘’'`(_-—\n"


def _looks_back(m: _Match, name: str) -> bool:
    """Whether the match is a comparison back in time ("the year-ago quarter", "a year
    earlier"): the period compared with, never the base of the next comparison."""
    return name == "yearago" or (name == "span" and m["dir"] is not None)


def _rule_of(m: _Match) -> str:
    """The name of the rule that matched (the one ``r_NAME`` group that took part)."""
    last = m.lastgroup  # the rule's group encloses the rest of the match: it closes last
    if last is not None and last.startswith("r_"):
        return last[2:]
    for index, name in _rule_groups(m.re):
        if m.start(index) >= 0:
            return name
    raise AssertionError("no rule group matched")  # pragma: no cover


@functools.cache
def _rule_groups(pattern: re.Pattern[str] | regex.Pattern[str]) -> tuple[tuple[int, str], ...]:
    """The ``r_NAME`` groups of ``pattern`` (the master or a cut-down one): number and name."""
    groups = sorted((i, n[2:]) for n, i in pattern.groupindex.items() if n.startswith("r_"))
    return tuple(groups)


_Result = tuple[
    str,
    str,
    dt.date | None,
    dt.date | None,
    str | None,
    str,
    str | None,
    tuple[int, int] | None,
]


def _h_iso(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if m["hh"]:
        at = dt.datetime(y, mo, d, int(m["hh"]), int(m["mi"]))
        value = f"{day.isoformat()}T{m['hh']}:{m['mi']}"
        return "TIME", value, at, at + dt.timedelta(minutes=1), "TIME", "NONE", None, None
    return "DATE", day.isoformat(), day, day + dt.timedelta(days=1), "DAY", "NONE", None, None


def _h_slash(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    raw = m["y"]
    y = int(raw) if len(raw) == 4 else _two_digit_year(raw, ctx.published)
    try:
        day = dt.date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return "DATE", day.isoformat(), day, day + dt.timedelta(days=1), "DAY", "NONE", None, None


def _month_day(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    month = _month_number(m["mon"])
    d = _day_number(m["d"])
    if m["y"]:
        y = int(m["y"])
        try:
            day = dt.date(y, month, d)
        except ValueError:
            return None
        return "DATE", day.isoformat(), day, day + dt.timedelta(days=1), "DAY", "NONE", None, None
    pub = ctx.published
    if pub is None:
        if not 1 <= d <= 31:
            return None
        return "DATE", f"XXXX-{month:02d}-{d:02d}", None, None, "DAY", "NONE", None, None
    cands = _day_candidates(pub.year, month, d)
    if not cands:
        return None
    before = max(lo, m.start() - 12)
    if "ended" in text[before : m.start()].lower() and _PERIOD_ENDED_BEFORE().search(
        text, before, m.start()
    ):
        # "the year ended March 31": a reported period is over, however long ago
        b, e, v = _pick(cands, pub, "PAST")
        return "DATE", v, b, e, "DAY", "PUBLICATION", None, None
    b, e, v = _pick(cands, pub, tense(text, m.start(), m.end(), lo, hi))
    if abs((b - pub).days) > _DAYS_AGAINST_CUE:
        # the tense cue loses only to a date within four months on the other side
        # ("on Nov. 6" in late October); "since the Oct. 23 attack" in May is last year's
        b, e, v = _pick(cands, pub, "NONE")
    return "DATE", v, b, e, "DAY", "PUBLICATION", None, None


@functools.lru_cache(maxsize=4096)
def _day_candidates(year: int, month: int, d: int) -> tuple[tuple[dt.date, dt.date, str], ...]:
    """Day ``d`` of ``month`` in the year before ``year``, in ``year`` and in the year
    after, where it exists: interval and value (shared by every mention of that day)."""
    cands = []
    for y in (year - 1, year, year + 1):
        try:
            day = dt.date(y, month, d)
        except ValueError:
            continue
        cands.append((day, day + dt.timedelta(days=1), day.isoformat()))
    return tuple(cands)


_PERIOD_ENDED_BEFORE = lazy_re(r"\bended\s++$", re.IGNORECASE)


_WORD_YEAR_BREAK = lazy_regex(r"[\s-]+")


def word_year(raw: str) -> int:
    """The year read aloud in ``raw``: "nineteen ninety-six" is 1996, "twenty ten" 2010."""
    first, *rest = _WORD_YEAR_BREAK().split(raw.lower())
    if first == "two":  # "two thousand (and) six"
        last = rest[-1]
        return 2000 + vocab.YEAR_TEENS.get(last, vocab.YEAR_UNITS.get(last, 0))
    century = 19 if first == "nineteen" else 20
    if len(rest) == 1 and rest[0] in vocab.YEAR_TEENS:
        return century * 100 + vocab.YEAR_TEENS[rest[0]]
    units = vocab.YEAR_UNITS[rest[1]] if len(rest) > 1 else 0
    return century * 100 + vocab.YEAR_TENS[rest[0]] + units


def _year_of(m: _Match) -> int:
    """The year of a rule with a year in digits (``y``) or read aloud (``wy``)."""
    return int(m["y"]) if m["y"] else word_year(m["wy"])


def _h_wordyear(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    y = word_year(m["wy"])
    return "DATE", f"{y:04d}", dt.date(y, 1, 1), dt.date(y + 1, 1, 1), "YEAR", "NONE", None, None


def _h_theyear(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    """ "the year 2000", "the year two thousand"."""
    y = _year_of(m)
    return "DATE", f"{y:04d}", dt.date(y, 1, 1), dt.date(y + 1, 1, 1), "YEAR", "NONE", None, None


def _h_monthyear(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    month, y = _month_number(m["mon"]), _year_of(m)
    b, e = _month(y, month)
    return "DATE", f"{y:04d}-{month:02d}", b, e, "MONTH", "NONE", None, None


def _h_monthrel(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    """ "July last year", "in March this year": the month of the year named relatively."""
    month = _month_number(m["mon"])
    pub = ctx.published
    if pub is None:
        return "DATE", f"XXXX-{month:02d}", None, None, "MONTH", "NONE", None, None
    y = pub.year + vocab.RELATIVE_WORDS[m["rel"].lower()]
    b, e = _month(y, month)
    return "DATE", f"{y:04d}-{month:02d}", b, e, "MONTH", "PUBLICATION", None, None


def _h_monthonly(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    raw = m["mon"]
    month = _month_number(raw)
    if month == 5 and not _may_is_month(text, m.start("mon"), m.end("mon"), m["pos"]):
        return None
    if raw.lower() == "march" and not m["pos"] and not _preposition_before(text, m.start("mon")):
        return None
    return _nearest_month(m, text, lo, hi, ctx, month)


def _nearest_month(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match,
    text: str,
    lo: int,
    hi: int,
    ctx: Context,
    month: int,
    rel: int | None = None,
) -> _Result:
    pub = ctx.published
    if pub is None:
        return "DATE", f"XXXX-{month:02d}", None, None, "MONTH", "NONE", None, None
    cands = _month_candidates(pub.year, month)
    if rel == -1:
        b, e, v = max(c for c in cands if c[1] <= dt.date(pub.year, pub.month, 1))
    elif rel == 1:
        b, e, v = min(c for c in cands if c[0] > pub)
    elif rel == 0:
        b, e, v = cands[1]
    else:
        b, e, v = _pick(cands, pub, tense(text, m.start(), m.end(), lo, hi))
    return "DATE", v, b, e, "MONTH", "PUBLICATION", None, None


@functools.lru_cache(maxsize=1024)
def _month_candidates(year: int, month: int) -> tuple[tuple[dt.date, dt.date, str], ...]:
    """The month ``month`` of the year before ``year``, of ``year`` and of the year after:
    interval and value (shared by every mention of that month)."""
    return tuple((*_month(y, month), f"{y:04d}-{month:02d}") for y in range(year - 1, year + 2))


#: searched from the end of the window, as the patterns before a year (``_BEFORE_YEAR``)
_PREPOSITIONS = (
    *("in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "early"),
    *("late", "mid", "last", "next", "this", "before", "after", "on", "between", "and", "or"),
    "for",
)
_PREP_BEFORE = lazy_regex(
    rf"(?r)(?:\b(?:{'|'.join(_PREPOSITIONS)}|as\s++of)\s++(?:the\s++month\s++of\s++)?|-)$",
    IGNORECASE,
)


def _preposition_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 25) : pos]
    # in ASCII the pattern needs a "-" at the end (``$``: or before a last line break) or
    # blanks after one of its words ("as of", "the month of" end with "of"; its blanks
    # are blanks to ``rstrip``)
    if (
        window.isascii()
        and not window.endswith(("-", "-\n"))
        and not (window[-1:].isspace() and window.rstrip().lower().endswith(_PREPOSITIONS))
    ):
        return False
    return _PREP_BEFORE().search(text, max(0, pos - 25), pos) is not None


def _may_is_month(text: str, start: int, end: int, pos: str | None) -> bool:
    if text[start:end] != "May":
        return False
    return bool(pos) or _preposition_before(text, start)


def _h_quarter(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    ordw = m["ord"].lower()
    y_raw = m["y1"] or m["y2"] or m["y3"]
    rel = m["rel"]
    pub = ctx.published
    if ordw in ("last", "latest", "final") and not y_raw and rel is None:
        if ordw == "final":
            q = 4
        else:
            return _relative_unit(m, ctx, "quarter", -1 if ordw == "last" else None, text, lo, hi)
    else:
        q = 4 if ordw in ("last", "final") else vocab.ORDINALS.get(ordw, 0)
    if not 1 <= q <= 4:
        return None
    if y_raw:
        y = int(y_raw)
        b, e = _quarter(y, q)
        return "DATE", f"{y:04d}-Q{q}", b, e, "QUARTER", "NONE", None, None
    if pub is None:
        return "DATE", f"XXXX-Q{q}", None, None, "QUARTER", "NONE", None, None
    if rel is not None:
        shift = vocab.RELATIVE_WORDS.get(" ".join(rel.lower().split()), 0)
        y = pub.year + shift
        b, e = _quarter(y, q)
        return "DATE", f"{y:04d}-Q{q}", b, e, "QUARTER", "PUBLICATION", None, None
    # financial news reports on quarters that have begun: the publication year's
    # quarter if it has started (or the clause is in the future), else last year's
    y = pub.year
    if _quarter(y, q)[0] > pub and tense(text, m.start(), m.end(), lo, hi) != "FUTURE":
        y -= 1
    b, e = _quarter(y, q)
    v = f"{y:04d}-Q{q}"
    return "DATE", v, b, e, "QUARTER", "PUBLICATION", None, None


def _h_qcode(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    q = int(m["n"] or m["n2"])
    raw = m["y"] or m["y2"]
    if raw:
        y = int(raw) if len(raw) == 4 else _two_digit_year(raw, ctx.published)
        b, e = _quarter(y, q)
        return "DATE", f"{y:04d}-Q{q}", b, e, "QUARTER", "NONE", None, None
    pub = ctx.published
    if pub is None:
        return "DATE", f"XXXX-Q{q}", None, None, "QUARTER", "NONE", None, None
    cands = [(*_quarter(y, q), f"{y:04d}-Q{q}") for y in (pub.year - 1, pub.year, pub.year + 1)]
    b, e, v = _pick(cands, pub, tense(text, m.start(), m.end(), lo, hi))
    return "DATE", v, b, e, "QUARTER", "PUBLICATION", None, None


def _h_half(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    raw = m["y1"] or m["y2"]
    return _half_result(m, text, lo, hi, ctx, h, raw)


def _h_hcode(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    return _half_result(m, text, lo, hi, ctx, int(m["n"] or m["n2"]), m["y"] or m["y2"])


def _half_result(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match, text: str, lo: int, hi: int, ctx: Context, h: int, raw: str | None
) -> _Result:
    if raw:
        y = int(raw)
        b, e = _half(y, h)
        return "DATE", f"{y:04d}-H{h}", b, e, "HALF", "NONE", None, None
    pub = ctx.published
    if pub is None:
        return "DATE", f"XXXX-H{h}", None, None, "HALF", "NONE", None, None
    cands = [(*_half(y, h), f"{y:04d}-H{h}") for y in (pub.year - 1, pub.year, pub.year + 1)]
    when = tense(text, m.start(), m.end(), lo, hi)
    b, e, v = _pick(cands, pub, "PAST" if when == "NONE" else when)
    return "DATE", v, b, e, "HALF", "PUBLICATION", None, None


def _h_fiscal(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    if m["yy"]:
        y = _two_digit_year(m["yy"], ctx.published)
    else:
        y = int(m["y"])
        if m["y2"]:
            y2 = int(m["y2"])
            if y2 != (y + 1) % 100:
                return None
            y += 1
    return "DATE", f"{y:04d}", None, None, "YEAR", "NONE", None, None


def _h_decade(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    if m["dec"]:
        d0 = int(m["dec"])
    elif m["decw"]:
        # "the nineties": the one of the publication's century, else of the 1900s
        tens = vocab.DECADE_WORDS[m["decw"].lower()] * 10
        pub = ctx.published
        century = pub.year // 100 * 100 if pub is not None else 1900
        d0 = century + tens if pub is None or century + tens <= pub.year else century - 100 + tens
    else:
        yy = int(m["dec2"])
        d0 = (1900 if yy >= 30 else 2000) + yy
        if ctx.published is not None:
            d0 = _two_digit_year(m["dec2"], ctx.published)
    return (
        "DATE",
        f"{d0 // 10:03d}",
        dt.date(d0, 1, 1),
        dt.date(d0 + 10, 1, 1),
        "DECADE",
        "NONE",
        None,
        None,
    )


def _h_century(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    raw = m["ord"].lower()
    n = int(raw[:-2]) if raw[:1].isdigit() else vocab.ORDINALS.get(raw, 0)
    if not 1 <= n <= 30:
        return None
    c0 = (n - 1) * 100
    return (
        "DATE",
        f"{n - 1:02d}",
        dt.date(max(c0, 1), 1, 1),
        dt.date(c0 + 100, 1, 1),
        "CENTURY",
        "NONE",
        None,
        None,
    )


def _h_holiday(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    key = " ".join(m["hol"].lower().replace("’", "'").split())
    if m["y"]:
        day = _holiday(key, int(m["y"]))
        return "DATE", day.isoformat(), day, day + dt.timedelta(days=1), "DAY", "NONE", None, None
    pub = ctx.published
    if pub is None:
        if key in vocab.FLOATING_HOLIDAYS:
            return "DATE", "XXXX-XX-XX", None, None, "DAY", "NONE", None, None
        month, d = vocab.HOLIDAYS[key]
        return "DATE", f"XXXX-{month:02d}-{d:02d}", None, None, "DAY", "NONE", None, None
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        day = _holiday(key, y)
        cands.append((day, day + dt.timedelta(days=1), day.isoformat()))
    b, e, v = _pick(cands, pub, tense(text, m.start(), m.end(), lo, hi))
    return "DATE", v, b, e, "DAY", "PUBLICATION", None, None


def _holiday(key: str, year: int) -> dt.date:
    """The date of holiday ``key`` (a key of either holiday table) in ``year``."""
    if key in vocab.HOLIDAYS:
        month, d = vocab.HOLIDAYS[key]
        return dt.date(year, month, d)
    month, weekday, n, first = vocab.FLOATING_HOLIDAYS[key]
    if n < 0:
        last = _month(year, month)[1] - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (n - 1))


def _h_yearago(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    noun = (m["noun"] or m["noun2"] or m["noun3"] or "").lower()
    if m["qord"]:
        return _year_ago_quarter(vocab.ORDINALS.get(m["qord"].lower(), 0), ctx)
    span = None
    if not noun:
        s = m.start("r_yearago")
        if text[s : s + 4].lower() == "the ":
            span = (s + 4, m.end())
    return _ago(ctx, "year", -1, noun or None, span)


def _year_ago_quarter(q: int, ctx: Context) -> _Result | None:
    """ "the year-ago third quarter": that quarter a year before the one named last, or
    else a year before the latest such quarter begun by the publication date."""
    if not 1 <= q <= 4:
        return None
    named = ctx.quarter
    pub = ctx.published
    if named is not None and named.begin is not None and named.begin.month == 3 * q - 2:
        year = named.begin.year - 1
        anchor = "PREVIOUS_EXPRESSION"
    elif pub is not None:
        year = (pub.year if dt.date(pub.year, 3 * q - 2, 1) <= pub else pub.year - 1) - 1
        anchor = "PUBLICATION"
    else:
        return "DATE", f"XXXX-Q{q}", None, None, "QUARTER", "NONE", None, None
    if not _year_ok(year):
        return None
    b, e = _quarter(year, q)
    return "DATE", f"{year:04d}-Q{q}", b, e, "QUARTER", anchor, None, None


def _ago(
    ctx: Context, unit: str, n: int, noun: str | None, span: tuple[int, int] | None
) -> _Result | None:
    prev = ctx.previous
    gran = _UNIT_GRAN.get(unit, "YEAR")
    if (
        noun == "quarter"
        and prev is not None
        and prev.granularity == "MONTH"
        and ctx.quarter is not None
    ):
        # "the year-ago quarter" after a month: the quarter named last, not that month
        prev = ctx.quarter
    if (
        prev is not None
        and prev.begin is not None
        and prev.granularity in ("QUARTER", "MONTH", "HALF")
        and _GRAN_ORDER.index(prev.granularity) < _GRAN_ORDER.index(gran)
        and unit == "year"
    ):
        if ctx.previous_looks_back and n == -1:
            return (
                "DATE",
                prev.value,
                prev.begin,
                prev.finish,
                prev.granularity,
                "PREVIOUS_EXPRESSION",
                None,
                span,
            )
        day = _shift(prev.begin, unit, n)
        if day is None:
            return None
        v, b, e = _date_at(prev.granularity, day)
        return "DATE", v, b, e, prev.granularity, "PREVIOUS_EXPRESSION", None, span
    pub = ctx.published
    if noun in ("quarter", "period"):
        gran = "QUARTER"
        if pub is not None:
            pub = _shift(pub, "quarter", -1)
    if pub is None:
        return "DATE", _unknown(gran), None, None, gran, "NONE", None, span
    day = _shift(pub, unit, n)
    if day is None:
        return None
    v, b, e = _date_at(gran, day)
    return "DATE", v, b, e, gran, "PUBLICATION", None, span


def _unknown(gran: str) -> str:
    return {
        "DAY": "XXXX-XX-XX",
        "WEEK": "XXXX-WXX",
        "MONTH": "XXXX-XX",
        "QUARTER": "XXXX-QX",
        "HALF": "XXXX-HX",
        "DECADE": "XXX",
        "CENTURY": "XX",
    }.get(gran, "XXXX")


def _bond_after(text: str, end: int) -> bool:
    following = _WORD().match(text, end + 1) if end < len(text) and text[end] in " -" else None
    return following is not None and following.group().lower() in vocab.BOND_NOUNS


_AGE_AFTER = lazy_regex(r"\s++old\b", IGNORECASE)
#: What :data:`_AGE_AFTER` reads first, in the standard library's engine (a pre-check:
#: its blanks include those of ``regex``, so where this does not match, that cannot)
_BLANKS_THEN_O = lazy_re(r"\s++o", re.I)


def _age_after(text: str, end: int, hi: int) -> bool:
    """Whether "old" follows ``text[:end]`` ("52 years old"): an age."""
    return (
        _BLANKS_THEN_O().match(text, end, hi) is not None
        and _AGE_AFTER().match(text, end, hi) is not None
    )


_AMOUNT_BEFORE = lazy_regex(
    r"(?:\d[\d,.]*+%?|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent"
    r"|cents?|dollars?|mln|bln|bn))(?:\s++(?:of\s++)?[a-z][a-z-]*+)?\s++$",
    IGNORECASE,
)


#: "of" and a determiner after "a quarter", "three quarters", then no unit of time:
#: a share of something ("three quarters of its food"; "three quarters of losses"
#: and "a quarter of a century" are lengths)
_FRACTION_OF = lazy_regex(
    r"\s++of\s++(?:the|its|their|his|her|our|your|all|this|that|these|those|a|an)\s++"
    r"(?!(?:(?:current|fiscal|calendar|past|last|next|same)\s++)?(?:year|month|week|day|hour"
    r"|minute|century|decade|season|period)s?\b)",
    IGNORECASE,
)


def _ordinal_second(text: str, end: int, hi: int) -> bool:
    """Whether "a second" ending at ``end`` is the ordinal: a word follows that no
    length of one second is followed by."""
    following = _WORD_AFTER().match(text, end, hi)
    return following is not None and following.group(1).lower() not in vocab.AFTER_A_SECOND


def _h_span(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    unit = _unit_name(m["unit"])
    qty_raw = m["qty"]
    qty = _quantity(qty_raw)
    if qty is None and qty_raw.lower().strip() not in vocab.VAGUE_QUANTITIES:
        return None
    if qty is not None and (qty <= 0 or qty > 10000):
        return None
    if m["low"]:
        # "two to three weeks", "12 to 18 months": a range, valued by its lower bound
        low = _quantity(m["low"])
        if low is None or qty is None or not 0 < low < qty:
            return None
        qty = low
    if (m["half"] or m["half2"]) and qty is not None:
        if qty != qty.to_integral_value():
            return None
        qty += Decimal("0.5")  # "two and a half years", "a minute and a half"
    if qty is not None and qty >= 1000 and unit not in ("year", "day", "hour", "minute", "second"):
        return None
    qmod_raw = m["qmod"]
    qmod = vocab.QUANTITY_MODS.get(" ".join(qmod_raw.lower().split())) if qmod_raw else None
    span_start = m.start()
    if qmod_raw and m["the"] and qmod_raw.lower() == "over":
        qmod, span_start = None, m.start("the")
    if m["orso"]:
        qmod = "APPROX"
    rel = (m["rel"] or "").lower()
    direction = (m["dir"] or "").lower()
    the = m["the"]
    hyphen = text[m.start("unit") - 1] == "-"
    if hyphen and _bond_after(text, m.end("unit")):
        return None
    if direction == "later" or (
        direction == "earlier" and unit in ("day", "week", "hour", "minute")
    ):
        # "three days later", "a day earlier": TimeML reads "later"/"earlier" as a signal
        # relating two events, the expression is the length "three days" (a DURATION);
        # "a year earlier", "a month earlier" compare periods (see _ago)
        return (
            "DURATION",
            duration_value(qty, unit),
            None,
            None,
            None,
            "NONE",
            qmod,
            (
                span_start,
                m.end("half2") if m["half2"] else m.end("unit"),
            ),
        )
    if direction:
        n = -1 if direction in ("ago", "earlier", "previously", "prior", "before") else 1
        if qty is None or qty != qty.to_integral_value():
            value = "PAST_REF" if n < 0 else "FUTURE_REF"
            return "DATE", value, None, None, None, "PUBLICATION", qmod, None
        if direction == "ago" or ctx.previous is None:
            pub = ctx.published
            gran = _UNIT_GRAN.get(unit, "DAY")
            if unit in ("hour", "minute", "second"):
                return "DATE", "PAST_REF", None, None, None, "PUBLICATION", qmod, None
            if pub is None:
                return "DATE", _unknown(gran), None, None, gran, "NONE", qmod, None
            if int(qty) == 1 and unit == "year" and direction != "ago":
                return _ago(ctx, "year", n, None, None)
            if int(qty) == 1 and unit == "year":
                r = _ago(ctx, "year", -1, None, None)
                if r is not None:
                    return (*r[:6], qmod, None)
                return None
            day = _shift(pub, unit, n * int(qty))
            if day is None:
                return None
            v, b, e = _date_at(gran, day)
            return "DATE", v, b, e, gran, "PUBLICATION", qmod, None
        r = _ago(ctx, unit, n * int(qty), None, None)
        return None if r is None else (*r[:6], qmod, None)
    if _age_after(text, m.end(), hi):
        return None  # "Mr. Smith, 52 years old": an age, not a stretch of time
    if (
        unit == "quarter"
        and qty_raw.lower() in ("a", "one", "three")
        and not (rel or the)
        and _FRACTION_OF().match(text, m.end(), hi)
    ):
        return None  # "three-quarters of its food", "a quarter of the market": a share
    if unit == "second" and qty_raw.lower() == "a" and _ordinal_second(text, m.end(), hi):
        return None  # "a second group", "a second term": the ordinal
    value = duration_value(qty, unit)
    if rel in ("this", "current") or (rel == "" and the and qty is None):
        return None
    if (
        qty_raw.lower() in ("a", "an")
        and not (qmod_raw or the or rel or m["orso"])
        and _AMOUNT_BEFORE().search(text, max(lo, m.start() - 40), m.start())
    ):
        # "$2 million a year", "four flights a week": a rate, i.e. a recurrence
        return "SET", value, None, None, None, "NONE", None, None
    return "DURATION", value, None, None, None, "NONE", qmod, (span_start, m.end())


_REL_SHIFT = {"same": 0, "latest": 0}


def _relative_unit(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match,
    ctx: Context,
    unit: str,
    shift: int | None,
    text: str,
    lo: int,
    hi: int,
    rel: str = "",
) -> _Result | None:
    """ "last week", "this quarter", "the following year", "the latest quarter"."""
    gran = _UNIT_GRAN[unit]
    prev = ctx.previous
    anchored = rel in ("following", "previous", "preceding", "prior", "same", "latest")
    if (
        anchored
        and prev is not None
        and prev.begin is not None
        and (prev.granularity == gran or rel in ("following", "previous", "preceding", "prior"))
        and prev.granularity in _GRAN_ORDER
        and _GRAN_ORDER.index(prev.granularity) <= _GRAN_ORDER.index(gran)
    ):
        day = _shift(prev.begin, unit, shift or 0)
        if day is None:
            return None
        v, b, e = _date_at(gran, day)
        return "DATE", v, b, e, gran, "PREVIOUS_EXPRESSION", None, None
    pub = ctx.published
    if pub is None:
        return "DATE", _unknown(gran), None, None, gran, "NONE", None, None
    if shift is None:
        shift = -1 if unit == "quarter" else 0
    day = _shift(pub, unit, shift)
    if day is None:
        return None
    v, b, e = _date_at(gran, day)
    if unit == "weekend":
        v += "-WE"
    return "DATE", v, b, e, gran, "PUBLICATION", None, None


def _no_interval(result: _Result) -> _Result:
    """A fiscal year's value without the calendar interval (see ``_FISCAL_NOTE``)."""
    kind, value, _, _, gran, anchor, mod, span = result
    return kind, value, None, None, gran, anchor, mod, span


def _h_relative(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    rel = " ".join(m["rel"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    if unit in ("fiscal year", "calendar year"):
        # counted as calendar years; a fiscal year keeps no interval
        if rel == "latest":  # the latest completed one, as for quarters
            result = _relative_unit(m, ctx, "year", -1, text, lo, hi)
        else:
            result = _relative(m, text, lo, hi, ctx, rel, "year")
        return _no_interval(result) if result and unit == "fiscal year" else result
    return _relative(m, text, lo, hi, ctx, rel, unit)


def _relative(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match, text: str, lo: int, hi: int, ctx: Context, rel: str, unit: str
) -> _Result | None:
    the = text[m.start("r_relative") : m.start("r_relative") + 4].lower() == "the "
    if unit == "period":
        prev = ctx.previous
        if prev is None or prev.granularity != "QUARTER" or rel not in ("latest", "same"):
            return None
        return _relative_unit(m, ctx, "quarter", 0, text, lo, hi, rel)
    if rel == "latest":
        shift: int | None = -1 if unit == "quarter" else 0
        if ctx.previous is not None and ctx.previous.granularity == _UNIT_GRAN.get(unit):
            return _relative_unit(m, ctx, unit, 0, text, lo, hi, "same")
        return _relative_unit(m, ctx, unit, shift, text, lo, hi)
    if rel == "last" and the and unit in ("week", "month", "year", "decade"):
        # "the last year" is mostly a span back from now
        return _relative_unit(m, ctx, unit, -1, text, lo, hi)
    shift = _REL_SHIFT.get(rel, vocab.RELATIVE_WORDS.get(rel, 0))
    return _relative_unit(m, ctx, unit, shift, text, lo, hi, rel)


def _h_yearperiod(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    y = int(m["y"])
    q = vocab.ORDINALS.get((m["ord"] or "").lower(), 0)
    prev = ctx.previous
    if prev is None or prev.granularity != "QUARTER":
        prev = ctx.quarter
    if not q and prev is not None and prev.granularity == "QUARTER" and prev.begin is not None:
        q = (prev.begin.month - 1) // 3 + 1
    if 1 <= q <= 4:
        b, e = _quarter(y, q)
        return "DATE", f"{y:04d}-Q{q}", b, e, "QUARTER", "PREVIOUS_EXPRESSION", None, None
    b, e = dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
    return "DATE", f"{y:04d}", b, e, "YEAR", "NONE", None, None


_PERIOD_END_AFTER = lazy_re(r"\s++(?:ended|ending|ends|to|through|that|in\s++which)\b", re.I)


def _h_theunit(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    unit = m["unit"].lower()
    if m["pos"]:
        return _relative_unit(m, ctx, unit, 0, text, lo, hi)
    if unit == "quarter":
        prev = ctx.previous
        if prev is not None and prev.granularity == "QUARTER":
            return _relative_unit(m, ctx, unit, 0, text, lo, hi, "same")
        named = ctx.quarter
        if named is not None and named.begin is not None:
            v, b, e = _date_at("QUARTER", named.begin)
            return "DATE", v, b, e, "QUARTER", "PREVIOUS_EXPRESSION", None, None
        return _relative_unit(m, ctx, unit, -1, text, lo, hi)
    if unit == "year":
        # "the year ended June 30" is a fiscal year's length; "for the year",
        # "a high for the year", "nine months of the year" are this year
        if _PERIOD_END_AFTER().match(text, m.end(), hi):
            return "DURATION", "P1Y", None, None, None, "NONE", None, None
        result = _relative_unit(m, ctx, unit, 0, text, lo, hi)
        if result is not None and (m["whole"] or "").lower() == "fiscal":
            return _no_interval(result)
        return result
    if unit == "week":
        return _relative_unit(m, ctx, unit, 0, text, lo, hi)
    if unit == "weekend":
        return _the_weekend(m, text, lo, hi, ctx)
    return None


def _the_weekend(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result:
    """ "over the weekend": the weekend under way, else the latest one (past tense), the
    coming one (future) or the nearer of the two; valued as its ISO week + "-WE"."""
    pub = ctx.published
    if pub is None:
        return "DATE", "XXXX-WXX-WE", None, None, "WEEK", "NONE", None, None
    if pub.isoweekday() >= 6:
        saturday = pub - dt.timedelta(days=pub.isoweekday() - 6)
    else:
        before = pub - dt.timedelta(days=pub.isoweekday() + 1)
        after = before + dt.timedelta(days=7)
        when = tense(text, m.start(), m.end(), lo, hi)
        if when == "NONE":
            when = "PAST" if pub - before <= after - pub else "FUTURE"
        saturday = before if when == "PAST" else after
    v = _date_at("WEEK", saturday)[0]
    return (
        "DATE",
        v + "-WE",
        saturday,
        saturday + dt.timedelta(days=2),
        "WEEK",
        "PUBLICATION",
        None,
        None,
    )


def _weekday(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match, text: str, lo: int, hi: int, ctx: Context, wd: int, rel: str | None
) -> tuple[str, dt.date | None, str]:
    pub = ctx.published
    if pub is None:
        return f"XXXX-WXX-{wd}", None, "NONE"
    delta = (wd - pub.isoweekday()) % 7
    after = pub + dt.timedelta(days=delta or 7)
    before = pub - dt.timedelta(days=(pub.isoweekday() - wd) % 7 or 7)
    if rel == "last":
        day = before
    elif rel in ("next", "coming"):
        day = after
    elif rel == "this":
        day = pub + dt.timedelta(days=wd - pub.isoweekday())
    elif delta == 0:
        day = pub if tense(text, m.start(), m.end(), lo, hi) != "FUTURE" else after
    else:
        when = tense(text, m.start(), m.end(), lo, hi)
        if when == "PAST":
            day = before
        elif when == "FUTURE":
            day = after
        else:
            day = before if (pub - before) <= (after - pub) else after
    return day.isoformat(), day, "PUBLICATION"


def _with_part(
    kind_value: tuple[str, dt.date | None, str], part: str | None
) -> tuple[str, str, dt.date | None, dt.date | None, str]:
    value, day, anchor = kind_value
    if part:
        code, h0, h1 = vocab.PARTS_OF_DAY[part.lower()]
        if day is None:
            return "TIME", f"{value}T{code}", None, None, anchor
        b = dt.datetime(day.year, day.month, day.day, h0)
        e = b + dt.timedelta(hours=h1 - h0)
        return "TIME", f"{value}T{code}", b, e, anchor
    if day is None:
        return "DATE", value, None, None, anchor
    return "DATE", value, day, day + dt.timedelta(days=1), anchor


def _h_weekday(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    wd = vocab.WEEKDAYS[m["wd"].lower()]
    kind, value, b, e, anchor = _with_part(_weekday(m, text, lo, hi, ctx, wd, None), m["part"])
    return kind, value, b, e, "TIME" if kind == "TIME" else "DAY", anchor, None, None


def _h_anaphoric(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    """ "that year", "that same day": the unit containing the date mentioned last (in
    "sales in 1988 ... imports that year"); nothing without such a date."""
    gran = _UNIT_GRAN[m["unit"].lower()]
    prev = ctx.previous
    if (
        prev is None
        or prev.begin is None
        or prev.granularity not in _GRAN_ORDER
        or _GRAN_ORDER.index(prev.granularity) > _GRAN_ORDER.index(gran)
    ):
        return None
    v, b, e = _date_at(gran, prev.begin)
    return "DATE", v, b, e, gran, "PREVIOUS_EXPRESSION", None, None


def _h_weekof(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    """ "the week of March 6": the (ISO) week containing the date."""
    day = _month_day(m, text, lo, hi, ctx)
    if day is None:
        return None
    begin, anchor = day[2], day[5]
    if begin is None:
        return "DATE", "XXXX-WXX", None, None, "WEEK", anchor, None, None
    v, b, e = _date_at("WEEK", begin)
    return "DATE", v, b, e, "WEEK", anchor, None, None


def _h_relnamed(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    if m["wd2"]:
        wd = vocab.WEEKDAYS[m["wd2"].lower()]
        prev = ctx.previous
        base = prev.begin if prev is not None and prev.begin is not None else ctx.published
        if base is None:
            return "DATE", f"XXXX-WXX-{wd}", None, None, "DAY", "NONE", None, None
        base = base if type(base) is dt.date else dt.date(base.year, base.month, base.day)
        if m["prev"].lower() == "previous":
            day = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        else:
            day = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        anchor = "PUBLICATION" if prev is None else "PREVIOUS_EXPRESSION"
        return "DATE", day.isoformat(), day, day + dt.timedelta(days=1), "DAY", anchor, None, None
    rel = m["rel"].lower()
    if m["wd"]:
        wd = vocab.WEEKDAYS[m["wd"].lower()]
        kind, value, b, e, anchor = _with_part(_weekday(m, text, lo, hi, ctx, wd, rel), m["part"])
        return kind, value, b, e, "TIME" if kind == "TIME" else "DAY", anchor, None, None
    if m["part"]:
        return None
    shift = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if m["mon"]:
        return _nearest_month(m, text, lo, hi, ctx, _month_number(m["mon"]), shift)
    code = vocab.SEASONS[m["season"].lower()]
    return _season_result(m, text, lo, hi, ctx, code, shift)


def _season_result(  # noqa: PLR0917 - handlers share the (match, text, lo, hi, ctx) call shape
    m: _Match, text: str, lo: int, hi: int, ctx: Context, code: str, shift: int | None
) -> _Result:
    pub = ctx.published
    if pub is None:
        return "DATE", f"XXXX-{code}", None, None, "SEASON", "NONE", None, None
    cands = [(*_season(y, code), f"{y:04d}-{code}") for y in range(pub.year - 2, pub.year + 2)]
    if shift == -1:
        b, e, v = max(c for c in cands if c[1] <= pub)
    elif shift == 1:
        b, e, v = min(c for c in cands if c[0] > pub)
    elif shift == 0:
        # the season under way, else the one named after the publication year
        current = [c for c in cands if c[0] <= pub < c[1]]
        b, e, v = current[0] if current else next(c for c in cands if c[0].year == pub.year)
    else:
        b, e, v = _pick(cands, pub, tense(text, m.start(), m.end(), lo, hi))
    return "DATE", v, b, e, "SEASON", "PUBLICATION", None, None


def _h_season(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    if m["y"] or m["wy"]:
        code = vocab.SEASONS[m["season"].lower()]
        y = _year_of(m)
        b, e = _season(y, code)
        return "DATE", f"{y:04d}-{code}", b, e, "SEASON", "NONE", None, None
    code = vocab.SEASONS[m["season2"].lower()]
    return _season_result(m, text, lo, hi, ctx, code, None)


_POSSESSIVE_NOUN = lazy_re(r"['’]s\s++(?:([A-Za-z]++)[\s-]++)?([A-Za-z]++)")


def _generic_after(text: str, end: int, hi: int) -> bool:
    """Whether "today" ending at ``end`` is the possessive of a generic noun ("today's
    youth", "today's personal computers"): the present age, not the day."""
    following = _POSSESSIVE_NOUN().match(text, end, hi)
    if following is None:
        return False
    return any((w or "").lower() in vocab.GENERIC_NOUNS for w in following.groups())


def _h_deictic(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    pub = ctx.published
    if m["dx"]:
        word = m["dx"].lower()
        if word == "today" and not m["part"] and _generic_after(text, m.end(), hi):
            return None  # "today's youth", "in today's world": these times, not the day
        offset = vocab.DEICTIC_DAYS[word]
        part = m["part"]
    else:
        offset = -1 if m["this"].lower() == "last" else 0
        part = m["part2"]
        if offset == -1 and part.lower() != "night":
            return None
    if pub is None:
        kv: tuple[str, dt.date | None, str] = ("XXXX-XX-XX", None, "NONE")
    else:
        day = pub + dt.timedelta(days=offset)
        kv = (day.isoformat(), day, "PUBLICATION")
    kind, value, b, e, anchor = _with_part(kv, part)
    return kind, value, b, e, "TIME" if kind == "TIME" else "DAY", anchor, None, None


def _h_time(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    """ "3 p.m. EST", "noon Saturday", "10 p.m. Wednesday", "5 p.m. EST Nov. 9"."""
    if m["noon"]:
        hour, minute = (0, 0) if m["noon"].lower() == "midnight" else (12, 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    else:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        minute = int(m["mi"] or 0)
    clock = f"T{hour:02d}:{minute:02d}"
    weekday = m["tday"] or m["tday2"]
    day: dt.date | None
    if weekday:
        value, day, anchor = _weekday(m, text, lo, hi, ctx, vocab.WEEKDAYS[weekday.lower()], None)
    elif m["mon"]:
        date = _month_day(m, text, lo, hi, ctx)
        if date is None:
            return None
        value, day, anchor = date[1], date[2], date[5]
    elif ctx.published is None:
        value, day, anchor = "XXXX-XX-XX", None, "NONE"
    else:
        day = ctx.published
        value, anchor = day.isoformat(), "PUBLICATION"
    if day is None:
        return "TIME", f"{value}{clock}", None, None, "TIME", anchor, None, None
    at = dt.datetime(day.year, day.month, day.day, hour, minute)
    return "TIME", f"{value}{clock}", at, at + dt.timedelta(minutes=1), "TIME", anchor, None, None


def _h_year(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    s = m.start("y")
    if not _is_year(text, s, m.end("y"), bool(m["pos"])):
        return None
    return _year_result(int(m["y"]))


@functools.lru_cache(maxsize=1024)
def _year_result(y: int) -> _Result:
    """The reading of the year ``y`` named alone."""
    return "DATE", f"{y:04d}", dt.date(y, 1, 1), dt.date(y + 1, 1, 1), "YEAR", "NONE", None, None


# The patterns anchored at the end of a window ("...$") are searched from the end
# (``(?r)``): one attempt there, not one at every character of the window.  They
# match where the forward search matches, and the word before a year is the same
# (no possessive repetition reads a character that its neighbour could also take;
# the tests check both directions).  Only whether the others match is read.
_BEFORE_YEAR = lazy_regex(r"(?r)([\w.&']+)\s*+$")
_NAME_BEFORE = lazy_regex(
    r"(?r)(?:"
    + "|".join(escape_regex(w) for w in sorted(vocab.YEAR_NAME_WORDS, key=len, reverse=True))
    + r")\s*+$",
    IGNORECASE,
)
_QUANTITY_BEFORE = lazy_regex(
    r"(?r)\b(?:about|some|nearly|almost|than|total\s++of|approximately|roughly|around|only|just|"
    r"over|under|of|to|by|from|with|had|has|have|were|was)\s++$",
    IGNORECASE,
)
_YEAR_CUE_BEFORE = lazy_regex(
    r"(?r)\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|before|after|year|"
    r"fiscal|calendar|summer|spring|autumn|fall|winter|and|or|to)\s++$",
    IGNORECASE,
)


#: The name words (lower case) that :data:`_NAME_BEFORE` finds at a window's end.
_NAME_ENDS = tuple(sorted(vocab.YEAR_NAME_WORDS))


def _is_year(text: str, s: int, e: int, prefixed: bool) -> bool:
    """Whether the four digits at ``text[s:e]`` are a year (not a name or a count)."""
    if prefixed:
        return True
    window = text[max(0, s - 30) : s]
    # in ASCII a window that, without its trailing blanks, does not end with a name
    # (lowered) cannot match: the pattern's blanks are blanks to ``rstrip`` too
    if (
        not window.isascii() or window.rstrip().lower().endswith(_NAME_ENDS)
    ) and _NAME_BEFORE().search(window):
        return False
    nxt = _WORD().match(text, e + 1) if e < len(text) and text[e] == " " else None
    next_word = nxt.group().lower() if nxt else ""
    if next_word in vocab.QUANTITY_NOUNS and not _YEAR_CUE_BEFORE().search(window):
        return False
    if (
        next_word.endswith("s")
        and next_word
        not in (
            "was",
            "has",
            "is",
            "as",
            "levels",
            "results",
            "sales",
            "earnings",
            "figures",
        )
        and _QUANTITY_BEFORE().search(window)
    ):
        return False
    if e >= len(text):
        return True
    # the pattern's word ends the window's last word (in ASCII, where its blanks are blanks
    # to ``split``): when that has no capital, neither has the word
    last = window.rsplit(None, 1)[-1:] if window.isascii() else []
    word = None if last and last[0].islower() else _BEFORE_YEAR().search(window)
    if word is not None and window.endswith(word.group()):
        prev = word.group(1)
        # a capitalised word glued before ("China 2025", "Vision 2030") names a plan
        if (
            prev[:1].isupper()
            and prev.lower().rstrip(".") not in vocab.MONTHS
            and prev.lower().rstrip(".") not in vocab.MONTH_ABBREVIATIONS
            and not _sentence_start(text, s - len(word.group()))
            and prev not in ("In", "By", "Since", "Until", "Before", "After", "From", "During")
        ):
            return False
    return True


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip()
    return before == "" or before[-1] in '.!?"“”(\n'


_NOUN_AFTER = lazy_regex(
    r"\s++(?!(?:and|or|to|in|on|at|by|for|from|with|as|than|but|if)\b)[a-z]", IGNORECASE
)


def _h_set(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    if m["freq"]:
        freq = m["freq"].lower()
        if freq == "quarterly" and _NOUN_AFTER().match(text, m.end(), hi):
            # "its quarterly dividend", "quarterly results": the name of a
            # reporting period's instrument, not a recurrence in time
            return None
        value = vocab.FREQUENCIES[freq]
    elif m["wd"]:
        value = f"XXXX-WXX-{vocab.WEEKDAYS[m['wd'].lower()]}"
    elif m["mon"]:
        value = f"XXXX-{_month_number(m['mon']):02d}"
    else:
        unit = _unit_name(m["unit"])
        qty = _quantity(m["qty"]) if m["qty"] else Decimal(1)
        value = duration_value(qty, unit)
    return "SET", value, None, None, None, "NONE", None, None


def _h_ref(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    key = " ".join(m["ref"].lower().split())
    value = vocab.REFERENCES[key]
    if key in ("soon", "shortly") and _past_next_to(text, m.start(), m.end(), lo, hi):
        # "a trickle that soon became a flood", "he was soon released": soon after a
        # past event, not ahead of the publication date
        return None
    return "DATE", value, None, None, None, "NONE", None, None


_WORD_BEFORE = lazy_re(r"([A-Za-z']++)\s++$")
_WORD_AFTER = lazy_re(r"\s++([A-Za-z']++)")


def _past_next_to(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the word right before or right after ``text[start:end]`` is a past form."""
    before = _WORD_BEFORE().search(text, max(lo, start - 30), start)
    after = _WORD_AFTER().match(text, end, min(hi, end + 30))
    cues = [_cue(w.group(1).lower()) if w is not None else "" for w in (before, after)]
    # "will soon cut": a modal before rules out the past of an ambiguous form after
    return cues[0] == "PAST" or (cues[1] == "PAST" and cues[0] != "FUTURE")


def _h_vague(m: _Match, text: str, lo: int, hi: int, ctx: Context) -> _Result | None:
    unit = vocab.UNIT_PLURALS[m["unit"].lower()]
    return "DURATION", duration_value(None, unit), None, None, None, "NONE", None, None


_HANDLERS = {
    "iso": _h_iso,
    "slash": _h_slash,
    "mdy": _month_day,
    "dmy": _month_day,
    "monthyear": _h_monthyear,
    "monthrel": _h_monthrel,
    "quarter": _h_quarter,
    "qcode": _h_qcode,
    "half": _h_half,
    "hcode": _h_hcode,
    "fiscal": _h_fiscal,
    "decade": _h_decade,
    "century": _h_century,
    "holiday": _h_holiday,
    "yearago": _h_yearago,
    "span": _h_span,
    "relative": _h_relative,
    "yearperiod": _h_yearperiod,
    "weekof": _h_weekof,
    "anaphoric": _h_anaphoric,
    "theunit": _h_theunit,
    "relnamed": _h_relnamed,
    "weekday": _h_weekday,
    "deictic": _h_deictic,
    "season": _h_season,
    "time": _h_time,
    "wordyear": _h_wordyear,
    "theyear": _h_theyear,
    "monthonly": _h_monthonly,
    "year": _h_year,
    "set": _h_set,
    "ref": _h_ref,
    "soon": _h_ref,
    "vague": _h_vague,
}
