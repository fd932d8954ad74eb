"""The ``cartreg`` command line: thin wrappers over library functions.

Exit codes: 0 all good; 1 some documents failed (each listed as ``path: reason``);
2 usage errors (typer's own, and a missing registry or folder).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from extract.errors import CartregError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="cartreg: an evidence registry for CAR-T cell therapy literature.")
curations_app = typer.Typer(no_args_is_help=True, help="Human corrections of extracted values.")
app.add_typer(curations_app, name="curations")

DB_OPTION = typer.Option("registry.duckdb", "--db", envvar="CARTREG_DB", help="Registry file.")


def _fail(msg: str, code: int = 2) -> None:
    typer.echo(f"cartreg: {msg}", err=True)
    raise typer.Exit(code)


@app.command()
def extract(files: List[Path] = typer.Argument(..., help="Papers to read."),
            as_json: bool = typer.Option(False, "--json", help="Records as JSON Lines.")):
    """Read papers and print their evidence records (nothing is stored)."""
    from extract import extract_path

    failed = 0
    for f in files:
        try:
            records = extract_path(f)
        except CartregError as e:
            failed += 1
            typer.echo(f"{e}", err=True)
            continue
        for r in records:
            if as_json:
                typer.echo(json.dumps(r.to_json(), ensure_ascii=False))
            else:
                typer.echo(_summary(r.to_json()))
    raise typer.Exit(1 if failed else 0)


def _summary(r: dict) -> str:
    lines = [f"{r['source']['path']} [{r['source']['format']}]",
             f"  {r.get('title') or '(no title)'}",
             f"  PMID {r.get('pmid') or '-'}  DOI {r.get('doi') or '-'}  {r.get('journal') or ''} {r.get('year') or ''}".rstrip(),
             f"  study type {r.get('study_type')}  targets {', '.join(r.get('targets') or []) or '-'}"
             f"  trials {', '.join(r.get('trial_ids') or []) or '-'}"]
    for n in r.get("notices") or []:
        lines.append(f"  notice: {n['type']} PMID {n.get('pmid') or '-'} DOI {n.get('doi') or '-'}")
    for m in r.get("measurements") or []:
        vals = {k: v for k, v in m.items() if k not in ("endpoint", "evidence", "rule") and v is not None}
        lines.append(f"  {m['endpoint']:26s} {json.dumps(vals, ensure_ascii=False)}")
        lines.append(f"      “{m['evidence']['text']}”")
    return "\n".join(lines)


@app.command()
def build(corpus: Path = typer.Argument(Path("corpus"), help="Folder of papers."),
          db: Path = DB_OPTION,
          progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                                  help="Progress bar (default: on a terminal, for long runs)."),
          max_bytes: Optional[int] = typer.Option(None, "--max-bytes", envvar="CARTREG_MAX_BYTES",
                                                  help="Files larger than this fail (default 50 MB)."),
          time_limit: Optional[float] = typer.Option(None, "--time-limit", envvar="CARTREG_TIME_LIMIT",
                                                     help="Seconds per file before it fails (default 60)."),
          jobs: int = typer.Option(1, "--jobs", "-j", min=0,
                                   help="Worker processes that read the files (0: one per CPU).")):
    """Read every paper in CORPUS into the registry: incremental, idempotent, atomic."""
    from registry.build import build_registry

    try:
        summary = build_registry(corpus, db, progress=progress, time_limit_s=time_limit,
                                 max_bytes=max_bytes, jobs=jobs)
    except CartregError as e:
        _fail(str(e))
    for path, reason in summary.failures:
        typer.echo(f"failed: {path}: {reason}", err=True)
    typer.echo(f"{db}: {summary.line()}")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def show(ref: str = typer.Argument(..., help="PMID, DOI or corpus path."), db: Path = DB_OPTION,
         as_json: bool = typer.Option(False, "--json")):
    """Print one document's record from the registry."""
    from registry.store import read_only

    try:
        with read_only(db) as con:
            rows = con.execute(
                "SELECT record FROM documents WHERE status = 'active' AND "
                "(pmid = $r OR lower(doi) = lower($r) OR path = $r OR path LIKE '%/' || $r) "
                "ORDER BY path, idx", {"r": ref.removeprefix("https://doi.org/")}).fetchall()
    except CartregError as e:
        _fail(str(e))
    if not rows:
        _fail(f"no document matches {ref!r} in {db}", 1)
    for (rec,) in rows:
        typer.echo(rec if as_json else _summary(json.loads(rec)))


