"""Every registry table, in one module. Keys are deterministic content hashes (strings), so a
rebuild is a replace, never a duplicate, and no autoincrement sequence is needed.

Columns are case-insensitive in DuckDB, so a measurement's ``N`` is stored as ``total``.
Numbers are DOUBLE (SQLAlchemy's Float maps to DuckDB's 32-bit REAL: 94.4 would read back
as 94.40000153).
No foreign-key constraints are declared: DuckDB refuses updates of referenced rows, and
the build replaces a document's rows as a unit inside one transaction.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Double
from sqlmodel import Field, SQLModel


SCHEMA_VERSION = 2  # bump when a table changes: the next build then starts a fresh registry


class SchemaInfo(SQLModel, table=True):
    __tablename__ = "schema_info"
    version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})


class SourceFile(SQLModel, table=True):
    """One file of the corpus as last seen by a build."""
    __tablename__ = "files"
    path: str = Field(primary_key=True)
    sha256: str
    status: str  # ok | failed | removed
    rules_hash: str  # extractor version + rules the file was last extracted with
    n_documents: int = 0
    run_id: str


class DocumentRow(SQLModel, table=True):
    __tablename__ = "documents"
    id: str = Field(primary_key=True)  # hash of (path, index in file)
    doc_key: str = Field(index=True)  # "pmid:…", "doi:…" or "path:…#i": stable across rebuilds
    path: str = Field(index=True)
    idx: int = 0
    format: str
    sha256: str
    pmid: Optional[str] = Field(default=None, index=True)
    doi: Optional[str] = None
    title: Optional[str] = None
    journal: Optional[str] = None
    year: Optional[int] = None
    study_type: Optional[str] = None
    targets: str = "[]"  # JSON list
    status: str = "active"  # active | removed
    text: str = ""  # canonical text; every evidence offset refers to it
    record: str = "{}"  # the full record JSON, as `cartreg extract --json` prints it
    run_id: str = ""


class MeasurementRow(SQLModel, table=True):
    __tablename__ = "measurements"
    id: str = Field(primary_key=True)
    key: str = Field(index=True)  # stable across re-extraction: curations attach here
    document_id: str = Field(index=True)
    ordinal: int = 0
    endpoint: str = Field(index=True)
    value: Optional[float] = Field(default=None, sa_type=Double)
    label: Optional[str] = None
    low: Optional[float] = Field(default=None, sa_type=Double)
    high: Optional[float] = Field(default=None, sa_type=Double)
    unit: Optional[str] = None
    percent: Optional[float] = Field(default=None, sa_type=Double)
    n: Optional[float] = Field(default=None, sa_type=Double)
    total: Optional[float] = Field(default=None, sa_type=Double)  # the record's "N"
    months: Optional[float] = Field(default=None, sa_type=Double)
    median_months: Optional[float] = Field(default=None, sa_type=Double)
    ci_low: Optional[float] = Field(default=None, sa_type=Double)
    ci_high: Optional[float] = Field(default=None, sa_type=Double)
    range_low: Optional[float] = Field(default=None, sa_type=Double)
    range_high: Optional[float] = Field(default=None, sa_type=Double)
    grade: Optional[str] = None
    timepoint_days: Optional[float] = Field(default=None, sa_type=Double)
    site: Optional[str] = None
    subgroup: Optional[str] = None
    mrd_negative: Optional[bool] = None
    includes_cri: Optional[bool] = None
    acute: Optional[bool] = None
    chronic: Optional[bool] = None
    negated: Optional[bool] = None
    derived: Optional[bool] = None
    p_value: Optional[str] = None
    compares: Optional[str] = None  # JSON list
    outcome: Optional[str] = None
    rule: Optional[str] = None
    warnings: str = "[]"  # JSON list of failed consistency checks
    evidence_text: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    page: Optional[int] = None
    bbox: Optional[str] = None  # JSON [x0, top, x1, bottom]
    data: str = "{}"  # the measurement JSON as extracted


class TrialIdRow(SQLModel, table=True):
    __tablename__ = "trial_ids"
    id: str = Field(primary_key=True)
    document_id: str = Field(index=True)
    trial_id: str = Field(index=True)
    position: int = 0


class NoticeRow(SQLModel, table=True):
    __tablename__ = "notices"
    id: str = Field(primary_key=True)
    document_id: str = Field(index=True)
    type: str
    relation: Optional[str] = None
    pmid: Optional[str] = None
    doi: Optional[str] = None
    text: Optional[str] = None


class RunRow(SQLModel, table=True):
    __tablename__ = "runs"
    id: str = Field(primary_key=True)
    started_at: datetime
    finished_at: Optional[datetime] = None
    version: str
    rules_hash: str
    corpus: str
    n_read: int = 0
    n_new: int = 0
    n_updated: int = 0
    n_unchanged: int = 0
    n_removed: int = 0
    n_failed: int = 0
    n_documents: int = 0


class FailureRow(SQLModel, table=True):
    __tablename__ = "failures"
    id: str = Field(primary_key=True)
    run_id: str = Field(index=True)
    path: str
    reason: str
    failed_at: datetime
