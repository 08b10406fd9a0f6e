"""The password of a PostgreSQL login, asked for only when the server wants one that the URL, libpq's ``.pgpass``
or its service file did not give; a wrong one is said once and asked for again. The password is never shown:
typed into a password field, handed to the database connection, kept nowhere else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services

PASSWORD_CODES = frozenset({"password_required", "password_wrong"})
#: (database as shown, login, whether the last password was wrong) -> the password, or None when cancelled
Ask = Callable[[str, str, bool], "str | None"]


class PasswordDialog(QDialog):
    def __init__(self, database: str, login: str, *, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr("The database server asks for the password of %1 for the database %2.")
                             .replace("%1", login or "?").replace("%2", database))
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.error = QLabel(self.tr("The user name or the password is wrong. Please try again."))
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(wrong)
        layout.addWidget(self.error)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()


def ask_with_dialog(database: str, login: str, wrong: bool) -> str | None:
    dialog = PasswordDialog(database, login, wrong=wrong)
    try:
        return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.field.clear()
        dialog.deleteLater()


def open_with_password(open_services: Callable[..., Services], ask: Ask) -> Services | None:
    """Open the database; when the server wants a password, ask for it (again after a wrong one) until it is
    right or the user cancels (None). Any other refusal is raised as it is."""
    password: str | None = None
    while True:
        try:
            return open_services() if password is None else open_services(password=password)
        except BwiError as error:
            if error.code not in PASSWORD_CODES:
                raise
            wrong = error.code == "password_wrong"
            password = ask(str(error.params.get("database", "")), str(error.params.get("user", "")), wrong)
            if password is None:
                return None
