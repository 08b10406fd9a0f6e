"""The first line of a letter: the contact person greeted by salutation, as German business letters do.

``Frau``/``Herr`` and the surname (with an academic title kept: "Sehr geehrte Frau Dr. Weber,"); a name
particle stays with the surname ("Sehr geehrter Herr von Berg,"). Without a salutation the person is greeted
by full name ("Guten Tag Kim Jäger,"), without a contact person the company ("Sehr geehrte Damen und Herren,").
"""

from __future__ import annotations

from bwi_vouchers.domain.enums import Salutation

TITLES = frozenset({"dr.", "prof.", "dipl.-ing.", "dr.-ing.", "dr.-ing", "prof.dr."})
PARTICLES = frozenset({"von", "van", "vom", "zu", "zum", "zur", "de", "del", "della", "di", "da", "der", "den",
                       "ter", "le", "la"})


def greeting(salutation: Salutation | str | None, name: str | None) -> str:
    full = " ".join((name or "").split())
    if not full:
        return "Sehr geehrte Damen und Herren,"
    if salutation == Salutation.FRAU:
        return f"Sehr geehrte Frau {surname_with_title(full)},"
    if salutation == Salutation.HERR:
        return f"Sehr geehrter Herr {surname_with_title(full)},"
    return f"Guten Tag {full},"


def addressee(salutation: Salutation | str | None, name: str | None) -> str:
    """The contact person in the address block, after "z. Hd.": "Frau Anna Weber", "Herrn Ralf Stein"."""
    full = " ".join((name or "").split())
    if not full:
        return ""
    if salutation == Salutation.FRAU:
        return f"Frau {full}"
    if salutation == Salutation.HERR:
        return f"Herrn {full}"  # "zu Händen Herrn …": the accusative
    return full


def surname_with_title(full: str) -> str:
    """"Dr. Anna von Berg" → "Dr. von Berg"; "Anna Weber" → "Weber"; one word stays as it is."""
    words = full.split()
    titles = []
    while len(words) > 1 and words[0].lower() in TITLES:
        titles.append(words.pop(0))
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join([*titles, *words[start:]])
