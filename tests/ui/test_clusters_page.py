"""The clusters page: the list with kinds, regions and members; admins add and edit with a version check."""

from __future__ import annotations

import app_data
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def open_page(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("clusters")
    return window.pages["clusters"]


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(r).cluster.name for r in range(page.model.rowCount())]


def row_of(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    row = names(page).index(name)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def select(qtbot, page, name: str) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.model.index(names(page).index(name), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_list_shows_kind_region_state_flag_fields_and_members(make_window, ui_services, qtmodeltester) -> None:
    app_data.company(ui_services, "Alpha Optik GmbH", cluster="Photonics BW")
    page = open_page(make_window, "clerk")
    assert len(names(page)) == 17
    assert row_of(page, "Photonics BW") == ["Photonics BW", "State-wide network", "state-wide", "no", "6", "1"]
    assert row_of(page, "BIOPRO")[3] == "yes"
    assert row_of(page, "CyberForum")[1:3] == ["Cluster initiative", "Mittlerer Oberrhein"]
    assert "Photonik" in page.model.index(names(page).index("Photonics BW"), 4).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(page.model)


def test_non_admins_cannot_add_or_edit(make_window) -> None:
    page = open_page(make_window, "clerk")
    for button in (page.add_button, page.edit_button):
        assert not button.isEnabled()
        assert "Only admins" in button.toolTip()


def test_admin_adds_a_cluster(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields["name"].field, "Quantum BW")
    region = dialog.fields["region"].field
    region.setCurrentIndex(region.findText("Stuttgart"))
    themes = dialog.fields["themes"].field
    themes.item(5).setCheckState(Qt.CheckState.Checked)
    ok(qtbot, dialog)
    assert row_of(page, "Quantum BW")[:5] == ["Quantum BW", "Cluster initiative", "Stuttgart", "no", "6"]
    assert ui_services.catalogue.cluster("Quantum BW").themes == (6,)


def test_a_duplicate_name_is_refused(qtbot, make_window) -> None:
    page = open_page(make_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields["name"].field, "CyberForum")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "existiert bereits" in dialog.general_error()


def test_admin_edits_and_a_stale_edit_is_refused(qtbot, make_window, ui_services) -> None:
    page = open_page(make_window)
    select(qtbot, page, "CyberForum")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["state_owned"].field.setChecked(True)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert row_of(page, "CyberForum")[3] == "yes"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    stale = page.dialog
    current = ui_services.catalogue.cluster("CyberForum")
    ui_services.catalogue.update_cluster(
        "admin",
        current.id,
        current.version,
        name="CyberForum e.V.",
        kind=current.kind,
        region=current.region,
        state_owned=True,
        themes=current.themes,
    )
    stale.fields["name"].field.setText("CyberForum Karlsruhe")
    ok(qtbot, stale)
    assert stale.isVisible() and "inzwischen" in stale.general_error()
    assert ui_services.catalogue.cluster("CyberForum e.V.").name == "CyberForum e.V."
