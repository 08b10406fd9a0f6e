"""A letter's first line: the contact person greeted by Anrede, title and surname."""

from __future__ import annotations

import pytest

from bwi_vouchers.domain.enums import Salutation
from bwi_vouchers.domain.greeting import addressee, greeting


@pytest.mark.parametrize(("salutation", "name", "line"), [
    (Salutation.FRAU, "Martina Jäger", "Sehr geehrte Frau Jäger,"),
    (Salutation.HERR, "Hans-Peter  Müller", "Sehr geehrter Herr Müller,"),
    ("Frau", "Dr. Anna Weber", "Sehr geehrte Frau Dr. Weber,"),
    (Salutation.HERR, "Prof. Dr. Max von der Berg", "Sehr geehrter Herr Prof. Dr. von der Berg,"),
    (Salutation.FRAU, "Jäger", "Sehr geehrte Frau Jäger,"),
    (None, "Kim Jäger", "Guten Tag Kim Jäger,"),
    (Salutation.HERR, None, "Sehr geehrte Damen und Herren,"),
    (None, "   ", "Sehr geehrte Damen und Herren,"),
    (Salutation.FRAU, "Anna <b>&amp;</b>", "Sehr geehrte Frau <b>&amp;</b>,"),  # text stays text; the letter escapes
])
def test_greeting(salutation: Salutation | str | None, name: str | None, line: str) -> None:
    assert greeting(salutation, name) == line


def test_addressee_after_zu_haenden() -> None:
    assert addressee(Salutation.HERR, "Ralf  Stein") == "Herrn Ralf Stein"
    assert addressee("Frau", "Dr. Anna Weber") == "Frau Dr. Anna Weber"
    assert addressee(None, "Kim Jäger") == "Kim Jäger" and addressee(Salutation.FRAU, None) == ""
