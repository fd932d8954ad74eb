"""Small helpers shared by the readers: notice types, DOI and year parsing."""
from __future__ import annotations

import re

from extract import gate
from extract.record import Notice

DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\]\[]+)", re.I)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

# The issue year of a plain text copied from an article (PDF-like), from its front matter only:
# a journal citation line, else a copyright line. Both read the first FRONT_CHARS characters,
# cut at a reference-list heading, so no year comes from the references or a long body.
FRONT_CHARS = 6000
_YEAR = r"19[5-9]\d|20\d\d|2100"
_JOURNAL = r"[A-Z][A-Za-z'’&-]*\.?(?:[ \t]+(?:[A-Z][A-Za-z'’&-]*\.?|\([A-Z][a-z]+\)\.?|of|and|the|in|for|&)){0,9}"   # ("Chin Med J (Engl).")
_ISSUE = r"(?:[ \t]*\((?:[\w–-]{1,9}|(?:\d{1,2}[ \t]+)?Suppl(?:ement)?\.?(?:[ \t]*\d{1,2})?)\))?"   # "(10)", "(S1)", "(Supplement 1)", "(2 Suppl)"
# "Blood Cancer Journal (2024) 14:188" / "Blood. 2023;141(10):1234-1245" / meeting supplements
# "Blood (2024) 144 (Supplement 1): 3471." and "HemaSphere 2025; 9(S1): S287." /
# "Am J Hematol. 2023 Dec;98(12):1898-1908": the line starts with the journal, the pages are
# followed by the line's end, a separator or a doi/link (not by prose: a wrapped in-text citation)
# (also after a running head's first cell: "American Journal of Hematology — CORRESPONDENCE\tAm J Hematol. 2025;100:…", or
# glued to the DOI before it: "https://doi.org/10.5555/blood.2024.886512Blood. 2025;145(11):1187-1196"; the month may be
# written out: "Leukemia. 2024 June ; 38(6): 1302–1311."; the volume and issue named: "Haematologica 2024; Vol. 109 No. 12: 4118";
# or after a bar: "Abstract 7182 | Blood (2025) 146 (Supplement 1): 7182.")
FRONT_CITATION_RE = re.compile(
    rf"(?:^|\t|(?<=\|)|(?<=\d)(?=[A-Z][a-z]+\.[ \t]+(?:{_YEAR})[ \t]*;))[ \t]*{_JOURNAL}[ \t]*(?:\((?P<y1>{_YEAR})\)[ \t]*\d+{_ISSUE}"
    rf"|,?[ \t]+(?P<y2>{_YEAR})(?:[ \t]+[A-Z][a-z]{{2,8}}(?:[ \t]+\d{{1,2}})?)?[ \t]*;[ \t]*(?:Vol\.?[ \t]*)?\d+(?:[ \t]+No\.?[ \t]*\d+)?{_ISSUE})"
    r"[ \t]*:[ \t]*(?:pp?\.?[ \t]*)?(?:e|[A-Z]{1,2})?\d+(?:[-–](?:e|[A-Z]{1,2})?\d+)?"   # "1234-1245", "e45", "S287", "P921", "pp 142-143"
    r"(?=[ \t]*(?:$|[.;,|][ \t]*(?:$|(?i:doi|https?://|www\.|epub|published|online)|10\.\d{4,9}/)"
    r"|(?i:doi|https?://|www\.)))", re.M)
# the DOI with no prefix at the end of the header's citation line, as Annals of Oncology's meeting abstract pages print it:
# "Annals of Oncology (2024) 35 (suppl_2): S878-S879. 10.1016/j.annonc.2024.08.1234"
BARE_DOI_LINE_RE = re.compile(rf"^[^\n]*\b(?:{_YEAR})\b[^\n]*?[.;,][ \t]+(10\.\d{{4,9}}/\S+?)\.?[ \t]*$", re.M)


# a whole line "British Journal of Haematology, 2025, 206(4), 1188–1192" and a meeting's
# "Published in: HemaSphere, Volume 9, Issue S1, June 2025", or a supplement's "Transplantation and Cellular
# Therapy, Volume 31, Issue 2, Supplement, S98–S99 (February 2025)", or ScienceDirect's line under the journal's name
# "Volume 31, Issue 2, Supplement, February 2025, Page S245" (the pages after the date), or Elsevier's first-page line
FRONT_CITATION_LINE_RE = re.compile(
    rf"^[ \t]*{_JOURNAL},[ \t]+(?P<y1>{_YEAR}),[ \t]*\d+(?:\([\w–-]{{1,9}}\))?,[ \t]*[eE]?\d+(?:[-–][eE]?\d+)?[ \t]*\.?[ \t]*$"
    rf"|^[ \t]*(?:Published[ \t]+in:[ \t]*)?(?:{_JOURNAL},[ \t]*)?Volume[ \t]+\d+,[ \t]*(?:Issue[ \t]+\w+(?:[ \t]+\d+)?,[ \t]*)?"
    rf"(?:Supplement(?:[ \t]+\d+)?,[ \t]*)?(?:[A-Z]?\d+(?:[-–][A-Z]?\d+)?[ \t]*(?=\())?\(?(?:\d{{1,2}}[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?"
    rf"(?P<y2>{_YEAR})\)?(?:,[ \t]*Pages?[ \t]+[A-Z]?\d+(?:[-–][A-Z]?\d+)?)?[ \t]*\.?[ \t]*$"
    # (Elsevier's line, the volume before the year and the pages after it: "Transplantation and Cellular Therapy 31 (2025)
    # S58-S59", "European Journal of Cancer 211 (2024) 114302")
    rf"|^[ \t]*{_JOURNAL}[ \t]+\d{{1,4}}[ \t]+\((?P<y3>{_YEAR})\)[ \t]+[A-Z]?\d+(?:[-–][A-Z]?\d+)?[ \t]*\.?[ \t]*$", re.M)
