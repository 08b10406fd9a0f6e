"""What the application editor asks for: the application with its measure and company in one unit of work,
and the pickers' searches — a few matching measures or companies, never the whole catalogue."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from bwi_vouchers.domain.countries import COUNTRY_NAMES, country_code
from bwi_vouchers.errors import NotFoundError, present
from bwi_vouchers.services.applications import application_info
from bwi_vouchers.services.base import Service
from bwi_vouchers.services.companies import company_info
from bwi_vouchers.services.dto import ApplicationInfo, CompanyInfo
from bwi_vouchers.storage import choices
from bwi_vouchers.storage.models import Company

#: How many matches a picker shows: enough to choose from, few enough to fetch in milliseconds.
LIMIT = 50


@dataclass(frozen=True)
class MeasureChoice:
    """A measure as a picker shows it."""

    code: str
    title: str
    type: str
    country: str
    city: str | None
    start_date: date
    end_date: date
    themes: tuple[int, ...] = ()


@dataclass(frozen=True)
class CompanyChoice:
    """A company as a picker shows it."""

    id: int
    name: str
    register_number: str | None
    vat_id: str | None
    postcode: str | None
    city: str | None

    @classmethod
    def of(cls, company: CompanyInfo) -> CompanyChoice:
        return cls(company.id, company.name, company.register_number, company.vat_id, company.postcode,
                   company.city)


@dataclass(frozen=True)
class OpenedApplication:
    """An application as the editor opens it: the record, the measure and the company it names."""

    info: ApplicationInfo
    measure: MeasureChoice
    company: CompanyInfo


def _measure(row: tuple[Any, ...], themes: dict[int, tuple[int, ...]]) -> MeasureChoice:
    measure_id, code, title, kind, country, city, start, end = row
    return MeasureChoice(code, title, kind, country, city, start, end, themes.get(measure_id, ()))


def countries_named(text: str) -> set[str]:
    """The ISO codes whose German name (or a usual alias) holds the text: "japan" → JP, "staaten" → US."""
    folded = text.strip().casefold()
    if len(folded) < 3:
        return set()
    codes = {code for code, name in COUNTRY_NAMES.items() if folded in name.casefold()}
    alias = country_code(text)
    return codes | ({alias} if alias else set())


class EditingService(Service):
    def open(self, reference: str) -> OpenedApplication:
        """The application, its measure and its company with figures and memberships: all the editor shows."""
        with self.db.unit_of_work() as uow:
            app = uow.application_by_reference(reference)
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            info = application_info(uow, app)
            company = present(uow.get(Company, app.company_id), f"das Unternehmen von {app.reference}")
            row = present(choices.measure_by_code(uow, info.measure_code), f"die Maßnahme von {app.reference}")
            measure = _measure(row, choices.measure_themes(uow, [row[0]]))
            return OpenedApplication(info, measure, company_info(uow, company))

    def measures(self, text: str, *, countries: Collection[str] = (), limit: int = LIMIT) -> list[MeasureChoice]:
        """Measures whose code, title, country or city holds the text; upcoming ones first (soonest first),
        then past ones (most recent first). ``countries``: more ISO codes to match (e.g. from names in
        another language)."""
        with self.db.unit_of_work() as uow:
            rows = choices.search_measures(uow, text, today=self.clock.today(),
                                           countries=set(countries) | countries_named(text), limit=limit)
            themes = choices.measure_themes(uow, [row[0] for row in rows])
            return [_measure(row, themes) for row in rows]

    def measure(self, code: str) -> MeasureChoice:
        with self.db.unit_of_work() as uow:
            row = choices.measure_by_code(uow, code)
            if row is None:
                raise NotFoundError("unknown_measure", measure=code)
            return _measure(row, choices.measure_themes(uow, [row[0]]))

    def companies(self, text: str, *, limit: int = LIMIT) -> list[CompanyChoice]:
        """Companies whose name, register number or VAT ID holds the text or whose postcode starts with it,
        by name."""
        with self.db.unit_of_work() as uow:
            return [CompanyChoice(*row) for row in choices.search_companies(uow, text, limit=limit)]

    def company(self, company_id: int) -> CompanyChoice:
        with self.db.unit_of_work() as uow:
            row = choices.company_by_id(uow, company_id)
            if row is None:
                raise NotFoundError("unknown_company", company=company_id)
            return CompanyChoice(*row)
