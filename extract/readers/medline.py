"""PubMed MEDLINE export (.nbib / .txt): one or many records separated by blank lines.

Canonical text of a record: one ``TAG - value`` line per field, continuation lines joined
with one space, so every field value (and every abstract sentence) is a substring.
"""
from __future__ import annotations

import re
from typing import Iterator

from extract.document import Document
from extract.readers.common import MEDLINE_NOTICE_TAGS, YEAR_RE, clean_doi, clean_title
from extract.record import Notice

TAG_RE = re.compile(r"^([A-Z][A-Z0-9]{1,3})\s*-\s?(.*)$")


def _records(text: str) -> Iterator[list[tuple[str, str]]]:
    fields: list[tuple[str, str]] = []
    for line in text.split("\n"):
        m = TAG_RE.match(line)
        if m:
            if m.group(1) == "PMID" and any(t == "PMID" for t, _ in fields):
                yield fields
                fields = []
            fields.append((m.group(1), m.group(2).strip()))
        elif line.startswith(" ") and line.strip() and fields:
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value} {line.strip()}".strip())
    if fields:
        yield fields


def read_medline(text: str, path: str, sha256: str) -> Iterator[Document]:
    for index, fields in enumerate(_records(text)):
        if not any(t in ("PMID", "TI", "AB") for t, _ in fields):
            continue
        lines, spans = [], {}
        pos = 0
        for tag, value in fields:
            prefix = f"{tag:<4}- "
            spans.setdefault(tag, []).append((pos + len(prefix), pos + len(prefix) + len(value)))
            line = prefix + value
            lines.append(line)
            pos += len(line) + 1
        canon = "\n".join(lines)

        def first(tag):
            return next((v for t, v in fields if t == tag), None)

        meta: dict = {"pmid": (first("PMID") or "").strip() or None}
        meta["title"] = clean_title(first("TI"))
        meta["journal"] = first("TA") or None
        dp = YEAR_RE.search(first("DP") or "")
        meta["year"] = int(dp.group(1)) if dp else None
        doi = next((v for t, v in fields if t in ("LID", "AID") and v.endswith("[doi]")), None)
        meta["doi"] = clean_doi(doi)
        meta["trial_ids_meta"] = [v for t, v in fields if t == "SI"]
        meta["publication_types"] = [v for t, v in fields if t == "PT"]
        meta["notices"] = [
            Notice(type=MEDLINE_NOTICE_TAGS[t][0], pmid=_pmid(v), doi=clean_doi(v), text=v,
                   relation=MEDLINE_NOTICE_TAGS[t][1])
            for t, v in fields if t in MEDLINE_NOTICE_TAGS]
        body = spans.get("AB", [None])[0]
        title_span = spans.get("TI", [None])[0]
        # the body is title + abstract so trial ids and targets in the title are seen
        if body and title_span:
            body = (min(body[0], title_span[0]), max(body[1], title_span[1]))
        yield Document(path=path, format="medline", sha256=sha256, text=canon, meta=meta,
                       body=body or (0, 0), index=index)


def _pmid(value: str) -> str | None:
    m = re.search(r"PMID:\s*(\d+)", value)
    return m.group(1) if m else None