# a Chinese journal's citation "Journal, year, volume(issue): page" ending a line, also after its Chinese twin on the same
# line: "中华血液学杂志, 2025, 46(增刊1): 188. Chinese Journal of Hematology, 2025, 46(Suppl 1): 188."
VOLUME_ISSUE_LINE_RE = re.compile(
    rf"(?:^|[.。][ \t]+)[ \t]*{_JOURNAL},[ \t]+(?P<y1>{_YEAR}),[ \t]*\d+{_ISSUE}[ \t]*:[ \t]*[eE]?\d+(?:[-–][eE]?\d+)?[ \t]*\.?[ \t]*$(?P<y2>)",
    re.M)
# an accepted manuscript's banner: the journal, its year in parentheses, then the DOI ("Leukemia (2025) | https://doi.org/…")
BANNER_CITATION_RE = re.compile(rf"^[ \t]*{_JOURNAL}[ \t]+\((?P<y1>{_YEAR})\)[ \t]*[|\u00b7\u2022][ \t]*(?:https?://|doi)(?P<y2>)", re.M | re.I)
# "© The Author(s) 2024", "© 2024. The Author(s) …", "Copyright © 2024 by …" (on one line);
# "Copyright 2019 …", "Copyright (c) 2019 …" (the year next to the word, not prose about copyright)
COPYRIGHT_RE = re.compile(rf"©[^\n©]{{0,80}}?\b(?P<y1>{_YEAR})\b"
                          rf"|\b[Cc]opyright[ \t:]*(?:\([Cc]\)[ \t]*)?(?P<y2>{_YEAR})\b")
# the article's own citation printed in its front matter, "Citation: Liang X, Qiu Y and Tan R
# (2025) Title. Front. Immunol. 16:1589302." / "Cite this article as: … Blood. 2024;143:…", and
# an issue masthead "www.thelancet.com/haematology Vol 12 June 2025" (not a received or
# published-online date, which may precede the issue)
OWN_CITATION_RE = re.compile(
    rf"^[ \t]*(?:Citation|(?:To |How to )?[Cc]ite this (?:article|paper)(?: as)?|本文引用格式)[ \t]*[:：][^\n]{{0,300}}?"
    rf"(?:\((?P<y1>{_YEAR})\)|[.,][ \t]+(?P<y2>{_YEAR})[ \t]*[;,][ \t]*\d)", re.M)   # ("… Chin J Hematol, 2025, 46(3): 221")
# a running head's citation after a bullet or bar: "blood advances • 2025;9(5):1188-1199 • https://doi.org/…"
RUNNING_CITATION_RE = re.compile(rf"[•|][ \t]*(?P<y1>{_YEAR})[ \t]*;[ \t]*\d{{1,4}}[ \t]*\([\w–-]{{1,9}}\)(?:[ \t]*:[ \t]*[eE]?\d+"
                                 rf"|[ \t]+(?=[A-Z]{{4,}}\b)|[ \t]+\d{{1,5}}[ \t]*$)(?P<y2>)", re.M)
# (or the issue alone before the section, "Haematologica | 2025; 110(3) ARTICLE", or before the page ending the line,
# "LETTER TO THE EDITOR Haematologica | 2025; 110(5) 1187")
# the journal's own citation printed on a poster or reprint, by volume, issue and date: "Journal of Clinical Oncology 43,
# no. 16_suppl (June 01, 2025) 7512"
# a running head's citation with commas: "British Journal of Haematology, 2025, 206(4), 1102–1107"
COMMA_CITATION_RE = re.compile(rf"\b{_JOURNAL},[ \t]*(?P<y1>{_YEAR}),[ \t]*\d{{1,4}}[ \t]*\(\w{{1,9}}\),[ \t]*e?\d+(?P<y2>)")
ISSUE_CITATION_RE = re.compile(rf"\b{_JOURNAL}[ \t]+\d{{1,4}},[ \t]+no\.[ \t]+\w{{1,12}}\s+\((?:[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}},[ \t]*)?"
                               rf"(?P<y1>{_YEAR})\)[ \t]*e?\d+(?P<y2>)")
# ASCO's meeting library: the volume and issue without the year, the year in the DOI right before that volume ("Journal of
# Clinical Oncology, Volume 43, Number 16_suppl" over "https://doi.org/10.5555/JCO.2025.43.16_suppl.7031")
VOLUME_DOI_RE = re.compile(rf"\bVolume[ \t]+(?P<vol>\d{{1,4}}),[ \t]*(?:Number|Issue)[ \t]+\w+[ \t]*\n?[^\n]{{0,40}}?"
                           rf"10\.\d{{4,9}}/[A-Za-z]+\.(?P<y1>{_YEAR})\.(?P=vol)\.(?P<y2>)")
