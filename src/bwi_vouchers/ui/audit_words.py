"""Audit events in words: 'Application IG-2026-0001: status → approved', changes as old → new per field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from bwi_vouchers.services.audit import ENGLISH, AuditRow
from bwi_vouchers.texts import MEASURE_TYPE, OUTCOME, ROLE, STATUS, format_value, status_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.letters import kind_text

_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

Names = Mapping[str, Mapping[str, str]]
EMPTY: Names = {}
translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def entities() -> dict[str, str]:
    """Record kinds as the filter offers them."""
    return {
        "application": translate("AuditWords", "Application"),
        "company": translate("AuditWords", "Company"),
        "measure": translate("AuditWords", "Measure"),
        "cluster": translate("AuditWords", "Cluster/network"),
        "budget_line": translate("AuditWords", "Budget line"),
        "user": translate("AuditWords", "User"),
        "programme_version": translate("AuditWords", "Programme version"),
        "theme": translate("AuditWords", "Target field"),
        "import": translate("AuditWords", "Import"),
    }


def entity_text(entity: str) -> str:
    return entities().get(entity, entity)


def action_text(action: str, language: str) -> str:
    if action.startswith("status:"):
        return translate("AuditWords", "status → %1").replace("%1", status_text(action.split(":", 1)[1], language))
    if action.startswith("document:"):
        return translate("AuditWords", "letter written: %1").replace("%1", kind_text(action.split(":", 1)[1]))
    words = {
        "created": translate("AuditWords", "created"),
        "changed": translate("AuditWords", "changed"),
        "created_first_user": translate("AuditWords", "created as first user"),
        "sme_figures": translate("AuditWords", "SME figures recorded"),
        "membership": translate("AuditWords", "membership added"),
        "contact": translate("AuditWords", "contact person added"),
        "deminimis": translate("AuditWords", "de minimis aid recorded"),
        "imported": translate("AuditWords", "workbook imported"),
        "attached": translate("AuditWords", "file attached"),
        "attachment_withdrawn": translate("AuditWords", "attachment marked as attached by mistake"),
        "commented": translate("AuditWords", "comment added"),
        "notes_to_comment": translate("AuditWords", "notes moved into the comments"),
        "amend": translate("AuditWords", "approval amended (lower amount)"),
    }
    return words.get(action, action)


def ledger_kind_text(kind: str) -> str:
    words = {
        "commitment": translate("AuditWords", "commitment"),
        "release": translate("AuditWords", "release"),
        "payout": translate("AuditWords", "payout"),
        "recovery": translate("AuditWords", "recovery"),
    }
    return words.get(kind, kind)


def ledger_note_text(note: str | None, language: str) -> str:
    """A booking's note in words: the lifecycle stores '<reference> <status code>', shown as 'status → approved'.

    The note is data (a reference and a code), so it reads in the user's language; any other note as it is.
    """
    if not note:
        return ""
    reference, _, code = note.rpartition(" ")
    if code in STATUS and (reference == "" or " " not in reference):
        return action_text(f"status:{code}", language)
    return note


def _field_words() -> dict[str, str]:
    """Fields of the records that the shared error texts do not name."""
    return {
        "in_review_by": translate("AuditWords", "Put in review by"),
        "in_review_at": translate("AuditWords", "Put in review on"),
        "approved_amount": translate("AuditWords", "Approved amount"),
        "approval_date": translate("AuditWords", "Approval date"),
        "decided_by": translate("AuditWords", "Decided by"),
        "decision_date": translate("AuditWords", "Decision date"),
        "decision_reason": translate("AuditWords", "Reason"),
        "proof_due_date": translate("AuditWords", "Proof of use due"),
        "proof_received_date": translate("AuditWords", "Proof of use received"),
        "proof_recorded_by": translate("AuditWords", "Proof recorded by"),
        "actual_costs": translate("AuditWords", "Actual eligible costs"),
        "payout_amount": translate("AuditWords", "Payout"),
        "payout_date": translate("AuditWords", "Payout date"),
        "paid_by": translate("AuditWords", "Released by"),
        "closed_by": translate("AuditWords", "Closed by"),
        "closed_date": translate("AuditWords", "Closed on"),
        "file": translate("AuditWords", "File"),
        "sha256": translate("AuditWords", "SHA-256 checksum"),
        "imported": translate("AuditWords", "imported"),
        "already": translate("AuditWords", "already imported"),
        "refused": translate("AuditWords", "refused"),
        "company_id": translate("AuditWords", "Company"),
        "measure_id": translate("AuditWords", "Measure"),
        "theme_code": translate("AuditWords", "Target field"),
        "cluster_id": translate("AuditWords", "Cluster/network"),
        "eligible_costs": translate("AuditWords", "Eligible costs"),
        "voucher_amount": translate("AuditWords", "Voucher amount"),
        "funding_source": translate("AuditWords", "Funding source"),
        "notes": translate("AuditWords", "Notes"),
        "attachment": translate("AuditWords", "File"),
        "replaces": translate("AuditWords", "Replaces"),
        "comment": translate("AuditWords", "Comment"),
        "kind": translate("AuditWords", "Kind"),
        "size": translate("AuditWords", "Size (bytes)"),
        "reason": translate("AuditWords", "Reason"),
        "cost_items": translate("AuditWords", "Cost items"),
        "actual_cost_items": translate("AuditWords", "Actual cost items"),
        "ledger": translate("AuditWords", "Ledger"),
        "checks": translate("AuditWords", "Eligibility checks"),
        "legal_form": translate("AuditWords", "Legal form"),
        "register_number": translate("AuditWords", "Register number"),
        "seat_or_branch_in_bw": translate("AuditWords", "Seat or branch in BW"),
        "nace_code": translate("AuditWords", "NACE code"),
        "region_code": translate("AuditWords", "Region"),
        "display_name": translate("AuditWords", "Display name"),
        "active": translate("AuditWords", "Active"),
        "themes": translate("AuditWords", "Target fields"),
        "state_owned": translate("AuditWords", "State-owned company"),
        "budget_line_id": translate("AuditWords", "Budget line"),
        "organiser": translate("AuditWords", "Organiser"),
    }


def value_text(field: str, value: object, formats: Formats, names: Names = EMPTY) -> str:
    """A stored value as the user reads it: money, dates, statuses, types and roles in words; the ids and logins
    that ``names`` knows (``AuditRow.names``) by their names."""
    language = formats.language
    if value is None or value == "":
        return "—"
    key = "user" if field.endswith("_by") else field
    if language == "en" and key + ENGLISH in names:
        key += ENGLISH
    known = names.get(key, {}).get(str(value))
    if known is not None and not isinstance(value, (bool, dict, list)):
        return known
    if isinstance(value, bool):
        return translate("AuditWords", "yes") if value else translate("AuditWords", "no")
    if isinstance(value, dict):
        return ", ".join(
            f"{k} {OUTCOME.get(str(v), (v, v))[0 if language == 'de' else 1]}"
            if field == "checks"
            else f"{k}: {value_text(k, v, formats, names)}"
            for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(value_text(field, item, formats, names) for item in value) or "—"
    text = str(value)
    if field in ("cost_items", "actual_cost_items") and ": " in text:  # stored as 'Standmiete: 3900.00'
        category, amount = text.rsplit(": ", 1)
        return f"{category}: {value_text('amount', amount, formats)}"
    if field == "ledger" and " " in text:
        kind, amount = text.split(" ", 1)
        return f"{ledger_kind_text(kind)} {value_text('amount', amount, formats)}"
    if field == "status":
        return status_text(text, language)
    if field in ("type", "measure_types"):
        return ", ".join(MEASURE_TYPE.get(t, (t, t))[0 if language == "de" else 1] for t in text.split(","))
    if field == "roles":
        return ", ".join(ROLE.get(r, (r, r))[0 if language == "de" else 1] for r in text.split(",") if r)
    if field == "rate":
        return formats.percent(Decimal(text))
    if _MONEY.match(text):
        return formats.money(Decimal(text))
    if _DAY.match(text):
        return formats.date(date.fromisoformat(text))
    if _MOMENT.match(text):
        return formats.moment(datetime.fromisoformat(text))
    return text


def field_text(field: str, language: str) -> str:
    return _field_words().get(field) or format_value("field", field, language)


def changes_text(changes: dict[str, list[object]], formats: Formats, *, separator: str = "; ",
                 names: Names = EMPTY) -> str:
    """'Status: received → in review; Amount: — → 2.000,00 €'; ids and logins by the ``names`` of the row."""
    parts = []
    for field, pair in changes.items():
        old, new = (list(pair) + [None, None])[:2]
        label = field_text(field, formats.language)
        if old is None:
            parts.append(f"{label}: {value_text(field, new, formats, names)}")
        else:
            before, after = value_text(field, old, formats, names), value_text(field, new, formats, names)
            parts.append(f"{label}: {before} → {after}")
    return separator.join(parts)


def record_text(row: AuditRow) -> str:
    return f"{entity_text(row.entity)} {row.record}"


def sentence(row: AuditRow, formats: Formats) -> str:
    """'Application IG-2026-0001: status → approved'."""
    return f"{record_text(row)}: {action_text(row.action, formats.language)}"
