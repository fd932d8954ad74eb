"""Readers: format sniffing, encodings, document fields per format, and bad input."""
import json

import pytest

from extract import extract_document, extract_path
from extract.errors import SourceError
from extract.readers import decode_text, read_bytes, read_path, sniff
from tests.conftest import DEV_CORPUS, GOLD, ROOT, SEED

DOC_FIELDS = ("pmid", "doi", "title", "journal", "year", "trial_ids", "study_type", "targets")


def fields(record):
    j = record.to_json()
    out = {k: j[k] for k in DOC_FIELDS}
    out["notices"] = sorted((n["type"], n["pmid"], n["doi"]) for n in j["notices"])
    return out


def gold_fields(g):
    out = {k: g[k] for k in DOC_FIELDS}
    out["notices"] = sorted((n["type"], n.get("pmid"), n.get("doi")) for n in g["notices"])
    return out


@pytest.mark.parametrize("path", ["corpus/pubmed-37740926.txt", "tests/data/seed/pubmed-37740926.nbib",
                                  "tests/data/seed/pubmed-37740926.xml"])
def test_seed_paper_gives_gold_document_fields_in_every_format(path, seed_gold):
    [record] = extract_path(ROOT / path)
    assert fields(record) == gold_fields(seed_gold)


def test_seed_formats_are_sniffed_from_content(tmp_path):
    for name, fmt in [("pubmed-37740926.nbib", "medline"), ("pubmed-37740926.xml", "pubmed-xml")]:
        moved = tmp_path / (name + ".dat")  # the extension says nothing
        moved.write_bytes((SEED / name).read_bytes())
        assert read_path(moved)[0].format == fmt
    assert read_path(ROOT / "corpus/pubmed-37740926.txt")[0].format == "pubmed-page"


@pytest.mark.parametrize("gold_name", sorted(p.name for p in GOLD.glob("*.json")))
def test_dev_gold_document_fields(gold_name):
    g = json.loads((GOLD / gold_name).read_text())
    records = extract_path(DEV_CORPUS / g["source"]["path"])
    [r] = [r for r in records if r.pmid == g["pmid"]] or records[:1]
    assert r.format == g["source"]["format"]
    assert fields(r) == gold_fields(g)


def test_evidence_sentence_of_gold_is_in_canonical_text():
    # every gold evidence sentence must be a substring of our canonical text, per format
    for gp in GOLD.glob("*.json"):
        g = json.loads(gp.read_text())
        docs = read_path(DEV_CORPUS / g["source"]["path"])
        [doc] = [d for d in docs if d.meta.get("pmid") == g["pmid"]] or docs[:1]
        a, b = doc.body_range
        for m in g["measurements"]:
            ev = (m.get("evidence") or {}).get("text")
            if ev:
                assert doc.text.count(ev) == 1, (gp.name, ev)
                assert a <= doc.text.index(ev) < b, (gp.name, ev)


MEDLINE_TWO = """PMID- 100
TI  - First paper on CD7 CAR-T cells in T-ALL: a
      phase 1 trial.
DP  - 2022 Mar
TA  - Blood
LID - 10.1000/first [doi]
AB  - Ten patients were treated (NCT01234567).
RIN - Blood. 2023;1:2. PMID: 300
PT  - Journal Article

PMID- 200
TI  - Second paper.
DP  - 2021
TA  - Leukemia
AB  - A review of CAR-T.
UOF - Leukemia. 2020. doi: 10.9999/old. PMID: 199
CON - Blood. 2020. PMID: 198
ECI - Leukemia. 2022. PMID: 201
PT  - Review
"""


def test_medline_with_two_records_and_notices():
    docs = list(read_bytes(MEDLINE_TWO.encode(), "two.nbib"))
    assert [d.meta["pmid"] for d in docs] == ["100", "200"]
    assert docs[0].meta["title"] == "First paper on CD7 CAR-T cells in T-ALL: a phase 1 trial"
    assert docs[0].meta["year"] == 2022 and docs[0].meta["doi"] == "10.1000/first"
    assert [(n.type, n.pmid) for n in docs[0].meta["notices"]] == [("retraction", "300")]
    assert [(n.type, n.pmid, n.doi) for n in docs[1].meta["notices"]] == [
        ("update", "199", "10.9999/old"), ("comment", "198", None), ("expression_of_concern", "201", None)]
    a, b = docs[0].body_range
    assert "Ten patients were treated (NCT01234567)." in docs[0].text[a:b]


def _xml_article(pmid, extra=""):
    return (f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><Journal><JournalIssue>"
            f"<PubDate><MedlineDate>2019 Nov-Dec</MedlineDate></PubDate></JournalIssue>"
            f"<ISOAbbreviation>J X</ISOAbbreviation></Journal><ArticleTitle>Title {pmid} &amp; more.</ArticleTitle>"
            f"<Abstract><AbstractText Label=\"RESULTS\">CR was 90% (P &lt; .001).</AbstractText></Abstract>"
            f"</Article>{extra}</MedlineCitation></PubmedArticle>")


def test_pubmed_xml_many_articles_streamed_with_entities_unescaped():
    n = 3000
    data = ("<?xml version='1.0'?><PubmedArticleSet>" + "".join(_xml_article(i) for i in range(1, n + 1))
            + "</PubmedArticleSet>").encode()
    docs = read_bytes(data, "big.xml")
    first = next(docs)  # a generator: articles come one by one
    assert first.meta["pmid"] == "1" and first.meta["year"] == 2019
    assert first.meta["title"] == "Title 1 & more"
    assert "RESULTS: CR was 90% (P < .001)." in first.text
    assert sum(1 for _ in docs) == n - 1


