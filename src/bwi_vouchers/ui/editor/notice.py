"""The editor's notice bar: someone else changed the application that is open (never a modal dialog)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

STYLE = """
QFrame#changedNotice { background: #fff4d6; border: 1px solid #e8c468; border-radius: 4px; }
QFrame#changedNotice QLabel { color: #4a3b00; }
"""


class ChangedNotice(QFrame):
    """Says who changed the open application meanwhile; offers **Reload** when the editor holds unsaved edits."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedNotice")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(self.tr("Show the application as it is saved now (F5)"))
        self.hide_button = QToolButton()
        self.hide_button.setText("×")
        self.hide_button.setAutoRaise(True)
        self.hide_button.setToolTip(self.tr("Hide this notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.hide_button)
        self.reload_button.clicked.connect(self.reload_requested)
        self.hide_button.clicked.connect(self.hide)
        self.hide()

    def offer_reload(self, who: str) -> None:
        """Changed elsewhere while this editor holds unsaved edits: they decide."""
        self.text.setText(
            self.tr("%1 changed this application meanwhile. Reload shows the saved state and discards your unsaved "
                    "changes; saving now is refused.").replace("%1", who) if who else
            self.tr("Someone else changed this application meanwhile. Reload shows the saved state and discards "
                    "your unsaved changes; saving now is refused."))
        self.reload_button.show()
        self.show()

    def tell_reloaded(self, who: str) -> None:
        """Changed elsewhere, and the editor (without unsaved edits) shows the new state already."""
        self.text.setText(
            self.tr("%1 changed this application; the editor shows the new state.").replace("%1", who) if who else
            self.tr("Someone else changed this application; the editor shows the new state."))
        self.reload_button.hide()
        self.show()
