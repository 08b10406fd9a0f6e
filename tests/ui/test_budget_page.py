"""The budget page: lines with their totals, setting a line in the dialog, refusals, the ledger."""

from __future__ import annotations

from decimal import Decimal

import app_data
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from bwi_vouchers.domain.enums import Status


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def open_page(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("budget")
    return window.pages["budget"]


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_lines_show_budget_committed_paid_available(make_window, sample, qtmodeltester) -> None:
    page = open_page(make_window)
    assert cells(page.lines, 0) == ["2026", "Landesmittel", "250.000,00 €", "0,00 €", "0,00 €", "250.000,00 €", "0,0 %"]
    qtmodeltester.check(page.lines)


def test_setting_a_line_in_the_dialog_changes_the_table_and_chart(qtbot, make_window, sample) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible()
    amount = dialog.fields["amount"].field
    amount.clear()
    qtbot.keyClicks(amount, "300.000,50")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert cells(page.lines, 0)[2] == "300.000,50 €"
    assert page.chart.lines[0].budget == Decimal("300000.50")


def test_a_new_line_for_another_source(qtbot, make_window, sample) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["source"].field.setCurrentText("EFRE")
    dialog.fields["amount"].field.setText("80.000")
    click_ok(qtbot, dialog)
    assert [(r.year, r.source, r.budget) for r in page.lines.rows()] == [
        (2026, "EFRE", Decimal("80000.00")),
        (2026, "Landesmittel", Decimal("250000.00")),
    ]


def test_a_budget_below_what_is_committed_is_refused_at_the_field(qtbot, make_window, ui_services, sample) -> None:
    ui_services.lifecycle.move("clerk", sample["beta"].reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", sample["beta"].reference, Status.APPROVED)  # commits 3.000 €
    page = open_page(make_window)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["amount"].field.setText("1.000,00")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "3.000,00 €" in dialog.field_error("amount") and "1.000,00 €" in dialog.field_error("amount")
    dialog.fields["amount"].field.setText("12,345")
    click_ok(qtbot, dialog)
    assert "zwei Nachkommastellen" in dialog.field_error("amount")
    dialog.reject()
    assert cells(page.lines, 0)[2] == "250.000,00 €"


def test_the_ledger_of_the_selected_line(make_window, ui_services, sample, qtmodeltester) -> None:
    ui_services.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", sample["alpha"].reference, Status.APPROVED)
    page = open_page(make_window)
    assert page.ledger_title.text() == "Ledger of 2026 Landesmittel"
    assert cells(page.ledger, 0)[:5] == [
        "02.03.2026",
        "commitment",
        sample["alpha"].reference,
        "2.000,00 €",
        "Eva Fischer",
    ]
    qtmodeltester.check(page.ledger)


def test_only_the_budget_role_sets_lines(make_window, sample) -> None:
    page = open_page(make_window, "clerk")
    assert not page.set_button.isEnabled()
    assert "budget role" in page.set_button.toolTip()


def test_the_page_reloads_when_the_budget_changes(make_window, ui_services, sample) -> None:
    page = open_page(make_window)
    done = ui_services.perform(lambda: ui_services.budget.set_line("admin", 2027, "Landesmittel", "100000"))
    page.context.events.announce(done.changes)
    assert [r.year for r in page.lines.rows()] == [2026, 2027]


def test_the_ledger_sorts_by_a_header_click_in_the_database(qtbot, make_window, ui_services, sample) -> None:
    for name in ("alpha", "beta", "gamma"):
        ui_services.lifecycle.move("clerk", sample[name].reference, Status.IN_REVIEW)
        ui_services.lifecycle.move("approver", sample[name].reference, Status.APPROVED)
    page = open_page(make_window)
    amounts = lambda: [page.ledger.row_at(r).amount for r in range(page.ledger.rowCount())]  # noqa: E731
    assert page.ledger.rowCount() == 3
    header = page.ledger_table.horizontalHeader()
    middle = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert amounts() == sorted(amounts())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert amounts() == sorted(amounts(), reverse=True) and amounts()[0] > amounts()[-1]
