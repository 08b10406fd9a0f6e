"""Companies: master data, SME figures, cluster memberships, contact persons and de-minimis records."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from bwi_vouchers.domain.dates import MEMBERSHIP_EARLIEST
from bwi_vouchers.domain.enums import Role, Salutation, SizeClass
from bwi_vouchers.domain.programme import in_force
from bwi_vouchers.domain.sme import SmeFigures as DomainFigures
from bwi_vouchers.domain.sme import size_class
from bwi_vouchers.errors import NotFoundError, ValidationError
from bwi_vouchers.services.base import (
    Problems,
    Service,
    created,
    diff,
    figures_size,
    money,
    optional_text,
    programmes,
    required_text,
)
from bwi_vouchers.services.budget import check_year
from bwi_vouchers.services.catalogue import resolve_region
from bwi_vouchers.services.deminimis import DeminimisStatus, deminimis_register
from bwi_vouchers.services.dto import CompanyInfo, ContactInfo, DeminimisInfo, MembershipInfo, SmeFiguresInfo
from bwi_vouchers.services.identifiers import clean_register_number, clean_vat_id, register_key, vat_key
from bwi_vouchers.services.plausible import check_date
from bwi_vouchers.storage import page_query
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Company, Contact, DeminimisRecord, Membership, SmeFigures

_LEGAL_FORMS = re.compile(r"\b(gmbh & co\.? kg|gmbh|ag|kg|ohg|ug \(haftungsbeschränkt\)|ug|e\.k\.|e\.v\.|se|gbr|mbh)\b")
MAX_AWU = Decimal(1_000_000)
COMPANY_ORDER = page_query.COMPANY_ORDER  # the list's columns, as the database sorts them
SIZE_RANK = {SizeClass.MICRO: 0, SizeClass.SMALL: 1, SizeClass.MEDIUM: 2, SizeClass.LARGE: 3}


def match_key(name: str, postcode: str | None) -> str:
    """Normalised name + postcode: 'Müller & Söhne GmbH', '70173' → 'mueller soehne|70173'."""
    text = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _LEGAL_FORMS.sub(" ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return f"{text}|{(postcode or '').strip()}"


@dataclass(frozen=True)
class CompanyInput:
    name: str
    legal_form: str | None = None
    register_number: str | None = None
    vat_id: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    region: str | None = None
    seat_or_branch_in_bw: bool = True
    nace_code: str | None = None


@dataclass(frozen=True)
class FiguresInput:
    reference_year: object
    annual_work_units: object
    turnover: object
    balance_sheet_total: object


@dataclass(frozen=True)
class CompanyRow:
    """A line of the company list: the size class is that of the newest SME figures."""

    id: int
    name: str
    city: str | None
    region: str | None
    size_class: SizeClass | None
    applications: int


@dataclass(frozen=True)
class CompanyDetails:
    """Everything of a company that a form or an import brings at once."""

    company: CompanyInput
    figures: tuple[FiguresInput, ...] = ()
    memberships: tuple[tuple[int, date, date | None], ...] = ()  # cluster id, from, to
    contacts: tuple[ContactInfo, ...] = ()
    deminimis: tuple[tuple[str, date | None, object, str | None], ...] = field(default=())


def _awu(value: object) -> Decimal:
    if isinstance(value, float) or isinstance(value, bool):
        raise ValidationError("annual_work_units", "not_a_number", value=str(value))
    text = str(value).strip().replace(",", ".")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", text):  # Decimal() alone would take "1e3" or "1_0"
        raise ValidationError("annual_work_units", "not_a_number", value=str(value))
    try:
        awu = Decimal(text)
    except InvalidOperation:
        raise ValidationError("annual_work_units", "not_a_number", value=str(value)) from None
    if not awu.is_finite() or awu < 0 or awu > MAX_AWU:
        raise ValidationError("annual_work_units", "out_of_range", value=str(value))
    return awu


def _postcode(data: CompanyInput) -> str | None:
    postcode = optional_text("postcode", data.postcode, max_length=10)
    if postcode and not re.fullmatch(r"\d{5}", postcode) and data.seat_or_branch_in_bw:
        raise ValidationError("postcode", "bad_postcode", postcode=postcode)
    return postcode


def _clean(data: CompanyInput, uow: UnitOfWork) -> dict[str, object]:
    """The company's stored values; every wrong field is named at once (``InvalidFields``)."""
    problems = Problems()
    postcode = problems.check(lambda: _postcode(data), None)
    vat = problems.check(lambda: clean_vat_id(optional_text("vat_id", data.vat_id, max_length=30)), None)
    name = problems.check(lambda: required_text("name", data.name, max_length=300), "")
    legal_form = problems.check(lambda: optional_text("legal_form", data.legal_form, max_length=60), None)
    register = problems.check(lambda: clean_register_number(
        optional_text("register_number", data.register_number, max_length=60), legal_form), None)
    values: dict[str, object] = {
        "name": name,
        "legal_form": legal_form,
        "register_number": register,
        "vat_id": vat,
        "street": problems.check(lambda: optional_text("street", data.street, max_length=200), None),
        "postcode": postcode,
        "city": problems.check(lambda: optional_text("city", data.city, max_length=100), None),
        "region_code": problems.check(lambda: resolve_region(uow, data.region), None),
        "seat_or_branch_in_bw": bool(data.seat_or_branch_in_bw),
        "nace_code": problems.check(lambda: optional_text("nace_code", data.nace_code, max_length=10), None),
        "match_key": match_key(name, postcode),
    }
    problems.raise_any()
    return values


