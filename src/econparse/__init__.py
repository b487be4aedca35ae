"""econparse: English economic news in, typed and checkable data out."""

from typing import TYPE_CHECKING, Any

from econparse._version import __version__
from econparse.article import Article
from econparse.frontend import Paragraph, Sentence
from econparse.money import Money, Qualifier, convert
from econparse.percent import Direction, Percentage, PercentUnit
from econparse.pipeline import parse, parse_file
from econparse.span import Mention, Span

if TYPE_CHECKING:
    from econparse.batch import parse_many

__all__ = [
    "Article",
    "Direction",
    "Mention",
    "Money",
    "Paragraph",
    "PercentUnit",
    "Percentage",
    "Qualifier",
    "Sentence",
    "Span",
    "__version__",
    "convert",
    "parse",
    "parse_file",
    "parse_many",
]


def __getattr__(name: str) -> Any:
    """``parse_many`` is imported on first use: the batch machinery (worker
    processes, signals, its record classes) is not needed to parse one article
    and costs about 3% of ``import econparse``."""
    if name == "parse_many":
        from econparse.batch import parse_many

        globals()["parse_many"] = parse_many
        return parse_many
    raise AttributeError(f"module 'econparse' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
