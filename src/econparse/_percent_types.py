"""The result type of the percentage parser: :class:`Percentage`, its unit and direction.

Kept apart from the parsing logic in :mod:`econparse.percent` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from econparse import _units as units
from econparse.span import Mention, Span

if TYPE_CHECKING:
    import pint

__all__ = ["Direction", "PercentUnit", "Percentage"]


class PercentUnit(enum.Enum):
    """The unit a percentage is written in; values are kept in this unit."""

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    BASIS_POINT = "basis_point"


class Direction(enum.Enum):
    """Which way the change a percentage measures goes, as the text says."""

    UP = "up"
    DOWN = "down"
    NONE = "none"


_DIVISOR_EXPONENT: Final[dict[PercentUnit, int]] = {
    PercentUnit.PERCENT: -2,
    PercentUnit.PERCENTAGE_POINT: -2,
    PercentUnit.BASIS_POINT: -4,
}


def _optional_decimal(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, Decimal):
        raise TypeError(f"Percentage.{attribute.name} must be a Decimal or None")


@attrs.frozen
class Percentage(Mention):
    """A percentage, percentage-point or basis-point figure in the text.

    ``text``/``span`` cover the number and its unit ("6.6 per cent",
    "25 basis points", "half a percentage point", "2.25%-2.50%").

    :ivar value: the figure in the mention's own unit ("6.6%" gives 6.6,
        "25bp" gives 25: basis points are never converted); ``None`` for a
        range.
    :ivar low: the first end of a range ("2 to 3 percent" gives 2), else ``None``.
    :ivar high: the second end of a range, else ``None``.
    :ivar unit: percent, percentage point or basis point.
    :ivar direction: the way the governing verb or noun points ("fell 0.5%"
        is DOWN); :attr:`Direction.NONE` when no cue governs the mention.
    :ivar direction_span: the span of that cue word, or ``None``.
    :ivar change_from: the start of a change ("rise from 10% to 25%" gives
        10 on both mentions; "up from 3%" gives 3), else ``None``.
    :ivar change_to: the end of a change ("rose to 5%" gives 5), else ``None``.
    """

    value: Decimal | None = attrs.field(kw_only=True, validator=_optional_decimal)
    low: Decimal | None = attrs.field(default=None, kw_only=True, validator=_optional_decimal)
    high: Decimal | None = attrs.field(default=None, kw_only=True, validator=_optional_decimal)
    unit: PercentUnit = attrs.field(
        kw_only=True, validator=attrs.validators.instance_of(PercentUnit)
    )
    direction: Direction = attrs.field(
        default=Direction.NONE, kw_only=True, validator=attrs.validators.instance_of(Direction)
    )
    direction_span: Span | None = attrs.field(default=None, kw_only=True)
    change_from: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_optional_decimal
    )
    change_to: Decimal | None = attrs.field(default=None, kw_only=True, validator=_optional_decimal)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        is_range = self.low is not None or self.high is not None
        if is_range and (self.low is None or self.high is None or self.value is not None):
            raise ValueError("a range Percentage needs low and high and no value")
        if not is_range and self.value is None:
            raise ValueError("a Percentage needs a value, or low and high for a range")

    @property
    def is_range(self) -> bool:
        """Whether this mention is a range ("2 to 3 percent")."""
        return self.value is None

    def as_fraction(self) -> Decimal:
        """The figure as a plain fraction, exactly.

        >>> find_percentages("6.6%")[0].as_fraction()
        Decimal('0.066')

        :raises ValueError: for a range, which has no single value.
        """
        if self.value is None:
            raise ValueError(f"{self.text!r} is a range; use low and high")
        return self.value.scaleb(_DIVISOR_EXPONENT[self.unit])

    def to_quantity(self) -> pint.Quantity[Decimal]:
        """The figure as a pint ``Quantity`` in econparse's private registry.

        The registry is built on first use from ``units.txt`` (``percent``,
        ``percentage_point``, ``basis_point``; ``bp`` there is a basis point,
        not pint's printer's point) with :class:`~decimal.Decimal` magnitudes,
        so ``q.to("dimensionless")`` is exact.  pint is imported only here.

        :raises ValueError: for a range.
        """
        if self.value is None:
            raise ValueError(f"{self.text!r} is a range; use low and high")
        quantity: pint.Quantity[Decimal] = units.registry().Quantity(self.value, self.unit.value)
        return quantity
