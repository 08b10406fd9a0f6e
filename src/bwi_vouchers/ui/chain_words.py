"""What a check of the audit trail's hash chain found, in words: intact, cancelled, or the first broken link."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bwi_vouchers.formats import plural_form
from bwi_vouchers.services.audit import BROKEN, CHANGED, ChainBreak, ChainCheck
from bwi_vouchers.ui.audit_words import entity_text
from bwi_vouchers.ui.formatting import Formats

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def _fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def break_text(problem: ChainBreak, formats: Formats) -> str:
    """'Event no. 1234 of 02.12.2026 14:03:05 (mueller, Application IG-2026-0001): content changed.'"""
    event = problem.event
    when = formats.moment(event.at, seconds=True) if event.at is not None else "–"
    values = (str(event.id), when, event.user, f"{entity_text(event.entity)} {event.entity_id}")
    if problem.kind == CHANGED:
        return _fill(translate("ChainWords", "Event no. %1 of %2 (%3, %4): content changed."), *values)
    if problem.kind == BROKEN:
        return _fill(translate("ChainWords", "Event no. %1 of %2 (%3, %4): the link to the event before is broken."),
                     *values)
    if problem.previous_id is None:
        return _fill(translate("ChainWords", "Event no. %1 of %2 (%3, %4): events before it are missing."), *values)
    return _fill(translate("ChainWords", "Event no. %1 of %2 (%3, %4): events missing (gap between no. %5 and %1)."),
                 *values, str(problem.previous_id))


def chain_text(check: ChainCheck, formats: Formats) -> str:
    # lupdate takes no count (%n) from translate(); the CLDR plural rule of the language picks the sentence
    count, one = formats.number(check.count), plural_form(check.count, formats.language) == "one"
    if check.problem is not None:
        return break_text(check.problem, formats) + "\n" + _fill(
            translate("ChainWords", "The %1 event before it is intact.") if one
            else translate("ChainWords", "The %1 events before it are intact."), count)
    if not check.complete:
        return _fill(translate("ChainWords", "Verification cancelled after %1 event; intact so far.") if one
                     else translate("ChainWords", "Verification cancelled after %1 events; intact so far."), count)
    return _fill(translate("ChainWords", "Chain intact: %1 event.") if one
                 else translate("ChainWords", "Chain intact: %1 events."), count) + "\n" + _fill(
        translate("ChainWords", "Check value of the newest event: %1"), check.last_hash)