def test_pubmed_xml_notices_under_the_citation_or_nested_in_the_article():
    cc = ('<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Leukemia. 2026;40:2101.'
          '</RefSource><PMID>884901088</PMID></CommentsCorrections></CommentsCorrectionsList>')
    data = ("<?xml version='1.0'?><PubmedArticleSet>" + _xml_article(1, cc)
            + _xml_article(2).replace("</Abstract>", "</Abstract>" + cc) + "</PubmedArticleSet>").encode()
    for d in read_bytes(data, "n.xml"):
        assert [(n.type, n.pmid, n.relation) for n in d.meta["notices"]] == [("retraction", "884901088", "in")]


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (bytes(range(256)) * 20, "binary content, not text"),
    (b"PK\x03\x04" + b"\0" * 100, "unsupported format"),
    (b"<?xml version='1.0'?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>",
     "malformed XML"),
    (b"<?xml version='1.0'?><PubmedArticleSet><PubmedArticle></Wrong></PubmedArticleSet>", "malformed XML"),
    (b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<PubmedArticleSet><PubmedArticle>&lol2;</PubmedArticle></PubmedArticleSet>""", "entity declarations is refused"),
    (b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<PubmedArticleSet><PubmedArticle>&ext;</PubmedArticle></PubmedArticleSet>""", "entity declarations is refused"),
    (b"<?xml version='1.0'?><html><body>not pubmed</body></html>", "not a PubMed article set"),
    (b"<?xml version='1.0'?><PubmedArticleSet></PubmedArticleSet>", "no article found"),
])
def test_bad_input_gives_a_clear_reason(tmp_path, data, reason):
    f = tmp_path / "bad.xml"
    f.write_bytes(data)
    with pytest.raises(SourceError) as e:
        read_path(f)
    assert reason in e.value.reason
    assert str(e.value).startswith(str(f) + ": ")


def test_unsupported_extension_and_size_limit(tmp_path):
    doc = tmp_path / "paper.docx"
    doc.write_bytes(b"anything")
    with pytest.raises(SourceError, match=r"paper\.docx: unsupported format \(\.docx\)"):
        read_path(doc)
    big = tmp_path / "big.txt"
    big.write_text("CR 90%. " * 1000)
    with pytest.raises(SourceError, match="8,000 bytes, over the 1,000-byte limit"):
        read_path(big, max_bytes=1000)


def test_time_limit_stops_a_slow_document(tmp_path):
    f = tmp_path / "slow.xml"
    huge = "Twenty patients were treated; CR was 90% (18/20). " * 100000
    f.write_bytes(f"<PubmedArticleSet>{_xml_article(1).replace('CR was 90% (P &lt; .001).', huge)}"
                  "</PubmedArticleSet>".encode())
    with pytest.raises(SourceError, match="longer than the 0.05 s limit"):
        extract_path(f, time_limit_s=0.05)


def test_the_time_limit_is_per_document_not_per_file(tmp_path):
    f = tmp_path / "many.xml"
    f.write_bytes(("<PubmedArticleSet>" + "".join(_xml_article(i) for i in range(1, 301))
                   + "</PubmedArticleSet>").encode())
    extract_path(ROOT / "corpus/pubmed-37740926.txt")  # the pipeline loads once, outside the limit
    assert len(extract_path(f, time_limit_s=0.5)) == 300


STREAM_PROBE = """
import gzip, resource, sys
from extract.readers import iter_path
peaks, count = {}, 0
for d in iter_path(sys.argv[1]):
    count += 1
    if count in (1000, 30000):
        peaks[count] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, d.meta["pmid"], d.format, (peaks[30000] - peaks[1000]) // 1024)
"""


def test_gzipped_baseline_is_streamed_with_flat_memory(tmp_path):
    import gzip
    import subprocess
    import sys
    f = tmp_path / "pubmed26n0001.xml.gz"
    with gzip.open(f, "wb") as gz:
        gz.write(b"<?xml version='1.0'?><PubmedArticleSet>")
        for i in range(1, 30001):
            gz.write(_xml_article(i).encode())
        gz.write(b"</PubmedArticleSet>")
    out = subprocess.run([sys.executable, "-c", STREAM_PROBE, str(f)], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout.split()
    assert out[:3] == ["30000", "30000", "pubmed-xml"]
    assert int(out[3]) < 15  # MB of peak growth over 29,000 articles (58 MB when kept)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1"])
def test_text_encodings(encoding):
    text = "Patients (n = 18) reached CR; 2-year OS was 63.5% ± 5 — naïve T cells, ≥3" \
        if encoding != "latin-1" else "Patients (n = 18) reached CR; naïve T cells ± 5"
    data = text.encode(encoding)
    assert decode_text(data) == text


def test_sniff():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"PMID- 123\nTI  - x\n") == "medline"
    assert sniff(b"Some title\n\nPMID: 123 DOI: 10.1/x\n") == "pubmed-page"
    assert sniff(b"Results: 18 patients were infused.") == "text"


def test_plain_text_page_copy_without_markdown():
    page = """Am J Hematol. 2023 Dec;98(12):1898-1908. doi: 10.1002/ajh.27094. Epub 2023 Sep 23.
Analysis of 60 patients treated with CD7-targeted CAR-T cell therapy
Xian Zhang 1 2, Peihua Lu 1 2
Affiliations expand
PMID: 37740926 DOI: 10.1002/ajh.27094
Erratum in
Correction to "Analysis of 60 Patients".
Am J Hematol. 2024 Jan 15. doi: 10.1002/ajh.27217. Online ahead of print.
PMID: 38224484 No abstract available.
Abstract
In our phase I/II trials (NCT04572308), 60 patients received CD7 CAR-T cells.
Similar articles
Another paper. Blood. 2020. NCT99999999. PMID: 111
"""
    [r] = [extract_document(d) for d in read_bytes(page.encode(), "page.txt")]
    assert (r.pmid, r.doi, r.journal, r.year) == ("37740926", "10.1002/ajh.27094", "Am J Hematol", 2023)
    assert r.title == "Analysis of 60 patients treated with CD7-targeted CAR-T cell therapy"
    assert r.trial_ids == ("NCT04572308",)  # the similar article's id is not this paper's
    assert [(n.type, n.pmid, n.doi) for n in r.notices] == [("erratum", "38224484", "10.1002/ajh.27217")]


