"""Readers: a source file → one or more Documents, each with one canonical text.

``read_path`` sniffs the format from the bytes (the extension only breaks ties), enforces the
size and time limits, and raises ``SourceError`` (file, reason) for anything it cannot read.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import re
import signal
from pathlib import Path
from typing import Iterator

from extract.document import Document
from extract.errors import SourceError

MAX_BYTES = int(os.environ.get("CARTREG_MAX_BYTES", 50 * 1024 * 1024))
# PubMed XML is streamed (a 30,000-article baseline file never sits in memory whole), so it
# gets its own, larger limit
MAX_XML_BYTES = int(os.environ.get("CARTREG_MAX_XML_BYTES", 2 * 1024 ** 3))
TIME_LIMIT_S = float(os.environ.get("CARTREG_TIME_LIMIT", 60))
UNSUPPORTED = {".docx", ".doc", ".odt", ".rtf", ".pptx", ".xlsx", ".xls", ".epub", ".zip",
               ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif"}
SIDE_FILES = {".csv"}  # data beside a paper (digitised curves), not papers


def decode_text(data: bytes, path: str = "<bytes>") -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-interleaved), else Latin-1.
    Raises SourceError for empty or binary content. Line ends become ``\\n``."""
    if not data.strip():
        raise SourceError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif len(data) > 3 and data[1:2] == b"\0" and data[3:4] == b"\0" and data[0:1] != b"\0":
        text = data.decode("utf-16-le", errors="replace")
    elif len(data) > 3 and data[0:1] == b"\0" and data[2:3] == b"\0":
        text = data.decode("utf-16-be", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    sample = text[:4096]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if "\0" in sample or bad > max(8, len(sample) // 50):
        raise SourceError(path, "binary content, not text (unsupported or corrupt file)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


MEDLINE_RE = re.compile(r"^PMID- ?\d+", re.M)
PUBMED_PAGE_RE = re.compile(r"^\W*PMID:\s*\d+", re.M)


def sniff(data: bytes, path: str = "") -> str:
    """Format name from content: pdf, pubmed-xml, medline, pubmed-page or text."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        raise SourceError(path, f"unsupported format ({Path(path).suffix or 'zip archive'}): "
                                "save the paper as PDF, text or PubMed XML/MEDLINE")
    text = decode_text(data[:65536], path) if data[:65536].strip() else ""
    start = text.lstrip("\ufeff \n\t")[:2000]
    if start.startswith("<") and ("<PubmedArticle" in start or "<PubmedBookArticle" in start
                                  or "PubmedArticleSet" in start):
        return "pubmed-xml"
    if start.startswith("<?xml") or start.startswith("<!DOCTYPE"):
        raise SourceError(path, "XML but not a PubMed article set (<PubmedArticleSet>)")
    if MEDLINE_RE.search(text[:4096]):
        return "medline"
    if PUBMED_PAGE_RE.search(text):
        return "pubmed-page"
    return "text"


class _Timeout(BaseException):
    """Raised by the time limit's alarm. A BaseException, so that no ``except Exception`` in
    a reader or extractor can swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float, path: str):
    """Raise SourceError when the body runs longer than ``seconds`` (main thread only:
    elsewhere no limit is applied)."""
    armed = [True]

    def on_alarm(signum, frame):
        if armed[0]:
            raise _Timeout()
    try:
        old = signal.signal(signal.SIGALRM, on_alarm)
    except ValueError:  # not the main thread
        yield
        return
    try:
        # (armed inside the try: an alarm due at once, before the body starts, is still this limit's)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    except _Timeout:
        raise SourceError(path, f"reading took longer than the {seconds:g} s limit "
                                "(set CARTREG_TIME_LIMIT to change it)") from None
    finally:
        armed[0] = False   # (an alarm due while the limit is taken down raises nothing)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def read_bytes(data: bytes, path: str, fmt: str | None = None,
               sha256: str | None = None) -> Iterator[Document]:
    """Documents of one source given as bytes. ``path`` names it in records and errors;
    ``sha256`` is of the stored file (default: of ``data``)."""
    sha = sha256 or hashlib.sha256(data).hexdigest()
    fmt = fmt or sniff(data, path)
    if fmt == "pdf":
        from extract.readers.pdf import read_pdf
        yield from read_pdf(data, path, sha)
        return
    if fmt == "pubmed-xml":
        from extract.readers.pubmed_xml import read_pubmed_xml
        yield from read_pubmed_xml(data, path, sha)
        return
    text = decode_text(data, path)
    if fmt == "medline":
        from extract.readers.medline import read_medline
        yield from read_medline(text, path, sha)
    elif fmt == "pubmed-page":
        from extract.readers.pubmed_page import read_pubmed_page
        yield read_pubmed_page(text, path, sha)
    else:
        from extract.readers.pubmed_page import read_plain_text
        yield read_plain_text(text, path, sha)


def _open(p: Path):
    """The file as a binary stream, decompressed when gzipped (PubMed baseline .xml.gz)."""
    with open(p, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    return gzip.open(p, "rb") if gz else open(p, "rb")


def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes as stored, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def iter_path(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """The documents in one file, one by one. PubMed XML (also gzipped) is streamed from the
    file; other formats are read whole, within ``max_bytes``. Raises SourceError (path, reason)."""
    p = Path(path)
    name = str(path)
    if p.suffix.lower() in UNSUPPORTED:
        raise SourceError(name, f"unsupported format ({p.suffix.lower()}): "
                                "save the paper as PDF, text or PubMed XML/MEDLINE")
    try:
        size = p.stat().st_size
        with _open(p) as fh:
            head = fh.read(65536)
    except (OSError, EOFError) as e:
        raise SourceError(name, f"cannot open: {getattr(e, 'strerror', None) or e}") from None
    fmt = sniff(head, name)
    limit, setting = (MAX_XML_BYTES, "CARTREG_MAX_XML_BYTES") if fmt == "pubmed-xml" else (max_bytes, "CARTREG_MAX_BYTES")
    if size > limit:
        raise SourceError(name, f"file is {size:,} bytes, over the {limit:,}-byte limit "
                                f"(set {setting} to change it)")
    if fmt == "pubmed-xml":
        from extract.readers.pubmed_xml import read_pubmed_xml
        with _open(p) as fh:
            yield from read_pubmed_xml(fh, name, file_sha256(p))
        return
    with _open(p) as fh:
        data = fh.read()
    yield from read_bytes(data, name, fmt, sha256=file_sha256(p))


def read_path(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> list[Document]:
    """All documents in one file (see iter_path); a file with none is a SourceError."""
    docs = list(iter_path(path, max_bytes))
    if not docs:
        raise SourceError(str(path), "no article found in the file")
    return docs


def is_paper_candidate(path: Path) -> bool:
    """Files a corpus walk considers: everything but hidden files and side data (CSV)."""
    return not path.name.startswith(".") and path.suffix.lower() not in SIDE_FILES