# the last resort: Nature's "Received: … Accepted: … Published online: 20 October 2025", BMC's "Published: 12 February 2026",
# Frontiers' "PUBLISHED 19 February 2025", NEJM's "This article was published on March 29, 2025, at NEJM.org."
PUBLISHED_ONLINE_RE = re.compile(rf"\bPublished(?:\s+online)?(?:\s+on)?:?\s+(?:\d{{1,2}}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+)"
                                 rf"(?P<y1>{_YEAR})\b(?P<y2>)", re.I)
MASTHEAD_RE = re.compile(
    rf"V(?<![A-Za-z]V)(?:ol|OL)(?:ume|UME)?\.?[ \t]+\d{{1,4}}(?:,?[ \t]+(?:No\.?|Issue)[ \t]+\d{{1,3}}(?:S\d{{0,2}})?)?(?:,?[ \t]+|[ \t]*\|[ \t]*)"   # (a supplement's "No 4S1")
    rf"(?:January|February|March|April|May|June|July|August|September|October|November|December|"   # (Nature's "VOLUME 22 | MARCH 2025")
    rf"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    rf"NOVEMBER|DECEMBER)[ \t]+(?P<y1>{_YEAR})\b"
    # (the date first: "Chin J Hematol, March 2025, Vol. 46, No. 3")
    # (Blood's "BLOOD, 22 MAY 2025 · VOLUME 145, NUMBER 21", its meeting supplement's "Blood® 6 NOVEMBER 2025 | VOLUME 146, NUMBER
    # SUPPLEMENT 1")
    rf"|\b(?:\d{{1,2}}[ \t]+)?(?i:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+"
    rf"(?P<y2>{_YEAR})(?:,?[ \t]+|[ \t]*[·•|][ \t]*)(?i:Vol(?:ume)?)\.?[ \t]+\d"
    # (or the year right before the volume, its issue and pages after it: Haematologica's "Haematologica 2025 Volume
    # 110(4):902-911")
    rf"|\b(?P<y3>{_YEAR})[ \t]+(?i:Vol(?:ume)?)\.?[ \t]+\d{{1,4}}[ \t]*\(\w{{1,9}}\)[ \t]*:[ \t]*e?\d+")
# Taylor & Francis's first-page masthead, the year before the volume and issue: "LEUKEMIA & LYMPHOMA  2024, VOL. 65, NO. 9,
# 1388–1392", "ONCOIMMUNOLOGY  2023, VOL. 12, NO. 1, 2218774"
TF_MASTHEAD_RE = re.compile(rf"\b(?P<y1>{_YEAR}),[ \t]+VOL\.[ \t]+\d{{1,4}},[ \t]+NO\.[ \t]+\w{{1,4}},[ \t]+e?\d+(?P<y2>)")
REFERENCES_HEADING_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]*)?(?:references?|bibliography|literature cited|works cited)[ \t]*:?[ \t]*$"
    # (or run in before the first entry, as posters set it: "References: 1. Kowalski P, et al. Leukemia. 2022;36:1212–1220.")
    r"|^[ \t]*references?[ \t]*:[ \t]*(?=1[.)]?[ \t]+[A-Z])",
    re.I | re.M)


# a supplement's citation with no pages that ends a line, wherever the line starts: a meeting
# abstract's running head "EHA2025 Congress | Milan, Italy | June 12–15, 2025 HemaSphere 2025;9(S1)"
# (or Nature's style, the year in parentheses: "Bone Marrow Transplantation (2025) 60 (Suppl 1)")
# ASCO's "J Clin Oncol 43, 2025 (suppl 16; abstr 7012)": volume, year, then the supplement and abstract, a line of its own
SUPPLEMENT_LINE_RE = re.compile(
    # (ACR's "To cite this abstract": "… [abstract]. Arthritis Rheumatol. 2024; 76 (suppl 9).")
    rf"\b{_JOURNAL}[ \t]+\(?(?P<y1>{_YEAR})(?:\)|[ \t]*;)[ \t]*\d+[ \t]*(?:\((?:[A-Z]?\d{{1,2}}|(?i:suppl)(?:ement)?\.?[ \t]*\d{{1,2}})\)"
    # (or the supplement after a colon, its pages after it: "Bone Marrow Transplantation (2023) 58:Suppl 1, 112-113")
    rf"|:[ \t]*(?i:suppl)(?:ement)?\.?[ \t]*\d{{1,2}}(?:[ \t]*[,:][ \t]*[A-Z]?\d{{1,5}}(?:[ \t]*[\u2013-][ \t]*[A-Z]?\d{{1,5}})?)?)[ \t]*\.?[ \t]*$"
    # (or a cell of its own, after the authors in a poster's head: "Daniel R. Okafor, …, Eric J. Sommer<tab>J Clin Oncol 43,
    # 2025 (suppl 16; abstr 2587)")
    rf"|(?:^|(?<=\t))[ \t]*(?:(?:Citation|Cite\ as|Cite\ this\ abstract):[ \t]*)?{_JOURNAL}[ \t]+\d{{1,3}},[ \t]*(?P<y2>{_YEAR})[ \t]*\((?i:suppl)(?:ement)?\.?[ \t]*\d{{0,2}}[^()\n]{{0,30}}\)[ \t]*\.?"
    rf"[ \t]*(?:[\u00b7\u2022|][^\n]*)?$",   # (a footer's parts after a bullet: "… (suppl 16; abstr 7012) · DOI: … · Page 1")
    re.M)