def test_notice_relation_says_which_record_is_about_which():
    docs = list(read_bytes(MEDLINE_TWO.encode(), "two.nbib"))
    assert [n.relation for n in docs[1].meta["notices"]] == ["of", "of", "in"]
    page = ("Blood. 2024;1:2.\n# Correction\nPMID: 5\n## Erratum for\n[Original paper.](#)\n"
            "Blood. 2023. doi: 10.1182/blood.1.\nPMID: 4\n")
    [d] = read_bytes(page.encode(), "p.txt")
    assert [(n.type, n.relation, n.pmid, n.doi) for n in d.meta["notices"]] == [
        ("erratum", "of", "4", "10.1182/blood.1")]


NATURE_FRONT = """Blood Cancer Journal (2024) 14:188                                 www.nature.com/bcj
https://doi.org/10.1038/s41408-024-00001-1

ARTICLE                                                                OPEN

Nanobody-based CD7 CAR-T cells in relapsed T-ALL: a phase 1/2 study

Yifan Guo1 and Tao Wang 1

\u00a9 The Author(s) 2023

As of April 30, 2025, 21 patients were enrolled; the 1-year OS was 71.3%.
"""


@pytest.mark.parametrize("text,year", [
    (NATURE_FRONT, 2024),    # the citation line is preferred over the copyright line
    ("Leukemia (2022) 36:1234\u20131245; https://doi.org/10.1038/x\nTitle\nResults: 9 patients.", 2022),
    ("Blood. 2023;141(10):1234-1245. doi: 10.1182/blood.2022\nTitle line\nAbstract text.", 2023),
    ("Am J Hematol. 2023 Dec;98(12):1898-1908.\nTitle\nIn 2021; 5 patients", 2023),
    ("J Hematol Oncol (2021) 14(1):e45\nTitle", 2021),
    ("Title\nAuthors\n\u00a9 The Author(s) 2024\nResults: 18 patients were infused.", 2024),
    ("Title\n\u00a9 2022. The Author(s), under exclusive licence to Springer Nature Limited.", 2022),
    ("Title\nCopyright \u00a9 2021 American Society of Hematology\nAbstract", 2021),
    ("Title\nCopyright 2019 by the authors.\nAbstract", 2019),
    # meeting abstracts: the supplement's citation line
    ("2847 A CD7 CAR-NK trial\n\nProgram: Oral and Poster Abstracts\nBlood (2025) 146 (Supplement 1): 2847.\n"
     "https://doi.org/10.1182/blood-2025-1\nResults: 15 pts treated.", 2025),
    ("Abstract: S287\nType: Oral Presentation\nHemaSphere 2025; 9(S1): S287.\nBackground: 12 children.", 2025),
    ("Abstract: S217\nHemaSphere, 2025;9(S1):S217\nMethods: 31 patients.", 2025),
    ("Abstract: P921\nHemaSphere 2024;8(S1):P921\nResults: 40 patients.", 2024),
    # ASCO's supplement line: volume, year, supplement and abstract number
    ("7012\n\nTitle\n\nResults: Of 541 pts leukapheresed, 502 were infused.\n\nJ Clin Oncol 43, 2025 (suppl 16; abstr 7012)\n"
     "DOI: 10.5555/JCO.2025.43.16_suppl.7012", 2025),
    ("Title\nJournal of Clinical Oncology 41, 2023 (suppl 16)\nBackground: 12 patients.", 2023),
    ("Title\nResults: 12 patients.\nCitation: J Clin Oncol 43, 2025 (suppl 16; abstr 4512)\n", 2025),
    ("Title\nTransplant Cell Ther. 2025;31(2 Suppl):S188.\nResults: 12 patients.", 2025),
    # a running head's citation after its first cell, a month written out, a banner's "(year) | doi", a congress after
    # the authors on their line
    ("American Journal of Hematology — CORRESPONDENCE\tAm J Hematol. 2025;100:1120-1124.\nTitle", 2025),
    ("Author manuscript\nLeukemia. 2024 June ; 38(6): 1302–1311. doi:10.5555/x\nTitle", 2024),
    ("This is an unedited manuscript accepted for publication.\nLeukemia (2025) | https://doi.org/10.5555/x\nTitle", 2025),
    ("P1587\tTITLE\nYan Wang, Tobias Keller, Marta Rossi \u00b7 EHA2025 Congress, June 12-15, Milan\nBACKGROUND", 2025),
    # a citation glued to the DOI before it, a volume and issue named, an ASCO footer with more parts after a bullet
    ("Regular Article\nhttps://doi.org/10.5555/blood.2024.886512Blood. 2025;145(11):1187-1196\nTitle", 2025),
    ("Haematologica 2024; Vol. 109 No. 12: 4118-4121 https://doi.org/10.5555/haematol.2024.288417\nTitle", 2024),
    ("ARTICLE - Cell Therapy & Immunotherapy\tHaematologica 2025 Volume 110(4):902-911\nTitle\nReceived: July 2, 2024.", 2025),
    ("7012 Oral Abstract Session\nTitle\nResults: 53 pts.\nJ Clin Oncol 43, 2025 (suppl 16; abstr 7012) \u00b7 DOI: 10.5555/x \u00b7 Page 1", 2025),
    # ... or a poster head's cell after the authors
    ("Title\tAbstract 2587\nDaniel R. Okafor, Eric J. Sommer\tJ Clin Oncol 43, 2025 (suppl 16; abstr 2587)\nDOI: 10.5555/x\n"
     "Background", 2025),
    # a supplement's or poster's source article, a preprint's banner
    ("DATA SUPPLEMENT\nSupplement to: Okonkwo A, et al. Fast-Off-Rate CD19 CAR T Cells in Children\nand Young Adults. "
     "J Clin Oncol 2025. DOI: 10.5555/x\nTable S1", 2025),
    ("Supplementary appendix to: Okoye R et al. Clin Cancer Res 2026;32(3):611-620. doi:10.5555/x\nTitle", 2026),
    ("Supplement to: Lindqvist E, et al. Allogeneic CD70 CAR-T cells in renal cell carcinoma. Lancet Oncol 2025; published "
     "online May 6.\nhttps://doi.org/10.5555/x\nSupplementary methods", 2025),
    ("Poster 4471\nTitle\nPublished in Blood 2024;144(Suppl 1):4471\nBackground", 2024),
    ("EHA2024 abstract P1203\nTitle\nPublished in: HemaSphere, 2024, 8(S1)\nBackground: 12 patients.", 2024),
    # a meeting named with its year first, the EHA Library's session line (its citation line gives only "06/14/24")
    ("2025 CSCO Annual Meeting | Abstract No. 2317\nCategory: Lymphoma\nTitle: A CD7 CAR\nBackground: 12 patients.", 2025),
    ("2024 ASCO Annual Meeting\nAbstract 7012\nTitle\nResults: 12 patients.", 2024),
    # a meeting named by its number, the society after it, the dates day first on the next line
    ("51st Annual Meeting of the European Society for Blood and Marrow Transplantation (EBMT)\n"
     "Florence, Italy, 30 March - 2 April 2025\nPhysicians - Poster Session\n\nP412\nTITLE", 2025),
    ("The 67th ASH Annual Meeting, Orlando, FL, 6-9 December 2025\nAbstract 4417\nTITLE", 2025),
    ("Abstract Number: 1642\n\nTitle\n\nMeeting: ACR Convergence 2024\n\nResults: 12 patients.\n\nHoffmann L, Kreuzer M. "
     "Title [abstract]. Arthritis Rheumatol. 2024; 76 (suppl 9).\n", 2024),
    ("EHA Library. Novak K. 06/14/24; 4188172; S239\nAbstract: S239\nType: Oral Presentation\n\n"
     "Presentation during EHA2024: Saturday, June 15, 2024 from 11:30 - 11:45\nTITLE", 2024),
    ("EHA Library. Castellanos-Vidal M. Jun 13, 2025; 4212803; S203\nTopic: 14. Myeloma\nPresentation type: Oral Presentation\n\n"
     "S203 TITLE\n\nBackground: In the pivotal trials (2021), ORR was 97%.", 2025),
    ("medRxiv preprint doi: https://doi.org/10.5555/x; this version posted March 14, 2025. The copyright holder\nTitle", 2025),
    ("British Journal of Haematology, 2025, 206(4), 1188–1192\nhttps://doi.org/10.1/x\nCORRESPONDENCE\nTitle", 2025),
    ("EHA2025 Congress\nAbstract: PF612\nPublished in: HemaSphere, Volume 9, Issue S1, June 2025\nTITLE", 2025),
    ("Transplantation and Cellular Therapy, Volume 31, Issue 2, Supplement, S98–S99 (February 2025)\n2025 Tandem Meetings\n"
     "Oral Abstract 71\nTITLE", 2025),
    ("Blood, Volume 144, Issue Supplement 1, 2024\nTITLE", 2024),
    ("Transplantation and Cellular Therapy\nVolume 31, Issue 2, Supplement, February 2025, Page S245\n\n412\nTITLE", 2025),
    ("Blood\nVolume 144, Supplement 1, 5 November 2024, Page 4825\nTITLE", 2024),
    # Elsevier's first-page line: the volume, the year in parentheses, the pages
    ("Transplantation and Cellular Therapy 31 (2025) S58-S59\nOral Abstracts\n\n44\nTITLE", 2025),
    ("European Journal of Cancer 211 (2024) 114302\nContents lists available at ScienceDirect\nTitle", 2024),
    # the article's own citation line (Frontiers), and Vancouver style after "Cite this article as"
    ("frontiers in Immunology\nCitation: Liang X, Qiu Y and Tan R (2025) Bispecific CAR-T cells.\n"
     "Front. Immunol. 16:1589302.\nResults: 38 children.", 2025),
    ("Title\nCite this article as: Smith J, Li W. A CD7 CAR. Blood Adv. 2024;8:1201-1210.\nAbstract", 2024),
    # BMC's web page: the "Published:" date, when no citation line comes first
    ("Skip to main content\nJournal of Hematology & Oncology\nResearch | Open access | Published: 12 February 2026\nTitle", 2026),
    # a journal abbreviation with a parenthesised part ("Chin Med J (Engl).")
    ("Chinese Medical Journal · Letter\nChin Med J (Engl). 2026;139(2):241-243. DOI: 10.5555/CM9.1\nTitle", 2026),
    # a Chinese journal's citation format line ("本文引用格式"): journal, year, volume(issue): pages
    ("Title\n本文引用格式: Wang JN, Liu HM, et al. Chin J Hematol, 2025, 46(3): 221-226.\nAbstract", 2025),
    # ... and a meeting supplement's citation after its Chinese twin on one line, or on a line of its own
    ("中华医学会血液学分会 2025 年学术年会 (CSH 2025) 论文摘要 | Poster PO-0457\n"
     "中华血液学杂志, 2025, 46(增刊1): 188. Chinese Journal of Hematology, 2025, 46(Suppl 1): 188.\nTitle", 2025),
    ("Title\nChin J Hematol, 2024, 45(6): 512.\nObjective: To evaluate CAR-T.", 2024),
    # an issue masthead, not the earlier published-online date
    ("www.thelancet.com/haematology Vol 12 June 2025\nCorrespondence\nTitle\n"
     "Published Online April 29, 2024\nWe analysed 128 patients.", 2025),
    ("Journal of Cell Therapy Vol. 7, No. 2, Feb. 2023\nTitle\nResults: 12 patients.", 2023),
    # the date before the volume (a Chinese journal's English masthead)
    ("中华血液学杂志 2025年3月第46卷第3期\nChin J Hematol, March 2025, Vol. 46, No. 3\n· Clinical Research ·\nTitle", 2025),
    # a running head's citation after a bullet; Frontiers' capitalised "PUBLISHED" date
    ("REGULAR ARTICLE\nblood advances • 2025;9(5):1188-1199 • https://doi.org/10.5555/ba.1\nTitle", 2025),
    ("TYPE Original Research\nPUBLISHED 19 February 2025\nDOI 10.5555/fimmu.2025.1\nTitle", 2025),
    # ASH's meeting supplement foot: the date, a bar, then the volume
    ("Title\nResults: 57 patients.\nBlood® 6 NOVEMBER 2025 | VOLUME 146, NUMBER SUPPLEMENT 1\t3412", 2025),
    # ASCO's meeting library page: the year only in the DOI, before the volume the page names
    ("Title\n\nJournal of Clinical Oncology, Volume 43, Number 16_suppl\nhttps://doi.org/10.5555/JCO.2025.43.16_suppl.7031\n\n"
     "Abstract 7031", 2025),
    # NEJM's online-first line
    ("BRIEF REPORT\nTitle\nSUMMARY\nNine patients were infused.\nThis article was published on March 29, 2025, at NEJM.org.", 2025),
])
def test_plain_text_year_from_front_matter_citation_or_copyright(text, year):
    [d] = read_bytes(text.encode(), "paper.txt")
    assert d.format == "text" and d.meta["year"] == year


