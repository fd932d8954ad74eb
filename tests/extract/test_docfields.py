"""Document fields read from text: registry ids, targets, study type."""
import pytest

from extract.docfields import study_type, targets, trial_ids
from extract.document import Document


def doc(text, **meta):
    return Document(path="x.txt", format="text", sha256="0", text=text, meta=meta)


def first_abstract_read(text):
    """An abstract-book page's record: its study type and the (endpoint, value or percent) of each measurement read."""
    from extract import extract_document
    rec = extract_document(doc(text))
    return rec.study_type, sorted((m.endpoint, m.fields.get("value") or m.fields.get("percent")) for m in rec.measurements)


@pytest.mark.parametrize("text,ids", [
    ("registered at ClinicalTrials.gov (NCT04572308 and NCT04916860).", ["NCT04572308", "NCT04916860"]),
    ("Trial registration: nct 04572308; again NCT04572308.", ["NCT04572308"]),
    ("Chinese Clinical Trial Registry, ChiCTR2000032211.", ["ChiCTR2000032211"]),
    ("registered as ChiCTR-OIC-17011910", ["ChiCTR-OIC-17011910"]),
    ("EudraCT 2021-880006-31 and ISRCTN12345678", ["2021-880006-31", "ISRCTN12345678"]),
    ("ACTRN12618001234567; DRKS00012345; UMIN000012345; jRCT2033200101", [
        "ACTRN12618001234567", "DRKS00012345", "UMIN000012345", "jRCT2033200101"]),
    ("CTRI/2021/05/033504", ["CTRI/2021/05/033504"]),
    ("PROSPERO (CRD42024880404); DOI 10.1002/ajh.27094; on 2021-10-12", []),
    ("phone 2021-123456-789 is not an id", []),
])
def test_trial_ids(text, ids):
    assert trial_ids(doc(text)) == ids


def test_trial_ids_outside_excluded_sections_and_from_metadata():
    text = "Our trial NCT00000001.\nSimilar articles\nOther NCT00000002."
    d = Document(path="x", format="text", sha256="0", text=text,
                 meta={"trial_ids_meta": ["ClinicalTrials.gov/NCT00000003"]},
                 exclude=((text.index("Similar"), len(text)),))
    assert trial_ids(d) == ["NCT00000001", "NCT00000003"]


@pytest.mark.parametrize("text,expected", [
    ("patients received CD7 CAR-T cells", ["CD7"]),
    ("naturally selected anti-CD7 CAR (NS7CAR) T cells", ["CD7"]),
    ("CD7-targeted chimeric antigen receptor-T cell therapy", ["CD7"]),
    ("Bispecific CD19/CD22 CAR-T cells", ["CD19", "CD22"]),
    ("tandem CD19 and CD22 CAR T cells", ["CD19", "CD22"]),
    ("BCMA-directed CAR-T", ["BCMA"]),
    ("CD7 expression was 97% on blasts; no CAR therapy", []),
    # names far into a long text, several CAR words, a "car" inside another word
    ("Cardiac events were rare. " * 20 + "After CD19 CAR-T CAR failure, BCMA-targeted (CAR) T cells, then anti-CD5 "
     "chimeric antigen receptor T cells, were given", ["CD19", "BCMA", "CD5"]),
])
def test_targets(text, expected):
    assert targets(doc(text)) == expected


