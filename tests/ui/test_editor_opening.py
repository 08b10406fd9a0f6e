"""Opening an editor never holds the GUI thread long (issue 10): an editor is prepared ahead in steps, the
application is read and checked off the GUI thread (the real task runner, worker threads), the steps wait for
the check, and a late answer never overwrites a newer one. Not timed: benchmarks/editor_open.py measures."""

from __future__ import annotations

import threading

import app_data
import pytest
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.ui.tasks import TaskRunner


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


@pytest.fixture
def threaded(qtbot, ui_services, ui_settings, sample):  # type: ignore[no-untyped-def]
    """The clerk's main window (over the sample) with the program's own (threaded) task runner."""
    from bwi_vouchers.ui.main import build_window

    runner = TaskRunner()
    window = build_window(ui_services, "clerk", settings=ui_settings, runner=runner, live=False)
    qtbot.addWidget(window)
    yield window
    for editor in list(window.editors.open_editors.values()):
        editor.dirty = False
        editor.close()
    qtbot.waitUntil(lambda: not runner.busy)


def opened(qtbot, window, reference: str):  # type: ignore[no-untyped-def]
    window.editors.open(reference)
    qtbot.waitUntil(lambda: window.editors.last is not None and window.editors.last.is_usable)
    return window.editors.last


def test_an_editor_prepared_ahead_shows_at_once_and_the_next_one_is_prepared_again(qtbot, sample, threaded) -> None:
    opener = threaded.editors
    assert opener.spare is None
    opener.prepare()
    qtbot.waitUntil(lambda: opener.ready)
    spare = opener.spare
    assert spare is not None and not spare.isVisible() and spare.built  # built ahead, unshown

    editor = opener.open(sample["beta"].reference)
    assert editor is spare and editor.isVisible() and opener.spare is None
    assert editor.save_button.isEnabled() is False  # nothing to save before the application is shown
    qtbot.waitUntil(lambda: editor.is_usable)
    assert editor.info is not None and editor.info.reference == sample["beta"].reference
    assert editor.form.costs.model.total() == sample["beta"].eligible_costs
    assert editor.windowTitle() == f"{sample['beta'].reference} – bwi-vouchers"

    opener.prepare()  # (the program does so a moment after each open)
    qtbot.waitUntil(lambda: opener.ready)
    other = opener.open(sample["gamma"].reference)
    assert other is not None and other is not editor
    qtbot.waitUntil(lambda: other.is_usable)
    assert other.form.company.text().startswith("Gamma Laser KG")


def test_the_first_open_waits_for_the_preparation_and_a_second_click_opens_no_second_window(qtbot, sample,
                                                                                             threaded) -> None:
    alpha = sample["alpha"]
    opener = threaded.editors
    assert opener.open(alpha.reference) is None  # prepared first, a step per turn of the event loop …
    assert opener.open(alpha.reference) is None  # … a second double-click meanwhile adds nothing
    qtbot.waitUntil(lambda: opener.last is not None and opener.last.is_usable)
    assert list(opener.open_editors) == [alpha.reference]
    assert opener.last.form.measure.code() == "M-2026-001"


def test_a_new_application_opens_the_same_way(qtbot, threaded) -> None:
    editor = opened(qtbot, threaded, "")  # Ctrl+N
    assert editor.info is None and editor.header.title.text() == "New application"
    assert editor.checklist.hint.text() == "Choose a company and a measure to see the checklist."
    assert editor.save_button.isEnabled() and editor.form.company.isEnabled()
    assert editor.form.theme.count() > 1  # the choices read with it


def test_the_check_runs_off_the_gui_thread_and_the_steps_wait_for_it(qtbot, sample, threaded) -> None:
    alpha = sample["alpha"]
    editor = opened(qtbot, threaded, alpha.reference)
    review = editor.steps.buttons[Status.IN_REVIEW]
    assert review.isVisible() and review.isEnabled()
    assert editor.checklist.report is not None and editor.checklist.report.assessment.eligible

    editor.refresh_check()  # e.g. after a save: the report shown stays until the new one comes …
    assert editor.checking and editor.checklist.report is not None
    assert not review.isEnabled() and review.toolTip() == "Please wait until the eligibility check is done."
    editor.take_step(Status.IN_REVIEW)  # … and no step is taken on it
    assert not editor.busy
    qtbot.waitUntil(lambda: not editor.checking)
    assert review.isEnabled()


def test_a_late_check_never_overwrites_a_newer_one(qtbot, ui_services, sample, threaded) -> None:
    editor = opened(qtbot, threaded, sample["alpha"].reference)
    newest = editor.checklist.report
    assert newest is not None and newest.assessment.eligible
    below_minimum = ui_services.applications.check(sample["delta"].reference)
    assert not below_minimum.assessment.eligible
    editor._on_checked(editor._checks - 1, below_minimum)  # an older check's answer, arriving late: dropped
    assert editor.checklist.report is newest
    assert editor.checklist.verdict.text() == "Eligible: every rule is met."


def test_an_application_that_cannot_be_read_is_said_and_its_editor_closes(qtbot, sample, threaded,
                                                                        monkeypatch) -> None:
    alpha = sample["alpha"]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    opener = threaded.editors
    opener.prepare()
    qtbot.waitUntil(lambda: opener.ready)
    gone = opener.open("IG-1999-9999")  # e.g. deleted by someone else since the list showed it
    assert gone is not None
    qtbot.waitUntil(lambda: bool(said))
    assert "IG-1999-9999" in said[0]
    qtbot.waitUntil(lambda: "IG-1999-9999" not in opener.open_editors)
    assert gone.failed

    editor = opened(qtbot, threaded, alpha.reference)  # the next open is not held up by it
    assert editor.info is not None and editor.info.reference == alpha.reference


def test_an_editor_built_ahead_takes_the_size_the_last_one_was_left_at(qtbot, sample, threaded) -> None:
    opener = threaded.editors
    first = opened(qtbot, threaded, sample["alpha"].reference)
    opener.prepare()
    qtbot.waitUntil(lambda: opener.ready)  # built ahead while the first one is open …
    first.resize(900, 560)
    first.close()  # … which is then made smaller and closed: its size is remembered
    second = opener.open(sample["beta"].reference)
    assert second is not None and second.height() == 560 and second.width() < 1000  # not the size it was built at


def test_the_warm_up_reads_and_checks_what_an_open_would(ui_services, sample) -> None:
    from bwi_vouchers.ui.editor.window import warm_up

    for key in ("alpha", "delta"):
        reference = sample[key].reference
        report = warm_up(ui_services, reference)  # the draft of the stored application …
        assert report.reference == reference
        assert report.assessment == ui_services.applications.check(reference).assessment  # … checks as stored


def test_an_editor_closed_while_its_reader_works_goes_quietly(qtbot, sample, threaded) -> None:
    editor = opened(qtbot, threaded, sample["alpha"].reference)
    gate = threading.Event()
    answers: list[object] = []
    editor.reader.start(lambda report, is_cancelled: gate.wait(5), modal=False, on_done=answers.append,
                        on_error=answers.append)
    threading.Timer(0.2, gate.set).start()  # the job ends while the editor is being deleted
    editor.close()
    qtbot.waitUntil(lambda: not isValid(editor))
    qtbot.waitUntil(lambda: answers == [True])  # its answer comes to a runner that is gone: no error
