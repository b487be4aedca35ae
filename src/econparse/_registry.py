"""The one place where extractors are registered.

The pipeline (:mod:`econparse.pipeline`) runs these stages in order; each
fills the :class:`~econparse.article.Article` field of the same name.  A new
parser slots in by adding a line here (and its field on ``Article``), without
touching the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from econparse.context import Document
from econparse.money import extract_money
from econparse.percent import extract_percentages
from econparse.span import Mention


@attrs.frozen
class Stage:
    """An extractor and the Article field its mentions go to."""

    field: str
    extract: Callable[[Document], Iterable[Mention]]


STAGES: tuple[Stage, ...] = (
    Stage("money", extract_money),
    Stage("percentages", extract_percentages),
)
