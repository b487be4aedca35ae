"""The one span type every parser shares, and the common base of all mentions.

A :class:`Span` is a half-open interval ``[start, end)`` of character offsets
into the *original* article text (Python string indices, so
``text[span.start:span.end]`` is always the mention's text).  Parsers never
normalise the text in place, so an offset computed anywhere in econparse
indexes the string the caller passed in.
"""

from __future__ import annotations

from typing import Any, Self

import attrs


def _check_offsets(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"Span.{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open ``[start, end)`` range of character offsets into a text.

    >>> s = Span(4, 9)
    >>> s.slice("the $375bn deficit")
    '375bn'
    >>> len(s)
    5
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        """The same span moved ``offset`` characters to the right (left if negative)."""
        return Span(self.start + offset, self.end + offset)


@attrs.frozen
class Mention:
    """Base class of every mention a parser finds (money, percentages, ...).

    Every mention holds its exact ``text`` and its ``span`` in the article, and
    ``text == article.text[span.start:span.end]`` always holds.  Subclasses are
    frozen, slotted attrs classes that add their own typed fields.
    """

    text: str
    span: Span

    def __attrs_post_init__(self) -> None:
        if len(self.text) != len(self.span):
            raise ValueError(
                f"{type(self).__name__}: text {self.text!r} does not fit span "
                f"{self.span.start}-{self.span.end}"
            )

    @classmethod
    def at(cls, source: str, span: Span, **fields: Any) -> Self:
        """Build a mention whose ``text`` is cut from ``source`` at ``span``."""
        return cls(text=span.slice(source), span=span, **fields)
