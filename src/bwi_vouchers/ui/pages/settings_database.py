"""Einstellungen › Datenbank: where the database is, backups (daily and on demand) and restoring one.

The daily backup starts with the program and runs through the task runner, so start-up is not slowed; a
failure is logged and shown in the status bar, never in the way. Restoring is for admins: the file is
checked first, the user confirms, the current database is kept aside, and the open window goes on with
the restored data (or asks for a restart when the acting user's rights differ there).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import backups
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.pages.common import allow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def backup_folder(context: UiContext, db_path: Path) -> Path:
    chosen = context.settings.backup_folder
    return Path(chosen) if chosen else backups.default_folder(db_path)


def start_daily_backup(window: QMainWindow, context: UiContext) -> None:
    """In the background: check a large SQLite file (a small one was checked when it was opened), then back
    it up once a day. The status bar tells how it went; a damaged file is said at once, and refuses writes."""
    database = context.services.database
    path = database.sqlite_path()
    if path is None:
        return
    folder, today = backup_folder(context, path), context.services.clock.today()

    def work(report: object, is_cancelled: object) -> Path | None:
        database.verify_unless_checked()
        return backups.daily_backup(path, folder, today)

    def done(made: Path | None) -> None:
        if made is not None:
            window.statusBar().showMessage(
                translate("Backups", "Daily backup saved: %1").replace("%1", str(made)), 10_000)

    def failed(error: BaseException) -> None:
        log.warning("the daily backup into %s failed: %s", folder, error, exc_info=error)
        detail = error.message(context.language) if isinstance(error, BwiError) else str(error)
        if database.damaged is not None:
            QMessageBox.critical(window, translate("Backups", "The database is damaged"), detail)
        window.statusBar().showMessage(translate("Backups", "The daily backup failed: %1").replace("%1", detail))

    # A runner of its own: checking and copying a large file (4.5 GB at a million applications) takes a minute,
    # and the shared runner's reads (an editor's history, a page's first load) must not queue behind it.
    runner = type(context.runner)(window)
    runner.start(work, on_done=done, on_error=failed, modal=False)


class DatabaseBox(QGroupBox):
    """The database file, its backups and restore, as one group on the settings page."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database"))
        self.context = context
        self.db_path = context.services.database.sqlite_path()
        database = context.services.database
        self.location = QLineEdit(database.shown_name())
        self.location.setReadOnly(True)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.folder_reset = QPushButton(self.tr("Beside the database"))
        self.folder_reset.clicked.connect(lambda: self._set_folder(""))
        self.last = QLabel()
        self.save_button = QPushButton(self.tr("Back up…"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.restore_check: backups.DatabaseFile | None = None
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), self.location)
        form.addRow("", QLabel(self.tr("Chosen at start with --db or BWI_VOUCHERS_DB; shown here, not changed.")))
        form.addRow(self.tr("Daily backups"), folder_row)
        form.addRow("", QLabel(self.tr("Made once a day when the program starts; the last %1 are kept.")
                               .replace("%1", str(backups.KEEP))))
        form.addRow(self.tr("Last backup"), self.last)
        form.addRow("", buttons)
        self._allow()
        self.show_backups()

    def _allow(self) -> None:
        admin = Role.ADMIN in self.context.user.roles
        if self.db_path is None:
            why = self.tr("Backups of a server database are made with pg_dump by the database administrator.")
            for button in (self.save_button, self.restore_button, self.folder_button, self.folder_reset):
                allow(button, False, why)
            return
        allow(self.restore_button, admin, self.tr("Only admins restore the database."))
        for button in (self.folder_button, self.folder_reset):
            allow(button, admin, self.tr("Only admins choose the backup folder."))

    def show_backups(self) -> None:
        """The backup folder and the time of the newest daily backup (cheap: a look into one folder)."""
        if self.db_path is None:
            self.folder.setText("")
            self.folder.setPlaceholderText(self.tr("pg_dump, by the database administrator"))
            self.last.setText("–")
            return
        folder = backup_folder(self.context, self.db_path)
        self.folder.setText(str(folder))
        newest = backups.last_backup(self.db_path, folder)
        formats = self.context.formats
        self.last.setText(formats.moment(newest) if newest else self.tr("none yet"))

    # the backup folder ---------------------------------------------------------------------------
    @Slot()
    def _on_folder_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the daily backups"), self.folder.text())
        if chosen:
            self._set_folder(chosen)

    def _set_folder(self, folder: str) -> None:
        self.context.settings.backup_folder = folder
        self.show_backups()

    # a copy on demand ---------------------------------------------------------------------------
    @Slot()
    def _on_save_button_clicked(self) -> None:
        assert self.db_path is not None
        name = f"{self.db_path.stem}-{self.context.services.clock.now():%Y-%m-%d-%H%M}.db"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a backup of the database"),
                                                str(backup_folder(self.context, self.db_path) / name),
                                                self.database_filter())
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix == "":
            target = target.with_suffix(".db")
        database = self.context.services.database
        self.context.runner.start(lambda report, is_cancelled: backups.save_copy(database, target),
                                  on_done=self._on_saved, on_error=self._on_failed,
                                  title=self.tr("Backing up"), label=self.tr("Copying the database…"), parent=self)

    def _on_saved(self, target: Path) -> None:
        QMessageBox.information(self, self.tr("Backup saved"), self.tr("The database was saved to %1.")
                                .replace("%1", str(target)))

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error, self.context.language)

    # restore ------------------------------------------------------------------------------------
    def database_filter(self) -> str:
        return self.tr("Databases (*.db *.sqlite *.sqlite3);;All files (*)")

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        assert self.db_path is not None
        editors = getattr(getattr(self.window(), "editors", None), "open_editors", {})
        if editors:  # an open application belongs to the database that is about to be replaced
            QMessageBox.information(self, self.tr("Restore database"), self.tr(
                "Please close the open applications first (%1).").replace("%1", str(len(editors))))
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore the database from a backup"),
                                                str(backup_folder(self.context, self.db_path)), self.database_filter())
        if not chosen:
            return
        source = Path(chosen)
        self.context.runner.start(lambda report, is_cancelled: backups.check_file(source),
                                  on_done=self._on_checked, on_error=self._on_failed)

    def _on_checked(self, facts: backups.DatabaseFile) -> None:
        assert self.db_path is not None
        self.restore_check = facts
        question = self.tr(
            "Restore the database from %1?\n\nThe backup holds %2 applications. The current database is first "
            "kept as a copy in %3 (its name says “before-restore” and the time), then replaced by the backup. "
            "Everybody working on this database sees the restored data."
        ).replace("%1", str(facts.path)).replace("%2", self.context.formats.number(facts.applications)).replace(
            "%3", str(self.db_path.parent))
        answer = QMessageBox.question(self, self.tr("Restore database"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, login = self.context.services, self.context.user.login

        def work(report: object, is_cancelled: object) -> tuple[backups.Restored, UserInfo | None]:
            restored = backups.restore(services.database, facts.path, services.clock.now())
            return restored, services.users.get(login)

        self.context.runner.start(work, on_done=self._on_restored, on_error=self._on_failed,
                                  title=self.tr("Restoring"), label=self.tr("Restoring the database…"), parent=self)

    def _on_restored(self, result: tuple[backups.Restored, UserInfo | None]) -> None:
        restored, user = result
        ctx = self.context
        text = self.tr("The database was restored from %1. The previous database is kept as %2.").replace(
            "%1", str(restored.source.path)).replace("%2", str(restored.kept))
        same_rights = user is not None and user.active and user.roles == ctx.user.roles
        if same_rights:
            assert user is not None
            ctx.user = user
            ctx.events.data_loaded()
            self.show_backups()
            QMessageBox.information(self, self.tr("Database restored"), text)
            return
        QMessageBox.information(self, self.tr("Database restored"), text + "\n\n" + self.tr(
            "Your user has other rights in the restored database (or is missing there). Please start the "
            "program again; it closes now."))
        self.window().close()
