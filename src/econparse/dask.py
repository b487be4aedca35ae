"""Dask integration (extra ``econparse[dask]``): parse archives on a cluster.

:func:`parse_bag` turns a :class:`dask.bag.Bag` of inputs (texts, ``(text,
published)`` pairs or mappings, as :func:`econparse.parse_many` takes) into a
bag of :class:`~econparse.Article` objects, partition by partition.
:func:`mentions` goes from a bag of inputs, or a Dask DataFrame of articles
(``dask.dataframe.read_parquet``), straight to a Dask DataFrame of mentions
whose ``meta`` is declared (the empty :func:`econparse.frames.to_frame`), so
nothing is computed to learn the columns.

Dask is imported when these functions are called, never by ``import
econparse``; this module is ``econparse.dask`` and does not hide the ``dask``
package (econparse uses absolute imports).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from econparse.article import Article
from econparse.batch import Failed, Item, OnError, parse_many, parse_results
from econparse.frames import Decimals, to_frame


def _parse_partition(
    items: Iterable[Item], published: dt.date | str | None, default_dollar: str, on_error: OnError
) -> list[Article | Failed]:
    return list(
        parse_many(items, published=published, default_dollar=default_dollar, on_error=on_error)
    )


def parse_bag(
    bag: Any,
    *,
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
    on_error: OnError = "return",
) -> Any:
    """A bag of the Articles parsed from a bag of inputs, one per input, in order.

    The arguments are those of :func:`econparse.parse_many`; each partition
    is parsed serially in its Dask worker (Dask provides the parallelism).
    With ``on_error="return"`` (the default) an input that cannot be parsed
    becomes a :class:`~econparse.batch.Failed` whose ``index`` counts within
    its partition.
    """
    return bag.map_partitions(
        _parse_partition, published=published, default_dollar=default_dollar, on_error=on_error
    )


def _bag_mentions(
    items: Iterable[Item],
    kind: str | None,
    decimals: Decimals,
    published: dt.date | str | None,
    default_dollar: str,
) -> Any:
    results = parse_results(items, published=published, default_dollar=default_dollar)
    return to_frame(results, kind, decimals=decimals)


def _missing(value: object) -> bool:
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _frame_mentions(
    frame: Any,
    *,
    kind: str | None,
    decimals: Decimals,
    text: str,
    date: str | None,
    ident: str | None,
    published: dt.date | str | None,
    default_dollar: str,
) -> Any:
    ids = frame.index if ident is None else frame[ident]
    dates = [None] * len(frame) if date is None else frame[date]
    items = [
        {
            "id": key,
            "text": body,
            "published": None if _missing(day) else day,
        }
        for key, body, day in zip(ids, frame[text], dates, strict=True)
    ]
    return _bag_mentions(items, kind, decimals, published, default_dollar)


def mentions(
    data: Any,
    kind: str | None = "money",
    *,
    decimals: Decimals = "str",
    text: str = "text",
    date: str | None = "date",
    id: str | None = "id",
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
) -> Any:
    """A Dask DataFrame of the mentions of ``kind``, one row per mention.

    :param data: a :class:`dask.bag.Bag` of inputs (mappings should carry an
        ``"id"``, else the ``article`` column holds each input's position in
        its partition), or a :class:`dask.dataframe.DataFrame` of articles.
    :param kind: as for :func:`econparse.frames.to_frame`.
    :param decimals: as for :func:`econparse.frames.to_frame`, but strings
        by default: Dask stores object columns as (pyarrow) strings anyway
        unless its ``dataframe.convert-string`` setting is off, and strings
        go to Parquet losslessly; ``decimal.Decimal(s)`` restores a value.
    :param text: the DataFrame column holding the text.
    :param date: the DataFrame column holding the publication date (ISO
        string, date or timestamp), or ``None``.
    :param id: the DataFrame column holding the article id, or ``None`` to
        use the DataFrame's index.
    :param published: the date of articles that give none.
    :param default_dollar: as for :func:`econparse.parse`.
    """
    import dask.dataframe as dd
    from dask import delayed

    meta = to_frame([], kind, decimals=decimals)
    if isinstance(data, dd.DataFrame):
        if date is not None and date not in data.columns:
            date = None
        if id is not None and id not in data.columns:
            id = None
        return data.map_partitions(
            _frame_mentions,
            kind=kind,
            decimals=decimals,
            text=text,
            date=date,
            ident=id,
            published=published,
            default_dollar=default_dollar,
            meta=meta,
            align_dataframes=False,
        )
    parts = [
        delayed(_bag_mentions)(part, kind, decimals, published, default_dollar)
        for part in data.to_delayed()
    ]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)
