"""pandas frames of parsed articles: :func:`to_frame` (extra ``econparse[pandas]``).

One row per mention of a kind (``kind="money"``, ``"percentages"``,
``"quotes"``, any of :attr:`Article.MENTION_KINDS`, or ``None`` for all of
them), or one row per article (``kind="articles"``).  pandas is imported
when a frame is made, never by ``import econparse``.

Every mention frame starts with the same five columns:

========== ==================================================================
``article`` the article's id: a :class:`~econparse.batch.Parsed` result's id
            (else its index), the key of a mapping, the first item of an
            ``(id, article)`` pair, or else the position in the input
``kind``    the mention kind (``"money"``)
``text``    the mention's text
``start``   where it starts in the article text (``int64``)
``end``     where it ends, exclusive (``int64``)
========== ==================================================================

then one column per field of the mention class, typed: decimals as
:class:`~decimal.Decimal` objects (``decimals="object"``, exact) or strings
(``decimals="str"``, e.g. for Parquet), dates as ``datetime64[s]``, enums as
their string values, optional integers as ``Int64``, flags as ``bool``, a
span field ``x_span`` (or ``x``) as ``x_start``/``x_end`` (``Int64``) and a
nested mention (a quote's ``cue``) as its text plus ``cue_start``/``cue_end``.
A field whose name is already a column is renamed: a quote's ``kind`` is
``quote_kind`` (a time expression's, ``time_kind``), a time expression's
``start`` and ``end`` dates are ``value_start`` and ``value_end``.  The columns and their dtypes do
not depend on the data, so an empty frame (``to_frame([], kind)``) is the
``meta`` a Dask DataFrame needs.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from econparse.article import Article
from econparse.batch import Failed, Parsed
from econparse.span import Mention, Span

if TYPE_CHECKING:
    import pandas as pd

#: How Decimal values are stored: ``Decimal`` objects, or their strings.
Decimals = Literal["object", "str"]

_BASE = ("article", "kind", "text", "start", "end")


@attrs.frozen
class _Column:
    name: str
    dtype: str  # "decimal", "date", "string", "bool", "Int64", "int64", "object"
    get: Callable[[Any], object]


def _optional(tp: Any) -> Any:
    """``X | None`` -> ``X``; anything else unchanged."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _getter(name: str, then: Callable[[Any], object] | None = None) -> Callable[[Any], object]:
    def get(mention: Any) -> object:
        value = getattr(mention, name)
        return value if then is None or value is None else then(value)

    return get


def _columns_for(owner: str, name: str, tp: Any) -> list[_Column]:
    """The columns of one mention field."""
    base = _optional(tp)
    column = name
    if name == "kind":
        column = f"{owner.removesuffix('s')}_kind"  # a quote's kind: "quote_kind"
    elif name in _BASE:
        column = f"value_{name}"  # a time expression's start and end dates
    if isinstance(base, type) and issubclass(base, Mention):
        return [
            _Column(column, "string", _getter(name, lambda m: m.text)),
            _Column(f"{column}_start", "Int64", _getter(name, lambda m: m.span.start)),
            _Column(f"{column}_end", "Int64", _getter(name, lambda m: m.span.end)),
        ]
    if base is Span:
        stem = name.removesuffix("_span")
        return [
            _Column(f"{stem}_start", "Int64", _getter(name, lambda s: s.start)),
            _Column(f"{stem}_end", "Int64", _getter(name, lambda s: s.end)),
        ]
    if base is Decimal:
        return [_Column(column, "decimal", _getter(name))]
    if base is dt.date or base is dt.datetime:
        return [_Column(column, "date", _getter(name))]
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return [_Column(column, "string", _getter(name, lambda e: e.value))]
    if base is bool:
        return [_Column(column, "bool", _getter(name))]
    if base is int:
        return [_Column(column, "Int64", _getter(name))]
    if base is str:
        return [_Column(column, "string", _getter(name))]
    return [_Column(column, "object", _getter(name))]


@functools.cache
def _mention_columns(kind: str) -> tuple[_Column, ...]:
    hints = typing.get_type_hints(Article)
    (cls,) = {arg for arg in typing.get_args(hints[kind]) if arg is not Ellipsis}
    field_hints = typing.get_type_hints(cls)
    columns: list[_Column] = [
        _Column("text", "string", _getter("text")),
        _Column("start", "int64", lambda m: m.span.start),
        _Column("end", "int64", lambda m: m.span.end),
    ]
    for field in attrs.fields(cls):
        if field.name not in ("text", "span"):
            columns.extend(_columns_for(kind, field.name, field_hints[field.name]))
    return tuple(columns)


def _identified(
    articles: Iterable[Any] | Mapping[Any, Article],
) -> Iterator[tuple[object, Article]]:
    """``(id, article)`` for every article; failures are left out."""
    if isinstance(articles, Mapping):
        yield from articles.items()
        return
    for position, item in enumerate(articles):
        if isinstance(item, Article):
            yield position, item
        elif isinstance(item, Parsed):
            yield (item.index if item.id is None else item.id), item.article
        elif isinstance(item, Failed):
            continue
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Article):
            yield item[0], item[1]
        else:
            raise TypeError(
                "to_frame expects Articles, parse results or (id, Article) pairs, "
                f"not {type(item).__name__}"
            )


