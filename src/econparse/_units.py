"""econparse's private pint registry: one unit per ISO 4217 currency
(``currencies.txt``) and the ratio units ``percent``, ``percentage_point``
and ``basis_point`` (``units.txt``).

The registry is built on first use, exactly once even when several threads
ask at the same time, and never at import: ``import econparse`` does not
import pint.  It starts empty (no pint defaults), so pint's own ``bp`` (a
printer's point) and its prefixes cannot leak in: "MUSD" is never mega-USD.
"""

from __future__ import annotations

import functools
import threading
from decimal import Decimal
from typing import Any, Final

#: The definition files loaded into the registry, in order.
DEFINITION_FILES: Final = ("currencies.txt", "units.txt")

_LOCK: Final = threading.Lock()


@functools.cache
def _build() -> Any:  # a pint.UnitRegistry; Any keeps pint's generics out of the API
    from importlib.resources import files  # lazily too: ~10 ms at import

    import pint  # lazily: importing econparse must not import pint

    registry: Any = pint.UnitRegistry(None, non_int_type=Decimal)
    for name in DEFINITION_FILES:
        text = files("econparse").joinpath(name).read_text(encoding="utf-8")
        registry.load_definitions(text.splitlines())
    return registry


def registry() -> Any:
    """The registry, built on the first call (under a lock, so only once)."""
    with _LOCK:
        return _build()
