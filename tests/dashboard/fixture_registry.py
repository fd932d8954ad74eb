"""Test registries: the fixture corpus through the real ``cartreg build``, plus hand-written
measurements, and a bulk writer for synthetic registries.

Measurement extraction is built in parallel, so a build alone may give documents with few
or no measurements. ``build_fixture_registry`` runs the real build (documents, trial ids,
notices, canonical text) and then replaces the measurements of the fixture papers with those
of ``fixture_measurements.json``, keyed exactly as the build keys them
(``registry.build.measurement_key``) and with offsets found in the canonical text.
``write_frames`` bulk-inserts DataFrames through the table definitions (the benchmark uses it).
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd

HERE = Path(__file__).resolve().parent
FIXTURE_CORPUS = HERE / "fixture_corpus"
FIXTURE_MEASUREMENTS = HERE / "fixture_measurements.json"


def write_frames(db: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Create the schema (registry.store, through the SQLModel tables) if needed and bulk
    insert one DataFrame per table; columns the frame lacks get the model's default."""
    from sqlmodel import SQLModel

    from registry.store import create_schema
    create_schema(db)
    con = duckdb.connect(str(db))
    try:
        con.execute("BEGIN")
        for table, df in frames.items():
            cols = SQLModel.metadata.tables[table].columns
            df = df.copy()
            for col in cols:
                if col.name not in df.columns:
                    d = col.default.arg if col.default is not None and not callable(col.default.arg) else None
                    df[col.name] = d
            con.register("frame", df[[c.name for c in cols]])
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")
            con.unregister("frame")
        con.execute("COMMIT")
    finally:
        con.close()


def measurement_rows(doc_id: str, doc_key: str, text: str, items: list[dict]) -> list[dict]:
    """Record-shaped measurements (evidence as the sentence) → measurement rows as the build
    writes them; each sentence must occur in ``text``."""
    from extract.record import Evidence, Measurement
    from registry.build import measurement_key, short_hash
    rows, seen = [], {}
    for i, item in enumerate(items):
        fields = {k: v for k, v in item.items() if k not in ("endpoint", "evidence")}
        start = text.find(item["evidence"])
        assert start >= 0, f"{doc_key}: evidence not in the text: {item['evidence'][:60]}"
        m = Measurement(item["endpoint"], fields, Evidence(item["evidence"], start, start + len(item["evidence"])))
        base = measurement_key(doc_key, m, 0)
        seen[base] = seen.get(base, -1) + 1
        row = dict(id=short_hash(doc_id, i, m.endpoint, start), key=measurement_key(doc_key, m, seen[base]),
                   document_id=doc_id, ordinal=i, endpoint=m.endpoint, evidence_text=m.evidence.text,
                   evidence_start=start, evidence_end=m.evidence.end, data=json.dumps(m.to_json()))
        row.update({("total" if k == "N" else k): v for k, v in fields.items()})
        rows.append(row)
    return rows


def put_measurements(db: Path, measurements: Path = FIXTURE_MEASUREMENTS) -> None:
    """Replace the measurements of the documents named in ``measurements`` (by file name)."""
    wanted = json.loads(Path(measurements).read_text())
    con = duckdb.connect(str(db))
    try:
        docs = con.execute("SELECT id, doc_key, path, text FROM documents WHERE status = 'active'").fetchall()
        rows = []
        for doc_id, doc_key, path, text in docs:
            items = wanted.get(Path(path).name)
            if items is not None:
                con.execute("DELETE FROM measurements WHERE document_id = ?", [doc_id])
                rows += measurement_rows(doc_id, doc_key, text, items)
    finally:
        con.close()
    if rows:
        write_frames(db, {"measurements": pd.DataFrame(rows)})


def build_fixture_registry(db: Path, corpus: Path = FIXTURE_CORPUS) -> Path:
    """``cartreg build`` of ``corpus`` into ``db``, then the fixture measurements; returns ``db``."""
    from registry.build import build_registry
    summary = build_registry(corpus, db)
    assert summary.failed == 0, summary.failures
    put_measurements(db)
    return Path(db)
