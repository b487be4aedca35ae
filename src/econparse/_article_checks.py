"""The checks :class:`econparse.article.Article` runs on every instance.

Kept apart from :mod:`econparse.article` (whose attrs classes stay ordinary
Python) so that this module can be compiled with mypyc: the checks run on
every parse, over every paragraph, sentence and mention, and as one native
loop they cost a fraction of the interpreted one.  Every message is built
only when a check fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, get_args, get_type_hints

import attrs

from econparse._frontend_types import Paragraph
from econparse._quotes_types import Quote, Speaker
from econparse.span import Mention

_NESTED_FIELDS: dict[type, tuple[str, ...]] = {}


def _may_hold_mention(hint: object) -> bool:
    """Whether a value of the type ``hint`` can be a :class:`Mention`."""
    if hint is Any or hint is object:
        return True
    if isinstance(hint, type):
        return issubclass(hint, Mention)
    return any(_may_hold_mention(arg) for arg in get_args(hint))


def _nested_fields(cls: type) -> tuple[str, ...]:
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


def _check_texts(text: str, mentions: Sequence[Mention], name: str, field: str) -> None:
    """``text[m.span.start:m.span.end] == m.text`` for each mention ``m``, without
    cutting a copy: the span lies inside the text, its length is the mention's,
    and the text holds the mention's characters at its start.  The error names
    the Article field ``name`` (and the nested ``field``, if not ``""``)."""
    size = len(text)
    for mention in mentions:
        span = mention.span
        start = span.start
        end = span.end
        body = mention.text
        if not (end <= size and end - start == len(body) and text.startswith(body, start)):
            label = f"{name}.{field}" if field else name
            raise ValueError(f"Article.{label}: {body!r} is not the text at {start}-{end}")


def check_located(
    article: object, text: str, paragraphs: Sequence[Paragraph], kinds: Sequence[str]
) -> None:
    """Check every located part of ``article`` against its ``text``, by field:
    the paragraphs, their sentences, each kind of mention (the fields named in
    ``kinds``) and the mentions nested in them (a quote's cue), in that order.
    A sentence that shares its text and span with its paragraph (a paragraph
    of one sentence) is checked with the paragraph."""
    _check_texts(text, paragraphs, "paragraphs", "")
    for paragraph in paragraphs:
        sentences = paragraph.sentences
        if len(sentences) == 1:
            only = sentences[0]
            if only.span is paragraph.span and only.text is paragraph.text:
                continue
        _check_texts(text, sentences, "paragraphs.sentences", "")
    for name in kinds:
        mentions: Sequence[Mention] = getattr(article, name)
        _check_texts(text, mentions, name, "")
        for mention in mentions:
            for field in _nested_fields(type(mention)):
                part = getattr(mention, field)
                if isinstance(part, Mention):
                    _check_texts(text, (part,), name, field)


def check_speaker_links(text: str, quotes: Sequence[Quote], speakers: Sequence[Speaker]) -> None:
    """Every quote's speaker is a speaker, every speaker's quotes are quotes and
    its mentions lie inside the text."""
    count = len(speakers)
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is not None and not 0 <= speaker < count:
            raise ValueError(f"Article.quotes[{i}].speaker {speaker} is not a speaker")
    size = len(text)
    total = len(quotes)
    for i, person in enumerate(speakers):
        for q in person.quotes:
            if not 0 <= q < total:
                raise ValueError(f"Article.speakers[{i}].quotes {person.quotes} are not quotes")
        for span in person.mentions:
            if span.end > size:
                raise ValueError(f"Article.speakers[{i}] mention {span} is past the text")
