"""The PDF reader on PDFs generated here with reportlab (see pdf_factory)."""
from __future__ import annotations

import functools
import io
import json
import re
import sys
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_document, extract_path
from extract.docfields import trial_ids
from extract.errors import SourceError
from extract.readers import read_path
from extract.readers.pdf import Glyph, _gutters, _in_reference, _line, back_matter, read_pdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_factory as F  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HEADER = "Journal of Generated Tests 2024; 12: 101-120"
FOOTER = "Downloaded from example.org on 1 January 2025. For personal use only."
TITLE = "Reading two-column articles with CD7-targeted CAR-T cells in a generated journal"
ABSTRACT = ("This abstract runs across the whole width of the page above both columns. "
            "It states that 12 patients were treated and that the reader must keep it first.")
PARAGRAPHS = [f"Paragraph {i} opens with marker P{i}A and talks about column text for long "
              f"enough to wrap over several lines of one column before it closes with P{i}Z."
              for i in range(1, 41)]


def _prose_around(c, above: float, below: float, step: float):
    """Four lines of prose across the page above a table and four below it, as on a real page (a table alone on a page
    reads as columns)."""
    for k in range(4):
        c.drawString(44, above - step * k, f"Line {k} of the running text above the table says how the patients were treated "
                                           "and how their responses were assessed in both groups of patients.")
        c.drawString(44, below - step * k, f"Line {k} of the running text below the table says what the table shows and how "
                                           "the adverse events were graded in this study of the two groups.")


def read(data: bytes, path: str = "test.pdf"):
    docs = list(read_pdf(data, path, "sha"))
    assert len(docs) == 1
    return docs[0]


def flat(text: str) -> str:
    return " ".join(text.split())


@functools.lru_cache(maxsize=None)
def two_column(stagger: float = 0) -> tuple[bytes, object]:
    data = F.article_pdf(title=TITLE, abstract=ABSTRACT, body=PARAGRAPHS,
                         header=HEADER, footer=FOOTER, stagger=stagger)
    return data, read(data)


@pytest.mark.parametrize("stagger", [0, 5.5])  # columns on the same or on offset baselines
def test_two_column_reading_order_with_headers_and_page_numbers_dropped(stagger):
    data, doc = two_column(stagger)
    assert doc.format == "pdf"
    assert [p.page for p in doc.pages] == [1, 2]
    text = flat(doc.text)
    # title, then the full-width abstract, then every paragraph whole and in order
    positions = [text.index(TITLE), text.index(ABSTRACT)] + [text.index(p) for p in PARAGRAPHS]
    assert positions == sorted(positions)
    # the columns really were side by side: some paragraph starts in a right column
    assert any(doc.boxes[doc.text.index(f"P{i}A")][0] > 306 for i in range(1, 41))
    # running header, footer and page numbers are gone
    assert "Journal of Generated" not in doc.text and "Downloaded" not in doc.text
    assert not [ln for ln in doc.text.split("\n") if ln.strip().isdigit()]
    # page map: the last paragraph is on page 2, the title on page 1
    assert doc.page_of(doc.text.index("P40Z")) == 2
    assert doc.page_of(doc.text.index("Reading two-column")) == 1
    assert doc.meta["title"] == TITLE


def test_naive_extraction_would_interleave_the_columns():
    """Guard for the test above: pdfplumber's own text mixes the two columns per line."""
    data, _ = two_column()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        naive = flat(pdf.pages[1].extract_text())
    assert not all(p in naive for p in PARAGRAPHS[20:24])


@pytest.mark.parametrize("stagger", [0, 5.5])
def test_three_columns_read_one_after_the_other(stagger):
    """A poster or landscape page in three columns: two gutters, near a third and two thirds of
    the width; each column is read whole, left to right. A narrow table inside a column (wide
    gaps before the next column) does not make the run a table, and a last page whose third
    column stays empty keeps its one gutter."""
    table = [["Disease\tN\tORR, n (%)"], ["T-ALL\t12\t10 (83%)"], ["PTCL\t5\t3 (60%)"],
             ["All\t17\t13 (76%)"]]
    body = PARAGRAPHS[:14] + [line for rows in table for line in rows] + PARAGRAPHS[14:24]
    body = [[ln.replace("\t", "   ")] if isinstance(ln, str) and "\t" in ln else ln for ln in body]
    data = F.article_pdf(title=TITLE, abstract=ABSTRACT, body=body, columns=3,
                         header=HEADER, footer=FOOTER, stagger=stagger)
    doc = read(data)
    text = flat(doc.text)
    positions = [text.index(TITLE), text.index(ABSTRACT)] + [text.index(p) for p in PARAGRAPHS[:24]]
    assert positions == sorted(positions)
    assert text.index(PARAGRAPHS[13]) < text.index("PTCL") < text.index(PARAGRAPHS[14])
    # all three columns were used on page 1, and the last page has text in fewer columns
    assert any(doc.boxes[doc.text.index(f"P{i}A")][0] > 400 for i in range(1, 25))
    assert "Journal of Generated" not in doc.text and "Downloaded" not in doc.text


def test_landscape_poster_with_a_short_middle_column_keeps_three_columns():
    """A landscape poster whose middle column is short (a table, then empty): below the table the
    middle column leaves as many rows empty near its right edge as the two real gutters, and that
    gap must not win as a two-column gutter (it would read the left and middle columns across)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica", 9)
    table = ["Table. Response by age group", "CR/CRi, n (%)     25 (96.2)     13 (92.9)",
             "CRS gr 3, n (%)     1 (3.8)     1 (7.1)", "ICANS gr 1, n (%)     1 (3.8)     2 (14.3)"]
    for i in range(30):
        c.drawString(30, h - 80 - 12 * i, f"Left line {i} tells how the patients did after CAR-T")
        c.drawString(560, h - 80 - 12 * i, f"Right line {i} gives the poster's conclusions")
    for i, ln in enumerate(table):
        c.drawString(300, h - 80 - 12 * i, ln)
    c.showPage()
    c.save()
    text = flat(read(buf.getvalue()).text)
    # each column read whole, left to right
    assert text.index("Left line 29") < text.index("Table. Response") < text.index("Right line 0")
    assert "Left line 0 tells how the patients did after CAR-T Left line 1 tells" in text


def test_landscape_poster_in_four_columns_reads_each_column_whole():
    """A landscape poster in four columns: gutters near a quarter, a half and three quarters of the width, each crossed
    by few rows; every column is read whole, left to right (two columns would read pairs of them across)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica", 8)
    for col, x in enumerate((30, 240, 450, 660)):
        for i in range(24):
            c.drawString(x, h - 80 - 11 * i, f"Column {col} line {i}: bullets of results here")
    c.showPage()
    c.save()
    text = flat(read(buf.getvalue()).text)
    assert text.index("Column 0 line 23") < text.index("Column 1 line 0") < text.index("Column 1 line 23") \
        < text.index("Column 2 line 0") < text.index("Column 3 line 0")
    assert "Column 0 line 0: bullets of results here Column 0 line 1:" in text


def test_a_posters_gutter_running_past_the_middle_band_is_no_middle_gutter():
    """A landscape poster in three columns (ASH's, 1190 × 842 pt) whose middle column's lines end near 60% of the width
    and whose right column starts at two thirds: the gap between them runs past the middle band's edge, where it must
    not be taken for a two-column gutter of its own (the left and middle columns were read across, row by row), though
    the banner's short second line of title crosses the left gutter and not that gap."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    w, h = 1190, 842
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, h - 45, "Autologous CD7 CAR-T Cells for CD7-Positive Relapsed/Refractory Acute Myeloid Leukemia and MPAL:")
    c.drawString(40, h - 69, "Results of a Phase 1 Study (NCT08894102)")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 98, "Rui Xu, Fang Li, Chen Gao  |  Fictional Institute of Hematology, Suzhou, China  |  67th ASH "
                             "Annual Meeting, December 2025, Poster 4417 and more")
    c.setFont("Helvetica", 11)
    for i in range(18):
        c.drawString(48, h - 140 - 15 * i, f"Left bullet {i} gives the background of the study")
        c.drawString(418, h - 140 - 15 * i, f"Middle bullet {i}: 16 infused (AML, n = 12; MPAL, n = 4)"
                     if i % 3 else f"Middle bullet {i} has the day-28 responses")
        c.drawString(788, h - 140 - 15 * i, f"Right bullet {i} has survival estimates")
    c.showPage()
    c.save()
    text = flat(read(buf.getvalue()).text)
    assert text.index("Left bullet 17") < text.index("Middle bullet 0") < text.index("Middle bullet 17") \
        < text.index("Right bullet 0")
    assert "Middle bullet 1: 16 infused (AML, n = 12; MPAL, n = 4) Middle bullet 2:" in text


def test_two_small_lines_beside_a_tall_title_line_are_two_lines():
    """An ASCO poster's banner (b178-04): a 30-pt title's second line beside a box of two 12-pt lines, "Poster Bd #412" over
    the DOI. Each small line overlaps the title's line by half its height, but they sit one over the other: two lines, not
    one whose glyphs interleave ("PDoOsI:t e10r …"), and the poster's DOI is read."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    w, h = 1728, 1152
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFont("Helvetica-Bold", 30)
    c.drawString(40, h - 45, "CLL-1-directed CAR-T cells in relapsed or refractory acute")
    c.drawString(40, h - 82, "myeloid leukemia: updated results of a phase 1/2 study")
    c.setFont("Helvetica", 12)
    c.drawString(1360, h - 66, "Poster Bd #412")
    c.drawString(1360, h - 82, "DOI: 10.5555/JCO.2025.43.16_suppl.6512")
    c.setFont("Helvetica", 14)
    for i in range(12):
        c.drawString(40, h - 140 - 18 * i, f"Result line {i}: 26 patients were enrolled and 23 were infused.")
    c.showPage()
    c.save()
    doc = read(buf.getvalue())
    assert "\tPoster Bd #412\nDOI: 10.5555/JCO.2025.43.16_suppl.6512\n" in doc.text
    assert doc.meta["doi"] == "10.5555/jco.2025.43.16_suppl.6512"


def test_a_chinese_journals_doi_after_a_full_width_colon():
    """Chin J Hematol prints "DOI：10.5555/…" with a full-width colon (b178-05), in its Chinese font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 780, "CD7 CAR-T cells in ETP-ALL")
    c.setFont("STSong-Light", 9)
    c.drawString(50, 760, "DOI\uff1a10.5555/cma.j.cn121090-20241108-88421")
    c.setFont("Helvetica", 10)
    c.drawString(50, 730, "Results: 22 patients were infused.")
    c.showPage()
    c.save()
    doc = read(buf.getvalue())
    assert "DOI\uff1a10.5555/" in doc.text and doc.meta["doi"] == "10.5555/cma.j.cn121090-20241108-88421"


def test_two_columns_under_a_summary_beside_a_sidebar_are_read_as_columns():
    """The Lancet's first page (b170-01): a sidebar of affiliations left of a full-width summary, then the body's two
    columns under the summary, their baselines staggered. The body beside the sidebar holds columns of its own: each is
    read down, not across as a table's rows ("approved by the ethics committee …\tCR/CRi at day 28 was achieved …")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    w, h = A4
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(162, h - 80, "Base-edited CD7 CAR T cells for T-ALL: a phase 1/2 trial")
    c.setFont("Helvetica", 6.5)
    for i in range(22):   # the sidebar
        c.drawString(36, h - 140 - 9 * i, f"Sidebar line {i}, Hangzhou")
    c.setFont("Helvetica", 7.5)
    for i in range(20):   # the summary, full width beside it
        c.drawString(162, h - 140 - 9.5 * i, f"Summary line {i} of the abstract runs across the whole width of the page's "
                                              f"body, right of the sidebar, as the summary does.")
    for i in range(18):   # the two columns, staggered
        c.drawString(162, h - 360 - 9.5 * i, f"Left line {i} of the methods in the column.")
        c.drawString(369, h - 357 - 9.5 * i, f"Right line {i}: ten of 12 had CR/CRi.")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Left line 0 of the methods in the column.\nLeft line 1 of the methods" in text
    assert "Right line 0: ten of 12 had CR/CRi.\nRight line 1:" in text
    assert text.index("Summary line 19") < text.index("Left line 0") < text.index("Left line 17") < text.index("Right line 0")
    assert text.index("Sidebar line 0") < text.index("Sidebar line 21") < text.index("Summary line 0")


