"""Attachments: their kinds, the size limit, and a file name made safe for writing into a folder.

A file name that came with an attachment is data: stored and shown as given, and turned into a name for a
file on disk only through :func:`safe_file_name` (no folders, no ``..``, nothing Windows refuses).
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

#: The largest file accepted (25 MB); a team database shares every byte of it.
MAX_SIZE = 25 * 1024 * 1024
#: The longest file name stored (the column's width).
MAX_NAME = 500


class AttachmentKind(Enum):
    """What an attached file is (DESIGN §4); the German word is what clerks type and read."""

    APPLICATION = "application_form"  # Antrag (the signed application)
    RECEIPT = "receipt"  # Beleg
    PROOF = "proof_of_use"  # Verwendungsnachweis
    CORRESPONDENCE = "correspondence"  # Schriftverkehr
    OTHER = "other"  # Sonstiges


GERMAN = {
    AttachmentKind.APPLICATION: "Antrag",
    AttachmentKind.RECEIPT: "Beleg",
    AttachmentKind.PROOF: "Verwendungsnachweis",
    AttachmentKind.CORRESPONDENCE: "Schriftverkehr",
    AttachmentKind.OTHER: "Sonstiges",
}


def parse_kind(text: str) -> AttachmentKind | None:
    """A kind from its code or German word, any case (``beleg``, ``receipt``); None when it is neither."""
    wanted = text.strip().casefold()
    for kind in AttachmentKind:
        if wanted in (kind.value.casefold(), GERMAN[kind].casefold()):
            return kind
    return None


_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.IGNORECASE)
_FORBIDDEN = re.compile('[<>:"/\\\\|?*\x00-\x1f\x7f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]')
#: Characters shown as ``\\u202e`` and the like: invisible or reordering text (with U+202E, a name
#: "rechnung<U+202E>fdp.exe" reads as "rechnungexe.pdf").
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_MAX_BYTES = 200  # well below every file system's 255, leaving room for " (12)"
FALLBACK = "Anhang"


def shown_name(name: str) -> str:
    """A stored file name as it is shown: invisible and direction-changing characters written as ``\\u202e``."""
    return _HIDDEN.sub(lambda match: f"\\u{ord(match.group()):04x}", name)


def safe_file_name(name: str) -> str:
    """``name`` as a plain file name that is safe on Windows, macOS and Linux.

    Path separators and the characters Windows forbids become ``_``; leading dots and spaces and trailing
    dots and spaces go (no hidden files, no ``..``); a reserved device name (``con``, ``lpt1`` …) gets a
    leading ``_``; a very long name is shortened, keeping its ending. Never empty."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("_", text)
    text = text.strip(" .")
    if not text:
        text = FALLBACK
    if _RESERVED.match(text.split(".", 1)[0].rstrip(" ")):
        text = "_" + text
    if len(text.encode("utf-8")) > _MAX_BYTES:
        base, ending = _split(text)
        ending = ending if len(ending.encode("utf-8")) <= 20 else ""
        room = _MAX_BYTES - len(ending.encode("utf-8"))
        base = base.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .")
        text = (base or FALLBACK) + ending
    return text


def _split(name: str) -> tuple[str, str]:
    """(stem, ending with its dot): ``bericht.final.pdf`` → (``bericht.final``, ``.pdf``)."""
    base, dot, ending = name.rpartition(".")
    if not dot or not base:
        return name, ""
    return base, "." + ending


def unique_names(names: list[str], taken: set[str] | None = None) -> list[str]:
    """Safe names for files written into one folder: equal ones (compared without case, as Windows and macOS
    do) become ``name (2).pdf``, ``name (3).pdf`` …; ``taken`` are names already in the folder."""
    used = {n.casefold() for n in (taken or set())}
    result = []
    for name in names:
        safe = safe_file_name(name)
        candidate, number = safe, 1
        while candidate.casefold() in used:
            number += 1
            base, ending = _split(safe)
            candidate = f"{base} ({number}){ending}"
        used.add(candidate.casefold())
        result.append(candidate)
    return result

