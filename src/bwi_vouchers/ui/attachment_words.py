"""The kinds of attachment in the user's language (the list, the kind picker and the history use them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bwi_vouchers.domain.attachments import AttachmentKind


def kind_words() -> dict[AttachmentKind, str]:
    translate = QCoreApplication.translate
    return {
        AttachmentKind.APPLICATION: translate("AttachmentWords", "Application form"),
        AttachmentKind.RECEIPT: translate("AttachmentWords", "Receipt"),
        AttachmentKind.PROOF: translate("AttachmentWords", "Proof of use"),
        AttachmentKind.CORRESPONDENCE: translate("AttachmentWords", "Correspondence"),
        AttachmentKind.OTHER: translate("AttachmentWords", "Other"),
    }


def kind_word(code: object) -> str:
    """The word for a stored kind code; the code itself when it is none of ours."""
    for kind, word in kind_words().items():
        if kind.value == code:
            return word
    return str(code)
