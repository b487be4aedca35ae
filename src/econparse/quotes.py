"""Quotes and speakers: who said what, in direct, partial and reported speech.

>>> quotes, speakers = find_quotes(
...     "Edward Alden, a trade expert at the Council on Foreign Relations, said talks "
...     "would be hard.\\n\\n“It will be very difficult,” said Alden."
... )
>>> for q in quotes:
...     print(q.kind.value, repr(q.text), speakers[q.speaker].name)
indirect 'talks would be hard' Edward Alden
direct 'It will be very difficult,' Edward Alden
>>> speakers[0].role, speakers[0].organization
('trade expert', 'Council on Foreign Relations')

What is recognised
    *Direct quotes* in straight (``"``), curly (“ ”), low-high („ “),
    guillemet (« »), paired-apostrophe (two apostrophes, or two backticks
    then two apostrophes: the typewriter convention of news archives) and,
    outside double quotes, single (‘ ’ and ``'``) marks.  The quote's span is
    the content between the marks (a comma or full stop inside the closing
    mark is part of it).  A paragraph that opens
    a quote and does not close it continues into the next paragraph when
    that paragraph opens with a quote mark (the newspaper convention for
    multi-paragraph quotes); otherwise the quote ends with its paragraph, so
    a stray mark never swallows the rest of the article.  A closing mark with
    no opener is ignored.  Double marks nested in single ones and single
    marks nested in double ones are not quotes of their own.

    *Attribution* is read around each reporting cue (tables
    :data:`~econparse._quotes_vocab.STRONG_CUES`, ``OBJECT_CUES`` and
    ``WEAK_CUES``; a capitalised cue word ending a name, "the United
    States is", is no cue): a source
    before the cue ("Alden said", "Edward Alden, a trade expert at X,
    said", "Alden, who ..., said", "Ross also said") or after it ("said
    Alden", "said the ministry", "according to Alden"), and a quote right
    before the attribution ("“...,” she said", also with a few words of the
    source phrase before the name we read: "“...,” Acme Bank senior
    strategist Jane Doe said"), right after it ("Alden said: “...”", colon
    and comma forms, "Doe responded with a warning: “...”") or after a dash
    ("“...” — Jane Doe"), a cue opening its sentence ("Said Doe, “...”"),
    a short parenthetical between source and cue ("Sen. Jane Doe (D-Ohio)
    said"), and a roundup heading ("Jane Roe, The Daily Planet: “...”", see
    :func:`_heading_source`).  A quote introduced by a colon or dash after a
    clause whose subject is a name or pronoun takes that subject ("But
    Smith deflected with a joke: “...”"; see :func:`_sentence_subject`).
    A quote with no attribution of its own takes the speaker of the last
    attributed quote earlier in its paragraph ("“...,” Mr Smith said.
    “...”"), or, when it opens its paragraph, of the quote that ended the
    previous paragraph, of the attribution of a previous paragraph that
    ends with a colon ("Cruz continued:"), or, when its own paragraph has
    no attribution at all, of the last attribution of the previous
    paragraph (the news convention: a paragraph of bare quotation goes on
    with the source just reported).  Other unattributed quotes of fewer
    than ten words are taken for scare quotes and titles and left out.

    *Reported speech*: "X said (that) ...", "X told reporters ...", "X said
    in a statement ...", "X warned on Monday that ...", "..., X said.",
    "according to X", "X, who ..., said ...", and participle clauses that
    continue an attribution ("..., adding that ...", "..., cautioning
    against ...").  The content runs from after the cue (its object, dates
    and "that" skipped) to the end of the sentence or the next attribution
    clause.  Weak cues ("reported", "announced") need "that" or a quote mark.
    *Object cues* (belief, stance, polls: "Doe believes rates will fall",
    "a poll shows Doe ahead", "Smith endorsed Doe", "Doe called for lower
    rates") take their object as the content, noun phrase or clause, and
    are read only after a source, never inverted; a reflexive object
    ("found himself") is no content, and wishes and intentions ("wants to")
    are not attributions.  A participle with no attribution before it in
    its sentence takes the sentence's subject ("In Ohio, Doe stepped up her
    attack, saying ...").
    A quote that opens inside the content belongs to it, even when it runs
    past a sentence end or holds a clause breaker ("saying that prices
    “will rise. Wages will not keep up.”").
    A content with quote marks inside is ``MIXED`` and each quoted piece is
    also returned as a ``PARTIAL`` quote, except short capitalised pieces,
    which are names ("the “Made in China 2025” plan").

Speakers
    Each source noun phrase is read without a tagger: a run of capitalised
    words (with titles such as "Sen." or "Commerce secretary" split off into
    ``role``), a pronoun, or a determiner phrase whose head is a role,
    organisation or group noun ("the economist", "the ministry", "Chinese
    officials", widened over a quantity: "52 percent of voters", "nine in
    10 economists", and over its own head: "a survey of economists").  A
    person's phrase (``Quote.speaker_phrase``) is widened leftwards over the
    modifiers of its title up to a clear edge ("Clinton campaign spokesman
    Nick Merrill", "The veteran trade negotiator John Smith"; not "Last
    week ..."), and a possessive owner becomes the ``organization``
    ("Breitbart London’s Raheem Kassam", "Reuters’ John Smith"); the name
    itself starts after the last title word ("Acme Bank chief economist
    Jane Doe" and "FBI General Counsel James A. Baker" are "Jane Doe" and
    "James A. Baker").  A determiner opening the phrase is kept ("a Texas
    Republican", "one former senior bank official"; "said one" alone names
    nobody), so are initials ("Rep. J.K. Smith"), an honorific owner ("Mr.
    Smith's advisers") and the relative clause of an inverted common-noun
    source ("said a senior official who spoke on condition of anonymity").
    A name after "to", "of", "for" ... is an object, not
    a source ("took to Twitter to say"), unless a role or organisation noun
    heads the phrase ("a spokesman for Disney", "a survey of economists").
    An agent noun outside the tables ("the real estate developer") is a
    person source after an article.  An inverted source runs to the end of
    its clause ("said a source close to the talks", "according to a poll
    released Monday,"), not over an adjunct of the verb ("in an interview",
    "on Monday") or a verb; a subject keeps its first conjunct ("Doe and the
    ministry said"), a group its determiner ("many Democrats"), a common noun
    its named owner ("Doe’s aides"); a date is no source ("a poll out Monday
    showed" is the poll's), nor is a document that is a verb's object ("Doe
    issued a statement saying": Doe).  An appositive gives ``role`` and
    ``organization`` ("a trade expert at the Council on Foreign Relations");
    a place with a comma inside it ("a salesman from Sumter, South
    Carolina,") does not cut it short.  Resolution walks the
    attributions in text order keeping dictionaries from full names, last
    names and role nouns to the most recent speaker, so the cost is linear
    in the number of mentions: a later "Alden", "Mr Alden" or "Edward Alden"
    is the same speaker; he/she go to the most recent person of compatible
    gender (and fix that gender), they/it to the most recent group or
    organisation; "the economist" to the most recent speaker whose role has
    that noun.  When nothing fits, the quote keeps its mention and gets no
    speaker: no speaker is better than a wrong one.  First-person sources
    ("I said") never resolve.

Linear time
    The regexes (quote marks, tokens, cue adjuncts) are compiled once, at
    import or (those of the ``regex`` engine) on first use.  None of them
    has a repetition inside a repetition; the token pattern's inner
    repetition is possessive (``*+``), so no pattern can backtrack over
    what it consumed.  Every other step is a walk over the
    token list of one paragraph with bounded look-back (at most
    :data:`_MAX_NP` tokens for a noun phrase and :data:`_MAX_APPOSITIVE` for an
    appositive), so the cost is linear in the length of the text.  Quotes are
    handed to paragraphs by a two-pointer walk, looked up by offset with a
    binary search or a dictionary, and matched to reported contents by one
    sweep, never by scanning a paragraph's quotes once per quote.

    The hot path is kept off the interpreter: a paragraph is cut into tokens by one
    ``split`` (with the standard library's ``re``, which is faster, when the paragraph
    holds only characters it classes as ``regex`` does; an ASCII paragraph by string
    calls and one ``split`` at the characters that stand alone, see
    :func:`_token_texts`) and its token columns are made by one walk over the tokens
    (:func:`_cut`, a C loop when compiled), a paragraph with no quote and no word that
    can start a cue is read no further (in an ASCII article such a paragraph is told by
    the runs of letters of the lower-cased text, one ``bytes.translate`` per article,
    before it is cut into tokens, and an article with no quote mark and no cue word is
    not read at all), an ASCII article is looked at once for the few quote marks it can
    hold, the quote marks are found by one C-level pass over the token texts and the
    commas that end reported content by ``str.find``, each read once and only as far as
    needed.  A token's fields are kept in columns (``_Toks``: starts, ends, texts,
    lower-cased texts), which the walks of the grammar read directly; a token object is
    made only when a rule reads one, and not kept.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from econparse import _quotes_vocab as vocab
from econparse._patterns import IGNORECASE, compile_regex, escape_regex, lazy_regex
from econparse._quotes_types import Cue, Gender, Quote, QuoteKind, Speaker, SpeakerKind
from econparse.context import Document
from econparse.frontend import segment
from econparse.span import Mention, Span, _span, _unchecked

if TYPE_CHECKING:
    import regex

__all__ = [
    "Cue",
    "Gender",
    "Quote",
    "QuoteKind",
    "Speaker",
    "SpeakerKind",
    "extract_quote_mentions",
    "extract_quotes",
    "find_quotes",
]


# ---------------------------------------------------------------------------
# Result types (defined in econparse._quotes_types)


# Quotes and cues are cut from the text at spans computed here: built without
# the checks of ``Mention.at`` (see :func:`econparse.span._unchecked`), and so
# are the speakers, from the values gathered here
_quote: Final = _unchecked(Quote)
_cue: Final = _unchecked(Cue)
_speaker: Final = _unchecked(Speaker)


# the members of the result enums as module constants: an enum member read as a class
# attribute goes through the enum's metaclass (about 900 instructions a read in CPython
# 3.11, a call into Python when compiled), a module constant is one look-up
_PERSON: Final = SpeakerKind.PERSON
_GROUP: Final = SpeakerKind.GROUP
_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_DIRECT: Final = QuoteKind.DIRECT
_INDIRECT: Final = QuoteKind.INDIRECT
_MIXED: Final = QuoteKind.MIXED
_PARTIAL: Final = QuoteKind.PARTIAL

_span_key: Final = operator.attrgetter("start", "end")
"""The order of spans (``Span``'s own, without its Python-level comparisons)."""


def _make_cue(text: str, span: Span) -> Cue:
    return _cue(text[span.start : span.end], span)


# ---------------------------------------------------------------------------
# Tables built once from the vocabulary

_MAX_NP: Final = 8
"""Most tokens in a source noun phrase (titles and name)."""
_MAX_APPOSITIVE: Final = 30
"""Most tokens between the commas of an appositive or relative clause."""
_MIN_UNATTRIBUTED_WORDS: Final = 10
_MAX_LEAD: Final = 4
"""Most words of a source phrase, before the part we read, between a quote and its source."""
_MAX_PAREN: Final = 8
"""Most tokens in a parenthetical between a source and its cue ("Paul Ryan (R-WI) said")."""

_WEAK: Final = 0
"""A cue that needs "that" or a quote mark after it ("reported", "announced")."""
_OBJECT: Final = 1
"""A cue whose object is the content, read only after a source ("Trump endorsed Cruz")."""
_STRONG: Final = 2
"""A speech verb, read in every order ("said", "“...,” said Alden", "..., Alden said.")."""
_CUE_FORMS: Final[dict[str, int]] = {}
for _level, _table in ((_WEAK, vocab.WEAK_CUES), (_OBJECT, vocab.OBJECT_CUES)):
    for _row in _table:
        for _form in _row:
            _CUE_FORMS[_form] = _level
for _row in vocab.STRONG_CUES:
    for _form in _row:
        _CUE_FORMS[_form] = _STRONG
_FIRST_WORDS: Final[dict[str, tuple[str, ...]]] = {}
for _form in _CUE_FORMS:
    _head, _, _rest = _form.partition(" ")
    _FIRST_WORDS[_head] = (*_FIRST_WORDS.get(_head, ()), _rest)
_CUE_STARTS: Final[frozenset[str]] = frozenset({*_FIRST_WORDS, "according"})
_PARTICIPLES: Final[frozenset[str]] = frozenset(f for f in _CUE_FORMS if f.endswith("ing"))
_CUE_SHORTEST: Final = min(map(len, _CUE_STARTS))
_CUE_LONGEST: Final = max(map(len, _CUE_STARTS))
"""The lengths of the words of :data:`_CUE_STARTS`: a token of another length is not
looked up (a comma or "of" is not hashed)."""
_CUE_BYTES: Final[frozenset[bytes]] = frozenset(w.encode("ascii") for w in _CUE_STARTS)
"""The words of :data:`_CUE_STARTS` as ASCII bytes (see
:func:`~econparse._patterns.letter_runs`)."""
_CLAUSE_BREAKERS: Final[frozenset[str]] = frozenset(
    {"but", "while", "although", "though", "whereas", "even", "yet"}
)
_PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"from", "in", "of", "at"})
_SOURCE_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "another", "one", "some", "many", "several", "both", "two", "three"}
    | {"four", "his", "her", "their", "its", "our"}
)
"""Determiners that open a person's source phrase, kept in ``Quote.speaker_phrase``."""
_ADJECTIVAL_DETERMINERS: Final = frozenset({"senior", "top", "other"})
"""Words of :data:`~econparse._quotes_vocab.DETERMINERS` that may follow another modifier."""
_DATE_WORDS: Final = frozenset(w.lower() for w in (*vocab.WEEKDAYS, *vocab.MONTHS))
_REFLEXIVES: Final = ("himself", "herself", "itself", "themselves", "oneself")
_TELL: Final[frozenset[str]] = frozenset({"told", "tells", "telling", "tell"})
_ADJUNCT_HEADS: Final = frozenset(a.partition(" ")[0].lower() for a in vocab.CUE_ADJUNCTS)
"""The first words of the cue adjuncts ("in" of "in a statement"), each followed by a space."""

