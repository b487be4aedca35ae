"""The result type of the money parser: :class:`Money` and its :class:`Qualifier`.

Kept apart from the parsing logic in :mod:`econparse.money` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from econparse import _units as units
from econparse.span import Mention, Span

if TYPE_CHECKING:
    import pint

__all__ = ["Money", "Qualifier"]


class Qualifier(enum.Enum):
    """A hedge word before an amount, normalised.

    ======================  ==========================================================
    member                  phrases
    ======================  ==========================================================
    ``MORE_THAN``           more than, over, above, in excess of, upwards of, greater
                            than, north of, just/well over, well above
    ``AT_LEAST``            at least, no less than, not less than, a minimum of
    ``ABOUT``               about, around, some, roughly, approximately, approx.,
                            an estimated, estimated, circa, an approximate
    ``NEARLY``              nearly, almost, close to, just shy of
    ``UP_TO``               up to, as much as, as high as
    ``LESS_THAN``           less than, under, below, lower than, just under, just below
    ``AT_MOST``             at most, no more than, not more than, a maximum of
    ``EXACTLY``             exactly, precisely
    ======================  ==========================================================
    """

    MORE_THAN = "more than"
    AT_LEAST = "at least"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up to"
    LESS_THAN = "less than"
    AT_MOST = "at most"
    EXACTLY = "exactly"


def _check_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not (isinstance(value, str) and len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(
            f"Money.{attribute.name} must be a three-letter ISO 4217 code, got {value!r}"
        )


@attrs.frozen
class Money(Mention):
    """An amount of money found in a text.

    ``text``/``span`` cover the amount with its currency marker and, for a
    range, both bounds ("$3bn-$4bn"); never the qualifier ("more than") nor
    the rate unit ("a barrel"), which have their own spans.

    Exactly one of ``amount`` (a single amount) and the pair ``low``/``high``
    (a range) is set.  Amounts are in the main unit of ``currency``: "50
    cents" gives ``Decimal("0.50")``.
    """

    amount: Decimal | None
    """The single amount in the main currency unit; ``None`` for a range."""
    currency: str = attrs.field(validator=_check_code)
    """ISO 4217 code."""
    low: Decimal | None = None
    """Lower bound of a range (``None`` unless a range)."""
    high: Decimal | None = None
    """Upper bound of a range (``None`` unless a range)."""
    currency_assumed: bool = False
    """True when the code is a default for an ambiguous marker (bare "$", "kr", "francs")."""
    qualifier: Qualifier | None = None
    """The hedge before the amount, if any."""
    qualifier_span: Span | None = None
    """Where the qualifier phrase is."""
    per: str | None = None
    """Normalised unit of a rate ("barrel", "share", "hour", "ounce", "tonne" ...)."""
    per_span: Span | None = None
    """Where the rate unit phrase ("a barrel", "per share") is."""
    approximate: bool = False
    """True for a hedge of approximation ("about", "nearly", "some" ...)."""
    equivalent: Span | None = None
    """The span of the same sum in another currency, as in "£2.5bn ($3.2bn)"."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        single = self.amount is not None
        ranged = self.low is not None and self.high is not None
        if single == ranged or (not ranged and (self.low is not None or self.high is not None)):
            raise ValueError("Money needs either amount or both low and high")

    @property
    def is_range(self) -> bool:
        """Whether this mention is a range (``low``/``high`` set, ``amount`` None)."""
        return self.amount is None

    def to_quantity(self) -> pint.Quantity[Decimal]:
        """The amount as a :class:`pint.Quantity` in econparse's private registry.

        Every ISO code is its own base unit (``USD = [currency_USD]``), so two
        currencies are never inter-convertible without rates: use
        :func:`convert`.  The magnitude is the :class:`~decimal.Decimal`
        amount.  The registry is built from ``currencies.txt`` on first use.

        :raises ValueError: for a range, which has no single magnitude.
        """
        if self.amount is None:
            raise ValueError(
                f"{self.text!r} is a range ({self.low} to {self.high} {self.currency}); "
                "convert money.low and money.high separately"
            )
        quantity: pint.Quantity[Decimal] = units.registry().Quantity(self.amount, self.currency)
        return quantity
