"""Protokoll: the audit trail, newest first, filtered by user, record and days, fetched a page at a time; and
"Verify chain", which walks the hash chain of the whole trail off the GUI thread and names the first broken link."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.services.audit import PAGE_SIZE, AuditFilter, AuditPage, AuditRow, ChainCheck
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.ui.audit_words import action_text, changes_text, entities, record_text
from bwi_vouchers.ui.chain_words import chain_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import heading, reader_of, table
from bwi_vouchers.ui.widgets.form_dialog import date_input, date_of

TYPING_PAUSE_MS = 300
T = TypeVar("T")


class AuditLogPage(Page):
    key = "audit"
    watched = frozenset({Kind.AUDIT})  # every operation is audited: shows what happened anywhere

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        f = context.formats
        self.has_more = False
        self.page_size = PAGE_SIZE
        # Its reads on a runner of its own: a slow search through millions of events never holds up other pages;
        # a search typed over before it started is skipped.
        self._read = reader_of(self)
        self._generation = 0
        self.model: RowsModel[AuditRow] = RowsModel(
            [
                Column(self.tr("When"), lambda r: f.moment(r.at, seconds=True)),
                Column(self.tr("User"), self.who, tooltip=lambda r: self.who(r, logins=True)),
                Column(self.tr("Record"), record_text),
                Column(self.tr("Action"), lambda r: action_text(r.action, f.language)),
                Column(
                    self.tr("Changes (old → new)"),
                    lambda r: changes_text(r.changes, f, names=r.names),
                    tooltip=lambda r: changes_text(r.changes, f, separator="\n", names=r.names),
                ),
            ],
            self,
        )
        self.table = table(self.model, sortable=False, long=True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.details.setPlaceholderText(self.tr("Choose an event to see every change, old → new."))
        self.user = QComboBox()
        self.entity = QComboBox()
        self.entity.addItem(self.tr("All records"), "")
        for key, word in entities().items():
            self.entity.addItem(word, key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Reference, name or number…"))
        self.text.setClearButtonEnabled(True)
        self.since = date_input(f.language, optional=True, empty=self.tr("any day"))
        self.until = date_input(f.language, optional=True, empty=self.tr("any day"))
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.clicked.connect(self.load_more)
        self.count = QLabel()
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr(
            "Check that no event of the audit log was changed, removed or taken out of the chain since it was "
            "written."))
        self.verify_button.clicked.connect(self.verify_chain)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain.hide()
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self.typing.start)
        for combo in (self.user, self.entity):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User"), self.user),
            (self.tr("Record"), self.entity),
            (None, self.text),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1 if widget is self.text else 0)
        filters.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit log")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.chain)
        layout.addLayout(bottom)

    def title(self) -> str:
        return self.tr("Audit log")

    def who(self, row: AuditRow, *, logins: bool = False) -> str:
        """Who acted: "Schulz für Fischer" when an admin acted for another user (the logins with ``logins``)."""
        user = row.user if logins else row.user_name
        if not row.on_behalf_of:
            return user
        other = row.on_behalf_of if logins else (row.on_behalf_name or row.on_behalf_of)
        return self.tr("%1 for %2").replace("%1", user).replace("%2", other)

    def focus_search(self) -> bool:
        self.text.setFocus()
        return True

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user=self.user.currentData() or None,
            entity=self.entity.currentData() or None,
            text=self.text.text(),
            since=date_of(self.since),
            until=date_of(self.until),
        )

    def _reading(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Read off the GUI thread; skipped if another read was asked for before this one started, and its answer
        dropped if another was asked for before it arrived."""
        self._generation += 1
        generation = self._generation

        def read() -> T | None:
            return work() if generation == self._generation else None

        def arrived(result: T | None) -> None:
            if result is not None and generation == self._generation:
                done(result)

        self._read(read, arrived)

    def reload(self) -> None:
        users = self.context.services.users
        audit = self.context.services.audit
        where = self.current_filter()
        size = self.page_size
        self._reading(lambda: (users.list(), audit.logins(), audit.page(where, limit=size)), self._show_first)

    def _show_first(self, result: tuple[list[UserInfo], list[str], AuditPage]) -> None:
        users, logins, page = result
        self._fill_users(users, logins)
        self._show(page, append=False)

    def _fill_users(self, users: list[UserInfo], logins: list[str]) -> None:
        chosen = self.user.currentData()
        names = {u.login: u.display_name for u in users}
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("All users"), "")
        for login in sorted(set(logins) | set(names), key=lambda x: (names.get(x) or x).casefold()):
            name = names.get(login) or login
            self.user.addItem(f"{name} ({login})" if name != login else login, login)
        self.user.setCurrentIndex(max(self.user.findData(chosen or ""), 0))
        self.user.blockSignals(False)

    @Slot()
    def apply_filter(self) -> None:
        self.typing.stop()
        audit, where, size = self.context.services.audit, self.current_filter(), self.page_size
        self._reading(lambda: audit.page(where, limit=size), lambda page: self._show(page, append=False))

    @Slot()
    def load_more(self) -> None:
        audit, where, offset = self.context.services.audit, self.current_filter(), self.model.rowCount()
        size = self.page_size
        self._reading(lambda: audit.page(where, offset=offset, limit=size), lambda page: self._show(page, append=True))

    def _show(self, page: AuditPage, *, append: bool) -> None:
        self.model.set_rows((self.model.rows() if append else []) + list(page.rows))
        self.has_more = page.has_more
        self.more_button.setEnabled(page.has_more)
        shown = self.model.rowCount()
        self.count.setText(
            self.tr("%Ln events shown; more are available.", "", shown)
            if page.has_more
            else self.tr("%Ln events shown.", "", shown)
        )
        if not append:
            self.table.resizeColumnsToContents()

    @Slot()
    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        row, f = self.model.row_at(rows[0].row()), self.context.formats
        self.details.setPlainText(
            f"{record_text(row)} – {action_text(row.action, f.language)} – {self.who(row)}\n"
            + changes_text(row.changes, f, separator="\n", names=row.names)
        )

    @Slot()
    def verify_chain(self) -> None:
        """Walk the whole chain in the background (progress, Cancel) and show what it found below the table."""
        audit = self.context.services.audit
        self.verify_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_error(self, error, self.context.language)

        self.context.runner.start(lambda report, is_cancelled: audit.verify(report, is_cancelled),
                                  on_done=self._show_chain, on_error=failed,
                                  title=self.tr("Verifying the audit chain"), parent=self)

    def _show_chain(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setText(chain_text(check, self.context.formats))
        intact = check.problem is None
        self.chain.setStyleSheet("color: #1b5e20;" if intact else "color: #b71c1c; font-weight: 600;")
        self.chain.show()

    @Slot()
    def reset_filters(self) -> None:
        for widget in (self.user, self.entity, self.since, self.until, self.text):
            widget.blockSignals(True)
        self.user.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.text.clear()
        self.since.setDate(self.since.minimumDate())
        self.until.setDate(self.until.minimumDate())
        for widget in (self.user, self.entity, self.since, self.until, self.text):
            widget.blockSignals(False)
        self.apply_filter()
