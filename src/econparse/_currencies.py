"""The currency vocabulary: one typed row per ISO 4217 currency.

This module is data only; :mod:`econparse.money` builds its matching regexes
from it at import time.  Each row says how a currency is *written* in English
news: its ISO 4217 code, symbols, names and plurals, and sub-units.

Sources:

* ISO 4217 "List One" (current currency and funds codes) and "List Three"
  (historic denominations) as published by the SIX maintenance agency, for the
  codes, English names and minor-unit exponents.  Historic currencies that still
  appear in older news (DEM, FRF, ITL, NLG, ESP, FIM, BEF, ATS, IEP, PTE, GRD and
  the European Currency Unit XEU) keep their last published exponent.
* The Unicode "Currency Symbols" block (U+20A0..U+20CF) and the CLDR English
  symbol data (``US$``, ``HK$``, ``NT$``, ``R$``, ``zł``, ``Kč``, ``Ft`` ...).
* Newsroom style guides: the Reuters style of the 1980s wire ("mln dlrs",
  "stg", "cts", "U.S. Dlrs"), the Economist / FT / AP style books ("£2.5bn",
  "Sfr", "Rs 500 crore", "HK$", "C$", "A$").

Conventions of the table:

* ``names`` and ``sub-unit names`` are lower case and matched without regard to
  case; dots and spaces inside them are matched loosely ("U.S." = "US").
* ``symbols`` may stand before or after the amount ("€5", "5€", "EUR 5",
  "5 EUR"); ``prefix_symbols`` only before it ("US$5", "Rs 500").  Symbols are
  matched with their case, except that an ISO code is also accepted in lower
  case when it is not an English word (see :data:`WORD_CODES`).
* ``glued`` sub-unit abbreviations must touch the digits ("50p", "99c").
* An alias that several currencies share (``$``, "dollars", ``kr``, "francs",
  "cents" ...) is listed under each of them and in their ``ambiguous`` tuple;
  :data:`AMBIGUOUS_DEFAULTS` names the code a bare use resolves to, and the
  parser reports such a result with ``currency_assumed=True``.  An alias listed
  only once but still in ``ambiguous`` (``$``, "dollars" under USD) is a
  default too: the caller's ``default_dollar`` option replaces USD for it.
"""

from __future__ import annotations

from typing import Final, TypedDict


class SubUnit(TypedDict):
    """A fraction of the main unit: ``factor`` sub-units make one main unit."""

    names: tuple[str, ...]
    """Spelled-out names and spaced abbreviations, lower case ("cent", "cents", "cts")."""
    glued: tuple[str, ...]
    """Abbreviations accepted only when glued to the digits ("p" in "50p")."""
    factor: int
    """How many sub-units make one main unit (100 for cents)."""


class Currency(TypedDict):
    """How one ISO 4217 currency is written in English news."""

    code: str
    """ISO 4217 alphabetic code."""
    name: str
    """ISO 4217 English name."""
    exponent: int
    """ISO 4217 minor-unit exponent (2 for cents, 0 for the yen)."""
    symbols: tuple[str, ...]
    """Symbols and codes written before or after the amount, case-sensitive."""
    prefix_symbols: tuple[str, ...]
    """Symbols written only before the amount, case-sensitive."""
    names: tuple[str, ...]
    """Names, plurals and style-guide abbreviations written after the amount, lower case."""
    subunits: tuple[SubUnit, ...]
    """Sub-units and their factors."""
    ambiguous: tuple[str, ...]
    """Aliases of this row that do not pin the currency down on their own."""
    historic: bool
    """Whether the code was withdrawn (kept for older news)."""


def _row(
    code: str,
    name: str,
    exponent: int = 2,
    *,
    symbols: tuple[str, ...] = (),
    prefix: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
    subunits: tuple[SubUnit, ...] = (),
    ambiguous: tuple[str, ...] = (),
    historic: bool = False,
) -> Currency:
    # The ISO code itself is always a symbol of its row.
    return Currency(
        code=code,
        name=name,
        exponent=exponent,
        symbols=(code, *symbols),
        prefix_symbols=prefix,
        names=names,
        subunits=subunits,
        ambiguous=ambiguous,
        historic=historic,
    )


def _sub(factor: int, *names: str, glued: tuple[str, ...] = ()) -> SubUnit:
    return SubUnit(names=names, glued=glued, factor=factor)


