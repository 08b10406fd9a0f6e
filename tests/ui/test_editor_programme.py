"""The editor's live checklist judges by the programme version of the receipt date, as the services do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import app_data
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

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


def test_the_version_dialog_sets_the_sme_limit_and_legal_basis(qtbot, make_window, ui_services) -> None:
    window = make_window("admin")
    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["valid_from"].field.setDate(QDate(2026, 7, 1))
    assert dialog.fields["sme_staff_limit"].field.text() == "250"  # prefilled with the newest version's
    dialog.fields["sme_staff_limit"].field.setText("200")
    dialog.fields["sme_turnover_limit"].field.setText("40.000.000,00")
    dialog.fields["deminimis_basis"].field.setText("Verordnung (EU) 2099/1")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = ui_services.catalogue.programmes()[-1]
    assert (added.sme_limit.staff, added.sme_limit.turnover, added.sme_limit.balance_sheet_total,
            added.deminimis_basis) == (Decimal(200), Decimal("40000000.00"), Decimal("43000000.00"),
                                       "Verordnung (EU) 2099/1")


def test_an_empty_legal_basis_is_marked_at_its_field(qtbot, make_window, ui_services) -> None:
    window = make_window("admin")
    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["valid_from"].field.setDate(QDate(2026, 7, 1))
    dialog.fields["deminimis_basis"].field.setText("  ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.field_error("deminimis_basis")
    assert len(ui_services.catalogue.programmes()) == 1
