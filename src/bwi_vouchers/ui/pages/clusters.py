"""Cluster & Netzwerke: the registered cluster initiatives and state-wide networks; admins add and edit them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import ClusterKind, Role
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.dto import ClusterInfo, ThemeInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, has_role, heading, load, table
from bwi_vouchers.ui.pages.measure_dialog import checked_themes, theme_list
from bwi_vouchers.ui.widgets.form_dialog import FormDialog


@dataclass(frozen=True)
class ClusterRow:
    cluster: ClusterInfo
    region: str
    members: int


def kind_text(kind: str) -> str:
    words = {
        ClusterKind.INITIATIVE.value: QCoreApplication.translate("Clusters", "Cluster initiative"),
        ClusterKind.NETWORK.value: QCoreApplication.translate("Clusters", "State-wide network"),
    }
    return words.get(kind, kind)


class ClustersPage(Page):
    key = "clusters"
    watched = frozenset({Kind.CLUSTERS, Kind.COMPANIES, Kind.THEMES})  # members counted from companies

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        f = context.formats
        self.regions: list[tuple[str, str]] = []
        self.themes: dict[int, ThemeInfo] = {}
        self.dialog: FormDialog | None = None
        grey = QColor("#8a8a8a")
        self.model: RowsModel[ClusterRow] = RowsModel(
            [
                Column(
                    self.tr("Name"),
                    lambda r: r.cluster.name + ("" if r.cluster.active else self.tr(" (inactive)")),
                    colour=lambda r: None if r.cluster.active else grey,
                ),
                Column(self.tr("Kind"), lambda r: kind_text(r.cluster.kind)),
                Column(self.tr("Region"), lambda r: r.region or self.tr("state-wide")),
                Column(
                    self.tr("State-owned company"),
                    lambda r: self.tr("yes") if r.cluster.state_owned else self.tr("no"),
                    tooltip=lambda r: (
                        self.tr("Members of networks run by a state-owned company are not eligible.")
                        if r.cluster.state_owned
                        else ""
                    ),
                ),
                Column(
                    self.tr("Target fields"),
                    lambda r: ", ".join(str(c) for c in r.cluster.themes),
                    key=lambda r: r.cluster.themes,
                    tooltip=self._themes_tooltip,
                ),
                Column(self.tr("Members today"), lambda r: f.number(r.members), key=lambda r: r.members, right=True),
            ],
            self,
        )
        self.table = table(self.model)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        is_admin = has_role(self, Role.ADMIN)
        self.add_button = QPushButton(self.tr("Add cluster or network…"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        allow(self.add_button, is_admin, self.tr("Only admins add or change clusters and networks."))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Clusters & networks")))
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        hint = QLabel(
            self.tr(
                "A company is eligible only as a member of one of these (rule R02); never deleted, only set inactive."
            )
        )
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Clusters & networks")

    def reload(self) -> None:
        catalogue = self.context.services.catalogue

        def work() -> tuple[list[ClusterRow], list[tuple[str, str]], list[ThemeInfo]]:
            regions = catalogue.regions()
            names = dict(regions)
            counts = catalogue.member_counts()
            rows = [ClusterRow(c, names.get(c.region or "", ""), counts.get(c.id, 0)) for c in catalogue.clusters()]
            return rows, regions, catalogue.themes()

        load(self, work, self._show)

    @Slot()
    def _update_buttons(self) -> None:
        if not has_role(self, Role.ADMIN):
            allow(self.edit_button, False, self.tr("Only admins add or change clusters and networks."))
        else:
            allow(self.edit_button, self.selected() is not None, self.tr("Choose a cluster or network in the list."))

    def _show(self, result: tuple[list[ClusterRow], list[tuple[str, str]], list[ThemeInfo]]) -> None:
        chosen = self.selected()
        rows, self.regions, themes = result
        self.themes = {t.code: t for t in themes}
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        ids = [r.cluster.id for r in self.model.rows()]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._update_buttons()

    def _themes_tooltip(self, row: ClusterRow) -> str:
        de = self.context.language == "de"
        return "\n".join(
            f"{c} {self.themes[c].name_de if de else self.themes[c].name_en}"
            for c in row.cluster.themes
            if c in self.themes
        )

    def selected(self) -> ClusterInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).cluster if rows else None

    @Slot()
    def _on_table_double_clicked(self) -> None:
        if has_role(self, Role.ADMIN):
            self.open_dialog(self.selected())

    def open_dialog(self, cluster: ClusterInfo | None) -> None:
        """Add (``None``) or edit a cluster; someone else's change in between is refused as a conflict."""
        ctx = self.context
        dialog = FormDialog(
            self.tr("Edit cluster or network") if cluster else self.tr("Add cluster or network"), ctx.language, self
        )
        name = dialog.add("name", self.tr("Name"), QLineEdit(cluster.name if cluster else ""))
        kind = dialog.add("kind", self.tr("Kind"), QComboBox())
        for value in ClusterKind:
            kind.addItem(kind_text(value.value), value.value)
        kind.setCurrentIndex(max(kind.findData(cluster.kind if cluster else ClusterKind.INITIATIVE.value), 0))
        region = dialog.add("region", self.tr("Region"), QComboBox())
        region.addItem(self.tr("— state-wide —"), "")
        for code, label in self.regions:
            region.addItem(label, code)
        region.setCurrentIndex(max(region.findData(cluster.region if cluster and cluster.region else ""), 0))
        state = dialog.add(
            "state_owned",
            self.tr("State-owned company"),
            QCheckBox(self.tr("run by a state-owned company (members not eligible)")),
        )
        state.setChecked(bool(cluster and cluster.state_owned))
        active = QCheckBox(self.tr("active (can be chosen)"))
        active.setChecked(True)
        if cluster is not None:
            dialog.add("active", self.tr("Active"), active).setChecked(cluster.active)
        themes = dialog.add("themes", self.tr("Target fields"), theme_list(self, cluster.themes if cluster else ()))

        def submit() -> Callable[[], ClusterInfo]:
            values = dict(
                name=name.text(),
                kind=str(kind.currentData()),
                region=str(region.currentData()) or None,
                state_owned=state.isChecked(),
                themes=checked_themes(themes),
            )
            if cluster is None:
                return lambda: ctx.services.catalogue.add_cluster(ctx.user.login, **values)  # type: ignore[arg-type]
            is_active = active.isChecked()
            return lambda: ctx.services.catalogue.update_cluster(
                ctx.user.login, cluster.id, cluster.version, active=is_active, **values  # type: ignore[arg-type]
            )

        dialog.on_submit(submit, ctx)
        self.dialog = dialog
        dialog.open()
