"""One import row at a time: read its cells, resolve what it names, and take it over in a savepoint.

Each method returns (state, key, problems) — ``state`` one of imported / already / refused, ``key`` the
reference given (or measure code, cluster name), ``problems`` as (column, code, params). The records are
created through the same helpers as the forms use, so they are validated and audited the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.countries import country_code
from bwi_vouchers.domain.enums import ClusterKind, MeasureType
from bwi_vouchers.errors import BwiError
from bwi_vouchers.exchange.columns import SheetSpec
from bwi_vouchers.exchange.values import CellError, read_cell
from bwi_vouchers.services.applications import ApplicationInput, add_application
from bwi_vouchers.services.base import created, programmes
from bwi_vouchers.services.catalogue import add_cluster
from bwi_vouchers.services.companies import (
    CompanyDetails,
    CompanyInput,
    FiguresInput,
    add_company,
    add_membership,
    contact_row,
    deminimis_row,
    figures_row,
    match_key,
)
from bwi_vouchers.services.dto import ContactInfo, CostItemInfo
from bwi_vouchers.services.measures import MeasureInput, add_measure
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Cluster, Company, Measure

Problems = list[tuple[str, str, dict[str, Any]]]
Outcome = tuple[str, str | None, Problems]
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
        if register and register.strip():
            self.register.setdefault(register.strip(), company_id)
        if vat:
            self.vat.setdefault(vat.replace(" ", "").upper(), company_id)
        self.key.setdefault(key, company_id)

    def find(self, data: CompanyInput) -> int | None:
        if data.register_number and data.register_number.strip():
            found = self.register.get(data.register_number.strip())
            if found is not None:
                return found
        if data.vat_id and data.vat_id.strip():
            found = self.vat.get(data.vat_id.replace(" ", "").upper())
            if found is not None:
                return found
        return self.key.get(match_key(data.name or "", data.postcode))


class RowImporter:
    def __init__(self, uow: UnitOfWork, actor: str, *, admin: bool, today: date, now: datetime,
                 source: str) -> None:
        self.uow, self.actor, self.admin, self.today, self.now, self.source = uow, actor, admin, today, now, source
        themes = uow.themes()
        self.versions = programmes(uow)
        self.measures: dict[str, Measure] = {}  # by code, upper case: looked up once per import
        self.companies: CompanyIndex | None = None  # loaded with the first application row
        self.applied: dict[int, dict[tuple[int, date], str]] = {}  # per measure: (company, receipt) → reference
        self.clusters: dict[str, Cluster] = {}  # by name, case-folded
        self.theme_codes = {t.code for t in themes}
        self.theme_names = {name.casefold(): t.code for t in themes for name in (t.name_de, t.name_en)}

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
        if problems:
            return _refused(problems)
        name = values["Name"]
        assert kind is not None  # Art is required, and an unknown one is a problem above
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
        if v.get("E-Mail") and not v.get("Ansprechpartner"):
            problems.append(("Ansprechpartner", "contact_missing", {}))
        if problems:
            return _refused(problems)
        assert measure is not None
        receipt: date = v["Antragseingang"]
        company_input = CompanyInput(name=v["Unternehmen"], register_number=v.get("Registernummer"),
                                     vat_id=v.get("USt-IdNr."), street=v.get("Straße"), postcode=v.get("PLZ"),
                                     city=v.get("Ort"), seat_or_branch_in_bw=bool(v["Sitz/Niederlassung in BW"]))
        if self.companies is None:
            self.companies = CompanyIndex(self.uow.company_keys())
        if measure.id not in self.applied:
            self.applied[measure.id] = {(c, d): ref for c, d, ref in self.uow.applications_of_measure(measure.id)}
        applied = self.applied[measure.id]
        company_id = self.companies.find(company_input)
        company = self.uow.get(Company, company_id) if company_id is not None else None
        if company is not None and (company.id, receipt) in applied:
            return "already", applied[(company.id, receipt)], []
        figures_input = (FiguresInput(receipt.year - 1, *(v[h] for h in figures)),) if given else ()
        member = ((cluster.id, v.get("Mitglied seit") or receipt, None),) if cluster is not None else ()
        contact = (ContactInfo(v["Ansprechpartner"], v.get("E-Mail"), None, None),) if v.get("Ansprechpartner") else ()
        prior = ((PRIOR_AID_BODY, None, v["De-minimis-Vorbeihilfen (EUR)"], None),) \
            if v.get("De-minimis-Vorbeihilfen (EUR)") is not None else ()

        def work() -> Outcome:
            target = company
            if target is None:
                target = add_company(self.uow, CompanyDetails(company_input, figures_input, member, contact, prior),
                                     self.now)
                self.uow.flush()
                made.append(target)
                self._audit("company", target.id, "created", created({
                    "name": target.name, "register_number": target.register_number, "vat_id": target.vat_id,
                    "postcode": target.postcode, "city": target.city}))
            else:
                self._complete(target, figures_input, member, contact, prior, receipt)
            app = add_application(self.uow, self.actor, ApplicationInput(
                company_id=target.id, measure_code=measure.code, theme_code=theme[0] if theme else None,
                receipt_date=receipt, cost_items=(CostItemInfo(COST_CATEGORY, v["Förderfähige Kosten (EUR)"]),),
                cluster_id=cluster.id if cluster is not None else None,
                requested_amount=v.get("Beantragter Betrag (EUR)"),
                notes=f"Importiert aus {self.source}, Blatt {spec.name}, Zeile {number}"), self.today, self.now,
                versions=self.versions)
            made.append((target.id, receipt))
            return "imported", app.reference, []
        made: list[Any] = []
        outcome = self._try(spec, work)
        if outcome[0] == "imported":  # only now: a row undone in its savepoint must leave no trace here
            for item in made:
                if isinstance(item, Company):
                    self.companies.add(item.id, item.register_number, item.vat_id, item.match_key)
                else:
                    applied[item] = outcome[1] or ""
        return outcome

    def _complete(self, company: Company, figures: tuple[FiguresInput, ...], member: tuple[Any, ...],
                  contact: tuple[ContactInfo, ...], prior: tuple[Any, ...], receipt: date) -> None:
        """Add to a known company what the row brings and it lacks; what it has already stays as it is."""
        uow, added = self.uow, {}
        if figures:
            years = {f.reference_year for f in uow.sme_figures(company.id)}
            for item in figures:
                if item.reference_year not in years:
                    uow.add(figures_row(company.id, item))
                    added["sme_figures"] = [None, str(item.reference_year)]
        if member:
            memberships = uow.memberships(company.id)
            for cluster_id, since, until in member:
                if not any(c.id == cluster_id and m.valid_from <= receipt
                           and (m.valid_to is None or receipt <= m.valid_to) for m, c in memberships):
                    add_membership(uow, company.id, cluster_id, since, until)
                    added["membership"] = [None, cluster_id]
        if contact:
            names = {c.name.casefold() for c in uow.contacts(company.id)}
            for person in contact:
                if person.name.casefold() not in names:
                    uow.add(contact_row(company.id, person))
                    added["contact"] = [None, person.name]
        if prior:
            undated = {d.amount for d in uow.deminimis_records(company.id) if d.grant_date is None}
            for body, granted, amount, basis in prior:
                if Decimal(amount) not in undated:
                    uow.add(deminimis_row(company.id, body, granted, amount, basis, None))
                    added["deminimis"] = [None, str(amount)]
        if added:
            uow.flush()
            self._audit("company", company.id, "completed", added)
