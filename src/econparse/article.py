"""The :class:`Article`: an article's text, its layout, and every mention found in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, get_args, get_type_hints

import attrs

from econparse.frontend import Paragraph
from econparse.money import Money
from econparse.percent import Percentage
from econparse.quotes import Quote, Speaker
from econparse.serialize import json_schema, structure, unstructure
from econparse.span import Mention, Span
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


_NESTED_FIELDS: dict[type, tuple[str, ...]] = {}


def _may_hold_mention(hint: object) -> bool:
    """Whether a value of the type ``hint`` can be a :class:`Mention`."""
    if hint is Any or hint is object:
        return True
    if isinstance(hint, type):
        return issubclass(hint, Mention)
    return any(_may_hold_mention(arg) for arg in get_args(hint))


def _nested_fields(cls: type[Mention]) -> tuple[str, ...]:
    """The fields of a mention class besides ``text`` and ``span`` whose type
    can hold a nested mention (a quote's cue); worked out once per class."""
    names = _NESTED_FIELDS.get(cls)
    if names is None:
        try:
            hints = get_type_hints(cls)
        except (NameError, TypeError):  # annotations that cannot be resolved: check every field
            hints = {}
        names = tuple(
            f.name
            for f in attrs.fields(cls)
            if f.name not in {"text", "span"} and _may_hold_mention(hints.get(f.name, object))
        )
        _NESTED_FIELDS[cls] = names
    return names


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
        self._check_speaker_links()
        text = self.text
        size = len(text)
        starts_with = text.startswith
        # ``text[start:end] == mention.text`` for every mention, without cutting
        # a copy: the span lies inside the text, its length is the mention's,
        # and the text holds the mention's characters at its start.  This runs
        # on every parse, so the test is written out in one loop.
        for name, mentions in self._located():
            for mention in mentions:
                span = mention.span
                start = span.start
                end = span.end
                if not (
                    end <= size
                    and end - start == len(mention.text)
                    and starts_with(mention.text, start)
                ):
                    raise ValueError(
                        f"Article.{name}: {mention.text!r} is not the text at {start}-{end}"
                    )

    def _check_speaker_links(self) -> None:
        quotes, speakers = self.quotes, self.speakers
        for i, quote in enumerate(quotes):
            if quote.speaker is not None and not 0 <= quote.speaker < len(speakers):
                raise ValueError(f"Article.quotes[{i}].speaker {quote.speaker} is not a speaker")
        size = len(self.text)
        for i, speaker in enumerate(speakers):
            if any(not 0 <= q < len(quotes) for q in speaker.quotes):
                raise ValueError(f"Article.speakers[{i}].quotes {speaker.quotes} are not quotes")
            for span in speaker.mentions:
                if span.end > size:
                    raise ValueError(f"Article.speakers[{i}] mention {span} is past the text")

    def _located(self) -> Iterator[tuple[str, Iterable[Mention]]]:
        """Every located part of the article, by field: paragraphs, sentences,
        each kind of mention and the mentions nested in them (a quote's cue)."""
        paragraphs = self.paragraphs
        yield "paragraphs", paragraphs
        yield "paragraphs.sentences", [s for p in paragraphs for s in p.sentences]
        for name in self.MENTION_KINDS:
            mentions: tuple[Mention, ...] = getattr(self, name)
            yield name, mentions
            for mention in mentions:
                for field in _nested_fields(type(mention)):
                    part = getattr(mention, field)
                    if isinstance(part, Mention):
                        yield f"{name}.{field}", (part,)

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
