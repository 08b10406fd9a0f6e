"""Identity in the desktop: "admin for clerk" in the audit log, the history and the status bar; the password of a
PostgreSQL login asked for only when the server wants it, again after a wrong one, and never shown."""

from __future__ import annotations

import app_data
import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.ui.password import PasswordDialog, open_with_password


@pytest.fixture
def acted_for(ui_services):  # type: ignore[no-untyped-def]
    """admin put alpha in review for the clerk (``--user clerk`` on SQLite)."""
    data = app_data.sample(ui_services)
    ui_services.database.operator = "admin"
    ui_services.lifecycle.move("clerk", data["alpha"].reference, Status.IN_REVIEW)
    ui_services.database.operator = None
    return data


def test_the_audit_log_names_who_acted_for_whom(make_window, acted_for) -> None:  # type: ignore[no-untyped-def]
    window = make_window("admin")
    window.show_page("audit")
    page = window.pages["audit"]
    newest = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert newest[1] == "admin for Anna Müller"
    assert page.model.index(0, 1).data(3) == "admin for clerk"  # the tooltip names the logins
    page.user.setCurrentIndex(page.user.findData("clerk"))  # found under the clerk's name too
    assert page.model.rowCount() >= 1 and page.model.row_at(0).on_behalf_of == "clerk"


def test_the_history_names_who_acted_for_whom(ui_services, acted_for, qtbot) -> None:  # type: ignore[no-untyped-def]
    from bwi_vouchers.ui.formatting import Formats
    from bwi_vouchers.ui.models.history import HistoryColumn, HistoryModel

    model = HistoryModel(Formats("en"))
    model.names = {"clerk": "Anna Müller"}
    model.set_rows(ui_services.applications.history(acted_for["alpha"].reference))
    assert model.index(0, HistoryColumn.WHO).data() == "admin for Anna Müller"


def test_the_status_bar_names_the_admin_acting_for_a_user(qtbot, ui_services, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.tasks import SynchronousTaskRunner

    window = build_window(ui_services, "clerk", settings=ui_settings, runner=SynchronousTaskRunner(),
                          operator="admin")
    qtbot.addWidget(window)
    assert window.user_label.text() == "User: admin for Anna Müller (Sachbearbeitung)"


def test_the_password_dialog_hides_the_password_and_says_when_it_was_wrong(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog("postgresql+psycopg://weber@server/bwi", "weber", wrong=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.error.isVisible()
    qtbot.keyClicks(dialog.field, "geheim")
    assert dialog.password() == "geheim"
    assert not any("geheim" in label.text() for label in dialog.findChildren(QLabel))
    again = PasswordDialog("bwi", "weber", wrong=True)
    qtbot.addWidget(again)
    again.show()
    assert again.error.isVisible() and "wrong" in again.error.text()


def test_a_password_is_asked_for_only_when_needed_and_again_after_a_wrong_one() -> None:
    tried: list[str | None] = []
    asked: list[tuple[str, str, bool]] = []

    def open_services(password: str | None = None):  # type: ignore[no-untyped-def]
        tried.append(password)
        if password == "richtig":
            return "services"
        code = "password_required" if password is None else "password_wrong"
        raise BwiError(code, database="postgresql+psycopg://weber@server/bwi", user="weber")

    answers = iter(["falsch", "richtig"])
    result = open_with_password(open_services, lambda db, user, wrong: asked.append((db, user, wrong))
                                or next(answers))
    assert result == "services"
    assert tried == [None, "falsch", "richtig"]
    assert [wrong for _, _, wrong in asked] == [False, True] and asked[0][1] == "weber"
    # no password needed (URL, .pgpass): never asked
    assert open_with_password(lambda password=None: "ok", lambda *a: pytest.fail("asked")) == "ok"
    # cancelled: nothing opened
    assert open_with_password(open_services, lambda *a: None) is None
    # any other refusal is not about passwords
    with pytest.raises(BwiError):
        open_with_password(lambda password=None: (_ for _ in ()).throw(BwiError("cannot_open_database",
                                                                                  detail="x")),
                           lambda *a: pytest.fail("asked"))