@pytest.mark.parametrize("text", [
    "Results: As of April 30, 2025, 33 patients had been enrolled; 2-year OS was 63.5% (2019-2023).",
    "Outcomes improved (Blood 2020;135:1234) after CAR-T; 18 patients were infused.",
    "Earlier work (Smith et al.,\nBlood 2020;135:1234) showed CR in 80%.",   # a wrapped in-text citation
    "Title\nAbstract: 18 patients.\nReferences\n1. Smith J. Blood. 2019;133(4):123-130.\n\u00a9 2018 Elsevier",
    "Title\n" + "Results: 18 patients were infused. " * 200 + "\nBlood. 2019;133(4):123-130.",  # past the front
    "Title\nBlood. 1949;1(2):3-4.\n\u00a9 The Author(s) 1949",                    # before 1950
    "Copyright permission was obtained for the figure; 12 patients in 2020.",
    "Results: In the cohort, 2025, 12 (40), 18 patients responded.",   # prose, not a citation line
    "Results: the citation index (2021) of the trial was high; 12 patients.",   # no "Citation:" line
    "Title\nIn volume 12 of the series, published in June 2025, 12 patients were infused.",
])
def test_plain_text_year_never_from_body_or_references(text):
    [d] = read_bytes(text.encode(), "paper.txt")
    assert d.format == "text" and d.meta["year"] is None


