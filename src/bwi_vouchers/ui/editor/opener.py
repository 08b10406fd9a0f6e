"""Opens editors when asked (double-click, Enter, Ctrl+N, welcome page): one window per application."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from bwi_vouchers.errors import BwiError
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error

if TYPE_CHECKING:
    from bwi_vouchers.ui.editor.window import ApplicationEditor


class EditorOpener(QObject):
    def __init__(self, context: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.open_editors: dict[str, ApplicationEditor] = {}
        self.last: ApplicationEditor | None = None
        context.events.application_open_requested.connect(self.open)

    @Slot(str)
    def open(self, reference: str) -> ApplicationEditor | None:
        """The editor of a reference (raised if already open), or a new empty one for ''."""
        existing = self.open_editors.get(reference) if reference else None
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            self.last = existing
            return existing
        from bwi_vouchers.ui.editor.window import ApplicationEditor  # the first open imports the editor

        try:
            editor = ApplicationEditor(self.context, reference or None, self.window)
        except BwiError as error:  # e.g. the application is gone meanwhile
            show_error(self.window, error, self.context.language)
            return None
        key = reference or f"new-{id(editor)}"
        self.open_editors[key] = editor
        editor.saved.connect(lambda saved, e=editor: self._on_editor_saved(e, saved))
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        editor.show()
        editor.activateWindow()
        self.last = editor
        return editor

    def _on_editor_saved(self, editor: ApplicationEditor, reference: str) -> None:
        self._forget(editor)
        self.open_editors[reference] = editor

    def _forget(self, editor: ApplicationEditor) -> None:
        for key in [k for k, e in self.open_editors.items() if e is editor]:
            del self.open_editors[key]
        if self.last is editor:
            self.last = None
