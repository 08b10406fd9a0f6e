"""Dialogs of the company page: SME figures, a cluster membership, a contact person, prior de-minimis aid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from bwi_vouchers.domain.enums import Salutation
from bwi_vouchers.services.companies import FiguresInput, deminimis_problems, figure_problems
from bwi_vouchers.services.dto import ClusterInfo, CompanyInfo, ContactInfo
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.widgets.form_dialog import FormDialog, date_input, date_of, required_date

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def _dialog(page: Page, title: str, intro: str = "") -> FormDialog:
    return FormDialog(title, page.context.language, page, intro=intro)


def open_figures_dialog(page: Page, company: CompanyInfo) -> FormDialog:
    ctx = page.context
    dialog = _dialog(
        page,
        translate("CompanyDialogs", "SME figures of %1").replace("%1", company.name),
        translate(
            "CompanyDialogs",
            "Figures of one reference year, already aggregated over partner and linked enterprises "
            "(EU Recommendation 2003/361/EC). Figures of the same year are replaced.",
        ),
    )
    year = dialog.add("reference_year", translate("CompanyDialogs", "Reference year"), QSpinBox())
    year.setRange(2000, 2100)
    year.setValue(ctx.services.clock.today().year - 1)
    staff = dialog.add("annual_work_units", translate("CompanyDialogs", "Staff (annual work units)"), QLineEdit())
    turnover = dialog.add("turnover", translate("CompanyDialogs", "Annual turnover (€)"), QLineEdit())
    balance = dialog.add("balance_sheet_total", translate("CompanyDialogs", "Balance-sheet total (€)"), QLineEdit())

    def submit() -> Callable[[], CompanyInfo]:
        figures = FiguresInput(
            year.value(),
            staff.text().strip(),
            dialog.money("turnover", turnover.text()),
            dialog.money("balance_sheet_total", balance.text()),
        )
        dialog.precheck = lambda refused: figure_problems(replace(figures, **{name: "0" for name in refused}))
        return lambda: ctx.services.companies.add_figures(ctx.user.login, company.id, figures)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog


def open_membership_dialog(page: Page, company: CompanyInfo, clusters: list[ClusterInfo]) -> FormDialog:
    ctx = page.context
    dialog = _dialog(page, translate("CompanyDialogs", "Membership of %1").replace("%1", company.name))
    cluster = dialog.add("cluster", translate("CompanyDialogs", "Cluster or network"), QComboBox())
    for item in clusters:
        if item.active:
            cluster.addItem(item.name, item.id)
    since = dialog.add(
        "valid_from", translate("CompanyDialogs", "Member since"), date_input(ctx.language, ctx.services.clock.today())
    )
    until = dialog.add(
        "valid_to",
        translate("CompanyDialogs", "Member until"),
        date_input(ctx.language, optional=True, empty=translate("CompanyDialogs", "open-ended")),
    )

    def submit() -> Callable[[], CompanyInfo]:
        start, end, cluster_id = required_date("since", since), date_of(until), int(cluster.currentData())
        return lambda: ctx.services.companies.add_membership(ctx.user.login, company.id, cluster_id, start, end)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog


def open_contact_dialog(page: Page, company: CompanyInfo) -> FormDialog:
    ctx = page.context
    dialog = _dialog(page, translate("CompanyDialogs", "Contact person at %1").replace("%1", company.name))
    salutation = QComboBox()
    salutation.addItem(translate("CompanyDialogs", "(none: greeted by name)"), None)
    for value in Salutation:
        salutation.addItem(value.value, value.value)  # German words: they are what the letters print
    dialog.add("salutation", translate("CompanyDialogs", "Salutation"), salutation)
    name = dialog.add("contact", translate("CompanyDialogs", "Name"), QLineEdit(), "name")
    function = dialog.add("function", translate("CompanyDialogs", "Function"), QLineEdit())
    email = dialog.add("email", translate("CompanyDialogs", "E-mail"), QLineEdit())
    phone = dialog.add("phone", translate("CompanyDialogs", "Phone"), QLineEdit())

    def submit() -> Callable[[], CompanyInfo]:
        contact = ContactInfo(name.text(), email.text() or None, phone.text() or None, function.text() or None,
                              salutation.currentData())
        return lambda: ctx.services.companies.add_contact(ctx.user.login, company.id, contact)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog


def open_deminimis_dialog(page: Page, company: CompanyInfo) -> FormDialog:
    ctx = page.context
    dialog = _dialog(
        page,
        translate("CompanyDialogs", "Prior de minimis aid of %1").replace("%1", company.name),
        translate(
            "CompanyDialogs",
            "Aid from other granting bodies. Vouchers approved in this program count automatically. "
            "Without a grant date, an amount counts as inside the period.",
        ),
    )
    body = dialog.add("granting_body", translate("CompanyDialogs", "Granting body"), QLineEdit())
    granted = dialog.add(
        "grant_date",
        translate("CompanyDialogs", "Grant date"),
        date_input(ctx.language, optional=True, empty=translate("CompanyDialogs", "unknown")),
    )
    amount = dialog.add("deminimis_amount", translate("CompanyDialogs", "Amount (€)"), QLineEdit(), "amount")
    basis = dialog.add(
        "legal_basis",
        translate("CompanyDialogs", "Legal basis"),
        QLineEdit(ctx.services.catalogue.in_force().deminimis_basis),
    )

    today = ctx.services.clock.today()

    def submit() -> Callable[[], CompanyInfo]:
        values = dict(granting_body=body.text(), grant_date=date_of(granted),
                      amount=dialog.money("deminimis_amount", amount.text()), legal_basis=basis.text() or None)
        dialog.precheck = lambda refused: deminimis_problems(  # an unreadable amount is named by the form
            body.text(), date_of(granted), "0" if refused else values["amount"], basis.text() or None, today)
        return lambda: ctx.services.companies.add_deminimis(ctx.user.login, company.id, **values)  # type: ignore[arg-type]

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog
