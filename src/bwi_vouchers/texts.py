"""Words for codes: rule reasons, errors, statuses — German first, English second.

Domain and services return codes with parameters; the command line, the desktop and the letters
turn them into sentences here. Money and dates in the parameters are formatted per language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from bwi_vouchers import formats
from bwi_vouchers.domain.sizes import FileSize
from bwi_vouchers.texts_case import ERRORS as CASE_ERRORS
from bwi_vouchers.texts_case import FIELDS as CASE_FIELDS
from bwi_vouchers.texts_checks import ERRORS as CHECK_ERRORS
from bwi_vouchers.texts_checks import FIELDS as CHECK_FIELDS
from bwi_vouchers.texts_identity import ERRORS as IDENTITY_ERRORS
from bwi_vouchers.texts_letters import ERRORS as LETTER_ERRORS
from bwi_vouchers.texts_proof import ERRORS as PROOF_ERRORS
from bwi_vouchers.texts_proof import FIELDS as PROOF_FIELDS

#: A template, or (one, other) chosen by the parameter ``count``.
Template = str | tuple[str, str]

STATUS = {
    "received": ("eingegangen", "received"),
    "in_review": ("in Prüfung", "in review"),
    "approved": ("bewilligt", "approved"),
    "rejected": ("abgelehnt", "rejected"),
    "withdrawn": ("zurückgezogen", "withdrawn"),
    "proof_received": ("Verwendungsnachweis eingegangen", "proof of use received"),
    "paid": ("ausgezahlt", "paid"),
    "closed": ("abgeschlossen", "closed"),
    "expired": ("verfallen", "expired"),
    "revoked": ("widerrufen", "revoked"),
}

MEASURE_TYPE = {
    "market_research_trip": ("Markterkundungsreise", "market-research trip"),
    "cooperation_fair": ("Kooperationsbörse", "cooperation fair"),
    "location_presentation": ("Standortpräsentation", "location presentation"),
}

ROLE = {
    "clerk": ("Sachbearbeitung", "clerk"),
    "approver": ("Bewilligung/Freigabe", "approver"),
    "budget": ("Budgetverantwortung", "budget controller"),
    "admin": ("Administration", "admin"),
}

OUTCOME = {"pass": ("erfüllt", "pass"), "fail": ("nicht erfüllt", "fail"), "warning": ("Hinweis", "warning")}

RULE_TITLE = {
    "R01": ("Zielfeld", "Target field"),
    "R02": ("Mitgliedschaft in Cluster/Netzwerk", "Cluster or network membership"),
    "R03": ("Sitz oder Niederlassung in Baden-Württemberg", "Seat or branch in Baden-Württemberg"),
    "R04": ("KMU nach EU-Definition", "SME by the EU definition"),
    "R05": ("Maßnahmenart und Ziel im Ausland", "Measure type and destination abroad"),
    "R06": ("Kein vorzeitiger Maßnahmebeginn", "No early start"),
    "R07": ("Mindestkosten", "Minimum costs"),
    "R08": ("Gutscheine je Jahr", "Vouchers per year"),
    "R09": ("Kein Doppelantrag", "No duplicate application"),
    "R10": ("De-minimis-Höchstbetrag", "De minimis ceiling"),
    "R11": ("Beantragter Betrag", "Requested amount"),
    "R12": ("Verfügbare Haushaltsmittel", "Available budget"),
}

REASON: dict[str, tuple[Template, Template]] = {
    "theme_missing": ("Kein Zielfeld angegeben.", "No target field given."),
    "theme_inactive": ("Das Zielfeld {theme} ist keines der aktiven Zielfelder des Programms.",
                       "Target field {theme} is not one of the programme's active target fields."),
    "theme_ok": ("Zielfeld {theme} ist förderfähig.", "Target field {theme} is eligible."),
    "not_member": ("Das Unternehmen war am Tag des Antragseingangs ({receipt}) nicht Mitglied eines registrierten "
                   "Clusters oder Netzwerks.",
                   "The company was not a member of a registered cluster or network on the receipt date ({receipt})."),
    "membership_inactive": ("Die Mitgliedschaft bei {cluster} war am Tag des Antragseingangs ({receipt}) nicht aktiv.",
                            "The membership of {cluster} was not active on the receipt date ({receipt})."),
    "state_owned": ("{cluster} wird von einer Landesgesellschaft getragen; "
                    "deren Mitglieder sind nicht antragsberechtigt.",
                    "{cluster} is run by a state-owned company; its members are not eligible."),
    "member": ("Mitglied bei {cluster} seit {since}.", "Member of {cluster} since {since}."),
    "seat_in_bw": ("Sitz oder Niederlassung in Baden-Württemberg.", "Seat or branch in Baden-Württemberg."),
    "no_seat_in_bw": ("Das Unternehmen hat weder Sitz noch Niederlassung in Baden-Württemberg.",
                      "The company has neither its seat nor a branch in Baden-Württemberg."),
    "sme_figures_missing": ("Es liegen keine KMU-Kennzahlen (Beschäftigte, Umsatz, Bilanzsumme) vor.",
                            "No SME figures (staff, turnover, balance sheet) are recorded."),
    "sme_staff": ("Mit {awu} Jahresarbeitseinheiten ({year}) ist das Unternehmen kein KMU (weniger als {limit} "
                  "erforderlich).",
                  "With {awu} annual work units ({year}) the company is not an SME (fewer than {limit} required)."),
    "sme_money": ("Jahresumsatz {turnover} und Bilanzsumme {balance} ({year}) überschreiten beide die KMU-Schwellen "
                  "({turnover_limit} bzw. {balance_limit}).",
                  "Turnover {turnover} and balance-sheet total {balance} ({year}) both exceed the SME ceilings "
                  "({turnover_limit} and {balance_limit})."),
    "sme_ok": ("KMU: {awu} Jahresarbeitseinheiten ({year}), Schwellenwerte eingehalten.",
               "SME: {awu} annual work units ({year}), within the ceilings."),
    "measure_type": ("Die Maßnahmenart {type} ist im Programm nicht vorgesehen.",
                     "The measure type {type} is not part of the programme."),
    "not_abroad": ("Die Maßnahme findet nicht im Ausland statt (Zielland {country}).",
                   "The measure does not take place abroad (country {country})."),
    "measure_ok": ("{type} im Ausland ({country}).", "{type} abroad ({country})."),
    "in_time": ("Antragseingang {receipt} vor Maßnahmebeginn {start}.",
                "Received {receipt}, before the measure starts on {start}."),
    "early_start_consent": ("Vorzeitiger Maßnahmebeginn am {consent} genehmigt (Beginn {start}).",
                            "Early start consented on {consent} (start {start})."),
    "too_late": ("Der Antrag ging am {receipt} ein, zu spät für den Maßnahmebeginn am {start} "
                 "(Vorlauf {lead_days} Tage); eine Zustimmung zum vorzeitigen Beginn liegt nicht vor.",
                 "The application arrived on {receipt}, too late for the start on {start} "
                 "(lead {lead_days} days), and no early-start consent is recorded."),
    "below_minimum": ("Die förderfähigen Kosten von {costs} liegen unter dem Mindestbetrag von {minimum}.",
                      "Eligible costs of {costs} are below the minimum of {minimum}."),
    "minimum_ok": ("Förderfähige Kosten {costs} (Mindestbetrag {minimum}).",
                   "Eligible costs {costs} (minimum {minimum})."),
    "too_many": (("Für Maßnahmen im Jahr {year} hat das Unternehmen bereits {count} Gutschein bzw. vorrangigen "
                  "Antrag ({references}); höchstens {limit} möglich.",
                  "Für Maßnahmen im Jahr {year} hat das Unternehmen bereits {count} Gutscheine bzw. vorrangige "
                  "Anträge ({references}); höchstens {limit} möglich."),
                 ("For measures in {year} the company already has {count} voucher or earlier application "
                  "({references}); at most {limit} possible.",
                  "For measures in {year} the company already has {count} vouchers or earlier applications "
                  "({references}); at most {limit} possible.")),
    "count_ok": (("{count} weiterer Gutschein im Jahr {year} (höchstens {limit}).",
                  "{count} weitere Gutscheine im Jahr {year} (höchstens {limit})."),
                 ("{count} other voucher in {year} (at most {limit}).",
                  "{count} other vouchers in {year} (at most {limit}).")),
    "duplicate": ("Für dieselbe Maßnahme liegt bereits der Antrag {reference} des Unternehmens vor.",
                  "The company already applied for the same measure with {reference}."),
    "no_duplicate": ("Kein früherer Antrag für dieselbe Maßnahme.", "No earlier application for the same measure."),
    "deminimis_exceeded": ("De-minimis-Beihilfen von {total} {years} zuzüglich {amount} überschreiten "
                           "den Höchstbetrag von {ceiling} ({basis}); Spielraum {headroom}.",
                           "De minimis aid of {total} {years} plus {amount} exceeds the ceiling of "
                           "{ceiling} ({basis}); headroom {headroom}."),
    "deminimis_ok": ("De-minimis-Beihilfen {years}: {total} + {amount} innerhalb von {ceiling}; "
                     "verbleibend {headroom}.",
                     "De minimis aid {years}: {total} + {amount} within {ceiling}; {headroom} left."),
    "request_capped": ("Beantragt sind {requested}; bewilligt werden kann höchstens {amount}.",
                       "{requested} requested; at most {amount} can be approved."),
    "request_ok": ("Gutscheinbetrag {amount}.", "Voucher amount {amount}."),
    "committed": ("{amount} aus {budget} gebunden.", "{amount} committed from {budget}."),
    "no_budget_line": ("Für {budget} ist kein Budget eingerichtet.", "No budget is set for {budget}."),
    "budget_short": ("Im Budget {budget} sind nur noch {available} verfügbar, benötigt werden {amount}.",
                     "Budget {budget} has only {available} available; {amount} is needed."),
    "budget_ok": ("Budget {budget}: {available} verfügbar.", "Budget {budget}: {available} available."),
}

ERROR: dict[str, tuple[Template, Template]] = {
    "unknown_user": ("Der Benutzer „{user}“ ist nicht angelegt. Ein Administrator kann ihn mit "
                     "„bwi-vouchers user add“ anlegen.",
                     "User '{user}' does not exist. An admin can add them with 'bwi-vouchers user add'."),
    "role_missing": ("{user} hat nicht die Rolle „{role}“, die für den Schritt nach „{target}“ nötig ist.",
                     "{user} lacks the role '{role}' needed to move to '{target}'."),
    "role_missing_action": ("{user} hat nicht die dafür nötige Rolle „{role}“.",
                            "{user} lacks the role '{role}' needed for this."),
    "four_eyes_decision": ("Vier-Augen-Prinzip: {user} hat {reference} selbst in die Prüfung gegeben und darf nicht "
                           "darüber entscheiden.",
                           "Four-eyes principle: {user} put {reference} in review and may not decide on it."),
    "four_eyes_changed_facts": ("Vier-Augen-Prinzip: {user} hat die Angaben von {reference} während der Prüfung "
                                "geändert und darf deshalb nicht darüber entscheiden.",
                                "Four-eyes principle: {user} changed the details of {reference} while it was in "
                                "review and may therefore not decide on it."),
    "four_eyes_payout": ("Vier-Augen-Prinzip: {user} hat den Verwendungsnachweis zu {reference} erfasst und darf die "
                         "Auszahlung nicht freigeben.",
                         "Four-eyes principle: {user} recorded the proof of use of {reference} and may not "
                         "release the payout."),
    "transition_not_allowed": ("{reference} ist „{status}“; der Schritt nach „{target}“ ist von dort nicht möglich.",
                               "{reference} is '{status}'; it cannot move to '{target}' from there."),
    "rules_failed": ("{reference} kann nicht bewilligt werden: Regel(n) {rules} nicht erfüllt.",
                     "{reference} cannot be approved: rule(s) {rules} failed."),
    "nothing_to_approve": ("{reference}: der Gutscheinbetrag ist 0 €.", "{reference}: the voucher amount is 0 €."),
    "proof_missing": ("{reference}: kein Verwendungsnachweis erfasst.", "{reference}: no proof of use recorded."),
    "payout_above_approved": ("{reference}: die Auszahlung wäre höher als der bewilligte Betrag.",
                              "{reference}: the payout would exceed the approved amount."),
    "not_yet_due": ("{reference}: der Verwendungsnachweis ist erst am {due} fällig.",
                    "{reference}: the proof of use is not due before {due}."),
    "not_editable": ("{reference} ist „{status}“ und kann nicht mehr geändert werden.",
                     "{reference} is '{status}' and can no longer be changed."),
    "reason_required": ("Für „{target}“ ist eine Begründung nötig (--reason).",
                        "Moving to '{target}' needs a reason (--reason)."),
    "costs_required": ("Für den Verwendungsnachweis sind die tatsächlichen förderfähigen Kosten nötig (--costs).",
                       "The proof of use needs the actual eligible costs (--costs)."),
    "costs_only_with_proof": ("Kosten (--costs) gehören nur zum Schritt „proof_received“.",
                              "Costs (--costs) belong to the step 'proof_received' only."),
    "unknown_reference": ("Ein Antrag „{reference}“ existiert nicht.", "There is no application '{reference}'."),
    "unknown_status": ("„{status}“ ist kein Status. Möglich: {known}.", "'{status}' is not a status. Known: {known}."),
    "unknown_role": ("„{role}“ ist keine Rolle. Möglich: {known}.", "'{role}' is not a role. Known: {known}."),
    "roles_required": ("Mindestens eine Rolle angeben (--roles).", "Name at least one role (--roles)."),
    "user_exists": ("Der Benutzer „{user}“ existiert bereits.", "User '{user}' already exists."),
    "bad_login": ("„{login}“ ist kein gültiger Anmeldename (Buchstaben, Ziffern, . _ - @; höchstens 60 Zeichen).",
                  "'{login}' is not a valid login (letters, digits, . _ - @; at most 60 characters)."),
    "unknown_source": ("„{source}“ ist keine Mittelherkunft. Möglich: {known}.",
                       "'{source}' is not a funding source. Known: {known}."),
    "no_budget_line": ("Für {year} {source} ist kein Budget eingerichtet.", "No budget is set for {year} {source}."),
    "budget_below_used": ("Das Budget {amount} wäre kleiner als das bereits Gebundene und Ausgezahlte ({used}).",
                          "A budget of {amount} would be less than what is committed and paid ({used})."),
    "not_a_year": ("„{value}“ ist kein Jahr.", "'{value}' is not a year."),
    "year_out_of_range": ("Das Jahr {value} liegt außerhalb von {first}–{last}.",
                          "The year {value} is outside {first}–{last}."),
    "required": ("Das Feld „{field}“ fehlt.", "The field '{field}' is missing."),
    "too_long": ("Das Feld „{field}“ ist zu lang (höchstens {max} Zeichen).",
                 "The field '{field}' is too long (at most {max} characters)."),
    "money_not_a_number": ("{field}: „{value}“ ist kein Betrag.", "{field}: '{value}' is not an amount."),
    "money_negative": ("{field}: der Betrag {value} darf nicht negativ sein.",
                       "{field}: {value} must not be negative."),
    "money_too_many_decimals": ("{field}: „{value}“ hat mehr als zwei Nachkommastellen.",
                                "{field}: '{value}' has more than two decimals."),
    "money_too_large": ("{field}: der Betrag {value} ist unplausibel hoch.", "{field}: {value} is implausibly large."),
    "negative": ("{field}: der Wert {value} darf nicht negativ sein.", "{field}: {value} must not be negative."),
    "not_a_number": ("{field}: „{value}“ ist keine Zahl.", "{field}: '{value}' is not a number."),
    "not_a_date": ("{field}: „{value}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).",
                   "{field}: '{value}' is not a date (YYYY-MM-DD)."),
    "not_between": ("{field}: „{value}“ muss zwischen {low} und {high} liegen.",
                    "{field}: '{value}' must lie between {low} and {high}."),
    "amount_not_between": ("{field}: {amount} muss zwischen {minimum} und {maximum} liegen.",
                           "{field}: {amount} must lie between {minimum} and {maximum}."),
    "out_of_range": ("{field}: „{value}“ liegt außerhalb des möglichen Bereichs.",
                     "{field}: '{value}' is out of range."),
    "date_out_of_range": ("{field}: das Datum {date} muss zwischen {earliest} und {latest} liegen.",
                          "{field}: the date {date} must lie between {earliest} and {latest}."),
    "date_in_future": ("{field}: das Datum {date} liegt in der Zukunft.", "{field}: the date {date} is in the future."),
    "end_before_start": ("{field}: das Ende {end} liegt vor dem Beginn {start}.",
                         "{field}: the end {end} is before the start {start}."),
    "receipt_year_fixed": ("Der Antragseingang muss im Jahr {year} bleiben (Referenz).",
                           "The receipt date must stay in {year} (the reference)."),
    "unknown_company": ("Unternehmen {company} existiert nicht.", "Company {company} does not exist."),
    "unknown_measure": ("Die Maßnahme „{measure}“ existiert nicht.", "There is no measure '{measure}'."),
    "unknown_theme": ("Das Zielfeld „{theme}“ existiert nicht (1–18).", "There is no target field '{theme}' (1–18)."),
    "unknown_cluster": ("Der Cluster bzw. das Netzwerk „{cluster}“ ist nicht registriert.",
                        "The cluster or network '{cluster}' is not registered."),
    "unknown_region": ("„{region}“ ist keine Region Baden-Württembergs.",
                       "'{region}' is not a region of Baden-Württemberg."),
    "unknown_cluster_kind": ("„{kind}“ ist keine Cluster-Art.", "'{kind}' is not a kind of cluster."),
    "unknown_measure_type": ("„{type}“ ist keine Maßnahmenart.", "'{type}' is not a measure type."),
    "bad_measure_code": ("„{measure}“ ist kein gültiger Maßnahmen-Code.", "'{measure}' is not a valid measure code."),
    "bad_country": ("„{country}“ ist kein zweistelliger ISO-Ländercode.", "'{country}' is not a two-letter ISO code."),
    "bad_postcode": ("„{postcode}“ ist keine fünfstellige Postleitzahl.", "'{postcode}' is not a five-digit postcode."),
    "bad_vat_id": ("„{vat_id}“ ist keine gültige USt-IdNr.", "'{vat_id}' is not a valid VAT ID."),
    "vat_id_checksum": ("„{vat_id}“ ist keine gültige USt-IdNr.: die Prüfziffer stimmt nicht (Tippfehler?).",
                        "'{vat_id}' is not a valid VAT ID: its check digit is wrong (a typo?)."),
    "vat_id_length": ("„{vat_id}“ ist keine gültige USt-IdNr.: sie hat zu viele oder zu wenige Stellen "
                      "(deutsche: DE und 9 Ziffern).",
                      "'{vat_id}' is not a valid VAT ID: it has too many or too few characters "
                      "(German ones: DE and 9 digits)."),
    "vat_id_country": ("„{vat_id}“ ist keine gültige USt-IdNr.: sie beginnt nicht mit dem Kürzel eines "
                       "EU-Mitgliedstaats (z. B. DE, AT, FR).",
                       "'{vat_id}' is not a valid VAT ID: it does not start with the code of an EU member state "
                       "(e.g. DE, AT, FR)."),
    "bad_register_number": ("„{value}“ ist keine gültige Registernummer. Erwartet werden Registergericht, "
                            "Registerart und Nummer, z. B. „Amtsgericht Stuttgart HRB 123456“.",
                            "'{value}' is not a valid register number. Expected are the register court, the "
                            "register type and the number, e.g. 'Amtsgericht Stuttgart HRB 123456'."),
    "register_court_unknown": ("„{value}“: das Registergericht ist unbekannt. Bitte den Ort des Amtsgerichts "
                               "angeben, z. B. „Amtsgericht Stuttgart HRB 123456“.",
                               "'{value}': the register court is unknown. Give the place of the local court, "
                               "e.g. 'Amtsgericht Stuttgart HRB 123456'."),
    "register_type_mismatch": ("„{value}“: eine {legal_form} steht im Register {expected}.",
                               "'{value}': a {legal_form} is registered in {expected}."),
    "bad_email": ("„{email}“ ist keine E-Mail-Adresse.", "'{email}' is not an e-mail address."),
    "measure_exists": ("Die Maßnahme „{measure}“ existiert bereits.", "Measure '{measure}' already exists."),
    "cluster_exists": ("„{cluster}“ existiert bereits.", "'{cluster}' already exists."),
    "changed_meanwhile": ("Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden; nichts wurde "
                          "überschrieben.",
                          "Someone else changed this record meanwhile. Please reload; nothing was overwritten."),
    "integrity": ("Die Datenbank hat die Änderung abgelehnt, weil sie nicht zu den gespeicherten Daten passt; es "
                  "wurde nichts geändert. Bitte neu laden und erneut versuchen.",
                  "The database refused the change because it does not fit the stored data; nothing was changed. "
                  "Please reload and try again."),
    "duplicate": ("Jemand anderes hat soeben einen gleichen Datensatz gespeichert; es wurde nichts geändert. Bitte "
                  "neu laden und erneut versuchen.",
                  "Someone else has just saved the same record; nothing was changed. Please reload and try again."),
    "deadlock": ("Ein gleichzeitiger Vorgang eines anderen Benutzers kam dazwischen; es wurde nichts geändert. "
                 "Bitte erneut versuchen.",
                 "Another user's simultaneous operation got in the way; nothing was changed. Please try again."),
    "database_busy": ("Die Datenbank ist gerade von einem anderen Vorgang gesperrt; es wurde nichts geändert. "
                      "Bitte erneut versuchen.",
                      "The database is locked by another operation; nothing was changed. Please try again."),
    "connection_lost": ("Die Verbindung zur Datenbank ist unterbrochen oder der Server ist nicht erreichbar; es wurde "
                        "nichts geändert. Bitte später erneut versuchen – das Programm verbindet sich dann neu.",
                        "The connection to the database is broken or the server cannot be reached; nothing was "
                        "changed. Please try again later – the program then reconnects."),
    "connection_lost_commit": ("Die Verbindung zur Datenbank brach beim Speichern ab. Die Datenbank hat den Vorgang "
                               "ganz oder gar nicht ausgeführt, nie halb; bitte neu laden und nachsehen.",
                               "The connection to the database broke while saving. The database did all of it or "
                               "nothing, never half; please reload and look."),
    "no_programme": ("Es ist keine Programmversion eingerichtet.", "No programme version is set up."),
    "backup_sqlite_only": ("Eine Sicherung ist nur für eine SQLite-Datenbankdatei möglich.",
                           "A backup is only possible for an SQLite database file."),
    "restore_not_sqlite": ("{path} ist keine SQLite-Datenbank; es wurde nichts geändert.",
                           "{path} is not an SQLite database; nothing was changed."),
    "restore_not_ours": ("{path} ist keine Datenbank von bwi-vouchers (es fehlen deren Tabellen); es wurde nichts "
                         "geändert.",
                         "{path} is not a bwi-vouchers database (its tables are missing); nothing was changed."),
    "restore_newer": ("{path} stammt von einer neueren Programmversion (Schema {revision}); bitte zuerst das "
                      "Programm aktualisieren. Es wurde nichts geändert.",
                      "{path} comes from a newer version of the program (schema {revision}); please update the "
                      "program first. Nothing was changed."),
    "restore_damaged": ("{path} ist beschädigt und kann nicht wiederhergestellt werden; es wurde nichts geändert.",
                        "{path} is damaged and cannot be restored; nothing was changed."),
    "restore_unreadable": ("{path} kann nicht gelesen werden: {detail}", "Cannot read {path}: {detail}"),
    "restore_same_file": ("{path} ist die geöffnete Datenbank selbst; bitte eine Sicherung wählen.",
                          "{path} is the open database itself; please choose a backup."),
    "restore_failed": ("Die Wiederherstellung ist fehlgeschlagen; die bisherige Datenbank ist unverändert: {detail}",
                       "The restore failed; the database is unchanged: {detail}"),
    "demo_not_empty": (("Die Datenbank enthält bereits {count} Antrag; Demodaten nur in eine leere Datenbank laden.",
                        "Die Datenbank enthält bereits {count} Anträge; Demodaten nur in eine leere Datenbank "
                        "laden."),
                       ("The database already holds {count} application; load demo data into an empty one only.",
                        "The database already holds {count} applications; load demo data into an empty one only.")),
    "cannot_open_database": ("Die Datenbank kann nicht geöffnet werden: {detail}",
                             "Cannot open the database: {detail}"),
    "cancelled": ("Abgebrochen; es wurde nichts geändert.", "Cancelled; nothing was changed."),
    "file_exists": ("Die Datei {path} existiert bereits.", "The file {path} already exists."),
    "last_admin": ("{user} ist der letzte Administrator; die Rolle „Administration“ muss bei mindestens einem "
                   "aktiven Benutzer bleiben.",
                   "{user} is the last admin; at least one active user must keep the admin role."),
    "bad_sources": ("{field}: „{value}“ – die Namen müssen verschieden sein und dürfen kein Komma enthalten.",
                    "{field}: '{value}' – the names must differ and contain no comma."),
    "cannot_write": ("Die Datei {path} kann nicht geschrieben werden: {detail}",
                     "Cannot write {path}: {detail}"),
    # letters
    "folder_unusable": ("Der Ordner {path} kann nicht angelegt werden: {detail}",
                        "The folder {path} cannot be created: {detail}"),
    "template_missing": ("Die Briefvorlage {path} fehlt oder ist nicht lesbar: {detail}",
                         "The letter template {path} is missing or unreadable: {detail}"),
    "template_broken": ("Die Briefvorlage {path} ist fehlerhaft: {detail}",
                        "The letter template {path} is broken: {detail}"),
    "template_unknown_field": ("Die Briefvorlage {template} verwendet ein Feld, das es nicht gibt: {detail}",
                               "The letter template {template} uses a field that does not exist: {detail}"),
    "no_letter_for_status": ("{reference} ist „{status}“; dafür gibt es keinen passenden Brief.",
                             "{reference} is '{status}'; no letter fits that."),
    "soffice_missing": ("LibreOffice (soffice) ist nicht installiert; es wurden keine PDF-Dateien erstellt.",
                        "LibreOffice (soffice) is not installed; no PDF files were made."),
    "pdf_timeout": (("LibreOffice hat {count} Brief nicht rechtzeitig in PDF umgewandelt.",
                     "LibreOffice hat {count} Briefe nicht rechtzeitig in PDF umgewandelt."),
                    ("LibreOffice did not convert {count} letter to PDF in time.",
                     "LibreOffice did not convert {count} letters to PDF in time.")),
    "pdf_failed": ("Die PDF-Umwandlung mit LibreOffice ist fehlgeschlagen: {detail}",
                   "The PDF conversion with LibreOffice failed: {detail}"),
    # spreadsheet files
    "not_xlsx": ("{path}: bitte eine Excel-Arbeitsmappe mit der Endung .xlsx angeben.",
                 "{path}: please name an Excel workbook ending in .xlsx."),
    "file_missing": ("Die Datei {path} existiert nicht.", "The file {path} does not exist."),
    "file_empty": ("Die Datei {path} ist leer.", "The file {path} is empty."),
    "file_too_large": ("Die Datei {path} ist zu groß ({size}); höchstens {limit} werden eingelesen.",
                       "The file {path} is too large ({size}); at most {limit} are read."),
    "file_too_large_unpacked": ("Die Datei {path} ist entpackt zu groß ({size}); höchstens {limit} werden eingelesen.",
                                "The file {path} is too large unpacked ({size}); at most {limit} are read."),
    "file_encrypted": ("Die Datei {path} ist mit einem Kennwort geschützt. Bitte ohne Kennwort speichern und erneut "
                       "importieren.",
                       "The file {path} is password-protected. Please save it without a password and import again."),
    "file_old_format": ("Die Datei {path} hat das alte Excel-Format (.xls). Bitte als Excel-Arbeitsmappe (.xlsx) "
                        "speichern.",
                        "The file {path} is in the old Excel format (.xls). Please save it as an .xlsx workbook."),
    "file_broken": ("Die Datei {path} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {detail}",
                    "The file {path} is not a readable Excel workbook (.xlsx): {detail}"),
    "too_many_rows": ("Die Datei {path} hat mehr als {limit} Zeilen; bitte in kleineren Teilen importieren.",
                      "The file {path} has more than {limit} rows; please import it in smaller parts."),
    "import_no_sheets": ("Die Datei {path} enthält keines der Blätter {sheets}. Die Vorlage schreibt "
                         "„bwi-vouchers template DATEI.xlsx“.",
                         "The file {path} has none of the sheets {sheets}. "
                         "'bwi-vouchers template FILE.xlsx' writes the template."),
    "import_missing_columns": ("Blatt „{sheet}“: die Spalte(n) {columns} fehlen (Überschriften in Zeile 1, genau wie "
                               "in der Vorlage).",
                               "Sheet '{sheet}': column(s) {columns} missing (headers in row 1, exactly as in the "
                               "template)."),
    "import_unknown_columns": ("Blatt „{sheet}“: unbekannte Spalte(n) {columns} (Überschriften genau wie in der "
                               "Vorlage; zusätzliche Spalten bitte entfernen).",
                               "Sheet '{sheet}': unknown column(s) {columns} (headers exactly as in the template; "
                               "please remove extra columns)."),
    "import_no_rows": ("Die Datei {path} enthält keine Datenzeilen.", "The file {path} holds no data rows."),
    "import_cancelled": ("Der Import wurde abgebrochen; es wurde nichts übernommen.",
                         "The import was cancelled; nothing was taken over."),
    # import: one cell or row (the command line names sheet, row and column before these)
    "cell_required": ("Pflichtangabe fehlt.", "Required value missing."),
    "cell_not_date": ("„{value}“ ist kein Datum (TT.MM.JJJJ).", "'{value}' is not a date (DD.MM.YYYY)."),
    "cell_not_number": ("„{value}“ ist keine Zahl.", "'{value}' is not a number."),
    "cell_not_integer": ("„{value}“ ist keine ganze Zahl.", "'{value}' is not a whole number."),
    "cell_not_amount": ("„{value}“ ist kein Betrag (z. B. 2.500,00).", "'{value}' is not an amount (e.g. 2.500,00)."),
    "cell_negative": ("„{value}“ darf nicht negativ sein.", "'{value}' must not be negative."),
    "cell_decimals": ("„{value}“ hat mehr als zwei Nachkommastellen.", "'{value}' has more than two decimals."),
    "cell_too_large": ("„{value}“ ist unplausibel groß.", "'{value}' is implausibly large."),
    "cell_not_yes_no": ("„{value}“ – bitte „ja“ oder „nein“.", "'{value}' – please 'ja' or 'nein'."),
    "cell_choice": ("„{value}“ ist nicht zulässig; möglich: {known}.", "'{value}' is not allowed; allowed: {known}."),
    "cell_too_long": ("Der Text ist zu lang (höchstens {max} Zeichen).",
                      "The text is too long (at most {max} characters)."),
    "cell_unknown_country": ("„{value}“ ist kein Land (ISO-Code wie JP oder deutscher Name).",
                             "'{value}' is not a country (ISO code such as JP, or the German name)."),
    "cell_unknown_theme": ("„{value}“ ist kein Zielfeld (Nummer 1–18 oder Name).",
                           "'{value}' is not a target field (number 1–18 or name)."),
    "cell_unknown_cluster": ("Cluster/Netzwerk „{value}“ ist nicht registriert (auch nicht im Blatt „Cluster“).",
                             "Cluster or network '{value}' is not registered (nor in the sheet 'Cluster')."),
    "cell_unknown_measure": ("Maßnahme „{value}“ ist nicht bekannt (auch nicht im Blatt „Maßnahmen“).",
                             "Measure '{value}' is unknown (nor in the sheet 'Maßnahmen')."),
    "figures_incomplete": ("Beschäftigte, Jahresumsatz und Bilanzsumme nur zusammen angeben.",
                           "Give staff, turnover and balance-sheet total together."),
    "bad_salutation": ("„{value}“ ist keine Anrede: bitte „Frau“, „Herr“ oder leer.",
                       "'{value}' is not a salutation: please 'Frau', 'Herr' or empty."),
    "contact_missing": ("Zur E-Mail-Adresse fehlt der Ansprechpartner.", "The e-mail address lacks a contact person."),
    "import_needs_admin": ("Cluster und Netzwerke legen nur Administratoren an; {user} ist keiner.",
                           "Only admins add clusters and networks; {user} is not one."),
}

ERROR.update(CHECK_ERRORS)
ERROR.update(IDENTITY_ERRORS)
ERROR.update(CASE_ERRORS)
ERROR.update(LETTER_ERRORS)
ERROR.update(PROOF_ERRORS)

FIELD = {
    "costs": ("Kosten", "costs"), "amount": ("Betrag", "amount"), "reason": ("Begründung", "reason"),
    "receipt_date": ("Antragseingang", "receipt date"), "requested_amount": ("Beantragter Betrag", "requested amount"),
    "name": ("Name", "name"), "login": ("Anmeldename", "login"), "roles": ("Rollen", "roles"),
    "year": ("Jahr", "year"), "source": ("Mittelherkunft", "funding source"), "status": ("Status", "status"),
    "company": ("Unternehmen", "company"), "measure": ("Maßnahme", "measure"), "theme": ("Zielfeld", "target field"),
    "cluster": ("Cluster/Netzwerk", "cluster"), "postcode": ("PLZ", "postcode"), "vat_id": ("USt-IdNr.", "VAT ID"),
    "turnover": ("Jahresumsatz", "turnover"), "balance_sheet_total": ("Bilanzsumme", "balance-sheet total"),
    "annual_work_units": ("Beschäftigte (JAE)", "annual work units"),
    "deminimis_amount": ("De-minimis-Betrag", "de minimis amount"),
    "early_start_consent": ("Zustimmung vorzeitiger Beginn", "early-start consent"),
    "end_date": ("Ende", "end"), "title": ("Titel", "title"), "country": ("Zielland", "country"),
    "code": ("Code", "code"), "type": ("Art", "type"), "valid_to": ("Mitglied bis", "member until"),
    "grant_date": ("Gewährungsdatum", "grant date"), "email": ("E-Mail", "e-mail"),
    "valid_from": ("Gültig ab", "valid from"), "rate": ("Fördersatz", "rate"), "cap": ("Höchstbetrag", "cap"),
    "min_costs": ("Mindestkosten", "minimum costs"),
    "max_vouchers_per_year": ("Gutscheine je Jahr", "vouchers per year"),
    "deminimis_ceiling": ("De-minimis-Höchstbetrag", "de minimis ceiling"),
    "deminimis_years": ("De-minimis-Zeitraum (Jahre)", "de minimis period (years)"),
    "proof_months": ("Frist Verwendungsnachweis (Monate)", "proof-of-use deadline (months)"),
    "lead_days": ("Vorlauf (Tage)", "lead (days)"),
    "deminimis_basis": ("Rechtsgrundlage De-minimis", "de minimis legal basis"),
    "deminimis_basis_title": ("Titel der Rechtsgrundlage", "title of the legal basis"),
    "sme_staff_limit": ("KMU-Grenze Beschäftigte (JAE)", "SME limit staff (AWU)"),
    "sme_turnover_limit": ("KMU-Grenze Jahresumsatz", "SME limit turnover"),
    "sme_balance_limit": ("KMU-Grenze Bilanzsumme", "SME limit balance-sheet total"),
    "funding_sources": ("Mittelherkünfte", "funding sources"),
    "default_source": ("Standard-Mittelherkunft", "default funding source"),
    "measure_types": ("Maßnahmenarten", "measure types"), "kind": ("Art", "kind"), "region": ("Region", "region"),
    "granting_body": ("Beihilfegeber", "granting body"), "contact": ("Ansprechpartner", "contact person"),
    "salutation": ("Anrede", "salutation"),
    "reference_year": ("Bezugsjahr", "reference year"), "start_date": ("Beginn", "start"),
    "city": ("Ort", "city"), "street": ("Straße", "street"), "phone": ("Telefon", "phone"),
}

FIELD.update({key: value for key, value in CHECK_FIELDS.items() if key not in FIELD})
FIELD.update({key: value for key, value in CASE_FIELDS.items() if key not in FIELD})
FIELD.update({key: value for key, value in PROOF_FIELDS.items() if key not in FIELD})

MONEY_KEYS = frozenset({"costs", "minimum", "maximum",
                        "total", "amount", "ceiling", "headroom", "requested", "available",
                        "turnover", "balance", "turnover_limit", "balance_limit", "used"})
DATE_KEYS = frozenset({"receipt", "start", "consent", "since", "due", "date", "earliest", "latest", "end"})
NUMBER_KEYS = frozenset({"awu", "count", "limit", "lead_days", "max"})  # digits grouped, decimals as they are


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

NUMBER_WORDS = {  # numbers up to twelve are written as words in running text (DIN 5008)
    2: ("zwei", "two"), 3: ("drei", "three"), 4: ("vier", "four"), 5: ("fünf", "five"), 6: ("sechs", "six"),
    7: ("sieben", "seven"), 8: ("acht", "eight"), 9: ("neun", "nine"), 10: ("zehn", "ten"), 11: ("elf", "eleven"),
    12: ("zwölf", "twelve"),
}


def number_word(number: int, language: str = "de") -> str:
    """2 → ``zwei``; numbers above twelve stay digits."""
    words = NUMBER_WORDS.get(number)
    return words[_language_index(language)] if words else str(number)


def years_period(years: int, language: str = "de") -> str:
    """A span of years after "von"/"of": ``fünf Jahren``, ``einem Jahr`` (the de-minimis window of a letter)."""
    if years == 1:
        return ("einem Jahr", "one year")[_language_index(language)]
    return f"{number_word(years, language)} " + ("Jahren", "years")[_language_index(language)]


def last_years(years: int, language: str = "de") -> str:
    """``in den letzten fünf Jahren`` / ``im letzten Jahr``: the rolling window as a rule reason names it."""
    if years == 1:
        return ("im letzten Jahr", "in the last year")[_language_index(language)]
    return ("in den letzten {} Jahren", "in the last {} years")[_language_index(language)].format(
        number_word(years, language))


def _language_index(language: str) -> int:
    return 1 if language.lower().startswith("en") else 0


def format_value(key: str, value: Any, language: str = "de") -> str:
    """A parameter as it reads in a sentence: money and dates per language, statuses and types in words."""
    text = str(value)
    index = _language_index(language)
    if key in MONEY_KEYS:
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return text
        return formats.money(amount, language)
    if key in DATE_KEYS:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return text
        return formats.day(day, language)
    if isinstance(value, FileSize):
        return formats.size(value, language)
    if key in NUMBER_KEYS and not isinstance(value, bool) and _NUMBER.match(text):
        return formats.number(Decimal(text).normalize(), language)
    if key == "years" and text.isdigit():
        return last_years(int(text), language)
    if key == "field":
        return FIELD.get(text, (text, text))[index]
    if key in ("status", "target"):
        return STATUS.get(text, (text, text))[index]
    if key == "type":
        return MEASURE_TYPE.get(text, (text, text))[index]
    if key == "role":
        return ROLE.get(text, (text, text))[index]
    return text


def _fill(template: Template, params: Mapping[str, Any], language: str) -> str:
    if isinstance(template, tuple):  # "1 weiterer Gutschein" / "2 weitere Gutscheine"
        count = params.get("count", 0)
        one = str(count).isdigit() and formats.plural_form(int(str(count)), language) == "one"
        template = template[0 if one else 1]
    values = {key: format_value(key, value, language) for key, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template + " " + ", ".join(f"{k}={v}" for k, v in values.items())


def reason_text(reason: str, params: Mapping[str, Any], language: str = "de") -> str:
    pair = REASON.get(reason)
    if pair is None:
        return reason + (" (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")" if params else "")
    text = _fill(pair[_language_index(language)], params, language)
    return text[:1].upper() + text[1:]  # "{type} abroad": "location presentation" starts the sentence


def error_text(code: str, params: Mapping[str, Any], language: str = "de") -> str:
    pair = ERROR.get(code)
    if pair is None:
        return code + (" (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")" if params else "")
    return _fill(pair[_language_index(language)], params, language)


def status_text(status: str, language: str = "de") -> str:
    return STATUS.get(status, (status, status))[_language_index(language)]


def rule_title(rule: str, language: str = "de") -> str:
    return RULE_TITLE.get(rule, (rule, rule))[_language_index(language)]


def role_text(role: str, language: str = "de") -> str:
    return ROLE.get(role, (role, role))[_language_index(language)]
