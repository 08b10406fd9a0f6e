"""The company field of the application form: type a name, register number, VAT ID or postcode."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bwi_vouchers.services.editing import CompanyChoice, EditingService
from bwi_vouchers.ui.tasks import TaskRunner
from bwi_vouchers.ui.widgets.search_picker import SearchPicker


def company_line(company: CompanyChoice) -> str:
    """“Name · HRB 1234 · DE123456789 · 70173 Stuttgart” (what is known of it)."""
    place = " ".join(x for x in (company.postcode, company.city) if x)
    return " · ".join(x for x in (company.name, company.register_number, company.vat_id, place) if x)


def company_label(company: CompanyChoice) -> str:
    """What the field shows once chosen: “Name (City)”."""
    return f"{company.name} ({company.city})" if company.city else company.name


class CompanyPicker(SearchPicker[CompanyChoice]):
    def __init__(self, editing: EditingService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(editing.companies, runner=runner, describe=company_line, label=company_label,
                         parent=parent)
        self.setPlaceholderText(self.tr("Type a name, register number, VAT ID or postcode …"))

    def company_id(self) -> int | None:
        return self.choice.id if self.choice is not None else None
