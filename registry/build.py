"""``cartreg build``: a corpus folder → the DuckDB registry, incrementally and atomically.

A build copies the registry to a temporary file, applies the run there in one transaction
and atomically renames it over the registry. So a failing run leaves the registry exactly as
it was, and the dashboard (which opens the registry read-only, per query) is never blocked:
it sees the old file until the rename, the new one after.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import repeat
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

import extract
from extract.errors import CartregError, RegistryError
from extract.readers import file_sha256, is_paper_candidate
from registry.models import (SCHEMA_VERSION, DocumentRow, FailureRow, MeasurementRow, NoticeRow, RunRow,
                             SourceFile, TrialIdRow)
from registry.store import create_schema, schema_version


def rules_hash() -> str:
    """Extractor version and rule files, so a rule change re-extracts unchanged files."""
    try:
        from extract.nlp import rules_hash as h
        return h()
    except ImportError:
        return "v" + extract.__version__


def short_hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


@dataclass
class BuildSummary:
    run_id: str
    db_path: str
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    documents: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"read {self.read}, new {self.new}, updated {self.updated}, unchanged "
                f"{self.unchanged}, removed {self.removed}, failed {self.failed} "
                f"({self.documents} documents in the registry, {self.seconds:.1f} s)")


def corpus_files(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus]
    if not corpus.is_dir():
        raise RegistryError(f"{corpus}: no such corpus folder")
    return sorted(p for p in corpus.rglob("*") if p.is_file() and is_paper_candidate(p)
                  and not any(part.startswith(".") for part in p.relative_to(corpus).parts))


@contextlib.contextmanager
def _build_lock(db_path: Path):
    """One build at a time per registry (two would each replace the other's file)."""
    lock = open(str(db_path) + ".lock", "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def build_registry(corpus: str | os.PathLike, db_path: str | os.PathLike = "registry.duckdb",
                   progress: bool | None = None, time_limit_s: float | None = None,
                   max_bytes: int | None = None, jobs: int = 1, _fail_after_write=None) -> BuildSummary:
    """Read every paper under ``corpus`` into the registry at ``db_path``.

    Unchanged files (same content hash and same rules) are skipped, changed ones re-extracted
    and replaced, files no longer present are marked removed. A file that cannot be read
    becomes a failure row and the rest of the batch goes on. ``jobs`` worker processes
    extract the files (0: one per CPU); the registry is written by this process alone, and
    the result is the same as with one. Returns the run's summary.
    """
    started = time.perf_counter()
    corpus, db_path = Path(corpus), Path(db_path)
    files = corpus_files(corpus)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(db_path):
        tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
        try:
            # an older schema is not migrated: the run starts a fresh registry and
            # re-extracts everything (curations live beside it, so none is lost)
            if db_path.exists() and schema_version(db_path) == SCHEMA_VERSION:
                shutil.copyfile(db_path, tmp)
            create_schema(tmp)
            con = duckdb.connect(str(tmp))
            try:
                summary = _run(con, corpus, files, db_path, progress, time_limit_s, max_bytes, jobs)
                if _fail_after_write:
                    _fail_after_write()  # tests: a crash after writing, before the swap
                con.execute("CHECKPOINT").fetchall()
            finally:
                con.close()
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, db_path)
        finally:
            for leftover in (tmp, Path(str(tmp) + ".wal")):
                leftover.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _extract_one(path: Path, time_limit_s, max_bytes) -> tuple[list | None, str | None]:
    """(the file's (document, record) pairs, None), or (None, why it failed)."""
    try:
        return extract.extract_file(path, time_limit_s, max_bytes), None
    except CartregError as e:
        return None, getattr(e, "reason", None) or str(e).removeprefix(f"{path}: ")
    except Exception as e:  # a bug must not stop the batch; it is recorded with its type
        return None, f"internal error: {type(e).__name__}: {e}"


def _warm() -> None:
    """A worker process loads the pipeline and rules once, before its first file."""
    from extract.endpoints import cues
    from extract.nlp import get_nlp
    get_nlp()
    cues()


