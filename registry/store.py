"""Opening the registry: schema creation (through the SQLModel tables) and read-only access."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import duckdb

from extract.errors import RegistryError


def schema_version(db_path: str | os.PathLike) -> int | None:
    """The registry's schema version, or None when it has none (or is unreadable)."""
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute("SELECT max(version) FROM schema_info").fetchall()[0][0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def create_schema(db_path: str | os.PathLike) -> None:
    """Create any missing table of registry.models in the DuckDB file at ``db_path``."""
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel
    from registry.models import SCHEMA_VERSION

    engine = create_engine(f"duckdb:///{db_path}")
    try:
        SQLModel.metadata.create_all(engine)
    finally:
        engine.dispose()
    con = duckdb.connect(str(db_path))
    try:
        con.execute("INSERT INTO schema_info SELECT ? WHERE NOT EXISTS (SELECT 1 FROM schema_info)",
                    [SCHEMA_VERSION]).fetchall()
    finally:
        con.close()


@contextlib.contextmanager
def read_only(db_path: str | os.PathLike):
    """A short-lived read-only connection. Builds replace the file atomically, so a reader
    never blocks a build and sees either the old registry or the new one, whole."""
    p = Path(db_path)
    if not p.exists():
        raise RegistryError(f"{p}: no registry here; run `cartreg build CORPUS --db {p}` first")
    try:
        con = duckdb.connect(str(p), read_only=True)
    except duckdb.Error as e:
        raise RegistryError(f"{p}: cannot open the registry: {e}") from None
    try:
        yield con
    finally:
        con.close()