# a meeting abstract's header line naming the congress by its society and year: "EHA2025 Congress, Milan, Italy,
# June 12-15, 2025", "ASCO 2024 Annual Meeting", "EHA2024 Hybrid Congress", a poster's head cell "EHA2025 CONGRESS" beside
# its title (not "Presented at …": a paper's earlier presentation)
# or by its number and dates: a poster's banner "Abstract 3471 | 66th ASH Annual Meeting & Exposition | San Diego, CA |
# December 7–10, 2024"
MEETING_LINE_RE = re.compile(
    # (at a line's start, or after a bullet or bar ending the authors' line: "…, Marta Rossi · EHA2025 Congress, June 12-15")
    # (or after the affiliations a poster's head line ends with, the society glued to the year: "…, Milan, Italy EHA2025
    # Congress, Milan, Italy | Poster P1288"; not "presented at the EHA2025 Congress", an earlier presentation)
    rf"(?:^|[\u00b7\u2022|\t]|(?<=[a-z,] )(?<!\bthe )(?<!\bat )(?<!\bin )(?<!\bto )(?<!\bof )(?=[A-Z]{{2,6}}(?:{_YEAR})[ \t]))[ \t]*(?:Abstract[ \t]+[A-Z]{{0,3}}\d{{1,5}}[ \t]+presented[ \t]+at[ \t]+the[ \t]+)?"   # (a poster's own footer)
    # (or the year first, "2025 CSCO Annual Meeting | Abstract No. 2317")
    # (the meeting's number after a dash: "EBMT 2026 – 52nd Annual Meeting of the European Society for …")
    rf"(?:[A-Z]{{2,6}}[ \t]?(?P<y1>{_YEAR})|(?P<y3>{_YEAR})[ \t]+[A-Z]{{2,6}})[ \t]+(?:[\u2013-][ \t]+\d{{1,3}}(?:st|nd|rd|th)[ \t]+)?(?:(?:(?:Hybrid|Virtual|Online|International|Scientific|European)[ \t]+)?"
    rf"(?:Congress|Annual[ \t]+Meeting|Meeting|Conference|Symposium|CONGRESS|ANNUAL[ \t]+MEETING|MEETING)\b"
    # (or by the abstract's kind after the society and year: "ANR 2025 / SIOP Europe - Oral abstract O-37")
    rf"|[^\n]{{0,60}}?(?<![\w-])(?:(?:[Oo]ral|ORAL|[Pp]oster|POSTER)[ \t]+)?(?:[Aa]bstract|ABSTRACT)\b)"
    # (or the EHA Library's session line: "Presentation during EHA2024: Saturday, June 15, 2024 from 11:30 - 11:45", or its
    # citation line's date written out: "EHA Library. Castellanos-Vidal M. Jun 13, 2025; 4212803; S203")
    rf"|^Presentation[ \t]+during[ \t]+[A-Z]{{2,6}}[ \t]?(?P<y4>{_YEAR}):"
    rf"|^EHA[ \t]+Library\.[^\n]{{0,80}}?\b[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}},[ \t]*(?P<y6>{_YEAR})[ \t]*;"
    # (or ACR's abstract page's meeting field: "Meeting: ACR Convergence 2025")
    rf"|^Meeting:[ \t]+[A-Z][^\n]{{0,60}}?\b(?P<y5>{_YEAR})[ \t]*$"
    # (or a society's meeting named with its year first: "The 2024 National Hematology Academic Conference (CSH 2024), Xi'an,
    # China, September 20-22, 2024")
    # (or by its number alone, the society after it: "51st Annual Meeting of the European Society for Blood and Marrow
    # Transplantation (EBMT)" over "Florence, Italy, 30 March - 2 April 2025")
    rf"|^(?:(?!resent)[^\n]){{0,30}}?\b(?:\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?:[A-Z]{{2,6}}[ \t]+)?(?:Annual[ \t]+)?(?:Meeting|Congress)"
    rf"|(?:{_YEAR})[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,4}}(?:Conference|Congress|Meeting|Symposium))\b"
    # (the dates may be on the next line: "66th ASH Annual Meeting & Exposition" over "San Diego, CA, December 7-10, 2024";
    # the day may come first: "30 March - 2 April 2025", "12-15 June 2025")
    rf"(?:[^\n]|\n(?!\n)){{0,120}}?\b(?:[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}(?:[ \t]*[–-][ \t]*\d{{1,2}})?,[ \t]*"
    rf"|\d{{1,2}}(?:[ \t]*[–-][ \t]*\d{{1,2}})?[ \t]+[A-Z][a-z]{{2,8}}\.?(?:[ \t]*[–-][ \t]*\d{{1,2}}[ \t]+[A-Z][a-z]{{2,8}}\.?)?,?[ \t]+)"
    rf"(?P<y2>{_YEAR})\b", re.M)