@pytest.mark.parametrize("text,meta,kind", [
    ("We searched PubMed. Pooled CR rate was 85%. A meta-analysis of 14 studies.", {}, "meta-analysis"),
    ("x", {"publication_types": ["Meta-Analysis", "Systematic Review"]}, "meta-analysis"),
    ("x", {"publication_types": ["Review"]}, "review"),
    ("We report a case of a 12-year-old boy treated with CD7 CAR-T.", {}, "case-report"),
    ("x", {"publication_types": ["Case Reports"]}, "case-report"),
    ("In NSG mice engrafted with CCRF-CEM, CAR-T cells induced remission in 8 of 10 mice; in vitro lysis was 85%.",
     {}, "preclinical"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.", {}, "clinical-trial"),
    # a percent with its decimal point between the patients and their verb ("19 patients (70.4%) achieved CR/CRi")
    ("Methods: 27 AML patients were analyzed. Results: On day 28, 19 patients (70.4%) achieved CR/CRi.", {}, "clinical-trial"),
    # animal models in a report's background do not make it preclinical when it counts treated patients
    ("CAR T cells eradicated lymphoma in xenograft models, with clearance in 10/10 mice. We report the first patients "
     "of a dose-escalation study: twelve patients were enrolled and eleven received CAR T cells.", {}, "clinical-trial"),
    ("x", {"publication_types": ["Clinical Trial, Phase I", "Journal Article"]}, "clinical-trial"),
    # "in vivo CAR T-cell generation" is a therapy given to patients ("19 pts had been dosed"), not an animal model
    ("FIRST-IN-HUMAN IN VIVO GENERATION OF CD20 CAR T CELLS. Aims: to assess in vivo CAR T-cell generation. "
     "Results: 19 pts had been dosed (DL1 n=3, DL2 n=6, DL3 n=10).", {}, "clinical-trial"),
    ("In vivo, the CAR T cells cleared leukemia in NSG mice; in vitro lysis was 85%.", {}, "preclinical"),
    # an editorial (or a bare comment) on a trial restates its numbers: no report of its own
    ("In this issue, the investigators report an ORR of 88.7% in 97 patients treated with BCMA CAR T cells.",
     {"publication_types": ["Editorial", "Comment"]}, "other"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.", {"publication_types": ["Comment", "Journal Article"]}, "other"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.", {"publication_types": ["Letter", "Comment"]}, "clinical-trial"),
    # a letter titled as a reply answers a comment on the authors' report and restates it (b143-08)
    ("In our phase 1 study, 9 of 12 patients responded, and grade 3 CRS occurred in one patient, as previously reported.",
     {"publication_types": ["Letter", "Comment"], "title": "Reply to: CD4-directed CAR-T cells and the risk of iatrogenic immunodeficiency"},
     "other"),
    ("We thank Dr. Ruiz for the comment. Twenty patients were enrolled and 18 were infused; CR was 90%.",
     {"publication_types": ["Letter", "Comment"], "title": "Authors' reply"}, "other"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.",
     {"publication_types": ["Letter", "Comment"], "title": "In reply: long-term outcomes of CD7 CAR-T"}, "other"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.",
     {"publication_types": ["Letter", "Comment"], "title": "Response rates after CD7 CAR-T in T-ALL"}, "clinical-trial"),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.",
     {"publication_types": ["Letter"], "title": "Reply to: CD7 CAR-T in T-ALL"}, "clinical-trial"),
    # the authors' own patients with the verb first, in a letter (blind81): "we treated ten patients with …"
    ("Because CD7 is expressed on most ENKTL cells, we treated ten patients with relapsed/refractory ENKTL with CD7 CAR-T "
     "cells. At 3 months, 7 patients responded (ORR 70%).", {"publication_types": ["Letter"]}, "clinical-trial"),
    ("We have infused 14 children with CD19 CAR T cells; 12 responded.", {}, "clinical-trial"),
    ("CD7 CAR T cells were tested in vitro; we treated the cells with a PROTAC before lysis assays.", {}, "preclinical"),
    # a text that calls itself a review is one, though it quotes other trials' patients and rates (blind114)
    ("Across early-phase studies, 18 of 20 patients (90.0%) achieved CR. This review summarizes the strategies used "
     "to overcome fratricide.", {}, "review"),
    ("In phase 1 trials, CR rates were 80% to 95%. In this narrative review, we discuss donor-derived products.", {}, "review"),
    ("CD7 CAR-T cells induced CR in 90% of patients in a phase 1 trial. Here, we review the clinical development of "
     "CD7-directed CAR-T cells.", {}, "review"),
    ("Twenty patients were enrolled and 18 were infused; we reviewed their charts. CR was 90%.", {}, "clinical-trial"),
])
def test_study_type(text, meta, kind):
    assert study_type(doc(text, **meta)) == kind


