"""The editor's attachments: drop files in (or “Add …”), see name, kind, size, who, when and SHA-256, open one
or save it elsewhere. Superseded files stay in the list, greyed out (nothing is ever deleted).

Reading and writing files runs off the GUI thread: the list is read through the task runner (opening an
editor never waits for it), attaching is an operation (``UiContext.perform``), opening and saving go through
the task runner. A file name is data: it is shown with invisible characters escaped and
made safe before it names a temporary file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from bwi_vouchers.domain.attachments import AttachmentKind, safe_file_name, shown_name
from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.attachments import Attached, AttachmentInfo
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.attachment_words import kind_words
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import open_path
from bwi_vouchers.ui.models.attachments import AttachmentsModel, Column


class AttachmentsPane(QWidget):
    """Attachments of the application shown in the editor (none for a new one until it is saved)."""

    changed = Signal()  # files were attached, replaced or marked as a mistake

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: ApplicationInfo | None = None
        self.busy = False
        self.loaded = False  # the rows of ``info`` are shown (False while they are read)
        self._reads = 0  # reads started; a late answer for an older read or another application is dropped
        self.temp_folder: tempfile.TemporaryDirectory[str] | None = None
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(context.formats, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.kind = QComboBox()
        for kind, word in kind_words().items():
            self.kind.addItem(word, kind)
        self.kind.setCurrentIndex(self.kind.findData(AttachmentKind.OTHER))
        self.kind.setToolTip(self.tr("The kind that files added now are given"))
        self.add_button = QPushButton(self.tr("Add …"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as …"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #546e7a;")
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Kind:")))
        buttons.addWidget(self.kind)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        for button in (self.add_button, self.open_button, self.save_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        context.events.changed.connect(self._on_events_changed)
        self.show_application(None)

    # showing ---------------------------------------------------------------------------------------
    @property
    def may_attach(self) -> bool:
        return self.info is not None and Role.CLERK in self.context.user.roles and not self.busy

    def show_application(self, info: ApplicationInfo | None) -> None:
        if info is None or self.info is None or info.id != self.info.id:
            self.model.set_rows([])  # another application's files are never shown while its own are read
        self.info = info
        self.reload()

    def reload(self) -> None:
        """Read the application's files off the GUI thread, then list them."""
        info = self.info
        self._reads += 1
        reads = self._reads
        self._show_hint()
        if info is None:
            self._on_read(reads, [])
            return
        self.loaded = False
        service = self.context.services.attachments
        self.context.runner.start(lambda report, is_cancelled: service.list(info.reference), modal=False,
                                  on_done=lambda rows: self._on_read(reads, rows),
                                  on_error=lambda error: self._on_read_failed(reads, error))

    def _on_read(self, reads: int, rows: list[AttachmentInfo]) -> None:
        if not isValid(self) or reads != self._reads:
            return
        self.loaded = True
        self.model.set_rows(rows)
        self._update_buttons()

    def _on_read_failed(self, reads: int, error: BaseException) -> None:
        if isValid(self) and reads == self._reads:
            self.hint.setText(error.message(self.context.language) if isinstance(error, BwiError) else
                              self.tr("The attachments could not be read."))

    def _show_hint(self) -> None:
        info = self.info
        if info is None:
            self.hint.setText(self.tr("Save the application first; then files can be attached."))
        elif Role.CLERK not in self.context.user.roles:
            self.hint.setText(self.tr("Only clerks attach files."))
        else:
            self.hint.setText(self.tr("Drop files here or use “Add …” (at most 25 MB each)."))
        self.hint.setToolTip(self.tr("Attached files are never deleted; a newer file of the same name and kind "
                                     "supersedes one, which stays in the list, struck through."))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.may_attach)
        self.kind.setEnabled(self.may_attach)
        chosen = self.selected() is not None and not self.busy
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def selected(self) -> AttachmentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    @Slot(object)
    def _on_events_changed(self, changes: Changes) -> None:
        ids = changes.ids(Kind.ATTACHMENTS)
        if self.info is not None and (ids is None or self.info.id in ids):
            self.reload()

    # adding ----------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.may_attach and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self.may_attach and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = _local_files(event.mimeData().urls())
        if not self.may_attach or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        if chosen:
            self.add_files([Path(name) for name in chosen])

    def add_files(self, paths: list[Path], *, replaces: AttachmentInfo | None = None) -> None:
        """Attach files with the chosen kind (``replaces``: one file, of that attachment's kind, superseding it),
        off the GUI thread (a large file is read there too)."""
        info = self.info
        if info is None or not self.may_attach:
            return
        kind: AttachmentKind = replaces.kind if replaces is not None else self.kind.currentData()
        old = replaces.id if replaces is not None else None
        login, service = self.context.user.login, self.context.services.attachments
        self.busy = True
        self._update_buttons()
        self.context.perform(
            lambda report, is_cancelled: service.attach(login, info.reference, paths, kind, replaces=old),
            on_done=self._on_attached, on_error=self._on_failed, title=self.tr("Attaching files"), parent=self)

    @Slot(QPoint)
    def _on_view_context_menu_requested(self, position: QPoint) -> None:
        row = self.selected()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_selected)
        menu.addAction(self.tr("Save as …"), self.save_selected)
        if row.current and self.may_attach:
            menu.addSeparator()
            menu.addAction(self.tr("Replace with another file …"), self.replace_selected)
            menu.addAction(self.tr("Mark as attached by mistake …"), self.withdraw_selected)
        menu.popup(self.view.viewport().mapToGlobal(position))

    @Slot()
    def replace_selected(self) -> None:
        """Attach a file that supersedes the selected one (which stays in the list, struck through)."""
        row = self.selected()
        if row is None or not row.current or not self.may_attach:
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Replace “%1” with").replace(
            "%1", shown_name(row.file_name)), str(Path.home()))
        if chosen:
            self.add_files([Path(chosen)], replaces=row)

    @Slot()
    def withdraw_selected(self) -> None:
        """Mark the selected file as attached by mistake, with a reason; it is kept (never deleted)."""
        row, info = self.selected(), self.info
        if row is None or info is None or not row.current or not self.may_attach:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Attached by mistake"),
            self.tr("Why was “%1” attached by mistake? The file is kept, struck through, with this reason.")
            .replace("%1", shown_name(row.file_name)))
        if not ok or not reason.strip():
            return
        login, service = self.context.user.login, self.context.services.attachments
        self.busy = True
        self._update_buttons()
        self.context.perform(lambda report, is_cancelled: service.withdraw(login, info.reference, row.id, reason),
                             on_done=self._on_withdrawn, on_error=self._on_failed)

    def _on_withdrawn(self, row: AttachmentInfo) -> None:
        self.busy = False
        self.reload()
        self.hint.setText(self.tr("Marked as attached by mistake: %1").replace("%1", shown_name(row.file_name)))
        self.changed.emit()

    def _on_attached(self, results: list[Attached]) -> None:
        self.busy = False
        self.reload()
        added = sum(1 for result in results if result.added)
        if added:
            self.hint.setText(self.tr("%n files attached.", "", added))
        else:
            self.hint.setText(self.tr("These files were attached already; nothing changed."))
        self.changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, error, self.context.language)

    # opening and saving ----------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        """Write the file into a temporary folder of this pane and open it with the computer's program for it."""
        row = self.selected()
        if row is None or self.busy:
            return
        if self.temp_folder is None:
            self.temp_folder = tempfile.TemporaryDirectory(prefix="bwi-anhang-", ignore_cleanup_errors=True)
        folder = Path(self.temp_folder.name) / str(row.id)
        service = self.context.services.attachments

        def work(report: Any, is_cancelled: Any) -> Path:
            folder.mkdir(exist_ok=True)
            return service.save(row.reference, row.id, folder / safe_file_name(row.file_name))

        self._start(work, open_path)

    @Slot()
    def save_selected(self) -> None:
        row = self.selected()
        if row is None or self.busy:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"),
                                                str(Path.home() / safe_file_name(row.file_name)))
        if not chosen:
            return
        target, service = Path(chosen), self.context.services.attachments
        self._start(lambda report, is_cancelled: service.save(row.reference, row.id, target),
                    lambda path: self.hint.setText(self.tr("Saved as %1").replace("%1", str(path))))

    def _start(self, work: Any, done: Any) -> None:
        self.busy = True
        self._update_buttons()

        def finished(path: Path) -> None:
            self.busy = False
            self._update_buttons()
            done(path)

        self.context.runner.start(work, on_done=finished, on_error=self._on_failed)

    def cleanup(self) -> None:
        """Remove the temporary copies of opened files now (otherwise when the pane goes or the program ends:
        the program showing a file may still be reading it when the editor closes)."""
        if self.temp_folder is not None:
            self.temp_folder.cleanup()
            self.temp_folder = None


def _local_files(urls: list[Any]) -> list[Path]:
    """The dropped URLs as local paths; empty when any of them is not a local file (e.g. a web link)."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return paths if paths and len(paths) == len(urls) else []