_DOUBLE_MARKS: Final = vocab.DOUBLE_OPEN + vocab.DOUBLE_CLOSE + vocab.DOUBLE_BOTH
_SINGLE_MARKS: Final = vocab.SINGLE_OPEN + vocab.SINGLE_CLOSE + vocab.SINGLE_BOTH
_ALL_MARKS: Final = _DOUBLE_MARKS + _SINGLE_MARKS
# the characters of the quote marks: none is a word character, so each is a token of its
# own wherever a token starts (and so is a comma or a semicolon, where reported content
# may end: see :meth:`_Paragraph.content_break`)
_MARK_CHARS: Final = frozenset(_ALL_MARKS)
_ASCII_MARKS: Final = tuple(m for m in _ALL_MARKS if m.isascii())
"""The quote marks that an ASCII text can hold."""
_MARKS_OR_NOTHING: Final = _MARK_CHARS | {""}
"""What may stand before a quote that opens its paragraph: nothing, or only a mark."""


# literal strings only: ``re`` scans them as ``regex`` does, and faster; each mark an
# alternative of its own (no character class), so that every alternative opens with a
# literal and ``re`` skips to the next possible first character at C speed instead of
# trying the pattern at every position of the paragraph
_DOUBLE_RE: Final = re.compile(
    "|".join(re.escape(m) for m in (vocab.DOUBLE_PAIR_OPEN, vocab.DOUBLE_PAIR_BOTH, *_DOUBLE_MARKS))
)
_DOUBLE_STARTS: Final = (*_DOUBLE_MARKS, vocab.DOUBLE_PAIR_OPEN, vocab.DOUBLE_PAIR_BOTH)
"""What :data:`_DOUBLE_RE` may match, one string at a time (see :func:`_holds_any`)."""
_ASCII_DOUBLES: Final = tuple(m for m in _DOUBLE_STARTS if m.isascii())
"""What :data:`_DOUBLE_RE` may match in ASCII text."""
_ASCII_SINGLES: Final = tuple(m for m in _SINGLE_MARKS if m.isascii())
"""What :data:`_SINGLE_RE` may match in ASCII text."""
_PAIRS: Final = (vocab.DOUBLE_PAIR_OPEN, vocab.DOUBLE_PAIR_BOTH)
# literal characters only: ``re`` scans a character class as ``regex`` does, and faster
_SINGLE_RE: Final = re.compile("[" + re.escape(_SINGLE_MARKS) + "]")
_ASCII_SINGLE_OPENING: Final = re.compile(r"'(?<=[\s(\[]')[A-Za-z0-9]")
"""Where a single quote may open in ASCII text (see :func:`_single_quotes`), but at the
paragraph start: a space (``str.isspace``, as ``re`` classes it) or a bracket, the mark,
and a letter or digit (``str.isalnum`` of an ASCII character).  The pattern opens with
the mark, so ``re`` skips to each apostrophe at C speed; the look-behind may read the
character before the paragraph, which only matters for a mark at its start, where
:func:`_ascii_single_may_open` has answered already."""
# a word (letters, digits, inner apostrophes, hyphens, dots, ampersands) or one other character
_TOKEN_SOURCE: Final = r"\w++(?:[-'’.&/]\w++)*+|[^\w\s]"
_TOKEN_RE: Final = lazy_regex(_TOKEN_SOURCE)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(escape_regex(w) for w in sorted(words, key=lambda w: (-len(w), w)))


class _Patterns(NamedTuple):
    """The patterns read after a cue, compiled by ``regex`` or by ``re``."""

    statement: regex.Pattern[str] | re.Pattern[str]
    adjunct: regex.Pattern[str] | re.Pattern[str]
    that: regex.Pattern[str] | re.Pattern[str]
    that_end: regex.Pattern[str] | re.Pattern[str]
    adjunct_or_statement: regex.Pattern[str] | re.Pattern[str]
    """``adjunct``, or else ``statement``: one call for ``adjunct.match(...) or
    statement.match(...)`` (at one position the first alternative that matches wins)."""


def _after_cue_sources() -> tuple[tuple[str, bool], ...]:
    """The source of each pattern of :class:`_Patterns`, and whether it ignores case."""
    return (
        # what may follow a cue before its content: "in a statement", "on Monday", "last week"
        (r"\s*+,?+\s*+(?:" + _alternation(vocab.CUE_ADJUNCTS) + r")\b", True),
        (
            r"\s*+,?+\s*+(?:(?:on\s++)?(?:"
            + _alternation(vocab.WEEKDAYS)
            + r")|(?:in|on|since|by|earlier|late|early)\s++(?:(?:"
            + _alternation(vocab.MONTHS)
            + r")\.?+(?:\s++\d{1,2}+)?+|the\s++\w{1,20}+|\d{4}+|[a-z]{1,12}+)"
            + r"|(?:last|this|next|earlier\s++this)\s++(?:week|month|year|\w{1,10}+day)"
            + r"|(?:yesterday|today|recently|earlier|previously|later|repeatedly|also))\b,?+",
            False,
        ),
        (r"\s*+(?:that|how|why|whether|if)\b", False),
        (r"\bthat\s*+$", False),
    )


_ADJUNCT_OPENERS: Final = tuple(
    sorted(
        {*_ADJUNCT_HEADS, "on", "in", "since", "by", "earlier", "late", "early", "last", "this"}
        | {"next", "yesterday", "today", "recently", "previously", "later", "repeatedly", "also"}
        | {w.lower() for w in vocab.WEEKDAYS}
    )
)
"""The words (lower-cased) that open a cue adjunct: the first words of the alternatives
of the patterns of :func:`_after_cue_sources` (a test checks each)."""


def _either_source() -> str:
    """The source of :attr:`_Patterns.adjunct_or_statement`: each pattern with its own flags."""
    (statement, _), (adjunct, _), *_ = _after_cue_sources()
    return f"(?:{adjunct})|(?i:{statement})"


@functools.cache
def _regex_patterns() -> _Patterns:
    """:class:`_Patterns` compiled by ``regex``, on first use."""
    statement, adjunct, that, that_end = (
        compile_regex(p, IGNORECASE if i else 0) for p, i in _after_cue_sources()
    )
    return _Patterns(statement, adjunct, that, that_end, compile_regex(_either_source()))


@functools.cache
def _re_patterns() -> _Patterns:
    """The same patterns for ``re`` (about twice as fast a call), used on a paragraph
    that ``re`` reads as ``regex`` does: its word, space and digit classes, boundaries
    and the case of ASCII letters (:data:`_RE_AGREES`)."""
    statement, adjunct, that, that_end = (
        re.compile(p, re.IGNORECASE if i else 0) for p, i in _after_cue_sources()
    )
    return _Patterns(statement, adjunct, that, that_end, re.compile(_either_source()))


_POSSESSIVE_END: Final = lazy_regex(r"['’]s?$")
_PUNCT: Final = lazy_regex(r"[^\w\s]")
_SENTENCE_END: Final = lazy_regex(r"[.!?]")


@functools.cache
def _ascii_punct_to_space() -> dict[int, str]:
    """A ``str.translate`` table: the ASCII characters :data:`_PUNCT` matches, made spaces."""
    return {c: " " for c in range(128) if _PUNCT().match(chr(c))}


# ---------------------------------------------------------------------------
# Tokens


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


# the token pattern as one group: ``split`` gives the gaps and the tokens in turn
_TOKEN_SPLIT: Final = lazy_regex("(" + _TOKEN_SOURCE + ")")
_TOKEN_SPLIT_SOURCE: Final = r"(\S(?:(?<=\w)\w*+(?:[-'’.&/]\w++)*+)?)"
"""The token pattern as ``re`` reads it fastest: any character but a space, and when it is
a word character the rest of the word (the same tokens: a test checks it).  The pattern
opens with a character class, so ``re`` skips the spaces between tokens at C speed
instead of trying the pattern at each of them."""
_TOKEN_SPLIT_RE: Final = re.compile(_TOKEN_SPLIT_SOURCE)
"""The same tokens for the standard library's ``re``, which splits about twice as fast."""
_RE_AGREES: Final = (
    r"\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\u012f\u0132-\u017e\u0180-\u024f"
    r"\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u2064\u20a0-\u20c0"
)
"""Characters on which ``re`` and ``regex`` agree for ``\\w`` and ``\\s`` (a test checks it):
ASCII but the separators U+001C-U+001F (spaces to ``re`` only), Latin letters, general
punctuation (curly quotes, dashes) and currency signs; not superscripts, fractions,
joiners or combining marks, which ``re`` and ``regex`` class differently."""
_RE_DISAGREES: Final = re.compile(f"[^{_RE_AGREES}]")
_RE_SPACES: Final = "\x1c\x1d\x1e\x1f"
"""The ASCII characters outside :data:`_RE_AGREES` (see :func:`_re_agrees`)."""


class _Toks:
    """The tokens of a paragraph, read as a list (``toks[k]``, ``toks.n`` of them).

    The columns ``starts``, ``ends``, ``texts`` and ``lows`` hold every token, for
    the walks that need one field only.  ``toks[k]`` makes the :class:`_Tok` of a
    token each time it is read and keeps none: the grammar reads a few tokens
    around each cue, and a table of the tokens read would keep one object per
    token alive for the whole paragraph, which the garbage collector walks again
    at each of its full collections (a 1 MB paragraph of quote marks cost about
    1.4x the time per character of a 10 KB one with such a table, 1.1x without).

    A plain class (native when compiled): ``len(toks)`` is its ``__len__`` in
    both builds, and the parser reads ``toks.n``.
    """

    __slots__ = ("ends", "lows", "n", "starts", "texts")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], lows: list[str]):
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.lows = lows
        self.n = len(starts)

    def __getitem__(self, k: int) -> _Tok:
        i = k + self.n if k < 0 else k
        if not 0 <= i < self.n:
            raise IndexError("token index out of range")
        return tuple.__new__(_Tok, (self.starts[i], self.ends[i], self.texts[i], self.lows[i]))

    def __len__(self) -> int:
        return self.n


def _re_agrees(piece: str) -> bool:
    """Whether ``re`` reads every character of ``piece`` as ``regex`` does (:data:`_RE_AGREES`)."""
    if piece.isascii():  # four looks for a character are faster than one scan for four
        return (
            "\x1c" not in piece
            and "\x1d" not in piece
            and "\x1e" not in piece
            and "\x1f" not in piece
        )
    return _RE_DISAGREES.search(piece) is None


def _token_texts(piece: str, fast: bool) -> list[str]:
    """The texts of a paragraph's tokens, in order: those of ``_TOKEN_RE.findall``.

    ``fast``: the text is one that ``re`` reads as ``regex`` does (see
    :func:`_re_agrees`), and ``re`` cuts it.  An ASCII text is cut by C-level string
    calls: the characters that stand alone (:data:`_SEPARATE`, one ``split``) are parted
    from their neighbours by spaces, and the text is split at its runs of spaces (which
    ``str.split`` reads as ``re`` does: the text holds none of U+001C-U+001F), where a
    pattern match per token costs more.
    """
    if not fast:
        return _TOKEN_SPLIT().split(piece)[1::2]
    if not piece.isascii():
        return _TOKEN_SPLIT_RE.split(piece)[1::2]
    return " ".join(_SEPARATE.split(piece)).split()


_SEPARATE: Final = re.compile(
    r"([\x00-\x08\x0e-\x1f!-/:-@\[-^`{-\x7f])(?:(?<![-'’.&/])|(?!\w)|(?<!\w.))", re.ASCII
)
"""A character that is a token of its own (in ASCII text that ``re`` reads as ``regex``
does): any but a word character or a space, and for a joiner of :data:`_TOKEN_RE`
(``-'’.&/``) only when it is not between two word characters (a test checks it).  The
characters are the ASCII ones of ``[^\\w\\s]`` written out as ranges (a test checks
it): ``re`` looks a character up in such a class by one bit test, in ``[^\\w\\s]`` by a
test per category, and the class is tried at every character of the paragraph."""


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _is_word(tok: _Tok) -> bool:
    return tok.text[:1].isalnum()


_INITIALS: Final = lazy_regex(r"\p{Lu}(?:\.\p{Lu})*+")


def _is_initial(tok: _Tok) -> bool:
    """An initial or initials before a full stop: "A" (of "A."), "G.K" (of "G.K.")."""
    return _is_initial_text(tok.text)


def _is_initial_text(text: str) -> bool:
    """:func:`_is_initial` of a token's text."""
    return len(text) <= 7 and _INITIALS().fullmatch(text) is not None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# ---------------------------------------------------------------------------
# Quote marks


class _Raw(NamedTuple):
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or the paragraph end)
    closed: bool


def _mark_role(text: str, pos: int, width: int) -> str:
    """'open', 'close' or 'both' for the double mark of ``width`` characters at ``pos``."""
    char = text[pos]
    if char in vocab.DOUBLE_OPEN or text.startswith(vocab.DOUBLE_PAIR_OPEN, pos):
        return "open"
    if char in vocab.DOUBLE_CLOSE:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if (before.isspace() or before in "([{—–-/" + _ALL_MARKS) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "both"