# "we report/describe/present …": a case (a N-year-old, a patient, a boy, the case of) is a
# case report; a study, trial, cohort, series, phase, results, experience … is not
@pytest.mark.parametrize("text", [
    "We report a 12-year-old boy with relapsed T-ALL who received CD7 CAR-T cells.",
    "Here we describe the case of a woman with T-LBL treated with CD7 CAR-T.",
    "We present a 45-year-old man with refractory T-ALL.",
    "We report a twelve-year-old girl who achieved MRD-negative CR.",
    "We describe a patient who developed grade 4 ICANS after CD7 CAR-T.",
    "We present an unusual case of CD7-negative relapse after CAR-T.",
    "We report a heavily pretreated adolescent with T-LBL.",
    "We report here a rare case of T-ALL; two prior patients were treated elsewhere.",
    "Case report: a boy with T-ALL received CD7 CAR-T cells.",
    "We report a novel complication of CD7 CAR-T therapy.",  # weak cue, no patient counts
])
def test_study_type_case_report_family(text):
    assert study_type(doc(text)) == "case-report"


@pytest.mark.parametrize("text", [
    "We report a prospective study (ChiCTR2499000202) of donor-derived CD7 CAR-T cells. "
    "Thirty-one patients were enrolled and 26 received a single infusion.",
    "We report the results of a phase 1 trial of CD7 CAR-T cells; CR was 90%.",
    "We present a multicenter retrospective cohort of CD7 CAR-T recipients.",
    "We report a series of 14 patients treated with CD7 CAR-T cells.",
    "We describe a case series of 5 patients who received CD7 CAR-T cells.",
    "We report our experience with CD7 CAR-T in T-ALL.",
    "We present the results of a first-in-human phase 1/2 study of CD7 CAR-T.",
    "We report a phase 2 trial in which 20 patients were infused.",
    "We report a 12-patient cohort treated with CD7 CAR-T.",
    "We present a patient-level pooled analysis of CD7 CAR-T trials.",
    # a weak "we report a …" cue does not outweigh several enrolled or treated patients
    "We report a novel CD7 CAR-T product. Thirty-one patients were enrolled and 26 received it.",
    "We describe an autologous CD7 CAR-T. In total, 12 patients received the product.",
    # a trial's "case report form" is no case report
    "Data were collected retrospectively in a common electronic case report form; 171 patients were infused.",
])
def test_study_type_studies_are_not_case_reports(text):
    assert study_type(doc(text)) != "case-report"
    assert study_type(doc(text, title="CD7 CAR-T for T-ALL")) != "case-report"


@pytest.mark.parametrize("text, meta, kind", [
    # a trial's protocol or a trial-in-progress abstract: a clinical trial with no results of its own
    ("Randomised 1:1. Assuming a 2-year EFS of 40% vs 60%, 132 patients give 80% power. Patients will be randomised.",
     {"publication_types": ["Clinical Trial Protocol", "Journal Article"]}, "clinical-trial"),
    ("Secondary outcomes include OS. CR was 85%-95% in earlier studies.",
     {"title": "CAR-T then transplant versus surveillance (CONSOLID-7): protocol for a multicentre, randomised controlled trial"},
     "clinical-trial"),
    ("704. CELLULAR IMMUNOTHERAPIES | TRIALS IN PROGRESS\n\nBackground: in preclinical models it eradicated T-ALL xenografts "
     "in 10/10 mice. Methods: part A will test flat doses of 1 × 10^8 and 3 × 10^8 cells in up to 18 patients.", {}, "clinical-trial"),
    # an economic evaluation: its rates are a model's inputs
    ("Efficacy was taken from the pivotal trial, in which 55 patients were infused and 70.9% achieved CR/CRi.",
     {"title": "Cost-effectiveness of brexucabtagene autoleucel in the United Kingdom: a partitioned survival analysis"}, "other"),
    ("We built a partitioned survival model; 55 patients were infused in the pivotal trial. Brexu-cel generated 5.21 "
     "quality-adjusted life-years (QALYs), giving an incremental cost-effectiveness ratio (ICER) of £63,700.", {}, "other"),
    ("A cost-utility analysis from the US payer perspective: tisa-cel yielded 2.1 QALYs, ICER $92,000 per QALY.",
     {"title": "Tisagenlecleucel for pediatric B-ALL: an economic evaluation"}, "other"),
])
def test_design_only_and_economic_documents(text, meta, kind):
    from extract import extract_document
    d = doc(text, **meta)
    assert study_type(d) == kind
    assert extract_document(d).measurements == ()


