"""PDF articles → one Document, read with pdfplumber one page at a time.

In: the PDF's bytes. Out: one Document (format "pdf") whose canonical ``text`` is every
page's text in reading order:

- per page, rows from top to bottom; where the page has two columns (found from a gutter:
  an x-range in the middle of the page that many rows leave empty) or three (two gutters,
  near a third and two thirds of the width: a poster), each run of column rows is read one
  column after the other, left to right; rows that cross a gutter (title, a full-width
  abstract, a wide caption) are read in their vertical place;
- lines are joined with "\\n"; a line ending in a hyphen joins the next line without a break,
  and the hyphen is dropped only for a word break ("thera-"/"py" → "therapy"; "CAR-"/"T" →
  "CAR-T"); pages are joined like lines;
- running headers/footers (the same text at the same height in the top or bottom margin of
  several pages) and bare page numbers in those margins are left out;
- superscripts: a power keeps its base and reads "10^6" (also "m^2" after a length unit);
  citation/affiliation markers (digits, commas, dashes, daggers) are dropped; any other
  superscript ("+", "th") stays in the text as written.

Offsets: ``Document.pages`` are contiguous PageSpans over the text (pages with no text are
skipped). ``Document.boxes[i]`` is the (x0, top, x1, bottom) box, in PDF points from the
page's top-left corner (pdfplumber's coordinates), of the glyph that produced ``text[i]`` on
the page ``page_of(i)``; None for characters this reader inserted (spaces, newlines, the "^"
of a power). A ligature glyph ("ﬁ") gives each of its letters the same box.
"""
from __future__ import annotations

import bisect
import io
import math
import re
import statistics
import struct
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from extract.document import Document, PageSpan
from extract.errors import SourceError
from extract.readers.common import (FRONT_CHARS, HISTORY_LINE_RE, PRESENTED_AT_RE, REFERENCES_HEADING_RE, clean_doi, clean_title, front_matter_year,
                                    poster_year, text_notices)

SPACE_EM = 0.2      # a horizontal gap wider than this × font size is a word space
CELL_EM = 1.2       # ... and wider than this, between table cells (a tab; justified text stays below,
                    # but after a stop or comma, where it may stretch to twice this)
JUSTIFIED_SPREAD = 1.15  # ... unless the gaps are a justified line's, all as wide as one another (within this ratio)
GUTTER_EM = 1.0     # ... and wider than this × font size may be a column gutter
COLUMN_ROWS = 3     # rows that must share a gap before it counts as a gutter
COLUMN_GAP_EM = 6   # column text: the median gap across the gutter is at most this × size
GUTTER_BAND = (0.4, 0.6)  # where a two-column gutter can be, as fractions of the page width
THIRD_BANDS = ((0.25, 0.42), (0.58, 0.75))  # ... and the two gutters of three columns
THIRD_CROSSING = 0.25     # a three-column gutter: rows crossing it, at most this × rows leaving it empty
QUARTER_BANDS = ((0.2, 0.3), (0.7, 0.8))  # ... and the outer gutters of four columns (a poster), the middle one at half
BODY_BESIDE = 0.65  # a column at least this wide (of the page) beside a sidebar holds columns of its own
RIGHT_COLUMN = 0.5  # a right column's text reaches at least this far across the space right of its gutter
MARGIN = 0.1        # top/bottom fraction of a page where running heads and page numbers live
HEAD_BAND = 0.06    # ... of which the outer part holds only them: its rows do not vote for a gutter
SUP_SIZE = 0.9      # a superscript is smaller than this × the line's font size ...
SUP_RAISE = 0.2     # ... and sits higher than this × the font size above the line's baseline

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
POWER_RE = re.compile(r"[-−–]?\d{1,3}")
POWER_BASE_RE = re.compile(r"(?:^|[^\w.,]|\d\s*[x×]\s*)10$")    # "× 10", "5x10", not "CD10"
UNIT_BASE_RE = re.compile(r"(?:^|[^\w])[cmkdµμ]?m$")            # "mg/m", "1.73 m", "cm"
MARKER_RE = re.compile(r"[\d,;\s\-–−]+|[*†‡§¶#]+")                # citation/affiliation marks
PAGE_NUMBER_RE = re.compile(
    r"\W*(?:page\s*)?(?:\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[ivxlc]{1,6})\W*", re.I)
PMID_RE = re.compile(r"\bPMID:?\s*(\d{1,9})\b")
# ("https://doi.org/" ending a line; a citation glued after it is no part of it: "…/blood.2024.886512Blood. 2025;145(11)")
# (or the URL wrapped inside "doi.org" in a narrow margin: JCO's sidebar "…: DOI https://doi.o" over "rg/10.5555/JCO.25.00881";
# or after the prefix's slash: the Lancet's sidebar "https://doi.org/10.5555/" over "S1470-2045(25)00088-3")
DOI_RE = re.compile(r"(?:\bdoi[:\uff1a]?\s*|doi\.org/\s*|https?://d\n?o\n?i\n?\.\n?o\n?r\n?g\n?/\s*)(10\.\d{4,9}/\n?\S+?)(?=(?<=\d)[A-Z][a-z]+\.[ \t]+(?:19|20)\d\d[ \t]*;|\s|$)",
                    re.I)
# "Am J Hematol. 2023 Dec;98(12):1898-1908." / "Blood Adv 2024; 8(11): 2801": a journal
# abbreviation (capitalised words), the year, maybe month and day, then ";" or ":" and the
# volume; requiring all of these keeps the pattern off prose like "written in 2021; 5 ..."
# (a bar may follow the journal, as in Haematologica's running foot: "Haematologica | 2026; 111(2): 412-421.", or come before it,
# as in a poster's footer: "… San Diego, CA | Abstract 4821 | Blood 2024;144(Suppl 1):4821 | doi:…")
# (or after the copyright on the same line, "© 2025 American Society of Hematology. Blood. 2025;145(9):912-924", or as a running
# head's second cell after the authors, BMJ's "Open access Original research<tab>Zhang Q, et al. J Immunother Cancer 2026;14:e088412")
_JWORD = r"[A-Z][A-Za-z'’-]*\.?"
CITATION_RE = re.compile(
    rf"(?:^(?:[ \t]*©[ \t]*(?:19|20)\d\d[ \t]+[^\n.]{{1,60}}\.[ \t]+)?|(?<=\|)[ \t]|(?<=\t))\W*(?:Abstracts[ \t]*/[ \t]*)?"
    rf"(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z]{{1,3}})?,?[ \t]+et[ \t]+al\.?[ \t]+)?(?P<journal>{_JWORD}(?:[ \t]+(?:{_JWORD}|of|and|the|in|for|&)){{0,9}})[ \t]+(?:\|[ \t]+)?"
    r"(?:(?P<year>(?:19|20)\d\d)(?:[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{1,2})?)?[ \t]*[;:][ \t]*\d"
    r"|\((?P<pyear>(?:19|20)\d\d)\)[ \t]+\d{1,4}[ \t]*[:(][ \t]*(?:\d|Suppl)"   # (or Springer Nature's "Leukemia (2025) 39:1782", ASH's "Blood (2024) 144 (Supplement 1)",
    r"|\d{1,4}[ \t]+\((?P<eyear>(?:19|20)\d\d)\)[ \t]+[eS]?\d)", re.M)   # BMC's "Liu et al. J Hematol Oncol (2025) 18:41", Elsevier's "… Therapy 31 (2025) 412.e1")
# (and an Elsevier supplement's running head: "S212<tab>Abstracts / Transplantation and Cellular Therapy 32 (2026) S1–S460")
BACK_MATTER_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]*)?(?:references?|bibliography|literature cited|works cited|"
    r"acknowledge?ments?)[ \t]*:?[ \t]*(?:\t[^\n]*)?$", re.I | re.M)   # (maybe beside a figure's cell: "REFERENCES\tAssessed for eligibility (n = 81)")

# what the back matter does not hold: the article's own text after its references (a table or
# figure the layout puts on the last page, "Methods" printed after the references as Nature does)
RESUME_RE = re.compile(
    r"^[ \t]*(?:(?:extended[ \t]+data[ \t]+)?(?:table|fig(?:ure)?\.?)[ \t]+\d{1,2}\b|(?:online[ \t]+)?methods[ \t]*$"
    r"|(?:extended[ \t]+data[ \t]+|supplementary[ \t]+)?(?:fig(?:ure)?s?\.?[ \t]+)?legends?[ \t]*$)"   # (Nature's "Extended Data legends")
    r"|^\t*[^\t\n]+(?:\t[^\t\n]*){2,}\n(?:[^\t\n]{1,40}\n)?\t*[^\t\n]+(?:\t[^\t\n]*){2,}$"   # (a header's second line may start with empty cells)
    # a poster's results heading in capitals on a line of its own, a column the reading order puts after the references:
    # "REFERENCES … DISCLOSURES …" then "SURVIVAL" over "• Median follow-up 14.2 months …"
    r"|^[ \t]*(?-i:(?:RESULTS|SURVIVAL|EFFICACY|SAFETY|OUTCOMES|RESPONSES?|CONCLUSIONS?)(?:[ \t]+\(continued\))?)[ \t]*$", re.I | re.M)

# two numbered reference entries, each opening with its first author's name and initials, a few lines apart
_ENTRY = r"\d{1,3}\.[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]{1,3}\b"
_ENTRIES_GO_ON = re.compile(rf"^{_ENTRY}[^\n]*\n(?:[^\n]*\n){{0,3}}?{_ENTRY}", re.M)


def back_matter(text: str) -> tuple[tuple[int, int], ...]:
    """The ranges of ``text`` never to read: from each references or acknowledgements heading (or the reference list
    going on past a figure or table that interrupted it) to the next table (a caption "Table 2", or two rows of three or more tab-separated cells, maybe
    with a short line between them: a header, then "Efficacy", then a row),
    methods heading, or the end."""
    out = []
    pos = 0
    while True:
        # (after a figure or table the list resumes, past it: "6. Lu P, Liu Y, Yang J, et al. …" then "7. Zhang M, …")
        nxt = [m for m in (BACK_MATTER_RE.search(text, pos), _ENTRIES_GO_ON.search(text, pos) if out else None) if m]
        if not nxt:
            break
        back = min(nxt, key=lambda m: m.start())
        resume = RESUME_RE.search(text, back.end())
        end = resume.start() if resume else len(text)
        out.append((back.start(), end))
        if not resume:
            break
        # (the resumed text runs to the next back-matter heading)
        pos = end + 1
    return tuple(out)


class Glyph(NamedTuple):
    """One pdfplumber char in page coordinates (points, origin top-left)."""
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Line:
    """One visual line: its text, one box (or None) per character, where it sits, and its
    dominant font size."""
    text: str
    boxes: list
    top: float
    bottom: float
    size: float


