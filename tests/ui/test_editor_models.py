"""The editor's small table models (cost items, history, documents) pass the model tester and read German."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from bwi_vouchers.services.dto import CostItemInfo, DocumentInfo
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.cost_items import CostColumn, CostItemsModel
from bwi_vouchers.ui.models.history import DocumentsModel, HistoryModel


def test_cost_items_model(qtmodeltester) -> None:
    model = CostItemsModel(Formats("de"))
    model.set_items([CostItemInfo("Teilnahmegebühr", Decimal("1234.50")), CostItemInfo("Reise", Decimal("99.00"))])
    qtmodeltester.check(model)
    assert model.index(0, CostColumn.AMOUNT).data() == "1.234,50 €"
    assert model.index(0, CostColumn.AMOUNT).data(Qt.ItemDataRole.EditRole) == "1.234,50"
    assert model.total() == Decimal("1333.50")
    model.setData(model.index(1, CostColumn.AMOUNT), "-5")
    items, problems = model.items()
    assert len(items) == 1 and "negativ" in problems[0]
    assert model.index(1, CostColumn.AMOUNT).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.add_row()
    assert model.items()[1] == problems  # an empty row is ignored
    qtmodeltester.check(model)


def test_history_model_in_words(qtmodeltester) -> None:
    model = HistoryModel(Formats("de"))
    model.set_rows([
        {"at": datetime(2026, 3, 2, 10, 15), "user": "approver", "action": "status:approved",
         "changes": {"status": ["in_review", "approved"], "approved_amount": [None, "2000.00"],
                     "proof_due_date": [None, "2026-11-08"], "checks": [None, {"R01": "pass", "R11": "warning"}]}},
        {"at": datetime(2026, 3, 2, 9, 0), "user": "clerk", "action": "changed",
         "changes": {"eligible_costs": ["400.00", "4000.00"], "company_id": [1, 2]}},
    ])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "02.03.2026 10:15"
    assert model.index(0, 2).data() == "Status → bewilligt"
    details = model.index(0, 3).data()
    assert "2.000,00 €" in details and "08.11.2026" in details and "no rule failed" in details
    assert model.index(1, 3).data() == "Eligible costs: 400,00 € → 4.000,00 €"


def test_documents_model(qtmodeltester) -> None:
    model = DocumentsModel(Formats("de"))
    model.set_rows([DocumentInfo("approval", "Bewilligung_IG-2026-0001.docx", "ab" * 32, "clerk",
                                 datetime(2026, 3, 3, 8, 30))])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Approval letter"
    assert model.index(0, 3).data() == "03.03.2026 08:30"