@pytest.mark.parametrize("text, meta", [
    # a report that follows its protocol, or names a planned trial, is no protocol
    ("Twenty patients were treated per the study protocol; CR was 90%.", {}),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%. A phase 2 trial is in progress.", {}),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.", {"title": "A uniform lymphodepletion protocol before CD7 CAR-T"}),
])
def test_reports_are_not_design_only(text, meta):
    from extract import extract_document
    assert extract_document(doc(text, **meta)).measurements != ()


def test_editorial_has_no_measurements():
    from extract import extract_document
    rec = extract_document(doc("In this issue, Smith et al report a CR rate of 90% and CRS in 80% of patients.",
                               publication_types=["Editorial"]))
    assert rec.study_type == "other" and rec.measurements == ()


@pytest.mark.parametrize("head", ["NEWS & VIEWS\tNATURE REVIEWS CLINICAL ONCOLOGY | VOLUME 22 | MARCH 2025 | 188",
                                  "News and Views", "NEWS AND VIEWS"])
def test_news_and_views_pdf_is_a_comment(head):
    # a journal's comment section in an article PDF's head line (blind124): it quotes the trial it comments on and a
    # meta-analysis's pooled estimate, no report of its own
    from extract import extract_document
    text = (head + "\nFratricide-resistant CD7 CAR-T cells\nOf the 34 patients who received the product, 31 achieved "
            "complete remission by day 28; the pooled estimate of 87% (95% CI 81–92%) from a recent meta-analysis …")
    rec = extract_document(Document(path="x.pdf", format="pdf", sha256="0", text=text, meta={}))
    assert rec.study_type == "other" and rec.measurements == ()


def test_abstract_book_page_reads_its_first_abstract():
    # an EHA abstract book's page: the results abstract, then a trial in progress and a mouse study (blind124)
    text = ("EHA2025 Congress | Abstract Book\nP1412 ANCHOR-G: A PHASE 1 STUDY OF AN AUTOLOGOUS\nGPRC5D CAR T\n"
            "Results: 31 patients were enrolled and 28 were infused. The ORR was 89.3% (25/28).\n"
            "P1413 DUAL-5: TRIAL IN PROGRESS OF A BICISTRONIC\nGPRC5D/BCMA CAR T\nMethods: This phase 2 study plans to "
            "enroll 40 patients; assuming an ORR of 70% versus a historical 50%, the study has 80% power.\n"
            "P1414 IL-18-ARMORED GPRC5D CAR T CELLS OVERCOME\nSUPPRESSION\nResults: CAR T cells eradicated tumours in 5 of "
            "5 NSG mice, versus 1 of 5 with the unarmored construct (P = .02).")
    assert first_abstract_read(text) == ("clinical-trial", [
        ("overall_response", 89.3), ("patients_enrolled", 31), ("patients_treated", 28)])


@pytest.mark.parametrize("head, tip", [("S247", "P1310"), ("S215:", "PB2310"), ("LBA12", "P1413")])
def test_abstract_book_number_alone_on_its_line(head, tip):
    # the abstract's number on a line of its own above its title in capitals (blind142): the trial in progress below is
    # another abstract, and the first one's results are read
    text = (f"EHA2025 CONGRESS | ABSTRACT BOOK\n{head}\nCD19/CD22 BISPECIFIC CAR-T CELLS IN\nCHILDREN WITH B-ALL\n"
            "Results: 41 patients were infused. CR/CRi at day 28 was achieved in 39/41 (95.1%).\n"
            f"{tip}\nA PHASE 1B/2 STUDY OF CD19/CD22 CAR-T\nCELLS IN LBCL: TRIAL IN PROGRESS\nMethods: assuming a CR rate of "
            "40% versus a historical 20%, 48 patients provide 80% power.")
    assert first_abstract_read(text) == ("clinical-trial", [
        ("complete_remission", 95.1), ("patients_treated", 41)])