def read_pdf(data: bytes, path: str, sha256: str) -> Iterator[Document]:
    """The one Document in a PDF. Raises SourceError for a corrupt or encrypted PDF or one
    without a text layer."""
    pages = []  # (page number, page bbox, lines in reading order); glyphs are not kept
    for number, bbox, glyphs in _page_glyphs(data, path):
        pages.append((number, bbox, _table_heads(_table_rows(_value_pairs(_line_numbers(_page_lines(glyphs, bbox)))))))
    if not pages:
        raise SourceError(path, "corrupt PDF: no pages")
    text, boxes, spans, index = _assemble(_rejoin_cut(_drop_furniture(pages)))
    if not text.strip():
        raise SourceError(path, "no text layer; OCR is not supported")
    # ids and the citation line are often in page 1's header or footer: search it whole
    first = next(lines for _, _, lines in pages if lines)
    yield Document(path=path, format="pdf", sha256=sha256, text=text,
                   meta=_meta("\n".join(ln.text for ln in first), text, spans, index),
                   body=(0, len(text)),
                   exclude=back_matter(text),
                   pages=tuple(spans), boxes=tuple(boxes))


# --- reading pages -------------------------------------------------------------------------

# what pdfminer raises on broken files (pdfplumber wraps most of it in PdfminerException);
# deliberately not Exception, so read_path's time-limit exception passes through
_BROKEN = (ValueError, KeyError, TypeError, IndexError, AssertionError, struct.error,
           zlib.error, RecursionError)


def _page_glyphs(data: bytes, path: str) -> Iterator[tuple[int, tuple, list[Glyph]]]:
    """(1-based page number, page bbox, glyphs) for each page, one page at a time: each page's
    parsed objects are released (page.close) before the next is read."""
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    broken = (PdfminerException, PSException) + _BROKEN
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except broken as e:
        raise _source_error(path, e) from None
    with pdf:
        try:
            pages = pdf.pages
        except broken as e:
            raise _source_error(path, e) from None
        for page in pages:
            try:
                bbox = tuple(float(v) for v in page.bbox)
                glyphs = _glyphs(page, bbox)
            except broken as e:
                raise _source_error(path, e) from None
            finally:
                page.close()
            yield page.page_number, bbox, glyphs


def _source_error(path: str, e: BaseException) -> SourceError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    from extract.readers import _Timeout

    inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e
    if isinstance(inner, _Timeout):  # pdfplumber wraps read_path's time limit: let it through
        raise inner
    if isinstance(inner, PDFPasswordIncorrect):
        return SourceError(path, "encrypted PDF: a password is needed")
    if isinstance(inner, PDFEncryptionError):
        return SourceError(path, f"encrypted PDF: unsupported encryption ({inner})")
    return SourceError(path, f"corrupt PDF: {str(inner).strip() or type(inner).__name__}")


