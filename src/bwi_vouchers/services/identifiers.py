"""A company's identifiers checked by python-stdnum: the VAT ID by its check digit, the German commercial
register number by its court, register type and number.

Both are checked where they are typed (company forms) and where they are read (the import), with the same
functions and the same messages. stdnum is imported on first use: it is not needed to start the program.

- **VAT ID** (*USt-IdNr.*): an EU VAT identification number (``DE`` + 9 digits, ``ATU`` + 8, …), stored
  compact and upper-case (``DE 136 695 976`` → ``DE136695976``). A wrong length, an unknown country or a
  wrong check digit each get their own message.
- **Register number** (*Registernummer*): register court, register type (HRA, HRB, GnR, PR, VR) and number,
  e.g. ``Amtsgericht Stuttgart HRB 123456``; stored in that form, whatever spacing and case was typed
  (``stuttgart hrb 123456``). The court must be one of the German register courts stdnum knows. Where the
  legal form implies a register type (a GmbH is in HRB, a KG in HRA), the type must match it.
"""

from __future__ import annotations

import re

from bwi_vouchers.errors import ValidationError

PARTS = re.compile(r"(.+?) (HRA|HRB|PR|GnR|VR) ([1-9][0-9]*)(?: ([A-ZÖ]{1,3}))?", re.IGNORECASE)
COURT_PREFIXES = ("amtsgericht ", "ag ", "registergericht ")
CANONICAL_PREFIX = "Amtsgericht "
REGISTRY_OF_FORM = {"GmbH": "HRB", "AG": "HRB", "SE": "HRB", "KGaA": "HRB", "UG (haftungsbeschränkt)": "HRB",
                    "UG": "HRB", "e.K.": "HRA", "OHG": "HRA", "KG": "HRA", "GmbH & Co. KG": "HRA", "eG": "GnR",
                    "e.G.": "GnR", "PartG": "PR", "PartG mbB": "PR", "e.V.": "VR"}


def clean_vat_id(text: str | None) -> str | None:
    """The VAT ID compact and checked; None when empty. ``ValidationError`` on field ``vat_id`` otherwise."""
    from stdnum import exceptions
    from stdnum.eu import vat

    raw = (text or "").strip()
    if not raw:
        return None
    shown = raw.replace(" ", "").upper()
    try:
        return str(vat.validate(raw))
    except exceptions.InvalidChecksum:
        raise ValidationError("vat_id", "vat_id_checksum", vat_id=shown) from None
    except exceptions.InvalidLength:
        raise ValidationError("vat_id", "vat_id_length", vat_id=shown) from None
    except exceptions.InvalidComponent:
        raise ValidationError("vat_id", "vat_id_country", vat_id=shown) from None
    except exceptions.ValidationError:
        raise ValidationError("vat_id", "bad_vat_id", vat_id=shown) from None


def clean_register_number(text: str | None, legal_form: str | None = None) -> str | None:
    """The register number as ``Amtsgericht COURT TYPE NUMBER``; None when empty. ``ValidationError`` on
    field ``register_number`` when the shape, the court or the register type (for the legal form) is wrong."""
    from stdnum import exceptions
    from stdnum.de import handelsregisternummer

    raw = " ".join((text or "").split())
    if not raw:
        return None
    try:
        valid = handelsregisternummer.validate(_without_court_word(raw))  # "Court TYPE NUMBER [QUALIFIER]"
    except exceptions.InvalidComponent:
        raise ValidationError("register_number", "register_court_unknown", value=raw) from None
    except exceptions.ValidationError:
        raise ValidationError("register_number", "bad_register_number", value=raw) from None
    parts = PARTS.fullmatch(valid)
    if parts is None:  # stdnum accepted a shape we do not know how to store
        raise ValidationError("register_number", "bad_register_number", value=raw)
    court, registry, number, qualifier = parts.groups()
    registry = {"GNR": "GnR"}.get(registry.upper(), registry.upper())
    expected = REGISTRY_OF_FORM.get((legal_form or "").strip())
    if expected is not None and registry != expected:
        raise ValidationError("register_number", "register_type_mismatch", value=raw, legal_form=legal_form,
                              expected=expected)
    return CANONICAL_PREFIX + " ".join(part for part in (court, registry, number, qualifier) if part)


def register_key(text: str | None) -> str | None:
    """The form a register number is matched by: canonical when it is valid, else as typed (trimmed)."""
    raw = " ".join((text or "").split())
    if not raw:
        return None
    try:
        return clean_register_number(raw)
    except ValidationError:
        return raw


def vat_key(text: str | None) -> str | None:
    """The form a VAT ID is matched by: without spaces, upper-case."""
    compact = (text or "").replace(" ", "").upper()
    return compact or None


def _without_court_word(text: str) -> str:
    lowered = text.lower()
    for prefix in COURT_PREFIXES:
        if lowered.startswith(prefix):
            return text[len(prefix):]
    return text
