"""Patterns compiled on first use.

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

__all__ = ["lazy_re", "lazy_regex"]


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A standard-library pattern compiled on first use."""
    return functools.cache(lambda: re.compile(pattern, flags))


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A ``regex`` pattern compiled on first use."""
    return functools.cache(lambda: regex.compile(pattern, flags))
