"""First start on an empty database: load demo data, or record the first application — never a blank window."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.pages.base import Page

DEMO_APPLICATIONS = 1000
CARD_STYLE = """
QFrame#card { background: white; border: 1px solid #d5dde7; border-radius: 10px; }
QFrame#card QLabel { border: none; }
QPushButton#primary { background: #1f3a5f; color: white; border-radius: 6px; padding: 9px 18px; font-weight: 600; }
QPushButton#primary:hover { background: #2f5d8f; }
QPushButton#primary:disabled { background: #9fb0c4; }
"""


def _card(heading: str, text: str, button: QPushButton) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    card.setMinimumWidth(320)
    card.setMaximumWidth(400)
    title = QLabel(heading)
    title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1f3a5f;")
    body = QLabel(text)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    body.setStyleSheet("color: #37474f;")
    button.setObjectName("primary")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(10)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return card


class WelcomePage(Page):
    key = "welcome"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.loading_demo = False
        self.setStyleSheet(CARD_STYLE)
        heading = QLabel(self.tr("Welcome to bwi-vouchers"))
        heading.setStyleSheet("font-size: 26px; font-weight: 600; color: #1f3a5f;")
        subtitle = QLabel(self.tr("Internationalisation vouchers of Baden-Württemberg International"))
        subtitle.setStyleSheet("font-size: 15px; color: #5f6b7a;")
        intro = QLabel(self.tr("The database does not hold any applications yet. How would you like to start?"))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 14px;")
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.first_button = QPushButton(self.tr("Record the first application"))
        demo = _card(self.tr("Try it out with demo data"),
                     self.tr("Fills the database with %1 invented but realistic applications, with companies, "
                             "measures, budgets and users of every role — to try the program out or to train. "
                             "Only possible while the database is empty.").replace(
                         "%1", context.formats.number(DEMO_APPLICATIONS)), self.demo_button)
        first = _card(self.tr("Start with real work"),
                      self.tr("Opens the application form. Record or pick the company, choose the measure and enter "
                              "the costs; the checklist shows at once whether the programme's rules are met."),
                      self.first_button)
        if not hasattr(context.services, "demo"):
            self.demo_button.setEnabled(False)
            self.demo_button.setToolTip(self.tr("Demo data is not available in this installation."))
        cards = QHBoxLayout()
        cards.setSpacing(20)
        cards.addWidget(demo)
        cards.addWidget(first)
        cards.addStretch(1)
        footer = QLabel(self.tr("Signed in as %1 · database %2").replace("%1", context.user.display_name).replace(
            "%2", context.services.database.shown_name()))
        footer.setStyleSheet("color: #7b8794;")
        footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(cards)
        layout.addStretch(1)
        layout.addWidget(footer)
        self.demo_button.clicked.connect(self.load_demo)
        self.first_button.clicked.connect(lambda: context.events.application_open_requested.emit(""))

    def title(self) -> str:
        return self.tr("Welcome")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Focus here, so that the sidebar does not take the focus and with it its first page.
        self.first_button.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    @Slot()
    def load_demo(self) -> None:
        demo = getattr(self.context.services, "demo", None)
        if demo is None:
            return
        login = self.context.user.login
        accepted = inspect.signature(demo.load).parameters

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> Any:
            extra: dict[str, Any] = {}
            if "progress" in accepted:
                extra["progress"] = report
            if "is_cancelled" in accepted:
                extra["is_cancelled"] = is_cancelled
            return demo.load(login, applications=DEMO_APPLICATIONS, **extra)

        self.loading_demo = True
        self.demo_button.setEnabled(False)
        self.first_button.setEnabled(False)
        self.context.perform(work, on_done=self._on_demo_loaded, on_error=self._on_demo_failed,
                             title=self.tr("Loading demo data"),
                             label=self.tr("Creating %1 sample applications …").replace(
                                 "%1", self.context.formats.number(DEMO_APPLICATIONS)), parent=self)

    def _on_demo_loaded(self, _summary: object) -> None:
        self.loading_demo = False
        self.context.events.navigate_requested.emit("dashboard")

    def _on_demo_failed(self, error: BaseException) -> None:
        self.loading_demo = False
        self.demo_button.setEnabled(True)
        self.first_button.setEnabled(True)
        if getattr(error, "code", None) != "cancelled":  # cancelled by the clerk: nothing written, nothing to say
            show_error(self, error, self.context.language)

    def _on_events_changed(self, changes: Changes) -> None:
        """The first application was saved: show it in the list (after demo data: the dashboard)."""
        if changes.touches(Kind.APPLICATIONS) and self.isVisible() and not self.loading_demo:
            self.context.events.navigate_requested.emit("applications")