@pytest.mark.parametrize("tip_title", ["ALLOGENEIC CD70 CAR-T CELLS (ALLO70) WITH AZACITIDINE IN",
                                       "(ALLO-19) UNIVERSAL CD19 CAR-T CELLS IN ADULTS WITH",
                                       "A PHASE 1 STUDY OF BCMA CAR-T (CT-103A) AFTER"])
def test_abstract_book_title_word_in_parentheses(tip_title):
    # a numbered title in capitals may hold a word opening with a parenthesis (blind150): the trial in progress below the
    # results abstract is still another abstract, and the first one's results are read
    text = ("HemaSphere | 2026;10(S2)\tEHA2026 Congress | Abstract Book\nP1187\nCD70-DIRECTED CAR-T CELLS IN RELAPSED OR\n"
            "REFRACTORY AML\nResults: 18 patients were enrolled and 16 were infused. The ORR was 62.5% (10/16).\n"
            f"PB2290\n{tip_title}\nHIGHER-RISK MDS: A PHASE 1B TRIAL IN\nPROGRESS\nMethods: With 24 patients, the expansion cohort "
            "has 80% power to detect an ORR of 45% versus 20%.\nSummary/Conclusion: Trial in progress.")
    assert first_abstract_read(text) == ("clinical-trial", [
        ("overall_response", 62.5), ("patients_enrolled", 18), ("patients_treated", 16)])


def test_ebmt_abstract_page_poster_numbers_over_sentence_case_titles():
    # a Bone Marrow Transplantation EBMT page (b236-04): "P512" over a title in sentence case, its results, "P513" over a
    # second results abstract, then "P514", a trial in progress: the two results abstracts are read, the third is not
    text = ("Abstracts\tBone Marrow Transplantation (2026) 61 (Suppl 1)\nPoster Session: CAR-based cellular therapy – clinical\n"
            "P512\nReal-world outcomes of commercial BCMA-directed CAR-T cells in\nrelapsed/refractory multiple myeloma\n"
            "Results: Of 118 patients who underwent leukapheresis, 104 were infused. The ORR was 89.4%.\n"
            "P513\nA fully human BCMA CAR-T product in myeloma with\nextramedullary disease: results of a phase 2 study\n"
            "Results: Thirty-one patients were treated. At month 3, the overall response rate was 83.9% (26/31).\n"
            "P514\nBCMA-FIRST: a randomised phase 3 trial of BCMA CAR-T cells\nversus standard therapy (trial in progress)\n"
            "Methods: BCMA-FIRST will randomise 240 patients; the study has 80% power to detect a hazard ratio of 0.60.")
    assert first_abstract_read(text) == ("clinical-trial", [
        ("overall_response", 83.9), ("overall_response", 89.4), ("patients_enrolled", 118), ("patients_treated", 31),
        ("patients_treated", 104)])


