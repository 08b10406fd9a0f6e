"""Window sizes that fit the screen, remembered per window.

Each window starts with a default size that fits a 1366×768 screen (with a task bar and a title bar), takes
its size and position from the last time when there is one, and is then kept inside the screen's available
area: a position remembered from a larger or a second, now missing, screen never puts a window (or its
buttons) out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from bwi_vouchers.ui.settings import Settings

#: What the window manager adds around the client area (title bar, borders): an estimate, before it is shown.
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary screen) not taken by task bars and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(size: QSize, area: QRect) -> QSize:
    """``size``, made no larger than what fits into ``area`` with the window's frame."""
    return QSize(max(200, min(size.width(), area.width() - FRAME.width())),
                 max(150, min(size.height(), area.height() - FRAME.height())))


def clamp_to_screen(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink the window to its screen's available area and move it back inside when it lies outside."""
    area = area or available_area(widget)
    size = fitted(widget.size(), area)
    if size != widget.size():
        widget.resize(size)
    if widget.isMaximized() or widget.isFullScreen():
        return
    frame = widget.frameGeometry()
    width, height = max(frame.width(), size.width()), max(frame.height(), size.height())
    x = min(max(frame.x(), area.left()), area.left() + max(0, area.width() - width))
    y = min(max(frame.y(), area.top()), area.top() + max(0, area.height() - height))
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class GeometryKeeper(QObject):
    """Restores a window's size and position (``settings`` key) now, and stores them whenever it is hidden."""

    def __init__(self, widget: QWidget, settings: Settings, key: str, default: QSize) -> None:
        super().__init__(widget)
        self.settings = settings
        self.key = key
        self.default = default
        self.restore()
        widget.installEventFilter(self)

    def restore(self) -> None:
        """Give the window the size and place remembered now (a window built ahead, before it is shown)."""
        widget = self.parent()
        if not isinstance(widget, QWidget):
            return
        widget.resize(fitted(self.default, available_area(widget)))
        saved = self.settings.value(self.key)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            widget.restoreGeometry(saved)
        clamp_to_screen(widget)

    def save(self) -> None:
        widget = self.parent()  # not kept as an attribute: the window owns its keeper, not the other way round
        if isinstance(widget, QWidget) and isValid(widget):
            self.settings.set_value(self.key, widget.saveGeometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.save()
        return False


def keep_geometry(widget: QWidget, settings: Settings, key: str, default: QSize) -> GeometryKeeper:
    """Give ``widget`` a size that fits its screen, the one remembered under ``key`` when there is one."""
    return GeometryKeeper(widget, settings, key, default)
