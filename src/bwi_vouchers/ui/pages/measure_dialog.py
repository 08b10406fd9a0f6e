"""The dialog for a new measure: every field checked by the service, a refusal shown at its field."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from bwi_vouchers.domain.countries import COUNTRY_NAMES
from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.services.dto import MeasureInfo
from bwi_vouchers.services.measures import MeasureInput
from bwi_vouchers.texts import MEASURE_TYPE
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.widgets.form_dialog import FormDialog, date_input, required_date

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def next_code(codes: list[str], year: int) -> str:
    """The next free M-YYYY-NNN of a year."""
    numbers = [int(m.group(1)) for c in codes if (m := re.fullmatch(rf"M-{year}-(\d+)", c))]
    return f"M-{year}-{max(numbers, default=0) + 1:03d}"


def theme_list(page: Page, chosen: tuple[int, ...] = ()) -> QListWidget:
    """The 18 target fields as a checklist."""
    widget = QListWidget()
    widget.setMinimumHeight(140)
    for theme in page.context.services.catalogue.themes():
        item = QListWidgetItem(f"{theme.code}  {theme.name_de if page.context.language == 'de' else theme.name_en}")
        item.setData(Qt.ItemDataRole.UserRole, theme.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if theme.code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_themes(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(n).data(Qt.ItemDataRole.UserRole))
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    )


def open_measure_dialog(page: Page, codes: list[str]) -> FormDialog:
    ctx = page.context
    lang = ctx.language
    today = ctx.services.clock.today()
    dialog = FormDialog(translate("MeasureDialog", "New measure"), lang, page)
    code = dialog.add("code", translate("MeasureDialog", "Code"), QLineEdit(next_code(codes, today.year)))
    title = dialog.add("title", translate("MeasureDialog", "Title"), QLineEdit())
    title.setPlaceholderText(translate("MeasureDialog", "e.g. Market exploration trip Japan: photonics"))
    kind = dialog.add("type", translate("MeasureDialog", "Type"), QComboBox())
    for value in MeasureType:
        kind.addItem(MEASURE_TYPE[value.value][0 if lang == "de" else 1], value.value)
    country = dialog.add("country", translate("MeasureDialog", "Destination country"), QComboBox())
    country.setEditable(True)
    country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for iso, name in sorted(COUNTRY_NAMES.items(), key=lambda pair: pair[1]):
        if iso != "DE":
            country.addItem(f"{iso} – {name}", iso)
    country.setCurrentIndex(-1)
    country_edit = country.lineEdit()
    if country_edit is not None:
        country_edit.setPlaceholderText(translate("MeasureDialog", "ISO code, e.g. JP"))
    city = dialog.add("city", translate("MeasureDialog", "City"), QLineEdit())
    start = dialog.add("start_date", translate("MeasureDialog", "Start"), date_input(lang, today + timedelta(days=60)))
    end = dialog.add("end_date", translate("MeasureDialog", "End"), date_input(lang, today + timedelta(days=64)))
    organiser = dialog.add(
        "organiser", translate("MeasureDialog", "Organiser"), QLineEdit("Baden-Württemberg International")
    )
    themes = dialog.add("themes", translate("MeasureDialog", "Target fields"), theme_list(page))

    def submit() -> Callable[[], MeasureInfo]:
        typed = country.currentText().strip()
        iso = (
            country.currentData()
            if country.currentIndex() >= 0 and country.itemText(country.currentIndex()) == typed
            else typed.split(" ")[0]
        )
        start_day, end_day = required_date("start_date", start), required_date("end_date", end)
        measure = MeasureInput(
                code=code.text(),
                title=title.text(),
                type=str(kind.currentData()),
                country=str(iso or ""),
                start_date=start_day,
                end_date=end_day,
                city=city.text(),
                organiser=organiser.text(),
                themes=checked_themes(themes),
            )
        return lambda: ctx.services.measures.create(ctx.user.login, measure)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog
