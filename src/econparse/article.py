"""The :class:`Article`: an article's text, its layout, and every mention found in it."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import attrs

from econparse._article_checks import check_located, check_speaker_links
from econparse.frontend import Paragraph
from econparse.money import Money
from econparse.percent import Percentage
from econparse.quotes import Quote, Speaker
from econparse.serialize import json_schema, structure, unstructure
from econparse.span import Mention, Span, _unchecked
from econparse.temporal import TimeExpression, to_timeml

#: Written into every :meth:`Article.to_dict` result; bumped when the shape changes.
FORMAT = "econparse.article/1"


def _check_text(instance: Article, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"Article.text must be a str, not {type(value).__name__}")


def _check_published(
    instance: Article, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise TypeError(f"Article.published must be a datetime.date or None, not {value!r}")


@attrs.frozen
class Article:
    """One parsed news article.

    ``text`` is the string that was parsed, untouched: every span in the
    article indexes it, so ``article.text[m.span.start:m.span.end] == m.text``
    holds for every mention ``m``.

    ``published`` is the publication date (given by the caller or read from a
    ``date YYYY-MM-DD`` header); ``headline``, ``dateline`` (a place such as
    ``"BEIJING"``) and ``source`` (an agency or outlet such as ``"AFP"``) are
    ``None`` when the text does not give them, and each comes with the span
    where it was found.  ``paragraphs`` are the body paragraphs with their
    sentences; header lines, the headline, the dateline prefix and trailing
    agency credits are not body text.  Then one tuple per mention kind, in text
    order.
    """

    text: str = attrs.field(validator=_check_text)
    published: dt.date | None = attrs.field(default=None, validator=_check_published)
    headline: str | None = None
    headline_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    source: str | None = None
    source_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    money: tuple[Money, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()

    #: The fields that hold mentions, one tuple per kind.
    MENTION_KINDS: ClassVar[tuple[str, ...]] = ("money", "percentages", "times", "quotes")

    def __attrs_post_init__(self) -> None:
        _check_spans(self)

    def mentions_by_kind(self) -> dict[str, tuple[Mention, ...]]:
        """The mention tuples by field name: ``{"money": (...), "percentages": (...), ...}``."""
        return {name: getattr(self, name) for name in self.MENTION_KINDS}

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of every kind (money, percentages, ...), in text order."""
        found = [mention for kind in self.mentions_by_kind().values() for mention in kind]
        return tuple(sorted(found, key=lambda m: (m.span.start, m.span.end)))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: Decimals as strings, dates in ISO 8601, spans as objects.

        :meth:`from_dict` turns it back into an equal Article.
        """
        data = unstructure(self)
        assert isinstance(data, dict)
        return {"format": FORMAT, **data}

    def to_json(self, *, indent: int | None = None) -> str:
        """The :meth:`to_dict` data as a JSON string (non-ASCII kept as is)."""
        import json  # here, not at import: most callers never ask for JSON text

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` data.

        Raises :class:`ValueError` when the data are not of that shape, naming
        the field at fault.
        """
        if not isinstance(data, dict):
            raise TypeError(f"Article.from_dict expects a dict, not {type(data).__name__}")
        fmt = data.get("format", FORMAT)
        if fmt != FORMAT:
            raise ValueError(f"unsupported article format {fmt!r}; this version reads {FORMAT!r}")
        return structure({k: v for k, v in data.items() if k != "format"}, cls)

    def to_timeml(self) -> str:
        """The text as TimeML: inline ``TIMEX3`` tags for :attr:`times`, with
        the publication date as the document creation time, for comparison
        with other temporal taggers."""
        return to_timeml(self.text, list(self.times), self.published)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) that :meth:`to_dict` output satisfies."""
        schema = json_schema(cls)
        schema["properties"] = {"format": {"const": FORMAT}, **schema["properties"]}
        return schema

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an Article from :meth:`to_json` output."""
        import json

        return cls.from_dict(json.loads(text))


def _check_spans(article: Article) -> None:
    """Every span of ``article`` against its text, in one loop per field (see
    ``_article_checks``): what each Article runs when it is made."""
    check_speaker_links(article.text, article.quotes, article.speakers)
    check_located(article, article.text, article.paragraphs, Article.MENTION_KINDS)


_unchecked_article = _unchecked(Article)


def _assemble(fields: dict[str, Any]) -> Article:
    """``Article(**fields)`` for :func:`econparse.parse`, which has checked the text and the
    date itself: the span checks run (:func:`_check_spans`), the two field validators
    do not.  Measured (callgrind, a one-line article, compiled build): a parse costs
    147,000 instructions this way and 156,500 through the attrs ``__init__`` and
    its validators."""
    article = _unchecked_article(**fields)
    _check_spans(article)
    return article
