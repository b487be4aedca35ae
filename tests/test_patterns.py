"""The helpers of :mod:`econparse._patterns` that stand in for ``regex``'s own."""

from __future__ import annotations

import regex

from econparse import _patterns


def test_escape_regex_is_regex_escape_on_every_code_point() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert _patterns.escape_regex(every) == regex.escape(every)


def test_flags_have_regex_values() -> None:
    assert _patterns.IGNORECASE == regex.IGNORECASE
    assert _patterns.DOTALL == regex.DOTALL
    assert _patterns.VERBOSE == regex.VERBOSE
    assert _patterns.VERSION0 == regex.VERSION0


def test_compile_regex_and_lazy_regex_give_regex_patterns() -> None:
    source = r"(?<=\b(?:in|on)\s++)\p{Lu}"
    compiled = _patterns.compile_regex(source, _patterns.IGNORECASE)
    assert compiled == regex.compile(source, regex.IGNORECASE)
    lazy = _patterns.lazy_regex(source, _patterns.IGNORECASE)
    assert lazy() is lazy()
    assert lazy().pattern == source
    assert lazy().flags == compiled.flags


def test_letter_runs_keep_the_offsets() -> None:
    text = "Doe, 52, SAID: 'x-said' and\nunsaid."
    letters = _patterns.letter_runs(text)
    assert letters == b"doe      said   x said  and unsaid "
    assert letters[15:23].split() == [b"x", b"said"]  # a slice holds the runs of that slice
    assert _patterns.letter_runs("Zoë said") is None
