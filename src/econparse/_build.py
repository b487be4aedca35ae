"""Whether this copy of econparse runs compiled by mypyc or as pure Python.

A wheel built with the mypyc hook on (``HATCH_BUILD_HOOK_ENABLE_MYPYC=true``, as
release wheels are meant to be built) has its parsing modules compiled to C
extensions (the same source, about 1.2-1.3x faster); a source install, and the
editable install used for development, run the same modules as ordinary Python.
Both give the same results: CI runs the test suite on each.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from econparse import quotes

__all__ = ["build", "compiled"]


def compiled() -> bool:
    """Whether the parsing modules were loaded from C extensions built by mypyc."""
    return (quotes.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def build() -> str:
    """``"compiled with mypyc"`` or ``"pure Python"``, for version strings and reports."""
    return "compiled with mypyc" if compiled() else "pure Python"
