"""The result types of the text front-end: sentences, paragraphs and the layout.

Kept apart from the parsing logic in :mod:`econparse.frontend` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import datetime as dt

import attrs

from econparse.span import Mention, Span

__all__ = ["Field", "Layout", "Paragraph", "Sentence"]


@attrs.frozen
class Sentence(Mention):
    """One sentence: its text and span, trimmed of surrounding whitespace."""


@attrs.frozen
class Paragraph(Mention):
    """One body paragraph (trimmed of surrounding whitespace) and its sentences."""

    sentences: tuple[Sentence, ...]


@attrs.frozen
class Field:
    """A located piece of article metadata.

    ``value`` is the normalised value (``"AFP"``, ``"BEIJING"``, the headline
    text) and ``span`` is where it was read in the original text; for an
    agency the span covers the name as written (``"Agence France-Presse"``
    gives the value ``"AFP"``).
    """

    value: str
    span: Span


@attrs.frozen
class Layout:
    """How an article is laid out: metadata fields and body paragraphs.

    ``published`` comes from a leading header and ``published_span`` covers
    the date as written (``"2019-01-27"``, not the keyword).  ``dateline`` is
    the place of a wire dateline; ``source`` the agency, from a ``Source:``
    header, the dateline's parenthesis or a trailing credit, in that order
    of preference.  ``body`` runs from the start of the first paragraph to the
    end of the last (``Span(0, 0)`` when there is none); ``paragraphs`` holds
    body paragraphs only: header, headline, dateline prefix and trailing
    credits are left out.
    """

    published: dt.date | None
    published_span: Span | None
    headline: Field | None
    dateline: Field | None
    source: Field | None
    body: Span
    paragraphs: tuple[Paragraph, ...]
