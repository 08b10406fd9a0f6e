"""The settings page: programme versions, users and roles (admins only), language, database, templates."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from bwi_vouchers.domain.enums import Role


def open_page(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("settings")
    return window.pages["settings"]


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def logins(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.user_model.row_at(r).login for r in range(page.user_model.rowCount())]


def select_user(qtbot, page, login: str) -> None:  # type: ignore[no-untyped-def]
    rect = page.user_table.visualRect(page.user_model.index(logins(page).index(login), 0))
    qtbot.mouseClick(page.user_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_programme_versions_show_their_numbers(make_window, qtmodeltester) -> None:
    page = open_page(make_window, "clerk")
    model = page.version_model
    assert model.columnCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "from 01.01.2020 (in force)"
    values = {model.headerData(r, Qt.Orientation.Vertical): model.index(r, 0).data() for r in range(model.rowCount())}
    assert values["Rate"] == "50 %" and values["Cap per voucher"] == "3.000,00 €"
    assert values["De minimis ceiling"] == "300.000,00 €" and values["Funding sources"] == "Landesmittel, EFRE"
    qtmodeltester.check(model)


def test_a_non_admin_cannot_change_users_or_rules(make_window) -> None:
    page = open_page(make_window, "clerk")
    assert not page.add_user_button.isEnabled() and page.add_user_button.toolTip() == "Only admins add users."
    assert not page.roles_button.isEnabled() and "Only admins" in page.roles_button.toolTip()
    assert not page.version_button.isEnabled() and "Only admins" in page.version_button.toolTip()
    assert not page.templates_button.isEnabled()


def test_admin_adds_a_user_with_roles(qtbot, make_window, ui_services, qtmodeltester) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields["login"].field, "kbauer")
    qtbot.keyClicks(dialog.fields["name"].field, "Klaus Bauer")
    dialog.fields["roles"].field.boxes["budget"].setChecked(True)
    ok(qtbot, dialog)
    assert "kbauer" in logins(page)
    assert ui_services.users.get("kbauer").roles == {Role.CLERK, Role.BUDGET}
    qtmodeltester.check(page.user_model)


def test_a_bad_login_is_marked_at_its_field(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields["login"].field, "no spaces")
    ok(qtbot, dialog)
    assert "kein gültiger Anmeldename" in dialog.field_error("login")
    assert ui_services.users.get("no spaces") is None


def test_roles_change_but_the_last_admin_keeps_the_admin_role(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    select_user(qtbot, page, "clerk")
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    page.dialog.fields["roles"].field.boxes["approver"].setChecked(True)
    ok(qtbot, page.dialog)
    assert ui_services.users.get("clerk").roles == {Role.CLERK, Role.APPROVER}
    select_user(qtbot, page, "admin")
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["roles"].field.boxes["admin"].setChecked(False)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "letzte Administrator" in dialog.general_error()
    assert Role.ADMIN in ui_services.users.get("admin").roles


def test_admin_adds_a_programme_version(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["valid_from"].field.setDate(QDate(2026, 7, 1))
    dialog.fields["rate"].field.setText("40")
    dialog.fields["cap"].field.setText("2.500,00")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.version_model.columnCount() == 2
    assert page.version_model.headerData(1, Qt.Orientation.Horizontal) == "from 01.07.2026"
    newest = ui_services.catalogue.programmes()[-1]
    assert (newest.rate, newest.cap) == (Decimal("0.40"), Decimal("2500.00"))


def test_a_version_in_the_past_is_refused_at_its_field(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["valid_from"].field.setDate(QDate(2026, 1, 1))
    ok(qtbot, dialog)
    assert "02.03.2026" in dialog.field_error("valid_from")
    dialog.fields["valid_from"].field.setDate(QDate(2026, 4, 1))
    dialog.fields["rate"].field.setText("fünfzig")
    ok(qtbot, dialog)
    assert dialog.field_error("rate") and dialog.field_error("valid_from") == ""
    assert len(ui_services.catalogue.programmes()) == 1


def test_language_is_stored_for_the_next_start(make_window, ui_settings) -> None:
    page = open_page(make_window, "clerk")
    assert page.language.currentText() == "Deutsch"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert ui_settings.language == "en"
    assert "started again" in page.language_note.text()


def test_database_is_shown_read_only_and_the_template_folder_is_picked(
    qtbot, make_window, ui_settings, monkeypatch, tmp_path
) -> None:
    page = open_page(make_window)
    assert page.database.isReadOnly() and page.database.text().endswith("ui.db")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    assert ui_settings.templates_folder == str(tmp_path) and page.templates.text() == str(tmp_path)
    qtbot.mouseClick(page.templates_reset, Qt.MouseButton.LeftButton)
    assert ui_settings.templates_folder == ""
