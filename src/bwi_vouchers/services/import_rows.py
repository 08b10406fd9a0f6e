"""One import row at a time: read its cells, resolve what it names, and take it over.

Each method returns (state, key, problems) — ``state`` one of imported / already / refused, ``key`` the
reference given (or measure code, cluster name), ``problems`` as (column, code, params). Cluster and measure
rows are created through the form helpers in a savepoint each. Application rows (thousands) are validated
with the same helpers' checks but built in memory (``company_records``, ``application_records``) against
what is looked up once per import — measures, clusters, themes, programme versions, company keys, the
(company, receipt date) pairs of each measure, what known companies hold — and written together by
``write`` at the end of a real run, with their audit events and the reference counters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.countries import country_code
from bwi_vouchers.domain.enums import ClusterKind, MeasureType
from bwi_vouchers.domain.references import format_reference
from bwi_vouchers.errors import BwiError
from bwi_vouchers.exchange.columns import SheetSpec
from bwi_vouchers.exchange.values import CellError, read_cell
from bwi_vouchers.services.applications import ApplicationInput, application_records
from bwi_vouchers.services.base import created, programmes
from bwi_vouchers.services.catalogue import add_cluster
from bwi_vouchers.services.companies import (
    CompanyDetails,
    CompanyInput,
    FiguresInput,
    company_records,
    contact_row,
    deminimis_row,
    figures_row,
    match_key,
    membership_row,
)
from bwi_vouchers.services.dto import ContactInfo, CostItemInfo
from bwi_vouchers.services.identifiers import register_key, vat_key
from bwi_vouchers.services.measures import MeasureInput, add_measure
from bwi_vouchers.storage import bulk
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import (
    AuditEvent,
    Cluster,
    Comment,
    Company,
    Contact,
    DeminimisRecord,
    Measure,
    Membership,
    SmeFigures,
)

Problems = list[tuple[str, str, dict[str, Any]]]
Outcome = tuple[str, str | None, Problems]
# of a company: SME figure years, memberships (cluster id, from, to), contact names case-folded, undated prior aid
Extras = tuple[set[int], list[tuple[int, date, date | None]], set[str], list[Decimal]]
PRIOR_AID_BODY = "Vorbeihilfen laut Erklärung des Antragstellers"
COST_CATEGORY = "Förderfähige Kosten (Import)"
CLUSTER_KINDS = {"cluster-initiative": ClusterKind.INITIATIVE, "initiative": ClusterKind.INITIATIVE,
                 "landesweites netzwerk": ClusterKind.NETWORK, "netzwerk": ClusterKind.NETWORK,
                 "network": ClusterKind.NETWORK}
MEASURE_TYPES = {"markterkundungsreise": MeasureType.MARKET_RESEARCH_TRIP,
                 "kooperationsbörse": MeasureType.COOPERATION_FAIR,
                 "standortpräsentation": MeasureType.LOCATION_PRESENTATION,
                 **{t.value: t for t in MeasureType}}


def _refused(problems: Problems) -> Outcome:
    return "refused", None, problems


class CompanyIndex:
    """Companies matched by the rule of ``companies.find_company`` — register number, else VAT ID, else
    normalised name + postcode — on keys held in memory, so a large import does not ask three times a row."""

    def __init__(self, rows: list[tuple[int, str | None, str | None, str]]) -> None:
        self.register: dict[str, int] = {}
        self.vat: dict[str, int] = {}
        self.key: dict[str, int] = {}
        for row in rows:
            self.add(*row)

    def add(self, company_id: int, register: str | None, vat: str | None, key: str) -> None:
        """A stored company: its register number and VAT ID as stored (valid ones are stored canonical)."""
        if register and register.strip():
            self.register.setdefault(register.strip(), company_id)
        if vat:
            self.vat.setdefault(vat_key(vat) or "", company_id)
        self.key.setdefault(key, company_id)

    def find(self, data: CompanyInput) -> int | None:
        register, vat = register_key(data.register_number), vat_key(data.vat_id)
        if register:
            found = self.register.get(register)
            if found is not None:
                return found
        if vat:
            found = self.vat.get(vat)
            if found is not None:
                return found
        return self.key.get(match_key(data.name or "", data.postcode))


class RowImporter:
    def __init__(self, uow: UnitOfWork, actor: str, *, admin: bool, today: date, now: datetime,
                 source: str, dry_run: bool = False) -> None:
        self.uow, self.actor, self.admin, self.today, self.now, self.source = uow, actor, admin, today, now, source
        self.dry_run = dry_run
        themes = uow.themes()
        self.versions = programmes(uow)
        self.measures: dict[str, Measure] = {}  # by code, upper case: looked up once per import
        self.companies: CompanyIndex | None = None  # loaded with the first application row
        self.applied: dict[int, dict[tuple[int, date], str]] = {}  # per measure: (company, receipt) → reference
        self.clusters: dict[str, Cluster] = {}  # by name, case-folded
        self.theme_codes = {t.code for t in themes}
        self.theme_names = {name.casefold(): t.code for t in themes for name in (t.name_de, t.name_en)}
        # the plan of the application rows, written at the end of a real run (see ``write``)
        self.counters: dict[int, int] = {}  # year → last reference number, as it will be
        self.ids: dict[str, bulk.IdPool] = {}  # table → its ids, reserved in the database
        self.extras: dict[int, Extras] = {}
        self.known_extras: dict[int, Extras] | None = None
        self.records: list[Any] = []
        self.events: list[tuple[str, object, str, dict[str, list[Any]]]] = []

    # helpers ------------------------------------------------------------------------------------
    def _cells(self, spec: SheetSpec, raw: Mapping[str, object]) -> tuple[dict[str, Any], Problems]:
        values: dict[str, Any] = {}
        problems: Problems = []
        for column in spec.columns:
            try:
                values[column.header] = read_cell(raw.get(column.header), column)
            except CellError as error:
                problems.append((column.header, error.code, dict(error.params)))
        return values, problems

    def _themes(self, text: str | None, column: str, problems: Problems, *, many: bool) -> list[int]:
        """Target fields by number ('6', '6, 8') or by name ('Photonik (optische Industrie)')."""
        if not text:
            return []
        if text.casefold() in self.theme_names:
            return [self.theme_names[text.casefold()]]
        parts = [p.strip() for p in text.split(",")] if many else [text.strip()]
        codes = []
        for part in parts:
            match = re.match(r"^(\d{1,2})(?:\s*[–\-:]\s*.*|\s+.*)?$", part)
            if not match or int(match.group(1)) not in self.theme_codes:
                problems.append((column, "cell_unknown_theme", {"value": part}))
                return []
            codes.append(int(match.group(1)))
        return codes

    def _measure(self, code: str) -> Measure | None:
        key = code.strip().upper()
        if key not in self.measures:
            found = self.uow.measure_by_code(key)
            if found is None:
                return None
            self.measures[key] = found
        return self.measures[key]

    def _cluster(self, name: str) -> Cluster | None:
        key = name.strip().casefold()
        if key not in self.clusters:
            found = self.uow.cluster_by_name(name)
            if found is None:
                return None
            self.clusters[key] = found
        return self.clusters[key]

    def _try(self, spec: SheetSpec, work: Any) -> Outcome:
        """Run ``work`` in a savepoint; a refusal undoes the row alone and names the column it concerns."""
        try:
            with self.uow.savepoint():
                return work()  # type: ignore[no-any-return]
        except BwiError as error:
            params = {k: v for k, v in error.params.items()}
            return _refused([(spec.column_for_field(params.get("field")), error.code, params)])

    def _audit(self, entity: str, entity_id: object, action: str, changes: dict[str, list[Any]]) -> None:
        changes["source"] = [None, f"Import {self.source}"]
        self.uow.audit(user=self.actor, entity=entity, entity_id=str(entity_id), action=action, changes=changes,
                       at=self.now)

    # sheets -------------------------------------------------------------------------------------
    def cluster(self, spec: SheetSpec, number: int, raw: Mapping[str, object]) -> Outcome:
        values, problems = self._cells(spec, raw)
        kind = CLUSTER_KINDS.get((values.get("Art") or "").casefold())
        if values.get("Art") and kind is None:
            problems.append(("Art", "cell_choice", {"value": values["Art"],
                                                    "known": "Cluster-Initiative, Landesweites Netzwerk"}))
        themes = self._themes(values.get("Themenfelder"), "Themenfelder", problems, many=True)
        if problems or kind is None:  # a missing Art is a problem of _cells (a required column)
            return _refused(problems)
        name = values["Name"]
        if self._cluster(name) is not None:
            return "already", name, []
        if not self.admin:
            return _refused([("", "import_needs_admin", {"user": self.actor})])

        def work() -> Outcome:
            cluster = add_cluster(self.uow, name=name, kind=kind, region=values.get("Region"),
                                  state_owned=bool(values.get("Landesgesellschaft")), themes=themes)
            self.uow.flush()
            self._audit("cluster", cluster.id, "created", created({
                "name": cluster.name, "kind": cluster.kind, "region": cluster.region_code,
                "state_owned": cluster.state_owned, "themes": themes}))
            return "imported", cluster.name, []
        return self._try(spec, work)

    def measure(self, spec: SheetSpec, number: int, raw: Mapping[str, object]) -> Outcome:
        values, problems = self._cells(spec, raw)
        kind = MEASURE_TYPES.get((values.get("Art") or "").casefold())
        if values.get("Art") and kind is None:
            problems.append(("Art", "cell_choice", {
                "value": values["Art"], "known": "Markterkundungsreise, Kooperationsbörse, Standortpräsentation"}))
        country = country_code(values["Zielland"]) if values.get("Zielland") else None
        if values.get("Zielland") and country is None:
            problems.append(("Zielland", "cell_unknown_country", {"value": values["Zielland"]}))
        themes = self._themes(values.get("Themenfeld"), "Themenfeld", problems, many=True)
        if problems:
            return _refused(problems)
        if self._measure(values["Maßnahme"]) is not None:
            return "already", values["Maßnahme"].upper(), []
        if not self.admin:  # the measures catalogue is the admins' (DESIGN §1)
            return _refused([("", "import_measure_needs_admin", {"user": self.actor})])

        def work() -> Outcome:
            measure = add_measure(self.uow, MeasureInput(
                code=values["Maßnahme"], title=values["Titel"], type=kind, country=country,  # type: ignore[arg-type]
                start_date=values["Beginn"], end_date=values["Ende"], city=values.get("Ort"), themes=tuple(themes)))
            self.uow.flush()
            self._audit("measure", measure.code, "created", created({
                "title": measure.title, "type": measure.type, "country": measure.country, "city": measure.city,
                "start_date": measure.start_date, "end_date": measure.end_date}))
            return "imported", measure.code, []
        return self._try(spec, work)

    def application(self, spec: SheetSpec, number: int, raw: Mapping[str, object]) -> Outcome:
        v, problems = self._cells(spec, raw)
        theme = self._themes(v.get("Themenfeld"), "Themenfeld", problems, many=False)
        cluster = self._cluster(v["Cluster/Netzwerk"]) if v.get("Cluster/Netzwerk") else None
        if v.get("Cluster/Netzwerk") and cluster is None:
            problems.append(("Cluster/Netzwerk", "cell_unknown_cluster", {"value": v["Cluster/Netzwerk"]}))
        measure = self._measure(v["Maßnahme"]) if v.get("Maßnahme") else None
        if v.get("Maßnahme") and measure is None:
            problems.append(("Maßnahme", "cell_unknown_measure", {"value": v["Maßnahme"]}))
        figures = ("Beschäftigte (JAE)", "Jahresumsatz (EUR)", "Bilanzsumme (EUR)")
        given = [h for h in figures if v.get(h) is not None]
        if given and len(given) < 3 and not any(p[0] in figures for p in problems):
            problems.append((next(h for h in figures if h not in given), "figures_incomplete", {}))
        if (v.get("E-Mail") or v.get("Anrede")) and not v.get("Ansprechpartner"):
            problems.append(("Ansprechpartner", "contact_missing", {}))
        if problems or measure is None:  # a missing Maßnahme is a problem of _cells (a required column)
            return _refused(problems)
        receipt: date = v["Antragseingang"]
        company_input = CompanyInput(name=v["Unternehmen"], register_number=v.get("Registernummer"),
                                     vat_id=v.get("USt-IdNr."), street=v.get("Straße"), postcode=v.get("PLZ"),
                                     city=v.get("Ort"), seat_or_branch_in_bw=bool(v["Sitz/Niederlassung in BW"]))
        companies = self._prepare()
        if measure.id not in self.applied:
            self.applied[measure.id] = {(c, d): ref for c, d, ref in self.uow.applications_of_measure(measure.id)}
        applied = self.applied[measure.id]
        company_id = companies.find(company_input)
        if company_id is not None and (company_id, receipt) in applied:
            return "already", applied[(company_id, receipt)], []
        figures_input = (FiguresInput(receipt.year - 1, *(v[h] for h in figures)),) if given else ()
        member = ((cluster.id, v.get("Mitglied seit") or receipt, None),) if cluster is not None else ()
        contact = (ContactInfo(v["Ansprechpartner"], v.get("E-Mail"), None, None, v.get("Anrede")),) \
            if v.get("Ansprechpartner") else ()
        prior = ((PRIOR_AID_BODY, None, v["De-minimis-Vorbeihilfen (EUR)"], None),) \
            if v.get("De-minimis-Vorbeihilfen (EUR)") is not None else ()
        # Everything the row brings is validated and built in memory first; only a row that passes as a whole
        # is planned for writing (and changes the indexes that later rows see).
        try:
            records: list[Any] = []
            events: list[tuple[str, object, str, dict[str, list[Any]]]] = []
            new_company: Company | None = None
            if company_id is None:
                company_id = self.ids["company"].peek()
                records = company_records(self.uow, CompanyDetails(company_input, figures_input, member, contact,
                                                                   prior), self.now, company_id)
                new_company = records[0]
                events.append(("company", company_id, "created", created({
                    "name": new_company.name, "register_number": new_company.register_number,
                    "vat_id": new_company.vat_id, "postcode": new_company.postcode, "city": new_company.city})))
                stub = new_company
                extras = self._extras_of_new(records)
            else:
                stub = Company(id=company_id)
                extras = self._extras(company_id)
                completed, added = self._complete(company_id, extras, figures_input, member, contact, prior, receipt)
                records.extend(completed)
                if added:
                    events.append(("company", company_id, "completed", added))
            year = receipt.year
            # numbered once the row passed (below): only then is the year's counter locked (and created)
            app, items, changes = application_records(
                self.uow, self.actor, ApplicationInput(
                    company_id=company_id, measure_code=measure.code, theme_code=theme[0] if theme else None,
                    receipt_date=receipt, cost_items=(CostItemInfo(COST_CATEGORY, v["Förderfähige Kosten (EUR)"]),),
                    cluster_id=cluster.id if cluster is not None else None,
                    requested_amount=v.get("Beantragter Betrag (EUR)")),
                self.today, self.now, versions=self.versions, number=0, app_id=self.ids["application"].peek(),
                company=stub, measure=measure)
        except BwiError as error:
            params = {k: val for k, val in error.params.items()}
            return _refused([(spec.column_for_field(params.get("field")), error.code, params)])
        # the row passes: take its numbers and plan its records
        ref_number = self._last_number(year) + 1
        app.ref_number, app.reference = ref_number, format_reference(year, ref_number)
        self.counters[year] = ref_number
        self.ids["application"].take()
        if new_company is not None:
            self.ids["company"].take()
            companies.add(company_id, new_company.register_number, new_company.vat_id, new_company.match_key)
            self.extras[company_id] = extras
        else:
            self._apply(extras, records, receipt)
        events.append(("application", app.reference, "created", changes))
        self.records.extend(records)
        self.records.append(app)
        self.records.extend(items)
        # Where it came from opens the application's comment thread (no id: the database gives it).
        self.records.append(Comment(application_id=app.id, author=self.actor, at=self.now,
                                    text=f"Importiert aus {self.source}, Blatt {spec.name}, Zeile {number}"))
        self.events.extend(events)
        applied[(company_id, receipt)] = app.reference
        return "imported", app.reference, []

    # planning and writing the application rows -------------------------------------------------------
    def _prepare(self) -> CompanyIndex:
        """Once, before the first application row: the keys, counters and free ids the plan starts from."""
        if self.companies is not None:
            return self.companies
        session = self.uow.session
        self.uow.flush()  # clusters and measures of this import are in the database (of this transaction)
        self.companies = companies = CompanyIndex(self.uow.company_keys())
        if self.dry_run:  # nothing is written: the counters as they are, no ids taken from the database
            self.counters = bulk.reference_counters(session)
        self.ids = {name: bulk.IdPool(session, name, reserve=not self.dry_run) for name in ("company", "application")}
        return companies

    def _last_number(self, year: int) -> int:
        """The last reference number of the year as planned; a real run locks the year's counter when it first
        numbers an application of that year, so that nobody else numbers that year until the import commits."""
        if year not in self.counters:
            self.counters[year] = 0 if self.dry_run else self.uow.lock_reference_counter(year).last_number
        return self.counters[year]

    def _extras(self, company_id: int) -> Extras:
        if self.known_extras is None:  # the first known company named: what all known companies hold, at once
            self.known_extras = bulk.company_extras(self.uow.session)
            self.known_extras.update(self.extras)
            self.extras = self.known_extras
        return self.extras.setdefault(company_id, (set(), [], set(), []))

    @staticmethod
    def _extras_of_new(records: list[Any]) -> Extras:
        extras: Extras = (set(), [], set(), [])
        RowImporter._apply(extras, records[1:], None)
        return extras

    @staticmethod
    def _apply(extras: Extras, records: list[Any], receipt: date | None) -> None:
        years, memberships, contacts, undated = extras
        for record in records:
            if isinstance(record, SmeFigures):
                years.add(record.reference_year)
            elif isinstance(record, Membership):
                memberships.append((record.cluster_id, record.valid_from, record.valid_to))
            elif isinstance(record, Contact):
                contacts.add(record.name.casefold())
            elif isinstance(record, DeminimisRecord) and record.grant_date is None:
                undated.append(record.amount)

    def write(self) -> None:
        """Write the planned rows, their audit events and the reference counters (a real run, at the end)."""
        if not self.records:
            return
        operator = self.uow.operator  # an admin importing for a clerk: "schulz für fischer"
        user, behalf = (operator, self.actor) if operator and operator.casefold() != self.actor.casefold() \
            else (self.actor, None)
        events = [AuditEvent(at=self.now, user_login=user, on_behalf_of=behalf, entity=entity,
                             entity_id=str(entity_id), action=action,
                             changes={**changes, "source": [None, f"Import {self.source}"]})
                  for entity, entity_id, action, changes in self.events]
        bulk.insert_records(self.uow.session, [*self.records, *events])
        bulk.set_reference_counters(self.uow.session, self.counters)

    def _complete(self, company_id: int, extras: Extras, figures: tuple[FiguresInput, ...], member: tuple[Any, ...],
                  contact: tuple[ContactInfo, ...], prior: tuple[Any, ...],
                  receipt: date) -> tuple[list[Any], dict[str, list[Any]]]:
        """What a row brings and a known company lacks (what it has already stays as it is): the records to add
        and the changes of the "completed" audit event."""
        years, memberships, names, undated = extras
        records: list[Any] = []
        added: dict[str, list[Any]] = {}
        for item in figures:
            if item.reference_year not in years:
                records.append(figures_row(company_id, item))
                added["sme_figures"] = [None, str(item.reference_year)]
        for cluster_id, since, until in member:
            if not any(c == cluster_id and start <= receipt and (end is None or receipt <= end)
                       for c, start, end in memberships):
                records.append(membership_row(self.uow, company_id, cluster_id, since, until))
                added["membership"] = [None, cluster_id]
        for person in contact:
            if person.name.casefold() not in names:
                records.append(contact_row(company_id, person))
                added["contact"] = [None, person.name]
        for body, granted, amount, basis in prior:
            if Decimal(amount) not in undated:
                records.append(deminimis_row(company_id, body, granted, amount, basis, None))
                added["deminimis"] = [None, str(amount)]
        return records, added
