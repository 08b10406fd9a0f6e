"""amendments: an approver may lower an approval's amount without a status step (PostgreSQL rule)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 06:40:00

An amendment (Änderungsbescheid, DESIGN §6) keeps ``approved`` and lowers ``approved_amount``; the difference is
released in the ledger. Revision 0004's trigger function refused any change of a decision field without a status
step. On PostgreSQL this revision replaces ``bwi_check_application`` with the same rules, except that the approved
amount of an ``approved`` application may be lowered (above 0) by a member of ``bwi_approver``. SQLite has no
such function (the program checks it); no data changes on either engine.
"""
from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

AMENDABLE = r"""
CREATE OR REPLACE FUNCTION bwi_check_application() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    me text := lower(session_user::text);
    needed text;
    actor text;
BEGIN
    IF bwi_unchecked(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'received' THEN
            PERFORM bwi_refuse(concat('Ein neuer Antrag beginnt als „received“, nicht „', NEW.status, '“.'));
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        IF (NEW.in_review_by, NEW.in_review_at, NEW.decided_by, NEW.decision_date,
            NEW.approval_date, NEW.budget_line_id, NEW.proof_recorded_by, NEW.proof_received_date,
            NEW.actual_costs, NEW.payout_amount, NEW.paid_by, NEW.payout_date, NEW.closed_by, NEW.closed_date)
           IS DISTINCT FROM
           (OLD.in_review_by, OLD.in_review_at, OLD.decided_by, OLD.decision_date,
            OLD.approval_date, OLD.budget_line_id, OLD.proof_recorded_by, OLD.proof_received_date,
            OLD.actual_costs, OLD.payout_amount, OLD.paid_by, OLD.payout_date, OLD.closed_by, OLD.closed_date)
        THEN
            PERFORM bwi_refuse(concat(OLD.reference, ': Entscheidungen und Bearbeitungsvermerke ändern sich nur '
                                      'mit einem Statuswechsel.'));
        END IF;
        IF NEW.approved_amount IS DISTINCT FROM OLD.approved_amount AND (
               OLD.status <> 'approved' OR NEW.approved_amount IS NULL OR NEW.approved_amount <= 0
               OR NEW.approved_amount >= OLD.approved_amount
               OR NOT pg_has_role(session_user, 'bwi_approver', 'MEMBER')) THEN
            PERFORM bwi_refuse(concat(OLD.reference, ': der bewilligte Betrag ändert sich ohne Statuswechsel nur '
                                      'durch einen Änderungsbescheid – niedriger, über 0, von einem Bewilliger.'));
        END IF;
        RETURN NEW;
    END IF;
    needed := CASE NEW.status
        WHEN 'in_review' THEN 'bwi_clerk' WHEN 'withdrawn' THEN 'bwi_clerk'
        WHEN 'proof_received' THEN 'bwi_clerk' WHEN 'closed' THEN 'bwi_clerk' WHEN 'expired' THEN 'bwi_clerk'
        WHEN 'approved' THEN 'bwi_approver' WHEN 'rejected' THEN 'bwi_approver'
        WHEN 'paid' THEN 'bwi_approver' WHEN 'revoked' THEN 'bwi_approver'
    END;
    IF needed IS NULL OR NOT pg_has_role(session_user, needed, 'MEMBER') THEN
        PERFORM bwi_refuse(concat(session_user, ' darf ', OLD.reference, ' nicht auf „', NEW.status,
                                  '“ setzen (nötig: Gruppenrolle ', coalesce(needed, '-'), ').'));
    END IF;
    IF NEW.status IN ('approved', 'rejected') AND lower(OLD.in_review_by) = me THEN
        PERFORM bwi_refuse(concat('Vier-Augen-Prinzip: ', session_user, ' hat ', OLD.reference,
                                  ' selbst in die Prüfung gegeben und darf nicht darüber entscheiden.'));
    END IF;
    IF NEW.status = 'paid' AND lower(OLD.proof_recorded_by) = me THEN
        PERFORM bwi_refuse(concat('Vier-Augen-Prinzip: ', session_user, ' hat den Verwendungsnachweis von ',
                                  OLD.reference, ' erfasst und darf die Auszahlung nicht freigeben.'));
    END IF;
    actor := CASE NEW.status
        WHEN 'in_review' THEN NEW.in_review_by WHEN 'proof_received' THEN NEW.proof_recorded_by
        WHEN 'paid' THEN NEW.paid_by WHEN 'closed' THEN NEW.closed_by
        ELSE NEW.decided_by
    END;
    IF lower(actor) IS DISTINCT FROM me THEN
        PERFORM bwi_refuse(concat(OLD.reference, ': der Statuswechsel muss ', session_user,
                                  ' als Bearbeiter nennen, nicht „', actor, '“.'));
    END IF;
    RETURN NEW;
END
$$;
"""

