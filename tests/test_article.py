"""The Article model: validation, serialisation, the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import econparse
from econparse import Article, Span
from econparse.quotes import Quote
from econparse.serialize import structure, unstructure

from .strategies import news_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wire_story.txt"
SCHEMA = ROOT / "docs" / "article.schema.json"


def example() -> Article:
    return econparse.parse_file(EXAMPLE, published="2019-03-04")


def test_round_trip_of_the_example() -> None:
    article = example()
    assert article.money
    assert article.percentages
    data = article.to_dict()
    assert data["format"] == "econparse.article/1"
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article
    assert json.loads(article.to_json(indent=2)) == data


def test_decimals_are_strings_and_dates_iso() -> None:
    data = example().to_dict()
    assert data["published"] == "2019-03-04"
    assert all(isinstance(m["amount"], str | None) for m in data["money"])
    assert any(m["amount"] == "1200000000" for m in data["money"])


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == Article.json_schema(), (
        "docs/article.schema.json is stale: regenerate it with "
        'python -c "import econparse, json; print(json.dumps(econparse.Article.json_schema(), indent=2))"'
        " > docs/article.schema.json"
    )


def test_real_output_validates_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(example().to_dict(), schema)
    jsonschema.validate(econparse.parse("").to_dict(), schema)


def test_schema_rejects_a_float_amount() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = example().to_dict()
    data["money"][0]["amount"] = 1.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_from_dict_names_the_bad_field() -> None:
    data = example().to_dict()
    data["money"][0]["amount"] = "lots"
    with pytest.raises(ValueError, match=r"money\[0\]\.amount"):
        Article.from_dict(data)
    with pytest.raises(ValueError, match="unsupported article format"):
        Article.from_dict({**example().to_dict(), "format": "other/9"})
    with pytest.raises(TypeError):
        Article.from_dict("not a dict")  # type: ignore[arg-type]


def test_from_dict_rejects_a_span_that_does_not_index_the_text() -> None:
    data = example().to_dict()
    first = data["money"][0]
    first["span"] = {"start": first["span"]["start"] + 1, "end": first["span"]["end"] + 1}
    with pytest.raises(ValueError, match="is not the text at"):
        Article.from_dict(data)


@pytest.mark.parametrize(
    ("kind", "path"),
    [("money", "money"), ("quotes", "quotes"), ("quotes", "quotes.cue"), ("times", "times")],
)
def test_every_located_field_is_checked(kind: str, path: str) -> None:
    data = example().to_dict()
    mention = data[kind][0]
    if path.endswith(".cue"):
        mention = mention["cue"]
        assert mention is not None
    mention["span"] = {"start": mention["span"]["start"] + 1, "end": mention["span"]["end"] + 1}
    with pytest.raises(ValueError, match=rf"Article\.{path}: .* is not the text at"):
        Article.from_dict(data)


def test_sentences_are_checked() -> None:
    data = example().to_dict()
    sentence = data["paragraphs"][0]["sentences"][0]
    sentence["span"] = {"start": sentence["span"]["start"] + 1, "end": sentence["span"]["end"] + 1}
    with pytest.raises(ValueError, match=r"Article\.paragraphs\.sentences: "):
        Article.from_dict(data)


def test_article_validates_its_fields() -> None:
    with pytest.raises(TypeError):
        Article(text=b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Article(text="x", published=dt.datetime(2019, 1, 1))
    assert Article(text="x").mentions == ()


def test_mentions_are_in_text_order() -> None:
    article = example()
    starts = [m.span.start for m in article.mentions]
    assert starts == sorted(starts)
    kinds = article.mentions_by_kind()
    assert set(kinds) == {"money", "percentages", "times", "quotes"}
    assert len(article.mentions) == sum(len(mentions) for mentions in kinds.values())


def test_structure_unstructure_scalars() -> None:
    assert unstructure(Decimal("1.50")) == "1.50"
    assert structure("1.50", Decimal) == Decimal("1.50")
    assert structure({"start": 1, "end": 2}, Span) == Span(1, 2)
    with pytest.raises(ValueError, match="only the fields"):
        structure({"start": 1, "end": 2, "x": 0}, Span)
    with pytest.raises(ValueError, match="'end' key"):
        structure({"start": 1}, Span)
    with pytest.raises(TypeError):
        unstructure(object())


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(news_text)
def test_every_span_indexes_the_text_and_round_trips(text: str) -> None:
    article = econparse.parse(text, published=dt.date(2019, 1, 27))
    for paragraph in article.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert paragraph.span.contains(sentence.span)
            assert text[sentence.span.start : sentence.span.end] == sentence.text
    for mention in article.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
        # a quote may run over several paragraphs; every other mention lies in one
        assert isinstance(mention, Quote) or any(
            p.span.contains(mention.span) for p in article.paragraphs
        )
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_to_timeml() -> None:
    article = econparse.parse(
        "Talks resume next week, officials said on Friday.", published="2019-01-27"
    )
    timeml = article.to_timeml()
    assert 'value="2019-W05"' in timeml
    assert "CREATION_TIME" in timeml
    assert "2019-01-27" in timeml
