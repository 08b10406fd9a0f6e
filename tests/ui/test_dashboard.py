"""The overview: counts by status, the budget chart, proofs of use coming due, recent activity."""

from __future__ import annotations

from decimal import Decimal

import app_data
import pytest
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Status


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def on_dashboard(window):  # type: ignore[no-untyped-def]
    """A clerk starts on Meine Aufgaben; these tests look at the overview."""
    window.show_page("dashboard")
    return window


def approve(services, reference: str) -> None:  # type: ignore[no-untyped-def]
    services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    services.lifecycle.move("approver", reference, Status.APPROVED)


def test_counts_and_commitment_follow_an_approval(make_window, ui_services, sample, qtmodeltester) -> None:
    window = on_dashboard(make_window("clerk"))
    page = window.pages["dashboard"]
    assert window.current_page() is page
    assert page.tiles[Status.RECEIVED].count.text() == "5"
    assert page.tiles[Status.APPROVED].count.text() == "0"
    assert page.chart.lines[0].committed == Decimal("0.00")
    done = ui_services.perform(lambda: approve(ui_services, sample["alpha"].reference))
    window.context.events.announce(done.changes)
    assert page.tiles[Status.RECEIVED].count.text() == "4"
    assert page.tiles[Status.APPROVED].count.text() == "1"
    line = page.chart.lines[0]
    assert (line.year, line.source, line.committed, line.available) == (
        2026,
        "Landesmittel",
        Decimal("2000.00"),
        Decimal("248000.00"),
    )
    assert page.chart.describe(0, 1) == "2026 Landesmittel – Committed: 2.000,00 €"
    assert "bewilligt" in page.tiles[Status.APPROVED].word.text()
    qtmodeltester.check(page.recent_model)
    first = page.recent_model.index(0, 2).data()
    assert sample["alpha"].reference in first and "bewilligt" in first


def test_proofs_due_within_30_days_are_listed_with_days(make_window, ui_services, sample, qtmodeltester) -> None:
    approve(ui_services, sample["alpha"].reference)  # measure ends 08.05.2026: proof due 08.11.2026
    ui_services.clock.advance(232)  # 20.10.2026
    page = on_dashboard(make_window("clerk")).pages["dashboard"]
    assert page.due_model.rowCount() == 1
    assert [page.due_model.index(0, c).data() for c in range(4)] == [
        sample["alpha"].reference,
        "08.11.2026",
        "in 19 days",
        "Alpha Optik GmbH",
    ]
    ui_services.clock.advance(30)  # 19.11.2026: overdue
    page.context.events.data_loaded()  # a new day: everything is judged again
    assert page.due_model.index(0, 2).data() == "11 days overdue"
    assert page.due_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(page.due_model)


def test_a_status_tile_opens_the_list_filtered(qtbot, make_window, ui_services, sample) -> None:
    approve(ui_services, sample["beta"].reference)
    window = on_dashboard(make_window("clerk"))
    qtbot.mouseClick(window.pages["dashboard"].tiles[Status.APPROVED], Qt.MouseButton.LeftButton)
    page = window.pages["applications"]
    assert window.current_page() is page
    assert [page.model.row_at(r).company for r in range(page.model.rowCount())] == ["Beta Sensorik AG"]


def test_double_click_on_a_due_proof_opens_the_application(qtbot, make_window, ui_services, sample) -> None:
    approve(ui_services, sample["alpha"].reference)
    ui_services.clock.advance(232)
    window = on_dashboard(make_window("clerk"))
    page = window.pages["dashboard"]
    opened: list[str] = []
    window.context.events.application_open_requested.connect(opened.append)
    rect = page.due_table.visualRect(page.due_model.index(0, 0))
    qtbot.mouseClick(page.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [sample["alpha"].reference]
