"""The entry points: input contract, published dates, the registry, docs examples."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest

import econparse
from econparse._registry import STAGES
from econparse.article import Article

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], object()])
def test_non_string_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects text as a str"):
        econparse.parse(bad)  # type: ignore[arg-type]


def test_bytes_raise_with_a_hint_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        econparse.parse(b"$5bn")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (dt.date(2019, 1, 27), dt.date(2019, 1, 27)),
        (dt.datetime(2019, 1, 27, 15, 30), dt.date(2019, 1, 27)),
        ("2019-01-27", dt.date(2019, 1, 27)),
        (" 2019-01-27 ", dt.date(2019, 1, 27)),
        (None, None),
    ],
)
def test_published_forms(given: dt.date | str | None, expected: dt.date | None) -> None:
    assert econparse.parse("Prices rose.", published=given).published == expected


@pytest.mark.parametrize("bad", ["2019-13-01", "27/01/2019", "yesterday", ""])
def test_invalid_published_string_names_the_value(bad: str) -> None:
    with pytest.raises(ValueError, match="published="):
        econparse.parse("Prices rose.", published=bad)


def test_published_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="published"):
        econparse.parse("Prices rose.", published=20190127)  # type: ignore[arg-type]


def test_header_date_is_used_when_none_is_given() -> None:
    text = "date 2019-01-27\nExports hit $5bn."
    assert econparse.parse(text).published == dt.date(2019, 1, 27)
    assert econparse.parse(text, published="2020-02-02").published == dt.date(2020, 2, 2)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \r\n"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    article = econparse.parse(text)
    assert article.text == text
    assert article.paragraphs == ()
    assert article.mentions == ()


def test_default_dollar_option() -> None:
    text = "The company raised $5 million and C$3 million."
    assert [m.currency for m in econparse.parse(text).money] == ["USD", "CAD"]
    assert [m.currency for m in econparse.parse(text, default_dollar="AUD").money] == ["AUD", "CAD"]
    with pytest.raises(ValueError, match="ISO 4217"):
        econparse.parse(text, default_dollar="dollars")


def test_every_stage_fills_an_article_field() -> None:
    fields = {field.name for field in Article.__attrs_attrs__}
    filled = [name for stage in STAGES for name in stage.fields]
    assert filled == ["money", "percentages", "times", "quotes", "speakers"]
    assert set(filled) <= fields
    assert set(Article.MENTION_KINDS) <= set(filled)
    assert [stage.name for stage in STAGES][-1] == "quotes+speakers"


def test_parse_file_keeps_crlf_offsets(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Sales rose 5%.\r\n\r\nProfit hit $3bn.\r\n")
    article = econparse.parse_file(path)
    assert article.text == "Sales rose 5%.\r\n\r\nProfit hit $3bn.\r\n"
    assert [m.text for m in article.mentions] == ["5%", "$3bn"]
    with pytest.raises(FileNotFoundError):
        econparse.parse_file(tmp_path / "missing.txt")


def test_the_example_article() -> None:
    article = econparse.parse_file(ROOT / "examples" / "wire_story.txt")
    assert article.headline == "Copper exporter cuts outlook as demand from China cools"
    assert article.dateline == "SANTIAGO"
    assert article.source == "Reuters"
    assert len(article.paragraphs) == 5
    assert not any("Reporting by" in p.text for p in article.paragraphs)
    amounts = {m.text: m.amount for m in article.money}
    assert amounts["$1.2 billion"] == 1_200_000_000
    assert amounts["$250 million"] == 250_000_000


@pytest.mark.parametrize(
    "path",
    [
        "README.md",
        "docs/index.md",
        "docs/money.md",
        "docs/percentages.md",
        "docs/quotes.md",
        "docs/times.md",
    ],
)
def test_documentation_examples_run(path: str) -> None:
    failures, tried = doctest.testfile(
        str(ROOT / path), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
