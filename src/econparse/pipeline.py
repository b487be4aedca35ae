"""The entry points: :func:`parse` and :func:`parse_file`.

The pipeline runs the text front-end once, then every registered extractor
(:data:`econparse._registry.STAGES`) in order on the same read-only
:class:`~econparse.context.Document`, and assembles the :class:`Article`.
"""

from __future__ import annotations

import datetime as dt
import os

from econparse._registry import STAGES
from econparse.article import Article, _assemble
from econparse.context import Document, ParseOptions
from econparse.frontend import segment

#: The options of a call that keeps the defaults (nearly every call): built once.
_DEFAULT_OPTIONS = ParseOptions()


def _published(value: dt.date | str | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(
                f"published={value!r} is not an ISO 8601 date (expected YYYY-MM-DD)"
            ) from None
    raise TypeError(
        f"published must be a datetime.date, an ISO 8601 string or None, not {type(value).__name__}"
    )


def parse(
    text: str,
    *,
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
) -> Article:
    """Parse one article of English news into an :class:`Article`.

    :param text: the article as plain text (headline, dateline and agency
        credit may be included: they are recognised, not treated as body).
    :param published: the publication date, as a :class:`datetime.date`
        (a ``datetime`` is cut to its date) or an ISO 8601 string; ``None``
        uses a ``date YYYY-MM-DD`` header in the text, if any.
    :param default_dollar: the ISO 4217 code for a bare ``$`` or "dollars".
    :raises TypeError: when ``text`` is not a ``str`` (decode bytes first).
    :raises ValueError: when ``published`` is not a valid date or
        ``default_dollar`` is not an ISO 4217 code.
    """
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, bytes | bytearray)
            else ""
        )
        raise TypeError(f"parse() expects text as a str, not {type(text).__name__}{hint}")
    options = (
        _DEFAULT_OPTIONS
        if type(default_dollar) is str and default_dollar == _DEFAULT_OPTIONS.default_dollar
        else ParseOptions(default_dollar=default_dollar)
    )
    date = _published(published)
    layout = segment(text)
    if date is None:
        date = layout.published
    document = Document(text=text, published=date, paragraphs=layout.paragraphs, options=options)
    headline, dateline, source = layout.headline, layout.dateline, layout.source
    fields: dict[str, object] = {
        "text": text,
        "published": date,
        "headline": headline.value if headline else None,
        "headline_span": headline.span if headline else None,
        "dateline": dateline.value if dateline else None,
        "dateline_span": dateline.span if dateline else None,
        "source": source.value if source else None,
        "source_span": source.span if source else None,
        "paragraphs": layout.paragraphs,
    }
    for stage in STAGES:
        fields.update(zip(stage.fields, stage.extract(document), strict=True))
    return _assemble(fields)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
) -> Article:
    """Read a text file and :func:`parse` it.

    The file is read without newline translation, so spans index its text
    exactly (CRLF included).  Raises :class:`OSError` when the file cannot be
    read and :class:`UnicodeDecodeError` when it is not in ``encoding``.
    """
    with open(path, encoding=encoding, newline="") as handle:
        text = handle.read()
    return parse(text, published=published, default_dollar=default_dollar)
