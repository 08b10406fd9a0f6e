"""Every letter accounted for: a letter carries its final name only when its record exists.

The order for each letter (``LetterService``):

1. render into a temporary file beside the target, ``.~NAME.xxxxxxxx.docx.part``, flushed to disk;
2. record it — a generated-document row with the final path and the SHA-256, and its audit event — in one
   unit of work, and commit;
3. rename the temporary file to the final name (one atomic step on the same file system).

A kill before 2 commits leaves a temporary file without a record; a kill between 2 and 3 leaves a record
whose file still has its temporary name, complete (flushed before the commit) and with the recorded hash.
Neither ever shows a final name without a record. ``settle_folder`` runs at the start of every batch into a
folder and resolves both cases: a temporary file whose target path and hash are recorded is renamed (the
batch is finished as it was committed), every other one is removed. After it, the folder holds no ``.part``
file of ours, and every letter file has its record.
"""

from __future__ import annotations

from pathlib import Path

from bwi_vouchers.atomic import finish, leftovers, temp_target
from bwi_vouchers.documents.render import sha256_of
from bwi_vouchers.errors import BwiError
from bwi_vouchers.storage.database import Database


def settle_folder(database: Database, folder: Path) -> tuple[int, int]:
    """Finish or remove what a killed batch left in ``folder``: (letters renamed, temporary files removed)."""
    temps = [(temp, target) for temp in leftovers(folder) if (target := temp_target(temp)) is not None]
    if not temps:
        return 0, 0
    names = [str(target) for _, target in temps]
    with database.unit_of_work() as uow:
        recorded = uow.document_hashes(names + [Path(n).name for n in names])
    renamed = removed = 0
    for temp, target in temps:
        try:
            digest = sha256_of(temp)
        except OSError:
            continue
        if (str(target), digest) in recorded or (target.name, digest) in recorded:
            if not (target.exists() and sha256_of(target) == digest):
                try:
                    finish(temp, target, recorded=True)
                    renamed += 1
                    continue
                except BwiError:
                    continue
        temp.unlink(missing_ok=True)
        removed += 1
    return renamed, removed
