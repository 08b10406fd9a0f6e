"""Who acts (DESIGN §10): the database login on PostgreSQL (``session_user``, which the server authenticated), the
operating-system login on SQLite. On SQLite an admin may act for another user (``--user``): the audit then
records the admin as who acted and the user as on whose behalf — "schulz für fischer". Elsewhere ``--user`` is
refused: for anyone but an admin, and on PostgreSQL (each person connects with their own login there).
"""

from __future__ import annotations

from dataclasses import dataclass

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import PermissionDenied
from bwi_vouchers.services.users import UserService
from bwi_vouchers.storage.database import Database


@dataclass(frozen=True)
class Identity:
    """``login``: whose name and roles the actions use; ``operator``: the admin acting for them (or None)."""

    login: str
    operator: str | None = None

    def shown(self, language: str = "de") -> str:
        return acting_text(self.operator or self.login, self.login if self.operator else None, language)


def acting_text(user_login: str, on_behalf_of: str | None, language: str = "de") -> str:
    """An audit event's who: "schulz für fischer" when schulz acted for fischer, else "schulz"."""
    if not on_behalf_of:
        return user_login
    return f"{user_login} {'für' if language == 'de' else 'for'} {on_behalf_of}"


def identify(database: Database, users: UserService, *, system_login: str, requested: str | None) -> Identity:
    """The acting user of this process; sets ``database.operator`` when an admin acts for someone.

    ``system_login``: the operating-system login; ``requested``: ``--user`` (None when not given). In a fresh SQLite
    database the first command's ``--user`` is the first user (created with every role by ``users.acting``)."""
    server_login = database.session_login()
    if server_login is not None:
        if requested and requested.casefold() != server_login.casefold():
            raise PermissionDenied("act_as_postgres", user=requested, login=server_login)
        return Identity(server_login.lower())
    if not requested or requested.casefold() == system_login.casefold():
        return Identity(system_login)
    if not users.list():
        return Identity(requested)
    operator = users.get(system_login)
    if operator is None or not operator.active or Role.ADMIN not in operator.roles:
        raise PermissionDenied("act_as_admin_only", operator=system_login, user=requested)
    target = users.get(requested)
    if target is None or not target.active:
        raise PermissionDenied("unknown_user", user=requested)
    if target.login == operator.login:
        return Identity(target.login)
    database.operator = operator.login
    return Identity(target.login, operator.login)
