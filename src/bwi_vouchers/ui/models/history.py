"""An application's history (from the audit log) and the documents made for it, as small table models."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from enum import IntEnum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bwi_vouchers.formats import size as format_size
from bwi_vouchers.services.dto import DocumentInfo
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.attachment_words import kind_word
from bwi_vouchers.ui.audit_words import value_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.letters import kind_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HIDDEN = frozenset({"company_id", "measure_id", "cluster_id"})  # ids say nothing; the form shows the names


SHORT_HASH = 8  # like a short commit id: enough to tell files apart by eye; the tooltip has all 64


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    DETAILS = 3


class DocumentColumn(IntEnum):
    KIND = 0
    FILE = 1
    BY = 2
    WHEN = 3
    SHA256 = 4


class _Table(QAbstractTableModel):
    columns: type[IntEnum] = HistoryColumn

    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.names: dict[str, str] = {}  # login → display name, when the caller knows them
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def when(self, at: datetime) -> str:
        return self.formats.moment(at)

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str:
        return self.cell(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        if role == ROW_ROLE:
            return row
        return None


class HistoryModel(_Table):
    """Rows are the dicts of ``ApplicationService.history``: at, user, action, changes."""

    columns = HistoryColumn

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles: dict[int, str] = {HistoryColumn.WHEN: self.tr("When"), HistoryColumn.WHO: self.tr("Who"),
                  HistoryColumn.WHAT: self.tr("What"), HistoryColumn.DETAILS: self.tr("Details")}
        return titles.get(section)

    def sort_value(self, row: Any, column: int) -> Any:
        return (row["at"], row["user"], row["action"], self.details(row))[column]

    def cell(self, row: Any, column: int) -> str:
        if column == HistoryColumn.WHEN:
            return self.when(row["at"])
        if column == HistoryColumn.WHO:
            who = self.names.get(str(row["user"]), str(row["user"]))
            if row.get("on_behalf_of"):  # an admin acted for another user: "schulz für fischer"
                other = str(row["on_behalf_of"])
                return self.tr("%1 for %2").replace("%1", who).replace("%2", self.names.get(other, other))
            return who
        if column == HistoryColumn.WHAT:
            return self.action(str(row["action"]))
        return self.details(row)

    def action(self, action: str) -> str:
        if action == "created":
            return self.tr("Recorded")
        if action == "changed":
            return self.tr("Changed")
        if action.startswith("status:"):
            return self.tr("Status → %1").replace("%1", status_text(action[7:], self.formats.language))
        if action.startswith("document:"):
            return self.tr("Letter written: %1").replace("%1", kind_text(action[9:]))
        return {"attached": self.tr("File attached"), "attachment_withdrawn": self.tr("Attachment marked as a mistake"),
                "commented": self.tr("Comment"), "notes_to_comment": self.tr("Notes moved into the comments"),
                "amend": self.tr("Approval amended"),
                }.get(action, action)

    def details(self, row: Any) -> str:
        parts = []
        for key, pair in dict(row["changes"]).items():
            if key in _HIDDEN or key == "status":
                continue
            old, new = (list(pair) + [None, None])[:2]
            label = self.field(key)
            if key == "checks":
                failed = sorted(rule for rule, outcome in dict(new or {}).items() if outcome == "fail")
                parts.append(f"{label}: " + (self.tr("failed %1").replace("%1", ", ".join(failed)) if failed
                                             else self.tr("no rule failed")))
            # 'commitment 2800.00', 'Reisekosten: 1200.50': a code or category and an amount
            elif key in ("ledger", "cost_items", "actual_cost_items") and old is None:
                parts.append(f"{label}: {value_text(key, new, self.formats)}")
            elif key == "size" and isinstance(new, int):
                parts.append(f"{label}: {format_size(new, self.formats.language)}")
            elif key == "kind" and row["action"] == "attached":
                parts.append(f"{label}: {kind_word(new)}")
            elif key == "sha256":  # the first digits identify a file well enough to the eye
                parts.append(f"{label}: {str(new)[:SHORT_HASH]}…")
            elif key.endswith("_by"):  # a login: the person's name reads better
                parts.append(f"{label}: {self.names.get(str(new), self.value(new))}")
            elif old is None:
                parts.append(f"{label}: {self.value(new)}")
            else:
                parts.append(f"{label}: {self.value(old)} → {self.value(new)}")
        return "; ".join(parts)

    def value(self, value: Any) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, list):
            return ", ".join(self.value(v) for v in value) or "–"
        text = str(value)
        if _MONEY.match(text):
            return self.formats.money(Decimal(text))
        if _DATE.match(text):
            return self.formats.date(datetime.strptime(text, "%Y-%m-%d").date())
        return text

    def field(self, key: str) -> str:
        names = {
            "eligible_costs": self.tr("Eligible costs"), "voucher_amount": self.tr("Voucher amount"),
            "requested_amount": self.tr("Requested amount"), "receipt_date": self.tr("Received"),
            "theme_code": self.tr("Target field"), "early_start_consent": self.tr("Early-start consent"),
            "notes": self.tr("Notes"), "cost_items": self.tr("Cost items"), "funding_source": self.tr("Funding source"),
            "actual_cost_items": self.tr("Actual cost items"),
            "approved_amount": self.tr("Approved amount"), "approval_date": self.tr("Approval date"),
            "decided_by": self.tr("Decided by"), "decision_date": self.tr("Decision date"),
            "decision_reason": self.tr("Reason"), "proof_due_date": self.tr("Proof of use due"),
            "cluster_id": self.tr("Cluster/network"),
            "in_review_by": self.tr("Put in review by"), "in_review_at": self.tr("In review since"),
            "actual_costs": self.tr("Actual costs"), "proof_received_date": self.tr("Proof of use received"),
            "proof_recorded_by": self.tr("Proof recorded by"), "payout_amount": self.tr("Payout amount"),
            "paid_by": self.tr("Paid out by"), "payout_date": self.tr("Payout date"), "ledger": self.tr("Bookings"),
            "checks": self.tr("Eligibility check"), "closed_by": self.tr("Closed by"),
            "closed_date": self.tr("Closed on"), "file": self.tr("File"), "sha256": self.tr("SHA-256 checksum"),
            "attachment": self.tr("File"), "kind": self.tr("Kind"), "size": self.tr("Size"),
            "replaces": self.tr("Replaces"), "comment": self.tr("Comment"), "reason": self.tr("Reason"),
        }
        return names.get(key, key)


class DocumentsModel(_Table):
    """Rows are ``DocumentInfo`` records."""

    columns = DocumentColumn

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles: dict[int, str] = {DocumentColumn.KIND: self.tr("Document"), DocumentColumn.FILE: self.tr("File"),
                  DocumentColumn.BY: self.tr("Made by"), DocumentColumn.WHEN: self.tr("Made on"),
                  DocumentColumn.SHA256: self.tr("SHA-256")}
        return titles.get(section)

    def sort_value(self, row: DocumentInfo, column: int) -> Any:
        return (row.kind, row.file_name, row.created_by, row.created_at, row.sha256)[column]

    def cell(self, row: DocumentInfo, column: int) -> str:
        if column == DocumentColumn.KIND:
            return kind_text(row.kind)
        if column == DocumentColumn.FILE:
            return PurePath(row.file_name).name
        if column == DocumentColumn.BY:
            return self.names.get(row.created_by, row.created_by)
        if column == DocumentColumn.WHEN:
            return self.when(row.created_at)
        return row.sha256[:SHORT_HASH] + "…"

    def tooltip(self, row: DocumentInfo, column: int) -> str:
        """The whole path and the whole checksum (the table shows the file name and the first digits)."""
        if column == DocumentColumn.FILE:
            return f"{kind_text(row.kind)}\n{row.file_name}"
        if column == DocumentColumn.SHA256:
            return row.sha256
        return self.cell(row, column)
