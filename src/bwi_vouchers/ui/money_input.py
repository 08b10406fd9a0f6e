"""Reading money typed into a field: the value, or the reason in the user's words why it is not one."""

from __future__ import annotations

from decimal import Decimal

from bwi_vouchers.domain.money import MoneyError, parse_german_money, to_money
from bwi_vouchers.texts import error_text


def read_money(text: str, language: str, *, field: str) -> tuple[Decimal | None, str | None]:
    """``(amount, None)``, ``(None, None)`` for an empty text, or ``(None, message)`` when it is not an amount."""
    raw = text.strip()
    if not raw:
        return None, None
    if raw.endswith((",-", ",–", ".-", ".–")):  # "1.000,-": whole euros, as written on German forms
        raw = raw[:-2] + (",00" if language == "de" else ".00")
    try:
        if language == "de":
            return parse_german_money(raw), None
        return to_money(raw.replace(",", "").replace("€", "").strip()), None
    except MoneyError as error:
        return None, error_text(f"money_{error.code}", {"field": field, "value": raw}, language)