def _extracted(paths: list[Path], jobs: int, time_limit_s, max_bytes) -> Iterator[tuple[list | None, str | None]]:
    """``_extract_one`` of each path, in order: here, or in ``jobs`` worker processes (0: one
    per CPU) when there are files for more than one. Workers are spawned, not forked (the
    parent holds an open DuckDB connection and its threads)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield _extract_one(path, time_limit_s, max_bytes)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(min(jobs, len(paths)), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_warm) as pool:
        yield from pool.map(_extract_one, paths, repeat(time_limit_s), repeat(max_bytes))


def _run(con, corpus: Path, files: list[Path], db_path: Path, progress, time_limit_s,
         max_bytes, jobs: int) -> BuildSummary:
    now = datetime.now(timezone.utc)
    run_id = now.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    rh = rules_hash()
    summary = BuildSummary(run_id=run_id, db_path=str(db_path))
    prior = {r[0]: r[1:] for r in con.execute(
        "SELECT path, sha256, status, rules_hash FROM files").fetchall()}
    rows: dict[str, list[dict]] = {t: [] for t in ("documents", "measurements", "trial_ids", "notices")}
    file_rows, failure_rows, replaced = [], [], []
    seen = set()
    todo = []   # (path, rel, sha, its row before) of the files to extract
    for path in files:
        rel = path.relative_to(corpus).as_posix() if path != corpus else path.name
        seen.add(rel)
        summary.read += 1
        sha = file_sha256(path)
        before = prior.get(rel)
        if before and before[0] == sha and before[2] == rh and before[1] == "ok":
            summary.unchanged += 1
            continue
        todo.append((path, rel, sha, before))
    done = _extracted([t[0] for t in todo], jobs, time_limit_s, max_bytes)
    for (path, rel, sha, before), (pairs, reason) in zip(todo, _progress(done, progress, len(todo))):
        if reason is not None:
            _failed(summary, failure_rows, file_rows, run_id, rel, str(path), sha, rh, reason, now)
            continue
        if before and before[1] == "ok":
            summary.updated += 1
        else:
            summary.new += 1
        replaced.append(rel)
        for doc, record in pairs:
            _rows(rows, rel, doc, record, run_id)
        file_rows.append(dict(path=rel, sha256=sha, status="ok", rules_hash=rh,
                              n_documents=len(pairs), run_id=run_id))
    gone = [p for p, (sha, status, _) in prior.items() if p not in seen and status != "removed"]
    summary.removed = len(gone)

    con.execute("BEGIN TRANSACTION").fetchall()
    try:
        for table in ("measurements", "trial_ids", "notices"):
            _in(con, f"DELETE FROM {table} WHERE document_id IN "
                     "(SELECT id FROM documents WHERE path IN {keys})", replaced)
        _in(con, "DELETE FROM documents WHERE path IN {keys}", replaced)
        _in(con, "UPDATE documents SET status = 'removed' WHERE path IN {keys}", gone)
        _in(con, "UPDATE files SET status = 'removed', run_id = ? WHERE path IN {keys}", gone, [run_id])
        _in(con, "DELETE FROM files WHERE path IN {keys}", [r["path"] for r in file_rows])
        for table, model in (("documents", DocumentRow), ("measurements", MeasurementRow),
                             ("trial_ids", TrialIdRow), ("notices", NoticeRow),
                             ("files", SourceFile), ("failures", FailureRow)):
            data = {"files": file_rows, "failures": failure_rows}.get(table, rows.get(table))
            _insert(con, table, model, data)
        summary.documents = con.execute(
            "SELECT count(*) FROM documents WHERE status = 'active'").fetchall()[0][0]
        run = dict(id=run_id, started_at=now, finished_at=datetime.now(timezone.utc),
                   version=extract.__version__, rules_hash=rh, corpus=str(corpus),
                   n_read=summary.read, n_new=summary.new, n_updated=summary.updated,
                   n_unchanged=summary.unchanged, n_removed=summary.removed,
                   n_failed=summary.failed, n_documents=summary.documents)
        _insert(con, "runs", RunRow, [run])
        con.execute("COMMIT").fetchall()
    except Exception:
        con.execute("ROLLBACK").fetchall()
        raise
    return summary


def _failed(summary, failure_rows, file_rows, run_id, rel, shown, sha, rh, reason, now):
    summary.failed += 1
    summary.failures.append((shown, reason))
    failure_rows.append(dict(id=short_hash(run_id, rel), run_id=run_id, path=rel, reason=reason, failed_at=now))
    file_rows.append(dict(path=rel, sha256=sha, status="failed", rules_hash=rh, n_documents=0,
                          run_id=run_id))


def _progress(items, progress, total: int):
    if progress is None:
        progress = sys.stderr.isatty() and total > 20
    if not progress:
        return items
    from tqdm import tqdm
    return tqdm(items, total=total, unit="file", desc="cartreg build", file=sys.stderr)


def doc_key(record, rel: str, index: int) -> str:
    """A document's identity across rebuilds and file renames: PMID, else DOI, else place."""
    if record.pmid:
        return f"pmid:{record.pmid}"
    if record.doi:
        return f"doi:{record.doi}"
    return f"path:{rel}#{index}"


