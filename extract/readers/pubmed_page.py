"""Text copied or saved from a PubMed web page (markdown-ish or plain), and plain text.

The canonical text is the file as it is (plain text: a table typed in space-aligned columns has its gaps as tabs).
Metadata comes from the citation line, the title line, the ``PMID: … DOI: …`` line and the linked-record sections
(Erratum in, Comment in, …).
"""
from __future__ import annotations

import re

from extract.document import Document
from extract.readers.common import (NOTICE_SECTIONS, YEAR_RE, clean_doi, clean_title, front_matter_year, header_bare_doi, tabbed_tables,
                                    text_notices)
from extract.record import Notice

SECTIONS = {
    "abstract", "associated data", "publication types", "mesh terms", "substances",
    "related information", "linkout - more resources", "linkout – more resources",
    "similar articles", "cited by", "references", "grants and funding", "keywords",
    "conflict of interest statement", "figures", "supplementary info", "full text links",
    "affiliations", "actions", "share", "page navigation", "comment in", "publication types",
    "associated data", "erratum in", "excerpt",
} | set(NOTICE_SECTIONS)
# sections whose ids and numbers are about other papers
FOREIGN = {"similar articles", "cited by", "references", "related information",
           "linkout - more resources", "linkout – more resources"} | set(NOTICE_SECTIONS)

HEADING_RE = re.compile(r"^[#*\s]*([A-Za-z][A-Za-z \-–]+?)[*:\s]*(?:expand)?\s*$")
PMID_LINE_RE = re.compile(r"PMID:\s*(\d+)")
# (the journal's link copied on a line of its own: "Leukemia" over ". 2025 Oct;39(10):2450-2461.")
CITATION_RE = re.compile(
    r"^\W*(?P<journal>[A-Z][^\n.*]{1,80}?)(?:\n(?=\.))?\.?\*?\s+(?P<year>(?:19|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?"
    r"(?:\s*[-–]\s*[A-Z][a-z]{2})?\s*[;:.]", re.M)
# a DOI named or linked anywhere: "doi: 10.…", "https://doi.org/10.…"
ANY_DOI_RE = re.compile(r"\b(?:doi:?|https?://(?:dx\.)?doi\.org/)\s*(10\.\d{4,9}/\S+)", re.I)
PUBTYPE_RE = re.compile(r"^\W*\[?([A-Z][^\]\n]+?)\]?(?:\(#\))?\s*$")


def _sections(text: str) -> list[tuple[str, int, int, int]]:
    """(name, heading start, body start, body end) for each recognised section heading."""
    found = []
    pos = 0
    for line in text.splitlines(keepends=True):
        m = HEADING_RE.match(line.rstrip("\n"))
        if m and m.group(1).strip().lower() in SECTIONS and len(line) < 60:
            found.append((m.group(1).strip().lower(), pos, pos + len(line)))
        pos += len(line)
    out = []
    for i, (name, hs, bs) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else len(text)
        out.append((name, hs, bs, end))
    return out


def _notices(text: str, sections) -> list[Notice]:
    out = []
    for name, _, bs, be in sections:
        if name not in NOTICE_SECTIONS:
            continue
        kind, relation = NOTICE_SECTIONS[name]
        body = text[bs:be]
        # entries end at their "PMID: n" line; an entry without one still counts
        chunk: list[str] = []
        for block in re.split(r"(PMID:\s*\d+[^\n]*)", body):
            chunk.append(block)
            if block.startswith("PMID:"):
                out.append(_notice(kind, relation, "".join(chunk)))
                chunk = []
        rest = "".join(chunk).strip()
        if rest and (clean_doi(rest) or re.search(r"\w{4}", rest)):
            out.append(_notice(kind, relation, rest))
    return out


