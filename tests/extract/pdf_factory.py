"""Test PDFs drawn with reportlab: journal-like articles (front matter across the page, body in
columns, running header/footer, page numbers), an image-only PDF and an encrypted one.

In the text passed to these helpers, ``^{…}`` marks a superscript (70 % size, raised), e.g.
``"5 × 10^{6} cells/kg"`` or ``"therapy^{3,4}"``.
"""
from __future__ import annotations

import io
import re
from typing import Sequence

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SUP_RE = re.compile(r"\^\{([^}]*)\}")
FONT, BOLD = "Helvetica", "Helvetica-Bold"


def plain(text: str) -> str:
    """``text`` without the superscript markup (what a reader that flattens superscripts
    would see)."""
    return SUP_RE.sub(r"\1", text)


def draw_line(c: canvas.Canvas, x: float, y: float, text: str, size: float, font: str = FONT):
    """One line with its baseline at ``y`` (PDF coordinates, origin bottom-left)."""
    t = c.beginText(x, y)
    for k, part in enumerate(SUP_RE.split(text)):
        if part:
            t.setFont(font, size * 0.7 if k % 2 else size)
            t.setRise(size * 0.38 if k % 2 else 0)
            t.textOut(part)
    c.drawText(t)


def wrap(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Greedy wrap at spaces only, so no word is ever hyphenated by the factory."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(plain(candidate), font, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def article_pdf(*, title: str | None = None, before_title: Sequence[str] = (),
                after_title: Sequence[str] = (), abstract: str | None = None,
                body: Sequence = (), columns: int = 2, header: str | None = None,
                footer: str | None = None, page_numbers: bool = True, size: float = 9.5,
                title_size: float = 16, gutter: float = 24, margin: float = 54,
                stagger: float = 0, encrypt=None) -> bytes:
    """A US-letter article. Full width, top to bottom: ``before_title`` lines (8 pt), the title
    (``title_size``, wrapped), ``after_title`` lines, the ``abstract`` (wrapped); then ``body``
    paragraphs flow down the ``columns`` (left column first) over as many pages as needed.
    A body paragraph is a str (wrapped to the column) or a list of lines drawn as given (to
    control line breaks); a str starting with "# " is a bold heading. Every page gets the ``header``
    (top), the ``footer`` and a centred page number (bottom). Lines of neighbouring columns
    share baselines unless ``stagger`` moves each column that many points below the last."""
    width, height = letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, encrypt=encrypt)
    top, bottom = height - 90, 90
    leading = size * 1.3
    number = 1

    def furniture():
        if header:
            draw_line(c, margin, height - 36, header, 8)
        if footer:
            draw_line(c, margin, 24, footer, 7)
        if page_numbers:
            c.setFont(FONT, 8)
            c.drawCentredString(width / 2, 40, str(number))

    furniture()
    y = top
    full = width - 2 * margin
    for line in before_title:
        draw_line(c, margin, y, line, 8)
        y -= 8 * 1.5
    if title:
        y -= title_size * 0.5
        for line in wrap(title, full, title_size, BOLD):
            draw_line(c, margin, y, line, title_size, BOLD)
            y -= title_size * 1.25
        y -= title_size * 0.25
    for line in after_title:
        draw_line(c, margin, y, line, 9)
        y -= 9 * 1.5
    if abstract:
        y -= leading * 0.5
        for line in wrap(abstract, full, size):
            draw_line(c, margin, y, line, size)
            y -= leading
    y -= leading

    col_width = (full - gutter * (columns - 1)) / columns
    flow: list[tuple[str, str]] = []   # (text, font); "" is a paragraph gap
    for para in body:
        if isinstance(para, str) and para.startswith("# "):
            flow.append((para[2:], BOLD))
        elif isinstance(para, str):
            flow.extend((line, FONT) for line in wrap(para, col_width, size))
        else:
            flow.extend((line, FONT) for line in para)
        flow.append(("", FONT))
    col, col_top = 0, y
    for text, font in flow:
        if y < bottom:
            col += 1
            y = col_top
            if col == columns:
                c.showPage()
                number += 1
                furniture()
                col, col_top, y = 0, top, top
        if text:
            draw_line(c, margin + col * (col_width + gutter), y - col * stagger, text, size, font)
        y -= leading
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A scanned-looking page: an image and a filled rectangle, no text at all."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(img).rectangle((20, 40, 280, 60), fill=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.drawImage(ImageReader(img), 72, 500, width=300, height=120)
    c.rect(72, 300, 200, 50, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def simple_pdf(lines: Sequence[str], *, size: float = 10, encrypt=None) -> bytes:
    """One page, one line after another from the top-left (for error and encryption cases)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, encrypt=encrypt)
    y = 700
    for line in lines:
        draw_line(c, 72, y, line, size)
        y -= size * 1.4
    c.showPage()
    c.save()
    return buf.getvalue()
