"""The cost items table of the form: add and remove rows, category suggestions, the running total."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.cost_items import CostColumn, CostItemsModel


class CategoryDelegate(QStyledItemDelegate):
    """An editable combo with the usual categories; any other text is fine too."""

    def suggestions(self) -> list[str]:
        return [self.tr("Participation fee"), self.tr("Stand rent"), self.tr("Travel costs"),
                self.tr("Accommodation"), self.tr("Interpreter"), self.tr("Other")]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(self.suggestions())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        cast(QComboBox, editor).setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, cast(QComboBox, editor).currentText(), Qt.ItemDataRole.EditRole)


class CostTable(QWidget):
    changed = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None, *, actual: bool = False) -> None:
        """``actual``: the proof of use's actual costs (the total says so), not the application's planned ones."""
        super().__init__(parent)
        self.formats = formats
        self.actual = actual
        self.model = CostItemsModel(formats, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CostColumn.CATEGORY, CategoryDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CostColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CostColumn.CATEGORY, 170)
        header.resizeSection(CostColumn.AMOUNT, 130)
        self.view.setMinimumHeight(150)
        self.view.setMaximumHeight(220)
        self.add_button = QPushButton(self.tr("Add item"))
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.total = QLabel()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._on_model_changed)
        self._on_model_changed()

    def set_items(self, items: list[CostItemInfo]) -> None:
        self.model.set_items(items)
        if not items and self.model.editable:
            self.model.add_row()

    def set_editable(self, editable: bool) -> None:
        self.model.editable = editable
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    @Slot()
    def add_item(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, CostColumn.CATEGORY)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.remove_rows(rows)

    @Slot()
    def _on_model_changed(self) -> None:
        text = self.tr("Total actual costs: %1") if self.actual else self.tr("Total eligible costs: %1")
        self.total.setText(text.replace("%1", self.formats.money(self.model.total())))
        self.changed.emit()
