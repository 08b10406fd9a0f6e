"""Numbers, money, dates, file sizes and plurals as German or English writes them — the one place that does.

German: ``1.234,56 €``, ``02.12.2026``, ``56,2``, ``1,5 MB``; English: ``€1,234.56``, ``02/12/2026``, ``56.2``.
The patterns and plural rules come from the Unicode CLDR through Babel. Babel is imported on first use, not
with this module, so a command that formats nothing does not pay for loading it. Babel writes a no-break
space between a number and its unit; these texts use a plain space, as typed text, the parsers
(``domain.money.parse_german_money``) and the letters' fields always have.

The desktop's own sentences with counts use Qt's ``tr(…, "", n)`` with ``%n``; everything else (the command
line, rule reasons, letters, the desktop's cells) formats here. Domain and services hand over plain values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

#: The CLDR locale for each language of the program (British English writes dates day first).
LOCALES = {"de": "de_DE", "en": "en_GB"}
DATE_PATTERN = {"de": "dd.MM.yyyy", "en": "dd/MM/yyyy"}  # four-digit years always
_SPACES = {0x00A0: " ", 0x202F: " "}  # no-break and narrow no-break space → space
KIB = 1024


def language_of(language: str) -> str:
    """``de`` or ``en`` for any spelling (``en_GB``, ``EN``, ``de-DE``); German when in doubt."""
    return "en" if language.lower().startswith("en") else "de"


@cache
def locale(language: str = "de") -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES[language_of(language)])


def _plain(text: str) -> str:
    return text.translate(_SPACES)


def money(amount: Decimal | int | None, language: str = "de") -> str:
    """``1.234,56 €`` / ``€1,234.56``; negative ``-1.234,56 €``; None → empty."""
    if amount is None:
        return ""
    return _money(Decimal(amount), language_of(language))


# A table repaints the same cells again and again; Babel takes some microseconds for each amount and day.
@lru_cache(maxsize=8192)
def _money(amount: Decimal, language: str) -> str:
    from babel.numbers import format_currency

    return _plain(format_currency(amount, "EUR", locale=locale(language)))


def number(value: int | Decimal | None, language: str = "de", *, places: int | None = None) -> str:
    """``12.345`` / ``12,345``; a Decimal with its own decimals (``56,2``), or exactly ``places`` of them."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    if places is None:
        exponent = value.as_tuple().exponent if isinstance(value, Decimal) else 0
        places = max(-exponent, 0) if isinstance(exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return _plain(format_decimal(Decimal(value), format=pattern, locale=locale(language),
                                 decimal_quantization=True))


def percent(rate: Decimal, language: str = "de", *, places: int | None = None) -> str:
    """A rate as percent with the decimals it has: 0.5 → ``50 %``, 0.375 → ``37,5 %`` (English ``37.5%``);
    with ``places`` exactly that many (0.2, one place → ``20,0 %``)."""
    from babel.numbers import format_percent

    if places is None:
        return _plain(format_percent(Decimal(rate), locale=locale(language), decimal_quantization=False))
    standard = locale(language).percent_formats[None].pattern  # "#,##0 %" / "#,##0%"
    pattern = re.sub(r"0(?=[^0#]*$)", "0" + ("." + "0" * places if places else ""), standard, count=1)
    return _plain(format_percent(Decimal(rate), format=pattern, locale=locale(language)))


def day(value: date | None, language: str = "de") -> str:
    """``02.12.2026`` / ``02/12/2026``; None → empty."""
    if value is None:
        return ""
    return _day(value, language_of(language))


@lru_cache(maxsize=8192)
def _day(value: date, language: str) -> str:
    from babel.dates import format_date

    return format_date(value, DATE_PATTERN[language], locale=locale(language))


def moment(value: datetime | None, language: str = "de", *, seconds: bool = False) -> str:
    """``02.12.2026 14:03`` (with ``seconds``: ``14:03:05``); the time as the clock on the wall shows it."""
    if value is None:
        return ""
    from babel.dates import format_time

    clock = format_time(value, "HH:mm:ss" if seconds else "HH:mm", locale=locale(language))
    return f"{day(value.date(), language)} {clock}"


def size(byte_count: int, language: str = "de") -> str:
    """A file size as people read it: ``812 Byte``, ``12,3 KB``, ``4,0 MB`` (English ``812 bytes``, ``12.3 KB``)."""
    if byte_count < KIB:
        return plural(byte_count, language, de=("{n} Byte", "{n} Byte"), en=("{n} byte", "{n} bytes"))
    unit_size, unit = (KIB, "KB") if byte_count < KIB * KIB else (KIB * KIB, "MB")
    # one decimal, rounded half up on the exact quotient (no binary float in between)
    scaled = (Decimal(byte_count) / unit_size).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{number(scaled, language, places=1)} {unit}"


def plural_form(count: int | Decimal, language: str = "de") -> str:
    """The CLDR plural category of a count: ``one`` or ``other`` in German and English."""
    return str(locale(language).plural_form(count))


def plural(count: int, language: str = "de", *, de: Sequence[str], en: Sequence[str] | None = None) -> str:
    """The words for a count, ``(one, other)`` per language, ``{n}`` the formatted count:
    ``plural(1, de=("{n} Gutschein", "{n} Gutscheine"), …)`` → ``1 Gutschein``. Without ``en`` (a German-only
    text of the command line) German serves both."""
    one, other = en if en is not None and language_of(language) == "en" else de
    template = one if plural_form(count, language) == "one" else other
    return template.format(n=number(count, language))


def listing(items: Sequence[str], language: str = "de") -> str:
    """``A, B und C`` / ``A, B and C``."""
    from babel.lists import format_list

    return format_list(list(items), locale=locale(language)) if items else ""
