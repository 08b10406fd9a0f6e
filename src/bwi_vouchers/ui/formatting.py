"""Money, dates and numbers as the chosen language writes them (QLocale: 1.234,56 € and 24.11.2026 in German)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale


class Formats:
    def __init__(self, language: str = "de") -> None:
        self.language = language
        self.locale = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                              QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom)

    def money(self, amount: Decimal | None) -> str:
        if amount is None:
            return ""
        # QLocale works on binary floats; format the exact cents ourselves and only borrow the separators.
        sign = "-" if amount < 0 else ""
        whole, frac = f"{abs(amount):.2f}".split(".")
        group = self.locale.groupSeparator()
        digits: list[str] = []
        while len(whole) > 3:
            digits.insert(0, whole[-3:])
            whole = whole[:-3]
        digits.insert(0, whole)
        text = f"{sign}{group.join(digits)}{self.locale.decimalPoint()}{frac}"
        return f"{text} €" if self.language == "de" else f"€{text}"

    def date(self, day: date | None) -> str:
        if day is None:
            return ""
        return self.locale.toString(QDate(day.year, day.month, day.day), "dd.MM.yyyy" if self.language == "de"
                                    else "dd/MM/yyyy")

    def number(self, value: int) -> str:
        return self.locale.toString(value)

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