def test_front_matter_year_is_for_plain_text_only():
    # a PubMed page without a citation line keeps year None: the copyright rule is not applied
    page = "# A title\nPMID: 5 DOI: 10.1/x\n## Abstract\n18 patients were infused.\n\u00a9 2024 Wiley\n"
    [d] = read_bytes(page.encode(), "p.txt")
    assert d.format == "pubmed-page" and d.meta.get("year") is None
    [d] = read_bytes("PMID- 7\nTI  - A title\nAB  - (c) 2024 Wiley.\n".encode(), "m.nbib")
    assert d.format == "medline" and d.meta.get("year") is None


@pytest.mark.parametrize("text, year", [
    # a meeting abstract's running head: the supplement's citation ends the line, no pages
    ("EHA2025 Congress | Milan, Italy | June 12–15, 2025 HemaSphere 2025;9(S1)\nAbstract: S212\nTitle", 2025),
    ("Blood 2024;144(Suppl 1)\nTitle\nResults: 12 patients.", 2024),
    # ... or with the year in parentheses (Nature's journals): the line under the congress's own
    ("EBMT 2025 \u2013 51st Annual Meeting, Florence, Italy, 30 March \u2013 2 April 2025\n"
     "Bone Marrow Transplantation (2025) 60 (Suppl 1)\n\nOS05-03\nTITLE", 2025),
    # ... or the supplement after a colon, its pages after it (b186-07)
    ("OS3-05\nTITLE\n\nGiulia Ferrante1, Jonas Vogt2\n\nBone Marrow Transplantation (2023) 58:Suppl 1, 112-113\n\n"
     "Background: x", 2023),
    ("Title\nBlood (2024) 144:Suppl 1\nResults: 12 patients.", 2024),
    # a society's meeting named with its year first, then its dates; a supplement's masthead with its issue "4S1"
    ("Chinese Society of Hematology\nThe 2024 National Hematology Academic Conference (CSH 2024), Xi'an, China, September 20-22, "
     "2024\nAbstract No. CSH2024-OR-087\n\nTitle\nResults: 12 patients.", 2024),
    ("Molecular Therapy Vol 33 No 4S1 April 2025\nASGCT 28th Annual Meeting Abstracts\n\nTitle\nResults: 12 patients.", 2025),
    # Nature's running head in capitals, its parts set apart by bars
    ("NEWS & VIEWS\tNATURE REVIEWS CLINICAL ONCOLOGY | VOLUME 22 | MARCH 2025 | 188\nTitle\nResults: 12 patients.", 2025),
    # a running head with the issue but no pages before the section ("Haematologica | 2025; 110(3) ARTICLE"), a poster's
    # printed journal citation by volume, issue number and date
    ("Haematologica | 2025; 110(3) ARTICLE - Cell Therapy\nTitle\nResults: 12 patients.", 2025),
    ("Title\n• Journal of Clinical Oncology 43, no. 16_suppl\n(June 01, 2025) 7512. DOI:\n10.5555/jco.2025.43.16_suppl.1\n", 2025),
    ("Title\nJournal of Clinical Oncology 42, no. 16 (2024) 1123.\nResults: 12 patients.", 2024),
    # a running head's citation with commas: journal, year, volume(issue), pages
    ("BJH · British Journal of Haematology, 2025, 206(4), 1102–1107 · SHORT REPORT\nTitle\nResults: 12 patients.", 2025),
    # a running head's issue before the page that ends the line; Blood's masthead with the day, the month in capitals
    ("LETTER TO THE EDITOR Haematologica | 2025; 110(5) 1187\nTitle\nResults: 12 patients.", 2025),
    ("BLOOD, 22 MAY 2025 · VOLUME 145, NUMBER 21 LYMPHOID NEOPLASIA\nTitle\nResults: 12 patients.", 2025),
])
def test_plain_text_year_from_a_supplement_line(text, year):
    [d] = read_bytes(text.encode(), "paper.txt")
    assert d.meta["year"] == year


