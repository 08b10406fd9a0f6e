"""Demo applications: who applies for what, when, with which costs, and which steps each one has taken."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from bwi_vouchers.domain.enums import MeasureType, Status
from bwi_vouchers.domain.money import CENT
from bwi_vouchers.formats import money
from bwi_vouchers.services.demo import names
from bwi_vouchers.services.demo.base import GeneratorBase
from bwi_vouchers.services.demo.model import (
    DEMINIMIS_FULL,
    HOLDS_A_SLOT,
    LATE,
    LOW_COSTS,
    NOT_SME,
    OUTSIDE_BW,
    STATE_OWNED_ONLY,
    STEP_ORDER,
    AppDraft,
    CompanyDraft,
    MeasureDraft,
    NoCompany,
    StepDraft,
    Weighted,
)


def pair_key(company: CompanyDraft, measure: MeasureDraft) -> int:
    """One int for a (company, measure) pair: a million of them take a third of the memory of tuples."""
    return company.id << 32 | measure.id


def slot_key(company: CompanyDraft, year: int) -> int:
    return company.id << 16 | year


class ApplicationMaker(GeneratorBase):
    """Makes the demo applications and the steps each has taken (who, when), not yet the rows."""

    def _applications(self, count: int, companies: list[CompanyDraft],
                      measures: list[MeasureDraft]) -> Iterator[AppDraft]:
        """The drafts one by one, in the order they are drawn (not of receipt); the caller keeps them."""
        weighted = [(m, self._measure_weight(m)) for m in measures]
        weighted = [(m, w) for m, w in weighted if w > 0] or [(m, 1.0) for m in measures]
        pick_measure = Weighted(weighted)
        clean = [c for c in companies if c.flaw is None]
        flawed = [c for c in companies if c.flaw is not None]
        all_clean = Weighted([(c, c.weight) for c in clean])
        by_theme = {theme: Weighted([(c, c.weight) for c in clean if c.theme == theme]) for theme in self.themes
                    if any(c.theme == theme for c in clean)}
        self.used_pairs: set[int] = set()  # pair_key(company, measure)
        self.slots: dict[int, int] = {}  # slot_key(company, year) -> vouchers held
        self.texts: dict[tuple[str, str, int], str] = {}
        # The first receipt of each company and measure (an ordinal, 0: none yet), in arrays rather than as date
        # objects: those would stay scattered over the memory the drawing used and keep all of it from the system.
        self.company_first = array("I", bytes(4 * len(companies)))
        self.measure_first = array("I", bytes(4 * len(measures)))
        for index in range(count):
            self._tick(index, 2 * count)
            measure = pick_measure.pick(self._random)
            theme = self._choice(measure.themes)
            draw = self._random()
            if flawed and draw < 0.04:
                company = self._free_company(flawed, None, measure)
                flaw = company.flaw
            else:
                flaw = LATE if draw < 0.065 else LOW_COSTS if draw < 0.09 else None
                if flaw == LATE and (self.today - measure.start).days < 25:
                    flaw = LOW_COSTS
                company = self._clean_company(all_clean, by_theme.get(theme), measure)
            yield self._application(company, measure, theme, flaw)
        del self.used_pairs, self.slots, self.texts  # only drawing needs them

    def _measure_weight(self, measure: MeasureDraft) -> float:
        """Applications come in up to ~18 months ahead; nobody has applied yet for what is further away."""
        ahead = (measure.start - self.today).days
        if ahead <= 120:
            return 1.0
        return max(0.0, 1.0 - (ahead - 120) / 420)

    def _free_company(self, pool: list[CompanyDraft], weighted: Weighted | None, measure: MeasureDraft,
                      slot_year: int | None = None) -> CompanyDraft:
        """A company that has not applied for this measure yet (and has a voucher slot left in the year)."""
        for _ in range(40):
            company = weighted.pick(self._random) if weighted is not None else self._choice(pool)
            if pair_key(company, measure) in self.used_pairs:
                continue
            if slot_year is not None and self.slots.get(slot_key(company, slot_year), 0) >= 2:
                continue
            return company
        start = self._ri(0, len(pool) - 1)
        for offset in range(len(pool)):
            company = pool[(start + offset) % len(pool)]
            if pair_key(company, measure) not in self.used_pairs and (
                    slot_year is None or self.slots.get(slot_key(company, slot_year), 0) < 2):
                return company
        raise NoCompany()

    def _clean_company(self, all_clean: Weighted, fitting: Weighted | None, measure: MeasureDraft) -> CompanyDraft:
        """A clean company with a free voucher slot in the measure's year, preferably from the measure's field."""
        year = measure.start.year
        if fitting is not None and self._random() < 0.8:
            try:
                return self._free_company(fitting.values, fitting, measure, year)
            except NoCompany:
                pass
        try:
            return self._free_company(all_clean.values, all_clean, measure, year)
        except NoCompany:
            return self._free_company(all_clean.values, all_clean, measure)  # no slot left: it will be withdrawn

    def _application(self, company: CompanyDraft, measure: MeasureDraft, theme: int, flaw: str | None) -> AppDraft:
        ri = self._ri
        today = self.today
        year = measure.start.year
        has_slot = flaw is None and self.slots.get(slot_key(company, year), 0) < 2
        # 1. the receipt date and the status, consistent with where the measure stands today
        if flaw == LATE:
            receipt = min(measure.start + timedelta(days=ri(1, 20)), today - timedelta(days=3))
            status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
        elif measure.start > today:
            if flaw is not None and flaw != LOW_COSTS and self._random() < 0.4:
                status = Status.RECEIVED if self._random() < 0.5 else Status.IN_REVIEW
            elif flaw is not None:
                status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
            else:
                status = self.phases["future"].pick(self._random)
            low, high = (0, 20) if status is Status.RECEIVED else (2, 60) if status is Status.IN_REVIEW else (8, 150)
            receipt = max(today - timedelta(days=ri(low, high)), measure.start - timedelta(days=540))
        else:
            receipt = measure.start - timedelta(days=ri(20, 150))
            if flaw is not None:
                status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
            else:
                status = self.phases[self._phase(measure, receipt)].pick(self._random)
        if flaw is None and status is Status.REJECTED:
            flaw = "manual"
        if flaw is None and status in HOLDS_A_SLOT and not has_slot:
            status = Status.WITHDRAWN  # the company already holds its two vouchers of that year
        programme = self._programme(receipt)
        # 2. costs and amounts, by the programme version in force on the receipt date
        items = self._cost_items(measure, low=flaw == LOW_COSTS)
        costs = sum((amount for _, _, amount in items), Decimal("0.00"))
        voucher = programme.voucher_amount(costs)
        requested = self._requested(voucher)
        source = "EFRE" if "EFRE" in self.sources and self._random() < 0.2 else None
        app = AppDraft(company=company, measure=measure, programme=programme, theme=theme, receipt=receipt,
                       due=programme.proof_due(measure.end), items=items, costs=costs, requested=requested,
                       voucher=voucher, amount=requested if requested is not None and requested < voucher else voucher,
                       source=source, line_source=source or programme.default_source, status=status, flaw=flaw,
                       created_by=self._choice(self.clerks),
                       notes=self._choice(names.NOTES) if self._random() < 0.05 else None)
        app.steps = self._steps(app)
        self.used_pairs.add(pair_key(company, measure))
        if flaw is None and status in HOLDS_A_SLOT:
            key = slot_key(company, year)
            self.slots[key] = self.slots.get(key, 0) + 1
        day = receipt.toordinal()
        for first, index in ((self.company_first, company.index), (self.measure_first, measure.index)):
            if not first[index] or day < first[index]:
                first[index] = day
        return app

    def _phase(self, measure: MeasureDraft, receipt: date) -> str:
        if (self.today - measure.end).days < 7:
            return "running"
        due = self._programme(receipt).proof_due(measure.end)
        if self.today <= due:
            return "awaiting"
        return "recently_due" if (self.today - due).days <= 120 else "long_due"

    def _cost_items(self, measure: MeasureDraft, *, low: bool) -> list[tuple[str, str, Decimal]]:
        days = (measure.end - measure.start).days + 1
        if low:
            category, _, _, text = names.COST_PARTICIPATION
            return [(category, self._text(text, measure.city, days), self._money(150, 480, step=10))]
        if measure.type is MeasureType.MARKET_RESEARCH_TRIP:
            kinds = [names.COST_PARTICIPATION] + ([names.COST_TRAVEL] if self._random() < 0.75 else [])
        elif measure.type is MeasureType.COOPERATION_FAIR:
            kinds = [names.COST_PARTICIPATION if self._random() < 0.5 else names.COST_STAND]
            kinds += [names.COST_TRAVEL] if self._random() < 0.7 else []
        else:
            kinds = [names.COST_STAND, names.COST_STAND_BUILD if self._random() < 0.5 else names.COST_TRAVEL]
        if len(kinds) < 3 and self._random() < 0.25:
            kinds.append(names.COST_INTERPRETER)
        items = []
        for category, low_eur, high_eur, text in kinds:
            travel = category == names.COST_TRAVEL[0]
            amount = self._money(low_eur, high_eur, step=1 if travel else 50, cents=travel)
            items.append((category, self._text(text, measure.city, days), amount))
        return items

    def _text(self, text: str, city: str, days: int) -> str:
        """A cost item's description, one string object shared by every item that reads the same."""
        key = (text, city, days)
        found = self.texts.get(key)
        if found is None:
            found = self.texts[key] = text.format(city=city, days=days)
        return found

    def _requested(self, voucher: Decimal) -> Decimal | None:
        draw = self._random()
        if draw < 0.55:
            return voucher
        if draw < 0.80:
            return None
        if draw < 0.92:
            # a round figure below the voucher amount: the approval grants what was asked for
            lower = (voucher - self._choice((200, 300, 500))) // 100 * 100
            return lower.quantize(CENT) if lower >= 100 else voucher
        return (voucher + self._choice((250, 500, 1000))).quantize(CENT)  # capped, with a warning (R11)

    # -- the lifecycle steps with dates and users -------------------------------------------------------------
    def _steps(self, app: AppDraft) -> list[StepDraft]:
        ri = self._ri
        today = self.today
        measure = app.measure
        status = app.status

        def clamp(day: date, after: date) -> date:
            return min(today, max(day, after))

        if status is Status.RECEIVED:
            return []
        if status is Status.WITHDRAWN and self._random() < 0.35:
            day = clamp(app.receipt + timedelta(days=ri(1, 20)), app.receipt)
            return [StepDraft(Status.WITHDRAWN, day, self._choice(self.clerks), self._choice(names.WITHDRAWAL_REASONS))]
        reviewer = self._choice(self.clerks)
        review_day = clamp(app.receipt + timedelta(days=ri(1, 8)), app.receipt)
        steps = [StepDraft(Status.IN_REVIEW, review_day, reviewer)]
        if status is Status.IN_REVIEW:
            return steps
        if status is Status.WITHDRAWN:
            day = clamp(review_day + timedelta(days=ri(1, 15)), review_day)
            steps.append(StepDraft(Status.WITHDRAWN, day, self._choice(self.clerks),
                                   self._choice(names.WITHDRAWAL_REASONS)))
            return steps
        decision_day = clamp(review_day + timedelta(days=ri(1, 10)), review_day)
        decider = self._other(self.approvers, reviewer)
        if status is Status.REJECTED:
            steps.append(StepDraft(Status.REJECTED, decision_day, decider, self._rejection_reason(app)))
            return steps
        steps.append(StepDraft(Status.APPROVED, decision_day, decider))
        chain = STEP_ORDER.get(status, ())
        if status is Status.REVOKED:
            options = [Status.APPROVED]
            if (today - measure.end).days >= 14:
                options += [Status.PROOF_RECEIVED, Status.PAID]
            chain = STEP_ORDER.get(self._choice(options), ())
        last = decision_day
        recorder = None
        for target in chain[2:]:
            if target is Status.PROOF_RECEIVED:
                latest = min(today, app.due)
                span = max(7, min(175, (latest - measure.end).days))
                last = min(clamp(measure.end + timedelta(days=ri(7, span)), last), max(latest, last))
                recorder = self._choice(self.clerks)
                app.actual_costs = (app.costs * ri(70, 105) / 100).quantize(CENT)
                steps.append(StepDraft(Status.PROOF_RECEIVED, last, recorder))
            elif target is Status.PAID:
                last = clamp(last + timedelta(days=ri(2, 25)), last)
                steps.append(StepDraft(Status.PAID, last, self._other(self.approvers, recorder)))
            elif target is Status.CLOSED:
                last = clamp(last + timedelta(days=ri(14, 90)), last)
                steps.append(StepDraft(Status.CLOSED, last, self._choice(self.clerks)))
            elif target is Status.EXPIRED:
                last = clamp(app.due + timedelta(days=ri(1, 45)), last)
                steps.append(StepDraft(Status.EXPIRED, last, self._other(self.clerks, reviewer)))
        if status is Status.REVOKED:
            last = clamp(last + timedelta(days=ri(10, 60)), last)
            steps.append(StepDraft(Status.REVOKED, last, self._other(self.approvers, reviewer),
                                   self._choice(names.REVOCATION_REASONS)))
        return steps

    def _rejection_reason(self, app: AppDraft) -> str:
        programme = app.programme
        flaw = app.flaw
        if flaw == NOT_SME:
            return "R04: Kein KMU im Sinne der Empfehlung 2003/361/EG (250 Beschäftigte oder mehr)."
        if flaw == STATE_OWNED_ONLY:
            return ("R02: Mitglied nur in einem Netzwerk einer Landesgesellschaft; dessen Mitglieder sind von der "
                    "Förderung ausgeschlossen.")
        if flaw == OUTSIDE_BW:
            return "R03: Weder Sitz noch Niederlassung in Baden-Württemberg."
        if flaw == DEMINIMIS_FULL:
            return (f"R10: Mit dem Gutschein würde der De-minimis-Höchstbetrag von "
                    f"{money(programme.deminimis_ceiling)} überschritten.")
        if flaw == LATE:
            return "R06: Antrag erst nach Beginn der Maßnahme eingegangen (vorzeitiger Maßnahmenbeginn)."
        if flaw == LOW_COSTS:
            return f"R07: Förderfähige Kosten unter dem Mindestbetrag von {money(programme.min_costs)}."
        return self._choice(names.REJECTION_WITHOUT_RULE)
