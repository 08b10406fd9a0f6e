"""An application's comment thread (DESIGN §4): author, time, text — append-only.

A comment is never changed or deleted (the database refuses it, on both engines); a correction is a new
comment. Anyone who may use the program may comment on any application, in any status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bwi_vouchers.errors import NotFoundError
from bwi_vouchers.services.base import Service, required_text
from bwi_vouchers.storage import case
from bwi_vouchers.storage.models import Comment

MAX_LENGTH = 4000


@dataclass(frozen=True)
class CommentInfo:
    id: int
    reference: str
    author: str
    at: datetime
    text: str


class CommentService(Service):
    def add(self, actor: str, reference: str, text: str) -> CommentInfo:
        """Append a comment (multi-line text, at most 4,000 characters) to the application's thread."""
        clean = required_text("comment", text, max_length=MAX_LENGTH, multiline=True)
        now = self.clock.now()
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor)
            app = uow.application_by_reference(reference)
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            row = uow.add(Comment(application_id=app.id, author=actor, at=now, text=clean))
            uow.flush()
            self._audit(uow, actor, "application", app.reference, "commented", {"comment": [None, clean]})
            return CommentInfo(row.id, app.reference, row.author, row.at, row.text)

    def thread(self, reference: str) -> list[CommentInfo]:
        """The application's comments, oldest first."""
        with self.db.unit_of_work() as uow:
            app = uow.application_by_reference(reference)
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            return [CommentInfo(c.id, app.reference, c.author, c.at, c.text)
                    for c in case.comments(uow.session, app.id)]
