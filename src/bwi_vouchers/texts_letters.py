"""Words for amendments, reopenings and the further letters (reminder, revocation, amendment); in ``texts.ERROR``."""

from __future__ import annotations

ERRORS = {
    "amend_not_approved": ("{reference} ist „{status}“; geändert (Änderungsbescheid) werden kann nur eine "
                           "Bewilligung im Status „approved“.",
                           "{reference} is '{status}'; only an approval in status 'approved' can be amended."),
    "amend_reason_required": ("Für den Änderungsbescheid zu {reference} ist eine Begründung nötig (--reason).",
                              "The amendment of {reference} needs a reason (--reason)."),
    "amend_not_positive": ("Der neue Betrag für {reference} muss größer als 0 € sein (angegeben: {amount}); "
                           "soll die Bewilligung ganz entfallen, bitte widerrufen (move --to revoked).",
                           "The new amount for {reference} must be more than 0 € (given: {amount}); to cancel "
                           "the whole approval, revoke it."),
    "amend_not_lower": ("Ein Änderungsbescheid kann den Betrag nur senken: {amount} ist nicht weniger als der "
                        "bewilligte Betrag von {maximum} ({reference}).",
                        "An amendment can only lower the amount: {amount} is not less than the approved "
                        "{maximum} ({reference})."),
    "no_amendment": ("{reference} wurde nicht geändert; einen Änderungsbescheid gibt es nicht.",
                     "{reference} was not amended; there is no amendment letter."),
}
