"""Acting for another user in the desktop (DESIGN §10): an admin on SQLite picks a user under *User → Act for
another user…*; the main window is built anew for that user, and every audit event of it names the admin as
who acted and the user as on whose behalf ("schulz für fischer"). *Act as myself again* goes back.

On PostgreSQL each person connects with their own login, so the menu is not there; nor for anyone but an admin.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.ui.context import UiContext

#: Switch the main window to another user: the login to act for, or None for the admin himself.
Switch = Callable[[str | None], None]


def may_act_as(context: UiContext, operator: str | None) -> bool:
    """Whether this window offers acting for someone else: SQLite, and an admin acts (or already acts for one)."""
    return context.services.database.is_sqlite and (operator is not None or Role.ADMIN in context.user.roles)


class ActAsDialog(QDialog):
    """Which active user to act for; the admin and the user acted for now are not offered."""

    def __init__(self, users: list[UserInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Act for another user"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Everything you do in the new window is recorded as done by you for this user. "
                          "Use it when a colleague is absent and a step of theirs cannot wait."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.choice = QComboBox()
        for user in users:
            self.choice.addItem(f"{user.display_name} ({user.login})", user.login)
        layout.addWidget(self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Act for this user"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def login(self) -> str | None:
        return self.choice.currentData()


def install(window: QMainWindow, context: UiContext, operator: str | None, switch: Switch) -> None:
    """The *User* menu of ``window``, when acting for someone is allowed there."""
    if not may_act_as(context, operator):
        return
    bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("ActAs", "&User"), bar)
    help_menu = bar.actions()[-1] if bar.actions() else None  # before Help, as desktop programs do
    bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)
    act = QAction(QCoreApplication.translate("ActAs", "Act for another user…"), window)
    act.setObjectName("act_as")
    act.triggered.connect(lambda: _ask_and_switch(window, context, operator, switch))
    menu.addAction(act)
    if operator is not None:
        back = QAction(QCoreApplication.translate("ActAs", "Act as myself again (%1)").replace("%1", operator), window)
        back.triggered.connect(lambda: switch(None))
        menu.addAction(back)


def _ask_and_switch(window: QWidget, context: UiContext, operator: str | None, switch: Switch) -> None:
    me = (operator or context.user.login).casefold()
    now = context.user.login.casefold()
    users = [u for u in context.services.users.list() if u.active and u.login.casefold() not in (me, now)]
    dialog = ActAsDialog(users, window)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.login():
            switch(dialog.login())
    finally:
        dialog.deleteLater()
