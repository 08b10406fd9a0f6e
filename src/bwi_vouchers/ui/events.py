"""What changed: pages reload through services when a signal says their data changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    applications_changed = Signal()  # an application was created, edited or moved
    companies_changed = Signal()
    measures_changed = Signal()
    clusters_changed = Signal()
    budget_changed = Signal()
    users_changed = Signal()
    programme_changed = Signal()
    navigate_requested = Signal(str)  # a page key, e.g. "applications"
    application_open_requested = Signal(str)  # a reference; "" opens a new application
    status_filter_requested = Signal(str)  # a status: show the application list filtered to it
    documents_changed = Signal(object)  # a frozenset of references that got new letters
    list_filter_changed = Signal(object)  # the ApplicationFilter the application list now shows

    def _data_signals(self) -> tuple[Any, ...]:
        return (self.applications_changed, self.companies_changed, self.measures_changed, self.clusters_changed,
                self.budget_changed, self.users_changed, self.programme_changed)

    def data_loaded(self) -> None:
        """Everything may have changed (e.g. demo data loaded, an import)."""
        for signal in self._data_signals():
            signal.emit()

    def connect_any(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` after any change of data, letters included (the dashboard, the audit log)."""
        for signal in self._data_signals():
            signal.connect(slot)
        self.documents_changed.connect(lambda _references: slot())
