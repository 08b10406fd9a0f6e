"""Command-line commands for users and the team database (DESIGN §10): ``user add|list|roles|password`` and
``team setup``.

On PostgreSQL each person connects with their own login: ``team setup`` (once, by the database owner) creates the
group roles and their grants, ``user add LOGIN … --password-stdin`` the person's login with the password read
from standard input (never from the command line, where other users of the machine could read it).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from bwi_vouchers.errors import BwiError

if TYPE_CHECKING:  # the services are imported by cli._run before a command runs
    from bwi_vouchers.services import Services

ROLES_HELP = "durch Komma getrennt: clerk,approver,budget,admin"
STDIN_HELP = ("PostgreSQL: auch die Datenbank-Anmeldung anlegen, das Passwort aus der Standardeingabe "
              "(erste Zeile)")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    user = sub.add_parser("user", parents=[common], help="Benutzer und Rollen")
    user_sub = user.add_subparsers(dest="user_command", metavar="add|list|roles|password", required=True)
    add = user_sub.add_parser("add", parents=[common], help="Benutzer anlegen (nur Administration)")
    add.add_argument("new_login", metavar="LOGIN")
    add.add_argument("--name", default=None)
    add.add_argument("--roles", required=True, help=ROLES_HELP)
    add.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    add.set_defaults(handler=cmd_user_add)
    listing = user_sub.add_parser("list", parents=[common], help="Benutzer und ihre Rollen auflisten")
    listing.set_defaults(handler=cmd_user_list)
    roles = user_sub.add_parser("roles", parents=[common],
                                help="die Rollen eines Benutzers setzen (nur Administration; PostgreSQL: auch "
                                     "seine Gruppenrollen)")
    roles.add_argument("target_login", metavar="LOGIN")
    roles.add_argument("--roles", required=True, help=ROLES_HELP)
    roles.set_defaults(handler=cmd_user_roles)
    password = user_sub.add_parser("password", parents=[common],
                                   help="PostgreSQL: Datenbank-Anmeldung eines Benutzers anlegen oder ihr Passwort "
                                        "erneuern, das Passwort aus der Standardeingabe")
    password.add_argument("target_login", metavar="LOGIN")
    password.add_argument("--password-stdin", action="store_true", required=True, help="(erforderlich)")
    password.set_defaults(handler=cmd_user_password)

    team = sub.add_parser("team", parents=[common], help="PostgreSQL: Team-Datenbank einrichten")
    team_sub = team.add_subparsers(dest="team_command", metavar="setup", required=True)
    setup = team_sub.add_parser("setup", parents=[common],
                                help="einmal, vom Eigentümer der Datenbank: Gruppenrollen und ihre Rechte anlegen")
    setup.set_defaults(handler=cmd_team_setup)


def read_password(login: str) -> str:
    """The password from standard input: its first line (asked for without echo at a terminal)."""
    if sys.stdin is None:
        raise BwiError("password_empty")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Passwort für {login}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise BwiError("password_empty")
    return password


def cmd_user_add(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.users import parse_roles
    from bwi_vouchers.storage import pg_roles

    actor = services.users.acting(args.login)
    roles = parse_roles(args.roles)
    if args.password_stdin and services.database.is_sqlite:
        raise BwiError("password_postgres_only")
    password = read_password(args.new_login.lower()) if args.password_stdin else None
    user = services.users.add(actor.login, args.new_login, roles=roles, display_name=args.name, password=password)
    print(f"Benutzer {user.login} angelegt: {', '.join(sorted(r.value for r in user.roles))}", file=args.out)
    if password is not None:
        groups = ", ".join(pg_roles.groups_for(r.value for r in user.roles))
        print(f"Datenbank-Anmeldung {user.login} angelegt, Gruppenrollen: {groups}", file=args.out)
    return 0


def cmd_user_list(args: argparse.Namespace, services: Services) -> int:
    users = services.users.list()
    if not users:
        print("Noch keine Benutzer. Der erste Benutzer wird mit allen Rollen angelegt.", file=args.out)
    for user in users:
        state = "" if user.active else " (inaktiv)"
        print(f"{user.login:<16} {user.display_name:<28} {','.join(sorted(r.value for r in user.roles))}{state}",
              file=args.out)
    return 0


def cmd_user_roles(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.users import parse_roles

    actor = services.users.acting(args.login)
    user = services.users.set_roles(actor.login, args.target_login, parse_roles(args.roles))
    print(f"Rollen von {user.login}: {', '.join(sorted(r.value for r in user.roles))}", file=args.out)
    return 0


def cmd_user_password(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    if services.database.is_sqlite:
        raise BwiError("password_postgres_only")
    target = services.users.get(args.target_login)
    login = target.login if target is not None else args.target_login
    new = services.users.set_password(actor.login, login, read_password(login))
    print(f"Datenbank-Anmeldung {login} {'angelegt' if new else 'mit neuem Passwort'}.", file=args.out)
    return 0


def cmd_team_setup(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.storage import pg_roles

    if services.database.is_sqlite:
        raise BwiError("postgres_only")
    if not services.users.list():
        services.users.acting(args.login)  # the first user (the owner) gets every role and can add the others
    for line in pg_roles.setup_team(services.database.engine):
        print(line, file=args.out)
    print("Team-Datenbank eingerichtet. Jede Person bekommt ihre Anmeldung mit "
          "„bwi-vouchers user add LOGIN --roles … --password-stdin“.", file=args.out)
    return 0
