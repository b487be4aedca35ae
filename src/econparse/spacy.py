"""A spaCy pipeline component (extra ``econparse[spacy]``): ``nlp.add_pipe("econparse")``.

The component parses each ``Doc``'s text with :func:`econparse.parse` and
sets, as tuples of spaCy :class:`~spacy.tokens.Span` objects (character
offsets widened to whole tokens), ``doc._.money``, ``doc._.percentages``,
``doc._.quotes`` and ``doc._.times`` (one attribute per kind in
:attr:`econparse.Article.MENTION_KINDS`, plus ``times``, empty while
articles carry no time expressions).  Each span's ``span._.econparse`` is
the econparse mention (a :class:`~econparse.Money`, ...), and
``doc._.econparse`` is the whole :class:`~econparse.Article`.

With ``config={"ents": True}`` the money, percentages and time expressions
also go into ``doc.ents`` with spaCy's own labels MONEY, PERCENT, DATE and
TIME; entities already there (from a trained NER) are kept and win overlaps
unless ``"overwrite_ents": True``.

The factory is registered when this module is imported and, through the
``spacy_factories`` entry point in econparse's package metadata, whenever
spaCy looks for ``"econparse"``, so ``spacy.blank("en").add_pipe("econparse")``
works without importing anything.  A document's publication date, needed to
resolve relative dates, is ``doc._.published`` (a date or ISO string) when set,
else the component's ``published`` setting, else a date header in the text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from econparse.article import Article
from econparse.pipeline import parse
from econparse.span import Mention

#: The Doc attributes set, one per mention kind.
KINDS: tuple[str, ...] = tuple(dict.fromkeys((*Article.MENTION_KINDS, "times")))
#: spaCy's entity label for each kind that becomes an entity (times: DATE or TIME).
LABELS: dict[str, str] = {"money": "MONEY", "percentages": "PERCENT", "times": "DATE"}

for _kind in KINDS:
    Doc.set_extension(_kind, default=(), force=True)
Doc.set_extension("econparse", default=None, force=True)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
Span.set_extension("econparse", default=None, force=True)


def _label(kind: str, mention: Mention) -> str:
    if kind == "times":
        timex = getattr(getattr(mention, "kind", None), "value", "")
        return "TIME" if str(timex).upper() == "TIME" else "DATE"
    return LABELS[kind]


class EconparseComponent:
    """The pipeline component: see the module documentation."""

    def __init__(
        self,
        *,
        ents: bool = False,
        overwrite_ents: bool = False,
        published: str | None = None,
        default_dollar: str = "USD",
    ) -> None:
        self.ents = ents
        self.overwrite_ents = overwrite_ents
        self.published = dt.date.fromisoformat(published) if published else None
        self.default_dollar = default_dollar

    def __call__(self, doc: Any) -> Any:
        """Parse ``doc.text`` and set the extension attributes (and ``doc.ents``)."""
        published = doc._.published if doc._.published is not None else self.published
        article = parse(doc.text, published=published, default_dollar=self.default_dollar)
        doc._.econparse = article
        entities = []
        for kind in KINDS:
            spans = []
            for mention in getattr(article, kind, ()):
                span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if span is None:  # a mention of whitespace only: nothing to point at
                    continue
                span._.econparse = mention
                spans.append(span)
                if self.ents and kind in LABELS:
                    label = _label(kind, mention)
                    entities.append(Span(doc, span.start, span.end, label=label))
            doc._.set(kind, tuple(spans))
        if self.ents:
            doc.ents = self._merge(tuple(doc.ents), filter_spans(entities))
        return doc

    def _merge(self, old: tuple[Any, ...], new: list[Any]) -> list[Any]:
        def clear(span: Any, others: list[Any] | tuple[Any, ...]) -> bool:
            return all(span.end <= o.start or o.end <= span.start for o in others)

        if self.overwrite_ents:
            kept = [*new, *(span for span in old if clear(span, new))]
        else:
            kept = [*old, *(span for span in new if clear(span, old))]
        return sorted(kept, key=lambda span: span.start)


@Language.factory(  # type: ignore[untyped-decorator]
    "econparse",
    default_config={
        "ents": False,
        "overwrite_ents": False,
        "published": None,
        "default_dollar": "USD",
    },
)
def make_component(
    nlp: Any,
    name: str,
    *,
    ents: bool,
    overwrite_ents: bool,
    published: str | None,
    default_dollar: str,
) -> EconparseComponent:
    """spaCy's factory for the ``"econparse"`` component (see the module documentation)."""
    return EconparseComponent(
        ents=ents,
        overwrite_ents=overwrite_ents,
        published=published,
        default_dollar=default_dollar,
    )
