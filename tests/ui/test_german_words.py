"""The desktop in German and in English: the audit view names records instead of ids, bookings read
"Freigabe 175,00 €", counts take their singular ("1 Eintrag angezeigt.")."""

from __future__ import annotations

from collections.abc import Iterator

import app_data
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.ui import i18n


@pytest.fixture(params=["de", "en"])
def language(request, ui_settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The program's language with its translations installed (English: its plural forms)."""
    app = QApplication.instance()
    translators = i18n.install(app, request.param)  # type: ignore[arg-type]
    ui_settings.language = request.param
    try:
        yield request.param
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]


@pytest.fixture
def paid(ui_services):  # type: ignore[no-untyped-def]
    """Alpha's voucher: 2.000,00 € committed, costs of 3.650,00 € proven, 1.825,00 € paid, 175,00 € released."""
    info = app_data.sample(ui_services)["alpha"]
    lifecycle = ui_services.lifecycle
    lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    lifecycle.move("approver", info.reference, Status.APPROVED)
    ui_services.clock.advance(70)  # past the measure's end
    lifecycle.move("clerk", info.reference, Status.PROOF_RECEIVED, costs="3650.00")
    lifecycle.move("approver", info.reference, Status.PAID)
    return info


WORDS = {
    "de": {"created": ["Unternehmen: Alpha Optik GmbH", "Maßnahme: M-2026-001 Markterkundung USA Photonik",
                       "Förderfähige Kosten: 4.000,00 €"],
           "paid": ["Auszahlung 1.825,00 €, Freigabe 175,00 €", "Eva Fischer"],
           "one": "1 Eintrag angezeigt.", "ledger": ["Freigabe", "175,00 €", "Status → ausgezahlt"]},
    "en": {"created": ["Company: Alpha Optik GmbH", "Measure: M-2026-001 Markterkundung USA Photonik",
                       "Eligible costs: €4,000.00"],
           "paid": ["payout €1,825.00, release €175.00", "Eva Fischer"],
           "one": "1 event shown.", "ledger": ["release", "€175.00", "status → paid"]},
}


def changes_of(page, reference: str, action: str) -> str:  # type: ignore[no-untyped-def]
    for row in range(page.model.rowCount()):
        event = page.model.row_at(row)
        if event.record == reference and event.action == action:
            return str(page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole))
    raise AssertionError(f"no event {action} of {reference}")


def test_the_audit_view_names_records_and_people(make_window, paid, language: str) -> None:
    window = make_window()
    window.show_page("audit")
    page = window.pages["audit"]
    created = changes_of(page, paid.reference, "created")
    for words in WORDS[language]["created"]:
        assert words in created
    assert " no." not in created and " Nr." not in created
    theme = next(t for t in window.context.services.catalogue.themes()
                 if t.code == window.context.services.applications.get(paid.reference).theme_code)
    label = "Zielfeld" if language == "de" else "Target field"
    assert f"{label}: {theme.code} {theme.name_de if language == 'de' else theme.name_en}" in created  # not "6"
    payout = changes_of(page, paid.reference, "status:paid")
    for words in WORDS[language]["paid"]:
        assert words in payout, payout
    assert "approver" not in payout  # the login is the person's name


def test_a_count_of_one_is_singular(qtbot, make_window, paid, language: str) -> None:
    window = make_window()
    window.show_page("audit")
    page = window.pages["audit"]
    assert page.count.text().endswith(("Einträge angezeigt.", "events shown."))
    qtbot.keyClicks(page.text, "Beta Sensorik")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text() == WORDS[language]["one"]


def test_the_ledger_shows_the_release_in_words(make_window, paid, language: str) -> None:
    window = make_window()
    window.show_page("budget")
    budget = window.pages["budget"]
    budget.lines_table.selectRow(0)
    ledger = budget.ledger
    rows = [[ledger.index(r, c).data() for c in range(ledger.columnCount())] for r in range(ledger.rowCount())]
    release = next(row for row in rows if row[1] == WORDS[language]["ledger"][0])
    assert release[2] == paid.reference
    assert [release[3], release[5]] == WORDS[language]["ledger"][1:]