def check_details(uow: UnitOfWork, details: CompanyDetails) -> None:
    """Check a new company's master data, figures and memberships all at once: ``InvalidFields`` names every
    wrong field (one wrong field: its ``ValidationError``)."""
    problems = Problems()
    problems.check(lambda: _clean(details.company, uow), None)
    for figures in details.figures:
        problems.check(lambda figures=figures: figures_row(0, figures), None)  # type: ignore[misc]
    for cluster_id, valid_from, valid_to in details.memberships:
        problems.check(lambda c=cluster_id, f=valid_from, t=valid_to: membership_row(uow, 0, c, f, t),  # type: ignore[misc]
                       None)
    problems.raise_any()


def figures_row(company_id: int, data: FiguresInput) -> SmeFigures:
    problems = Problems()
    turnover = problems.check(lambda: money("turnover", data.turnover), Decimal(0))
    balance = problems.check(lambda: money("balance_sheet_total", data.balance_sheet_total), Decimal(0))
    year = problems.check(lambda: check_year(data.reference_year, "reference_year"), 0)
    awu = problems.check(lambda: _awu(data.annual_work_units), Decimal(0))
    problems.raise_any()
    return SmeFigures(company_id=company_id, reference_year=year, annual_work_units=awu, turnover=turnover,
                      balance_sheet_total=balance)


def figure_problems(data: FiguresInput) -> list[ValidationError]:
    """What is wrong with one year's figures, all at once (empty: they can be saved); nothing is written."""
    return Problems.of(lambda: figures_row(0, data))


def company_info(uow: UnitOfWork, c: Company) -> CompanyInfo:
    versions = programmes(uow)
    figures = tuple(
        SmeFiguresInfo(f.reference_year, f.annual_work_units, f.turnover, f.balance_sheet_total,
                       figures_size(versions, DomainFigures(f.reference_year, f.annual_work_units, f.turnover,
                                                            f.balance_sheet_total)))
        for f in uow.sme_figures(c.id))
    memberships = tuple(MembershipInfo(cl.id, cl.name, m.valid_from, m.valid_to) for m, cl in uow.memberships(c.id))
    contacts = tuple(ContactInfo(x.name, x.email, x.phone, x.function, x.salutation) for x in uow.contacts(c.id))
    deminimis = tuple(DeminimisInfo(d.granting_body, d.grant_date, d.amount, d.legal_basis)
                      for d in uow.deminimis_records(c.id))
    return CompanyInfo(c.id, c.name, c.legal_form, c.register_number, c.vat_id, c.street, c.postcode, c.city,
                       c.region_code, c.seat_or_branch_in_bw, c.nace_code, c.version, figures, memberships,
                       contacts, deminimis)


