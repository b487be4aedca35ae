"""The compiled (mypyc) and pure-Python builds: which one runs, and that it is whole."""

from __future__ import annotations

import importlib
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from econparse import _build, quotes

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _compiled_modules() -> list[str]:
    hook = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["hatch"]["build"]
    paths = hook["targets"]["wheel"]["hooks"]["mypyc"]["include"]
    return [p.removeprefix("/src/").removesuffix(".py").replace("/", ".") for p in paths]


def test_the_compiled_modules_are_listed() -> None:
    modules = _compiled_modules()
    assert "econparse.quotes" in modules  # what _build.compiled() looks at
    for name in modules:
        importlib.import_module(name)


def test_every_listed_module_runs_as_the_build_says() -> None:
    # a compiled wheel compiles every listed module: none may load as source beside the others
    for name in _compiled_modules():
        path = importlib.import_module(name).__file__ or ""
        assert path.endswith(tuple(EXTENSION_SUFFIXES)) == _build.compiled(), name


def test_build_names_the_build() -> None:
    expected = "compiled with mypyc" if _build.compiled() else "pure Python"
    assert _build.build() == expected


def test_token_table_length_is_its_token_count() -> None:
    # compiled, ``len`` of a dict subclass is the dictionary's own size, not its
    # ``__len__``: the token table is a plain class, whose length holds in both builds
    tokens, _ = quotes._cut("He said it was fine.", 0, fast=True)
    assert tokens[1].text == "said"  # a token read: nothing is kept that changes the count
    assert len(tokens) == tokens.n == 6  # the full stop is a token
