"""The shared span type and mention base."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from econparse import Mention, Money, Span, parse
from econparse.span import _unchecked


def test_slice_and_len() -> None:
    span = Span(6, 12)
    assert span.slice("hit a $375bn record") == "$375bn"
    assert len(span) == 6


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (-1, 3, ValueError),
        (5, 4, ValueError),
        (1.0, 3, TypeError),
        (True, 3, TypeError),
        (0, "3", TypeError),
    ],
)
def test_invalid_spans_raise(start: object, end: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Span(start, end)  # type: ignore[arg-type]


def test_relations() -> None:
    outer, inner, other = Span(0, 10), Span(2, 5), Span(9, 12)
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.overlaps(other)
    assert not inner.overlaps(other)
    assert not Span(0, 2).overlaps(Span(2, 4))
    assert inner.shift(3) == Span(5, 8)
    assert sorted([other, inner, outer]) == [outer, inner, other]


def test_mention_text_must_fit_span() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        Mention(text="abc", span=Span(0, 2))
    mention = Mention.at("the $5", Span(4, 6))
    assert mention.text == "$5"


def test_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]


def test_unchecked_constructor_builds_an_equal_frozen_instance() -> None:
    build = _unchecked(Span)
    span = build(3, 9)
    assert type(span) is Span
    assert span == Span(3, 9)
    assert hash(span) == hash(Span(3, 9))
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]
    money = _unchecked(Money)("$5", Span(0, 2), Decimal(5), "USD")
    assert money == Money("$5", Span(0, 2), Decimal(5), "USD")


def test_parser_results_pass_the_validating_constructors() -> None:
    text = (
        "LONDON, March 3 (Reuters) - Sales rose 3.5 per cent to $1.2bn, or about "
        "£900m ($1.1bn), while rates fell a quarter point.\n\n"
        "Inflation eased to between 2 and 3 percent in the U.S. Treasury's view."
    )
    article = parse(text)
    built = [*article.money, *article.percentages, *article.paragraphs]
    built += [s for p in article.paragraphs for s in p.sentences]
    assert article.money
    assert article.percentages
    for mention in built:
        assert attrs.evolve(mention) == mention  # evolve runs the validators again
        assert attrs.evolve(mention.span) == mention.span
