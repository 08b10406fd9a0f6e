"""What every page gets from the composition root: services, events, the task runner, settings, formats."""

from __future__ import annotations

from dataclasses import dataclass

from bwi_vouchers.services import Services
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.ui.events import AppEvents
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import TaskRunner


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
