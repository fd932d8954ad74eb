"""PubMed / E-utilities XML (PubmedArticleSet), streamed article by article.

Parsed with defusedxml: no external entities, no entity expansion (an entity bomb is an
error, not a hang). Canonical text of an article: title, a blank line, then one line per
AbstractText (``LABEL: text`` when labelled), with entities unescaped.
"""
from __future__ import annotations

from typing import Iterator
import io

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from xml.etree.ElementTree import ParseError

from extract.document import Document
from extract.errors import SourceError
from extract.readers.common import XML_NOTICE_REFTYPES, YEAR_RE, clean_doi, clean_title
from extract.record import Notice


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def read_pubmed_xml(source, path: str, sha256: str) -> Iterator[Document]:
    """Articles of a PubmedArticleSet, one at a time. ``source`` is bytes or a binary file;
    each article's element tree is dropped once read, so memory does not grow with the file."""
    index = 0
    root = None
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    try:
        for event, el in iterparse(stream, events=("start", "end"), forbid_dtd=False,
                                   forbid_entities=True, forbid_external=True):
            if root is None:
                root = el
            if event != "end" or el.tag not in ("PubmedArticle", "PubmedBookArticle"):
                continue
            doc = _article(el, path, sha256, index)
            root.clear()  # the article and every finished sibling before it
            if doc is not None:
                yield doc
                index += 1
    except DefusedXmlException as e:
        raise SourceError(path, f"XML with entity declarations is refused ({type(e).__name__}): "
                                "possible entity bomb or external entity") from None
    except ParseError as e:
        where = f" after {index} article(s)" if index else ""
        raise SourceError(path, f"malformed XML{where}: {e}") from None


def _article(el, path: str, sha256: str, index: int) -> Document | None:
    cit = el.find("MedlineCitation")
    art = cit.find("Article") if cit is not None else el.find("BookDocument")
    if art is None:
        return None
    pmid = _text(cit.find("PMID")) if cit is not None else _text(el.find(".//PMID"))
    title = _text(art.find("ArticleTitle")) or _text(art.find(".//BookTitle"))
    parts = [title, ""]
    for ab in art.findall("Abstract/AbstractText"):
        label = ab.get("Label")
        parts.append(f"{label}: {_text(ab)}" if label else _text(ab))
    text = "\n".join(parts).rstrip() + "\n"
    body = (0, len(text))
    journal = _text(cit.find("MedlineJournalInfo/MedlineTA")) if cit is not None else ""
    journal = journal or _text(art.find("Journal/ISOAbbreviation"))
    pubdate = art.find("Journal/JournalIssue/PubDate")
    year = None
    if pubdate is not None:
        m = YEAR_RE.search(_text(pubdate.find("Year")) or _text(pubdate.find("MedlineDate")))
        year = int(m.group(1)) if m else None
    doi = next((_text(e) for e in art.findall("ELocationID") if e.get("EIdType") == "doi"), None)
    if not doi:
        doi = next((_text(e) for e in el.findall("PubmedData/ArticleIdList/ArticleId")
                    if e.get("IdType") == "doi"), None)
    notices = []
    # (under MedlineCitation; some exports nest the list inside Article)
    for cc in (cit.findall(".//CommentsCorrectionsList/CommentsCorrections") if cit is not None else []):
        kind = XML_NOTICE_REFTYPES.get(cc.get("RefType", ""))
        if kind:
            ref = _text(cc.find("RefSource"))
            notices.append(Notice(type=kind[0], pmid=_text(cc.find("PMID")) or None,
                                  doi=clean_doi(ref), text=ref or None, relation=kind[1]))
    trial_ids = [_text(a) for a in art.findall("DataBankList/DataBank/AccessionNumberList/AccessionNumber")]
    meta = {
        "pmid": pmid or None, "doi": clean_doi(doi), "title": clean_title(title),
        "journal": journal or None, "year": year, "notices": notices,
        "trial_ids_meta": trial_ids,
        "publication_types": [_text(p) for p in art.findall("PublicationTypeList/PublicationType")],
    }
    return Document(path=path, format="pubmed-xml", sha256=sha256, text=text, meta=meta,
                    body=body, index=index)
