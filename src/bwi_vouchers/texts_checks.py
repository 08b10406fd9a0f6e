"""Words for the refusals of the plausibility checks, the file checks and the command line's error boundary.

Kept beside ``texts.ERROR`` (which takes these in) so that file stays readable.
"""

from __future__ import annotations

ERRORS = {
    # plausible values and clean text
    "text_bidi": ("Das Feld „{field}“ enthält ein unsichtbares Steuerzeichen für die Schreibrichtung ({char}); "
                  "bitte den Text neu eintippen.",
                  "The field '{field}' holds an invisible text-direction control character ({char}); please "
                  "type the text anew."),
    "text_control": ("Das Feld „{field}“ enthält ein Steuerzeichen ({char}).",
                     "The field '{field}' holds a control character ({char})."),
    "text_newline": ("Das Feld „{field}“ darf keinen Zeilenumbruch enthalten.",
                     "The field '{field}' must not contain a line break."),
    "bad_country": ("„{country}“ ist kein Ländercode nach ISO 3166 (z. B. JP, US, FR).",
                    "'{country}' is not an ISO 3166 country code (e.g. JP, US, FR)."),
    "cell_date_out_of_range": ("Das Datum {date} ist nicht plausibel; möglich ist {earliest} bis {latest}.",
                               "The date {date} is not plausible; possible is {earliest} to {latest}."),
    "cell_time_not_date": ("„{value}“ ist eine Uhrzeit, kein Datum (TT.MM.JJJJ).",
                           "'{value}' is a time of day, not a date (DD.MM.YYYY)."),
    "import_measure_needs_admin": ("nur die Administration legt Maßnahmen an; {user} gehört nicht dazu.",
                                   "only admins add measures; {user} is not one."),
    # the database file
    "database_newer": ("Diese Datenbank ist neuer als das Programm (Revision {revision}); bitte das Programm "
                       "aktualisieren.",
                       "This database is newer than the program (revision {revision}); please update the program."),
    "foreign_database": ("Die Datei {path} ist keine Datenbank dieses Programms; sie wurde nicht verändert.",
                         "The file {path} is not a database of this program; it was left unchanged."),
    "server_unreachable": ("Der Datenbankserver {server} ist nicht erreichbar: er läuft nicht, die Adresse ist falsch "
                           "oder das Netz ist unterbrochen. Es wurde nichts verändert. Bitte später erneut versuchen "
                           "oder die Systembetreuung fragen.",
                           "The database server {server} cannot be reached: it is not running, the address is wrong "
                           "or the network is down. Nothing was changed. Please try again later or ask your IT."),
    "database_missing": ("Auf dem Datenbankserver {server} gibt es keine Datenbank „{name}“. Ein Administrator legt "
                         "sie an (createdb {name}) oder die Adresse ist falsch; es wurde nichts verändert.",
                         "The database server {server} has no database '{name}'. An administrator creates it "
                         "(createdb {name}) or the address is wrong; nothing was changed."),
    "foreign_server_database": ("Die Datenbank {database} enthält bereits Tabellen eines anderen Programms ({tables}); "
                                "bwi-vouchers legt seine Tabellen nur in einer leeren Datenbank an. Es wurde nichts "
                                "verändert.",
                                "The database {database} already holds another program's tables ({tables}); "
                                "bwi-vouchers creates its tables only in an empty database. Nothing was changed."),
    "not_a_database": ("Die Datei {path} ist keine SQLite-Datenbank; sie wurde nicht verändert.",
                       "The file {path} is not an SQLite database; it was left unchanged."),
    "database_damaged": ("Die Datenbankdatei {path} ist beschädigt ({detail}); es wird nichts mehr hineingeschrieben. "
                         "Bitte die letzte Sicherung zurückspielen (Sicherungskopien liegen in {backups}).",
                         "The database file {path} is damaged ({detail}); nothing more is written into it. Please "
                         "restore the latest backup (backup copies are in {backups})."),
    "bad_database_url": ("„{url}“ ist weder ein Dateipfad noch eine bekannte Datenbankadresse (z. B. "
                         "postgresql+psycopg://benutzer@server/datenbank).",
                         "'{url}' is neither a file path nor a known database address (e.g. "
                         "postgresql+psycopg://user@server/database)."),
    "unsupported_database": ("Datenbanken vom Typ „{dialect}“ werden nicht unterstützt: bitte eine SQLite-Datei oder "
                             "eine PostgreSQL-Datenbank (postgresql+psycopg://benutzer@server/datenbank) angeben.",
                             "Databases of type '{dialect}' are not supported: please give an SQLite file or a "
                             "PostgreSQL database (postgresql+psycopg://user@server/database)."),
    "driver_missing": ("Für {dialect} fehlt der Datenbanktreiber „{module}“; bitte das Programm mit der Erweiterung "
                       "[postgres] installieren.",
                       "The database driver '{module}' for {dialect} is missing; please install the program with "
                       "the [postgres] extra."),
    # backups
    "backup_failed": ("Die Sicherung nach {path} ist fehlgeschlagen: {detail}",
                      "The backup to {path} failed: {detail}"),
    "migration_needs_pg_dump": ("Die Datenbank (Stand {revision}) muss auf den Stand dieses Programms gebracht "
                                "werden. Vorher wird sie mit pg_dump gesichert – pg_dump wurde aber nicht "
                                "gefunden. Bitte die PostgreSQL-Client-Programme installieren (Debian/Ubuntu: "
                                "postgresql-client) oder BWI_PG_DUMP auf pg_dump setzen. Es wurde nichts geändert.",
                                "The database (revision {revision}) must be brought up to this program's schema. "
                                "It is backed up with pg_dump first, but pg_dump was not found. Please install the "
                                "PostgreSQL client programs (Debian/Ubuntu: postgresql-client) or point BWI_PG_DUMP "
                                "at pg_dump. Nothing was changed."),
    "pg_dump_missing": ("Für eine Sicherung der PostgreSQL-Datenbank wird das Programm pg_dump gebraucht; es wurde "
                        "nicht gefunden. Bitte die PostgreSQL-Client-Programme installieren (Debian/Ubuntu: "
                        "postgresql-client) oder den Ordner von pg_dump in den Suchpfad (PATH) aufnehmen.",
                        "Backing up the PostgreSQL database needs the program pg_dump, which was not found. Please "
                        "install the PostgreSQL client programs (Debian/Ubuntu: postgresql-client) or add pg_dump's "
                        "folder to the search path (PATH)."),
    "backup_source_damaged": ("Die Datenbank ist beschädigt ({detail}); die Sicherung wurde nicht geschrieben, damit "
                              "sie keine gute ersetzt. Bitte die letzte Sicherung zurückspielen.",
                              "The database is damaged ({detail}); no backup was written, so it cannot replace a "
                              "good one. Please restore the latest backup."),
    # the command line's boundary
    "record_missing": ("Die Datenbank ist unvollständig: {what} fehlt. Bitte die Datenbank prüfen oder eine "
                       "Sicherung zurückspielen.",
                       "The database is incomplete: {what} is missing. Please check it or restore a backup."),
    "unexpected": ("Unerwarteter Fehler ({kind}); es wurde nichts Halbfertiges gespeichert. Einzelheiten stehen "
                   "im Protokoll.",
                   "Unexpected error ({kind}); nothing half-done was saved. The details are in the log."),
    "out_of_memory": ("Nicht genug Arbeitsspeicher für diesen Vorgang.", "Not enough memory for this operation."),
}

#: Field names that the text checks can name and ``texts.FIELD`` lacked.
FIELDS = {
    "notes": ("Notizen", "notes"), "legal_form": ("Rechtsform", "legal form"),
    "register_number": ("Registernummer", "register number"), "organiser": ("Veranstalter", "organiser"),
    "nace_code": ("NACE-Code", "NACE code"), "function": ("Funktion", "function"),
    "legal_basis": ("Rechtsgrundlage", "legal basis"), "themes": ("Zielfelder", "target fields"),
}