def _series(values: list[object], dtype: str, decimals: Decimals) -> pd.Series[Any]:
    import pandas as pd

    if dtype == "decimal":
        if decimals == "str":
            return pd.Series([None if v is None else str(v) for v in values], dtype="string")
        return pd.Series(values, dtype="object")
    if dtype == "date":
        stamps = [pd.NaT if v is None else pd.Timestamp(v) for v in values]
        return pd.Series(stamps, dtype="datetime64[s]")
    return pd.Series(values, dtype=dtype)


def _frame(data: dict[str, tuple[str, list[object]]], decimals: Decimals) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {name: _series(values, dtype, decimals) for name, (dtype, values) in data.items()}
    )


def _mentions_frame(
    articles: Iterable[tuple[object, Article]], kind: str, decimals: Decimals
) -> pd.DataFrame:
    columns = _mention_columns(kind)
    data: dict[str, tuple[str, list[object]]] = {
        "article": ("object", []),
        "kind": ("string", []),
        **{column.name: (column.dtype, []) for column in columns},
    }
    for ident, article in articles:
        for mention in getattr(article, kind):
            data["article"][1].append(ident)
            data["kind"][1].append(kind)
            for column in columns:
                data[column.name][1].append(column.get(mention))
    return _frame(data, decimals)


def _articles_frame(articles: Iterable[tuple[object, Article]]) -> pd.DataFrame:
    kinds = Article.MENTION_KINDS
    data: dict[str, tuple[str, list[object]]] = {
        name: (dtype, [])
        for name, dtype in (
            ("article", "object"),
            ("published", "date"),
            ("headline", "string"),
            ("dateline", "string"),
            ("source", "string"),
            ("chars", "int64"),
            ("paragraphs", "int64"),
            ("sentences", "int64"),
            *((f"n_{kind}", "int64") for kind in kinds),
            ("n_speakers", "int64"),
        )
    }
    for ident, article in articles:
        row: dict[str, object] = {
            "article": ident,
            "published": article.published,
            "headline": article.headline,
            "dateline": article.dateline,
            "source": article.source,
            "chars": len(article.text),
            "paragraphs": len(article.paragraphs),
            "sentences": sum(len(p.sentences) for p in article.paragraphs),
            **{f"n_{kind}": len(getattr(article, kind)) for kind in kinds},
            "n_speakers": len(article.speakers),
        }
        for name, value in row.items():
            data[name][1].append(value)
    return _frame(data, "object")


def to_frame(
    articles: Iterable[Article | Parsed | Failed | tuple[object, Article]] | Mapping[Any, Article],
    kind: str | None = "money",
    *,
    decimals: Decimals = "object",
) -> pd.DataFrame:
    """A pandas DataFrame of the mentions of ``kind`` in ``articles`` (see the module doc).

    :param articles: Articles (their id is their position), the results of
        :func:`~econparse.batch.parse_results` or
        :func:`~econparse.batch.parse_many` (failures are left out), ``(id,
        article)`` pairs, or a mapping from id to article.
    :param kind: a mention kind (``"money"``, ``"percentages"``,
        ``"quotes"``, ...), ``None`` for every kind in one frame (columns a
        kind lacks are missing values; flags are then nullable ``boolean``),
        or ``"articles"`` for one row per article with its facts and mention
        counts.
    :param decimals: ``"object"`` keeps exact ``Decimal`` objects,
        ``"str"`` stores their strings (pandas ``string`` dtype).
    :raises ValueError: for an unknown ``kind`` or ``decimals``.
    :raises ImportError: when pandas is not installed
        (``pip install "econparse[pandas]"``).
    """
    known = ("articles", *Article.MENTION_KINDS)
    if kind is not None and kind not in known:
        raise ValueError(f"kind must be None or one of {known}, not {kind!r}")
    if decimals not in ("object", "str"):
        raise ValueError(f"decimals must be 'object' or 'str', not {decimals!r}")
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            'to_frame needs pandas: pip install "econparse[pandas]"', name=error.name
        ) from error
    identified = _identified(articles)
    if kind == "articles":
        return _articles_frame(identified)
    if kind is not None:
        return _mentions_frame(identified, kind, decimals)
    rows = list(identified)
    frames = [_mentions_frame(rows, name, decimals) for name in Article.MENTION_KINDS]
    flags = {name for frame in frames for name, dtype in frame.dtypes.items() if dtype.kind == "b"}
    # a flag that other kinds lack becomes a nullable boolean, not an object column
    frames = [
        frame.astype(dict.fromkeys(flags & set(frame.columns), "boolean")) for frame in frames
    ]
    return pd.concat(frames, ignore_index=True)