@pytest.mark.parametrize("text, year", [
    # a meeting abstract's header line: the congress named by its society and year (blind33 b33-07)
    ("Abstract: S1127\nType: Oral Presentation\nEHA2025 Congress, Milan, Italy, June 12-15, 2025\n\nTITLE\n", 2025),
    ("ASCO 2024 Annual Meeting\nTitle\nResults: 12 patients.", 2024),
    # a congress's format between the year and "Congress" (blind36 b36-04)
    ("EHA2024 Hybrid Congress\nAbstract: P1423\nType: Poster Presentation\n\nTITLE\n", 2024),
    ("ASH 2023 Virtual Meeting\nTitle\nResults: 12 patients.", 2023),
    ("EBMT 2025 Scientific Meeting\nTitle", 2025),
    # a supplement's citation with its pages after "pp" (b200-04)
    ("S312 TITLE\n\nTopic: 22. Gene therapy\nHemaSphere, 2024;8(S1):pp 142-143. DOI: 10.5555/HS9.0000000000088204\n\nBackground: x", 2024),
    # the meeting's number after a dash (b193-06); ACR's abstract page's meeting field (b193-08)
    ("EBMT 2026 \u2013 52nd Annual Meeting of the European Society for Blood and Marrow Transplantation\nPhysicians \u2013 Oral "
     "Session\n\nOS07-05\n\nTITLE", 2026),
    ("Abstract Number: 1642\n\nTitle\n\nMeeting: ACR Convergence 2025\n\nKeywords: Myositis\n\nBackground/Purpose: x", 2025),
    # a poster's head cell in capitals beside its title (b192-05)
    ("GC5-CAR in\tAbstract P1021\nrelapsed/refractory multiple myeloma\tEHA2025 CONGRESS\nJUNE 12\u201315 | MILAN, ITALY\nTitle", 2025),
    # a poster's banner: the meeting by its number, then its dates (blind67 b67-06)
    ("Abstract 3471 | 66th ASH Annual Meeting & Exposition | San Diego, CA | December 7–10, 2024 | Poster Session 704\nTitle", 2024),
    ("65th ASH Annual Meeting, San Diego, CA, Dec. 9-12, 2023\nTitle", 2023),
    # ... its place and dates on the next line (b190-01)
    ("66th ASH Annual Meeting & Exposition\nSan Diego, CA, December 7-10, 2024\n\n704.CELLULAR IMMUNOTHERAPIES\n\nTitle", 2024),
    # a poster's footer naming its own abstract (blind71 b71-04); a paper's earlier presentation is no year of its own
    ("Title\nResults: 12 patients.\nAbstract PF1127 presented at the EHA2025 Congress, June 12–15, 2025, Milan, Italy", 2025),
    ("Title\nPresented at the EHA2023 Congress, Frankfurt.\nResults: 12 patients.", None),
    ("Title\nPresented in part at the 66th ASH Annual Meeting, San Diego, CA, December 7-10, 2024.\nResults: 12 patients.", None),
    # the society and year, then the abstract's kind (blind79 b79-06)
    ("ANR 2025 / SIOP Europe - Oral abstract O-37\n\nTitle\nResults: 12 patients.", 2025),
    ("SIOP 2024 | Poster abstract P-112\nTitle", 2024),
    ("ESMO 2023 - Abstract 1187P\nTitle", 2023),
    ("Title\nThe ASH 2023 abstract reported 12 patients.", None),
    # a poster's head line: the affiliations, then the society glued to the year (b188-05); not an earlier presentation
    ("TITLE\n\u00b9Universit\u00e4tsklinikum Erlangen, Germany; \u00b2Ospedale San Raffaele, Milan, Italy EHA2025 Congress, Milan, "
     "Italy | Poster P1288\nBACKGROUND", 2025),
    ("Title\nData were presented in part at the EHA2024 Congress.\nResults: 12 patients.", None),
    ("Title\nData were presented in part at EHA2024 Congress.\nResults: 12 patients.", None),
])
def test_plain_text_year_from_a_meeting_line(text, year):
    [d] = read_bytes(text.encode(), "paper.txt")
    assert d.meta.get("year") == year


def test_supplement_year_needs_the_line_end():
    [d] = read_bytes(b"Abstract published in HemaSphere 2025;9(S1) as part of the abstract book.\nTitle", "paper.txt")
    assert d.meta["year"] is None


def test_notices_an_article_prints_itself():
    text = ("Title\nResults: 18 patients.\nCHANGE HISTORY\n2 June 2025: A Correction to this paper has been "
            "published:\nhttps://doi.org/10.5555/s41409-025-02698-2\nREFERENCES\n1. Smith J.")
    [d] = read_bytes(text.encode(), "paper.txt")
    assert [(n.type, n.doi, n.relation) for n in d.meta["notices"]] == \
        [("erratum", "10.5555/s41409-025-02698-2", "in")]
    [d] = read_bytes(b"Title\nThis paper corrects an earlier analysis of 18 patients.", "paper.txt")
    assert d.meta["notices"] == []


@pytest.mark.parametrize("banner, kind, doi", [
    ("See the related Commentary by Okafor and Lindqvist on page 3098 (doi:10.5555/bloodadvances.2025.893187).",
     "comment", "10.5555/bloodadvances.2025.893187"),
    # the commentator's initials ("M. A. Ortega") inside the banner
    ("See the related Commentary by M. A. Ortega on page 1160 (https://doi.org/10.5555/blood.2025.027719).",
     "comment", "10.5555/blood.2025.027719"),
    ("Correction: This article was corrected on 19 June 2025 to fix an error in Table 2. See the Erratum at "
     "https://doi.org/10.5555/ajh.27951.", "erratum", "10.5555/ajh.27951"),
    ("A Corrigendum on this article has been published: https://doi.org/10.5555/fimmu.2025.1623045",
     "erratum", "10.5555/fimmu.2025.1623045"),
    ("See also the accompanying Editorial, doi: 10.5555/jco.24.01234.", "comment", "10.5555/jco.24.01234"),
    ("Read the Retraction Note at https://doi.org/10.5555/s41375-025-0001-x", "retraction",
     "10.5555/s41375-025-0001-x"),
    # a footer's "Correction to this article:" and the record's DOI
    ("Correction to this article: https://doi.org/10.5555/jho.2025.88607 | J Hematol Oncol. 2025;18:66.", "erratum",
     "10.5555/jho.2025.88607"),
])
def test_notices_a_banner_names_with_the_linked_doi(banner, kind, doi):
    text = f"A CD7 CAR-T trial\n{banner}\nResults: 18 patients were infused."
    [d] = read_bytes(text.encode(), "paper.txt")
    assert [(n.type, n.doi) for n in d.meta["notices"]] == [(kind, doi)]


