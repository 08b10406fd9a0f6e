"""A save that meets someone else's change: the editor keeps what was typed, says so in German and offers
"Neu laden", which shows the application as it is stored now."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import app_data
from PySide6.QtWidgets import QApplication, QMessageBox

from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.ui import i18n


def test_a_save_conflict_keeps_the_input_and_reload_shows_the_stored_application(qtbot, make_window, ui_services,
                                                                                   monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    info = app_data.sample(ui_services)["alpha"]
    app = QApplication.instance()
    translators = i18n.install(app, "de")
    try:
        check_conflict(qtbot, make_window, ui_services, info, warnings)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def check_conflict(qtbot, make_window, ui_services, info, warnings) -> None:  # type: ignore[no-untyped-def]
    editor = make_window("clerk").editors.open(info.reference)
    assert not editor.reload_button.isVisible()

    # a colleague saves first
    ui_services.perform(lambda: ui_services.applications.update("admin", info.reference, info.version,
                                                                ApplicationInput(
        company_id=info.company_id, measure_code=info.measure_code, theme_code=info.theme_code,
        receipt_date=info.receipt_date, cost_items=(CostItemInfo("Teilnahmegebühr", Decimal("4000.00")),),
        cluster_id=info.cluster_id, requested_amount=Decimal("1500.00"))))

    editor.form.requested.clear()
    qtbot.keyClicks(editor.form.requested, "1.200,00")
    editor.save()

    assert warnings and "inzwischen von jemand anderem geändert" in warnings[-1]
    assert "inzwischen" in editor.message.text()
    assert editor.form.requested.text() == "1.200,00" and editor.dirty  # the input is kept
    assert editor.reload_button.isVisible() and editor.reload_button.text() == "Neu laden"
    editor.grab().save(str(Path(tempfile.gettempdir()) / "bwi-editor-conflict.png"))

    editor.reload_button.click()
    assert not editor.dirty and not editor.reload_button.isVisible()
    assert editor.info is not None and editor.info.requested_amount == Decimal("1500.00")
    assert editor.form.requested.text() == "1.500,00"
    assert "Neu geladen" in editor.message.text()
    assert replace(editor.info, version=0) != replace(info, version=0)

