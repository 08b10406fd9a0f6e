"""A button that opens a menu when pressed, wide enough for its text and its arrow.

A ``QToolButton`` in ``InstantPopup`` mode draws its menu arrow over the end of its text (“Weitere
Schritte.”): its size hint leaves no room for the arrow, so this one adds it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget


def menu_button(text: str, menu: QMenu | None = None, parent: QWidget | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    if menu is not None:
        button.setMenu(menu)
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    button.setMinimumWidth(button.sizeHint().width() + arrow + 4)
    return button
