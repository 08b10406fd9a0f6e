"""A status at a glance: one colour pair per status, a chip painted in table cells and a chip label."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.texts import status_text

# (background, text): calm colours for open files, green for granted money, red for refused, grey for ended.
COLOURS: dict[Status, tuple[str, str]] = {
    Status.RECEIVED: ("#e3ebf6", "#1f3a5f"),
    Status.IN_REVIEW: ("#fff0c2", "#6b4e00"),
    Status.APPROVED: ("#d3f0da", "#17612b"),
    Status.PROOF_RECEIVED: ("#d2eeee", "#0b5c5c"),
    Status.PAID: ("#e4dbf6", "#452a7a"),
    Status.CLOSED: ("#e6e6e6", "#3d3d3d"),
    Status.REJECTED: ("#f8d6d6", "#8a1c1c"),
    Status.WITHDRAWN: ("#ececec", "#5f5f5f"),
    Status.EXPIRED: ("#f5e1cc", "#7a3d00"),
    Status.REVOKED: ("#f6d4e2", "#80204a"),
}


def colours(status: Status) -> tuple[QColor, QColor]:
    background, text = COLOURS[status]
    return QColor(background), QColor(text)


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the cell's text as a rounded chip in the colours the model gives (Background/Foreground role)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[str, int, int, int], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # selection highlight and focus frame as usual, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            plain.backgroundBrush = QBrush(Qt.GlobalColor.transparent)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not text or not isinstance(background, QColor):
            return
        chip = self._chip(text, background, foreground, option)
        y = option.rect.y() + (option.rect.height() - chip.height() / chip.devicePixelRatio()) / 2
        painter.drawPixmap(int(option.rect.x() + 4), int(y), chip)

    def _chip(self, text: str, background: QColor, foreground: object, option: QStyleOptionViewItem) -> QPixmap:
        """The chip as a picture, drawn once per status and cell size (a repaint then only copies it)."""
        metrics = option.fontMetrics
        width = max(min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 8), 1)
        height = max(min(metrics.height() + 6, option.rect.height() - 4), 1)
        key = (text, background.rgba(), width, height)
        if key in self._cache:
            return self._cache[key]
        ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        rect = QRectF(0, 0, width, height)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(foreground if isinstance(foreground, QColor) else QColor("#000000"))
        painter.setFont(option.font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.end()
        self._cache[key] = pixmap
        return pixmap


class StatusChip(QLabel):
    """A status word on its colour, for headers (editor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def set_status(self, status: Status | None, language: str) -> None:
        if status is None:
            self.hide()
            return
        background, text = COLOURS[status]
        self.setText(status_text(status.value, language))
        self.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; border-radius: 10px;"
                           " padding: 3px 12px; font-weight: 600; }")
        self.show()