# the article a supplement or a poster belongs to, by its citation: "Supplementary appendix to: Okoye R et al. Clin Cancer
# Res 2026;32(3):611-620.", "Supplement to: … Haematologica 2025;110(9):2201-2212.", a poster's "Published in Blood
# 2024;144(Suppl 1):4471"
SOURCE_CITATION_RE = re.compile(
    rf"^[ \t]*(?:Supplementary[ \t]+(?:appendix|material|data)[ \t]+to|(?:Data[ \t]+)?[Ss]upplement[ \t]+to)[ \t]*:(?:[^\n]|\n(?!\n)){{0,400}}?"
    rf"\b(?P<y1>{_YEAR})(?:[ \t]*;[ \t]*\d{{1,4}}[ \t]*[(:]|\.[ \t]+(?i:doi|https?://)|[ \t]*;[ \t]*published[ \t]+online\b)"
    # (the title may wrap; "J Clin Oncol 2025. DOI: …", "Lancet Haematol 2025; 12: e401–12.", online first: "Lancet Oncol 2025;
    # published online May 6.")
    # (or with commas: "Published in: HemaSphere, 2024, 8(S1)")
    rf"|\bPublished[ \t]+in[ \t]*:?[ \t]+{_JOURNAL}(?:[ \t]+|,[ \t]*)(?P<y2>{_YEAR})[ \t]*[;,][ \t]*\d", re.M)
# the article's own history line, wherever the journal sets it (Blood's at the article's end, past the references), with
# its DOI after it: "Submitted 12 November 2024; accepted 20 February 2025; prepublished online on Blood Advances First
# Edition 5 March 2025. https://doi.org/10.…", Haematologica's "Received: October 3, 2024. Accepted: January 20, 2025. Early
# view: January 30, 2025. https://doi.org/10.…": the year it was published (else accepted) and the DOI
_DAY_DATE = r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},?)[ \t]+"
_DATE_SEP = r"(?:[ \t]*[;,.][ \t]*|[ \t]+)"   # (between the history's dates: a stop or a comma, or only a space)
HISTORY_LINE_RE = re.compile(
    # (BMC's dates a space apart, the DOI link on the next line: "Received: 3 December 2024 Accepted: 28 February 2025
    # Published online: 19 March 2025" / "https://doi.org/10.5555/s13045-025-08841-2")
    rf"\b(?:Submitted|Received):?[ \t]+{_DAY_DATE}(?:{_YEAR}){_DATE_SEP}accepted:?[ \t]+{_DAY_DATE}(?P<y2>{_YEAR})"
    rf"(?:{_DATE_SEP}(?:(?:pre)?published[ \t]+online|early[ \t]+view)[^.]{{0,80}}?(?P<y1>{_YEAR}))?\.?\s*"
    rf"(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:?[ \t]*)?(?P<doi>10\.\d{{4,9}}/\S+?)?(?=\.?\s|\.?$)", re.I)
# a preprint's banner: "medRxiv preprint doi: …; this version posted March 14, 2025."
PREPRINT_POSTED_RE = re.compile(rf"\bthis[ \t]+version[ \t]+posted[ \t]+(?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}},?[ \t]+|\d{{1,2}}[ \t]+[A-Z][a-z]+\.?[ \t]+)"
                                rf"(?P<y1>{_YEAR})\b(?P<y2>)")


# a poster's footer: "Presented at the EHA2025 Congress, June 12–15, 2025, Milan, Italy.", "Presented at the 67th ASH Annual
# Meeting, Orlando, FL, December 6–9, 2025."
# (or with no date, the year in the meeting's name: "Presented at the European Hematology Association (EHA) 2025 Congress, Milan,
# Italy.", "Presented at the 2025 ASCO Annual Meeting", ASCO's poster template's foot "PRESENTED AT: 2025 ASCO® ANNUAL MEETING |
# #ASCO25 | PRESENTED BY: …")
PRESENTED_AT_RE = re.compile(r"\bPresented[ \t]+at[ \t]+(?:the[ \t]+)?[^\n]{0,120}?\b(?:Congress|Meeting|Conference|Symposium|Exposition)\b"
                             r"[^\n]{0,80}?\b[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:[ \t]*[\u2013-][ \t]*\d{1,2})?,[ \t]*(?P<year>(?:19|20)\d\d)\b"
                             r"|\b(?:Presented|PRESENTED)[ \t]+(?:at|AT):?[ \t]+(?:the[ \t]+)?[^\n]{0,80}?\b(?P<named>(?:19|20)\d\d)[ \t]+"
                             r"(?:[A-Z]{2,6}\u00ae?[ \t]+)?(?:Annual[ \t]+|ANNUAL[ \t]+)?(?:Congress|Meeting|Conference|Symposium|CONGRESS|MEETING)\b")


# ... or an abstract book's running head, the meeting's acronym and year before its dates: "APMCT 2025 • Kyoto, Japan •
# 12–14 September 2025", "EHA2025 Hybrid Congress | June 12–15, 2025"
MEETING_BANNER_RE = re.compile(r"\b[A-Z]{2,8}[ \t]?(?P<year>(?:19|20)\d\d)\b[^\n]{0,60}?(?:\d{1,2}(?:[ \t]*[\u2013-][ \t]*\d{1,2})?[ \t]+"
                               r"[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:[ \t]*[\u2013-][ \t]*\d{1,2})?,)[ \t]+(?P=year)\b")


