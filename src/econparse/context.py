"""What every extractor receives: the text, its layout and the caller's options.

The :class:`Document` is built once per :func:`econparse.parse` call by the
pipeline and handed, read-only, to each registered extractor.  Extractors
import this module and :mod:`econparse.span`, never each other.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterator

import attrs

from econparse._patterns import letter_runs
from econparse.frontend import Paragraph
from econparse.numbers import Number, _numbers_in
from econparse.span import Span

_SPAN_OF = operator.attrgetter("span")


def _check_currency_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not (isinstance(value, str) and len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(f"{attribute.name} must be a three-letter ISO 4217 code, got {value!r}")


@attrs.frozen
class ParseOptions:
    """Caller's choices that change how ambiguous text is read.

    ``default_dollar`` is the ISO 4217 code given to a bare ``$`` or
    ``dollars`` (``"USD"`` unless the caller says otherwise); explicit forms
    such as ``C$``, ``HK$`` or ``Canadian dollars`` always win.
    """

    default_dollar: str = attrs.field(default="USD", validator=_check_currency_code)


@attrs.frozen
class Document:
    """The input of every extractor: original text, layout and options.

    Work that several extractors need on the same text is done once per
    document and shared: :meth:`numbers` reads the numbers of a region the
    first time an extractor asks for them (money and percentages both do), and
    :meth:`letters` makes the runs of letters of the text (money and quotes).
    """

    text: str
    published: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    options: ParseOptions = ParseOptions()
    _numbers: dict[tuple[int, int], tuple[Number, ...]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _letters: list[bytes | None] = attrs.field(init=False, factory=list, eq=False, repr=False)

    def regions(self) -> Iterator[Span]:
        """The spans of the body paragraphs, in order: where mentions are looked for."""
        # a C-level ``map`` rather than a generator: the compiled stages that read it
        # resume no interpreted frame per paragraph
        return map(_SPAN_OF, self.paragraphs)

    def letters(self) -> bytes | None:
        """:func:`~econparse._patterns.letter_runs` of the text (``None`` unless it is
        ASCII), made once per document: the money and quotes pre-filters read its words."""
        made = self._letters
        if not made:
            made.append(letter_runs(self.text))
        return made[0]

    def numbers(self, region: Span) -> tuple[Number, ...]:
        """``tuple(find_numbers(text, region.start, region.end))``, computed once per region."""
        # Keyed by the offsets: a tuple hashes at C speed, a Span through attrs' Python hash.
        key = (region.start, region.end)
        found = self._numbers.get(key)
        if found is None:
            found = self._numbers[key] = _numbers_in(self.text, region.start, region.end)
        return found