def test_a_stub_head_centred_on_a_two_line_header_is_the_upper_lines_first_cell():
    """A table's "Outcome" set midway between its two header lines ("Median, mo | 6-mo, %" over "(95% CI) | (95% CI)"),
    overlapping each by less than half its height (b178-04): the upper line's first cell, not a line of its own between."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Table 2. Survival outcomes (Kaplan-Meier estimates)")
    c.drawString(60, 673.5, "Outcome")
    for x, a, b in ((230, "Median, mo", "(95% CI)"), (330, "6-mo, %", "(95% CI)"), (430, "12-mo, %", "(95% CI)")):
        c.drawString(x, 680, a)
        c.drawString(x, 667, b)
    for i, row in enumerate((("OS, all (N = 23)", "10.4 (7.1-15.8)", "73.9 (50.9-87.3)", "43.2 (22.4-62.4)"),
                             ("EFS, all (N = 23)", "5.2 (3.0-8.7)", "43.5 (23.3-62.1)", "21.7 (7.9-39.9)"))):
        for x, cell in zip((60, 230, 330, 430), row):
            c.drawString(x, 650 - 14 * i, cell)
    c.showPage()
    c.save()
    assert ("Outcome\tMedian, mo\t6-mo, %\t12-mo, %\n\t(95% CI)\t(95% CI)\t(95% CI)\nOS, all (N = 23)\t10.4 (7.1-15.8)"
            in read(buf.getvalue()).text)


def test_hyphenated_line_breaks_join_but_real_hyphens_stay():
    body = [["Treatment with the thera-", "py of CAR-", "T cells for CD7-", "targeted use in T-",
             "ALL and B-", "cell lym-", "phoma went well; a dash -", "stays on its line."]]
    doc = read(F.article_pdf(body=body, columns=1, page_numbers=False))
    assert ("Treatment with the therapy of CAR-T cells for CD7-targeted use in T-ALL and B-cell "
            "lymphoma went well; a dash -\nstays on its line.") in doc.text
    # the joined word's letters keep their own boxes; the dropped hyphen left no character
    i = doc.text.index("therapy")
    assert all(doc.boxes[i + k] for k in range(7))
    assert doc.boxes[i + 5][1] > doc.boxes[i + 4][1]  # "py" is a line below "thera"


def test_superscripts_powers_kept_and_citation_markers_dropped():
    lines = ["Patients received 5 × 10^{6} cells/kg after fludarabine 30 mg/m^{2} daily.",
             "CAR-T therapy was effective^{3,4} in most patients.^{12} The CD4^{+} T cells",
             "expanded 10^{-3} fold, see Zhang^{1-5}, and 2 × 10^{8} cells in total."]
    doc = read(F.simple_pdf(lines))
    text = doc.text
    assert "Patients received 5 × 10^6 cells/kg after fludarabine 30 mg/m^2 daily." in text
    assert "was effective in most patients. The CD4+ T cells" in text
    assert "expanded 10^-3 fold, see Zhang, and 2 × 10^8 cells in total." in text
    i = text.index("10^6")
    assert doc.boxes[i + 2] is None                    # "^" is inserted, it has no glyph
    one, six = doc.boxes[i], doc.boxes[i + 3]
    assert six[1] < one[1] and six[3] < one[3]         # the 6 sits higher than the 1
    assert six[3] - six[1] < one[3] - one[1]           # and is smaller


def test_spaces_from_gaps_ligatures_and_rotated_stamps():
    """TeX-made PDFs have no space glyphs: a gap wider than 0.2 em is a space; a ligature
    glyph gives its letters; text drawn sideways (a "Downloaded from" stamp) is left out."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    x = 72.0
    for word in "Words drawn one by one, tightly kerned".split():
        c.setFont("Helvetica", 10)
        c.drawString(x, 700, word)
        x += stringWidth(word, "Helvetica", 10) + 2.5      # 0.25 em between words
    c.saveState()
    c.translate(580, 300)
    c.rotate(90)
    c.drawString(0, 0, "Downloaded from example.org")
    c.restoreState()
    c.showPage()
    c.save()
    doc = read(buf.getvalue())
    assert doc.text == "Words drawn one by one, tightly kerned"

    glyphs = [Glyph(t, 10 + 5 * k, 0, 15 + 5 * k, 10, 10) for k, t in enumerate("eﬃcacy")]
    line = _line(glyphs)
    assert line.text == "efficacy"
    assert line.boxes[1] == line.boxes[2] == line.boxes[3] == (15, 0, 20, 10)



def _spread(words: list[str], gaps: list[float], size: float = 10) -> str:
    """The text of one line whose words (5 pt per character) stand ``gaps`` ems apart."""
    glyphs, x = [], 10.0
    for w, gap in zip(words, [0.0] + gaps):
        x += gap * size
        for ch in w:
            glyphs.append(Glyph(ch, x, 0, x + 5, 10, size))
            x += 5
    return _line(glyphs).text


def test_a_justified_line_stretched_alike_keeps_its_spaces_and_table_cells_keep_their_tabs():
    # a justified line of few long words: every gap wider than a cell's, all alike, no figure
    assert _spread(["incomplete", "haematological", "recovery", "was"], [1.6, 1.6, 1.65]) == \
        "incomplete haematological recovery was"
    # table rows: a figure in a cell, gaps as uneven as the cells' texts, a header repeated per column
    assert _spread(["CRS", "3", "4"], [1.6, 1.6]) == "CRS\t3\t4"
    assert _spread(["Relapse", "toxicity", "other"], [1.6, 4.0]) == "Relapse\ttoxicity\tother"
    assert _spread(["Months", "Months", "Months"], [1.6, 1.6]) == "Months\tMonths\tMonths"
    assert _spread(["Grade", "missing"], [1.6]) == "Grade\tmissing"   # one gap: nothing to compare it with


def _glyph_row(parts: list[tuple[float, str]]) -> list:
    """Glyphs of one row, each text of ``parts`` set from its x (5 pt per character, 10 pt type); no space glyphs."""
    return [Glyph(ch, x + 5 * k, 0, x + 5 * k + 5, 10, 10) for x, t in parts for k, ch in enumerate(t) if ch != " "]


def test_a_justified_prose_line_beside_a_table_is_no_full_width_table_row():
    from extract.readers.pdf import _cells_across
    # left column: "This open-label, single-arm phase 1 trial" stretched alike (16 pt between words); right: a table's header
    left, x = [], 40.0
    for w in "This open-label, single-arm phase 1 trial".split():
        left.append((x, w))
        x += 5 * len(w) + 16
    header = [(320, "Grade 1-2"), (390, "Grade 3"), (450, "Grade 4"), (510, "Grade 5")]
    assert _cells_across(_glyph_row(left + header), 300) == 1
    # a full-width table's row has cells on both sides; words a space apart are no cells
    assert _cells_across(_glyph_row([(40, "Cytokine release"), (200, "20 (66.7)"), (320, "2 (6.7)"), (450, "0")]), 300) == 2
    assert _cells_across(_glyph_row([(40, "The trial enrolled"), (320, "2 (6.7)"), (450, "0")]), 300) == 1


def _row(parts: list[tuple[float, str]], top: float) -> "Line":
    """One visual line with each text of ``parts`` set from its x (5 pt per character, 10 pt type)."""
    glyphs = [Glyph(ch, x + 5 * k, top, x + 5 * k + 5, top + 10, 10) for x, t in parts for k, ch in enumerate(t) if ch != " "]
    return _line(glyphs)


def test_a_ci_glued_to_the_next_columns_value_is_parted_at_the_tables_column():
    from extract.readers.pdf import _table_rows
    lines = [_row([(0, "Outcome"), (100, "Allo-HCT"), (200, "No allo-HCT"), (300, "P")], 0),
             # the first CI's ")" touches the second column's value: one run of characters across the column edge
             _row([(0, "12-month OS,"), (120, "86.7 (56.4-96.5)61.0 (37.4-78.1)"), (300, "0.09")], 12),
             _row([(0, "Relapse, n (%)"), (100, "2 (13.3)"), (200, "10 (47.6)"), (300, "0.04")], 24),
             _row([(0, "Median EFS"), (100, "NR"), (200, "9.8 (6.1-14.2)"), (300, "-")], 36)]
    assert lines[1].text == "12-month OS,\t86.7 (56.4-96.5)61.0 (37.4-78.1)\t0.09"
    rows = [ln.text for ln in _table_rows(lines)]
    assert rows[1] == "12-month OS,\t86.7 (56.4-96.5)\t61.0 (37.4-78.1)\t0.09"
    assert rows[2:] == ["Relapse, n (%)\t2 (13.3)\t10 (47.6)\t0.04", "Median EFS\tNR\t9.8 (6.1-14.2)\t-"]


def test_head_cells_glued_after_a_heads_closing_comma_are_parted_at_the_column():
    # b201-01: "MRD-neg CR," ends where "CRS ≥3," starts (its column's left edge, over "0" and "1 (11.1)"); the comma closes the
    # first head, whose "n (%)" is on the line below
    from extract.readers.pdf import _table_heads
    cols = [0, 60, 120, 180, 240, 295]
    lines = [_row([(0, "Table 1. Response and severe CRS by dose level")], 0),
             _row([(0, "Dose level"), (60, "Cells/kg"), (120, "Patients,"), (180, "CR/CRi,"), (240, "MRD-neg CR,"), (295, "CRS ≥3,")], 12),
             _row([(120, "n"), (180, "n (%)"), (240, "n (%)"), (295, "n (%)")], 24),
             _row(list(zip(cols, ["DL1", "5 × 10^5", "6", "4 (66.7)", "3 (50.0)", "0"])), 36),
             _row(list(zip(cols, ["DL2", "1 × 10^6", "9", "8 (88.9)", "7 (77.8)", "1 (11.1)"])), 48),
             _row(list(zip(cols, ["DL3", "2 × 10^6", "9", "9 (100)", "9 (100)", "1 (11.1)"])), 60)]
    assert "CR,CRS" in lines[1].text
    heads = _table_heads(lines)[1].text.split("\t")
    assert heads == ["Dose level", "Cells/kg", "Patients,", "CR/CRi,", "MRD-neg CR,", "CRS ≥3,"]


