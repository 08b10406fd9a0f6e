"""VAT IDs and German register numbers, checked by python-stdnum: what is refused, why, and how it is stored."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bwi_vouchers.errors import ValidationError
from bwi_vouchers.services.identifiers import clean_register_number, clean_vat_id, register_key, vat_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("typed", "stored"), [
    ("DE136695976", "DE136695976"), ("de 136 695 976", "DE136695976"), ("ATU13585627", "ATU13585627"),
    ("", None), ("   ", None), (None, None)])
def test_valid_vat_ids_are_stored_compact(typed: str | None, stored: str | None) -> None:
    assert clean_vat_id(typed) == stored


@pytest.mark.parametrize(("typed", "code"), [
    ("DE123456789", "vat_id_checksum"),  # the right shape, the wrong check digit
    ("DE136695977", "vat_id_checksum"),  # one digit off
    ("DE12", "vat_id_length"), ("DE1366959761", "vat_id_length"),
    ("XX123456789", "vat_id_country"), ("CHE123456789", "vat_id_country"),
    ("=HYPERLINK(1)", "vat_id_country")])
def test_wrong_vat_ids_say_why(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_vat_id(typed)
    assert refused.value.field == "vat_id" and refused.value.code == code
    assert "USt-IdNr." in str(refused.value) and refused.value.message("en").startswith("'")


@pytest.mark.parametrize(("typed", "legal_form", "stored"), [
    ("Amtsgericht Stuttgart HRB 123456", "GmbH", "Amtsgericht Stuttgart HRB 123456"),
    ("stuttgart  hrb 123456", None, "Amtsgericht Stuttgart HRB 123456"),
    ("AG Mannheim HRA 700001", "GmbH & Co. KG", "Amtsgericht Mannheim HRA 700001"),
    ("Ulm GnR 5", None, "Amtsgericht Ulm GnR 5"),
    ("Freiburg HRB 7 B", "Gesellschaft eigener Art", "Amtsgericht Freiburg HRB 7 B")])
def test_valid_register_numbers_are_stored_in_one_form(typed: str, legal_form: str | None, stored: str) -> None:
    assert clean_register_number(typed, legal_form) == stored


@pytest.mark.parametrize(("typed", "legal_form", "code"), [
    ("HRB 123456", None, "bad_register_number"),  # no court
    ("Stuttgart 123456", None, "bad_register_number"),  # no register type
    ("Stuttgart HRB 0", None, "bad_register_number"),
    ("Nirgendwo HRB 5", None, "register_court_unknown"),
    ("Amtsgericht Ulm HRA 720001", "GmbH", "register_type_mismatch"),
    ("<b>Stuttgart</b> HRB 5", None, "register_court_unknown")])
def test_wrong_register_numbers_say_why(typed: str, legal_form: str | None, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_register_number(typed, legal_form)
    assert refused.value.field == "register_number" and refused.value.code == code
    assert typed.split()[0] in str(refused.value)


def test_matching_keys_find_the_stored_form() -> None:
    assert register_key(" stuttgart HRB  123456 ") == "Amtsgericht Stuttgart HRB 123456"
    assert register_key("HRB 5 (old data)") == "HRB 5 (old data)"  # not valid: matched as typed
    assert register_key("  ") is None and vat_key(" de 136 695 976") == "DE136695976" and vat_key("") is None


def test_the_bundle_carries_every_vat_module_stdnum_looks_up_by_name() -> None:
    from stdnum.eu import vat

    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    listed = ast.literal_eval(re.search(r"STDNUM_VAT_COUNTRIES = (\[[^\]]*\])", spec).group(1))  # type: ignore[union-attr]
    wanted = {{"xi": "gb", "el": "gr"}.get(cc, cc) for cc in vat.MEMBER_STATES}
    assert set(listed) == wanted
