"""extract: source documents → evidence records. Pure: no database, no UI.

    from extract import extract_path
    records = extract_path("corpus/pubmed-37740926.txt")   # list[Record]
"""
from __future__ import annotations

import os

from extract.document import Document
from extract.errors import CartregError, ExtractionError, SourceError
from extract.record import Evidence, Measurement, Notice, Record

__version__ = "0.1.0"


def extract_document(doc: Document) -> Record:
    """One Document → its Record: document fields plus every measurement."""
    from extract import docfields
    from extract.endpoints import extract_measurements

    meta = doc.meta
    kind = docfields.study_type(doc)
    try:
        # (an editorial's numbers restate the report it comments on: recorded with that report;
        # an erratum's or a retraction note's numbers are the original report's, corrected or withdrawn)
        # (a protocol, a trial in progress or an economic model states no results of its own)
        measurements = extract_measurements(doc) if kind not in ("meta-analysis", "preclinical", "review") \
            and not (kind == "other" and (docfields.editorial(doc) or docfields.notice(doc))) and not (kind == "other" and docfields.economic(doc) or kind == "clinical-trial" and docfields.design_only(doc)) else ()
    except CartregError:
        raise
    except Exception as e:  # a bug in a rule must name the document, not crash the batch
        raise ExtractionError(f"{doc.path}: extraction failed: {type(e).__name__}: {e}") from e
    return Record(
        path=doc.path, format=doc.format, sha256=doc.sha256,
        pmid=meta.get("pmid"), doi=meta.get("doi"), title=meta.get("title"),
        journal=meta.get("journal"), year=meta.get("year"),
        trial_ids=tuple(docfields.trial_ids(doc)), study_type=kind,
        targets=tuple(docfields.targets(doc)), notices=tuple(meta.get("notices") or ()),
        measurements=tuple(measurements),
    )


def extract_file(path: str | os.PathLike, time_limit_s: float | None = None,
                 max_bytes: int | None = None) -> list[tuple[Document, Record]]:
    """Every (document, record) pair in one file, each document read and extracted within
    ``time_limit_s`` seconds (default CARTREG_TIME_LIMIT or 60), the file within ``max_bytes``
    (default CARTREG_MAX_BYTES; PubMed XML is streamed and has CARTREG_MAX_XML_BYTES).
    Raises SourceError or ExtractionError naming the file."""
    from extract.readers import MAX_BYTES, TIME_LIMIT_S, iter_path, time_limit
    limit = time_limit_s or TIME_LIMIT_S
    docs = iter_path(path, max_bytes or MAX_BYTES)
    out = []
    while True:  # the limit is per document: a file of 30,000 articles is not one hang
        with time_limit(limit, str(path)):
            doc = next(docs, None)
            if doc is None:
                break
            out.append((doc, extract_document(doc)))
    if not out:
        raise SourceError(str(path), "no article found in the file")
    return out


def extract_path(path: str | os.PathLike, time_limit_s: float | None = None) -> list[Record]:
    """Every record in one file (see extract_file)."""
    return [r for _, r in extract_file(path, time_limit_s)]


__all__ = ["Document", "Record", "Measurement", "Evidence", "Notice", "extract_document",
           "extract_path", "extract_file", "CartregError", "SourceError", "ExtractionError", "__version__"]
