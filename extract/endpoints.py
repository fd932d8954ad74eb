"""Endpoint extraction (issue 3 fills this in)."""
from __future__ import annotations

from extract.document import Document
from extract.record import Measurement


def extract_measurements(doc: Document) -> tuple[Measurement, ...]:
    return ()