def _glyphs(page, bbox: tuple) -> list[Glyph]:
    """The page's upright chars whose centre lies on the page, without exact duplicates (fake
    bold is often the same glyph printed twice); rotated text (margin stamps) is left out.

    The chars come straight from pdfplumber's pdfminer layout (``page.layout``) with
    pdfplumber's coordinate conversion: building ``page.chars`` dicts (colours, fonts, ...)
    took 5 times as long as parsing the page."""
    from pdfminer.layout import LTChar, LTContainer

    px0, ptop, px1, pbottom = bbox
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    seen = set()
    out = []
    stack = [iter(page.layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTContainer):   # figures and marked-content groups hold chars too
            stack.append(iter(obj))
        elif isinstance(obj, LTChar) and obj.upright:
            x0, x1 = obj.x0 + mb_x0, obj.x1 + mb_x0
            top, bottom = height - obj.y1 + mb_top, height - obj.y0 + mb_top
            if not (px0 <= (x0 + x1) / 2 <= px1 and ptop <= (top + bottom) / 2 <= pbottom):
                continue
            text = obj.get_text()
            key = (text, round(x0), round(top), round(obj.size))
            if key in seen:
                continue
            seen.add(key)
            out.append(Glyph(text, x0, top, x1, bottom, obj.size or bottom - top))
    return out


# --- one page: rows, columns, lines --------------------------------------------------------

def _rows(glyphs: list[Glyph], head: float = 0.0) -> list[list[Glyph]]:
    """Glyphs grouped into visual lines, top to bottom. A glyph joins the line it overlaps
    vertically by at least half the smaller height, so a raised superscript stays on its line
    while the next line (no overlap) starts a new one. ``head``: the running head's lower edge (a whole page's)."""
    rows: list[list] = []   # [top, bottom, glyphs]
    active: list[list] = []
    last = None
    for g in sorted(glyphs, key=lambda g: (g.top, g.x0)):
        if last and g.top == last[0].top and g.bottom == last[0].bottom:
            last[1][2].append(g)   # same height as the glyph before: same line (most glyphs)
            continue
        h = max(g.bottom - g.top, 0.1)
        active = [r for r in active if r[1] > g.top]
        best, best_overlap = None, 0.0
        for r in active:
            overlap = min(r[1], g.bottom) - max(r[0], g.top)
            if overlap >= 0.5 * min(h, r[1] - r[0]) and overlap > best_overlap and not (
                    (r[1] - r[0] >= 2 * h or g.top < head and r[1] - r[0] >= 1.5 * h) and _stacked(g, r[2])):
                # (a small glyph beside a line twice its height; or, in the running head, under a line half again its height:
                # "Qian et al. …" over "https://doi.org/…" joined by the journal's taller name beside both, b213-01)
                best, best_overlap = r, overlap
        if best is None:
            best = [g.top, g.bottom, []]
            rows.append(best)
            active.append(best)
        best[1] = max(best[1], g.bottom)
        best[2].append(g)
        last = (g, best)
    # a short first cell set between two lines, overlapping both (a table's stub head centred on a two-line header: "Outcome"
    # beside "Median, mo | 6-mo, %" over "(95% CI) | (95% CI)"), left of all their text: the upper line's first cell
    k = 1
    while k + 1 < len(rows):
        (top, bottom, row), (atop, abottom, above), (btop, _, below) = rows[k], rows[k - 1], rows[k + 1]
        if top < abottom and bottom > btop and (x1 := max(g.x1 for g in row)) - min(g.x0 for g in row) < 12 * (bottom - top) \
                and x1 < min(q.x0 for q in above) and x1 < min(q.x0 for q in below):
            above.extend(row)
            rows[k - 1][1] = max(abottom, bottom)
            del rows[k]
        else:
            k += 1
    return [r[2] for r in rows]


def _stacked(g: Glyph, row: list[Glyph]) -> bool:
    """Whether ``g`` sits under or over a glyph of ``row`` (the two overlap across, not down): small lines beside a tall one,
    a poster's "Poster Bd #412" over "DOI: 10.5555/…" next to its title's second line, are lines of their own."""
    return any(min(q.x1, g.x1) - max(q.x0, g.x0) > 0.5 * min(q.x1 - q.x0, g.x1 - g.x0)
               and min(q.bottom, g.bottom) - max(q.top, g.top) < 0.5 * min(q.bottom - q.top, g.bottom - g.top) for q in row)


def _ink(glyphs) -> list[Glyph]:
    return sorted((g for g in glyphs if not g.text.isspace()), key=lambda g: g.x0)


def _gutter_votes(rows: list[list[Glyph]], bbox: tuple, lo: int, hi: int):
    """Per integer x in [lo, hi]: how many body rows (running heads in the outer HEAD_BAND
    excluded) leave x empty, how many of those have text left of x and right of x, and how
    many rows cross x (text on both sides, closer than GUTTER_EM). A row leaves empty the gaps
    wider than GUTTER_EM between its glyphs, and the space beside it when it keeps to one side
    (a column's short last line, a line of a column whose neighbour sits on another baseline)."""
    px0, ptop, px1, pbottom = bbox
    height = pbottom - ptop
    n = max(hi - lo + 1, 0)
    empty, left, right, cross = [0] * n, [0] * n, [0] * n, [0] * n

    def vote(a: float, b: float, has_left: bool, has_right: bool):
        for x in range(max(lo, math.ceil(a)), min(hi, math.floor(b)) + 1):
            empty[x - lo] += 1
            left[x - lo] += has_left
            right[x - lo] += has_right

    for row in rows:
        ink = _ink(row)
        if not ink or min(g.top for g in ink) < ptop + HEAD_BAND * height \
                or max(g.bottom for g in ink) > pbottom - HEAD_BAND * height:
            continue
        size = statistics.median(g.size for g in ink)
        vote(px0, ink[0].x0, False, True)
        reach = ink[0].x1
        spans = [[ink[0].x0, reach]]   # the row's text without its wide gaps: it crosses these x
        for g in ink[1:]:
            if g.x0 - reach >= GUTTER_EM * size:
                vote(reach, g.x0, True, True)
                spans.append([g.x0, g.x1])
            spans[-1][1] = reach = max(reach, g.x1)
        vote(reach, px1, True, False)
        for a, b in spans:
            for x in range(max(lo, math.ceil(a)), min(hi, math.floor(b)) + 1):
                cross[x - lo] += 1
    ok = [e if lf >= COLUMN_ROWS and rt >= COLUMN_ROWS else 0
          for e, lf, rt in zip(empty, left, right)]
    return ok, cross


def _best_gap(ok: list[int], lo: int, a: int, b: int) -> tuple[int, float] | None:
    """(rows, x) of the widest run of x in [a, b] left empty by the most rows, or None."""
    part = ok[a - lo:b - lo + 1]
    best = max(part, default=0)
    if not best:
        return None
    runs, start = [], None
    for i, v in enumerate(part + [-1]):
        if v == best and start is None:
            start = i
        elif v != best and start is not None:
            runs.append((i - start, start, i - 1))
            start = None
    _, s, e = max(runs)
    return best, a + (s + e) / 2


def _one_gap(ok: list[int], lo: int, a: float, b: float) -> bool:
    """Whether every x between ``a`` and ``b`` is left empty by some rows (one stretch of empty x: a poster's gutter
    between its middle and right columns, 710 to 788 pt of 1190, runs past the middle band's edge at 714)."""
    a, b = sorted((round(a), round(b)))
    return all(ok[x - lo] for x in range(a, b + 1))


def _gutters(rows: list[list[Glyph]], bbox: tuple) -> tuple[list[float], bool]:
    """The x of each column gutter, left to right ([] for a one-column page), and whether
    they are three-column gutters (found crossed by few rows: see _page_lines).

    Two columns: the gutter is the middle of the widest range of x left empty by the most rows,
    among those x with at least COLUMN_ROWS such rows having text on their left and as many on
    their right, searched in the middle of the page (GUTTER_BAND: tables and indented lists
    leave gaps elsewhere too). Three columns (a poster, a landscape page): gutters near a third
    and two thirds of the width (THIRD_BANDS), each crossed by few rows (at most
    THIRD_CROSSING × the rows that leave it empty: a column's running text crosses any x
    inside it); they replace the middle gutter when they are left empty by more rows than it
    (the middle of a three-column page lies inside its middle column). A three-column page
    whose right column is empty (a last page) keeps the one gutter it has, as does a body set
    beside a sidebar (MDPI); with one such gutter the rows must look like columns (see
    _page_lines), or a full-width table's labels, in the sidebar's empty column, part from their cells."""
    px0, ptop, px1, pbottom = bbox
    width = px1 - px0
    landscape = width > pbottom - ptop   # (posters: three or four columns)
    lo, hi = math.ceil(px0 + QUARTER_BANDS[0][0] * width), math.floor(px0 + QUARTER_BANDS[1][1] * width)
    ok, cross = _gutter_votes(rows, bbox, lo, hi)
    if not any(ok):
        return [], False
    middle = _best_gap(ok, lo, math.ceil(px0 + GUTTER_BAND[0] * width),
                       math.floor(px0 + GUTTER_BAND[1] * width))
    quarters = [gap for a, b in QUARTER_BANDS
                if (gap := _best_gap(ok, lo, math.ceil(px0 + a * width), math.floor(px0 + b * width)))
                and cross[round(gap[1]) - lo] <= THIRD_CROSSING * gap[0]]
    if middle and len(quarters) == 2 and landscape and cross[round(middle[1]) - lo] <= THIRD_CROSSING * middle[0] \
            and min(r for r, _ in quarters) >= 0.8 * middle[0]:
        # four columns (a landscape poster): the middle gutter and one near each quarter, all crossed by few rows (on a
        # portrait page such gaps are a full-width table's columns)
        return [quarters[0][1], middle[1], quarters[1][1]], True
    thirds = []
    for a, b in THIRD_BANDS:
        gap = _best_gap(ok, lo, math.ceil(px0 + a * width), math.floor(px0 + b * width))
        if gap and cross[round(gap[1]) - lo] <= THIRD_CROSSING * gap[0]:
            thirds.append(gap)
    if len(thirds) < 2 and not landscape:
        thirds = _thirds_under_full_width(rows, bbox, ok, lo) or thirds
    # (on a landscape page, two thirds as often left empty as the middle between them: the middle is a gap inside a short
    # middle column, a table's or a list's, below which the column is empty; on a portrait page such a tie is a
    # full-width table's columns)
    if middle and len(thirds) == 2 and landscape and any(_one_gap(ok, lo, middle[1], x) for _, x in thirds):
        middle = None   # a third's gap reaching into the middle band, cut at its edge: no gutter of its own
    # (on a portrait page, one third's gap beside a middle gutter that few rows cross is a table's column gap in the right
    # column, left empty by as many rows: b149-04's "Prior | No prior" beside the abstract's column)
    if len(thirds) == 1 and not landscape and middle and cross[round(middle[1]) - lo] <= THIRD_CROSSING * middle[0]:
        thirds = []
    if thirds and (middle is None or min(r for r, _ in thirds) > middle[0]
                   or (len(thirds) == 2 and landscape and thirds[0][1] < middle[1] < thirds[1][1]
                       and min(r for r, _ in thirds) >= middle[0])):
        return [x for _, x in thirds], len(thirds) > 1   # (one: a sidebar beside the body, whose rows must look like columns)
    if middle and _reach(rows, bbox, middle[1]) < middle[1] + RIGHT_COLUMN * (px1 - middle[1]):
        middle = None   # a narrow table's last column in a page's only column, not a right column
    return ([middle[1]] if middle else []), False


def _thirds_under_full_width(rows: list[list[Glyph]], bbox: tuple, ok: list[int], lo: int) -> list[tuple[int, float]]:
    """The two gutters of a portrait page's three columns under a full-width title and abstract (NEJM's body: b158-01),
    whose rows cross both gutters and so many that the THIRD_CROSSING test fails: crossings are counted without the rows
    crossing both, and the outer columns must hold lines of prose side by side, at least COLUMN_ROWS rows of them (a
    full-width table's cells leave the same two gaps, its right cells are values, no prose), else []."""
    px0, ptop, px1, pbottom = bbox
    width = px1 - px0
    gaps = [_best_gap(ok, lo, math.ceil(px0 + a * width), math.floor(px0 + b * width)) for a, b in THIRD_BANDS]
    if not all(gaps):
        return []
    band = HEAD_BAND * (pbottom - ptop)
    body = [row for row in rows if _ink(row) and min(g.top for g in row) >= ptop + band and max(g.bottom for g in row) <= pbottom - band]
    crossed = [[_sides(row, x)[2] < GUTTER_EM for _, x in gaps] for row in body]
    if any(sum(c[k] for c in crossed if not all(c)) > THIRD_CROSSING * gaps[k][0] for k in range(2)):
        return []
    (_, x1), (_, x2) = gaps
    prose = sum(_prose_left(row, x1, px0) and _prose_right(row, x2, px1) for row in body)
    return gaps if prose >= COLUMN_ROWS else []


def _reach(rows: list[list[Glyph]], bbox: tuple, x: float) -> float:
    """How far right the body rows' text right of ``x`` reaches (``x`` when none has any)."""
    ptop, pbottom = bbox[1], bbox[3]
    band = HEAD_BAND * (pbottom - ptop)
    return max((g.x1 for row in rows for g in row if (g.x0 + g.x1) / 2 >= x and not g.text.isspace()
                and ptop + band <= g.top and g.bottom <= pbottom - band), default=x)


def _sides(row: list[Glyph], x: float) -> tuple[bool, bool, float]:
    """Whether the row has text left of ``x``, right of it (by glyph centres), and the gap
    between the two in font sizes: negative when a glyph crosses ``x``, infinite when the
    row keeps to one side."""
    ink = _ink(row)
    left = [g.x1 for g in ink if (g.x0 + g.x1) / 2 < x]
    right = [g.x0 for g in ink if (g.x0 + g.x1) / 2 >= x]
    if not left or not right:
        return bool(left), bool(right), math.inf
    return True, True, (min(right) - max(left)) / statistics.median(g.size for g in ink)


def _halves(ink: list[Glyph], x: float) -> tuple[list[Glyph], list[Glyph]]:
    """The glyphs left of ``x`` and right of it, by their centres."""
    return [g for g in ink if (g.x0 + g.x1) / 2 < x], [g for g in ink if (g.x0 + g.x1) / 2 >= x]


def _gapped(side: list[Glyph], size: float) -> bool:
    """Whether glyphs (left to right) have any gap wider than CELL_EM × ``size`` (see _cell_gap for a table's)."""
    return any(b.x0 - a.x1 > CELL_EM * size for a, b in zip(side, side[1:]))


def _cell_gap(side: list[Glyph], size: float) -> bool:
    """Whether glyphs (left to right) have a gap between table cells: wider than CELL_EM × ``size``, and not
    a justified line of prose, whose every word gap (three or more) is stretched alike ("This   open-label,
    single-arm   phase   1   trial" beside a table's header in the other column)."""
    gaps = [b.x0 - a.x1 for a, b in zip(side, side[1:]) if b.x0 - a.x1 > SPACE_EM * size]
    if not any(g > CELL_EM * size for g in gaps):
        return False
    return len(gaps) < 3 or min(gaps) <= CELL_EM * size or not _stretched_alike(gaps)


def _stretched_alike(gaps: list[float]) -> bool:
    """Whether the gaps are a justified line's: all as wide as one another, within JUSTIFIED_SPREAD."""
    return max(gaps) < JUSTIFIED_SPREAD * min(gaps)


def _cells_across(row: list[Glyph], x: float) -> int:
    """On how many sides of the gutter at ``x`` the row has a gap between cells of its own: 2 for
    a full-width table's row, 0 for column text (a line of words, maybe beside a narrow table in
    the other column) or a row keeping to one side."""
    ink = _ink(row)
    size = statistics.median(g.size for g in ink)
    sides = _halves(ink, x)
    if not all(sides):
        return 0
    return sum(_cell_gap(side, size) for side in sides)


_VALUE_GLYPHS = re.compile(r"[<>\u2264\u2265]?\d[\d.,\u00b7]*%?(?P<pct>\(\d[\d.,\u00b7\u2013-]*%?\))?|(?P<ci>\(\d[\d.,\u00b7]*%?[\u2013-]\d[\d.,\u00b7]*%?\))"
                           r"|[-\u2013\u2014]|NR|NE")


def _value_across(row: list[Glyph], x: float) -> int:
    """Whether the row is a table's row with its last cell right of the gutter at ``x`` (two cells or more left of it,
    one value right of it): 2 for a count with its percent or a CI there ("CRS  36 (90.0)  …  4 (10.0)" | "1 (2.5)"),
    1 for a bare value ("ICANS  3 (7.5)  …  0" | "0"), else 0."""
    ink = _ink(row)
    left, right = _halves(ink, x)
    v = _VALUE_GLYPHS.fullmatch("".join(g.text for g in right))
    if not left or not v or not _gapped(left, statistics.median(g.size for g in ink)):
        return 0
    return 2 if v.group("pct") or v.group("ci") else 1


def _values_right(row: list[Glyph], x: float) -> bool:
    """Whether the row is a table's row whose cells right of the gutter at ``x`` are all values ("28 (90%)  26 (84%)"),
    with a gap between cells left of it ("T-ALL  31")."""
    ink = _ink(row)
    size = statistics.median(g.size for g in ink)
    left, right = _halves(ink, x)
    if not left or not right or not _gapped(left, size):
        return False
    cells, cell = [], [right[0]]
    for a, b in zip(right, right[1:]):
        if b.x0 - a.x1 > CELL_EM * size:
            cells.append(cell)
            cell = []
        cell.append(b)
    cells.append(cell)
    return all(_VALUE_GLYPHS.fullmatch("".join(g.text for g in c if g.text.strip())) for c in cells)


def _table_block(rows: list[list[Glyph]], table: list[bool]) -> None:
    """Extends table rows (in place) to the label rows between them (two at most) and to the rows under their caption
    ("Table: Day-28 response by subgroup (n=45)", four at most, itself included), each row within two lines of the one
    above it."""
    def close(i: int) -> bool:   # row i within two lines of row i - 1
        size = statistics.median(g.size for g in _ink(rows[i]))
        return min(g.top for g in rows[i]) - max(g.bottom for g in rows[i - 1]) <= 2 * size
    marked = [i for i, t in enumerate(table) if t]
    for a, b in zip(marked, marked[1:]):
        if 1 < b - a <= 3 and all(close(k) for k in range(a + 1, b + 1)):
            table[a + 1:b] = [True] * (b - a - 1)
    for a in marked:
        if a and table[a - 1]:
            continue
        for k in range(a - 1, max(-1, a - 6), -1):
            if not close(k + 1):
                break
            if (ln := _line(rows[k])) and _TABLE_CAPTION_LINE.match(ln.text):
                table[k:a] = [True] * (a - k)
                break


def _prose_left(row: list[Glyph], x: float, left: float) -> bool:
    """Whether the row's text left of the gutter at ``x`` is a line of prose beside a table in the other column: no gap
    between cells, at least 40% of the column's width, and two words only prose has ("intensive chemotherapy carry a poor
    prognosis" beside "CR/CRi, day 28 | 5 (83.3) | 11 (91.7)")."""
    side = [g for g in _ink(row) if (g.x0 + g.x1) / 2 < x]
    if not side or side[-1].x1 - side[0].x0 < 0.4 * (x - left) or _cell_gap(side, statistics.median(g.size for g in side)):
        return False
    line = _line(side)
    return line is not None and len(_FUNCTION_WORDS.intersection(line.text.split())) >= 2


def _prose_right(row: list[Glyph], x: float, right: float) -> bool:
    """Whether the row's text right of the gutter at ``x`` is a line of prose: no gap between
    cells and at least 40% of the column's width."""
    side = [g for g in _ink(row) if (g.x0 + g.x1) / 2 >= x]
    if not side:
        return False
    return side[-1].x1 - side[0].x0 >= 0.4 * (right - x) and not _cell_gap(side, statistics.median(g.size for g in side))


SIDE_ROWS = 4       # rows of two boxes set side by side over a page's columns, at least
SIDE_PROSE = 0.7    # ... of which, on each side, at least this share are a line of words (no gap between cells)
SIDE_PAD = 0.4      # ... and between them an x no row has ink within this × font size of (a space is about 0.25 em)


def _side_by_side(rows: list[list[Glyph]], gutters: list[float], bbox: tuple) -> dict[int, tuple[int, float]]:
    """Runs of rows set as two boxes side by side, with an x of their own between them, over a page whose columns are
    elsewhere (a key-points box beside the abstract, a journal's side column of dates and notices beside it):
    {first row: (the row after the last, x)}. A run: rows one under the other (no gap over three lines), none with ink
    within SIDE_PAD em of x, SIDE_ROWS or more, two of them crossing a page gutter (else the columns read them), words on
    both sides (SIDE_PROSE of the rows on each side with no gap between cells, and letters on the right: a table's label
    and value columns are no boxes)."""
    px0, ptop, px1, pbottom = bbox
    width, height = px1 - px0, pbottom - ptop
    lo, hi = math.ceil(px0 + 0.2 * width), math.floor(px0 + 0.8 * width)
    full = (1 << (hi - lo + 1)) - 1

    def free(row: list[Glyph]) -> int:   # bit x - lo: no ink of the row within SIDE_PAD em of x
        mask = full
        for g in _ink(row):
            a, b = max(lo, math.floor(g.x0 - SIDE_PAD * g.size)), min(hi, math.ceil(g.x1 + SIDE_PAD * g.size))
            if a <= b:
                mask &= ~(((1 << (b - a + 1)) - 1) << (a - lo))
        return mask

    def body(i: int) -> bool:
        ink = _ink(rows[i])
        return bool(ink) and ptop + HEAD_BAND * height <= min(g.top for g in ink) \
            and max(g.bottom for g in ink) <= pbottom - HEAD_BAND * height

    def accept(a: int, b: int, mask: int) -> float | None:
        if b - a < SIDE_ROWS or not mask:
            return None
        bits, best, run, start = bin(mask)[2:][::-1], (0, 0), 0, 0   # (the widest run of free x)
        for i, ch in enumerate(bits + "0"):
            if ch == "1":
                start, run = (i, run + 1) if run == 0 else (start, run + 1)
                if run > best[0]:
                    best = (run, start)
            else:
                run = 0
        x = lo + best[1] + (best[0] - 1) / 2
        if sum(1 for i in range(a, b) if any(gap < GUTTER_EM for _, _, gap in (_sides(rows[i], g) for g in gutters))) < 2:
            return None
        for right in (False, True):
            sides = [[g for g in _ink(rows[i]) if ((g.x0 + g.x1) / 2 >= x) == right] for i in range(a, b)]
            sides = [sd for sd in sides if sd]
            if len(sides) < COLUMN_ROWS or sum(1 for sd in sides if not _cell_gap(sd, statistics.median(g.size for g in sd))) \
                    < SIDE_PROSE * len(sides) or right and sum(1 for sd in sides if sum(g.text.isalpha() for g in sd) >= 3) \
                    < SIDE_PROSE * len(sides):
                return None
        return x

    out: dict[int, tuple[int, float]] = {}
    a, mask, covered = 0, full, 0   # (covered: the row after the last run found)
    for i in range(len(rows) + 1):
        ok = i < len(rows) and body(i)
        size = statistics.median(g.size for g in _ink(rows[i])) if ok else 0
        if ok and i > a and (new := mask & free(rows[i])) and \
                min(g.top for g in rows[i]) - max(g.bottom for g in rows[i - 1]) <= 3 * size:
            mask = new
            continue
        if (x := accept(a, i, mask)) is not None:
            out[a], covered = (i, x), i
        a, mask = i, free(rows[i]) if ok else full
        if not ok:
            a = i + 1
        elif covered <= a:
            while a > 0 and body(a - 1) and mask & free(rows[a - 1]) and covered < a \
                    and min(g.top for g in rows[a]) - max(g.bottom for g in rows[a - 1]) <= 3 * size:
                a -= 1   # (the run may start above the row that ended the last one: a heading beside the first line)
                mask &= free(rows[a])
    return out


def _column(g: Glyph, gutters: list[float]) -> int:
    return bisect.bisect(gutters, (g.x0 + g.x1) / 2)


def _page_lines(glyphs: list[Glyph], bbox: tuple) -> list[Line]:
    """The page's lines in reading order.

    With gutters, rows that cross one (title, full-width abstract, a full-width table's row: cells
    on both sides of it) are read in place, and so
    are runs of rows that do not look like columns (a table, a right-aligned label). A run of
    column rows is cropped per column: all its left-column glyphs, then the next column's, each
    regrouped into lines, so the columns never interleave even when their baselines differ."""
    rows = _rows(glyphs, bbox[1] + HEAD_BAND * (bbox[3] - bbox[1]))
    gutters, sure = _gutters(rows, bbox)
    if not gutters:
        return [ln for ln in map(_line, rows) if ln]
    lines: list[Line] = []
    run: list[list[Glyph]] = []   # consecutive rows that do not cross a gutter
    filled: list[list[bool]] = []  # per row of the run: which columns hold text
    gaps: list[float | None] = []  # per row: the narrowest gap, where it has text on both sides of a gutter
    # rows whose right column is a line of prose (no gap between cells, a good part of the column wide):
    # a table in the left column beside a text column leaves wide gaps before the gutter, and is no
    # full-width table for that
    prose: list[bool] = []   # (or whose left column is, beside a table in the right column)
    right_edge = bbox[2]
    if len(gutters) == 1 and bbox[2] - bbox[0] > bbox[3] - bbox[1]:
        # (a landscape poster's right column where its text ends, not the page's edge: its last third may hold only a
        # figure, "Background | Safety" columns left of it were read as a table's rows; b184-04)
        right_edge = max((max(g.x1 for g in row) for row in rows if _sides(row, gutters[0])[2] > GUTTER_EM), default=bbox[2])

    def columns(a: int, b: int) -> bool:
        # columns: two columns or more with several rows of text, and where a row has text
        # on both sides of a gutter, a gutter-like gap between them (the gaps in a table or
        # beside a label are wider); three-column gutters, which few rows of the page cross,
        # need no such gap (a narrow table or ragged bullets leave wide ones)
        wide = [x for x in gaps[a:b] if x is not None]
        return sum(sum(col) >= COLUMN_ROWS for col in zip(*filled[a:b])) >= 2 \
            and (sure or not wide or statistics.median(wide) <= COLUMN_GAP_EM or sum(prose[a:b]) >= 0.6 * len(wide))

    def emit(a: int, b: int, as_columns: bool):
        if as_columns:
            block = [g for row in run[a:b] for g in row]
            edges = [bbox[0], *gutters, bbox[2]]
            for k in range(len(gutters) + 1):
                side = [g for g in block if _column(g, gutters) == k]
                if len(gutters) == 1 and edges[k + 1] - edges[k] > BODY_BESIDE * (bbox[2] - bbox[0]):
                    # the body beside a sidebar (the Lancet's first page: affiliations left of a full-width summary, then
                    # two columns under it): read as a page of its own, its own gutter found in it
                    lines.extend(_page_lines(side, (edges[k], bbox[1], edges[k + 1], bbox[3])))
                else:
                    lines.extend(ln for ln in map(_line, _rows(side)) if ln)
        else:
            lines.extend(ln for ln in map(_line, run[a:b]) if ln)

    def flush():
        n = len(run)
        if columns(0, n):
            emit(0, n, True)
        else:
            # prose columns above or below a figure's rows set across the gutter, with no line crossing it (b150-01's
            # "Safety. Grade 3 or higher neutropenia …" beside "Survival. Survival estimates are …" over Fig. 2's two
            # panels' axes, "100 | 100", "Months after infusion | Months after infusion"): the columns read as columns,
            # the figure's rows (a wide gap, no line of prose beside it) in place
            odd = [k for k in range(n) if gaps[k] is not None and gaps[k] > COLUMN_GAP_EM and not prose[k]]
            a, b = (odd[0], odd[-1] + 1) if odd else (n, n)
            emit(0, a, columns(0, a))
            emit(a, b, False)
            emit(b, n, columns(b, n))
        run.clear()
        filled.clear()
        gaps.clear()
        prose.clear()

    top, bottom = bbox[1] + HEAD_BAND * (bbox[3] - bbox[1]), bbox[3] - HEAD_BAND * (bbox[3] - bbox[1])
    # a full-width table's rows on a two-column page: cells on both sides of the gutter, and the
    # header row above them (its label cell may be empty: cells on one side suffice); a poster's
    # three columns hold their own tables, side by side
    cells = [_cells_across(row, gutters[0]) if len(gutters) == 1 else 0 for row in rows]
    # (or a table's row whose last cell, a count with its percent or a CI, lies right of the gutter: "CRS  36 (90.0)  …
    # 4 (10.0) | 1 (2.5)", and the rows next to such rows whose last cell there is a bare value: "ICANS  3 (7.5)  … | 0";
    # a bare value alone is a figure's axis in the other column as often: "Age, median (range), y  24 (4-63) | 100")
    last = [_value_across(row, gutters[0]) if c == 1 else 0 for row, c in zip(rows, cells)]
    table = [c == 2 or v == 2 for c, v in zip(cells, last)]
    # (a row with cells on both sides and no other such row within two rows, under a row of that table's cells beside a
    # line of the other column's prose, is a narrow table's last row in one column beside a figure's ticks in the other:
    # "DL3 (1 × 10^7/kg)  7  4 (57.1)  5 (71.4)  2 | 1500  1388" under "DL1 (1 × 10^6/kg)  3  0 … | GVHD was observed
    # within 90 days.", b215-04)
    table = [t and (v == 2 or any(table[k] for k in range(max(0, i - 2), min(len(rows), i + 3)) if k != i)
                    or not any(cells[k] == 1 and _prose_right(rows[k], gutters[0], bbox[2]) for k in range(max(0, i - 2), i)))
             for i, (t, v) in enumerate(zip(table, last))]
    for order in (range(len(rows)), range(len(rows) - 1, -1, -1)):
        for i in order:
            if last[i] == 1 and (i and table[i - 1] or i + 1 < len(rows) and table[i + 1]):
                table[i] = True
    table = [t or (c == 1 and i + 1 < len(rows) and table[i + 1]) for i, (t, c) in enumerate(zip(table, cells))]
    if len(gutters) == 1:
        # a table set across the gutter, narrower than the page: its label cell ends far left of the gutter and its
        # values start inside the gutter, left of the right column's margin ("Refractory to CD19 CAR T (n = 17)" ...
        # "10 (58.8)  7 (41.2)"), where no line of the right column starts
        starts = Counter(round(min(g.x0 for g in _ink(row) if g.x0 >= gutters[0])) for row in rows
                         if any(g.x0 >= gutters[0] for g in _ink(row)))
        margin = starts.most_common(1)[0][0] if starts else None
        for i, row in enumerate(rows):
            left, right, gap = _sides(row, gutters[0])
            ink = _ink(row)
            if margin is not None and left and right and not table[i] and COLUMN_GAP_EM < gap < math.inf:
                size = statistics.median(g.size for g in ink)
                lside = [g for g in ink if (g.x0 + g.x1) / 2 < gutters[0]]
                rside = [g for g in ink if (g.x0 + g.x1) / 2 >= gutters[0]]
                # (one label cell on the left, the value cells on the right: a table in the left column beside a
                # reference list's hanging number has its cells on the left)
                table[i] = rside[0].x0 < margin - 0.5 * size and not _cell_gap(lside, size) and _cell_gap(rside, size)
    if len(gutters) > 1:
        # a table across one gutter of a page with more columns (the Lancet's side column, then the two main columns the
        # table spans: "T-ALL  31 | 28 (90%)  26 (84%)"): a row crossing that gutter only, two cells left of it and values
        # only right of it; its caption's rows down to it ("Patients, | CR/CRi at | MRD-negative") and its label rows
        # between ("Age") are read in place too
        for i, row in enumerate(rows):
            crossed = [x for x in gutters if _sides(row, x)[2] < math.inf]
            table[i] = len(crossed) == 1 and _values_right(row, crossed[0])
        _table_block(rows, table)
    boxes = _side_by_side(rows, gutters, bbox)
    i = 0
    while i < len(rows):
        row, across = rows[i], table[i]
        if i in boxes:   # two boxes side by side: the left one's lines, then the right one's
            flush()
            end, x = boxes[i]
            block = [g for r in rows[i:end] for g in r]
            for right in (False, True):
                lines.extend(ln for ln in map(_line, _rows([g for g in block if ((g.x0 + g.x1) / 2 >= x) == right])) if ln)
            i = end
            continue
        i += 1
        sides = [_sides(row, x) for x in gutters]
        # one piece of text across a gutter, or a running head or foot (in the outer band)
        if across or any(gap < GUTTER_EM for _, _, gap in sides) \
                or max(g.bottom for g in row) < top or min(g.top for g in row) > bottom:
            flush()
            run.append(row)
            filled.append([True] * (len(gutters) + 1))
            gaps.append(None)
            prose.append(False)
            flush()
        else:
            run.append(row)
            cols = [False] * (len(gutters) + 1)
            for g in _ink(row):
                cols[_column(g, gutters)] = True
            filled.append(cols)
            gap = min(gap for _, _, gap in sides)   # its narrowest gap (text is ragged right)
            gaps.append(gap if gap < math.inf else None)
            prose.append(gap < math.inf and len(gutters) == 1
                         and (_prose_right(row, gutters[0], right_edge) or _prose_left(row, gutters[0], bbox[0])))
    flush()
    return lines


CELL_GAP_EM = 0.5   # the narrowest gap between two header cells that ran together (a space is about 0.25 em)


def _span(line: Line, a: int, b: int) -> tuple[int, int, float, float] | None:
    """(a, b, x0, x1) of ``line``'s characters a to b by their boxes, or None when none has a box."""
    boxed = [bx for bx in line.boxes[a:b] if bx is not None]
    return (a, b, boxed[0][0], boxed[-1][2]) if boxed else None


def _words(line: Line) -> list[tuple[int, int, float, float]]:
    """(start, end, x0, x1) of each run of non-space characters of ``line`` with a box (a superscript's "^",
    which has none, stays in its word: "10^7")."""
    out, start = [], None
    for i, ch in enumerate(line.text + " "):
        if start is not None and ch.isdigit() and line.text[i - 1] == ")":
            # a CI's closing parenthesis glued to the next column's value ("86·7 (56·4–96·5)61·0"): two words
            if (w := _span(line, start, i)):
                out.append(w)
            start = None
        if not ch.isspace():
            start = i if start is None else start
        elif start is not None:
            if (w := _span(line, start, i)):
                out.append(w)
            start = None
    return out


def _cell_spans(ln: Line) -> list[tuple[float, float]] | None:
    """(x0, x1) of each of ``ln``'s tab-separated cells, or None when a cell after the first is empty."""
    words = _words(ln)
    bounds = [0] + [i + 1 for i, ch in enumerate(ln.text) if ch == "\t"] + [len(ln.text) + 1]
    row = [[w for w in words if a <= w[0] < b] for a, b in zip(bounds, bounds[1:])]
    if not row[0] or any(not c for c in row[1:]):
        return None
    return [(c[0][2], c[-1][3]) for c in row]


_LINE_NUMBER = re.compile(r"(\d{1,4})(?:\t|$)", re.A)
LINE_NUMBERS = 5   # a manuscript's line numbers: at least this many lines start with one, in one margin column


def _line_numbers(lines: list[Line]) -> list[Line]:
    """The page's lines without an accepted manuscript's line numbers ("12\tthem received a single infusion …"): a
    number starting five lines or more, set apart from the text, its digits ending (right-aligned) or starting at
    one x, and counting up by one from line to line (most of them). A line holding only its number goes."""
    found = []   # (line index, number, its first and last digits' x)
    for i, ln in enumerate(lines):
        if (m := _LINE_NUMBER.match(ln.text)) and ln.boxes[0] and ln.boxes[m.end(1) - 1]:
            found.append((i, int(m.group(1)), round(ln.boxes[0][0]), round(ln.boxes[m.end(1) - 1][2])))
    if len(found) < LINE_NUMBERS:
        return lines
    for edge in (3, 2):   # right-aligned numbers share their right edge, left-aligned ones their left
        x, _ = Counter(f[edge] for f in found).most_common(1)[0]
        column = [f for f in found if abs(f[edge] - x) <= 1]
        steps = [b[1] - a[1] for a, b in zip(column, column[1:])]
        if len(column) >= LINE_NUMBERS and sum(1 for d in steps if d == 1) >= 0.8 * len(steps):
            break
    else:
        return lines
    drop = {i: len(str(n)) for i, n, _, _ in column}
    out = []
    for i, ln in enumerate(lines):
        if i not in drop:
            out.append(ln)
        elif (cut := drop[i] + 1) < len(ln.text):
            out.append(Line(ln.text[cut:], ln.boxes[cut:], ln.top, ln.bottom, ln.size))
    return out


# two cells of a table's row set closer than a cell gap: a count and its percent, then the next column's value
# ("20 (90.9)  2 (9.1)", "2 (66.7)  0"), apart by more than a word space; or a group's size before its first count
# ("17  16 (94.1)" under "n | CR/CRi, n (%)")
_NUM = r"\d+(?:[.\u00b7]\d+)?"
_PCT = rf"\s?\({_NUM}%?\)"   # a count's percent: " (66.7)", "(9.1%)"
_VALUE_PAIR = re.compile(rf"(?:^|(?<=\t))(?:{_NUM}{_PCT}(?P<gap> )(?={_NUM}(?:{_PCT})?(?:\t|$))|\d+(?P<gap2> )(?=\d+{_PCT}(?:\t|$)))")
PAIR_GAP_EM = 0.4   # ... wider than this × font size (a word space is about 0.25 em)
# (or estimates with their CIs, maybe after the row's size, all run into one cell by narrow columns: "27 62.6 (41.8–77.7)
# 37.9 (19.6–56.1) 40.2 (21.7–58.0)" under "Group | N | 6-mo OS | 12-mo OS | 6-mo EFS", a poster's Kaplan–Meier table)
_EST = rf"(?:{_NUM}|NR|NE)(?:\s?\((?:{_NUM}|NR|NE)\s?[-\u2013]\s?(?:{_NUM}|NR|NE)\))?"
_EST_RUN = re.compile(rf"{_EST}(?: {_EST})+")


def _value_pairs(lines: list[Line]) -> list[Line]:
    """Table rows (two tabs or more) with a cell of two values, "n (%)" and the next column's value, parted at the gap
    between them where it is wider than PAIR_GAP_EM: narrow columns leave less than a cell gap between them."""
    out = []
    for ln in lines:
        if "\t" in ln.text and "(" in ln.text:
            text = list(ln.text)
            for m in _VALUE_PAIR.finditer(ln.text) if ln.text.count("\t") >= 2 else ():
                i = m.start("gap") if m.group("gap") else m.start("gap2")
                left, right = ln.boxes[i - 1], ln.boxes[i + 1]
                if left and right and right[0] - left[2] > PAIR_GAP_EM * ln.size:
                    text[i] = "\t"
            a = 0
            for cell in ln.text.split("\t"):
                if _EST_RUN.fullmatch(cell) and ")" in cell:
                    for m in re.finditer(_EST, cell):
                        i = a + m.end()
                        if m.end() < len(cell) and ln.boxes[i - 1] and ln.boxes[i + 1] \
                                and ln.boxes[i + 1][0] - ln.boxes[i - 1][2] > PAIR_GAP_EM * ln.size:
                            text[i] = "\t"
                a += len(cell) + 1
            ln = Line("".join(text), ln.boxes, ln.top, ln.bottom, ln.size)
        out.append(ln)
    return out


def _table_rows(lines: list[Line]) -> list[Line]:
    """Body rows of a table whose label ran into its first value re-split at the table's columns.
    A row label set on two lines leaves its first line close to the first value ("MRD-negative CR/CRi
    at 2 (66.7)  4 (66.7) …", "2-year relapse-free survival, 68·8  18·2 (2·8–44·2) 0·003": closer than
    a cell gap, or after a comma); two rows or more with the table's full number of cells (n ≥ 3) give
    each column's place, and a line among or just below them with fewer cells (two or more) has each
    word put in the column its middle lies in, where the words it parts are wider apart than a space."""
    cells = [ln.text.count("\t") + 1 for ln in lines]
    j = 0
    while j < len(lines):
        n = cells[j]
        if n < 3:
            j += 1
            continue
        full, k, ones = [j], j + 1, 0   # the block: lines with at most n cells, at most three one-cell lines in a row
        while k < len(lines) and cells[k] <= n and ones < 3 \
                and lines[k].top - lines[k - 1].bottom <= 2 * lines[j].size:
            ones = ones + 1 if cells[k] == 1 else 0
            if cells[k] == n:
                full.append(k)
            k += 1
        end = k
        spans = [(i, s) for i in full if (s := _cell_spans(lines[i]))]
        # (a line of as many cells with no label, its first cell right of every other's label, is the head's sizes and the
        # P column's head, one column further right: "N=40 | N=16 | N=24 | P" over "12 months | 82.5 [67.2–91.2] | …", b215-02)
        bare = {i for i, r in spans if len(spans) > 2 and r[0][0] > max(q[0][1] for x, q in spans if x != i)}
        spans = [r for i, r in spans if i not in bare]
        if len(spans) < 2 or not any(2 <= cells[i] < n for i in range(j, end)):
            j = end
            continue
        lefts = [min(r[c][0] for r in spans) for c in range(n)]
        edges = []
        for c in range(1, n):
            right, left = max(r[c - 1][1] for r in spans), min(r[c][0] for r in spans)
            if left <= right:
                break
            # (the labels are ragged right and a wrapped one may be the widest: the first value column starts the values)
            edges.append(left - 1 if c == 1 else (right + left) / 2)
        # a column right of the rows' last one, where only shorter lines have a cell: the P of an endpoint's group row
        # ("Overall survival | 0.03" over "12 months | 82.5 [67.2–91.2] | 68.8 [40.5–85.6] | 91.7 [70.6–97.8]", b215-02)
        last = max(r[-1][1] for r in spans)
        extra = [w[2] for i in range(j, end) if cells[i] < n or i in bare for w in _words(lines[i])[1:]
                 if w[2] > last + CELL_EM * lines[i].size]
        if len(edges) == n - 1 and extra and bare:
            edges.append((last + min(extra)) / 2)
            lefts.append(min(extra))
        if len(edges) >= n - 1:
            for i in range(j, end):
                if 2 <= cells[i] < n or i in bare:
                    cols = _placed(lines[i], _words(lines[i]), edges, lefts, False)
                    if cols and (cols[0] or i in bare):
                        lines[i] = _resplit(lines[i], edges, lefts) or lines[i]
                        cells[i] = lines[i].text.count("\t") + 1
        j = end
    return lines


# the cells' format on a line of its own under a table's head: "number of patients", "(percent)", "n (%)"
_FORMAT_ONLY = re.compile(r"(?:number|no\.)\s+of\s+patients(?:\s*/\s*total\s+no\.)?(?:\s*\((?:%|percent)\))?|\((?:%|percent)\)|n\s*\(%\)", re.I | re.A)


def _table_heads(lines: list[Line]) -> list[Line]:
    """Header lines of a table re-split at its columns. Header cells set in narrow columns come
    close enough to run together ("MRD-negative, n CRS, any grade, CRS, grade ≥3,", over "(%)  n (%)
    n (%)"); the table's rows (two or more with the same number of cells) give each column's place,
    and each word of the one or two lines above them goes to the column its middle lies in."""
    cells = [ln.text.count("\t") + 1 for ln in lines]
    for j in range(2, len(lines) - 1):
        n = cells[j]
        if n < 3 or cells[j - 1] == n or not any(cells[k] == n for k in range(j + 1, min(j + 3, len(lines)))):
            continue   # (a group's label line may come between the first two rows: "All patients | 36 | …", "Dose level")
        rows, k = [], j   # the table's rows: consecutive, a group's label line between them ("Dose level") aside
        while k < len(lines) and len(rows) < 8 and (cells[k] == n or cells[k] == 1 and k + 1 < len(lines) and cells[k + 1] == n):
            rows += [lines[k]] if cells[k] == n else []
            k += 1
        spans = []   # per row, per cell: (x0, x1)
        for ln in rows:
            words = _words(ln)
            bounds = [0] + [i + 1 for i, ch in enumerate(ln.text) if ch == "\t"] + [len(ln.text) + 1]
            row = [[w for w in words if a <= w[0] < b] for a, b in zip(bounds, bounds[1:])]
            if sum(1 for c in row[1:] if not c) > 1:
                break   # (one empty cell may be a p-value stated once per pair of rows)
            span = [(c[0][2], c[-1][3]) if c else None for c in row]
            if spans and any(a and b and abs(a[0] - b[0]) > 1.5 * ln.size and abs(a[0] + a[1] - b[0] - b[1]) > 3 * ln.size
                             for a, b in zip(span[1:], spans[0][1:])):
                break   # (another table's head after a label line: its cells elsewhere; a column's cells centred under
                # their head line up by their middles, not their left edges: "0" under "2 (66.7)" in "CRS, grade ≥3")
            spans.append(span)
        if len(spans) < 2 or not all(any(r[k] for r in spans) for k in range(n)):
            continue
        lefts = [min(r[k][0] for r in spans if r[k]) for k in range(n)]   # each column's left edge
        edges = []   # the boundary between column k and k + 1: the middle of the gap between them
        for k in range(1, n):
            right = max(r[k - 1][1] for r in spans if r[k - 1])
            left = min(r[k][0] for r in spans if r[k])
            if left <= right:
                break
            edges.append((right + left) / 2)
        if len(edges) != n - 1:
            continue
        k, top = 0, lines[j].top   # the head's lines so far, up from the rows (a head may wrap onto four lines)
        for h in range(j - 1, max(j - 8, -1), -1):
            if _FORMAT_ONLY.fullmatch(lines[h].text.strip()) or k == 0 and cells[h] == 1 and len(lines[h].text) <= 30 \
                    and not lines[h].text.rstrip().endswith(".") and (
                    (one := _resplit(lines[h], edges, lefts)) and not any(one.text.split("\t")[1:])):
                top = lines[h].top
                continue   # (NEJM's "number of patients" over "(percent)", or a group's label in the first column,
                # "Efficacy", between the head and the rows)
            k += 1
            if k > 4 or cells[h] > n or lines[h].bottom > top \
                    or top - lines[h].bottom > (3 if k <= 2 else 2 + k) * lines[j].size:
                break
            if cells[h] == n:
                continue   # (a header line already in the columns)
            if cells[h] == 1 and lines[h].text.rstrip().endswith("."):
                break   # (a sentence: no head)
            split = _resplit(lines[h], edges, lefts)
            heads = split.text.split("\t") if split else []
            if not heads or sum(1 for c in heads if c) < (1 if k <= 2 and not heads[0] else 2):
                break   # (one head's last line alone, "= 10)", is in a column; a caption or prose above is not)
            lines[h] = split
            cells[h] = n
    return lines


def _resplit(line: Line, edges: list[float], lefts: list[float]) -> Line | None:
    """``line`` with its words put in the columns that ``edges`` bound (empty cells where none); a
    header set flush left with its columns ("Autologous (n" over "3 (50.0)") puts each word in the
    last column starting at or before it. None when that would part two words a plain space apart
    where no column starts (a head wider than its column: "Eqba-cel, grade 1–2" over a narrow count
    column is one cell, not "grade" | "1–2")."""
    words = _split_at_lefts(line, _words(line), lefts)
    flush = sum(1 for x in lefts[1:] if any(abs(w[2] - x) <= 1 for w in words)) * 2 >= len(lefts) - 1
    cols = _placed(line, words, edges, lefts, flush)
    if cols is None and flush:   # (a centred head's "×" may sit at a column's left edge by chance)
        cols = _placed(line, words, edges, lefts, False)
    if cols is None:
        return None
    text, boxes = [], []
    for k, col in enumerate(cols):
        if k:
            text.append("\t")
            boxes.append(None)
        for i, (a, b) in enumerate(col):
            if i and a != col[i - 1][1]:
                text.append(" ")
                boxes.append(None)
            text.extend(line.text[a:b])
            boxes.extend(line.boxes[a:b])
    return Line("".join(text), boxes, line.top, line.bottom, line.size)


def _split_at_lefts(line: Line, words: list, lefts: list[float]) -> list:
    """``words`` parted where a capital, digit or parenthesis starts right at a column's left edge inside one (head
    cells set with no gap: "cells/kgPatients," over the columns "5 × 10⁵ | 3"; or after a head's closing comma,
    "MRD-neg CR,CRS ≥3," over "3 (50.0) | 0", its "n (%)" on the next line)."""
    out = []
    for a, b, x0, x1 in words:
        start = a
        for i in range(a + 1, b):
            if line.boxes[i] and line.boxes[i - 1] and (line.text[i].isupper() or line.text[i].isdigit() or line.text[i] == "(") \
                    and (line.text[i - 1].isalpha() or line.text[i - 1] == ",") and any(abs(line.boxes[i][0] - x) <= 0.5 for x in lefts[1:]):
                out.append(_span(line, start, i))
                start = i
        out.append(_span(line, start, b) if start > a else (a, b, x0, x1))
    return out


def _placed(line: Line, words: list, edges: list[float], lefts: list[float], flush: bool) -> list[list[tuple[int, int]]] | None:
    """Per column, the (start, end) of ``line``'s words in it (see _resplit), or None."""
    cols: list[list[tuple[int, int]]] = [[] for _ in range(len(edges) + 1)]
    prev = None
    for a, b, x0, x1 in words:
        if flush:
            k = max(i for i, x in enumerate(lefts) if x <= x0 + 1 or i == 0)
            starts = any(abs(x0 - x) <= 1 for x in lefts)
        else:
            k = sum(1 for e in edges if (x0 + x1) / 2 > e)
            starts = False
        if prev and prev[0] != k and not starts and x0 - prev[1] < CELL_GAP_EM * line.size \
                and "\t" not in line.text[prev[2]:a] and a != prev[2]:   # (words glued by _words' split part at an edge)
            return None
        cols[k].append((a, b))
        prev = (k, x1, b)
    return cols


# words only prose has between its figures (a table's cells are names and values)
_FUNCTION_WORDS = frozenset("the of with had has have and in a an was were to for at on by from who that than after or is are "
                            "no not there all both but as been be this these which while whereas".split())


def _line(glyphs: list[Glyph]) -> Line | None:
    """The text of one visual line, left to right, with a box per character. Spaces come
    from space glyphs or from gaps wider than SPACE_EM, a tab from a gap wider than CELL_EM
    (between a table's cells); superscripts as in the module doc."""
    gl = sorted(glyphs, key=lambda g: g.x0)
    ink = [g for g in gl if not g.text.isspace()]
    if not ink:
        return None
    size = Counter(round(g.size, 1) for g in ink).most_common(1)[0][0]
    baseline = statistics.median(g.bottom for g in ink if abs(g.size - size) < 0.5)

    def raised(g: Glyph) -> bool:
        return g.size < SUP_SIZE * size and g.bottom < baseline - SUP_RAISE * size

    chars: list[str] = []
    boxes: list = []
    gaps: list[float] = []      # each tab's gap, in em
    prev: Glyph | None = None   # the glyph left of the next one, emitted or not
    space = False               # a space glyph (or a dropped marker's space) is pending

    def emit(g: Glyph, join: bool = False):
        nonlocal prev, space
        if g.text.isspace():
            space = True
        else:
            if chars and not join and (space or g.x0 - prev.x1 > SPACE_EM * min(g.size, prev.size)):
                gap = (g.x0 - prev.x1) / min(g.size, prev.size)   # (from a dropped marker's end, too)
                # (a justified line stretches the space after a sentence's or clause's end most)
                chars.append("\t" if gap > CELL_EM and (gap > 2 * CELL_EM or chars[-1] not in ".,;:") else " ")
                boxes.append(None)
                if chars[-1] == "\t":
                    gaps.append(gap)
            space = False
            # (a glyph with no character, "(cid:…)" or NUL from a CJK font without its map: the replacement character)
            for ch in LIGATURES.get(g.text, g.text if not g.text.startswith("(cid:") and g.text != "\x00" else "\ufffd"):
                chars.append(ch)
                boxes.append(g.box)
        prev = g

    i = 0
    while i < len(gl):
        if not raised(gl[i]):
            emit(gl[i])
            i += 1
            continue
        j = i
        while j < len(gl) and raised(gl[j]):
            j += 1
        run = gl[i:j]
        kind = _superscript(
            "".join(g.text for g in run).strip(), "".join(chars[-8:]))
        if kind == "power":
            chars.append("^")
            boxes.append(None)
            for g in run:
                emit(g, join=True)
        elif kind == "drop":
            prev = run[-1]
            space = space or any(g.text.isspace() for g in run)
        else:
            for g in run:
                emit(g)
        i = j
    if not chars:
        return None
    text = "".join(chars)
    if len(gaps) >= 2 and _stretched_alike(gaps) and len(set(words := text.split("\t"))) == len(words) \
            and all(text[i - 1] in ".,;:" for i, ch in enumerate(text) if ch == " ") \
            and (not any(ch.isdigit() for ch in text) or len(fw := _FUNCTION_WORDS.intersection(words)) >= 2
                 or fw and len(words) >= 5 and sum(1 for w in words if w.isalpha() and w.islower()) >= 3):
        # a justified line of few long words ("incomplete   haematological   recovery   was"): every gap
        # stretched alike (a space only after a clause's end), no repeated word, and no figure unless words of
        # prose hold it ("Of   the   10   patients   with   T-LBL,", "CRS   developed   in   41   patients   (78.8%);"):
        # two function words, or one among three lower-case words of five or more; a table's cells are set apart
        # by gaps as uneven as their texts, or repeat a header ("Months   Months   Months")
        text = text.replace("\t", " ")
    return Line(text, boxes, min(g.top for g in ink), max(g.bottom for g in ink), size)


def _superscript(run: str, before: str) -> str:
    """What to do with a superscript ``run`` after the text ``before`` it on its line:
    "power" (write base^run), "drop" (a citation or affiliation marker) or "text"."""
    if POWER_RE.fullmatch(run) and POWER_BASE_RE.search(before):
        return "power"
    if run in ("2", "3") and UNIT_BASE_RE.search(before):
        return "power"
    if MARKER_RE.fullmatch(run):
        return "drop"
    return "text"


# --- the whole document --------------------------------------------------------------------

_TABLE_CAPTION = re.compile(r"(?:Table|TABLE)\s+[0-9IVS]", re.A)
# ... or unnumbered, the only table of a letter: "Table: Day-28 response by subgroup" (a table's rows under it: _table_block)
_TABLE_CAPTION_LINE = re.compile(r"(?:Table|TABLE)\b\s*(?:[0-9IVS]|[:.])", re.A)
# a running head or foot by its page and authors, or the issue, even on one page only: "3562 LIU et al\t22 JULY 2025 ·
# VOLUME 9, NUMBER 14"
_RUNNING_HEAD = re.compile(r"^\d{1,5}[ \t]+[A-Z][A-Za-z'-]+[ \t]+(?:and[ \t]+[A-Z][A-Za-z'-]+[ \t]+)?et[ \t]+al\b|"
                           r"\bVOLUME[ \t]+\d{1,3},[ \t]+NUMBER[ \t]+\d{1,3}\b", re.A)


# the article's dates on a line ("Received: 2 June 2025 Accepted: 30 October 2025")
_HISTORY_WORDS = re.compile(r"\b(?:Received|Accepted|Published(?:[ \t]+online)?)[ \t]*:[ \t]*\d", re.I)
# a running foot of the DOI and the page number only (Haematologica's "doi:10.3324/haematol.2023.884412   1021", or the
# number first on a left-hand page), not a wrapped reference's DOI line (no page number beside it)
_DOI_FOOT = re.compile(r"[ \t]*(?:\d{1,4}[ \t]+(?:https?://)?(?:dx\.)?doi[:.][^\s]+|(?:https?://)?(?:dx\.)?doi[:.][^\s]+[ \t]+\d{1,4})[ \t]*$", re.I)
# ... or a DOI alone on its line under a capitals label, in no reference (Wiley's "DOI: 10.5555/ajh.88152" over "Am J Hematol.
# 2026;…", JCO's "DOI https://doi.org/10.5555/JCO.24.88152 | 2217" under the first page's references; a reference's DOI wrapped
# onto a line of its own is "doi:10.5555/…" or a bare link)
_DOI_LINE = re.compile(r"[ \t]*DOI:?[ \t]*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+(?:[ \t]+\d{1,4})?[ \t]*")


# ... or a bare DOI link on the line over that history line (Haematologica's end matter: "https://doi.org/10.…" over
# "Received: October 3, 2024. Accepted: January 8, 2025. Early view: January 16, 2025.")
_DOI_OVER_HISTORY = re.compile(r"^[ \t]*(?:https?://(?:dx\.)?doi\.org/|doi:?[ \t]*)(?P<doi>10\.\d{4,9}/\S+)[ \t]*\n"
                               r"(?=[ \t]*(?:Received|Submitted):?[ \t])", re.M | re.I)


def _presented(page: str, start: int) -> bool:
    """Whether the line at ``start`` is a poster's foot of its presentation and citation, or that foot's wrapped second line
    ("Presented at the 2025 ASCO Annual Meeting, Chicago, IL, May 30–June 3, 2025. J Clin Oncol 43, 2025 (suppl 16; abstr
    7021). DOI: 10.5555/JCO.2025.43.16_suppl.7021", under its references)."""
    return bool(PRESENTED_AT_RE.match(page, start)) \
        or start > 0 and bool(PRESENTED_AT_RE.match(page, page.rfind("\n", 0, start - 1) + 1))

# a page's footnote of the article's dates or correspondence ("Received: 2 October 2024 Revised: …", "Published online: 14
# February 2025", "Correspondence: …")
_PAGE_NOTE = re.compile(r"[ \t]*(?:Received|Revised|Accepted|Submitted|Published(?:[ \t]+online)?|First[ \t]+published|"
                        r"Correspondence|Corresponding[ \t]+author)\b[ \t]*:", re.I)


def _drop_furniture(pages: list[tuple[int, tuple, list[Line]]]) -> list[tuple[int, list[Line]]]:
    """(page number, lines) without running headers/footers and page numbers: lines in the
    top or bottom MARGIN of a page that are a bare page number, or whose text (digits
    ignored, so "Zhang et al. 1899" matches "Zhang et al. 1901") recurs within 4 pt of the
    same height on 2 pages or more."""
    def in_margin(line: Line, bbox: tuple) -> bool:
        middle, height = (line.top + line.bottom) / 2, bbox[3] - bbox[1]
        return middle < bbox[1] + MARGIN * height or middle > bbox[3] - MARGIN * height

    def norm(s: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", s.lower()))

    seen: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for p, (_, bbox, lines) in enumerate(pages):
        for line in lines:
            if in_margin(line, bbox):
                seen[norm(line.text)].append((p, line.top))
    out = []
    for p, (number, bbox, lines) in enumerate(pages):
        keep = []
        for k, line in enumerate(lines):
            if in_margin(line, bbox):
                if PAGE_NUMBER_RE.fullmatch(line.text) or _RUNNING_HEAD.search(line.text):
                    continue
                if len({q for q, top in seen[norm(line.text)] if abs(top - line.top) <= 4}) >= 2 \
                        and not (k and _TABLE_CAPTION.match(lines[k - 1].text)):
                    continue   # (a table's head under its caption, repeated where the table goes on: "Table 2 (continued)")
            keep.append(line)
        out.append((number, keep, bbox))
    return _defer_notes(out)


def _defer_notes(pages: list[tuple[int, list[Line], tuple]]) -> list[tuple[int, list[Line]]]:
    """The pages' lines with each footnote of dates or correspondence that a sentence runs across moved after the last
    page: set in the lower part of a page, after a line with no end punctuation and before one going on in lower case
    ("… respectively. Among" over "Received: 2 October 2024 … Accepted: 27 January 2025" and "Published online: 14 February
    2025", then the next column's "responders, consolidative allo-HSCT …")."""
    notes: list[Line] = []
    out = []
    for p, (number, lines, bbox) in enumerate(pages):
        keep, k = [], 0
        while k < len(lines):
            j = k
            while j < len(lines) and _PAGE_NOTE.match(lines[j].text) and lines[j].top > bbox[1] + 0.6 * (bbox[3] - bbox[1]):
                j += 1
            after = lines[j] if j < len(lines) else next((ln[0] for _, ln, _ in pages[p + 1:] if ln), None)
            if j > k and keep and not keep[-1].text.rstrip().endswith((".", "!", "?", ":")) \
                    and after is not None and after.text[:1].islower():
                notes += lines[k:j]
                k = j
                continue
            keep.append(lines[k])
            k += 1
        out.append((number, keep))
    if notes and out:
        out[-1] = (out[-1][0], out[-1][1] + notes)
    return out


SAME_SIZE = 0.3     # a line of the same text as another: font sizes within this many points
CUT_SPAN = 80       # lines of other matter (a figure, its legend, a running head) a sentence is looked for across
CUT_END = 12        # ... and lines of the sentence's rest its end is looked for in


def _rejoin_cut(pages: list[tuple[int, list[Line]]]) -> list[tuple[int, list[Line]]]:
    """The pages' lines with other matter set inside a sentence moved after the sentence's end. A line of prose
    ending with no end punctuation, then lines of another font size (a figure's labels and legend, a running
    head over the next page), then a line of the prose's size that goes on with the sentence (in lower case,
    or closing a parenthesis left open: "Twelve-month overall survival was 66.7% (95% CI" … "42.5–82.5). Two
    complete responders …"): the other matter goes after the first line of the prose ending with a sentence's end
    (no sentence is cut in its place). A line keeps its page (the page spans stay whole); a moved line's boxes are
    dropped when it lands on another page."""
    flat = [(p, ln) for p, (_, lines) in enumerate(pages) for ln in lines]
    i = 0
    while i < len(flat):
        cut = flat[i][1]
        t = cut.text.rstrip()
        j = i + 1
        if len(t) >= 30 and "\t" not in t and not t.endswith((".", "!", "?", ":", ";")):
            while j < len(flat) and j - i <= CUT_SPAN and (
                    abs(flat[j][1].size - cut.size) > SAME_SIZE or _TABLE_CAPTION.match(flat[j][1].text) and (
                        j > i + 1 or _TITLED_CAPTION.match(flat[j][1].text) and not _WANTS_MORE.search(t))):
                j += 1   # (a table's caption set in the prose's size: "Table 2 Cytokine release syndrome, … (N=32)")
        if j == i + 1 or j >= len(flat) or j - i > CUT_SPAN or not _goes_on(t, flat[j][1].text):
            i += 1
            continue
        end = next((e for e in range(j, min(j + CUT_END, len(flat)))
                    if abs(flat[e][1].size - cut.size) > SAME_SIZE or _SENTENCE_END.search(flat[e][1].text)), None)
        if end is None or abs(flat[end][1].size - cut.size) > SAME_SIZE:
            i += 1
            continue
        block = flat[i + 1:j]
        rest = flat[j:end + 1]
        page = rest[-1][0]
        moved = [(page, ln if p == page else Line(ln.text, [None] * len(ln.text), ln.top, ln.bottom, ln.size))
                 for p, ln in block]
        # the sentence's rest keeps its own page: it moves up only within that page's lines
        flat[i + 1:end + 1] = rest + moved
        i = end + 1
    out: list[tuple[int, list[Line]]] = [(number, []) for number, _ in pages]
    for p, ln in flat:
        out[p][1].append(ln)
    return out


# a table's caption right under a cut line, by its number's colon or period and its title: "Of the 15 patients with
# extramedullary disease, PET-CT at 3 months" / "Table 2: Response by day 28 according to baseline subgroup" / "showed
# complete remission in 11 …" (not a sentence's own "… as listed in" / "Table 2. …")
_TITLED_CAPTION = re.compile(r"(?:Table|TABLE)\s+[0-9IVS]{1,4}\s*[:.]\s+[A-Z]", re.A)

# a line of prose ending a sentence ("4.2 months after infusion.", "(Fig. 1c).")
_SENTENCE_END = re.compile(r"[.!?][)\]\"'’”]*[ \t]*$")


# a cut line ending with a word that wants what follows, over a line opening with a value: "… the 12-month PFS and OS were" /
# "74.2% (95% CI 55.1% to 86.1%) and" cut by the page's foot, the next page's head and a table before "87.4% (95% CI 70.0% to
# 95.1%), respectively."
_WANTS_MORE = re.compile(r"(?:,|\b(?:and|or|were|was|of|in|to|with|than|vs\.?|versus))$", re.A)
_VALUE_OPENS = re.compile(r"[<>\u2264\u2265]?\d+(?:\.\d+)?\s*(?:%|/\s*\d+\b|of\s+\d+\b|months\b)", re.A)


def _goes_on(cut: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``cut`` broke off: in lower case, closing its open parenthesis, or with
    the value the cut's last word wants."""
    if "\t" in line or not line:
        return False
    if line[0].islower():
        return True
    if _WANTS_MORE.search(cut) and _VALUE_OPENS.match(line):
        return True
    close = line.find(")")
    return cut.rfind("(") > cut.rfind(")") and close > 0 and "(" not in line[:close]


def _assemble(pages: list[tuple[int, list[Line]]]):
    """The canonical text from the pages' lines → (text, boxes, page spans, line index), the
    line index holding [page, start, end, font size] of every line in the text."""
    chars: list[str] = []
    boxes: list = []
    starts: list[tuple[int, int]] = []   # (offset, page number) where each page's text begins
    index: list[list] = []
    for number, lines in pages:
        for k, line in enumerate(lines):
            if chars:
                _join(chars, boxes, line.text[0], index)
            if k == 0:
                starts.append((len(chars), number))
            index.append([number, len(chars), len(chars) + len(line.text), line.size])
            chars.extend(line.text)
            boxes.extend(line.boxes)
    spans = [PageSpan(start, starts[i + 1][0] if i + 1 < len(starts) else len(chars), number)
             for i, (start, number) in enumerate(starts)]
    return "".join(chars), boxes, spans, index


def _join(chars: list[str], boxes: list, nxt: str, index: list[list]) -> None:
    """Append what goes between the text so far and a line starting with ``nxt``: "\\n", or
    nothing after a hyphen. The hyphen itself is removed after a soft hyphen, or for a word
    broken across lines (a lower-case letter before it, a lower-case letter next); a hyphen
    after a capital or digit ("CAR-", "T-", "CD7-") is a real one and stays."""
    last, before = chars[-1], chars[-2] if len(chars) > 1 else " "
    if last in "-\u00ad\u2010\u2011–" and not before.isspace():
        if last == "\u00ad" or (last != "–" and before.islower() and nxt.islower()):
            chars.pop()
            boxes.pop()
            index[-1][2] -= 1
        return
    chars.append("\n")
    boxes.append(None)


# a reference's own numbered entry, wrapped: the lines after "1. Zhao L, Guo P, Li S, et al. Donor-derived CD7 CAR-T in" up to
# the one ending it ("T-ALL. Blood. 2023;142(Suppl 1):771." is no citation line of the article's)
_REFERENCE_ENTRY = re.compile(r"[ \t]*\[?\d{1,3}[.\])][ \t]+\S")
# (or run in after the one before, as posters set them: "References: 1. Munshi NC, et al. N Engl J Med. 2021;384:705-716. 2. Berdeja
# JG, et al." over "Lancet. 2021;398:314-324.")
# where a reference ends: its pages, volume or year, or its DOI or link, with the period after them (a line ending with the
# title's period, "… Inducible caspase-9 switches in cellular therapy.", or the authors' "et al." goes on)
_ENTRY_END = re.compile(r"(?:\d[\])]?|\b(?:doi:?[ \t]*|https?://)\S+)\.?$")
_RUN_IN_ENTRY = re.compile(rf"(?:^|[.:][ \t]+){_ENTRY}")
# a run-in entry's number left at the end of the line before its text: "… N Engl J Med. 2022;386:640-54. 3." over "Romano G,
# et al. Blood Adv. 2023;7:2140-50." (a poster's reference list: that line is the third entry, no citation of the poster)
_ENTRY_NUMBER_END = re.compile(r"(?:^|\.[ \t]+)\d{1,3}\.$")


def _in_reference(page: str, start: int) -> bool:
    """Whether the line at ``start`` goes on a numbered reference above it (no line between them ends as a reference does)."""
    end = start - 1
    for _ in range(3):
        if end <= 0:
            return False
        a = page.rfind("\n", 0, end) + 1
        line = page[a:end].rstrip()
        if _ENTRY_NUMBER_END.search(line):
            return True
        if _ENTRY_END.search(line):
            return False
        if _REFERENCE_ENTRY.match(page, a) or _RUN_IN_ENTRY.search(line):
            return True
        end = a - 1
    return False


def _meta(page: str, text: str, spans: list[PageSpan], index: list[list]) -> dict:
    """pmid, doi, journal and year as stated in ``page`` (the first page with text, running
    header and footer included: a citation line, else a copyright or supplement line), the
    title from that page's lines in the text, and the notices the text announces."""
    first = spans[0]
    refs = REFERENCES_HEADING_RE.search(page)

    def own(m: re.Match) -> bool:
        # (past the reference list's heading, only the article's own citation line, a footer that starts with its journal:
        # "Blood Adv. 2025;9(15):4012-4021. doi:10.5555/…. PMID: 88110101", not a reference's PMID or DOI)
        if refs is None or m.start() < refs.start():
            return True
        start = page.rfind("\n", 0, m.start()) + 1
        line = page[start:page.find("\n", m.start()) % (len(page) + 1)]
        # (or a running foot in parts: "Received: 3 March 2025 Accepted: 18 March 2025 · PMID: 88109202")
        # (or beside the article's dates: "PMID: 88124006 Received: 2 June 2025 Accepted: 30 October 2025")
        return bool(CITATION_RE.match(page, start)) and not _in_reference(page, start) \
            or ("\u00b7" in line or " | " in line or _HISTORY_WORDS.search(line)) and not re.match(r"\s*\d{1,3}\.\s", line) \
            or bool(_DOI_FOOT.fullmatch(line)) or bool(_DOI_LINE.fullmatch(line)) and not _in_reference(page, start) \
            or _presented(page, start)

    pmid = next((m for m in PMID_RE.finditer(page) if own(m)), None)
    notices = text_notices(text)
    # the first DOI on the page that is not a related record's ("See the related Commentary … (doi:…)")
    linked = {n.doi for n in notices}
    def doi_of(m: re.Match) -> str | None:   # (a DOI wrapped after its prefix's slash: its line break dropped)
        return clean_doi(m.group(1).replace("\n", ""))
    doi_m = next((m for m in DOI_RE.finditer(page) if own(m) and doi_of(m) not in linked), None)
    doi = doi_of(doi_m) if doi_m else None
    cite = next((m for m in CITATION_RE.finditer(page) if own(m)), None)
    year = int(cite.group("year") or cite.group("pyear") or cite.group("eyear")) if cite else front_matter_year(page)
    if year is None and refs is not None:
        # (the first page's foot set under its references: "ACCEPTED February 18, 2025 | PUBLISHED April 2, 2025" and "J Clin
        # Oncol 43:2217-2228 © 2025 by American Society of Clinical Oncology" after the list's first entries; no reference's line)
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", page[refs.end():])]
        year = front_matter_year("\n".join(ln for a, ln in lines if not _REFERENCE_ENTRY.match(ln)
                                           and not _in_reference(page, refs.end() + a)))
    if year is None and len(page) > FRONT_CHARS:
        # (the first page's foot past the front matter's reach, a long page's last lines: "1186 | BLOOD, 13 MARCH 2025 •
        # VOLUME 145, NUMBER 11 | © 2025 American Society of Hematology"; the issue's year, before the history line's online one)
        year = front_matter_year(page[page.rfind("\n", 0, len(page) - 300) + 1:])
    if (doi is None or year is None) and (h := HISTORY_LINE_RE.search(text)):
        # (the article's own history line, set at its end: "Submitted …; accepted …; prepublished online … 2025. https://doi.org/…")
        doi = doi or (clean_doi(h.group("doi")) if h.group("doi") else None)
        year = year or int(h.group("y1") or h.group("y2"))
        if doi is None and (d := _DOI_OVER_HISTORY.search(text)):
            doi = clean_doi(d.group("doi"))
    if year is None and (doi is None or _presented(page, page.rfind("\n", 0, doi_m.start()) + 1) or "PRESENTED AT" in page):
        # (a poster or an abstract book's page: no article, its year the meeting's; also when its DOI is on its
        # "Presented at …" foot, or on an ASCO poster, whose template's foot says "PRESENTED AT: 2025 ASCO® ANNUAL MEETING")
        year = poster_year(page, text)
    return {
        "pmid": pmid.group(1) if pmid else None,
        "doi": doi,
        "title": _title(text, [ln for ln in index if ln[0] == first.page]),
        "journal": cite.group("journal").strip(" .,") if cite else None,
        "year": year,
        "notices": notices,
        "publication_types": [],
    }


def _title(text: str, lines: list[list]) -> str | None:
    """The largest-font run of consecutive lines on the page, joined, if that font is larger
    than the page's most common one and the run has 3 words or more (not a masthead)."""
    if not lines:
        return None
    weight = Counter()
    for _, start, end, size in lines:
        weight[round(size, 1)] += end - start
    body_size = weight.most_common(1)[0][0]
    runs: list[list] = []   # [size, start, end, the size of its longest line, that line's length]
    for _, start, end, size in lines:
        if runs and abs(runs[-1][0] - size) < 0.5:
            runs[-1][2] = end
            if end - start > runs[-1][4]:
                runs[-1][3:] = [size, end - start]
        else:
            runs.append([size, start, end, size, end - start])
    # (a run is as large as its longest line: an abstract's number a little larger over its title, "232" at 9.2 pt over
    # "A Phase 1/2 Study of …" at 9 pt, makes that title no larger than the page's first, b215-04)
    candidates = [r for r in runs if r[3] > body_size + 0.5 and len(text[r[1]:r[2]].split()) >= 3]
    if not candidates:
        return None
    _, start, end, _, _ = max(candidates, key=lambda r: r[3])   # the first of the largest
    return clean_title(text[start:end].replace("\n", " "))


__all__ = ["read_pdf"]
