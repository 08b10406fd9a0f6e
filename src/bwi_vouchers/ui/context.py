"""What every page gets from the composition root: services, events, the task runner, settings, formats."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from bwi_vouchers.services import Services
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.ui import operations
from bwi_vouchers.ui.events import AppEvents
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import TaskRunner

T = TypeVar("T")


@dataclass
class UiContext:
    services: Services
    events: AppEvents
    runner: TaskRunner
    settings: Settings
    formats: Formats
    user: UserInfo

    @property
    def language(self) -> str:
        return self.formats.language

    def perform(self, work: Callable[[operations.Report, operations.IsCancelled], T], *,
                on_done: Callable[[T], None], on_error: Callable[[BaseException], None], title: str = "",
                label: str = "", parent: QWidget | None = None, modal: bool = True) -> threading.Event:
        """Every write of the desktop goes here: off the GUI thread, then refreshes from its ``Changes``."""
        return operations.perform(self, work, on_done=on_done, on_error=on_error, title=title, label=label,
                                  parent=parent, modal=modal)
