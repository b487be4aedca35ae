"""econparse: English economic news in, typed and checkable data out."""

from econparse._version import __version__
from econparse.article import Article
from econparse.batch import parse_many
from econparse.frontend import Paragraph, Sentence
from econparse.money import Money, Qualifier, convert
from econparse.percent import Direction, Percentage, PercentUnit
from econparse.pipeline import parse, parse_file
from econparse.span import Mention, Span

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