_DOLLAR = ("dollar", "dollars", "dlr", "dlrs")


def _dollar_names(*countries: str) -> tuple[str, ...]:
    """'Canadian dollar(s)' and 'Canadian dlr(s)' for each country adjective."""
    return tuple(f"{country} {word}" for country in countries for word in _DOLLAR)


CURRENCIES: Final[tuple[Currency, ...]] = (
    # --- The dollar family -------------------------------------------------
    _row(
        "USD",
        "US Dollar",
        symbols=("$", "US$", "U.S.$"),
        prefix=("USD$",),
        names=(
            *_DOLLAR,
            *_dollar_names("us", "u.s.", "american", "united states"),
            "greenback",
            "greenbacks",
        ),
        subunits=(
            _sub(100, "cent", "cents", "ct", "cts", "¢", glued=("c", "¢")),
            _sub(10, "dime", "dimes"),
        ),
        ambiguous=("$", *_DOLLAR, "cent", "cents", "ct", "cts", "¢", "c", "dime", "dimes"),
    ),
    _row(
        "CAD",
        "Canadian Dollar",
        symbols=("C$", "CA$", "Can$", "CAD$"),
        names=(*_dollar_names("canadian", "can", "canada"), "loonie", "loonies"),
    ),
    _row(
        "AUD",
        "Australian Dollar",
        symbols=("A$", "AU$", "AUD$", "Aus$"),
        names=_dollar_names("australian", "aussie", "aust", "australia"),
    ),
    _row(
        "NZD",
        "New Zealand Dollar",
        symbols=("NZ$", "NZD$"),
        names=_dollar_names("new zealand", "nz", "n.z.", "kiwi"),
    ),
    _row(
        "HKD",
        "Hong Kong Dollar",
        symbols=("HK$", "HKD$"),
        names=_dollar_names("hong kong", "hk", "h.k."),
    ),
    _row(
        "SGD",
        "Singapore Dollar",
        symbols=("S$", "SGD$"),
        names=_dollar_names("singapore", "singaporean"),
    ),
    _row(
        "TWD",
        "New Taiwan Dollar",
        symbols=("NT$", "TWD$"),
        names=_dollar_names("taiwan", "new taiwan", "taiwanese"),
    ),
    _row(
        "MXN",
        "Mexican Peso",
        symbols=("Mex$", "MX$", "MXN$"),
        names=("mexican peso", "mexican pesos", "peso", "pesos"),
        subunits=(_sub(100, "centavo", "centavos"),),
        ambiguous=("peso", "pesos", "centavo", "centavos"),
    ),
    # --- Europe ---------------------------------------------------------------
    _row(
        "EUR",
        "Euro",
        symbols=("€",),
        names=("euro", "euros"),
        subunits=(_sub(100, "euro cent", "euro cents", "eurocent", "eurocents"),),
    ),
    _row(
        "GBP",
        "Pound Sterling",
        symbols=("£", "GB£", "UK£"),
        prefix=("stg",),
        names=(
            "pound",
            "pounds",
            "sterling",
            "stg",
            "pound sterling",
            "pounds sterling",
            "british pound",
            "british pounds",
            "uk pound",
            "uk pounds",
            "quid",
        ),
        subunits=(_sub(100, "penny", "pence", "pennies", glued=("p",)),),
        ambiguous=("pound", "pounds"),
    ),
    _row(
        "CHF",
        "Swiss Franc",
        symbols=("SFr", "Sfr", "SFr.", "Sfr.", "SwFr", "Swfr"),
        prefix=("Fr.",),
        names=("swiss franc", "swiss francs", "franc", "francs", "swiss fr"),
        subunits=(_sub(100, "rappen"),),
        ambiguous=("franc", "francs", "Fr."),
    ),
    _row(
        "SEK",
        "Swedish Krona",
        names=(
            "swedish krona",
            "swedish kronor",
            "swedish crown",
            "swedish crowns",
            "kronor",
            "krona",
        ),
        symbols=("kr", "kr."),
        ambiguous=("kr", "kr.", "krona"),
    ),
    _row(
        "NOK",
        "Norwegian Krone",
        symbols=("kr", "kr."),
        names=(
            "norwegian krone",
            "norwegian kroner",
            "norwegian crown",
            "norwegian crowns",
            "krone",
            "kroner",
        ),
        ambiguous=("kr", "kr.", "krone", "kroner"),
    ),
    _row(
        "DKK",
        "Danish Krone",
        symbols=("kr", "kr."),
        names=(
            "danish krone",
            "danish kroner",
            "danish crown",
            "danish crowns",
            "krone",
            "kroner",
        ),
        ambiguous=("kr", "kr.", "krone", "kroner"),
    ),
    _row(
        "ISK",
        "Iceland Krona",
        0,
        symbols=("kr", "kr."),
        names=("icelandic krona", "icelandic kronur", "icelandic crowns", "krona"),
        ambiguous=("kr", "kr.", "krona"),
    ),
    _row(
        "PLN",
        "Zloty",
        symbols=("zł", "Zł"),
        names=("zloty", "zlotys", "zlotych", "polish zloty", "polish zlotys"),
        subunits=(_sub(100, "grosz", "groszy"),),
    ),
    _row(
        "CZK",
        "Czech Koruna",
        symbols=("Kč",),
        names=("czech koruna", "czech korunas", "koruna", "korunas", "czech crown", "czech crowns"),
    ),
    _row(
        "HUF",
        "Forint",
        symbols=("Ft",),
        names=("forint", "forints", "hungarian forint", "hungarian forints"),
    ),
    _row(
        "RON",
        "Romanian Leu",
        names=("romanian leu", "romanian lei", "leu", "lei"),
    ),
    _row(
        "RUB",
        "Russian Ruble",
        symbols=("₽", "руб.", "руб"),
        names=(
            "rouble",
            "roubles",
            "ruble",
            "rubles",
            "russian rouble",
            "russian roubles",
            "russian ruble",
            "russian rubles",
        ),
        subunits=(_sub(100, "kopek", "kopeks", "kopeck", "kopecks", "copeck", "copecks"),),
    ),
    _row(
        "UAH",
        "Hryvnia",
        symbols=("₴", "грн.", "грн"),
        names=("hryvnia", "hryvnias", "hryvnya", "hryvnyas", "ukrainian hryvnia"),
    ),
    _row(
        "TRY",
        "Turkish Lira",
        symbols=("₺", "TL"),
        names=("turkish lira", "turkish liras", "lira", "liras"),
        subunits=(_sub(100, "kurus"),),
    ),
    # --- Asia and the Pacific ---------------------------------------------
    _row(
        "JPY",
        "Yen",
        0,
        symbols=("¥", "JP¥", "円"),
        names=("yen", "japanese yen"),
        ambiguous=("¥",),
    ),
    _row(
        "CNY",
        "Yuan Renminbi",
        symbols=("RMB", "CN¥", "¥", "元"),
        names=("yuan", "renminbi", "rmb", "chinese yuan", "chinese renminbi"),
        ambiguous=("¥",),
    ),
    _row(
        "KRW",
        "Won",
        0,
        symbols=("₩", "원"),
        names=("won", "korean won", "south korean won"),
    ),
    _row(
        "INR",
        "Indian Rupee",
        symbols=("₹",),
        prefix=("Rs", "Rs."),
        names=("rupee", "rupees", "indian rupee", "indian rupees"),
        subunits=(_sub(100, "paisa", "paise"),),
        ambiguous=("Rs", "Rs.", "rupee", "rupees"),
    ),
    _row(
        "PKR",
        "Pakistan Rupee",
        prefix=("Rs", "Rs."),
        names=("pakistani rupee", "pakistani rupees", "pakistan rupee", "pakistan rupees"),
        ambiguous=("Rs", "Rs."),
    ),
    _row(
        "LKR",
        "Sri Lanka Rupee",
        prefix=("Rs", "Rs."),
        names=("sri lankan rupee", "sri lankan rupees", "sri lanka rupees"),
        ambiguous=("Rs", "Rs."),
    ),
    _row(
        "IDR",
        "Rupiah",
        prefix=("Rp", "Rp."),
        names=("rupiah", "rupiahs", "indonesian rupiah"),
    ),
    _row(
        "MYR",
        "Malaysian Ringgit",
        prefix=("RM",),
        names=("ringgit", "ringgits", "malaysian ringgit"),
    ),
    _row(
        "THB",
        "Baht",
        symbols=("฿",),
        names=("baht", "thai baht"),
        subunits=(_sub(100, "satang"),),
    ),
    _row(
        "PHP",
        "Philippine Peso",
        symbols=("₱",),
        names=("philippine peso", "philippine pesos"),
    ),
    _row(
        "VND",
        "Dong",
        0,
        symbols=("₫",),
        names=("dong", "vietnamese dong"),
    ),
    _row(
        "BDT",
        "Taka",
        symbols=("৳",),
        names=("taka", "bangladeshi taka"),
    ),
    _row(
        "KZT",
        "Tenge",
        symbols=("₸",),
        names=("tenge", "kazakh tenge"),
    ),
    # --- The Americas ----------------------------------------------------
    _row(
        "BRL",
        "Brazilian Real",
        symbols=("R$",),
        names=("reais", "reals", "brazilian real", "brazilian reais", "brazilian reals"),
    ),
    _row(
        "ARS",
        "Argentine Peso",
        prefix=("AR$", "ARS$"),
        names=(
            "argentine peso",
            "argentine pesos",
            "argentinian peso",
            "argentinian pesos",
        ),
    ),
    _row(
        "CLP",
        "Chilean Peso",
        0,
        prefix=("CLP$",),
        names=("chilean peso", "chilean pesos"),
    ),
    _row(
        "COP",
        "Colombian Peso",
        prefix=("COL$",),
        names=("colombian peso", "colombian pesos"),
    ),
    _row(
        "PEN",
        "Sol",
        prefix=("S/.",),
        names=("soles", "nuevos soles", "peruvian sol", "peruvian soles"),
    ),
    _row(
        "CRC",
        "Costa Rican Colon",
        symbols=("₡",),
        names=("colones", "costa rican colon", "costa rican colones"),
    ),
    # --- Africa and the Middle East -------------------------------------
    _row(
        "ZAR",
        "Rand",
        names=("rand", "rands", "south african rand", "south african rands"),
    ),
    _row(
        "NGN",
        "Naira",
        symbols=("₦",),
        names=("naira", "nigerian naira"),
        subunits=(_sub(100, "kobo"),),
    ),
    _row(
        "EGP",
        "Egyptian Pound",
        symbols=("E£", "LE"),
        names=("egyptian pound", "egyptian pounds"),
    ),
    _row(
        "KES",
        "Kenyan Shilling",
        prefix=("KSh", "Ksh", "KShs"),
        names=("kenyan shilling", "kenyan shillings"),
    ),
    _row(
        "GHS",
        "Ghana Cedi",
        symbols=("₵", "GH₵", "GH¢"),
        names=("cedi", "cedis", "ghanaian cedi", "ghanaian cedis"),
    ),
    _row(
        "SAR",
        "Saudi Riyal",
        names=("riyal", "riyals", "saudi riyal", "saudi riyals"),
        ambiguous=("riyal", "riyals"),
    ),
    _row(
        "QAR",
        "Qatari Rial",
        names=("qatari riyal", "qatari riyals", "qatari rial", "qatari rials"),
    ),
    _row(
        "AED",
        "UAE Dirham",
        prefix=("Dh", "Dhs"),
        names=(
            "dirham",
            "dirhams",
            "uae dirham",
            "uae dirhams",
            "emirati dirham",
            "emirati dirhams",
        ),
        ambiguous=("dirham", "dirhams"),
    ),
    _row(
        "KWD",
        "Kuwaiti Dinar",
        3,
        symbols=("KD",),
        names=("kuwaiti dinar", "kuwaiti dinars"),
    ),
    _row(
        "OMR",
        "Rial Omani",
        3,
        names=("omani rial", "omani rials"),
    ),
    _row(
        "ILS",
        "New Israeli Sheqel",
        symbols=("₪", "NIS"),
        names=(
            "shekel",
            "shekels",
            "sheqel",
            "sheqels",
            "new shekel",
            "new shekels",
            "israeli shekel",
            "israeli shekels",
            "new israeli shekel",
            "new israeli shekels",
        ),
        subunits=(_sub(100, "agora", "agorot"),),
    ),
    _row(
        "IRR",
        "Iranian Rial",
        0,
        names=("iranian rial", "iranian rials"),
    ),
    # --- Historic European currencies (ISO 4217 List Three) ---------------
    _row(
        "DEM",
        "Deutsche Mark",
        symbols=("DM",),
        names=(
            "marks",
            "german mark",
            "german marks",
            "deutsche mark",
            "deutsche marks",
            "deutschemark",
            "deutschemarks",
            "deutschmark",
            "deutschmarks",
            "d-mark",
            "d-marks",
        ),
        subunits=(_sub(100, "pfennig", "pfennigs", "pfennige"),),
        ambiguous=("marks",),
        historic=True,
    ),
    _row(
        "FRF",
        "French Franc",
        symbols=("FF", "FFr", "FFr."),
        names=("french franc", "french francs", "franc", "francs"),
        ambiguous=("franc", "francs"),
        historic=True,
    ),
    _row(
        "BEF",
        "Belgian Franc",
        0,
        symbols=("BFr", "BFr."),
        names=("belgian franc", "belgian francs", "franc", "francs"),
        ambiguous=("franc", "francs"),
        historic=True,
    ),
    _row(
        "ITL",
        "Italian Lira",
        0,
        names=("lire", "italian lira", "italian lire", "italian liras"),
        historic=True,
    ),
    _row(
        "NLG",
        "Netherlands Guilder",
        symbols=("ƒ", "Dfl", "Dfl.", "Hfl", "Hfl."),
        names=(
            "guilder",
            "guilders",
            "dutch guilder",
            "dutch guilders",
            "netherlands guilder",
            "netherlands guilders",
            "florin",
            "florins",
        ),
        historic=True,
    ),
    _row(
        "ESP",
        "Spanish Peseta",
        0,
        symbols=("Pta", "Ptas", "Pts"),
        names=("peseta", "pesetas", "spanish peseta", "spanish pesetas"),
        historic=True,
    ),
    _row(
        "FIM",
        "Markka",
        symbols=("mk",),
        names=(
            "markka",
            "markkaa",
            "markkas",
            "finnish markka",
            "finnish markkaa",
            "finnish marks",
        ),
        subunits=(_sub(100, "penni", "pennia"),),
        historic=True,
    ),
    _row(
        "ATS",
        "Austrian Schilling",
        symbols=("ÖS", "öS"),
        names=("schilling", "schillings", "austrian schilling", "austrian schillings"),
        subunits=(_sub(100, "groschen"),),
        historic=True,
    ),
    _row(
        "IEP",
        "Irish Pound",
        symbols=("IR£", "Ir£", "I£"),
        names=("punt", "punts", "irish pound", "irish pounds", "irish punt", "irish punts"),
        historic=True,
    ),
    _row(
        "PTE",
        "Portuguese Escudo",
        0,
        names=("escudo", "escudos", "portuguese escudo", "portuguese escudos"),
        historic=True,
    ),
    _row(
        "GRD",
        "Greek Drachma",
        0,
        names=("drachma", "drachmas", "drachmae", "greek drachma", "greek drachmas"),
        historic=True,
    ),
    _row(
        "XEU",
        "European Currency Unit",
        symbols=("ECU", "Ecu", "₠"),
        names=("ecu", "ecus", "european currency unit", "european currency units"),
        historic=True,
    ),
)
"""Every currency econparse recognises, one row per ISO 4217 code."""


