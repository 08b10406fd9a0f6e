"""The measure field of the application form: type a code, title, country or city; upcoming measures first."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from bwi_vouchers.domain.countries import country_name
from bwi_vouchers.services.editing import EditingService, MeasureChoice
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.tasks import TaskRunner
from bwi_vouchers.ui.widgets.search_picker import SearchPicker


def country_word(code: str, language: str) -> str:
    """A country's name in the language of the program (the code when unknown)."""
    if language == "de":
        return country_name(code)
    territory = QLocale.codeToTerritory(code)  # PySide6 names the enum QLocale.Country (Territory is C++ only)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


def english_countries(text: str) -> set[str]:
    """ISO codes whose English name holds the text ("japan" → JP): the database knows only the codes."""
    folded = text.strip().casefold()
    if len(folded) < 3:
        return set()
    found = set()
    for territory in QLocale.Country:
        if territory == QLocale.Country.AnyTerritory:
            continue
        if folded in QLocale.territoryToString(territory).casefold():
            code = QLocale.territoryToCode(territory)
            if len(code) == 2:
                found.add(code)
    return found


class MeasurePicker(SearchPicker[MeasureChoice]):
    def __init__(self, editing: EditingService, formats: Formats, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        self.formats = formats
        language = formats.language

        def search(text: str) -> list[MeasureChoice]:
            return editing.measures(text, countries=english_countries(text) if language != "de" else ())

        super().__init__(search, runner=runner, describe=self.line, parent=parent)
        self.setPlaceholderText(self.tr("Type a code, title, country or city …"))

    def line(self, measure: MeasureChoice) -> str:
        """“M-2027-050 · Title · Country, City · 12.03.2027”."""
        place = ", ".join(x for x in (country_word(measure.country, self.formats.language), measure.city) if x)
        return " · ".join((measure.code, measure.title, place, self.formats.date(measure.start_date)))

    def code(self) -> str | None:
        return self.choice.code if self.choice is not None else None
