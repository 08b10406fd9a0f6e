"""One approval from the editor refreshes what it changed — the list's one row and the budget — nothing more."""

from __future__ import annotations

import threading
from collections import Counter
from decimal import Decimal

import app_data
from editor_helpers import confirm_decision
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import Column


def count_calls(counter: Counter[str], name: str, obj, attribute: str) -> None:  # type: ignore[no-untyped-def]
    """Count the calls of ``obj.attribute`` under ``name`` (the call itself goes through)."""
    original = getattr(obj, attribute)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        counter[name] += 1
        return original(*args, **kwargs)

    setattr(obj, attribute, counted)


def test_one_approval_refreshes_its_row_and_the_budget_only(qtbot, make_window, ui_services, caplog) -> None:
    sample = app_data.sample(ui_services)
    alpha = sample["alpha"]
    ui_services.lifecycle.move("clerk", alpha.reference, Status.IN_REVIEW)  # the clerk prepared it
    window = make_window("approver")  # four eyes: another user decides
    pages = window.pages
    companies = pages["companies"]
    window.show_page("companies")
    companies.select_company(sample["beta"].company_id)  # another company's detail is open there
    for key in ("budget", "dashboard", "applications"):  # each loaded once, the list shown last
        window.show_page(key)
    list_page, model = pages["applications"], pages["applications"].model
    assert companies.detail.view is not None and companies.detail.view.company.name == "Beta Sensorik AG"
    position = model.row_of_reference(alpha.reference)
    assert position is not None and model.row_at(position).status is Status.IN_REVIEW

    calls: Counter[str] = Counter()
    count_calls(calls, "whole list read", ui_services.listing, "rows")
    count_calls(calls, "list read where shown", ui_services.listing, "open")
    count_calls(calls, "page read", ui_services.listing, "page")
    count_calls(calls, "list reloaded", list_page, "reload")
    for key in ("budget", "companies", "dashboard", "measures", "clusters", "audit", "settings"):
        count_calls(calls, f"{key} refreshed", pages[key], "mark_stale")
    count_calls(calls, "company detail read", companies, "_load_detail")
    signals: Counter[str] = Counter()
    changed_rows: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: signals.update(["reset"]))
    model.layoutChanged.connect(lambda: signals.update(["layout"]))
    model.rowsInserted.connect(lambda *_: signals.update(["inserted"]))
    model.rowsRemoved.connect(lambda *_: signals.update(["removed"]))
    model.dataChanged.connect(lambda first, last, *_: changed_rows.append(
        (first.row(), last.row(), first.column(), last.column())))

    editor = window.editors.open(alpha.reference)
    button = editor.steps.buttons[Status.APPROVED]
    assert button.isEnabled(), button.toolTip()
    with caplog.at_level("WARNING", logger="bwi_vouchers.storage.database"), \
            qtbot.waitSignal(window.context.events.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        confirm_decision(qtbot, editor)

    assert not caplog.records  # the approval was an operation
    assert editor.info.status is Status.APPROVED
    assert ui_services.budget.line(2026, "Landesmittel").committed == Decimal("2000.00")
    # The list: alpha's row read again and repainted; no reset, no reload, no other row.
    assert changed_rows == [(position, position, 0, len(Column) - 1)]
    assert not signals
    assert model.row_at(position).status is Status.APPROVED
    assert model.row_at(position).approved_amount == Decimal("2000.00")
    # Pages: the budget (ledger) and the overview (counts, gauges) once, and the audit log, which has a new
    # event (not shown yet: it loads when opened); not the companies, measures, clusters or settings.
    assert calls == Counter({"list read where shown": 1, "budget refreshed": 1, "dashboard refreshed": 1,
                             "audit refreshed": 1})


def test_a_new_application_is_inserted_without_reloading_the_list(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)
    window = make_window("clerk")
    window.show_page("applications")
    model = window.pages["applications"].model
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    model.modelReset.connect(lambda: inserted.append(-1))

    company = ui_services.companies.get(app_data.company(ui_services, "Epsilon GmbH"))  # before the operation
    done = ui_services.perform(lambda: app_data.application(ui_services, company.id, "M-2026-001"))
    window.context.events.announce(done.changes)

    assert inserted == [5]
    assert model.row_at(5).company == "Epsilon GmbH"
    assert model.row_at(0).reference == sample["alpha"].reference


def test_a_changed_row_leaves_the_filter_or_moves_in_the_sort_without_a_reset(qtbot, make_window, ui_services,
                                                                               qtmodeltester) -> None:
    sample = app_data.sample(ui_services)
    window = make_window("clerk")
    window.show_page("applications")
    page = window.pages["applications"]
    model = page.model
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsRemoved.connect(lambda _parent, first, _last: seen.append(f"removed {first}"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))

    def review(key: str) -> None:
        done = ui_services.perform(lambda: ui_services.lifecycle.move("clerk", sample[key].reference,
                                                                      Status.IN_REVIEW))
        window.context.events.announce(done.changes)

    page.status_filter.setCurrentIndex(page.status_filter.findText("eingegangen"))
    seen.clear()
    review("beta")  # no longer "received": it leaves the filtered list
    assert seen == ["removed 1"]
    assert [model.row_at(r).company for r in range(model.rowCount())] == [
        "Alpha Optik GmbH", "Gamma Laser KG", "Delta & Söhne GmbH", "Alpha Optik GmbH"]
    assert page.count_label.text() == "4 of 5 applications"

    page.reset_filters()
    page.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
    gamma = model.row_of_reference(sample["gamma"].reference)
    page.table.selectRow(gamma)
    seen.clear()
    review("gamma")  # "in review" sorts after "received": the row moves, and stays selected
    assert seen == ["layout"]
    assert [model.row_at(r).reference for r in range(model.rowCount())][-2:] == [
        sample["beta"].reference, sample["gamma"].reference]
    assert page.selected() == [(sample["gamma"].reference, Status.IN_REVIEW)]
    qtmodeltester.check(model)


def test_a_dialog_writes_off_the_gui_thread_and_the_page_refreshes(qtbot, ui_services, ui_settings) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.tasks import TaskRunner

    app_data.budget(ui_services)
    runner = TaskRunner()  # the real one: a worker thread
    window = build_window(ui_services, "admin", settings=ui_settings, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.show_page("budget")
    page = window.pages["budget"]
    qtbot.waitUntil(lambda: page.lines.rowCount() == 1)
    threads: list[bool] = []
    original = ui_services.budget.set_line

    def set_line(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    ui_services.budget.set_line = set_line  # type: ignore[method-assign]
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["amount"].field.setText("300.000,00")
    with qtbot.waitSignal(window.context.events.changed):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert threads == [False]  # written on the worker
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.lines.rows()[0].budget == Decimal("300000.00"))
    runner.wait()


def test_a_write_past_the_operations_is_reported_in_the_log(make_window, ui_services, caplog) -> None:
    app_data.budget(ui_services)
    window = make_window("admin")
    with caplog.at_level("WARNING", logger="bwi_vouchers.storage.database"):
        window.context.services.perform(lambda: app_data.budget(ui_services, "1000.00", year=2027))
        assert not caplog.records  # an operation: fine
        app_data.budget(ui_services, "2000.00", year=2028)  # as a widget calling a service directly would
    assert [r.getMessage() for r in caplog.records] == [
        "A write outside an operation: no view learns what it changed"]