# ... or a poster's line naming the meeting by its number, with its month and year: "| 67th ASH Annual Meeting, December 2025,
# Poster 4417"
MEETING_MONTH_RE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+[A-Z]{2,6}[ \t]+(?:Annual[ \t]+)?(?:Meeting|Congress)\b[^\n]{0,40}?"
                              r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+"
                              r"(?P<year>(?:19|20)\d\d)\b")


def poster_year(page: str, text: str) -> int | None:
    """The year of the meeting a poster or an abstract book's page was presented at (a document with no DOI and no
    citation of its own): its "Presented at …" footer, else its running head's or meeting line's date."""
    m = PRESENTED_AT_RE.search(text) or MEETING_BANNER_RE.search(page) or MEETING_MONTH_RE.search(page)
    return int(m.group("year") or m.groupdict().get("named")) if m else None


def front_matter_year(text: str) -> int | None:
    """The year of a journal citation line in the front matter, else of the article's own
    "Citation:" line or an issue masthead there, else of a copyright line there, else of a
    supplement's citation ending a line, else of a "Published (online)" date; None when none is found (the year
    is never guessed from the body)."""
    front = text[:FRONT_CHARS]
    ref = REFERENCES_HEADING_RE.search(front)
    if ref:
        front = front[:ref.start()]
    m = (FRONT_CITATION_RE.search(front) if ":" in front else None) or FRONT_CITATION_LINE_RE.search(front) or \
        (VOLUME_ISSUE_LINE_RE.search(front) if "):" in front else None) or \
        (OWN_CITATION_RE.search(front) if "Citation" in front or "ite this" in front or "引用" in front else None) or \
        (MASTHEAD_RE.search(front) if "Vol" in front or "VOL" in front else None) or \
        (TF_MASTHEAD_RE.search(front) if "VOL." in front else None) or \
        (RUNNING_CITATION_RE.search(front) if "•" in front or "|" in front else None) or \
        (BANNER_CITATION_RE.search(front) if ") |" in front or ") \u00b7" in front or ") \u2022" in front else None) or \
        (COPYRIGHT_RE.search(front) if "©" in front or "opyright" in front else None) or \
        (SUPPLEMENT_LINE_RE.search(front) if ";" in front or "uppl" in front else None) or \
        (ISSUE_CITATION_RE.search(front) if ", no. " in front else None) or \
        (COMMA_CITATION_RE.search(front) if "), " in front else None) or \
        (MEETING_LINE_RE.search(front) if "Congress" in front or "Meeting" in front or "Conference" in front
         or "CONGRESS" in front or "MEETING" in front
         or "Symposium" in front or "bstract" in front or "BSTRACT" in front or "EHA Library" in front else None) or \
        (SOURCE_CITATION_RE.search(front) if "upplement" in front or "ublished in" in front else None) or \
        (PREPRINT_POSTED_RE.search(front) if "version posted" in front else None) or \
        (VOLUME_DOI_RE.search(front) if "Volume" in front else None) or \
        (PUBLISHED_ONLINE_RE.search(front) if "ublished" in front or "UBLISHED" in front else None)
    return int(next(m.group(k) for k in ("y1", "y2", "y3", "y4", "y5", "y6") if k in m.re.groupindex and m.group(k))) if m else None


def header_bare_doi(text: str) -> str | None:
    """The DOI ending a citation line of the header (the first lines, before any references), written with no prefix."""
    head = text[:1000]
    ref = REFERENCES_HEADING_RE.search(head)
    m = BARE_DOI_LINE_RE.search(head, 0, ref.start() if ref else len(head))
    return clean_doi(m.group(1)) if m else None


# notices printed in an article itself (publishers' "Change history" and banners), with the
# linked record's DOI: "A Correction to this paper has been published: https://doi.org/10.…",
# "A Corrigendum on this article has been published: …", "The Retraction Note for this article is
# available at https://doi.org/…"
# the linked record's DOI after a notice, with or without a resolver prefix
_NOTICE_DOI = r"(?:(?:https?://\s*)?(?:dx\.)?doi\.org/\s*|\bdoi:?\s*)(?P<doi>10\.\d{4,9}/\S+)"
TEXT_NOTICE_RE = re.compile(
    r"\b(?P<what>(?:An?\s+)?(?:Author\s+)?(?P<type>Corrigendum|Correction|Erratum|Retraction(?:\s+Note)?|Expression\s+of\s+Concern)"
    r"\s+(?:on|to|for)\s+this\s+(?:paper|article)(?:\s+(?:has\s+been\s+published|is\s+available|was\s+published(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}))?)"
    r"|(?=:\s*(?:(?:https?://\s*)?(?:dx\.)?doi\.org/|doi:?\s*)10\.))"   # (or the record's DOI right after a colon: "Correction to this article: https://doi.org/…")
    r"(?:\s+(?:at|online)){0,2})"
    r"[:.]?\s*(?:" + _NOTICE_DOI + ")?", re.I)
# an update's own banner: "This article updates the primary analysis of the trial published in Haematologica 2021
# (doi:10.…)": the record it updates
UPDATES_RE = re.compile(r"\b(?P<what>This\s+(?:article|report|paper|analysis|study)\s+(?P<type>updates)\s+[^().]{0,200}?)"
                        r"\(?(?:[^()]{0,80}?;\s*)?" + _NOTICE_DOI, re.I)   # (or "(Blood 2023;141:1200; doi: 10.…)")