def _holds_any(text: str, para: Span, marks: Iterable[str]) -> bool:
    """Whether the paragraph holds one of a few ``marks`` (``str.find``, faster than a scan)."""
    for mark in marks:  # noqa: SIM110 (a loop: no generator frame on the hot path)
        if text.find(mark, para.start, para.end) >= 0:
            return True
    return False


def _opens_with_double(text: str, pos: int) -> bool:
    return text[pos] in vocab.DOUBLE_OPEN + vocab.DOUBLE_BOTH or text.startswith(_PAIRS, pos)


def _double_quotes(
    text: str, paragraphs: Sequence[Span], ascii_paragraphs: Sequence[bool]
) -> list[_Raw]:
    """Pair the double quote marks of the article, paragraph by paragraph.

    ``ascii_paragraphs`` tells which paragraphs are ASCII text, where fewer
    marks can be (:func:`_holds_any` looks for them before the scan).
    """
    out: list[_Raw] = []
    open_at: int | None = None
    open_char = ""
    skip = -1
    for p_index, para in enumerate(paragraphs):
        if not _holds_any(
            text, para, _ASCII_DOUBLES if ascii_paragraphs[p_index] else _DOUBLE_STARTS
        ):
            matches: Iterable[re.Match[str]] = ()  # no mark: a look cheaper than the scan
        else:
            matches = _DOUBLE_RE.finditer(text, para.start, para.end)
        for m in matches:
            pos = m.start()
            if pos == skip:
                continue
            width = m.end() - pos
            role = _mark_role(text, pos, width)
            if open_char == "„" and text[pos] in "“”":
                role = "close"
            if open_at is None:
                if role in ("open", "both"):
                    open_at, open_char = m.end(), text[pos]
            elif role in ("close", "both"):
                if pos > open_at:
                    out.append(_Raw(open_at, pos, closed=True))
                open_at, open_char = None, ""
            else:  # an opener while a quote is open: the earlier mark was stray
                open_at, open_char = m.end(), text[pos]
        if open_at is not None:
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if nxt is not None and _opens_with_double(text, nxt.start):
                skip = nxt.start  # a multi-paragraph quote: the next paragraph's mark re-opens it
                continue
            if para.end > open_at:
                out.append(_Raw(open_at, para.end, closed=False))
            open_at, open_char = None, ""
    return out


def _ascii_single_may_open(text: str, para: Span) -> bool:
    """Whether an ASCII paragraph holds a "'" where :func:`_single_quotes` may open a
    quote: at the paragraph start, or after a space or a bracket, and before a letter or
    digit (one C-level search; ``False`` rules every opening out)."""
    start = para.start
    if text[start] == "'" and text[start + 1 : start + 2].isalnum():
        return True
    return _ASCII_SINGLE_OPENING.search(text, start, para.end) is not None


def _single_quotes(text: str, para: Span, blocked: Sequence[_Raw], ascii_para: bool) -> list[_Raw]:
    """Pair British-style single quotes outside the double-quoted stretches."""
    out: list[_Raw] = []
    if not _holds_any(text, para, _ASCII_SINGLES if ascii_para else _SINGLE_MARKS):
        return out  # no mark: a look cheaper than the scan
    if ascii_para and not _ascii_single_may_open(text, para):
        return out  # apostrophes only ("the company's"): no mark where a quote may open
    open_at: int | None = None
    b = 0
    for m in _SINGLE_RE.finditer(text, para.start, para.end):
        pos = m.start()
        while b < len(blocked) and blocked[b].end < pos:
            b += 1
        if b < len(blocked) and blocked[b].start <= pos <= blocked[b].end:
            continue
        before = text[pos - 1] if pos > para.start else " "
        after = text[pos + 1] if pos + 1 < para.end else " "
        if "'" in (before, after) and text[pos] == "'":
            continue  # one of a pair of apostrophes: a double mark
        if open_at is None:
            if (before.isspace() or before in "([—–") and after.isalnum():
                open_at = pos + 1
        elif not before.isspace() and not after.isalnum() and before.isalnum() | (before in ".,?!"):
            if pos > open_at:
                out.append(_Raw(open_at, pos, closed=True))
            open_at = None
    return out


# ---------------------------------------------------------------------------
# Source noun phrases


class _NP:
    """A noun phrase that may name a source (a plain class: native when compiled)."""

    def __init__(  # noqa: PLR0917 (private, built in four places)
        self,
        start: int,
        end: int,
        kind: str,
        head: str,
        mention: Span,
        source: Span,
        speaker_kind: SpeakerKind = _PERSON,
        role: str | None = None,
        organization: str | None = None,
        gender: Gender | None = None,
    ) -> None:
        self.start = start  # token index of the first token (determiner or title included)
        self.end = end  # token index after the last token
        self.kind = kind  # "name", "pronoun", "nominal", "none"
        self.head = head  # name text, pronoun or head noun
        self.mention = mention
        self.source = source
        self.speaker_kind = speaker_kind
        self.role = role
        self.organization = organization
        self.gender = gender


_GENDERS: Final = {g.value: g for g in Gender}


def _gender(value: str | None) -> Gender | None:
    return None if value is None else _GENDERS[value]


def _title_word(tok: _Tok) -> bool:
    return _title_low(tok.low)


def _title_low(low: str) -> bool:
    """:func:`_title_word` of a token's lower-cased text."""
    low = low.rstrip(".")
    return low in vocab.TITLES or low in vocab.HONORIFICS or low in vocab.ROLE_NOUNS


def _name_np(toks: _Toks, lo: int, hi: int, text: str) -> _NP | None:
    """Build a name phrase over tokens [lo, hi): titles first, then the name."""
    texts, lows, starts, ends = toks.texts, toks.lows, toks.starts, toks.ends
    for k in range(lo, hi):
        if texts[k][:1].isalnum():
            break  # a word: a phrase may be built
    else:
        return None
    first_name = lo
    gender: Gender | None = None
    last = texts[hi - 1]
    org_like = lows[hi - 1].rstrip(".") in vocab.ORG_SUFFIXES or (last.isupper() and len(last) > 1)
    if not org_like:
        k = lo
        while k < hi - 1 and (_title_low(lows[k]) or texts[k] == "."):
            low = lows[k].rstrip(".")
            if low in vocab.HONORIFICS and gender is None:
                gender = _gender(vocab.HONORIFICS[low])
            k += 1
        first_name = k
        # "Acme Bank chief economist Jane Doe", "FBI General Counsel James A. Baker":
        # the name follows the last title word (never the name's last word)
        for t in range(hi - 2, first_name - 1, -1):
            if _title_low(lows[t]) and texts[t + 1][:1].isupper() and texts[t + 1] != ".":
                first_name = t + 1
                break
            if texts[t] == "." and t - 1 >= first_name and _title_low(lows[t - 1]):
                first_name = t + 1  # "Sen. Ted Cruz"
                break
    for k in range(first_name, hi):
        if texts[k][:1].isupper():
            break  # a capitalised word: a name
    else:
        return None
    name = text[starts[first_name] : ends[hi - 1]]
    role = text[starts[lo] : ends[first_name - 1]] if first_name > lo else None
    if role is not None:
        role = role.rstrip(" .") or None
        if role is not None and role.lower().rstrip(".") in vocab.HONORIFICS:
            role = None
    # "Acme Corp", "IBM", or a name right after a trade noun: "copper miner Codelco"
    described = first_name > 0 and lows[first_name - 1] in vocab.ORG_NOUNS
    kind = _ORGANIZATION if org_like or described else _PERSON
    return _NP(
        lo,
        hi,
        "name",
        name,
        _span(starts[first_name], ends[hi - 1]),
        _span(starts[lo], ends[hi - 1]),
        kind,
        role,
        None,
        gender,
    )


def _apostrophe(toks: _Toks, m: int) -> bool:
    """Token ``m`` is the apostrophe of a plural possessive ("RealClearPolitics’ Byler")."""
    texts, lows = toks.texts, toks.lows
    return (
        texts[m] in "’'"
        and m > 0
        and toks.ends[m - 1] == toks.starts[m]
        and lows[m - 1].endswith("s")
        and m + 1 < toks.n
        and (texts[m + 1][:1].isupper() or _nominal_kind(lows[m + 1]) is not None)
    )


def _is_possessive(tok: _Tok) -> bool:
    return _is_cap(tok) and tok.low.endswith(("’s", "'s"))


def _modifier(tok: _Tok) -> bool:
    """A lower-case word that may modify a title ("campaign", "fight doctor", "policy aide")."""
    low = tok.low
    if low in vocab.TITLES or low in vocab.ROLE_NOUNS:
        return True
    if "-" in low and low.replace("-", "").isalnum() and not _is_cap(tok):
        return True  # a compound adjective: "teary-eyed", "76-year-old", "vice-presidential"
    return (
        low.isalpha()
        and not _is_cap(tok)
        and low not in vocab.NOT_NAMES
        and low not in vocab.DETERMINERS
        and low not in vocab.ADVERBS
        and low not in vocab.NOT_MODIFIERS
        and low not in _CUE_FORMS
        and not low.endswith(("ly", "ed", "ing"))
    )


def _extend_source(np: _NP, toks: _Toks, lo: int, text: str) -> None:
    """Widen a person's source phrase over what precedes the title and name.

    "Clinton campaign spokesman Nick Merrill", "Breitbart London’s Raheem
    Kassam" (the owner becomes the organisation), "the conservative writer
    David Frum".  The phrase is widened only up to a clear left edge: the
    sentence start, punctuation, a function word or a determiner (kept);
    otherwise it stays as it was.  The name and its resolution do not change.
    """
    s = np.start
    owner: tuple[int, int] | None = None
    mods = s
    while s > lo and np.start - s < _MAX_NP:
        prev = toks[s - 1]
        if owner is None and _is_possessive(prev):
            o = s - 1
            while o > lo and _is_cap(toks[o - 1]) and toks[o - 1].low not in vocab.NOT_NAMES:
                o -= 1
            owner, s = (o, s - 1), o
            continue
        if owner is None and prev.text in "’'" and s - 2 >= lo and toks[s - 2].end == prev.start:
            owner_tok = toks[s - 2]
            if _is_cap(owner_tok) and owner_tok.low.endswith("s"):
                o = s - 2
                while o > lo and _is_cap(toks[o - 1]) and toks[o - 1].low not in vocab.NOT_NAMES:
                    o -= 1
                owner, s = (o, s - 2), o
                continue
        capitalised = _is_cap(prev) and prev.low not in vocab.NOT_NAMES
        if owner is None and (_modifier(prev) or capitalised):
            s -= 1
            if not _is_cap(prev):
                mods = s
            continue
        break
    edge = toks[s - 1] if s > lo else None
    if edge is not None and edge.low in _SOURCE_DETERMINERS:
        s -= 1  # "a Nevada Democrat", "another New Hampshire Republican", "his aide Jane Roe"
    elif s == np.start:
        return
    elif edge is not None and _is_word(edge) and edge.low not in vocab.NOT_NAMES:
        return  # no clear left edge: "… praised Clinton aide Jane Roe said" stays as it was
    if owner is not None:
        owner_text = text[toks[owner[0]].start : toks[owner[1]].end]
        np.organization = _POSSESSIVE_END().sub("", owner_text)
    if mods < np.start and np.role is not None:
        np.role = text[toks[mods].start : np.mention.start].rstrip(" .")
    np.start = s
    np.source = _span(toks[s].start, np.source.end)


def _dated_np(toks: _Toks, j: int, lo: int, text: str) -> _NP | None:
    """ "A poll released Monday", "a court filing on Friday": a document and its date.

    Token ``j`` is a weekday or month; the source is the organisation noun
    phrase before its participle ("released", "out") and preposition.
    """
    m = j - 1
    if m >= lo and toks[m].low in ("on", "in", "last", "this", "late", "early"):
        m -= 1
    if m < lo or toks[m].low not in vocab.DATED_PARTICIPLES:
        return None
    if m - 1 < lo or toks[m - 1].low in _DATE_WORDS:
        return None  # one date only: no chain of dated phrases is read back
    np = _np_before(toks, m - 1, lo, text)
    if np is None or np.kind not in ("name", "nominal") or np.speaker_kind is _PERSON:
        return None
    np.end = j + 1
    np.source = _span(np.source.start, toks[j].end)
    return np


def _extend_group(np: _NP, toks: _Toks, lo: int) -> None:
    """Widen a capitalised group source over its determiner and modifiers.

    "Many liberal Democrats", "those Republicans", "several senior Democrats",
    "52 percent of Republicans": the determiner is part of the phrase.  Without
    a determiner (or quantity) before them, modifiers are left out.
    """
    s = np.start
    while s > lo and np.start - s < 3 and _modifier(toks[s - 1]):
        s -= 1
    if s > lo and toks[s - 1].low in vocab.GROUP_DETERMINERS:
        s -= 1
    else:
        s = np.start
    s = _quantity_before(toks, s, lo)
    if s < np.start:
        np.start = s
        np.source = _span(toks[s].start, np.source.end)


def _is_number(tok: _Tok) -> bool:
    return tok.low.isdigit() or all(w in vocab.NUMBER_WORDS for w in tok.low.split("-"))


