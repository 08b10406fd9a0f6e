"""The proof of use (Verwendungsnachweis, DESIGN §6): its date received, its actual cost items, its receipts, and
the payout it leads to — shown before it is confirmed.

``ProofService.basis`` reads once what a preview needs (approved amount, open commitment, the programme's rules,
the measure's end, today); ``ProofBasis.preview`` then computes the payout for any cost items and date without
touching the database (the desktop calls it on every keystroke, the command line before it writes). The payout is
the programme's own rule (``Programme.payout_amount``: min(approved, rate × actual costs), down to whole euros);
the date is checked by the lifecycle's own rule (``domain.lifecycle.check_proof_received``). ``record`` takes the
step to ``proof_received`` with its cost items and attaches the receipts (kind *Beleg*) in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.lifecycle import check_proof_received
from bwi_vouchers.domain.programme import Programme, programme_for
from bwi_vouchers.errors import NotFoundError, ValidationError, present
from bwi_vouchers.services.attachments import AttachmentService, NewFile
from bwi_vouchers.services.base import Service, programmes
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
from bwi_vouchers.services.lifecycle import LifecycleService, open_commitment, proof_items
from bwi_vouchers.storage import case
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Measure


@dataclass(frozen=True)
class ProofPreview:
    """What a proof of use leads to: the payout, and what of the commitment goes back to the budget line when it
    is paid. ``problem``: why the date received cannot be taken (None when it can)."""

    approved: Decimal
    actual_costs: Decimal
    rate: Decimal
    payout: Decimal
    released: Decimal
    received: date
    problem: ValidationError | None = None


@dataclass(frozen=True)
class ProofBasis:
    """What a proof of use of one application is judged by; read once, previewed many times."""

    reference: str
    status: Status
    approved: Decimal
    open_commitment: Decimal
    programme: Programme
    measure_end: date
    today: date

    def preview(self, items: Sequence[CostItemInfo] | Decimal, received: date | None = None) -> ProofPreview:
        """The payout for these actual cost items (or their total) received on that day (default today)."""
        actual = items if isinstance(items, Decimal) else sum((i.amount for i in items), Decimal("0.00"))
        day = received or self.today
        problem = None
        try:
            check_proof_received(day, measure_end=self.measure_end, today=self.today)
        except ValidationError as error:
            problem = error
        payout = self.programme.payout_amount(self.approved, max(actual, Decimal("0.00")))
        return ProofPreview(approved=self.approved, actual_costs=actual, rate=self.programme.rate, payout=payout,
                            released=max(self.open_commitment - payout, Decimal("0.00")), received=day,
                            problem=problem)


@dataclass(frozen=True)
class RecordedProof:
    """A proof of use as stored: the date received, the actual cost items (none for a proof recorded as one total
    before the items existed) and the actual costs."""

    reference: str
    received: date | None
    items: tuple[CostItemInfo, ...]
    actual_costs: Decimal | None
    payout: Decimal | None


class ProofService(Service):
    def basis(self, reference: str) -> ProofBasis:
        """What the preview of this application's proof of use needs."""
        with self.db.unit_of_work() as uow:
            app = uow.application_by_reference(reference)
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            measure = present(uow.get(Measure, app.measure_id), f"die Maßnahme von {app.reference}")
            programme = programme_for(programmes(uow), app.receipt_date)
            return ProofBasis(reference=app.reference, status=Status(app.status),
                              approved=app.approved_amount or Decimal("0.00"),
                              open_commitment=open_commitment(uow, app.id), programme=programme,
                              measure_end=measure.end_date, today=self.clock.today())

    def record(self, actor: str, reference: str, *, received: date | None = None,
               items: Sequence[CostItemInfo] | None = None, costs: object = None,
               receipts: Sequence[NewFile] = ()) -> ApplicationInfo:
        """Record the proof of use: the step to ``proof_received`` with the date received (default today), the
        actual cost items (or, the older form, one total ``costs``) and the receipts attached as *Beleg* — all in
        one transaction, each in the audit trail. Refused as a whole (nothing written) when anything is wrong."""
        clean, actual = proof_items(items, costs)
        lifecycle = LifecycleService(self.db, self.clock)
        attachments = AttachmentService(self.db, self.clock)

        def work(uow: UnitOfWork) -> ApplicationInfo:
            info = lifecycle.step_in(uow, actor, reference, Status.PROOF_RECEIVED, actual, None,
                                     received=received, items=clean)
            if receipts:
                attachments.attach_in(uow, actor, info.reference, receipts, AttachmentKind.RECEIPT)
            return info

        return self.db.retrying(work)

    def recorded(self, reference: str) -> RecordedProof:
        """The proof of use as stored (empty when none was recorded yet)."""
        with self.db.unit_of_work() as uow:
            app = uow.application_by_reference(reference)
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            items = tuple(CostItemInfo(r.category, r.amount, r.description)
                          for r in case.proof_cost_items(uow.session, app.id))
            return RecordedProof(app.reference, app.proof_received_date, items, app.actual_costs, app.payout_amount)
