"""Builds the shipped letter templates (approval, rejection, payout, reminder, revocation, amendment .docx) with python-docx.

Run it after changing a text here:  .venv/bin/python templates/build_templates.py
The .docx files it writes are committed as well; admins may copy and edit them in Word (fields are
documented in README.md). Layout follows DIN 5008 (form B): return line and address window on the left,
reference block on the right, subject in bold, a signature block and a footer with the sender.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letter_texts import LETTERS, Block  # noqa: E402  (the words live beside this script)

SENDER = "Baden-Württemberg International GmbH"
SENDER_LINE = f"{SENDER} · Haus der Wirtschaft · Willi-Bleicher-Straße 19 · 70174 Stuttgart"
RETURN_LINE = f"{SENDER} · Willi-Bleicher-Str. 19 · 70174 Stuttgart"
BLUE = RGBColor(0x00, 0x3B, 0x6F)
GREY = RGBColor(0x59, 0x59, 0x59)
FIXED_TIME = datetime(2026, 1, 1, 9, 0, 0)  # reproducible document properties


def _base() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(32), Mm(25)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.1
    for name in ("List Bullet", "List Number"):
        doc.styles[name].paragraph_format.space_after = Pt(3)
    props = doc.core_properties
    props.author = props.last_modified_by = SENDER
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    return doc


def _run(paragraph, text: str, *, bold: bool = False, size: float | None = None, color: RGBColor | None = None):
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    return run


def _field(paragraph, instruction: str, size: float) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    props.append(sz)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _bottom_border(paragraph, color: str = "003B6F") -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def _letterhead_and_footer(doc: Document) -> None:
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(head, "Baden-Württemberg International", bold=True, size=15, color=BLUE)
    sub = section.header.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(sub, "Internationalisierungsgutscheine für Cluster und Netzwerke", size=8.5, color=GREY)
    _bottom_border(sub)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(foot, SENDER_LINE + " · www.bw-i.de", size=7.5, color=GREY)
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(pages, "Seite ", size=7.5, color=GREY)
    _field(pages, "PAGE", 7.5)
    _run(pages, " von ", size=7.5, color=GREY)
    _field(pages, "NUMPAGES", 7.5)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_paragraph(cell, first: bool):
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


def _address_block(doc: Document) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    left, right = table.rows[0].cells
    left.width, right.width = Mm(95), Mm(70)
    line = _cell_paragraph(left, True)
    _run(line, RETURN_LINE, size=6, color=GREY).underline = True
    _cell_paragraph(left, False)
    for text in ("{{ company_name }}", "{%p if contact_name %}", "z. Hd. {{ contact_addressee }}", "{%p endif %}",
                 "{%p if company_street %}", "{{ company_street }}", "{%p endif %}", "{{ company_postcode_city }}"):
        _run(_cell_paragraph(left, False), text)
    first = True
    for label, value in (("Ihr Antrag vom", "{{ receipt_date }}"), ("Aktenzeichen", "{{ reference }}"),
                         ("Ansprechperson", "{{ clerk_name }}"), ("Maßnahme", "{{ measure_code }}")):
        _run(_cell_paragraph(right, first), label, size=7.5, color=GREY)
        first = False
        value_paragraph = _cell_paragraph(right, False)
        value_paragraph.paragraph_format.space_after = Pt(3)
        _run(value_paragraph, value, size=9.5)
    place = doc.add_paragraph()
    place.paragraph_format.space_before = Pt(18)
    place.paragraph_format.space_after = Pt(18)
    place.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(place, "Stuttgart, {{ letter_date }}")


def _cell_border(cell, edge: str, color: str = "595959") -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    element = OxmlElement(f"w:{edge}")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", color)):
        element.set(qn(key), value)
    borders.append(element)
    tc_pr.append(borders)


def _table(doc: Document, rows: list[tuple[str, str, bool]], *, money: bool) -> None:
    """Label and value per row: money right-aligned under each other, facts left-aligned after the label."""
    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    widths = (Mm(115), Mm(50)) if money else (Mm(50), Mm(115))
    for label, value, bold in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = widths
        left, right = _cell_paragraph(cells[0], True), _cell_paragraph(cells[1], True)
        if money:
            right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(left, label, bold=bold, color=None if money else GREY)
        _run(right, value, bold=bold)
        if bold:
            _cell_border(cells[0], "top")
            _cell_border(cells[1], "top")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _paragraph(doc: Document, block: Block) -> None:
    style = {"bullet": "List Bullet", "number": "List Number"}.get(block.kind)
    paragraph = doc.add_paragraph(style=style)
    if block.kind == "heading":
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        _run(paragraph, block.text, bold=True, color=BLUE)
        return
    if block.kind == "small":
        _run(paragraph, block.text, size=8.5, color=GREY)
        return
    for index, piece in enumerate(block.text.split("**")):
        if piece:
            _run(paragraph, piece, bold=index % 2 == 1)


def _signature(doc: Document, signer: str) -> None:
    lines = [("Mit freundlichen Grüßen", 12, 0), (SENDER, 0, 22), ("Im Auftrag", 0, 0), (signer, 0, 4)]
    for text, before, after in lines:
        paragraph = doc.add_paragraph(text)
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.keep_with_next = True
    note = doc.add_paragraph()
    _run(note, "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.", size=8, color=GREY)


def build(kind: str, folder: Path) -> Path:
    letter = LETTERS[kind]
    doc = _base()
    doc.core_properties.title = f"Internationalisierungsgutschein – {letter.title}"
    _letterhead_and_footer(doc)
    _address_block(doc)
    subject = doc.add_paragraph()
    _run(subject, f"Internationalisierungsgutschein – {letter.title}", bold=True, size=11.5)
    _run(subject, "\nAktenzeichen {{ reference }} · {{ measure_code }} „{{ measure_title }}“", bold=True)
    subject.paragraph_format.space_after = Pt(12)
    doc.add_paragraph("{{ salutation }}")
    for block in letter.blocks:
        if block.kind in ("figures", "facts"):
            _table(doc, list(block.rows), money=block.kind == "figures")
        else:
            _paragraph(doc, block)
    _signature(doc, letter.signer)
    target = folder / f"{kind}.docx"
    doc.save(str(target))
    return target


def main() -> None:
    for kind in LETTERS:
        print(build(kind, HERE))


if __name__ == "__main__":
    main()