def _quantity_before(toks: _Toks, k: int, lo: int) -> int:
    """Widen a group source over a quantity: "52 percent of voters", "nine in 10 voters"."""
    start = k
    if k - 2 >= lo and toks[k - 1].low == "of" and toks[k - 2].low in vocab.QUANTITY_HEADS:
        start = k - 2
        opener = toks[start - 1] if start - 1 >= lo else None
        if opener is not None and (_is_number(opener) or opener.low in ("a", "the")):
            start -= 1
    elif (
        k - 2 >= lo and _is_number(toks[k]) and toks[k - 1].low == "in" and _is_number(toks[k - 2])
    ):
        start = k - 2  # "nine in 10 voters": the number opening the phrase is part of it
    if start < k and start - 1 >= lo and toks[start - 1].low in vocab.APPROXIMATORS:
        start -= 1
    return start


def _owner_before(toks: _Toks, k: int, lo: int) -> int:
    """Widen a common-noun phrase starting at ``k`` over a named owner before it.

    "Doe's campaign", "Sanders’ aides", "Roe's top advisers": the owner is part of
    the source phrase.  Returns the new first token (``k`` when there is none).
    """
    if k - 1 < lo:
        return k
    texts, lows = toks.texts, toks.lows
    prev_text, prev_low = texts[k - 1], lows[k - 1]
    if (
        prev_text[:1].isupper()  # a possessive: "Doe's"
        and prev_low.endswith(("’s", "'s"))
        and prev_low not in vocab.NOT_NAMES
    ):
        o = k - 1
    elif (
        prev_text in "’'"
        and k - 2 >= lo
        and toks.ends[k - 2] == toks.starts[k - 1]
        and texts[k - 2][:1].isupper()
        and lows[k - 2].endswith("s")
    ):
        o = k - 2  # "Sanders’ aides"
    else:
        return k
    while o - 1 >= lo and k - o < _MAX_NP and texts[o - 1][:1].isupper():
        if lows[o - 1] in vocab.NOT_NAMES:
            break
        o -= 1
    return o


def _nominal_kind(head: str) -> SpeakerKind | None:
    if head in vocab.GROUP_NOUNS:
        return _GROUP
    if head in vocab.ORG_NOUNS:
        return _ORGANIZATION
    if head in vocab.ROLE_NOUNS:
        return _PERSON
    if _singular(head) in vocab.ROLE_NOUNS:
        return _GROUP
    return None


def _np_before(toks: _Toks, j: int, lo: int, text: str) -> _NP | None:  # noqa: PLR0915 (one grammar, read in order)
    """The source phrase that ends with token ``j`` (no token before ``lo``)."""
    if j < lo:
        return None
    texts, lows = toks.texts, toks.lows  # the columns: the walks read a field or two of a token
    low = lows[j]
    if low in vocab.PRONOUNS:
        if j > lo and lows[j - 1] in ("and", "or", "than", "as"):
            return None
        span = _span(toks.starts[j], toks.ends[j])
        return _NP(j, j + 1, "pronoun", low, span, span, gender=_gender(vocab.PRONOUNS[low]))
    if low in vocab.NON_RESOLVING:
        span = _span(toks.starts[j], toks.ends[j])
        return _NP(j, j + 1, "none", low, span, span)
    cap = texts[j][:1].isupper()  # (:func:`_is_cap`)
    if cap and low in _DATE_WORDS:
        return _dated_np(toks, j, lo, text)  # a date names no source itself
    if (
        cap
        and low not in vocab.NOT_NAMES
        and "’" not in texts[j][-2:]
        and not (j == lo and low.endswith(("ing", "ly")))  # "Having announced that"
    ):
        not_names, joiners = vocab.NOT_NAMES, vocab.NAME_JOINERS
        k = j
        while k - 1 >= lo and j - k < _MAX_NP:
            prev_text, prev_low = texts[k - 1], lows[k - 1]
            if (
                (
                    prev_text[:1].isupper()
                    and prev_low not in not_names
                    and not prev_low.endswith("’s")
                )
                or (texts[k] == "." and _is_initial_text(prev_text))  # "A." or "G.K." initials
                or (
                    prev_text == "."
                    and k - 2 >= lo
                    and _title_low(lows[k - 2]) | _is_initial_text(texts[k - 2])
                )
                or (prev_low in joiners and k - 2 >= lo and texts[k - 2][:1].isupper())
            ):
                k -= 1
            else:
                break
        while k < j and (lows[k] in joiners or texts[k] == "."):
            k += 1
        # lower-case titles before the name: "Commerce secretary Wilbur Ross"
        roles, titles = vocab.ROLE_NOUNS, vocab.TITLES
        m = k
        while m - 1 >= lo and k - m < 4:
            prev_low = lows[m - 1]
            if (
                prev_low in roles
                or prev_low in titles
                or (m < k and texts[m - 1][:1].isupper() and prev_low not in not_names)
            ):
                m -= 1
            else:
                break
        if m < k and not (lows[m] in roles or lows[m] in titles):
            # a capitalised modifier must precede a title, not stand alone
            while m < k and not (lows[m] in roles or lows[m] in titles):
                if texts[m][:1].isupper():
                    break
                m += 1
        det = m - 1 >= lo and lows[m - 1] == "the"
        np = _name_np(toks, m, j + 1, text)
        if np is not None and det:
            np.start = m - 1
            np.source = _span(toks[m - 1].start, np.source.end)
            if np.role is None:
                np.speaker_kind = _ORGANIZATION
        if np is not None and (np.speaker_kind is _PERSON) and low in vocab.GROUP_NOUNS:
            np.speaker_kind = _GROUP
            _extend_group(np, toks, lo)
        if np is not None and np.speaker_kind is _PERSON:
            _extend_source(np, toks, lo, text)
        return np
    kind = _nominal_kind(low)
    agent = kind is None and low.isalpha() and low.endswith(vocab.PERSON_SUFFIXES)
    if kind is None and not agent:
        return None
    k = j
    determined = False
    while k - 1 >= lo and j - k < 4:
        prev_text, prev_low = texts[k - 1], lows[k - 1]
        if prev_low in _ADJECTIVAL_DETERMINERS and k - 2 >= lo and texts[k - 2][:1].isalnum():
            k -= 1  # "one former senior agency official": read on over "senior"
            determined = True
            continue
        if prev_low in vocab.DETERMINERS:
            k -= 1
            determined = True
            if (
                k - 1 >= lo
                and lows[k - 1] in _SOURCE_DETERMINERS
                and prev_low not in _SOURCE_DETERMINERS
            ):
                k -= 1  # "a top adviser", "the senior official", "one senior official"
            break
        if (
            prev_text[:1].isalnum()
            and prev_low not in vocab.NOT_NAMES
            and not prev_low.endswith("ing")
        ):
            if prev_low in _CUE_FORMS:
                break
            k -= 1
        elif (
            prev_text == "."
            and k - 2 >= lo
            and lows[k - 2] in vocab.HONORIFICS
            and _is_possessive(toks[k])
        ):
            k -= 2  # "Mr. Rubio's supporters": the owner's honorific
        elif prev_text == "." and k - 2 >= lo and "." in texts[k - 2][1:]:
            k -= 2  # "a U.S. official": a dotted initialism
        else:
            break
    k = _owner_before(toks, k, lo)
    if kind is None:
        # an agent noun not in the tables ("the real estate developer said") is a
        # person only after a determiner and right before the cue
        if not determined or toks[k].low not in ("the", "a", "an", "another"):
            return None
        kind = _PERSON
    if kind is _GROUP:
        k = _quantity_before(toks, k, lo)
    # "a spokesman for the ministry"
    role_head: int | None = None
    if k - 2 >= lo and toks[k - 1].low in ("for", "at", "of", "with", "from"):
        inner = _np_before(toks, k - 2, lo, text)
        if inner is not None and inner.kind == "nominal" and inner.speaker_kind is _PERSON:
            role_head = inner.start
    start = role_head if role_head is not None else k
    end = toks.ends[j]
    span = _span(toks.starts[start], end)
    if role_head is not None:
        kind = _PERSON
    np = _NP(start, j + 1, "nominal", low, span, span, kind)
    if role_head is not None:
        np.organization = text[toks.starts[k] : end]
    return np


_NOT_VERBS: Final[frozenset[str]] = frozenset(
    {"and", "or", "of", "in", "for", "to", "with", "at", "on", "from", "by", "who", "which", "that"}
)


def _sentence_subject(work: _Paragraph, lo: int, end: int) -> _NP | None:
    """The subject of the sentence starting at token ``lo``, when it is a plain source.

    Read only in the simplest shape: a name or pronoun opening the sentence
    (after a conjunction or an introductory phrase closed by a comma: "In
    Columbia, Sanders ...", "But Trump ...") and followed by a lower-case word,
    its verb.  Anything else gives ``None``.
    """
    toks = work.toks
    s = lo
    if s < end and toks[s].low in vocab.NOT_NAMES and toks[s].low not in vocab.PRONOUNS:
        if toks[s].low in ("but", "and", "so", "yet", "still", "then"):
            s += 1
        else:
            m = s
            while m < end and m - s < 8 and toks[m].text != ",":
                m += 1
            if m >= end or toks[m].text != ",":
                return None
            s = m + 1
    if s >= end or work.in_quote[s] >= 0:
        return None
    np = _np_after(toks, s, end, work.text)
    if np is None or np.kind not in ("name", "pronoun") or np.end >= end:
        return None
    verb = toks[np.end]
    if (verb.low in vocab.ADVERBS or verb.low.endswith("ly")) and np.end + 1 < end:
        verb = toks[np.end + 1]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in _NOT_VERBS:
        return None
    return np


def _quantifier(toks: _Toks, i: int, hi: int) -> bool:
    """Token ``i`` ("one", "some", "many") determines a noun phrase rather than standing alone."""
    following = toks[i + 1] if i + 1 < hi else None
    return (
        toks[i].low in vocab.DETERMINERS
        and following is not None
        and _is_word(following)
        and following.low not in vocab.NOT_NAMES
        and (_is_cap(following) or _nominal_kind(following.low) is not None or _modifier(following))
    )


def _np_after(toks: _Toks, i: int, hi: int, text: str, *, quantifier: bool = False) -> _NP | None:
    """The source phrase that starts with token ``i`` (no token at or after ``hi``).

    ``quantifier``: token ``i`` is read as a determiner ("one", "some"), not a pronoun.
    """
    if i >= hi:
        return None
    tok = toks[i]
    if (tok.low in vocab.PRONOUNS or tok.low in vocab.NON_RESOLVING) and not quantifier:
        if _quantifier(toks, i, hi):  # "said one New Hampshire Democrat", "said some analysts"
            np = _np_after(toks, i, hi, text, quantifier=True)
            if np is not None:
                return np
        return _np_before(toks, i, i, text)
    k = i
    if tok.low in vocab.DETERMINERS:
        k += 1
    # extend over modifiers and the name or head noun, then stop at the first non-member
    m = k
    while m < hi and m - i < _MAX_NP:
        t = toks[m]
        if (
            (_is_cap(t) and t.low not in vocab.NOT_NAMES)
            or (m > k and m + 1 < hi and toks.texts[m + 1] == "." and _is_initial(t))
            or (
                t.text == "."
                and m > k
                and m + 1 < hi
                and _is_cap(toks[m + 1])  # "Sen. Ted Cruz", not "said the official."
                and (_title_word(toks[m - 1]) or _is_initial(toks[m - 1]))
            )
            or (
                t.low in vocab.NAME_JOINERS
                and m + 1 < hi
                and _is_cap(toks[m + 1])
                and toks[m + 1].low not in _DATE_WORDS  # "said Jane Doe on Monday"
                and m > k
            )
            or (
                t.text == "."
                and m > k
                and m + 1 < hi
                and "." in toks[m - 1].text[1:]  # "a U.S. official"
                and (_nominal_kind(toks[m + 1].low) is not None or _modifier(toks[m + 1]))
            )
            or _nominal_kind(t.low) is not None
            or t.low in vocab.TITLES
        ):
            m += 1
        elif _is_word(t) and m + 1 < hi and _nominal_kind(toks[m + 1].low) is not None:
            m += 1  # an adjective before a head noun: "one senior official"
        elif _modifier(t) or (m == k and any(c.isdigit() for c in t.text)):
            # "Cruz constituent Dan Golvach": lower-case modifiers before a name
            n = m
            while n < hi and n - m < 3 and not _is_cap(toks[n]):
                if not (_modifier(toks[n]) or (n == k and any(c.isdigit() for c in toks[n].text))):
                    break
                n += 1
            if n < hi and (
                (_is_cap(toks[n]) and toks[n].low not in vocab.NOT_NAMES)
                or (n > m and _nominal_kind(toks[n].low) is not None)
            ):
                m = n
            else:
                break
        else:
            break
    while m > k and (
        toks[m - 1].text == "." and not (_title_word(toks[m - 2]) or _is_initial(toks[m - 2]))
    ):
        m -= 1
    if m == k:
        return None
    np = _np_before(toks, m - 1, i, text)
    if np is None:
        return None
    if k > i and i < np.start <= k + _MAX_NP and all(_is_word(toks[t]) for t in range(k, np.start)):
        # "according to a recent Acme poll": the determiner opens the phrase
        np.start = i
        np.source = _span(toks[i].start, np.source.end)
    # "a spokesman for the ministry" read forward
    if (
        np.kind == "nominal"
        and m + 1 < hi
        and toks[m].low in ("for", "at", "of")
        and np.speaker_kind is _PERSON
    ):
        inner = _np_after(toks, m + 1, hi, text)
        if inner is not None and inner.kind in ("name", "nominal"):
            np.organization = text[inner.mention.start : inner.mention.end]
            np.end = inner.end
            np.mention = np.source = _span(np.source.start, inner.source.end)
    return np


