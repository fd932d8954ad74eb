"""Document-level fields read from the text: trial registry ids, study type, CAR targets."""
from __future__ import annotations

import re

from extract import gate
from extract.document import Document

# Registry ids, one alternative per registry (one pass over the text), each normalised to
# the registry's own spelling by NORMALISE below.
TRIAL_RE = re.compile(
    # the lookahead tests each position's first character before any alternative: ~2x faster
    r"\b(?=(?-i:[NnCcIiAaDdUuJjKk12]))(?:\b(?:NCT\s?-?(?P<nct>\d{8})"
    r"|ChiCTR(?:-?(?P<chi_kind>[A-Z]{2,4})-|[-\s]?)(?P<chi>\d{8,10})"  # ChiCTR2000032211, ChiCTR-OIC-17011910
    r"|ISRCTN\s?(?P<isrctn>\d{8})|ACTRN\s?(?P<actrn>\d{14})|DRKS\s?(?P<drks>\d{8})"
    r"|UMIN\s?(?P<umin>\d{9})|jRCT\s?(?P<jrct>[a-z]?\d{9,10})|CTRI/(?P<ctri>\d{4}/\d{2,3}/\d{6})"
    r"|KCT\s?(?P<kct>\d{7}))\b"
    # EudraCT 2021-000000-31 and EU CT 2022-500000-11-00
    r"|\b(?<!-)(?P<eudract>(?:19|20)\d\d-\d{6}-\d{2}(?:-\d{2})?)(?![\d-]))", re.I)
# every id above has a run of six digits: TRIAL_RE runs only on text that has one (a scan
# that jumps from digit to digit, much cheaper than TRIAL_RE's test at every word start)
SIX_DIGITS = re.compile(r"\d{6}")
PREFIX = {"nct": "NCT", "isrctn": "ISRCTN", "actrn": "ACTRN", "drks": "DRKS", "umin": "UMIN",
          "jrct": "jRCT", "ctri": "CTRI/", "kct": "KCT", "eudract": ""}


def _normalise(m: re.Match) -> str:
    if m.group("chi"):
        kind = m.group("chi_kind")
        return f"ChiCTR-{kind.upper()}-{m.group('chi')}" if kind else "ChiCTR" + m.group("chi")
    name = next(k for k in PREFIX if m.group(k))
    return PREFIX[name] + m.group(name)


# an id the line labels as the study's own registration, kept in the back matter too (a poster's footer after its
# acknowledgements: "Contact: … Registry: NCT08894410")
# (a label with its colon: a reference's "(ClinicalTrials.gov NCT…)" is another trial's)
_OWN_REGISTRY = re.compile(r"\b(?:registry|trial\s+registration|registration)\s*(?:number|no\.?|id)?\s*:\s*$", re.I)


