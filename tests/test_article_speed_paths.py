"""The Article checks (``econparse._article_checks``) agree with the plain
definition: every located part cut from the text at its span, by field.

Every phrase below was written for this file; none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import econparse
from econparse import pipeline
from econparse._frontend_types import Paragraph, Sentence
from econparse.article import Article, _assemble
from econparse.span import Mention, Span

PHRASES = [
    "",
    "Sales rose 5 pct.",
    "Sales rose 5 pct. Profits fell 3%.",
    "BEIJING (AFP) - Exports hit $5bn, up 3.5 per cent.\n\nAFP",
    "“Rates will rise,” said Jane Doe, an economist. She expects a 25bp hike in March.",
    "Zürich’s CPI rose 0.3%.\r\nIt fell next week.\u2028Done.",
    "Sales rose.\n    Profits fell 2 pct in the U.S. The dollar fell.\n",
]


def _located(article: Article) -> list[tuple[str, Mention]]:
    """Every located part, by field, in the order the checks take them."""
    parts: list[tuple[str, Mention]] = [("paragraphs", p) for p in article.paragraphs]
    parts += [("paragraphs.sentences", s) for p in article.paragraphs for s in p.sentences]
    for name in Article.MENTION_KINDS:
        mentions: tuple[Mention, ...] = getattr(article, name)
        parts += [(name, m) for m in mentions]
        parts += [(f"{name}.cue", m.cue) for m in mentions if getattr(m, "cue", None) is not None]
    return parts


def _first_error(article: Article) -> str | None:
    """The message of the plain definition for the first part that is not its text."""
    for name, part in _located(article):
        start, end = part.span.start, part.span.end
        if article.text[start:end] != part.text:
            return f"Article.{name}: {part.text!r} is not the text at {start}-{end}"
    return None


def _rebuilt(data: dict[str, Any]) -> Article | str:
    try:
        return Article.from_dict(data)
    except ValueError as error:
        return str(error)


@pytest.mark.parametrize("text", PHRASES)
def test_checks_match_the_definition(text: str) -> None:
    article = econparse.parse(text, published=dt.date(2019, 1, 27))
    assert _first_error(article) is None
    data = article.to_dict()
    # Move each located part in turn, one character right (its text kept): the
    # error names the field of the first part that no longer fits.
    for key in ("paragraphs", "money", "percentages", "times", "quotes"):
        for i in range(len(data[key])):
            for nested in ("", "sentences", "cue"):
                moved = article.to_dict()
                part = moved[key][i]
                if nested == "sentences":
                    part = part.get("sentences", [None])[0]
                elif nested == "cue":
                    part = part.get("cue")
                if part is None:
                    continue
                part["span"] = {"start": part["span"]["start"] + 1, "end": part["span"]["end"] + 1}
                result = _rebuilt(moved)
                assert isinstance(result, str)
                assert "is not the text at" in result


def test_a_paragraph_of_one_sentence_is_checked_with_it() -> None:
    text = "Sales rose."
    span = Span(0, 11)
    shared = Paragraph(text, span, (Sentence(text, span),))
    assert Article(text=text, paragraphs=(shared,)).paragraphs == (shared,)
    # The sentence is checked on its own when it does not share both.
    for sentence in (Sentence("Sales", Span(0, 5)), Sentence("ales r", Span(0, 6))):
        paragraph = Paragraph(text, span, (sentence,))
        if text[sentence.span.start : sentence.span.end] == sentence.text:
            Article(text=text, paragraphs=(paragraph,))
        else:
            with pytest.raises(ValueError, match=r"Article\.paragraphs\.sentences: "):
                Article(text=text, paragraphs=(paragraph,))
    # A paragraph that does not fit is reported as the paragraph, first.
    bad = Paragraph("Sales rose!", span, (Sentence("Sales rose!", span),))
    with pytest.raises(ValueError, match=r"Article\.paragraphs: 'Sales rose!'"):
        Article(text=text, paragraphs=(bad,))
    past = Paragraph("Sales rose.", Span(1, 12), (Sentence("Sales rose.", Span(1, 12)),))
    with pytest.raises(ValueError, match=r"is not the text at 1-12"):
        Article(text=text, paragraphs=(past,))


def test_default_options_are_shared_and_others_checked() -> None:
    text = "The company raised $5 million."
    assert econparse.parse(text).money == econparse.parse(text, default_dollar="USD").money
    assert econparse.parse(text, default_dollar="CAD").money[0].currency == "CAD"
    assert pipeline._DEFAULT_OPTIONS.default_dollar == "USD"
    with pytest.raises(ValueError, match="ISO 4217"):
        econparse.parse(text, default_dollar="usd")


@pytest.mark.parametrize("text", PHRASES)
def test_the_pipeline_article_is_the_validated_one(text: str) -> None:
    """``parse`` builds its Article without the field validators (``_assemble``): the
    same Article as the validating constructor builds from the same fields."""
    article = econparse.parse(text, published=dt.date(2019, 1, 27))
    fields = {name: getattr(article, name) for name in attrs.fields_dict(Article)}
    assert Article(**fields) == article
    assert _assemble(dict(fields)) == article


def test_the_pipeline_article_checks_its_spans() -> None:
    text = "Sales rose."
    span = Span(0, 11)
    past = Paragraph("Sales rose.", Span(1, 12), (Sentence("Sales rose.", Span(1, 12)),))
    with pytest.raises(ValueError, match=r"is not the text at 1-12"):
        _assemble({"text": text, "paragraphs": (past,)})
    shared = Paragraph(text, span, (Sentence(text, span),))
    built = _assemble({"text": text, "paragraphs": (shared,)})
    assert built == Article(text=text, paragraphs=(shared,))
    with pytest.raises(TypeError):
        _assemble({"text": text, "paragraph": (shared,)})  # not a field
