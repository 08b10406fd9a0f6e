"""The pages of the sidebar, in order. Each module adds one page class."""

from __future__ import annotations

from bwi_vouchers.ui.pages.base import PageFactory


def all_pages() -> list[PageFactory]:
    from bwi_vouchers.ui.pages.placeholder import placeholder

    return [
        placeholder("dashboard", "Overview"),
        placeholder("applications", "Applications"),
        placeholder("companies", "Companies"),
        placeholder("measures", "Measures"),
        placeholder("clusters", "Clusters & networks"),
        placeholder("budget", "Budget"),
        placeholder("reports", "Reports"),
        placeholder("audit", "Audit log"),
        placeholder("settings", "Settings"),
    ]
