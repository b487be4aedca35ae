"""Word lists the text front-end (:mod:`econparse.frontend`) reads.

Data only: the front-end builds its regexes and look-up sets from these tables
once (a pattern on its first use).  Sources: AP and Reuters style-book abbreviation lists
(months, titles, US states, company suffixes), the agency names that appear in
wire datelines and credits, and the header keywords seen in text pasted from
news sites.  Entries are case-sensitive unless a table says otherwise; the
front-end also accepts an abbreviation whose first letter is capitalised
("E.g." for "e.g.") but never one whose capitals were lowered ("ill." is not
"Ill.", the state).

To extend a table, add a row; ``tests/test_frontend.py`` checks the tables for
duplicates and shape.
"""

from __future__ import annotations

from typing import Final

#: Abbreviations that never end a sentence: a title or a connective always
#: has something after it ("Mr. Smith", "e.g. oil", "vs. 3.1").  Written
#: without their final period.
NON_FINAL_ABBREVIATIONS: Final[tuple[str, ...]] = (
    # personal and professional titles
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps",
    "Gov", "Govs", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Cpl",
    "Rev", "Hon", "Pres", "Supt", "Atty", "Amb", "Insp", "Fr",
    # abbreviated first names in company names ("Wm. Wrigley Jr. Co")
    "Wm", "Chas", "Thos", "Jas", "Robt", "Benj",
    # place-name prefixes
    "Mt", "Ft", "Pt",
    # connectives that are always followed by something
    "vs", "v", "e.g", "i.e", "cf", "approx", "ca", "viz", "incl", "esp", "resp",
)  # fmt: skip

#: Abbreviations that stand before a number and only there ("No. 2",
#: "Art. 50"); before anything else the word is read as an ordinary word
#: ("He said no. The ...").
NUMBER_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "No", "Nos", "no", "nos", "Art", "Arts", "Fig", "Figs", "Vol", "Vols", "Ch", "Sec",
    "Secs", "Para", "Pp", "pp", "p", "Op", "Tab", "Ref", "Nr", "Ex",
)  # fmt: skip

#: Abbreviations that may end a sentence ("... based in the U.S. The deal"):
#: a sentence break is made after one of them only when the next word is one
#: of :data:`SENTENCE_STARTERS` (or the abbreviation is followed by a closing
#: quote).  Dotted initialisms ("U.S.", "J.P.", "a.m.") and single
#: capital initials ("W.") are recognised by shape and need not be listed.
FINAL_ABBREVIATIONS: Final[tuple[str, ...]] = (
    # months and days (AP style)
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    # company and organisation suffixes
    "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "PLC", "LLC", "Bros", "Assn", "Assoc",
    "Dept", "Intl", "Natl", "Mfg", "Govt", "Est", "Jr", "St", "Ave", "Blvd", "Rd",
    "etc", "al", "Univ", "Sr",
    # US states (AP style)
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
    "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    # Canadian provinces, French place prefixes
    "Ont", "Que", "Alta", "Sask", "Nfld", "Ste",
)  # fmt: skip

#: Capitalised words that commonly begin an English news sentence.  After a
#: FINAL abbreviation or an initial ("in the U.S. The deal", "Acme Corp. It
#: said") a break is made only before one of these, so that "U.S. Treasury"
#: or "George W. Bush" stay whole.  Function words only: capitalised nouns
#: ("Officials", "Sales") and "And"/"Or" follow "U.S." inside sentences too
#: often, in wire copy that capitalises the word after an abbreviation.
SENTENCE_STARTERS: Final[tuple[str, ...]] = (
    "A", "An", "The", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
    "Our", "My", "Your", "Some", "Many", "Most", "Several", "Such", "Each", "Every",
    "All", "Both", "Few", "No", "Other", "Another", "One", "Two", "Three", "It", "He",
    "She", "They", "We", "I", "You", "There", "Here", "Who", "What", "When", "Where",
    "Which", "Why", "How", "Whether", "But", "So", "Yet", "Still", "Also", "However",
    "Meanwhile", "Moreover", "Nevertheless", "Nonetheless", "Instead", "Indeed", "Thus",
    "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Earlier", "Later",
    "Previously", "Separately", "Elsewhere", "Overall", "Despite", "Although", "Though",
    "While", "Because", "Since", "If", "Unless", "As", "After", "Before", "In", "On",
    "At", "By", "For", "From", "With", "Without", "Under", "Over", "During", "Through",
    "Among", "Between", "According",
)  # fmt: skip

