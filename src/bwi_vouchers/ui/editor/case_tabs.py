"""The editor's case tabs — attachments and comments — added beside its history and documents.

Kept apart from ``window.py`` so that the editor only creates them and tells them which application it shows.
After a file is attached or a comment added, the history (which records both) is read again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QTabWidget

from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.editor.attachments_pane import AttachmentsPane
from bwi_vouchers.ui.editor.comments_pane import CommentsPane
from bwi_vouchers.ui.models.history import HistoryModel


class CaseTabs(QObject):
    def __init__(self, context: UiContext, tabs: QTabWidget, history: HistoryModel) -> None:
        super().__init__(tabs)
        self.context = context
        self.history = history
        self.info: ApplicationInfo | None = None
        self.attachments = AttachmentsPane(context)
        self.comments = CommentsPane(context)
        tabs.addTab(self.attachments, self.tr("Attachments"))
        tabs.addTab(self.comments, self.tr("Comments"))
        self.attachments.changed.connect(self._on_pane_changed)
        self.comments.commented.connect(self._on_pane_changed)

    def set_names(self, names: dict[str, str]) -> None:
        """Login → display name, for who added a file or wrote a comment."""
        self.attachments.model.names = self.comments.names = names

    def show_application(self, info: ApplicationInfo | None) -> None:
        self.info = info
        self.attachments.show_application(info)
        self.comments.show_application(info)

    @Slot()
    def _on_pane_changed(self) -> None:
        if self.info is not None:
            self.history.set_rows(self.context.services.applications.history(self.info.reference))