def measurement_key(dkey: str, m, occurrence: int) -> str:
    """Stable across re-extraction (offsets may move): what was said and about what."""
    f = m.fields
    return short_hash(dkey, m.endpoint, m.evidence.text, f.get("grade"), f.get("label"),
                      f.get("subgroup"), f.get("site"), f.get("months"), f.get("median_months"),
                      f.get("timepoint_days"), f.get("acute"), f.get("chronic"), occurrence)


def _rows(rows, rel: str, doc, record, run_id: str) -> None:
    doc_id = short_hash(rel, doc.index)
    dkey = doc_key(record, rel, doc.index)
    rj = record.to_json()
    rows["documents"].append(dict(
        id=doc_id, doc_key=dkey, path=rel, idx=doc.index, format=record.format,
        sha256=record.sha256, pmid=record.pmid, doi=record.doi, title=record.title,
        journal=record.journal, year=record.year, study_type=record.study_type,
        targets=json.dumps(list(record.targets)), status="active", text=doc.text,
        record=json.dumps(rj, ensure_ascii=False), run_id=run_id))
    for pos, tid in enumerate(record.trial_ids):
        rows["trial_ids"].append(dict(id=short_hash(doc_id, tid), document_id=doc_id,
                                      trial_id=tid, position=pos))
    for i, n in enumerate(record.notices):
        rows["notices"].append(dict(id=short_hash(doc_id, i, n.type, n.pmid, n.doi),
                                    document_id=doc_id, type=n.type,
                                    relation=n.relation, pmid=n.pmid,
                                    doi=n.doi, text=n.text))
    seen: dict[str, int] = {}
    for i, m in enumerate(record.measurements):
        f = m.fields
        base = measurement_key(dkey, m, 0)
        seen[base] = seen.get(base, -1) + 1
        ev = m.evidence
        rows["measurements"].append(dict(
            id=short_hash(doc_id, i, m.endpoint, ev.start), key=measurement_key(dkey, m, seen[base]),
            document_id=doc_id, ordinal=i, endpoint=m.endpoint,
            value=_num(f.get("value")) if m.endpoint != "p_value" else None,
            label=f.get("label"), low=_num(f.get("low")), high=_num(f.get("high")), unit=f.get("unit"),
            percent=_num(f.get("percent")), n=_num(f.get("n")), total=_num(f.get("N")),
            months=_num(f.get("months")), median_months=_num(f.get("median_months")),
            ci_low=_num(f.get("ci_low")), ci_high=_num(f.get("ci_high")),
            range_low=_num(f.get("range_low")), range_high=_num(f.get("range_high")),
            grade=f.get("grade"), timepoint_days=_num(f.get("timepoint_days")), site=f.get("site"),
            subgroup=f.get("subgroup"), mrd_negative=f.get("mrd_negative"),
            includes_cri=f.get("includes_cri"), acute=f.get("acute"), chronic=f.get("chronic"),
            negated=f.get("negated"), derived=f.get("derived"),
            p_value=str(f["value"]) if m.endpoint == "p_value" and f.get("value") is not None else None,
            compares=json.dumps(f["compares"]) if f.get("compares") is not None else None,
            outcome=f.get("outcome"), rule=m.rule, warnings=json.dumps(list(m.warnings)),
            evidence_text=ev.text, evidence_start=ev.start, evidence_end=ev.end, page=ev.page,
            bbox=json.dumps(list(ev.bbox)) if ev.bbox else None,
            data=json.dumps(m.to_json(), ensure_ascii=False)))


def _num(v):
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _insert(con, table: str, model, data: list[dict]) -> None:
    """Bulk insert through an Arrow-backed DataFrame, never row by row."""
    if not data:
        return
    cols = list(model.model_fields)
    df = pd.DataFrame(data).reindex(columns=cols)
    con.register("_incoming", df)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _incoming").fetchall()
    finally:
        con.unregister("_incoming")


def _in(con, sql: str, values: list[str], params: list | None = None) -> None:
    """Run ``sql`` with ``{keys}`` standing for the set ``values`` (registered, not inlined)."""
    if not values:
        return
    con.register("_keys", pd.DataFrame({"k": values}))
    try:
        con.execute(sql.replace("{keys}", "(SELECT k FROM _keys)"), params or []).fetchall()
    finally:
        con.unregister("_keys")
