"""Temporal expressions: every date, time, duration and recurrence, resolved to TIMEX3.

>>> import datetime as dt
>>> pub = dt.date(2019, 1, 27)
>>> [(t.text, t.value) for t in find_times("Talks resume next week, as in 2017.", pub)]
[('next week', '2019-W05'), ('2017', '2017')]
>>> t = find_times("State media reported in December that ...", dt.date(2019, 1, 27))[0]
>>> (t.value, t.start, t.end)
('2018-12', datetime.date(2018, 12, 1), datetime.date(2019, 1, 1))

Two parts
    :mod:`econparse._timex_grammar` finds the spans (one ordered alternation
    of named rules built from :mod:`econparse._temporal_vocab`);
    :mod:`econparse._timex_resolve` turns each into a TIMEX3 ``value``, a
    ``mod`` and, where the calendar allows, a concrete ``[start, end)``
    interval.  Nothing reads the machine clock: relative expressions are
    counted from the publication date, and without one they keep an
    underspecified value ("XXXX-12", "XXXX-WXX-5").

What is found (TimeML/TempEval-3 annotation conventions)
    * Absolute dates "January 27, 2019", "27 January 2019", "Jan. 27",
      "2019-01-27", "1/27/2019" (US order), "January 2019", "2019",
      "the 1990s" ("199"), "the 20th century" ("19"), "fiscal 2019",
      "FY2019", "the 2018-19 fiscal year" (named by its last year, no
      interval), quarters ("Q3 2018", "the third quarter", "third-quarter"),
      halves ("the first half", "H1"), seasons, holidays.
    * Modifiers become ``mod``: "early"/"the beginning of" START, "mid"
      MID, "late"/"the end of" END, "about" APPROX, "nearly"/"almost"
      LESS_THAN, "more than" MORE_THAN ...; the interval stays the whole
      unit.
    * Relative dates: today, yesterday, tomorrow, tonight, weekdays,
      "last/this/next week|month|quarter|year", "two years ago", "a year
      earlier", "the year-ago quarter", "earlier this month".
    * Durations: "three years", "the past three months", "two-year",
      "nearly three decades" (``value`` "P3DE", ``duration`` a
      ``relativedelta``), "two to three weeks" (``P2W``: the lower bound);
      vague "for years" ("PXY").
    * ``PRESENT_REF`` (now, currently, these days), ``PAST_REF`` (recently,
      the past), ``FUTURE_REF`` (the future, the near term, soon).  "former"
      is *not* tagged: the TempEval-3 data never tags it.
    * Times "3 p.m. EST", "10:30 GMT", "noon", "Friday morning", with their
      day ("5 p.m. EST Nov. 9", "9 a.m. Tuesday"); "the week of March 6" is
      the week containing the date; "the weekend" ("2019-W23-WE").
    * "July last year" (one month), "the quarter a year ago", "the current
      fiscal year", "the full year"; holidays on a weekday (Thanksgiving,
      Labor Day, Election Day); years read aloud ("nineteen ninety-six") and
      decades in words ("the nineties").
    * Rates are SETs: "$2 million a year" (``P1Y``).
    * SETs: "daily", "every week", "each Thursday".

What is not
    Four digits after a name ("Made in China 2025", "Vision 2030", "Boeing
    737" is not four digits anyway) or before a count noun ("2025
    delegates"), digits glued to letters or signs ("G20", "$61", "76%"),
    "1/2", "4-3", security names ("the 10-year note", "30-year bond"), ages
    ("52 years old"), "as soon as", "previously" before a participle,
    "quarterly" before a noun ("its quarterly dividend"), shares ("a quarter
    of the market"), the ordinal "a second" ("a second group"), names with a
    capitalised time word ("USA Today", "60 Minutes"), the present age
    ("today's youth") and "high noon".

Speed and linear time
    See :mod:`econparse._timex_grammar`: one pass of a pre-check pattern
    finds where a match may begin (a digit, a trigger word followed by
    more of the grammar), and only there is the grammar matched, cut down
    to the rules that can begin with that token (and, after "the" or a
    number, with what follows it); possessive repetitions
    only, no nested repetition; the tense and context checks read a
    bounded window around each match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from econparse import _timex_grammar as grammar
from econparse import _timex_resolve as resolver
from econparse._patterns import fold_lookalikes
from econparse._temporal_types import Anchor, Granularity, TimeExpression, TimexMod, TimexType
from econparse.context import Document
from econparse.span import Span, _span, _unchecked

__all__ = [
    "Anchor",
    "Granularity",
    "TimeExpression",
    "TimexMod",
    "TimexType",
    "extract_times",
    "find_times",
    "to_timeml",
]


#: ``_time_expression(...)`` is ``TimeExpression(...)`` without the checks (see
#: :func:`econparse.span._unchecked`): the scan cuts ``text`` from the article at
#: ``span`` itself.
_time_expression = _unchecked(TimeExpression)
_KINDS = {member.value: member for member in TimexType}
_MODS = {member.value: member for member in TimexMod}
_GRANULARITIES = {member.value: member for member in Granularity}
_ANCHORS = {member.value: member for member in Anchor}


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")


def _check_published(published: object) -> None:
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(
            f"published must be a datetime.date or None, not {type(published).__name__}"
        )


def _day(published: dt.date | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _scan(
    text: str, regions: Iterator[Span], published: dt.date | None
) -> Iterator[TimeExpression]:
    pattern_at = grammar.pattern_at
    region_candidates = grammar.region_candidates
    ctx = resolver.Context(_day(published))
    # The grammar and the resolver read a copy in which letters that only
    # case-insensitive matching takes for ASCII ("N\u0130GHT") are ASCII, so
    # that every word they match is a key of their tables; mention texts are
    # cut from ``text`` itself (the copy has the same offsets).
    source, text = text, fold_lookalikes(text)
    for region in regions:
        lo, hi = region.start, region.end
        pos = lo
        found, plain = region_candidates(text, lo, hi)
        for cand, token in found:
            if cand < pos:
                continue
            pattern = pattern_at(text, cand, hi, token, plain)
            if pattern is None:
                continue
            m = pattern.match_plain(text, cand, hi) if plain else pattern.match(text, cand, hi)
            if m is None:
                continue
            pos = m.end()
            res = resolver.resolve(m, text, lo, hi, ctx)
            if res is None:
                continue
            yield _time_expression(
                source[res.start : res.end],
                _span(res.start, res.end),
                _KINDS[res.kind],
                res.value,
                _MODS[res.mod] if res.mod else None,
                res.begin,
                res.finish,
                _GRANULARITIES[res.granularity] if res.granularity else None,
                _ANCHORS[res.anchor],
            )


def extract_times(doc: Document) -> Iterator[TimeExpression]:
    """The registered extractor: temporal expressions of the body paragraphs, resolved
    against ``doc.published`` (underspecified values when it is ``None``)."""
    return _scan(doc.text, doc.regions(), doc.published)


def find_times(text: str, published: dt.date | None = None) -> list[TimeExpression]:
    """All temporal expressions of ``text`` (read as one region), left to right.

    >>> [t.value for t in find_times("He said on Friday he would return in March.")]
    ['XXXX-WXX-5', 'XXXX-03']
    """
    _check_text(text)
    _check_published(published)
    return list(_scan(text, iter((Span(0, len(text)),)), published))


def to_timeml(text: str, times: list[TimeExpression], published: dt.date | None) -> str:
    """A TimeML document: ``text`` XML-escaped with inline ``TIMEX3`` tags.

    The publication date is the creation time (``tid="t0"``,
    ``functionInDocument="CREATION_TIME"``); expressions get ``t1``, ``t2``
    ... in text order and overlapping ones are skipped.

    >>> import datetime as dt
    >>> d = dt.date(2019, 1, 27)
    >>> xml = to_timeml("in 2017 & now", find_times("in 2017 & now", d), d)
    >>> xml.splitlines()[3]  # doctest: +ELLIPSIS
    '<TEXT>in <TIMEX3 tid="t1" type="DATE" value="2017">2017</TIMEX3> &amp; ...'

    """
    # Imported here: ``html`` (its entity tables) is ~2.5% of ``import econparse``.
    from html import escape

    _check_text(text)
    _check_published(published)
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if published is not None:
        day = _day(published)
        assert day is not None
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day.isoformat()}" temporalFunction="false"'
            f' functionInDocument="CREATION_TIME">{day.isoformat()}</TIMEX3></DCT>\n'
        )
    parts.append("<TEXT>")
    pos = 0
    n = 0
    for t in sorted(times, key=lambda t: (t.span.start, -t.span.end)):
        if t.span.start < pos:
            continue
        n += 1
        attrs_ = f'tid="t{n}" type="{t.kind.value}" value="{escape(t.value)}"'
        if t.mod is not None:
            attrs_ += f' mod="{t.mod.value}"'
        if t.anchor is Anchor.PUBLICATION:
            attrs_ += ' temporalFunction="true" anchorTimeID="t0"'
        parts.append(escape(text[pos : t.span.start], quote=False))
        parts.append(f"<TIMEX3 {attrs_}>{escape(t.text, quote=False)}</TIMEX3>")
        pos = t.span.end
    parts.append(escape(text[pos:], quote=False))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
