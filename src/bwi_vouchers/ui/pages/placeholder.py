"""A page still being built (temporary, while the pages land one by one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.pages.base import Page, PageFactory


def placeholder(key: str, title: str) -> PageFactory:
    class Placeholder(Page):
        def title(self) -> str:
            return QCoreApplication.translate("Pages", title)

    Placeholder.key = key

    def make(context: UiContext) -> Page:
        page = Placeholder(context)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(page.title()))
        return page

    return make
