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
        measurements = extract_measurements(doc) if kind not in ("meta-analysis", "preclinical", "review") else ()
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


def extract_path(path: str | os.PathLike) -> list[Record]:
    """Every record in one file. Raises SourceError or ExtractionError naming the file."""
    from extract.readers import read_path
    return [extract_document(d) for d in read_path(path)]


__all__ = ["Document", "Record", "Measurement", "Evidence", "Notice", "extract_document",
           "extract_path", "CartregError", "SourceError", "ExtractionError", "__version__"]
