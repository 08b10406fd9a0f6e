"""A form in a dialog: OK runs the submit function; a refusal is shown at its field, and nothing is saved.

The submit function reads the fields (on the GUI thread) and returns the write: a function that calls a
service, which runs as an operation off the GUI thread (``UiContext.perform``: the pages refresh from what
it changed). A ``ValidationError`` marks the field it names (red frame and the reason under it), any other
refusal (conflict, permission) is shown above the buttons. ``Refused`` lets the form itself refuse a value
it cannot read (e.g. money typed the German way). The dialog closes when the write succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.errors import BwiError, InvalidFields, ValidationError
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.money_input import read_money
from bwi_vouchers.ui.widgets.field_error import INVALID_STYLE, FieldBox

if TYPE_CHECKING:
    from bwi_vouchers.ui.context import UiContext

W = TypeVar("W", bound=QWidget)
NO_DATE = QDate(2000, 1, 1)


class Refused(Exception):
    """The form cannot read a value: ``message`` is already in the user's words."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class FormDialog(QDialog):
    def __init__(self, title: str, language: str, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.language = language
        self.fields: dict[str, FieldBox] = {}
        self.result_value: Any = None
        self._submit: Callable[[], Callable[[], Any]] | None = None
        self._context: UiContext | None = None
        self._refusals: list[Refused] = []  # what the submit function could not read, all named at once
        #: Set by a submit function: the service's own findings about the other fields (no write; given the
        #: fields the form could not read), shown beside those — every wrong field named on the first OK.
        self.precheck: Callable[[set[str]], list[ValidationError]] | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add(self, name: str, label: str, widget: W, *aliases: str) -> W:
        """A field; service errors naming ``name`` or one of the aliases are shown under it."""
        box = FieldBox(widget)
        self.form.addRow(label, box)
        for key in (name, *aliases):
            self.fields[key] = box
        return widget

    def on_submit(self, submit: Callable[[], Callable[[], Any]], context: UiContext) -> None:
        """``submit`` reads the fields and returns the write, which ``context`` performs."""
        self._submit = submit
        self._context = context

    def field_error(self, name: str) -> str:
        box = self.fields.get(name)
        return box.message() if box is not None else ""

    def general_error(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def money(self, field: str, text: str) -> str:
        """Money typed the user's way as a plain decimal text for the services. What cannot be read is noted
        (and '' returned): the form names all such fields at once and writes nothing."""
        amount, message = read_money(text, self.language, field=field)
        if message:
            self._refusals.append(Refused(field, message))
            return ""
        return "" if amount is None else str(amount)

    @Slot()
    def accept(self) -> None:
        if self.busy:
            return
        for box in set(self.fields.values()):
            box.set_error("")
        self.error.hide()
        if self._submit is None or self._context is None:
            super().accept()
            return
        self._refusals = []
        try:
            write = self._submit()
        except Exception as error:  # noqa: BLE001 - a refusal at its field; our bug in the crash dialog
            self._refused(error)
            return
        finally:
            for refusal in self._refusals:
                self._show(refusal.field, refusal.message)
        if self._refusals:
            self._show_prechecked({refusal.field for refusal in self._refusals})
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self._context.perform(lambda report, is_cancelled: write(), on_done=self._on_written,
                              on_error=self._on_write_failed, parent=self)

    def _show_prechecked(self, refused: set[str]) -> None:
        """The service's findings about the fields the form could read (``precheck``), beside the refusals."""
        if self.precheck is None:
            return
        for problem in self.precheck(refused):
            if problem.field not in refused and problem.field in self.fields:
                self.fields[problem.field].set_error(problem.message(self.language))

    def _on_written(self, value: Any) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.result_value = value
        super().accept()

    def _on_write_failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self._refused(error)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, Refused):
            self._show(error.field, error.message)
        elif isinstance(error, InvalidFields):
            for problem in reversed(error.problems):  # the first one keeps the focus
                self._show(problem.field, problem.message(self.language))
        elif isinstance(error, ValidationError):
            self._show(error.field, error.message(self.language))
        elif isinstance(error, BwiError):
            self._show("", error.message(self.language))
        else:  # our bug: the crash dialog shows and logs it
            show_error(self, error, self.language)

    def _show(self, field: str, message: str) -> None:
        box = self.fields.get(field)
        if box is not None:
            box.set_error(message)
            box.field.setFocus()
        else:
            self.error.setText(message)
            self.error.show()


def date_input(language: str, value: date | None = None, *, optional: bool = False, empty: str = "") -> QDateEdit:
    """A date field in the user's format; an optional one shows ``empty`` for 'no date'."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if language == "de" else "dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE if optional else NO_DATE.addDays(1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    if optional:
        edit.setSpecialValueText(empty)
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    else:
        edit.setDate(NO_DATE if optional else QDate.currentDate())
    return edit


def required_date(field: str, edit: QDateEdit) -> date:
    """The chosen day of a field that must have one (the form says so next to it otherwise)."""
    day = date_of(edit)
    if day is None:
        raise Refused(field, QCoreApplication.translate("FormDialog", "Enter a date."))
    return day


def date_of(edit: QDateEdit) -> date | None:
    """The chosen day, or None where an optional field shows 'no date'."""
    value = edit.date()
    if value == NO_DATE and edit.minimumDate() == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())