# JAMA's "Correction: This article was corrected on March 3, 2025, to fix … (doi:10.…)"
CORRECTED_RE = re.compile(r"\b(?P<what>(?P<type>Correction):\s+This\s+article\s+was\s+corrected\s+on\b[^()]{0,200}?)"
                          r"\((?:[^()]{0,80}?;\s*)?doi:?\s*(?P<doi>10\.\d{4,9}/[^\s)]+)", re.I)   # (or "(Clin Cancer Res 2025;31:3120; doi: 10.…)")
# JCO's "This article was corrected on July 2, 2025 (Correction: J Clin Oncol 43:2870, 2025; DOI 10.…)"
CORRECTED_ON_RE = re.compile(r"\bThis\s+article\s+was\s+corrected\s+on\b[^()]{0,40}\((?P<what>(?P<type>Correction|Erratum|Corrigendum):"
                             r"\s+[^()]{0,120}?;\s*doi:?\s*(?P<doi>10\.\d{4,9}/[^\s)]+))", re.I)
# BMJ's end matter "Correction notice This article has been corrected since it was first published. …" (or "since it
# was published Online First"): a correction with no linked id
CORRECTION_NOTICE_RE = re.compile(r"\b(?P<what>(?P<type>Correction)\s+notice:?\s+This\s+(?:article|paper)\s+has\s+been\s+corrected"
                                  r"\s+since\s+it\s+was\s+(?:first\s+)?published(?:\s+online(?:\s+first)?)?)(?P<doi>)", re.I)
# a letter's "Comment on: Okafor N, … Lancet Haematol 2025; 12: e214-25 (doi:10.…)": the article it comments on
COMMENT_ON_RE = re.compile(r"^(?P<what>(?P<type>Comment)\s+on:\s+[^\n]{0,300}(?:\n[^\n]{0,300}){0,2}?)"
                           r"\(?\s*" + _NOTICE_DOI, re.I | re.M)
_TEXT_NOTICE_TYPES = {"correction": "erratum", "corrigendum": "erratum", "erratum": "erratum",
                      "retraction": "retraction", "expression": "expression_of_concern"}


# ... and the banners that point to a related record by name, with its DOI in the same sentence:
# "See the related Commentary by A and B on page 3098 (doi:10.…)", "See the Erratum at
# https://doi.org/10.…", a Lancet margin's "See Online/Comment https://doi.org/10.…" (SEE_NOTICE_RE)
SEE_NOTICE_RE = gate.compile(
    r"\b(?P<what>(?:see|read)\s+(?:also\s+)?(?:the\s+)?(?:Online\s*/\s*)?(?:related\s+|accompanying\s+|linked\s+)?"
    r"(?P<type>Erratum|Correction|Corrigendum|Retraction(?:\s+Note)?|Expression\s+of\s+Concern|"
    r"Commentary|Comment|Editorial)\b(?:[^.\n]|\.(?!\s)|(?<=(?<![A-Za-z])[A-Z])\.\s|\n(?=https?://|doi)){0,120}?)"   # (an initial's "M. A. Ortega")
    + _NOTICE_DOI, re.I)
# ... and a Lancet margin note that names the related Comment by its page only ("See Comment page
# e178"): a comment with no id
SEE_PAGE_RE = gate.compile(r"\b(?P<what>See\s+(?:the\s+)?(?:related\s+)?(?P<type>Comment|Commentary|Editorial)\s+"
                           r"(?:on\s+)?pages?\s+e?\d+(?:\s*[-\u2013]\s*e?\d+)?)(?P<doi>)", re.A)
_SEE_NOTICE_TYPES = dict(_TEXT_NOTICE_TYPES, commentary="comment",
                         comment="comment", editorial="comment", updates="update")


def text_notices(text: str) -> list[Notice]:
    """Notices an article's own text announces (TEXT_NOTICE_RE, CORRECTED_RE, CORRECTED_ON_RE, CORRECTION_NOTICE_RE,
    COMMENT_ON_RE, SEE_NOTICE_RE and SEE_PAGE_RE),
    in text order, one per linked DOI."""
    found: list[tuple[int, Notice]] = []
    for regex, types, gate in ((TEXT_NOTICE_RE, _TEXT_NOTICE_TYPES, "this"),
                               (CORRECTED_RE, _TEXT_NOTICE_TYPES, "corrected"),
                               (CORRECTED_ON_RE, _TEXT_NOTICE_TYPES, "corrected on"),
                               (CORRECTION_NOTICE_RE, _TEXT_NOTICE_TYPES, "has been corrected"),
                               (COMMENT_ON_RE, _SEE_NOTICE_TYPES, "Comment on"),
                               (UPDATES_RE, _SEE_NOTICE_TYPES, " updates "),
                               (SEE_NOTICE_RE, _SEE_NOTICE_TYPES, "doi"),
                               (SEE_PAGE_RE, _SEE_NOTICE_TYPES, "See ")):
        if gate not in text:
            continue
        for m in regex.finditer(text):
            doi = clean_doi(m.group("doi"))
            if any(start == m.start() or (doi and n.doi == doi) for start, n in found) \
                    or (not doi and regex is SEE_PAGE_RE and any(n.type == "comment" for _, n in found)):
                continue
            found.append((m.start(), Notice(type=types[m.group("type").split()[0].lower()], doi=doi,
                                            text=" ".join(m.group("what").split()).rstrip(" (:"),
                                            relation="of" if regex is COMMENT_ON_RE or regex is UPDATES_RE else "in")))
    return [n for _, n in sorted(found, key=lambda f: f[0])]