def trial_ids(doc: Document) -> list[str]:
    """Registry ids in order of first mention, de-duplicated, outside excluded sections
    (related articles, reference lists), then ids the container lists (DataBank, SI)."""
    found = [_normalise(m) for m in TRIAL_RE.finditer(doc.text) if not doc.excluded(m.start())
             or _OWN_REGISTRY.search(doc.text, max(doc.text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start())] \
        if SIX_DIGITS.search(doc.text) else []
    for extra in doc.meta.get("trial_ids_meta") or []:
        found += [_normalise(m) for m in TRIAL_RE.finditer(extra)]
    out: list[str] = []
    seen: set[str] = set()
    for tid in found:
        if tid.upper() not in seen:
            seen.add(tid.upper())
            out.append(tid)
    return out


TARGET_RE = re.compile(
    r"\b(?=(?-i:[AaCcBbGgHhMmTtSsNn]))(?:anti-?)?((?:CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1|GD2|HER2|Mesothelin|CLDN18\.2|GPC3|"
    r"TRBC1|TRBC2|SLAMF7|CS1|NKG2D)(?:\s*(?:/|and|or|×|x|-)\s*(?:CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1))*)"
    r"(?:[\s-]+(?:targeted|targeting|directed|specific|redirected|knockout|negative|positive|"
    r"edited|based|bispecific|dual|tandem|CAR-?T?|chimeric))*[\s-]*(?=CAR|chimeric|\(CAR|-CAR)",
    re.I)
TARGET_NAME_RE = re.compile(r"CD\d{1,3}[a-z]?|BCMA|GPRC5D|CLL-?1|GD2|HER2|Mesothelin|CLDN18\.2|GPC3|"
                            r"TRBC1|TRBC2|SLAMF7|CS1|NKG2D", re.I)


# a target is named right before "CAR"/"chimeric" (TARGET_RE's lookahead): TARGET_RE runs only on the
# stretch before each such word (found by a C-level substring search), not at every word of the text
_CAR_WORD = re.compile(r"car|chimeric")
_TARGET_REACH = 100   # longer than any real TARGET_RE match (names joined by "/", a few qualifiers)


def _target_matches(text: str):
    low = text.lower()
    if "car" not in low and "chimeric" not in low:
        return
    end = -1
    for w in _CAR_WORD.finditer(low):
        if w.start() <= end:
            continue
        lo, end = max(0, w.start() - _TARGET_REACH, end), w.end()
        yield from TARGET_RE.finditer(text, lo, end)


def targets(doc: Document) -> list[str]:
    """Antigens named as the CAR's target ("CD7 CAR-T", "anti-CD7 CAR", "CD19/CD22 CAR-T",
    "CD7-targeted chimeric antigen receptor"), in order of first mention."""
    a, b = doc.body_range
    title = doc.meta.get("title") or ""
    out: list[str] = []
    for text in (title, doc.text[a:b]):
        for m in _target_matches(text):
            for name in TARGET_NAME_RE.findall(m.group(1)):
                name = name.upper() if name.lower() != "mesothelin" else "Mesothelin"
                if name not in out:
                    out.append(name)
    return out


# the cues below run on lower-cased text, the rare ones only when a substring test passes
# (those that start with \b are gate.compile'd: a first-character lookahead in front, the same matches found up to
# 2.5x faster over a whole text; with REVIEW_SELF_RE behind its word, study_type costs ~0.09 ms per abstract, was 0.14)
PRECLINICAL_WORDS = ("mice", "murine model", "mouse model", "xenograft", "nsg", "in vitro", "in vivo")
# ("in vivo CAR T-cell generation" is a therapy given to patients, not an animal experiment)
PRECLINICAL_RE = gate.compile(r"\b(mice|murine model|mouse model|xenograft|nsg|in vitro|"
                              r"in vivo(?![\s-]+(?:(?:cd\d+[\s-]+)?car\b|generat|engineer|transduc|reprogram|delivered\s+car)))\b")
POOLED_RE = gate.compile(r"\bpooled (?:analysis|estimates?|proportions?|\w+ rates?)\b")
# the text naming itself a meta-analysis, its search or the studies it pooled: "We conducted a systematic review and
# meta-analysis", "this meta-analysis", "PubMed and Embase were searched", "Fourteen studies (512 patients) were included". A trial report may name another's meta-analysis
# ("compare favourably with a recent meta-analysis") beside a pooled analysis of its own cohorts: no design of its own
META_SELF_RE = gate.compile(r"\b(?:this|our|the present|the current) (?:[\w-]+ ){0,3}?meta-analys[ie]s\b"
                            r"|\bwe (?:\w+ )?(?:conducted|performed|undertook|carried out|did) an? (?:[\w-]+ ){0,4}?meta-analys[ie]s\b"
                            r"|\bsystematic review and meta-analys|\bwe (?:\w+ )?searched\b|\b(?:were|was) searched\b"
                            r"|\b(?:studies|trials|articles|publications|reports)\b[^.;]{0,60}?\b(?:were|was) (?:included|eligible|pooled)\b")
CASE_WORDS = ("case report", "we report", "we describe", "we present")
# "case report" named (not a trial's "case report form"), or "we report/describe/present a|an|the|our …":
# what follows decides
CASE_RE = gate.compile(r"\bcase report\b(?!\s+forms?\b)|\bwe (?:report|describe|present)(?: here| herein)? "
                       r"(?P<det>an?|the|our) (?P<what>[^.;\n]{0,80})")
# the first of these in the six words after the article: a case ("a 12-year-old boy", "the
# case of", "a patient") or a study ("the results of a phase 1 trial", "a prospective study",
# "a series of 14 patients", "our experience"); neither is a weak cue ("we report a novel …")
CASE_NOUN_RE = re.compile(
    r"\b(?:(?P<case>case(?![\s-]+(?:series|control|-control))|(?<!-)patient(?![-\w])|boy|girl|man|woman|"
    r"child|infant|toddler|adolescent|teenager|gentleman|lady|male|female|[\w]+[- ](?:year|month|week)s?[- ]old)\b"
    r"|(?P<study>stud(?:y|ies)|trials?|cohorts?|series|analys[ie]s|meta-analysis|phase|experience|results?|"
    r"outcomes?|data|findings|update[sd]?|follow-up|registry|review|evaluation|investigation|"
    r"retrospective|prospective|multi-?cent(?:er|re)|single-cent(?:er|re)|multi-?institutional|"
    r"open-label|randomi[sz]ed|first-in-human|pooled|real-world|population)\b)")
# several patients counted as enrolled or treated ("thirty-one patients were enrolled",
# "12 patients received"): a weak "we report a" cue does not make such a text a case report
COUNT = (r"(?P<count>[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
MULTI_PATIENT_RE = re.compile(
    r"\b" + COUNT + r"(?:-\w+)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:patients|participants|subjects|children|adults|pts)\b[^.;]{0,60}?"
    r"\b(?:enrolled|treated|infused|included|received|underwent)\b")
# the text calls itself a review, whatever its running head or title line: "This review summarizes the strategies
# used to overcome fratricide", "In this review, we summarise published clinical experience", "Here we review the
# clinical development of CD7-directed CAR-T cells"
REVIEW_SELF_RE = re.compile(
    r"\b(?:this|the\s+present|the\s+current)\s+(?:[\w-]+\s+)?review\s+(?:summari[sz]es|discusses|describes|focuses|"
    r"highlights|provides|outlines|examines|covers|addresses|considers|explores|appraises|presents)\b"
    r"|\bin\s+this\s+(?:[\w-]+\s+)?review,?\s+we\b|\b(?:here|herein),?\s+we\s+review\b")
# ("long-term update of a prospective multicentre study": a poster's title line, its body all bullets)
TRIAL_WORDS_RE = gate.compile(r"\b(?=[ptcrm])(?:phase (?:1|2|i|ii|1/2|i/ii)|trial|cohort|retrospective|prospective|multicent(?:er|re) study)")
PATIENT_RESULT_RE = gate.compile(
    r"\b(?=[psca])(patients?|participants?|subjects?|children|adults|pts)\b(?:[^.]|\.(?=\d)){0,120}\b(were (?:enrolled|treated|infused|included|dosed)|"
    r"received|achieved|underwent|enrolled|infused|dosed)\b")

# the authors' own patients, the verb first: "we treated ten patients with relapsed/refractory CD7-positive ENKTL" (a letter)
WE_TREATED_RE = gate.compile(r"\bwe (?:have |had )?(?:treated|infused|enrolled|dosed) (?:a total of |all )?(?:\w+ ){0,3}?"
                             r"(?:patients?|participants?|subjects?|children|adults|pts)\b")
# the count in a WE_TREATED_RE match ("we treated eight adults": eight)
COUNT_RE = re.compile(r"\b" + COUNT + r"\b")


def _treated_counts(low: str):
    """The counts of patients the (lower-cased) text says were enrolled or treated, either
    order: "12 patients received", "we treated eight adults"."""
    for m in MULTI_PATIENT_RE.finditer(low):
        yield m.group("count")
    for m in WE_TREATED_RE.finditer(low):
        c = COUNT_RE.search(m.group())
        if c:
            yield c.group("count")


# a trial named only as what the results lead to: "these data support a phase 1 trial", "a phase 1
# trial (NCT…) is now enrolling / planned / underway", "will be tested in a clinical trial"
FUTURE_TRIAL_RE = re.compile(
    r"\b(?:support|warrant|justify|justifie|motivate|enable|inform|pave)[sd]?\b[^.;]{0,80}?\btrials?\b[^.;]*"
    r"|\btrials?\b[^.;]{0,60}?\b(?:is|are|has been|have been)\s+(?:now\s+|currently\s+)?(?:planned|enrolling|recruiting|"
    r"ongoing|underway|under way|open(?:ed)?|initiated|launched|in preparation|being planned)\b"
    r"|\b(?:will|to) be (?:tested|evaluated|assessed|investigated|explored)\b[^.;]{0,60}?\btrials?\b", re.A)
SMALL_COUNTS = ("2", "3", "two", "three")


def _own_trial(low: str) -> bool:
    """Whether the (lower-cased) text names a trial of its own, not only one its results lead to."""
    return "trial" in low and "trial" in FUTURE_TRIAL_RE.sub(" ", low)


def _case_cue(title: str, low: str) -> bool:
    """Whether the (lower-cased) title or text reads as a case report. The first decisive cue
    wins: "case report" named or "we report/describe/present" a case, a N-year-old, a
    patient, a boy … (yes); the same verbs with a study, trial, cohort, series, phase,
    results, experience … (no). A weak "we report a/an …" cue (neither) counts only when the
    text does not count several enrolled or treated patients."""
    weak = False
    for text in (title, low):
        for m in CASE_RE.finditer(text):
            if m.group("det") is None:        # "case report" named
                return True
            noun = CASE_NOUN_RE.search(" ".join(m.group("what").split()[:6]))
            if noun:
                return bool(noun.group("case"))
            weak = weak or m.group("det") in ("a", "an")
    return weak and not MULTI_PATIENT_RE.search(low)


# a notice about another article: an erratum (corrigendum, correction), a retraction note or an
# expression of concern. Its numbers are the original article's (quoted, corrected or withdrawn):
# publication types "Published Erratum", "Retraction of Publication", "Expression of Concern"
# (not "Retracted Publication", the withdrawn report itself), a title that names the notice
# ("Corrigendum: …", "Retraction Note: …", "Notice of retraction", "Correction to …"), or
# PubMed's opener "[This corrects/retracts the article …]"
NOTICE_PT = ("published erratum", "retraction of publication", "expression of concern")
NOTICE_TITLE_RE = re.compile(r"\W?\s*(?:(?:author |publisher )?(?:corrigendum|erratum|correction)(?:\s+notice)?\s*(?::|to\b|for\b|on\b|$)"
                             r"|retraction(?:\s+(?:note|notice|statement))?\s*(?::|to\b|of\b|for\b|$)|notice of retraction\b"
                             r"|(?:editorial )?expression of concern\b)", re.A)
NOTICE_OPENER_RE = re.compile(r"\[this (?:corrects|retracts|article has been retracted)")


def notice(doc: Document) -> bool:
    """An erratum, a retraction note or an expression of concern about another article."""
    pts = [p.lower() for p in doc.meta.get("publication_types") or []]
    if any(p in NOTICE_PT for p in pts):
        return True
    title = (doc.meta.get("title") or "").lower()
    if title and NOTICE_TITLE_RE.match(title):
        return True
    a, b = doc.body_range
    t = doc.text
    return (t.find("[This ", a, b) >= 0 or t.find("[this ", a, b) >= 0) \
        and NOTICE_OPENER_RE.search(t[a:b].lower()) is not None


# a comment section named in an article PDF's head line: "NEWS & VIEWS\tNATURE REVIEWS CLINICAL ONCOLOGY | …", "News and Views"
_COMMENT_HEAD = re.compile(r"^[ \t]*(?:NEWS[ \t]*(?:&|AND)[ \t]*VIEWS|News[ \t]*(?:&|and)[ \t]*Views)\b", re.M | re.A)


# a reply to a letter on the authors' own article: "Reply to: CD4-directed CAR-T cells and …", "Response to Ruiz-Delgado",
# "In reply", "Authors' reply", "Reply"
_REPLY_TITLE = re.compile(r"\W*(?:(?:the\s+)?authors?'?\s+)?(?:reply|response|in\s+reply)\b(?!\s+(?:rates?|assessment|criteria|to\s+(?:CAR|treatment|therapy|infusion)))",
                          re.I | re.A)


def editorial(doc: Document) -> bool:
    """An editorial or a bare comment on another article (publication types "Editorial",
    "Comment" with no report type beside it, or a News & Views piece): its numbers restate the commented-on report's.
    A letter typed "Comment" may report patients of its own; one titled as a reply answers a comment on the authors'
    report and restates it (b143-08's "Reply to: CD4-directed CAR-T cells and …", "Letter | Comment")."""
    pts = [p.lower() for p in doc.meta.get("publication_types") or []]
    return "editorial" in pts or bool(pts) and all(p in ("comment", "journal article") for p in pts) and "comment" in pts \
        or "comment" in pts and "letter" in pts and _REPLY_TITLE.match(doc.meta.get("title") or "") is not None \
        or not pts and doc.format == "pdf" and _COMMENT_HEAD.search(doc.text, 0, 300) is not None


# a document that reports no results of its own: a trial's protocol or a trial-in-progress
# abstract (its design: planned doses, sample size, power), or an economic evaluation (model
# inputs taken from trials, QALYs, ICERs). Its numbers are no patient measurements.
PROTOCOL_TITLE_RE = re.compile(r"\b(?:study|trial) protocol\b|\bprotocol (?:for|of) (?:an?|the) (?:[\w,/-]+\s+){0,8}?(?:trial|study)\b"
                               r"|:\s*(?:a\s+)?(?:study\s+)?protocol\b|\btrials? in progress\b")   # (run on titles with "protocol" or "progress")
TIP_RE = re.compile(r"\btrials? in progress\b", re.I)
ECONOMIC_TITLE_RE = re.compile(r"\bcost[- ](?:effectiveness|utility|benefit|minimi[sz]ation|consequence)\b|\beconomic (?:evaluation|analysis|model)"
                               r"|\bbudget impact\b|\bvalue for money\b")


# an EHA/HemaSphere abstract book's heading line: the abstract's number, then its title in capitals
# ("P1412 ANCHOR-G: A PHASE 1 STUDY OF AN AUTOLOGOUS", "S215 LONG-TERM OUTCOMES OF …", "PB2310 REAL-WORLD …";
# a word may open with a parenthesis: "PB2290\nALLOGENEIC CD70 CAR-T CELLS (ALLO70) WITH AZACITIDINE IN")
_NUMBERED_ABSTRACT_HEAD = re.compile(r"^(?:PB|PF|LBA|P|S)\d{2,5}:?[ \t]+(?![^\n]*\t[^\n]*\t[^\n]*\t)(?=[^\n]*?[A-Z]{2})[A-Z0-9(][A-Z0-9()/:,.'-]*(?:[ \t]+[A-Z0-9(][A-Z0-9()/:,.'-]*){2,}[ \t]*$",
                                     re.M | re.A)
# (a title has a word: a swimmer plot's patient label beside its axis ticks, "P04\t0.75\t0.75\t0.75", is none; nor is a
# per-patient table's row, four cells or more: "P01\t62/M\tDL1\t3\t180\t1\t0\tPD\t1.8", b205-03)
# or the number alone on its line above the title ("S247\nCD19/CD22 BISPECIFIC CAR-T CELLS IN")
_NUMBER_ALONE_HEAD = re.compile(r"^(?:PB|PF|LBA|P|S)\d{2,5}:?[ \t]*\n(?=[^\n]*?[A-Z]{2})[A-Z0-9(][A-Z0-9()/:,.'-]*(?:[ \t]+[A-Z0-9(][A-Z0-9()/:,.'-]*){2,}[ \t]*$",
                                re.M | re.A)

# or a meeting supplement's abstract number alone on its line over a title in title case (Transplantation and Cellular
# Therapy's Tandem Meetings pages: "232\nA Phase 1/2 Study of Allogeneic CD70-Targeted CAR-T Cells", "233\nDual Knockout of
# CD70 and TGFBR2 Enhances Persistence of"; a figure's ticks, "74\n0\nUntreated\t70KO\tDKO", have no such line under them)
# or in sentence case, a poster number before it (Bone Marrow Transplantation's EBMT abstract pages: "P512\nReal-world
# outcomes of commercial BCMA-directed CAR-T cells in", "P514\nBCMA-FIRST: a randomised phase 3 trial of …")
_PLAIN_NUMBER_HEAD = re.compile(r"^(?:PB|PF|LBA|P|S)?\d{2,4}[ \t]*\n(?=[A-Z][^\s]*(?: [^\s]+){3,}[ \t]*$)", re.M | re.A)

# both headings' start after a line break: the second heading of a page has one before it (a search that skips from
# line break to line break, where the headings' "^" is tried at every character; first_abstract_end runs ~3x per
# document, ~0.05 ms per abstract saved)
_HEAD_AFTER_BREAK = re.compile(r"\n(?:PB|PF|LBA|P|S)\d{2}|\n\d{2,4}[ \t]*\n[A-Z]", re.A)


ABSTRACT_BEFORE = 1500   # characters of text before a heading that make a whole abstract (b215-04's first: 2,600)


def first_abstract_end(doc: Document, a: int, b: int) -> int:
    """On an abstract book's page of several numbered abstracts, where the second begins (it is another
    study's: a trial in progress, a mouse study); else ``b``. A number alone on its line begins another
    study only as a trial in progress ("P1310" over "…: TRIAL IN PROGRESS" below the results abstract "S247"):
    a page of such results abstracts is read whole (b132-05's "PF1102", "PF1103", "PF1104")."""
    if _HEAD_AFTER_BREAK.search(doc.text, a, b) is None:
        return b   # (no heading after a line break, so at most one, at the text's start: one abstract)
    named = {m.start() for m in _NUMBERED_ABSTRACT_HEAD.finditer(doc.text, a, b)}
    heads = sorted(named | {m.start() for m in _NUMBER_ALONE_HEAD.finditer(doc.text, a, b)}
                   | {m.start() for m in _PLAIN_NUMBER_HEAD.finditer(doc.text, a, b)})
    # (the first heading, after a whole abstract whose number was read as a page number, begins another study as a trial
    # in progress: "231" under the running head, its results, then "232\nA Phase 1/2 Study … Trial in Progress", b215-04)
    if heads and heads[0] - a > ABSTRACT_BEFORE and TIP_RE.search(doc.text, heads[0], heads[1] if len(heads) > 1 else b):
        return heads[0]
    for h, end in zip(heads[1:], heads[2:] + [b]):
        if h in named or TIP_RE.search(doc.text, h, end):
            return h
    return b


def design_only(doc: Document) -> bool:
    """A protocol or a trial-in-progress abstract: a trial's design, no results yet."""
    pts = " | ".join(doc.meta.get("publication_types") or []).lower()
    title = (doc.meta.get("title") or "").lower()
    if "clinical trial protocol" in pts or ("protocol" in title or "progress" in title) and PROTOCOL_TITLE_RE.search(title):
        return True
    # (an abstract's session line "| TRIALS IN PROGRESS"; substring tests first, no lower-casing of the body)
    a, b = doc.body_range
    b = first_abstract_end(doc, a, b)
    t = doc.text
    return (t.find("ROGRESS", a, b) >= 0 or t.find("rogress", a, b) >= 0) and TIP_RE.search(t, a, b) is not None


def economic(doc: Document) -> bool:
    """A cost-effectiveness or other economic evaluation: its rates are a model's inputs."""
    pts = " | ".join(doc.meta.get("publication_types") or []).lower()
    title = (doc.meta.get("title") or "").lower()
    if ("cost" in title or "econom" in title or "budget" in title or "value" in title) and ECONOMIC_TITLE_RE.search(title) \
            or "economic" in pts:
        return True
    a, b = doc.body_range
    t = doc.text
    return (t.find("QALY", a, b) >= 0 or t.find("uality-adjusted life", a, b) >= 0) \
        and (t.find("ICER", a, b) >= 0 or t.find("ncremental cost", a, b) >= 0)


def _kept(a: int, b: int, exclude) -> list[tuple[int, int]]:
    """The parts of [a, b) outside the ``exclude`` ranges."""
    out = []
    for x, y in sorted(exclude):
        if x > a:
            out.append((a, min(x, b)))
        a = max(a, y)
    return out + [(a, b)] if a < b else out


def study_type(doc: Document) -> str:
    """record.md vocabulary, from publication types first, then title and abstract cues."""
    pts = " | ".join(doc.meta.get("publication_types") or []).lower()
    if editorial(doc) or notice(doc):
        return "other"
    title = (doc.meta.get("title") or "").lower()
    a, b = doc.body_range
    # (the body without its excluded sections: a reference's title, "Pooled outcomes of BCMA CAR T-cell therapy: a
    # meta-analysis", is no cue of the article's own design)
    body = "".join(doc.text[x:y] for x, y in _kept(a, b, doc.exclude))
    low = body.lower()
    if "meta-analysis" in pts or "meta-analysis" in title or "meta-analysis" in low and POOLED_RE.search(low) and META_SELF_RE.search(low):
        return "meta-analysis"
    if "systematic review" in pts or "systematic review" in title:
        return "meta-analysis" if "meta" in low else "review"
    if "case reports" in pts or any(w in title or w in low for w in CASE_WORDS) and _case_cue(title, low):
        return "case-report"
    if economic(doc):
        return "other"
    clinical_pt = "clinical trial" in pts or "clinical study" in pts or "observational study" in pts
    if clinical_pt or design_only(doc):
        return "clinical-trial"
    if pts.strip() in ("review", "review | journal article", "journal article | review") or re.match(r"^review\b", pts) \
            or "review" in low and REVIEW_SELF_RE.search(low):   # (each of its wordings has "review": the search skipped)
        return "review"
    patients = bool(PATIENT_RESULT_RE.search(low)) or ("we " in low and WE_TREATED_RE.search(low) is not None)
    animal = len(PRECLINICAL_RE.findall(low)) if any(w in low for w in PRECLINICAL_WORDS) else 0
    # (animal models named in the background of a report on enrolled or treated patients do not make it preclinical)
    # (a trial the results only point to, "support a phase 1 trial, which is now enrolling", is no trial
    # of this report; two or three patients treated after the animal work are a small addendum)
    if animal and (not patients or animal >= 2 and not _own_trial(low)
                   and all(c in SMALL_COUNTS for c in _treated_counts(low))):
        return "preclinical"
    if patients or TRIAL_WORDS_RE.search(low):
        return "clinical-trial"
    if re.search(r"\breview\b", title):
        return "review"
    return "other"
