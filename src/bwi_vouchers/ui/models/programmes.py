"""Programme versions side by side: one column per version, one row per number (rate, cap, limits …)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.texts import MEASURE_TYPE
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.rows import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


class ProgrammeVersionsModel(QAbstractTableModel):
    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        f = formats
        de = f.language == "de"
        self.versions: list[Programme] = []
        self.in_force: Programme | None = None
        self.lines: list[tuple[str, Callable[[Programme], str]]] = [
            (translate("ProgrammeVersions", "Name"), lambda p: p.name),
            (translate("ProgrammeVersions", "Rate"), lambda p: f.percent(p.rate)),
            (translate("ProgrammeVersions", "Cap per voucher"), lambda p: f.money(p.cap)),
            (translate("ProgrammeVersions", "Minimum eligible costs"), lambda p: f.money(p.min_costs)),
            (translate("ProgrammeVersions", "Vouchers per company and year"), lambda p: str(p.max_vouchers_per_year)),
            (translate("ProgrammeVersions", "De minimis ceiling"), lambda p: f.money(p.deminimis_ceiling)),
            (translate("ProgrammeVersions", "De minimis period (years)"), lambda p: str(p.deminimis_years)),
            (translate("ProgrammeVersions", "De minimis legal basis"), lambda p: p.deminimis_basis),
            (
                translate("ProgrammeVersions", "SME: annual work units below"),
                lambda p: f.number(p.sme_limit.staff),
            ),
            (translate("ProgrammeVersions", "SME: turnover at most"), lambda p: f.money(p.sme_limit.turnover)),
            (
                translate("ProgrammeVersions", "SME: or balance-sheet total at most"),
                lambda p: f.money(p.sme_limit.balance_sheet_total),
            ),
            (
                translate("ProgrammeVersions", "Proof of use due after the measure (months)"),
                lambda p: str(p.proof_months),
            ),
            (translate("ProgrammeVersions", "Lead days before the start"), lambda p: str(p.lead_days)),
            (translate("ProgrammeVersions", "Funding sources"), lambda p: ", ".join(p.funding_sources)),
            (translate("ProgrammeVersions", "Default funding source"), lambda p: p.default_source),
            (
                translate("ProgrammeVersions", "Measure types"),
                lambda p: ", ".join(MEASURE_TYPE[t.value][0 if de else 1] for t in sorted(p.measure_types)),
            ),
        ]
        self.formats = f

    def set_versions(self, versions: Sequence[Programme], in_force: Programme | None) -> None:
        self.beginResetModel()
        self.versions = sorted(versions, key=lambda p: p.valid_from)
        self.in_force = in_force
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.lines) and 0 <= index.column() < len(self.versions)):
            return None
        version = self.versions[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.lines[index.row()][1](version)
        if role == ROW_ROLE:
            return version
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt override
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.lines):
                return self.lines[section][0]
            return None
        if not 0 <= section < len(self.versions):
            return None
        version = self.versions[section]
        current = version is self.in_force
        if role == Qt.ItemDataRole.DisplayRole:
            text = translate("ProgrammeVersions", "from %1").replace("%1", self.formats.date(version.valid_from))
            return text + (translate("ProgrammeVersions", " (in force)") if current else "")
        if role == Qt.ItemDataRole.ForegroundRole and current:
            return QColor("#17612b")
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        return None
