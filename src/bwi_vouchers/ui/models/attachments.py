"""An application's attachments as a table model: name, kind, size, who, when, SHA-256 (superseded ones grey
and struck through; the tooltip says by what, when and why)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from bwi_vouchers.domain.attachments import shown_name
from bwi_vouchers.formats import size as format_size
from bwi_vouchers.services.attachments import AttachmentInfo
from bwi_vouchers.ui.attachment_words import kind_words
from bwi_vouchers.ui.models.history import Index, _Table

SHORT_HASH = 8  # as the documents tab: enough to tell files apart by eye; the tooltip has all 64


class Column(IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2
    BY = 3
    WHEN = 4
    SHA256 = 5


class AttachmentsModel(_Table):
    """Rows are ``AttachmentInfo`` records, oldest first; superseded ones grey and struck through."""

    columns = Column

    @property
    def rows(self) -> list[AttachmentInfo]:
        return list(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {Column.NAME: self.tr("File"), Column.KIND: self.tr("Kind"), Column.SIZE: self.tr("Size"),
                Column.BY: self.tr("By"), Column.WHEN: self.tr("Added"),
                Column.SHA256: self.tr("SHA-256")}.get(Column(section))

    def cell(self, row: AttachmentInfo, column: int) -> str:
        if column == Column.NAME:
            return shown_name(row.file_name)
        if column == Column.KIND:
            return kind_words()[row.kind]
        if column == Column.SIZE:
            return format_size(row.size, self.formats.language)
        if column == Column.BY:
            return self.names.get(row.added_by, row.added_by)
        if column == Column.WHEN:  # the day; the tooltip has the time
            return self.formats.date(row.added_at.date())
        return row.sha256[:SHORT_HASH] + "…"

    def tooltip(self, row: AttachmentInfo, column: int) -> str:
        added = self.formats.moment(row.added_at)
        lines = [shown_name(row.file_name), f"SHA-256: {row.sha256}",
                 self.tr("Added on %1 by %2").replace("%1", added).replace("%2", self.names.get(row.added_by,
                                                                                                row.added_by))]
        if row.superseded_at is not None:
            when = self.formats.moment(row.superseded_at)
            who = self.names.get(row.superseded_login or "", row.superseded_login or "")
            if row.superseded_by is not None:
                lines.append(self.tr("Superseded by no. %1 on %2 (%3)").replace("%1", str(row.superseded_by))
                             .replace("%2", when).replace("%3", who))
            else:
                lines.append(self.tr("Marked as attached by mistake on %1 (%2): %3").replace("%1", when)
                             .replace("%2", who).replace("%3", row.superseded_reason or ""))
        return "\n".join(lines)

    def sort_value(self, row: AttachmentInfo, column: int) -> Any:
        return (row.file_name, row.kind.value, row.size, row.added_by, row.added_at, row.sha256)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: AttachmentInfo = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.current:
            return QColor("#8a949a")
        if role == Qt.ItemDataRole.FontRole and not row.current and index.column() == Column.NAME:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)
