"""Words for the refusals around a proof of use (Verwendungsnachweis), taken in by ``texts.ERROR``."""

from __future__ import annotations

ERRORS = {
    "proof_received_in_future": ("{field}: das Datum {date} liegt in der Zukunft; eingetragen wird der Tag, an dem "
                                 "der Verwendungsnachweis eingegangen ist.",
                                 "{field}: the date {date} is in the future; enter the day the proof of use came "
                                 "in."),
    "proof_received_before_end": ("{field}: der {date} liegt vor dem Ende der Maßnahme ({end}); ein "
                                  "Verwendungsnachweis kann erst nach der Maßnahme eingehen.",
                                  "{field}: {date} is before the end of the measure ({end}); a proof of use can "
                                  "only come in after the measure."),
    "received_only_with_proof": ("Das Eingangsdatum (--received) gehört nur zum Schritt „proof_received“.",
                                 "The date received (--received) belongs to the step 'proof_received' only."),
    "costs_or_items": ("Für den Verwendungsnachweis entweder die Kostenpositionen (--cost) oder die Summe "
                       "(--costs) angeben, nicht beides.",
                       "For the proof of use give either the cost items (--cost) or the total (--costs), not "
                       "both."),
    "cost_item_format": ("Kostenposition „{value}“: bitte als Kategorie=Betrag angeben, z. B. "
                         "„Reisekosten=1200,50“.",
                         "Cost item '{value}': please give it as category=amount, e.g. 'Travel costs=1200.50'."),
    "cost_item_category": ("Kostenposition {position}: die Kategorie fehlt.",
                           "Cost item {position}: the category is missing."),
    "too_many_cost_items": ("Höchstens {max} Kostenpositionen je Verwendungsnachweis.",
                            "At most {max} cost items per proof of use."),
    "receipts_only_with_proof": ("Belege (--receipt) gehören nur zum Schritt „proof_received“.",
                                 "Receipts (--receipt) belong to the step 'proof_received' only."),
}

FIELDS = {
    "received": ("Eingang des Verwendungsnachweises", "proof of use received on"),
    "cost_items": ("Kostenpositionen", "cost items"),
    "receipts": ("Belege", "receipts"),
}