def _appositive(np: _NP, toks: _Toks, a: int, b: int, text: str) -> None:
    """Read role and organisation from an appositive over tokens [a, b)."""
    if a < b and toks[a].low == "which" and np.speaker_kind is _PERSON:
        np.speaker_kind = _ORGANIZATION  # "Codelco, which sold ..., said"
    if a >= b or toks[a].low in ("who", "which", "whose", "where", "when"):
        return
    if toks[a].low in ("a", "an", "the"):
        a += 1
    if a >= b:
        return
    split = None
    for k in range(a + 1, b - 1):
        if toks[k].low in ("at", "of", "for", "with", "from") and _is_cap(toks[k + 1]):
            split = k
            break
        if toks[k].low in ("at", "of", "for") and toks[k + 1].low == "the" and k + 2 < b:
            split = k
            break
    if split is None:
        role = text[toks[a].start : toks[b - 1].end]
        org = None
    else:
        role = text[toks[a].start : toks[split - 1].end]
        o = split + 1
        if toks[o].low == "the" and o + 1 < b and _is_cap(toks[o + 1]):
            o += 1
        org = text[toks[o].start : toks[b - 1].end]
    if np.role is None and len(role) <= 80:
        np.role = role
    if np.organization is None and org is not None and len(org) <= 80:
        np.organization = org


# ---------------------------------------------------------------------------
# Attributions


class _Attr:
    """One attribution: its source phrase, cue and content (a plain class: native when compiled)."""

    def __init__(self, np: _NP | None, cue: Span, cue_tok: int) -> None:
        self.np = np  # None: a participle continuing the previous attribution
        self.cue = cue
        self.cue_tok = cue_tok
        self.content: tuple[int, int] | None = None  # reported content (character offsets)
        self.quote: int | None = None  # index of an attached direct quote
        self.inherit: _Attr | None = None
        self.speaker: int | None = None


def _cue_at(toks: _Toks, i: int) -> tuple[int, int] | None:
    """(index after the cue, its level) when a reporting cue starts at token ``i``.

    Never for a token whose lower-cased text is not in ``_CUE_STARTS``: the walks
    look there first, without the call."""
    lows = toks.lows
    low = lows[i]
    n = toks.n
    if low == "according" and i + 1 < n and lows[i + 1] == "to":
        return i + 2, _STRONG
    rests = _FIRST_WORDS.get(low)
    if rests is None:
        return None
    texts = toks.texts
    if (
        texts[i][:1].isupper()
        and i > 0
        and texts[i - 1][:1].isupper()
        and (i + 1 >= n or not texts[i + 1][:1].isupper())
    ):
        return None  # the end of a name: "the United States is", "Gulf States"
    for rest in rests:
        if rest and i + 1 < n and lows[i + 1] == rest:
            return i + 2, _CUE_FORMS[f"{low} {rest}"]
    if "" in rests:
        return i + 1, _CUE_FORMS[low]
    return None


class _Paragraph:
    """The working state of one paragraph."""

    def __init__(  # noqa: PLR0917 (private, built in one place)
        self,
        text: str,
        para: Span,
        sentences: Sequence[Mention],
        quotes: Sequence[_Raw],
        tokens: _Toks,
        cues: list[int],
        marks: list[int],
        patterns: _Patterns,
    ):
        self.text = text
        self.patterns = patterns  # the cue adjunct patterns, for ``re`` when it reads the text
        self.span = para
        self.toks = tokens
        self.tok_starts = tokens.starts
        self.cues = cues  # the tokens that may start a cue (see :func:`_cut`)
        self.quotes = quotes
        # the token range of the sentence holding each token
        n_toks = tokens.n
        tok_starts = tokens.starts
        self.sent_lo = sent_lo = [0] * n_toks
        self.sent_hi = sent_hi = [n_toks] * n_toks
        k = 0
        for sent in sentences:
            first = k
            k = bisect.bisect_left(tok_starts, sent.span.end, first)
            if k > first and (first or k < n_toks):  # (one sentence: the lists as made)
                sent_lo[first:k] = [first] * (k - first)
                sent_hi[first:k] = [k] * (k - first)
        # token -> index of the quote it lies in, or -1; and the token ranges of the
        # quotes, overlapping ones merged: the tokens ``in_quote`` sets
        self.in_quote = in_quote = [-1] * n_toks
        self.quoted: list[tuple[int, int]] = []
        if not quotes:
            self.starts: list[int] = []
            self.by_start: dict[int, int] = {}
            self.quoted_first: list[int] = []
        else:
            self.starts = [q.start for q in quotes]
            self.by_start = {q.start: n for n, q in enumerate(quotes)}
            quoted = self.quoted
            for q, raw in enumerate(quotes):
                first = bisect.bisect_left(tok_starts, raw.start)
                last = bisect.bisect_left(tok_starts, raw.end, first)
                if last > first:
                    in_quote[first:last] = [q] * (last - first)
                    if quoted and first <= quoted[-1][1]:  # a quote inside another
                        before, until = quoted.pop()
                        first, last = before, max(until, last)
                    quoted.append((first, last))
            self.quoted_first = [r[0] for r in quoted]
        # the tokens that are a quote mark, in order (each mark is a token of its own)
        self.marks = marks  # the tokens that are a quote mark, in order
        # the offset up to which the commas and semicolons are read, and those read
        # that end reported content: see :meth:`content_break`
        self.scanned = para.start
        self.breaks: list[int] = []

    # the tokens that are a quote mark (:meth:`source_floor`) and those where reported
    # content ends (:meth:`content_break`): found by their texts, one C-level pass over
    # the token column each; the breaks are read the first time they are needed

    def _ends_content(self, m: int) -> bool:
        """Whether the comma or semicolon token ``m`` ends reported content: ";", or a
        comma before a clause breaker, a participle, "according", or an inverted "he said"."""
        if self.in_quote[m] >= 0:
            return False  # quoted words are part of the content: "“..., even for him.”"
        toks = self.toks
        if toks.texts[m] == ";":
            return True
        hi = self.sent_hi[m]
        if m + 1 >= hi:
            return False
        nxt = toks.lows[m + 1]
        return (
            nxt in _CLAUSE_BREAKERS
            or nxt in _PARTICIPLES
            or nxt == "according"
            # "..., he said." / "..., the ministry said."
            or (m + 2 < hi and nxt in vocab.PRONOUNS and _cue_at(toks, m + 2) is not None)
        )

    def source_floor(self, k: int, floor: int) -> int:
        """The first token from which a source ending before token ``k`` may be read.

        Right after the last quote mark or quoted token before ``k`` (the apostrophe
        of a plural possessive is none), and never before ``floor``: two binary
        searches per mark met instead of a walk over the tokens.
        """
        marks = self.marks
        if not marks and not self.quoted:
            return floor  # no mark and no quoted token: nothing to stop at
        m = k - 1
        while m >= floor:
            found = -1
            i = bisect.bisect_right(marks, m) - 1
            if i >= 0:
                found = marks[i]
            i = bisect.bisect_right(self.quoted_first, m) - 1
            if i >= 0:
                found = max(found, min(self.quoted[i][1] - 1, m))
            if found < floor:
                break
            if not _apostrophe(self.toks, found):
                return found + 1
            m = found - 1
        return floor

    def content_break(self, m: int) -> int:
        """The first token at or after ``m``, in its sentence, where reported content
        ends (the number of tokens when there is none).

        Only a comma or a semicolon can, and each is a token of its own: they are
        found in the text by ``str.find``, in order, each read at most
        once and only as far as a call needs (``scanned``, a character offset);
        ``breaks`` holds those read that end content, so a break found before is
        a binary search away.
        """
        breaks = self.breaks
        hi = self.sent_hi[m]
        n = self.toks.n
        b = bisect.bisect_left(breaks, m)
        if b < len(breaks):
            return breaks[b] if breaks[b] < hi else n
        # every break read so far lies before ``m``: read on, up to the sentence end
        limit = self.toks.ends[hi - 1]
        starts = self.tok_starts
        text = self.text
        find = text.find
        while self.scanned < limit:
            pos = find(",", self.scanned, limit)
            semicolon = find(";", self.scanned, pos if pos >= 0 else limit)
            if semicolon >= 0:
                pos = semicolon  # (before the comma, when there is one)
            elif pos < 0:
                break
            self.scanned = pos + 1
            if text[pos + 1 : pos + 2].isdigit() and text[pos] == ",":
                continue  # "4,790,000": the token after the comma is a number, which no
                # word that ends content is (:meth:`_ends_content`, a test checks the tables)
            comma = bisect.bisect_left(starts, pos)
            if self._ends_content(comma):
                breaks.append(comma)
                if comma >= m:
                    return comma
        self.scanned = max(self.scanned, limit)
        return n

    def quote_ending_before(self, k: int) -> int | None:
        """The quote whose closing mark comes right before token ``k`` (punctuation between)."""
        if not self.quotes:
            return None  # (every token's ``in_quote`` is -1)
        m = k - 1
        texts = self.toks.texts
        while m >= 0 and texts[m] in ",—–-:" and self.in_quote[m] < 0:
            m -= 1
        if m >= 0 and texts[m] in _ALL_MARKS and self.in_quote[m] < 0:
            m -= 1
            while m >= 0 and self.in_quote[m] < 0 and texts[m] in _ALL_MARKS:
                m -= 1
            if m >= 0 and self.in_quote[m] >= 0:
                return self.in_quote[m]
        return None

    def in_quote_at(self, pos: int) -> int | None:
        """The quote whose content holds offset ``pos`` (a binary search: quotes never overlap)."""
        if not self.quotes:
            return None
        n = bisect.bisect_right(self.starts, pos) - 1
        if n >= 0 and pos < self.quotes[n].end:
            return n
        return None

    def quotes_within(self, start: int, end: int) -> list[_Raw]:
        """The quotes lying inside offsets [start, end)."""
        out: list[_Raw] = []
        if not self.quotes:
            return out
        for n in range(bisect.bisect_left(self.starts, start), len(self.quotes)):
            q = self.quotes[n]
            if q.start >= end:
                break
            if q.end <= end:
                out.append(q)
        return out

    def quote_starting_at(self, pos: int) -> int | None:
        """The quote opening right after ``pos`` (spaces, a colon or a comma between)."""
        if not self.quotes:
            return None  # (``by_start`` is empty)
        text = self.text
        end = self.span.end
        while pos < end and (text[pos].isspace() or text[pos] in ",:—–"):
            pos += 1
        marks = pos
        while pos < end and text[pos] in _ALL_MARKS and pos - marks < 2:
            pos += 1
        return self.by_start.get(pos) if pos > marks else None


def _content_start(  # noqa: PLR0917 (private helper, positional by design)
    text: str, pos: int, end: int, tell: bool, toks: _Toks, nxt: int, patterns: _Patterns
) -> int:
    """Skip the object of "told", adjuncts and "that" after a cue ending at ``pos``.

    ``nxt`` is the token after the cue; while ``pos`` is the end of the token before
    ``synced``, the patterns are matched only where that token's words let them
    (:func:`_adjunct_may_follow`, and "that" for ``_Patterns.that``).
    """
    synced: int | None = nxt if pos == toks.ends[nxt - 1] else None
    if tell:
        # the addressee: "reporters", "Reuters", "the newspaper", "CNN on Monday"
        k = nxt
        n = 0
        while k < toks.n and toks[k].start < end and n < 4:
            t = toks[k]
            if t.low in ("that", ",", ".", "—", "–", ":") or t.text in _ALL_MARKS:
                break
            if n > 0 and not (_is_cap(t) or t.low in vocab.GROUP_NOUNS or _nominal_kind(t.low)):
                break
            pos = t.end
            k += 1
            n += 1
            synced = k
    for _ in range(3):
        if synced is not None and not _adjunct_may_follow(toks, synced, end):
            break  # (the match is None)
        m = patterns.adjunct_or_statement.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        synced = None
    if synced is None or (
        synced < toks.n and toks.starts[synced] < end and toks.texts[synced].startswith("that")
    ):
        m = patterns.that.match(text, pos, end)
        # the word matched is "that" (not "how", "why", ...): read from the match, never
        # from a copy of the rest of the sentence, which made a long sentence quadratic
        if m is not None and m.group().endswith("that"):
            pos = m.end()
    while pos < end and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    return pos


def _adjunct_may_follow(toks: _Toks, t: int, end: int) -> bool:
    """Whether ``_Patterns.adjunct_or_statement`` may match at the end of token ``t - 1``
    (before offset ``end``): only spaces and a comma lie before its first word, which
    must open with one of :data:`_ADJUNCT_OPENERS` (lower-cased), or be non-ASCII (whose
    case the patterns may fold otherwise).  ``False`` rules the match out."""
    n = toks.n
    if t < n and toks.texts[t] == ",":
        t += 1
    if t >= n or toks.starts[t] >= end:
        return False
    return toks.lows[t].startswith(_ADJUNCT_OPENERS) or not toks.texts[t].isascii()


