"""What the overview and master-data pages share: loading through the runner, headings, tables, permissions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.pages.base import Page

T = TypeVar("T")

HEADING_STYLE = "font-size: 20px; font-weight: 600; color: #1f3a5f; padding: 4px 0;"
SECTION_STYLE = "font-size: 14px; font-weight: 600; color: #1f3a5f; padding-top: 8px;"


def load(page: Page, work: Callable[[], T], done: Callable[[T], None]) -> None:
    """Run a service call off the GUI thread and hand the result to ``done`` on the GUI thread."""
    page.context.runner.start(
        lambda report, is_cancelled: work(),
        on_done=done,
        on_error=lambda error: show_error(page, error, page.context.language),
    )


def reader_of(page: Page) -> Callable[[Callable[[], Any], Callable[[Any], None]], None]:
    """Reads of the page's long list on a runner of its own: never queued behind another page's load or a write."""
    runner = type(page.context.runner)(page)

    def read(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        runner.start(lambda report, is_cancelled: work(), on_done=done,
                     on_error=lambda error: show_error(page, error, page.context.language))

    return read


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HEADING_STYLE)
    return label


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(SECTION_STYLE)
    return label


def table(model: Any, parent: QWidget | None = None, *, sortable: bool = True, long: bool = False) -> QTableView:
    """A read-only list table: whole rows selected, sortable by clicking a header, last column stretched.
    ``long``: a list of hundreds or more rows, whose columns are fitted to the rows on screen (Qt measures 1,000
    rows by default: a quarter of a second and more on the GUI thread)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    if long:
        view.horizontalHeader().setResizeContentsPrecision(0)
    return view


def allow(widget: QWidget, allowed: bool, why_not: str) -> None:
    """Enable a control, or disable it with a tooltip saying why."""
    widget.setEnabled(allowed)
    widget.setToolTip("" if allowed else why_not)


def has_role(page: Page, role: Role) -> bool:
    return role in page.context.user.roles