AMBIGUOUS_DEFAULTS: Final[dict[str, str]] = {
    # The dollar family: USD is replaced by the caller's ``default_dollar``.
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "cent": "USD",
    "cents": "USD",
    "ct": "USD",
    "cts": "USD",
    "¢": "USD",
    "c": "USD",
    "dime": "USD",
    "dimes": "USD",
    # Shared by several rows: the most frequent reading in English news.
    "¥": "JPY",
    "kr": "SEK",
    "kr.": "SEK",
    "krona": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "franc": "CHF",
    "francs": "CHF",
    "Fr.": "CHF",
    "Rs": "INR",
    "Rs.": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "peso": "MXN",
    "pesos": "MXN",
    "centavo": "MXN",
    "centavos": "MXN",
    "pound": "GBP",
    "pounds": "GBP",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "marks": "DEM",
}
"""Alias -> the code a bare, ambiguous use of it resolves to (``currency_assumed``)."""


WORD_CODES: Final[frozenset[str]] = frozenset(
    {"ALL", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY", "BAM", "DOP"}
)
"""ISO codes that are also English words: matched in upper case only."""


ISO_CODES: Final[frozenset[str]] = frozenset(row["code"] for row in CURRENCIES)
"""The codes of :data:`CURRENCIES`."""
