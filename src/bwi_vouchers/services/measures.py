"""Measures: trips, fairs and presentations abroad that companies apply for."""

from __future__ import annotations

import builtins
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bwi_vouchers.domain.enums import MeasureType, Role
from bwi_vouchers.errors import ConflictError, NotFoundError, ValidationError
from bwi_vouchers.services.base import Service, created, optional_text, required_text
from bwi_vouchers.services.catalogue import resolve_themes
from bwi_vouchers.services.dto import MeasureInfo
from bwi_vouchers.services.plausible import check_country, check_date
from bwi_vouchers.storage import page_query
from bwi_vouchers.storage.choices import measure_labels
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Measure

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,29}$")


MEASURE_ORDER = page_query.MEASURE_ORDER  # the list's columns, as the database sorts them


@dataclass(frozen=True)
class MeasureInput:
    code: str
    title: str
    type: MeasureType | str
    country: str
    start_date: date
    end_date: date
    city: str | None = None
    organiser: str | None = "Baden-Württemberg International"
    themes: tuple[int, ...] = ()


def measure_info(m: Measure) -> MeasureInfo:
    return MeasureInfo(m.id, m.code, m.title, m.type, m.country, m.city, m.start_date, m.end_date, m.organiser,
                       tuple(sorted(t.code for t in m.themes)), m.version)


def add_measure(uow: UnitOfWork, data: MeasureInput) -> Measure:
    code = (data.code or "").strip().upper()
    if not CODE.match(code):
        raise ValidationError("code", "bad_measure_code", measure=data.code)
    if uow.measure_by_code(code) is not None:
        raise ConflictError("measure_exists", measure=code)
    try:
        kind = MeasureType(data.type)
    except ValueError:
        raise ValidationError("type", "unknown_measure_type", type=str(data.type)) from None
    country = check_country("country", data.country)
    check_date("start_date", data.start_date)
    check_date("end_date", data.end_date)
    if data.end_date < data.start_date:
        raise ValidationError("end_date", "end_before_start", start=data.start_date, end=data.end_date)
    return uow.add(Measure(
        code=code, title=required_text("title", data.title), type=kind.value, country=country,
        city=optional_text("city", data.city, max_length=100), start_date=data.start_date, end_date=data.end_date,
        organiser=optional_text("organiser", data.organiser, max_length=200),
        themes=resolve_themes(uow, data.themes)))


class MeasureService(Service):
    def create(self, actor: str, data: MeasureInput) -> MeasureInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)  # the measures catalogue is the admins' (DESIGN §1)
            measure = add_measure(uow, data)
            uow.flush()
            self._audit(uow, actor, "measure", measure.code, "created", created({
                "title": measure.title, "type": measure.type, "country": measure.country, "city": measure.city,
                "start_date": measure.start_date, "end_date": measure.end_date}))
            return measure_info(measure)

    def get(self, code: str) -> MeasureInfo:
        with self.db.unit_of_work() as uow:
            measure = uow.measure_by_code(code)
            if measure is None:
                raise NotFoundError("unknown_measure", measure=code)
            return measure_info(measure)

    def list(self) -> list[MeasureInfo]:
        with self.db.unit_of_work() as uow:
            return [measure_info(m) for m in uow.measures()]

    def labels(self) -> builtins.list[tuple[str, str]]:
        """(code, title) of every measure, by start date: what the list's measure filter offers (one plain query,
        no entity per measure: 25,000 of them at a million applications)."""
        with self.db.unit_of_work() as uow:
            return measure_labels(uow)

    def ids(self, needle: str = "", order: str = "start", descending: bool = False, *,
            countries: Collection[str] = (), type_rank: Mapping[str, int] | None = None) -> builtins.list[int]:
        """The ids of the measures whose code, title or city contains ``needle`` (or whose country is one of
        ``countries``), in the order of a list column (``MEASURE_ORDER``); the database sorts."""
        with self.db.unit_of_work() as uow:
            return page_query.measure_ids(uow.session, needle.strip(), order, descending, countries=countries,
                                          type_rank=type_rank)

    def rows_of(self, ids: Sequence[int]) -> builtins.list[tuple[MeasureInfo, int]]:
        """These measures with their numbers of applications, in the order of ``ids`` (a block of the list)."""
        with self.db.unit_of_work() as uow:
            found = {m.id: m for m in page_query.measures_of(uow.session, ids)}
            counts = page_query.measure_counts(uow.session, ids)
            return [(measure_info(found[i]), counts.get(i, 0)) for i in ids if i in found]

    def codes_of_year(self, year: int) -> builtins.list[str]:
        """The codes ``M-<year>-…`` already taken (for suggesting the next one)."""
        with self.db.unit_of_work() as uow:
            return page_query.measure_codes(uow.session, f"M-{year}-")

    def rows(self) -> builtins.list[tuple[MeasureInfo, int]]:
        """Every measure with its number of applications (counted in the database), by start date."""
        with self.db.unit_of_work() as uow:
            return [(measure_info(m), count) for m, count in uow.measure_rows()]