def find_company(uow: UnitOfWork, data: CompanyInput) -> Company | None:
    """Match by register number, else VAT ID, else normalised name + postcode."""
    register, vat = register_key(data.register_number), vat_key(data.vat_id)
    if register:
        found = uow.company_by_register(register)
        if found:
            return found
    if vat:
        found = uow.company_by_vat(vat)
        if found:
            return found
    return uow.company_by_match_key(match_key(data.name or "", data.postcode))


class CompanyService(Service):
    def create(self, actor: str, details: CompanyDetails) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            check_details(uow, details)
            company = add_company(uow, details, self.clock.now())
            uow.flush()
            self._audit(uow, actor, "company", company.id, "created",
                        created({k: getattr(company, k) for k in _clean(details.company, uow)}))
            return company_info(uow, company)

    def problems(self, details: CompanyDetails) -> list[ValidationError]:
        """What is wrong with a new company's fields, all at once (empty: it can be saved); nothing is written."""
        with self.db.unit_of_work() as uow:
            return Problems.of(lambda: check_details(uow, details))

    def get(self, company_id: int) -> CompanyInfo:
        with self.db.unit_of_work() as uow:
            company = uow.get(Company, company_id)
            if company is None:
                raise NotFoundError("unknown_company", company=company_id)
            return company_info(uow, company)

    def names(self) -> list[tuple[int, str, str | None]]:
        """(id, name, city) of every company, for choosing one in a form."""
        with self.db.unit_of_work() as uow:
            return uow.company_names()

    def rows(self) -> list[CompanyRow]:
        """Every company for the list, with its number of applications (counted in the database)."""
        with self.db.unit_of_work() as uow:
            versions = programmes(uow)
            newest = {company_id: figures_size(versions, DomainFigures(year, awu, turnover, balance))
                      for company_id, year, awu, turnover, balance in uow.newest_sme_figures()}
            return [CompanyRow(cid, name, city, region, newest.get(cid), count)
                    for cid, name, city, region, count in uow.company_rows()]

    def ids(self, needle: str = "", order: str = "name", descending: bool = False) -> list[int]:
        """The ids of the companies whose name or city contains ``needle`` (ignoring case), in the order of a
        list column (``page_query.COMPANY_ORDER``); the database sorts (by size class: their newest figures)."""
        with self.db.unit_of_work() as uow:
            rank = None
            if order == "size":
                classes = self._size_classes(uow, None)
                rank = {cid: SIZE_RANK[size] for cid, size in classes.items()}
            return page_query.company_ids(uow.session, needle.strip(), order, descending, rank)

    def rows_of(self, ids: Sequence[int]) -> list[CompanyRow]:
        """The list rows of these companies, in the order of ``ids`` (a block of the list, read when shown)."""
        with self.db.unit_of_work() as uow:
            sizes = self._size_classes(uow, ids)
            return [CompanyRow(cid, name, city, region, sizes.get(cid), count)
                    for cid, name, city, region, count in page_query.company_rows(uow.session, ids)]

    def count(self) -> int:
        with self.db.unit_of_work() as uow:
            return page_query.company_count(uow.session)

    @staticmethod
    def _size_classes(uow: UnitOfWork, ids: Sequence[int] | None) -> dict[int, SizeClass]:
        versions = programmes(uow)
        limits: dict[int, Any] = {}  # by reference year: the SME limit in force at its end
        found = {}
        for company_id, year, awu, turnover, balance in page_query.newest_figures(uow.session, ids):
            if year not in limits:
                limits[year] = in_force(versions, date(year, 12, 31)).sme_limit
            found[company_id] = size_class(DomainFigures(year, awu, turnover, balance), limits[year])
        return found

    def deminimis(self, company_id: int) -> DeminimisStatus:
        """The de-minimis register as of today: prior aid plus this programme's vouchers, and the headroom left."""
        with self.db.unit_of_work() as uow:
            _existing(uow, company_id, lock=False)
            return deminimis_register(uow, company_id, self.clock.today())

    def find(self, data: CompanyInput) -> CompanyInfo | None:
        with self.db.unit_of_work() as uow:
            found = find_company(uow, data)
            return company_info(uow, found) if found else None

    def update(self, actor: str, company_id: int, expected_version: int, data: CompanyInput) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            company = _locked(uow, company_id, expected_version)
            values = _clean(data, uow)
            changes = diff({k: getattr(company, k) for k in values}, values)
            for key, value in values.items():
                setattr(company, key, value)
            uow.flush()
            if changes:
                self._audit(uow, actor, "company", company.id, "changed", changes)
            return company_info(uow, company)

    def add_figures(self, actor: str, company_id: int, data: FiguresInput) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            company = _existing(uow, company_id)
            row = figures_row(company.id, data)
            for old in uow.sme_figures(company.id):
                if old.reference_year == row.reference_year:
                    uow.delete(old)
                    uow.flush()
            uow.add(row)
            uow.flush()
            self._audit(uow, actor, "company", company.id, "sme_figures", created({
                "reference_year": row.reference_year, "annual_work_units": row.annual_work_units,
                "turnover": row.turnover, "balance_sheet_total": row.balance_sheet_total}))
            return company_info(uow, company)

    def add_membership(self, actor: str, company_id: int, cluster_id: int, valid_from: date,
                       valid_to: date | None = None) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            company = _existing(uow, company_id)
            add_membership(uow, company.id, cluster_id, valid_from, valid_to)
            uow.flush()
            self._audit(uow, actor, "company", company.id, "membership", created({
                "cluster_id": cluster_id, "valid_from": valid_from, "valid_to": valid_to}))
            return company_info(uow, company)

    def add_contact(self, actor: str, company_id: int, contact: ContactInfo) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            company = _existing(uow, company_id)
            uow.add(contact_row(company.id, contact))
            uow.flush()
            self._audit(uow, actor, "company", company.id, "contact", created({"name": contact.name}))
            return company_info(uow, company)

    def add_deminimis(self, actor: str, company_id: int, *, granting_body: str, grant_date: date | None,
                      amount: object, legal_basis: str | None = None) -> CompanyInfo:
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            company = _existing(uow, company_id)
            row = deminimis_row(company.id, granting_body, grant_date, amount, legal_basis, self.clock.today())
            uow.add(row)
            uow.flush()
            self._audit(uow, actor, "company", company.id, "deminimis", created({
                "granting_body": row.granting_body, "grant_date": grant_date, "amount": row.amount}))
            return company_info(uow, company)


