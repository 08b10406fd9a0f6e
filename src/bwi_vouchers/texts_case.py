"""Words for the refusals around an application's attachments and comments (taken in by ``texts.ERROR``)."""

from __future__ import annotations

ERRORS = {
    "attachment_too_large": ("Die Datei {path} ist zu groß ({size}); ein Anhang darf höchstens {limit} "
                             "groß sein. Bitte die Datei verkleinern (z. B. als PDF mit geringerer Auflösung) "
                             "oder aufteilen.",
                             "The file {path} is too large ({size}); an attachment may be at most {limit}. "
                             "Please make it smaller (e.g. a PDF at a lower resolution) or split it."),
    "attachment_empty": ("Die Datei {path} ist leer (0 Byte) und wird nicht angehängt.",
                         "The file {path} is empty (0 bytes) and is not attached."),
    "attachment_unreadable": ("Die Datei {path} kann nicht gelesen werden: {detail}.",
                              "The file {path} cannot be read: {detail}."),
    "attachment_not_a_file": ("{path} ist keine Datei (ein Ordner?); angehängt werden nur Dateien.",
                              "{path} is not a file (a folder?); only files can be attached."),
    "attachment_no_name": ("Ein Anhang braucht einen Dateinamen.", "An attachment needs a file name."),
    "attachment_replace_one": ("Ersetzt wird ein Anhang durch genau eine Datei.",
                               "An attachment is replaced by exactly one file."),
    "attachment_not_current": ("Anhang Nr. {id} von {reference} gibt es nicht oder er ist bereits ersetzt.",
                               "Attachment no. {id} of {reference} does not exist or is already superseded."),
    "unknown_attachment": ("Anhang Nr. {id} von {reference} gibt es nicht.",
                           "Attachment no. {id} of {reference} does not exist."),
    "attachment_damaged": ("Der Inhalt des Anhangs „{name}“ von {reference} fehlt oder passt nicht mehr zu seiner "
                           "Prüfsumme (SHA-256); die Datenbank ist beschädigt oder wurde von Hand geändert.",
                           "The content of attachment '{name}' of {reference} is missing or no longer matches its "
                           "checksum (SHA-256); the database is damaged or was changed by hand."),
    "unknown_attachment_kind": ("„{kind}“ ist keine Art von Anhang; möglich: {kinds}.",
                                "'{kind}' is not a kind of attachment; possible: {kinds}."),
}

FIELDS = {
    "file_name": ("Dateiname", "file name"),
    "files": ("Dateien", "files"),
    "comment": ("Kommentar", "comment"),
}
