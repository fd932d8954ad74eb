"""Evidence records (docs/record.md, schema ``cartreg.record/1``) as small frozen values.

Extractors return these; the registry is the only place that turns them into rows, and
``Record.to_json()`` is the exact shape ``cartreg extract --json`` prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "cartreg.record/1"

ENDPOINTS = (
    "patients_enrolled", "patients_treated", "disease_count", "dose",
    "complete_remission", "mrd_negative", "overall_response", "partial_remission",
    "overall_survival", "progression_free_survival", "event_free_survival",
    "leukemia_free_survival", "relapse_free_survival", "median_followup",
    "crs", "neurotoxicity", "gvhd", "transplant", "relapse", "p_value",
)
SURVIVAL = ("overall_survival", "progression_free_survival", "event_free_survival",
            "leukemia_free_survival", "relapse_free_survival")
RATES = ("complete_remission", "overall_response", "partial_remission", "mrd_negative",
         "crs", "neurotoxicity", "gvhd", "relapse", "transplant")
NOTICE_TYPES = ("erratum", "retraction", "expression_of_concern", "comment", "update")
STUDY_TYPES = ("clinical-trial", "case-report", "meta-analysis", "review", "preclinical", "other")

# Optional value/qualifier fields a measurement may carry, in output order.
MEASUREMENT_FIELDS = (
    "value", "label", "low", "high", "unit", "percent", "n", "N", "months", "median_months",
    "ci_low", "ci_high", "range_low", "range_high", "grade", "timepoint_days", "site",
    "subgroup", "mrd_negative", "includes_cri", "acute", "chronic", "negated", "derived",
    "compares", "outcome",
)


@dataclass(frozen=True)
class Evidence:
    """The sentence a value was read from. ``start``/``end`` are character offsets into the
    document's canonical text, so ``doc.text[start:end] == text`` always holds; ``page`` is
    1-based for PDFs, else None; ``bbox`` is (x0, top, x1, bottom) on that page in PDF points."""
    text: str
    start: int
    end: int
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "page": self.page}
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        return out


@dataclass(frozen=True)
class Measurement:
    """One endpoint value. ``fields`` holds the value and qualifier keys of MEASUREMENT_FIELDS
    that the text states (absent means null); ``rule`` is the pattern id that produced it;
    ``warnings`` are failed consistency checks (the value is kept)."""
    endpoint: str
    fields: dict[str, Any]
    evidence: Evidence
    rule: str | None = None
    warnings: tuple[str, ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"endpoint": self.endpoint}
        for k in MEASUREMENT_FIELDS:
            if k in self.fields:
                out[k] = self.fields[k]
        out["evidence"] = self.evidence.to_json()
        if self.rule:
            out["rule"] = self.rule
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass(frozen=True)
class Notice:
    """A link to another record: erratum, retraction, expression of concern, comment, update.
    ``relation`` is "in" when the other record is about this one (Erratum in, Retraction in)
    and "of" when this record is about the other (Erratum for, Comment on, Retraction of)."""
    type: str
    pmid: str | None = None
    doi: str | None = None
    text: str | None = None
    relation: str = "in"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "pmid": self.pmid, "doi": self.doi, "text": self.text,
                "relation": self.relation}


@dataclass(frozen=True)
class Record:
    """One source document's evidence record."""
    path: str
    format: str
    sha256: str
    pmid: str | None = None
    doi: str | None = None
    title: str | None = None
    journal: str | None = None
    year: int | None = None
    trial_ids: tuple[str, ...] = ()
    study_type: str | None = None
    targets: tuple[str, ...] = ()
    notices: tuple[Notice, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": {"path": self.path, "format": self.format, "sha256": self.sha256},
            "pmid": self.pmid, "doi": self.doi, "title": self.title, "journal": self.journal,
            "year": self.year, "trial_ids": list(self.trial_ids), "study_type": self.study_type,
            "targets": list(self.targets), "notices": [n.to_json() for n in self.notices],
            "measurements": [m.to_json() for m in self.measurements],
        }