@pytest.mark.parametrize("text, meta", [
    # a notice about another article (erratum, retraction note, expression of concern): its numbers are the
    # original report's, corrected, quoted or withdrawn; study type other and no measurements
    ("[This corrects the article DOI: 10.5555/x.]. In the original article, the day-28 CR/CRi rate was given as 92.3% "
     "(36/39); the correct value is 89.7% (35/39). Grade ≥3 CRS occurred in 5 patients (12.8%), not 4 patients (10.3%).",
     {"publication_types": ["Published Erratum"]}),
    ("An investigation found that marrow assessments for 11 of the 60 infused patients could not be matched, so the "
     "reported day-28 CR/CRi rate of 95.0% could not be verified.",
     {"publication_types": ["Retraction of Publication"], "title": "Retraction Note: CD19/CD22 CAR T cells in B-ALL"}),
    ("The CR rate was given as 90% (18/20); the correct value is 85% (17/20).", {"title": "Corrigendum: CD7 CAR-T in T-ALL"}),
    ("The CR rate was given as 90% (18/20); the correct value is 85% (17/20).", {"title": "Correction to: CD7 CAR-T in T-ALL"}),
    ("[This retracts the article DOI: 10.5555/y.]. The CR rate of 95% (57/60) could not be verified.", {}),
    ("Concerns were raised about the CR rate of 95% (57/60) reported in 60 patients.",
     {"title": "Expression of Concern: CD19 CAR-T in adults"}),
])
def test_notices_have_no_measurements(text, meta):
    from extract import extract_document
    d = doc(text, **meta)
    assert study_type(d) == "other"
    assert extract_document(d).measurements == ()


@pytest.mark.parametrize("text, meta", [
    # the retracted report itself keeps its results (the retraction is its notice), and so does a title that
    # only starts with the word
    ("Sixty patients were infused; 57 of 60 (95.0%) achieved CR/CRi.",
     {"publication_types": ["Clinical Trial, Phase II", "Journal Article", "Retracted Publication"]}),
    ("Twenty patients were enrolled and 18 were infused; CR was 90%.", {"title": "Correction of cytopenias after CD7 CAR-T"}),
])
def test_retracted_reports_keep_their_measurements(text, meta):
    from extract import extract_document
    assert extract_document(doc(text, **meta)).measurements != ()


@pytest.mark.parametrize("text", [
    # a preclinical paper with a small compassionate-use or first-in-human addendum (two or three patients) and
    # a trial its results only point to ("support a phase 1 trial, which is now enrolling") stays preclinical
    "In NSG mice bearing MM.1S xenografts, BG-CAR cells induced complete remission in 9 of 10 mice by day 35, versus 2 "
    "of 10 mice given BCMA CAR T cells. On a compassionate-use basis, two patients with BCMA-negative relapse received "
    "BG-CAR, and both achieved a stringent complete response. These data support a phase 1 trial (NCT08740443), which "
    "is now enrolling.",
    "CAR T cells cleared leukemia in 8 of 10 NSG mice and prolonged survival of xenografted mice. Three patients treated "
    "on a named-patient basis received the product and all achieved CR. A phase 1 trial is planned.",
    "In xenograft models the cells eradicated tumours in all mice. Two patients received the cells under compassionate "
    "use. These findings warrant evaluation in a clinical trial.",
    "In NSG mice and xenograft models the cells eradicated tumours. We treated two patients on a compassionate-use basis.",
])
def test_preclinical_with_a_small_addendum(text):
    assert study_type(doc(text)) == "preclinical"


@pytest.mark.parametrize("text", [
    # a trial of its own, or more than three patients treated, makes it a clinical report
    "In NSG mice the cells cleared leukemia in 9 of 10 mice. In our phase 1 trial, two patients received the cells and "
    "both achieved CR.",
    "In NSG mice the cells cleared leukemia in 9 of 10 mice and in xenografts. Twelve patients were then treated and "
    "10 achieved CR.",
    # the count after the verb ("we treated eight adults"), a letter's own patients after xenograft work in its introduction
    "CD4 CAR-T cells eradicated lymphoma in xenograft models, in which 90% of mice survived. We treated eight adults with "
    "relapsed T-cell lymphoma in a single-centre pilot study. Six of eight patients responded.",
    "In NSG mice the cells cleared leukemia in 9 of 10 mice and in xenografts. We infused 12 patients, and 10 "
    "achieved CR.",
])
def test_reports_with_animal_work_stay_clinical(text):
    assert study_type(doc(text)) == "clinical-trial"