@functools.lru_cache(maxsize=None)
def page_chars(data: bytes) -> dict[int, tuple[tuple[float, float, float, float], list]]:
    """pdfplumber's own chars of each page, with the page bbox, to check boxes against."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {p.page_number: (tuple(p.bbox), [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"])
                                               for c in p.chars]) for p in pdf.pages}


def test_page_spans_cover_the_text_and_only_inserted_characters_lack_boxes():
    data, doc = two_column()
    assert len(doc.boxes) == len(doc.text)
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:]))
    for ch, box in zip(doc.text, doc.boxes):
        assert (box is None) == (ch in " \n^"), repr(ch)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_box_is_on_its_page_and_holds_its_glyph(data):
    pdf, doc = two_column()
    offset = data.draw(st.integers(0, len(doc.text) - 1))
    box = doc.boxes[offset]
    if box is None:
        assert doc.text[offset] in " \n^"
        return
    (px0, ptop, px1, pbottom), chars = page_chars(pdf)[doc.page_of(offset)]
    assert px0 <= box[0] < box[2] <= px1 and ptop <= box[1] < box[3] <= pbottom
    # a glyph of that page has exactly this box and this character
    assert any(doc.text[offset] in t and (x0, top, x1, bottom) == pytest.approx(box)
               for t, x0, top, x1, bottom in chars)


def test_bbox_of_a_sentence_covers_its_glyphs():
    _, doc = two_column()
    start = doc.text.index("P7A")
    x0, top, x1, bottom = doc.bbox_of(start, start + 3)
    assert doc.page_of(start) in (1, 2)
    assert x1 - x0 > 10 and 5 < bottom - top < 15


def test_metadata_from_the_first_page():
    doc = read(F.article_pdf(
        before_title=["Blood Adv 2024; 8(11): 2801-2812. https://doi.org/10.1182/bloodadvances.2023012345"],
        title="A title in the largest font on the page", after_title=["PMID: 38000001"],
        body=["Body text with https://doi.org/10.9999/not.this.one and more words."],
        columns=1))
    assert doc.meta == {"pmid": "38000001", "doi": "10.1182/bloodadvances.2023012345",
                        "title": "A title in the largest font on the page", "journal": "Blood Adv",
                        "year": 2024, "notices": [], "publication_types": []}


def test_citation_line_in_a_running_header_still_gives_journal_and_year():
    doc = read(F.article_pdf(title=TITLE, body=PARAGRAPHS, header="Blood Adv 2024; 8(11): 2801-2812",
                             footer="doi: 10.1182/bloodadvances.2023012345"))
    assert len(doc.pages) == 2 and "Blood Adv" not in doc.text and "doi:" not in doc.text
    assert (doc.meta["journal"], doc.meta["year"]) == ("Blood Adv", 2024)
    assert doc.meta["doi"] == "10.1182/bloodadvances.2023012345"


def test_no_citation_line_no_journal_and_year_and_no_title_without_a_larger_font():
    doc = read(F.simple_pdf(["Some plain text written in 2021; 5 patients were treated.",
                             "Another line of the same size and no identifiers at all."]))
    assert doc.meta["journal"] is None and doc.meta["year"] is None
    assert doc.meta["title"] is None and doc.meta["pmid"] is None and doc.meta["doi"] is None


def test_references_to_the_end_are_excluded_and_the_front_is_body():
    doc = read(F.article_pdf(
        title=TITLE, abstract="The trial NCT01234567 enrolled 20 patients.",
        body=PARAGRAPHS[:3] + ["# Acknowledgments", "We thank grant 2021-123456-78.",
                               "# References", "1. Smith J. Another trial NCT07654321. Blood. 2020."],
        columns=1))
    start = doc.text.index("Acknowledgments")
    assert doc.exclude == ((start, len(doc.text)),)
    assert doc.body == (0, len(doc.text))
    assert doc.text.index("Reading two-column") < start and doc.text.index("enrolled 20") < start
    assert trial_ids(doc) == ["NCT01234567"]


def test_a_run_in_reference_whose_number_ends_the_line_above_is_a_reference():
    # a poster's run-in list: "3." left at the end of a line, its entry on the next, which reads like a citation line
    page = ("References\n1. Andrade P, et al. Lancet Oncol. 2021;22:1403-15. 2. Kessler M, et al. N Engl J Med. 2022;386:640-54. 3.\n"
            "Romano G, et al. Blood Adv. 2023;7:2140-50.\nPresented at the 2025 ASCO Annual Meeting.\n")
    assert _in_reference(page, page.index("Romano"))
    # a sentence that ends with a number and a period is no entry's number
    page = "References\n1. Lee K. Another trial. 2021.\nThe doses were escalated to dose level 2.\nBlood Adv. 2024;8:1-9.\n"
    assert not _in_reference(page, page.index("Blood Adv"))


def test_back_matter_ends_at_a_posters_results_heading_after_the_references():
    # a poster's columns: the reading order puts the next column's "SURVIVAL" after REFERENCES and DISCLOSURES
    refs = "REFERENCES\n1. Lindholm E, et al. Blood Adv Rev 2019;3:118-27.\nDISCLOSURES\nLM: honoraria from a manufacturer.\n"
    for head in ("SURVIVAL", "RESULTS (continued)", "CONCLUSIONS", "EFFICACY"):
        text = "RESULTS\n• 64 patients were infused.\n" + refs + head + "\n• Median PFS 10.8 months (95% CI 6.9-17.4).\n"
        assert back_matter(text) == ((text.index("REFERENCES"), text.index(head)),)
    # a word of a reference's title on a line of its own, not in capitals, reads as the list going on
    text = "RESULTS\n• 64 patients.\n" + refs + "Survival\nof older adults after CAR T. Blood. 2021.\n"
    assert back_matter(text) == ((text.index("REFERENCES"), len(text)),)


def test_back_matter_ends_at_a_table_or_methods_printed_after_the_references():
    refs = "References\n1. Smith J. CAR T cells. Blood. 2020;1:1-2.\n2.\tLee K. Another trial. 2021.\n"
    table = "Outcome\tAxi-cel (n = 104)\tTisa-cel (n = 67)\tP\nEfficacy\nBest CR, n (%)\t58 (55.8)\t30 (44.8)\t.16\n"
    text = "Results\nTwelve patients.\n" + refs + table + "Acknowledgments\nWe thank 2021-123456-78.\n"
    start, resume, ack = text.index("References"), text.index("Outcome"), text.index("Acknowledgments")
    assert back_matter(text) == ((start, resume), (ack, len(text)))
    # Nature's "Methods" after the references, and a caption "Table 2" on the last page
    text = "Results\n" + refs + "Methods\nPatients were enrolled.\n"
    assert back_matter(text) == ((text.index("References"), text.index("Methods")),)
    text = "Results\n" + refs + "Table 2 Adverse events\nCRS\t3\n"
    assert back_matter(text) == ((text.index("References"), text.index("Table 2")),)
    # Nature's "Extended Data legends" after the references state results: read again
    text = "Results\n" + refs + "Extended Data legends\nExtended Data Fig. 2 | a, 2-year EFS 38.5% versus 50.3% (P = 0.41).\n"
    assert back_matter(text) == ((text.index("References"), text.index("Extended Data legends")),)
    # a reference list with a tab after each number is no table: excluded to the end
    text = "Results\n" + refs
    assert back_matter(text) == ((text.index("References"), len(text)),)
    # a figure set inside the reference list: its legend is read, the list going on past it is not
    more = ("Transplant Cell Ther. 2023;29(3):167-173.\n6. Lu P, Liu Y, Yang J, et al. Naturally selected CD7 CAR-T.\n"
            "Blood. 2022;140(4):321-334.\n7. Zhang M, Chen D, et al. A registry (NCT08895510). Accessed 2024.\n")
    text = "Results\n" + refs + "Figure 1. Event-free survival by transplant (P=0.031).\n" + more
    assert back_matter(text) == ((text.index("References"), text.index("Figure 1")), (text.index("6. Lu P"), len(text)))
    # a heading read beside a figure's cell in the other column ("REFERENCES\tAssessed for eligibility (n = 81)")
    text = "Results\nTwelve patients.\nREFERENCES\tAssessed for eligibility (n = 81)\n1. Smith J. CAR T cells. Blood. 2020;1:1-2.\n"
    assert back_matter(text) == ((text.index("REFERENCES"), len(text)),)
    # (numbered lines that are no references' authors stay read)
    text = "Results\n" + refs + "Figure 1. EFS.\n1. Patients with CR were 12.\n2. Patients with PR were 3.\n"
    assert back_matter(text) == ((text.index("References"), text.index("Figure 1")),)


def test_not_a_pdf_and_corrupt_pdfs(tmp_path):
    with pytest.raises(SourceError) as e:
        read(b"hello, not a PDF", "x.pdf")
    assert e.value.reason.startswith("corrupt PDF: ") and e.value.path == "x.pdf"

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(SourceError) as e:
        read_path(broken)
    assert e.value.reason.startswith("corrupt PDF: ") and e.value.path == str(broken)

    data = F.simple_pdf(["some text"])
    with pytest.raises(SourceError) as e:
        read(data[: len(data) // 2])
    assert e.value.reason.startswith("corrupt PDF: ")


def test_encrypted_pdf_needs_a_password():
    with pytest.raises(SourceError) as e:
        read(F.simple_pdf(["secret text"], encrypt="user-password"), "locked.pdf")
    assert str(e.value) == "locked.pdf: encrypted PDF: a password is needed"


def test_pdf_with_only_an_owner_password_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption
    doc = read(F.simple_pdf(["open text"], encrypt=StandardEncryption("", "owner", canCopy=0)))
    assert doc.text == "open text"


def test_image_only_pdf_has_no_text_layer():
    with pytest.raises(SourceError) as e:
        read(F.image_only_pdf(), "scan.pdf")
    assert str(e.value) == "scan.pdf: no text layer; OCR is not supported"


def test_time_limit_is_not_reported_as_a_corrupt_pdf(tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(F.article_pdf(title=TITLE, body=PARAGRAPHS * 3))
    with pytest.raises(SourceError) as e:
        extract_path(path, time_limit_s=0.001)
    assert "longer than the 0.001 s limit" in e.value.reason


def seed_pdf() -> bytes:
    """The seed paper as a journal might print it: citation line, large title, authors with
    affiliation marks, the PMID/DOI line, then the abstract in two columns, on two pages."""
    page = (ROOT / "tests/data/corpus/pubmed-37740926.txt").read_text()
    abstract = re.search(r"^## Abstract\n\n(.+)$", page, re.M).group(1)
    abstract = re.sub(r"\[(NCT\d{8})\]\(#\)", r"\1", abstract)
    abstract = re.sub(r"\$\s*(.*?)\s*\$", lambda m: re.sub(
        r"\^(\d+)", r"^{\1}", m.group(1).replace(r"\times", "×")), abstract)
    abstract = re.sub(r" +", " ", abstract).replace("( ", "(").replace(" /kg", "/kg")
    intro = ("T-cell malignancies in relapse have a poor outlook and few treatment options; "
             "this section is filler that continues the article onto its second page. ") * 30
    return F.article_pdf(
        before_title=["Am J Hematol. 2023 Dec;98(12):1898-1908. doi: 10.1002/ajh.27094. "
                      "Epub 2023 Sep 23."],
        title="Analysis of 60 patients with relapsed or refractory T-cell acute lymphoblastic "
              "leukemia and T-cell lymphoblastic lymphoma treated with CD7-targeted chimeric "
              "antigen receptor-T cell therapy",
        after_title=["Xian Zhang^{1,2}, Junfang Yang^{1,2}, Jingjing Li^{1,2}, Peihua Lu^{1,2}",
                     "^{1}Department of Hematology, Hebei Yanda Lu Daopei Hospital, Langfang, China",
                     "^{2}Beijing Lu Daopei Institute of Hematology, Beijing, China",
                     "PMID: 37740926 DOI: 10.1002/ajh.27094"], size=11,
        body=["# Abstract", abstract, "© 2023 Wiley Periodicals LLC.", "# Introduction", intro],
        header="American Journal of Hematology", footer="Downloaded from example.org")


def test_seed_paper_as_pdf_gives_the_gold_document_fields(tmp_path):
    path = tmp_path / "pubmed-37740926.pdf"
    path.write_bytes(seed_pdf())
    gold = json.loads((ROOT / "tests/data/gold/pubmed-37740926.json").read_text())
    [record] = extract_path(path)
    assert record.format == "pdf"
    for field in ("pmid", "doi", "title", "journal", "year", "study_type"):
        assert getattr(record, field) == gold[field], field
    assert list(record.trial_ids) == gold["trial_ids"]
    assert list(record.targets) == gold["targets"]

    [doc] = read_path(path)
    assert len(doc.pages) == 2 and "American Journal" not in doc.text
    assert "a low dose (5 × 10^5/kg), a medium dose (1 to 1.5 × 10^6/kg)" in flat(doc.text)
    assert "Xian Zhang, Junfang Yang," in doc.text
    assert "On day 28, 94.4% of patients achieved deep complete remission (CR) in bone marrow." \
        in flat(doc.text)


def test_pages_are_released_one_by_one(monkeypatch):
    """page.close() runs for every page, and never more than one page holds its parsed
    layout (1.1 GB → 53 MB on a long paper when this was introduced)."""
    from pdfplumber.page import Page
    data, _ = two_column()
    held = []
    close = Page.close

    def spy(self):
        held.append(sum(hasattr(p, "_layout") for p in self.pdf.pages))
        close(self)

    monkeypatch.setattr(Page, "close", spy)
    read(data)
    assert held[:2] == [1, 1]          # one per page while reading (then pdf.close() again)
    assert max(held) <= 1


@pytest.mark.slow
def test_fifty_pages_in_little_memory(tmp_path):
    """Peak RSS growth while reading a 65-page two-column PDF (measured: ~50 MB, most of it
    the Document's per-character boxes; ~215 MB when pages are not closed)."""
    import subprocess
    path = tmp_path / "long.pdf"
    path.write_bytes(F.article_pdf(title=TITLE, abstract=ABSTRACT, body=PARAGRAPHS * 40,
                                   header=HEADER, footer=FOOTER))
    script = (
        "import resource, sys\n"
        "from extract.readers import read_path\n"
        "import pdfplumber\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "[doc] = read_path(sys.argv[1])\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(doc.pages), 'Journal of Generated' in doc.text, (after - before) // 1024)\n")
    out = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    pages, header_left, grown_mb = int(out[0]), out[1] == "True", int(out[2])
    assert pages >= 50 and not header_left
    assert grown_mb < 120, f"RSS grew by {grown_mb} MB"


def test_a_full_width_table_on_a_two_column_page_is_read_whole_and_in_place():
    """A table across both columns: its rows have cells on both sides of the gutter, and its
    header's label cell is empty; column text above and below it is read column by column."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 10)
    left = ["Left column line %d of the running body text" % k for k in range(1, 9)]
    right = ["Right column line %d of the running body text" % k for k in range(1, 9)]
    for k in range(4):   # text above the table
        c.drawString(72, 700 - 12 * k, left[k])
        c.drawString(306, 700 - 12 * k, right[k])
    rows = [("", "DL1 (n = 4)", "DL2 (n = 9)", "DL3 (n = 18)"),
            ("CRS, any grade, n (%)", "2 (50.0)", "8 (88.9)", "17 (94.4)"),
            ("ICANS, any grade, n (%)", "0", "1 (11.1)", "2 (11.1)")]
    for k, row in enumerate(rows):   # cells at x 72, 250, 370, 470: the gutter falls between two cells
        for x, cell in zip((72, 250, 370, 470), row):
            c.drawString(x, 620 - 12 * k, cell)
    for k in range(4, 8):   # text below it
        c.drawString(72, 560 - 12 * (k - 4), left[k])
        c.drawString(306, 560 - 12 * (k - 4), right[k])
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "DL1 (n = 4)\tDL2 (n = 9)\tDL3 (n = 18)\nCRS, any grade, n (%)\t2 (50.0)\t8 (88.9)\t17 (94.4)\n" in text
    order = [text.index(s) for s in ("Left column line 1 ", "Left column line 4", "Right column line 1 ",
                                     "Right column line 4", "DL1 (n = 4)", "Left column line 5", "Right column line 5")]
    assert order == sorted(order)



def _table_pdf(heads: list[tuple[float, str, str]], rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> bytes:
    """A one-page PDF: header cells (x of their centre, first line, second line), then rows whose cells
    are centred at ``xs`` (the first, the label, starts at xs[0])."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    c.drawString(40, 720, "Table 2. Outcomes by dose level")
    for x, top, bottom in heads:
        for y, cell in ((700, top), (690, bottom)):
            if cell:
                c.drawCentredString(x, y, cell) if x > xs[0] else c.drawString(x, y, cell)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawCentredString(xs[k], 676 - 12 * r, cell) if k else c.drawString(xs[0], 676 - 12 * r, cell)
    c.showPage()
    c.save()
    return buf.getvalue()


XS = (40, 160, 230, 300, 370, 440)
ROWS = [("DL1", "3", "2 (66.7)", "1 (33.3)", "2 (66.7)", "0"), ("DL2", "6", "5 (83.3)", "5 (83.3)", "5 (83.3)", "1 (16.7)")]


def test_header_cells_that_ran_together_are_split_at_the_rows_columns():
    """Header cells ending in a comma and set close in narrow columns run together ("MRD-negative,
    CRS, any grade,"): the rows' columns place each word of the header's two lines."""
    heads = [(40, "Dose level", ""), (160, "Patients, n", ""), (230, "CR/CRi at day", "28, n (%)"),
             (300, "MRD-negative,", "n (%)"), (370, "CRS, any grade,", "n (%)"), (440, "ICANS,", "n (%)")]
    text = read(_table_pdf(heads, ROWS, XS)).text
    assert "Dose level\tPatients, n\tCR/CRi at day\tMRD-negative,\tCRS, any grade,\tICANS,\n\t\t28, n (%)\tn (%)\tn (%)\tn (%)\n" in text
    assert "DL1\t3\t2 (66.7)\t1 (33.3)\t2 (66.7)\t0\n" in text


def test_header_words_a_plain_space_apart_are_never_parted():
    """A head wider than its column ("Best overall response rate") crosses the edge between two
    columns: its words are a space apart, so the header is left as read."""
    heads = [(40, "Dose level", ""), (160, "Patients, n", ""), (265, "Best overall response rate", ""),
             (370, "CRS, any grade,", "n (%)"), (440, "ICANS,", "n (%)")]
    text = read(_table_pdf(heads, ROWS, XS)).text
    assert "Best overall response rate" in text


def test_a_flush_left_header_wrapped_in_narrow_columns_is_split_at_their_left_edges():
    """Heads set flush left in columns narrower than they are ("Autologous (n" over "= 6)") come a plain space
    from the next head; each word goes to the last column starting at or before it, and the header's second
    line keeps its empty first cell."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    xs = (40, 130, 180, 232)
    w = c.stringWidth("Autologous (n", "Helvetica", 7)
    assert xs[1] + w + 2 < xs[2] < xs[1] + w + 7   # (the heads come closer than a cell gap)
    c.drawString(40, 712, "Table 1. Response and toxicity according to the source of the CAR T cells in this study")
    for x, top, bottom in ((130, "Autologous (n", "= 6)"), (180, "Donor-derived", "(n = 8)"), (232, "All (n = 14)", "")):
        c.drawString(x, 700, top)
        if bottom:
            c.drawString(x, 691, bottom)
    rows = [("CR/CRi at day 28", "3 (50.0)", "6 (75.0)", "9 (64.3)"), ("CRS, grade 3 or more", "0", "2 (25.0)", "2 (14.3)")]
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row):
            c.drawString(x, 680 - 10 * r, cell)
    c.drawString(40, 655, "Values are numbers of patients (percent) in each group of this small single-centre study.")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "\tAutologous (n\tDonor-derived\tAll (n = 14)\n\t= 6)\t(n = 8)\t\nCR/CRi at day 28\t3 (50.0)\t6 (75.0)\t9 (64.3)\n" in text


@pytest.mark.parametrize("line, journal", [
    # Springer Nature's "Leukemia (2025) 39:1782–1783": the year in parentheses before the volume
    ("Leukemia (2025) 39:1782–1783; https://doi.org/10.5555/s41375-025-95205-9", "Leukemia"),
    # BMC's running head with the authors first, Elsevier's volume before the year
    ("Liu et al. Journal of Hematology & Oncology (2025) 18:41 Page 1 of 4", "Journal of Hematology & Oncology"),
    ("Transplantation and Cellular Therapy 31 (2025) 412.e1-412.e4 J.H. Tan et al.", "Transplantation and Cellular Therapy"),
    # ASH's meeting supplement: the issue's name in parentheses after the volume
    ("Blood (2025) 144 (Supplement 1): 4821 | 66th ASH Annual Meeting Abstracts", "Blood"),
    # Haematologica's: a bar between the journal and its year
    ("Haematologica | 2025; 110(2): 412-421. https://doi.org/10.5555/haematol.2025.288431", "Haematologica"),
    # Blood's copyright before its citation on one line
    ("© 2025 American Society of Hematology. Blood. 2025;145(9):912-924", "Blood"),
])
def test_a_running_head_citation_gives_the_journal_and_year(line, journal):
    doc = read(F.article_pdf(before_title=[line], title="A title in the largest font on the page", body=["Body text."], columns=1))
    assert (doc.meta["journal"], doc.meta["year"]) == (journal, 2025)


@pytest.mark.parametrize("line", ["LEUKEMIA & LYMPHOMA     2024, VOL. 65, NO. 9, 1388–1392",
                                  "ONCOIMMUNOLOGY     2024, VOL. 13, NO. 1, 2318810"])
def test_a_taylor_and_francis_masthead_gives_the_year(line):
    """Taylor & Francis's first-page masthead, the year before the volume and issue, gives the article's year (its
    other years are the history line's and the copyright's in the foot, after the references)."""
    body = ["ARTICLE HISTORY Received 11 March 2023; Revised 30 May 2023; Accepted 3 June 2023",
            "Results paragraph about the nine patients who were treated.", "References",
            "1. Hill LC, Ramos CA. CD5 CAR T cells. Blood. 2020;136:1120-1128."]
    doc = read(F.article_pdf(before_title=[line], title="CD5-directed CAR T cells as a bridge to transplantation",
                             body=body, columns=1))
    assert doc.meta["year"] == 2024


def test_a_running_heads_second_cell_with_the_authors_before_the_citation_gives_the_journal_and_year():
    """BMJ's running head: the article type at the left, "Zhang Q, et al. J Immunother Cancer 2026;14:e088412. doi:…" at the
    right, read as two cells of one line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    c.drawString(54, 760, "Open access Original research")
    c.drawString(300, 760, "Zhang Q, et al. J Immunother Cancer 2026;14:e088412. doi:10.5555/jitc-2025-088412")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(54, 720, "Sequential CD19 and CD22 CAR-T cells in lymphoma")
    c.setFont("Helvetica", 9)
    c.drawString(54, 690, "Results: thirty-one patients were enrolled and 28 were infused.")
    c.showPage()
    c.save()
    doc = read(buf.getvalue())
    assert (doc.meta["journal"], doc.meta["year"]) == ("J Immunother Cancer", 2026)


def test_a_narrow_table_in_the_only_column_of_a_last_page_keeps_its_last_column():
    """A two-column article's last page holds text in its left column only, with a table inside that
    column whose last column starts near the page's middle: the gap before that column is no gutter (no
    text reaches across the right half of the page), so each row is read whole."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    prose = ["In this registry analysis the first product produced higher",
             "response rates and a longer survival than the second. The",
             "toxic effects by product are shown in the Table; most were mild.",
             "day 90."]
    y = 700
    for line in prose:
        c.drawString(50, y, line)
        y -= 11
    c.drawString(50, y - 4, "Table. Toxic Effects by Product")
    c.setFont("Helvetica", 7)
    rows = [("Event, No. (%)", "Axi-cel", "Tisa-cel", "All"),
            ("CRS, any grade", "255 (84.7)", "112 (67.1)", "367 (78.4)"),
            ("CRS, grade 3 or higher", "21 (7.0)", "5 (3.0)", "26 (5.6)"),
            ("ICANS, any grade", "166 (55.1)", "30 (18.0)", "196 (41.9)"),
            ("ICANS, grade 3 or higher", "90 (29.9)", "7 (4.2)", "97 (20.7)")]
    y -= 20
    for row in rows:
        for x, cell in zip((50, 145, 195, 252), row):   # (the last column starts in the page's middle band)
            c.drawString(x, y, cell)
        y -= 11
    c.setFont("Helvetica", 9)
    for line in ["Abbreviations: CRS, cytokine release syndrome; ICANS,", "neurotoxicity.", "Discussion",
                 "Residual confounding and centre-level variation in the", "management.", "Conclusions",
                 "The first product may be preferred in fit patients.", "References"]:
        y -= 11
        c.drawString(50, y, line)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "CRS, any grade\t255 (84.7)\t112 (67.1)\t367 (78.4)\n" in text
    assert "ICANS, grade 3 or higher\t90 (29.9)\t7 (4.2)\t97 (20.7)\n" in text


def _placed_line(parts: list[tuple[float, str]], size: float = 8.0, em: float = 3.5):
    """A Line of ``parts`` (x where each starts, its text; a part after a wide gap starts with a tab, after a
    narrow one with a space), every character ``em`` wide; a "^" has no box (as the reader writes a superscript)."""
    from extract.readers.pdf import Line

    text, boxes = [], []
    for x, part in parts:
        if part[:1] in ("\t", " "):
            text.append(part[0])
            boxes.append(None)
            part, x = part[1:], x
        for i, ch in enumerate(part):
            text.append(ch)
            boxes.append(None if ch in " ^" else (x + i * em, 0.0, x + (i + 1) * em, size))
    return Line("".join(text), boxes, 0.0, size, size)


def test_centred_heads_wider_than_their_columns_split_even_when_a_word_sits_at_a_columns_left_edge():
    """Heads centred over narrow columns ("DL1, 2 × 10^7 cells (n =" over "1 (33.3)") come closer than a cell
    gap apart; their "×" happens to sit at the columns' left edges, which looks like heads set flush left.
    Placed flush left they would part "1.8 ×" at a plain space, so each word goes by its middle; "10^7",
    whose "^" has no box, stays one word."""
    from extract.readers.pdf import _resplit

    # heads 84 points wide (24 characters), 9 points apart, centred at 232, 325 and 415; each "×" is 24.5 points in
    line = _placed_line([(48, "Event"), (190, "\tDL1, 2 × 10^7 cells (n ="), (283, " DL2, 6 × 10^7 cells (n ="),
                         (373, " DL3, 1.8 × 10^8 cells (n")])
    split = _resplit(line, edges=[160, 278, 369], lefts=[48, 214.5, 307.5, 397])
    assert split.text == "Event\tDL1, 2 × 10^7 cells (n =\tDL2, 6 × 10^7 cells (n =\tDL3, 1.8 × 10^8 cells (n"


def test_a_head_wrapped_onto_three_lines_keeps_its_last_line_alone_in_its_column():
    """"Cohort B, relapse" over "after allo-HSCT (n" over "= 10)": every line of the header, the last one holding
    a single cell, is put in the rows' columns."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    c.drawString(44, 712, "Table 2. Outcomes by prior transplant status")
    for x, lines in ((46, ["Outcome"]), (133, ["Cohort A, no prior", "allo-HSCT (n = 14)"]),
                     (198, ["Cohort B, relapse", "after allo-HSCT (n", "= 10)"]), (277, ["P"])):
        for k, text in enumerate(lines):
            c.drawString(x + (21 if text == "= 10)" else 0), 700 - 8 * k, text)
    rows = [("CR/CRi at day 28, n (%)", "13 (92.9)", "9 (90.0)", ">.99"), ("Relapse, n (%)", "2 (14.3)", "4 (40.0)", ".19"),
            ("12-mo OS, % (95% CI)", "84.4 (50.4-95.9)", "50.0 (18.4-75.3)", ".02")]
    for r, row in enumerate(rows):
        for x, cell in zip((46, 145, 208, 272), row):
            c.drawString(x, 672 - 10 * r, cell)
    c.drawString(44, 636, "P values by Fisher exact test (proportions) or log-rank test (survival).")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Outcome\tCohort A, no prior\tCohort B, relapse\tP\n\tallo-HSCT (n = 14)\tafter allo-HSCT (n\t\n\t\t= 10)\t\n" in text


def test_narrow_columns_part_a_count_from_the_next_value_and_a_head_on_four_lines_keeps_its_columns():
    """Columns set so close that a count and its percent run into the next column's value ("2 (66.7)" then "0", half
    an em apart: more than a word space, less than a cell gap) are parted there; the header above them, wrapped onto
    four lines, is put in the same columns line by line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    _prose_around(c, above=760, below=610, step=9)
    c.drawString(44, 712, "Table 2. Response and toxicity by dose level")
    heads = (["Dose level"], ["CR/CRi at", "day 28, n", "(%)"], ["CRS, any", "grade, n", "(%)"],
             ["CRS", "grade 3 or", "higher, n", "(%)"], ["ICANS,", "any", "grade, n", "(%)"])
    xs = (46, 110, 160, 191.5, 225)
    for x, lines in zip(xs, heads):
        for k, text in enumerate(lines):
            c.drawString(x, 700 - 8 * k, text)
    rows = [("DL1 (n = 3)", "2 (66.7)", "2 (66.7)", "0", "0"), ("DL2 (n = 6)", "5 (83.3)", "5 (83.3)", "0", "1 (16.7)"),
            ("DL3 (n = 13)", "12 (92.3)", "13 (100)", "2 (15.4)", "1 (7.7)")]
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row):
            c.drawString(x, 662 - 10 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "DL1 (n = 3)\t2 (66.7)\t2 (66.7)\t0\t0\n" in text
    assert "DL3 (n = 13)\t12 (92.3)\t13 (100)\t2 (15.4)\t1 (7.7)\n" in text
    assert "Dose level\tCR/CRi at\tCRS, any\tCRS\tICANS,\n" in text


def test_justified_prose_with_figures_keeps_its_spaces_and_a_nejm_head_goes_into_the_columns():
    """A justified line of few words stretched alike keeps its spaces even with a figure in it, when words of prose
    hold the figure ("Of   the   10   patients   with   T-LBL,"); a table's row, its gaps as uneven as its cells,
    keeps its tabs. A head on four lines above NEJM's "number of patients" / "(percent)" lines is put in the rows'
    columns, its value-column lines with their empty first cell."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    x = 44
    for w in ["Of", "the", "10", "patients", "with", "T-LBL,"]:   # every gap 12 pt (1.5 em)
        c.drawString(x, 740, w)
        x += stringWidth(w, "Helvetica", 8) + 12
    c.drawString(44, 730, "6 had an extramedullary complete response and 3 had a partial response.")
    heads = (["Variable"], ["DL1:", "1x10^6", "cells/kg", "(N = 11)"], ["DL2:", "2x10^6", "cells/kg", "(N = 14)"],
             ["All", "Patients", "(N = 25)"])
    xs = (44, 150, 210, 270)
    for col, lines in zip(xs, heads):
        for k, text in enumerate(lines):
            c.drawString(col, 700 - 9 * k, text)
    c.drawString(44, 662, "number of patients")
    c.drawString(44, 653, "(percent)")
    for r, row in enumerate([("CR or CRi, day 28", "10 (90.9)", "13 (92.9)", "23 (92.0)"),
                             ("CRS, grade 3", "0", "1 (7.1)", "1 (4.0)"), ("ICANS, any grade", "0", "2 (14.3)", "2 (8.0)")]):
        for col, cell in zip(xs, row):
            c.drawString(col, 642 - 10 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Of the 10 patients with T-LBL,\n6 had an extramedullary" in text
    assert "CRS, grade 3\t0\t1 (7.1)\t1 (4.0)\n" in text
    assert "Variable\tDL1:\tDL2:\tAll\n\t1x10^6\t2x10^6\tPatients\n\tcells/kg\tcells/kg\t(N = 25)\n\t(N = 11)\t(N = 14)\t\n" in text


def test_bullets_without_a_text_mapping_are_list_markers_and_a_safety_heading_ends_the_list_item_above():
    """reportlab draws a "•" in Helvetica as a glyph pdfplumber cannot map ("(cid:127)", read as U+FFFD): at a line's
    start, before a gap, it is a list marker (numbers.repair), so each bullet is a sentence of its own, and "SAFETY"
    alone on a line is a heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    items = ["Day-28 CR/CRi: 10/12 (83.3%)", "Bridged to allo-HSCT: 7 of 10 responders (70.0%)", "SAFETY",
             "GVHD: 1 patient (8.3%), acute grade I (skin)"]
    for k, item in enumerate(items):
        if item != "SAFETY":
            c.drawString(44, 700 - 11 * k, "\u2022")
        c.drawString(44 if item == "SAFETY" else 52, 700 - 11 * k, item)
    c.showPage()
    c.save()
    doc = read(buf.getvalue())
    assert doc.text.startswith("\ufffd Day-28 CR/CRi: 10/12 (83.3%)\n\ufffd Bridged to allo-HSCT")
    got = [(m.endpoint, m.fields.get("n"), m.fields.get("N")) for m in extract_document(doc).measurements]
    assert ("transplant", 7, 10) in got and ("gvhd", 1, None) in got


def test_manuscript_line_numbers_go_and_a_continued_tables_head_under_its_caption_stays():
    """An accepted manuscript numbers its lines in the left margin (right-aligned, counting up): the numbers go, the
    text stays whole. A table continued on the next page repeats its head at the same height under "Table 2
    (continued)": a repeated line under a table's caption is the table's head, not a running head."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    head = ("Outcome", "Children (n = 14)", "Adults (n = 26)")
    for page, caption, rows in ((1, "Table 2. Outcomes in children and adults.", [("CR/CRi at day 28", "13 (92.9)", "23 (88.5)")]),
                                (2, "Table 2 (continued)", [("CRS, any grade", "12 (85.7)", "24 (92.3)")])):
        c.setFont("Helvetica", 9)
        c.drawString(72, 740, caption)
        for x, cell in zip((72, 200, 300), head):
            c.drawString(x, 728, cell)
        for x, cell in zip((72, 200, 300), rows[0]):
            c.drawString(x, 716, cell)
        for k in range(12):
            n = (page - 1) * 12 + k + 1
            c.drawString(50 - stringWidth(str(n), "Helvetica", 9), 680 - 22 * k, str(n))
            c.drawString(72, 680 - 22 * k, f"Page {page} sentence {k} of the double-spaced manuscript text goes on here.")
        c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Page 1 sentence 0 of the double-spaced manuscript text goes on here.\nPage 1 sentence 1 of" in text
    assert "\n1\t" not in text and "\n12\t" not in text and "\n13\t" not in text
    assert "Table 2 (continued)\nOutcome\tChildren (n = 14)\tAdults (n = 26)\nCRS, any grade\t12 (85.7)\t24 (92.3)" in text
    assert text.count("Outcome\tChildren (n = 14)") == 2


def test_a_head_over_a_group_label_line_goes_into_the_rows_columns():
    """A head whose last two cells ran together ("BCMA-naive (n = 18) P value"), a group's label ("Efficacy") between
    it and the rows: the head is still put in the rows' columns."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    _prose_around(c, above=760, below=640, step=9)
    xs = (44, 150, 240, 360, 441)
    for x, cell in zip(xs, ("Outcome", "All (n = 32)", "Prior BCMA (n = 14)", "BCMA-naive (n = 18)", "P value")):
        c.drawString(x, 700, cell)   # (the last two heads less than a cell gap apart)
    c.drawString(44, 690, "Efficacy")
    for r, row in enumerate([("ORR, n (%)", "27 (84.4)", "11 (78.6)", "16 (88.9)", "0.63"),
                             ("CR, n (%)", "19 (59.4)", "7 (50.0)", "12 (66.7)", "0.47")]):
        for x, cell in zip(xs, row):
            c.drawString(x, 680 - 10 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Outcome\tAll (n = 32)\tPrior BCMA (n = 14)\tBCMA-naive (n = 18)\tP value\nEfficacy\nORR, n (%)\t27 (84.4)" in text


def _two_columns_around(draw_table, left: str, right_x: float, below_y: float) -> bytes:
    """A letter page of two columns of prose (``left`` the left lines' words, the right column from ``right_x``), the
    table ``draw_table(c)`` draws below them, and the columns going on from ``below_y``."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    for k in range(14):
        c.drawString(48, 720 - 11 * k, f"Left column line {k} has {left}")
        c.drawString(right_x, 720 - 11 * k, f"Right column line {k} has words of the discussion.")
    draw_table(c)
    c.setFont("Helvetica", 9)
    for k in range(10):
        c.drawString(48, below_y - 11 * k, f"Left column below {k} has {left}")
        c.drawString(right_x, below_y - 11 * k, f"Right column below {k} has words of the discussion.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_table_set_across_the_gutter_narrower_than_the_page_keeps_its_rows():
    """A table centred on a two-column page, narrower than the page: its labels end far left of the gutter and its values
    start inside the gutter, left of the right column's margin; each row is read whole, not its label in the left
    column and its values in the right."""
    def table(c):
        c.drawString(102, 548, "TABLE 2. Best Response by Type of Failure")
        for r, row in enumerate([("Subgroup", "ORR, No. (%)", "CR, No. (%)"),
                                 ("Refractory to CD19 CAR T (n = 17)", "10 (58.8)", "7 (41.2)"),
                                 ("Relapse after CD19 CAR T (n = 21)", "16 (76.2)", "12 (57.1)")]):
            for x, cell in zip((102, 302, 410), row):
                c.drawString(x, 536 - 11 * r, cell)
    text = read(_two_columns_around(table, "some words of the results.", 312, 490)).text
    assert "Subgroup\tORR, No. (%)\tCR, No. (%)\nRefractory to CD19 CAR T (n = 17)\t10 (58.8)\t7 (41.2)\n" in text


def test_a_group_size_run_into_its_first_count_and_rows_with_an_empty_p_value_cell():
    """A group's size set close before its first count ("17  16 (94.1)", more than a word space apart) is parted there;
    rows whose p-value cell is empty every other row (one P per pair of rows) still give the columns for the head."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    _prose_around(c, above=760, below=640, step=9)
    xs = (64, 200, 214, 330, 420)
    for x, cell in zip(xs, ("Subgroup", "n", "CR/CRi, n (%)", "MRD-neg", "P*")):
        c.drawString(x, 705, cell)
    c.drawString(330, 697, "CR/CRi, n (%)")
    for r, row in enumerate([("Marrow blasts <5%", "17", "16 (94.1)", "15 (88.2)", ".047"),
                             ("Marrow blasts >=5%", "44", "30 (68.2)", "26 (59.1)", ""),
                             ("Prior blinatumomab", "22", "14 (63.6)", "12 (54.5)", ".12")]):
        for x, cell in zip(xs, row):
            c.drawString(x, 686 - 9 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Marrow blasts <5%\t17\t16 (94.1)\t15 (88.2)\t.047\n" in text
    assert "Subgroup\tn\tCR/CRi, n (%)\tMRD-neg\tP*\n\t\t\tCR/CRi, n (%)\t\n" in text


def test_heads_run_together_go_into_the_rows_columns_and_the_next_tables_head_is_not_a_row():
    """A poster's head whose cells run together ("n (%) DL1 (n=3) DL2 (n=5) …", a space apart) goes into the rows'
    columns; the next table's head under a short caption, its cells elsewhere, is no row of the first table."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    _prose_around(c, above=760, below=560, step=11)
    c.drawString(44, 700, "n (%) DL1 (n=3) DL2 (n=5) Total (N=8)")
    from reportlab.pdfbase.pdfmetrics import stringWidth
    xs = [44 + stringWidth(p, "Helvetica", 9) for p in ("", "n (%) ", "n (%) DL1 (n=3) ", "n (%) DL1 (n=3) DL2 (n=5) ")]
    for r, row in enumerate([("CR", "0", "2 (40.0)", "2 (25.0)"), ("PR", "1 (33.3)", "1 (20.0)", "2 (25.0)")]):
        for x, cell in zip(xs, row):
            c.drawString(x, 689 - 11 * r, cell)
    c.drawString(44, 660, "CRS and ICANS by maximum grade")
    for r, row in enumerate([("(no. of patients)", "Any", "Gr 1", "Gr 2"), ("CRS", "6", "3", "2"), ("ICANS", "1", "1", "0")]):
        for x, cell in zip((44, 160, 200, 240), row):
            c.drawString(x, 649 - 11 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "n (%)\tDL1 (n=3)\tDL2 (n=5)\tTotal (N=8)\nCR\t0\t2 (40.0)\t2 (25.0)\n" in text
    assert "(no. of patients)\tAny\tGr 1\tGr 2\nCRS\t6\t3\t2\n" in text


def test_a_full_width_table_under_a_body_set_beside_an_empty_sidebar_keeps_its_rows():
    """An MDPI page: the body is indented past a sidebar column that is empty after page 1, and a full-width table's
    labels sit in that empty column. The one gutter found there is no column break for the table: its label and its
    cells, far apart, stay one row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Roman", 10)
    body = ["The best overall response among the infused patients was high with both products, and most of",
            "the responses were complete; the day-90 response rate was numerically higher with the first one.",
            "Response rates did not differ significantly between the two products in the whole population."]
    y = 780
    for k in range(12):
        c.drawString(192, y, body[k % 3])
        y -= 12
    c.setFont("Times-Roman", 8)
    c.drawString(42, y - 6, "Table 1. Response and toxicity according to CAR-T product.")
    y -= 20
    rows = [("Outcome", "Axi-cel (n = 92)", "Tisa-cel (n = 56)", "p-Value"),
            ("Best overall response, n/N (%)", "74/92 (80.4)", "38/56 (67.9)", "0.08"),
            ("Best complete response, n/N (%)", "53/92 (57.6)", "27/56 (48.2)", "0.31"),
            ("CRS, grade 3 or higher, n/N (%)", "8/92 (8.7)", "2/56 (3.6)", "0.32"),
            ("ICANS, grade 3 or higher, n/N (%)", "15/92 (16.3)", "0/56 (0)", "0.001")]
    for row in rows:
        for x, cell in zip((44, 250, 340, 460), row):
            c.drawString(x, y, cell)
        y -= 12
    c.setFont("Times-Roman", 10)
    for k in range(12):
        y -= 12
        c.drawString(192, y, body[k % 3])
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Best overall response, n/N (%)\t74/92 (80.4)\t38/56 (67.9)\t0.08\n" in text
    assert "ICANS, grade 3 or higher, n/N (%)\t15/92 (16.3)\t0/56 (0)\t0.001\n" in text


def test_header_cells_that_ran_together_are_split_when_group_labels_come_between_the_rows():
    """"No. of Patients ORR, No. (%)" over rows interleaved with their groups' labels ("Dose level", then "DL1 …"):
    the rows, label lines aside, give the columns; lines of another table further down do not."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    xs = (50, 205, 267, 354)
    c.drawString(50, 712, "TABLE 2. Efficacy According to Dose Level and Baseline Subgroup")
    y = 700
    for x, head in zip(xs, ("Subgroup", "No. of Patients", "ORR, No. (%)", "CR, No. (%)")):
        c.drawString(x, y, head)
    rows = [("All patients", "36", "31 (86)", "21 (58)"), ("Dose level",), ("DL1", "6", "4 (67)", "2 (33)"),
            ("DL2", "12", "10 (83)", "6 (50)"), ("Extramedullary disease",), ("Present", "10", "7 (70)", "4 (40)")]
    for row in rows:
        y -= 11
        for x, cell in zip(xs, row):
            c.drawString(x, y, cell)
    y -= 30
    for row in (("Event", "Any grade", "Grade 3"), ("CRS", "30 (83)", "2 (6)"), ("ICANS", "4 (11)", "0")):
        for x, cell in zip((50, 120, 160), row):
            c.drawString(x, y, cell)
        y -= 11
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Subgroup\tNo. of Patients\tORR, No. (%)\tCR, No. (%)\nAll patients\t36\t31 (86)\t21 (58)\nDose level\nDL1\t6" in text


def test_a_row_label_run_into_its_first_value_is_split_at_the_tables_columns():
    """A row label set on two lines leaves its first line closer to the first value than a cell gap ("MRD-negative
    CR/CRi at 2 (66.7)", or after a comma: "2-year relapse-free survival, 68.8"); the table's full rows give the
    columns, and the row is re-split there (its empty last cells too: "P value (HSCT v no | | 0.03 |")."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    wide = "MRD-negative CR/CRi at"
    x1 = 72 + stringWidth(wide, "Helvetica", 7) + 5   # 0.7 em after the label: less than a cell gap
    xs = (72, x1, x1 + 60, x1 + 120, x1 + 180)
    rows = [("Response", "DL1 (n = 3)", "DL2 (n = 6)", "DL3 (n = 12)", "All (N = 21)"),
            ("CR/CRi, n (%)", "2 (66.7)", "5 (83.3)", "12 (100)", "19 (90.5)"),
            (wide, "2 (66.7)", "4 (66.7)", "11 (91.7)", "17 (81.0)"),
            ("day 28, n (%)",),
            ("ORR, n (%)", "2 (66.7)", "6 (100)", "12 (100)", "20 (95.2)"),
            ("P value (DL3 v", "", "", "0.03", "")]
    for k, row in enumerate(rows):
        for x, cell in zip(xs, row):
            c.drawString(x, 600 - 10 * k, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "MRD-negative CR/CRi at\t2 (66.7)\t4 (66.7)\t11 (91.7)\t17 (81.0)\n" in text
    assert "P value (DL3 v\t\t\t0.03\t" in text


def test_a_doi_glued_to_the_citation_after_it_ends_before_the_journal():
    from extract.readers.pdf import DOI_RE
    assert DOI_RE.search("https://doi.org/10.5555/blood.2024.886512Blood. 2025;145(11):1187-1196").group(1) == \
        "10.5555/blood.2024.886512"
    assert DOI_RE.search("doi:10.1056/NEJMoa2588102 and more").group(1) == "10.1056/NEJMoa2588102"


def test_a_running_head_by_page_and_authors_goes_even_on_one_page():
    """A running head that appears once (page 2 only) is still furniture when it is a page number and authors' "et al"
    or the issue's "VOLUME 9, NUMBER 14"."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    c.drawString(72, 700, "The first page's text ends with its last sentence here.")
    c.showPage()
    c.setFont("Helvetica", 8)
    c.drawString(72, 765, "3562 LIU et al")
    c.drawString(400, 765, "22 JULY 2025 · VOLUME 9, NUMBER 14")
    c.setFont("Helvetica", 9)
    c.drawString(72, 700, "The second page's text goes on here.")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "LIU et al" not in text and "VOLUME 9" not in text
    assert "The second page's text goes on here." in text


def test_head_cells_set_with_no_gap_part_where_a_column_starts():
    """Two head cells drawn touching ("cells/kg" then "Patients, n" at the next column's left edge) are parted there."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    _prose_around(c, above=760, below=600, step=11)
    x2 = 150 + stringWidth("CAR-T cells/kg", "Helvetica", 9)   # (the next head starts where this one ends)
    for x, cell in zip((60, 150, x2, x2 + 70), ("Dose level", "CAR-T cells/kg", "Patients, n", "ORR, n (%)")):
        c.drawString(x, 700, cell)
    for r, row in enumerate([("DL1", "5 x 10^5", "3", "1 (33.3)"), ("DL2", "1 x 10^6", "6", "4 (66.7)")]):
        for x, cell in zip((60, 150, x2, x2 + 70), row):
            c.drawString(x, 688 - 11 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Dose level\tCAR-T cells/kg\tPatients, n\tORR, n (%)\nDL1\t5 x 10^5\t3\t1 (33.3)\n" in text


def test_ids_past_the_reference_list_come_only_from_the_articles_own_citation_or_running_foot():
    """A reference's PMID and DOI (past the "References" heading) are no document id; the article's own citation line or
    running foot after the list gives them."""
    lines = ["A CD7 CAR-T study", "Results: 12 patients were infused.", "References",
             "1. Tan Y, et al. Autologous CD7 CAR-T in T-ALL. Blood.", "2021;138:1221-1230. PMID: 88100077. doi:10.5555/blood.2021.0077",
             "Blood Adv. 2025;9(15):4012-4021. doi:10.5555/bloodadv.2025.011001. PMID: 88110101"]
    doc = read(F.simple_pdf(lines))
    assert doc.meta["pmid"] == "88110101" and doc.meta["doi"] == "10.5555/bloodadv.2025.011001"
    doc = read(F.simple_pdf(lines[:5]))
    assert doc.meta["pmid"] is None and doc.meta["doi"] is None


def _boxes_beside_the_abstract(left: list[str], right: list[str], x_right: float) -> bytes:
    """A portrait page: a title across it, then two boxes side by side (``left`` from x 40, ``right`` from
    ``x_right``, some rows of one box between the other's baselines), then a body in two columns below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 60, "Donor-derived CD7 CAR-T cells for relapsed or refractory T-cell acute leukemia")
    c.setFont("Helvetica", 8.5)
    for i, ln in enumerate(left):
        c.drawString(40, h - 100 - 10.5 * i - (5 if i % 3 == 2 else 0), ln)
    for i, ln in enumerate(right):
        c.drawString(x_right, h - 100 - 10.5 * i, ln)
    for i in range(30):
        c.drawString(40, h - 330 - 11 * i, f"Body left line {i} continues the methods of the trial")
        c.drawString(w / 2 + 10, h - 330 - 11 * i, f"Body right line {i} continues the results here")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("x_right, left, right", [
    # a key-points box beside the boxed abstract, which runs across the page's gutter (Blood Advances)
    (215, ["KEY POINTS", "- A single infusion of donor-derived CD7", "CAR-T cells induced high rates of",
           "MRD-negative remission in heavily", "pretreated T-ALL/LBL.", "- Low-grade acute GVHD was manageable,",
           "and consolidative transplant was feasible", "for most responders."],
     ["Abstract", "Patients with relapsed or refractory T-ALL/LBL have few options after salvage chemotherapy.",
      "In this phase 1 study, 26 patients were enrolled and 23 received donor-derived CD7 CAR-T cells.",
      "At day 28, 21 of 23 patients (91.3%) achieved CR or CR with incomplete hematologic recovery,",
      "and 19 (82.6%) were MRD-negative by flow cytometry. CRS developed in 22 patients (95.7%),",
      "with grade 1-2 CRS in 19 and grade 3 CRS in 3 (13.0%). The 1-year OS was 68.9%."]),
    # the abstract beside a journal's side column of dates and notices (JCO)
    (455, ["PURPOSE We compared olta-cel with standard triplet regimens in patients with myeloma.",
           "RESULTS Overall, 254 patients were randomly assigned (olta-cel, 169; standard regimen, 85), and",
           "158 of the 169 patients assigned to olta-cel received the infusion. At a median follow-up of 17.3",
           "months, the median PFS was 16.8 months (95% CI, 12.9 to 22.0) with olta-cel and 5.9 months",
           "(95% CI, 4.3 to 7.7) with a standard regimen. An overall response occurred in 80.5% of them.",
           "CONCLUSION A single infusion of olta-cel prolonged progression-free survival."],
     ["ACCOMPANYING CONTENT", "Accepted May 2, 2025", "Published June 6, 2025", "This article was corrected",
      "on July 2, 2025. See Erratum,", "DOI: 10.5555/JCO.25.01133."]),
])
def test_two_boxes_side_by_side_over_the_columns_are_read_one_after_the_other(x_right, left, right):
    """Two boxes set side by side over a two-column page (a key-points box beside the abstract, an abstract beside a
    journal's side column), one of them across the page's gutter, their baselines apart: each box is read whole, the
    left one first, then the body's columns as before."""
    text = flat(read(_boxes_beside_the_abstract(left, right, x_right)).text)
    assert " ".join(left) in text and " ".join(right) in text
    assert text.index(left[-1]) < text.index(right[0]) and text.index(right[-1]) < text.index("Body left line 0")
    assert text.index("Body left line 29") < text.index("Body right line 0")


def test_a_table_across_the_page_keeps_its_rows_beside_the_boxes_rule():
    """A full-width table whose label and value columns leave the same x empty in every row is no pair of boxes: its
    rows stay rows (the right side holds no words)."""
    rows = [f"Outcome {i} of the patients treated at each of the dose levels of the phase 1 trial, n (%)" for i in range(6)]
    values = [f"{i + 10} ({i + 40}.5)" for i in range(6)]
    text = read(_boxes_beside_the_abstract(rows, values, 430)).text
    assert "Outcome 0 of the patients treated at each of the dose levels of the phase 1 trial, n (%)\t10 (40.5)\n" \
           "Outcome 1 of" in text


@pytest.mark.parametrize("history, doi", [
    ("Submitted 12 November 2024; accepted 20 February 2025; prepublished online on Blood Advances First Edition 5 March "
     "2025. https://doi.org/10.5555/bloodadvances.2024.88154.", "10.5555/bloodadvances.2024.88154"),
    # (Haematologica's, the DOI on the next line, or on the line before: blind170 b170-03)
    ("Received: October 3, 2024. Accepted: January 20, 2025. Early view: January 30, 2025.", "10.5555/haematol.2024.286512"),
    ("https://doi.org/10.5555/haematol.2024.286613\nReceived: October 3, 2024. Accepted: January 8, 2025. Early view: "
     "January 16, 2025.", "10.5555/haematol.2024.286613"),
    # (BMC's, its dates a space apart, the DOI link on the next line: blind224 b224-02)
    ("Received: 3 December 2024 Accepted: 28 February 2025 Published online: 19 March 2025", "10.5555/s13045-025-08841-2"),
])
def test_the_articles_history_line_at_its_end_gives_its_year_and_doi(history, doi):
    """The article's history line, set after the references at its end (Blood's, Haematologica's): the year it was
    published and the DOI after it (or over it) are the article's (no other citation line states them)."""
    body = ["Results paragraph about the patients who were treated in the study.",
            "REFERENCES", "1. Tan Y, et al. Autologous CD7 CAR-T in T-ALL. Blood. 2021;138:1221-1230.",
            *history.split("\n")] + ([] if doi in history else [f"https://doi.org/{doi}"])
    doc = read(F.article_pdf(title="CD22 CAR-T cells after CD19 failure", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["doi"]) == (2025, doi)


@pytest.mark.parametrize("left, right", [("doi:10.5555/haematol.2023.884412", "1021"),
                                         ("1022", "https://doi.org/10.5555/haematol.2023.884412")])
def test_a_running_foot_of_the_doi_and_page_number_after_the_references_gives_the_doi(left, right):
    """A letter's running foot holding its DOI and the page number only (Haematologica's), below the reference list: the
    DOI is the article's; a reference's own DOI, wrapped onto a line of its own, is not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    lines = [f"Line {k} of the letter tells how the 33 children were treated and how they did." for k in range(30)]
    lines += ["References", "1. Doe J, et al. Tisagenlecleucel in children and young adults. N Engl J Med. 2018;378:439-448.",
              "2. Roe R, et al. CD19 CAR-T cells and transplant. Blood. 2021;138:1010-1020.", "doi:10.5555/blood.2021.000111"]
    for k, ln in enumerate(lines):
        c.drawString(54, 780 - 12 * k, ln)
    c.setFont("Helvetica", 7)
    c.drawString(54, 30, left)
    c.drawRightString(540, 30, right)
    c.showPage()
    c.save()
    assert read(buf.getvalue()).meta["doi"] == "10.5555/haematol.2023.884412"
    # (with no foot, the reference's wrapped DOI is not the article's)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for k, ln in enumerate(lines):
        c.drawString(54, 780 - 12 * k, ln)
    c.showPage()
    c.save()
    assert read(buf.getvalue()).meta["doi"] is None


def test_a_pmid_beside_the_articles_dates_after_the_references_is_the_articles():
    body = ["Results paragraph about the patients who were treated in the study.", "References",
            "1. Pan J, et al. J Clin Oncol. 2022;40:3234. PMID: 88000001",
            "PMID: 88124006 Received: 2 June 2025 Accepted: 30 October 2025"]
    doc = read(F.article_pdf(title="CD5 CAR T cells in PTCL", body=body, columns=1))
    assert doc.meta["pmid"] == "88124006"


def test_a_table_whose_last_column_lies_right_of_the_gutter_keeps_its_rows():
    """A table set from the left column's margin, its last column (one value a row) right of the gutter: each row is
    read whole, not its last cell in the right column."""
    def table(c):
        c.drawString(48, 560, "Table 2. CRS and ICANS after infusion (N = 40)")
        c.setFont("Helvetica", 7)
        for r, row in enumerate([("Event", "Any grade", "Grade 1", "Grade 2", "Grade 3", "Grade 4"),
                                 ("CRS", "36 (90.0)", "18 (45.0)", "13 (32.5)", "4 (10.0)", "1 (2.5)"),
                                 ("ICANS", "3 (7.5)", "2 (5.0)", "1 (2.5)", "0", "0")]):
            for x, cell in zip((50, 120, 176, 228, 280, 332), row):
                c.drawString(x, 548 - 11 * r, cell)
        c.setFont("Helvetica", 6.5)   # (a footnote across the page under the table)
        c.drawString(48, 515, "Values are n (%). Events were graded according to ASTCT consensus criteria. IEC-HS, immune "
                              "effector cell-associated hemophagocytic lymphohistiocytosis-like syndrome.")
    text = read(_two_columns_around(table, "some words of the results of the trial.", 314, 500)).text
    assert ("Event\tAny grade\tGrade 1\tGrade 2\tGrade 3\tGrade 4\nCRS\t36 (90.0)\t18 (45.0)\t13 (32.5)\t4 (10.0)\t1 (2.5)\n"
            "ICANS\t3 (7.5)\t2 (5.0)\t1 (2.5)\t0\t0\nValues are n (%).") in text
    assert "\n1 (2.5)\n" not in text and "Right column line 13 has words of the discussion.\n" in text


@pytest.mark.parametrize("foot, doi, year", [
    # Wiley's labelled DOI alone on its line above the citation, under the references (b152-03)
    (["Received: 9 September 2025 | Revised: 2 December 2025 | Accepted: 11 December 2025", "DOI: 10.5555/ajh.88152",
      "Am J Hematol. 2026;101(3):455-464. wileyonlinelibrary.com/journal/ajh"], "10.5555/ajh.88152", 2026),
    # JCO's foot: the dates, the citation with its copyright year, the DOI with the page number (b152-01)
    (["ACCEPTED February 18, 2025 | PUBLISHED April 2, 2025",
      "J Clin Oncol 43:2217-2228 © 2025 by American Society of Clinical Oncology",
      "DOI https://doi.org/10.5555/JCO.24.88152     2217"], "10.5555/jco.24.88152", 2025),
    # a poster's foot of its presentation and its supplement's citation (b153-04)
    (["Presented at the 2025 ASCO Annual Meeting, Chicago, IL, May 30-June 3, 2025. J Clin Oncol 43, 2025",
      "(suppl 16; abstr 7021). DOI: 10.5555/JCO.2025.43.16_suppl.7021"], "10.5555/jco.2025.43.16_suppl.7021", 2025),
])
def test_the_first_pages_foot_under_its_references_gives_the_doi_and_year(foot, doi, year):
    """The first page's foot read after its reference list: the article's DOI and year, not a reference's."""
    body = ["Results: 24 patients were infused and 18 achieved CR.", "REFERENCES",
            ["1. Park HJ, Okafor T, Weiss M, et al: Outcomes of triple-class refractory myeloma.",
             "Blood Adv 6:4410-4419, 2022. doi:10.5555/bloodadv.2022.880411"],
            ["2. Brandt K, Sato Y. Real-world outcomes of commercial CAR T cells. Am J Hematol.",
             "2024;99(4):601-611. doi:10.5555/ajh.880601"],
            # (a reference's DOI wrapped onto a line of its own, after its citation, is the reference's)
            ["3. Sekiguchi N, et al. Outcomes of relapsed T-cell lymphoma.", "Haematologica. 2019;104(4):e150-e153.",
             "doi:10.5555/haematol.2018.889001"], foot]
    doc = read(F.article_pdf(title="CAR T cells in lymphoma and myeloma", body=body, columns=1, page_numbers=False))
    assert (doc.meta["doi"], doc.meta["year"]) == (doi, year)


def test_a_poster_takes_its_meetings_year_and_no_year_from_its_references():
    """A poster (no DOI, no citation of its own): the year of the meeting it was presented at, from its footer, not the year
    of a reference's wrapped line that looks like a citation ("T-ALL. Blood. 2023;142(Suppl 1):771.")."""
    body = ["Results: twelve patients were infused and ten achieved CR.", "REFERENCES",
            ["1. Zhao L, Guo P, Li S, et al. Donor-derived CD7 CAR-T in", "T-ALL. Blood. 2023;142(Suppl 1):771."],
            "Presented at the EHA2025 Congress, June 12–15, 2025, Milan, Italy."]
    doc = read(F.article_pdf(title="Donor-derived CD7 CAR-T cells in AML", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["doi"], doc.meta["journal"]) == (2025, None, None)
    # (a poster's line naming the meeting by its number, month and year)
    doc = read(F.article_pdf(title="CD7 CAR-T cells in AML", after_title=["Rui Xu, Fang Li | Suzhou, China | 67th ASH Annual "
                             "Meeting, December 2025, Poster 4417"], body=["Results: 16 patients were infused."], columns=1))
    assert doc.meta["year"] == 2025
    # (an abstract book's page: the meeting's acronym and year before its dates in the running head)
    doc = read(F.article_pdf(title="P-214 GPRC5D CAR-T cells in myeloma", header="ABSTRACT BOOK   APMCT 2025 • Kyoto, Japan • "
                             "12–14 September 2025", body=["Results: 14 patients were infused."], columns=1))
    assert doc.meta["year"] == 2025
    # (a poster's references run in after their heading: a reference's DOI is not the poster's, and the poster keeps its
    # meeting's year)
    body = ["Results: twelve patients were infused and ten achieved CR.",
            "References: 1. Brandt S, et al. Blood Cancer J. 2023;13:88. doi:10.5555/bcj.2023.88.",
            "Presented at the European Hematology Association (EHA) 2025 Congress; June 12–15, 2025; Milan, Italy."]
    doc = read(F.article_pdf(title="BCMA CAR-T cells in myeloma", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["doi"]) == (2025, None)
    # (a run-in reference wrapped after its "et al." is no citation of the poster's; its own citation follows a bar in its footer)
    body = ["Results: twelve patients were infused and ten achieved CR.",
            ["References: 1. Munshi NC, et al. N Engl J Med. 2021;384:705-716. 2. Berdeja JG, et al.", "Lancet. 2021;398:314-324."],
            ["Presented at the 66th ASH Annual Meeting, December 7–10, 2024 | Abstract 4821 | Blood 2024;144(Suppl 1):4821 | "
             "doi:10.5555/blood-2024-288134"]]
    doc = read(F.article_pdf(title="BCMA CAR-T cells in myeloma", body=body, columns=1, size=7))
    assert (doc.meta["year"], doc.meta["journal"], doc.meta["doi"]) == (2024, "Blood", "10.5555/blood-2024-288134")
    # (a reference's title ending its line with a period goes on with the citation on the next: "Mol Ther Rep. 2023;4:12–20." is
    # the reference's)
    body = ["Results: twelve patients were infused and ten achieved CR.", "REFERENCES",
            ["1. Ferreira L, et al. Inducible caspase-9 switches in cellular therapy.", "Mol Ther Rep. 2023;4:12–20."],
            "Presented at the European Hematology Association (EHA) 2025 Congress, June 12–15, 2025, Milan, Italy"]
    doc = read(F.article_pdf(title="CD33 CAR-T cells in AML", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["journal"]) == (2025, None)
    # (ASCO's poster template: its DOI in the banner, its year only in the foot "PRESENTED AT: 2025 ASCO® ANNUAL MEETING": b178-04)
    body = ["DOI: 10.5555/JCO.2025.43.16_suppl.6512", "Results: twelve patients were infused and ten achieved CR.",
            "PRESENTED AT: 2025 ASCO\u00ae ANNUAL MEETING | #ASCO25 | PRESENTED BY: Wen Xu, MD"]
    doc = read(F.article_pdf(title="CLL-1 CAR-T cells in AML", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["doi"]) == (2025, "10.5555/jco.2025.43.16_suppl.6512")
    # (a poster's footer naming the meeting with its year and no dates: b173-04)
    body = ["Results: twelve patients were infused and ten achieved CR.",
            "Presented at the European Hematology Association (EHA) 2025 Congress, Milan, Italy. Contact: a.b@example.org"]
    doc = read(F.article_pdf(title="CD19/CD22 CAR-T cells in B-ALL", body=body, columns=1))
    assert (doc.meta["year"], doc.meta["doi"]) == (2025, None)


def test_a_long_first_pages_foot_gives_the_issue_year_over_the_online_date():
    """Blood's first-page foot, "BLOOD, 13 MARCH 2025 • VOLUME 145, NUMBER 11", past the front matter's reach on a long page:
    the issue's year, not the year its history line was published online (b173-01)."""
    body = [" ".join(f"Sentence {i} of the results: 24 patients were infused and 18 achieved a complete remission."
                     for i in range(75))]
    body += ["Submitted 14 August 2024; accepted 2 December 2024; prepublished online on Blood First Edition 19 December 2024. "
             "https://doi.org/10.5555/blood.2024025880."]
    doc = read(F.article_pdf(title="CD7 CAR-T cells in T-ALL", body=body, size=6, page_numbers=False,
                             footer="1186 BLOOD, 13 MARCH 2025 \u2022 VOLUME 145, NUMBER 11 \u00a9 2025 American Society of Hematology"))
    assert len(doc.pages) == 1 and len(doc.text) > 6000
    assert (doc.meta["year"], doc.meta["doi"]) == (2025, "10.5555/blood.2024025880")


def test_a_footnote_of_dates_a_sentence_runs_across_goes_after_the_text():
    """A letter's footnote of dates at the foot of its left column, the sentence running on at the top of the right column:
    the sentence is read whole, the footnote after the text (its year and dates still there for the metadata)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for k in range(40):
        c.drawString(46, 760 - 11 * k, f"Left column line {k} tells the results of the trial." if k < 39 else
                     "The 2-year OS was 57.0% for all 46 patients. Among")
    c.setFont("Helvetica", 7)
    c.drawString(40, 60, "Received: 2 October 2024 Revised: 10 January 2025 Accepted: 27 January 2025")
    c.drawString(40, 51, "Published online: 14 February 2025")
    c.setFont("Helvetica", 9)
    c.drawString(310, 760, "responders, consolidative allo-HSCT was associated with superior OS.")
    for k in range(1, 40):
        c.drawString(310, 760 - 11 * k, f"Right column line {k} discusses the results further.")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Among\nresponders, consolidative allo-HSCT was associated with superior OS." in text
    assert text.endswith("Received: 2 October 2024 Revised: 10 January 2025 Accepted: 27 January 2025\nPublished online: 14 February 2025")


def test_a_tables_column_gap_beside_a_clean_middle_gutter_is_no_sidebars_gutter():
    """A portrait page's abstract column beside a table in the right column (b149-04): the gap between the table's group
    columns, near two thirds of the width, is left empty by one row more than the middle gutter (the title's lines cross
    the middle only); the page's gutter is still the middle one, which few rows cross."""
    def row(top, *spans, size=7.5):
        return [Glyph("x", a, top, b, top + size, size) for a, b in spans]

    rows = [row(60 + 12 * k, (46, 420), size=10) for k in range(3)]   # the title, left-aligned, crossing the middle only
    rows += [row(150 + 10 * k, (46, 298), (326, 380), (392, 416), (450, 474), (508, 532)) for k in range(30)]
    rows += [row(460 + 10 * k, (46, 298)) for k in range(10)]
    assert _gutters(rows, (0, 0, 612, 792)) == ([312.0], False)   # (the gap between 298 and 326)


def _cut_by_a_figure(rest: str) -> bytes:
    """Page 1's prose ending "… was 66.7% (95% CI", a figure of smaller type under it (labels, legend), page 2's running
    head, then page 2's prose going on with ``rest``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for k in range(30):
        c.drawString(46, 760 - 10 * k, f"Line {k} of the results, with the responses of all the patients." if k < 29 else
                     "test; Fig. 1c). Twelve-month overall survival was 66.7% (95% CI")
    c.setFont("Helvetica", 6)
    c.drawString(46, 400, "Survival (%)")
    c.drawString(46, 390, "100")
    c.drawString(46, 300, "0          6          12          18          24")
    c.drawString(46, 280, "Fig. 1 | Survival after CAR T cells. a, Overall survival of all 21 patients; numbers at risk")
    c.drawString(46, 272, "are shown below the plot. Tick marks indicate censored observations.")
    c.showPage()
    c.setFont("Helvetica", 7)
    c.drawString(46, 800, "Brief Communication")
    c.setFont("Helvetica", 8)
    c.drawString(46, 760, rest)
    c.drawString(46, 750, "allogeneic transplantation, at 3.5 and 4.2 months after infusion.")
    c.drawString(46, 740, "Cytokine release syndrome occurred in 18 patients (86%).")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_figure_set_inside_a_sentence_goes_after_the_sentences_end():
    """A sentence cut by the page break with a figure, its legend and the next page's running head between its halves
    (b138-03): read whole, the figure after the line where the sentence going on ends, on the page it was moved to."""
    doc = read(_cut_by_a_figure("42.5–82.5). Two complete responders proceeded to consolidative"))
    text = doc.text
    assert "(95% CI\n42.5–82.5). Two complete responders proceeded to consolidative\nallogeneic transplantation, at 3.5 and " \
           "4.2 months after infusion.\nSurvival (%)" in text
    assert text.index("Brief Communication") > text.index("after infusion.") and text.endswith("occurred in 18 patients (86%).")
    cut = text.index("Twelve-month")
    assert doc.page_of(cut) == 1 and doc.page_of(text.index("42.5–82.5")) == 2 and doc.page_of(text.index("Fig. 1 |")) == 2
    assert doc.bbox_of(text.index("Fig. 1 |"), text.index("Fig. 1 |") + 6) is None   # (drawn on page 1: no box on page 2)
    os_ = [m.fields for m in extract_document(doc).measurements if m.endpoint == "overall_survival"]
    assert [(f["percent"], f["ci_low"], f["ci_high"]) for f in os_] == [(66.7, 42.5, 82.5)]


def test_a_figure_before_a_new_sentence_stays_where_it_is():
    """The page's prose ends cut, but the next page starts a new sentence (capitalised, no parenthesis closed): nothing moves."""
    text = read(_cut_by_a_figure("Two complete responders proceeded to consolidative")).text
    assert text.index("Fig. 1 |") < text.index("Brief Communication") < text.index("Two complete responders")


def test_a_registry_id_in_a_posters_footer_after_its_acknowledgements_is_its_own():
    body = ["Results: 21 patients were infused and 18 achieved CR.", "Acknowledgements",
            "We thank the patients and the data managers of all participating centres.",
            "Presented at EHA2025. Contact: a.brandt@example.org Registry: NCT08894410",
            "References", "1. Other trial of CAR-T cells (NCT08800001). Blood. 2024;1:1."]
    doc = read(F.article_pdf(title="CD19 CAR-T cells in lymphoma", body=body, columns=1))
    assert trial_ids(doc) == ["NCT08894410"]


def test_a_table_in_the_right_column_beside_ragged_prose_keeps_its_rows():
    """A table set in the right column beside the left column's prose, whose lines end far from the gutter (the gaps
    across it wider than columns' usually are): the left column is read whole, then the table, row by row."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    words = ["the patients were treated at the", "and responses were assessed by the", "of the cohort in the first trial",
             "with a median follow-up of the", "to the end of the study in all"]
    for k in range(20):
        c.drawString(48, 720 - 11 * k, f"Line {k} says {words[k % 5]}")
    for r, row in enumerate([("Outcome", "DL1 (n = 6)", "DL2 (n = 12)"), ("CR/CRi, day 28", "5 (83.3)", "11 (91.7)"),
                             ("MRD-negative CR", "4 (66.7)", "10 (83.3)"), ("CRS, grade 3", "0", "2 (16.7)"),
                             ("Proceeded to allo-HSCT", "3 (50.0)", "8 (66.7)")]):
        for x, cell in zip((320, 450, 520), row):
            c.drawString(x, 720 - 11 * (r + 2), cell)
    for k in range(3):
        c.drawString(320, 720 - 11 * (k + 9), f"Right column line {k} discusses the results and the toxicity.")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Line 0 says the patients were treated at the\nLine 1 says" in text
    assert ("Outcome\tDL1 (n = 6)\tDL2 (n = 12)\nCR/CRi, day 28\t5 (83.3)\t11 (91.7)\nMRD-negative CR\t4 (66.7)\t10 (83.3)\n"
            "CRS, grade 3\t0\t2 (16.7)\nProceeded to allo-HSCT\t3 (50.0)\t8 (66.7)\n") in text


@pytest.mark.parametrize("sidebar, doi", [
    (["Accepted on July 1, 2025 and", "published at ascopubs.org/journal/jco", "on August 14, 2025: DOI https://doi.o",
      "rg/10.5555/JCO.25.00881"], "10.5555/jco.25.00881"),
    # (blind162 b162-01) the Lancet's sidebar wraps it after the prefix's slash
    (["Lancet Oncol 2025; 26: 612-24", "Published Online", "April 8, 2025", "https://doi.org/10.5555/",
      "S1470-2045(25)00088-3", "See Comment page 580"], "10.5555/s1470-2045(25)00088-3"),
])
def test_a_doi_url_wrapped_in_a_narrow_sidebar_is_the_articles_doi(sidebar, doi):
    """JCO's sidebar wraps the DOI's URL inside its host ("…: DOI https://doi.o" over "rg/10.5555/JCO.25.00881"): still the
    article's DOI (blind132 b132-03)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 9)
    for i, line in enumerate(["We report a phase 1 study of GPRC5D CAR T cells in relapsed or refractory",
                              "multiple myeloma. Thirty-three patients were infused across four dose levels,",
                              "and the overall response rate was 87.9% with manageable toxicity.",
                              "Cytokine release syndrome occurred in 29 patients, one of grade 3."]):
        c.drawString(50, 700 - 12 * i, line)
    for i, line in enumerate(sidebar):
        c.drawString(440, 700 - 10 * i, line)
    c.showPage()
    c.save()
    assert read(buf.getvalue()).meta["doi"] == doi


def test_prose_columns_above_a_figures_panels_read_as_columns():
    # (blind150) two columns' short paragraphs, then a figure's two panels set across the gutter (axis labels, no line
    # crossing it), then the legend across the page and the columns again: the paragraphs are read column by column, the
    # panels' rows in place
    buf = io.BytesIO()
    c = F.canvas.Canvas(buf, pagesize=F.letter)
    left = ["Safety. Grade 3 or higher neutropenia occurred in all", "patients and resolved by day 30 in 41. No grade 3",
            "ICANS was observed. Acute GVHD responded to", "corticosteroids in every case, and mild chronic GVHD",
            "developed in 2 patients."]
    right = ["Survival. Survival estimates are summarized in Table 1", "and Fig. 2. Donor chimerism after CAR-T and peak CAR",
             "copy number were not correlated (r = 0.18, P = .21)."]
    y = 700
    for k, text in enumerate(left):
        F.draw_line(c, 54, y - 12 * k, text, 9)
    for k, text in enumerate(right):
        F.draw_line(c, 318, y - 12 * k, text, 9)
    y -= 12 * len(left) + 20
    for k, (a, b) in enumerate([("100", "100"), ("50", "50"), ("0", "0")]):
        F.draw_line(c, 60, y - 40 * k, a, 8)
        F.draw_line(c, 330, y - 40 * k, b, 8)
    y -= 100
    F.draw_line(c, 80, y, "0        6        12        18        24", 8)
    F.draw_line(c, 350, y, "0        6        12        18        24", 8)
    F.draw_line(c, 100, y - 12, "Months after infusion", 8)
    F.draw_line(c, 370, y - 12, "Months after infusion", 8)
    F.draw_line(c, 54, y - 30, "Fig. 2 | Survival after CD7 CAR-T. a, Overall survival of the 48 infused patients. b, Leukemia-free "
                "survival by consolidation.", 8)
    y -= 50
    for k in range(10):
        F.draw_line(c, 54, y - 12 * k, f"Left column line {k} of the discussion goes on here", 9)
        F.draw_line(c, 318, y - 12 * k, f"Right column line {k} of the methods goes on here", 9)
    c.showPage()
    c.save()
    data = buf.getvalue()
    doc = next(read_pdf(data, "fig.pdf", "0"))
    flat = " ".join(doc.text.split())
    assert "No grade 3 ICANS was observed. Acute GVHD responded to corticosteroids in every case, and mild chronic GVHD " \
           "developed in 2 patients." in flat
    assert "Survival. Survival estimates are summarized in Table 1 and Fig. 2. Donor chimerism after CAR-T and peak CAR " \
           "copy number were not correlated (r = 0.18, P = .21)." in flat
    assert flat.index("developed in 2 patients.") < flat.index("Survival. Survival") < flat.index("Months after infusion")


def _portrait_page(draw) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7.5)
    draw(c, letter[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def test_three_columns_under_a_full_width_abstract_on_a_portrait_page():
    """NEJM's body (blind158 b158-01): a full-width title and abstract, then three short columns, a table in the middle
    one. The full-width rows cross both gutters and outnumber a quarter of the rows that leave them empty; without them
    few rows cross, and the outer columns hold prose side by side: each column is read whole, left to right."""
    def draw(c, h):
        for i in range(10):
            c.drawString(40, h - 60 - 9 * i, f"Abstract line {i} runs across the whole width of the page and tells the patients' "
                                              f"results in full sentences, from the left margin to the right one.")
        for i in range(16):
            c.drawString(40, h - 170 - 9 * i, f"Left {i}: the patients who were treated had")
        for i, row in enumerate([("Outcome", "DL1 (N=14)", "DL2 (N=17)"), ("CR or CRi, n (%)", "12 (85.7)", "16 (94.1)"),
                                 ("MRD-neg. CR, n (%)", "11 (78.6)", "15 (88.2)"), ("CRS grade 3, n (%)", "0", "4 (23.5)")]):
            for x, cell in zip((221, 293, 342), row):
                c.drawString(x, h - 170 - 9 * i, cell)
        for i in range(4, 12):
            c.drawString(221, h - 170 - 9 * i, f"Middle {i}: the table shows the responses")
        for i in range(8):
            c.drawString(402, h - 170 - 9 * i, f"Right {i}: in the study of the others, the rate was")
    text = flat(read(_portrait_page(draw)).text)
    assert text.index("Abstract line 9") < text.index("Left 0:") < text.index("Left 15:") < text.index("Outcome") \
        < text.index("CRS grade 3") < text.index("Middle 11:") < text.index("Right 0:")
    assert "Left 0: the patients who were treated had Left 1:" in text


def test_a_full_width_table_on_a_one_column_portrait_page_keeps_its_rows():
    """A one-column page's full-width table of three columns leaves two gaps near a third and two thirds of the width,
    and the prose above and below crosses both: its rows stay rows (its right cells are values, no prose)."""
    def draw(c, h):
        for i in range(8):
            c.drawString(40, h - 60 - 9 * i, f"Prose line {i} runs across the whole width of the page and tells the patients' "
                                              f"results in full sentences, from the left margin to the right one.")
        for i in range(12):
            c.drawString(40, h - 140 - 9 * i, f"Outcome number {i}, n (%)")
            c.drawString(300, h - 140 - 9 * i, f"{i + 3} (2{i}.5)")
            c.drawString(450, h - 140 - 9 * i, f"{i + 5} (3{i}.0)")
        for i in range(4):
            c.drawString(40, h - 260 - 9 * i, f"Closing line {i} runs across the whole width of the page and tells the patients' "
                                               f"results in full sentences, from the left margin to the right one.")
    doc = read(_portrait_page(draw))
    assert "Outcome number 3, n (%)\t6 (23.5)\t8 (33.0)" in doc.text


def test_a_table_across_the_main_columns_beside_a_side_column_reads_in_rows():
    # (blind162 b162-01) the Lancet's page: a side column of affiliations, two main columns, and a table under them that
    # spans both main columns (its cells meet the main gutter, no side column's): each row read whole, its caption's
    # header rows and its label rows ("Age") in place
    buf = io.BytesIO()
    c = F.canvas.Canvas(buf, pagesize=(595, 842))   # (A4)
    c.setFont("Helvetica", 7)
    for i in range(20):   # (ending above the table)
        c.drawString(40, 780 - 10 * i, ["Department of Haematology,", "University College London", "Hospitals, London, UK",
                                        "(E Marsh PhD, P Desai MRCP)"][i % 4])
    c.setFont("Helvetica", 8.5)
    left = ["Responses by subgroup are shown in the", "table; CR/CRi rates did not differ between",
            "patients with and without previous HSCT", "(84% vs 88%; p=0.78). The median duration",
            "of response was not reached overall."] * 4
    right = ["1 Brennan C, Lindqvist M. Allogeneic", "transplantation for relapsed T-ALL: a",
             "registry analysis. Bone Marrow Transplant", "2021; 56: 1803-11. 2 Hao Y, Grant T.",
             "Outcomes of relapsed T-cell malignancies."] * 4
    for i, (a, b) in enumerate(zip(left, right)):
        c.drawString(168, 780 - 10.5 * i, a)
        c.drawString(365, 780 - 10.5 * i, b)
    y = 540
    c.drawString(168, y, "Table: Day-28 response by subgroup (n=45)")
    rows = [("", "Patients,", "CR/CRi at", "MRD-negative"), ("", "n", "day 28, n (%)", "CR/CRi, n (%)"), ("Disease", "", "", ""),
            ("T-ALL", "31", "28 (90%)", "26 (84%)"), ("T-LBL", "14", "11 (79%)", "9 (64%)"), ("Age", "", "", ""),
            ("<18 years", "17", "16 (94%)", "15 (88%)"), ("18 years or older", "28", "23 (82%)", "20 (71%)")]
    for i, row in enumerate(rows):
        for x, cell in zip((168, 330, 400, 480), row):
            c.drawString(x, y - 14 - 11 * i, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "T-ALL\t31\t28 (90%)\t26 (84%)\nT-LBL\t14\t11 (79%)\t9 (64%)\nAge\n<18 years\t17\t16 (94%)\t15 (88%)\n" in text
    assert "Patients,\tCR/CRi at\tMRD-negative\n" in text and "n\tday 28, n (%)\tCR/CRi, n (%)\nDisease\nT-ALL" in text


def test_one_line_heads_centred_beside_two_line_heads_and_centred_cells_go_into_the_rows_columns():
    """A header whose two-line heads ("Dose" over "level", "CRS, grade" over "3–4") flank one-line heads set midway between
    their lines ("ORR"), over rows whose cells are centred in their columns ("0" under "1 (11.1)": left edges far apart,
    middles together): every line of the header is put in the rows' columns (b197-03)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    c.drawString(40, 712, "Table 1. Responses and toxicity by dose level.")
    xs = (40, 120, 180, 240, 300, 360, 420)
    heads = [("Dose", "level"), ("Patients,", "n"), ("ORR",), ("CR/sCR",), ("CRS, any", "grade"), ("CRS, grade", "3–4"),
             ("ICANS, grade", "1–2")]
    for k, (x, head) in enumerate(zip(xs, heads)):
        for y, cell in ((700, head[0]), (689, head[1])) if len(head) == 2 else ((694.5, head[0]),):
            c.drawCentredString(x, y, cell) if k else c.drawString(x, y, cell)
    rows = [("DL1", "3", "2 (66.7)", "1 (33.3)", "2 (66.7)", "0", "0"),
            ("DL2", "9", "8 (88.9)", "5 (55.6)", "8 (88.9)", "1 (11.1)", "11 (100.0)"),
            ("DL3", "12", "12 (100)", "9 (75.0)", "12 (100)", "2 (16.7)", "12 (100.0)")]
    for r, row in enumerate(rows):
        for k, (x, cell) in enumerate(zip(xs, row)):
            c.drawCentredString(x, 680 - 10 * r, cell) if k else c.drawString(x, 680 - 10 * r, cell)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "Dose\tPatients,\t\t\tCRS, any\tCRS, grade\tICANS, grade\n\t\tORR\tCR/sCR\t\t\t\nlevel\tn\t\t\tgrade\t3–4\t1–2\n" in text
    assert "DL1\t3\t2 (66.7)\t1 (33.3)\t2 (66.7)\t0\t0\n" in text


def test_estimates_with_their_cis_run_together_by_narrow_columns_are_parted_at_their_gaps():
    """A poster's Kaplan–Meier table set in narrow columns: each estimate with its CI comes less than a cell gap from the
    next one, and the row's size from the first ("27  62.6 (41.8–77.7)  37.9 (19.6–56.1)"), wider apart than a word
    space: the cells are parted there, not inside an estimate (b198-05)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 7)
    c.drawString(40, 712, "Table 2. Kaplan-Meier estimates, % (95% CI)")
    rows = [("Group", "N", "6-mo OS", "12-mo OS", "6-mo EFS"),
            ("All patients", "27", "62.6 (41.8-77.7)", "37.9 (19.6-56.1)", "40.2 (21.7-58.0)"),
            ("Responders", "14", "85.7 (53.9-96.2)", "60.6 (30.1-81.4)", "71.4 (40.6-88.2)")]
    for r, row in enumerate(rows):
        x = 120
        c.drawString(40, 700 - 10 * r, row[0])
        for k, cell in enumerate(row[1:]):
            c.drawString(x, 700 - 10 * r, cell)
            x += (stringWidth("00", "Helvetica", 7) if k == 0 else stringWidth("00.0 (00.0-00.0)", "Helvetica", 7)) + 4.5
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "All patients\t27\t62.6 (41.8-77.7)\t37.9 (19.6-56.1)\t40.2 (21.7-58.0)\n" in text
    assert "Responders\t14\t85.7 (53.9-96.2)\t60.6 (30.1-81.4)\t71.4 (40.6-88.2)" in text


def test_a_narrow_tables_last_row_beside_a_figures_ticks_is_read_with_its_column():
    """A table in the left column whose last row sits beside a bar chart's tick and bar label in the right column ("DL3 … 2 |
    1500  1388", b215-04): no full-width row (the rows above it sit beside the right column's prose), so the left column is
    read whole, its table row by row, then the right column and the figure."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    for k in range(14):
        c.drawString(44, 720 - 10 * k, f"Left line {k} tells how the patients were treated and assessed in the")
        c.drawString(316, 720 - 10 * k, f"Right line {k} tells how the mice were treated and how tumours grew in the")
    rows = [("Dose level", "Patients, n", "CR/CRi, n (%)", "Grade 3 CRS, n"), ("DL1", "3", "0", "0"),
            ("DL2", "6", "3 (50.0)", "0"), ("DL3", "7", "4 (57.1)", "2")]
    for r, row in enumerate(rows):
        for x, cell in zip((44, 110, 170, 235), row):
            c.drawString(x, 570 - 11 * r, cell)
        if r < 3:
            c.drawString(316, 570 - 11 * r, f"Right line {14 + r} says how the mice were treated and how tumours grew")
    c.drawString(330, 570 - 33, "1500")
    c.drawString(420, 570 - 33, "1388")
    for k in range(4):
        c.drawString(44, 520 - 10 * k, f"Closing line {k} says what the trial showed in the patients who were")
    for k, tick in enumerate(("1000", "612", "500", "74", "0")):
        c.drawString(330, 526 - 12 * k, tick)
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert "DL1\t3\t0\t0\nDL2\t6\t3 (50.0)\t0\nDL3\t7\t4 (57.1)\t2\nClosing line 0" in text


def test_a_heads_sizes_line_with_the_p_head_goes_into_the_columns_and_the_p_into_a_column_of_its_own():
    """A survival table whose groups' sizes stand on a line of their own with the P column's head ("N=40 | N=16 | N=24 | P",
    no label cell) and whose P stands only in the endpoints' rows, right of the rows' last column (b215-02): the sizes line
    is no row giving the columns; it and the endpoint rows are put in the columns, the P in a column of its own."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    c.drawString(46, 600, "Table 1. Survival according to previous allogeneic hematopoietic cell transplantation.")
    c.drawString(182, 588, "All patients")
    c.drawString(290, 588, "Previous allo-HCT")
    c.drawString(407, 588, "No previous allo-HCT")
    for x, cell in zip((201, 309, 426, 521), ("N=40", "N=16", "N=24", "P")):
        c.drawString(x, 577, cell)
    rows = [("Overall survival",), ("12 months", "82.5 [67.2-91.2]", "68.8 [40.5-85.6]", "91.7 [70.6-97.8]"),
            ("24 months", "62.4 [45.1-75.7]", "43.8 [19.8-65.6]", "74.5 [51.4-87.7]"),
            ("Event-free survival",), ("12 months", "70.0 [53.3-81.7]", "56.3 [29.5-76.2]", "79.2 [57.0-90.8]"),
            ("24 months", "51.0 [34.6-65.3]", "31.3 [11.4-53.6]", "63.6 [40.5-79.7]")]
    for r, row in enumerate(rows):
        y = 565 - 11 * r
        c.drawString(48 if len(row) == 1 else 55, y, row[0])
        for x, cell in zip((182, 290, 407), row[1:]):
            c.drawString(x, y, cell)
        if len(row) == 1:
            c.drawString(516, y, "0.03" if r == 0 else "0.01")
    c.showPage()
    c.save()
    text = read(buf.getvalue()).text
    assert ("\tN=40\tN=16\tN=24\tP\nOverall survival\t\t\t\t0.03\n12 months\t82.5 [67.2-91.2]\t68.8 [40.5-85.6]\t91.7 [70.6-97.8]\n"
            in text), text
    assert "Event-free survival\t\t\t\t0.01\n" in text


def test_an_elsevier_supplements_running_head_gives_the_year():
    """An abstract book page of an Elsevier supplement: "S212 | Abstracts / Transplantation and Cellular Therapy 32 (2026)
    S1–S460" (b215-04), its pages numbered with an "S"."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    c.drawString(40, 760, "S212")
    c.drawString(200, 760, "Abstracts / Transplantation and Cellular Therapy 32 (2026) S1-S460")
    for k in range(30):
        c.drawString(40, 720 - 11 * k, f"Line {k} of the abstract tells how the patients were treated and how they responded.")
    c.showPage()
    c.save()
    assert read(buf.getvalue()).meta["year"] == 2026


def _caption_under_a_cut(cut_end: str, caption: str, rest: str) -> bytes:
    """One page of prose in one size: a line cut mid-sentence ending ``cut_end``, a table's caption in the prose's size
    right under it, and the sentence going on (``rest``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    lines = [f"Line {k} of the results, with the baseline features of all the patients." for k in range(10)]
    lines += [f"Of the 15 patients with extramedullary disease, PET-CT {cut_end}", caption, rest,
              "Cytokine release syndrome occurred in 18 patients (86%)."]
    for k, line in enumerate(lines):
        c.drawString(46, 760 - 10 * k, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_tables_titled_caption_right_under_a_cut_line_goes_after_the_sentences_end():
    """A Lancet caption "Table 2: Response by day 28 …" set in the prose's size between a column's last line and the
    sentence going on (b217-01): the sentence is read whole, its time point its own (3 months), not the caption's day 28."""
    doc = read(_caption_under_a_cut("at 3 months", "Table 2: Response by day 28 according to baseline subgroup",
                                    "showed complete remission in 11 and partial remission in two."))
    assert "PET-CT at 3 months\nshowed complete remission in 11 and partial remission in two.\nTable 2: Response" in doc.text
    emd = [(m.endpoint, m.fields["n"], m.fields.get("timepoint_days")) for m in extract_document(doc).measurements
           if m.fields.get("site") == "extramedullary"]
    assert emd == [("complete_remission", 11, 91), ("partial_remission", 2, 91)]


def test_a_sentences_own_table_reference_at_a_line_start_stays_in_place():
    """"… the responses are listed in" / "Table 2. Twelve of them …": the line is the sentence's own, no caption to move."""
    text = read(_caption_under_a_cut("responses are listed in", "Table 2. Twelve of them had marrow disease as well,",
                                     "and nine reached complete remission.")).text
    assert "PET-CT responses are listed in\nTable 2. Twelve of them had marrow disease as well,\nand nine reached" in text
