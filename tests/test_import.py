"""What ``import econparse`` loads: the public names, and nothing that parsing one
article does not need (the import-time budget of docs/benchmarks.md)."""

from __future__ import annotations

import functools
import subprocess
import sys

import pytest

import econparse


@functools.cache
def _loaded_after_import() -> frozenset[str]:
    code = "import sys, econparse; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return frozenset(out.stdout.split())


def test_every_public_name_resolves() -> None:
    for name in econparse.__all__:
        assert getattr(econparse, name) is not None, name
    assert set(econparse.__all__) <= set(dir(econparse))


def test_parse_many_is_the_batch_function() -> None:
    from econparse import parse_many
    from econparse.batch import parse_many as batch_parse_many

    assert parse_many is batch_parse_many
    assert econparse.parse_many is batch_parse_many


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = econparse.nope  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", ["econparse.batch", "dateutil", "html", "pint", "json", "regex"])
def test_import_leaves_unneeded_modules_unloaded(module: str) -> None:
    assert module not in _loaded_after_import()


def test_regex_is_imported_by_the_first_parse() -> None:
    # a fresh interpreter: the import, by each way in, leaves ``regex`` unloaded, and
    # parsing loads it (the patterns of that engine are compiled on first use)
    code = """if True:
        import sys
        import econparse
        import econparse.pipeline
        from econparse import parse
        assert "regex" not in sys.modules, "imported by import econparse"
        article = parse("Vale\u0301rie Roux said profits fell 5% to 2.1 billion euros in March.")
        assert "regex" in sys.modules
        assert [m.amount for m in article.money] == [2100000000]
        assert [p.value for p in article.percentages] == [5]
        assert [t.text for t in article.times] == ["March"]
    """
    subprocess.run([sys.executable, "-c", code], check=True)


def test_duration_loads_dateutil_on_first_use() -> None:
    from econparse.temporal import find_times

    duration = find_times("for nearly three decades")[0].duration
    assert duration is not None
    assert type(duration).__module__ == "dateutil.relativedelta"
    assert duration.years == 30
