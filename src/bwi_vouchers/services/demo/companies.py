"""Demo companies: names, registers, VAT ids, SME figures, cluster memberships, contacts, de-minimis aid."""

from __future__ import annotations

import pickle
from array import array
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.money import CENT
from bwi_vouchers.services.companies import match_key
from bwi_vouchers.services.demo import names
from bwi_vouchers.services.demo.base import GeneratorBase
from bwi_vouchers.services.demo.model import (
    COMPANY_FLAWS,
    DEMINIMIS_FULL,
    NOT_SME,
    OUTSIDE_BW,
    STATE_OWNED_ONLY,
    ClusterRef,
    CompanyDraft,
    UniqueNumbers,
    Weighted,
    ascii_of,
    domain_of,
)

#: Register numbers (HRA/HRB/…): six digits from 7xxxxx as in the issue texts, all six-digit ones once half of
#: those are taken, more digits only past 450,000 registered companies.
REGISTER_RANGES = ((700000, 799999), (100000, 999999))


class CompanyMaker(GeneratorBase):
    """Makes the demo companies with everything that hangs on them."""

    def _companies(self, count: int) -> list[CompanyDraft]:
        ids = self.ref.ids("company", count)
        flaws: list[str | None] = [None] * count
        special = len(names.SPECIAL_COMPANY_NAMES)
        free = list(range(special, count))
        self.rng.shuffle(free)
        for kind, rate in COMPANY_FLAWS:
            if kind == STATE_OWNED_ONLY and not self.state_clusters:
                continue
            for _ in range(max(1, int(count * rate))):
                if free:
                    flaws[free.pop()] = kind
        forms = Weighted([(form, weight) for form, weight, _ in names.LEGAL_FORMS])
        register_kinds = {form: kind for form, _, kind in names.LEGAL_FORMS}
        activity = Weighted(((1, 55), (2, 25), (4, 15), (8, 5)))
        taken: set[str] = set()
        registers = UniqueNumbers(REGISTER_RANGES, self._random)
        vats: set[str] = set()
        companies: list[CompanyDraft] = []
        # Each company's rows (company, figures, memberships, contacts, de-minimis) go to the spill at once: a
        # million applications have 250,000 companies, ~3.5 KB of rows each, written only after the drafts.
        self.company_handles = array("Q")
        put, dumps = self.spill.put, pickle.dumps
        for index in range(count):
            theme = self._choice(self.themes)
            flaw = flaws[index]
            town = self._choice(names.TOWNS_OUTSIDE_BW if flaw == OUTSIDE_BW else names.TOWNS)
            if index < special:
                name, legal_form = names.SPECIAL_COMPANY_NAMES[index]
            else:
                legal_form = forms.pick(self._random)
                name = self._company_name(theme, legal_form, town, taken)
            taken.add(name)
            register_kind = register_kinds.get(legal_form)
            register = None
            if register_kind is not None and self._random() < 0.95:
                register = f"Amtsgericht {town.court} {register_kind} {registers.draw()}"
            vat = None
            if register is None or self._random() < 0.8:
                vat = self._vat_id()
                while vat in vats:
                    vat = self._vat_id()
                vats.add(vat)
            clusters = self._memberships(theme, flaw)
            company = CompanyDraft(id=ids[index], name=name, theme=theme, flaw=flaw, town=town,
                                   cluster_id=clusters[0][0].id, weight=activity.pick(self._random),
                                   domain=domain_of(name), index=index)
            companies.append(company)
            row = {
                "id": company.id, "name": name, "legal_form": legal_form, "register_number": register,
                "vat_id": vat, "street": f"{self._choice(names.STREETS)} {self._ri(1, 180)}",
                "postcode": town.postcode, "city": town.name, "region_code": town.region,
                "seat_or_branch_in_bw": flaw != OUTSIDE_BW, "nace_code": self._choice(names.NACE_CODES[theme]),
                "match_key": match_key(name, town.postcode), "created_at": None, "version": 1}
            figures = self._figures(company)
            memberships = [{"company_id": company.id, "cluster_id": cluster.id, "valid_from": valid_from,
                            "valid_to": valid_to} for cluster, valid_from, valid_to in clusters]
            contacts = [self._contact(company) for _ in range(1 if self._random() < 0.7 else 2)]
            self.company_handles.append(put(dumps((row, figures, memberships, contacts, self._deminimis(company)),
                                                  protocol=pickle.HIGHEST_PROTOCOL)))
            company.name = company.domain = ""  # in the spill now; not needed again
        return companies

    def _company_name(self, theme: int, legal_form: str, town: names.Town, taken: set[str]) -> str:
        choice = self._choice
        base = ""
        for attempt in range(12):
            word = choice(names.FIELD_WORDS[theme])
            pattern = self._random()
            if pattern < 0.40:
                base = f"{choice(names.SURNAMES)} {word}"
            elif pattern < 0.62:
                base = f"{choice(names.REGIONAL_WORDS)} {word}"
            elif pattern < 0.80:
                base = f"{choice(names.FANTASY_PREFIXES)}{choice(names.FANTASY_SUFFIXES)} {word}"
            elif pattern < 0.86:
                base = f"{choice(names.SURNAMES)} & {choice(names.SURNAMES)}"
            elif pattern < 0.93:
                base = f"{choice(names.FANTASY_PREFIXES)}{choice(names.FANTASY_SUFFIXES)}"
            else:
                base = f"{choice(names.SURNAMES)} {word} {town.name.split()[0].split('/')[0]}"
            if attempt >= 8:
                base = f"{base} {choice(names.REGIONAL_WORDS)}"
            name = f"{base} {legal_form}"
            if name not in taken:
                return name
        number = 2
        while f"{base} {number} {legal_form}" in taken:
            number += 1
        return f"{base} {number} {legal_form}"

    def _memberships(self, theme: int, flaw: str | None) -> list[tuple[ClusterRef, date, date | None]]:
        """The first entry is the cluster the company's applications name; it is active long before them."""
        since = date(self.year - self._ri(5, 14), self._ri(1, 12), self._ri(1, 28))
        if flaw == STATE_OWNED_ONLY:
            return [(self._choice(self.state_clusters), since, None)]
        pool = self.eligible_clusters or list(self.ref.clusters)
        fitting = [c for c in pool if theme in c.themes]
        main = self._choice(fitting if fitting and self._random() < 0.85 else pool)
        result: list[tuple[ClusterRef, date, date | None]] = [(main, since, None)]
        if self._random() < 0.2:
            other = self._choice([c for c in self.ref.clusters if c.id != main.id] or [main])
            if other.id != main.id:
                start = date(self.year - self._ri(3, 9), self._ri(1, 12), 1)
                end = None if self._random() < 0.7 else start + timedelta(days=self._ri(200, 900))
                result.append((other, start, end if end is None or end < self.today else None))
        return result

    def _figures(self, company: CompanyDraft) -> list[dict[str, Any]]:
        ri = self._ri
        if company.flaw == NOT_SME:
            base = (Decimal(ri(260, 2400)), Decimal(ri(60, 900)) * 1_000_000, Decimal(ri(48, 700)) * 1_000_000)
        else:
            size = self._random()
            if size < 0.15:  # micro
                base = (Decimal(ri(20, 90)) / 10, Decimal(ri(300, 1900)) * 1000, Decimal(ri(200, 1800)) * 1000)
            elif size < 0.60:  # small
                base = (Decimal(ri(100, 480)) / 10, Decimal(ri(2000, 9500)) * 1000, Decimal(ri(1500, 9000)) * 1000)
            else:  # medium, staying below 250 annual work units after growth
                base = (Decimal(ri(500, 2250)) / 10, Decimal(ri(10000, 45000)) * 1000,
                        Decimal(ri(8000, 40000)) * 1000)
        rows = []
        for offset, growth in ((5, Decimal("1")), (2, Decimal(ri(100, 110)) / 100)):
            awu, turnover, balance = base
            rows.append({"company_id": company.id, "reference_year": self.year - offset,
                         "annual_work_units": (awu * growth).quantize(Decimal("0.1")),
                         "turnover": (turnover * growth).quantize(CENT),
                         "balance_sheet_total": (balance * growth).quantize(CENT)})
        return rows

    def _contact(self, company: CompanyDraft) -> dict[str, Any]:
        first, last = self._choice(names.FIRST_NAMES), self._choice(names.SURNAMES)
        title = "Dr. " if self._random() < 0.1 else ""
        area = company.town.area_code
        phone = f"+49 {area[1:]} {self._ri(100, 9999)}{self._ri(10, 99)}-{self._ri(0, 399)}"
        return {"company_id": company.id, "name": f"{title}{first} {last}",
                "email": f"{ascii_of(first)}.{ascii_of(last)}@{company.domain}", "phone": phone,
                "function": self._choice(names.CONTACT_FUNCTIONS),
                "salutation": "Frau" if first in names.FEMALE_FIRST_NAMES else "Herr"}

    def _deminimis(self, company: CompanyDraft) -> list[dict[str, Any]]:
        if company.flaw == DEMINIMIS_FULL:
            ceiling = max(p.deminimis_ceiling for p in self.programmes)
            return [{"company_id": company.id, "granting_body": names.DEMINIMIS_DECLARED, "grant_date": None,
                     "amount": ceiling - Decimal("150.00"), "legal_basis": names.DEMINIMIS_NEW_BASIS}]
        if self._random() >= 0.15:
            return []
        rows = []
        for _ in range(self._ri(1, 2)):
            granted = self.today - timedelta(days=self._ri(30, 4 * 365))
            basis = names.DEMINIMIS_NEW_BASIS if granted >= date(2024, 1, 1) else names.DEMINIMIS_OLD_BASIS
            rows.append({"company_id": company.id, "granting_body": self._choice(names.DEMINIMIS_BODIES),
                         "grant_date": granted, "amount": self._money(1500, 45000, step=100),
                         "legal_basis": basis})
        return rows

    def _vat_id(self) -> str:
        """DE + 8 digits + the check digit (ISO 7064 MOD 11,10, as the Bundeszentralamt für Steuern has it)."""
        digits = [self._ri(1, 9)] + [self._ri(0, 9) for _ in range(7)]
        product = 10
        for digit in digits:
            total = (digit + product) % 10 or 10
            product = (2 * total) % 11
        return "DE" + "".join(map(str, digits)) + str((11 - product) % 10)
