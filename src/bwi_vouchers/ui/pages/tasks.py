"""Meine Aufgaben: what waits for the user — to decide, proofs to check, payouts to release, proofs due of their
own cases (``services.tasks``). Each group lists its first applications; Enter or a double-click opens one."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.listing import ApplicationRow
from bwi_vouchers.services.tasks import CAP, TaskGroup, TaskList
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import heading, load

REFERENCE_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#b3261e")
GROUP_BACKGROUND = QColor("#e3eaf3")


def group_title(group: TaskGroup) -> str:
    """The group's heading (translation context TasksPage)."""
    texts = {
        TaskGroup.DECIDE: QCoreApplication.translate("TasksPage", "To decide (approve or reject)"),
        TaskGroup.CHECK_PROOFS: QCoreApplication.translate("TasksPage", "Proofs of use arrived: to check and record"),
        TaskGroup.RELEASE: QCoreApplication.translate("TasksPage", "Payouts to release"),
        TaskGroup.DUE: QCoreApplication.translate("TasksPage", "My cases: proof of use due or overdue"),
    }
    return texts[group]


def count_text(formats: Formats, count: int) -> str:
    """A group's count as shown: beyond the cap "9.999+"."""
    return formats.number(CAP) + "+" if count > CAP else formats.number(count)


class TasksPage(Page):
    key = "tasks"
    watched = frozenset({Kind.APPLICATIONS, Kind.ATTACHMENTS, Kind.COMPANIES, Kind.MEASURES})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.hint = QLabel(self.tr("What waits for you. Enter or a double-click opens the application."))
        self.hint.setStyleSheet("color: #555;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("Reference"), self.tr("Company"), self.tr("Measure"), self.tr("Date"),
                                   self.tr("Amount"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 260, 110, 95, 110, 180)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.lists: list[TaskList] = []

    def title(self) -> str:
        return self.tr("My tasks")

    def reload(self) -> None:
        user, tasks = self.context.user, self.context.services.tasks
        load(self, lambda: tasks.lists(user.login, user.roles), self._show)

    def _show(self, lists: list[TaskList]) -> None:
        self.lists = lists
        chosen = self.current_reference()
        self.tree.clear()
        formats = self.context.formats
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for entry in lists:
            top = QTreeWidgetItem([f"{group_title(entry.group)}  ({count_text(formats, entry.count)})"])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column in range(self.tree.columnCount()):
                top.setBackground(column, QBrush(GROUP_BACKGROUND))
            top.setData(0, Qt.ItemDataRole.UserRole + 1, entry.group.value)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for row in entry.rows:
                top.addChild(self._item(entry.group, row))
            if not entry.rows:
                empty = QTreeWidgetItem([self.tr("Nothing waits here.")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(empty)
                empty.setFirstColumnSpanned(True)
            elif entry.count > len(entry.rows):
                more = QTreeWidgetItem([self.tr("… and %1 more (the first %2 are shown)")
                                        .replace("%1", count_text(formats, entry.count - len(entry.rows))
                                                 if not entry.more else formats.number(CAP - len(entry.rows)) + "+")
                                        .replace("%2", formats.number(len(entry.rows)))])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(more)
                more.setFirstColumnSpanned(True)
        self.tree.expandAll()
        if chosen:
            self.select(chosen)

    def _item(self, group: TaskGroup, row: ApplicationRow) -> QTreeWidgetItem:
        formats, today = self.context.formats, self.context.services.clock.today()
        due = group is TaskGroup.DUE or group is TaskGroup.CHECK_PROOFS
        day = row.proof_due_date if due else row.receipt_date
        amount = row.approved_amount if row.approved_amount is not None else row.voucher_amount
        if group is TaskGroup.RELEASE and row.payout_amount is not None:
            amount = row.payout_amount
        item = QTreeWidgetItem([row.reference, row.company, row.measure_code, formats.date(day),
                                formats.money(amount), status_text(row.status.value, self.context.language)])
        item.setData(0, REFERENCE_ROLE, row.reference)
        item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if due and day is not None and day < today:
            item.setForeground(3, QBrush(OVERDUE))
            item.setToolTip(3, self.tr("Overdue"))
        elif due:
            item.setToolTip(3, self.tr("Proof of use due"))
        else:
            item.setToolTip(3, self.tr("Date of receipt"))
        return item

    def _rows(self) -> Iterator[tuple[str, QTreeWidgetItem]]:
        """(group, item) of every row under the group headings."""
        for position in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(position)
            if top is None:
                continue
            group = str(top.data(0, Qt.ItemDataRole.UserRole + 1))
            for i in range(top.childCount()):
                item = top.child(i)
                if item is not None:
                    yield group, item

    def references(self, group: TaskGroup) -> list[str]:
        """The references shown in a group (in order)."""
        return [ref for name, item in self._rows() if name == group.value and (ref := item.data(0, REFERENCE_ROLE))]

    def current_reference(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, REFERENCE_ROLE) or "") if item is not None else ""

    def select(self, reference: str) -> bool:
        """Make the first row of this reference the current one."""
        for _group, item in self._rows():
            if item.data(0, REFERENCE_ROLE) == reference:
                self.tree.setCurrentItem(item)
                return True
        return False

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        reference = item.data(0, REFERENCE_ROLE)
        if reference:
            self.context.events.application_open_requested.emit(str(reference))
