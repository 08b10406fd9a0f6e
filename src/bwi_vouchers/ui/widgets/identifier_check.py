"""A wrong VAT ID or register number refused where it is typed: checked when the field is left, marked at
the field with the reason, and cleared as soon as it is right (the save checks again, all fields at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from bwi_vouchers.errors import ValidationError
from bwi_vouchers.services.identifiers import clean_register_number, clean_vat_id
from bwi_vouchers.ui.widgets.field_error import FieldBox


def identifier_errors(register: str, vat: str, legal_form: str | None, language: str) -> dict[str, str]:
    """The messages for a wrong register number and VAT ID, by field (empty when both are right or empty)."""
    errors: dict[str, str] = {}
    checks: tuple[tuple[str, Callable[[], object]], ...] = (
        ("register_number", lambda: clean_register_number(register, legal_form)),
        ("vat_id", lambda: clean_vat_id(vat)))
    for field, check in checks:
        try:
            check()
        except ValidationError as error:
            errors[field] = error.message(language)
    return errors


def check_where_typed(boxes: dict[str, FieldBox], register: QLineEdit, vat: QLineEdit,
                      legal_form: Callable[[], str | None], language: Callable[[], str]) -> None:
    """Check both fields whenever one of them is left (and the register number when the legal form changes)."""
    def check() -> None:
        errors = identifier_errors(register.text(), vat.text(), legal_form(), language())
        for field in ("register_number", "vat_id"):
            boxes[field].set_error(errors.get(field, ""))

    register.editingFinished.connect(check)
    vat.editingFinished.connect(check)
