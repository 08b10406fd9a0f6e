"""The task runner's background jobs give way to the GUI thread for a core (Linux: the worker thread's nice)."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from bwi_vouchers.ui.tasks import BACKGROUND_NICE, TaskRunner

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")


def _nice_of_its_worker(qtbot, runner: TaskRunner) -> int:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    runner.start(lambda report, is_cancelled: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                 on_done=seen.append, on_error=pytest.fail, modal=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen[0]


def test_a_background_runner_works_below_the_gui_thread_and_a_plain_one_beside_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert _nice_of_its_worker(qtbot, TaskRunner(background=True)) == min(gui + BACKGROUND_NICE, 19)
    assert _nice_of_its_worker(qtbot, TaskRunner()) == gui
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # the GUI thread itself untouched
