"""Bookings read in the user's language: the ledger's notes and the editor history's bookings are data, not words."""

from __future__ import annotations

from datetime import datetime

import app_data

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.ui.audit_words import ledger_note_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.history import HistoryModel


def test_a_ledger_note_is_shown_in_the_users_language() -> None:
    assert ledger_note_text("IG-2025-0035 approved", "en") == "status → approved"
    assert ledger_note_text("IG-2025-0035 approved", "de") == "status → bewilligt"  # Qt words: German with the .qm
    assert ledger_note_text("IG-2025-0035 revoked", "en") == "status → revoked"
    assert ledger_note_text("Umbuchung laut Vermerk vom 3. März", "en") == "Umbuchung laut Vermerk vom 3. März"
    assert ledger_note_text(None, "en") == ""


def test_the_budget_page_shows_the_note_in_words(make_window, ui_services, ui_settings) -> None:  # type: ignore[no-untyped-def]
    sample = app_data.sample(ui_services)
    ui_services.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", sample["alpha"].reference, Status.APPROVED)
    ui_settings.language = "en"
    window = make_window()
    window.show_page("budget")
    ledger = window.pages["budget"].ledger
    assert [ledger.index(0, c).data() for c in range(ledger.columnCount())] == [
        "02/03/2026", "commitment", sample["alpha"].reference, "€2,000.00", "Eva Fischer", "status → approved"]


def test_the_history_shows_bookings_in_words() -> None:
    row = {"at": datetime(2026, 3, 2, 10, 15), "user": "approver", "action": "status:approved",
           "changes": {"status": ["in_review", "approved"], "ledger": [None, ["commitment 2800.00"]]}}
    english = HistoryModel(Formats("en"))
    english.set_rows([row])
    assert english.index(0, 3).data() == "Bookings: commitment €2,800.00"
    german = HistoryModel(Formats("de"))
    german.set_rows([row])
    assert german.index(0, 3).data() == "Bookings: commitment 2.800,00 €"  # the words come from the .qm


def test_the_history_shows_cost_items_with_money_in_the_language() -> None:
    row = {"at": datetime(2026, 3, 2, 10, 15), "user": "clerk", "action": "created",
           "changes": {"cost_items": [None, ["Standmiete: 3900.00", "Standbau: 2150.50"]]}}
    english = HistoryModel(Formats("en"))
    english.set_rows([row])
    assert english.index(0, 3).data() == "Cost items: Standmiete: €3,900.00, Standbau: €2,150.50"
    german = HistoryModel(Formats("de"))
    german.set_rows([row])
    assert german.index(0, 3).data() == "Cost items: Standmiete: 3.900,00 €, Standbau: 2.150,50 €"
