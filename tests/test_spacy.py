"""The spaCy component on spacy.blank("en"): Doc extensions, mentions attached, entities."""

from __future__ import annotations

import datetime as dt

import pytest

spacy = pytest.importorskip("spacy", reason="the spaCy component needs the 'spacy' extra")

import econparse  # noqa: E402  (after the skip)

TEXT = (
    "WASHINGTON (AFP) - The US trade deficit with China hit a record $375bn in 2017, "
    'up 6.6 per cent. "We will not chase volume," said Octavio Araneda, the chief executive.'
)


def test_found_through_the_entry_point_and_sets_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("econparse")
    doc = nlp(TEXT)
    article = econparse.parse(TEXT)
    assert doc._.econparse == article
    assert [span.text for span in doc._.money] == ["$375bn"]
    assert doc._.money[0]._.econparse == article.money[0]
    assert [span._.econparse for span in doc._.percentages] == list(article.percentages)
    assert [span._.econparse for span in doc._.quotes] == list(article.quotes)
    assert doc._.times == tuple(doc._.times)
    assert list(doc.ents) == []


def test_entities_when_asked() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("econparse", config={"ents": True})
    doc = nlp(TEXT)
    assert ("$375bn", "MONEY") in [(e.text, e.label_) for e in doc.ents]
    assert ("6.6 per cent", "PERCENT") in [(e.text, e.label_) for e in doc.ents]


def test_published_per_doc_and_by_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("econparse", config={"published": "2019-01-27"})
    assert nlp("Up 5%.")._.econparse.published == dt.date(2019, 1, 27)
    doc = nlp.make_doc("Up 5%.")
    doc._.published = dt.date(2020, 2, 2)
    assert nlp(doc)._.econparse.published == dt.date(2020, 2, 2)


def test_existing_entities_are_kept_unless_overwritten() -> None:
    from spacy.tokens import Span

    for overwrite, label in ((False, "ORG"), (True, "MONEY")):
        nlp = spacy.blank("en")
        nlp.add_pipe("econparse", config={"ents": True, "overwrite_ents": overwrite})
        doc = nlp.make_doc("It paid $5 million.")
        doc.ents = [Span(doc, 2, 4, label="ORG")]
        doc = nlp(doc)
        assert [e.label_ for e in doc.ents] == [label]


def test_documentation_examples_run() -> None:
    import doctest
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "docs" / "spacy.md"
    failures, tried = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
