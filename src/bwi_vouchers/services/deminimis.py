"""A company's de-minimis register: prior aid and this programme's vouchers, and the headroom left today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import COMMITTED, Status
from bwi_vouchers.domain.programme import in_force, programme_for, subtract_years
from bwi_vouchers.domain.rules import OtherApplication, aid_counted, aid_in_window, in_window
from bwi_vouchers.services.base import programmes
from bwi_vouchers.storage.database import UnitOfWork

#: Who grants a voucher of this programme in the register (a proper name, the same in every language); the
#: legal basis is the voucher's programme version's.
GRANTING_BODY = "Baden-Württemberg International (bw-i)"


@dataclass(frozen=True)
class DeminimisEntry:
    """One aid in the register: prior aid from elsewhere, or a voucher of this programme (with its reference)."""

    granting_body: str
    reference: str | None
    grant_date: date | None
    amount: Decimal
    legal_basis: str | None
    counted: bool  # inside the rolling window on the day the register is drawn up


@dataclass(frozen=True)
class DeminimisStatus:
    as_of: date
    window_start: date  # aid granted after this day counts
    years: int
    ceiling: Decimal
    total: Decimal
    headroom: Decimal  # what may still be granted (never below 0)
    entries: tuple[DeminimisEntry, ...]


def deminimis_register(uow: UnitOfWork, company_id: int, today: date) -> DeminimisStatus:
    """The register as rule R10 counts it, with the programme version in force today."""
    versions = programmes(uow)
    programme = in_force(versions, today)
    years = programme.deminimis_years
    entries = [
        DeminimisEntry(
            d.granting_body, None, d.grant_date, d.amount, d.legal_basis, in_window(d.grant_date, today, years)
        )
        for d in uow.deminimis_records(company_id)
    ]
    for app, measure in uow.applications_of_company(company_id):
        if Status(app.status) not in COMMITTED:
            continue
        granted, amount = aid_counted(
            OtherApplication(
                app.reference,
                measure.id,
                measure.start_date,
                app.receipt_date,
                Status(app.status),
                app.approved_amount,
                app.payout_amount,
                app.approval_date,
            )
        )
        entries.append(
            DeminimisEntry(GRANTING_BODY, app.reference, granted, amount,
                           programme_for(versions, app.receipt_date).deminimis_basis, in_window(granted, today, years))
        )
    entries.sort(key=lambda e: (e.grant_date or date.min, e.reference or ""))
    total = aid_in_window(((e.grant_date, e.amount) for e in entries if e.counted), today, years)
    return DeminimisStatus(
        today,
        subtract_years(today, years),
        years,
        programme.deminimis_ceiling,
        total,
        max(programme.deminimis_ceiling - total, Decimal(0)),
        tuple(entries),
    )
