"""Rule reasons and errors read German (and English) through the one formatting module: decimals, plurals,
grouped counts, sizes — the rules hand over plain values, the texts format them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.sizes import FileSize
from bwi_vouchers.domain.sme import SmeFigures
from bwi_vouchers.texts import error_text, reason_text

from .test_rules import BASE, check, other


def reason(rule: str, language: str, **changes: object) -> str:
    result = check(rule, **changes)
    return reason_text(result.reason, result.params, language)


def test_r04_writes_annual_work_units_with_a_german_decimal_comma() -> None:
    sme = SmeFigures(2025, Decimal("56.2"), Decimal("1000000.00"), Decimal("500000.00"))
    assert reason("R04", "de", sme=sme) == "KMU: 56,2 Jahresarbeitseinheiten (2025), Schwellenwerte eingehalten."
    assert reason("R04", "en", sme=sme) == "SME: 56.2 annual work units (2025), within the ceilings."


def test_r04_refusal_groups_big_numbers_and_keeps_the_year() -> None:
    sme = SmeFigures(2024, Decimal("1250.5"), Decimal("1000000.00"), Decimal("500000.00"))
    text = reason("R04", "de", sme=sme)
    assert "Mit 1.250,5 Jahresarbeitseinheiten (2024)" in text and "weniger als 250 erforderlich" in text


@pytest.mark.parametrize(("count", "german", "english"), [
    (0, "0 weitere Gutscheine im Jahr 2026 (höchstens 2).", "0 other vouchers in 2026 (at most 2)."),
    (1, "1 weiterer Gutschein im Jahr 2026 (höchstens 2).", "1 other voucher in 2026 (at most 2)."),
])
def test_r08_counts_other_vouchers_in_singular_and_plural(count: int, german: str, english: str) -> None:
    others = tuple(other(f"IG-2026-000{i + 1}", Status.APPROVED) for i in range(count))
    assert reason("R08", "de", others=others) == german
    assert reason("R08", "en", others=others) == english


def test_r08_refusal_with_two_vouchers_in_plural() -> None:
    others = (other("IG-2026-0001", Status.APPROVED), other("IG-2026-0002", Status.APPROVED))
    text = reason("R08", "de", others=others)
    assert "bereits 2 Gutscheine bzw. vorrangige Anträge (IG-2026-0001, IG-2026-0002)" in text, text


def test_r08_refusal_with_one_voucher_in_singular() -> None:
    programme = replace(BASE.programme, max_vouchers_per_year=1)
    text = reason("R08", "de", programme=programme, others=(other("IG-2026-0001", Status.APPROVED),))
    assert "bereits 1 Gutschein bzw. vorrangigen Antrag (IG-2026-0001); höchstens 1 möglich." in text, text
    english = reason("R08", "en", programme=programme, others=(other("IG-2026-0001", Status.APPROVED),))
    assert "already has 1 voucher or earlier application" in english


def test_money_and_dates_in_reasons_per_language() -> None:
    assert reason("R07", "de") == "Förderfähige Kosten 4.000,00 € (Mindestbetrag 500,00 €)."
    assert reason("R07", "en") == "Eligible costs €4,000.00 (minimum €500.00)."
    assert reason("R06", "de") == "Antragseingang 02.03.2026 vor Maßnahmebeginn 04.05.2026."
    assert reason("R06", "en") == "Received 02/03/2026, before the measure starts on 04/05/2026."


def test_errors_group_row_limits_and_write_sizes() -> None:
    rows = error_text("too_many_rows", {"path": "a.xlsx", "limit": 100000}, "de")
    assert "mehr als 100.000 Zeilen" in rows
    assert "more than 100,000 rows" in error_text("too_many_rows", {"path": "a.xlsx", "limit": 100000}, "en")
    large = error_text("attachment_too_large", {"path": "x.pdf", "size": FileSize(27_000_000),
                                                "limit": FileSize(25 * 1024 * 1024)}, "de")
    assert "(25,7 MB)" in large and "höchstens 25,0 MB" in large
    unpacked = error_text("file_too_large_unpacked", {"path": "a.xlsx", "size": FileSize(300 * 1024 * 1024),
                                                      "limit": FileSize(200 * 1024 * 1024)}, "de")
    assert unpacked == "Die Datei a.xlsx ist entpackt zu groß (300,0 MB); höchstens 200,0 MB werden eingelesen."


def test_plural_errors() -> None:
    assert error_text("pdf_timeout", {"count": 1}, "de") == "LibreOffice hat 1 Brief nicht rechtzeitig in PDF " \
                                                            "umgewandelt."
    assert error_text("pdf_timeout", {"count": 3}, "en") == "LibreOffice did not convert 3 letters to PDF in time."
    assert "bereits 1.500 Anträge" in error_text("demo_not_empty", {"count": 1500}, "de")
