"""A form dialog names every wrong field at once — the form's own findings and the service's together."""

from __future__ import annotations

import app_data
from editor_helpers import open_new_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bwi_vouchers.ui.pages.company_dialogs import open_figures_dialog


def test_the_new_company_dialog_shows_all_invalid_fields_at_once(qtbot, make_window, ui_services) -> None:
    editor = open_new_editor(qtbot, make_window("clerk"))
    qtbot.mouseClick(editor.form.new_company, Qt.MouseButton.LeftButton)
    dialog = editor.company_dialog
    qtbot.keyClicks(dialog.postcode, "7017")  # the service's finding (five digits in BW)
    qtbot.keyClicks(dialog.awu, "zwoelf")  # the service's finding
    qtbot.keyClicks(dialog.turnover, "1,2,3")  # the form's finding (not money)
    qtbot.keyClicks(dialog.balance, "800.000")
    # the name stays empty: the form's finding
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    marked = {field for field, box in dialog.boxes.items() if box.message()}
    assert marked == {"name", "postcode", "annual_work_units", "turnover"}
    assert dialog.isVisible() and dialog.company is None
    assert ui_services.companies.rows() == []  # nothing saved
    # Corrected, it saves in one go.
    qtbot.keyClicks(dialog.name, "Neu GmbH")
    qtbot.keyClicks(dialog.postcode, "3")
    dialog.awu.setText("12")
    dialog.turnover.setText("1.200.000")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.company is not None and dialog.company.postcode == "70173"


def test_a_form_dialog_names_every_wrong_field_at_once(qtbot, make_window, ui_services) -> None:
    company = ui_services.companies.get(app_data.company(ui_services, "Alpha Optik GmbH"))
    window = make_window("clerk")
    window.show_page("companies")
    dialog = open_figures_dialog(window.pages["companies"], company)
    staff, turnover, balance = (dialog.fields[name].field for name in
                                ("annual_work_units", "turnover", "balance_sheet_total"))
    qtbot.keyClicks(staff, "zwoelf")
    qtbot.keyClicks(turnover, "1,2,3")
    qtbot.keyClicks(balance, "viel")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.field_error("turnover") and dialog.field_error("balance_sheet_total")  # both, not one
    assert dialog.field_error("annual_work_units")
    assert dialog.isVisible()  # the service's finding about the staff came in the same round
    turnover.setText("1.000.000")
    balance.setText("500.000")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.field_error("annual_work_units") and not dialog.field_error("turnover")  # still wrong
    assert len(ui_services.companies.get(company.id).figures) == 1  # the one from app_data, no new one


def test_the_prior_aid_dialog_names_the_missing_body_beside_the_unreadable_amount(qtbot, make_window,
                                                                                  ui_services) -> None:
    from bwi_vouchers.ui.pages.company_dialogs import open_deminimis_dialog

    company = ui_services.companies.get(app_data.company(ui_services, "Alpha Optik GmbH"))
    window = make_window("clerk")
    window.show_page("companies")
    dialog = open_deminimis_dialog(window.pages["companies"], company)
    qtbot.keyClicks(dialog.fields["deminimis_amount"].field, "viel")  # the form's finding; no granting body
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.field_error("deminimis_amount") and dialog.field_error("granting_body")  # one round, both
    assert dialog.isVisible() and ui_services.companies.get(company.id).deminimis == ()
