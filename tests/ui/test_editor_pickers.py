"""The measure and company fields search the database as the clerk types; opening the editor loads no list."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import app_data
import pytest
from editor_helpers import open_new_editor
from PySide6.QtCore import Qt

from bwi_vouchers.services.companies import CompanyDetails, CompanyInput
from bwi_vouchers.services.measures import MeasureInput
from bwi_vouchers.ui.tasks import TaskRunner
from bwi_vouchers.ui.widgets.company_picker import CompanyPicker

# The popup opens while typing; the offscreen platform says it cannot raise or grab for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def measure(services, code: str, title: str, *, start: date, country: str, city: str,  # type: ignore[no-untyped-def]
            themes: tuple[int, ...] = (6,)) -> None:
    services.measures.create("admin", MeasureInput(
        code=code, title=title, type="cooperation_fair", country=country, city=city, start_date=start,
        end_date=start + timedelta(days=3), themes=themes))


@pytest.fixture
def catalogue(ui_services):  # type: ignore[no-untyped-def]
    """Today is 2 March 2026. Three measures to come (not in the order of their start) and two past ones."""
    measure(ui_services, "M-2026-030", "Kooperationsbörse Medizintechnik", start=date(2026, 9, 1), country="JP",
            city="Osaka", themes=(1,))
    measure(ui_services, "M-2025-010", "Markterkundung Medizintechnik", start=date(2025, 5, 1), country="US",
            city="Boston", themes=(1,))
    measure(ui_services, "M-2026-020", "Standortpräsentation Energie", start=date(2026, 4, 20), country="FR",
            city="Lyon", themes=(18,))
    measure(ui_services, "M-2026-001", "Photonik-Reise", start=date(2026, 1, 12), country="CH", city="Basel")
    measure(ui_services, "M-2027-050", "Medizintechnik Asien", start=date(2027, 3, 12), country="SG",
            city="Singapur", themes=(1, 10))
    for name, register, vat, postcode, city in (
            ("Optik Müller GmbH", "Stuttgart HRB 1234", "DE136695976", "70173", "Stuttgart"),
            ("Laser & Co KG", "Freiburg HRA 55", "DE987654328", "79098", "Freiburg"),
            ("Zeta Sensorik AG", None, None, "89073", "Ulm")):
        ui_services.companies.create("admin", CompanyDetails(company=CompanyInput(
            name=name, register_number=register, vat_id=vat, postcode=postcode, city=city)))
    return ui_services


def lines(picker) -> list[str]:  # type: ignore[no-untyped-def]
    return [picker.model.index(row).data() for row in range(picker.model.rowCount())]


def type_and_wait(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.clear()
    with qtbot.waitSignal(picker.found):  # 150 ms after the last key
        qtbot.keyClicks(picker, text)


def test_measure_picker_finds_by_title_and_city_and_enter_picks(qtbot, make_window, catalogue) -> None:
    editor = open_new_editor(qtbot, make_window("clerk"))
    picker = editor.form.measure
    picker.setFocus()
    type_and_wait(qtbot, picker, "medizin")
    assert lines(picker) == [
        "M-2026-030 · Kooperationsbörse Medizintechnik · Japan, Osaka · 01.09.2026",
        "M-2027-050 · Medizintechnik Asien · Singapur, Singapur · 12.03.2027",
        "M-2025-010 · Markterkundung Medizintechnik · Vereinigte Staaten, Boston · 01.05.2025",
    ]
    assert picker.popup().isVisible()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.picked):
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.code() == "M-2027-050"
    assert picker.text() == "M-2027-050 · Medizintechnik Asien · Singapur, Singapur · 12.03.2027"
    assert not picker.popup().isVisible()
    # Several target fields: the clerk is asked to choose one of them (none is guessed).
    assert editor.form.theme.currentData() is None and editor.form.theme_hint.isVisible()
    assert editor.dirty

    type_and_wait(qtbot, picker, "LYON")
    assert picker.choice is None  # typing over it: no measure chosen any more
    assert lines(picker) == ["M-2026-020 · Standortpräsentation Energie · Frankreich, Lyon · 20.04.2026"]
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.code() == "M-2026-020"
    assert editor.form.theme.currentData() == 18  # the target field follows the measure (issue 12)


def test_measure_picker_shows_upcoming_measures_first(qtbot, make_window, catalogue) -> None:
    editor = open_new_editor(qtbot, make_window("clerk"))
    picker = editor.form.measure
    picker.setFocus()
    with qtbot.waitSignal(picker.found):
        qtbot.keyClick(picker, Qt.Key.Key_Down)  # on the empty field: what comes next
    assert [line.split(" · ")[0] for line in lines(picker)] == [
        "M-2026-020", "M-2026-030", "M-2027-050", "M-2026-001", "M-2025-010"]
    assert picker.popup().isVisible()
    type_and_wait(qtbot, picker, "Japan")  # a country by its name
    assert [line.split(" · ")[0] for line in lines(picker)] == ["M-2026-030"]


def test_an_unpicked_measure_is_named_on_save(qtbot, make_window, catalogue) -> None:
    editor = open_new_editor(qtbot, make_window("clerk"))
    type_and_wait(qtbot, editor.form.measure, "Osaka")  # typed, but not picked
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Choose the measure" in editor.form.boxes["measure"].message()


def test_company_picker_finds_by_vat_id_and_postcode(qtbot, make_window, catalogue) -> None:
    editor = open_new_editor(qtbot, make_window("clerk"))
    picker = editor.form.company
    picker.setFocus()
    type_and_wait(qtbot, picker, "de 987")
    assert lines(picker) == ["Laser & Co KG · Amtsgericht Freiburg HRA 55 · DE987654328 · 79098 Freiburg"]
    type_and_wait(qtbot, picker, "7")
    assert lines(picker) == ["Laser & Co KG · Amtsgericht Freiburg HRA 55 · DE987654328 · 79098 Freiburg",  # by name
                             "Optik Müller GmbH · Amtsgericht Stuttgart HRB 1234 · DE136695976 · 70173 Stuttgart"]
    type_and_wait(qtbot, picker, "890")
    assert lines(picker) == ["Zeta Sensorik AG · 89073 Ulm"]
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.picked):
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.text() == "Zeta Sensorik AG (Ulm)"
    assert editor.form.company_id() == picker.choice.id
    assert "89073 Ulm" in editor.form.company_facts.text() and editor.form.company_facts.isVisibleTo(editor)


def test_an_opened_application_shows_its_measure_and_company_without_a_list(qtbot, make_window, ui_services) -> None:
    alpha = app_data.sample(ui_services)["alpha"]
    editor = make_window("clerk").editors.open(alpha.reference)
    form = editor.form
    assert form.measure.text() == "M-2026-001 · Markterkundung USA Photonik · Vereinigte Staaten, Boston · 04.05.2026"
    assert form.measure.code() == "M-2026-001" and form.company_id() == alpha.company_id
    assert form.company.text() == "Alpha Optik GmbH (Stuttgart)"
    assert "Photonics BW" in form.company_facts.text()
    for picker in (form.measure, form.company):
        assert picker.searches == 0 and picker.model.rowCount() == 0  # nothing was searched, no list loaded
    assert not editor.dirty and editor.checklist.report is not None
    assert editor.history.rowCount() == 1  # read after the form was shown

    editor.form.requested.setText("1.500,00")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.info.requested_amount == Decimal("1500.00") and not editor.dirty
    assert form.measure.code() == "M-2026-001" and form.company_id() == alpha.company_id
    assert form.measure.searches == 0 and form.company.searches == 0
    assert editor.history.rowCount() == 2


def test_english_names_countries_and_dates_its_way(qtbot, make_window, catalogue, ui_settings) -> None:
    ui_settings.language = "en"
    editor = open_new_editor(qtbot, make_window("clerk"))
    picker = editor.form.measure
    picker.setFocus()
    type_and_wait(qtbot, picker, "united stat")  # only the English name holds this
    assert lines(picker) == ["M-2025-010 · Markterkundung Medizintechnik · United States, Boston · 01/05/2025"]


def test_a_search_runs_off_the_gui_thread(qtbot, catalogue) -> None:
    runner = TaskRunner()
    picker = CompanyPicker(catalogue.editing, runner)
    qtbot.addWidget(picker)
    picker.setText("optik")
    with qtbot.waitSignal(picker.found):
        picker.refresh()
    assert lines(picker) == ["Optik Müller GmbH · Amtsgericht Stuttgart HRB 1234 · DE136695976 · 70173 Stuttgart"]
    runner.wait()


def test_history_and_documents_are_read_off_the_gui_thread(qtbot, ui_services, ui_settings) -> None:
    from bwi_vouchers.ui.main import build_window

    alpha = app_data.sample(ui_services)["alpha"]
    runner = TaskRunner()
    window = build_window(ui_services, "clerk", settings=ui_settings, runner=runner)
    qtbot.addWidget(window)
    window.editors.open(alpha.reference)
    qtbot.waitUntil(lambda: window.editors.last is not None)
    editor = window.editors.last
    qtbot.waitUntil(lambda: editor.opened)  # the form once the worker has read the application …
    assert editor.form.measure.code() == "M-2026-001"
    qtbot.waitUntil(lambda: editor.history.rowCount() == 1)  # … the history once read too
    editor.read_history()
    editor.close()  # the answer arrives for a closed editor: dropped
    qtbot.waitUntil(lambda: not runner.busy)