def _trim_content(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    return (start, end) if 3 <= end - start <= _MAX_CONTENT else None


def _indices(items: list[str], values: Sequence[str]) -> list[int]:
    """The indices of the items equal to one of a few ``values``, in order: a C-level
    ``list.index`` per item found, no Python-level look at the others."""
    out: list[int] = []
    count, index = items.count, items.index
    for value in values:
        i = -1
        for _ in range(count(value)):
            i = index(value, i + 1)
            out.append(i)
    if len(values) > 1:
        out.sort()
    return out


def _attributions(work: _Paragraph) -> list[_Attr]:
    toks = work.toks
    out: list[_Attr] = []
    in_quote = work.in_quote
    starts, ends = toks.starts, toks.ends
    after = 0  # a cue found ends here: the words of a cue start no other
    for k in work.cues:
        if k < after or in_quote[k] >= 0:
            continue
        found = _cue_at(toks, k)
        if found is None:
            continue
        after, level = found
        cue_span = _span(starts[k], ends[after - 1])
        attr = _read_attribution(work, k, after, level, cue_span, out)
        if attr is not None:
            out.append(attr)
    return out


def _read_attribution(  # noqa: PLR0915, PLR0917 (one grammar, read in order)
    work: _Paragraph, k: int, after: int, level: int, cue_span: Span, done: list[_Attr]
) -> _Attr | None:
    strong = level == _STRONG
    toks = work.toks
    texts, lows = toks.texts, toks.lows
    text = work.text
    lo = work.sent_lo[k]
    hi = work.sent_hi[k]
    sent_end = toks.ends[hi - 1] if hi > 0 else work.span.end
    is_according = lows[k] == "according"
    tell = lows[k] in _TELL
    # never read a source across a quote, nor further back than a source
    # phrase can reach (which keeps a long sentence of many cues linear)
    q_lo = max(lo, k - _MAX_SOURCE_REACH)
    if work.marks or work.quoted:  # (else nothing stops the reach: :meth:`source_floor`)
        q_lo = work.source_floor(k, q_lo)
    np: _NP | None = None
    unknown = False  # an attribution whose source the text does not let us read
    participle = lows[k] in _PARTICIPLES and k > 0 and texts[k - 1] == ","
    if not is_according and not participle:
        j = k - 1
        while j >= q_lo and lows[j] in vocab.ADVERBS and j >= k - 2:
            j -= 1
        if j > q_lo and texts[j] == ")":
            # "Rep. Paul Ryan (R-WI) said": a short parenthetical after the name
            p = j - 1
            while p > q_lo and j - p < _MAX_PAREN and texts[p] not in "()":
                p -= 1
            if texts[p] == "(" and j - p < _MAX_PAREN:
                j = p - 1
        if j >= q_lo and texts[j] == ",":
            # "X, a trade expert at Y, said" / "X, who ..., said"
            c = j - 1
            while c >= q_lo and j - c <= _MAX_APPOSITIVE and texts[c] != ",":
                if lows[c] in _CUE_STARTS and _cue_at(toks, c) is not None:
                    c = q_lo - 1
                    break
                c -= 1
            if c >= q_lo and toks[c].text == ",":
                np = _np_before(toks, c - 1, q_lo, text)
                if (
                    np is not None
                    and np.kind == "name"
                    and np.start > q_lo
                    and toks[np.start - 1].low in _PLACE_PREPOSITIONS
                ):
                    # "Dean Doe, a salesman from Sumter, South Carolina, says": the
                    # name before the comma is a place; the source is further back
                    c2 = c - 1
                    while c2 >= q_lo and j - c2 <= _MAX_APPOSITIVE and toks[c2].text != ",":
                        c2 -= 1
                    earlier = _np_before(toks, c2 - 1, q_lo, text) if c2 > q_lo else None
                    if toks[c2].text == "," and earlier is not None and earlier.kind == "name":
                        np, c = earlier, c2
                if np is not None and np.kind == "name":
                    _appositive(np, toks, c + 1, j, text)
                elif np is not None and np.kind != "nominal":
                    np = None
        elif j >= q_lo and lows[j] == "who" and j - 1 >= q_lo and texts[j - 1] == ",":
            np = _np_before(toks, j - 2, q_lo, text)
        elif j >= q_lo:
            if lows[j] == "to" and lows[k] in ("say", "claim", "tell", "warn", "argue"):
                j -= 1  # "causing Trump to claim ..."
            np = _np_before(toks, j, q_lo, text)
            if np is not None and np.kind in ("name", "nominal") and np.start > q_lo:
                # "took to Twitter to say", "a pitch to New York voters saying": an object
                prev_low = lows[np.start - 1]
                head = (
                    _np_before(toks, np.start - 2, q_lo, text)
                    if prev_low in ("of", "for", "at", "from") and np.start - 2 >= q_lo
                    else None
                )
                if head is not None and head.kind == "nominal":
                    # "a survey of economists found", "a spokesman for Disney said":
                    # the phrase's head is the source, the rest its organisation
                    if head.speaker_kind is _PERSON and head.organization is None:
                        head.organization = np.mention.slice(text)
                    head.end = np.end
                    head.source = head.mention = _span(head.source.start, np.source.end)
                    np = head
                elif prev_low in ("to", "of", "in", "for", "with", "by", "on", "from", "at"):
                    np = None
            if (
                np is not None
                and np.kind == "none"
                and np.start == lo
                and np.head in ("that", "this")
                and after < hi
                and texts[after] == ","
            ):
                np = None  # "That said, ...": an idiom, not an attribution
            if np is not None and (np.kind in ("name", "nominal") or np.head == "others"):
                _coordination(np, toks, lo, q_lo, text)
            if (
                np is not None
                and np.kind == "nominal"
                and lows[k] in _PARTICIPLES
                and np.start > lo
                and texts[np.start - 1].islower()
                and lows[np.start - 1].endswith(("ed", "sent", "out", "put"))
            ):
                # "Doe issued a statement saying ...": the noun is the verb's object,
                # the source is the sentence's subject (or unknown)
                np = _sentence_subject(work, lo, np.start)
                unknown = np is None
    inverted = False
    if np is None and not participle and not unknown and level != _OBJECT:
        # "“...,” said Alden" / "according to Alden" / "..., said the ministry."
        prev_ok = is_according or k == q_lo or texts[k - 1] in ",—–" + _ALL_MARKS
        if prev_ok:
            name_hi = hi
            for _ in range(2):  # "said Julie A. Diaz": no sentence ends after an initial
                if name_hi - after >= _MAX_NP or name_hi >= toks.n:
                    break
                if toks[name_hi - 1].text != "." or not _is_initial(toks[name_hi - 2]):
                    break
                name_hi = work.sent_hi[name_hi]
            np = _np_after(toks, after, name_hi, text)
            inverted = np is not None
            if np is not None and np.kind == "name":
                e = np.end
                if e < hi and toks[e].text == ",":
                    f = e + 1
                    while f < hi and toks[f].text not in ",." and f - e < _MAX_APPOSITIVE:
                        if lows[f] in _CUE_STARTS and _cue_at(toks, f) is not None:
                            break
                        f += 1
                    if f > e + 1 and (f >= hi or toks[f].text in ",."):
                        _appositive(np, toks, e + 1, f, text)
            if np is not None and np.kind in ("name", "nominal"):
                _post_modifiers(work, np, hi)
    if np is None and not participle and not unknown:
        return None
    attr = _Attr(np, cue_span, k)
    if participle:
        previous = next((a for a in reversed(done) if a.cue.end <= cue_span.start), None)
        if previous is not None and work.sent_lo[previous.cue_tok] == lo:
            attr.inherit = previous
        else:
            # "Sanders stepped up his attacks, saying ...": the sentence's subject
            subject = _sentence_subject(work, lo, k)
            if subject is None:
                return None
            attr.np = subject
            participle = False
    # extend the cue over "in a statement"
    if (
        not inverted
        and _may_open_adjunct(toks, after)
        and (statement := work.patterns.statement.match(text, cue_span.end, sent_end))
    ):
        attr.cue = _span(cue_span.start, statement.end())
    # a direct quote right before the attribution
    first_tok = k if (inverted or participle or np is None) else np.start
    q_before = work.quote_ending_before(first_tok if not is_according else k)
    if (
        q_before is None
        and strong
        and not inverted
        and np is not None
        and np.kind == "name"
        and work.quotes  # (no quote: none ends before the words)
    ):
        # "“...,” Fight for $15 organizing director Kendall Fells told ...": a few
        # words of the source phrase lie between the quote and the name we read
        m = first_tok
        while m > q_lo and first_tok - m < _MAX_LEAD and _is_word(toks[m - 1]):
            m -= 1
            if toks[m].low in vocab.NOT_NAMES:
                break
        else:
            if m < first_tok:
                q_before = work.quote_ending_before(m)
    if q_before is not None and not participle:
        attr.quote = q_before
        return attr
    # content after the cue
    content_from = attr.cue.end
    if is_according:
        return attr if _according_content(work, attr, lo, hi, k) else None
    if inverted:
        # "explained CBS moderator Nancy Cordes: “...”"
        q_after = work.quote_starting_at(toks[np.end - 1].end) if np is not None else None
        if (
            q_after is not None
            and np is not None
            and np.end < hi
            and (toks[np.end].text == ":" or (toks[np.end].text == "," and k == lo))
        ):
            # also "Said Comey, “...”": a cue opening its sentence
            attr.quote = q_after
            return attr
        return _trailing_content(work, attr, lo, k)
    q_after = work.quote_starting_at(content_from)
    if q_after is not None:
        attr.quote = q_after
        return attr
    start = _content_start(text, content_from, sent_end, tell, toks, after, work.patterns)
    if start < sent_end and text[start] in _ALL_MARKS:
        q_after = work.quote_starting_at(start)
        if q_after is not None:
            attr.quote = q_after
            return attr
    # "that" ends the skipped words (``that_end`` needs the word: looked for first)
    that_from = max(cue_span.end, start - 12)
    has_that = (
        text.find("that", that_from, start) >= 0
        and work.patterns.that_end.search(text, that_from, start) is not None
    )
    if start >= work.span.end - 1 and ":" in text[cue_span.end : start]:
        # "Cruz continued:" closing its paragraph: the next paragraph holds the quote
        return attr
    if level == _WEAK and not has_that:
        return None
    if level == _OBJECT and start < sent_end and work.text.startswith(_REFLEXIVES, start):
        return None  # "Smith found himself in ...": not an attribution
    colon = _colon_quote(work, start, hi)
    if colon is not None:
        # "Jane Doe responded with a warning: “...”": the colon introduces the quote
        attr.quote = colon
        return attr
    # the content ends at the sentence end or at a following participle / "according to"
    end = sent_end
    first_content = max(after, bisect.bisect_left(work.tok_starts, start))
    if first_content < hi and (stop := work.content_break(first_content)) < hi:
        end = toks[stop].start
    straddling = work.in_quote_at(end - 1) if end > start else None
    quote_end = None
    if straddling is not None:
        raw = work.quotes[straddling]
        if raw.closed and raw.start >= start:
            # a quote opened inside the content runs past its sentence end: "saying that
            # foreigners “look at these goofballs. We've got to ...”": it belongs to the content
            end = quote_end = raw.end
    span = _trim_content(text, start, end)
    if span is not None and quote_end is not None:
        span = (span[0], quote_end)  # the quote's closing punctuation is kept
    if span is None:
        if strong and not has_that and np is not None:
            return _trailing_content(work, attr, lo, first_tok)
        return None
    if work.in_quote_at(span[0]) is not None and work.in_quote_at(span[1] - 1) is not None:
        # the content is a direct quote after all
        return None
    attr.content = span
    return attr


def _may_open_adjunct(toks: _Toks, after: int) -> bool:
    """Whether a cue adjunct ("in a statement", ``_Patterns.statement``) may follow the cue
    that ends before token ``after``: its first word is that token (or the one after a
    comma there), so an ASCII word that opens no adjunct rules it out without a match."""
    w = after + 1 if after < toks.n and toks.texts[after] == "," else after
    return w < toks.n and (toks.lows[w] in _ADJUNCT_HEADS or not toks.texts[w].isascii())


def _coordination(np: _NP, toks: _Toks, lo: int, q_lo: int, text: str) -> None:
    """Widen a subject over its first conjunct: "Clinton and the State Department said".

    "Doe and her aides said", "both Doe and Roe said", "Doe and others said":
    the source phrase is the whole subject when it opens its clause (the
    sentence start, a comma or a conjunction before it); the mention, and so
    the resolution, stay with the conjunct next to the verb.
    """
    a = np.start - 1
    if a - 1 < q_lo or toks.lows[a] != "and":
        return
    left = _np_before(toks, a - 1, q_lo, text)
    if left is None or left.kind not in ("name", "nominal"):
        return
    s = left.start
    if s > q_lo and toks[s - 1].low == "both":
        s -= 1
    if s > q_lo and not (toks[s - 1].text in ",;:(—–" or toks[s - 1].low in ("but", "so", "yet")):
        return
    np.start = s
    np.source = _span(toks[s].start, np.source.end)


def _post_modifiers(work: _Paragraph, np: _NP, hi: int) -> None:
    """Widen an inverted source over the words after it that end its clause.

    "said a source close to the campaign.", "according to a poll released
    Thursday,", "said Jane Doe of Acme Bank.", "said a senior official who spoke
    on condition of anonymity.": what follows the head up to a comma, the
    sentence end or a quote mark tells which source it is, so it is part of the
    source phrase (the mention and resolution do not change).  An adjunct of
    the verb ("in an interview", "on Monday", "during the debate") or a verb
    met on the way ("said the firm could ...") leaves the phrase as it was.
    """
    toks = work.toks
    e = np.end
    if e >= hi or not _is_word(toks[e]) or work.in_quote[e] >= 0:
        return
    first = toks[e].low
    if first in vocab.ADJUNCT_STARTS or first in _DATE_WORDS:
        return
    if first in ("in", "at") and e + 1 < hi and toks[e + 1].low in vocab.ADJUNCT_DETERMINERS:
        return
    f = e
    relative = False  # inside "who ...", where a verb belongs to the phrase
    while f < hi and f - e < _MAX_APPOSITIVE:
        tok = toks[f]
        if work.in_quote[f] >= 0 or tok.text in _ALL_MARKS or tok.text in ",;:()—–-":
            break
        if tok.text == "." and (f + 1 >= hi or not _is_word(toks[f + 1])):
            break
        relative = relative or tok.low in ("who", "whose")
        if tok.low in vocab.AUXILIARIES and not relative:
            return
        cue = None if relative or tok.low not in _CUE_STARTS else _cue_at(toks, f)
        if cue is not None and cue[1] == _STRONG:
            return
        f += 1
    if f - e < _MAX_APPOSITIVE:
        np.source = _span(np.source.start, toks[f - 1].end)


def _colon_quote(work: _Paragraph, start: int, hi: int) -> int | None:
    """The quote after a colon within a few words of ``start`` ("with a warning: “...”")."""
    if not work.quotes:
        return None  # (what the walk returns is a quote starting somewhere, or None)
    toks = work.toks
    texts = toks.texts
    in_quote = work.in_quote
    m = bisect.bisect_left(work.tok_starts, start)
    for c in range(m, min(hi, m + _MAX_LEAD + 2)):
        text = texts[c]
        if in_quote[c] >= 0 or text in _ALL_MARKS or text in ".;":
            return None
        if text == ":":
            return work.quote_starting_at(toks.ends[c])
    return None


def _according_content(work: _Paragraph, attr: _Attr, lo: int, hi: int, k: int) -> bool:
    toks = work.toks
    text = work.text
    np = attr.np
    assert np is not None
    if k == lo or (k - 1 >= lo and toks[k - 1].text != ","):
        # "According to X, content."
        e = np.end
        while e < hi and toks[e].text != ",":
            e += 1
        start = toks[e].end if e < hi else toks[hi - 1].end
        span = _trim_content(text, start, toks[hi - 1].end)
    else:
        span = _trim_content(text, toks[lo].start, toks[k - 1].start)
    if span is None:
        return False
    attr.content = span
    return True


def _trailing_content(work: _Paragraph, attr: _Attr, lo: int, first_tok: int) -> _Attr | None:
    """ "Content, X said." : the content is the clause before the attribution."""
    toks = work.toks
    if first_tok - 1 < lo or toks.texts[first_tok - 1] != ",":
        return None
    start_tok = lo
    if work.quotes:  # (else no token lies in a quote)
        for m in range(first_tok - 1, lo - 1, -1):
            q = work.in_quote[m]
            if q >= 0 and work.text[work.quotes[q].end - 1 : work.quotes[q].end] in ".?!,":
                start_tok = m + 2  # after the closing mark of a complete quoted sentence
                break
    if start_tok >= first_tok - 1:
        return None
    span = _trim_content(work.text, toks.starts[start_tok], toks.starts[first_tok - 1])
    if span is None:
        return None
    attr.content = span
    return attr


# ---------------------------------------------------------------------------
# Speaker resolution


class _Builder:
    """A speaker being gathered: the name, what is known of them, their mentions and quotes."""

    def __init__(self, name: str, kind: SpeakerKind) -> None:
        self.name = name
        self.kind = kind
        self.role: str | None = None
        self.organization: str | None = None
        self.gender: Gender | None = None
        self.mentions: list[Span] = []
        self.quotes: list[int] = []


@functools.lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    """A name's normal form (case folded, punctuation gone); the same names and roles
    recur across articles ("the company", "officials"), so the last few are kept."""
    folded = name.casefold()
    if folded.isascii():  # one ``str.translate``: the characters ``_PUNCT`` matches made spaces
        return " ".join(folded.translate(_ascii_punct_to_space()).split())
    return " ".join(_PUNCT().sub(" ", folded).split())


@functools.lru_cache(maxsize=4096)
def _role_keys(role: str) -> tuple[str, ...]:
    """The words of a speaker's role, in order, that are role nouns: the keys under which
    the resolver files the speaker (the same roles recur, so the last few are kept)."""
    return tuple(word for word in _norm(role).split() if word in vocab.ROLE_NOUNS)


@functools.lru_cache(maxsize=4096)
def _org_keys(name: str) -> tuple[str, ...]:
    """The words of an organisation's or group's name, in order, that are organisation
    nouns or suffixes: its keys in the resolver (see :func:`_role_keys`)."""
    return tuple(
        word
        for word in _norm(name).split()
        if word in vocab.ORG_NOUNS or word in vocab.ORG_SUFFIXES
    )


_LEADING_DET_SOURCE: Final = r"(?i)(?:the|a|an|this|that)\s++"
_LEADING_DET: Final = lazy_regex(_LEADING_DET_SOURCE)
_LEADING_DET_ASCII: Final = re.compile(_LEADING_DET_SOURCE, re.ASCII)
""":data:`_LEADING_DET` for ``re``, which matches ASCII text as ``regex`` does, and faster."""
_DET_FIRST: Final = frozenset("tTaA")
"""The characters :data:`_LEADING_DET` can match first."""


class _Resolver:
    """Speakers of one article, found in text order; every lookup is a dict access."""

    def __init__(self) -> None:
        self.speakers: list[_Builder] = []
        self.by_name: dict[str, int] = {}
        self.by_last: dict[str, int] = {}
        self.by_role: dict[str, int] = {}
        self.persons: list[int] = []  # most recent last, each speaker once
        self.others: list[int] = []

    def _touch(self, idx: int) -> None:
        order = self.persons if self.speakers[idx].kind is _PERSON else self.others
        if order and order[-1] == idx:
            return
        if idx in order[-8:]:
            order.remove(idx)
        order.append(idx)

    def _new(self, name: str, kind: SpeakerKind) -> int:
        self.speakers.append(_Builder(name, kind))
        idx = len(self.speakers) - 1
        self.by_name.setdefault(_norm(name), idx)
        return idx

    def _learn(self, idx: int, np: _NP) -> None:
        sp = self.speakers[idx]
        if sp.role is None and np.role:
            sp.role = np.role
        if sp.organization is None and np.organization:
            sp.organization = np.organization
        if sp.gender is None and np.gender is not None and np.kind != "pronoun":
            sp.gender = np.gender
        by_role = self.by_role
        if sp.role:
            for word in _role_keys(sp.role):
                by_role[word] = idx
        if sp.kind is not _PERSON:
            for word in _org_keys(sp.name):
                by_role[word] = idx

    def resolve(self, np: _NP, text: str) -> int | None:
        """The speaker named by ``np``, created when it is new; ``None`` when unknown."""
        idx = self._lookup(np, text)
        if idx is not None:
            self._learn(idx, np)
            self._touch(idx)
        return idx

    def _lookup(self, np: _NP, text: str) -> int | None:
        if np.kind == "none":
            return None
        if np.kind == "pronoun":
            return self._pronoun(np)
        if np.kind == "name":
            return self._name(np)
        return self._nominal(np, text)

    def _pronoun(self, np: _NP) -> int | None:
        if np.head in ("he", "she"):
            for idx in reversed(self.persons[-6:]):
                sp = self.speakers[idx]
                if sp.gender is None or sp.gender is np.gender:
                    if sp.gender is None:
                        sp.gender = np.gender
                    return idx
            return None
        pool = self.others[-3:]
        for idx in reversed(pool):
            sp = self.speakers[idx]
            if np.head == "it" and sp.kind is _ORGANIZATION:
                return idx
            if np.head == "they":
                return idx
        return None

    def _name(self, np: _NP) -> int | None:
        key = _norm(np.head)
        if not key:
            return None
        idx = self.by_name.get(key)
        words = key.split()
        last = words[-1]
        if idx is None and np.speaker_kind is _PERSON:
            cand = self.by_last.get(last)
            if cand is not None:
                sp = self.speakers[cand]
                have = _norm(sp.name).split()
                if len(words) == 1 or len(have) == 1 or have[0] == words[0]:
                    idx = cand
                    if len(words) > len(have):
                        sp.name = np.head
                    self.by_name[key] = idx
        if idx is None:
            idx = self._new(np.head, np.speaker_kind)
        if self.speakers[idx].kind is _PERSON:
            self.by_last.setdefault(last, idx)
            self.by_last[last] = idx
        return idx

    def _nominal(self, np: _NP, text: str) -> int | None:
        phrase = np.mention.slice(text)
        # the determiners open with "t" or "a", and no other character matches these
        # without case (a test checks every character): most phrases skip the match
        det = (
            None
            if phrase[:1] not in _DET_FIRST
            else (_LEADING_DET_ASCII if phrase.isascii() else _LEADING_DET()).match(phrase)
        )
        bare = phrase[det.end() :] if det else phrase
        definite = det is not None and det.group().strip().lower() in ("the", "this", "that")
        if np.organization is None and (definite or np.speaker_kind is _GROUP):
            idx = self.by_name.get(_norm(bare))
            if idx is not None:
                return idx
            if definite:
                idx = self.by_role.get(np.head) or self.by_role.get(_singular(np.head))
                if idx is not None:
                    return idx
        idx = self._new(bare, np.speaker_kind)
        if np.speaker_kind is not _GROUP:
            self.by_role[np.head] = idx
        if np.organization is not None and self.speakers[idx].organization is None:
            self.speakers[idx].role = bare.split(" ")[0]
        return idx


# ---------------------------------------------------------------------------
# Putting it together


def _looks_like_name(text: str, raw: _Raw) -> bool:
    """A short capitalised quoted piece is a name or title, not somebody's words."""
    inner = text[raw.start : raw.end].strip(" ,.")
    words = inner.split()
    return (
        bool(words)
        and len(words) <= 6
        and inner[:1].isupper()
        and not _SENTENCE_END().search(inner)
    )


_MAX_CONTENT: Final = 3000
"""The longest reported content, in characters.  Longer "content" is not a
sentence of news but a run of text with no sentence end; leaving it out keeps
time and memory linear when every cue in such a run would reach its end."""
_MAX_SOURCE_REACH: Final = 3 * _MAX_APPOSITIVE
"""How many tokens before its cue a source phrase may start."""
_NEAR_OPENING: Final = 16
"""How far (in characters) into its paragraph a quote's content may start and
still open the paragraph (its opening marks and spaces)."""
_NEAR_TOKENS: Final = 4
"""How many tokens a mark, dash or colon may stand from a quote's content."""


def _looks_like_speech(text: str, raw: _Raw) -> bool:
    return len(text[raw.start : raw.end].split()) >= _MIN_UNATTRIBUTED_WORDS


def _dash_source(work: _Paragraph, raw: _Raw) -> _Attr | None:
    """ "“...” — Jane Doe": a dash right after the closing mark introduces the source."""
    toks = work.toks
    first = bisect.bisect_left(work.tok_starts, raw.end)
    # the closing mark is among the first tokens after the content: a bounded
    # look keeps a paragraph of many quotes linear
    for k in range(first, min(first + _NEAR_TOKENS, toks.n)):
        tok = toks[k]
        if work.in_quote[k] >= 0:
            continue
        if tok.text in _ALL_MARKS and k + 1 < toks.n and toks[k + 1].text in vocab.DASHES:
            np = _np_after(
                toks, k + 2, work.sent_hi[k] if work.sent_hi[k] > k + 2 else toks.n, work.text
            )
            if np is None or np.kind != "name":
                return None
            return _Attr(np, _span(toks[k + 1].start, toks[k + 1].end), k + 1)
        return None
    return None


def _last_source(
    text: str, found: Sequence[_Attr]
) -> tuple[int | None, Span | None, Span | None, Cue | None] | None:
    """The speaker of a paragraph's last attribution, for a quote that opens the next one.

    "Jane Roe said rates would stay high.\n\n“Inflation is sticky.”": a
    paragraph made of an unattributed quote continues the source just reported.
    """
    for attr in reversed(found):
        if attr.speaker is not None and attr.np is not None:
            return attr.speaker, attr.np.mention, attr.np.source, _make_cue(text, attr.cue)
    return None


def _colon_intro(work: _Paragraph, found: Sequence[_Attr]) -> _Attr | None:
    """The attribution of a paragraph that ends with a colon ("Cruz continued:", "X wrote: ...:").

    Such a paragraph introduces the quote that opens the next one.
    """
    if not work.toks.n or work.toks.texts[-1] != ":":
        return None
    last_sentence = work.sent_lo[-1]
    for attr in reversed(found):
        if work.sent_lo[attr.cue_tok] != last_sentence:
            break
        if attr.np is not None and attr.quote is None and attr.np.kind != "none":
            return attr
    return None


def _introduced_source(work: _Paragraph, raw: _Raw) -> _Attr | None:
    """ "Trump deflected with a non sequitur: “...”": a colon or dash after a clause.

    The quote's source is the subject of that clause (see :func:`_sentence_subject`).
    """
    toks = work.toks
    m = bisect.bisect_left(work.tok_starts, raw.start) - 1
    floor = m - _NEAR_TOKENS  # a bounded walk over opening marks keeps this linear
    while m > floor and m >= 0 and toks[m].text in _ALL_MARKS and work.in_quote[m] < 0:
        m -= 1
    if m < 1 or toks[m].text not in ":—–" or work.in_quote[m] >= 0:
        return None
    lo = work.sent_lo[m]
    subject = _sentence_subject(work, lo, m) or _heading_source(work, lo, m)
    if subject is None:
        return None
    return _Attr(subject, _span(toks[m].start, toks[m].end), m)


_MAX_OUTLET: Final = 6
"""Most tokens of the outlet after a roundup's name ("Jane Roe, The Daily Planet: “...”")."""


def _heading_source(work: _Paragraph, lo: int, colon: int) -> _NP | None:
    """ "Jane Roe: “...”", "Jane Roe, The Daily Planet: “...”": a roundup's source heading.

    The sentence before the colon is nothing but a name, or a name, a comma and
    a capitalised outlet.
    """
    if colon - lo > _MAX_NP + _MAX_OUTLET or work.toks[colon].text != ":":
        return None
    toks = work.toks
    np = _np_after(toks, lo, colon, work.text)
    if np is None or np.kind != "name" or np.start != lo:
        return None
    if np.end == colon:
        return np
    if toks[np.end].text != "," or np.end + 1 >= colon:
        return None
    outlet = range(np.end + 1, colon)
    if all(
        (_is_cap(toks[t]) or toks[t].low in vocab.NAME_JOINERS)
        and toks[t].low.rstrip(".") not in _DATE_WORDS  # "Washington, Monday:" is a dateline
        for t in outlet
    ):
        return np
    return None


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    return text


def _cut(piece: str, start: int, fast: bool) -> tuple[_Toks, list[int]]:
    """The tokens of a paragraph (text ``piece`` at offset ``start``, cut by
    :func:`_token_texts`) and those whose lower-cased text may start a cue
    (:data:`_CUE_STARTS`), in order.

    One walk over the token texts makes the other columns: the offsets (each token
    found by ``str.find`` from the end of the one before: only spaces lie between, and
    no token starts with a space), the lower-cased texts (of an ASCII text sliced from
    the text lower-cased in one call: no ASCII character changes its length) and the
    tokens that may start a cue, each looked up once when its length allows.  Compiled
    to C, the walk costs a fraction of the C-level passes it replaced (``accumulate``
    over gaps and tokens, ``join``/``lower``/``split``, a look-up through a method
    wrapper per token).
    """
    texts = _token_texts(piece, fast)
    ascii_piece = piece.isascii()
    lowered = piece.lower() if ascii_piece else ""
    starts: list[int] = []
    ends: list[int] = []
    lows: list[str] = []
    cues: list[int] = []
    end = 0
    for k, token in enumerate(texts):
        pos = piece.find(token, end)
        end = pos + len(token)
        low = lowered[pos:end] if ascii_piece else token.lower()
        if _CUE_SHORTEST <= len(low) <= _CUE_LONGEST and low in _CUE_STARTS:
            cues.append(k)
        lows.append(low)
        starts.append(start + pos)
        ends.append(start + end)
    return _Toks(starts, ends, texts, lows), cues


def _mark_tokens(tokens: _Toks, piece: str, any_mark: bool, ascii_para: bool) -> list[int]:
    """The tokens of a paragraph (text ``piece``) that are a quote mark, in order."""
    if not any_mark or (ascii_para and '"' not in piece and "'" not in piece):
        return []  # no quote mark character: no quote mark token
    if ascii_para:
        return _indices(tokens.texts, _ASCII_MARKS)  # the few tokens, by C-level passes
    return list(itertools.compress(range(tokens.n), map(_MARK_CHARS.__contains__, tokens.texts)))


def _nothing_to_read(text: str, letters: bytes | None) -> bool:
    """An ASCII article with no quote mark (:data:`_ASCII_DOUBLES`, :data:`_ASCII_SINGLES`)
    and no cue word: every paragraph would be skipped, so the article is read no further."""
    return (
        letters is not None
        and '"' not in text
        and "'" not in text
        and "``" not in text
        and letters.find(b"said") < 0  # the commonest cue word: one ``find``
        and _CUE_BYTES.isdisjoint(letters.split())
    )


def _works(doc: Document, text: str) -> Iterator[_Paragraph | None]:
    """Each body paragraph made ready for attribution, or None when it holds no
    quote and no word that can start a cue; one at a time, so that the tokens
    of a paragraph are let go once it is read (memory bounded by the largest
    paragraph, not the article).

    An ASCII article is looked at once for its few possible quote marks
    (``str`` containment): one without double marks has no double quotes, one
    without an apostrophe no single quotes, and neither has a quote mark token.
    The cue words of an ASCII paragraph are found among its runs of letters
    (:meth:`Document.letters`) before it is cut into tokens: a paragraph with no
    quote and no cue word is never cut.
    """
    paras = [p.span for p in doc.paragraphs]
    letters = doc.letters()
    # an ASCII article that ``re`` reads as ``regex`` does: so is every paragraph
    all_fast = letters is not None and _re_agrees(text)
    if letters is not None:
        ascii_paras = [True] * len(paras)
        any_double = '"' in text or "``" in text or "''" in text  # _ASCII_DOUBLES
        any_single = "'" in text
        any_mark = '"' in text or any_single
    else:
        ascii_paras = [text[p.start : p.end].isascii() for p in paras]
        any_double = any_single = any_mark = True
    doubles = _double_quotes(text, paras, ascii_paras) if any_double else []
    d = 0
    n_doubles = len(doubles)
    no_raws: list[_Raw] = []
    for para, ascii_para in zip(doc.paragraphs, ascii_paras, strict=True):
        span = para.span
        p_start, p_end = span.start, span.end
        piece = text[p_start:p_end]
        mine = no_raws
        if n_doubles:
            # two pointers over the (sorted, disjoint) quotes: skip those that end
            # before this paragraph, take those that start inside it
            while d < n_doubles and doubles[d].end < p_start:
                d += 1
            e = d
            while e < n_doubles and doubles[e].start < p_end:
                e += 1
            if e > d:
                mine = [q for q in doubles[d:e] if q.end > p_start]
        singles = (
            _single_quotes(text, span, mine, ascii_para)
            if any_single and ("'" in piece or not ascii_para)  # (_ASCII_SINGLES)
            else no_raws
        )
        # each list is in text order (found by a forward scan): sorted only to merge them
        raws = sorted([*mine, *singles]) if mine and singles else mine or singles
        if (
            letters is not None
            and not raws
            and letters.find(b"said", p_start, p_end) < 0
            and _CUE_BYTES.isdisjoint(letters[p_start:p_end].split())
        ):
            # no cue word among the runs of letters, and no quote: the paragraph is
            # skipped before it is cut into tokens ("said", the commonest cue word, by
            # one ``find``: a paragraph that holds it is rarely skipped)
            yield None
            continue
        fast = all_fast or _re_agrees(piece)
        tokens, cues = _cut(piece, p_start, fast)
        if not raws and not cues:
            # no quote and no word that can start a cue: nothing to attribute, and
            # nothing to hand on (the next paragraph inherits no source from it)
            yield None
            continue
        sentences = para.sentences or (para,)  # (read for their spans' ends)
        marks = _mark_tokens(tokens, piece, any_mark, ascii_para)
        patterns = _re_patterns() if fast else _regex_patterns()
        yield _Paragraph(text, span, sentences, raws, tokens, cues, marks, patterns)


def extract_quotes(doc: Document) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:  # noqa: PLR0915 (one grammar, read in order)
    """All quotes of an article, in text order, and the speakers they refer to."""
    text = _check_text(doc.text)
    letters = doc.letters()
    if _nothing_to_read(text, letters):
        return (), ()
    resolver = _Resolver()
    quotes: list[tuple[Quote, int | None]] = []
    seen: set[tuple[int, int]] = set()
    prev_para_last: tuple[int | None, Span | None, Span | None, Cue | None] | None = None
    # the attributions of the previous paragraph: its last source (:func:`_last_source`)
    # is read from them only when a quote opening this paragraph needs it
    prev_para_attrs: list[_Attr] = []
    for work in _works(doc, text):
        if work is None:
            prev_para_last = None
            prev_para_attrs = []
            continue
        attrs_ = _attributions(work)
        by_quote: dict[int, _Attr] = {}
        for attr in attrs_:
            if attr.inherit is not None:
                attr.speaker = attr.inherit.speaker
                attr.np = attr.inherit.np
            elif attr.np is not None:
                attr.speaker = resolver.resolve(attr.np, text)
            if attr.quote is not None:
                by_quote.setdefault(attr.quote, attr)
        # reported content first, so that quotes inside it become partial
        contents: list[tuple[int, int, _Attr]] = []
        for attr in attrs_:
            if attr.content is None:
                continue
            inner = work.quotes_within(*attr.content)
            partial = [q for q in inner if not _looks_like_name(text, q)]
            kind = _MIXED if partial else _INDIRECT
            contents.append((attr.content[0], attr.content[1], attr))
            quotes.append((_make(text, _span(*attr.content), kind, attr), attr.speaker))
            for q in partial:
                seen.add((q.start, q.end))
                quotes.append((_make(text, _span(q.start, q.end), _PARTIAL, attr), attr.speaker))
        last: tuple[int | None, Span | None, Span | None, Cue | None] | None = None
        # a sweep over the contents sorted by start: the furthest end reached so
        # far tells whether a quote lies inside some reported content
        if len(contents) > 1:
            contents.sort(key=operator.itemgetter(0))
        c = 0
        reach = -1
        for n, raw in enumerate(work.quotes):
            while c < len(contents) and contents[c][0] <= raw.start:
                reach = max(reach, contents[c][1])
                c += 1
            if raw.start < work.span.start or (raw.start, raw.end) in seen:
                continue
            if raw.end <= reach:
                continue
            span = _span(raw.start, raw.end)
            found = by_quote.get(n) or _dash_source(work, raw)
            if found is None and last is None:
                found = _introduced_source(work, raw)
            if found is not None:
                attr = found
                if (
                    attr.np is not None
                    and attr.speaker is None
                    and attr.inherit is None
                    and n not in by_quote
                ):
                    attr.speaker = resolver.resolve(attr.np, text)
                quote = _make(text, span, _DIRECT, attr)
                last = (attr.speaker, quote.speaker_mention, quote.speaker_phrase, quote.cue)
            else:
                # does the quote open its paragraph (only marks before it)?  Read
                # a few characters, never the whole paragraph: linear in quotes
                opens = raw.start - work.span.start <= _NEAR_OPENING and (
                    text[work.span.start : raw.start].strip() in _MARKS_OR_NOTHING
                )
                inherit = last
                if inherit is None and opens:
                    inherit = prev_para_last
                    if inherit is None and not attrs_:
                        inherit = _last_source(text, prev_para_attrs)
                if inherit is None and not _looks_like_speech(text, raw):
                    continue
                if inherit is not None:
                    quote = _quote(
                        span.slice(text),
                        span,
                        kind=_DIRECT,
                        cue=inherit[3],
                        speaker=inherit[0],
                        speaker_mention=inherit[1],
                        speaker_phrase=inherit[2],
                    )
                else:
                    quote = _quote(span.slice(text), span, _DIRECT)
            quotes.append((quote, quote.speaker))
        prev_para_attrs = attrs_
        tail = text[work.quotes[-1].end : work.span.end] if work.quotes else ""
        prev_para_last = last if last is not None and len(tail.strip()) < 80 else None
        intro = _colon_intro(work, attrs_)
        if intro is not None:
            prev_para_last = (
                intro.speaker,
                intro.np.mention if intro.np is not None else None,
                intro.np.source if intro.np is not None else None,
                _make_cue(text, intro.cue),
            )

    quotes.sort(key=lambda item: (item[0].span.start, -item[0].span.end))
    builders = resolver.speakers
    for n, (quote, idx) in enumerate(quotes):
        if idx is not None:
            builder = builders[idx]
            builder.quotes.append(n)
            if quote.speaker_mention is not None:
                builder.mentions.append(quote.speaker_mention)
    keep = [i for i, b in enumerate(builders) if b.quotes]
    renumber = {old: new for new, old in enumerate(keep)}
    speakers = tuple(
        _speaker(
            name=b.name,
            kind=b.kind,
            role=b.role,
            organization=b.organization,
            gender=b.gender,
            mentions=_distinct_spans(b.mentions),
            quotes=tuple(b.quotes),
        )
        for b in (builders[i] for i in keep)
    )
    if len(keep) == len(builders):  # every speaker kept: the numbers stand
        return tuple(q for q, _ in quotes), speakers
    final = tuple(
        _quote(
            q.text,
            q.span,
            q.kind,
            q.cue,
            renumber[q.speaker],
            q.speaker_mention,
            q.speaker_phrase,
        )
        if q.speaker is not None
        else q
        for q, _ in quotes
    )
    return final, speakers


def _distinct_spans(spans: list[Span]) -> tuple[Span, ...]:
    """The distinct spans in order, told apart by their offsets (no Python-level ``__eq__``
    or ``__hash__`` of ``Span``): the keys are unique, so the sort never compares spans."""
    if len(spans) < 2:  # one span (or none): nothing to tell apart
        return tuple(spans)
    by_key = dict(zip(map(_span_key, spans), spans, strict=True))
    return tuple(span for _, span in sorted(by_key.items()))


def _make(text: str, span: Span, kind: QuoteKind, attr: _Attr) -> Quote:
    np = attr.np
    return _quote(
        span.slice(text),
        span,
        kind=kind,
        cue=_make_cue(text, attr.cue),
        speaker=attr.speaker,
        speaker_mention=np.mention if np is not None else None,
        speaker_phrase=np.source if np is not None else None,
    )


def extract_quote_mentions(doc: Document) -> tuple[Quote, ...]:
    """The quotes of an article only: the pipeline's ``Callable[[Document], Iterable[Mention]]``."""
    return extract_quotes(doc)[0]


def find_quotes(text: str) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes and speakers of a plain text, laid out by :func:`econparse.frontend.segment`."""
    _check_text(text)
    layout = segment(text)
    return extract_quotes(Document(text, layout.published, tuple(layout.paragraphs)))
