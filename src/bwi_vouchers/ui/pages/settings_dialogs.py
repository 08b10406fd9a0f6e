"""The admin dialogs of the settings page: a new programme version, a new user, a user's roles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import MeasureType, Role
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.services.programmes import LIMITS, ProgrammeInput
from bwi_vouchers.texts import MEASURE_TYPE, ROLE
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.widgets.form_dialog import FormDialog, Refused, date_input, required_date

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


class Choices(QWidget):
    """A row of check boxes, one per value."""

    def __init__(self, items: list[tuple[str, str]], chosen: set[str], *, vertical: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for value, label in items:
            box = QCheckBox(label)
            box.setChecked(value in chosen)
            layout.addWidget(box)
            self.boxes[value] = box
        layout.addStretch(1)

    def chosen(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]


def role_choices(language: str, chosen: set[str]) -> Choices:
    return Choices([(r.value, ROLE[r.value][0 if language == "de" else 1]) for r in Role], chosen, vertical=True)


def open_user_dialog(page: Page, user: UserInfo | None) -> FormDialog:
    """Add a user (``None``) or change a user's roles."""
    ctx = page.context
    dialog = FormDialog(
        translate("SettingsDialogs", "Change roles of %1").replace("%1", user.display_name)
        if user
        else translate("SettingsDialogs", "Add user"),
        ctx.language,
        page,
    )
    login = QLineEdit(user.login if user else "")
    name = QLineEdit(user.display_name if user else "")
    if user is None:
        dialog.add("login", translate("SettingsDialogs", "Login"), login)
        dialog.add("name", translate("SettingsDialogs", "Name"), name)
    roles = dialog.add(
        "roles",
        translate("SettingsDialogs", "Roles"),
        role_choices(ctx.language, {r.value for r in user.roles} if user else {Role.CLERK.value}),
    )

    def submit() -> Callable[[], UserInfo]:
        chosen = frozenset(Role(r) for r in roles.chosen())
        if user is not None:
            return lambda: ctx.services.users.set_roles(ctx.user.login, user.login, chosen)
        if not chosen:
            raise Refused("roles", translate("SettingsDialogs", "Choose at least one role."))
        new_login, display_name = login.text().strip(), name.text()
        return lambda: ctx.services.users.add(ctx.user.login, new_login, roles=chosen, display_name=display_name)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog


def _spin(field: str, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*LIMITS[field])
    spin.setValue(value)
    return spin


