"""Command-line commands for an application's case file: ``attach``, ``attachments``, ``comment``, ``comments``.

``cli.py`` adds them through ``register``; a handler gets the parsed arguments and the services and returns
the exit status (0 done, 1 refused); a ``BwiError`` is printed as one German line by ``cli.main``. File names
are printed with invisible characters escaped (``shown_name``): a name is data, never terminal control.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bwi_vouchers.domain.attachments import GERMAN, AttachmentKind, parse_kind, shown_name
from bwi_vouchers.errors import BwiError
from bwi_vouchers.formats import moment as format_moment
from bwi_vouchers.formats import size as format_size

if TYPE_CHECKING:  # the attachment service is imported when a case command runs
    from bwi_vouchers.services import Services
    from bwi_vouchers.services.attachments import AttachmentInfo

KINDS = ", ".join(GERMAN[kind] for kind in AttachmentKind)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    attach = sub.add_parser("attach", parents=[common], help="Dateien an einen Antrag anhängen (je höchstens 25 MB)")
    attach.add_argument("reference", metavar="REFERENCE")
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument("--kind", default="Sonstiges", metavar="KIND", help=f"Art des Anhangs: {KINDS}")
    attach.add_argument("--replaces", type=int, default=None, metavar="NR",
                        help="ersetzt den Anhang mit dieser Nummer (nur mit einer Datei)")
    attach.set_defaults(handler=cmd_attach)

    listing = sub.add_parser("attachments", parents=[common],
                             help="die Anhänge eines Antrags auflisten (Name, Art, Größe, SHA-256, wer, wann)")
    listing.add_argument("reference", metavar="REFERENCE")
    listing.add_argument("--extract", type=Path, default=None, metavar="DIR",
                         help="die aktuellen Anhänge unter ihrem Namen in diesen Ordner schreiben (wird angelegt)")
    listing.add_argument("--all", action="store_true", help="auch ersetzte Anhänge (mit --extract)")
    listing.set_defaults(handler=cmd_attachments)

    comment = sub.add_parser("comment", parents=[common], help="einen Kommentar an einen Antrag anfügen")
    comment.add_argument("reference", metavar="REFERENCE")
    comment.add_argument("text", metavar="TEXT")
    comment.set_defaults(handler=cmd_comment)

    comments = sub.add_parser("comments", parents=[common], help="die Kommentare eines Antrags zeigen")
    comments.add_argument("reference", metavar="REFERENCE")
    comments.set_defaults(handler=cmd_comments)


def _when(moment: datetime) -> str:
    return format_moment(moment)


def _label(info: AttachmentInfo) -> str:
    return f"Nr. {info.id} „{shown_name(info.file_name)}“"


def cmd_attach(args: argparse.Namespace, services: Services) -> int:
    kind = parse_kind(args.kind)
    if kind is None:
        raise BwiError("unknown_attachment_kind", kind=args.kind, kinds=KINDS)
    actor = services.users.acting(args.login)
    results = services.attachments.attach(actor.login, args.reference, args.files, kind, replaces=args.replaces)
    for result in results:
        info = result.info
        if not result.added:
            print(f"{info.reference}: {_label(info)} ist bereits angehängt (gleicher Inhalt) – unverändert.",
                  file=args.out)
            continue
        text = (f"{info.reference}: {_label(info)} angehängt – {GERMAN[info.kind]}, {format_size(info.size)}, "
                f"SHA-256 {info.sha256}")
        if result.replaced is not None:
            text += f"; ersetzt {_label(result.replaced)}"
        print(text, file=args.out)
    return 0


def cmd_attachments(args: argparse.Namespace, services: Services) -> int:
    if args.extract is not None:
        folder: Path = args.extract.expanduser()
        written = services.attachments.extract(args.reference, folder, superseded=args.all)
        for info, path in written:
            print(f"{_label(info)} → {path}", file=args.out)
        print(f"{len(written)} Datei(en) geschrieben nach {folder.resolve()}.", file=args.out)
        return 0
    rows = services.attachments.list(args.reference)
    if not rows:
        print(f"{args.reference.strip().upper()}: keine Anhänge.", file=args.out)
        return 0
    names = {user.login: user.display_name for user in services.users.list()}
    print(f"{'Nr.':>5}  {'Name':<36} {'Art':<20} {'Größe':>10}  {'SHA-256':<64}  {'von':<20} am", file=args.out)
    for info in rows:
        name = shown_name(info.file_name)
        print(f"{info.id:>5}  {name:<36} {GERMAN[info.kind]:<20} {format_size(info.size):>10}  {info.sha256}  "
              f"{names.get(info.added_by, info.added_by):<20} {_when(info.added_at)}", file=args.out)
        if info.superseded_at is not None:
            who = names.get(info.superseded_login or "", info.superseded_login or "")
            if info.superseded_by is not None:
                state = f"ersetzt durch Nr. {info.superseded_by}"
            else:
                state = "als versehentlich angehängt markiert"
            reason = f": {info.superseded_reason}" if info.superseded_reason else ""
            print(f"{'':>7}↳ {state} am {_when(info.superseded_at)} von {who}{reason}", file=args.out)
    current = sum(1 for info in rows if info.current)
    print(f"{current} aktuell, {len(rows) - current} ersetzt.", file=args.out)
    return 0


def cmd_comment(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    comment = services.comments.add(actor.login, args.reference, args.text)
    print(f"{comment.reference}: Kommentar von {comment.author} am {_when(comment.at)} gespeichert.", file=args.out)
    return 0


def cmd_comments(args: argparse.Namespace, services: Services) -> int:
    thread = services.comments.thread(args.reference)
    if not thread:
        print(f"{args.reference.strip().upper()}: noch keine Kommentare.", file=args.out)
    names = {user.login: user.display_name for user in services.users.list()} if thread else {}
    for comment in thread:
        print(f"{_when(comment.at)}  {names.get(comment.author, comment.author)}:", file=args.out)
        for line in comment.text.splitlines() or [""]:
            print(f"    {line}", file=args.out)
    return 0
