"""The shipped templates and the pure context builders: every field a template uses is in its context."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from bwi_vouchers import paths
from bwi_vouchers.documents.context import (
    LetterFacts,
    LetterKind,
    german_date,
    letter_context,
    percent_text,
)
from bwi_vouchers.documents.render import render_bytes, undeclared_fields
from bwi_vouchers.domain.enums import Outcome
from bwi_vouchers.domain.rules import Check

FACTS = LetterFacts(
    reference="IG-2026-0042", letter_date=date(2026, 3, 2), company_name="A & B <C> \"D\" 'E'", company_street=None,
    company_postcode="70173", company_city="Stuttgart", contact_name=None, receipt_date=date(2026, 2, 1),
    measure_code="M-2026-001", measure_title="Reise", measure_type="cooperation_fair", measure_country="US",
    measure_city=None, measure_start=date(2026, 5, 4), measure_end=date(2026, 5, 8), theme_code=6,
    theme_name="Photonik (optische Industrie)", cluster_name="Photonics BW", eligible_costs=Decimal("1234.56"),
    requested_amount=None, voucher_amount=Decimal("617.00"), rate=Decimal("0.375"), cap=Decimal("3000.00"),
    deminimis_ceiling=Decimal("300000.00"), deminimis_years=3, deminimis_basis="Verordnung (EU) 2023/2831",
    deminimis_basis_title="der Kommission", funding_source="EFRE", budget_year=2026, signer_name="F. Fischer",
    clerk_name="M. Müller", approved_amount=Decimal("617.00"), approval_date=date(2026, 3, 2),
    proof_due_date=date(2026, 11, 8), failed_checks=(Check("R07", Outcome.FAIL, "below_minimum",
                                                           {"costs": "300.00", "minimum": "500.00"}),),
    payout_amount=Decimal("600.00"), actual_costs=Decimal("1600.00"), payout_date=date(2026, 12, 1),
    proof_received_date=date(2026, 11, 1),
)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_field_of_a_shipped_template_is_in_its_context(kind: LetterKind) -> None:
    template = paths.templates_dir() / f"{kind.value}.docx"
    assert template.is_file()
    assert undeclared_fields(template, letter_context(kind, FACTS)) == set()


@pytest.mark.parametrize("kind", list(LetterKind))
def test_rendering_escapes_and_keeps_quotes(kind: LetterKind, tmp_path: Path) -> None:
    data = render_bytes((paths.templates_dir() / f"{kind.value}.docx").read_bytes(), letter_context(kind, FACTS))
    target = tmp_path / "brief.docx"
    target.write_bytes(data)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    texts += [c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells]
    assert any("A & B <C> \"D\" 'E'" in t for t in texts)
    assert not any("{{" in t or "{%" in t for t in texts)  # every field and tag was rendered


def test_context_values_are_german() -> None:
    approval = letter_context(LetterKind.APPROVAL, FACTS)
    assert approval["eligible_costs"] == "1.234,56 €"
    assert approval["rate"] == "37,5 %"
    assert approval["grant_date"] == approval["approval_date"] == "02.03.2026"
    assert approval["measure_place"] == "Vereinigte Staaten"  # no city: the country alone
    assert approval["measure_type"] == "Kooperationsbörse"
    assert approval["salutation"] == "Sehr geehrte Damen und Herren,"
    assert approval["efre"] is True
    rejection = letter_context(LetterKind.REJECTION, FACTS)
    assert rejection["reasons"] == [
        "Die förderfähigen Kosten von 300,00 € liegen unter dem Mindestbetrag von 500,00 €."]
    assert rejection["failed_rules"][0]["title"] == "Mindestkosten"
    payout = letter_context(LetterKind.PAYOUT, FACTS)
    assert (payout["released_amount"], payout["released"]) == ("17,00 €", True)
    assert payout["deminimis_amount"] == "600,00 €"


def test_small_formatters() -> None:
    assert percent_text(Decimal("0.50")) == "50 %"
    assert german_date(date(2026, 1, 5)) == "05.01.2026"
    assert german_date(None) == ""
