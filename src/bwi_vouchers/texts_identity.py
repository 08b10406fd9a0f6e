"""Words for the refusals of identity and the team database (who acts, passwords, group roles).

Kept beside ``texts.ERROR`` (which takes these in) so that file stays readable.
"""

from __future__ import annotations

ERRORS = {
    "act_as_postgres": ("Auf PostgreSQL handelt jede Person unter ihrer eigenen Datenbank-Anmeldung; --user "
                        "„{user}“ ist nicht möglich (angemeldet ist {login}).",
                        "On PostgreSQL everyone acts under their own database login; --user '{user}' is not "
                        "possible (logged in: {login})."),
    "act_as_admin_only": ("Nur ein Administrator darf mit --user für einen anderen Benutzer handeln; "
                          "{operator} ist kein Administrator dieser Datenbank (gewünscht: {user}).",
                          "Only an admin may act for another user with --user; {operator} is not an admin of "
                          "this database (asked for: {user})."),
    "password_required": ("Der Datenbankserver verlangt ein Passwort.",
                          "The database server asks for a password."),
    "password_wrong": ("Anmeldung an der Datenbank fehlgeschlagen: Benutzername oder Passwort stimmt nicht.",
                       "Login to the database failed: wrong user name or password."),
    "password_empty": ("Kein Passwort angegeben (erwartet in der ersten Zeile der Standardeingabe).",
                       "No password given (expected on the first line of standard input)."),
    "password_postgres_only": ("Eine Datenbank-Anmeldung mit Passwort gibt es nur auf PostgreSQL; auf SQLite "
                               "ist der Benutzer die Anmeldung am Betriebssystem.",
                               "Database logins with a password exist only on PostgreSQL; on SQLite the user is "
                               "the operating-system login."),
    "postgres_only": ("„team setup“ richtet eine PostgreSQL-Datenbank ein; diese Datenbank ist SQLite.",
                      "'team setup' sets up a PostgreSQL database; this one is SQLite."),
    "team_setup_missing": ("Die Gruppenrollen fehlen noch: zuerst „bwi-vouchers --db … team setup“ als "
                           "Eigentümer der Datenbank ausführen.",
                           "The group roles are missing: first run 'bwi-vouchers --db … team setup' as the "
                           "database owner."),
    "database_permission": ("Die Datenbank verweigert das: Ihre Anmeldung hat keine Berechtigung dafür "
                            "({object}). Rollen und Anmeldungen ändert der Eigentümer der Datenbank.",
                            "The database refuses this: your login lacks the privilege ({object}). The database "
                            "owner changes roles and logins."),
    "database_refused": ("Die Datenbank verweigert das: {detail}", "The database refuses this: {detail}"),
}
