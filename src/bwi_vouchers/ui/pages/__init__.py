"""The pages of the sidebar, in order. Each module adds one page class."""

from __future__ import annotations

from bwi_vouchers.ui.pages.base import PageFactory


def all_pages() -> list[PageFactory]:
    from bwi_vouchers.ui.pages.applications import ApplicationsPage
    from bwi_vouchers.ui.pages.audit import AuditLogPage
    from bwi_vouchers.ui.pages.budget import BudgetPage
    from bwi_vouchers.ui.pages.clusters import ClustersPage
    from bwi_vouchers.ui.pages.companies import CompaniesPage
    from bwi_vouchers.ui.pages.dashboard import DashboardPage
    from bwi_vouchers.ui.pages.measures import MeasuresPage
    from bwi_vouchers.ui.pages.reports import ReportsPage
    from bwi_vouchers.ui.pages.settings import SettingsPage

    return [
        DashboardPage,
        ApplicationsPage,
        CompaniesPage,
        MeasuresPage,
        ClustersPage,
        BudgetPage,
        ReportsPage,
        AuditLogPage,
        SettingsPage,
    ]
