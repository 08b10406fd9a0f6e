"""Invalid input marked where it is: a red frame on the field and the reason right below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

INVALID_STYLE = """
*[invalid="true"] { border: 1px solid #c62828; border-radius: 3px; background: #fff6f6; }
QLabel#fieldError { color: #b71c1c; border: none; background: transparent; }
"""


class FieldBox(QWidget):
    """A field with an error line under it; ``set_error('')`` clears the mark."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self._message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self._message = message
        mark(self.field, bool(message))
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def message(self) -> str:
        return self._message


def mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
