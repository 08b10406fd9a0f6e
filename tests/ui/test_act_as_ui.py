"""Acting for another user inside the desktop (an admin on SQLite) and a server that cannot be reached at start."""

from __future__ import annotations

import app_data
import pytest
from PySide6.QtWidgets import QMessageBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.identity import identify
from bwi_vouchers.ui import act_as
from bwi_vouchers.ui.main import UserSwitch, open_until_reachable
from bwi_vouchers.ui.tasks import SynchronousTaskRunner


@pytest.fixture
def switch(qtbot, ui_services, ui_settings):  # type: ignore[no-untyped-def]
    """The admin's window, with acting for someone else wired as the desktop does it."""
    found = UserSwitch(ui_services, ui_settings,
                       lambda services, requested: identify(services.database, services.users, system_login="admin",
                                                            requested=requested),
                       runner=SynchronousTaskRunner())
    found.open(identify(ui_services.database, ui_services.users, system_login="admin", requested=None))
    yield found
    if found.window is not None:
        found.window.close()


def _menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


def test_an_admin_acts_for_a_clerk_and_back(qtbot, switch, ui_services) -> None:  # type: ignore[no-untyped-def]
    data = app_data.sample(ui_services)
    first = switch.window
    assert "&User" in _menu_texts(first)
    switch("clerk")
    window = switch.window
    assert window is not first and window.context.user.login == "clerk"
    assert window.user_label.text() == "User: admin for Anna Müller (Sachbearbeitung)"
    # what the new window does is recorded as the admin's for the clerk
    ui_services.lifecycle.move(window.context.user.login, data["alpha"].reference, Status.IN_REVIEW)
    newest = ui_services.audit.page(limit=1).rows[0]
    assert (newest.user, newest.on_behalf_of) == ("admin", "clerk")
    switch(None)
    back = switch.window
    assert back.context.user.login == "admin" and ui_services.database.operator is None
    assert " for " not in back.user_label.text() and "&User" in _menu_texts(back)


def test_a_clerk_has_no_user_menu(make_window) -> None:  # type: ignore[no-untyped-def]
    assert "&User" not in _menu_texts(make_window("clerk"))


def test_switching_waits_until_open_applications_are_closed(qtbot, switch, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = switch.window
    window.editors.open("")  # a new application being typed
    switch("clerk")
    assert switch.window is window and told == ["Please close the open applications first."]
    for editor in list(window.editors.open_editors.values()):
        editor.close()


def test_the_dialog_offers_the_other_users(qtbot, switch, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    offered: list[list[str]] = []

    def exec_(dialog) -> int:  # type: ignore[no-untyped-def]
        offered.append([dialog.choice.itemData(i) for i in range(dialog.choice.count())])
        dialog.choice.setCurrentIndex(dialog.choice.findData("approver"))
        return act_as.QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(act_as.ActAsDialog, "exec", exec_)
    first = switch.window
    first.findChild(act_as.QAction, "act_as").trigger()
    assert offered == [["approver", "clerk"]]  # not the admin himself
    assert switch.window is not first and switch.window.context.user.login == "approver"


def test_a_server_that_is_down_is_said_and_tried_again(monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Close]
    shown: list[str] = []

    def warning(_parent, _title, text, _buttons, _default):  # type: ignore[no-untyped-def]
        shown.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    tries = iter([BwiError("server_unreachable", server="db.example:5432"), "services"])

    def open_services(password=None):  # type: ignore[no-untyped-def]
        found = next(tries)
        if isinstance(found, BwiError):
            raise found
        return found

    assert open_until_reachable(open_services, "de") == "services"  # the second try reached it
    assert "db.example:5432 ist nicht erreichbar" in shown[0]

    def never(password=None):  # type: ignore[no-untyped-def]
        raise BwiError("server_unreachable", server="db.example:5432")

    assert open_until_reachable(never, "de") is None  # the user gave up: nothing opened
