"""econparse.dask on the processes scheduler with 2 workers: equal to single-process results."""

from __future__ import annotations

import pytest

dask = pytest.importorskip("dask", reason="econparse.dask needs the 'dask' extra")
db = pytest.importorskip("dask.bag", reason="econparse.dask needs the 'dask' extra (dask[bag])")
dd = pytest.importorskip(
    "dask.dataframe", reason="econparse.dask needs the 'dask' extra (dask[dataframe])"
)
pd = pytest.importorskip("pandas", reason="econparse.dask needs pandas")

from econparse.batch import Failed, parse_many, parse_results  # noqa: E402  (after the skips)
from econparse.dask import mentions, parse_bag  # noqa: E402
from econparse.frames import to_frame  # noqa: E402

TEXTS = [
    "Exports hit a record $375bn in 2017, up 6.6%.",
    "Profit fell 3 mln dlrs, or 12 pct, in the quarter.",
    "The central bank cut its rate by 25 basis points to 1.5%.",
    '"We will not chase volume," said Octavio Araneda, the chief executive.',
]
ITEMS = [
    {"id": f"n{i}", "text": text, "date": f"2019-01-{i % 28 + 1:02d}"}
    for i, text in enumerate(TEXTS * 6)
]


@pytest.fixture(scope="module", autouse=True)
def processes() -> object:
    with dask.config.set(scheduler="processes", num_workers=2):
        yield


def test_parse_bag_equals_parse_many() -> None:
    bag = db.from_sequence([*ITEMS, {"id": "bad"}], npartitions=4)
    got = parse_bag(bag).compute()
    want = list(parse_many([*ITEMS, {"id": "bad"}]))  # type: ignore[list-item]
    assert got[:-1] == want[:-1]
    assert isinstance(got[-1], Failed)
    assert got[-1].id == "bad"


@pytest.mark.parametrize("kind", ["money", "percentages", None])
def test_mentions_from_a_bag(kind: str | None) -> None:
    frame = mentions(db.from_sequence(ITEMS, npartitions=3), kind)
    want = to_frame(parse_results(ITEMS), kind, decimals="str")  # type: ignore[arg-type]
    got = frame.compute().reset_index(drop=True)
    assert list(frame.columns) == list(want.columns)
    assert len(got) == len(want) > 0
    if kind is None:  # each partition is grouped by kind: compare in one order
        order = ["kind", "article", "start", "end"]
        got = got.sort_values(order, ignore_index=True)
        want = want.sort_values(order, ignore_index=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_mentions_from_a_dataframe() -> None:
    articles = dd.from_pandas(pd.DataFrame(ITEMS), npartitions=3)
    got = mentions(articles, "money").compute().reset_index(drop=True)
    want = to_frame(parse_results(ITEMS), "money", decimals="str")  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_documentation_examples_run() -> None:
    import doctest
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "docs" / "dask.md"
    failures, tried = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
