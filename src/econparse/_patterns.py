"""Patterns compiled on first use, the key a matched word is looked up by, and
the runs of letters of an ASCII text (the parsers' pre-filters read its words).

Compiling the library's few hundred patterns costs tens of milliseconds,
which every ``import econparse`` would pay (a CLI run, each worker of a
process pool) even when a parser is never used.  A module keeps a pattern as
``_NAME = lazy_regex(source, flags)`` and uses it as ``_NAME().match(...)``:
the first call compiles it, later calls return the same compiled pattern (a
cached call costs tens of nanoseconds).

Importing the ``regex`` module itself costs about a seventh of
``import econparse``, so no module imports it at import: patterns of that
engine are compiled by :func:`compile_regex`, which imports it on the first
parse; their sources are escaped by :func:`escape_regex` and their flags
named by :data:`IGNORECASE`, :data:`DOTALL`, :data:`VERBOSE` and
:data:`VERSION0` (``regex``'s values: a test checks them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import regex

__all__ = [
    "DOTALL",
    "IGNORECASE",
    "LOOKALIKES",
    "LOWER_LETTERS_ONLY",
    "VERBOSE",
    "VERSION0",
    "compile_regex",
    "escape_regex",
    "fold_lookalikes",
    "lazy_re",
    "lazy_regex",
    "letter_runs",
    "table_key",
]

#: ``regex.IGNORECASE``, ``regex.DOTALL``, ``regex.VERBOSE`` and ``regex.VERSION0``
#: (the first three are also the values of ``re``'s flags of those names).
IGNORECASE: Final = 2
DOTALL: Final = 16
VERBOSE: Final = 64
VERSION0: Final = 8192


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, importing ``regex`` the first time."""
    import regex  # here, not at the top: see the module docstring

    return regex.compile(pattern, flags)


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A standard-library pattern compiled on first use."""
    return functools.cache(lambda: re.compile(pattern, flags))


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A ``regex`` pattern compiled on first use."""
    return functools.cache(lambda: compile_regex(pattern, flags))


# what ``regex.escape`` puts a backslash before: its metacharacters and every
# character that ``str.isspace`` takes for a space (a test checks each code point)
_REGEX_SPECIAL: Final = (
    "()[]{}?*+|^$\\.-#&~"
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_REGEX_ESCAPES: Final = {ord(char): "\\" + char for char in _REGEX_SPECIAL}


def escape_regex(text: str) -> str:
    """``regex.escape(text)`` (the same string), without importing ``regex``.

    Sources built at import are escaped by this: ``re.escape`` would leave a
    few Unicode spaces bare, which a ``VERBOSE`` pattern drops.
    """
    return text.translate(_REGEX_ESCAPES)


#: Letters that case-insensitive matching (of both engines) takes for an ASCII
#: letter, but that ``str.lower`` does not turn into that letter: dotted
#: capital I, dotless i, Kelvin sign, long s; mapped to that letter, case kept.
LOOKALIKES: dict[str, str] = {"\u0130": "I", "\u0131": "i", "\u212a": "K", "\u017f": "s"}
_TO_ASCII_LETTER = str.maketrans(LOOKALIKES)


def fold_lookalikes(text: str) -> str:
    """``text`` with the :data:`LOOKALIKES` replaced by their ASCII letters.

    The result has the same length, so offsets into it index ``text``.
    """
    if text.isascii() or not any(char in text for char in LOOKALIKES):
        return text
    return text.translate(_TO_ASCII_LETTER)


def table_key(word: str) -> str:
    """``word``, as matched by a case-insensitive pattern, in the lower-case
    spelling of the vocabulary table it came from.

    ``str.lower`` alone is not enough: a pattern for "billion" matches
    "b\u0130llion" (dotted capital I), which lower-cases to "bi\u0307llion"
    (i and a combining dot), and the Kelvin sign and long s match "k" and "s".
    """
    return word.translate(_TO_ASCII_LETTER).lower()


LOWER_LETTERS_ONLY: Final = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
"""A ``bytes.translate`` table: lower-case ASCII letters kept, every other byte a space
(:func:`letter_runs`; applied alone to text already lower-cased)."""


def letter_runs(text: str) -> bytes | None:
    """An ASCII text lower-cased, as bytes, with every byte but a letter made a space
    (``None`` for other text): its ``split`` gives the runs of letters (the words as
    ``[A-Za-z]+`` finds them), lower-cased, at C speed.

    Offsets in the bytes are offsets in the text (one byte a character), so a slice
    of them holds the runs of the same slice of the text.
    """
    if not text.isascii():
        return None
    return text.encode("ascii").lower().translate(LOWER_LETTERS_ONLY)
