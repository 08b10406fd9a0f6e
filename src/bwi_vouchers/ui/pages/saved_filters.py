"""Saved filters of the application list: the current search, filters and order under a name, per user, kept
in the settings (``Settings.saved_filters``); picked again or deleted from a menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QMenu, QMessageBox, QPushButton, QTableView, QWidget

from bwi_vouchers.ui.settings import Settings

#: The filter combos of the list by the name a saved filter stores their choice under.
COMBOS = ("status", "year", "theme", "measure", "cluster")


def _stored(data: Any) -> Any:
    """A combo's choice as stored (statuses as a sorted list: JSON has no sets)."""
    return sorted(status.value for status in data) if isinstance(data, frozenset) else data


class SavedFilters(QObject):
    """The *Gespeicherte Filter* button and its menu."""

    def __init__(self, settings: Settings, login: str, *, search: QLineEdit, combos: dict[str, QComboBox],
                 table: QTableView, applied: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.login = login
        self.search = search
        self.combos = combos
        self.table = table
        self.applied = applied  # the page reads the list for the new filter
        self.parent_widget = parent
        self.button = QPushButton(self.tr("Saved filters"), parent)
        self.button.setToolTip(self.tr("Save the current search, filters and order under a name, or pick one"))
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)

    # the stored filters ---------------------------------------------------------------------------
    def names(self) -> list[str]:
        return sorted(self.settings.saved_filters(self.login), key=str.casefold)

    def current(self) -> dict[str, Any]:
        """What the list shows now, as a saved filter stores it."""
        header = self.table.horizontalHeader()
        state: dict[str, Any] = {name: _stored(combo.currentData()) for name, combo in self.combos.items()}
        state.update(text=self.search.text(), column=header.sortIndicatorSection(),
                     descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        return state

    def save(self, name: str) -> None:
        """Keep the current filter under ``name`` (replacing one of that name)."""
        found = self.settings.saved_filters(self.login)
        found[name.strip()] = self.current()
        self.settings.set_saved_filters(self.login, found)

    def delete(self, name: str) -> None:
        found = self.settings.saved_filters(self.login)
        found.pop(name, None)
        self.settings.set_saved_filters(self.login, found)

    def apply(self, name: str) -> bool:
        """Show the list as saved under ``name`` (a choice that no longer exists, e.g. a year, becomes "all")."""
        state = self.settings.saved_filters(self.login).get(name)
        if state is None:
            return False
        for key, combo in self.combos.items():
            wanted = state.get(key)
            position = next((i for i in range(combo.count()) if _stored(combo.itemData(i)) == wanted), 0)
            combo.blockSignals(True)
            combo.setCurrentIndex(position)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(str(state.get("text", "")))
        self.search.blockSignals(False)
        header = self.table.horizontalHeader()
        column = int(state.get("column", 0))
        order = Qt.SortOrder.DescendingOrder if state.get("descending") else Qt.SortOrder.AscendingOrder
        if 0 <= column < header.count() and (column, order) != (header.sortIndicatorSection(),
                                                                header.sortIndicatorOrder()):
            header.setSortIndicator(column, order)  # the model sorts (and reads) on its own
        self.applied()
        return True

    # the menu -------------------------------------------------------------------------------------
    @Slot()
    def _fill_menu(self) -> None:
        self.menu.clear()
        names = self.names()
        for name in names:
            self.menu.addAction(name).triggered.connect(lambda _=False, n=name: self.apply(n))
        if not names:
            self.menu.addAction(self.tr("No saved filters yet")).setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Save current filter…")).triggered.connect(self._on_save_triggered)
        delete = self.menu.addMenu(self.tr("Delete saved filter"))
        delete.setEnabled(bool(names))
        for name in names:
            delete.addAction(name).triggered.connect(lambda _=False, n=name: self._on_delete_triggered(n))

    @Slot()
    def _on_save_triggered(self) -> None:
        name, ok = QInputDialog.getText(self.parent_widget, self.tr("Save filter"),
                                        self.tr("Name of the filter:"))
        if ok and name.strip():
            self.save(name)

    def _on_delete_triggered(self, name: str) -> None:
        answer = QMessageBox.question(self.parent_widget, self.tr("Delete saved filter"),
                                      self.tr("Delete the saved filter “%1”?").replace("%1", name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(name)

