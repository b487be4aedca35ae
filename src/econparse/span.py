"""The one span type every parser shares, and the common base of all mentions.

A :class:`Span` is a half-open interval ``[start, end)`` of character offsets
into the *original* article text (Python string indices, so
``text[span.start:span.end]`` is always the mention's text).  Parsers never
normalise the text in place, so an offset computed anywhere in econparse
indexes the string the caller passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self, TypeVar

import attrs

_T = TypeVar("_T")


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


# ---------------------------------------------------------------------------
# Unchecked construction, for econparse's own parsers only


def _unchecked(cls: type[_T]) -> Callable[..., _T]:
    """A constructor for the attrs class ``cls`` that skips its checks.

    The public constructors (``Span(...)``, ``Money(...)``, :meth:`Mention.at`)
    validate their arguments; the parsers build tens of thousands of spans
    and mentions per megabyte whose offsets are right by construction
    (``text`` is always cut from the article at ``span``), and pay for those
    checks on the hot path.  The function returned here takes the same
    arguments as ``cls`` (its fields in order, by position or by keyword,
    with the same defaults) and sets the slots directly: no validators and
    no ``__attrs_post_init__``.  The instance is an ordinary ``cls``: equal,
    hashable and frozen like one built by ``cls(...)``.

    Only code that builds values it has just derived from the text uses it;
    :class:`~econparse.article.Article` still checks every span against its
    text, and the tests rebuild every parser result through the validating
    constructor.

    The body is generated once per class (as attrs generates ``__init__``).
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params: list[str] = []
    keyword_only: list[str] = []
    body: list[str] = []
    for field in fields:
        name = field.name
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"{cls.__name__}.{name}: factories are not supported")
        param = name
        if field.default is not attrs.NOTHING:
            env[f"_default_{name}"] = field.default
            param = f"{name}=_default_{name}"
        (keyword_only if field.kw_only else params).append(param)
        env[f"_set_{name}"] = getattr(cls, name).__set__  # the slot's member descriptor
        body.append(f"    _set_{name}(self, {name})")
    if keyword_only:
        params += ["*", *keyword_only]
    source = "\n".join(
        [f"def _build({', '.join(params)}):", "    self = _new(_cls)", *body, "    return self"]
    )
    exec(compile(source, f"<econparse unchecked {cls.__qualname__}>", "exec"), env)
    build: Callable[..., _T] = env["_build"]
    build.__qualname__ = build.__name__ = f"_unchecked_{cls.__name__}"
    return build


#: ``_span(start, end)`` is ``Span(start, end)`` without the checks (see :func:`_unchecked`).
_span: Callable[[int, int], Span] = _unchecked(Span)