def add_company(uow: UnitOfWork, details: CompanyDetails, now: object) -> Company:
    """Insert a company with its figures, memberships, contacts and prior aid (validated)."""
    values = _clean(details.company, uow)
    company = uow.add(Company(**values, created_at=now))
    uow.flush()
    for figures in details.figures:
        uow.add(figures_row(company.id, figures))
    for cluster_id, valid_from, valid_to in details.memberships:
        add_membership(uow, company.id, cluster_id, valid_from, valid_to)
    for contact in details.contacts:
        uow.add(contact_row(company.id, contact))
    for body, grant_date, amount, basis in details.deminimis:
        # No aid can be granted after the moment it is recorded (the clock's "now").
        today = now.date() if isinstance(now, datetime) else None
        uow.add(deminimis_row(company.id, body, grant_date, amount, basis, today))
    return company


def company_records(uow: UnitOfWork, details: CompanyDetails, now: object, company_id: int) -> list[Any]:
    """What ``add_company`` inserts — the company first, then its figures, memberships, contacts and prior aid —
    validated the same way but built in memory with the given id and not added: a bulk import writes them itself."""
    values = _clean(details.company, uow)
    records: list[Any] = [Company(id=company_id, **values, created_at=now)]
    records.extend(figures_row(company_id, figures) for figures in details.figures)
    records.extend(membership_row(uow, company_id, cluster_id, valid_from, valid_to)
                   for cluster_id, valid_from, valid_to in details.memberships)
    records.extend(contact_row(company_id, contact) for contact in details.contacts)
    today = now.date() if isinstance(now, datetime) else None
    records.extend(deminimis_row(company_id, body, grant_date, amount, basis, today)
                   for body, grant_date, amount, basis in details.deminimis)
    return records