#: News agencies and outlets, canonical name first, then the aliases under
#: which they appear in datelines ("(Reuters)") and credits ("— Bloomberg").
#: Whole credit lines and dateline parentheses are compared ignoring case
#: ("DPA" is "dpa"); names inside a longer credit are matched as written.
AGENCIES: Final[tuple[tuple[str, ...], ...]] = (
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("Reuters", "Thomson Reuters"),
    ("AP", "Associated Press", "The Associated Press"),
    ("Bloomberg", "Bloomberg News"),
    ("Xinhua", "Xinhua News Agency"),
    ("Kyodo", "Kyodo News"),
    ("Jiji", "Jiji Press"),
    ("Dow Jones", "Dow Jones Newswires", "DJ Newswires"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("ANSA",),
    ("EFE",),
    ("PTI", "Press Trust of India"),
    ("IANS",),
    ("Yonhap", "Yonhap News Agency"),
    ("BBC", "BBC News"),
    ("CNN",),
    ("CNBC",),
    ("UPI", "United Press International"),
    ("Interfax",),
    ("TASS", "ITAR-TASS"),
    ("RIA Novosti", "RIA"),
    ("Bernama",),
    ("Antara",),
    ("Anadolu", "Anadolu Agency"),
    ("AAP", "Australian Associated Press"),
    ("PA", "Press Association", "PA Media"),
    ("Canadian Press", "The Canadian Press", "CP"),
    ("AFX", "AFX News"),
    ("MarketWatch",),
    ("Nikkei", "Nikkei Asia"),
    ("Caixin", "Caixin Global"),
)

#: Credit lines that name no particular agency: removed from the body, but
#: they give no ``source``.
GENERIC_CREDITS: Final[tuple[str, ...]] = (
    "Agencies",
    "News agencies",
    "Wire services",
    "Staff and agencies",
)

#: Header keywords (lower case, compared case-insensitively) that introduce
#: the publication date on a line of its own, or at the very start of the
#: text: "date 2019-01-27", "Published: January 27, 2019".
DATE_KEYWORDS: Final[tuple[str, ...]] = (
    "date", "dated", "published", "published on", "publication date", "posted",
    "posted on", "updated", "last updated", "first published", "dateline date",
)  # fmt: skip

#: Header keywords that introduce the headline ("Title: ...").
HEADLINE_KEYWORDS: Final[tuple[str, ...]] = ("title", "headline", "head", "hed")

#: Header keywords that introduce the agency or outlet ("Source: AFP").
SOURCE_KEYWORDS: Final[tuple[str, ...]] = ("source", "agency", "outlet", "publisher", "credit")

#: Header keywords whose line is metadata to skip ("By: Jane Doe").
SKIP_KEYWORDS: Final[tuple[str, ...]] = (
    "by", "byline", "author", "authors", "url", "link", "section", "category",
    "tags", "keywords", "language", "lang", "words", "length", "id",
)  # fmt: skip

#: Month names and their abbreviations, for header dates and datelines.
MONTHS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("January", "Jan")),
    (2, ("February", "Feb")),
    (3, ("March", "Mar")),
    (4, ("April", "Apr")),
    (5, ("May",)),
    (6, ("June", "Jun")),
    (7, ("July", "Jul")),
    (8, ("August", "Aug")),
    (9, ("September", "Sept", "Sep")),
    (10, ("October", "Oct")),
    (11, ("November", "Nov")),
    (12, ("December", "Dec")),
)

#: Time-zone abbreviations allowed after a header time ("10:32 GMT").
TIME_ZONES: Final[tuple[str, ...]] = (
    "GMT", "UTC", "Z", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST",
    "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "JST", "KST", "HKT", "SGT",
    "IST", "AEST", "AEDT", "MSK",
)  # fmt: skip

#: Lines that open a trailing production credit: "(Reporting by ...)",
#: "--With assistance from ...".  Compared case-insensitively.
CREDIT_OPENERS: Final[tuple[str, ...]] = (
    "reporting by", "additional reporting by", "additional reporting",
    "writing by", "written by", "editing by", "edited by", "compiled by",
    "translated by", "research by", "graphics by", "graphic by", "production by",
    "with assistance from", "with reporting from", "with reporting by",
    "contributing", "contributed by", "reported by", "by",
)  # fmt: skip
