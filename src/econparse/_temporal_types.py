"""The result type of the temporal parser: :class:`TimeExpression` and its TIMEX3 enums.

Kept apart from the parsing logic in :mod:`econparse.temporal` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

import attrs

from econparse.span import Mention

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

__all__ = ["Anchor", "Granularity", "TimeExpression", "TimexMod", "TimexType"]


class TimexType(enum.Enum):
    """The TIMEX3 ``type`` of an expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(enum.Enum):
    """The TIMEX3 ``mod`` attribute: which part of the interval, or how exact a length is."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"


class Granularity(enum.Enum):
    """The calendar unit of a resolved DATE or TIME."""

    TIME = "TIME"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    HALF = "HALF"
    SEASON = "SEASON"
    YEAR = "YEAR"
    DECADE = "DECADE"
    CENTURY = "CENTURY"


class Anchor(enum.Enum):
    """What a relative expression was counted from.

    ``NONE`` for absolute expressions ("2017") and for relative ones left
    underspecified because the article has no publication date.
    """

    NONE = "NONE"
    PUBLICATION = "PUBLICATION"
    PREVIOUS_EXPRESSION = "PREVIOUS_EXPRESSION"


_UNIT_DELTA = {
    "Y": "years",
    "M": "months",
    "W": "weeks",
    "D": "days",
    "Q": "months",
    "DE": "years",
    "CE": "years",
    "L": "years",
}
_UNIT_FACTOR = {"Q": 3, "DE": 10, "CE": 100, "L": 1000}
_TIME_DELTA = {"H": "hours", "M": "minutes", "S": "seconds"}


@attrs.frozen
class TimeExpression(Mention):
    """One temporal expression: its TIMEX3 type, value and ``mod``, and its interval.

    ``start``/``end`` are the concrete interval (end exclusive) of a resolved
    DATE (``datetime.date``) or TIME (``datetime.datetime``), else ``None``;
    ``granularity`` is the calendar unit of that interval.  ``anchor`` says
    what a relative expression was counted from.
    """

    kind: TimexType
    value: str
    mod: TimexMod | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity | None = None
    anchor: Anchor = Anchor.NONE

    @property
    def duration(self) -> relativedelta | None:
        """For a DURATION with a known length, that length (``P3DE`` is 30 years), else None.

        >>> find_times("for nearly three decades")[0].duration
        relativedelta(years=+30)
        """
        if self.kind is not TimexType.DURATION:
            return None
        return _parse_duration(self.value)


def _parse_duration(value: str) -> relativedelta | None:
    if not value.startswith("P") or "X" in value:
        return None
    body, _, time_part = value[1:].partition("T")
    if value.startswith("PT"):
        body, time_part = "", value[2:]
    kwargs: dict[str, float] = {}
    for part, table in ((body, _UNIT_DELTA), (time_part, _TIME_DELTA)):
        number = ""
        i = 0
        while i < len(part):
            ch = part[i]
            if ch.isdigit() or ch == ".":
                number += ch
                i += 1
                continue
            unit = part[i : i + 2] if part[i : i + 2] in table else ch
            if unit not in table or not number:
                return None
            amount = float(number) * _UNIT_FACTOR.get(unit, 1)
            kwargs[table[unit]] = kwargs.get(table[unit], 0) + amount
            number = ""
            i += len(unit)
        if number:
            return None
    if not kwargs:
        return None
    ints = {k: int(v) for k, v in kwargs.items() if v == int(v)}
    if len(ints) != len(kwargs):
        return None
    # Imported here: dateutil costs ~8M instructions at import, for one rarely read property.
    from dateutil.relativedelta import relativedelta

    return relativedelta(**ints)  # type: ignore[arg-type]
