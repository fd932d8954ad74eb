"""The build: incremental, idempotent, atomic; bad input recorded, the batch goes on."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from registry.build import build_registry
from tests.conftest import DEV_CORPUS, ROOT, SEED
from tests.extract.pdf_factory import image_only_pdf, simple_pdf

BIN = Path(sys.executable).parent


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in ("documents", "measurements", "trial_ids", "notices", "files"):
            cols = "*" if t != "files" else "path, sha256, status, rules_hash, n_documents"
            out[t] = sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall()))
        return out
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    shutil.copytree(DEV_CORPUS, c)
    return c


def test_build_counts_and_is_idempotent(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    s1 = build_registry(corpus, db)
    assert (s1.read, s1.new, s1.updated, s1.unchanged, s1.failed) == (11, 11, 0, 0, 0)
    assert s1.documents == 12  # dev-09.xml holds two articles
    before = snapshot(db)
    s2 = build_registry(corpus, db)
    assert (s2.new, s2.updated, s2.unchanged, s2.removed) == (0, 0, 11, 0)
    assert snapshot(db) == before
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM runs").fetchall() == [(2,)]
    assert con.execute("SELECT trial_id FROM trial_ids t JOIN documents d ON d.id = t.document_id "
                       "WHERE d.pmid = '880600606' ORDER BY position").fetchall() == [
        ("NCT08800006",), ("2021-880006-31",)]
    assert con.execute("SELECT n.type, n.pmid FROM notices n JOIN documents d ON d.id = n.document_id "
                       "WHERE d.pmid = '880700707' ORDER BY n.type").fetchall() == [
        ("comment", "880700771"), ("erratum", "880700770")]
    con.close()


def test_changed_file_replaced_and_removed_file_marked(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    build_registry(corpus, db)
    (corpus / "dev-10.txt").unlink()
    f = corpus / "dev-01.txt"
    f.write_text(f.read_text().replace("Twenty-two patients were enrolled", "Twenty-three patients were enrolled"))
    s = build_registry(corpus, db)
    assert (s.updated, s.removed, s.unchanged) == (1, 1, 9)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM documents WHERE path = 'dev-10.txt'").fetchall() == [("removed",)]
    assert con.execute("SELECT status FROM files WHERE path = 'dev-10.txt'").fetchall() == [("removed",)]
    [(text,)] = con.execute("SELECT text FROM documents WHERE path = 'dev-01.txt'").fetchall()
    assert "Twenty-three patients" in text
    assert con.execute("SELECT count(*) FROM documents WHERE path = 'dev-01.txt'").fetchall() == [(1,)]
    con.close()


def test_bad_files_are_recorded_and_the_batch_goes_on(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "garbage.bin").write_bytes(os.urandom(4096))
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04....")
    (corpus / "broken.xml").write_bytes(b"<PubmedArticleSet><PubmedArticle><MedlineCitation>")
    (corpus / "curve.csv").write_text("time,survival\n0,1\n")  # side data, not a paper
    (corpus / "scan.pdf").write_bytes(image_only_pdf())
    (corpus / "locked.pdf").write_bytes(simple_pdf(["CR was 90%."], encrypt="secret"))
    (corpus / "cut.pdf").write_bytes(simple_pdf(["CR was 90%."])[:300])
    (corpus / "good.pdf").write_bytes(simple_pdf(["Twenty patients were infused with CD7 CAR-T cells."]))
    db = tmp_path / "r.duckdb"
    s = build_registry(corpus, db)
    assert s.failed == 7 and s.new == 12
    reasons = dict(s.failures)
    assert reasons[str(corpus / "empty.txt")] == "empty file"
    assert "binary content" in reasons[str(corpus / "garbage.bin")]
    assert reasons[str(corpus / "notes.docx")].startswith("unsupported format (.docx)")
    assert reasons[str(corpus / "broken.xml")].startswith("malformed XML")
    assert reasons[str(corpus / "scan.pdf")] == "no text layer; OCR is not supported"
    assert reasons[str(corpus / "locked.pdf")] == "encrypted PDF: a password is needed"
    assert reasons[str(corpus / "cut.pdf")].startswith("corrupt PDF")
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT path, reason FROM failures ORDER BY path").fetchall()
    assert [p for p, _ in rows] == ["broken.xml", "cut.pdf", "empty.txt", "garbage.bin", "locked.pdf",
                                    "notes.docx", "scan.pdf"]
    con.close()


def test_worker_processes_build_the_same_registry(corpus, tmp_path):
    # --jobs 2: the files are read in two spawned worker processes, the registry written here;
    # every row is the one a build in this process writes, and a bad file is still recorded
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "cut.pdf").write_bytes(simple_pdf(["CR was 90%."])[:300])
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    s1 = build_registry(corpus, one)
    s2 = build_registry(corpus, two, jobs=2)
    assert (s2.read, s2.new, s2.failed, s2.documents) == (s1.read, s1.new, s1.failed, s1.documents) == (13, 11, 2, 12)
    assert dict(s2.failures) == dict(s1.failures)
    assert dict(s2.failures)[str(corpus / "empty.txt")] == "empty file"
    strip = lambda snap: {t: [r.replace(s1.run_id, "RUN").replace(s2.run_id, "RUN") for r in rows] for t, rows in snap.items()}
    assert strip(snapshot(two)) == strip(snapshot(one))
    con = duckdb.connect(str(two), read_only=True)
    assert con.execute("SELECT path FROM failures ORDER BY path").fetchall() == [("cut.pdf",), ("empty.txt",)]
    assert con.execute("SELECT count(*) FROM measurements").fetchall()[0][0] > 100
    con.close()


def test_a_run_that_fails_midway_leaves_the_registry_intact(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    build_registry(corpus, db)
    before = snapshot(db)
    (corpus / "dev-01.txt").write_text((corpus / "dev-01.txt").read_text() + "\nchanged")
    (corpus / "dev-02.txt").unlink()

    def crash():
        raise RuntimeError("disk full")
    with pytest.raises(RuntimeError, match="disk full"):
        build_registry(corpus, db, _fail_after_write=crash)
    assert snapshot(db) == before
    assert not list(tmp_path.glob("r.duckdb.tmp*"))


def test_build_while_a_reader_holds_the_registry_open(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    build_registry(corpus, db)
    reader = duckdb.connect(str(db), read_only=True)  # the dashboard, mid-query
    (corpus / "dev-10.txt").unlink()
    s = build_registry(corpus, db)
    assert s.removed == 1
    assert reader.execute("SELECT count(*) FROM documents WHERE status = 'active'").fetchall() == [(12,)]
    reader.close()
    fresh = duckdb.connect(str(db), read_only=True)
    assert fresh.execute("SELECT count(*) FROM documents WHERE status = 'active'").fetchall() == [(11,)]
    fresh.close()


def run_cli(*args, cwd):
    return subprocess.run([str(BIN / "cartreg"), *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_installed_cli_end_to_end(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus/pubmed-37740926.txt", corpus)
    shutil.copy(SEED / "pubmed-37740926.xml", corpus / "seed.xml")
    (corpus / "bad.docx").write_bytes(b"PK\x03\x04")
    db = tmp_path / "reg.duckdb"
    r = run_cli("build", corpus, "--db", db, cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert f"failed: {corpus / 'bad.docx'}: unsupported format (.docx)" in r.stderr
    assert "read 3, new 2, updated 0, unchanged 0, removed 0, failed 1" in r.stdout
    r = run_cli("show", "37740926", "--db", db, "--json", cwd=tmp_path)
    assert r.returncode == 0
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert {x["source"]["format"] for x in recs} == {"pubmed-page", "pubmed-xml"}
    assert all(x["trial_ids"] == ["NCT04572308", "NCT04916860"] for x in recs)
    r = run_cli("failures", "--db", db, cwd=tmp_path)
    assert r.stdout.strip() == "bad.docx: unsupported format (.docx): save the paper as PDF, text or PubMed XML/MEDLINE"
    for fmt in ("csv", "parquet", "jsonl"):
        r = run_cli("export", "--format", fmt, "--out", tmp_path / f"out.{fmt}", "--db", db, cwd=tmp_path)
        assert r.returncode == 0 and (tmp_path / f"out.{fmt}").stat().st_size > 0
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
    r = run_cli("extract", "--json", ROOT / "corpus/pubmed-37740926.txt", tmp_path / "nope.txt", cwd=tmp_path)
    assert r.returncode == 1
    assert json.loads(r.stdout)["pmid"] == "37740926"
    assert "nope.txt: cannot open" in r.stderr
    assert run_cli("export", "--format", "xls", "--db", db, cwd=tmp_path).returncode == 2
    assert run_cli("show", "1", "--db", tmp_path / "missing.duckdb", cwd=tmp_path).returncode == 2
    r = run_cli("build", corpus, "--db", db, cwd=tmp_path)
    assert "new 0, updated 0, unchanged 2" in r.stdout


def test_cli_limits_fail_one_file_and_keep_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus/pubmed-37740926.txt", corpus)
    (corpus / "huge.txt").write_text("CR was 90%. " * 2000)
    db = tmp_path / "reg.duckdb"
    r = run_cli("build", corpus, "--db", db, "--max-bytes", "10000", cwd=tmp_path)
    assert r.returncode == 1
    assert "huge.txt: file is 24,000 bytes, over the 10,000-byte limit" in r.stderr
    assert "new 1," in r.stdout and "failed 1" in r.stdout


def test_a_registry_of_an_older_schema_is_rebuilt_fresh(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    build_registry(corpus, db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE schema_info SET version = 1").fetchall()
    con.close()
    s = build_registry(corpus, db)
    assert (s.new, s.unchanged) == (11, 0)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT version FROM schema_info").fetchall() == [(2,)]
    assert con.execute("SELECT count(*) FROM runs").fetchall() == [(1,)]
    con.close()
