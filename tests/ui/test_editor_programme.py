"""The editor's live checklist judges by the programme version of the receipt date, as the services do."""

from __future__ import annotations

from datetime import date

import app_data
from PySide6.QtCore import Qt

from bwi_vouchers.services.programmes import ProgrammeChange


def test_the_live_checklist_uses_the_version_of_the_receipt_date(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)  # beta: 12,500.50 € of costs, received 2 March 2026
    ui_services.catalogue.add_programme_change("admin", ProgrammeChange(valid_from=date(2026, 3, 3), cap="2000"))
    ui_services.clock.advance(8)  # 10 March: the new version is in force today
    window = make_window("clerk")
    editor = window.editors.open(sample["beta"].reference)
    qtbot.waitUntil(lambda: editor.checklist.amount.isVisible())
    assert "3.000,00 €" in editor.checklist.amount.text()

    # The same form received after the change day: the draft check picks the new version.
    editor.form.receipt_date.setDate(editor.form.receipt_date.date().addDays(5))
    editor.refresh_check()
    assert "2.000,00 €" in editor.checklist.amount.text()


def test_the_settings_page_shows_the_sme_limit_and_legal_basis(make_window) -> None:
    window = make_window("admin")
    window.show_page("settings")
    model = window.pages["settings"].version_model
    values = {model.headerData(r, Qt.Orientation.Vertical): model.index(r, 0).data() for r in range(model.rowCount())}
    assert values["De minimis legal basis"] == "Verordnung (EU) 2023/2831"
    assert values["SME: annual work units below"] == "250"
    assert values["SME: turnover at most"] == "50.000.000,00 €"
    assert values["SME: or balance-sheet total at most"] == "43.000.000,00 €"
