"""identity: who acted for whom, and the rules PostgreSQL itself enforces

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 03:30:00

``audit_event.on_behalf_of``: when an admin acts for another user on SQLite (``--user``), the event records the
admin in ``user_login`` (the person at the keyboard) and the user whose name and roles were used in
``on_behalf_of`` — shown as "schulz für fischer". Empty for everything else.

On PostgreSQL, trigger functions (SECURITY INVOKER) check what a person connected under their own login may do,
whatever program they use (``psql`` too): a status step needs the group role of the app role the lifecycle asks
for (``bwi_clerk`` / ``bwi_approver``), the decider is not who put the application in review, the releaser of a
payout not who recorded the proof; the step's "by" field is the session user; no decision field changes without
a step; a new application starts as ``received``; a ledger entry is booked by the session user, commitments,
payouts and recoveries only by approvers; an audit event names the session user. The owner of the table (and a
superuser) is not checked — migrations, ``demo`` and ``team setup`` run as the owner — nor is anyone while no
``bwi_*`` group role exists (a database without ``team setup``).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION bwi_unchecked(rel oid) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER AS $$
    SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = rel), 'MEMBER')
        OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bwi_clerk')
$$;

CREATE OR REPLACE FUNCTION bwi_refuse(message text) RETURNS void
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END
$$;

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

CREATE OR REPLACE FUNCTION bwi_check_ledger() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
    IF bwi_unchecked(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF lower(NEW.booked_by) IS DISTINCT FROM lower(session_user::text) THEN
        PERFORM bwi_refuse(concat('Eine Buchung muss ', session_user, ' als Buchenden nennen, nicht „',
                                  NEW.booked_by, '“.'));
    END IF;
    IF NEW.kind <> 'release' AND NOT pg_has_role(session_user, 'bwi_approver', 'MEMBER') THEN
        PERFORM bwi_refuse(concat(session_user, ' darf keine Buchung der Art „', NEW.kind,
                                  '“ anlegen (nötig: Gruppenrolle bwi_approver).'));
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION bwi_check_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
    IF bwi_unchecked(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF lower(NEW.user_login) IS DISTINCT FROM lower(session_user::text) OR NEW.on_behalf_of IS NOT NULL THEN
        PERFORM bwi_refuse(concat('Ein Protokolleintrag muss ', session_user, ' als Benutzer nennen, nicht „',
                                  NEW.user_login, '“.'));
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER bwi_application_rules BEFORE INSERT OR UPDATE ON application
    FOR EACH ROW EXECUTE FUNCTION bwi_check_application();
CREATE TRIGGER bwi_ledger_entry_rules BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION bwi_check_ledger();
CREATE TRIGGER bwi_audit_event_rules BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION bwi_check_audit();
"""

DROP = """
DROP TRIGGER IF EXISTS bwi_application_rules ON application;
DROP TRIGGER IF EXISTS bwi_ledger_entry_rules ON ledger_entry;
DROP TRIGGER IF EXISTS bwi_audit_event_rules ON audit_event;
DROP FUNCTION IF EXISTS bwi_check_application();
DROP FUNCTION IF EXISTS bwi_check_ledger();
DROP FUNCTION IF EXISTS bwi_check_audit();
DROP FUNCTION IF EXISTS bwi_refuse(text);
DROP FUNCTION IF EXISTS bwi_unchecked(oid);
"""


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy on SQLite): the table's append-only triggers stay as they are.
    op.add_column('audit_event', sa.Column('on_behalf_of', sa.String(length=60), nullable=True))
    op.create_index(op.f('ix_audit_event_on_behalf_of'), 'audit_event', ['on_behalf_of'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        for statement in _statements(FUNCTIONS):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for statement in _statements(DROP):
            op.execute(statement)
    op.drop_index(op.f('ix_audit_event_on_behalf_of'), table_name='audit_event')
    # Not a batch copy on SQLite, which would lose the table's append-only triggers (SQLite 3.35+ drops columns).
    op.execute('ALTER TABLE audit_event DROP COLUMN on_behalf_of')


def _statements(script: str) -> list[str]:
    """The script's statements, one at a time (a driver runs one per call); they are separated by a line that
    ends in ';' outside a function body (the bodies end in '$$;')."""
    found: list[str] = []
    current: list[str] = []
    inside = False
    for line in script.strip().splitlines():
        current.append(line)
        if line.count('$$') % 2:
            inside = not inside
        if not inside and line.rstrip().endswith(';'):
            found.append('\n'.join(current).strip().rstrip(';'))
            current = []
    return found
