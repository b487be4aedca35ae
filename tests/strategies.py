"""Hypothesis strategies shared by the property tests: news-like text."""

from __future__ import annotations

from hypothesis import strategies as st

_WORDS = [
    "the",
    "deficit",
    "rose",
    "fell",
    "to",
    "a",
    "record",
    "in",
    "said",
    "Mr.",
    "U.S.",
    "Jan.",
    "billion",
    "million",
    "bn",
    "mln",
    "dlrs",
    "stg",
    "percent",
    "per cent",
    "pct",
    "basis points",
    "percentage point",
    "more than",
    "about",
    "between",
    "and",
    "from",
    "yen",
    "euros",
    "pounds",
    "a barrel",
    "per share",
    "half",
    "a quarter",
    "three",
    "twenty-five",
    "2019",
    "G20",
    "Boeing 737",
    "No. 1",
    "24/7",
    "Inc.",
    "Reuters",
    "AFP",
]
_NUMBERS = st.one_of(
    st.integers(min_value=-10_000, max_value=10_000_000).map(str),
    st.decimals(min_value=-1000, max_value=100_000, places=2, allow_nan=False).map(str),
    st.integers(min_value=1, max_value=999_999_999).map(lambda n: f"{n:,}"),
)
_SYMBOLS = st.sampled_from(["$", "US$", "€", "£", "¥", "HK$", "C$", "Rs ", "USD ", "EUR", ""])
_SUFFIXES = st.sampled_from(
    ["", "bn", "m", "k", " million", " billion", "%", " per cent", "bp", " dollars", " yen"]
)
_PUNCT = st.sampled_from(
    [".", ",", ";", ":", "!", "?", "-", "—", "(", ")", "“", "”", '"', "'", "‘", "’", "…"]
)
_SPACE = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2009"])

amount = st.builds(lambda s, n, x: f"{s}{n}{x}", _SYMBOLS, _NUMBERS, _SUFFIXES)
token = st.one_of(st.sampled_from(_WORDS), amount, _PUNCT, st.text(max_size=3))

news_text = st.lists(st.tuples(token, _SPACE), max_size=60).map(
    lambda parts: "".join(t + s for t, s in parts)
)
"""Random text built from news words, amounts, punctuation, quote marks,
unusual white space and arbitrary unicode."""

#: Characters that end a line (``str.splitlines``): a paragraph holds none.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _one_paragraph(parts: list[tuple[str, str]]) -> str:
    words = "".join(t + s for t, s in parts)
    return "".join(c for c in words if c not in LINE_BREAKS).strip() + "."


paragraph = st.lists(
    st.tuples(token, st.sampled_from([" ", " ", ", "])), min_size=1, max_size=30
).map(_one_paragraph)
"""One paragraph of news-like words (no line break inside) ending in a full stop."""