#: Revision 0004's function, restored by the downgrade.
STRICT = r"""
CREATE OR REPLACE FUNCTION bwi_check_application() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    me text := lower(session_user::text);
    needed text;
    actor text;
BEGIN
    IF bwi_unchecked(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'received' THEN
            PERFORM bwi_refuse(concat('Ein neuer Antrag beginnt als „received“, nicht „', NEW.status, '“.'));
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        IF (NEW.in_review_by, NEW.in_review_at, NEW.decided_by, NEW.decision_date, NEW.approved_amount,
            NEW.approval_date, NEW.budget_line_id, NEW.proof_recorded_by, NEW.proof_received_date,
            NEW.actual_costs, NEW.payout_amount, NEW.paid_by, NEW.payout_date, NEW.closed_by, NEW.closed_date)
           IS DISTINCT FROM
           (OLD.in_review_by, OLD.in_review_at, OLD.decided_by, OLD.decision_date, OLD.approved_amount,
            OLD.approval_date, OLD.budget_line_id, OLD.proof_recorded_by, OLD.proof_received_date,
            OLD.actual_costs, OLD.payout_amount, OLD.paid_by, OLD.payout_date, OLD.closed_by, OLD.closed_date)
        THEN
            PERFORM bwi_refuse(concat(OLD.reference, ': Entscheidungen und Bearbeitungsvermerke ändern sich nur '
                                      'mit einem Statuswechsel.'));
        END IF;
        RETURN NEW;
    END IF;
    needed := CASE NEW.status
        WHEN 'in_review' THEN 'bwi_clerk' WHEN 'withdrawn' THEN 'bwi_clerk'
        WHEN 'proof_received' THEN 'bwi_clerk' WHEN 'closed' THEN 'bwi_clerk' WHEN 'expired' THEN 'bwi_clerk'
        WHEN 'approved' THEN 'bwi_approver' WHEN 'rejected' THEN 'bwi_approver'
        WHEN 'paid' THEN 'bwi_approver' WHEN 'revoked' THEN 'bwi_approver'
    END;
    IF needed IS NULL OR NOT pg_has_role(session_user, needed, 'MEMBER') THEN
        PERFORM bwi_refuse(concat(session_user, ' darf ', OLD.reference, ' nicht auf „', NEW.status,
                                  '“ setzen (nötig: Gruppenrolle ', coalesce(needed, '-'), ').'));
    END IF;
    IF NEW.status IN ('approved', 'rejected') AND lower(OLD.in_review_by) = me THEN
        PERFORM bwi_refuse(concat('Vier-Augen-Prinzip: ', session_user, ' hat ', OLD.reference,
                                  ' selbst in die Prüfung gegeben und darf nicht darüber entscheiden.'));
    END IF;
    IF NEW.status = 'paid' AND lower(OLD.proof_recorded_by) = me THEN
        PERFORM bwi_refuse(concat('Vier-Augen-Prinzip: ', session_user, ' hat den Verwendungsnachweis von ',
                                  OLD.reference, ' erfasst und darf die Auszahlung nicht freigeben.'));
    END IF;
    actor := CASE NEW.status
        WHEN 'in_review' THEN NEW.in_review_by WHEN 'proof_received' THEN NEW.proof_recorded_by
        WHEN 'paid' THEN NEW.paid_by WHEN 'closed' THEN NEW.closed_by
        ELSE NEW.decided_by
    END;
    IF lower(actor) IS DISTINCT FROM me THEN
        PERFORM bwi_refuse(concat(OLD.reference, ': der Statuswechsel muss ', session_user,
                                  ' als Bearbeiter nennen, nicht „', actor, '“.'));
    END IF;
    RETURN NEW;
END
$$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(AMENDABLE.strip().rstrip(';'))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(STRICT.strip().rstrip(';'))
