"""Document-level fields read from the text: trial registry ids, study type, CAR targets."""
from __future__ import annotations

import re

from extract.document import Document

# registry id patterns, each with a normaliser to the registry's own spelling
TRIAL_PATTERNS = [
    (re.compile(r"\bNCT\s?-?(\d{8})\b", re.I), lambda m: "NCT" + m.group(1)),
    # ChiCTR2000032211, or the older ChiCTR-OIC-17011910
    (re.compile(r"\bChiCTR(?:-?([A-Z]{2,4})-|[-\s]?)(\d{8,10})\b", re.I),
     lambda m: f"ChiCTR-{m.group(1).upper()}-{m.group(2)}" if m.group(1) else "ChiCTR" + m.group(2)),
    (re.compile(r"\bISRCTN\s?(\d{8})\b", re.I), lambda m: "ISRCTN" + m.group(1)),
    (re.compile(r"\bACTRN\s?(\d{14})\b", re.I), lambda m: "ACTRN" + m.group(1)),
    (re.compile(r"\bDRKS\s?(\d{8})\b", re.I), lambda m: "DRKS" + m.group(1)),
    (re.compile(r"\bUMIN\s?(\d{9})\b", re.I), lambda m: "UMIN" + m.group(1)),
    (re.compile(r"\bjRCT\s?([a-z]?\d{9,10})\b", re.I), lambda m: "jRCT" + m.group(1)),
    (re.compile(r"\bCTRI/(\d{4}/\d{2,3}/\d{6})\b", re.I), lambda m: "CTRI/" + m.group(1)),
    (re.compile(r"\bKCT\s?(\d{7})\b", re.I), lambda m: "KCT" + m.group(1)),
    # EudraCT 2021-000000-31 and EU CT 2022-500000-11-00
    (re.compile(r"(?<![\d-])((?:19|20)\d\d-\d{6}-\d{2}(?:-\d{2})?)(?![\d-])"), lambda m: m.group(1)),
]


def trial_ids(doc: Document) -> list[str]:
    """Registry ids in order of first mention, de-duplicated, outside excluded sections
    (related articles, reference lists), plus ids the container lists (DataBank, SI)."""
    found: list[tuple[int, str]] = []
    for rx, norm in TRIAL_PATTERNS:
        for m in rx.finditer(doc.text):
            if not doc.excluded(m.start()):
                found.append((m.start(), norm(m)))
    for extra in doc.meta.get("trial_ids_meta") or []:
        for rx, norm in TRIAL_PATTERNS:
            for m in rx.finditer(extra):
                found.append((len(doc.text) + 1, norm(m)))
    out: list[str] = []
    for _, tid in sorted(found, key=lambda x: x[0]):
        if tid.upper() not in {t.upper() for t in out}:
            out.append(tid)
    return out


TARGET_RE = re.compile(
    r"\b(?:anti-?)?((?:CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1|GD2|HER2|Mesothelin|CLDN18\.2|GPC3|"
    r"TRBC1|TRBC2|SLAMF7|CS1|NKG2D)(?:\s*(?:/|and|or|×|x|-)\s*(?:CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1))*)"
    r"(?:[\s-]+(?:targeted|targeting|directed|specific|redirected|knockout|negative|positive|"
    r"edited|based|bispecific|dual|tandem|CAR-?T?|chimeric))*[\s-]*(?=CAR|chimeric|\(CAR|-CAR)",
    re.I)
TARGET_NAME_RE = re.compile(r"CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1|GD2|HER2|Mesothelin|CLDN18\.2|GPC3|"
                            r"TRBC1|TRBC2|SLAMF7|CS1|NKG2D", re.I)


def targets(doc: Document) -> list[str]:
    """Antigens named as the CAR's target ("CD7 CAR-T", "anti-CD7 CAR", "CD19/CD22 CAR-T",
    "CD7-targeted chimeric antigen receptor"), in order of first mention."""
    a, b = doc.body_range
    title = doc.meta.get("title") or ""
    out: list[str] = []
    for text in (title, doc.text[a:b]):
        for m in TARGET_RE.finditer(text):
            for name in TARGET_NAME_RE.findall(m.group(1)):
                name = name.upper() if name.lower() != "mesothelin" else "Mesothelin"
                if name not in out:
                    out.append(name)
    return out


PRECLINICAL_RE = re.compile(r"\b(mice|murine model|mouse model|xenograft|NSG|in vitro|in vivo)\b", re.I)
PATIENT_RESULT_RE = re.compile(
    r"\b(patients?|participants?|subjects?|children|adults)\b[^.]{0,120}\b(were (?:enrolled|treated|infused|included)|"
    r"received|achieved|underwent|enrolled|infused)\b", re.I)


def study_type(doc: Document) -> str:
    """record.md vocabulary, from publication types first, then title and abstract cues."""
    pts = " | ".join(doc.meta.get("publication_types") or []).lower()
    title = (doc.meta.get("title") or "").lower()
    a, b = doc.body_range
    body = doc.text[a:b]
    low = body.lower()
    if "meta-analysis" in pts or "meta-analysis" in title or re.search(r"\bpooled (?:analysis|estimates?|proportions?|\w+ rates?)\b", low) and "meta-analysis" in low:
        return "meta-analysis"
    if "systematic review" in pts or "systematic review" in title:
        return "meta-analysis" if "meta" in low else "review"
    if "case reports" in pts or re.search(r"\bcase report\b|\bwe (?:report|describe|present) (?:a|an|the case of a)\b", title + " " + low):
        return "case-report"
    clinical_pt = "clinical trial" in pts or "clinical study" in pts or "observational study" in pts
    if clinical_pt:
        return "clinical-trial"
    if pts.strip() in ("review", "review | journal article", "journal article | review") or re.match(r"^review\b", pts):
        return "review"
    patients = bool(PATIENT_RESULT_RE.search(body))
    animal = len(PRECLINICAL_RE.findall(body))
    if animal and (not patients or animal >= 2 and "trial" not in low.replace("trial is planned", "")):
        return "preclinical"
    if patients or re.search(r"\b(phase (?:1|2|i|ii|1/2|i/ii)|trial|cohort|retrospective)", low):
        return "clinical-trial"
    if re.search(r"\breview\b", title):
        return "review"
    return "other"
