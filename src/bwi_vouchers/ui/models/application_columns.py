"""The columns of the small application tables on the company and measure pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bwi_vouchers.services.listing import ApplicationRow
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.rows import Column, money_column

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def application_columns(formats: Formats, *, show_company: bool, show_measure: bool) -> list[Column[ApplicationRow]]:
    f = formats
    columns: list[Column[ApplicationRow]] = [
        Column(translate("ApplicationColumns", "Reference"), lambda r: r.reference)
    ]
    if show_company:
        columns.append(Column(translate("ApplicationColumns", "Company"), lambda r: r.company))
    if show_measure:
        columns.append(
            Column(
                translate("ApplicationColumns", "Measure"),
                lambda r: f"{r.measure_code} {r.measure_title}",
                key=lambda r: (r.measure_start, r.measure_code),
            )
        )
    columns += [
        Column(
            translate("ApplicationColumns", "Received"), lambda r: f.date(r.receipt_date), key=lambda r: r.receipt_date
        ),
        Column(
            translate("ApplicationColumns", "Status"),
            lambda r: status_text(r.status.value, f.language),
            key=lambda r: r.status.value,
        ),
        money_column(translate("ApplicationColumns", "Eligible costs"), lambda r: r.eligible_costs, f),
        money_column(translate("ApplicationColumns", "Voucher"), lambda r: r.voucher_amount, f),
        money_column(translate("ApplicationColumns", "Approved"), lambda r: r.approved_amount, f),
        money_column(translate("ApplicationColumns", "Paid"), lambda r: r.payout_amount, f),
    ]
    return columns
