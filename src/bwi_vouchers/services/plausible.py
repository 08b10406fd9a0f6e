"""Plausible values only: dates the programme can mean, clean text, ISO 3166 country codes.

The forms, the import and the command line all come through the services, so these checks live here and
each refusal is a ``ValidationError`` naming its field.

Text: control characters and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
refused — they can make a name read differently from what it is ("Trojan Source"); zero-width characters
are removed silently (they come in with copy and paste and only make two equal names differ); a single-line
field refuses line breaks, a free text keeps them (as ``\\n``).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from functools import cache

from bwi_vouchers.domain.dates import EARLIEST, LATEST
from bwi_vouchers.errors import ValidationError

BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))
LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
#: Codes Babel knows that are no ISO 3166-1 countries (reserved or CLDR's own), beside the numeric regions.
NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})


def check_date(field: str, value: date, *, earliest: date = EARLIEST, latest: date = LATEST) -> date:
    """The date, or a ValidationError when it lies outside the window the programme can mean."""
    if not earliest <= value <= latest:
        raise ValidationError(field, "date_out_of_range", date=value.isoformat(), earliest=earliest.isoformat(),
                              latest=latest.isoformat())
    return value


def clean_text(field: str, value: str, *, multiline: bool = False) -> str:
    """The text without zero-width characters (and with ``\\n`` line ends), or a ValidationError naming the
    field for a control character, a bidirectional override or (in a single-line field) a line break."""
    text = value.translate(ZERO_WIDTH)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    for char in text:
        if char in BIDI_CONTROLS:
            raise ValidationError(field, "text_bidi", char=f"U+{ord(char):04X}")
        if char in LINE_BREAKS and not (multiline and char == "\n"):
            raise ValidationError(field, "text_newline")
        if unicodedata.category(char) in ("Cc", "Cs") and not (multiline and char in "\n\t"):
            raise ValidationError(field, "text_control", char=f"U+{ord(char):04X}")
    return text


@cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, from the Unicode CLDR territory list that Babel ships (plus Kosovo, XK,
    which the EU and most of its members use as a user-assigned code)."""
    from babel import Locale

    return frozenset(code for code in map(str, Locale("en").territories)
                     if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES)


def check_country(field: str, value: str | None) -> str:
    """An ISO 3166-1 alpha-2 country code (upper case), or a ValidationError naming the field."""
    code = (value or "").strip().upper()
    if code not in country_codes():
        raise ValidationError(field, "bad_country", country=(value or "").strip())
    return code
