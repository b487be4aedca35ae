"""Validate the currency table (econparse._currencies) and currencies.txt against it."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib.resources import files

import pytest

from econparse import _currencies
from econparse._currencies import AMBIGUOUS_DEFAULTS, CURRENCIES, ISO_CODES, WORD_CODES
from econparse._units import registry
from econparse.money import find_money

# ISO 4217 List One (current alphabetic codes, as of amendment 178) ...
ISO_4217_CURRENT = frozenset(
    [
        "AED",
        "AFN",
        "ALL",
        "AMD",
        "ANG",
        "AOA",
        "ARS",
        "AUD",
        "AWG",
        "AZN",
        "BAM",
        "BBD",
        "BDT",
        "BGN",
        "BHD",
        "BIF",
        "BMD",
        "BND",
        "BOB",
        "BOV",
        "BRL",
        "BSD",
        "BTN",
        "BWP",
        "BYN",
        "BZD",
        "CAD",
        "CDF",
        "CHE",
        "CHF",
        "CHW",
        "CLF",
        "CLP",
        "CNY",
        "COP",
        "COU",
        "CRC",
        "CUC",
        "CUP",
        "CVE",
        "CZK",
        "DJF",
        "DKK",
        "DOP",
        "DZD",
        "EGP",
        "ERN",
        "ETB",
        "EUR",
        "FJD",
        "FKP",
        "GBP",
        "GEL",
        "GHS",
        "GIP",
        "GMD",
        "GNF",
        "GTQ",
        "GYD",
        "HKD",
        "HNL",
        "HTG",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "IQD",
        "IRR",
        "ISK",
        "JMD",
        "JOD",
        "JPY",
        "KES",
        "KGS",
        "KHR",
        "KMF",
        "KPW",
        "KRW",
        "KWD",
        "KYD",
        "KZT",
        "LAK",
        "LBP",
        "LKR",
        "LRD",
        "LSL",
        "LYD",
        "MAD",
        "MDL",
        "MGA",
        "MKD",
        "MMK",
        "MNT",
        "MOP",
        "MRU",
        "MUR",
        "MVR",
        "MWK",
        "MXN",
        "MXV",
        "MYR",
        "MZN",
        "NAD",
        "NGN",
        "NIO",
        "NOK",
        "NPR",
        "NZD",
        "OMR",
        "PAB",
        "PEN",
        "PGK",
        "PHP",
        "PKR",
        "PLN",
        "PYG",
        "QAR",
        "RON",
        "RSD",
        "RUB",
        "RWF",
        "SAR",
        "SBD",
        "SCR",
        "SDG",
        "SEK",
        "SGD",
        "SHP",
        "SLE",
        "SLL",
        "SOS",
        "SRD",
        "SSP",
        "STN",
        "SVC",
        "SYP",
        "SZL",
        "THB",
        "TJS",
        "TMT",
        "TND",
        "TOP",
        "TRY",
        "TTD",
        "TWD",
        "TZS",
        "UAH",
        "UGX",
        "USD",
        "USN",
        "UYI",
        "UYU",
        "UYW",
        "UZS",
        "VED",
        "VES",
        "VND",
        "VUV",
        "WST",
        "XAF",
        "XAG",
        "XAU",
        "XBA",
        "XBB",
        "XBC",
        "XBD",
        "XCD",
        "XCG",
        "XDR",
        "XOF",
        "XPD",
        "XPF",
        "XPT",
        "XSU",
        "XTS",
        "XUA",
        "XXX",
        "YER",
        "ZAR",
        "ZMW",
        "ZWG",
        "ZWL",
    ]
)
# ... and the List Three (historic) codes the table uses.
ISO_4217_HISTORIC = frozenset(
    ["ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "NLG", "PTE", "XEU"]
)


def _aliases(row: _currencies.Currency) -> list[tuple[str, str]]:
    """(kind, alias) pairs of a row; kind separates case-sensitive symbols from names."""
    pairs = [("symbol", s) for s in (*row["symbols"], *row["prefix_symbols"])]
    pairs += [("name", n) for n in row["names"]]
    for sub in row["subunits"]:
        pairs += [("name", n) for n in sub["names"]]
        pairs += [("symbol", g) for g in sub["glued"]]
    return pairs


def test_codes_are_real_iso_4217() -> None:
    for row in CURRENCIES:
        code = row["code"]
        assert re.fullmatch(r"[A-Z]{3}", code), code
        if row["historic"]:
            assert code in ISO_4217_HISTORIC, f"{code} is marked historic but not in List Three"
        else:
            assert code in ISO_4217_CURRENT, f"{code} is not a current ISO 4217 code"


def test_codes_unique() -> None:
    codes = [row["code"] for row in CURRENCIES]
    assert len(codes) == len(set(codes))
    assert frozenset(codes) == ISO_CODES


def test_table_size_and_historic_coverage() -> None:
    assert len(CURRENCIES) >= 45
    historic = {row["code"] for row in CURRENCIES if row["historic"]}
    assert {"DEM", "FRF", "ITL", "NLG", "ESP", "FIM", "BEF", "ATS", "IEP", "XEU"} <= historic


@pytest.mark.parametrize("row", CURRENCIES, ids=lambda row: row["code"])
def test_row_shape(row: _currencies.Currency) -> None:
    assert row["name"]
    assert row["exponent"] in (0, 2, 3)
    assert row["code"] in row["symbols"]
    for name in row["names"]:
        assert name == name.lower(), name
        assert name.strip() == name, name
        assert "  " not in name, name
    for sub in row["subunits"]:
        assert sub["factor"] in (10, 100, 1000)
        assert sub["names"] or sub["glued"]
        for name in sub["names"]:
            assert name == name.lower(), name
    all_aliases = {alias for _, alias in _aliases(row)}
    for alias in row["ambiguous"]:
        assert alias in all_aliases, f"{row['code']}: ambiguous {alias!r} is not one of its aliases"


def test_no_alias_maps_to_two_codes_unless_ambiguous() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in CURRENCIES:
        for kind, alias in _aliases(row):
            key = alias.lower() if kind == "name" else alias
            owners[(kind, key)].add(row["code"])
    for (kind, alias), codes in owners.items():
        if len(codes) == 1:
            continue
        for row in CURRENCIES:
            if row["code"] in codes:
                assert alias in row["ambiguous"], (
                    f"{kind} {alias!r} belongs to {sorted(codes)} but is not marked "
                    f"ambiguous in {row['code']}"
                )
        assert alias in AMBIGUOUS_DEFAULTS, f"shared alias {alias!r} has no default"
        assert AMBIGUOUS_DEFAULTS[alias] in codes


def test_every_ambiguous_alias_has_a_default_among_its_owners() -> None:
    for row in CURRENCIES:
        for alias in row["ambiguous"]:
            assert alias in AMBIGUOUS_DEFAULTS, alias
    for alias, code in AMBIGUOUS_DEFAULTS.items():
        owners = {row["code"] for row in CURRENCIES if alias in row["ambiguous"]}
        assert code in owners, f"default {code} of {alias!r} is not one of its rows {owners}"


def test_word_codes_are_codes_or_candidates() -> None:
    for code in WORD_CODES:
        assert re.fullmatch(r"[A-Z]{3}", code)
        assert code in ISO_4217_CURRENT


def test_every_alias_resolves() -> None:
    """Each alias, written with an amount, is read as its row's code (or the default)."""
    for row in CURRENCIES:
        for kind, alias in _aliases(row):
            if kind == "symbol" and alias in {g for sub in row["subunits"] for g in sub["glued"]}:
                text = f"it cost 50{alias} today"
            elif kind == "symbol" and alias not in row["symbols"]:
                text = f"it cost {alias} 7 today"
            else:
                text = f"it cost 7 {alias} today"
            if alias in ("pound",):
                text = "it cost 1 pound today"
            found = find_money(text, default_dollar="USD")
            assert len(found) == 1, f"{alias!r} in {text!r}: {found}"
            expected = AMBIGUOUS_DEFAULTS.get(alias, row["code"])
            if alias not in row["ambiguous"]:
                expected = row["code"]
            assert found[0].currency == expected, (alias, found[0])
            assert found[0].currency_assumed == (alias in row["ambiguous"]), alias


def _definitions() -> dict[str, str]:
    text = files("econparse").joinpath("currencies.txt").read_text(encoding="utf-8")
    units = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, definition = (part.strip() for part in line.partition("="))
        units[name] = definition
    return units


def test_definitions_file_matches_table() -> None:
    units = _definitions()
    assert set(units) == set(ISO_CODES)
    for code, definition in units.items():
        assert definition == f"[currency_{code}]", (code, definition)


def test_definitions_load_in_pint() -> None:
    for code in ISO_CODES:
        assert str(registry().Quantity(1, code).units) == code