@pytest.mark.parametrize("text,kind", [
    # a trial report that pools its own cohorts and names another group's meta-analysis: its own design, its results kept
    ("Methods: We enrolled 20 patients with T-ALL in a phase 1 trial. Results: CR was achieved in 18 of 20 (90%). In a "
     "pooled analysis of both cohorts, the 1-year OS was 70%. Conclusions: These results compare favourably with a recent "
     "meta-analysis of CD19 CAR-T.", "clinical-trial"),
    ("Twelve patients received CD7 CAR-T. Pooled estimates from the two sites were similar; a prior meta-analysis of "
     "donor-derived products reported lower CR rates.", "clinical-trial"),
    # the text naming itself a meta-analysis, its search, or the studies it pooled
    ("We conducted a systematic review and meta-analysis of CD7 CAR-T. The pooled CR rate was 85%.", "meta-analysis"),
    ("Embase and PubMed were searched to June 2025. Fourteen studies (512 patients) were included. The pooled "
     "proportion of CR was 0.81 (meta-analysis, random effects).", "meta-analysis"),
    ("In this meta-analysis, the pooled estimate of grade ≥3 CRS was 9%.", "meta-analysis"),
])
def test_a_meta_analysis_is_the_texts_own_design_only_when_it_says_so(text, kind):
    assert study_type(doc(text)) == kind


def test_a_meta_analysis_among_the_references_is_no_cue_of_the_articles_design():
    """A Lancet trial whose Discussion compares with "a pooled analysis of earlier … studies" and whose reference list
    cites "… a meta-analysis" (b184-02): the reference list is excluded, so the trial stays a clinical trial."""
    body = ("Findings Between 2022 and 2024, 58 patients were enrolled and 52 received KX-188. 46 (88%) of 52 responded.\n"
            "Discussion Compared with a median progression-free survival of 12.1 months in a pooled analysis of earlier "
            "BCMA CAR T-cell studies, our median of 19.8 months is longer.\n")
    refs = ("References\n7 Duval C, Ren J. Pooled outcomes of BCMA CAR T-cell therapy: a systematic review and meta-analysis. "
            "Blood Adv 2024; 8: 1120.\n")
    text = body + refs
    doc = Document(path="x.pdf", format="pdf", sha256="0", text=text, meta={}, exclude=((len(body), len(text)),))
    assert study_type(doc) == "clinical-trial"
    assert study_type(Document(path="x.pdf", format="pdf", sha256="0", text=text, meta={})) == "meta-analysis"


def test_meeting_supplement_page_plain_numbers_first_abstract_number_lost():
    # a Tandem Meetings supplement page (b215-04): the first abstract's number under the running head read as a page number,
    # its results, then "232" over a title in title case, a trial in progress, and "233", a mouse study: the first is read
    from extract import extract_document
    intro = ("Introduction: CD70 is expressed on leukemic blasts and leukemia stem cells in most patients with acute myeloid "
             "leukemia but is largely absent from normal hematopoietic stem cells. ") * 8
    text = ("S212\tAbstracts / Transplantation and Cellular Therapy 32 (2026) S1–S460\n"
            "CD70-Knockout CD70-Directed CAR-T Cells in Relapsed/Refractory Acute Myeloid Leukemia\n" + intro +
            "\nResults: 18 patients had been enrolled and 16 were infused. The ORR was 62.5% (10/16).\n"
            "232\nA Phase 1/2 Study of Allogeneic CD70-Targeted CAR-T Cells\n(ALLO-C70) in Advanced Clear Cell Renal Cell Carcinoma:\n"
            "Trial in Progress\nMethods: Phase 2 will treat 36 patients, which provides 80% power to distinguish an ORR of 30% from 10%.\n"
            "233\nDual Knockout of CD70 and TGFBR2 Enhances Persistence of\nCD70 CAR-T Cells\n"
            "Results: complete tumor regression occurred in 5 of 6 mice.")
    assert first_abstract_read(text) == ("clinical-trial", [
        ("overall_response", 62.5), ("patients_enrolled", 18), ("patients_treated", 16)])
    # (a trial in progress heading its page, its number kept, is still design-only)
    tip = text[text.index("232\n"):text.index("233\n")]
    assert extract_document(doc(tip)).measurements == ()