@app.command()
def failures(db: Path = DB_OPTION, all_runs: bool = typer.Option(False, "--all", help="Every run, not only the last.")):
    """List files that could not be read, with the reason."""
    from registry.store import read_only

    try:
        with read_only(db) as con:
            where = "" if all_runs else "WHERE run_id = (SELECT id FROM runs ORDER BY started_at DESC LIMIT 1)"
            rows = con.execute(f"SELECT run_id, path, reason FROM failures {where} ORDER BY failed_at, path").fetchall()
    except CartregError as e:
        _fail(str(e))
    for run_id, path, reason in rows:
        typer.echo(f"{path}: {reason}" + (f"  (run {run_id})" if all_runs else ""))
    if not rows:
        typer.echo("no failures", err=True)


@app.command()
def export(fmt: str = typer.Option("csv", "--format", help="csv | parquet | jsonl"),
           out: Optional[Path] = typer.Option(None, "--out", help="File (default: registry-export.FORMAT)."),
           db: Path = DB_OPTION):
    """Write the registry out: csv/parquet = one row per measurement with its document and
    evidence; jsonl = one evidence record per document."""
    from registry.export import export_registry

    if fmt not in ("csv", "parquet", "jsonl"):
        _fail(f"unknown --format {fmt!r}: use csv, parquet or jsonl")
    out = out or Path(f"registry-export.{fmt}")
    try:
        n = export_registry(db, out, fmt)
    except CartregError as e:
        _fail(str(e))
    typer.echo(f"{out}: {n} rows")


@app.command()
def evaluate(gold_dir: Path = typer.Argument(..., help="Gold records (JSON per document)."),
             corpus_dir: Optional[Path] = typer.Argument(None, help="Their papers (default: GOLD_DIR/../corpus)."),
             verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses and extras."),
             min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 below this micro-F1.")):
    """Score extraction against gold records: per-endpoint and micro P/R/F1, CI exactness,
    document fields."""
    from extract.evaluate import evaluate as run

    try:
        result = run(gold_dir, corpus_dir)
    except CartregError as e:
        _fail(str(e))
    typer.echo(result.report(verbose))
    raise typer.Exit(1 if min_f1 is not None and result.micro_f1 < min_f1 else 0)


@app.command()
def dashboard(db: Path = DB_OPTION, port: int = typer.Option(8501, "--port"),
              host: str = typer.Option("127.0.0.1", "--host", help="Bind address (loopback by default).")):
    """Serve the Streamlit dashboard over the registry (read-only; builds may run meanwhile)."""
    import importlib.util

    spec = importlib.util.find_spec("dashboard")
    if spec is None or not spec.submodule_search_locations:
        _fail("the dashboard package is not installed")
    app_path = Path(list(spec.submodule_search_locations)[0]) / "app.py"
    if not Path(db).exists():
        _fail(f"{db}: no registry here; run `cartreg build CORPUS --db {db}` first")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app_path),
           "--server.address", host, "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer", "--", "--db", str(Path(db).resolve())]
    typer.echo(f"cartreg dashboard: http://{host}:{port}  (registry {db})")
    os.execvp(cmd[0], cmd)


@curations_app.command("export")
def curations_export(db: Path = DB_OPTION,
                     out: Path = typer.Option(Path("curations.csv"), "--out", help="CSV or JSONL file.")):
    """Write every correction (who, when, old, new, why) to a file."""
    from registry.curation import export_curations

    try:
        n = export_curations(db, out)
    except CartregError as e:
        _fail(str(e))
    typer.echo(f"{out}: {n} curations")


if __name__ == "__main__":
    app()