# PubMed's section names / MEDLINE tags for linked records → (notice type, relation).
# relation "in": the other record is about this one (Erratum in); "of": this one is about it.
NOTICE_SECTIONS = {
    "erratum in": ("erratum", "in"), "erratum for": ("erratum", "of"),
    "correction in": ("erratum", "in"), "correction for": ("erratum", "of"),
    "retraction in": ("retraction", "in"), "retraction of": ("retraction", "of"),
    "retracted and republished in": ("retraction", "in"),
    "expression of concern in": ("expression_of_concern", "in"),
    "expression of concern for": ("expression_of_concern", "of"),
    "comment in": ("comment", "in"), "comment on": ("comment", "of"),
    "update in": ("update", "in"), "update of": ("update", "of"),
    "republished in": ("update", "in"), "republished from": ("update", "of"),
}
MEDLINE_NOTICE_TAGS = {
    "EIN": ("erratum", "in"), "EFR": ("erratum", "of"),
    "RIN": ("retraction", "in"), "ROF": ("retraction", "of"),
    "RRI": ("retraction", "in"), "RRF": ("retraction", "of"),
    "ECI": ("expression_of_concern", "in"), "ECF": ("expression_of_concern", "of"),
    "CIN": ("comment", "in"), "CON": ("comment", "of"),
    "UIN": ("update", "in"), "UOF": ("update", "of"),
    "RPI": ("update", "in"), "RPF": ("update", "of"),
}
XML_NOTICE_REFTYPES = {
    "ErratumIn": ("erratum", "in"), "ErratumFor": ("erratum", "of"),
    "RetractionIn": ("retraction", "in"), "RetractionOf": ("retraction", "of"),
    "RetractedandRepublishedIn": ("retraction", "in"), "RetractedandRepublishedFrom": ("retraction", "of"),
    "ExpressionOfConcernIn": ("expression_of_concern", "in"),
    "ExpressionOfConcernFor": ("expression_of_concern", "of"),
    "CommentIn": ("comment", "in"), "CommentOn": ("comment", "of"),
    "UpdateIn": ("update", "in"), "UpdateOf": ("update", "of"),
    "RepublishedIn": ("update", "in"), "RepublishedFrom": ("update", "of"),
}


def clean_doi(s: str | None) -> str | None:
    """A DOI lower-cased, without resolver prefix or trailing punctuation."""
    if not s:
        return None
    m = DOI_RE.search(s)
    if not m:
        return None
    doi = m.group(1).rstrip(".,;)")
    # keep balanced parentheses: 10.1016/S2352-3026(24)00880-6 ends in a digit, not ")"
    while doi.count("(") < doi.count(")") and doi.endswith(")"):
        doi = doi[:-1]
    if doi.count("(") > doi.count(")") and m.group(1)[len(doi):].startswith(")"):
        doi += ")"
    return doi.lower()


def clean_title(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", " ", s).strip().strip("#* ").strip()
    s = re.sub(r"^\[(.*)\]$", r"\1", s)
    return s[:-1] if s.endswith(".") else s or None


# a table typed in plain text, its columns aligned with spaces ("CR/CRi, day 28      0           2 (33.3)     4 (66.7)"): a cell
# gap is a run of three or more spaces; at least three lines with the same number of cells (a header's indent is its empty first
# cell), each column's cells starting (or ending: numbers set flush right) at one place, are a table. (Prose with wide gaps after
# its sentences does not line up.)
_GAP = re.compile(r" {3,}")
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")


def _aligned(rows: list[list[re.Match]], first: int = 1) -> bool:
    """Whether each column of ``rows`` from ``first`` on has its cells starting, or ending, at one place (±1)."""
    return all(max(r[c].start() for r in rows) - min(r[c].start() for r in rows) <= 1
               or max(r[c].end() for r in rows) - min(r[c].end() for r in rows) <= 1 for c in range(first, len(rows[-1])))


def tabbed_tables(text: str) -> str:
    """``text`` with each table typed in space-aligned columns set as the PDF reader sets a table: cells joined by tabs, a
    header's empty first cell a leading tab. Everything else is left as it is."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    cells = [list(_CELL.finditer(ln)) if _GAP.search(ln.strip()) else [] for ln in lines]
    width = [len(c) + (1 if c and c[0].start() >= 3 else 0) for c in cells]   # (a header's indent: its empty first cell)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and width[j] >= 2 and width[j] == width[i]:
            j += 1
        rows = [cells[k] for k in range(i, j) if len(cells[k]) == width[i]]
        if j - i >= 3 and len(rows) >= 2 and _aligned(rows) and all(
                _aligned([rows[0][1:], cells[k]], 0) for k in range(i, j) if len(cells[k]) < width[i]):
            for k in range(i, j):
                lines[k] = ("\t" if len(cells[k]) < width[i] else "") + "\t".join(m.group() for m in cells[k])
        i = max(j, i + 1)
    return "\n".join(lines)