def _notice(kind: str, relation: str, entry: str) -> Notice:
    pmid = PMID_LINE_RE.search(entry)
    lines = [ln.strip() for ln in entry.strip().splitlines() if ln.strip()]
    title = None
    for ln in lines:
        t = re.sub(r"\]\([^)]*\)", "", ln).strip("[]*# ")
        if t and not t.startswith("[No authors") and not t.startswith("PMID:"):
            title = t
            break
    return Notice(type=kind, pmid=pmid.group(1) if pmid else None, doi=clean_doi(entry),
                  text=title, relation=relation)


def read_pubmed_page(text: str, path: str, sha256: str) -> Document:
    sections = _sections(text)
    first = sections[0][1] if sections else len(text)
    # the header: everything before the first section that is not a "Full text links" box
    head_start = 0
    for name, hs, bs, be in sections:
        if name == "full text links" and hs == first:
            head_start = bs
    head_end = next((hs for name, hs, bs, be in sections if hs >= head_start and name != "full text links"
                     and name != "affiliations"), len(text))
    head = text[head_start:head_end]
    meta: dict = {}
    pm = PMID_LINE_RE.search(head) or PMID_LINE_RE.search(text)
    meta["pmid"] = pm.group(1) if pm else None
    doi_line = re.search(r"DOI:\s*\[?(10\.[^\s\]]+)", head)
    cit = CITATION_RE.search(head)
    meta["doi"] = clean_doi(doi_line.group(1)) if doi_line else (
        clean_doi(head[cit.start():head.find("\n", cit.start())]) if cit else None)
    if cit:
        meta["journal"] = cit.group("journal").strip(" *")
        meta["year"] = int(cit.group("year"))
    else:
        # a journal's own copy with its PMID typed in, no PubMed citation line ("Leukemia (2022) 36:2718-2722" over
        # "https://doi.org/10.…" and "PMID: …", b190-04): the front matter's DOI and year, as for plain text
        meta["year"] = front_matter_year(head)
        if meta["doi"] is None and (dm := ANY_DOI_RE.search(head)):
            meta["doi"] = clean_doi(dm.group(1))
    meta["title"] = _title(head, cit)
    meta["notices"] = _notices(text, sections)
    meta["publication_types"] = _pubtypes(text, sections)
    # (an editorial's or a book's page shows an "Excerpt" where an article's shows its abstract)
    body = next(((bs, be) for name, hs, bs, be in sections if name == "abstract"), None) \
        or next(((bs, be) for name, hs, bs, be in sections if name == "excerpt"), None)
    exclude = tuple((hs, be) for name, hs, bs, be in sections if name in FOREIGN)
    return Document(path=path, format="pubmed-page", sha256=sha256, text=text, meta=meta,
                    body=body, exclude=exclude)


def _title(head: str, cit) -> str | None:
    m = re.search(r"^#\s+(.+)$", head, re.M)
    if m:
        return clean_title(m.group(1))
    if cit:  # plain copy: the title is the first non-empty line after the citation line
        after = head[head.find("\n", cit.start()) + 1:]
        for ln in after.splitlines():
            if ln.strip():
                return clean_title(ln)
    return None


def _pubtypes(text: str, sections) -> list[str]:
    out = []
    for name, hs, bs, be in sections:
        if name == "publication types":
            for ln in text[bs:be].splitlines():
                m = PUBTYPE_RE.match(ln.strip().lstrip("*").strip())
                if m:
                    out.append(m.group(1).strip())
    return out


def read_plain_text(text: str, path: str, sha256: str) -> Document:
    """Any other text: the whole text is the body; ids and the year are looked for but not
    guessed."""
    meta: dict = {}
    pm = re.search(r"\bPMID:?\s*(\d{5,9})\b", text)
    meta["pmid"] = pm.group(1) if pm else None
    dm = ANY_DOI_RE.search(text)
    meta["doi"] = clean_doi(dm.group(1)) if dm else header_bare_doi(text)
    # the issue year from a citation or copyright line of the front matter, never the body
    meta["year"] = front_matter_year(text)
    meta["notices"] = text_notices(text)
    return Document(path=path, format="text", sha256=sha256, text=tabbed_tables(text), meta=meta)


__all__ = ["read_pubmed_page", "read_plain_text", "YEAR_RE"]
