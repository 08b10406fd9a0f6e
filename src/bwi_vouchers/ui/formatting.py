"""Money, dates and numbers in the chosen language for the desktop (``bwi_vouchers.formats``: 1.234,56 € and
24.11.2026 in German); the QLocale of the language for what Qt formats itself."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from bwi_vouchers import formats


class Formats:
    def __init__(self, language: str = "de") -> None:
        self.language = language
        self.locale = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                              QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom)

    def money(self, amount: Decimal | None) -> str:
        return formats.money(amount, self.language)

    def date(self, day: date | None) -> str:
        return formats.day(day, self.language)

    def moment(self, value: datetime | None, *, seconds: bool = False) -> str:
        return formats.moment(value, self.language, seconds=seconds)

    def number(self, value: int | Decimal) -> str:
        return formats.number(value, self.language)

    def percent(self, rate: Decimal, *, places: int | None = None) -> str:
        return formats.percent(rate, self.language, places=places)

    def size(self, byte_count: int) -> str:
        return formats.size(byte_count, self.language)

    def parse_money(self, text: str) -> Decimal | None:
        """German or English input into money; None when it is not one (the field says so)."""
        from bwi_vouchers.domain.money import MoneyError, parse_german_money, to_money

        raw = text.strip()
        if not raw:
            return None
        try:
            if self.language == "de":
                return parse_german_money(raw)
            return to_money(raw.replace(",", "").replace("€", "").strip())
        except MoneyError:
            return None