def open_version_dialog(page: Page, newest: Programme) -> FormDialog:
    """A new programme version, prefilled with the newest one's numbers."""
    ctx, f = page.context, page.context.formats
    plain = f.money  # shown without the euro sign in the fields

    def amount(value: Decimal) -> QLineEdit:
        return QLineEdit(plain(value).replace(" €", "").replace("€", ""))

    start = max(ctx.services.clock.today(), newest.valid_from + timedelta(days=1))
    dialog = FormDialog(
        translate("SettingsDialogs", "New programme version"),
        ctx.language,
        page,
        intro=translate(
            "SettingsDialogs",
            "The new numbers apply to applications received on or after the day it is valid from; older applications "
            "keep the version in force on their receipt date.",
        ),
    )
    valid_from = dialog.add("valid_from", translate("SettingsDialogs", "Valid from"), date_input(ctx.language, start))
    name = dialog.add("name", translate("SettingsDialogs", "Name"), QLineEdit(newest.name))
    rate = dialog.add(
        "rate", translate("SettingsDialogs", "Rate (%)"), QLineEdit(f.locale.toString(float(newest.rate * 100), "g", 6))
    )
    cap = dialog.add("cap", translate("SettingsDialogs", "Cap per voucher (€)"), amount(newest.cap))
    minimum = dialog.add(
        "min_costs", translate("SettingsDialogs", "Minimum eligible costs (€)"), amount(newest.min_costs)
    )
    per_year = dialog.add(
        "max_vouchers_per_year",
        translate("SettingsDialogs", "Vouchers per company and year"),
        _spin("max_vouchers_per_year", newest.max_vouchers_per_year),
    )
    ceiling = dialog.add(
        "deminimis_ceiling", translate("SettingsDialogs", "De minimis ceiling (€)"), amount(newest.deminimis_ceiling)
    )
    years = dialog.add(
        "deminimis_years",
        translate("SettingsDialogs", "De minimis period (years)"),
        _spin("deminimis_years", newest.deminimis_years),
    )
    basis = dialog.add(
        "deminimis_basis", translate("SettingsDialogs", "De minimis legal basis"), QLineEdit(newest.deminimis_basis)
    )
    staff = dialog.add(
        "sme_staff_limit",
        translate("SettingsDialogs", "SME: annual work units below"),
        QLineEdit(f.locale.toString(float(newest.sme_limit.staff), "g", 12)),
    )
    turnover = dialog.add(
        "sme_turnover_limit",
        translate("SettingsDialogs", "SME: turnover at most (€)"),
        amount(newest.sme_limit.turnover),
    )
    balance = dialog.add(
        "sme_balance_limit",
        translate("SettingsDialogs", "SME: or balance-sheet total at most (€)"),
        amount(newest.sme_limit.balance_sheet_total),
    )
    months = dialog.add(
        "proof_months",
        translate("SettingsDialogs", "Proof of use due after the measure (months)"),
        _spin("proof_months", newest.proof_months),
    )
    lead = dialog.add(
        "lead_days", translate("SettingsDialogs", "Lead days before the start"), _spin("lead_days", newest.lead_days)
    )
    sources = dialog.add(
        "funding_sources",
        translate("SettingsDialogs", "Funding sources (comma-separated)"),
        QLineEdit(", ".join(newest.funding_sources)),
    )
    default = dialog.add(
        "default_source", translate("SettingsDialogs", "Default funding source"), QLineEdit(newest.default_source)
    )
    types = dialog.add(
        "measure_types",
        translate("SettingsDialogs", "Measure types"),
        Choices(
            [(t.value, MEASURE_TYPE[t.value][0 if ctx.language == "de" else 1]) for t in MeasureType],
            {t.value for t in newest.measure_types},
            vertical=True,
        ),
    )
    dialog.setMinimumWidth(620)

    def plain_number(text: str) -> Decimal:
        """A number typed the user's way (German: ``37,5``, ``1.000``)."""
        return Decimal(text.strip().replace(".", "").replace(",", ".") if ctx.language == "de" else text.strip())

    def submit() -> Callable[[], Programme]:
        try:
            share = plain_number(rate.text()) / 100
        except InvalidOperation:
            raise Refused("rate", translate("SettingsDialogs", "Enter the rate in percent, e.g. 50.")) from None
        try:
            work_units = plain_number(staff.text())
        except InvalidOperation:
            raise Refused("sme_staff_limit", translate("SettingsDialogs", "Enter a number, e.g. 250.")) from None
        day = required_date("valid_from", valid_from)
        version = ProgrammeInput(
                valid_from=day,
                name=name.text(),
                rate=share,
                cap=dialog.money("cap", cap.text()),
                min_costs=dialog.money("min_costs", minimum.text()),
                max_vouchers_per_year=per_year.value(),
                deminimis_ceiling=dialog.money("deminimis_ceiling", ceiling.text()),
                deminimis_years=years.value(),
                proof_months=months.value(),
                lead_days=lead.value(),
                funding_sources=tuple(s.strip() for s in sources.text().split(",")),
                default_source=default.text(),
                measure_types=tuple(MeasureType(t) for t in types.chosen()),
                deminimis_basis=basis.text(),
                sme_staff_limit=work_units,
                sme_turnover_limit=dialog.money("sme_turnover_limit", turnover.text()),
                sme_balance_limit=dialog.money("sme_balance_limit", balance.text()),
            )
        return lambda: ctx.services.catalogue.add_programme_version(ctx.user.login, version)

    dialog.on_submit(submit, ctx)
    dialog.open()
    return dialog
