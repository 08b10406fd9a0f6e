"""The editor's comment thread: who wrote what when, oldest first, and a box to add one.

Comments are append-only (no edit, no delete; the database refuses both). The text is shown as plain text —
never as HTML — so ``<b>`` in a comment stays ``<b>``. The thread is read off the GUI thread (opening an editor
never waits for it); adding one is an operation (off the GUI thread too).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget
from shiboken6 import isValid

from bwi_vouchers.errors import BwiError, ValidationError
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.comments import MAX_LENGTH, CommentInfo
from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error


class CommentsPane(QWidget):
    """The thread of the application shown in the editor (none for a new one until it is saved)."""

    commented = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: ApplicationInfo | None = None
        self.busy = False
        self.loaded = False  # the thread of ``info`` is shown (False while it is read)
        self._reads = 0  # reads started; a late answer for an older read or another application is dropped
        self.comments: list[CommentInfo] = []
        self.names: dict[str, str] = {}
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write a comment … (Ctrl+Enter adds it)"))
        self.text.setFixedHeight(52)
        self.text.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Add comment"))
        self.add_button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.message.hide()
        self.add_button.clicked.connect(self.add)
        self.text.textChanged.connect(self._update_button)
        QShortcut(QKeySequence("Ctrl+Return"), self.text).activated.connect(self.add)
        context.events.changed.connect(self._on_events_changed)
        self.show_application(None)

    def show_application(self, info: ApplicationInfo | None) -> None:
        if info is None or self.info is None or info.id != self.info.id:
            self.comments = []  # another application's thread is never shown while its own is read
            self.loaded = False
        self.info = info
        self.reload()

    def reload(self) -> None:
        """Read the thread off the GUI thread, then show it."""
        info = self.info
        self._reads += 1
        reads = self._reads
        self.text.setEnabled(info is not None)
        self._update_button()
        if info is None:
            self._on_read(reads, [])
            return
        if not self.loaded:
            self._show_thread()  # "Loading …" until the first answer; a re-read keeps the thread in sight
        service = self.context.services.comments
        self.context.runner.start(lambda report, is_cancelled: service.thread(info.reference), modal=False,
                                  on_done=lambda rows: self._on_read(reads, rows),
                                  on_error=lambda error: self._on_read_failed(reads, error))

    def _on_read(self, reads: int, comments: list[CommentInfo]) -> None:
        if not isValid(self) or reads != self._reads:
            return
        self.comments = comments
        self.loaded = True
        self._show_thread()

    def _on_read_failed(self, reads: int, error: BaseException) -> None:
        if isValid(self) and reads == self._reads:
            self._show_message(error.message(self.context.language) if isinstance(error, BwiError) else
                               self.tr("The comments could not be read."))

    def _show_thread(self) -> None:
        self.view.setHtml(self._html())
        self.view.moveCursor(QTextCursor.MoveOperation.End)  # the newest at the bottom, in sight
        self.view.ensureCursorVisible()

    def set_names(self, names: dict[str, str]) -> None:
        """Login → display name of the authors (shown once known)."""
        self.names = names
        if self.loaded:
            self._show_thread()

    def _html(self) -> str:
        if self.info is None:
            return "<p style='color:#546e7a'>" + escape(self.tr("Save the application first; then it can be "
                                                                 "commented on.")) + "</p>"
        if not self.loaded:
            return "<p style='color:#546e7a'>" + escape(self.tr("Loading comments …")) + "</p>"
        if not self.comments:
            return "<p style='color:#546e7a'>" + escape(self.tr("No comments yet.")) + "</p>"
        parts = []
        formats = self.context.formats
        for comment in self.comments:
            who = self.names.get(comment.author, comment.author)
            when = formats.moment(comment.at)
            text = escape(comment.text).replace("\n", "<br>")
            parts.append(f"<p style='margin-bottom:2px'><b>{escape(who)}</b> <span style='color:#546e7a'>"
                         f"· {escape(when)}</span></p><p style='margin-top:0; margin-bottom:10px'>{text}</p>")
        return "".join(parts)

    @Slot()
    def _update_button(self) -> None:
        self.add_button.setEnabled(self.info is not None and not self.busy and bool(self.text.toPlainText().strip()))

    @Slot(object)
    def _on_events_changed(self, changes: Changes) -> None:
        ids = changes.ids(Kind.COMMENTS)
        if self.info is not None and (ids is None or self.info.id in ids):
            self.reload()

    @Slot()
    def add(self) -> None:
        info, text = self.info, self.text.toPlainText()
        if info is None or self.busy or not text.strip():
            return
        if len(text.strip()) > MAX_LENGTH:
            self._show_message(self.tr("A comment may have at most %1 characters.").replace("%1", str(MAX_LENGTH)))
            return
        login, service = self.context.user.login, self.context.services.comments
        self.busy = True
        self._update_button()
        self.context.perform(lambda report, is_cancelled: service.add(login, info.reference, text),
                             on_done=self._on_added, on_error=self._on_failed)

    def _on_added(self, comment: CommentInfo) -> None:
        self.busy = False
        self.text.clear()
        self._show_message("")
        self.reload()
        self.commented.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_button()
        if isinstance(error, ValidationError):  # a bad character: said beside the box
            self._show_message(error.message(self.context.language))
            return
        show_error(self, error, self.context.language)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
