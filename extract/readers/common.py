"""Small helpers shared by the readers: notice types, DOI and year parsing."""
from __future__ import annotations

import re

DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\]\[]+)", re.I)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

# PubMed's section names / MEDLINE tags for linked records → (notice type, relation).
# relation "in": the other record is about this one (Erratum in); "of": this one is about it.
NOTICE_SECTIONS = {
    "erratum in": ("erratum", "in"), "erratum for": ("erratum", "of"),
    "correction in": ("erratum", "in"), "correction for": ("erratum", "of"),
    "retraction in": ("retraction", "in"), "retraction of": ("retraction", "of"),
    "retracted and republished in": ("retraction", "in"),
    "expression of concern in": ("expression_of_concern", "in"),
    "expression of concern for": ("expression_of_concern", "of"),
    "comment in": ("comment", "in"), "comment on": ("comment", "of"),
    "update in": ("update", "in"), "update of": ("update", "of"),
    "republished in": ("update", "in"), "republished from": ("update", "of"),
}
MEDLINE_NOTICE_TAGS = {
    "EIN": ("erratum", "in"), "EFR": ("erratum", "of"),
    "RIN": ("retraction", "in"), "ROF": ("retraction", "of"),
    "RRI": ("retraction", "in"), "RRF": ("retraction", "of"),
    "ECI": ("expression_of_concern", "in"), "ECF": ("expression_of_concern", "of"),
    "CIN": ("comment", "in"), "CON": ("comment", "of"),
    "UIN": ("update", "in"), "UOF": ("update", "of"),
    "RPI": ("update", "in"), "RPF": ("update", "of"),
}
XML_NOTICE_REFTYPES = {
    "ErratumIn": ("erratum", "in"), "ErratumFor": ("erratum", "of"),
    "RetractionIn": ("retraction", "in"), "RetractionOf": ("retraction", "of"),
    "RetractedandRepublishedIn": ("retraction", "in"), "RetractedandRepublishedFrom": ("retraction", "of"),
    "ExpressionOfConcernIn": ("expression_of_concern", "in"),
    "ExpressionOfConcernFor": ("expression_of_concern", "of"),
    "CommentIn": ("comment", "in"), "CommentOn": ("comment", "of"),
    "UpdateIn": ("update", "in"), "UpdateOf": ("update", "of"),
    "RepublishedIn": ("update", "in"), "RepublishedFrom": ("update", "of"),
}


def clean_doi(s: str | None) -> str | None:
    """A DOI lower-cased, without resolver prefix or trailing punctuation."""
    if not s:
        return None
    m = DOI_RE.search(s)
    if not m:
        return None
    doi = m.group(1).rstrip(".,;)")
    # keep balanced parentheses: 10.1016/S2352-3026(24)00880-6 ends in a digit, not ")"
    while doi.count("(") < doi.count(")") and doi.endswith(")"):
        doi = doi[:-1]
    if doi.count("(") > doi.count(")") and m.group(1)[len(doi):].startswith(")"):
        doi += ")"
    return doi.lower()


def clean_title(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", " ", s).strip().strip("#* ").strip()
    s = re.sub(r"^\[(.*)\]$", r"\1", s)
    return s[:-1] if s.endswith(".") else s or None
