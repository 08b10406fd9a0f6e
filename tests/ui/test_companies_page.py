"""The companies page: search, master data with the version check, figures, memberships, contacts,
the de-minimis register with its headroom, and the company's applications."""

from __future__ import annotations

from datetime import date

import app_data
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.companies import CompanyInput, FiguresInput


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


@pytest.fixture
def page(make_window, sample):  # type: ignore[no-untyped-def]
    window = make_window("clerk")
    window.show_page("companies")
    return window.pages["companies"]


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def choose(qtbot, page, name: str) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.model.index(names(page).index(name), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.view.company.name == name


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_list_with_size_class_and_application_count(page, qtmodeltester) -> None:
    assert names(page) == ["Alpha Optik GmbH", "Beta Sensorik AG", "Delta & Söhne GmbH", "Gamma Laser KG"]
    assert [page.model.index(0, c).data() for c in range(5)] == [
        "Alpha Optik GmbH",
        "Stuttgart",
        "",
        "Small enterprise",
        "2",
    ]
    assert page.count.text() == "4 of 4 companies"
    qtmodeltester.check(page.model)


def test_search_as_you_type(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "ulm")
    assert names(page) == ["Gamma Laser KG"]
    assert page.count.text() == "1 of 4 companies"
    assert page.detail.view.company.name == "Gamma Laser KG"


def test_master_data_is_saved_and_the_list_follows(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Beta Sensorik AG")
    city = page.detail.inputs["city"]
    city.clear()
    qtbot.keyClicks(city, "Mannheim")
    region = page.detail.region
    region.setCurrentIndex(region.findText("Rhein-Neckar"))
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert page.detail.saved.text() == "Saved."
    assert [page.model.index(1, c).data() for c in range(3)] == ["Beta Sensorik AG", "Mannheim", "Rhein-Neckar"]
    company = ui_services.companies.get(page.detail.view.company.id)
    assert (company.city, company.region, company.version) == ("Mannheim", "rhein-neckar", 2)


def test_an_invalid_postcode_is_marked_and_nothing_saved(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Alpha Optik GmbH")
    page.detail.inputs["postcode"].setText("7017")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert "fünfstellige" in page.detail.boxes["postcode"].message()
    assert ui_services.companies.get(page.detail.view.company.id).postcode == "70173"


def test_a_wrong_vat_id_is_refused_where_it_is_typed(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Alpha Optik GmbH")
    vat, box = page.detail.inputs["vat_id"], page.detail.boxes["vat_id"]
    vat.setFocus()
    vat.setText("DE123456789")
    qtbot.keyClick(vat, Qt.Key.Key_Return)  # leaving the field (editingFinished)
    assert "Prüfziffer" in box.message() and vat.property("invalid")
    vat.setText("DE 136 695 976")
    qtbot.keyClick(vat, Qt.Key.Key_Return)
    assert box.message() == "" and not vat.property("invalid")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert ui_services.companies.get(page.detail.view.company.id).vat_id == "DE136695976"


def test_wrong_identifiers_are_shown_together_and_nothing_saved(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Alpha Optik GmbH")
    page.detail.inputs["register_number"].setText("HRB 12")
    page.detail.inputs["vat_id"].setText("DE12")
    qtbot.keyClick(page.detail.inputs["vat_id"], Qt.Key.Key_Return)
    assert "Registergericht" in page.detail.boxes["register_number"].message()
    assert "zu viele oder zu wenige" in page.detail.boxes["vat_id"].message()
    for box in page.detail.boxes.values():
        box.set_error("")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)  # the save shows both again, at once
    assert page.detail.boxes["register_number"].message() and page.detail.boxes["vat_id"].message()
    stored = ui_services.companies.get(page.detail.view.company.id)
    assert stored.register_number != "HRB 12" and stored.vat_id != "DE12"


def test_a_save_after_someone_elses_is_a_conflict(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Alpha Optik GmbH")
    loaded = page.detail.view.company
    ui_services.companies.update(
        "admin", loaded.id, loaded.version, CompanyInput(name=loaded.name, postcode="70173", city="Esslingen")
    )
    page.detail.inputs["city"].setText("Ludwigsburg")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert "inzwischen von jemand anderem geändert" in page.detail.form_error.text()
    assert ui_services.companies.get(loaded.id).city == "Esslingen"


def test_figures_membership_and_contact_are_added(qtbot, page, ui_services, qtmodeltester) -> None:
    choose(qtbot, page, "Gamma Laser KG")
    detail = page.detail
    qtbot.mouseClick(detail.add_buttons["figures"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.fields["reference_year"].field.value() == 2025  # the year before today
    dialog.fields["reference_year"].field.setValue(2026)
    qtbot.keyClicks(dialog.fields["annual_work_units"].field, "320")
    qtbot.keyClicks(dialog.fields["turnover"].field, "80.000.000,00")
    qtbot.keyClicks(dialog.fields["balance_sheet_total"].field, "60.000.000")
    ok(qtbot, dialog)
    assert [detail.figures.index(r, 4).data() for r in range(detail.figures.rowCount())] == [
        "Small enterprise",
        "Large enterprise",
    ]
    assert page.model.index(names(page).index("Gamma Laser KG"), 3).data() == "Large enterprise"
    qtbot.mouseClick(detail.add_buttons["memberships"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.fields["cluster"].field.setCurrentText("CyberForum")
    ok(qtbot, dialog)
    assert [detail.memberships.index(r, 0).data() for r in range(detail.memberships.rowCount())] == [
        "CyberForum",
        "Photonics BW",
    ]
    assert detail.memberships.index(0, 1).data() == "02.03.2026"
    assert detail.memberships.index(0, 2).data() == "open-ended"
    qtbot.mouseClick(detail.add_buttons["contacts"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.fields["salutation"].field.currentData() is None  # no Anrede unless chosen
    dialog.fields["salutation"].field.setCurrentText("Frau")
    qtbot.keyClicks(dialog.fields["contact"].field, "Dr. Petra Weber")
    qtbot.keyClicks(dialog.fields["email"].field, "not-an-address")
    ok(qtbot, dialog)
    assert "keine E-Mail-Adresse" in dialog.field_error("email")
    dialog.fields["email"].field.setText("p.weber@example.de")
    ok(qtbot, dialog)
    assert [detail.contacts.index(0, c).data() for c in (0, 1, 3)] == ["Frau", "Dr. Petra Weber", "p.weber@example.de"]
    stored = ui_services.companies.get(detail.view.company.id).contacts
    assert [(c.salutation, c.name) for c in stored] == [("Frau", "Dr. Petra Weber")]
    for model in (detail.figures, detail.memberships, detail.contacts):
        qtmodeltester.check(model)


def test_deminimis_register_shows_the_headroom_left(qtbot, page, ui_services, sample, qtmodeltester) -> None:
    ui_services.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    done = ui_services.perform(lambda: ui_services.lifecycle.move(
        "approver", sample["alpha"].reference, Status.APPROVED))  # 2.000 € voucher
    page.context.events.announce(done.changes)
    choose(qtbot, page, "Alpha Optik GmbH")
    detail = page.detail
    assert "headroom left: 298.000,00 €" in detail.headroom.text()
    qtbot.mouseClick(detail.add_buttons["deminimis"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields["granting_body"].field, "L-Bank")
    dialog.fields["grant_date"].field.setDate(date(2024, 6, 1))
    qtbot.keyClicks(dialog.fields["deminimis_amount"].field, "100.000,00")
    ok(qtbot, dialog)
    assert "headroom left: 198.000,00 €" in detail.headroom.text()
    rows = [[detail.deminimis.index(r, c).data() for c in (1, 2)] for r in range(detail.deminimis.rowCount())]
    assert rows == [["L-Bank", "—"], ["Baden-Württemberg International (bw-i)", sample["alpha"].reference]]
    qtmodeltester.check(detail.deminimis)


def test_the_companys_applications(qtbot, page, sample, qtmodeltester) -> None:
    choose(qtbot, page, "Alpha Optik GmbH")
    detail = page.detail
    assert detail.tabText(5) == "Applications (2)"
    assert [detail.applications.row_at(r).reference for r in range(2)] == [
        sample["alpha"].reference,
        sample["alpha2"].reference,
    ]
    opened: list[str] = []
    page.context.events.application_open_requested.connect(opened.append)
    rect = detail.applications_table.visualRect(detail.applications.index(1, 0))
    detail.setCurrentIndex(5)
    qtbot.mouseClick(detail.applications_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(detail.applications_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [sample["alpha2"].reference]
    qtmodeltester.check(detail.applications)


def test_without_the_clerk_role_nothing_can_be_changed(make_window, sample) -> None:
    page = make_window("approver").pages["companies"]
    assert not page.detail.save_button.isEnabled()
    assert all(
        not b.isEnabled() and b.toolTip() == "Only clerks change company data."
        for b in page.detail.add_buttons.values()
    )


def click_header(qtbot, page, column: int) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))


def test_every_column_sorts_in_the_database_and_the_chosen_company_stays_chosen(qtbot, page, ui_services) -> None:
    choose(qtbot, page, "Beta Sensorik AG")
    click_header(qtbot, page, 1)  # city: Freiburg, Karlsruhe, Stuttgart, Ulm
    assert names(page) == ["Delta & Söhne GmbH", "Beta Sensorik AG", "Alpha Optik GmbH", "Gamma Laser KG"]
    assert page.selected().name == "Beta Sensorik AG" and page.detail.view.company.name == "Beta Sensorik AG"
    click_header(qtbot, page, 4)  # applications, fewest first (ties by name)
    assert names(page) == ["Beta Sensorik AG", "Delta & Söhne GmbH", "Gamma Laser KG", "Alpha Optik GmbH"]
    click_header(qtbot, page, 4)  # most first
    assert names(page)[0] == "Alpha Optik GmbH"
    epsilon = app_data.company(ui_services, "Epsilon GmbH")  # a fifth company, large by its newest figures
    ui_services.companies.add_figures("admin", epsilon, FiguresInput(2026, "300", "80000000.00", "60000000.00"))
    page.reload()
    click_header(qtbot, page, 3)  # size class: small ones (by name), then the large one
    assert names(page)[-1] == "Epsilon GmbH" and page.model.index(4, 3).data() == "Large enterprise"
    assert page.selected().name == "Beta Sensorik AG"


def test_search_ignores_case_also_for_umlauts(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "SÖHNE")
    assert names(page) == ["Delta & Söhne GmbH"]
    assert page.count.text() == "1 of 4 companies"
    page.search.clear()
    assert len(names(page)) == 4


def test_a_search_that_finds_nothing_and_then_the_same_company_again_shows_it(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "ulm")
    assert page.detail.isEnabled() and page.detail.view.company.name == "Gamma Laser KG"
    qtbot.keyClicks(page.search, "xyz")
    assert names(page) == [] and not page.detail.isEnabled()
    for _ in range(3):
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    assert names(page) == ["Gamma Laser KG"]
    assert page.detail.isEnabled() and page.detail.view.company.name == "Gamma Laser KG"
