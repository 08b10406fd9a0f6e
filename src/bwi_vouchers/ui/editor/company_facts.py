"""One grey line under the company field: where it is, its SME size and its cluster memberships."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from bwi_vouchers.services.dto import CompanyInfo


class CompanyFacts(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions: dict[str, str] = {}  # code → name
        self.setWordWrap(True)
        self.setStyleSheet("color: #5f6b7a;")
        self.hide()

    def show_company(self, company: CompanyInfo | None) -> None:
        if company is None:
            self.hide()
            return
        region = self.regions.get(company.region or "", company.region)
        parts = [x for x in (company.postcode and company.city and f"{company.postcode} {company.city}",
                             region and self.tr("region %1").replace("%1", region)) if x]
        if company.figures:
            newest = company.figures[-1]
            parts.append(self.size_word(newest.size_class.value) + f" ({newest.reference_year})")
        else:
            parts.append(self.tr("no SME figures"))
        members = [m.cluster_name for m in company.memberships]
        parts.append(self.tr("member of %1").replace("%1", ", ".join(members)) if members
                     else self.tr("no cluster membership"))
        self.setText(" · ".join(parts))
        self.show()

    def size_word(self, size: str) -> str:
        return {"micro": self.tr("micro enterprise"), "small": self.tr("small enterprise"),
                "medium": self.tr("medium-sized enterprise"), "large": self.tr("large enterprise (no SME)")}.get(
            size, size)