def membership_row(uow: UnitOfWork, company_id: int, cluster_id: int, valid_from: date,
                   valid_to: date | None) -> Membership:
    from bwi_vouchers.storage.models import Cluster

    if uow.get(Cluster, cluster_id) is None:
        raise ValidationError("cluster", "unknown_cluster", cluster=cluster_id)
    check_date("valid_from", valid_from, earliest=MEMBERSHIP_EARLIEST)
    if valid_to is not None and check_date("valid_to", valid_to, earliest=MEMBERSHIP_EARLIEST) < valid_from:
        raise ValidationError("valid_to", "end_before_start", start=valid_from, end=valid_to)
    return Membership(company_id=company_id, cluster_id=cluster_id, valid_from=valid_from, valid_to=valid_to)


def add_membership(uow: UnitOfWork, company_id: int, cluster_id: int, valid_from: date,
                   valid_to: date | None) -> Membership:
    return uow.add(membership_row(uow, company_id, cluster_id, valid_from, valid_to))


def contact_row(company_id: int, contact: ContactInfo) -> Contact:
    email = optional_text("email", contact.email, max_length=200)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError("email", "bad_email", email=email)
    return Contact(company_id=company_id, name=required_text("contact", contact.name, max_length=200), email=email,
                   phone=optional_text("phone", contact.phone, max_length=60),
                   function=optional_text("function", contact.function, max_length=100),
                   salutation=salutation(contact.salutation))


def salutation(text: str | None) -> str | None:
    """``Frau`` or ``Herr`` (any case, blanks around), None for empty; anything else is refused."""
    given = " ".join((text or "").split())
    if not given:
        return None
    for known in Salutation:
        if given.casefold() == known.value.casefold():
            return known.value
    raise ValidationError("salutation", "bad_salutation", value=given)


def deminimis_row(company_id: int, body: str, grant_date: date | None, amount: object, basis: str | None,
                  today: date | None) -> DeminimisRecord:
    """One prior de-minimis aid; every wrong field named at once (``InvalidFields``, or its one ``ValidationError``)."""
    problems = Problems()
    value = problems.check(lambda: money("deminimis_amount", amount), Decimal(0))
    problems.check(lambda: _grant_date(grant_date, today), None)
    granting_body = problems.check(lambda: required_text("granting_body", body, max_length=200), "")
    legal_basis = problems.check(lambda: optional_text("legal_basis", basis, max_length=200), None)
    problems.raise_any()
    return DeminimisRecord(company_id=company_id, granting_body=granting_body, grant_date=grant_date, amount=value,
                           legal_basis=legal_basis)


def _grant_date(grant_date: date | None, today: date | None) -> None:
    if grant_date is not None:
        check_date("grant_date", grant_date)
    if grant_date is not None and today is not None and grant_date > today:
        raise ValidationError("grant_date", "date_in_future", date=grant_date)


def deminimis_problems(body: str, grant_date: date | None, amount: object, basis: str | None,
                       today: date) -> list[ValidationError]:
    """What is wrong with one prior aid's fields, all at once (empty: it can be saved); nothing is written."""
    return Problems.of(lambda: deminimis_row(0, body, grant_date, amount, basis, today))


def _existing(uow: UnitOfWork, company_id: int, *, lock: bool = True) -> Company:
    """The company to change, locked (``storage.locks``): a decision that counts its aid (R10) or its vouchers
    (R08) waits for the change, or the change for the decision. ``lock=False`` for reading only."""
    company = uow.lock_company(company_id) if lock else uow.get(Company, company_id)
    if company is None:
        raise NotFoundError("unknown_company", company=company_id)
    return company


def _locked(uow: UnitOfWork, company_id: int, expected_version: int) -> Company:
    from bwi_vouchers.errors import ConflictError

    company = _existing(uow, company_id)
    if company.version != expected_version:
        raise ConflictError("changed_meanwhile")
    return company
