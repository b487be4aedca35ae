"""The compiled (mypyc) and pure-Python builds: which one runs, and that it is whole."""

from __future__ import annotations

import importlib
import re
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


def test_quotes_never_takes_len_of_its_token_table() -> None:
    # compiled, ``len`` of the ``_Toks`` dict subclass is the dictionary's own size (the
    # tokens read so far), not its ``__len__``: the parser reads ``toks.n`` instead
    source = (Path(quotes.__file__ or "").parent / "quotes.py").read_text(encoding="utf-8")
    assert re.search(r"(?<!``)len\((?:\w+\.)?toks\)", source) is None  # (docstrings aside)
