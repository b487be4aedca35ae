"""econparse.frames.to_frame: one row per mention, typed columns, and the article frame."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas", reason="to_frame needs the 'pandas' extra (pandas)")

import econparse  # noqa: E402  (after the skip)
from econparse.batch import parse_results  # noqa: E402
from econparse.frames import to_frame  # noqa: E402

ITEMS = [
    {"id": "a", "text": "Exports hit a record $375bn in 2017, up 6.6%.", "date": "2019-01-27"},
    {"id": "b", "text": "Profit fell more than 3 mln dlrs."},
    {"id": "c", "text": b"not text"},
    {
        "id": "d",
        "text": '"We will not chase volume," said Octavio Araneda, the chief executive.',
    },
]


def results() -> list[object]:
    return list(parse_results(ITEMS))  # type: ignore[arg-type]


def test_money_rows_and_types() -> None:
    frame = to_frame(results(), "money")
    assert list(frame.columns[:5]) == ["article", "kind", "text", "start", "end"]
    assert list(frame["article"]) == ["a", "b"]
    assert list(frame["text"]) == ["$375bn", "3 mln dlrs"]
    assert frame["amount"].tolist() == [Decimal("375000000000"), Decimal("3000000")]
    assert str(frame["start"].dtype) == "int64"
    assert frame["qualifier"].tolist()[1] == "more than"
    assert str(frame["qualifier_start"].dtype) == "Int64"
    assert frame["currency_assumed"].dtype == bool
    as_str = to_frame(results(), "money", decimals="str")
    assert as_str["amount"].tolist() == ["375000000000", "3000000"]


def test_offsets_index_the_text() -> None:
    articles = {item["id"]: econparse.parse(str(item["text"])) for item in ITEMS[:2]}
    frame = to_frame(articles, "percentages")
    for row in frame.itertuples():
        assert articles[row.article].text[row.start : row.end] == row.text


def test_quotes_and_all_kinds() -> None:
    quotes = to_frame(results(), "quotes")
    assert quotes["quote_kind"].tolist() == ["direct"]
    assert quotes["cue"].tolist() == ["said"]
    every = to_frame(results(), None)
    assert (
        {"money", "percentages", "quotes"}
        <= set(every["kind"])
        <= set(econparse.Article.MENTION_KINDS)
    )


def test_empty_frame_has_the_same_columns_and_dtypes() -> None:
    empty = to_frame([], "money")
    full = to_frame(results(), "money")
    assert empty.empty
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()


def test_article_frame() -> None:
    frame = to_frame(results(), "articles")
    assert list(frame["article"]) == ["a", "b", "d"]  # the failure is left out
    assert str(frame["published"].dtype).startswith("datetime64")
    assert frame["published"][0] == pd.Timestamp(dt.date(2019, 1, 27))
    assert pd.isna(frame["published"][1])
    assert frame["n_money"].tolist() == [1, 1, 0]


def test_positions_and_pairs_as_ids() -> None:
    articles = [econparse.parse("Up 5%."), econparse.parse("Down 3% and 4%.")]
    assert to_frame(articles, "percentages")["article"].tolist() == [0, 1, 1]
    pairs = [("x", articles[0])]
    assert to_frame(pairs, "percentages")["article"].tolist() == ["x"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="kind"):
        to_frame([], "dollars")
    with pytest.raises(ValueError, match="decimals"):
        to_frame([], "money", decimals="float")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        to_frame(["text"], "money")  # type: ignore[list-item]


def test_documentation_examples_run() -> None:
    import doctest
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "docs" / "pandas.md"
    failures, tried = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
