"""Users and roles: the first user of a fresh database gets every role; after that only admins add users."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from bwi_vouchers.services.base import Service, created, diff, optional_text, roles_of
from bwi_vouchers.services.dto import UserInfo
from bwi_vouchers.storage import pg_roles
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import User

LOGIN = re.compile(r"^[A-Za-z0-9_.\-@]{1,60}$")


def user_info(user: User) -> UserInfo:
    return UserInfo(user.login, user.display_name, frozenset(Role(r) for r in roles_of(user)), user.active)


def parse_roles(text: str | Iterable[str]) -> frozenset[Role]:
    names = [r.strip().lower() for r in (text.split(",") if isinstance(text, str) else text) if r.strip()]
    if not names:
        raise ValidationError("roles", "roles_required")
    roles = set()
    for name in names:
        try:
            roles.add(Role(name))
        except ValueError:
            raise ValidationError("roles", "unknown_role", role=name,
                                  known=", ".join(r.value for r in Role)) from None
    return frozenset(roles)


class UserService(Service):
    def acting(self, login: str) -> UserInfo:
        """The acting user. In a database without users, this first user is created with every role."""
        with self.db.unit_of_work(write=True) as uow:
            if uow.user_count() == 0:
                uow.lock_first_user()  # two first logins at once: the later one counts again, after the first
            if uow.user_count() == 0:
                login = self._check_login(login)
                user = uow.add(User(login=login, display_name=login, roles=",".join(sorted(r.value for r in Role)),
                                    active=True, created_at=self.clock.now()))
                uow.flush()
                self._audit(uow, login, "user", login, "created_first_user",
                            created({"login": login, "roles": user.roles}))
                return user_info(user)
            return user_info(self._actor(uow, login))

    def add(self, actor: str, login: str, *, roles: frozenset[Role], display_name: str | None = None,
            password: str | None = None) -> UserInfo:
        """A new user (admins). On PostgreSQL with ``password``: also the person's database login, member of the
        group roles of ``roles`` — in the same transaction, so either both exist or neither. Without one, a login
        of that name that already exists gets the group roles."""
        login = self._check_login(login)
        name = optional_text("name", display_name, max_length=200) or login
        if password is not None and self.db.is_sqlite:
            raise ValidationError("password", "password_postgres_only")
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            if uow.user(login) is not None:
                raise ConflictError("user_exists", user=login)
            user = uow.add(User(login=login, display_name=name, roles=",".join(sorted(r.value for r in roles)),
                                active=True, created_at=self.clock.now()))
            uow.flush()
            self._audit(uow, actor, "user", login, "created",
                        created({"login": login, "display_name": name, "roles": user.roles}))
            self._database_login(uow, login, roles, password)
            return user_info(user)

    def set_password(self, actor: str, login: str, password: str) -> bool:
        """Create (or renew the password of) an existing user's database login on PostgreSQL, with the group roles
        of their roles (admins; the server also wants CREATEROLE). Returns whether the login is new."""
        if self.db.is_sqlite:
            raise ValidationError("password", "password_postgres_only")
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            user = _existing(uow, login)
            new = pg_roles.create_login(uow.session.connection(), user.login, password, roles_of(user))
            self._audit(uow, actor, "user", user.login, "login_created" if new else "password_changed", {})
            return new

    def _database_login(self, uow: UnitOfWork, login: str, roles: frozenset[Role], password: str | None) -> None:
        connection = uow.session.connection()
        if password is not None:
            pg_roles.create_login(connection, login, password, [r.value for r in roles])
        else:
            pg_roles.grant_groups(connection, login, [r.value for r in roles])

    def set_roles(self, actor: str, login: str, roles: frozenset[Role]) -> UserInfo:
        """Change a user's roles (admins). The last active admin keeps the admin role."""
        if not roles:
            raise ValidationError("roles", "roles_required")
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            user = _existing(uow, login)
            if Role.ADMIN.value in roles_of(user) and Role.ADMIN not in roles and not any(
                    other.active and other.id != user.id and Role.ADMIN.value in roles_of(other)
                    for other in uow.users()):
                raise PermissionDenied("last_admin", user=login)
            new = ",".join(sorted(r.value for r in roles))
            if new != user.roles:
                self._audit(uow, actor, "user", login, "changed", diff({"roles": user.roles}, {"roles": new}))
                user.roles = new
                pg_roles.grant_groups(uow.session.connection(), user.login, [r.value for r in roles])
            return user_info(user)

    def list(self) -> list[UserInfo]:
        with self.db.unit_of_work() as uow:
            return [user_info(u) for u in uow.users()]

    def get(self, login: str) -> UserInfo | None:
        with self.db.unit_of_work() as uow:
            user = uow.user(login)
            return user_info(user) if user else None

    @staticmethod
    def _check_login(login: str) -> str:
        """The login in lower case (logins are compared case-insensitively), or a ValidationError."""
        if not LOGIN.match(login or ""):
            raise ValidationError("login", "bad_login", login=clean_shown(login or ""))
        return login.lower()


def clean_shown(text: str) -> str:
    """A refused input as it can be shown on one line: control characters as their escape codes."""
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


def _existing(uow: UnitOfWork, login: str) -> User:
    """The stored user of a login (any case); ``NotFoundError`` when there is none."""
    user = uow.user(login)
    if user is None:
        raise NotFoundError("unknown_user", user=login)
    return user
