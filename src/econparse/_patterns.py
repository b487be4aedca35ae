"""Patterns compiled on first use, and the key a matched word is looked up by.

Compiling the library's few hundred patterns costs tens of milliseconds,
which every ``import econparse`` would pay (a CLI run, each worker of a
process pool) even when a parser is never used.  A module keeps a pattern as
``_NAME = lazy_regex(source, flags)`` and uses it as ``_NAME().match(...)``:
the first call compiles it, later calls return the same compiled pattern (a
cached call costs tens of nanoseconds).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

__all__ = ["LOOKALIKES", "fold_lookalikes", "lazy_re", "lazy_regex", "table_key"]


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A standard-library pattern compiled on first use."""
    return functools.cache(lambda: re.compile(pattern, flags))


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A ``regex`` pattern compiled on first use."""
    return functools.cache(lambda: regex.compile(pattern, flags))


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