@pytest.mark.parametrize("banner, doi", [
    # blind35: a correction notice broken after "https://" at a line end, "available online at"
    ("The original version of this article was revised. A correction to this article is available online at https://\n"
     "doi.org/10.5555/s13045-024-883599-1.", "10.5555/s13045-024-883599-1"),
    ("A Correction to this article is available at doi: 10.5555/jho.2025.00123", "10.5555/jho.2025.00123"),
])
def test_notices_a_correction_available_online(banner, doi):
    [d] = read_bytes(f"A CD7 CAR-T trial\n{banner}\nResults: 18 patients were infused.".encode(), "paper.txt")
    assert [(n.type, n.doi) for n in d.meta["notices"]] == [("erratum", doi)]


@pytest.mark.parametrize("note", [
    # a Lancet margin note names the related Comment by its page only: a comment with no id
    "Published Online January 21, 2025 https://doi.org/10.5555/S2352-3026(24)00883-5. See Comment page e178.",
    "See Comment pages e178-79",
    "See the related Editorial on page 1490",
])
def test_notices_a_comment_named_by_its_page(note):
    [d] = read_bytes(f"A BCMA CAR-T trial\n{note}\nFindings: 362 patients were randomly assigned.".encode(), "paper.txt")
    assert [(n.type, n.doi, n.pmid) for n in d.meta["notices"]] == [("comment", None, None)]


@pytest.mark.parametrize("text", [
    # BMJ's end matter: the correction is announced with no linked id
    "Provenance and peer review Not commissioned.\nCorrection notice This article has been corrected since it was first "
    "published.\nThe funding statement has been updated.\nREFERENCES",
    "Correction notice: This article has been corrected since it was published Online First. Table 2 has been updated.",
])
def test_notices_a_correction_notice_with_no_id(text):
    [d] = read_bytes(f"A CD70 CAR-T case\n{text}".encode(), "paper.txt")
    assert [(n.type, n.doi, n.pmid) for n in d.meta["notices"]] == [("erratum", None, None)]
    [d] = read_bytes(b"A CD70 CAR-T case\nThe dose has been corrected since it was first published in 2020.", "paper.txt")
    assert d.meta["notices"] == []


@pytest.mark.parametrize("text", [
    "Title\nSee Articles page e210\nResults: 18 patients.",             # a cross-reference, no record
    "Title\nResults: see the comment of Smith et al in ref 12; 18 patients.",   # no DOI
])
def test_no_notice_without_a_named_record_and_its_doi(text):
    [d] = read_bytes(text.encode(), "paper.txt")
    assert d.meta["notices"] == []


@pytest.mark.parametrize("text, notice", [
    # Nature's "Author Correction … was published on <date>: <doi>", JAMA's "Correction: This article was corrected
    # on …", a letter's "Comment on: <citation> (doi:…)" (the article it comments on)
    ("Title\nAn Author Correction to this article was published on 3 March 2026: https://doi.org/10.5555/s41591-026-04277-2\n",
     ("erratum", "10.5555/s41591-026-04277-2", "in")),
    ("Title\nCorrection: This article was corrected on March 3, 2025, to fix transposed\nvalues in Table 2 "
     "(doi:10.5555/jamaoncol.2025.0307).\n", ("erratum", "10.5555/jamaoncol.2025.0307", "in")),
    ("Title\nThis article was corrected on July 2, 2025 (Correction: J Clin Oncol 43:2870, 2025; DOI 10.5555/JCO.25.01977).\n",
     ("erratum", "10.5555/jco.25.01977", "in")),
    ("Title\nCorrection: This article was corrected on July 14, 2025 (Clin Cancer Res 2025;31:3120; doi: "
     "10.5555/1078-0432.CCR-25-0931).\n", ("erratum", "10.5555/1078-0432.ccr-25-0931", "in")),
    ("Title\nSee Online/Comment\nhttps://doi.org/10.5555/S2352-3026(25)95205-2\nSummary", ("comment", "10.5555/s2352-3026(25)95205-2", "in")),
    ("Title\nComment on: Okafor N, Brennan J, et al. Consolidative transplantation. Lancet Haematol 2025; 12:\n"
     "e214-25 (doi:10.5555/S2352-3026(25)00101-7).\nWe read with interest", ("comment", "10.5555/s2352-3026(25)00101-7", "of")),
    # an update's banner names the record it updates
    ("Title\nThis article updates the primary analysis of the trial published in Haematologica 2021\n"
     "(doi:10.5555/haematol.2020.883400).\nAbstract", ("update", "10.5555/haematol.2020.883400", "of")),
    ("Title\nThis report updates the phase 1 results (Blood 2023;141:1200; doi: 10.5555/blood.2022.01234).\n",
     ("update", "10.5555/blood.2022.01234", "of")),
])
def test_notices_an_article_prints_about_itself(text, notice):
    from extract.readers.common import text_notices
    assert [(n.type, n.doi, n.relation) for n in text_notices(text)] == [notice]


def test_pubmed_page_copied_with_the_journal_on_a_line_of_its_own():
    # (the journal's link copied on a line of its own, the citation's rest below it)
    page = ("Leukemia\n. 2025 Oct;39(10):2450-2461.\ndoi: 10.5555/s41375-025-881909-2. Epub 2025 Aug 2.\n"
            "CD7 CAR T-cell therapy in T-ALL\nQiao Lin 1, Martina Esposito 2\nPMID: 88110909 DOI: 10.5555/s41375-025-881909-2\n"
            "Abstract\nEighty-seven patients were infused.\n")
    [d] = read_bytes(page.encode(), "p.txt")
    assert d.format == "pubmed-page"
    assert (d.meta["journal"], d.meta["year"]) == ("Leukemia", 2025)


