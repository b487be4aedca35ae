"""The one place where extractors are registered.

The pipeline (:mod:`econparse.pipeline`) runs these stages in order on the
same read-only :class:`~econparse.context.Document`; each stage fills the
:class:`~econparse.article.Article` fields it names, in order.  A new parser
slots in by adding a line here (and its fields on ``Article``), without
touching the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from econparse.context import Document
from econparse.money import extract_money
from econparse.percent import extract_percentages
from econparse.quotes import extract_quotes
from econparse.span import Mention
from econparse.temporal import extract_times

#: What a stage returns: one tuple per field it fills.
Results = tuple[tuple[object, ...], ...]


@attrs.frozen
class Stage:
    """An extractor and the Article fields its results go to."""

    fields: tuple[str, ...]
    extract: Callable[[Document], Results]

    @property
    def name(self) -> str:
        """The fields joined by "+", for reports: ``"quotes+speakers"``."""
        return "+".join(self.fields)


def _single(extract: Callable[[Document], Iterable[Mention]]) -> Callable[[Document], Results]:
    """Adapt an extractor that yields mentions of one kind to the stage contract."""

    def stage(document: Document) -> Results:
        return (tuple(extract(document)),)

    stage.__doc__ = extract.__doc__
    return stage


STAGES: tuple[Stage, ...] = (
    Stage(("money",), _single(extract_money)),
    Stage(("percentages",), _single(extract_percentages)),
    Stage(("times",), _single(extract_times)),
    Stage(("quotes", "speakers"), extract_quotes),
)
