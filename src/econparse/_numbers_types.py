"""The result type of the number grammar: :class:`Number` and its :class:`NumberKind`.

Kept apart from the parsing logic in :mod:`econparse.numbers` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from econparse.span import Mention, Span

__all__ = ["Number", "NumberKind"]


class NumberKind(enum.Enum):
    """Whether a number counts (``CARDINAL``) or ranks (``ORDINAL``)."""

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"


@attrs.frozen
class Number(Mention):
    """One number in a text, with its value and how it was written.

    ``value`` includes the scale (``"3.2m"`` is 3200000) and is never a float.
    ``scale`` is the multiplier that was applied (``Decimal(1)`` when none) and
    ``scale_span`` the span of the scale word or abbreviation (``"m"``,
    ``"billion"``, ``"lakh crore"``), or ``None``.  ``words`` tells that the
    numeral itself is spelt out; ``fraction`` that it contains a fraction.
    """

    value: Decimal
    kind: NumberKind
    scale: Decimal
    scale_span: Span | None
    words: bool
    fraction: bool