def test_a_journals_copy_with_its_pmid_typed_in_takes_its_front_matters_doi_and_year():
    # no PubMed citation line: the journal's own citation and DOI link above the "PMID:" line (b190-04)
    page = ("Leukemia (2022) 36:2718-2722\nhttps://doi.org/10.5555/s41375-022-88712-4\nPMID: 88176012\n\nLETTER\n\n"
            "CD5-directed CAR-T cells: results of a phase 1 trial\n\nNine patients were infused.\n")
    [d] = read_bytes(page.encode(), "p.txt")
    assert d.format == "pubmed-page"
    assert (d.meta["pmid"], d.meta["doi"], d.meta["year"]) == ("88176012", "10.5555/s41375-022-88712-4", 2022)


def test_a_meeting_abstracts_citation_after_its_number_and_a_bar():
    [d] = read_bytes("Abstract 7182 | Blood (2025) 146 (Supplement 1): 7182.\nhttps://doi.org/10.5555/blood-2025-881509\n\n"
                     "A Phase 1 Trial of CD7 CAR-T Cells\n\nTwelve patients were infused.\n".encode(), "a.txt")
    assert d.meta["year"] == 2025


def test_a_meeting_abstracts_bare_doi_after_its_citation_line():
    # Annals of Oncology's abstract page: the DOI with no prefix ends the citation line (b209-05)
    [d] = read_bytes("Annals of Oncology (2024) 35 (suppl_2): S878-S879. 10.5555/annonc/annonc880155\n\n"
                     "ESMO Congress 2024, Barcelona, Spain, 13-17 September 2024\n\n1398O - A CAR-T trial\n\n"
                     "Results\nTwelve patients were infused.\n".encode(), "a.txt")
    assert (d.meta["doi"], d.meta["year"]) == ("10.5555/annonc/annonc880155", 2024)
    # a bare DOI in the body or the references is no DOI of the document
    [d] = read_bytes("A CAR-T trial\n\nResults\nTwelve patients were infused.\n\nReferences\n"
                     "1. Smith J. Blood. 2023;141:1-9. 10.5555/blood.2023.1\n".encode(), "b.txt")
    assert d.meta["doi"] is None


def test_an_editorials_pubmed_page_excerpt_is_its_body_and_no_part_of_its_comment_on_entry(tmp_path):
    """An editorial's PubMed page: "Comment on" then the page's "Excerpt" (b151-09): one comment notice, and the excerpt is
    the body (no second notice titled "Excerpt")."""
    text = ("Editorial\n\n*J Clin Oncol.* 2025 Aug 10;43(23):2601-2603. doi: 10.5555/JCO-25-151009.\n\n"
            "# CD70 CAR T Cells in Renal Cell Carcinoma\n\nPMID: 88151009 DOI: 10.5555/JCO-25-151009\n\n## Comment on\n\n"
            "[Allogeneic CD70-targeted CAR T cells: a phase I trial.](#)\n\nOkonkwo C, et al.\n\n"
            "*J Clin Oncol.* 2025;43(23):2640-2652. doi: 10.5555/JCO-25-151079.\n\nPMID: 88151079 Clinical Trial.\n\n"
            "## Excerpt\n\nIn this issue, Okonkwo et al report objective responses in 3 of 16 patients.\n\n"
            "## Publication types\n\n* [Editorial](#)\n* [Comment](#)\n")
    f = tmp_path / "editorial.txt"
    f.write_text(text)
    doc = read_path(f)[0]
    assert [(n.type, n.pmid, n.relation) for n in doc.meta["notices"]] == [("comment", "88151079", "of")]
    a, b = doc.body
    assert doc.text[a:b].strip() == "In this issue, Okonkwo et al report objective responses in 3 of 16 patients."


_TYPED_TABLE = ("Results: 15 patients were treated.\n\nTable 1 \u2013 Outcomes by dose level, n (%)\n"
                "                    DL1 (n=3)   DL2 (n=6)    DL3 (n=6)    Total (n=15)\n"
                "CR/CRi, day 28      0           2 (33.3)     4 (66.7)     6 (40.0)\n"
                "CRS, any grade      2 (66.7)    5 (83.3)     6 (100)      13 (86.7)\n"
                "ICANS, any grade    0           1 (16.7)     1 (16.7)     2 (13.3)\n\nConclusions: feasible.")


def test_a_table_typed_in_space_aligned_columns_is_read_as_a_table():
    """Plain text: a table's columns aligned with runs of spaces become tab-separated cells (the header's indent its empty
    first cell), so its cells are read as the PDF reader's tables are (b176-07: 15 items); the rest of the text is as typed."""
    doc = next(read_bytes(_TYPED_TABLE.encode(), "t.txt"))
    assert ("\n\tDL1 (n=3)\tDL2 (n=6)\tDL3 (n=6)\tTotal (n=15)\nCR/CRi, day 28\t0\t2 (33.3)\t4 (66.7)\t6 (40.0)\n"
            "CRS, any grade\t2 (66.7)\t5 (83.3)\t6 (100)\t13 (86.7)\n") in doc.text
    assert doc.text.startswith("Results: 15 patients were treated.\n\nTable 1 \u2013 Outcomes by dose level, n (%)\n")
    got = {(m.endpoint, m.fields.get("subgroup"), m.fields.get("n"), m.fields.get("N")) for m in extract_document(doc).measurements}
    assert {("complete_remission", "DL2", 2, 6), ("crs", "DL3", 6, 6), ("neurotoxicity", "Total", 2, 15)} <= got or \
        {("complete_remission", "DL2", 2, 6), ("crs", "DL3", 6, 6)} <= got


@pytest.mark.parametrize("text", [
    # prose with wide gaps (two spaces after a period, a pasted indent), a two-line alignment, uneven cell counts
    "CR was 80%.   CRS occurred in 5.   ICANS in 1.\nOS was 70%.   EFS was 60%.   PFS was 50%.\nDone.   Fine.   Yes.\nAnd.",
    "Outcome     DL1     DL2\nCR          2       4\n\nResults: text.",
    "Outcome     DL1     DL2\nCR          2       4\nCRS         1\nICANS   x",
])
def test_text_without_a_typed_table_is_left_as_typed(text):
    doc = next(read_bytes(text.encode(), "t.txt"))
    assert doc.text == text
