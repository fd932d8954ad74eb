"""A read document: one canonical text, the metadata its container states, and a page map.

Every offset anywhere in cartreg (evidence, sections, pages) is a character offset into
``Document.text``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageSpan:
    """Characters ``start:end`` of the canonical text came from 1-based ``page``."""
    start: int
    end: int
    page: int


@dataclass(frozen=True)
class Document:
    """One article. ``format`` is a record.md source format; ``sha256`` is of the source file;
    ``index`` numbers articles within a multi-article file (0 for single documents).

    ``meta`` holds fields the container states directly: pmid, doi, title, journal, year,
    trial_ids (list, e.g. from an XML DataBankList or MEDLINE SI), notices (list of
    extract.record.Notice), publication_types (list of str).
    ``body`` is the (start, end) range of the text that reports the study (the abstract, or
    the whole text) where endpoints are looked for; ``exclude`` are ranges never to read
    numbers or ids from (related-article lists, reference lists).
    ``pages`` maps text ranges to PDF pages; ``boxes`` optionally gives, per character of
    ``text``, its (x0, top, x1, bottom) box on its page, or None for inserted characters.
    """
    path: str
    format: str
    sha256: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    body: tuple[int, int] | None = None
    exclude: tuple[tuple[int, int], ...] = ()
    pages: tuple[PageSpan, ...] = ()
    boxes: tuple | None = None
    index: int = 0

    @property
    def body_range(self) -> tuple[int, int]:
        return self.body if self.body is not None else (0, len(self.text))

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding character ``offset``, or None for non-paged documents."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].page

    def bbox_of(self, start: int, end: int) -> tuple[float, float, float, float] | None:
        """Union box of the characters ``start:end`` on the page of ``start``, or None."""
        if not self.boxes:
            return None
        page = self.page_of(start)
        got = [b for i, b in enumerate(self.boxes[start:end], start)
               if b is not None and self.page_of(i) == page]
        if not got:
            return None
        return (min(b[0] for b in got), min(b[1] for b in got),
                max(b[2] for b in got), max(b[3] for b in got))

    def excluded(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.exclude)
