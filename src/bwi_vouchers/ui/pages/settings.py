"""Einstellungen: programme versions, users and roles, language, database location, letter template folder."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.domain.programme import Programme, in_force
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.texts import ROLE
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.programmes import ProgrammeVersionsModel
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, has_role, heading, load, table
from bwi_vouchers.ui.pages.settings_database import DatabaseBox
from bwi_vouchers.ui.pages.settings_dialogs import open_user_dialog, open_version_dialog
from bwi_vouchers.ui.widgets.form_dialog import FormDialog

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class SettingsPage(Page):
    key = "settings"
    watched = frozenset({Kind.PROGRAMME, Kind.USERS})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.versions: list[Programme] = []
        self.dialog: FormDialog | None = None
        tabs = QTabWidget()
        tabs.addTab(self._programme_tab(), self.tr("Programme versions"))
        tabs.addTab(self._users_tab(), self.tr("Users and roles"))
        tabs.addTab(self._general_tab(), self.tr("Language, database, templates"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(tabs, 1)

    def title(self) -> str:
        return self.tr("Settings")

    # programme versions ------------------------------------------------------------------------
    def _programme_tab(self) -> QWidget:
        self.version_model = ProgrammeVersionsModel(self.context.formats, self)
        self.version_table = table(self.version_model, sortable=False)
        self.version_table.verticalHeader().show()
        self.version_table.horizontalHeader().setStretchLastSection(False)
        self.version_button = QPushButton(self.tr("New version…"))
        self.version_button.clicked.connect(self.open_version_dialog)
        allow(self.version_button, has_role(self, Role.ADMIN), self.tr("Only admins add programme versions."))
        hint = QLabel(
            self.tr(
                "Rules are data: each application is judged by the version in force on its receipt "
                "date. A new version starts on a future day; versions are never changed afterwards."
            )
        )
        hint.setWordWrap(True)
        return _tab(hint, self.version_table, self.version_button)

    def _in_force(self) -> Programme | None:
        return in_force(self.versions, self.context.services.clock.today()) if self.versions else None

    def open_version_dialog(self) -> None:
        if not self.versions:
            return
        self.dialog = open_version_dialog(self, max(self.versions, key=lambda p: p.valid_from))

    # users -------------------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        lang = self.context.language
        self.user_model: RowsModel[UserInfo] = RowsModel(
            [
                Column(self.tr("Login"), lambda u: u.login),
                Column(self.tr("Name"), lambda u: u.display_name),
                Column(
                    self.tr("Roles"),
                    lambda u: ", ".join(ROLE[r.value][0 if lang == "de" else 1] for r in sorted(u.roles)),
                ),
                Column(self.tr("Active"), lambda u: self.tr("yes") if u.active else self.tr("no")),
            ],
            self,
        )
        self.user_table = table(self.user_model)
        self.user_table.selectionModel().selectionChanged.connect(self._update_user_buttons)
        self.add_user_button = QPushButton(self.tr("Add user…"))
        self.add_user_button.clicked.connect(lambda: self._open_user_dialog(None))
        self.roles_button = QPushButton(self.tr("Change roles…"))
        self.roles_button.clicked.connect(lambda: self._open_user_dialog(self.selected_user()))
        allow(self.add_user_button, has_role(self, Role.ADMIN), self.tr("Only admins add users."))
        self._update_user_buttons()
        hint = QLabel(
            self.tr(
                "Roles: clerks record and prepare, approvers decide and release payouts (never on "
                "their own preparation), budget controllers set budgets, admins manage users and rules. "
                "At least one admin always remains."
            )
        )
        hint.setWordWrap(True)
        return _tab(hint, self.user_table, self.add_user_button, self.roles_button)

    def selected_user(self) -> UserInfo | None:
        rows = self.user_table.selectionModel().selectedRows()
        return self.user_model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_user_buttons(self) -> None:
        if not has_role(self, Role.ADMIN):
            allow(self.roles_button, False, self.tr("Only admins change roles."))
        else:
            allow(self.roles_button, self.selected_user() is not None, self.tr("Choose a user in the list."))

    def _open_user_dialog(self, user: UserInfo | None) -> None:
        self.dialog = open_user_dialog(self, user)

    # language, database, templates -------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        ctx = self.context
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.language), 0))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.language_note = QLabel(self.tr("The language changes when the program is started again."))
        self.database_box = DatabaseBox(ctx)
        self.database = self.database_box.location
        self.templates = QLineEdit(ctx.settings.templates_folder)
        self.templates.setReadOnly(True)
        self.templates.setPlaceholderText(self.tr("the templates shipped with the program"))
        self.templates_button = QPushButton(self.tr("Choose folder…"))
        self.templates_button.clicked.connect(self.choose_templates_folder)
        self.templates_reset = QPushButton(self.tr("Use shipped templates"))
        self.templates_reset.clicked.connect(lambda: self._set_templates_folder(""))
        for button in (self.templates_button, self.templates_reset):
            allow(button, has_role(self, Role.ADMIN), self.tr("Only admins choose the letter templates."))
        templates_row = QHBoxLayout()
        templates_row.addWidget(self.templates, 1)
        templates_row.addWidget(self.templates_button)
        templates_row.addWidget(self.templates_reset)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Letter templates"), templates_row)
        form.addRow(self.database_box)
        return body

    @Slot()
    def _on_language_changed(self) -> None:
        self.context.settings.language = str(self.language.currentData())
        self.language_note.setText(self.tr("Saved. The language changes when the program is started again."))

    @Slot()
    def choose_templates_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with letter templates"), self.templates.text())
        if folder:
            self._set_templates_folder(folder)

    def _set_templates_folder(self, folder: str) -> None:
        self.context.settings.templates_folder = folder
        self.templates.setText(folder)

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.database_box.show_backups()
        services = self.context.services
        load(self, lambda: (services.catalogue.programmes(), services.users.list()), self._show)

    def _show(self, result: tuple[list[Programme], list[UserInfo]]) -> None:
        chosen = self.selected_user()
        self.versions, users = result
        self.version_model.set_versions(self.versions, self._in_force())
        self.version_table.resizeColumnsToContents()
        self.user_model.set_rows(users)
        self.user_table.resizeColumnsToContents()
        logins = [u.login for u in self.user_model.rows()]
        if chosen is not None and chosen.login in logins:
            self.user_table.selectRow(logins.index(chosen.login))
        self._update_user_buttons()


def _tab(hint: QLabel, view: QWidget, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(hint)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return page
