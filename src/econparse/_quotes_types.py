"""The result types of the quote parser: quotes, their cues and their speakers.

Kept apart from the parsing logic in :mod:`econparse.quotes` (which re-exports
every name here) so that the parsing module can be compiled with mypyc while
these classes stay ordinary Python classes, with their annotations intact for
:mod:`econparse.serialize` and for callers' own introspection.
"""

from __future__ import annotations

import enum

import attrs

from econparse.span import Mention, Span

__all__ = ["Cue", "Gender", "Quote", "QuoteKind", "Speaker", "SpeakerKind"]


class QuoteKind(enum.Enum):
    """How a quote renders the source's words."""

    DIRECT = "direct"
    """All the content lies between quotation marks."""
    PARTIAL = "partial"
    """A quoted fragment inside reported speech ("remained “miles and miles” from")."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks."""
    MIXED = "mixed"
    """Reported speech with quoted fragments inside."""


class SpeakerKind(enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    """An anonymous or collective source: "officials", "State media", "analysts"."""


class Gender(enum.Enum):
    """A speaker's gender, only as the text reveals it (pronouns, honorifics)."""

    MALE = "male"
    FEMALE = "female"


@attrs.frozen
class Cue(Mention):
    """The reporting verb or phrase of a quote ("said", "according to", "said in a statement")."""


@attrs.frozen
class Quote(Mention):
    """One quote: ``text`` and ``span`` are the quoted (or reported) content.

    ``speaker`` is an index into the speakers returned with the quotes (or
    ``None`` when the text does not say who spoke), ``speaker_mention`` the
    span naming the speaker at this quote ("Alden", "she", "the ministry"),
    and ``speaker_phrase`` the whole noun phrase as written there, titles included
    ("Commerce secretary Wilbur Ross"; appositives left out).
    """

    kind: QuoteKind
    cue: Cue | None = None
    speaker: int | None = None
    speaker_mention: Span | None = None
    speaker_phrase: Span | None = None


@attrs.frozen
class Speaker:
    """One source of quotes in an article, with everything the article says of it.

    ``name`` is the fullest form seen ("Edward Alden"), ``role`` and
    ``organization`` come from titles and appositives, ``mentions`` are the
    spans that name this speaker at its quotes and ``quotes`` the indices of
    its quotes.
    """

    name: str
    kind: SpeakerKind
    role: str | None = None
    organization: str | None = None
    gender: Gender | None = None
    mentions: tuple[Span, ...] = ()
    quotes: tuple[int, ...] = ()
