"""extract.endpoints: measurements from abstract phrasing in many styles, distractors that are
not measurements, section handling, evidence offsets and rule ids."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extract import extract_document
from extract.document import Document
from extract.endpoints import extract_measurements, iter_sentences, read_text
from extract.nlp import get_nlp, load_rules, rules_hash, split_sentences
from extract.readers import read_path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _matches(found, expected):
    """Every expected (endpoint, fields subset) is found once, and nothing else is."""
    left = list(found)
    for ep, want in expected:
        hit = next((i for i, (e, f) in enumerate(left) if e == ep and all(
            f.get(k) == pytest.approx(v) if isinstance(v, float) else f.get(k) == v for k, v in want.items())), None)
        assert hit is not None, f"missing {ep} {want} in {found}"
        left.pop(hit)
    assert not left, f"unexpected {left}"


RESPONSES = [
    ("The CR rate was 90% (18/20).", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("CR rate was 90%.", [("complete_remission", {"percent": 90})]),
    ("Complete remission was achieved in 18 of 20 patients (90%).",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("Eighteen of 20 patients (90%) achieved CR.", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("Ninety percent (n = 18) achieved complete remission at day 28.",
     [("complete_remission", {"percent": 90, "n": 18, "timepoint_days": 28})]),
    ("Five of five patients achieved CR.",
     [("complete_remission", {"n": 5, "N": 5, "percent": 100.0, "derived": True})]),
    ("In total, 19/20 (95%) patients achieved CR/CRi.",
     [("complete_remission", {"percent": 95, "n": 19, "N": 20, "includes_cri": True})]),
    ("ORR 85% (17/20), CR 60% (12/20).",
     [("overall_response", {"percent": 85, "n": 17, "N": 20}), ("complete_remission", {"percent": 60, "n": 12})]),
    ("The composite CR rate (CR + CRi) was 80%.", [("complete_remission", {"percent": 80, "includes_cri": True})]),
    ("The ORR was 85%, including 12 CRs (60%) and 5 PRs (25%).",
     [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60, "n": 12}),
      ("partial_remission", {"percent": 25, "n": 5})]),
    ("Overall, 17 patients (85%) responded, with 12 (60%) achieving CR.",
     [("overall_response", {"percent": 85, "n": 17}), ("complete_remission", {"percent": 60, "n": 12})]),
    ("At day 28, the MRD-negative CR rate was 75% (15/20).",
     [("complete_remission", {"percent": 75, "mrd_negative": True, "timepoint_days": 28})]),
    ("MRD negativity was achieved in 15 of 18 responders (83.3%).",
     [("mrd_negative", {"percent": 83.3, "n": 15, "N": 18})]),
    ("Among the 18 patients in CR, 15 (83.3%) were MRD-negative.",
     [("mrd_negative", {"percent": 83.3, "n": 15, "N": 18})]),
    ("Of 30 pts infused, 27 (90%) achieved CR/CRi, of whom 25 (92.6%) were MRD-negative.",
     [("patients_treated", {"value": 30}),
      ("complete_remission", {"percent": 90, "n": 27, "N": 30}), ("mrd_negative", {"percent": 92.6, "N": 27})]),
    ("Best ORR was 70% in the high-dose cohort and 40% in the low-dose cohort.",
     [("overall_response", {"percent": 70}), ("overall_response", {"percent": 40})]),
    ("The objective response rate was 70.0% (95% CI, 45.7-88.1).",
     [("overall_response", {"percent": 70.0, "ci_low": 45.7, "ci_high": 88.1})]),
    ("Best overall response rate was 81% (95% CI, 70-89), with 62% CR and 19% PR.",
     [("overall_response", {"percent": 81}), ("complete_remission", {"percent": 62}),
      ("partial_remission", {"percent": 19})]),
    ("Thirteen patients (65%) achieved a complete response and 3 (15%) a partial response.",
     [("complete_remission", {"percent": 65, "n": 13}), ("partial_remission", {"percent": 15, "n": 3})]),
    ("The CR rates at the low, medium and high dose levels were 50%, 75% and 100%, respectively.",
     [("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 75}),
      ("complete_remission", {"percent": 100})]),
    ("Among 22 evaluable patients, the ORR was 86.4% (19/22) and the CR rate 63.6% (14/22).",
     [("patients_treated", {"value": 22, "subgroup": "evaluable"}),
      ("overall_response", {"percent": 86.4, "N": 22}), ("complete_remission", {"percent": 63.6, "N": 22})]),
    ("The CR/CRi rate was 83% in children and 75% in adults.",
     [("complete_remission", {"percent": 83, "subgroup": "children"}),
      ("complete_remission", {"percent": 75, "subgroup": "adults"})]),
    ("Among 7 patients with extramedullary disease, 4 achieved extramedullary CR and 2 achieved partial remission (PR).",
     [("complete_remission", {"n": 4, "N": 7, "percent": 57.1, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 7, "percent": 28.6})]),
    ("Of 9 patients with extramedullary lesions, 6 had a CR and 1 a PR (extramedullary ORR 77.8%).",
     [("complete_remission", {"n": 6, "N": 9}), ("partial_remission", {"n": 1, "N": 9}),
      ("overall_response", {"percent": 77.8, "N": 9})]),
    ("Among the 32 patients with extramedullary disease, 78.1% showed response, with 56.3% in CR and 21.9% in partial remission.",
     [("overall_response", {"percent": 78.1, "N": 32}), ("complete_remission", {"percent": 56.3}),
      ("partial_remission", {"percent": 21.9})]),
    ("One month after infusion, the overall response rate was 75.0% (9/12), including CR/CRi in 7 patients (58.3%) and morphologic leukemia-free state in 2.",
     [("overall_response", {"percent": 75.0, "timepoint_days": 28}),
      ("complete_remission", {"percent": 58.3, "n": 7, "includes_cri": True})]),
    ("Of the 20 infused patients, 18 (90%) achieved CR and 2 (10%) had stable disease.",
     [("patients_treated", {"value": 20}), ("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("The ORR was 82·9% (95% CI 66·4–93·4).", [("overall_response", {"percent": 82.9})]),
    ("CR: 18/20 (90%); PR: 1/20 (5%); ORR: 19/20 (95%).",
     [("complete_remission", {"percent": 90}), ("partial_remission", {"percent": 5}), ("overall_response", {"percent": 95})]),
    ("Complete remission (CR) or CR with incomplete hematologic recovery (CRi) was achieved by 16 of 18 patients (88.9%).",
     [("complete_remission", {"percent": 88.9, "n": 16, "N": 18, "includes_cri": True})]),
    ("The CR rate in patients with high tumor burden (≥5% blasts) was 75% (9/12) versus 100% (8/8) in those with low burden.",
     [("complete_remission", {"percent": 75, "n": 9}), ("complete_remission", {"percent": 100, "n": 8})]),
    ("The ORR (CR + PR) was 80%.", [("overall_response", {"percent": 80})]),
    ("Ninety percent (n 5 18) achieved CR.", [("complete_remission", {"percent": 90, "n": 18})]),  # PDF damage
]

SAFETY = [
    ("Grade ≥3 CRS occurred in 3 (10%).", [("crs", {"grade": ">=3", "n": 3, "percent": 10})]),
    ("CRS occurred in 91.7% of patients (grade 1/2 in 80.0%, grade 3/4 in 11.7%) and 5% of patients had neurotoxicity.",
     [("crs", {"grade": "any", "percent": 91.7}), ("crs", {"grade": "1-2", "percent": 80.0}),
      ("crs", {"grade": "3-4", "percent": 11.7}), ("neurotoxicity", {"grade": "any", "percent": 5})]),
    ("Cytokine release syndrome (CRS) occurred in 17 patients (89.5%): grade 1 in 9, grade 2 in 6, and grade 3 in 2.",
     [("crs", {"grade": "any", "n": 17, "percent": 89.5}), ("crs", {"grade": "1", "n": 9}),
      ("crs", {"grade": "2", "n": 6}), ("crs", {"grade": "3", "n": 2})]),
    ("Any-grade CRS was observed in 18 patients (90%), with grade 3 CRS in 2 (10%).",
     [("crs", {"grade": "any", "percent": 90}), ("crs", {"grade": "3", "percent": 10})]),
    ("CRS (any grade) occurred in 90% and severe CRS in 10%.",
     [("crs", {"grade": "any", "percent": 90}), ("crs", {"grade": ">=3", "percent": 10})]),
    ("CRS of any grade occurred in 72.0% of patients and grade ≥3 CRS in 16.1%; ICANS occurred in 30.5%, and 9.3% had ICANS of grade 3 or higher.",
     [("crs", {"grade": "any", "percent": 72.0}), ("crs", {"grade": ">=3", "percent": 16.1}),
      ("neurotoxicity", {"grade": "any", "percent": 30.5}), ("neurotoxicity", {"grade": ">=3", "percent": 9.3})]),
    ("ICANS occurred in 4 patients (20%; grade 3, n = 1).",
     [("neurotoxicity", {"grade": "any", "percent": 20}), ("neurotoxicity", {"grade": "3", "n": 1})]),
    ("ICANS occurred in 2 pts (8.3%), including 1 grade 3 event.",
     [("neurotoxicity", {"grade": "any", "percent": 8.3}), ("neurotoxicity", {"grade": "3", "n": 1})]),
    ("Grade 1, 2, and 3 CRS occurred in 8, 5, and 2 patients, respectively.",
     [("crs", {"grade": "1", "n": 8}), ("crs", {"grade": "2", "n": 5}), ("crs", {"grade": "3", "n": 2})]),
    ("CRS grade 1-2: 17 (85%); grade 3-4: 2 (10%).",
     [("crs", {"grade": "1-2", "n": 17}), ("crs", {"grade": "3-4", "n": 2})]),
    ("CRS of any grade occurred in 38 patients (90.5%); 31 (73.8%) had grade 1-2 and 7 (16.7%) had grade ≥3 CRS.",
     [("crs", {"grade": "any", "n": 38}), ("crs", {"grade": "1-2", "n": 31}), ("crs", {"grade": ">=3", "n": 7})]),
    ("Grade III–IV acute GVHD occurred in 1 patient.", [("gvhd", {"grade": "3-4", "acute": True, "n": 1})]),
    ("Acute GVHD (grade I-II) developed in 3 patients (15%).", [("gvhd", {"grade": "1-2", "acute": True, "n": 3})]),
    ("Chronic GVHD occurred in 2 of 10 evaluable patients.",
     [("gvhd", {"chronic": True, "n": 2, "N": 10, "percent": 20.0, "derived": True})]),
    ("Severe (grade ≥ 3) CRS was observed in 1 patient (5%).", [("crs", {"grade": ">=3", "n": 1})]),
    ("Severe CRS (grade 4) developed in 9 patients (14.1%).", [("crs", {"grade": "4", "n": 9})]),
    ("CRS higher than grade 2 occurred in 3 patients (10%).", [("crs", {"grade": ">=3", "n": 3})]),
    ("In 2 patients, CRS was grade 3.", [("crs", {"grade": "3", "n": 2})]),
    ("The incidence of grade 3-4 neurotoxicity was 6.7% (2/30).",
     [("neurotoxicity", {"grade": "3-4", "percent": 6.7, "n": 2, "N": 30})]),
    ("Neurotoxicity was uncommon (n = 3; 7.1%).", [("neurotoxicity", {"grade": "any", "n": 3, "percent": 7.1})]),
    ("All patients experienced CRS (grade 1, n = 12; grade 2, n = 6; grade 3, n = 2).",
     [("crs", {"grade": "1", "n": 12}), ("crs", {"grade": "2", "n": 6}), ("crs", {"grade": "3", "n": 2})]),
    ("Grade 3 or higher cytokine release syndrome and neurotoxicity occurred in 12% and 8% of patients, respectively.",
     [("crs", {"grade": ">=3", "percent": 12}), ("neurotoxicity", {"grade": ">=3", "percent": 8})]),
    ("CRS was observed in 95% (19/20) of the patients, with most cases being grade 1–2 (80%).",
     [("crs", {"grade": "any", "percent": 95, "n": 19, "N": 20}), ("crs", {"grade": "1-2", "percent": 80})]),
]

ABSENCES = [
    ("No ICANS was observed.", [("neurotoxicity", {"grade": "any", "percent": 0.0, "n": 0, "negated": True})]),
    ("No patient developed ICANS.", [("neurotoxicity", {"negated": True})]),
    ("ICANS did not occur in any patient.", [("neurotoxicity", {"negated": True})]),
    ("There were no cases of grade ≥3 CRS or ICANS.",
     [("crs", {"grade": ">=3", "negated": True}), ("neurotoxicity", {"grade": ">=3", "negated": True})]),
    ("No patient had ICANS above grade 2.", [("neurotoxicity", {"grade": ">=3", "negated": True})]),
    ("Neither ICANS nor GVHD was observed.", [("neurotoxicity", {"negated": True}), ("gvhd", {"negated": True})]),
    ("Acute GVHD occurred in 6 patients (17.6%); no chronic GVHD was observed.",
     [("gvhd", {"acute": True, "percent": 17.6}), ("gvhd", {"chronic": True, "negated": True, "grade": "any"})]),
    ("Grade 1-2 neurotoxicity occurred in 6 patients (13.6%), and no grade ≥3 neurotoxicity was observed.",
     [("neurotoxicity", {"grade": "1-2", "n": 6}), ("neurotoxicity", {"grade": ">=3", "negated": True})]),
    ("With a median follow-up of 2.1 years, no patient relapsed.",
     [("median_followup", {"months": 25.2}), ("relapse", {"negated": True, "n": 0})]),
]

SURVIVAL = [
    ("1-yr PFS was 60% (95% CI 40-80).",
     [("progression_free_survival", {"percent": 60, "months": 12, "ci_low": 40, "ci_high": 80})]),
    ("OS at 24 months was 55.0% [95% CI, 35.2, 71.0].",
     [("overall_survival", {"percent": 55.0, "months": 24, "ci_low": 35.2, "ci_high": 71.0})]),
    ("Median EFS was 8.2 months (95% CI 4.1–12.3).",
     [("event_free_survival", {"median_months": 8.2, "ci_low": 4.1, "ci_high": 12.3})]),
    ("The median OS was 14.3 months (95% CI, 9.1-not reached).",
     [("overall_survival", {"median_months": 14.3, "ci_low": 9.1})]),
    ("Median OS was not reached.", []),
    ("The 2-year OS and PFS rates were 63.5% and 53.7%, respectively.",
     [("overall_survival", {"percent": 63.5, "months": 24}), ("progression_free_survival", {"percent": 53.7, "months": 24})]),
    ("The 2-year overall survival and progression-free survival (PFS) were 63.5% (95% CI 47.7-79.4) and 53.7% (95% CI, 38.9-68.6).",
     [("overall_survival", {"percent": 63.5, "ci_low": 47.7, "ci_high": 79.4}),
      ("progression_free_survival", {"percent": 53.7, "ci_low": 38.9, "ci_high": 68.6})]),
    ("The 1-yr OS and 1-yr PFS were 62.5% (95% CI, 40.3%-78.4%) and 48.1% (95% CI: 27.9%–65.6%), respectively.",
     [("overall_survival", {"percent": 62.5, "months": 12}), ("progression_free_survival", {"percent": 48.1, "months": 12})]),
    ("The 6-month and 12-month PFS rates were 70% and 55%, respectively.",
     [("progression_free_survival", {"percent": 70, "months": 6}), ("progression_free_survival", {"percent": 55, "months": 12})]),
    ("The 1- and 2-year OS rates were 75% and 60%, respectively.",
     [("overall_survival", {"percent": 75, "months": 12}), ("overall_survival", {"percent": 60, "months": 24})]),
    ("The 6-, 12- and 24-month PFS were 80%, 60% and 40%.",
     [("progression_free_survival", {"percent": 80, "months": 6}), ("progression_free_survival", {"percent": 60, "months": 12}),
      ("progression_free_survival", {"percent": 40, "months": 24})]),
    ("Median overall survival (OS) was 15.3 months (95% confidence interval [CI], 10.2–20.4).",
     [("overall_survival", {"median_months": 15.3, "ci_low": 10.2, "ci_high": 20.4})]),
    ("Event-free survival at 12 and 24 months was 62.1% and 49.7%, respectively.",
     [("event_free_survival", {"percent": 62.1, "months": 12}), ("event_free_survival", {"percent": 49.7, "months": 24})]),
    ("Median PFS and OS were 6.1 and 12.3 months, respectively.",
     [("progression_free_survival", {"median_months": 6.1}), ("overall_survival", {"median_months": 12.3})]),
    ("The estimated 1-year OS rate was 72%.", [("overall_survival", {"percent": 72, "months": 12})]),
    ("PFS at 1 year was 45%.", [("progression_free_survival", {"percent": 45, "months": 12})]),
    ("2-year OS was 63.5% (95% CI 47.7 79.4).",   # lost dash
     [("overall_survival", {"percent": 63.5, "ci_low": 47.7, "ci_high": 79.4})]),
    ("Event-free survival at 1 year was 50%.", [("event_free_survival", {"percent": 50, "months": 12})]),
    ("Median follow-up was 18 months (IQR 12-24).",
     [("median_followup", {"months": 18, "range_low": 12, "range_high": 24})]),
    ("After a median follow-up of 134 days, 4 patients relapsed.",
     [("median_followup", {"months": 4.4}), ("relapse", {"n": 4})]),
    ("Median duration of follow-up: 12.5 months.", [("median_followup", {"months": 12.5})]),
    ("Overall survival at 2 years was 60% for patients who received a transplant and 30% for those who did not (P = .01).",
     [("overall_survival", {"percent": 60, "months": 24}), ("overall_survival", {"percent": 30, "months": 24}),
      ("p_value", {"value": ".01"})]),
    ("1-year LFS for patients bridged to transplant was 85% versus 40% for those not bridged (P=0.002).",
     [("leukemia_free_survival", {"percent": 85, "months": 12}),
      ("leukemia_free_survival", {"percent": 40, "months": 12}), ("p_value", {"value": "0.002"})]),
]

COHORTS_AND_DOSES = [
    ("A total of 25 patients were enrolled, and 22 received CAR-T cells.",
     [("patients_enrolled", {"value": 25}), ("patients_treated", {"value": 22})]),
    ("We enrolled 30 patients; 27 were infused.", [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27})]),
    ("Forty patients were screened, 35 enrolled, and 32 infused.",
     [("patients_enrolled", {"value": 35}), ("patients_treated", {"value": 32})]),
    ("Of 25 enrolled patients, 22 underwent CAR-T cell infusion.",
     [("patients_enrolled", {"value": 25}), ("patients_treated", {"value": 22})]),
    ("Patients (n = 24) received a single infusion of CAR T cells.", [("patients_treated", {"value": 24})]),
    ("Thirty-five patients were evaluable for response.",
     [("patients_treated", {"value": 35, "subgroup": "evaluable for response"})]),
    ("Between March 2022 and June 2024, 36 patients were enrolled and 34 were infused, including 14 children (<18 years) and 20 adults.",
     [("patients_enrolled", {"value": 36}), ("patients_treated", {"value": 34}),
      ("patients_treated", {"value": 14, "subgroup": "children"}), ("patients_treated", {"value": 20, "subgroup": "adults"})]),
    ("Thirty-one patients with T-ALL (n=22) or T-LBL (n=9) were infused at 0.5, 1.0, or 2.0 × 10^6 cells/kg (n = 4, 12, and 15, respectively).",
     [("patients_treated", {"value": 31}), ("disease_count", {"label": "T-ALL", "value": 22}),
      ("disease_count", {"label": "T-LBL", "value": 9}),
      ("dose", {"low": 5e5, "high": 5e5, "unit": "cells/kg"}), ("dose", {"low": 1e6, "high": 1e6}),
      ("dose", {"low": 2e6, "high": 2e6}), ("patients_treated", {"value": 4}),
      ("patients_treated", {"value": 12}), ("patients_treated", {"value": 15})]),
    ("Of these, 60 participants (T-ALL 35, T-LBL 25) received a single dose of CAR T cells.",
     [("patients_treated", {"value": 60}), ("disease_count", {"label": "T-ALL", "value": 35}),
      ("disease_count", {"label": "T-LBL", "value": 25})]),
    ("Patients received 0.2-5.0 × 10^6 CAR-T cells/kg (body weight ≤50 kg) or 0.1-2.5 × 10^8 CAR-T cells (body weight >50 kg).",
     [("dose", {"low": 2e5, "high": 5e6, "unit": "cells/kg", "label": "body weight ≤50 kg"}),
      ("dose", {"low": 1e7, "high": 2.5e8, "unit": "cells", "label": "body weight >50 kg"})]),
    ("CAR-T cells were given at a target dose of 1 × 106 cells/kg.", [("dose", {"low": 1e6, "high": 1e6})]),
    ("Adults received flat doses of $5 \\times 10^7$ CAR-T cells (DL1) or $1.5 \\times 10^8$ CAR-T cells (DL2).",
     [("dose", {"low": 5e7, "unit": "cells", "label": "DL1"}), ("dose", {"low": 1.5e8, "unit": "cells", "label": "DL2"})]),
    ("Eight patients (40%) proceeded to allo-HSCT.", [("transplant", {"n": 8, "percent": 40})]),
    ("Eleven of 18 responders were bridged to transplant.", [("transplant", {"n": 11, "N": 18})]),
    ("Consolidative allo-HSCT was performed in 12 of 25 patients (48%) who achieved CR.",
     [("transplant", {"n": 12, "N": 25, "percent": 48})]),
    ("Of these 54 patients, 31 proceeded to allo-HSCT at a median of 52 days (range, 34-97) after infusion, and 23 did not because of donor unavailability (n = 9).",
     [("transplant", {"n": 31, "N": 54, "percent": 57.4, "derived": True})]),
    ("Relapse occurred in 7 of the 31 transplanted patients and in fifteen of the 23 patients who were not transplanted.",
     [("relapse", {"n": 7, "N": 31}), ("relapse", {"n": 15, "N": 23})]),
    ("Four patients relapsed.", [("relapse", {"n": 4})]),
    ("The 12-month cumulative incidence of relapse was 20.1%.", [("relapse", {"percent": 20.1})]),
    ("CR rates were 90% vs 60% in the high- and low-dose groups (P = .02).",
     [("complete_remission", {"percent": 90}), ("complete_remission", {"percent": 60}), ("p_value", {"value": ".02"})]),
    ("The MRD-negative CR rate was 80% in children vs 65% in adults (P = .21).",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 65}),
      ("p_value", {"value": ".21", "compares": ["children", "adults"]})]),
    ("EFS was longer in MRD-negative than in MRD-positive patients (P < .001).",
     [("p_value", {"value": "<.001", "outcome": "event_free_survival"})]),
]

# ---------------------------------------------------------------- families seen failing on unseen abstracts
# A spread (± value, SE, SD) is never a value of its own; the estimate keeps its CI.
SPREADS = [
    ("Two-year OS was 58.3% ± 9.1%, and median OS was 19.4 months.",
     [("overall_survival", {"percent": 58.3, "months": 24, "ci_low": None}), ("overall_survival", {"median_months": 19.4})]),
    ("Two-year OS was 58.3 ± 9.1%, and median OS was 19.4 months.",
     [("overall_survival", {"percent": 58.3, "months": 24}), ("overall_survival", {"median_months": 19.4})]),
    ("The 2-year PFS was 45.0% (SE 9.1%).", [("progression_free_survival", {"percent": 45.0, "months": 24})]),
    ("The 1-year EFS was 61.2% (SE, 8.4%) and the 1-year OS 75.0% (SE, 7.1%).",
     [("event_free_survival", {"percent": 61.2, "months": 12}), ("overall_survival", {"percent": 75.0, "months": 12})]),
    ("The CR rate was 85% ± 5%.", [("complete_remission", {"percent": 85})]),
    ("The ORR was 70% (standard error 6%).", [("overall_response", {"percent": 70})]),
    ("The 3-year LFS was 52.1% +/- 7.3%.", [("leukemia_free_survival", {"percent": 52.1, "months": 36})]),
    ("The 2-year OS was 60% (standard error [SE], 8%).", [("overall_survival", {"percent": 60, "months": 24})]),
    ("ORR 80%, CR 60%, PR 20%, SD 10%.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}), ("partial_remission", {"percent": 20})]),
    ("1-year OS was 80% (± 8.9%; 95% CI, 62-90).",
     [("overall_survival", {"percent": 80, "months": 12, "ci_low": 62, "ci_high": 90})]),
]

# Screened or assessed is not enrolled; "enrolled and infused" is both counts.
SCREENING = [
    ("Twenty-one patients were screened, and 20 were enrolled and infused with CD7 CAR-T cells.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 20})]),
    ("Thirty patients were assessed for eligibility, and 25 were enrolled.", [("patients_enrolled", {"value": 25})]),
    ("Thirty patients were screened, of whom 25 were enrolled.", [("patients_enrolled", {"value": 25})]),
    ("Of 40 patients screened, 32 were enrolled.", [("patients_enrolled", {"value": 32})]),
    ("Among 40 screened patients, 35 were enrolled.", [("patients_enrolled", {"value": 35})]),
    ("Of the 30 patients enrolled, 25 were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 25})]),
    ("Forty-two patients were screened and 36 patients were enrolled; 34 received CAR-T cells.",
     [("patients_enrolled", {"value": 36}), ("patients_treated", {"value": 34})]),
    ("Twenty patients were enrolled and treated.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 20})]),
    ("A total of 20 patients were enrolled and received CD7 CAR-T cells.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 20})]),
    ("Twelve patients were enrolled and subsequently infused at DL1.",
     [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 12})]),
    ("Twenty patients were enrolled and received allo-HSCT later.", [("patients_enrolled", {"value": 20})]),
]

# "Of the N infused/treated/evaluable patients, x …": N is a treated count, x is read as usual.
OPENERS = [
    ("Of the 20 treated patients, 17 (85%) achieved CR.",
     [("patients_treated", {"value": 20}), ("complete_remission", {"percent": 85, "n": 17, "N": 20})]),
    ("Among the 24 patients infused, 20 (83.3%) achieved CR/CRi.",
     [("patients_treated", {"value": 24}), ("complete_remission", {"percent": 83.3, "n": 20, "N": 24})]),
    ("Of the 18 evaluable patients, 16 (88.9%) responded.",
     [("patients_treated", {"value": 18, "subgroup": "evaluable"}), ("overall_response", {"n": 16, "N": 18})]),
    ("Among the 25 patients who received CAR-T cells, 20 (80%) achieved CR.",
     [("patients_treated", {"value": 25}), ("complete_remission", {"percent": 80, "n": 20, "N": 25})]),
]

# A rate among responders or patients in CR is MRD negativity; among the cohort it is a CR.
MRD_AMONG_RESPONDERS = [
    ("MRD-negative CR was achieved in 20 of 22 responders.",
     [("mrd_negative", {"n": 20, "N": 22, "percent": 90.9, "derived": True})]),
    ("MRD negativity was achieved in 20 of the 22 patients in CR.",
     [("mrd_negative", {"n": 20, "N": 22, "percent": 90.9})]),
    ("Among the 18 patients in CR, 16 (88.9%) achieved MRD-negative CR.",
     [("mrd_negative", {"n": 16, "N": 18, "percent": 88.9})]),
    ("MRD-negative CR was observed in 12 of 14 responders (85.7%).",
     [("mrd_negative", {"n": 12, "N": 14, "percent": 85.7})]),
    ("MRD-negative CR rate was 80% among responders.", [("mrd_negative", {"percent": 80})]),
    ("Of the 15 patients in CR, 12 (80%) were MRD-negative.", [("mrd_negative", {"percent": 80, "n": 12, "N": 15})]),
    ("MRD-negative CR rate was 80% in children.",
     [("complete_remission", {"percent": 80, "mrd_negative": True, "subgroup": "children"})]),
    ("Fifteen of 16 (93.8%) achieved MRD-negative CR.",
     [("complete_remission", {"percent": 93.8, "n": 15, "N": 16, "mrd_negative": True})]),
    ("MRD-negative CR was achieved in 15 of 20 patients (75%).",
     [("complete_remission", {"percent": 75, "n": 15, "N": 20, "mrd_negative": True})]),
    # MRD negativity said as an absence of detectable disease is a result, not a stated absence
    ("Of the 20 responders, 18 had no evidence of MRD by flow cytometry.",
     [("mrd_negative", {"n": 18, "N": 20, "percent": 90.0, "derived": True})]),
    ("Overall, 35 (92.1%) of the responders had no detectable MRD.", [("mrd_negative", {"percent": 92.1, "n": 35})]),
    ("At day 28, 35 (92.1%) of the 38 responders had no detectable MRD.",
     [("mrd_negative", {"percent": 92.1, "n": 35, "N": 38, "timepoint_days": 28})]),
    ("Of the 12 patients in CR, 10 had undetectable minimal residual disease.",
     [("mrd_negative", {"n": 10, "N": 12, "percent": 83.3, "derived": True})]),
]

# Other common ways abstracts write rates, landmarks and tables.
OTHER_FORMS = [
    # past-tense results that say "poor" or "limited" are results, not background
    ("The median OS was 8.1 months, and outcomes were poor in patients with TP53 mutations.",
     [("overall_survival", {"median_months": 8.1})]),
    ("Responses were limited to 3 patients (15%) with CR.", [("complete_remission", {"percent": 15, "n": 3})]),
    ("CR was achieved by 18 (90%) of 20 patients.", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("CRS occurred in 17 (85%) of the 20 patients.", [("crs", {"percent": 85, "n": 17, "N": 20, "grade": "any"})]),
    ("CR rate was 90% (95% CI, 68–99).", [("complete_remission", {"percent": 90, "ci_low": 68, "ci_high": 99})]),
    ("18/20 (90%) patients achieved CR.", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("ORR, 85%.", [("overall_response", {"percent": 85})]),
    ("The sCR/CR rate was 60%.", [("complete_remission", {"percent": 60})]),
    ("The best overall response rate was 80%.", [("overall_response", {"percent": 80})]),
    ("Morphologic CR was achieved in 18 of 20 patients.", [("complete_remission", {"n": 18, "N": 20, "percent": 90.0})]),
    ("Complete molecular remission was achieved in 10 of 20 patients.", [("complete_remission", {"n": 10, "N": 20})]),
    ("The CR rate was 90.0 %.", [("complete_remission", {"percent": 90.0})]),
    ("CR was achieved in 18 patients (n = 18/20).",
     [("complete_remission", {"n": 18, "N": 20, "percent": 90.0, "derived": True})]),
    ("The ORR was 90% (n = 18/20).", [("overall_response", {"percent": 90, "n": 18, "N": 20})]),
    ("CR was achieved in most patients (18 of 20; 90%).", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("1-year OS: 63.5%.", [("overall_survival", {"percent": 63.5, "months": 12})]),
    ("OS at 1 year was 63.5%.", [("overall_survival", {"percent": 63.5, "months": 12})]),
    ("12-mo PFS was 50%.", [("progression_free_survival", {"percent": 50, "months": 12})]),
    ("The probability of OS at 2 years was 55%.", [("overall_survival", {"percent": 55, "months": 24})]),
    ("The 1-year OS was 70% (95% CI, 50—85).", [("overall_survival", {"percent": 70, "ci_low": 50, "ci_high": 85})]),
    ("Grade ≥ 3 CRS: 10%.", [("crs", {"grade": ">=3", "percent": 10})]),
    ("CRS (any grade, 90%; grade ≥3, 10%).", [("crs", {"grade": "any", "percent": 90}), ("crs", {"grade": ">=3", "percent": 10})]),
    ("CRS, n (%)  18 (90)", [("crs", {"grade": "any", "n": 18, "percent": 90})]),
    ("AEs, n (%)  CRS 18 (90)  ICANS 2 (10)",
     [("crs", {"grade": "any", "n": 18, "percent": 90}), ("neurotoxicity", {"grade": "any", "n": 2, "percent": 10})]),
    ("Grade ≥3 CRS, n (%)  2 (10.0)", [("crs", {"grade": ">=3", "n": 2, "percent": 10.0})]),
]

# Conference abstracts: "gr" for grade, "1-y" landmarks, "f/u" for follow-up, "pt"/"pts".
CONFERENCE = [
    ("Gr 3-4 ICANS was more frequent with drug A (13.4% vs 2.4%; p=0.049).",
     [("neurotoxicity", {"grade": "3-4", "percent": 13.4}), ("neurotoxicity", {"grade": "3-4", "percent": 2.4}),
      ("p_value", {"value": "0.049"})]),
    ("CRS occurred in 58.7% (gr ≥3 4.3%).",
     [("crs", {"grade": "any", "percent": 58.7}), ("crs", {"grade": ">=3", "percent": 4.3})]),
    ("Any-grade CRS 84.1% (gr ≥3 4.3%); any-grade ICANS 29.7% (gr ≥3 10.1%).",
     [("crs", {"grade": "any", "percent": 84.1}), ("crs", {"grade": ">=3", "percent": 4.3}),
      ("neurotoxicity", {"grade": "any", "percent": 29.7}), ("neurotoxicity", {"grade": ">=3", "percent": 10.1})]),
    ("CRS gr. 2 in 3 pts.", [("crs", {"grade": "2", "n": 3})]),
    ("CRS occurred in 20 pts (gr 1, n = 11; gr. 2, n = 7).",
     [("crs", {"grade": "any", "n": 20}), ("crs", {"grade": "1", "n": 11}), ("crs", {"grade": "2", "n": 7})]),
    ("Grade 3 CRS occurred in 1 pt.", [("crs", {"grade": "3", "n": 1})]),
    ("1 pt had gr 3 CRS.", [("crs", {"grade": "3", "n": 1})]),
    ("One pt relapsed.", [("relapse", {"n": 1})]),
    ("1-y OS 74.6% (95% CI 52.0-87.8), 1-y EFS 56.3% (95% CI 34.1-73.6).",
     [("overall_survival", {"percent": 74.6, "months": 12, "ci_low": 52.0, "ci_high": 87.8}),
      ("event_free_survival", {"percent": 56.3, "months": 12, "ci_low": 34.1, "ci_high": 73.6})]),
    ("EFS was higher in pts who received allo-HSCT vs those who did not (1-y EFS 78.6% vs 25.0%; p=0.004).",
     [("event_free_survival", {"percent": 78.6, "months": 12}), ("event_free_survival", {"percent": 25.0, "months": 12}),
      ("p_value", {"value": "0.004"})]),
    ("The 2-y PFS was 54%.", [("progression_free_survival", {"percent": 54, "months": 24})]),
    ("The 1- and 2-y OS were 80% and 60%, respectively.",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 60, "months": 24})]),
    ("1-yr OS 70%; 2-yr OS 55%.",
     [("overall_survival", {"percent": 70, "months": 12}), ("overall_survival", {"percent": 55, "months": 24})]),
    ("Median f/u 11.2 mo (range 2.8-25.0).", [("median_followup", {"months": 11.2, "range_low": 2.8, "range_high": 25.0})]),
    ("Med f/u 15.7 mo.", [("median_followup", {"months": 15.7})]),
    ("Med. f/u: 12 mo.", [("median_followup", {"months": 12})]),
    ("With a median FU of 24 months, 5 pts relapsed.", [("median_followup", {"months": 24}), ("relapse", {"n": 5})]),
    ("CR/CRi was achieved in 21 pts (87.5%).", [("complete_remission", {"percent": 87.5, "n": 21, "includes_cri": True})]),
    # "EM" (extramedullary) or a site word between a count and its response term
    ("Among 8 pts w/ EMD, 5 had EM CR and 1 EM PR.",
     [("complete_remission", {"n": 5, "N": 8, "percent": 62.5, "site": "extramedullary"}),
      ("partial_remission", {"n": 1, "N": 8, "percent": 12.5, "derived": True, "site": "extramedullary"})]),
    ("Of 9 patients with EMD, 6 achieved extramedullary CR and 2 extramedullary PR.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 9, "site": "extramedullary"})]),
    ("EM CR was seen in 4 of 6 pts.", [("complete_remission", {"n": 4, "N": 6, "site": "extramedullary"})]),
    ("Of 20 pts, 15 BM CR and 2 BM PR.",
     [("complete_remission", {"n": 15, "N": 20, "site": "bone marrow"}),
      ("partial_remission", {"n": 2, "N": 20, "site": "bone marrow"})]),
    # "including x of y at DLk" continues the term before it; "DL2, and 13 of …" is no number list
    ("Responses were assessed on day 28: 15 of 18 patients (83.3%) achieved CR/CRi, including 4 of 6 at DL1 and "
     "11 of 12 at DL2, and 13 of the 15 responders were MRD-negative by flow cytometry.",
     [("complete_remission", {"n": 15, "N": 18, "percent": 83.3, "timepoint_days": 28}),
      ("complete_remission", {"n": 4, "N": 6, "percent": 66.7, "subgroup": "DL1", "includes_cri": True, "timepoint_days": 28}),
      ("complete_remission", {"n": 11, "N": 12, "percent": 91.7, "subgroup": "DL2", "includes_cri": True}),
      ("mrd_negative", {"n": 13, "N": 15, "percent": 86.7})]),
    ("The ORR was 80%, including 70% at DL2 and 90% at DL3.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 70, "subgroup": "DL2"}),
      ("overall_response", {"percent": 90, "subgroup": "DL3"})]),
    ("The ORR was 85% (17/20), including 6 of 6 in the high-dose cohort.",
     [("overall_response", {"percent": 85, "n": 17, "N": 20}), ("overall_response", {"n": 6, "N": 6, "percent": 100.0})]),
    ("Of 20 pts, 16 (80%) achieved CR, including 5 of 6 at DL1, and 12 of the 16 were MRD-negative.",
     [("complete_remission", {"n": 16, "N": 20, "percent": 80}), ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL1"}),
      ("mrd_negative", {"n": 12, "N": 16})]),
    ("CR was achieved in 12 of 20 patients, including 2 patients who died later.",
     [("complete_remission", {"n": 12, "N": 20})]),
    # "(n = k)" right after a transplant that patients underwent is the transplant count
    ("Responders who underwent consolidative allo-HSCT (n = 9) had a longer PFS than those who did not "
     "(median not reached vs 8.3 months; P = .006).",
     [("transplant", {"n": 9}), ("progression_free_survival", {"median_months": 8.3}),
      ("p_value", {"value": ".006", "outcome": "progression_free_survival"})]),
    ("Patients who proceeded to HSCT (n = 14) had longer OS.", [("transplant", {"n": 14})]),
    ("Patients bridged to allo-HSCT (n = 14) had longer OS.", [("transplant", {"n": 14})]),
    ("Patients who did not undergo HSCT (n = 15) had shorter OS.", []),
    ("Patients who had received prior allo-HSCT (n = 10) were included.", []),
    ("OS after allo-HSCT (n = 14) was 80%.", []),
    # relapse as a time point ("at relapse") is not a relapse count
    ("Relapse occurred in 7 of 21 responders, and CD7-negative blasts were detected at relapse in only one patient.",
     [("relapse", {"n": 7, "N": 21})]),
    ("Antigen loss was found at relapse in 2 of 5 patients.", []),
    ("CD19-negative escape was seen at the time of relapse in 3 patients.", []),
    ("At first relapse, 3 pts had CD7-negative blasts.", []),
    ("Three patients relapsed at a median of 5 months.", [("relapse", {"n": 3})]),
    ("At least a PR was achieved in 18 of 20 patients.", [("partial_remission", {"n": 18, "N": 20})]),
    # "(name n=k, …)" after a treated total: a treated count per named group when they add up
    ("138 pts were infused (axi-cel n=97, liso-cel n=41); median age 63 y (range 24-79).",
     [("patients_treated", {"value": 138}), ("patients_treated", {"value": 97, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 41, "subgroup": "liso-cel"})]),
    ("Of 58 enrolled patients, 52 were infused (phase 1b, n = 12; phase 2, n = 40).",
     [("patients_enrolled", {"value": 58}), ("patients_treated", {"value": 52}),
      ("patients_treated", {"value": 12, "subgroup": "phase 1b"}), ("patients_treated", {"value": 40, "subgroup": "phase 2"})]),
    ("Thirty patients were treated (cohort A n=10, cohort B n=10 and cohort C n=10).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 10, "subgroup": "cohort A"}),
      ("patients_treated", {"value": 10, "subgroup": "cohort B"}), ("patients_treated", {"value": 10, "subgroup": "cohort C"})]),
    ("In total, 40 patients were treated (arm A, n = 20; arm B, n = 15).",   # 35 is not the total
     [("patients_treated", {"value": 40})]),
    ("30 patients were infused (median age 40, n = 30).", [("patients_treated", {"value": 30})]),
    ("31 patients were infused (T-ALL n=22, T-LBL n=9).",
     [("patients_treated", {"value": 31}), ("disease_count", {"label": "T-ALL", "value": 22}),
      ("disease_count", {"label": "T-LBL", "value": 9})]),
]

# ---------------------------------------------------------------- families seen failing on blind batch 5
# "relapsed after CAR-T / infusion / achieving CR" is a relapse after treatment (not the baseline
# "relapsed after allo-HSCT"), whether the count is in words or digits.
RELAPSE_AFTER_TREATMENT = [
    ("Nine patients relapsed after CAR-T therapy.", [("relapse", {"n": 9})]),
    ("Eleven patients relapsed after CAR-T therapy, all with CD19-positive blasts.", [("relapse", {"n": 11})]),
    ("18 patients relapsed after CAR T-cell infusion.", [("relapse", {"n": 18})]),
    ("Three patients relapsed following infusion.", [("relapse", {"n": 3})]),
    ("Four of 20 patients (20%) relapsed after achieving CR.", [("relapse", {"n": 4, "N": 20, "percent": 20})]),
    ("Two patients relapsed after a median of 4.5 months.", [("relapse", {"n": 2})]),
    ("No patient relapsed after CAR-T infusion.", [("relapse", {"n": 0, "negated": True})]),
]

# "N patients were included" is the treated cohort of a retrospective report (beside an infused
# count it is the enrolled one); a disease breakdown in parentheses after the count is read in
# either order, "label n" or "n label".
INCLUDED_COHORTS = [
    ("A total of 52 patients (T-ALL 38, T-LBL 14) were included; the median age was 19.5 years (range, 3-66).",
     [("patients_treated", {"value": 52}), ("disease_count", {"label": "T-ALL", "value": 38}),
      ("disease_count", {"label": "T-LBL", "value": 14})]),
    ("In total, 40 patients were included in the analysis (AML: 28; MDS: 12).",
     [("patients_treated", {"value": 40}), ("disease_count", {"label": "AML", "value": 28}),
      ("disease_count", {"label": "MDS", "value": 12})]),
    ("We retrospectively included 64 patients (40 B-ALL and 24 LBCL) treated at three centers.",
     [("patients_treated", {"value": 64}), ("disease_count", {"label": "B-ALL", "value": 40}),
      ("disease_count", {"label": "LBCL", "value": 24})]),
    ("Forty-five consecutive patients with T-ALL (n = 30) or T-LBL (n = 15) were retrospectively included.",
     [("patients_treated", {"value": 45}), ("disease_count", {"label": "T-ALL", "value": 30}),
      ("disease_count", {"label": "T-LBL", "value": 15})]),
    ("Thirty patients were included and 25 were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 25})]),
    ("Forty patients were enrolled, and 36 were included in the efficacy analysis.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("Fifty patients were treated, of whom 48 were included in the analysis.",
     [("patients_treated", {"value": 50}), ("patients_treated", {"value": 48, "subgroup": "included"})]),
]

# "associated with" compares two groups only where both values are stated; a p-value after a
# counted one that names only another endpoint compares the same groups.
PVALUE_COMPARISONS = [
    ("Consolidative allo-HSCT was associated with superior 2-year LFS (64.5% vs 25.0%, P < .001) but not with OS (P = .12).",
     [("leukemia_free_survival", {"percent": 64.5, "months": 24}), ("leukemia_free_survival", {"percent": 25.0, "months": 24}),
      ("p_value", {"value": "<.001", "outcome": "leukemia_free_survival"}),
      ("p_value", {"value": ".12", "outcome": "overall_survival"})]),
    ("MRD negativity was associated with a higher 1-year OS (80% vs 40%; P = .02) and EFS (P = .04).",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 40, "months": 12}),
      ("p_value", {"value": ".02", "outcome": "overall_survival"}),
      ("p_value", {"value": ".04", "outcome": "event_free_survival"})]),
    ("Bridging to HSCT improved EFS (P = .01) and OS (P = .03).",
     [("p_value", {"value": ".01", "outcome": "event_free_survival"}),
      ("p_value", {"value": ".03", "outcome": "overall_survival"})]),
    ("Patients in CR who underwent HSCT had longer event-free survival than those who did not (P = .04).",
     [("p_value", {"value": ".04", "outcome": "event_free_survival"})]),
]

# A dose's parenthesis may hold its name and its count: the name is the label, the count the
# dose level's treated patients ("(low dose, n = 12)", "(DL1; n = 3)").
DOSE_GROUP_COUNTS = [
    ("Patients received either 0.5 × 10^6/kg (low dose, n = 12) or 1.0 × 10^6/kg (standard dose, n = 24).",
     [("dose", {"low": 5e5, "high": 5e5, "unit": "cells/kg", "label": "low dose"}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg", "label": "standard dose"}),
      ("patients_treated", {"value": 12, "subgroup": "low dose"}),
      ("patients_treated", {"value": 24, "subgroup": "standard dose"})]),
    ("Patients were treated at 1 × 10^6 cells/kg (DL1; n = 3) or 3 × 10^6 cells/kg (DL2; n = 6).",
     [("dose", {"low": 1e6, "label": "DL1"}), ("dose", {"low": 3e6, "label": "DL2"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"})]),
    ("Forty-two patients received CAR T cells: DL1 (0.5 × 10^6/kg; n = 9) and DL2 (1.0 × 10^6/kg; n = 33).",
     [("patients_treated", {"value": 42}), ("dose", {"low": 5e5, "label": "DL1"}), ("dose", {"low": 1e6, "label": "DL2"}),
      ("patients_treated", {"value": 9, "subgroup": "DL1"}), ("patients_treated", {"value": 33, "subgroup": "DL2"})]),
    ("Thirty patients received 2 × 10^6 CAR-T cells/kg (range 1-3; n = 30).",   # a range is not a dose name
     [("dose", {"low": 2e6, "label": None}), ("patients_treated", {"value": 30})]),
]

# "all of them / all of whom / all of these / all" after a count: n = N = that count (derived 100%),
# as "all nine" is; a grade breakdown keeps N null (GRADE_BREAKDOWNS).
ALL_OF_THEM = [
    ("Thirty-three children (91.7%) were in CR at day 28, and all of them were MRD-negative by flow cytometry.",
     [("complete_remission", {"percent": 91.7, "n": 33, "timepoint_days": 28}),
      ("mrd_negative", {"n": 33, "N": 33, "percent": 100.0, "derived": True, "timepoint_days": 28})]),
    ("Twelve patients achieved CR, all of whom were MRD-negative.",
     [("complete_remission", {"n": 12}), ("mrd_negative", {"n": 12, "N": 12, "percent": 100.0, "derived": True})]),
    ("At day 28, 18 of 20 patients (90%) achieved CR; all of these were MRD-negative.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20}), ("mrd_negative", {"n": 18, "N": 18, "percent": 100.0})]),
    ("Fifteen patients achieved CR and all were MRD-negative.",
     [("complete_remission", {"n": 15}), ("mrd_negative", {"n": 15, "N": 15})]),
    ("Eight patients had extramedullary disease; all of them achieved extramedullary CR.",
     [("complete_remission", {"n": 8, "N": 8, "site": "extramedullary"})]),
    ("CRS occurred in 5 patients, and all of them had grade 1 CRS.",
     [("crs", {"n": 5, "grade": "any"}), ("crs", {"n": 5, "N": None, "grade": "1"})]),
    ("All of them were MRD-negative.", []),
]

# Two groups with the same rate are two results, in one sentence or after an earlier one with
# another count; a restatement (same rate, same or no count) is still one.
SAME_RATE_GROUPS = [
    ("The CR rate did not differ between dose groups (11/12 vs 22/24; P = 1.00).",
     [("complete_remission", {"n": 11, "N": 12, "percent": 91.7, "derived": True}),
      ("complete_remission", {"n": 22, "N": 24, "percent": 91.7, "derived": True}),
      ("p_value", {"value": "1.00", "outcome": "complete_remission"})]),
    ("Thirty-three children (91.7%) were in CR. The CR rate did not differ between dose groups (11/12 vs 22/24; P = 1.00).",
     [("complete_remission", {"n": 33, "percent": 91.7}), ("complete_remission", {"n": 11, "N": 12}),
      ("complete_remission", {"n": 22, "N": 24}), ("p_value", {"value": "1.00"})]),
    ("CR was achieved in 5 of 10 patients at DL1 and 6 of 12 at DL2.",
     [("complete_remission", {"n": 5, "N": 10, "percent": 50.0}), ("complete_remission", {"n": 6, "N": 12, "percent": 50.0})]),
    ("The CR rate was 90% (18/20). In conclusion, CR was achieved in 18 of 20 patients.",
     [("complete_remission", {"n": 18, "N": 20, "percent": 90})]),
]

# "A and B at 24 months were x and y": a landmark after the last of coordinated survival terms
# is each one's (a landmark before one term, "EFS and 2-year OS", is only that term's).
SHARED_LANDMARKS = [
    ("At a median follow-up of 22.5 months, the EFS and OS at 24 months were 64.2% (95% CI 41.2 to 78.5) and 75.8% (95% CI 56.9 to 87.3), respectively.",
     [("median_followup", {"months": 22.5}),
      ("event_free_survival", {"percent": 64.2, "months": 24, "ci_low": 41.2, "ci_high": 78.5}),
      ("overall_survival", {"percent": 75.8, "months": 24, "ci_low": 56.9, "ci_high": 87.3})]),
    ("PFS, EFS and OS at 1 year were 50%, 60% and 70%, respectively.",
     [("progression_free_survival", {"percent": 50, "months": 12}), ("event_free_survival", {"percent": 60, "months": 12}),
      ("overall_survival", {"percent": 70, "months": 12})]),
    ("Overall survival and event-free survival at 12 months were 80% and 65%, respectively.",
     [("overall_survival", {"percent": 80, "months": 12}), ("event_free_survival", {"percent": 65, "months": 12})]),
    ("The median EFS and the OS at 12 months were 10.2 months and 65%, respectively.",
     [("event_free_survival", {"median_months": 10.2}), ("overall_survival", {"percent": 65, "months": 12})]),
    ("EFS and 2-year OS were 40% and 60%, respectively.", [("overall_survival", {"percent": 60, "months": 24})]),
]

# "x vs y months" (also inside parentheses, also without decimals): both values belong to the
# term; which group each is stays unsaid unless the text pairs them ("in children vs … in adults",
# "with X than in those without", COMPARED_GROUPS).
VALUE_PAIRS = [
    ("Median PFS was shorter in patients with extramedullary plasmacytomas than in those without (9.8 vs 24.0 months; P < 0.001).",
     [("progression_free_survival", {"median_months": 9.8, "subgroup": "extramedullary plasmacytomas"}),
      ("progression_free_survival", {"median_months": 24.0, "subgroup": "no extramedullary plasmacytomas"}),
      ("p_value", {"value": "<0.001", "outcome": "progression_free_survival"})]),
    ("Median EFS was 12 vs 6 months in the high- and low-dose groups.",
     [("event_free_survival", {"median_months": 12, "subgroup": None}),
      ("event_free_survival", {"median_months": 6, "subgroup": None})]),
    ("Median OS was 14.2 versus 7.5 months for MRD-negative and MRD-positive patients (P = .02).",
     [("overall_survival", {"median_months": 14.2}), ("overall_survival", {"median_months": 7.5}),
      ("p_value", {"value": ".02"})]),
    ("Median OS was 20.1 months in children vs 9.4 months in adults.",
     [("overall_survival", {"median_months": 20.1, "subgroup": "children"}),
      ("overall_survival", {"median_months": 9.4, "subgroup": "adults"})]),
    ("Median PFS was not reached vs 9.6 months (P = .01).",
     [("progression_free_survival", {"median_months": 9.6}), ("p_value", {"value": ".01"})]),
    ("Median OS was 14 months; patients were assessed at 6 and 12 months.", [("overall_survival", {"median_months": 14})]),
]

# "x (y%) with MRD-negative CR" reports the term after "with", as "x (y%) in CR" does.
WITH_TERM = [
    ("Eighteen of 20 patients (90.0%) achieved CR/CRi by day 28, including 16 (80.0%) with MRD-negative CR.",
     [("complete_remission", {"percent": 90.0, "n": 18, "N": 20, "timepoint_days": 28, "includes_cri": True}),
      ("complete_remission", {"percent": 80.0, "n": 16, "timepoint_days": 28, "mrd_negative": True, "includes_cri": None})]),
    ("The ORR was 85%, with 12 patients (60%) with CR and 5 (25%) with PR.",
     [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60, "n": 12}),
      ("partial_remission", {"percent": 25, "n": 5})]),
    ("Of 20 patients, 18 (90%) responded, 15 (75%) with a complete remission.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"percent": 75, "n": 15})]),
]

# Terms and numbers split by a line-end hyphen (PDF text) read as on one line.
LINE_BREAKS = [
    ("Patients in CR who underwent HSCT had longer event-\nfree survival than those who did not (P = .04).",
     [("p_value", {"value": ".04", "outcome": "event_free_survival"})]),
    ("The 1-year Event-\nFree Survival was 50%.", [("event_free_survival", {"percent": 50, "months": 12})]),
    ("The 2-year OS was 63.5% (95% CI 47.7-\n79.4).",
     [("overall_survival", {"percent": 63.5, "months": 24, "ci_low": 47.7, "ci_high": 79.4})]),
    ("The 1-year progres-\nsion-free survival was 40%.", [("progression_free_survival", {"percent": 40, "months": 12})]),
]

# A response "at N months" / "N-month" is timed like "day 28": 1 month → 28, otherwise 30.4375 days
# a month (3 → 91); a landmark a survival term takes is no response time point.
MONTH_TIMEPOINTS = [
    ("The ORR at 3 months was 87.8% (36/41), with CR/CRi in 34 patients (82.9%) and MRD-negative CR in 31 (75.6%).",
     [("overall_response", {"percent": 87.8, "n": 36, "N": 41, "timepoint_days": 91}),
      ("complete_remission", {"percent": 82.9, "n": 34, "timepoint_days": 91, "includes_cri": True}),
      ("complete_remission", {"percent": 75.6, "n": 31, "timepoint_days": 91, "mrd_negative": True})]),
    ("The 3-month CR rate was 60%.", [("complete_remission", {"percent": 60, "timepoint_days": 91})]),
    ("At 1 month, the CR rate was 90%.", [("complete_remission", {"percent": 90, "timepoint_days": 28})]),
    ("At 6 months, the ORR was 70%.", [("overall_response", {"percent": 70, "timepoint_days": 183})]),
    # "at month 3", "month-6", "by month 1": a time point, never a count
    ("At month 3, 64 patients (48.9%) were in CR.", [("complete_remission", {"percent": 48.9, "n": 64, "timepoint_days": 91})]),
    ("The month-6 ORR was 55% (11/20).", [("overall_response", {"percent": 55, "n": 11, "N": 20, "timepoint_days": 183})]),
    ("By month 1, 18 of 20 patients (90%) had achieved CR.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20, "timepoint_days": 28})]),
    ("OS at 12 months was 70% and the CR rate was 80%.",
     [("overall_survival", {"percent": 70, "months": 12}), ("complete_remission", {"percent": 80, "timepoint_days": None})]),
]

# A term spelled out with its abbreviation, "progression-free survival (PFS)", ends after the ")":
# it coordinates with the next term ("(PFS) and OS were x and y") as the bare abbreviation does.
SPELLED_OUT_TERMS = [
    ("After a median follow-up of 20.4 months (range, 6.1-31.0), the 1-year leukemia-free survival (LFS) and OS were 58.2% and 73.5%, respectively.",
     [("median_followup", {"months": 20.4, "range_low": 6.1, "range_high": 31.0}),
      ("leukemia_free_survival", {"percent": 58.2, "months": 12}), ("overall_survival", {"percent": 73.5, "months": 12})]),
    ("Two-year event-free survival (EFS) and OS for all infused patients were 47.1% (95% CI, 30.2%-62.3%) and 66.0% (95% CI, 48.4%-78.9%).",
     [("event_free_survival", {"percent": 47.1, "months": 24, "ci_low": 30.2, "ci_high": 62.3}),
      ("overall_survival", {"percent": 66.0, "months": 24, "ci_low": 48.4, "ci_high": 78.9})]),
    ("The complete remission (CR) and partial remission rates were 70% and 15%.",
     [("complete_remission", {"percent": 70}), ("partial_remission", {"percent": 15})]),
    ("Cytokine release syndrome (CRS) and ICANS occurred in 80% and 20% of patients, respectively.",
     [("crs", {"percent": 80, "grade": "any"}), ("neurotoxicity", {"percent": 20, "grade": "any"})]),
    ("Median event-free survival (EFS) and OS were not reached.", []),
]

# "the 1-year LFS of patients bridged to transplantation": a term after "<term> of patients" names
# the population of the term before, so the values are that term's (the p-value compares them).
OF_PATIENTS_POPULATION = [
    ("The 1-year EFS of patients bridged to HSCT was higher than that of patients without HSCT (81.0% vs. 42.9%, P=0.013).",
     [("event_free_survival", {"percent": 81.0, "months": 12}), ("event_free_survival", {"percent": 42.9, "months": 12}),
      ("p_value", {"value": "0.013", "outcome": "event_free_survival"})]),
    ("The 2-year OS of patients who proceeded to HSCT was 80% versus 40% in those who did not (P = .01).",
     [("overall_survival", {"percent": 80, "months": 24}), ("overall_survival", {"percent": 40, "months": 24}),
      ("p_value", {"value": ".01", "outcome": "overall_survival"})]),
    ("The CR rate of patients treated at DL2 was 90%.", [("complete_remission", {"percent": 90})]),
    ("The proportion of patients bridged to HSCT was 40%.", [("transplant", {"percent": 40})]),
    # a landmark analysis is a method of this study, not a landmark trial
    ("In a landmark analysis, consolidative HSCT was associated with better 1-year LFS (70.1% vs 30.5%, P<0.001).",
     [("leukemia_free_survival", {"percent": 70.1, "months": 12}), ("leukemia_free_survival", {"percent": 30.5, "months": 12}),
      ("p_value", {"value": "<0.001", "outcome": "leukemia_free_survival"})]),
    ("In the other two cohorts, the CR rate was 80%.", [("complete_remission", {"percent": 80})]),
]

# A grade breakdown after a total ("in 5 (25%), all grade 1-2", "both grade 1", "of whom 3 had grade 3",
# "none had grade 3 or higher") is one more graded item, N null; "all grades" is any grade; chronic
# GVHD's mild/moderate/severe is its own scale, not a grade.
GRADE_BREAKDOWNS = [
    ("CRS developed in 18 patients (90%), all grade 1-2.",
     [("crs", {"percent": 90, "n": 18, "grade": "any"}), ("crs", {"n": 18, "N": None, "grade": "1-2"})]),
    ("Acute GVHD was seen in 4 patients (20%), all of them grade I-II, and no chronic GVHD occurred.",
     [("gvhd", {"n": 4, "percent": 20, "grade": "any", "acute": True}), ("gvhd", {"n": 4, "grade": "1-2", "acute": True}),
      ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("CRS occurred in 2 patients, both grade 1.", [("crs", {"n": 2, "grade": "any"}), ("crs", {"n": 2, "grade": "1"})]),
    ("ICANS occurred in 3 patients (15%; both grade 1).", [("neurotoxicity", {"n": 3, "percent": 15, "grade": "any"})]),
    ("CRS occurred in 12 patients, of whom 3 had grade 3.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 3, "N": None, "grade": "3"})]),
    ("Neurotoxic events occurred in 6 patients (15.0%), of which 2 were grade 3.",
     [("neurotoxicity", {"n": 6, "percent": 15.0}), ("neurotoxicity", {"n": 2, "N": None, "grade": "3"})]),
    ("Three patients had grade 2 CRS, and none had grade 3 or higher CRS.",
     [("crs", {"n": 3, "grade": "2"}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 16 of 20 patients (80%); none had grade 4.",
     [("crs", {"n": 16, "N": 20, "percent": 80}), ("crs", {"n": 0, "grade": "4", "negated": True})]),
    ("CRS of all grades occurred in 10 patients.", [("crs", {"n": 10, "grade": "any"})]),
    ("CRS occurred in 10 patients (50%), all of whom recovered.", [("crs", {"n": 10, "percent": 50, "grade": "any"})]),
    ("Severe chronic GVHD occurred in 2 patients.", [("gvhd", {"n": 2, "grade": "any", "chronic": True})]),
    ("Severe acute GVHD occurred in 2 patients.", [("gvhd", {"n": 2, "grade": ">=3", "acute": True})]),
    ("All grade 3 events resolved.", []),
    # "27 had grades 1 to 2 and 4 had grade 3": a number with its own verb is a count, not the end of a band
    ("CRS developed in 31 patients (88.6%); 27 had grades 1 to 2 and 4 had grade 3.",
     [("crs", {"n": 31, "percent": 88.6, "grade": "any"}), ("crs", {"n": 27, "N": None, "grade": "1-2"}),
      ("crs", {"n": 4, "N": None, "grade": "3"})]),
    ("CRS occurred in 20 patients: 15 had grade 1-2 CRS and 5 had grade 3.",
     [("crs", {"n": 20, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"}), ("crs", {"n": 5, "grade": "3"})]),
    ("Grade 1 to 2 CRS occurred in 10 patients and grade 3 in 2.",
     [("crs", {"n": 10, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("Grade 1 and 2 CRS occurred in 6 patients.", [("crs", {"n": 6, "grade": "1-2"})]),
    # listed bands, "respectively": each band is one grade
    ("Grade 1-2 and grade 3-4 CRS occurred in 41 (78.8%) and 6 (11.5%) patients, respectively.",
     [("crs", {"n": 41, "percent": 78.8, "grade": "1-2"}), ("crs", {"n": 6, "percent": 11.5, "grade": "3-4"})]),
    ("Grade I-II and III-IV ICANS were seen in 7 and 2 patients, respectively.",
     [("neurotoxicity", {"n": 7, "grade": "1-2"}), ("neurotoxicity", {"n": 2, "grade": "3-4"})]),
    ("Grade 1, 2 and 3 CRS occurred in 5, 3 and 1 patients, respectively.",
     [("crs", {"n": 5, "grade": "1"}), ("crs", {"n": 3, "grade": "2"}), ("crs", {"n": 1, "grade": "3"})]),
    # an event stated as unrelated to the endpoint is not that endpoint's
    ("Grade 1 ICANS was reported in 3 patients, and one grade 5 event (pulmonary hemorrhage) was judged unrelated to CRS.",
     [("neurotoxicity", {"n": 3, "grade": "1"})]),
    ("ICANS occurred in 4 patients; 2 grade 4 events were not attributed to ICANS.", [("neurotoxicity", {"n": 4, "grade": "any"})]),
    ("ICANS occurred in 4 patients, including 1 grade 3 event.",
     [("neurotoxicity", {"n": 4, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "3"})]),
]

# Per-group counts without "n =": "(DL1, 9; DL2, 17)" after a treated count (the counts must add up
# to it), a disease list right after a patient noun, "at A and B in 6 and 12 patients, respectively"
# (one count per dose), and a count right after "treated"/"infused" ("we … treated 24 patients").
GROUP_COUNTS = [
    ("The treated patients (T-ALL, 30; T-LBL, 12) had received a median of 4 prior lines.",
     [("disease_count", {"value": 30, "label": "T-ALL"}), ("disease_count", {"value": 12, "label": "T-LBL"})]),
    ("Of 30 enrolled patients, 26 were infused (DL1, 9; DL2, 17).",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26}),
      ("patients_treated", {"value": 9, "subgroup": "DL1"}), ("patients_treated", {"value": 17, "subgroup": "DL2"})]),
    ("A total of 40 patients were treated (cohort A: 25; cohort B: 15).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 25, "subgroup": "cohort A"}),
      ("patients_treated", {"value": 15, "subgroup": "cohort B"})]),
    ("Of 30 enrolled patients, 26 were infused (DL1, 9; DL2, 12).",   # 9 + 12 is not 26
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26})]),
    ("Of 30 enrolled patients, 26 were infused (median age, 34).",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26})]),
    ("The CAR was given at DL1 (1 × 10^6/kg) and DL2 (3 × 10^6/kg) in 6 and 12 patients, respectively.",
     [("dose", {"low": 1e6, "label": "DL1"}), ("dose", {"low": 3e6, "label": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 12, "subgroup": "DL2"})]),
    ("Cells were given at 1 × 10^6/kg, 2 × 10^6/kg and 3 × 10^6/kg in 6 and 12 patients, respectively.",   # 3 doses, 2 counts
     [("dose", {"low": 1e6}), ("dose", {"low": 2e6}), ("dose", {"low": 3e6})]),
    ("We designed a CD7 CAR and treated 24 patients with T-LBL (n = 14) or T-ALL (n = 10).",
     [("patients_treated", {"value": 24}), ("disease_count", {"value": 14, "label": "T-LBL"}),
      ("disease_count", {"value": 10, "label": "T-ALL"})]),
    # counts in parentheses after the doses, "(3, 6 and 12 patients, respectively)"
    ("Dose escalation followed a 3+3 design at 2.0 × 10^5, 6.0 × 10^5 and 1.0 × 10^6 cells/kg (3, 6 and 12 patients, respectively).",
     [("dose", {"low": 2e5}), ("dose", {"low": 6e5}), ("dose", {"low": 1e6}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 12})]),
    ("Patients received 1 × 10^6/kg or 3 × 10^6/kg (8 and 10 patients, respectively).",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6}), ("patients_treated", {"value": 8}), ("patients_treated", {"value": 10})]),
    ("Patients received 1 × 10^6/kg or 3 × 10^6/kg (8 and 10 patients, respectively, had prior HSCT).",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
    # each name with its own "(n = k)" after the treated count, adding up to it
    ("Of 143 enrolled patients, 131 were infused with axicabtagene ciloleucel (n = 78) or lisocabtagene maraleucel (n = 53); the median age was 71 years.",
     [("patients_enrolled", {"value": 143}), ("patients_treated", {"value": 131}),
      ("patients_treated", {"value": 78, "subgroup": "axicabtagene ciloleucel"}),
      ("patients_treated", {"value": 53, "subgroup": "lisocabtagene maraleucel"})]),
    ("Thirty patients were treated with tisa-cel (n = 20), axi-cel (n = 6) and brexu-cel (n = 4).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 20, "subgroup": "tisa-cel"}),
      ("patients_treated", {"value": 6, "subgroup": "axi-cel"}), ("patients_treated", {"value": 4, "subgroup": "brexu-cel"})]),
    ("Overall, 40 patients were infused with product A (n = 20) or product B (n = 15).",   # 20 + 15 is not 40
     [("patients_treated", {"value": 40})]),
    # the target named before "CAR" is part of the unit
    ("Overall, 52 patients were infused with 1 × 10^6 CD7 CAR-T cells/kg.",
     [("patients_treated", {"value": 52}), ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("Patients received 2 × 10^6 anti-CD19/CD22 CAR T cells per kg.", [("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Flat doses of 25 × 10^6 and 50 × 10^6 GPRC5D CAR+ T cells were tested.",
     [("dose", {"low": 25e6, "unit": "cells"}), ("dose", {"low": 50e6, "unit": "cells"})]),
    ("We infused a total of 30 patients.", [("patients_treated", {"value": 30})]),
    ("Seventeen patients were enrolled; 15 received BE-CAR7.", [("patients_enrolled", {"value": 17}), ("patients_treated", {"value": 15})]),
    # a count of centres is no patient subgroup
    ("Overall, 41 patients were screened and 38 were enrolled at 9 pediatric centers.", [("patients_enrolled", {"value": 38})]),
    ("Of 40 patients, 36 were infused at 12 adult transplant centres (10 children and 26 adults).",
     [("patients_treated", {"value": 36}), ("patients_treated", {"value": 10, "subgroup": "children"}),
      ("patients_treated", {"value": 26, "subgroup": "adults"})]),
    ("Thirty patients were infused at 6 pediatric sites.", [("patients_treated", {"value": 30})]),
    ("Patients previously treated 3 times were excluded.", []),
    ("Patients (median age 12, range 3-18) had received 3 prior lines.", []),
    ("The patients (CD7, 95%; CD5, 80%) were treated with CAR-T cells.", []),
]

# Counts of responses after a total: "(3 CR, 3 PR)", "(2 CRs and 2 PRs)", "with 10 complete and 6 partial
# remissions" ("complete" shares the noun of "partial remissions"); a number in parentheses before
# anything else ("(1)", "10(6)") is still no count.
RESPONSE_BREAKDOWNS = [
    ("The ORR was 60% (3 CR, 3 PR).",
     [("overall_response", {"percent": 60}), ("complete_remission", {"n": 3}), ("partial_remission", {"n": 3})]),
    ("Four patients responded (2 CRs and 2 PRs).",
     [("overall_response", {"n": 4}), ("complete_remission", {"n": 2}), ("partial_remission", {"n": 2})]),
    ("The ORR was 80%, with 10 complete and 6 partial remissions.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"n": 10}), ("partial_remission", {"n": 6})]),
    ("Of 8 patients with extramedullary disease, 6 responded (four complete and two partial responses).",
     [("overall_response", {"n": 6, "N": 8, "site": "extramedullary"}),
      ("complete_remission", {"n": 4, "site": "extramedullary"}), ("partial_remission", {"n": 2, "site": "extramedullary"})]),
    ("The ORR was 85% (12 CR and 5 PR), and CRS occurred in 10 (50%).",
     [("overall_response", {"percent": 85}), ("complete_remission", {"n": 12}), ("partial_remission", {"n": 5}),
      ("crs", {"n": 10, "percent": 50})]),
    ("Responses were complete and durable in most patients.", []),
]

# A count, its patient noun and the population or group it names, then its percent in parentheses:
# the percent is the count's (with a stated N it must be n/N); a term in the population names it only.
POPULATION_THEN_PERCENT = [
    ("MRD negativity by flow cytometry was attained in 14 of the 16 patients with CR/CRi (87.5%).",
     [("mrd_negative", {"n": 14, "N": 16, "percent": 87.5})]),
    ("MRD-negative CR was achieved by 29 patients in cohort A (85.3%).",
     [("complete_remission", {"n": 29, "percent": 85.3, "mrd_negative": True})]),
    ("CRS occurred in 12 patients with T-ALL (60%; grade 3, 2).",
     [("crs", {"n": 12, "percent": 60, "grade": "any"}), ("crs", {"n": 2, "grade": "3"})]),
    ("Relapse occurred in 6 of 20 patients from the low-dose group (30.0%).", [("relapse", {"n": 6, "N": 20, "percent": 30.0})]),
    # a percent that is not n/N, or that is no result ("(>50% blasts)"), is not the count's
    ("CR was achieved in 14 of 16 patients with high-risk disease (25%).",
     [("complete_remission", {"n": 14, "N": 16, "percent": 87.5}), ("complete_remission", {"percent": 25, "n": None})]),
    ("CR was achieved in 10 patients with bulky disease (>50% blasts).", [("complete_remission", {"n": 10, "percent": None})]),
]

# "N patients (…) who achieved CR were MRD-negative": the relative clause names the population, the
# main verb's term the endpoint; "patients who proceeded to HSCT" alone is still the transplant count.
RELATIVE_SUBJECTS = [
    ("All 12 patients evaluable for MRD who reached CR were MRD-negative at 10^-5.",
     [("mrd_negative", {"n": 12, "N": 12, "percent": 100.0})]),
    ("All 8 patients who achieved CR were MRD-negative.", [("mrd_negative", {"n": 8, "N": 8, "percent": 100.0})]),
    ("Ten patients in cohort A who achieved CR were MRD-negative.", [("mrd_negative", {"n": 10, "N": None})]),
    ("The 37 patients who proceeded to transplant had a 1-year LFS of 70%.",
     [("transplant", {"n": 37}), ("leukemia_free_survival", {"percent": 70, "months": 12})]),
]

# "A total of 18 patients …" is a count, not "of 18 patients" (a denominator).
A_TOTAL_OF = [
    ("A total of 18 patients underwent allo-HSCT after CAR-T therapy.", [("transplant", {"n": 18, "N": None})]),
    ("A total of 12 patients achieved CR.", [("complete_remission", {"n": 12, "N": None})]),
    ("CR was achieved in 9 of 12 patients.", [("complete_remission", {"n": 9, "N": 12})]),
]

NOT_MEASUREMENTS = [
    "Twelve patients had a history of allogeneic HSCT.",
    # a caption's number before its title is no count
    "Table 2 Remission by dose level",
    "Table 3 Complete remission and MRD negativity by disease subtype",
    "Supplementary Table S2 Response by prior transplant",
    "Figure 4 Overall survival by transplant status",
    "Five patients (20%) achieved a very good partial response.",
    "Neutropenia occurred in 20 patients, none of grade 4.",
    "Two patients had progressed after prior chemotherapy.",
    "Ten patients had received prior haplo-HSCT.",
    "Donors were HLA-identical siblings in 6 cases and haploidentical relatives in 11; cells were infused without DLI.",
    "In the pivotal ZUMA-2 trial, brexu-cel produced an objective response rate of 91% and a CR rate of 68%.",
    "The cohort comprised adults with T-ALL and children with T-LBL.",
    "CD7 was expressed on 98% of blasts.",
    "The median age was 35 years (range, 18-70).",
    "Products were successfully manufactured for 24 of 25 patients (96%).",
    "Grade ≥3 neutropenia occurred in 90% of patients.",
    "Grade ≥3 infections occurred in 6 patients.",
    "Twelve patients (60%) had received a prior HSCT.",
    "Eight of them had relapsed after a prior allogeneic HSCT.",
    "In a previous study, the CR rate was 70%.",
    "In earlier CD19 CAR-T series, CR rates ranged from 70% to 90%.",
    "Published anti-CD7 trials reported an ORR of 90%.",
    "In the registration trial of tisagenlecleucel, the overall remission rate within 3 months was 81%.",
    "Three patients died of infection.",
    "Prolonged cytopenias were observed in 5 patients.",
    "Two patients achieved MLFS.",
    "The 1-year non-relapse mortality was 10%.",
    "Transplant-related mortality at 2 years was 9.7%.",
    "Peak CAR-T levels correlated with CRS grade (r = 0.6; P = .01).",
    "In multivariable analysis, MRD negativity predicted longer PFS (HR 0.3; 95% CI 0.1-0.8; P = .01).",
    "Heterogeneity was substantial (I² = 68%, P < .001).",
    "Of the 10 CR patients without transplants, two sustained CR on day 128.",
    "Continuous variables were compared with the Mann-Whitney test, and P < .05 was considered significant.",
    "Tumor-flare reactions at EMD sites were seen in 4 patients.",
    "Older age (≥65 years) was associated with inferior PFS (HR, 1.9; P = .03).",
    # "y" is a year only in a hyphenated landmark; "gr" is a grade only before a grade number
    "Pts aged 3-70 y were enrolled; median age 63 y (range 24-79).",
    "A 3-y-old boy was included.",
    "Grade ≥3 cytopenias in 22 pts (91.7%).",
    "Gr ≥3 neutropenia in 10 pts.",
    # "EM" is extramedullary only right before a response term
    "Effector memory (EM) CAR-T cells were enriched in pts with CR (75%).",
    # relapse before enrolment, however it is worded
    "Eight patients had relapsed after a prior allo-HSCT.",
    "Of the 20 patients, 6 had relapsed after prior CAR-T therapy.",
    "Sixty patients were screened and 12 were excluded.",
    # an association without two stated values, or with a hazard ratio, compares no groups
    "Higher peak CAR-T expansion was associated with CRS (P = .01).",
    "In multivariable analysis, MRD positivity was associated with inferior LFS (hazard ratio, 3.41; 95% CI, 1.52-7.65; P = .003).",
    "Transplant was associated with longer EFS (P = .01) and OS (P = .03).",
    # a bound is not a value; a present-tense statement of a population's prognosis is background
    "Patients with T-ALL who relapse after allo-HSCT have a median overall survival of less than 6 months with salvage chemotherapy.",
    "Patients with T-ALL who relapse after allo-HSCT have a median overall survival of 5 months with salvage chemotherapy.",
    "Adults with R/R B-ALL have a 5-year OS of 10%.",
    "Children with refractory T-ALL have an event-free survival (EFS) below 30% with intensified chemotherapy.",
    "The median OS was more than 24 months.",
    "CR was achieved in at least 50% of patients.",
    # a present-tense statement that outcomes are poor or data limited, and "recent cohorts/series", are background
    "Outcomes are poor for patients progressing after BCMA-directed therapy, with a median PFS of 3-4 months in recent cohorts.",
    "In ZUMA-7, axicabtagene ciloleucel improved event-free survival (median 8.3 vs 2.0 months), but data in older patients are limited.",
    "The prognosis of relapsed T-ALL is dismal, with a 1-year OS of 20%.",
    "In recent series of CD19 CAR-T, the CR rate was 80%.",
]


# Lancet style: once a text labels its CIs, later bounds in parentheses right after an estimate are CIs
# when they contain it; a "(range …)"/"(IQR …)", bounds not containing it, or an unlabelled text are no CI
BARE_CIS = [
    ("12-month and 18-month PFS were 79.1% (95% CI 68.2-86.6) and 66.7% (55.0-76.0), respectively, and 18-month OS was 84.5% (74.4-90.8).",
     [("progression_free_survival", {"percent": 79.1, "months": 12, "ci_low": 68.2, "ci_high": 86.6}),
      ("progression_free_survival", {"percent": 66.7, "months": 18, "ci_low": 55.0, "ci_high": 76.0}),
      ("overall_survival", {"percent": 84.5, "months": 18, "ci_low": 74.4, "ci_high": 90.8})]),
    ("The 1-year EFS was 70.2% (95% CI 60.1 to 79.0). The 2-year OS was 61.0% (48.2–72.3).",
     [("event_free_survival", {"percent": 70.2, "months": 12, "ci_low": 60.1, "ci_high": 79.0}),
      ("overall_survival", {"percent": 61.0, "months": 24, "ci_low": 48.2, "ci_high": 72.3})]),
    ("The 2-year OS was 61.0% (48.2-72.3).", [("overall_survival", {"percent": 61.0, "months": 24, "ci_low": None})]),
    ("The 2-year OS was 61.0% (95% CI 50-70), and 1-year OS was 75.0% (range 60-80).",
     [("overall_survival", {"percent": 61.0, "months": 24, "ci_low": 50}),
      ("overall_survival", {"percent": 75.0, "months": 12, "ci_low": None})]),
    ("The 2-year OS was 61.0% (95% CI 50-70) and the 1-year OS 80.0% (12-16).",
     [("overall_survival", {"percent": 61.0, "months": 24, "ci_low": 50}),
      ("overall_survival", {"percent": 80.0, "months": 12, "ci_low": None})]),
]


# "Among 92 patients evaluable for response," opens with an evaluable cohort (not one evaluable for MRD or
# safety); a treated count restated in a later sentence ("In the 61 patients treated at …") is one count
EVALUABLE_OPENERS = [
    ("Among 92 patients evaluable for response, the best objective response rate was 87.0%.",
     [("patients_treated", {"value": 92, "subgroup": "evaluable"}), ("overall_response", {"percent": 87.0, "N": 92})]),
    ("Of the 40 patients who were evaluable, 30 (75.0%) achieved CR.",
     [("patients_treated", {"value": 40}), ("complete_remission", {"percent": 75.0, "n": 30, "N": 40})]),
    ("Of 35 patients evaluable for MRD, 30 (85.7%) were MRD negative.",
     [("mrd_negative", {"percent": 85.7, "n": 30, "N": 35})]),
    ("Among 50 patients evaluable for safety, CRS occurred in 40 (80.0%).",
     [("crs", {"percent": 80.0, "n": 40, "N": 50})]),
    ("In total, 79 patients received ORCA-T cells (phase 1b, n = 18; phase 2, n = 61). "
     "In the 61 patients treated at the recommended phase 2 dose, the ORR was 91.8%.",
     [("patients_treated", {"value": 79}), ("patients_treated", {"value": 18}), ("patients_treated", {"value": 61}),
      ("overall_response", {"percent": 91.8, "N": 61})]),
]


# landmarks carried to a second survival term: "the corresponding EFS rates were …" takes the landmarks of the
# term before it, "at 24 months, they were …" its own landmark for the terms before it; only when the
# percents that follow are as many as the landmarks (terms)
CARRIED_LANDMARKS = [
    ("Overall survival at 1, 2 and 3 years was 78.3%, 63.0% and 56.4%, respectively, and the corresponding "
     "event-free survival rates were 65.2%, 50.0% and 45.7%.",
     [("overall_survival", {"percent": 78.3, "months": 12}), ("overall_survival", {"percent": 63.0, "months": 24}),
      ("overall_survival", {"percent": 56.4, "months": 36}), ("event_free_survival", {"percent": 65.2, "months": 12}),
      ("event_free_survival", {"percent": 50.0, "months": 24}), ("event_free_survival", {"percent": 45.7, "months": 36})]),
    ("The 1- and 2-year OS rates were 80.0% and 70.0%, respectively; the corresponding EFS rates were 60.0% and 50.0%.",
     [("overall_survival", {"percent": 80.0, "months": 12}), ("overall_survival", {"percent": 70.0, "months": 24}),
      ("event_free_survival", {"percent": 60.0, "months": 12}), ("event_free_survival", {"percent": 50.0, "months": 24})]),
    ("The 2-year OS was 60.0%, and the corresponding PFS was 50.0%.",
     [("overall_survival", {"percent": 60.0, "months": 24}), ("progression_free_survival", {"percent": 50.0, "months": 24})]),
    ("OS at 1 and 2 years was 80% and 70%, respectively; the corresponding EFS was 60%.",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 70, "months": 24})]),
    ("The 12-month EFS and OS were 66.3% (95% CI, 53.8 to 76.2) and 85.1% (95% CI, 74.2 to 91.7), respectively; "
     "at 24 months, they were 55.0% (95% CI, 41.2 to 66.8) and 73.4% (95% CI, 60.1 to 82.9).",
     [("event_free_survival", {"percent": 66.3, "months": 12, "ci_low": 53.8}),
      ("overall_survival", {"percent": 85.1, "months": 12, "ci_low": 74.2}),
      ("event_free_survival", {"percent": 55.0, "months": 24, "ci_low": 41.2, "ci_high": 66.8}),
      ("overall_survival", {"percent": 73.4, "months": 24, "ci_low": 60.1, "ci_high": 82.9})]),
    ("The 1-year OS and LFS were 80% and 70%; at 2 years they were 65% and 55%, respectively.",
     [("overall_survival", {"percent": 80, "months": 12}), ("leukemia_free_survival", {"percent": 70, "months": 12}),
      ("overall_survival", {"percent": 65, "months": 24}), ("leukemia_free_survival", {"percent": 55, "months": 24})]),
    ("The 1-year OS and LFS were 80% and 70%; at 2 years, they were 65%.",
     [("overall_survival", {"percent": 80, "months": 12}), ("leukemia_free_survival", {"percent": 70, "months": 12})]),
]


# blind10: a disease breakdown with no count of its own ("comprised"), doses listed before their
# "(n = a, b, and c, respectively)", "overall and complete response rates", "had consolidative HSCT"
BLIND10_FAMILIES = [
    ("The cohort comprised 15 patients with T-ALL and 6 with T-cell lymphoblastic lymphoma (T-LBL).",
     [("disease_count", {"label": "T-ALL", "value": 15}), ("disease_count", {"label": "T-LBL", "value": 6})]),
    ("The study population consisted of 12 patients with B-ALL and 4 with LBCL.",
     [("disease_count", {"label": "B-ALL", "value": 12}), ("disease_count", {"label": "LBCL", "value": 4})]),
    ("Patients received 1.0 × 10^6, 3.0 × 10^6, or 6.0 × 10^6 CAR+ cells/kg (n = 3, 6, and 16, respectively).",
     [("dose", {"low": 1e6, "high": 1e6}), ("dose", {"low": 3e6, "high": 3e6}), ("dose", {"low": 6e6, "high": 6e6}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 16})]),
    ("The best overall and complete response rates were 88.1% and 69.0%, respectively.",
     [("overall_response", {"percent": 88.1}), ("complete_remission", {"percent": 69.0})]),
    ("Objective and complete response rates were 90% and 70%.",
     [("overall_response", {"percent": 90}), ("complete_remission", {"percent": 70})]),
    ("Overall, 9 responders had consolidative allogeneic HSCT.", [("transplant", {"n": 9})]),
    ("Four patients had a second allo-HSCT.", [("transplant", {"n": 4})]),
    # a percent after the verb of "x of N patients": one item, not the n/N and the percent apart
    ("In DLBCL, 26 of 30 evaluable patients responded (86.7%).",
     [("overall_response", {"percent": 86.7, "n": 26, "N": 30})]),
    ("Overall, 12 of 20 patients relapsed (60%).", [("relapse", {"percent": 60, "n": 12, "N": 20})]),
    # a count right before a distractor term is the distractor's
    ("The ORR was 92% (23/25): 15 patients (60%) achieved CR, 5 (20%) very good partial response, "
     "and 3 (12%) partial response.",
     [("overall_response", {"percent": 92, "n": 23, "N": 25}), ("complete_remission", {"percent": 60, "n": 15}),
      ("partial_remission", {"percent": 12, "n": 3})]),
    # graded absences after their term: "none above grade 2", "none of grade 4", "none of which were grade 3 or higher"
    ("ICANS occurred in 4 (10.5%), none above grade 2.",
     [("neurotoxicity", {"percent": 10.5, "n": 4, "grade": "any"}),
      ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": ">=3", "negated": True})]),
    ("Neurologic events were reported in 14 (20.6%), including 3 (4.4%) of grade 3 and none of grade 4.",
     [("neurotoxicity", {"percent": 20.6, "n": 14, "grade": "any"}), ("neurotoxicity", {"percent": 4.4, "n": 3, "grade": "3"}),
      ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": "4", "negated": True})]),
    ("ICANS of any grade occurred in 4 (6.5%), none of which were grade 3 or higher.",
     [("neurotoxicity", {"percent": 6.5, "n": 4, "grade": "any"}),
      ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": ">=3", "negated": True})]),
    ("Two patients had grade 1 ICANS, and none had grade 3 or higher.",
     [("neurotoxicity", {"n": 2, "grade": "1"}), ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": ">=3", "negated": True})]),
    # "no acute or chronic GVHD": two absences
    ("No acute or chronic GVHD was observed.",
     [("gvhd", {"percent": 0.0, "n": 0, "acute": True, "negated": True}),
      ("gvhd", {"percent": 0.0, "n": 0, "chronic": True, "negated": True})]),
    ("There was no acute GVHD.", [("gvhd", {"percent": 0.0, "n": 0, "acute": True, "negated": True})]),
    # per-dose-level counts in parentheses after the treated verb
    ("Fifteen were enrolled and thirteen were infused (three at DL1, four at DL2 and six at DL3).",
     [("patients_enrolled", {"value": 15}), ("patients_treated", {"value": 13}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 4, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("Twelve patients were treated (6 at dose level 1 and 6 at dose level 2).",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 6, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 2"})]),
    ("CR was achieved in 7 patients (3 at DL1 and 4 at DL2).", [("complete_remission", {"n": 7})]),
    # a breakdown by group after "including", each "x of N <group>" (counts adding up to no more than the total)
    ("Overall, 17 of the 41 responders relapsed, including 4 of the 22 transplanted patients and 13 of the 19 who "
     "were not transplanted.",
     [("relapse", {"n": 17, "N": 41, "percent": 41.5}), ("relapse", {"n": 4, "N": 22, "percent": 18.2, "derived": True}),
      ("relapse", {"n": 13, "N": 19, "percent": 68.4, "derived": True})]),
    ("CR was achieved in 20 of 25 patients, including 8 of 10 children and 12 of 15 adults.",
     [("complete_remission", {"n": 20, "N": 25}), ("complete_remission", {"n": 8, "N": 10, "subgroup": "children"}),
      ("complete_remission", {"n": 12, "N": 15, "subgroup": "adults"})]),
    ("CRS occurred in 10 of 20 patients, including 3 of 5 children and 7 of 15 adults.",
     [("crs", {"n": 10, "N": 20, "grade": "any"}), ("crs", {"n": 3, "N": 5, "grade": "any", "subgroup": "children"}),
      ("crs", {"n": 7, "N": 15, "grade": "any", "subgroup": "adults"})]),
    # a singular patient noun ("one child developed …") is a subject like "one patient"
    ("CRS was grade 1 in four; one child developed grade 2 ICANS that resolved with dexamethasone.",
     [("crs", {"n": 4, "grade": "1"}), ("neurotoxicity", {"n": 1, "grade": "2"})]),
    # "it was …" at the start of a clause: the survival term of the clause before
    ("Median RFS was 11.2 months; it was not reached in patients consolidated with transplant and was 6.0 months "
     "in those who were not (p = 0.002).",
     [("relapse_free_survival", {"median_months": 11.2}), ("relapse_free_survival", {"median_months": 6.0}),
      ("p_value", {"value": "0.002"})]),
    ("Median OS was 11.2 months; it was 6.0 months in patients with CNS disease.",
     [("overall_survival", {"median_months": 11.2}), ("overall_survival", {"median_months": 6.0})]),
    # "x of whom/them" after the count: the last earlier count that can hold it is N (not for grade breakdowns)
    ("Four weeks after infusion, eight of the nine children were in complete remission, seven of whom were MRD-negative.",
     [("complete_remission", {"n": 8, "N": 9}), ("mrd_negative", {"n": 7, "N": 8, "percent": 87.5, "derived": True})]),
    ("The remaining 5 did not undergo transplantation because of infection (n = 2) or patient choice (n = 3); "
     "4 of them relapsed within 6 months.", [("relapse", {"n": 4, "N": 5, "percent": 80.0, "derived": True})]),
    ("Twelve patients had CRS, three of whom had grade 3.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 3, "N": None, "grade": "3"})]),
    # "progressed after initial CR / CAR-T" is a relapse after treatment, like "relapsed after"
    ("Twelve patients progressed after initial CR.", [("relapse", {"n": 12})]),
    ("Two patients progressed after CAR-T infusion.", [("relapse", {"n": 2})]),
    # haploidentical transplant abbreviations
    ("Of the 36 patients in CR, 32 (88.9%) proceeded to haplo-HSCT at a median of 41 days.",
     [("transplant", {"percent": 88.9, "n": 32, "N": 36})]),
    # "all remissions/responders were …" after a count is that count, like "all of them"
    ("CR was achieved in 60 of 66 patients (90.9%), and all remissions were MRD-negative by flow cytometry.",
     [("complete_remission", {"percent": 90.9, "n": 60, "N": 66}),
      ("mrd_negative", {"n": 60, "N": 60, "percent": 100.0, "derived": True})]),
    ("CR was achieved in 20 of 25 patients; all responses were durable.", [("complete_remission", {"n": 20, "N": 25})]),
]


# blind11 families
BLIND11_FAMILIES = [
    # "at doses between A and B" is one range, not two dose levels
    ("Patients received CD7 CAR-T cells at doses between 5 × 10^5 and 2 × 10^6 cells/kg.",
     [("dose", {"low": 5e5, "high": 2e6, "unit": "cells/kg"})]),
    ("Flat doses between 1 × 10^8 and 3 × 10^8 CAR-T cells were given.",
     [("dose", {"low": 1e8, "high": 3e8, "unit": "cells"})]),
    # negatives: a two-level list joined by "and" stays two levels
    ("Patients received 5 × 10^5 and 2 × 10^6 cells/kg in the two cohorts.",
     [("dose", {"low": 5e5, "high": 5e5}), ("dose", {"low": 2e6, "high": 2e6})]),
    # "CR with undetectable MRD" / "complete remission with MRD negativity" is an MRD-negative CR
    ("CR with undetectable MRD was attained by 38 patients.",
     [("complete_remission", {"n": 38, "mrd_negative": True})]),
    ("Complete remission with undetectable minimal residual disease was achieved in 20 of 25 patients (80.0%).",
     [("complete_remission", {"n": 20, "N": 25, "percent": 80.0, "mrd_negative": True})]),
    # negative: MRD reported in its own clause stays the mrd_negative endpoint
    ("CR was achieved in 20 of 25 patients, with undetectable MRD in 15.",
     [("complete_remission", {"n": 20, "N": 25, "mrd_negative": None}), ("mrd_negative", {"n": 15})]),
    # a response rate defined as "(CR + CRi)" is a CR/CRi rate
    ("The overall remission rate (CR + CRi) at day 28 was 91.5% (54/59).",
     [("complete_remission", {"percent": 91.5, "n": 54, "N": 59, "includes_cri": True, "timepoint_days": 28})]),
    ("The ORR (CR/CRi) was 80% (16 of 20).",
     [("complete_remission", {"percent": 80, "n": 16, "N": 20, "includes_cri": True})]),
    # negative: "(CR + PR)" stays an ORR
    ("The overall response rate (CR + PR) was 75% (15/20).",
     [("overall_response", {"percent": 75, "n": 15, "N": 20})]),
    # per-dose-level counts after a colon, like those in parentheses
    ("Fourteen patients (T-ALL, 10; T-LBL, 3; ETP-ALL, 1) were treated: three at DL1, three at DL2 and eight at DL3.",
     [("patients_treated", {"value": 14}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 3, "subgroup": "DL2"}), ("patients_treated", {"value": 8, "subgroup": "DL3"}),
      ("disease_count", {"value": 10, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "T-LBL"}),
      ("disease_count", {"value": 1, "label": "ETP-ALL"})]),
    ("Twelve patients were infused: 4 at dose level 1 and 8 at dose level 2.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 4, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 8, "subgroup": "dose level 2"})]),
    # negative: one level after the colon is no breakdown
    ("Ten patients were treated: all at DL2.", [("patients_treated", {"value": 10})]),
    # "this study/analysis included N patients …" is the analysed cohort, like "we included";
    # a response named in its relative clause ("who achieved CR") selects it and is no rate
    ("This two-center retrospective study included 53 patients with R/R T-ALL/LBL who achieved CR after CD7 CAR-T "
     "therapy between 2021 and 2024.", [("patients_treated", {"value": 53})]),
    ("The analysis included 40 patients; 36 (90%) achieved CR.",
     [("patients_treated", {"value": 40}), ("complete_remission", {"percent": 90, "n": 36})]),
    # negative: "included" with no count of patients after it
    ("The study included patients with T-ALL; 36 of 40 (90%) achieved CR.",
     [("complete_remission", {"percent": 90, "n": 36, "N": 40})]),
    # "… at the same landmarks" takes the landmarks of the survival term before it, like "the corresponding"
    ("Event-free survival at 12 and 24 months was 66% and 52%, respectively; overall survival at the same "
     "landmarks was 84% and 71%.",
     [("event_free_survival", {"percent": 66, "months": 12}), ("event_free_survival", {"percent": 52, "months": 24}),
      ("overall_survival", {"percent": 84, "months": 12}), ("overall_survival", {"percent": 71, "months": 24})]),
    ("The 1-year OS was 80%; LFS at the same time point was 65%.",
     [("overall_survival", {"percent": 80, "months": 12}), ("leukemia_free_survival", {"percent": 65, "months": 12})]),
    # negative: as many percents as landmarks, or nothing
    ("OS at 1 and 2 years was 80% and 70%; EFS at the same landmarks was 60%.",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 70, "months": 24})]),
    # a count after a follow-up opener reports the term after it, never the follow-up
    ("Over a median follow-up of 19.7 months (interquartile range, 10.2-28.5), 17 of the 42 patients in CR relapsed: "
     "9 relapses were CD7-negative and 8 were CD7-positive.",
     [("median_followup", {"months": 19.7}), ("relapse", {"n": 17, "N": 42, "percent": 40.5, "derived": True}),
      ("relapse", {"n": 9})]),
    ("With a median follow-up of 12 months, 8 of 20 patients (40%) relapsed.",
     [("median_followup", {"months": 12}), ("relapse", {"n": 8, "N": 20, "percent": 40})]),
    # negative: the follow-up's own duration stays with it
    ("The median follow-up was 14.2 months.", [("median_followup", {"months": 14.2})]),
    # "21 grade ≥3 (33.9%)": the percent after a count's grade belongs to that count
    ("CRS occurred in 48 patients (77.4%): 27 grade 1-2 and 21 grade ≥3 (33.9%), including 2 grade 4 events.",
     [("crs", {"percent": 77.4, "n": 48, "grade": "any"}), ("crs", {"n": 27, "grade": "1-2"}),
      ("crs", {"percent": 33.9, "n": 21, "grade": ">=3"}), ("crs", {"n": 2, "grade": "4"})]),
    ("CRS occurred in 20 patients: 15 grade 1-2 (75%) and 5 grade 3 (25%).",
     [("crs", {"n": 20, "grade": "any"}), ("crs", {"percent": 75, "n": 15, "grade": "1-2"}),
      ("crs", {"percent": 25, "n": 5, "grade": "3"})]),
    # negative: a percent with its own count stays apart
    ("Grade 3 CRS occurred in 5 patients (25%).", [("crs", {"percent": 25, "n": 5, "grade": "3"})]),
    # counts written after their grade in a breakdown ("grade I–II, 6; grade III–IV, 1"), or "N of grade X"
    ("Acute GVHD occurred in 7 patients (grade I–II, 6; grade III–IV, 1) and chronic GVHD in 2.",
     [("gvhd", {"n": 7, "grade": "any", "acute": True}), ("gvhd", {"n": 6, "grade": "1-2", "acute": True}),
      ("gvhd", {"n": 1, "grade": "3-4", "acute": True}), ("gvhd", {"n": 2, "grade": "any", "chronic": True})]),
    ("CRS occurred in 18 patients (grade 1, 12; grade 2, 6).",
     [("crs", {"n": 18, "grade": "any"}), ("crs", {"n": 12, "grade": "1"}), ("crs", {"n": 6, "grade": "2"})]),
    ("CRS occurred in 45 patients (93.8%), with 6 of grade ≥3; no patient developed ICANS.",
     [("crs", {"percent": 93.8, "n": 45, "grade": "any"}), ("crs", {"n": 6, "grade": ">=3"}),
      ("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    # negative: a number after a grade that does not close a breakdown entry is no count
    ("CRS occurred in 20 patients, grade 3 in 2021 cohorts being rare.", [("crs", {"n": 20, "grade": "any"})]),
    # a bare count after a comma, "with"/"achieving" a response, is that response's count
    ("At day 28, the ORR was 71.4% (10 of 14), and 7 patients (50.0%) achieved CR/CRi, six with MRD negativity.",
     [("overall_response", {"percent": 71.4, "n": 10, "N": 14, "timepoint_days": 28}),
      ("complete_remission", {"percent": 50.0, "n": 7, "includes_cri": True}),
      ("mrd_negative", {"n": 6, "N": None, "timepoint_days": 28})]),
    ("Twenty patients were infused, 15 achieving CR.",
     [("patients_treated", {"value": 20}), ("complete_remission", {"n": 15, "N": None})]),
    # negative: only responses; "8 with relapse after allo-HSCT" is a baseline, not a relapse count
    ("Ten patients were infused, 8 with relapse after allo-HSCT.", [("patients_treated", {"value": 10})]),
]

# blind12 families
BLIND12_FAMILIES = [
    # per-dose-level counts after the treated verb's object (doses with their labels in parentheses)
    ("Twelve patients (median age 27 years; range 16-61) were treated with flat doses of 2 × 10^7 (DL1), "
     "6 × 10^7 (DL2) or 1.5 × 10^8 (DL3) cells: three at DL1, four at DL2 and five at DL3.",
     [("patients_treated", {"value": 12}), ("dose", {"low": 2e7, "label": "DL1"}), ("dose", {"low": 6e7, "label": "DL2"}),
      ("dose", {"low": 1.5e8, "label": "DL3"}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 4, "subgroup": "DL2"}), ("patients_treated", {"value": 5, "subgroup": "DL3"})]),
    ("Nine patients were treated with escalating doses of CAR-T cells (3 patients at dose level 1, 3 at dose level 2 "
     "and 3 at dose level 3).",
     [("patients_treated", {"value": 9}), ("patients_treated", {"value": 3, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 3, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 3, "subgroup": "dose level 3"})]),
    # negative: a result's breakdown by level after the treated count is no treated count
    ("Of the 12 treated patients, CR was achieved in 7 (3 at DL1 and 4 at DL2).",
     [("patients_treated", {"value": 12}), ("complete_remission", {"n": 7, "N": 12})]),
    # per-dose counts named by flat doses whose unit is stated elsewhere, adding up to the treated count
    ("Of 62 enrolled patients, 57 received an infusion (150 × 10^6, n = 9; 300 × 10^6, n = 30; 450 × 10^6, n = 18).",
     [("patients_enrolled", {"value": 62}), ("patients_treated", {"value": 57}),
      ("patients_treated", {"value": 9, "subgroup": "150 × 10^6"}),
      ("patients_treated", {"value": 30, "subgroup": "300 × 10^6"}),
      ("patients_treated", {"value": 18, "subgroup": "450 × 10^6"})]),
    ("Forty patients were infused (1 × 10^8, n = 10; 3 × 10^8, n = 30).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 10, "subgroup": "1 × 10^8"}),
      ("patients_treated", {"value": 30, "subgroup": "3 × 10^8"})]),
    # negative: counts that do not add up to the treated count
    ("Forty patients were infused (1 × 10^8, n = 10; 3 × 10^8, n = 20).", [("patients_treated", {"value": 40})]),
    # a phase's number is never a count of the patients after it
    ("We conducted a single-center phase 1 trial (ChiCTR2388001201) in which patients received autologous CD7 CAR-T "
     "cells at 1.0 × 10^6/kg (dose level 1) or 2.0 × 10^6/kg (dose level 2) after fludarabine/cyclophosphamide.",
     [("dose", {"low": 1e6, "label": "dose level 1"}), ("dose", {"low": 2e6, "label": "dose level 2"})]),
    ("In this phase 1/2 study, patients were infused with 1 × 10^6 CAR-T cells/kg.", [("dose", {"low": 1e6})]),
    ("In this phase 2 study, 40 patients were infused with 1 × 10^6 CAR-T cells/kg.",
     [("patients_treated", {"value": 40}), ("dose", {"low": 1e6})]),
    # a lone "all k <group>" after "including" is a breakdown of the total: n = N = k for that group
    ("Ten of 12 patients (83.3%) achieved CR or CRi by day 28, including all five treated at DL3.",
     [("complete_remission", {"percent": 83.3, "n": 10, "N": 12, "timepoint_days": 28, "includes_cri": True}),
      ("complete_remission", {"percent": 100.0, "n": 5, "N": 5, "timepoint_days": 28, "includes_cri": True,
                              "subgroup": "DL3", "derived": True})]),
    ("CR was achieved in 9 of 12 patients, including all 6 patients at dose level 2.",
     [("complete_remission", {"n": 9, "N": 12}),
      ("complete_remission", {"n": 6, "N": 6, "percent": 100.0, "subgroup": "dose level 2"})]),
    ("CRS occurred in 15 of 20 patients, including all 4 children.",
     [("crs", {"n": 15, "N": 20, "grade": "any"}), ("crs", {"n": 4, "N": 4, "grade": "any", "subgroup": "children"})]),
    # negatives: no count, or more than the total
    ("Nine of 12 patients responded, including all patients at DL3.", [("overall_response", {"n": 9, "N": 12})]),
    ("CR was achieved in 9 of 12 patients, including all 10 patients at dose level 2.",
     [("complete_remission", {"n": 9, "N": 12})]),
    # "it" after a population opener ("; among transplanted patients it reached …") is the survival term before
    ("With a median follow-up of 18 months, the 2-year EFS was 58.2% (95% CI 41.0%-72.0%) for the whole cohort; "
     "among transplanted patients it reached 76.4% versus 37.1% for those who were not (p=0.008).",
     [("median_followup", {"months": 18}),
      ("event_free_survival", {"percent": 58.2, "months": 24, "ci_low": 41.0, "ci_high": 72.0}),
      ("event_free_survival", {"percent": 76.4, "months": 24}), ("event_free_survival", {"percent": 37.1, "months": 24}),
      ("p_value", {"value": "0.008", "outcome": "event_free_survival"})]),
    ("The 1-year OS was 70%; in patients bridged to HSCT, it was 85% compared with 50% in those who were not (P = .01).",
     [("overall_survival", {"percent": 70, "months": 12}), ("overall_survival", {"percent": 85, "months": 12}),
      ("overall_survival", {"percent": 50, "months": 12}), ("p_value", {"value": ".01"})]),
    ("The 2-year LFS was 60%, and among MRD-negative patients it rose to 75%.",
     [("leukemia_free_survival", {"percent": 60, "months": 24}), ("leukemia_free_survival", {"percent": 75, "months": 24})]),
    # a death from a graded event whose grade is stated is a count of that grade
    ("One patient died of grade 5 ICANS.", [("neurotoxicity", {"n": 1, "grade": "5"})]),
    ("Two patients died from grade 5 CRS; no other deaths occurred.", [("crs", {"n": 2, "grade": "5"})]),
    # negatives: no grade stated (its grade would be inferred), or another cause of death
    ("One patient died of ICANS.", []),
    ("One patient died of sepsis after grade 3 CRS.", []),
    # "with a CR rate of y" after "the ORR was x": x stays the ORR's (a value stated for its own term)
    ("The best ORR was 90.1% with a CR rate of 75.3%.",
     [("overall_response", {"percent": 90.1}), ("complete_remission", {"percent": 75.3})]),
    ("The best overall response rate was 91% with a complete response rate of 68%.",
     [("overall_response", {"percent": 91}), ("complete_remission", {"percent": 68})]),
    ("The ORR was 85% with CR in 60%.", [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60})]),
    # negative: a value with no term of its own still takes the term it is "in"/"with"
    ("The ORR was 80% (16/20), with 56.3% in CR.",
     [("overall_response", {"percent": 80, "n": 16, "N": 20}), ("complete_remission", {"percent": 56.3})]),
    # a lone grade after "CRS and ICANS …" followed by one value per term: each term's graded value in turn
    ("Rates of CRS and ICANS of any grade were 88% and 46%, and of grade ≥3, 7% and 21%, respectively.",
     [("crs", {"percent": 88, "grade": "any"}), ("neurotoxicity", {"percent": 46, "grade": "any"}),
      ("crs", {"percent": 7, "grade": ">=3"}), ("neurotoxicity", {"percent": 21, "grade": ">=3"})]),
    ("CRS and ICANS occurred in 40 (80%) and 12 (24%) patients; grade 3 or higher in 4 (8%) and 3 (6%), respectively.",
     [("crs", {"percent": 80, "n": 40, "grade": "any"}), ("neurotoxicity", {"percent": 24, "n": 12, "grade": "any"}),
      ("crs", {"percent": 8, "n": 4, "grade": ">=3"}), ("neurotoxicity", {"percent": 6, "n": 3, "grade": ">=3"})]),
    ("Any-grade CRS and ICANS occurred in 88% and 46% of patients, and grade ≥3 in 7% and 21%.",
     [("crs", {"percent": 88, "grade": "any"}), ("neurotoxicity", {"percent": 46, "grade": "any"}),
      ("crs", {"percent": 7, "grade": ">=3"}), ("neurotoxicity", {"percent": 21, "grade": ">=3"})]),
    # the count of an opener ("In the 8 patients with T-LBL, …") is the N of a term that states its own value
    ("In the 8 patients with T-LBL, the extramedullary ORR was 75% and the extramedullary CR rate 50%.",
     [("overall_response", {"percent": 75, "N": 8, "n": None, "site": "extramedullary"}),
      ("complete_remission", {"percent": 50, "N": 8, "n": None, "site": "extramedullary"})]),
    ("In 20 patients with CNS disease, the CR rate was 70%.",
     [("complete_remission", {"percent": 70, "N": 20, "n": None})]),
    # negative: with no value of its own, the opener's count is the term's count
    ("In 2 patients, CRS was grade 3.", [("crs", {"n": 2, "grade": "3"})]),
    # a bare relapse or transplant count equal to one stated in an earlier sentence restates it
    ("Among the 18 patients in CR, 7 proceeded to allo-HSCT; 1 of these 7 and 8 of the 11 non-transplanted patients "
     "relapsed. Of the 8 relapses without transplant, 5 were CD7-negative. Three-year OS was 85.7% in the 7 patients "
     "who underwent consolidative HSCT and 38.5% in the 13 who did not (P = .047).",
     [("transplant", {"n": 7, "N": 18}), ("relapse", {"n": 1, "N": 7}), ("relapse", {"n": 8, "N": 11}),
      ("overall_survival", {"percent": 85.7, "months": 36, "N": 7}), ("overall_survival", {"percent": 38.5, "months": 36}),
      ("p_value", {"value": ".047"})]),
    ("Of the 20 patients in CR, 12 (60%) proceeded to allo-HSCT. The 2-year OS was 80% in the 12 patients who "
     "underwent HSCT.",
     [("transplant", {"percent": 60, "n": 12, "N": 20}), ("overall_survival", {"percent": 80, "months": 24, "N": 12})]),
    # negative: the same number for another endpoint is no restatement
    ("Relapse occurred in 8 of 20 patients (40%). Eight patients underwent allo-HSCT.",
     [("relapse", {"percent": 40, "n": 8, "N": 20}), ("transplant", {"n": 8})]),
]

BLIND13_FAMILIES = [
    # spelled-out IEC-HS is a distractor: its grade is no neurotoxicity grade
    ("CRS occurred in nine patients and no ICANS was reported, although one patient developed grade 3 immune effector "
     "cell-associated hemophagocytic lymphohistiocytosis-like syndrome.",
     [("crs", {"n": 9, "grade": "any"}), ("neurotoxicity", {"n": 0, "negated": True})]),
    ("ICANS occurred in 4 patients (20%); one patient had grade 4 immune effector cell-associated HLH-like syndrome.",
     [("neurotoxicity", {"n": 4, "percent": 20, "grade": "any"})]),
    # "MRD-neg" (conference abbreviation)
    ("At d28, BM CR/CRi was achieved in 93.3% (42/45), and 40 pts (88.9%) were MRD-neg (<0.01%) by FCM.",
     [("complete_remission", {"percent": 93.3, "n": 42, "N": 45, "includes_cri": True}),
      ("mrd_negative", {"percent": 88.9, "n": 40})]),
    ("MRD-neg CR was seen in 12 pts.", [("complete_remission", {"n": 12, "mrd_negative": True})]),
    # "alloHCT" (no hyphen) after a transplant verb
    ("Forty-eight of 119 responders (40.3%) proceeded to consolidative alloHCT.",
     [("transplant", {"percent": 40.3, "n": 48, "N": 119})]),
    ("Twelve patients underwent haploHCT.", [("transplant", {"n": 12})]),
    # "x of the remaining N": the remaining count is the denominator, not a count of its own
    ("After excluding three early deaths, 41 of the remaining 76 proceeded to consolidative allo-HSCT and 35 did not.",
     [("transplant", {"n": 41, "N": 76})]),
    ("Of the remaining 12 patients, 5 relapsed.", [("relapse", {"n": 5, "N": 12})]),
    # a number word before a fraction ("one third of cases") is no count
    ("A second relapse occurs in roughly one third of cases.", []),
    ("Relapse occurred in one-half of the patients.", []),
    # background: a disease that "remains the most aggressive …" / "is an aggressive …"
    ("Primary plasma cell leukemia remains the most aggressive plasma cell dyscrasia, with a median overall survival of "
     "roughly 2 years despite autologous transplantation.", []),
    ("T-ALL is an aggressive malignancy with a 5-year OS of 30% after relapse.", []),
    # negative: an "aggressive" cohort in a result is still a result
    ("Responses were durable in patients with aggressive histologies (ORR 80%).", [("overall_response", {"percent": 80})]),
    # "N patients had progressed and …" (follow-up events) is a relapse count
    ("After a median follow-up of 13 months (range 5-26), 5 patients had progressed and 3 had died.",
     [("median_followup", {"months": 13}), ("relapse", {"n": 5})]),
    ("At data cutoff, 4 of 20 patients had progressed and 2 had died.", [("relapse", {"n": 4, "N": 20})]),
    # negative: progression before enrolment
    ("Eleven patients had progressed on two prior lines of therapy.", []),
    # "stringent complete response(s)" is a CR
    ("The best overall response rate was 10/11, including seven stringent complete responses.",
     [("overall_response", {"n": 10, "N": 11}), ("complete_remission", {"n": 7})]),
    ("A stringent complete response was achieved in 12 of 20 patients (60%).",
     [("complete_remission", {"percent": 60, "n": 12, "N": 20})]),
    # "None of the patients / No patient proceeded to HSCT" is a transplant absence
    ("None of the patients proceeded to allogeneic transplantation.", [("transplant", {"n": 0, "negated": True})]),
    ("No patient underwent allo-HSCT after CAR-T.", [("transplant", {"n": 0, "negated": True})]),
    # negative: patients who did not proceed are a population
    ("The 1-year OS was 60% in patients who did not proceed to HSCT.", [("overall_survival", {"percent": 60, "months": 12})]),
    # T-cell lymphoma subtypes as diseases, each with its count
    ("Twenty-four patients were infused: PTCL not otherwise specified (PTCL-NOS; n = 9), angioimmunoblastic T-cell "
     "lymphoma (AITL; n = 5), ALK-negative anaplastic large cell lymphoma (ALCL; n = 2), and T-LBL (n = 8).",
     [("patients_treated", {"value": 24}), ("disease_count", {"value": 9, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 5, "label": "AITL"}), ("disease_count", {"value": 2, "label": "ALCL"}),
      ("disease_count", {"value": 8, "label": "T-LBL"})]),
    ("Sixteen patients were treated (AITL, n = 10; ALCL, n = 6).",
     [("patients_treated", {"value": 16}), ("disease_count", {"value": 10, "label": "AITL"}),
      ("disease_count", {"value": 6, "label": "ALCL"})]),
    # a disease breakdown with no cohort verb: two or more "N (patients) had <disease>"
    ("Fifteen patients had T-ALL (four with an early T-cell precursor immunophenotype) and six had T-LBL; the median "
     "age was 17 years (range, 5–52).",
     [("disease_count", {"value": 15, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"})]),
    ("Twelve patients had DLBCL, five had FL and three had MCL.",
     [("disease_count", {"value": 12, "label": "DLBCL"}), ("disease_count", {"value": 5, "label": "FL"}),
      ("disease_count", {"value": 3, "label": "MCL"})]),
    # negative: one such clause is no breakdown
    ("Of the 20 patients, 3 had AML.", []),
    # a term inside the opener ("In N patients with <term>, …") names the population of the term after it
    ("In 19 patients with CD19-negative relapse, the remission rate was 84% (16 of 19).",
     [("complete_remission", {"percent": 84, "n": 16, "N": 19})]),
    ("Among 12 patients with CNS relapse, CR was achieved in 10.", [("complete_remission", {"n": 10, "N": 12})]),
    # Lancet style: an unlabelled "(a–not reached)" after a median is its CI (an open bound is never a range's)
    ("Median event-free survival was 7·9 months (95% CI 5·6–11·3) and median overall survival was 19·4 months "
     "(13·0–not reached).",
     [("event_free_survival", {"median_months": 7.9, "ci_low": 5.6, "ci_high": 11.3}),
      ("overall_survival", {"median_months": 19.4, "ci_low": 13.0, "ci_high": None})]),
    ("The median PFS was 12.0 months (95% CI 8.1-15.0); median OS was 24.5 months (18.2 to NR).",
     [("progression_free_survival", {"median_months": 12, "ci_low": 8.1, "ci_high": 15.0}),
      ("overall_survival", {"median_months": 24.5, "ci_low": 18.2, "ci_high": None})]),
    # negative: an unlabelled pair of numbers after a follow-up is its range, not a CI
    ("Median follow-up was 16·8 months (10·2–22·5) and the 1-year OS was 60% (95% CI 40-75).",
     [("median_followup", {"months": 16.8}), ("overall_survival", {"percent": 60, "months": 12, "ci_low": 40})]),
]

@pytest.mark.parametrize("text", NOT_MEASUREMENTS)
def test_not_measurements(text):
    assert read_text(text) == []


def test_background_section_is_skipped():
    text = ("**Background:** In a previous registry analysis, the 1-year OS was 18%.\n\n"
            "**Results:** The 1-year OS was 70.6% (95% CI: 52.3%–83.1%).")
    assert read_text(text) == [("overall_survival", {"percent": 70.6, "months": 12, "ci_low": 52.3, "ci_high": 83.1})]


def test_full_paper_sections():
    """Introduction and Discussion of a full text cite other trials; methods state thresholds."""
    text = ("Abstract\nThe CR rate was 90% (18/20).\n\n1. Introduction\nCD19 CAR-T cells induce CR in 81% of "
            "patients [1].\n\n2. Methods\nP < .05 was considered significant.\n\n3. Results\nCRS occurred in "
            "15 patients (75%).\n\n4. Discussion\nOur CR rate of 90% compares with 81% for tisagenlecleucel.")
    _matches(read_text(text), [("complete_remission", {"percent": 90}), ("crs", {"n": 15, "percent": 75})])


def test_restatement_is_one_measurement():
    text = "The CR rate was 90% (18/20). Conclusions: CAR-T cells induced CR in 90% of patients."
    assert [e for e, _ in read_text(text)] == ["complete_remission"]


# ---------------------------------------------------------------- sentences and evidence
@pytest.mark.parametrize("text, n", [
    ("The 2-year OS was 63.5% (95% CI, 47.7-79.4). PFS was 53.7%.", 2),
    ("Survival was 60% vs. 40% in controls (P = .008). Next.", 2),
    ("As shown by Smith et al. in 2020, n = 18 responded. Next.", 2),
    ("Median PFS was 6.1 months (range, 4.0-9.2). Next.", 2),
    ("RESULTS: Twenty patients were enrolled.\nCONCLUSIONS: It works.", 2),
    ("Results were good; CR in 90%: grade 1 in 9.", 1),
    ("Line one of a wrapped PDF sentence that goes on\nand ends here. Second sentence.", 2),
    ("Title\n\nBody text.", 2),
])
def test_sentence_splitter(text, n):
    got = split_sentences(text)
    assert len(got) == n, [text[a:b] for a, b in got]
    assert [s.text for s in get_nlp()(text).sents if s.text.strip()] and True


ROUND_TRIP = sorted([*CORPUS.iterdir(), *CORPUS.parent.glob("heldout/corpus/*"), *CORPUS.parent.glob("regression/*/corpus/*")])


@pytest.mark.parametrize("path", ROUND_TRIP, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_evidence_offsets_round_trip_on_dev_corpus(path):
    for doc in read_path(path):
        for m in extract_measurements(doc):
            ev = m.evidence
            assert doc.text[ev.start:ev.end] == ev.text
            assert ev.text == ev.text.strip()
            assert not ev.text.lower().startswith(("results:", "**results", "methods:", "ab  -"))
            assert doc.body_range[0] <= ev.start and ev.end <= doc.body_range[1]
            assert m.rule, m


@pytest.mark.parametrize("opener", [
    "Here we report long-term outcomes of all 21 infused patients.",
    "Here, we present the 4-year follow-up.",
    "We now report the final analysis of the trial.",
    "In this update, we describe outcomes after a median of 5 years.",
    "This report presents updated results.",
])
def test_introduction_running_on_into_results_ends_at_the_report_opener(opener):
    """JCO Clinical Trial Updates: "PURPOSE:" then boilerplate, the earlier report (background, left out)
    and the update's results in one paragraph, with no further label."""
    text = ("PURPOSE: Clinical Trial Updates provide an opportunity to disseminate additional results. We previously "
            "reported CR in 19 of 21 patients (90.5%), with a 1-year OS of 71.4%. " + opener +
            " The 4-year OS was 47.6% (95% CI, 26.4 to 66.1). Chronic GVHD occurred in 4 of 12 patients (33.3%).")
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    got = sorted((m.endpoint, m.fields.get("percent")) for m in extract_measurements(doc) if m.endpoint != "patients_treated")
    assert got == [("gvhd", 33.3), ("overall_survival", 47.6)]
    # without the opener the whole paragraph is the purpose: nothing is read
    doc = Document(path="x.txt", format="text", sha256="0", text=text.replace(opener + " ", ""))
    assert extract_measurements(doc) == ()


def test_labels_and_medline_prefixes_are_not_evidence():
    docs = read_path(CORPUS / "dev-08.txt") + read_path(CORPUS / "dev-09.xml") + read_path(CORPUS / "dev-10.txt")
    texts = [doc.text[a:b] for doc in docs for a, b in iter_sentences(doc)]
    assert any(t.startswith("A total of 47 patients") for t in texts)          # after "RESULTS: "
    assert any(t.startswith("Twenty patients were enrolled") for t in texts)   # XML "RESULTS: " label
    assert any(t.startswith("As of April 30, 2025") for t in texts)            # "Results: " in plain text


def test_rule_ids_come_from_the_rule_files():
    ids = {p["id"] for p in load_rules("terms.jsonl")}
    cues = load_rules("cues.json")
    ids |= {r["id"] for r in cues["cohort"]} | {r["id"] for r in cues["regex_terms"]}
    ids |= {"cohort.treated", "cohort.subgroup", "cohort.dose-level", "cohort.named-group", "cohort.disease", "dose.per-kg",
            "dose.per-m2", "dose.cells", "p.compare"}
    for name in ("dev-01.txt", "dev-06.txt", "dev-07.txt"):
        for doc in read_path(CORPUS / name):
            for m in extract_measurements(doc):
                assert m.rule in ids, m.rule


def test_patterns_sharing_an_id_share_attributes():
    seen = {}
    for p in load_rules("terms.jsonl"):
        assert seen.setdefault(p["id"], p.get("attrs")) == p.get("attrs"), p["id"]


def test_rules_hash_is_stable_hex():
    h = rules_hash()
    assert h == rules_hash() and len(h) == 64 and int(h, 16) >= 0


def test_rules_hash_covers_the_extractor_code_not_only_the_rule_files(monkeypatch):
    """A change to the linking code (not only to a rule file) must re-extract a registry."""
    from pathlib import Path
    before = rules_hash()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real(self) + (b"#" if self.name == "endpoints.py" else b""))
    assert rules_hash() != before


def test_preclinical_and_meta_analysis_have_no_measurements():
    for name, pmid in (("dev-04.txt", "880400404"), ("dev-09.xml", "880900902")):
        rec = next(r for r in map(extract_document, read_path(CORPUS / name)) if r.pmid == pmid)
        assert rec.measurements == ()


# ---------------------------------------------------------------- invariants
FRAGMENTS = ["CR", "CRS", "ICANS", "OS", "2-year", "PFS", " was ", " in ", "17 of 19", "(89.5%)", "grade ≥3",
             "95% CI, 47.7-79.4", "; ", ", ", ". ", "\n", "\n\n", "no ", "patients", "n = 18", "P = .004", " vs ",
             "$1.5 \\times 10^8$", "CAR-T cells/kg", "×", "10^6", "RESULTS: ", "**Methods:**", "sur-\nvival",
             "Twenty-two", "median", "months", "(range, 2.1-18.4)", "respectively", "MRD-negative", "é", "\u2009"]


@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_evidence_offsets_round_trip_on_arbitrary_text(text):
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    rec = extract_document(doc)
    for m in rec.measurements:
        ev = m.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("text, evidence, expected", [
    # an endpoint term before a colon starts a result: kept, and read
    ("Results: 24 pts were infused. ICANS: gr 1 in 2 pts. No GVHD.", "ICANS: gr 1 in 2 pts.",
     ("neurotoxicity", {"grade": "1", "n": 2})),
    ("CRS: any grade 91.7%, grade ≥3 8.3%.", "CRS: any grade 91.7%, grade ≥3 8.3%.",
     ("crs", {"grade": ">=3", "percent": 8.3})),
    ("OVERALL SURVIVAL: the 2-year OS was 60%.", "OVERALL SURVIVAL: the 2-year OS was 60%.",
     ("overall_survival", {"percent": 60, "months": 24})),
    # section labels, known or all-capitals without an endpoint term, are stripped
    ("RESULTS: CRS occurred in 20 pts.", "CRS occurred in 20 pts.", ("crs", {"n": 20})),
    ("TOXICITY SUMMARY: CRS in 5 pts.", "CRS in 5 pts.", ("crs", {"n": 5})),
    ("Safety: ICANS in 3 pts.", "ICANS in 3 pts.", ("neurotoxicity", {"n": 3})),
])
def test_endpoint_label_is_not_a_section_label(text, evidence, expected):
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    ms = [m for m in extract_measurements(doc) if m.endpoint == expected[0]
          and all(m.fields.get(k) == v for k, v in expected[1].items())]
    assert len(ms) == 1 and ms[0].evidence.text == evidence, [(m.endpoint, m.fields, m.evidence.text) for m in ms]


@pytest.mark.parametrize("text, sentences", [
    # a unit abbreviation after a number ends the sentence before a capitalised word
    ("Med f/u 15.7 mo. The ORR was 80%.", ["Med f/u 15.7 mo.", "The ORR was 80%."]),
    ("OS was 12 mos. Median PFS was 8 mos.", ["OS was 12 mos.", "Median PFS was 8 mos."]),
    ("Median OS 12 mo. OS at 1 yr was 60%.", ["Median OS 12 mo.", "OS at 1 yr was 60%."]),
    ("Responses lasted 2 yrs. Relapse occurred in 3 pts.", ["Responses lasted 2 yrs.", "Relapse occurred in 3 pts."]),
    ("Engraftment by 3 wks. No GVHD.", ["Engraftment by 3 wks.", "No GVHD."]),
    ("ICANS: gr 1 in 2 pts. No GVHD.", ["ICANS: gr 1 in 2 pts.", "No GVHD."]),
    ("Median age 63 y. Most were male.", ["Median age 63 y.", "Most were male."]),
    ("Med f/u 15.7 mo. 12-mo PFS 58.1%.", ["Med f/u 15.7 mo.", "12-mo PFS 58.1%."]),
    ("Median DOR was 21.0 mo in CR pts. Any-grade CRS 84.1%.", ["Median DOR was 21.0 mo in CR pts.", "Any-grade CRS 84.1%."]),
    # … and nowhere else: abbreviations without a number, lower case or a symbol after it
    ("Median PFS 6.1 vs. 3.2 mo. in controls.", ["Median PFS 6.1 vs. 3.2 mo. in controls."]),
    ("Response at 6 mo. vs. 3 mo. was similar.", ["Response at 6 mo. vs. 3 mo. was similar."]),
    ("Median OS 12 mo. (95% CI 8-16).", ["Median OS 12 mo. (95% CI 8-16)."]),
    ("Seen in 3 pts. P = .04 overall.", ["Seen in 3 pts. P = .04 overall."]),
    ("As in Smith et al. Results were similar.", ["As in Smith et al. Results were similar."]),
    ("Common AEs, e.g. CRS, were mild.", ["Common AEs, e.g. CRS, were mild."]),
    ("Median mo. Count was 5.", ["Median mo. Count was 5."]),
    ("CRS gr. 2 in 3 pts.", ["CRS gr. 2 in 3 pts."]),
    ("Pt. 3 had CR.", ["Pt. 3 had CR."]),
    # a product's letter is no initial: "CAR-T." and "CAR T." end the sentence; "J. Smith" does not
    ("Median 5 prior CD19 CAR-T. One DLT occurred at DL3.", ["Median 5 prior CD19 CAR-T.", "One DLT occurred at DL3."]),
    ("All had failed CAR T. Nine relapsed.", ["All had failed CAR T.", "Nine relapsed."]),
    ("Treated by J. Smith at DL2.", ["Treated by J. Smith at DL2."]),
])
def test_sentence_ends_after_unit_abbreviations(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize("text,sentences", [
    # a narrow column's lines run on in lower case: no short line there is a heading
    ("Complete remission or CRi was\nreached by two of three patients at dose level 1.\nOf seven patients with extramedullary\n"
     "disease at baseline, four had a complete response.",
     ["Complete remission or CRi was\nreached by two of three patients at dose level 1.",
      "Of seven patients with extramedullary\ndisease at baseline, four had a complete response."]),
    ("Eight patients in remission proceeded to\nallogeneic HSCT at a median of 47 days.",
     ["Eight patients in remission proceeded to\nallogeneic HSCT at a median of 47 days."]),
    # … but a heading is short, whatever follows it; and a short line before a capital still ends one
    ("Results\nn=14 infused (AML n=10, MPAL n=4).", ["Results", "n=14 infused (AML n=10, MPAL n=4)."]),
    ("Patient characteristics\nmedian age was 46 years.", ["Patient characteristics", "median age was 46 years."]),
    ("Safety and tolerability\nCRS occurred in 9 patients.", ["Safety and tolerability", "CRS occurred in 9 patients."]),
])
def test_lines_of_a_narrow_column_run_on_and_headings_stay_apart(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


BLIND15_FAMILIES = [
    # PDF damage inside a line: a space after the decimal point ("93. 6%", "20. 3 months (range, 6. 1-36. 8)")
    ("On day 28, 44 patients (93. 6%) achieved complete remission (CR), and 42 (89. 4%) were MRD-negative.",
     [("complete_remission", {"percent": 93.6, "n": 44, "timepoint_days": 28}),
      ("mrd_negative", {"percent": 89.4, "n": 42, "timepoint_days": 28})]),
    ("With a median follow-up of 20. 3 months (range, 6. 1-36. 8), the 2-year OS was 78. 2% (95% CI, 64. 0-87. 3).",
     [("median_followup", {"months": 20.3, "range_low": 6.1, "range_high": 36.8}),
      ("overall_survival", {"percent": 78.2, "months": 24, "ci_low": 64.0, "ci_high": 87.3})]),
    ("Patients received 0.5-2. 0 × 10 6 cells/kg.", [("dose", {"low": 500000, "high": 2000000, "unit": "cells/kg"})]),
    # negative: a sentence ending in a number before one starting with a count is no decimal
    ("The trial opened in 2019. 12 patients were infused.", [("patients_treated", {"value": 12})]),
    # and a line-break hyphen left inside a line ("incom- plete", "neuro- toxicity"), but not a suspended one
    ("Twenty patients (80. 0%) achieved CR or CR with incom- plete count recovery, and immune effector "
     "cell-associated neuro- toxicity syndrome occurred in 2 (8. 0%).",
     [("complete_remission", {"percent": 80.0, "n": 20, "includes_cri": True}),
      ("neurotoxicity", {"percent": 8.0, "n": 2, "grade": "any"})]),
    ("Grade 3 pre- and post-transplant infections occurred in 4 patients.", []),
    # doses per body-surface area ("CAR-T cells/m²")
    ("Patients received CD30 CAR-T cells at 3 dose levels (2 × 10^7, 1 × 10^8 and 2 × 10^8 CAR-T cells/m²).",
     [("dose", {"low": 2e7, "high": 2e7, "unit": "cells/m2"}), ("dose", {"low": 1e8, "high": 1e8, "unit": "cells/m2"}),
      ("dose", {"low": 2e8, "high": 2e8, "unit": "cells/m2"})]),
    ("GD2 CAR-T cells were given at 1 × 10^7 cells per square meter.",
     [("dose", {"low": 1e7, "high": 1e7, "unit": "cells/m2"})]),
    # negative: per kilogram stays per kilogram
    ("Patients received 1 × 10^6 CAR-T cells/kg.", [("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    # a disease list, then the product's groups after the verb; "chimeric antigen receptor" names the product
    ("In this multicenter study, 47 patients with R/R T-ALL (n = 35) or T-lymphoblastic lymphoma (n = 12) received "
     "autologous (n = 30) or donor-derived (n = 17) CD7 chimeric antigen receptor (CAR) T cells.",
     [("patients_treated", {"value": 47}), ("disease_count", {"value": 35, "label": "T-ALL"}),
      ("disease_count", {"value": 12, "label": "T-LBL"}),
      ("patients_treated", {"value": 30, "subgroup": "autologous"}),
      ("patients_treated", {"value": 17, "subgroup": "donor-derived"})]),
    ("Thirty patients received autologous (n = 20) or donor-derived (n = 10) CAR T cells.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 20, "subgroup": "autologous"}),
      ("patients_treated", {"value": 10, "subgroup": "donor-derived"})]),
    # negative: groups that do not add up to the treated count are no breakdown of it
    ("Thirty patients with T-ALL (n = 20) or T-LBL (n = 10) received CAR T cells, autologous (n = 12) in most.",
     [("patients_treated", {"value": 30}), ("disease_count", {"value": 20, "label": "T-ALL"}),
      ("disease_count", {"value": 10, "label": "T-LBL"})]),
    # extranodal NK/T-cell lymphoma is ENKTL
    ("Fifteen patients were treated: ALCL (n = 6), PTCL-NOS (n = 5), AITL (n = 3) and extranodal NK/T-cell "
     "lymphoma (ENKTL; n = 1).",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 6, "label": "ALCL"}),
      ("disease_count", {"value": 5, "label": "PTCL-NOS"}), ("disease_count", {"value": 3, "label": "AITL"}),
      ("disease_count", {"value": 1, "label": "ENKTL"})]),
    # (a bare "NK/T-cell lymphoma" keeps its name, as the blind46 and blind94 golds write it)
    ("Twelve patients were infused: PTCL (n = 8) and NK/T-cell lymphoma (n = 4).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "PTCL"}),
      ("disease_count", {"value": 4, "label": "NK/T-cell lymphoma"})]),    # a grade breakdown with a count after a comma: "(grade 1-2, 16; grade 3, 3)" is no list of grades
    ("Cytokine release syndrome (CRS) occurred in 19 patients (90.5%; grade 1-2, 16; grade 3, 3).",
     [("crs", {"percent": 90.5, "n": 19, "grade": "any"}), ("crs", {"n": 16, "grade": "1-2"}),
      ("crs", {"n": 3, "grade": "3"})]),
    ("CRS occurred in 12 patients (80.0%) and was mostly low grade (grade 1-2, 11 patients; grade 4, 1 patient).",
     [("crs", {"percent": 80.0, "n": 12, "grade": "any"}), ("crs", {"n": 11, "grade": "1-2"}),
      ("crs", {"n": 1, "grade": "4"})]),
    # negative: a real list of grades stays one
    ("CRS of grades 1, 2, and 3 occurred in 10, 5 and 2 patients, respectively.",
     [("crs", {"n": 10, "grade": "1"}), ("crs", {"n": 5, "grade": "2"}), ("crs", {"n": 2, "grade": "3"})]),
    # "all grade 1 (n = 5) or grade 2 (n = 2)": a grade with its own count is no grade of the whole total
    ("CRS occurred in 7 patients, all grade 1 (n = 5) or grade 2 (n = 2).",
     [("crs", {"n": 7, "grade": "any"}), ("crs", {"n": 5, "grade": "1"}), ("crs", {"n": 2, "grade": "2"})]),
    ("ICANS developed in 9 patients, all grade 1 (n = 6) or grade 2 (n = 3).",
     [("neurotoxicity", {"n": 9, "grade": "any"}), ("neurotoxicity", {"n": 6, "grade": "1"}),
      ("neurotoxicity", {"n": 3, "grade": "2"})]),
    # negative: "all grade 1-2" with no counts of its own is still the whole total's grade
    ("CRS occurred in 5 patients (25%), all grade 1-2.",
     [("crs", {"percent": 25, "n": 5, "grade": "any"}), ("crs", {"n": 5, "grade": "1-2"})]),
    # "recipients in CR" names a population, not a CR rate
    ("Among CAR-T recipients in CR, the 2-year cumulative incidence of relapse was 23.1% with consolidative HSCT "
     "and 61.5% without (P<0.001).",
     [("relapse", {"percent": 23.1}), ("relapse", {"percent": 61.5}),
      ("p_value", {"value": "<0.001", "outcome": "relapse"})]),
    ("For recipients in complete remission, the 1-year relapse rate was 20%.", [("relapse", {"percent": 20})]),
    # kinds of the relapses counted are no relapse counts: "9 of the 16 relapses were CD7 negative",
    # "including isolated CNS relapse in 2"
    ("Relapse occurred in 4 of 39 transplanted patients (10.3%) and in 12 of 22 non-transplanted patients (54.5%), "
     "and 9 of the 16 relapses were CD7 negative.",
     [("relapse", {"percent": 10.3, "n": 4, "N": 39}), ("relapse", {"percent": 54.5, "n": 12, "N": 22})]),
    ("Eleven patients relapsed, 5 of the 11 relapses being antigen-negative.", [("relapse", {"n": 11})]),
    ("Relapse occurred in 18 patients (CD19-negative, n = 8), including isolated CNS relapse in 2.",
     [("relapse", {"n": 18})]),
    # negative: "x of the N patients" relapsing is a relapse rate
    ("Relapse occurred in 5 of the 20 patients.", [("relapse", {"n": 5, "N": 20})]),    # a table copied as text (tab-separated rows): a row's last cell reports its own row, not the next row's label
    ("\tDL1 (n=4)\tTotal (n=10)\nMRD-negative CR/CRi, n (%)\t2 (50.0)\t8 (80.0)\nCRS, any grade, n (%)\t3 (75.0)\t9 (90.0)\n"
     "ICANS, any grade, n (%)\t1 (25.0)\t2 (20.0)",
     [("patients_treated", {"value": 4, "subgroup": "DL1"}),
      ("complete_remission", {"n": 2, "percent": 50.0, "mrd_negative": True}),
      ("complete_remission", {"n": 8, "percent": 80.0, "mrd_negative": True}),
      ("crs", {"n": 3, "percent": 75.0, "grade": "any"}), ("crs", {"n": 9, "percent": 90.0, "grade": "any"}),
      ("neurotoxicity", {"n": 1, "percent": 25.0, "grade": "any"}),
      ("neurotoxicity", {"n": 2, "percent": 20.0, "grade": "any"})]),
    ("Outcome\tCohort A\tCohort B\nCR, n (%)\t9 (90.0)\t7 (70.0)\nCRS grade >=3, n (%)\t1 (10.0)\t2 (20.0)",
     [("complete_remission", {"n": 9, "percent": 90.0}), ("complete_remission", {"n": 7, "percent": 70.0}),
      ("crs", {"n": 1, "percent": 10.0, "grade": ">=3"}), ("crs", {"n": 2, "percent": 20.0, "grade": ">=3"})]),    # a disease breakdown named as one needs no cohort verb: "Disease types were T-ALL (n=18) and T-LBL (n=4)"
    ("Disease types were T-ALL (n=18) and T-LBL (n=4); 9 patients (40.9%) had relapsed after a prior allo-HSCT.",
     [("disease_count", {"value": 18, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    ("Diagnoses included DLBCL (n = 20), tFL (n = 6) and PMBCL (n = 3).",
     [("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 6, "label": "tFL"}),
      ("disease_count", {"value": 3, "label": "PMBCL"})]),
    # negative: rates per disease with the disease's "(n = k)" are no disease breakdown
    ("CR rates were 80% in T-ALL (n = 10) and 50% in T-LBL (n = 4).",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 50})]),
]


BLIND14_FAMILIES = [
    # background: results of named pivotal trials ("In the pivotal ZUMA-1 and JULIET trials, …")
    ("In the pivotal ZUMA-1 and JULIET trials, best complete response (CR) rates were 54% and 40%, respectively.", []),
    ("In the registrational KarMMa-1, CARTITUDE-1 and LEGEND-2 trials, ORRs were 73%, 97% and 88%.", []),
    # negative: this study's own trial named with a digit is no background
    ("In this phase 2 trial, the CR rate was 60% (12/20).", [("complete_remission", {"percent": 60, "n": 12, "N": 20})]),
    # a treatment given for a toxicity is no measurement of that toxicity
    ("CRS occurred in 50 patients (86.2%) and was grade III/IV in 5 (8.6%), with tocilizumab given to 22 (37.9%).",
     [("crs", {"percent": 86.2, "n": 50, "grade": "any"}), ("crs", {"percent": 8.6, "n": 5, "grade": "3-4"})]),
    ("ICANS developed in 9 patients (30%), and 6 (20%) received corticosteroids.",
     [("neurotoxicity", {"percent": 30, "n": 9, "grade": "any"})]),
    # a count of none for a graded term is a stated absence: "grade ≥ 3, n = 0"
    ("ICANS was infrequent (grade 1-2, n = 2; grade ≥ 3, n = 0).",
     [("neurotoxicity", {"n": 2, "grade": "1-2"}),
      ("neurotoxicity", {"n": 0, "percent": 0.0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 12 patients (grade 1-2, n = 12; grade 3 or higher, n = 0).",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 12, "grade": "1-2"}),
      ("crs", {"n": 0, "percent": 0.0, "grade": ">=3", "negated": True})]),
    # "neurotoxic effects" names neurotoxicity; "occurred in none" is an absence
    ("No patient had neurotoxic effects of grade 3 or higher.",
     [("neurotoxicity", {"n": 0, "percent": 0.0, "grade": ">=3", "negated": True})]),
    ("CRS had occurred in 22 patients (grade 3 in 2), and ICANS occurred in none.",
     [("crs", {"n": 22, "grade": "any"}), ("crs", {"n": 2, "grade": "3"}),
      ("neurotoxicity", {"n": 0, "percent": 0.0, "grade": "any", "negated": True})]),
    ("Neurologic effects occurred in 4 patients (20%).", [("neurotoxicity", {"n": 4, "percent": 20, "grade": "any"})]),
    # negative: "occurred in none of the 3 …" is no bare absence of the term
    ("ICANS occurred in 2 of 10 patients; relapse occurred in none of the 3 with CNS disease.",
     [("neurotoxicity", {"n": 2, "N": 10, "grade": "any"})]),
    # a screened count is no enrolled count ("Of 14 patients who underwent screening, 12 were enrolled")
    ("Of 14 patients who underwent screening, 12 were enrolled and 10 received an infusion.",
     [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 10})]),
    ("Thirty patients underwent screening and 25 were enrolled.", [("patients_enrolled", {"value": 25})]),
    # patients who did not receive the cells are no treated count; "leaving N who were infused" is
    ("Overall, 45 patients were enrolled; three did not receive CAR-T because of disease progression (n = 2) or "
     "manufacturing failure (n = 1), leaving 42 who were infused and evaluable.",
     [("patients_enrolled", {"value": 45}), ("patients_treated", {"value": 42})]),
    ("Of 30 patients enrolled, 4 were not infused because of rapid progression, leaving 26 who were treated.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26})]),
    # per-dose-level counts after a comma right after the treated verb's object
    ("Ten patients received an infusion, 3 at dose level 1 and 7 at dose level 2.",
     [("patients_treated", {"value": 10}), ("patients_treated", {"value": 3, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 7, "subgroup": "dose level 2"})]),
    ("Twelve patients were treated, 4 at DL1, 4 at DL2 and 4 at DL3.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 4, "subgroup": "DL1"}),
      ("patients_treated", {"value": 4, "subgroup": "DL2"}), ("patients_treated", {"value": 4, "subgroup": "DL3"})]),
    # negative: a result's breakdown after a comma is no treated count
    ("Of the 12 treated patients, CR was achieved in 7, 3 at DL1 and 4 at DL2.",
     [("patients_treated", {"value": 12}), ("complete_remission", {"n": 7, "N": 12})]),
    # named groups: longer names, "(abbreviation; n = k)", an article before each name
    ("Overall, 62 patients were enrolled and 58 were infused (children, n = 41; young adults aged 18-30 years, n = 17).",
     [("patients_enrolled", {"value": 62}), ("patients_treated", {"value": 58}),
      ("patients_treated", {"value": 41, "subgroup": "children"}),
      ("patients_treated", {"value": 17, "subgroup": "young adults aged 18-30 years"})]),
    ("We analyzed 284 adults with relapsed or refractory LBCL who were infused with axicabtagene ciloleucel "
     "(axi-cel; n = 172) or tisagenlecleucel (tisa-cel; n = 112) at 16 US centers.",
     [("patients_treated", {"value": 284}), ("patients_treated", {"value": 172, "subgroup": "axicabtagene ciloleucel"}),
      ("patients_treated", {"value": 112, "subgroup": "tisagenlecleucel"})]),
    ("Overall, 27 patients were enrolled and 25 received CD7 CAR-T cells derived from an HLA-matched sibling (n = 9), "
     "a matched unrelated donor (n = 4), or a haploidentical donor (n = 12).",
     [("patients_enrolled", {"value": 27}), ("patients_treated", {"value": 25}),
      ("patients_treated", {"value": 9, "subgroup": "HLA-matched sibling"}),
      ("patients_treated", {"value": 4, "subgroup": "matched unrelated donor"}),
      ("patients_treated", {"value": 12, "subgroup": "haploidentical donor"})]),
    # negative: groups that do not add up to the treated count
    ("Overall, 25 patients received cells from a matched sibling (n = 9) or a haploidentical donor (n = 12).",
     [("patients_treated", {"value": 25})]),
    # negative: the names are kinds of the noun after them (sites of relapse), not groups of the treated
    ("We describe eleven children who received CD19-directed CAR-T cells for isolated central nervous system "
     "(CNS; n = 8) or testicular (n = 3) relapse between 2020 and 2024.",
     [("patients_treated", {"value": 11})]),
    ("Twenty patients with bone marrow (n = 14) or extramedullary (n = 6) disease were treated.",
     [("patients_treated", {"value": 20})]),
    # a count "to proceed/undergo" a transplant is the transplant's, and "while in remission" is its condition
    ("Within 28 days, 9 of the 10 patients had a complete remission, which allowed 7 patients to proceed to "
     "allogeneic stem-cell transplantation while in remission.",
     [("complete_remission", {"n": 9, "N": 10}), ("transplant", {"n": 7})]),
    ("Eleven of 12 patients achieved CR, enabling 8 patients to undergo allo-HSCT while in CR.",
     [("complete_remission", {"n": 11, "N": 12}), ("transplant", {"n": 8})]),
]


OPEN_FAMILIES = [
    # per-group treated counts: slash-packed names and counts adding up to the treated total
    ("As of Jul 1, 2024, 48 pts were enrolled and 45 were infused (T-ALL, 31; T-LBL, 14; DL1/DL2/DL3, 6/15/24).",
     [("patients_enrolled", {"value": 48}), ("patients_treated", {"value": 45}),
      ("disease_count", {"value": 31, "label": "T-ALL"}), ("disease_count", {"value": 14, "label": "T-LBL"}),
      ("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 15, "subgroup": "DL2"}),
      ("patients_treated", {"value": 24, "subgroup": "DL3"})]),
    ("Seventeen patients were infused (children/adults, 8/9).",
     [("patients_treated", {"value": 17}), ("patients_treated", {"value": 8, "subgroup": "children"}),
      ("patients_treated", {"value": 9, "subgroup": "adults"})]),
    # negative: a slash-packed result is no group count
    ("Forty-one patients were infused (CR/CRi, 34/41).",
     [("patients_treated", {"value": 41}), ("complete_remission", {"n": 34, "N": 41, "includes_cri": True})]),
    # counts listed before the levels they were treated at, "respectively"
    ("Twenty-four patients were infused; 3, 9, and 12 patients were treated at DL1, DL2, and DL3, respectively.",
     [("patients_treated", {"value": 24}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 9, "subgroup": "DL2"}), ("patients_treated", {"value": 12, "subgroup": "DL3"})]),
    ("Three, six and nine patients were treated at dose levels 1, 2 and 3, respectively.",
     [("patients_treated", {"value": 3, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 9, "subgroup": "dose level 3"})]),
    # negative: a result listed per level is no treated count
    ("CR was achieved in 3, 5 and 7 patients at DL1, DL2 and DL3, respectively.",
     [("complete_remission", {"n": 3}), ("complete_remission", {"n": 5}), ("complete_remission", {"n": 7})]),
    # named groups with a patient noun after the count: "(phase 1, 17 patients; phase 2, 44 patients …)"
    ("A total of 61 patients received GC5-CAR (phase 1, 17 patients; phase 2, 44 patients at the recommended phase 2 "
     "dose), including 38 (62%) with previous exposure to BCMA-directed therapy.",
     [("patients_treated", {"value": 61}), ("patients_treated", {"value": 17, "subgroup": "phase 1"}),
      ("patients_treated", {"value": 44, "subgroup": "phase 2"})]),
    ("Overall, 40 patients were infused (cohort A, 12 patients; cohort B, 28 patients).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "cohort A"}),
      ("patients_treated", {"value": 28, "subgroup": "cohort B"})]),
    # "k in phase 1b … and m in phase 2" after the treated verb (a colon or a comma), asides and all
    ("Of 71 patients enrolled, 64 were infused: 18 in phase 1b (six per dose level) and 46 in phase 2.",
     [("patients_enrolled", {"value": 71}), ("patients_treated", {"value": 64}),
      ("patients_treated", {"value": 18, "subgroup": "phase 1b"}),
      ("patients_treated", {"value": 46, "subgroup": "phase 2"})]),
    ("Sixty patients were treated, 20 in cohort A and 40 in cohort B.",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 20, "subgroup": "cohort A"}),
      ("patients_treated", {"value": 40, "subgroup": "cohort B"})]),
    # negative: a result's breakdown after a colon
    ("Of the 60 treated patients, CR was achieved in 40: 15 in cohort A and 25 in cohort B.",
     [("patients_treated", {"value": 60}), ("complete_remission", {"n": 40, "N": 60})]),
    # a disease breakdown right after "Of the N patients" (no cohort verb)
    ("Of the 24 patients (T-ALL, 17; T-LBL, 7), 22 (91.7%) had achieved complete remission (CR) by day 28.",
     [("disease_count", {"value": 17, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"}),
      ("complete_remission", {"percent": 91.7, "n": 22, "N": 24, "timepoint_days": 28})]),
    ("Among 30 patients (DLBCL, 20; FL, 10), the ORR was 80%.",
     [("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 10, "label": "FL"}),
      ("overall_response", {"percent": 80, "N": 30})]),
    # negative: an aside with no disease
    ("Among 30 patients (median age 45 years), the ORR was 80%.", [("overall_response", {"percent": 80, "N": 30})]),
    # grade breakdowns: "all gr 1" after a total, counts before their grades, a list ended by a dash
    ("CRS occurred in 42 pts (93.3%), and ICANS in 3 (6.7%), all gr 1.",
     [("crs", {"percent": 93.3, "n": 42, "grade": "any"}), ("neurotoxicity", {"percent": 6.7, "n": 3, "grade": "any"}),
      ("neurotoxicity", {"n": 3, "grade": "1"})]),
    ("Neurotoxicity occurred in two children (one grade one, one grade three), both with CNS relapse.",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("CRS occurred in 5 patients (1 grade 1, 2 grade 2 and 2 grade 3).",
     [("crs", {"n": 5, "grade": "any"}), ("crs", {"n": 1, "grade": "1"}), ("crs", {"n": 2, "grade": "2"}),
      ("crs", {"n": 2, "grade": "3"})]),
    ("Cytokine release syndrome was observed in 23 patients (92.0%) — grade 1 in 8, grade 2 in 12, grade 3 in 2, and "
     "grade 4 in 1 — and neurotoxicity was limited to grade 1 in 2 patients.",
     [("crs", {"percent": 92.0, "n": 23, "grade": "any"}), ("crs", {"n": 8, "grade": "1"}),
      ("crs", {"n": 12, "grade": "2"}), ("crs", {"n": 2, "grade": "3"}), ("crs", {"n": 1, "grade": "4"}),
      ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("CRS occurred in 10 patients (grade 1 in 6 - all resolved - and grade 2 in 4).",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 6, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    # elliptic responses: "8 had a complete and 2 a partial extramedullary response" (no ORR), "EM PR in 3 on PET-CT"
    ("Of the 11 patients with extramedullary disease, 8 had a complete and 2 a partial extramedullary response at "
     "3 months.",
     [("complete_remission", {"n": 8, "N": 11, "site": "extramedullary", "timepoint_days": 91}),
      ("partial_remission", {"n": 2, "N": 11, "site": "extramedullary", "timepoint_days": 91})]),
    ("Of the 9 patients with extramedullary disease, 6 had a complete and 3 a partial response.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 9, "site": "extramedullary"})]),
    ("Among 14 pts with EMD, the EM ORR at wk 12 was 85.7% (12/14), incl. EM CR in 9 and EM PR in 3 on PET-CT.",
     [("overall_response", {"percent": 85.7, "n": 12, "N": 14}),
      ("complete_remission", {"n": 9, "N": 14, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 14, "site": "extramedullary"})]),
    ("CR was achieved in 9 at day 28 and PR in 2 at day 28.",
     [("complete_remission", {"n": 9, "timepoint_days": 28}), ("partial_remission", {"n": 2, "timepoint_days": 28})]),
    # an "among the N patients …," opener after a clause break gives N to what follows it
    ("Eighteen of twenty patients (90%) achieved MRD-negative complete remission in the bone marrow by day 28, and "
     "among the seven patients with extramedullary disease, five achieved complete and one partial remission on PET–CT.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20, "site": "bone marrow", "mrd_negative": True}),
      ("complete_remission", {"n": 5, "N": 7, "site": "extramedullary"}),
      ("partial_remission", {"n": 1, "N": 7, "site": "extramedullary"})]),
    ("The ORR was 80%; among the 10 patients with CNS disease, 7 achieved CR.",
     [("overall_response", {"percent": 80, "N": None}), ("complete_remission", {"n": 7, "N": 10})]),
    # negative: a population with no patient noun is no opener
    ("Of 20 patients, 15 achieved CR, and among the 5 nonresponders, 3 died.",
     [("complete_remission", {"n": 15, "N": 20})]),
    # terms named as examples after a term ("…, including ICANS and cerebellar toxicity,") take no value
    ("Cytokine release syndrome occurred in 54 patients (89%); neurotoxic events, including ICANS and cerebellar "
     "toxicity, occurred in 11 patients (18%) and were of grade 3 or higher in 4 (7%).",
     [("crs", {"percent": 89, "n": 54, "grade": "any"}), ("neurotoxicity", {"percent": 18, "n": 11, "grade": "any"}),
      ("neurotoxicity", {"percent": 7, "n": 4, "grade": ">=3"})]),
    ("Overall responses, including CR and PR, occurred in 16 patients (80%).",
     [("overall_response", {"percent": 80, "n": 16})]),
    ("Neurologic toxicities, such as ICANS and tremor, were seen in 6 patients (30%).",
     [("neurotoxicity", {"percent": 30, "n": 6, "grade": "any"})]),
    # a site breakdown in parentheses after "involvement/disease" is no result
    ("Among 12 patients with extramedullary involvement (central nervous system in 8, testis in 4), extramedullary CR "
     "was achieved in 10 (83.3%) at the day-90 assessment.",
     [("complete_remission", {"percent": 83.3, "n": 10, "N": 12, "site": "extramedullary", "timepoint_days": 90})]),
    ("Of 9 patients with CNS disease (parenchymal in 3, meningeal in 6), 7 achieved CR.",
     [("complete_remission", {"n": 7, "N": 9})]),
    # negative: a grade breakdown in parentheses still counts
    ("CRS occurred in 10 patients (grade 1 in 6, grade 2 in 4).",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 6, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    # negative: a list of grades is still one list
    ("Grade 1, 2 and 3 CRS occurred in 5, 3 and 1 patients, respectively.",
     [("crs", {"n": 5, "grade": "1"}), ("crs", {"n": 3, "grade": "2"}), ("crs", {"n": 1, "grade": "3"})]),
]


# blind16 (tests/data/regression/blind16): families its first run missed or over-read
BLIND16_FAMILIES = [
    # a percent after the term restates the count's rate: one result, the percent as written, its CI kept
    ("Within 28 days of infusion, 22 of the 24 patients achieved complete remission (CR) or CR with incomplete "
     "hematologic recovery (CRi) in the bone marrow (91.7%; 95% CI, 73.0-99.0).",
     [("complete_remission", {"percent": 91.7, "n": 22, "N": 24, "timepoint_days": 28, "site": "bone marrow",
                              "includes_cri": True, "subgroup": None, "ci_low": 73.0, "ci_high": 99.0})]),
    ("At day 28, 13 of 15 infused patients achieved CR or CRi (87% [95% CI 60-98]).",
     [("complete_remission", {"percent": 87, "n": 13, "N": 15, "timepoint_days": 28, "ci_low": 60, "ci_high": 98})]),
    ("By day 28, 18 of 20 patients achieved CR at day 28 (90%).",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20, "subgroup": None})]),
    # negative: a percent that is not the count's rate stays a result of its own
    ("18 of 20 patients achieved CR (75% of the intention-to-treat population).",
     [("complete_remission", {"n": 18, "N": 20}), ("complete_remission", {"percent": 75, "n": None})]),
    # reasons with their counts are no results: "six did not, because of early relapse (n = 1), …"
    ("Twenty-six patients (81.3%) proceeded to allo-HSCT at a median of 47 days (range, 29-88) after infusion; six did "
     "not, because of early relapse (n = 1), fungal infection (n = 3) or donor unavailability (n = 2).",
     [("transplant", {"percent": 81.3, "n": 26})]),
    ("Five patients were not transplanted due to relapse (n = 3) or infection (n = 2).", []),
    # negative: a relapse count with a cause after it is still a relapse count
    ("Relapse occurred in 3 patients (n = 3) due to antigen loss.", [("relapse", {"n": 3})]),
    # prior donor lymphocyte infusion or therapy "before enrolment" is no treated count
    ("The median time from transplantation to relapse was 7.5 months (range, 3-26 months), and 6 patients had "
     "received donor lymphocyte infusion before enrolment.", []),
    ("Eight patients had received blinatumomab before enrollment.", []),
    # negative: donor-derived CAR-T cells are the treatment
    ("Twelve patients received donor-derived CD7 CAR-T cells.", [("patients_treated", {"value": 12})]),
    # "mPFS", "mOS": a median of the survival term, not a follow-up
    ("Median f/u 12.4 mo. mPFS 6.2 mo (95% CI 3.1-NR); 12-mo PFS 34.8% (95% CI: 17.1, 53.2); 12-mo OS 61.0%.",
     [("median_followup", {"months": 12.4}),
      ("progression_free_survival", {"median_months": 6.2, "ci_low": 3.1, "ci_high": None}),
      ("progression_free_survival", {"percent": 34.8, "months": 12, "ci_low": 17.1, "ci_high": 53.2}),
      ("overall_survival", {"percent": 61.0, "months": 12})]),
    ("mOS was 10.2 months and mPFS 5.1 months.",
     [("overall_survival", {"median_months": 10.2}), ("progression_free_survival", {"median_months": 5.1})]),
    # negative: "mos" is months
    ("The median follow-up was 14 mos.", [("median_followup", {"months": 14})]),
    # "patients with ≥CR" is a population, not a CR rate
    ("MRD negativity at 10^-5 was reached by 48 of the 52 patients with ≥CR (92.3%).",
     [("mrd_negative", {"percent": 92.3, "n": 48, "N": 52})]),
    ("MRD negativity was reached by 48 of the 52 patients with ≥ CR (92.3%).",
     [("mrd_negative", {"percent": 92.3, "n": 48, "N": 52})]),
    # negative: "≥CR" as the term is still the CR rate
    ("The rate of ≥CR was 76.5%.", [("complete_remission", {"percent": 76.5})]),
    # a disease breakdown in a ", including …," aside between the count and its verb
    ("Fifteen patients, including 13 T-ALL and 2 T-LBL, were enrolled and received donor-derived CD7 CAR-T cells at "
     "the dose of 2 × 106/kg after fludarabine and cyclophosphamide.",
     [("patients_enrolled", {"value": 15}), ("patients_treated", {"value": 15}),
      ("disease_count", {"value": 13, "label": "T-ALL"}), ("disease_count", {"value": 2, "label": "T-LBL"}),
      ("dose", {"low": 2e6, "high": 2e6})]),
    ("Twenty patients, including 14 with T-ALL and 6 with T-LBL, were infused.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # negative: a subgroup aside keeps its own count
    ("Twenty-four patients, including 5 children, were infused with CD7 CAR-T cells.",
     [("patients_treated", {"value": 24}), ("patients_treated", {"value": 5, "subgroup": "children"})]),
    # "Of the N patients with X treated on …," opens the treated cohort; "non-ETP T-ALL" is a disease
    ("Of the 87 patients with T-ALL treated on these trials, 21 had ETP-ALL and 66 had non-ETP T-ALL; patients with "
     "ETP-ALL were older (median, 35 vs 22 years).",
     [("patients_treated", {"value": 87}), ("disease_count", {"value": 21, "label": "ETP-ALL"}),
      ("disease_count", {"value": 66, "label": "non-ETP T-ALL"})]),
    ("Of the 40 patients with T-ALL infused at the RP2D, 30 had ETP-ALL and 10 had non-ETP ALL.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 30, "label": "ETP-ALL"}),
      ("disease_count", {"value": 10, "label": "non-ETP T-ALL"})]),
    # negative: with no treated verb the opener is a population, not a count
    ("Of the 30 patients with T-ALL, 20 achieved CR.", [("complete_remission", {"n": 20, "N": 30})]),
    # "all of grade X" after a count is a grade breakdown of that count
    ("ICANS occurred in 3 patients (4.4%), all of grade 1.",
     [("neurotoxicity", {"percent": 4.4, "n": 3, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": "1", "N": None})]),
    ("Acute GVHD was observed in 4 patients (26.7%), all of grade I-II, and mild chronic GVHD developed in one patient.",
     [("gvhd", {"percent": 26.7, "n": 4, "grade": "any", "acute": True}),
      ("gvhd", {"n": 4, "grade": "1-2", "acute": True, "percent": 26.7, "N": None}), ("gvhd", {"n": 1, "chronic": True})]),
    # negative: grades with counts of their own
    ("CRS occurred in 12 patients (60%); all of grade 1 (n = 8) or grade 2 (n = 4).",
     [("crs", {"percent": 60, "n": 12, "grade": "any"}), ("crs", {"n": 8, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    # "negative for minimal/measurable residual disease" is MRD negativity
    ("Within 28 days of infusion, 22 of the 24 patients achieved complete remission (CR) in the bone marrow (91.7%), "
     "and all 22 responders were negative for minimal residual disease (MRD) by eight-color flow cytometry.",
     [("complete_remission", {"percent": 91.7, "n": 22, "N": 24, "timepoint_days": 28}),
      ("mrd_negative", {"n": 22, "N": 22, "percent": 100.0, "timepoint_days": 28})]),
    ("Of the 20 patients in CR, 18 (90%) were negative for measurable residual disease.",
     [("mrd_negative", {"percent": 90, "n": 18, "N": 20})]),
    # "overall remission" in acute leukemia is CR or CRi (as the blind11-13 gold has it); "within 3 months" → 91
    ("The overall remission rate within 3 months was 76.5% (62/81; 95% CI, 65.8 to 85.2), and 58 of the 62 "
     "responders (93.5%) were MRD-negative at a sensitivity of 10^-4.",
     [("complete_remission", {"percent": 76.5, "n": 62, "N": 81, "includes_cri": True, "timepoint_days": 91}),
      ("mrd_negative", {"percent": 93.5, "n": 58, "N": 62, "timepoint_days": 91})]),
    ("Overall remission (CR or CRi) within 3 months was achieved in 46 (79%) of 58 patients.",
     [("complete_remission", {"percent": 79, "n": 46, "N": 58, "includes_cri": True, "timepoint_days": 91})]),
    # negative: "within N months" of an event is no response time point of a count
    ("Relapse occurred within 6 months in 5 patients.", [("relapse", {"n": 5})]),
    # a fraction at a sentence's end is a fraction ("CR 10/16."); an "At DL3:" opener names the subgroup
    ("At DL3: ORR 13/16, CR 10/16.",
     [("overall_response", {"n": 13, "N": 16, "subgroup": "DL3"}),
      ("complete_remission", {"n": 10, "N": 16, "percent": 62.5, "subgroup": "DL3"})]),
    ("CR 10/16, ORR 13/16.",
     [("complete_remission", {"n": 10, "N": 16}), ("overall_response", {"n": 13, "N": 16})]),
    ("CR was achieved in 18 of 20.", [("complete_remission", {"n": 18, "N": 20})]),
    # negative: a decimal after the slash is no fraction's end
    ("ORR was 13/16.5.", []),
    # telegraphic treated counts: "n = 25 infused (DL1, 3; DL2, 6; DL3, 16)"
    ("n = 25 infused (DL1, 3; DL2, 6; DL3, 16); median age 63 y; 17 (68%) post-CD19 CAR-T; CD20 retained in 25/25 "
     "by IHC.",
     [("patients_treated", {"value": 25, "subgroup": None}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 16, "subgroup": "DL3"})]),
    ("Pts: n = 30 treated (DL1, 6; DL2, 24).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 6, "subgroup": "DL1"}),
      ("patients_treated", {"value": 24, "subgroup": "DL2"})]),
    # negative: an "n =" count of the evaluable is not the treated count
    ("CR in 12 (n = 20 evaluable).", [("complete_remission", {"n": 12})]),
    # lesions that "resolved completely" / "partially" are extramedullary CR / PR (the PR shares the CR's N)
    ("Extramedullary lesions resolved completely in 9 of the 13 patients and partially in 3 (ORR, 12/13).",
     [("complete_remission", {"n": 9, "N": 13, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 13, "percent": 23.1, "site": "extramedullary"}),
      ("overall_response", {"n": 12, "N": 13, "site": "extramedullary"})]),
    ("Of the 10 patients with extramedullary disease, 6 had complete resolution and 3 partial resolution of their "
     "lesions.",
     [("complete_remission", {"n": 6, "N": 10, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 10, "site": "extramedullary"})]),
    # negative: symptoms that resolved are no response
    ("Neurological symptoms resolved completely in 5 of 6 patients.", []),
    # "transplantation (HSCT) was performed in …"; an elliptic group "and 35 with non-ETP T-ALL (53.0%)"
    ("Consolidative allogeneic hematopoietic stem cell transplantation (HSCT) was performed in 12 patients with ETP-ALL "
     "(57.1%) and 35 with non-ETP T-ALL (53.0%).",
     [("transplant", {"percent": 57.1, "n": 12, "N": None}), ("transplant", {"percent": 53.0, "n": 35, "N": None})]),
    ("Allogeneic hematopoietic cell transplantation (HCT) was performed in 14 of 20 patients (70%).",
     [("transplant", {"percent": 70, "n": 14, "N": 20})]),
    ("CR was achieved in 12 patients with ETP-ALL (57.1%) and 35 with non-ETP T-ALL (53.0%).",
     [("complete_remission", {"percent": 57.1, "n": 12}), ("complete_remission", {"percent": 53.0, "n": 35})]),
    # negative: a grade after "with" is a grade breakdown, not a population
    ("CRS occurred in 20 (100%), 3 with grade 3 (15%).",
     [("crs", {"percent": 100, "n": 20, "grade": "any"}), ("crs", {"percent": 15, "grade": "3"})]),
    # negative: a transplant before CAR-T is no consolidation count
    ("Hematopoietic stem cell transplantation (HSCT) was performed before CAR-T in 8 patients.", []),
    # "Of 35 patients enrolled between …," opens the enrolled cohort
    ("Of 35 patients enrolled between January 2022 and March 2024, products were manufactured for 34 (97.1%) and 32 "
     "were infused (T-ALL, 25; T-LBL, 7).",
     [("patients_enrolled", {"value": 35}), ("patients_treated", {"value": 32}),
      ("disease_count", {"value": 25, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"})]),
    ("Of 40 patients enrolled at 5 centers, 36 received CAR-T cells.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    # negative: a responder population with a period is no enrolled count
    ("Of 35 patients who achieved CR between 2020 and 2022, 10 relapsed.", [("relapse", {"n": 10, "N": 35})]),
    # "patients who were in CR" is a population in that state, not a CR count
    ("Relapse occurred in six transplanted patients and in two of the four non-transplanted patients who were in CR.",
     [("relapse", {"n": 6}), ("relapse", {"n": 2, "N": 4, "percent": 50.0})]),
    ("Two of the four patients who were in CR relapsed.", [("relapse", {"n": 2, "N": 4})]),
    # negative: "who achieved CR" before a main verb's term still gives that term
    ("Eight of the 10 patients who achieved CR were MRD-negative.", [("mrd_negative", {"n": 8, "N": 10})]),
]


# unlabelled CIs after a median, in a sentence that labels another median's CI (blind17, Lancet style)
MEDIAN_BARE_CIS = [
    ("At a median follow-up of 18.9 months, median EFS was 10.8 months (95% CI 6.2–not reached) with CAR-T versus "
     "2.4 months (1.9–3.3) with standard care (hazard ratio 0.41, 95% CI 0.29–0.58; p<0.0001).",
     [("median_followup", {"months": 18.9}), ("event_free_survival", {"median_months": 10.8, "ci_low": 6.2}),
      ("event_free_survival", {"median_months": 2.4, "ci_low": 1.9, "ci_high": 3.3}),
      ("p_value", {"value": "<0.0001", "outcome": "event_free_survival"})]),
    ("Median OS was 14.2 months (95% CI, 10.1-18.3) in the high-dose group and 8.7 months (6.5-11.0) in the low-dose group.",
     [("overall_survival", {"median_months": 14.2, "ci_low": 10.1, "ci_high": 18.3}),
      ("overall_survival", {"median_months": 8.7, "ci_low": 6.5, "ci_high": 11.0})]),
    # negative: bounds that exclude the median are no CI; a follow-up's bounds are its range, never a CI
    ("Median OS was 14.2 months (95% CI, 10.1-18.3) versus 8.7 months (9.5-11.0).",
     [("overall_survival", {"median_months": 14.2, "ci_low": 10.1, "ci_high": 18.3}),
      ("overall_survival", {"median_months": 8.7, "ci_low": None})]),
    ("The median follow-up was 24 months (12-36), and the median OS was 14.2 months (95% CI, 10.1-18.3).",
     [("median_followup", {"months": 24}), ("overall_survival", {"median_months": 14.2, "ci_low": 10.1})]),
]


BLIND17_FAMILIES = [
    # a median or a cap in parentheses after a dose is no dose level of its own
    ("Dose 0.5–2 ×10^6/kg (median 1.0 ×10^6/kg).", [("dose", {"low": 500000, "high": 2000000})]),
    ("Patients received a single infusion of 1 × 10^6 CAR-T cells/kg (maximum, 1 × 10^8 cells) after fludarabine.",
     [("dose", {"low": 1000000, "high": 1000000, "unit": "cells/kg", "label": None})]),
    ("Patients received 2 × 10^6 CAR-T cells/kg (max 2 × 10^8 cells).", [("dose", {"low": 2000000, "label": None})]),
    # negative: a dose level in parentheses stays a label
    ("Patients received 5 × 10^6 cells/kg (DL2) or 1 × 10^7 cells/kg (DL3).",
     [("dose", {"low": 5000000, "label": "DL2"}), ("dose", {"low": 10000000, "label": "DL3"})]),
    # "one enrolled patient died …" counts an event, not the enrolled cohort
    ("Twenty-four patients were screened, 21 were enrolled, and 20 received a single infusion after fludarabine and "
     "cyclophosphamide lymphodepletion; one enrolled patient died of fungal sepsis before infusion.",
     [("patients_enrolled", {"value": 21}), ("patients_treated", {"value": 20})]),
    ("Thirty patients were enrolled and 28 were infused; two enrolled patients withdrew consent before lymphodepletion.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    # negative: "30 enrolled patients received …" is still the enrolled count
    ("Between 2019 and 2021, 30 enrolled patients received CAR-T cells.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 30})]),
    # "88 of the 92 patients … received": the count before "of" is the treated count
    ("Between March 1, 2022, and Dec 15, 2023, 184 patients were randomly assigned to CAR-T (n=92) or standard care "
     "(n=92), and 88 of the 92 patients in the CAR-T group received the infusion.",
     [("patients_enrolled", {"value": 184}), ("patients_treated", {"value": 88})]),
    ("Twenty-eight of the 30 enrolled patients received CAR-T cells.",
     [("patients_treated", {"value": 28}), ("patients_enrolled", {"value": 30})]),
    # negative: a plain subject count is unchanged
    ("In total, 30 patients received CAR-T cells.", [("patients_treated", {"value": 30})]),
    # "in one in five" is a ratio, not a count of five (nor of one out of five)
    ("Donor-derived products avoided manufacturing failure and gave numerically higher MRD-negative CR rates, at the "
     "cost of acute GVHD in one in five.", []),
    ("CRS occurred in one in three patients.", []),
    # negative: a count of its own, and a fraction beside a ratio, are still read
    ("Acute GVHD occurred in five patients.", [("gvhd", {"n": 5, "acute": True})]),
    ("Acute GVHD developed in 4 of 20 patients; CRS occurred in one in 20.",
     [("gvhd", {"n": 4, "N": 20, "acute": True})]),
    # a later reason of a counted list is a reason too, not a result
    ("Per protocol, responders with a suitable donor were to proceed to allo-HSCT within 3 months; whereas 8 did not "
     "because of donor unavailability (n = 3), infection (n = 2), early relapse (n = 2), or patient preference (n = 1).", []),
    ("Four patients did not proceed to HSCT because of lack of a donor (n = 2) or relapse (n = 2).", []),
    # negative: a count of relapse outside a reason list is read
    ("Relapse (n = 4) occurred after a median of 5 months.", [("relapse", {"n": 4})]),
    ("Two patients died due to infection (n = 2); relapse occurred in 5 (25%).", [("relapse", {"n": 5, "percent": 25})]),
    # terse per-arm lists: a term's label, a colon, then each value after its group's name
    ("Day-28 ORR: adults 85% (17/20) vs children 90% (18/20), P = .64.",
     [("overall_response", {"percent": 85, "n": 17, "N": 20, "subgroup": "adults"}),
      ("overall_response", {"percent": 90, "n": 18, "N": 20, "subgroup": "children"}),
      ("p_value", {"value": ".64", "compares": ["adults", "children"], "outcome": "overall_response"})]),
    ("MRD-negative CR: 70% vs 85%.",
     [("complete_remission", {"percent": 70, "mrd_negative": True, "subgroup": None}),
      ("complete_remission", {"percent": 85, "mrd_negative": True})]),
    ("Grade ≥3 CRS: cohort A 2/10, cohort B 1/12.",
     [("crs", {"grade": ">=3", "n": 2, "N": 10, "derived": True, "subgroup": "cohort A"}),
      ("crs", {"grade": ">=3", "n": 1, "N": 12, "subgroup": "cohort B"})]),
    ("Consolidative allo-HSCT: high-dose 7/12, low-dose 4/10.",
     [("transplant", {"n": 7, "N": 12, "subgroup": "high-dose"}), ("transplant", {"n": 4, "N": 10, "subgroup": "low-dose"})]),
    ("Relapse among responders: DL1 2/5, DL2 1/8.",
     [("relapse", {"n": 2, "N": 5, "subgroup": "DL1"}), ("relapse", {"n": 1, "N": 8, "subgroup": "DL2"})]),
    ("Best response by dose level: DL1 1/4, DL2 3/5, DL3 6/6.",
     [("overall_response", {"n": 1, "N": 4, "percent": 25.0, "derived": True, "subgroup": "DL1"}),
      ("overall_response", {"n": 3, "N": 5, "subgroup": "DL2"}), ("overall_response", {"n": 6, "N": 6, "subgroup": "DL3"})]),
    ("Of 45 pts enrolled, 40 were infused: adults n=28, children n=12.",
     [("patients_enrolled", {"value": 45}), ("patients_treated", {"value": 40}),
      ("patients_treated", {"value": 28, "subgroup": "adults"}), ("patients_treated", {"value": 12, "subgroup": "children"})]),
    ("Overall, 40 patients were infused: autologous, n = 28; donor-derived, n = 12.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 28, "subgroup": "autologous"}),
      ("patients_treated", {"value": 12, "subgroup": "donor-derived"})]),
    # negative: a colon list that does not add up to the total, a label with two terms, a disease list
    ("Forty patients were infused: adults n=20, children n=12.", [("patients_treated", {"value": 40})]),
    ("CRS and ICANS: 12 vs 3.", []),
    ("In all, 40 patients were infused: T-ALL, n = 28; T-LBL, n = 12.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 28, "label": "T-ALL"}),
      ("disease_count", {"value": 12, "label": "T-LBL"})]),
    # negative: a value with its group after it keeps that group; "with consolidative HSCT" after a value is a grouping
    ("CR rate: 80% in adults vs 90% in children.",
     [("complete_remission", {"percent": 80, "subgroup": "adults"}), ("complete_remission", {"percent": 90, "subgroup": "children"})]),
    ("The 2-year relapse incidence was 20.0% with consolidative HSCT and 55.0% without (P = .002).",
     [("relapse", {"percent": 20.0}), ("relapse", {"percent": 55.0}), ("p_value", {"value": ".002"})]),
    ("CR was achieved in 20, with consolidative HSCT in 9 (45%).",
     [("complete_remission", {"n": 20}), ("transplant", {"n": 9, "percent": 45})]),
    # a hazard ratio's p-value compares two groups where the stretch states both groups' values ("not reached" too)
    ("Median PFS was 14.1 months with CAR-T versus 4.9 months with chemotherapy (hazard ratio 0.45; 95% CI 0.30-0.68; "
     "P < .001).",
     [("progression_free_survival", {"median_months": 14.1}), ("progression_free_survival", {"median_months": 4.9}),
      ("p_value", {"value": "<.001", "outcome": "progression_free_survival"})]),
    ("The 2-year OS was 70.2% in transplanted patients and 41.0% in those not transplanted (HR 0.38, 95% CI 0.18-0.80; "
     "P = 0.011).",
     [("overall_survival", {"percent": 70.2, "months": 24}), ("overall_survival", {"percent": 41.0, "months": 24}),
      ("p_value", {"value": "0.011", "outcome": "overall_survival"})]),
    ("Median OS was not reached in the CAR-T arm and was 15.2 months in the control arm (HR 0.55; P = .03).",
     [("overall_survival", {"median_months": 15.2}), ("p_value", {"value": ".03", "outcome": "overall_survival"})]),
    # negative: a hazard ratio of a factor, or with one group's value only, is no two-group comparison
    ("In multivariable analysis, MRD positivity was associated with shorter EFS (hazard ratio 2.1; P = .01).", []),
    ("Higher tumour burden predicted shorter PFS (HR 1.8, 95% CI 1.1-2.9; P = .02).", []),
    ("Median OS was 20.1 months (95% CI 12.0 to not reached; HR 0.61; P = .04).",
     [("overall_survival", {"median_months": 20.1, "ci_low": 12.0})]),
    # "(p<0.0001 for both comparisons)": one p-value per endpoint compared
    ("The ORR was 80% vs 50% and the CR rate 60% vs 25% (P < .001 for both).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 50}), ("complete_remission", {"percent": 60}),
      ("complete_remission", {"percent": 25}), ("p_value", {"value": "<.001", "outcome": "overall_response"}),
      ("p_value", {"value": "<.001", "outcome": "complete_remission"})]),
    ("Overall response rates were 88% and 52%, and complete response rates 66% and 30%, in the CAR-T and standard-care "
     "arms, respectively (P < .0001 in each case).",
     [("overall_response", {"percent": 88}), ("overall_response", {"percent": 52}), ("complete_remission", {"percent": 66}),
      ("complete_remission", {"percent": 30}), ("p_value", {"value": "<.0001", "outcome": "overall_response"}),
      ("p_value", {"value": "<.0001", "outcome": "complete_remission"})]),
    # a grade breakdown after a total: "7/33 (21.2%), gr I-II 6, gr III 1" (each count right after its grade)
    ("Acute GVHD: 5/20 (25.0%), grade I-II 4, grade III 1.",
     [("gvhd", {"n": 5, "N": 20, "percent": 25.0, "grade": "any", "acute": True}),
      ("gvhd", {"n": 4, "N": None, "grade": "1-2", "acute": True}), ("gvhd", {"n": 1, "N": None, "grade": "3", "acute": True})]),
    ("CRS 20/25 (80%): gr 1-2 18, gr 3 2.",
     [("crs", {"n": 20, "N": 25, "grade": "any"}), ("crs", {"n": 18, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("CRS in 20 (80%), grade 1-2 18 and grade 3 2.",
     [("crs", {"n": 20, "percent": 80, "grade": "any"}), ("crs", {"n": 18, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"})]),
    # negative: a number after a grade that is no count of it
    ("CRS grade 2 at a median of 3 days.", []),
    # "one recipient (of donor-derived cells) developed …": a singular recipient, and what it received, before the verb
    ("One recipient of donor-derived cells developed grade 2 acute GVHD of the skin.",
     [("gvhd", {"n": 1, "grade": "2", "acute": True})]),
    ("Two recipients of autologous products had grade 3 CRS.", [("crs", {"n": 2, "grade": "3"})]),
    ("One recipient developed grade 2 acute GVHD.", [("gvhd", {"n": 1, "grade": "2", "acute": True})]),
    # "none of them has relapsed": an absence stated with a pronoun for the group before
    ("Five patients were transplanted; none of them relapsed.",
     [("transplant", {"n": 5}), ("relapse", {"n": 0, "percent": 0.0, "negated": True, "N": None})]),
    ("Six patients underwent HSCT, none of whom has relapsed.",
     [("transplant", {"n": 6}), ("relapse", {"n": 0, "negated": True})]),
    ("Four responders were bridged to transplantation and none has relapsed.",
     [("transplant", {"n": 4}), ("relapse", {"n": 0, "negated": True})]),
    ("Ten patients had CRS; none of them had ICANS.",
     [("crs", {"n": 10}), ("neurotoxicity", {"n": 0, "negated": True, "grade": "any"})]),
    # negative: a graded "none of whom" stays a graded absence
    ("CRS occurred in 10 patients, none of whom had grade 3 or higher.",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    # negative: "both" elsewhere after the p-value
    ("The ORR was 80% vs 50% (P < .001), and both arms were well tolerated.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 50}),
      ("p_value", {"value": "<.001", "outcome": "overall_response"})]),
]

# two groups compared, named as with/without X: both values are read, each with its group
COMPARED_GROUPS = [
    ("CR/CRi rates were similar in patients with and without prior blinatumomab (83.1% vs 82.5%; P = .94).",
     [("complete_remission", {"percent": 83.1, "subgroup": "prior blinatumomab"}),
      ("complete_remission", {"percent": 82.5, "subgroup": "no prior blinatumomab"}),
      ("p_value", {"value": ".94", "compares": ["prior blinatumomab", "no prior blinatumomab"]})]),
    ("The ORR was 90% vs 70% in patients with and without bone marrow involvement.",
     [("overall_response", {"percent": 90, "subgroup": "bone marrow involvement", "site": None}),
      ("overall_response", {"percent": 70, "subgroup": "no bone marrow involvement", "site": None})]),
    ("Median OS was 18.2 vs 9.1 months in patients with or without consolidative HSCT (P = .01).",
     [("overall_survival", {"median_months": 18.2, "subgroup": "consolidative HSCT"}),
      ("overall_survival", {"median_months": 9.1, "subgroup": "no consolidative HSCT"}),
      ("p_value", {"value": ".01", "outcome": "overall_survival"})]),
    ("Median PFS was shorter in patients with extramedullary plasmacytomas than in those without (9.8 vs 24.0 months).",
     [("progression_free_survival", {"median_months": 9.8, "subgroup": "extramedullary plasmacytomas"}),
      ("progression_free_survival", {"median_months": 24.0, "subgroup": "no extramedullary plasmacytomas"})]),
    ("EFS did not differ between patients with and without prior HSCT (12-month EFS, 64.0% v 67.4%; P = .71).",
     [("event_free_survival", {"percent": 64.0, "months": 12, "subgroup": "prior HSCT"}),
      ("event_free_survival", {"percent": 67.4, "months": 12, "subgroup": "no prior HSCT"}),
      ("p_value", {"value": ".71"})]),
    # a clause that only goes on comparing keeps the term of the clause before
    ("CR rates did not differ by disease (80.0% vs 75.0%; P = .61), but were lower in those with extramedullary "
     "disease (70.3% vs 87.3%; P = .02).",
     [("complete_remission", {"percent": 80.0}), ("complete_remission", {"percent": 75.0}), ("p_value", {"value": ".61"}),
      ("complete_remission", {"percent": 70.3, "subgroup": "extramedullary disease", "site": None}),
      ("complete_remission", {"percent": 87.3, "subgroup": "no extramedullary disease"}), ("p_value", {"value": ".02"})]),
    ("The CR rate was 85% overall and was higher after high-dose than after low-dose infusion (96.4% vs 82.5%).",
     [("complete_remission", {"percent": 85}), ("complete_remission", {"percent": 96.4}),
      ("complete_remission", {"percent": 82.5})]),
    # the same term's landmark earlier in the sentence times the pair
    ("The 2-year EFS was 58.4%, with no significant difference in EFS by CNS status (55.0% v 60.2%; P = .71).",
     [("event_free_survival", {"percent": 58.4, "months": 24}), ("event_free_survival", {"percent": 55.0, "months": 24}),
      ("event_free_survival", {"percent": 60.2, "months": 24}), ("p_value", {"value": ".71"})]),
    # a distractor named as the second group of a comparison is a group, not what the values report
    ("Median OS was longer in patients who achieved CR/CRi than in non-responders (not reached vs 3.1 months, P = .002).",
     [("overall_survival", {"median_months": 3.1}), ("p_value", {"value": ".002", "outcome": "overall_survival"})]),
    # a treated count split with/without X
    ("Of 65 patients enrolled, 62 were infused, 22 with active CNS disease and 40 without.",
     [("patients_enrolled", {"value": 65}), ("patients_treated", {"value": 62}),
      ("patients_treated", {"value": 22, "subgroup": "active CNS disease"}),
      ("patients_treated", {"value": 40, "subgroup": "no active CNS disease"})]),
    # negative: parts that do not add up to the total are no split of it
    ("Sixty-two patients were infused, including 12 with CNS disease and 40 without.", [("patients_treated", {"value": 62})]),
    # "between A and B", "after A than after B": the groups named before the pair, in order
    ("CR/CRi rates did not differ between T-ALL and T-LBL (93.4% [57/61] vs 85.7% [30/35]; P = .27) or between "
     "patients with and without prior HSCT (94.7% vs 87.9%; P = .30).",
     [("complete_remission", {"percent": 93.4, "n": 57, "N": 61, "subgroup": "T-ALL"}),
      ("complete_remission", {"percent": 85.7, "n": 30, "N": 35, "subgroup": "T-LBL"}),
      ("p_value", {"value": ".27", "compares": ["T-ALL", "T-LBL"]}),
      ("complete_remission", {"percent": 94.7, "subgroup": "prior HSCT"}),
      ("complete_remission", {"percent": 87.9, "subgroup": "no prior HSCT"}), ("p_value", {"value": ".30"})]),
    ("The ORR was higher with donor-derived than with autologous products (95% vs 80%).",
     [("overall_response", {"percent": 95, "subgroup": "donor-derived"}),
      ("overall_response", {"percent": 80, "subgroup": "autologous products"})]),
    # a "respectively" list whose terms the clause splitter cut apart (", and")
    ("The ORR, CR/CRi rate, and MRD-negative CR rate at day 28 were 90.5% (38/42), 85.7% (36/42), and 78.6% "
     "(33/42), respectively.",
     [("overall_response", {"percent": 90.5, "n": 38, "N": 42, "timepoint_days": 28}),
      ("complete_remission", {"percent": 85.7, "includes_cri": True}),
      ("complete_remission", {"percent": 78.6, "mrd_negative": True})]),
    ("The overall response, CR, and MRD-negative CR rates were 88%, 76%, and 70%, respectively.",
     [("overall_response", {"percent": 88}), ("complete_remission", {"percent": 76}),
      ("complete_remission", {"percent": 70, "mrd_negative": True})]),
    # the remission "was MRD-negative": a count of MRD negativity, not a second CR count
    ("Nine of the 10 patients (90%) had a complete remission, and in 8 of those 9 patients the remission was negative "
     "for minimal residual disease on flow cytometry.",
     [("complete_remission", {"n": 9, "N": 10, "percent": 90}), ("mrd_negative", {"n": 8, "N": 9, "derived": True})]),
    ("Eleven of 12 patients achieved CR, and in 10 of these 11 patients the CR was MRD-negative.",
     [("complete_remission", {"n": 11, "N": 12}), ("mrd_negative", {"n": 10, "N": 11})]),
    # negative: "in MRD-negative remission" is still a remission count
    ("Seven patients proceeded to HSCT while in MRD-negative remission.", [("transplant", {"n": 7})]),
    # a distractor inside a group's name names the group: "of the prior-HSCT group versus … of the new-donor group"
    ("CR/CRi was achieved in 85.7% (18/21) of the prior-HSCT group versus 94.9% (37/39) of the new-donor group (P = .33).",
     [("complete_remission", {"percent": 85.7, "n": 18, "N": 21}), ("complete_remission", {"percent": 94.9, "n": 37, "N": 39}),
      ("p_value", {"value": ".33"})]),
    # negative: a baseline share in a group is still no result
    ("Prior HSCT was more frequent in the donor-derived group (45%).", []),
    # a terse list's group names may end in a number
    ("CR/CRi by phase: phase 1 8/9 vs. phase 2 22/24.",
     [("complete_remission", {"n": 8, "N": 9, "subgroup": "phase 1"}), ("complete_remission", {"n": 22, "N": 24, "subgroup": "phase 2"})]),
    ("ORR by cohort: cohort 1 5/6, cohort 2 9/10.",
     [("overall_response", {"n": 5, "N": 6, "subgroup": "cohort 1"}), ("overall_response", {"n": 9, "N": 10, "subgroup": "cohort 2"})]),
    # a zero closing a list of per-group counts of one rate
    ("Responses occurred in 8 of 9 patients with ALCL (88.9%), 4 of 7 with PTCL-NOS (57.1%), 3 of 4 with AITL (75.0%), "
     "and none of the 2 patients with EATL.",
     [("overall_response", {"n": 8, "N": 9}), ("overall_response", {"n": 4, "N": 7}), ("overall_response", {"n": 3, "N": 4}),
      ("overall_response", {"percent": 0.0, "n": 0, "N": 2, "subgroup": "EATL"})]),
    ("CR was reached in 6 of 8 patients with T-ALL, 2 of 3 with T-LBL and none of the 2 patients with ETP-ALL.",
     [("complete_remission", {"n": 6, "N": 8}), ("complete_remission", {"n": 2, "N": 3}),
      ("complete_remission", {"percent": 0.0, "n": 0, "N": 2, "subgroup": "ETP-ALL"})]),
    # negative: with a single count before it, "none of the …" is no list's last group
    ("CR was achieved in 5 of 6 children and in none of the 3 adults with CNS disease.",
     [("complete_remission", {"n": 5, "N": 6})]),
    # negative: among patients with EMD, a response is at the extramedullary site
    ("Among 9 patients with extramedullary disease, 7 achieved CR.",
     [("complete_remission", {"n": 7, "N": 9, "site": "extramedullary"})]),
]

BLIND19_FAMILIES = [
    # background: a pivotal trial described by its design ("single-arm", "multicentre", "phase 2")
    ("In the pivotal single-arm trial of brexucabtagene autoleucel, the objective response rate was 91% and the "
     "complete response rate 68%.", []),
    ("In the registrational multicenter phase 2 study, CR was achieved in 67%.", []),
    # negative: one's own trial is no background
    ("In our multicentre phase 2 trial, CR was achieved in 67%.", [("complete_remission", {"percent": 67})]),
    # the randomised count of a randomised trial is its enrolled count
    ("Between 2021 and 2022, 318 patients were randomly assigned to zela-cel (n=160) or standard care (n=158).",
     [("patients_enrolled", {"value": 318})]),
    ("A total of 110 patients aged 1 to 21 years were randomized 1:1.", [("patients_enrolled", {"value": 110})]),
    # one treated count per arm, with no total
    ("54 patients in the BiCAR-22 arm and 52 in the CD19 arm were infused.",
     [("patients_treated", {"value": 54, "subgroup": "BiCAR-22"}), ("patients_treated", {"value": 52, "subgroup": "CD19"})]),
    ("Overall, 40 patients in the high-dose group and 38 in the low-dose group were treated.",
     [("patients_treated", {"value": 40, "subgroup": "high-dose"}), ("patients_treated", {"value": 38, "subgroup": "low-dose"})]),
    # a product code as what the patients received
    ("From 2021 to 2024, 31 patients were included and 28 received HCB-19.",
     [("patients_enrolled", {"value": 31}), ("patients_treated", {"value": 28})]),
    ("Thirty patients were enrolled and 28 received KYV-101 at the target dose.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    # negative: a supportive drug with a code is no CAR-T product
    ("Twelve patients received IL-6 receptor blockade.", []),
    # "with X … and … without": X names the groups, it is no baseline distractor
    ("Responses occurred in 16 of 22 patients (73%) with prior BCMA-directed therapy and in 9 of 11 (82%) without.",
     [("overall_response", {"n": 16, "N": 22, "percent": 73}), ("overall_response", {"n": 9, "N": 11, "percent": 82})]),
    # T-cell lymphoma labels, and a qualifier between a label and its count
    ("Twenty-six patients were enrolled and 16 were infused with ALCL (n = 9), angioimmunoblastic T-cell lymphoma "
     "(AITL; n = 5), or enteropathy-associated T-cell lymphoma (EATL; n = 2).",
     [("patients_enrolled", {"value": 26}), ("patients_treated", {"value": 16}), ("disease_count", {"value": 9, "label": "ALCL"}),
      ("disease_count", {"value": 5, "label": "AITL"}), ("disease_count", {"value": 2, "label": "EATL"})]),
    ("19 pts were enrolled and 16 infused: T-ALL n=7, ALCL (ALK-negative) n=2, PTCL-NOS n=7.",
     [("patients_enrolled", {"value": 19}), ("patients_treated", {"value": 16}), ("disease_count", {"value": 7, "label": "T-ALL"}),
      ("disease_count", {"value": 2, "label": "ALCL"}), ("disease_count", {"value": 7, "label": "PTCL-NOS"})]),
    # the comparator arm's autologous transplant is no transplant after CAR-T
    ("57 (36%) of 158 patients in the standard-care group received high-dose chemotherapy with autologous transplantation.", []),
    ("In the control arm, 40 patients underwent autologous stem-cell transplantation.", []),
    # negative: an allogeneic transplant after CAR-T still counts
    ("After CAR-T, 12 patients proceeded to allogeneic transplantation.", [("transplant", {"n": 12})]),
]


BLIND20_FAMILIES = [
    # the terse conference grade "G" glued to its number ("G1-2", "G3", "G≥3")
    ("CRS G1-2 in 14 pts, G3 in 2; ICANS G1 in 1.",
     [("crs", {"n": 14, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"}), ("neurotoxicity", {"n": 1, "grade": "1"})]),
    ("No G≥3 ICANS was seen.", [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("Any-grade CRS 20/24 (83.3%), G≥3 CRS 2/24.",
     [("crs", {"n": 20, "N": 24, "grade": "any"}), ("crs", {"n": 2, "N": 24, "grade": ">=3"})]),
    # negative: "G-CSF", "G6PD" are no grades
    ("G-CSF was given; CRS occurred in 5 patients.", [("crs", {"n": 5, "grade": "any"})]),
    # a list item opened by its dose level and count: the level is each value's group
    ("By dose level: DL1 (n=4) CRS grade 1 in 2; DL2 (n=8) CRS grade 1-2 in 6, grade 3 in 1.",
     [("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 8, "subgroup": "DL2"}),
      ("crs", {"n": 2, "grade": "1", "subgroup": "DL1"}), ("crs", {"n": 6, "grade": "1-2", "subgroup": "DL2"}),
      ("crs", {"n": 1, "grade": "3", "subgroup": "DL2"})]),
    ("Dose level 1 (n = 3): CRS in 1; dose level 2 (n = 6): CRS in 4.",
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("crs", {"n": 1, "subgroup": "dose level 1"}), ("crs", {"n": 4, "subgroup": "dose level 2"})]),
    # two groups named before a colon, then their pair of values
    ("12-mo OS, HSCT vs no HSCT: 88.0% vs 52.3% (P = .01).",
     [("overall_survival", {"percent": 88.0, "months": 12, "subgroup": "HSCT"}),
      ("overall_survival", {"percent": 52.3, "months": 12, "subgroup": "no HSCT"}),
      ("p_value", {"value": ".01", "compares": ["HSCT", "no HSCT"], "outcome": "overall_survival"})]),
    ("1-yr EFS, consolidated v not: 75% v 40%.",
     [("event_free_survival", {"percent": 75, "months": 12, "subgroup": "consolidated"}),
      ("event_free_survival", {"percent": 40, "months": 12, "subgroup": "not consolidated"})]),
    ("CR rate in children versus adults: 92% versus 71%.",
     [("complete_remission", {"percent": 92, "subgroup": "children"}),
      ("complete_remission", {"percent": 71, "subgroup": "adults"})]),
    # PDF symbol-font loss: "×" printed as "3" in a dose ("1 3 106 cells per kg")
    ("Patients received 2 3 106 CAR T cells per kg.", [("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Doses were 5 3 105 or 1 3 106 cells/kg.", [("dose", {"low": 5e5}), ("dose", {"low": 1e6})]),
    # negative: without a cell unit after it, "3 10x" is no dose
    ("Median time to CRS was 3 (range 1 3 105) hours.", []),
    # a treated count whose object is a dose list; the phase (cohort, arm) opening it is its group
    ("In phase 1, 9 patients received 1 × 10^5, 3 × 10^5 or 1 × 10^6 CAR T cells/kg.",
     [("patients_treated", {"value": 9, "subgroup": "phase 1"}), ("dose", {"low": 1e5}), ("dose", {"low": 3e5}),
      ("dose", {"low": 1e6})]),
    ("In cohort B, 12 patients received 2 × 10^6 cells/kg.",
     [("patients_treated", {"value": 12, "subgroup": "cohort B"}), ("dose", {"low": 2e6})]),
    # a single dose's own count equal to the treated total is everyone's, not a level's
    ("Eighteen patients received 1 × 10^6 cells/kg (n = 18).",
     [("patients_treated", {"value": 18, "subgroup": None}), ("dose", {"low": 1e6})]),
    # per-phase rates after the total's colon; "with or without count recovery" is CR/CRi
    ("CR with or without count recovery occurred in 30 of 40 (75.0%): 8 of 12 (66.7%) in phase 1 and 22 of 28 "
     "(78.6%) in phase 2.",
     [("complete_remission", {"n": 30, "N": 40, "includes_cri": True}),
      ("complete_remission", {"n": 8, "N": 12, "subgroup": "phase 1", "includes_cri": True}),
      ("complete_remission", {"n": 22, "N": 28, "subgroup": "phase 2", "includes_cri": True})]),
    ("The ORR was 70%: 60% in phase 1b and 75% in phase 2.",
     [("overall_response", {"percent": 70}), ("overall_response", {"percent": 60, "subgroup": "phase 1b"}),
      ("overall_response", {"percent": 75, "subgroup": "phase 2"})]),
    # "Of N patients registered/recruited, …": the enrolled count
    ("Of 60 patients registered, 52 were infused.",
     [("patients_enrolled", {"value": 60}), ("patients_treated", {"value": 52})]),
    ("Of the 40 patients recruited between 2019 and 2021, 36 received CAR-T cells.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    # a disease list going on after its first "N had X": "…, M Y and K Z"
    ("Forty patients were infused; 30 had DLBCL, 6 transformed follicular lymphoma and 4 PMBCL.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 30, "label": "DLBCL"}),
      ("disease_count", {"value": 6, "label": "tFL"}), ("disease_count", {"value": 4, "label": "PMBCL"})]),
    # "<disease> in N" after "Histologies/Diagnoses were"
    ("Histologies were DLBCL in 50, high-grade B-cell lymphoma (HGBL) in 12, and tFL in 8.",
     [("disease_count", {"value": 50, "label": "DLBCL"}), ("disease_count", {"value": 12, "label": "HGBL"}),
      ("disease_count", {"value": 8, "label": "tFL"})]),
    ("Diagnoses were T-ALL in 14 and T-LBL in 6.",
     [("disease_count", {"value": 14, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # negative: a response in a disease is no disease count
    ("Responses in DLBCL in 12 patients were durable.", []),
    # "N were infused: k with A and m with B": per-product treated counts adding up to N
    ("Of 90 eligible patients, 80 were infused: 50 with axi-cel and 30 with liso-cel.",
     [("patients_enrolled", {"value": 90}), ("patients_treated", {"value": 80}),
      ("patients_treated", {"value": 50, "subgroup": "axi-cel"}), ("patients_treated", {"value": 30, "subgroup": "liso-cel"})]),
    ("Twenty patients were treated (12 with autologous products and 8 with donor-derived products).",
     [("patients_treated", {"value": 20}), ("patients_treated", {"value": 12, "subgroup": "autologous products"}),
      ("patients_treated", {"value": 8, "subgroup": "donor-derived products"})]),
    # negative: counts that do not add up, or a disease list, are no product groups
    ("Twenty patients were treated: 12 with T-ALL and 8 with T-LBL.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "T-ALL"}),
      ("disease_count", {"value": 8, "label": "T-LBL"})]),
    # a reference number after a period ends the sentence: the background before it stays background
    ("Outcomes after relapse are poor; in one registry, 3-year overall survival after relapse was 26%.1 We treated 12 patients with CD7 CAR T cells "
     "(2×10⁶ cells per kilogram of body weight).",
     [("patients_treated", {"value": 12}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Historical CR rates with salvage chemotherapy are 30%.4,5 Here, CR was achieved in 18 of 20 patients (90%).",
     [("complete_remission", {"n": 18, "N": 20, "percent": 90})]),
    # negative: a decimal before a capital word is no reference
    ("The median dose was 1.5 Patients tolerated it; CRS occurred in 4.", [("crs", {"n": 4})]),
    # relapses counted by site in parentheses after the total: each a relapse count of that site
    ("Ten patients relapsed (isolated CNS, n = 3; bone marrow, n = 6; combined marrow/CNS, n = 1).",
     [("relapse", {"n": 10}), ("relapse", {"n": 3, "subgroup": "isolated CNS", "N": None}),
      ("relapse", {"n": 6, "subgroup": "bone marrow"}), ("relapse", {"n": 1, "subgroup": "combined marrow/CNS"})]),
    ("Relapse occurred in 6 patients (marrow 4, extramedullary 2).",
     [("relapse", {"n": 6}), ("relapse", {"n": 4, "subgroup": "marrow"}), ("relapse", {"n": 2, "subgroup": "extramedullary"})]),
    # negative: an antigen phenotype or a time range is no site
    ("Fifteen patients relapsed (CD19+/CD22+, n = 9; CD19-/CD22+, n = 4).", [("relapse", {"n": 15})]),
    ("Six patients relapsed (median 5 months, range 2-9).", [("relapse", {"n": 6})]),
    # two groups compared by "higher/lower after A than after B (x vs y)": terms inside the groups are no results
    ("Two-year EFS was lower after isolated CNS relapse than after combined relapse (70.0% vs 45.5%; P = .04).",
     [("event_free_survival", {"percent": 70.0, "months": 24, "subgroup": "isolated CNS relapse"}),
      ("event_free_survival", {"percent": 45.5, "months": 24, "subgroup": "combined relapse"}),
      ("p_value", {"value": ".04", "compares": ["isolated CNS relapse", "combined relapse"]})]),
    ("The CR rate was higher in patients with low tumor burden than in those with high burden (95% vs 70%).",
     [("complete_remission", {"percent": 95, "subgroup": "low tumor burden"}),
      ("complete_remission", {"percent": 70, "subgroup": "high burden"})]),
    ("1-year OS was longer after consolidative HSCT than after no transplant (80% vs 45%; P = .01).",
     [("overall_survival", {"percent": 80, "months": 12, "subgroup": "consolidative HSCT"}),
      ("overall_survival", {"percent": 45, "months": 12, "subgroup": "no transplant"}),
      ("p_value", {"value": ".01", "outcome": "overall_survival"})]),
    # negative: a relapse rate stated on its own is still a relapse rate
    ("Relapse occurred in 30% of patients.", [("relapse", {"percent": 30})]),
]

BLIND18_FAMILIES = [
    # flat doses per level in a terse list, each level's "(n=k)" after its dose and the unit after the last
    ("Dose levels: DL1 5 × 10^7 (n=4), DL2 1.5 × 10^8 (n=5), DL3 5 × 10^8 (n=7) CAR-NK cells per infusion.",
     [("dose", {"low": 5e7, "unit": "cells", "label": "DL1"}), ("dose", {"low": 1.5e8, "unit": "cells", "label": "DL2"}),
      ("dose", {"low": 5e8, "unit": "cells", "label": "DL3"}), ("patients_treated", {"value": 4, "subgroup": "DL1"}),
      ("patients_treated", {"value": 5, "subgroup": "DL2"}), ("patients_treated", {"value": 7, "subgroup": "DL3"})]),
    ("Cohorts received dose level 1 2 × 10^6, dose level 2 6 × 10^6 CAR-T cells/kg.",
     [("dose", {"low": 2e6, "unit": "cells/kg"}), ("dose", {"low": 6e6, "unit": "cells/kg"})]),
    # a product named in one word with CAR in it before "cells": the unit is still the dose's
    ("Patients were given 1 × 10(6) or 3 × 10(6) UCART7 cells per kg.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"})]),
    ("A single infusion of 2 × 10^8 CAR7-NK cells was given.", [("dose", {"low": 2e8, "unit": "cells"})]),
    ("The target dose was 1 × 10^7 CAR-NK cells/kg.", [("dose", {"low": 1e7, "unit": "cells/kg"})]),
    # negative: a number with an exponent but no cells is no dose
    ("Peak expansion reached 3 × 10^5 copies/µg DNA.", []),
    # terse meeting-abstract cohorts: "N treated" with no verb, a disease list after a colon or on its own
    ("Twenty pts were enrolled and 18 treated: T-ALL 11, T-LBL 4, CD7+ AML 3.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 18}),
      ("disease_count", {"value": 11, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"}),
      ("disease_count", {"value": 3, "label": "AML"})]),
    ("12 enrolled, 10 treated.", [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 10})]),
    ("T-ALL 19, T-LBL 5.", [("disease_count", {"value": 19, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Diagnoses: T-ALL 14 (70%) and T-LBL 6 (30%).",
     [("disease_count", {"value": 14, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # a nested breakdown in brackets is not one of the groups adding up to the total
    ("40 pts treated (part A n=12 [DL1 n=4, DL2 n=8]; part B n=28).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "part A"}),
      ("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 8, "subgroup": "DL2"}),
      ("patients_treated", {"value": 28, "subgroup": "part B"})]),
    # negative: "N infused patients had …" is a subset described, not the treated count; a response list is no disease list
    ("Five infused patients had secondary AML and 11 carried a TP53 mutation.", []),
    ("Of the 18 patients, 12 treated with steroids recovered.", []),
    # two breakdowns of one treated total: by age in parentheses, then by product with their own "(n = k)"
    ("We analysed 60 patients (children, n = 22; adults, n = 38) who received autologous (n = 41) or donor-derived "
     "(n = 19) CD7 CAR-T cells.",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 22, "subgroup": "children"}),
      ("patients_treated", {"value": 38, "subgroup": "adults"}), ("patients_treated", {"value": 41, "subgroup": "autologous"}),
      ("patients_treated", {"value": 19, "subgroup": "donor-derived"})]),
    # an age breakdown set off after the subject count is not the subject
    ("A total of 30 patients, 12 children and 18 adults, were infused with CAR-T cells.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 12, "subgroup": "children"}),
      ("patients_treated", {"value": 18, "subgroup": "adults"})]),
    # negative: a year before the subject is no total the children break down
    ("Between 2020 and 2022, 11 children received CAR-T cells.", [("patients_treated", {"value": 11})]),
    # a response count "with" its term after "including", a colon or "and": a breakdown of the total before it
    ("Forty patients (88.9%) achieved CR/CRi by day 28, including 36 with MRD-negative remission.",
     [("complete_remission", {"n": 40, "percent": 88.9, "timepoint_days": 28}),
      ("complete_remission", {"n": 36, "mrd_negative": True, "timepoint_days": 28})]),
    ("Nine patients with extramedullary disease responded: 5 with complete and 4 with partial responses.",
     [("overall_response", {"n": 9, "site": "extramedullary"}), ("complete_remission", {"n": 5, "site": "extramedullary"}),
      ("partial_remission", {"n": 4, "site": "extramedullary"})]),
    # "no measurable residual disease" is MRD negativity
    ("Eight of the 12 patients in CR had no detectable minimal residual disease.", [("mrd_negative", {"n": 8, "N": 12})]),
    ("Of 20 responders, 15 had no measurable residual disease by flow cytometry.", [("mrd_negative", {"n": 15, "N": 20})]),
    # a p-value with neither a result nor two groups named compares nothing the record holds
    ("CAR-T expansion was higher in responders (p=0.03).", []),
    ("Cytokine levels peaked earlier at DL2 (P = .01).", []),
    # negative: two groups named, or a result stated, keep their p-value
    ("OS did not differ between children and adults (P = .35).", [("p_value", {"value": ".35"})]),
    ("CR rates were 90% and 70% at DL2 and DL1 (p=0.04).",
     [("complete_remission", {"percent": 90}), ("complete_remission", {"percent": 70}), ("p_value", {"value": "0.04"})]),
    # stated absences: "has not been documented", a terse "TERM: none."
    ("CRS occurred in 12 patients, while chronic GVHD has not been observed.",
     [("crs", {"n": 12}), ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("Grade ≥3 ICANS has never been reported with this product.", [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("GVHD: none.", [("gvhd", {"n": 0, "negated": True})]),
    ("CRS 14/16 (87.5%); ICANS: none.",
     [("crs", {"n": 14, "N": 16, "percent": 87.5}), ("neurotoxicity", {"n": 0, "negated": True})]),
    # transplanted in one word: "allografted"
    ("Sixteen responders were subsequently allografted.", [("transplant", {"n": 16})]),
    ("Of the 20 patients in CR, 9 were allografted.", [("transplant", {"n": 9, "N": 20})]),
    # negative: "none" that does not end the term's entry is no absence of it
    ("ICANS: none of the 12 patients.", []),
    # the rest of a breakdown whose kind is not known is no result of its own
    ("Twenty patients relapsed, 12 in the marrow and 6 extramedullary (unknown in two).", [("relapse", {"n": 20})]),
    ("CRS occurred in 14 patients (grade not assessed in 1).", [("crs", {"n": 14})]),
    # negative: a count after "in" with no such qualifier is read
    ("CRS occurred in 3 of 10 patients.", [("crs", {"n": 3, "N": 10})]),
]


BLIND21_FAMILIES = [
    # a numbered name ("phase 1", "cohort 2", "arm 1", "part 2"): its number is no count, and the name keeps it
    ("The ORR was 75% in arm 1 and 60% in arm 2.",
     [("overall_response", {"percent": 75, "subgroup": "arm 1"}), ("overall_response", {"percent": 60, "subgroup": "arm 2"})]),
    ("CR rates were 70% in part 1 and 82% in part 2.",
     [("complete_remission", {"percent": 70, "subgroup": "part 1"}),
      ("complete_remission", {"percent": 82, "subgroup": "part 2"})]),
    ("CRS occurred in 40% of phase 1 patients and 55% of phase 2 patients.",
     [("crs", {"percent": 40, "grade": "any"}), ("crs", {"percent": 55, "grade": "any"})]),
    # per-phase treated counts after the total, a nested dose-level aside and all
    ("In all, 36 patients were infused, 12 in phase 1 (DL1, n = 6; DL2, n = 6) and 24 in phase 2.",
     [("patients_treated", {"value": 36}), ("patients_treated", {"value": 12, "subgroup": "phase 1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 24, "subgroup": "phase 2"})]),
    ("Sixty patients received cilta-cel, 20 in cohort 1 and 40 in cohort 2.",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 20, "subgroup": "cohort 1"}),
      ("patients_treated", {"value": 40, "subgroup": "cohort 2"})]),
    # an assay's sensitivity or detection limit is no result
    ("MRD was assessed by next-generation sequencing (sensitivity, 0.001%).", []),
    ("Complete responses were confirmed by marrow MRD at a detection limit of 0.01%.", []),
    ("Response was assessed at day 28 by flow cytometry with a sensitivity of 0.01%.", []),
    ("MRD negativity (sensitivity 10^-5) was reached in 18 of 20 patients (90%).",
     [("mrd_negative", {"percent": 90, "n": 18, "N": 20})]),
    ("MRD negativity at a sensitivity of 10^-5 was achieved in 20 of 25 evaluable patients (80%).",
     [("mrd_negative", {"percent": 80, "n": 20, "N": 25})]),
    # the population approved for CAR-T before the infused count is the enrolled (intention-to-treat) count,
    # and the infused count's own percent does not hide its per-product breakdown
    ("Of 250 patients approved for axi-cel, 221 (88.4%) received the infusion (bridging, n = 150; no bridging, n = 71).",
     [("patients_enrolled", {"value": 250}), ("patients_treated", {"value": 221}),
      ("patients_treated", {"value": 150, "subgroup": "bridging"}), ("patients_treated", {"value": 71, "subgroup": "no bridging"})]),
    ("Of 96 patients who were approved for CAR T-cell therapy, 80 were infused.",
     [("patients_enrolled", {"value": 96}), ("patients_treated", {"value": 80})]),
    # negative: no infused count after it, so no cohort
    ("Of 96 approved patients, 14 relapsed.", [("relapse", {"n": 14, "N": 96})]),
    # "underwent leukapheresis" is not the treated verb
    ("Seventy-one patients were enrolled and underwent leukapheresis, and 68 were infused.",
     [("patients_enrolled", {"value": 71}), ("patients_treated", {"value": 68})]),
    # relapse by transplant status: the group "who (did not) undergo HSCT" is the relapse's population
    ("Relapse occurred in 2 of 12 patients who underwent HSCT and in 5 of 8 who did not (P = .04).",
     [("relapse", {"n": 2, "N": 12}), ("relapse", {"n": 5, "N": 8}), ("p_value", {"value": ".04", "outcome": "relapse"})]),
    ("Relapse occurred in 3 of 12 who were transplanted and 9 of 14 who were not.",
     [("relapse", {"n": 3, "N": 12}), ("relapse", {"n": 9, "N": 14})]),
    ("Three of the 12 patients who underwent allo-HSCT relapsed.", [("relapse", {"n": 3, "N": 12})]),
    ("By contrast, 6 of the 9 responders who did not proceed to transplantation relapsed.", [("relapse", {"n": 6, "N": 9})]),
    # negative: the relative clause's own count is still the transplant's
    ("Nine patients who underwent HSCT remain in remission.", [("transplant", {"n": 9})]),
    # a term's count, a colon, then its shares per group adding up to it
    ("Twelve patients relapsed: 4 of 20 children and 8 of 15 adults.",
     [("relapse", {"n": 12}), ("relapse", {"n": 4, "N": 20, "subgroup": "children"}),
      ("relapse", {"n": 8, "N": 15, "subgroup": "adults"})]),
    ("CRS occurred in 9 patients: 3 of 10 at DL1 and 6 of 8 at DL2.",
     [("crs", {"n": 9}), ("crs", {"n": 3, "N": 10, "subgroup": "DL1"}), ("crs", {"n": 6, "N": 8, "subgroup": "DL2"})]),
    # negative: shares that do not add up to the count are not split from it
    ("Relapse occurred in 10 patients: 2 of 11 transplanted and 6 of 7 non-transplanted responders.", [("relapse", {"n": 10})]),
    # a list of ages is no count of patients
    ("Three adults, aged 34, 51 and 62, were infused with CAR-T cells.", [("patients_treated", {"value": 3})]),
    ("Two patients aged 70 and 74 years received axi-cel.", [("patients_treated", {"value": 2})]),
    ("We report four children with CNS relapse, aged 4, 7, 9 and 12 years, who were treated with CD19 CAR-T cells.",
     [("patients_treated", {"value": 4})]),
    # per-dose treated counts: each dose followed by "in" its count
    ("CAR-T cells were given at 5 × 10^5/kg in 4 patients, 1 × 10^6/kg in 6 and 3 × 10^6/kg in 3.",
     [("dose", {"low": 5e5}), ("dose", {"low": 1e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 4}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 3})]),
    ("Patients received 2 × 10^6/kg (DL1) in 5 and 5 × 10^6/kg (DL2) in 7.",
     [("dose", {"low": 2e6, "label": "DL1"}), ("dose", {"low": 5e6, "label": "DL2"}),
      ("patients_treated", {"value": 5, "subgroup": "DL1"}), ("patients_treated", {"value": 7, "subgroup": "DL2"})]),
    # negative: an event's counts per dose are no treated counts
    ("Grade 3 CRS occurred at 1 × 10^6/kg in 1 patient and at 3 × 10^6/kg in 2.",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6}), ("crs", {"n": 1, "grade": "3"}), ("crs", {"n": 2, "grade": "3"})]),
    # a semicolon inside a name's aside ("(MRD; <0.01%)") ends no clause
    ("Twelve patients had a complete response, with undetectable minimal residual disease (MRD; <0.01%) in 9.",
     [("complete_remission", {"n": 12}), ("mrd_negative", {"n": 9})]),
    ("Nine patients achieved CR, with MRD negativity (NGS; 10^-6) in 7.",
     [("complete_remission", {"n": 9}), ("mrd_negative", {"n": 7})]),
    # "each of the N (patients)" states both numbers, as "all N" does
    ("CR was documented in each of the five patients.", [("complete_remission", {"n": 5, "N": 5, "percent": 100.0})]),
    ("Each of the 3 patients developed grade 1 CRS.", [("crs", {"n": 3, "N": 3, "grade": "1"})]),
    # negative: all or each of the cohorts, arms or levels is no count of patients
    ("ICANS occurred in all 3 cohorts.", []),
    ("CRS occurred in 40% of patients in each of the two arms.", [("crs", {"percent": 40})]),
    # "those whose best response was VGPR or PR" names a population, every response term of it
    ("Patients in CR had longer OS than those whose best response was very good partial response or partial response "
     "(median, not reached vs 15.4 months).", [("overall_survival", {"median_months": 15.4})]),
    ("Patients with CR had longer OS than those whose best response was VGPR or PR (median, not reached vs 15.4 months).",
     [("overall_survival", {"median_months": 15.4})]),
    ("PFS was shorter in patients whose best response was PR (8.1 vs 20.3 months).",
     [("progression_free_survival", {"median_months": 8.1}), ("progression_free_survival", {"median_months": 20.3})]),
    ("Among patients with VGPR or CR, 12 relapsed.", [("relapse", {"n": 12})]),
    # "moderate in one": a severity with no grade is no result of its own
    ("Chronic GVHD developed in 4 of 11 patients, being moderate in one.", [("gvhd", {"n": 4, "N": 11, "chronic": True})]),
    ("Chronic GVHD occurred in 5 recipients and was moderate in 2 of them.", [("gvhd", {"n": 5, "chronic": True})]),
    # disease counts with their percents in parentheses
    ("Of 180 treated patients, 120 (66.7%) had DLBCL, 40 (22.2%) PMBCL and 20 (11.1%) tFL.",
     [("patients_treated", {"value": 180}), ("disease_count", {"value": 120, "label": "DLBCL"}),
      ("disease_count", {"value": 40, "label": "PMBCL"}), ("disease_count", {"value": 20, "label": "tFL"})]),
    ("A total of 120 patients were treated; 80 (66.7%) had DLBCL and 40 (33.3%) had PMBCL.",
     [("patients_treated", {"value": 120}), ("disease_count", {"value": 80, "label": "DLBCL"}),
      ("disease_count", {"value": 40, "label": "PMBCL"})]),
]


BLIND22_FAMILIES = [
    # per-arm follow-up in the plural ("median follow-ups of A and B months, respectively"): follow-up, not a survival median
    ("With median follow-ups of 22.4 and 18.0 months, respectively, both arms were analysed.",
     [("median_followup", {"months": 22.4}), ("median_followup", {"months": 18.0})]),
    ("Median follow-ups were 30 months for the adults and 26 months for the children.",
     [("median_followup", {"months": 30}), ("median_followup", {"months": 26})]),
    # "Response was evaluable in N patients": an evaluable count, not N responders
    ("Efficacy was evaluable in 37 patients.", [("patients_treated", {"value": 37, "subgroup": "evaluable"})]),
    ("Responses were evaluable for 31 patients, and 25 (80.6%) achieved CR.",
     [("patients_treated", {"value": 31, "subgroup": "evaluable"}), ("complete_remission", {"percent": 80.6, "n": 25})]),
    ("Toxicity was evaluable in 40 patients.", []),
    # "Of N patients randomly assigned/randomized, M were infused": randomisation is enrolment
    ("Of 240 patients randomized, 221 received CAR T cells.",
     [("patients_enrolled", {"value": 240}), ("patients_treated", {"value": 221})]),
    ("Among the 88 patients randomly allocated, 80 were infused.",
     [("patients_enrolled", {"value": 88}), ("patients_treated", {"value": 80})]),
    ("Of 12 patients who were screened, 10 were infused.", [("patients_treated", {"value": 10})]),
    # "N of the M responders who were not transplanted relapsed": the relative clause closes on its own verb
    ("Eight of the 20 patients who did not proceed to transplantation relapsed.",
     [("relapse", {"n": 8, "N": 20, "percent": 40.0, "derived": True})]),
    ("4 of the 12 responders who were not consolidated relapsed.",
     [("relapse", {"n": 4, "N": 12, "percent": 33.3, "derived": True})]),
    ("Of patients who had relapsed, 3 died.", []),
    # "N patients in arm A and M in arm B": the second count's patient noun is elliptical
    ("CRS occurred in 20 patients in the axi-cel group and 18 in the tisa-cel group.",
     [("crs", {"n": 20, "grade": "any", "subgroup": "axi-cel group"}), ("crs", {"n": 18, "grade": "any", "subgroup": "tisa-cel group"})]),
    ("Eleven patients in cohort 1 and six in cohort 2 proceeded to allogeneic HSCT.",
     [("transplant", {"n": 11, "subgroup": "cohort 1"}), ("transplant", {"n": 6, "subgroup": "cohort 2"})]),
    ("CR was achieved by 30 patients in the high-dose cohort (75%) and 12 in the low-dose cohort (60%).",
     [("complete_remission", {"percent": 75, "n": 30}), ("complete_remission", {"percent": 60, "n": 12})]),
    ("Grade 3 CRS occurred in 20 patients in the axi-cel group and 18 in 2019.", [("crs", {"n": 20, "grade": "3"})]),
    # the number naming a cohort or arm is no count ("in cohort 2 proceeded"), and names the subgroup
    ("Six patients in cohort 2 proceeded to allogeneic HSCT.", [("transplant", {"n": 6})]),
    ("CR rates were 80% in cohort 1 and 70% in arm B.",
     [("complete_remission", {"percent": 80, "subgroup": "cohort 1"}), ("complete_remission", {"percent": 70, "subgroup": "arm B"})]),
    # "OS at 1 year was a% and LFS was b%": the sentence's one landmark is the coordinated term's too
    ("The 2-year OS was 70% (95% CI, 60-78), and the EFS was 55%.",
     [("overall_survival", {"percent": 70, "months": 24, "ci_low": 60}), ("event_free_survival", {"percent": 55, "months": 24})]),
    ("The 1-year OS was 80% and 2-year OS was 70% and EFS was 50%.",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 70, "months": 24})]),
    ("OS at 1 year was 80%; EFS was 60%.", [("overall_survival", {"percent": 80, "months": 12})]),
    # a baseline measure inside "patients with …" names the group, and is no response site
    ("The CR rate was 92% in patients with fewer than 5% marrow blasts and 71% in those with more (P = .03).",
     [("complete_remission", {"percent": 92, "site": None}), ("complete_remission", {"percent": 71, "site": None}),
      ("p_value", {"value": ".03", "outcome": "complete_remission"})]),
    ("ORR was 85% in patients without circulating blasts and 60% in those with them.",
     [("overall_response", {"percent": 85}), ("overall_response", {"percent": 60})]),
    # a labelled list whose group names follow each value in parentheses ("12/12 (phase 1b) vs 28/30 (phase 2)")
    ("CR rate: 80% (DL2) vs 60% (DL1), p=0.04.",
     [("complete_remission", {"percent": 80, "subgroup": "DL2"}), ("complete_remission", {"percent": 60, "subgroup": "DL1"}),
      ("p_value", {"value": "0.04", "compares": ["DL2", "DL1"]})]),
    ("ORR: 12/12 (100%) vs 28/30 (93%).",
     [("overall_response", {"percent": 100, "n": 12, "subgroup": None}), ("overall_response", {"percent": 93, "n": 28, "subgroup": None})]),
    # "(DL1, 3/5; DL2, 7/8)": a parenthesised per-level list after the term is one clause
    ("CR was seen at every level (DL1, 1/3; DL2, 4/6; DL3: 5/6).",
     [("complete_remission", {"n": 1, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 4, "N": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL3"})]),
    ("CRS occurred in 10 patients (grade 1, 6; grade 2, 4).",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 6, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    # "in N of one group and in no <other group>": the other group's absence is a negated zero of the same term
    ("Grade 3 CRS occurred in 4 adults and in no children.",
     [("crs", {"n": 4, "grade": "3"}), ("crs", {"n": 0, "grade": "3", "negated": True, "subgroup": "children"})]),
    ("Relapse occurred in 6 patients and in none of the transplanted patients.",
     [("relapse", {"n": 6}), ("relapse", {"n": 0, "negated": True, "subgroup": "transplanted"})]),
    ("CRS occurred in 12 adults, and no patient died.", [("crs", {"n": 12, "grade": "any"})]),
    ("CR was achieved in 12 adults and no children.", [("complete_remission", {"n": 12})]),
    # "N patients infused/treated on this trial", "treated in this phase 2 study": the treated cohort
    ("We report 40 patients treated on the trial.", [("patients_treated", {"value": 40})]),
    ("Outcomes of 28 children and adolescents infused in this phase 2 study are reported.", [("patients_treated", {"value": 28})]),
    ("We report 40 patients screened on the trial.", []),
    # a shared-exponent dose list with each level's name before its number
    ("Doses were DL1: 0.5, DL2: 1.0, and DL3: 2.0 x 10^6 CAR T cells/kg.",
     [("dose", {"low": 5e5, "label": "DL1"}), ("dose", {"low": 1e6, "label": "DL2"}), ("dose", {"low": 2e6, "label": "DL3"})]),
    # the spelled-out "not otherwise specified" qualifier names PTCL-NOS, not PTCL
    ("Twelve patients were treated: 5 with peripheral T-cell lymphoma, NOS, 4 with AITL and 3 with ALCL.",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 5, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 4, "label": "AITL"}), ("disease_count", {"value": 3, "label": "ALCL"})]),
    ("Twelve patients were treated: 5 with peripheral T-cell lymphoma and 7 with AITL.",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 5, "label": "PTCL"}), ("disease_count", {"value": 7, "label": "AITL"})]),
    # a product's approval "on the basis of"/"based on" a pivotal trial cites that trial's results: background
    ("Axi-cel was approved for LBCL on the basis of ZUMA-1, in which 58% of patients achieved CR.", []),
    ("Approval of cilta-cel was based on CARTITUDE-1, with an ORR of 97%.", []),
    ("Response was assessed based on the Lugano criteria; the ORR was 80%.", [("overall_response", {"percent": 80})]),
]


BLIND23_FAMILIES = [
    # two breakdowns of the same treated total in one parenthesis, split by ";"
    ("Of 60 patients enrolled, 52 received CAR T cells (children n=20, adults n=32; autologous n=40, allogeneic n=12).",
     [("patients_enrolled", {"value": 60}), ("patients_treated", {"value": 52}),
      ("patients_treated", {"value": 20, "subgroup": "children"}), ("patients_treated", {"value": 32, "subgroup": "adults"}),
      ("patients_treated", {"value": 40, "subgroup": "autologous"}), ("patients_treated", {"value": 12, "subgroup": "allogeneic"})]),
    ("In all, 30 patients were infused (fresh n=18, cryopreserved n=12; outpatient n=10, inpatient n=20).",
     [("patients_treated", {"value": 30}),
      ("patients_treated", {"value": 18, "subgroup": "fresh"}), ("patients_treated", {"value": 12, "subgroup": "cryopreserved"}),
      ("patients_treated", {"value": 10, "subgroup": "outpatient"}), ("patients_treated", {"value": 20, "subgroup": "inpatient"})]),
    # (a breakdown that does not add up is not a per-group count)
    ("In all, 30 patients were infused (fresh n=18, cryopreserved n=10; outpatient n=10, inpatient n=20).",
     [("patients_treated", {"value": 30}),
      ("patients_treated", {"value": 10, "subgroup": "outpatient"}), ("patients_treated", {"value": 20, "subgroup": "inpatient"})]),
    # "mFU": the telegraphic abbreviation of median follow-up
    ("mFU 9.8 mo (range 1.1–20.4).", [("median_followup", {"months": 9.8, "range_low": 1.1, "range_high": 20.4})]),
    ("At a mFU of 14 months, 20 pts remained in remission.", [("median_followup", {"months": 14})]),
    # "the ORR was A% (n of N) and M patients (B%) achieved CR": "and M patients" opens a new subject, not the ORR's
    ("The ORR was 90% (18 of 20) and 12 patients (60%) achieved CR.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"percent": 60, "n": 12})]),
    ("CR was reached in 14 of 20 patients (70%) and 6 patients (30%) had a partial response.",
     [("complete_remission", {"percent": 70, "n": 14, "N": 20}), ("partial_remission", {"percent": 30, "n": 6})]),
    ("The ORR was 75% and 9 patients achieved CR.", [("overall_response", {"percent": 75}), ("complete_remission", {"n": 9})]),
    # "all grade 1 except for one grade 2 event": the exception is counted, the rest is not
    ("CRS developed in 12 patients (40%), all of grade 1-2 except for one grade 3 case.",
     [("crs", {"percent": 40, "n": 12, "grade": "any"}), ("crs", {"n": 1, "grade": "3"})]),
    ("ICANS was seen in 6 patients (20%), all grade 1 except for one grade 3 event.",
     [("neurotoxicity", {"percent": 20, "n": 6, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("CRS occurred in 8 patients, all grade 1.", [("crs", {"n": 8, "grade": "any"}), ("crs", {"n": 8, "grade": "1"})]),
    # Sézary syndrome, and British "leukaemia", among the T-cell lymphoma labels
    ("Nine patients were treated: Sezary syndrome (n = 4), AITL (n = 3) and adult T-cell leukaemia/lymphoma (n = 2).",
     [("patients_treated", {"value": 9}), ("disease_count", {"value": 4, "label": "Sézary syndrome"}),
      ("disease_count", {"value": 3, "label": "AITL"}), ("disease_count", {"value": 2, "label": "ATLL"})]),
    ("Histologies were Sézary syndrome in 5 and PTCL-NOS in 7.",
     [("disease_count", {"value": 5, "label": "Sézary syndrome"}), ("disease_count", {"value": 7, "label": "PTCL-NOS"})]),
    # "…, leaving N patients evaluable for response": an evaluable count after the exclusions
    ("Three withdrew before infusion, which left 27 evaluable for efficacy.",
     [("patients_treated", {"value": 27, "subgroup": "evaluable for efficacy"})]),
    ("Two patients were excluded, leaving twenty assessable.", [("patients_treated", {"value": 20, "subgroup": "assessable"})]),
    ("Two patients were excluded, leaving 20 patients for the analysis.", []),
    # "N went on to allo-HSCT (A, n = a; B, n = b)": named groups adding up to the transplant count
    ("Twelve responders proceeded to consolidative transplantation (children, n = 5; adults, n = 7).",
     [("transplant", {"n": 12}), ("transplant", {"n": 5, "subgroup": "children"}), ("transplant", {"n": 7, "subgroup": "adults"})]),
    ("Overall, 15 patients (25%) underwent allo-HSCT (cohort A n=9, cohort B n=6).",
     [("transplant", {"n": 15, "percent": 25}), ("transplant", {"n": 9, "subgroup": "cohort A"}),
      ("transplant", {"n": 6, "subgroup": "cohort B"})]),
    ("Overall, 15 patients underwent allo-HSCT (cohort A n=9, cohort B n=4).", [("transplant", {"n": 15})]),
    # a hyphenated product code between the dose and "CAR … cells"
    ("Patients received 1 × 10^6 JNJ-4528 CAR-T cells/kg.", [("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("A flat dose of 100 × 10^6 to 300 × 10^6 AB-12 CAR-positive T cells was given.",
     [("dose", {"low": 1e8, "high": 3e8, "unit": "cells"})]),
    ("At day 14, 12 × 10^6 IL-6 cells were seen.", []),
    # "earlier <longer product description> studies reported …": another trial's result is background
    ("Earlier CD19 CAR T cell studies reported complete remission in roughly 70% of patients.", []),
    ("Previous anti-CD22 chimeric antigen receptor (CAR) T-cell trials achieved an ORR of 60%.", []),
    ("Patients with prior CAR-T exposure were excluded from these studies; the CR rate was 80%.",
     [("complete_remission", {"percent": 80})]),
    # terse "all G1" / "both G1" (also at the sentence's end): a grade breakdown of the count before it
    ("ICANS in 3 pts, all G1.", [("neurotoxicity", {"n": 3, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": "1"})]),
    ("CRS 2 pts (10%), both G2; no ICANS.",
     [("crs", {"n": 2, "percent": 10, "grade": "any"}), ("crs", {"n": 2, "grade": "2"}),
      ("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("CRS G1.5 in 3.", [("crs", {"n": 3, "grade": "any"})]),
    # "N% or more <noun>": a threshold stated after the number, not a rate
    ("Patients with 20% or higher CD19 expression had an ORR of 90%.", [("overall_response", {"percent": 90})]),
    ("The ORR was 85% or more in all cohorts.", []),
    ("CR was 60% (12/20) in patients with 10% or more blasts.", [("complete_remission", {"percent": 60, "n": 12, "N": 20})]),
    # "dose X cells/kg; range A–B × 10^6": the range after a dose takes its unit
    ("The target dose was 2 × 10^6 CAR-T cells/kg; range 1–3 × 10^6 in cohort A.",
     [("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"}), ("dose", {"low": 1e6, "high": 3e6, "unit": "cells/kg"})]),
    ("Patients received 1 × 10^8 CAR T cells (range 0.5–1.5 × 10^8).",
     [("dose", {"low": 1e8, "high": 1e8, "unit": "cells"}), ("dose", {"low": 5e7, "high": 1.5e8, "unit": "cells"})]),
    ("The target dose was 2 × 10^6 CAR-T cells/kg; range of ages 20–70 years.",
     [("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"})]),
]


BLIND24_FAMILIES = [
    # a survival term coordinated after one with listed landmarks takes each landmark in turn
    ("LFS at 6 and 12 months was 80% and 70%, and OS was 90% and 85%.",
     [("leukemia_free_survival", {"percent": 80, "months": 6}), ("leukemia_free_survival", {"percent": 70, "months": 12}),
      ("overall_survival", {"percent": 90, "months": 6}), ("overall_survival", {"percent": 85, "months": 12})]),
    ("The 1- and 2-year OS were 75% and 60%, and EFS was 50% and 40%.",
     [("overall_survival", {"percent": 75, "months": 12}), ("overall_survival", {"percent": 60, "months": 24}),
      ("event_free_survival", {"percent": 50, "months": 12}), ("event_free_survival", {"percent": 40, "months": 24})]),
    ("OS at 1 year was 70% and EFS at 2 years was 50%.",
     [("overall_survival", {"percent": 70, "months": 12}), ("event_free_survival", {"percent": 50, "months": 24})]),
    # a count with its population, then its percent of a named population in parentheses
    ("Nine patients with CR (30% of all patients) underwent HSCT.", [("transplant", {"n": 9, "percent": 30})]),
    ("Twelve patients in remission (40.0% of responders) relapsed.", [("relapse", {"n": 12, "percent": 40.0})]),
    # a total with its percent, then shares by group after a colon that add up to it
    ("CR was achieved in 50 patients (83.3%): 30/34 (88.2%) in children and 20/26 (76.9%) in adults (P = .30).",
     [("complete_remission", {"n": 50, "percent": 83.3}), ("complete_remission", {"n": 30, "N": 34, "percent": 88.2}),
      ("complete_remission", {"n": 20, "N": 26, "percent": 76.9}), ("p_value", {"value": ".30"})]),
    ("CRS occurred in 40 patients (66.7%): 20/30 in the tisa-cel group and 20/30 in the axi-cel group.",
     [("crs", {"n": 40, "percent": 66.7}), ("crs", {"n": 20, "N": 30, "percent": 66.7}), ("crs", {"n": 20, "N": 30, "percent": 66.7})]),
    ("Relapse occurred in 20 of 50 patients (40%): after 3 and 6 months.", [("relapse", {"n": 20, "N": 50, "percent": 40})]),
    # group sizes in parentheses inside "with and without X" before a pair of percents: sizes, no values
    ("Two-year EFS was similar in patients with (n = 24) and without (n = 40) bridging therapy (55.0% vs 61.2%; P = .48).",
     [("event_free_survival", {"percent": 55.0, "months": 24}), ("event_free_survival", {"percent": 61.2, "months": 24}),
      ("p_value", {"value": ".48"})]),
    ("The 1-year OS of patients with (n=12) versus without (n=30) CNS disease was 75% vs 80% (P=0.7).",
     [("overall_survival", {"percent": 75, "months": 12}), ("overall_survival", {"percent": 80, "months": 12}),
      ("p_value", {"value": "0.7"})]),
    # after a term, the size is that term's count
    ("Of the responders, those bridged to allogeneic HSCT (n = 12) had less relapse than those who were not (n = 20) (16.7% vs 50.0%, P = .04).",
     [("transplant", {"n": 12}), ("relapse", {"percent": 16.7}), ("relapse", {"percent": 50.0}), ("p_value", {"value": ".04"})]),
    # the treated split by age band, each band with its own "(n = k)", adding up to the treated count
    ("A total of 60 patients were infused, aged <18 years (n = 35) or ≥18 years (n = 25).",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 35}), ("patients_treated", {"value": 25})]),
    ("In all, 90 children received CAR T cells, aged 1-9 years (n = 50) or 10-17 years (n = 40).",
     [("patients_treated", {"value": 90}), ("patients_treated", {"value": 50}), ("patients_treated", {"value": 40})]),
    ("A total of 60 patients were infused, aged <18 years (n = 35) or ≥18 years (n = 20).", [("patients_treated", {"value": 60})]),
    # a short aside between the treated count and the colon of its per-group list
    ("Eighty patients were infused (median age 9 years): 30 with high and 50 with low disease burden.",
     [("patients_treated", {"value": 80}), ("patients_treated", {"value": 30}), ("patients_treated", {"value": 50})]),
    # listed landmarks before "estimates/rates/probabilities of", after their survival term
    ("OS plateaued, with 1- and 2-year rates of 70% and 60%.",
     [("overall_survival", {"percent": 70, "months": 12}), ("overall_survival", {"percent": 60, "months": 24})]),
    ("LFS was favourable, with 6-month, 12-month and 24-month probabilities of 90.1%, 80.2% and 70.3%.",
     [("leukemia_free_survival", {"percent": 90.1, "months": 6}), ("leukemia_free_survival", {"percent": 80.2, "months": 12}),
      ("leukemia_free_survival", {"percent": 70.3, "months": 24})]),
    ("EFS was durable, with 1-year and 2-year estimates of 64.5% and 50.2%.",
     [("event_free_survival", {"percent": 64.5, "months": 12}), ("event_free_survival", {"percent": 50.2, "months": 24})]),
    # a term timed "before transplantation", then its result verb: a result, not a population
    ("Complete remission before transplantation was reached in 20 of 25 patients (80%).",
     [("complete_remission", {"n": 20, "N": 25, "percent": 80})]),
    ("MRD-negative CR before HSCT was achieved in 40 of 50 patients (80%) in arm A and in 30 of 50 (60%) in arm B (P=0.03).",
     [("complete_remission", {"n": 40, "N": 50, "percent": 80}), ("complete_remission", {"n": 30, "N": 50, "percent": 60}),
      ("p_value", {"value": "0.03"})]),
    ("CR before HSCT was associated with longer EFS.", []),
    # "N patients in the <two-word> group and M in the <other> group": the elliptical count of a two-word arm name
    ("Grade 3 CRS occurred in 12 patients in the CAR T-cell group and 2 in the standard-care group.",
     [("crs", {"n": 12, "grade": "3"}), ("crs", {"n": 2, "grade": "3"})]),
    ("HSCT was performed in 40 patients in the CAR T arm and 35 in the control arm.",
     [("transplant", {"n": 40}), ("transplant", {"n": 35})]),
    # "N patients underwent randomization": enrolment
    ("Overall, 150 children underwent randomisation and 140 were treated.",
     [("patients_enrolled", {"value": 150}), ("patients_treated", {"value": 140})]),
    ("In total, 80 patients underwent randomization (40 per arm).", [("patients_enrolled", {"value": 80})]),
    ("Eight patients underwent repeat bone marrow biopsy.", []),
    # a year closing "between 2019 and 2023" before "were included" is no count
    ("Children infused at 14 centres between 2017 and 2022 were included.", []),
    ("Of 60 screened, 52 were included.", [("patients_treated", {"value": 52})]),
    # telegraphic absence without a colon: "ICANS none"
    ("CRS in 10 pts; ICANS none; GVHD none.",
     [("crs", {"n": 10}), ("neurotoxicity", {"n": 0, "negated": True}), ("gvhd", {"n": 0, "negated": True})]),
    ("Neurotoxicity none.", [("neurotoxicity", {"n": 0, "negated": True})]),
]

BLIND27_FAMILIES = [
    # kinds of an adverse event with their counts, after its term: a breakdown the record does not keep
    ("Non-ICANS neurotoxicity, including parkinsonism in 3 patients and cranial nerve palsy in 5, occurred in 8 patients "
     "(8.2%) at a median of 27 days after infusion.", [("neurotoxicity", {"n": 8, "percent": 8.2, "grade": "any"})]),
    ("Non-ICANS neurotoxicity (parkinsonism in 3, cranial nerve palsy in 5) occurred in 8 patients (8.2%).",
     [("neurotoxicity", {"n": 8, "percent": 8.2, "grade": "any"})]),
    ("Delayed neurotoxicity, such as parkinsonism (n = 3) and Guillain-Barre syndrome (n = 1), developed in 4 patients (4.1%).",
     [("neurotoxicity", {"n": 4, "percent": 4.1, "grade": "any"})]),
    ("Chronic GVHD (skin in 4, liver in 2) occurred in 6 of 20 patients (30%).",
     [("gvhd", {"n": 6, "N": 20, "percent": 30, "chronic": True})]),
    # a count "with grade X" after the total is that grade's count
    ("Immune effector cell-associated neurotoxicity syndrome (ICANS) occurred in 12 patients (12.4%), including 2 with "
     "grade 3 events.", [("neurotoxicity", {"n": 12, "percent": 12.4, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "3", "N": None})]),
    ("CRS occurred in 20 patients (50%), 3 of them with grade 3 or higher.",
     [("crs", {"n": 20, "percent": 50, "grade": "any"}), ("crs", {"n": 3, "grade": ">=3"})]),
    ("ICANS developed in 12 patients, including two with grade 4 events.",
     [("neurotoxicity", {"n": 12, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "4"})]),
    # "all grade X" after a count with its percent: the grade's rate is the total's
    ("CRS occurred in 47 patients (90.4%; grade ≥3, 5 [9.6%]) and ICANS in 3 (5.8%, all grade 1).",
     [("crs", {"n": 47, "percent": 90.4, "grade": "any"}), ("crs", {"percent": 9.6, "grade": ">=3"}),
      ("neurotoxicity", {"n": 3, "percent": 5.8, "grade": "any"}), ("neurotoxicity", {"n": 3, "percent": 5.8, "grade": "1", "N": None})]),
    ("ICANS occurred in 2 patients (10%), both grade 1.",
     [("neurotoxicity", {"n": 2, "percent": 10, "grade": "any"}), ("neurotoxicity", {"n": 2, "percent": 10, "grade": "1"})]),
    ("CRS developed in 18 of 20 patients (90%), all grade 1-2.",
     [("crs", {"n": 18, "N": 20, "percent": 90, "grade": "any"}), ("crs", {"n": 18, "N": None, "grade": "1-2"})]),
    # terse per-grade counts "G1 24, G2 14" after a total and its colon
    ("CRS 41/53 (77.4%): G1 24, G2 14, G3 3; no G4.",
     [("crs", {"n": 41, "N": 53, "percent": 77.4, "grade": "any"}), ("crs", {"n": 24, "grade": "1"}),
      ("crs", {"n": 14, "grade": "2"}), ("crs", {"n": 3, "grade": "3"}), ("crs", {"n": 0, "grade": "4", "negated": True})]),
    ("ICANS 8/53 (15.1%): G1–2 6, G3 2.",
     [("neurotoxicity", {"n": 8, "N": 53, "percent": 15.1, "grade": "any"}), ("neurotoxicity", {"n": 6, "grade": "1-2"}),
      ("neurotoxicity", {"n": 2, "grade": "3"})]),
    ("CRS 20/25 (80%): gr 1 12, gr 2 6, gr 3 2.",
     [("crs", {"n": 20, "N": 25, "percent": 80}), ("crs", {"n": 12, "grade": "1"}), ("crs", {"n": 6, "grade": "2"}),
      ("crs", {"n": 2, "grade": "3"})]),
    ("ICANS 5/30: G1 3, G≥3 2.",
     [("neurotoxicity", {"n": 5, "N": 30, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": "1"}),
      ("neurotoxicity", {"n": 2, "grade": ">=3"})]),
    # a terse graded absence: "none ≥gr 3", "none G≥3"
    ("ICANS gr 1–2, n=3; none ≥gr 3.",
     [("neurotoxicity", {"n": 3, "grade": "1-2"}), ("neurotoxicity", {"n": 0, "percent": 0.0, "grade": ">=3", "negated": True})]),
    ("CRS in 10 (50%), none gr 3 or higher.",
     [("crs", {"n": 10, "percent": 50}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("ICANS occurred in 4 patients, none ≥ grade 3.",
     [("neurotoxicity", {"n": 4}), ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    # "N of them MRD-negative" after a CR count: MRD negativity among them
    ("Forty-nine patients (94.2%) achieved CR/CRi by day 28, 46 of them MRD-negative.",
     [("complete_remission", {"n": 49, "percent": 94.2, "timepoint_days": 28}),
      ("mrd_negative", {"n": 46, "N": 49, "percent": 93.9, "derived": True, "timepoint_days": 28})]),
    ("Twenty patients achieved CR, 18 of them with MRD negativity.",
     [("complete_remission", {"n": 20}), ("mrd_negative", {"n": 18, "N": 20})]),
    ("Of 30 infused patients, 27 achieved CR (90%), 25 of them MRD-negative.",
     [("patients_treated", {"value": 30}), ("complete_remission", {"n": 27, "N": 30, "percent": 90}),
      ("mrd_negative", {"n": 25, "N": 27})]),
    # negative: a CR count "of them" after responders is no MRD result and no rate of all patients
    ("Twenty-seven patients (90%) responded, 20 of them with CR.", [("overall_response", {"n": 27, "percent": 90})]),
    # "Of N patients registered with intent to treat / for therapy, M were infused": enrolled, then treated
    ("Of 288 patients registered with intent to treat, 261 were infused (cilta-cel, n=143; ide-cel, n=118).",
     [("patients_enrolled", {"value": 288}), ("patients_treated", {"value": 261}),
      ("patients_treated", {"value": 143, "subgroup": "cilta-cel"}), ("patients_treated", {"value": 118, "subgroup": "ide-cel"})]),
    ("Of 120 patients enrolled with an intention to treat, 110 received CAR T cells.",
     [("patients_enrolled", {"value": 120}), ("patients_treated", {"value": 110})]),
    ("Of 64 patients registered for CAR T-cell therapy, 58 were infused.",
     [("patients_enrolled", {"value": 64}), ("patients_treated", {"value": 58})]),
    ("Of 40 patients screened, 35 were infused.", [("patients_treated", {"value": 35})]),
    # a hazard ratio's P between arms when one arm's median is "not reached" (a value in words) or both are
    ("Median progression-free survival was not reached v 6.2 months (95% CI, 4.5 to 8.9; HR, 0.45; P < .001).",
     [("progression_free_survival", {"median_months": 6.2}), ("p_value", {"value": "<.001", "outcome": "progression_free_survival"})]),
    ("Median EFS was 8.1 months versus not reached (HR, 0.50; P = .002).",
     [("event_free_survival", {"median_months": 8.1}), ("p_value", {"value": ".002"})]),
    ("At the prespecified interim overall survival (OS) analysis, median OS was not reached in either arm (HR, 0.73; "
     "95% CI, 0.52 to 1.02; P = .06), and 24-month OS was 67.2% v 55.9%.",
     [("p_value", {"value": ".06", "outcome": "overall_survival"}), ("overall_survival", {"percent": 67.2, "months": 24}),
      ("overall_survival", {"percent": 55.9, "months": 24})]),
    ("Median OS was not reached in both groups (HR 0.81; P = .40).", [("p_value", {"value": ".40"})]),
    # negative: one group's median not reached, a regression HR
    ("Median PFS was not reached (HR 0.52; P = .01).", []),
    ("In multivariable analysis, bulky disease predicted shorter PFS (HR, 2.1; P = .01).", []),
    # per donor group: hyphenated "prior-donor"/"new-donor" names are groups, not a history ("prior HSCT")
    ("Relapse: 9/25 (36.0%) prior-donor vs 3/18 (16.7%) new-donor.",
     [("relapse", {"n": 9, "N": 25, "percent": 36.0}), ("relapse", {"n": 3, "N": 18, "percent": 16.7})]),
    ("Relapse: 9/25 (36.0%) in prior-donor vs 3/18 (16.7%) in new-donor pts (p=0.2).",
     [("relapse", {"n": 9, "N": 25, "percent": 36.0}), ("relapse", {"n": 3, "N": 18, "percent": 16.7}), ("p_value", {"value": "0.2"})]),
    ("aGVHD after CAR-T: 5/25 (20.0%) in prior-donor vs 7/18 (38.9%) in new-donor cohort (p=0.17).",
     [("gvhd", {"n": 5, "N": 25, "percent": 20.0, "acute": True}), ("gvhd", {"n": 7, "N": 18, "percent": 38.9, "acute": True}),
      ("p_value", {"value": "0.17"})]),
    ("CR/CRi: 20/25 CNS-positive vs 60/70 CNS-negative.",
     [("complete_remission", {"n": 20, "N": 25}), ("complete_remission", {"n": 60, "N": 70})]),
    ("Of the 18 new-donor pts, 16 proceeded to the planned second HSCT at a median of 38 days; 4 prior-donor pts also "
     "underwent a second HSCT.", [("transplant", {"n": 16, "N": 18}), ("transplant", {"n": 4, "N": None, "percent": None})]),
    # negative: a history, not a group
    ("Seventeen pts (37.8%) had relapsed after prior allo-HSCT.", []),
    ("Relapse: 9/25 (36.0%) died of infection.", []),
    # chronic GVHD's extent ("extensive"/"limited in k") is its own scale, no grade and no second count
    ("After transplantation, acute GVHD developed in 19 of 41 patients (46.3%), grade II–IV in 11 and grade III–IV in 4; "
     "chronic GVHD occurred in 9 (22.0%) and was extensive in 3.",
     [("gvhd", {"n": 19, "N": 41, "percent": 46.3, "acute": True}), ("gvhd", {"n": 11, "grade": "2-4", "acute": True}),
      ("gvhd", {"n": 4, "grade": "3-4", "acute": True}), ("gvhd", {"n": 9, "percent": 22.0, "chronic": True})]),
    ("Chronic GVHD developed in 6 patients (limited in 4, extensive in 2).", [("gvhd", {"n": 6, "chronic": True})]),
    # a new population after ";" ("; among transplanted patients, 7 relapsed (17.1%)") takes no opener's N,
    # and the percent after the bare verb is the count's
    ("Of the 8 responders who did not undergo transplantation, 6 relapsed at a median of 3.4 months, two with CD7-negative "
     "disease; among transplanted patients, 7 relapsed (17.1%).",
     [("relapse", {"n": 6, "N": 8, "percent": 75.0}), ("relapse", {"n": 7, "percent": 17.1, "N": None})]),
    ("Of the 20 patients in CR, 5 relapsed; in those who underwent HSCT, 2 relapsed.",
     [("relapse", {"n": 5, "N": 20}), ("relapse", {"n": 2, "N": None})]),
    ("Twelve patients relapsed (30%).", [("relapse", {"n": 12, "percent": 30})]),
    # another report's results restated: background
    ("In this issue, the BELLWETHER investigators report an overall response rate of 88.7% and a median progression-free "
     "survival of 24.9 months with a fully human BCMA-directed CAR T-cell product.", []),
    ("In this issue of Blood, Smith et al report a CR rate of 90% with CD7 CAR T cells.", []),
]


BLIND25_FAMILIES = [
    # a rate's CI after a semicolon inside its parentheses: "n (x%; 95% CI a–b)"
    ("By day 28, 32 (86%) of 37 patients had complete remission, and 30 (81%; 95% CI 65–92) were MRD negative.",
     [("complete_remission", {"n": 32, "N": 37, "percent": 86, "timepoint_days": 28}),
      ("mrd_negative", {"n": 30, "percent": 81, "ci_low": 65, "ci_high": 92, "timepoint_days": 28})]),
    ("The primary endpoint was met: 27 (73%; 95% CI 56–86) of 37 patients proceeded to HSCT in MRD-negative remission within 100 days.",
     [("transplant", {"n": 27, "N": 37, "percent": 73, "ci_low": 56, "ci_high": 86})]),
    ("Overall, 41 (82.0%; 95% CI 68.6-91.4) of 50 patients achieved CR.",
     [("complete_remission", {"n": 41, "N": 50, "percent": 82.0, "ci_low": 68.6, "ci_high": 91.4})]),
    ("Twenty patients (66.7%; 90% CI 50.0-80.6) relapsed.", [("relapse", {"n": 20, "percent": 66.7, "ci_low": 50.0, "ci_high": 80.6})]),
    # per-group survival after an overall value, the clause opened by values and its groups named only by who-clauses
    ("2-year overall survival was 61·4% (95% CI 43·2–75·3) among all infused patients, and 70·9% (51·2–83·8) in those who "
     "underwent transplantation versus 20·0% (3·1–47·5) in those who did not (hazard ratio 0·24, 95% CI 0·09–0·63; p=0·0021).",
     [("overall_survival", {"percent": 61.4, "months": 24, "ci_low": 43.2, "ci_high": 75.3}),
      ("overall_survival", {"percent": 70.9, "months": 24, "ci_low": 51.2, "ci_high": 83.8}),
      ("overall_survival", {"percent": 20.0, "months": 24, "ci_low": 3.1, "ci_high": 47.5}),
      ("p_value", {"value": "0.0021"})]),
    ("The 3-year EFS was 52% for the whole cohort, and 68% among patients who proceeded to allo-HSCT versus 21% among those who did not.",
     [("event_free_survival", {"percent": 52, "months": 36}), ("event_free_survival", {"percent": 68, "months": 36}),
      ("event_free_survival", {"percent": 21, "months": 36})]),
    ("Median OS was 14.2 months, and 20.1 months in patients who received HSCT versus 6.3 months in those who did not.",
     [("overall_survival", {"median_months": 14.2}), ("overall_survival", {"median_months": 20.1}),
      ("overall_survival", {"median_months": 6.3})]),
    ("Only 6 patients underwent allo-HSCT, and 16 patients in CR received no consolidation.", [("transplant", {"n": 6})]),
    # a duration's unitless CI or range is in the duration's unit
    ("Median follow-up 34 weeks (range 9–61); median OS 186 days (95% CI 121–NR), median EFS 97 days.",
     [("median_followup", {"months": 7.82, "range_low": 2.07, "range_high": 14.03}),
      ("overall_survival", {"median_months": 6.11, "ci_low": 3.98, "ci_high": None}),
      ("event_free_survival", {"median_months": 3.19})]),
    ("Median OS was 2.5 years (95% CI 1.5-3.0).", [("overall_survival", {"median_months": 30, "ci_low": 18, "ci_high": 36})]),
    ("Median EFS was 12.5 months (95% CI 8.1-NR).", [("event_free_survival", {"median_months": 12.5, "ci_low": 8.1})]),
    # flat doses whose unit is named before the list's colon or parenthesis
    ("Adults received Flu/Cy followed by a single flat dose of CAR+ T cells: DL1 1×10^8, DL2 3×10^8 or DL3 6×10^8.",
     [("dose", {"label": "DL1", "low": 1e8, "high": 1e8, "unit": "cells"}),
      ("dose", {"label": "DL2", "low": 3e8, "high": 3e8, "unit": "cells"}),
      ("dose", {"label": "DL3", "low": 6e8, "high": 6e8, "unit": "cells"})]),
    ("Patients received one of three flat doses of CAR-T cells (1 × 10^8, 3 × 10^8 or 6 × 10^8).",
     [("dose", {"low": 1e8, "unit": "cells"}), ("dose", {"low": 3e8, "unit": "cells"}), ("dose", {"low": 6e8, "unit": "cells"})]),
    ("The dose escalated across three levels in CAR+ T cells/kg: 5 × 10^5, 1 × 10^6 and 2 × 10^6.",
     [("dose", {"low": 5e5, "unit": "cells/kg"}), ("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("CAR-T expansion peaked at 4.1 × 10^4 copies.", []),
    # terse response counts after a label ("CR 6, PR 3"), N from the label's "(n=10):"
    ("EMD response by PET-CT at D28 (n=10): CR 6, PR 3, ORR 90.0%.",
     [("complete_remission", {"n": 6, "N": 10, "percent": 60.0, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 10, "percent": 30.0, "site": "extramedullary"}),
      ("overall_response", {"percent": 90.0, "site": "extramedullary"})]),
    ("Day 28: ORR 64.3% (9/14) – CR 4, CRi 3, MLFS 2.",
     [("overall_response", {"percent": 64.3, "n": 9, "N": 14, "timepoint_days": 28}),
      ("complete_remission", {"n": 4, "N": None, "timepoint_days": 28})]),
    ("Extramedullary response on PET-CT (n=9): CR 5, PR 2.",
     [("complete_remission", {"n": 5, "N": 9, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 9, "site": "extramedullary"})]),
    ("Response at day 28 - CR 12, PR 3.",
     [("complete_remission", {"n": 12, "timepoint_days": 28}), ("partial_remission", {"n": 3, "timepoint_days": 28})]),
    ("EM masses: ORR 5/6 (CR 3, PR 2) at 1 mo by PET-CT.",
     [("overall_response", {"n": 5, "N": 6}), ("complete_remission", {"n": 3}), ("partial_remission", {"n": 2})]),
    # each number of a labels' list ("at dose levels 1, 2 and 3") is a label, no count
    ("CR/CRi was achieved in 2 of 4, 5 of 5 and 6 of 6 patients at dose levels 1, 2 and 3, respectively.",
     [("complete_remission", {"n": 2, "N": 4}), ("complete_remission", {"n": 5, "N": 5}), ("complete_remission", {"n": 6, "N": 6})]),
    ("CRS occurred in 2, 4 and 5 patients at levels 1, 2, and 3, respectively.",
     [("crs", {"n": 2}), ("crs", {"n": 4}), ("crs", {"n": 5})]),
    ("ORR was 50%, 80% and 100% in cohorts 1, 2 and 3, respectively.",
     [("overall_response", {"percent": 50}), ("overall_response", {"percent": 80}), ("overall_response", {"percent": 100})]),
    # the treated cohort: "patients infused on two trials", and after a lymphodepletion the infusion followed
    ("We now report outcomes for all 64 patients infused on two phase 1/2 trials (NCT09250301 and NCT09250302) between 2019 "
     "and 2022: 38 with T-ALL and 26 with T-LBL, including 23 children.",
     [("patients_treated", {"value": 64}), ("disease_count", {"value": 38, "label": "T-ALL"}),
      ("disease_count", {"value": 26, "label": "T-LBL"}), ("patients_treated", {"value": 23, "subgroup": "children"})]),
    ("Here we describe 52 patients treated on three consecutive protocols: 30 with T-ALL and 22 with T-LBL.",
     [("patients_treated", {"value": 52}), ("disease_count", {"value": 30, "label": "T-ALL"}),
      ("disease_count", {"value": 22, "label": "T-LBL"})]),
    ("We analysed the 40 patients infused on both studies.", [("patients_treated", {"value": 40})]),
    ("Seventeen patients were enrolled and fifteen (T-ALL, n = 12; T-LBL, n = 3) received fludarabine, cyclophosphamide and "
     "alemtuzumab lymphodepletion followed by a single dose of 1 × 10^6 cells/kg.",
     [("patients_enrolled", {"value": 17}), ("patients_treated", {"value": 15}), ("disease_count", {"value": 12, "label": "T-ALL"}),
      ("disease_count", {"value": 3, "label": "T-LBL"}), ("dose", {"low": 1e6, "unit": "cells/kg"})]),
    ("Of 24 patients enrolled, 21 received fludarabine, cyclophosphamide and etoposide conditioning followed by CAR-T cells.",
     [("patients_enrolled", {"value": 24}), ("patients_treated", {"value": 21})]),
    ("Twelve patients underwent Flu/Cy conditioning followed by infusion of CD7 CAR-T cells.", [("patients_treated", {"value": 12})]),
    # a disease's share of the cohort: "n (x%) of N patients had D"
    ("Median age was 34 years (IQR 25–49), and 15 (41%) of 37 patients had T-LBL.", [("disease_count", {"value": 15, "label": "T-LBL"})]),
    ("Twelve of the 40 patients had ETP-ALL.", [("disease_count", {"value": 12, "label": "ETP-ALL"})]),
    ("Of note, 9 of 30 patients (30%) had T-LBL, and the rest T-ALL.", [("disease_count", {"value": 9, "label": "T-LBL"})]),
    ("Three of 12 patients had T-LBL relapse.", [("relapse", {"n": 3, "N": 12})]),
    # relapse in a group named by a who-clause: "of the N … who were not transplanted, n relapsed", "both responders who …"
    ("Thirty-one patients in CR were consolidated with allo-HSCT; of the 14 patients in CR who were not transplanted, 8 relapsed.",
     [("transplant", {"n": 31}), ("relapse", {"n": 8, "N": 14, "percent": 57.1})]),
    ("Twenty patients underwent HSCT, while of the 10 responders who did not, 6 relapsed.",
     [("transplant", {"n": 20}), ("relapse", {"n": 6, "N": 10, "percent": 60.0})]),
    ("Eleven patients proceeded to HSCT, and both responders who did not undergo HSCT relapsed within 5 months.",
     [("transplant", {"n": 11}), ("relapse", {"n": 2, "N": 2, "percent": 100.0, "derived": True})]),
    ("Both patients who declined transplant relapsed.", [("relapse", {"n": 2, "N": 2})]),
    ("Both children who received DL3 achieved CR.", [("complete_remission", {"n": 2, "N": 2})]),
    # extramedullary disease resolved completely in n and partially in m: CR and PR
    ("Among the 15 patients with T-LBL, extramedullary disease had resolved completely in eight and partially in five on day 28 PET-CT.",
     [("complete_remission", {"n": 8, "N": 15, "percent": 53.3, "site": "extramedullary", "timepoint_days": 28}),
      ("partial_remission", {"n": 5, "N": 15, "percent": 33.3, "site": "extramedullary", "timepoint_days": 28})]),
    ("Extramedullary lesions resolved completely in 6 and partially in 2.",
     [("complete_remission", {"n": 6, "site": "extramedullary"}), ("partial_remission", {"n": 2, "site": "extramedullary"})]),
    ("In the 10 patients with extramedullary disease, lesions resolved completely in 7 of 10 and partially in 2.",
     [("complete_remission", {"n": 7, "N": 10}), ("partial_remission", {"n": 2, "N": 10})]),
    # per-group rates after "TERM by <grouping>:" (the grouping's word is no term; "T-ALL 7/10" is no "all 7")
    ("CR/CRi by relapse site: marrow only 15/15, marrow + EMD or isolated EMD 8/10.",
     [("complete_remission", {"n": 15, "N": 15, "subgroup": "marrow only", "site": None}),
      ("complete_remission", {"n": 8, "N": 10, "subgroup": "marrow + EMD or isolated EMD", "site": None})]),
    ("ORR by disease: T-ALL 7/10, AML 2/4.",
     [("overall_response", {"n": 7, "N": 10, "subgroup": "T-ALL"}), ("overall_response", {"n": 2, "N": 4, "subgroup": "AML"})]),
    ("CR by relapse type: isolated marrow 10/11, marrow + CNS 4/6.",
     [("complete_remission", {"n": 10, "N": 11, "subgroup": "isolated marrow"}), ("complete_remission", {"n": 4, "N": 6, "subgroup": "marrow + CNS"})]),
    # values before their terms in a list ("11/14 CR, 2/14 PR"; blind27's "extramedullary PR read as CR")
    ("EMD response: 11/14 CR, 2/14 PR.",
     [("complete_remission", {"n": 11, "N": 14, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 14, "site": "extramedullary"})]),
    ("Best response: 12/20 CR, 5/20 PR, 3/20 SD.",
     [("complete_remission", {"n": 12, "N": 20}), ("partial_remission", {"n": 5, "N": 20})]),
    ("The ORR was 90% with 70% CR, 20% PR.",
     [("overall_response", {"percent": 90}), ("complete_remission", {"percent": 70}), ("partial_remission", {"percent": 20})]),
    ("ORR 85% CR 60%.", [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60})]),
    # a response site as a line's label opens its results (blind27's "EMD: CR 6/9.")
    ("Results\nEMD: CR 6/9.\nBM: CR 10/12.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}), ("complete_remission", {"n": 10, "N": 12, "site": "bone marrow"})]),
]

BLIND28_FAMILIES = [
    # the leukapheresed (intention-to-treat) count before the infused one is the enrolled count (blind13, 17, 23 and 28
    # writers; blind22's left it out)
    ("Of 311 patients who underwent leukapheresis, 287 were infused (median age, 67 years; range, 24-88).",
     [("patients_enrolled", {"value": 311}), ("patients_treated", {"value": 287})]),
    ("Of 98 patients who underwent leukapheresis, 83 (85%) received brexu-cel; 15 did not, mainly because of progression (n=11).",
     [("patients_enrolled", {"value": 98}), ("patients_treated", {"value": 83})]),
    ("Among 45 patients who underwent apheresis at our centre, 40 were infused.",
     [("patients_enrolled", {"value": 45}), ("patients_treated", {"value": 40})]),
    ("Of 214 leukapheresed patients, 196 received a CAR-T infusion.",
     [("patients_enrolled", {"value": 214}), ("patients_treated", {"value": 196})]),
    ("We report 152 adults who underwent leukapheresis at 21 US centers between 2021 and 2023, of whom 139 were infused.",
     [("patients_enrolled", {"value": 152}), ("patients_treated", {"value": 139})]),
    ("In total, 46 patients underwent leukapheresis and 41 were infused.",
     [("patients_enrolled", {"value": 46}), ("patients_treated", {"value": 41})]),
    # per-product (per-group) treated counts listed after the total with no "with"
    ("In total, 809 pts were infused: 497 axi-cel, 312 tisa-cel.",
     [("patients_treated", {"value": 809}), ("patients_treated", {"value": 497, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 312, "subgroup": "tisa-cel"})]),
    ("21 patients were infused (12 autologous, 9 donor-derived).",
     [("patients_treated", {"value": 21}), ("patients_treated", {"value": 12, "subgroup": "autologous"}),
      ("patients_treated", {"value": 9, "subgroup": "donor-derived"})]),
    ("Overall, 150 patients received CAR T cells: 90 axicabtagene ciloleucel and 60 lisocabtagene maraleucel.",
     [("patients_treated", {"value": 150}), ("patients_treated", {"value": 90, "subgroup": "axicabtagene ciloleucel"}),
      ("patients_treated", {"value": 60, "subgroup": "lisocabtagene maraleucel"})]),
    # relapses by antigen loss or escape are left out (the open convention); the totals stay
    ("Relapse occurred in 11 patients, 9 of the 13 non-transplanted and 2 of the 18 transplanted, and CD7-negative escape "
     "accounted for 4 relapses.",
     [("relapse", {"n": 11}), ("relapse", {"n": 9, "N": 13}), ("relapse", {"n": 2, "N": 18})]),
    ("Relapse occurred in 61 of the 158 patients in CR, with loss of CD19 in 29.", [("relapse", {"n": 61, "N": 158})]),
    ("Twelve patients relapsed, with antigen loss in 5.", [("relapse", {"n": 12})]),
    # a pivotal trial named without a digit is background too
    ("In the pivotal ELIANA trial, tisagenlecleucel produced an overall remission rate of 81% within 3 months, but most "
     "ELIANA patients were blinatumomab-naive.", []),
    ("Obe-cel, an autologous CD19 CAR T-cell product, achieved an overall remission rate of 76% in the pivotal FELIX study "
     "(NCT09280017).", []),
    ("In the registrational KarMMa trial, the ORR was 73%.", []),
    # "alive and in remission", "in continuing remission": a status, no response rate
    ("At a median follow-up of 22 months (range, 12–35), 12 of the 13 transplant recipients were alive and in remission, "
     "and the 2-year overall survival among all 15 children was 80.0% (95% CI, 50.0–93.1).",
     [("median_followup", {"months": 22, "range_low": 12, "range_high": 35}),
      ("overall_survival", {"percent": 80.0, "months": 24, "ci_low": 50.0, "ci_high": 93.1})]),
    ("At last follow-up, 9 patients were alive in complete remission.", []),
    ("CAR-T cells remained detectable in 5 of the 8 patients in continuing remission.", []),
    # a list's size with a qualifier before its colon; terse counts after a comma or colon in a parenthesis
    ("EMD (n=4) at M3: CR 2, PR 1.",
     [("complete_remission", {"n": 2, "N": 4, "percent": 50.0, "site": "extramedullary"}),
      ("partial_remission", {"n": 1, "N": 4, "percent": 25.0, "site": "extramedullary"})]),
    ("Among 13 patients with extramedullary disease, the best extramedullary response rate was 76.9% (CR, 8; PR, 2).",
     [("overall_response", {"percent": 76.9, "N": 13, "site": "extramedullary"}),
      ("complete_remission", {"n": 8, "site": "extramedullary"}), ("partial_remission", {"n": 2, "site": "extramedullary"})]),
    ("The ORR was 80% (CR, 8; PR, 2).",
     [("overall_response", {"percent": 80}), ("complete_remission", {"n": 8}), ("partial_remission", {"n": 2})]),
    ("Extramedullary responses occurred in 9 of 11 patients (CR: 6; PR: 3).",
     [("overall_response", {"n": 9, "N": 11, "site": "extramedullary"}), ("complete_remission", {"n": 6}),
      ("partial_remission", {"n": 3})]),
    # a short result after a group's label line
    ("Results\nAML: 0/2 CR.\nT-LBL: 3/4 CR.",
     [("complete_remission", {"n": 0, "N": 2, "percent": 0.0}), ("complete_remission", {"n": 3, "N": 4, "percent": 75.0})]),
    ("MPAL: 1/2 CR.", [("complete_remission", {"n": 1, "N": 2, "percent": 50.0})]),
    # age bands after "at"/"aged" name groups, no durations; "by age" is a grouping, no distractor
    ("Best CR/CRi rates by age band were 88.6% (62/70) at 18-39 years, 84.4% (65/77) at 40-59 years, and 78.9% (45/57) at ≥60 years.",
     [("complete_remission", {"percent": 88.6, "n": 62, "N": 70, "includes_cri": True}),
      ("complete_remission", {"percent": 84.4, "n": 65, "N": 77}), ("complete_remission", {"percent": 78.9, "n": 45, "N": 57})]),
    ("The CR rate was 91% (40/44) in patients aged 18-39 years and 80% (36/45) in those aged ≥60 years.",
     [("complete_remission", {"percent": 91, "n": 40, "N": 44}), ("complete_remission", {"percent": 80, "n": 36, "N": 45})]),
    ("ORR by age was 85% at <65 years and 78% at ≥65 years.",
     [("overall_response", {"percent": 85}), ("overall_response", {"percent": 78})]),
    ("The OS at 3 years was 45%.", [("overall_survival", {"percent": 45, "months": 36})]),
    # a prior therapy names a group compared on the term before ("prior" is no distractor there)
    ("CR rates were lower after prior blinatumomab than without it (64 of 82 [78.0%] vs 94 of 103 [91.3%]; P = .01), whereas "
     "prior inotuzumab (26 of 31 [83.9%]) and CNS disease (21 of 24 [87.5%]) did not affect response.",
     [("complete_remission", {"percent": 78.0, "n": 64, "N": 82}), ("complete_remission", {"percent": 91.3, "n": 94, "N": 103}),
      ("p_value", {"value": ".01"}), ("complete_remission", {"percent": 83.9, "n": 26, "N": 31}),
      ("complete_remission", {"percent": 87.5, "n": 21, "N": 24})]),
    ("Prior inotuzumab (n = 98) was associated with a lower best CR/CRi rate than no prior inotuzumab (77.6% vs 90.6%, "
     "P = .011), whereas prior blinatumomab (n = 112) was not (83.0% vs 85.9%, P = .57).",
     [("complete_remission", {"percent": 77.6}), ("complete_remission", {"percent": 90.6}), ("p_value", {"value": ".011"}),
      ("complete_remission", {"percent": 83.0}), ("complete_remission", {"percent": 85.9}), ("p_value", {"value": ".57"})]),
    ("The CR rate was lower with prior blinatumomab (70%) than without (88%).",
     [("complete_remission", {"percent": 70}), ("complete_remission", {"percent": 88})]),
    # "(both P<0.0001)" before the value: one p-value per compared endpoint
    ("Best ORR was 80.1% v 66.0% and best CR 60.2% v 42.3% for axi-cel and tisa-cel, respectively (both P<0.0001).",
     [("overall_response", {"percent": 80.1}), ("overall_response", {"percent": 66.0}),
      ("complete_remission", {"percent": 60.2}), ("complete_remission", {"percent": 42.3}),
      ("p_value", {"value": "<0.0001", "outcome": "overall_response"}), ("p_value", {"value": "<0.0001", "outcome": "complete_remission"})]),
    ("ORR (85% vs 60%) and CR (70% vs 40%) favoured arm A (each p < 0.01).",
     [("overall_response", {"percent": 85}), ("overall_response", {"percent": 60}), ("complete_remission", {"percent": 70}),
      ("complete_remission", {"percent": 40}), ("p_value", {"value": "<0.01"}), ("p_value", {"value": "<0.01"})]),
    # escalation and expansion cohorts' treated counts (the whole cohort's count keeps no subgroup)
    ("Here we update the 20 patients of the dose-escalation cohort and report 14 additional patients treated in an "
     "expansion cohort at 2 × 10^6 cells/kg (NCT09280011).",
     [("patients_treated", {"value": 20, "subgroup": "dose-escalation cohort"}),
      ("patients_treated", {"value": 14, "subgroup": "expansion cohort"}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("In phase 1, 12 patients were treated in the dose-escalation phase; 18 more patients were infused in the expansion cohort.",
     [("patients_treated", {"value": 12, "subgroup": "dose-escalation phase"}),
      ("patients_treated", {"value": 18, "subgroup": "expansion cohort"})]),
    ("9 patients were infused in the dose-expansion cohort.", [("patients_treated", {"value": 9})]),
    ("Among the 20 patients in the expansion cohort, 18 (90%) achieved CR.", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    # "none had an isolated CNS relapse", "and none relapsed": stated absences of relapse
    ("Among 22 patients with active CNS disease, 19 (86.4%) achieved CR/CRi and none had an isolated CNS relapse.",
     [("complete_remission", {"percent": 86.4, "n": 19, "N": 22}), ("relapse", {"n": 0, "percent": 0.0, "negated": True})]),
    ("Among 22 patients with active CNS disease, 19 (86.4%) achieved CR/CRi and none relapsed.",
     [("complete_remission", {"percent": 86.4, "n": 19, "N": 22}), ("relapse", {"n": 0, "negated": True})]),
    ("Of the 9 patients with testicular involvement, none had a testicular relapse.", [("relapse", {"n": 0, "negated": True})]),
    ("All 12 children achieved CR and none developed CRS.",
     [("complete_remission", {"n": 12, "N": 12}), ("crs", {"n": 0, "negated": True, "grade": "any"})]),
]


BLIND29_FAMILIES = [
    # a duration whose bounds come before its unit (Chinese abstracts): "21 (6-40) months", "13.2 (95% CI 7.9-18.5) months"
    ("The median follow-up time was 21 (6-40) months, and the median PFS was 13.2 (95% CI 7.9-18.5) months.",
     [("median_followup", {"months": 21, "range_low": 6, "range_high": 40}),
      ("progression_free_survival", {"median_months": 13.2, "ci_low": 7.9, "ci_high": 18.5})]),
    ("The median follow-up time was 15.5 (2.0-34.0) months.", [("median_followup", {"months": 15.5, "range_low": 2.0, "range_high": 34.0})]),
    ("With a median follow-up of 21 (range 6-40) months, the median OS was 18.0 (95% CI: 12.1 to 23.9) months.",
     [("median_followup", {"months": 21, "range_low": 6, "range_high": 40}),
      ("overall_survival", {"median_months": 18.0, "ci_low": 12.1, "ci_high": 23.9})]),
    ("The median follow-up was 15.5 months (2.0-34.0).", [("median_followup", {"months": 15.5, "range_low": 2.0, "range_high": 34.0})]),
    ("The median EFS was 6.5 (95% CI 3.2-NR) months.", [("event_free_survival", {"median_months": 6.5, "ci_low": 3.2, "ci_high": None})]),
    ("The median age was 24 (range 6-57) years.", []),
    # "the 1-year PFS rate and OS rate were x% and y%, respectively", a second clause after it
    ("The 1-year PFS rate and OS rate were 55.6% and 88.9%, respectively, and the 2-year PFS rate of the 8 CR patients was 75.0% "
     "(95% CI 31.5%-93.1%).",
     [("progression_free_survival", {"percent": 55.6, "months": 12}), ("overall_survival", {"percent": 88.9, "months": 12}),
      ("progression_free_survival", {"percent": 75.0, "months": 24, "ci_low": 31.5, "ci_high": 93.1})]),
    ("The 2-year OS rate and EFS rate were 61.5% and 50.0%, respectively; the 3-year OS was 45%.",
     [("overall_survival", {"percent": 61.5, "months": 24}), ("event_free_survival", {"percent": 50.0, "months": 24}),
      ("overall_survival", {"percent": 45, "months": 36})]),
    # disease counts as "cases": "19 cases had T-ALL and 7 cases had T-LBL", "13 cases were cHL", "19 cases of T-ALL"
    ("Of the 26 cases, 18 were male and 8 were female (male/female ratio 2.25:1), the median age was 24 (range 6-57) years, "
     "19 cases had T-ALL and 7 cases had T-LBL.",
     [("disease_count", {"value": 19, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"})]),
    ("Among the 18 patients, 11 were male and 7 were female, and the median age was 31 (14-62) years; 13 cases were classical "
     "Hodgkin lymphoma (cHL) and 5 cases were anaplastic large cell lymphoma (ALCL).",
     [("disease_count", {"value": 13, "label": "cHL"}), ("disease_count", {"value": 5, "label": "ALCL"})]),
    ("A total of 26 patients were enrolled, including 19 cases of T-ALL and 7 of T-LBL.",
     [("patients_enrolled", {"value": 26}), ("disease_count", {"value": 19, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"})]),
    ("There were 14 cases of T-ALL, 5 cases of T-LBL and 2 cases of ETP-ALL.",
     [("disease_count", {"value": 14, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"}),
      ("disease_count", {"value": 2, "label": "ETP-ALL"})]),
    ("Twelve patients were diagnosed with T-ALL and 4 with T-LBL.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    # disease lists zipped with their counts by "respectively"
    ("Between June 2019 and March 2024, 52 patients were enrolled and 48 received CAR-T infusion (prior-donor, n=27; new-donor, n=21); "
     "the diagnoses were T-ALL, T-LBL and CD7+ AML in 29, 12 and 7 patients, respectively.",
     [("patients_enrolled", {"value": 52}), ("patients_treated", {"value": 48}),
      ("patients_treated", {"value": 27, "subgroup": "prior-donor"}), ("patients_treated", {"value": 21, "subgroup": "new-donor"}),
      ("disease_count", {"value": 29, "label": "T-ALL"}), ("disease_count", {"value": 12, "label": "T-LBL"}),
      ("disease_count", {"value": 7, "label": "AML"})]),
    ("Of the 30 patients enrolled, 22, 6 and 2 patients had T-ALL, T-LBL and ETP-ALL, respectively.",
     [("patients_enrolled", {"value": 30}), ("disease_count", {"value": 22, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"}), ("disease_count", {"value": 2, "label": "ETP-ALL"})]),
    ("Diagnoses included T-ALL and T-LBL in 15 and 6 patients, respectively.",
     [("disease_count", {"value": 15, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # per-dose-level treated counts: levels zipped with counts, and "n at dose level k (dose)" after a colon
    ("Dose levels 1 and 2 were given to 18 and 30 patients, respectively.",
     [("patients_treated", {"value": 18, "subgroup": "dose level 1"}), ("patients_treated", {"value": 30, "subgroup": "dose level 2"})]),
    ("DL1, DL2 and DL3 were administered to 3, 6 and 9 patients, respectively.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 9, "subgroup": "DL3"})]),
    ("Dose level 1 and 2 were infused in 4 and 11 pts, respectively.",
     [("patients_treated", {"value": 4, "subgroup": "dose level 1"}), ("patients_treated", {"value": 11, "subgroup": "dose level 2"})]),
    ("Twenty-four patients were enrolled, and 21 received PB-CD19 cells: 7 at dose level 1 (1 × 10(5) cells/kg), 8 at dose level 2 "
     "(3 × 10(5) cells/kg) and 6 at dose level 3 (1 × 10(6) cells/kg).",
     [("patients_enrolled", {"value": 24}), ("patients_treated", {"value": 21}),
      ("patients_treated", {"value": 7, "subgroup": "dose level 1"}), ("patients_treated", {"value": 8, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 3"}),
      ("dose", {"low": 1e5, "label": "dose level 1"}), ("dose", {"low": 3e5, "label": "dose level 2"}), ("dose", {"low": 1e6, "label": "dose level 3"})]),
    ("Fifteen patients were infused: 5 at DL1 (1 × 10(6)/kg) and 10 at DL2 (3 × 10(6)/kg).",
     [("patients_treated", {"value": 15}), ("patients_treated", {"value": 5, "subgroup": "DL1"}),
      ("patients_treated", {"value": 10, "subgroup": "DL2"}), ("dose", {"low": 1e6, "label": "DL1"}), ("dose", {"low": 3e6, "label": "DL2"})]),
    # a dose range written with the unit on both ends: one range, not two levels
    ("CAR-T cells were infused at a dose of 0.5 × 10^6/kg to 2.0 × 10^6/kg after fludarabine and cyclophosphamide (FC) lymphodepletion.",
     [("dose", {"low": 5e5, "high": 2e6, "unit": "cells/kg"})]),
    ("The infused dose ranged from 1 × 10^6 cells/kg to 5 × 10^6 cells/kg.", [("dose", {"low": 1e6, "high": 5e6, "unit": "cells/kg"})]),
    ("Patients received 2 × 10^6/kg to 5 × 10^6/kg CD7 CAR-T cells.", [("dose", {"low": 2e6, "high": 5e6, "unit": "cells/kg"})]),
    ("Doses of 1 × 10^6/kg and 3 × 10^6/kg were tested.", [("dose", {"low": 1e6, "high": 1e6}), ("dose", {"low": 3e6, "high": 3e6})]),
    # a grade band before a verb: "grade III–IV developed in 2" is a band, not grade 3 and a count
    ("Acute GVHD of grade I–II and grade III–IV developed in 9 and 2 patients, respectively, and chronic GVHD in 3.",
     [("gvhd", {"n": 9, "grade": "1-2", "acute": True}), ("gvhd", {"n": 2, "grade": "3-4", "acute": True}),
      ("gvhd", {"n": 3, "grade": "any", "chronic": True})]),
    ("Acute GVHD of grade III-IV developed in 2 patients.", [("gvhd", {"n": 2, "grade": "3-4", "acute": True})]),
    ("Grade 1-2 and grade 3-4 CRS developed in 20 and 3 patients, respectively.",
     [("crs", {"n": 20, "grade": "1-2"}), ("crs", {"n": 3, "grade": "3-4"})]),
    # survival by the state at transplant: "transplant in CR" names a population, not a CR rate
    ("Two-year EFS for patients who did and did not proceed to transplant in CR were 68.1% and 30.5%, respectively (P<.001).",
     [("event_free_survival", {"percent": 68.1, "months": 24}), ("event_free_survival", {"percent": 30.5, "months": 24}),
      ("p_value", {"value": "<.001"})]),
    ("The 2-year OS of patients who underwent HSCT in CR was 80.0%, versus 35.0% for those who did not.",
     [("overall_survival", {"percent": 80.0, "months": 24}), ("overall_survival", {"percent": 35.0, "months": 24})]),
    ("Patients bridged to allo-HSCT in first CR had a 1-year LFS of 75%.", [("leukemia_free_survival", {"percent": 75, "months": 12})]),
    # "all of which were grade 1-2": a grade breakdown of the count before it
    ("CRS occurred in 10 cases (55.6%), all of which were grade 1-2, and no neurotoxicity occurred.",
     [("crs", {"n": 10, "percent": 55.6, "grade": "any"}), ("crs", {"n": 10, "grade": "1-2"}),
      ("neurotoxicity", {"n": 0, "negated": True})]),
    ("CRS was observed in 15 patients, all of whom were grade 1 or 2.", [("crs", {"n": 15, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"})]),
    ("Twelve patients developed CRS, all of them grade 1-2.", [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 12, "grade": "1-2"})]),
    # a stringent-CR count inside a ≥CR count is left out (open convention); alone, or inside an ORR, it is a CR
    ("Overall response was achieved in 37 (92·5%; 95% CI 79·6–98·4) of 40 patients, and complete response or better in 29 (72·5%), "
     "including stringent complete response in 21.",
     [("overall_response", {"n": 37, "N": 40, "percent": 92.5}), ("complete_remission", {"n": 29, "percent": 72.5})]),
    ("The ORR was 95.6% (65/68), with 52 patients (76.5%) achieving complete response or better (≥CR) and 47 (69.1%) achieving stringent CR.",
     [("overall_response", {"n": 65, "N": 68, "percent": 95.6}), ("complete_remission", {"n": 52, "percent": 76.5})]),
    ("Of 64 patients, 45 (70.3%) achieved ≥CR, including 39 sCR.", [("complete_remission", {"n": 45, "N": 64, "percent": 70.3})]),
    ("The best overall response rate was 10/11, including seven stringent complete responses.",
     [("overall_response", {"n": 10, "N": 11}), ("complete_remission", {"n": 7})]),
    # a p-value for a measure against a severity grade is a correlation, no comparison of two groups
    ("Peak expansion vs CRS grade: p=0.009.", []),
    ("Peak CAR copy number versus severity of CRS: P = .02.", []),
    # the Chinese "total effective rate" is the overall response
    ("On day 28 after infusion, the total effective rate was 92.3% (24/26), and the CR/CRi rate was 84.6% (22/26), of whom 20 cases "
     "(76.9%) achieved MRD-negative CR.",
     [("overall_response", {"percent": 92.3, "n": 24, "N": 26, "timepoint_days": 28}),
      ("complete_remission", {"percent": 84.6, "n": 22, "N": 26, "timepoint_days": 28}),
      ("complete_remission", {"percent": 76.9, "n": 20, "mrd_negative": True})]),
    ("The overall effective rate at 3 months was 83.3% (15/18).", [("overall_response", {"percent": 83.3, "n": 15, "N": 18, "timepoint_days": 91})]),
    # "PD-1 inhibitor" is no progressive disease; a pair in square brackets
    ("The CR rate of patients who received CAR-T cells combined with PD-1 inhibitor was higher than that of patients who received "
     "CAR-T cells alone [71.4% (5/7) vs 27.3% (3/11), P=0.145].",
     [("complete_remission", {"percent": 71.4, "n": 5, "N": 7}), ("complete_remission", {"percent": 27.3, "n": 3, "N": 11}),
      ("p_value", {"value": "0.145"})]),
    ("The CR rate was higher in patients with PD-1 inhibitor than in those without (71.4% vs 27.3%, P=0.145).",
     [("complete_remission", {"percent": 71.4, "subgroup": "PD-1 inhibitor"}), ("complete_remission", {"percent": 27.3, "subgroup": "no PD-1 inhibitor"}),
      ("p_value", {"value": "0.145"})]),
    ("The CR rate was higher in patients with PD-1 inhibitor than in those without [71.4% (5/7) vs 27.3% (3/11), P=0.145].",
     [("complete_remission", {"percent": 71.4}), ("complete_remission", {"percent": 27.3, "subgroup": "no PD-1 inhibitor"}),
      ("p_value", {"value": "0.145"})]),
]


BLIND31_FAMILIES = [
    # a report's cohort named as the outcomes it covers
    ("Here we report long-term outcomes of all 21 infused patients.", [("patients_treated", {"value": 21})]),
    ("Outcomes of all 30 infused patients are reported.", [("patients_treated", {"value": 30})]),
    ("We present 5-year follow-up data for the 45 patients who were infused.", [("patients_treated", {"value": 45})]),
    ("This update summarises results in 18 CAR-T-treated patients.", [("patients_treated", {"value": 18})]),
    # a late or delayed toxicity stated absent is an absence; "no late relapse" is not (relapses came earlier)
    ("No late neurotoxicity, secondary T-cell malignancy, or replication-competent lentivirus was detected, and "
     "CD7-negative normal T cells persisted in all long-term survivors.",
     [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("No delayed neurotoxicity was observed during follow-up.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("There was no late-onset ICANS.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("All relapses occurred within 13 months, and no late relapse was seen.", []),
    # several grades with one count each: a count per grade, not one "3-4" band
    ("CRS occurred in 19 patients (79.2%), grade 1-2 in 16 and grade 3 in 3, all at DL3; ICANS occurred in 2 patients "
     "(grade 1 and grade 3, one each).",
     [("crs", {"n": 19, "percent": 79.2, "grade": "any"}), ("crs", {"n": 16, "grade": "1-2"}), ("crs", {"n": 3, "grade": "3"}),
      ("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1", "N": None}),
      ("neurotoxicity", {"n": 1, "grade": "3", "N": None})]),
    ("Grade 3 and grade 4 CRS occurred in one patient each.", [("crs", {"n": 1, "grade": "3"}), ("crs", {"n": 1, "grade": "4"})]),
    ("ICANS developed in two patients, one each of grade 2 and grade 4.",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "2"}), ("neurotoxicity", {"n": 1, "grade": "4"})]),
    ("One patient each had grade II and grade III ICANS.",
     [("neurotoxicity", {"n": 1, "grade": "2"}), ("neurotoxicity", {"n": 1, "grade": "3"})]),
    # a comparison of kinetics or levels between groups is no p_value (no endpoint of the record)
    ("Cmax was higher in responders than in non-responders (median 52,800 v 6,900 copies/µg; P = .003) and correlated "
     "with peak IL-6 (Spearman ρ = 0.61, P = .002).", []),
    ("Peak CAR-T expansion was greater in patients who achieved CR than in those who did not (P = .01).", []),
    ("Responders had higher serum IL-6 levels than non-responders (P=0.04).", []),
    # (an endpoint compared by a kinetic stratum is one)
    ("Six-month LFS was 64.2% (95% CI, 41.7-79.9) overall and 80.0% v 42.9% in patients with Cmax above v below the "
     "median (P = .04).",
     [("leukemia_free_survival", {"percent": 64.2, "months": 6}), ("leukemia_free_survival", {"percent": 80.0, "months": 6}),
      ("leukemia_free_survival", {"percent": 42.9, "months": 6}), ("p_value", {"value": ".04", "outcome": "leukemia_free_survival"})]),
    # a transplant count before a survival pair is the pair's grouping, not the p-value's outcome
    ("Twelve of the 19 responders underwent consolidative allogeneic hematopoietic cell transplantation (HCT) at a median "
     "of 46 days after infusion; 4-year LFS was 58.3% among transplanted patients versus 0% among the seven responders "
     "who were not transplanted (P = .002).",
     [("transplant", {"n": 12, "N": 19}), ("leukemia_free_survival", {"percent": 58.3, "months": 48}),
      ("leukemia_free_survival", {"percent": 0, "months": 48, "N": 7}),
      ("p_value", {"value": ".002", "outcome": "leukemia_free_survival"})]),
    ("HSCT was performed in 40% of children versus 20% of adults (P = .03).",
     [("transplant", {"percent": 40}), ("transplant", {"percent": 20}), ("p_value", {"value": ".03", "outcome": "transplant"})]),
    # a design's assumptions (power, sample size) are no results
    ("Assuming a 2-year event-free survival of 40% with surveillance and 60% with transplantation (HR 0.56), 132 patients "
     "give 80% power at a two-sided alpha of 0.05, allowing for 10% loss to follow-up.", []),
    ("With 36 patients, the study has 85% power to distinguish a CR/CRi rate of 65% from a null rate of 40% at one-sided "
     "α = 0.05.", []),
    ("The trial was designed with 90% power to detect an improvement in 1-year OS from 50% to 70%.", []),
    ("A sample size of 60 patients was calculated assuming a CR rate of 75%.", []),
]

BLIND32_FAMILIES = [
    # lineage-qualified MPAL as its own label; the long name's lineage is read with the name ("MPAL")
    ("As of Jul 15, 2024, 23 pts were enrolled and 21 infused (ETP-ALL n=9; T/myeloid MPAL n=7; B/T MPAL n=5): "
     "DL1 n=3, DL2 n=6, DL3 n=12.",
     [("patients_enrolled", {"value": 23}), ("patients_treated", {"value": 21}),
      ("disease_count", {"value": 9, "label": "ETP-ALL"}), ("disease_count", {"value": 7, "label": "T/myeloid MPAL"}),
      ("disease_count", {"value": 5, "label": "B/T MPAL"}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 12, "subgroup": "DL3"})]),
    ("Of the 11 patients, 8 had AML and 3 had T/myeloid MPAL.",
     [("disease_count", {"value": 8, "label": "AML"}), ("disease_count", {"value": 3, "label": "T/myeloid MPAL"})]),
    ("Eight patients had AML and three had T/myeloid mixed-phenotype acute leukaemia (MPAL).",
     [("disease_count", {"value": 8, "label": "AML"}), ("disease_count", {"value": 3, "label": "MPAL"})]),
    ("Twelve patients had T-ALL and four had B/T mixed phenotype acute leukemia.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "MPAL"})]),
    # diseases each with a bare count in parentheses, two or more in a row (one alone is not read)
    ("The infused patients had T-ALL (41 patients), ETP-ALL (15), or T-LBL (12); 29 patients (43%) had relapsed after "
     "allogeneic hematopoietic stem-cell transplantation, and the median CD7 expression on blasts was 96.5%.",
     [("disease_count", {"value": 41, "label": "T-ALL"}), ("disease_count", {"value": 15, "label": "ETP-ALL"}),
      ("disease_count", {"value": 12, "label": "T-LBL"})]),
    ("Twenty patients were treated: T-ALL (14 cases) and T-LBL (6 cases).",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    ("Of the enrolled patients, 9 had received prior transplant; diagnoses included B-ALL (30), DLBCL (12) and MCL (4).",
     [("disease_count", {"value": 30, "label": "B-ALL"}), ("disease_count", {"value": 12, "label": "DLBCL"}),
      ("disease_count", {"value": 4, "label": "MCL"})]),
    ("Patients with T-ALL (12) were infused.", []),
    # a dose level's own count in parentheses after its dose ("(level 1, 3 cases)", "(DL1; 3 pts)", "(4 patients)")
    ("Eleven patients were registered between 2021 and 2023, and ten received PEBL7-CAR (T-ALL, 6 cases; ETP-ALL, 3 cases; "
     "T-LBL, 1 case) at 2 × 10(5)/kg (level 1, 3 cases), 6 × 10(5)/kg (level 2, 3 cases), or 2 × 10(6)/kg (level 3, 4 cases).",
     [("patients_enrolled", {"value": 11}), ("patients_treated", {"value": 10}),
      ("disease_count", {"value": 6, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "ETP-ALL"}),
      ("disease_count", {"value": 1, "label": "T-LBL"}),
      ("dose", {"low": 200000, "label": "level 1"}), ("patients_treated", {"value": 3, "subgroup": "level 1"}),
      ("dose", {"low": 600000, "label": "level 2"}), ("patients_treated", {"value": 3, "subgroup": "level 2"}),
      ("dose", {"low": 2000000, "label": "level 3"}), ("patients_treated", {"value": 4, "subgroup": "level 3"})]),
    ("Twelve patients were treated at 1 × 10^6/kg (4 patients) or 3 × 10^6/kg (8 patients).",
     [("patients_treated", {"value": 12}), ("dose", {"low": 1000000}), ("patients_treated", {"value": 4}),
      ("dose", {"low": 3000000}), ("patients_treated", {"value": 8})]),
    ("Patients received 0.5 million CAR+ cells/kg (DL1; 3 pts), 1 million/kg (DL2; 6 pts) or 2 million/kg (DL3; 12 pts).",
     [("dose", {"low": 500000, "label": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("dose", {"low": 1000000, "label": "DL2"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("dose", {"low": 2000000, "label": "DL3"}), ("patients_treated", {"value": 12, "subgroup": "DL3"})]),
    # grade breakdowns counted in "cases" ("grade 2, 3 cases": the 3 is the count, not a grade list)
    ("CRS occurred in 9 cases: grade 1, 5 cases; grade 2, 3 cases.",
     [("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 5, "grade": "1"}), ("crs", {"n": 3, "grade": "2"})]),
    ("CRS developed in 10 patients (grade 1, 6 cases; grade 2, 4 cases).",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 6, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    # a GVHD grade after the organ it affected; the count after "developed in" is the event's, no treated count
    ("Acute GVHD (skin, grade 1) developed in one patient who had received a donor-derived product.",
     [("gvhd", {"n": 1, "grade": "1", "acute": True})]),
    ("Acute GVHD (skin and gut, grade 2) occurred in 2 patients.", [("gvhd", {"n": 2, "grade": "2", "acute": True})]),
    ("Two patients developed acute GVHD (liver, grade 3).", [("gvhd", {"n": 2, "grade": "3", "acute": True})]),
    ("Grade 2 CRS occurred in 3 patients who received the high dose.", [("crs", {"n": 3, "grade": "2"})]),
    # a case report's state "without" a toxicity is its absence; "patients without CRS" is a population
    ("Eighteen months after CAR-T infusion, he remains in MRD-negative remission without chronic GVHD.",
     [("gvhd", {"n": 0, "grade": "any", "chronic": True, "negated": True})]),
    ("At last follow-up she was alive and well without GVHD.", [("gvhd", {"n": 0, "grade": "any", "negated": True})]),
    ("He was discharged on day 30 without any neurotoxicity.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("Patients without CRS had lower expansion.", []),
    # chronic GVHD "moderate or severe" is the NIH severity scale, no grade >=3
    ("Chronic graft-versus-host disease developed in 9 of the 41 transplanted patients (22.0%) and was moderate or severe in four.",
     [("gvhd", {"n": 9, "N": 41, "percent": 22.0, "grade": "any", "chronic": True})]),
    ("Chronic GVHD occurred in 5 patients and was grade 3 in one.",
     [("gvhd", {"n": 5, "grade": "any", "chronic": True}), ("gvhd", {"n": 1, "grade": "3", "chronic": True})]),
    ("CRS developed in 20 patients and was severe in four.", [("crs", {"n": 20, "grade": "any"}), ("crs", {"n": 4, "grade": ">=3"})]),
]

BLIND33_FAMILIES = [
    # (blind33 and blind34) a leukapheresed population as the enrolled count: the sentence's subject, or with
    # the infused count after a semicolon; a terse "Enrolled 33;"
    ("Forty-four patients underwent leukapheresis, and products met release criteria for 42 (95.5%), with a median "
     "of 41.3% CAR+ cells (range, 18.9%-77.0%).", [("patients_enrolled", {"value": 44})]),
    ("In total, 61 patients underwent apheresis between 2020 and 2022.", [("patients_enrolled", {"value": 61})]),
    ("We retrospectively studied 152 adults who underwent leukapheresis for standard-of-care brexu-cel at 27 US centers "
     "between October 2021 and June 2023; 142 (93.4%) were infused at the labeled dose of 1 × 10(6) CAR T cells/kg.",
     [("patients_enrolled", {"value": 152}), ("patients_treated", {"value": 142}),
      ("dose", {"low": 1000000, "high": 1000000})]),
    ("Enrolled 33; products released for 32 (97.0%).", [("patients_enrolled", {"value": 33})]),
    ("Enrolled: 28 pts; median age 41 years.", [("patients_enrolled", {"value": 28})]),
    ("Patients were enrolled 12 months after diagnosis.", []),
    # survival compared with and without a consolidative transplant: the groups, not transplant rates
    ("Two-year EFS was higher with consolidative HCT than without it (67.7% vs 22.2%; P = .002), whereas 2-year OS did "
     "not differ between T-ALL and T-LBL (70.1% vs 64.6%; P = .71).",
     [("event_free_survival", {"percent": 67.7, "months": 24, "subgroup": "consolidative HCT"}),
      ("event_free_survival", {"percent": 22.2, "months": 24, "subgroup": "no consolidative HCT"}),
      ("p_value", {"value": ".002", "outcome": "event_free_survival"}),
      ("overall_survival", {"percent": 70.1, "subgroup": "T-ALL"}), ("overall_survival", {"percent": 64.6, "subgroup": "T-LBL"}),
      ("p_value", {"value": ".71", "outcome": "overall_survival"})]),
    ("One-year OS was better with consolidative allo-HSCT than without (80% vs 40%, p=0.01).",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 40, "months": 12}),
      ("p_value", {"value": "0.01", "outcome": "overall_survival"})]),
    ("Two-year EFS with versus without consolidative HSCT was 67.7% vs 22.2% (P = .002).",
     [("event_free_survival", {"percent": 67.7, "months": 24}), ("event_free_survival", {"percent": 22.2, "months": 24}),
      ("p_value", {"value": ".002", "outcome": "event_free_survival"})]),
    # a pair of groups after an overall value, joined by "and": the survival term goes on
    ("Two-year OS was 58.2% (95% CI 44.9-69.4) overall, and 71.6% v 26.3% in transplanted v non-transplanted "
     "responders (P < .001).",
     [("overall_survival", {"percent": 58.2, "months": 24, "ci_low": 44.9, "ci_high": 69.4}),
      ("overall_survival", {"percent": 71.6, "months": 24}), ("overall_survival", {"percent": 26.3, "months": 24}),
      ("p_value", {"value": "<.001", "outcome": "overall_survival"})]),
    ("Two-year OS was 58.2% overall, and 71.6% vs 26.3% in patients with and without HSCT (P < .001).",
     [("overall_survival", {"percent": 58.2, "months": 24}),
      ("overall_survival", {"percent": 71.6, "months": 24, "subgroup": "HSCT"}),
      ("overall_survival", {"percent": 26.3, "months": 24, "subgroup": "no HSCT"}),
      ("p_value", {"value": "<.001", "compares": ["HSCT", "no HSCT"]})]),
    # "all MRD-neg" (telegraphic, no verb) after a CR count: every one of them
    ("D28: CR/CRi 23/24 (95.8%), all MRD-neg by FCM (sensitivity 0.01%).",
     [("complete_remission", {"percent": 95.8, "n": 23, "N": 24}),
      ("mrd_negative", {"n": 23, "N": 23, "percent": 100.0, "derived": True})]),
    ("Eighteen of 20 patients (90%) achieved CR, all MRD-negative.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20}),
      ("mrd_negative", {"n": 18, "N": 18, "percent": 100.0, "derived": True})]),
    ("Eighteen of 20 patients (90%) achieved CR, all of them MRD-negative.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20}),
      ("mrd_negative", {"n": 18, "N": 18, "percent": 100.0, "derived": True})]),
    # a label's value, then another term with its own count: the label's term keeps its value
    ("CR at day 28: 19/25 (76%), 16 of them MRD-negative (<10^-4).",
     [("complete_remission", {"percent": 76, "n": 19, "N": 25, "timepoint_days": 28}),
      ("mrd_negative", {"n": 16, "N": 19})]),
    ("Day 28 CR: 19/25 (76%), 16 MRD-negative.",
     [("complete_remission", {"percent": 76, "n": 19, "N": 25}), ("mrd_negative", {"n": 16})]),
    ("CR/CRi: 18/20 (90%), 15 (83.3%) MRD-negative.",
     [("complete_remission", {"percent": 90, "n": 18, "N": 20}), ("mrd_negative", {"percent": 83.3, "n": 15})]),
    # progression among responders is a relapse
    ("Progression occurred in 10 of the 36 responders, and two patients with MCL in CR proceeded to allogeneic "
     "transplantation.",
     [("relapse", {"n": 10, "N": 36, "percent": 27.8}), ("transplant", {"n": 2})]),
    ("Relapse or progression after response occurred in 20 of the 49 responders, and seven responders subsequently "
     "underwent allogeneic haematopoietic cell transplantation.",
     [("relapse", {"n": 20, "N": 49, "percent": 40.8}), ("transplant", {"n": 7})]),
    ("Disease progression was observed in 8 of 30 responders.", [("relapse", {"n": 8, "N": 30})]),
    ("Ten of the 36 responders progressed.", [("relapse", {"n": 10, "N": 36})]),
    ("Progression occurred in 10 of the 40 patients.", []),
    # "patients with MCL in CR" names a population
    ("Four patients with T-ALL in CR underwent allogeneic HSCT.", [("transplant", {"n": 4})]),
    # neurotoxicity named by its kind; a kind listed inside the term's own breakdown is no item; an absence of
    # one kind is no absence of neurotoxicity
    ("Immune effector cell-associated neurotoxicity syndrome (ICANS) occurred in 15 patients (17.0%) and was grade 3 "
     "in 2, and delayed parkinsonism developed in 5 (5.7%).",
     [("neurotoxicity", {"percent": 17.0, "n": 15, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "3"}),
      ("neurotoxicity", {"percent": 5.7, "n": 5, "grade": "any"})]),
    ("On-target, off-tumor toxicities were mostly low grade: nail changes in 17 patients (51.5%) and dysgeusia in 15 "
     "(45.5%); grade 3 cerebellar toxicity occurred in 2 patients treated at DL4.",
     [("neurotoxicity", {"n": 2, "grade": "3"})]),
    ("Parkinsonism was reported in 3 patients (4%).", [("neurotoxicity", {"percent": 4, "n": 3, "grade": "any"})]),
    ("Two patients developed grade 3 cerebellar toxicity.", [("neurotoxicity", {"n": 2, "grade": "3"})]),
    ("Non-ICANS neurotoxicity (parkinsonism n=2, cranial nerve palsy n=3) occurred in 5 cilta-cel pts.",
     [("neurotoxicity", {"n": 5, "grade": "any"})]),
    ("Non-ICANS neurotoxicity, including parkinsonism in 3 patients and cranial nerve palsy in 5, occurred in 8 "
     "patients (8.2%).", [("neurotoxicity", {"percent": 8.2, "n": 8, "grade": "any"})]),
    ("No parkinsonism or cranial nerve palsy.", []),
    # "a single grade 1 event" is a count of one
    ("CRS occurred in 19 children (95·0%), grade 1–2 in 15 and grade 3 in 4; ICANS was limited to a single grade 1 event.",
     [("crs", {"percent": 95.0, "n": 19, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"}),
      ("crs", {"n": 4, "grade": "3"}), ("neurotoxicity", {"n": 1, "grade": "1"})]),
    ("Neurotoxicity consisted of a single grade 2 episode.", [("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("A single grade 3 ICANS event occurred.", [("neurotoxicity", {"n": 1, "grade": "3"})]),
    # extras: an assay's threshold, a lasting state, a dose cap after a semicolon, treatment outside the trial,
    # the donors of those transplanted
    ("Response was assessed on day 28 by marrow morphology and flow-cytometric measurable residual disease (MRD; "
     "threshold 0·1%).", []),
    ("MRD negativity (threshold 0.01%) was achieved in 12 patients (60%).", [("mrd_negative", {"percent": 60, "n": 12})]),
    ("Eleven patients remain in response beyond 5 years without further therapy.", []),
    ("Six patients remained in remission for more than 3 years.", []),
    ("Adults were randomly assigned (1:1) to CAR T cells (target 2 × 10^6 CAR T cells per kg; maximum 2 × 10^8 CAR T "
     "cells) or standard care.", [("dose", {"low": 2000000, "high": 2000000, "unit": "cells/kg"})]),
    ("Patients received 1 × 10^6 CAR-T cells/kg; maximum dose 1 × 10^8 cells.",
     [("dose", {"low": 1000000, "high": 1000000, "unit": "cells/kg"})]),
    ("After progression, 12 patients in the CAR T-cell group underwent allogeneic stem-cell transplantation, and 74 (46%) "
     "patients in the standard-care group received CAR T cells outside the trial.", [("transplant", {"n": 12})]),
    ("In the control arm, 30 patients received commercial CAR T cells off-protocol after progression.", []),
    ("21/23 CR pts bridged to HSCT at median 41 d (range 29-66) post-infusion, same donor in 19.",
     [("transplant", {"n": 21, "N": 23, "percent": 91.3, "derived": True})]),
    ("Fifteen patients underwent allo-HSCT (haploidentical donor in 9, matched sibling donor in 6).",
     [("transplant", {"n": 15})]),
    # "they" after another group's opener stands for the terms coordinated before it
    ("In MCL, the ORR and CR rate were 87.5% (21/24) and 66.7% (16/24); in FL, they were 93.8% (15/16) and 75.0% (12/16).",
     [("overall_response", {"percent": 87.5, "n": 21, "N": 24}), ("complete_remission", {"percent": 66.7, "n": 16, "N": 24}),
      ("overall_response", {"percent": 93.8, "n": 15, "N": 16}), ("complete_remission", {"percent": 75.0, "n": 12, "N": 16})]),
    ("The ORR and CR rates were 80% and 60% in adults, and in children, they were 90% and 70%.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}),
      ("overall_response", {"percent": 90}), ("complete_remission", {"percent": 70})]),
    ("The 12-month EFS and OS were 60% and 80%, respectively; at 24 months, they were 50% and 70%.",
     [("event_free_survival", {"percent": 60, "months": 12}), ("overall_survival", {"percent": 80, "months": 12}),
      ("event_free_survival", {"percent": 50, "months": 24}), ("overall_survival", {"percent": 70, "months": 24})]),
    #__MORE__
]


# every phrasing family above: each sentence reads as exactly the listed measurements

BLIND30_FAMILIES = [
    # another group's results, named by its authors ("X and colleagues described/reported"), are background
    ("In The Lancet Haematology, Brennan and colleagues described 214 patients with relapsed or refractory multiple "
     "myeloma treated with B-cell maturation antigen (BCMA)-directed CAR T cells in the USA and reported a 12-month "
     "progression-free survival of 61% with ciltacabtagene autoleucel (cilta-cel).", []),
    ("Smith and colleagues reported a CR rate of 80% in 20 patients.", []),
    ("Wang and co-workers have shown a 1-year OS of 70% after CD7 CAR-T.", []),
    ("We thank our colleagues; 20 patients were infused and the CR rate was 90%.",
     [("patients_treated", {"value": 20}), ("complete_remission", {"percent": 90})]),
    # a poster's label and count: "Enrolled: 19 pts; infused: 17"
    ("Enrolled: 19 pts; infused: 17 (2 not infused: rapid PD)",
     [("patients_enrolled", {"value": 19}), ("patients_treated", {"value": 17})]),
    ("Enrolled: 24 patients; treated: 21.", [("patients_enrolled", {"value": 24}), ("patients_treated", {"value": 21})]),
    ("Patients enrolled: 32. Patients infused: 28 (4 withdrew).",
     [("patients_enrolled", {"value": 32}), ("patients_treated", {"value": 28})]),
    ("Enrollment: 2019-2022; infused: 12.5% of screened.", []),
    ("Median time from enrollment to infusion: 21 days.", []),
]

@pytest.mark.parametrize("text, expected", RESPONSES + SAFETY + ABSENCES + SURVIVAL + COHORTS_AND_DOSES + SPREADS
                         + SCREENING + OPENERS + MRD_AMONG_RESPONDERS + OTHER_FORMS + RELAPSE_AFTER_TREATMENT
                         + INCLUDED_COHORTS + PVALUE_COMPARISONS + DOSE_GROUP_COUNTS + ALL_OF_THEM
                         + SAME_RATE_GROUPS + SHARED_LANDMARKS + VALUE_PAIRS + WITH_TERM + LINE_BREAKS
                         + MONTH_TIMEPOINTS + CONFERENCE + SPELLED_OUT_TERMS
                         + OF_PATIENTS_POPULATION + GRADE_BREAKDOWNS + GROUP_COUNTS
                         + RESPONSE_BREAKDOWNS + A_TOTAL_OF + POPULATION_THEN_PERCENT + RELATIVE_SUBJECTS
                         + BARE_CIS + EVALUABLE_OPENERS + CARRIED_LANDMARKS + BLIND10_FAMILIES + BLIND11_FAMILIES
                         + BLIND12_FAMILIES + BLIND13_FAMILIES + BLIND14_FAMILIES + BLIND15_FAMILIES
                         + BLIND16_FAMILIES + BLIND17_FAMILIES + BLIND18_FAMILIES + OPEN_FAMILIES + MEDIAN_BARE_CIS + COMPARED_GROUPS + BLIND19_FAMILIES
                         + BLIND20_FAMILIES + BLIND21_FAMILIES
                         + BLIND22_FAMILIES + BLIND23_FAMILIES + BLIND24_FAMILIES + BLIND25_FAMILIES
                         + BLIND27_FAMILIES + BLIND28_FAMILIES + BLIND29_FAMILIES + BLIND30_FAMILIES
                         + BLIND31_FAMILIES + BLIND32_FAMILIES + BLIND33_FAMILIES)
def test_phrasings(text, expected):
    _matches(read_text(text), expected)


# Tables as a PDF's text gives them (cells separated by tabs, the first row the header): columns
# that name the endpoints (one row per group), and rows of estimates with their CIs, one column
# per group or time point, a last column of p-values.
TABLE_COLUMNS = ("Table 2. Response by dose level\n"
                 "Dose level\tInfused, n\tORR, n (%)\t≥CR, n (%)\tMRD-neg/evaluable\n"
                 "DL1 (150 × 10^6) 9\t7 (77.8)\t4 (44.4)\t4/5\n"
                 "DL2 (300 × 10^6)\t11\t10 (90.9)\t7 (63.6)\t7/7\n"
                 "Total\t20\t17 (85.0)\t11 (55.0)\t11/12\n")
TABLE_CI_ROWS = ("Table 1. Outcomes by product\n"
                 "Outcome\tAxi-cel (n = 172)\tTisa-cel (n = 96)\tp value\n"
                 "Best ORR, n (%)\t134 (77.9)\t65 (67.7)\t0.067\n"
                 "12-month PFS, % (95% CI)\t45.1 (37.4–52.5)\t34.0 (24.6–43.6)\t0.04\n")
TABLE_TIMES = ("Outcome\t3 Years\t5 Years\n"
               "EFS, % (95% CI)\t61.4 (50.4 to 70.7)\t54.6 (43.6 to 64.3)\n"
               "OS, % (95% CI)\t76.8 (66.4 to 84.3)\t70.2 (59.4 to 78.6)\n")


def test_table_columns_name_the_endpoints_rows_the_groups():
    got = read_text(TABLE_COLUMNS)
    assert got == [
        ("overall_response", {"percent": 77.8, "n": 7, "subgroup": "DL1"}),
        ("complete_remission", {"percent": 44.4, "n": 4, "subgroup": "DL1"}),
        ("mrd_negative", {"n": 4, "N": 5, "percent": 80.0, "derived": True, "subgroup": "DL1"}),
        ("overall_response", {"percent": 90.9, "n": 10, "subgroup": "DL2"}),
        ("complete_remission", {"percent": 63.6, "n": 7, "subgroup": "DL2"}),
        ("mrd_negative", {"n": 7, "N": 7, "percent": 100.0, "derived": True, "subgroup": "DL2"}),
        ("overall_response", {"percent": 85.0, "n": 17}),          # the total row: the whole cohort
        ("complete_remission", {"percent": 55.0, "n": 11}),
        ("mrd_negative", {"n": 11, "N": 12, "percent": 91.7, "derived": True}),
    ]


def test_table_of_patients_rows_states_no_rates_but_a_dose_level_table_does():
    # one row per patient (an id in the first column): its numbers (days to HSCT, age) are no counts of its response
    got = read_text("Results: Table 4. Patients consolidated with allo-HSCT after CAR T\n"
                    "Pt\tHistology\tDL\tResponse before HSCT\tDays to HSCT\tStatus at cut-off\n"
                    "P03\tT-ALL\tDL2\tCR, MRD-neg\t41\tCCR, 14.2 mo\n"
                    "P11\tPTCL-NOS\tDL3\tPR\t52\tRelapse, 6.1 mo\n"
                    "UPN 15\tT-ALL\tDL3\tCR\t35\tCCR, 7.4 mo")
    assert got == []
    got = read_text("Results: Table 2. Response by dose level\nPatients\tN\tCR, n (%)\nDL1\t6\t2 (33)\nDL2\t12\t6 (50)")
    # (each dose level's size is its treated count: tests/data/gold/README.md's per-group counts, blind103's table)
    assert got == [("patients_treated", {"value": 6, "subgroup": "DL1"}),
                   ("complete_remission", {"percent": 33, "n": 2, "N": 6, "subgroup": "DL1"}),
                   ("patients_treated", {"value": 12, "subgroup": "DL2"}),
                   ("complete_remission", {"percent": 50, "n": 6, "N": 12, "subgroup": "DL2"})]


def test_table_rows_of_estimates_with_cis_per_group_and_their_p_value():
    got = read_text(TABLE_CI_ROWS)
    assert ("progression_free_survival", {"percent": 45.1, "months": 12, "ci_low": 37.4, "ci_high": 52.5,
                                          "subgroup": "Axi-cel"}) in got
    assert ("progression_free_survival", {"percent": 34.0, "months": 12, "ci_low": 24.6, "ci_high": 43.6,
                                          "subgroup": "Tisa-cel"}) in got
    assert ("p_value", {"value": "0.04", "compares": ["Axi-cel", "Tisa-cel"],
                        "outcome": "progression_free_survival"}) in got
    assert not any(f.get("percent") == 95 for _, f in got)   # "% (95% CI)" heads the row: no value
    # a count row with a p-value column: each group's cell with the row's label
    # (the column's group size is the count's N: 134/172 is the 77.9% stated)
    assert ("overall_response", {"percent": 77.9, "n": 134, "subgroup": "Axi-cel", "N": 172}) in got
    assert ("p_value", {"value": "0.067", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "overall_response"}) in got


# rows that name their endpoint and its count format, one column per group with its size
TABLE_GROUP_SIZES = ("Outcome\tDL1 (n = 3)\tDL2 (n = 6)\tDL3 (n = 16)\tAll (N = 25)\n"
                     "CR/CRi at day 28, n/N (%)\t2/3 (66.7)\t5/6 (83.3)\t15/16 (93.8)\t22/25 (88.0)\n"
                     "CRS, grade ≥3, n (%)\t0\t0\t2 (12.5)\t2 (8.0)\n"
                     "Relapse, n/N in CR (%)\t1/2 (50.0)\t2/5 (40.0)\t3/15 (20.0)\t6/22 (27.3)\n")


def test_table_group_sizes_give_the_counts_n_and_a_zero_cell_is_no_patient_of_the_group():
    got = [x for x in read_text(TABLE_GROUP_SIZES) if x[0] != "patients_treated"]
    assert got == [
        ("complete_remission", {"percent": 66.7, "n": 2, "N": 3, "timepoint_days": 28, "subgroup": "DL1", "includes_cri": True}),
        ("complete_remission", {"percent": 83.3, "n": 5, "N": 6, "timepoint_days": 28, "subgroup": "DL2", "includes_cri": True}),
        ("complete_remission", {"percent": 93.8, "n": 15, "N": 16, "timepoint_days": 28, "subgroup": "DL3",
                                "includes_cri": True}),
        # "All (N = 25)": the whole cohort, no subgroup
        ("complete_remission", {"percent": 88.0, "n": 22, "N": 25, "timepoint_days": 28, "includes_cri": True}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "DL1", "N": 3}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 12.5, "n": 2, "grade": ">=3", "subgroup": "DL3", "N": 16}),
        ("crs", {"percent": 8.0, "n": 2, "grade": ">=3", "N": 25}),
        # ("in CR" names the denominator: no part of the endpoint)
        ("relapse", {"percent": 50.0, "n": 1, "N": 2, "subgroup": "DL1"}),
        ("relapse", {"percent": 40.0, "n": 2, "N": 5, "subgroup": "DL2"}),
        ("relapse", {"percent": 20.0, "n": 3, "N": 15, "subgroup": "DL3"}),
        ("relapse", {"percent": 27.3, "n": 6, "N": 22}),
    ]


def test_table_transplant_rows_and_a_table_floated_into_a_skipped_section():
    # "Allo-HSCT after CAR-T, n/N in CR (%)": a transplant named by a noun alone; a prior one is no result.
    # The table sits after "Data availability" (a section never read): its rows are read all the same
    text = ("Data availability\nData are available on request.\n"
            "Outcome\tT-ALL (n=28)\tT-LBL (n=12)\n"
            "Allo-HSCT after CAR-T, n/N in CR (%)\t19/27 (70.4)\t7/11 (63.6)\n"
            "Prior allo-HSCT, n (%)\t10 (35.7)\t4 (33.3)\n")
    assert [x for x in read_text(text) if x[0] != "patients_treated"] == [
        ("transplant", {"percent": 70.4, "n": 19, "N": 27, "subgroup": "T-ALL"}),
        ("transplant", {"percent": 63.6, "n": 7, "N": 11, "subgroup": "T-LBL"}),
    ]
    # a group's zero restates the text's zero for that group ("0 of 3"), not the whole cohort's "no ICANS"
    text = ("No ICANS was observed. Grade 3 CRS occurred in 0 of 3 patients at DL1.\n"
            "Outcome\tDL1 (n = 3)\tDL2 (n = 6)\n"
            "ICANS, any grade, n (%)\t0\t0\n"
            "Grade 3 CRS, n (%)\t0\t1 (16.7)\n")
    got = [(e, f.get("n"), f.get("N"), f.get("subgroup")) for e, f in read_text(text) if e != "patients_treated"]
    assert got == [("neurotoxicity", 0, None, None), ("crs", 0, 3, "DL1"),
                   ("neurotoxicity", 0, 3, "DL1"), ("neurotoxicity", 0, 6, "DL2"), ("crs", 1, 6, "DL2")]


def test_table_pasted_with_pipes_and_grade_columns_with_their_count_format():
    # a markdown/web table: its cells read as a PDF's tab-separated ones; "DL1" names its group
    got = read_text("| Dose level | N | ORR, n (%) | ≥CR, n (%) |\n|---|---|---|---|\n"
                    "| DL1 | 6 | 4 (66.7) | 2 (33.3) |\n| All infused | 33 | 29 (87.9) | 19 (57.6) |\n")
    assert [x for x in got if x[0] != "patients_treated"] == [
        ("overall_response", {"percent": 66.7, "n": 4, "subgroup": "DL1", "N": 6}),
        ("complete_remission", {"percent": 33.3, "n": 2, "subgroup": "DL1", "N": 6}),
        ("overall_response", {"percent": 87.9, "n": 29, "N": 33}),
        ("complete_remission", {"percent": 57.6, "n": 19, "N": 33}),
    ]
    # "Grade 1–2, n": a grade column whatever its count format; another event's row reads nothing
    got = read_text("Event\tAny grade, n (%)\tGrade 1–2, n\tGrade ≥3, n\nCRS\t14 (58.3)\t14\t0\n"
                    "Neutropenia\t21 (87.5)\t3\t18\n")
    assert got == [("crs", {"percent": 58.3, "n": 14, "grade": "any"}), ("crs", {"n": 14, "grade": "1-2"}),
                   ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": ">=3"})]


def test_table_header_on_two_lines_endpoint_columns_with_count_formats_and_sizes():
    # "CR/CRi day 28," over "n (%)": the header's second line completes the first; "Patients, n" is the
    # row's size; "0" under "CRS grade ≥3, n (%)" is none of the row's group; "Grade 3 Grade 4 Any grade" splits
    text = ("Dose\tPatients,\tCR/CRi day 28,\tCRS grade ≥3,\tICANS,\n"
            "level\tn\tn (%)\tn (%)\tn\n"
            "DL1\t3\t2 (66.7)\t0\t0\n"
            "DL2\t6\t5 (83.3)\t1 (16.7)\t2\n")
    assert read_text(text) == [
        ("patients_treated", {"value": 3, "subgroup": "DL1"}),   # (a dose level's size is its treated count)
        ("complete_remission", {"percent": 66.7, "n": 2, "timepoint_days": 28, "includes_cri": True, "subgroup": "DL1", "N": 3}),
        ("crs", {"n": 0, "N": 3, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "DL1"}),
        ("neurotoxicity", {"n": 0, "N": 3, "percent": 0.0, "negated": True, "grade": "any", "subgroup": "DL1"}),
        ("patients_treated", {"value": 6, "subgroup": "DL2"}),
        ("complete_remission", {"percent": 83.3, "n": 5, "timepoint_days": 28, "includes_cri": True, "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 16.7, "n": 1, "grade": ">=3", "subgroup": "DL2", "N": 6}),
        ("neurotoxicity", {"n": 2, "grade": "any", "subgroup": "DL2", "N": 6}),
    ]
    got = read_text("Event\tGrade 1\tGrade 2\tGrade 3 Grade 4 Any grade\nCRS\t5 (35.7)\t6 (42.9)\t1 (7.1)\t0\t12 (85.7)\n")
    assert [(f["grade"], f["n"]) for _, f in got] == [("1", 5), ("2", 6), ("3", 1), ("4", 0), ("any", 12)]


def test_table_survival_cells_with_a_bare_range_are_estimates_with_their_ci():
    # Lancet's "Data are % (95% CI)" footnote comes after the table: a survival cell's range is its CI
    got = read_text("Outcome\tHSCT (n=12)\tNo HSCT (n=27)\tp value\n"
                    "5-year event-free survival\t58·3% (27·0-80·1)\t22·2% (8·9-39·3)\t0·021\n")
    assert got[:2] == [
        ("event_free_survival", {"percent": 58.3, "months": 60, "ci_low": 27.0, "ci_high": 80.1, "subgroup": "HSCT"}),
        ("event_free_survival", {"percent": 22.2, "months": 60, "ci_low": 8.9, "ci_high": 39.3, "subgroup": "No HSCT"})]


def test_rates_with_a_bracketed_citation_or_what_studies_have_shown_are_background():
    assert read_text("With salvage chemotherapy, R/R T-ALL has a CR rate of only 20%-40%[1-2]. Several studies have "
                     "shown that CD7 CAR-T cells achieve CR rates of 80%-95%, but relapse remains frequent. "
                     "In our cohort, 28 of 32 patients (87.5%) achieved CR.") == [
        ("complete_remission", {"percent": 87.5, "n": 28, "N": 32})]


def test_table_rows_take_their_groups_endpoint_and_a_ci_bound_with_its_unit():
    # "PFS" over "Median (95% CI), mo": the row names no endpoint, its group does
    got = read_text("Outcome\tAge ≥75 y\tAge <75 y\tP\n(n = 83)\t(n = 318)\tvalue\nPFS\n"
                    "Median (95% CI), mo\t8.1 (4.6-13.9)\t10.4 (7.7-14.2)\t.49\n"
                    "12-mo, % (95% CI)\t41.0 (30.2-51.5)\t47.0 (41.3-52.5)\n")
    assert got == [
        ("progression_free_survival", {"median_months": 8.1, "ci_low": 4.6, "ci_high": 13.9, "subgroup": "Age ≥75 y"}),
        ("progression_free_survival", {"median_months": 10.4, "ci_low": 7.7, "ci_high": 14.2, "subgroup": "Age <75 y"}),
        ("p_value", {"value": ".49", "compares": ["Age ≥75 y", "Age <75 y"], "outcome": "progression_free_survival"}),
        ("progression_free_survival", {"percent": 41.0, "months": 12, "ci_low": 30.2, "ci_high": 51.5, "subgroup": "Age ≥75 y"}),
        ("progression_free_survival", {"percent": 47.0, "months": 12, "ci_low": 41.3, "ci_high": 52.5, "subgroup": "Age <75 y"}),
    ]
    # "13.0 months to not reached" is a CI's bounds; "75 years or older" an age, no median of 900 months
    got = read_text("Median OS was 19.5 months (95% CI, 13.0 months to not reached) for patients 75 years or older.")
    assert [(e, f.get("median_months"), f.get("ci_low"), f.get("ci_high")) for e, f in got] == [
        ("overall_survival", 19.5, 13.0, None)]


def test_treated_counts_for_a_list_of_levels_with_the_verb_elided():
    assert read_text("Three patients received DL1, five DL2, and six DL3.") == [
        ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 5, "subgroup": "DL2"}),
        ("patients_treated", {"value": 6, "subgroup": "DL3"})]
    # the levels a total received, with no count each, are no breakdown
    assert read_text("Overall, 12 patients received DL1, DL2 or DL3.") == [("patients_treated", {"value": 12})]


def test_a_second_absence_after_or_is_another_endpoints_only():
    # "no ICANS or acute GVHD": two absences; "none had grade III-IV or chronic GVHD" gives no chronic GVHD of
    # grade III-IV (the writers leave that wording open)
    got = read_text("No ICANS or acute GVHD was recorded after CAR-T infusion.")
    assert [(e, f.get("negated"), f.get("acute")) for e, f in got] == [("neurotoxicity", True, None), ("gvhd", True, True)]
    got = read_text("Acute GVHD of grade I-II developed in 3 patients after CAR-T, and none had grade III-IV or chronic GVHD.")
    assert not any(f.get("chronic") and f.get("grade") == "3-4" for _, f in got)


def test_table_rows_under_group_labels_and_a_ci_row_with_its_unit_last():
    # "Efficacy" and "Toxicity" label groups of rows: the table runs on; "(95% CI), months" puts the unit last
    got = read_text("Outcome\tAxi-cel (n = 104)\tTisa-cel (n = 67)\tP\nEfficacy\n"
                    "Best CR, n (%)\t58 (55.8)\t30 (44.8)\t.16\n"
                    "Median PFS (95% CI), months\t9.4 (5.9-14.6)\t4.6 (3.1-8.2)\t.07\n"
                    "12-month OS (95% CI), %\t66.2 (55.9-74.6)\t59.3 (46.4-70.0)\t.31\nToxicity\n"
                    "CRS, any grade, n (%)\t96 (92.3)\t54 (80.6)\t.03\n")
    assert [x for x in got if x[0] != "patients_treated"] == [
        ("complete_remission", {"percent": 55.8, "n": 58, "subgroup": "Axi-cel", "N": 104}),
        ("complete_remission", {"percent": 44.8, "n": 30, "subgroup": "Tisa-cel", "N": 67}),
        ("p_value", {"value": ".16", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "complete_remission"}),
        ("progression_free_survival", {"median_months": 9.4, "ci_low": 5.9, "ci_high": 14.6, "subgroup": "Axi-cel"}),
        ("progression_free_survival", {"median_months": 4.6, "ci_low": 3.1, "ci_high": 8.2, "subgroup": "Tisa-cel"}),
        ("p_value", {"value": ".07", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "progression_free_survival"}),
        ("overall_survival", {"percent": 66.2, "months": 12, "ci_low": 55.9, "ci_high": 74.6, "subgroup": "Axi-cel"}),
        ("overall_survival", {"percent": 59.3, "months": 12, "ci_low": 46.4, "ci_high": 70.0, "subgroup": "Tisa-cel"}),
        ("p_value", {"value": ".31", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "overall_survival"}),
        ("crs", {"percent": 92.3, "n": 96, "grade": "any", "subgroup": "Axi-cel", "N": 104}),
        ("crs", {"percent": 80.6, "n": 54, "grade": "any", "subgroup": "Tisa-cel", "N": 67}),
        ("p_value", {"value": ".03", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "crs"}),
    ]


def test_table_columns_as_time_points():
    assert read_text(TABLE_TIMES) == [
        ("event_free_survival", {"percent": 61.4, "months": 36, "ci_low": 50.4, "ci_high": 70.7}),
        ("event_free_survival", {"percent": 54.6, "months": 60, "ci_low": 43.6, "ci_high": 64.3}),
        ("overall_survival", {"percent": 76.8, "months": 36, "ci_low": 66.4, "ci_high": 84.3}),
        ("overall_survival", {"percent": 70.2, "months": 60, "ci_low": 59.4, "ci_high": 78.6}),
    ]


@pytest.mark.parametrize("text, sentences", [
    # a heading alone on its line ends the sentence before it, even after a long line with no stop
    ("Department of Hematology, Vistula Medical University, Krakow, Poland; Ospedale San Rocco, Italy\n"
     "Background\nIn KarMMa the ORR was 73%.",
     ["Department of Hematology, Vistula Medical University, Krakow, Poland; Ospedale San Rocco, Italy",
      "Background", "In KarMMa the ORR was 73%."]),
    ("long line of affiliations that goes on and on without any full stop at all\nRESULTS\n18 were infused.",
     ["long line of affiliations that goes on and on without any full stop at all", "RESULTS", "18 were infused."]),
    # table rows (tab-separated cells) are one sentence each
    ("Dose level\tORR, n (%)\nDL1 (150 × 10^6) 9\t7 (77.8)\nDL2 (300 × 10^6) 11\t10 (90.9)",
     ["Dose level\tORR, n (%)", "DL1 (150 × 10^6) 9\t7 (77.8)", "DL2 (300 × 10^6) 11\t10 (90.9)"]),
    # prose right after a table's last row (a PDF column's text below a table set across the gutter)
    ("Relapse after CD19 CAR T (n = 21)\t16 (76.2)\t12 (57.1)\nAmong complete responders, the 12-month PFS was 63.2%\n"
     "(95% CI, 37.9 to 80.4).",
     ["Relapse after CD19 CAR T (n = 21)\t16 (76.2)\t12 (57.1)",
      "Among complete responders, the 12-month PFS was 63.2%\n(95% CI, 37.9 to 80.4)."]),
    # ... but not a label's continuation or a footnote's first word alone
    ("Allogeneic HSCT after\t2 (18.2)\t5 (35.7)\nCAR T", ["Allogeneic HSCT after\t2 (18.2)\t5 (35.7)", "CAR T"]),
    # a word that only starts a wrapped line is no heading
    ("the median time to the\nresults of the second assessment was 28 days.",
     ["the median time to the\nresults of the second assessment was 28 days."]),
])
def test_sentence_ends_at_headings_alone_on_a_line_and_between_table_rows(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


# grades as columns, events as rows (an adverse-event table); the header has no cell over the
# labels, and one row ran its label into its first value
TABLE_GRADES = ("Table 2: Adverse events in the 14 infused patients\n"
                "Grade 1–2\tGrade 3\tGrade 4\n"
                "Cytokine release syndrome 11 (79%)\t2 (14%)\t0\n"
                "Neutropenia\t0\t1 (7%)\t13 (93%)\n"
                "ICANS\t1 (7%)\t0\t0\n"
                "Data are n (%).\n")


def test_table_columns_as_grades_of_the_events_in_the_rows():
    assert read_text(TABLE_GRADES) == [
        ("crs", {"percent": 79, "n": 11, "grade": "1-2"}),
        ("crs", {"percent": 14, "n": 2, "grade": "3"}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": "4"}),
        ("neurotoxicity", {"percent": 7, "n": 1, "grade": "1-2"}),       # neutropenia is no endpoint
        ("neurotoxicity", {"n": 0, "percent": 0.0, "negated": True, "grade": "3"}),
        ("neurotoxicity", {"n": 0, "percent": 0.0, "negated": True, "grade": "4"}),
    ]


def test_table_header_whose_group_names_ran_together_is_split_after_each_n():
    text = ("Outcome\tAxi-cel (n = 172) Tisa-cel (n = 96) p value\n"
            "Best ORR, n (%)\t134 (77.9)\t65 (67.7)\t0.067\n"
            "12-month OS, % (95% CI)\t64.8 (56.9–71.6)\t53.8 (43.1–63.3)\t0.06\n")
    got = read_text(text)
    assert ("overall_survival", {"percent": 53.8, "months": 12, "ci_low": 43.1, "ci_high": 63.3,
                                 "subgroup": "Tisa-cel"}) in got
    assert ("p_value", {"value": "0.06", "compares": ["Axi-cel", "Tisa-cel"], "outcome": "overall_survival"}) in got


def test_table_row_naming_its_endpoint_with_a_p_value_column():
    text = ("Table: Outcomes by product\n"
            "Outcome\tCilta-cel (n=71)\tIde-cel (n=57)\tp value\n"
            "Overall response\t64/71 (90·1%)\t41/57 (71·9%)\t0·008\n"
            "CRS, grade ≥3\t3 (4·2%)\t2 (3·5%)\t1·00\n"
            "Median PFS, months (95% CI)\tNR (17·4–NR)\t10·2 (8·1–13·0)\t<0·0001\n")
    assert read_text(text) == [
        ("overall_response", {"percent": 90.1, "n": 64, "N": 71, "subgroup": "Cilta-cel"}),
        ("overall_response", {"percent": 71.9, "n": 41, "N": 57, "subgroup": "Ide-cel"}),
        ("p_value", {"value": "0.008", "compares": ["Cilta-cel", "Ide-cel"], "outcome": "overall_response"}),
        # (the column's size is N where it agrees with the percent: 3/71 is 4.2%)
        ("crs", {"percent": 4.2, "n": 3, "grade": ">=3", "subgroup": "Cilta-cel", "N": 71}),
        ("crs", {"percent": 3.5, "n": 2, "grade": ">=3", "subgroup": "Ide-cel", "N": 57}),
        ("p_value", {"value": "1.00", "compares": ["Cilta-cel", "Ide-cel"], "outcome": "crs"}),
        ("progression_free_survival", {"median_months": 10.2, "ci_low": 8.1, "ci_high": 13.0, "subgroup": "Ide-cel"}),
        ("p_value", {"value": "<0.0001", "compares": ["Cilta-cel", "Ide-cel"], "outcome": "progression_free_survival"}),
    ]


def test_numbered_headings_end_a_skipped_section():
    """Wiley's "1 | INTRODUCTION" headings: the keywords and introduction are skipped, the results read."""
    text = ("KEYWORDS\nacute myeloid leukaemia, CAR-T, CD7\n1 | INTRODUCTION\nIn a pilot study the CR rate was 70%.\n"
            "3 | RESULTS\nEighteen patients were infused, and 12 (66.7%) achieved CR.")
    assert read_text(text) == [("patients_treated", {"value": 18}),
                               ("complete_remission", {"percent": 66.7, "n": 12})]


# per-level treated counts written the short ways (blind33/blind34): a numbered name and its count
# with only a space, and counts before "received" the levels
LEVEL_COUNTS = [
    ("Twenty-five patients were infused (DL1 3, DL2 10, DL3 12); median age was 19 years (range 4-39).",
     [("patients_treated", {"value": 25}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 10, "subgroup": "DL2"}), ("patients_treated", {"value": 12, "subgroup": "DL3"})]),
    ("18 patients were treated (DL1 6, DL2 12).",
     [("patients_treated", {"value": 18}), ("patients_treated", {"value": 6, "subgroup": "DL1"}),
      ("patients_treated", {"value": 12, "subgroup": "DL2"})]),
    ("In phase 1, three, six and three patients received DL1, DL2 and DL3, respectively, and 28 further patients "
     "were treated at DL2 in phase 2.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 3, "subgroup": "DL3"}), ("patients_treated", {"value": 28})]),
    ("Four, 8 and 10 patients received dose levels 1, 2 and 3, respectively.",
     [("patients_treated", {"value": 4, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 8, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 10, "subgroup": "dose level 3"})]),
    # a count after a name with no number of its own stays unread ("T-ALL 12" is a disease list's)
    ("Twenty patients were infused (median age 30 years).", [("patients_treated", {"value": 20})]),
]


@pytest.mark.parametrize("text, expected", LEVEL_COUNTS)
def test_level_counts_written_short(text, expected):
    _matches(read_text(text), expected)


# a conference abstract's terse total with its breakdown in parentheses: the total and each group
TERSE_BREAKDOWNS = [
    ("Relapse: 3 pts (2 post-HSCT, 1 not transplanted), 2 of whom had CD7-negative blasts.",
     [("relapse", {"n": 3}), ("relapse", {"n": 2, "subgroup": "post-HSCT"}),
      ("relapse", {"n": 1, "subgroup": "not transplanted"})]),
    ("Bridged to allo-HCT: 9 pts (CD5 4, CD7 5), median 62 d post infusion.",
     [("transplant", {"n": 9}), ("transplant", {"n": 4, "subgroup": "CD5"}), ("transplant", {"n": 5, "subgroup": "CD7"})]),
    ("Consolidative allo-HSCT: 6 pts (T-ALL 4, T-LBL 2).",
     [("transplant", {"n": 6}), ("transplant", {"n": 4, "subgroup": "T-ALL"}), ("transplant", {"n": 2, "subgroup": "T-LBL"})]),
    # relapses by antigen phenotype: the total only (the open convention)
    ("Relapses: 4 (CD7-CD19+ 2, CD7+ 2).", [("relapse", {"n": 4})]),
    # counts that do not add up are no breakdown of the total: nothing is read from them (the
    # sentence is read as any other: the label's one count with its patient noun is the total)
    ("Relapse: 5 pts (2 post-HSCT, 1 not transplanted).", [("relapse", {"n": 5})]),
]


@pytest.mark.parametrize("text, expected", TERSE_BREAKDOWNS)
def test_terse_totals_with_their_breakdown(text, expected):
    _matches(read_text(text), expected)


# blind35 (article PDFs): tables whose rows are subgroups, with the group size ("n") and a p-value
# on the first row of each pair comparing it with the next; survival columns take their landmark
# from the caption ("Table 3 2-year overall survival … by subgroup"); a footnote run into the last
# row is no cell
TABLE_SUBGROUP_PAIRS = ("Table 3 2-year overall survival and leukemia-free survival by subgroup\n"
                        "Subgroup\tn\tOS, % (95% CI)\tP\tLFS, % (95% CI)\tP\n"
                        "All infused patients\t42\t64.8 (47.9–77.6)\t58.1 (41.3–71.7)\n"
                        "Second allo-HSCT\t24\t78.6 (56.2–90.4)\t0.002\t74.2 (51.3–87.5)\t< 0.001\n"
                        "No second allo-HSCT (responders)\t15\t40.0 (16.5–62.8)\t26.7 (8.3–49.6)\n"
                        "P values are from log-rank tests comparing the two subgroups of each pair.\n")


def test_table_rows_of_subgroup_pairs_with_sizes_and_p_values():
    assert read_text(TABLE_SUBGROUP_PAIRS) == [
        ("patients_treated", {"value": 42}),   # (the whole cohort's row with its size: the treated, as b113-05's)
        ("overall_survival", {"percent": 64.8, "months": 24, "ci_low": 47.9, "ci_high": 77.6, "N": 42}),
        ("leukemia_free_survival", {"percent": 58.1, "months": 24, "ci_low": 41.3, "ci_high": 71.7, "N": 42}),
        ("overall_survival", {"percent": 78.6, "months": 24, "ci_low": 56.2, "ci_high": 90.4,
                              "subgroup": "Second allo-HSCT", "N": 24}),
        ("p_value", {"value": "0.002", "outcome": "overall_survival",
                     "compares": ["Second allo-HSCT", "No second allo-HSCT"]}),
        ("leukemia_free_survival", {"percent": 74.2, "months": 24, "ci_low": 51.3, "ci_high": 87.5,
                                    "subgroup": "Second allo-HSCT", "N": 24}),
        ("p_value", {"value": "<0.001", "outcome": "leukemia_free_survival",
                     "compares": ["Second allo-HSCT", "No second allo-HSCT"]}),
        ("overall_survival", {"percent": 40.0, "months": 24, "ci_low": 16.5, "ci_high": 62.8,
                              "subgroup": "No second allo-HSCT", "N": 15}),
        ("leukemia_free_survival", {"percent": 26.7, "months": 24, "ci_low": 8.3, "ci_high": 49.6,
                                    "subgroup": "No second allo-HSCT", "N": 15}),
    ]


@pytest.mark.parametrize("text, expected", [
    # one endpoint column with its format ("n/N (%)", "n (%)", "% (95% CI)") and a p column
    ("TABLE 2 Day-28 CR/CRi by subgroup\nSubgroup\tCR/CRi, n/N (%)\tp\n"
     "Age <18 years\t32/35 (91.4)\t0.60\nAge 18–25 years\t11/13 (84.6)\n",
     [("complete_remission", {"percent": 91.4, "n": 32, "N": 35, "includes_cri": True, "subgroup": "Age <18 years"}),
      ("p_value", {"value": "0.60", "outcome": "complete_remission", "compares": ["Age <18 years", "Age 18-25 years"]}),
      ("complete_remission", {"percent": 84.6, "n": 11, "N": 13, "includes_cri": True, "subgroup": "Age 18-25 years"})]),
    ("Table 3. Response by baseline feature\nFeature\tORR, n (%)\tP value\n"
     "Prior blinatumomab\t12 (80.0)\t0.21\nNo prior blinatumomab\t25 (92.6)\n",
     [("overall_response", {"percent": 80.0, "n": 12, "subgroup": "Prior blinatumomab"}),
      ("p_value", {"value": "0.21", "outcome": "overall_response",
                   "compares": ["Prior blinatumomab", "No prior blinatumomab"]}),
      ("overall_response", {"percent": 92.6, "n": 25, "subgroup": "No prior blinatumomab"})]),
    ("Table 2. 1-year event-free survival by subgroup\nGroup\tN\tEFS, % (95% CI)\tP value\n"
     "T-ALL\t30\t55.0 (36.1–70.4)\t0.41\nT-LBL\t12\t41.7 (15.2–66.5)\n",
     [("event_free_survival", {"percent": 55.0, "months": 12, "ci_low": 36.1, "ci_high": 70.4, "subgroup": "T-ALL", "N": 30}),
      ("p_value", {"value": "0.41", "outcome": "event_free_survival", "compares": ["T-ALL", "T-LBL"]}),
      ("event_free_survival", {"percent": 41.7, "months": 12, "ci_low": 15.2, "ci_high": 66.5, "subgroup": "T-LBL", "N": 12})]),
])
def test_table_one_endpoint_column_per_subgroup_row(text, expected):
    assert read_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a running head's tab before the caption is no header row; "n (%)" cells without "%"; a zero
    # grade cell is a stated absence
    ("1169 SMITH et al\tBLOOD, 13 MARCH 2025 · VOLUME 145\nTable 2. Adverse events within 28 days (N = 26)\n"
     "Event\tAny grade\tGrade 1\tGrade 2\tGrade 3\tGrade 4\n"
     "ICANS\t3 (11.5)\t2 (7.7)\t1 (3.8)\t0\t0\nNeutropenia\t26 (100)\t0\t0\t2 (7.7)\t24 (92.3)\n",
     [("neurotoxicity", {"percent": 11.5, "n": 3, "grade": "any"}),
      ("neurotoxicity", {"percent": 7.7, "n": 2, "grade": "1"}),
      ("neurotoxicity", {"percent": 3.8, "n": 1, "grade": "2"}),
      ("neurotoxicity", {"n": 0, "percent": 0.0, "negated": True, "grade": "3"}),
      ("neurotoxicity", {"n": 0, "percent": 0.0, "negated": True, "grade": "4"})]),
    ("Table 2\nEvent\tAny\tGrade 1–2\tGrade 3\tGrade 4\nCRS\t38 (90.5)\t32 (76.2)\t6 (14.3)\t0\n",
     [("crs", {"percent": 90.5, "n": 38, "grade": "any"}), ("crs", {"percent": 76.2, "n": 32, "grade": "1-2"}),
      ("crs", {"percent": 14.3, "n": 6, "grade": "3"}), ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": "4"})]),
    # grade heads of two arms run together; "··" (not applicable) is no value, so one arm names no subgroup
    ("Table 2: Adverse events by grade and group\n"
     "Event\tCAR-T, grade 1–2 CAR-T, grade 3\tCAR-T, grade 4\tStandard care, grade 1–2 Standard care, grade 3 Standard care, grade 4\n"
     "Cytokine release syndrome\t124 (73%)\t6 (4%)\t1 (1%)\t··\t··\t··\n",
     [("crs", {"percent": 73, "n": 124, "grade": "1-2"}), ("crs", {"percent": 4, "n": 6, "grade": "3"}),
      ("crs", {"percent": 1, "n": 1, "grade": "4"})]),
    ("Table 3. Toxicity by arm\nEvent\tArm A, grade 1-2\tArm A, grade ≥3\tArm B, grade 1-2\tArm B, grade ≥3\n"
     "CRS\t20 (40%)\t3 (6%)\t15 (30%)\t1 (2%)\n",
     [("crs", {"percent": 40, "n": 20, "grade": "1-2", "subgroup": "Arm A"}),
      ("crs", {"percent": 6, "n": 3, "grade": ">=3", "subgroup": "Arm A"}),
      ("crs", {"percent": 30, "n": 15, "grade": "1-2", "subgroup": "Arm B"}),
      ("crs", {"percent": 2, "n": 1, "grade": ">=3", "subgroup": "Arm B"})]),
])
def test_table_grade_columns_after_running_heads_and_per_arm(text, expected):
    assert read_text(text) == expected


# blind35: a table floated before the paragraph that cites it; the paragraph restates its cells
BLIND35_FAMILIES = [
    # a count with its percent in a grade cell, restated by the count alone
    ("Table 2. Adverse events (N = 26)\nEvent\tAny grade\tGrade 3\tGrade 4\n"
     "Cytokine release syndrome\t24 (92.3)\t3 (11.5)\t1 (3.8)\nOne patient at DL3 had grade 4 CRS with hypotension.",
     [("crs", {"percent": 92.3, "n": 24, "grade": "any"}), ("crs", {"percent": 11.5, "n": 3, "grade": "3"}),
      ("crs", {"percent": 3.8, "n": 1, "grade": "4"})]),
    ("Table 2\nEvent\tAny\tGrade 1–2\tGrade 3\nCRS\t38 (90.5)\t32 (76.2)\t6 (14.3)\n"
     "Grade 3 CRS occurred in six patients, including the patient with a dose-limiting toxicity.",
     [("crs", {"percent": 90.5, "n": 38, "grade": "any"}), ("crs", {"percent": 76.2, "n": 32, "grade": "1-2"}),
      ("crs", {"percent": 14.3, "n": 6, "grade": "3"})]),
    ("Table 2. Toxicity\nEvent\tAny grade\tGrade 1\tGrade 2\nICANS\t3 (11.5)\t2 (7.7)\t1 (3.8)\n"
     "Three patients had ICANS (grade 1, n = 2; grade 2, n = 1), all reversible within 5 days.",
     [("neurotoxicity", {"percent": 11.5, "n": 3, "grade": "any"}), ("neurotoxicity", {"percent": 7.7, "n": 2, "grade": "1"}),
      ("neurotoxicity", {"percent": 3.8, "n": 1, "grade": "2"})]),
    # groups with their sizes as columns (no p column): the text's statement, with its N, replaces the cell
    ("Table 1: Responses\nResponse\tCAR-T group (n=181)\tStandard-care group (n=181)\n"
     "Overall response\t153 (85%)\t122 (67%)\nAn overall response occurred in 153 (85%) of 181 patients in the "
     "CAR-T group and 122 (67%) of 181 in the standard-care group.",
     [("overall_response", {"percent": 85, "n": 153, "N": 181, "subgroup": "CAR-T group"}),
      ("overall_response", {"percent": 67, "n": 122, "N": 181, "subgroup": "standard-care group"})]),
    ("Table 1\nResponse\tArm A (n = 40)\tArm B (n = 38)\nPartial response\t18 (45%)\t10 (26%)\n",
     [("partial_remission", {"percent": 45, "n": 18, "subgroup": "Arm A", "N": 40}),
      ("partial_remission", {"percent": 26, "n": 10, "subgroup": "Arm B", "N": 38})]),   # (10/38 is the 26% stated)
]


@pytest.mark.parametrize("text, expected", BLIND35_FAMILIES)
def test_blind35_families(text, expected):
    assert read_text(text) == expected


# blind36 (tests/data/regression/blind36): families its first run missed or over-read
BLIND36_FAMILIES = [
    # the leukapheresed, then the infused: the first count is the enrolled
    ("As of 15 Mar 2024, 29 pts were apheresed and 26 infused (DL1 n=3, DL2 n=17 incl. expansion, DL3 n=6).",
     [("patients_enrolled", {"value": 29}), ("patients_treated", {"value": 26}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 17, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("A total of 38 patients underwent leukapheresis, and 35 received an infusion.",
     [("patients_enrolled", {"value": 38}), ("patients_treated", {"value": 35})]),
    ("Thirty-two patients were leukapheresed; 30 received CAR T cells.",
     [("patients_enrolled", {"value": 32}), ("patients_treated", {"value": 30})]),
    ("Twelve patients had apheresis and 11 were treated.",
     [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 11})]),
    # a terse disease list as one clause of a telegraphic line, a subtype's count nested in parentheses ("ETP" is ETP-ALL)
    ("Median age 27 y (range 13–61); T-ALL 18 (ETP 6), T-LBL 8; median 3 prior lines; 11 (42%) post-alloSCT.",
     [("disease_count", {"value": 18, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "ETP-ALL"}),
      ("disease_count", {"value": 8, "label": "T-LBL"})]),
    ("Median age 31; T-ALL 12, T-LBL 5; 6 prior HSCT.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Dx: T-ALL 20 (ETP-ALL 7), T-LBL 4, MPAL 1; median 4 prior lines.",
     [("disease_count", {"value": 20, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "ETP-ALL"}),
      ("disease_count", {"value": 4, "label": "T-LBL"}), ("disease_count", {"value": 1, "label": "MPAL"})]),
    ("Median age 40; 12 (30%) prior HSCT; 3 prior lines.", []),
    # one disease alone as what patients had, closing its clause; a share of another count is not one
    ("The median age was 29 years (range, 7 to 63), and 14 patients had early T-cell precursor ALL.",
     [("disease_count", {"value": 14, "label": "ETP-ALL"})]),
    ("Nine patients had ETP-ALL.", [("disease_count", {"value": 9, "label": "ETP-ALL"})]),
    ("Three patients had AML relapse after CAR-T.", [("relapse", {"n": 3})]),
    # the authors' study of the product in N patients, a subtype "of whom", an antigen before the disease
    ("We conducted a single-center, open-label pilot study (NCT09360009) of nanobody-derived CD7 CAR-T cells (nb7CAR-T) "
     "in fifteen patients: ten with T-ALL, four of whom had an early T-cell precursor phenotype, and five with "
     "CD7-positive AML.",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 10, "label": "T-ALL"}),
      ("disease_count", {"value": 4, "label": "ETP-ALL"}), ("disease_count", {"value": 5, "label": "AML"})]),
    ("We report a phase 1 trial of donor-derived CD7 CAR-T cells in 20 adults with relapsed T-ALL.",
     [("patients_treated", {"value": 20})]),
    ("Twenty patients were infused: 16 with T-ALL, 5 of whom had ETP-ALL, and 4 with T-LBL.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 16, "label": "T-ALL"}),
      ("disease_count", {"value": 5, "label": "ETP-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    ("The cohort comprised 12 patients with T-ALL and 3 with CD7+ AML.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "AML"})]),
    ("We performed a first-in-human study in 12 patients with T-LBL, of whom 10 were infused.",
     [("disease_count", {"value": 12, "label": "T-LBL"}), ("patients_treated", {"value": 10})]),
    ("We previously reported a study in 20 patients.", []),
    # the conference grade glued to its number: "gr1 11, gr2 10", "gr1–2 in 3"
    ("CRS 24/26 (92.3%): gr1 11, gr2 10, gr3 3.",
     [("crs", {"percent": 92.3, "n": 24, "N": 26, "grade": "any"}), ("crs", {"n": 11, "grade": "1"}),
      ("crs", {"n": 10, "grade": "2"}), ("crs", {"n": 3, "grade": "3"})]),
    ("ICANS gr1–2 in 3 (11.5%); no gr≥3 ICANS.",
     [("neurotoxicity", {"percent": 11.5, "n": 3, "grade": "1-2"}),
      ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": ">=3", "negated": True})]),
    ("CRS gr1-2 in 20 (80%), gr3 in 2.", [("crs", {"percent": 80, "n": 20, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("CRS: gr.2 in 4.", [("crs", {"n": 4, "grade": "2"})]),
    # "all grade X" after a rate with no count: the grade's rate is the total's
    ("Cytokine release syndrome occurred in 80.5% of patients (grade ≥ 3, 10.3%) and ICANS in 4.6% (all grade 1–2).",
     [("crs", {"percent": 80.5, "grade": "any"}), ("crs", {"percent": 10.3, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 4.6, "grade": "any"}), ("neurotoxicity", {"percent": 4.6, "grade": "1-2"})]),
    ("ICANS occurred in 12% of patients, all grade 1.",
     [("neurotoxicity", {"percent": 12, "grade": "any"}), ("neurotoxicity", {"percent": 12, "grade": "1"})]),
    ("CRS occurred in 85% (all of grade 1 or 2) and ICANS in 10%.",
     [("crs", {"percent": 85, "grade": "any"}), ("crs", {"percent": 85, "grade": "1-2"}),
      ("neurotoxicity", {"percent": 10, "grade": "any"})]),
    # the patients' term names their grade: "limited to 2 patients with grade 1 ICANS"
    ("Neurotoxicity was limited to 2 patients with grade 1 ICANS.", [("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("Neurotoxicity occurred in 3 patients who had grade 2 ICANS.", [("neurotoxicity", {"n": 3, "grade": "2"})]),
    ("CRS was observed in 12 patients with grade 1-2 CRS.", [("crs", {"n": 12, "grade": "1-2"})]),
    ("Neurotoxicity was seen in 2 patients with T-LBL.", [("neurotoxicity", {"n": 2, "grade": "any"})]),
    ("ICANS occurred in 2 patients with grade 3 CRS.", [("neurotoxicity", {"n": 2, "grade": "any"})]),
    # an elliptic survival term coordinated with overall survival: each its own value
    ("At a median follow-up of 12.4 months, 2 of the 6 responders had relapsed; 1-year progression-free and overall "
     "survival were 44.4% and 66.7%, respectively.",
     [("median_followup", {"months": 12.4}), ("relapse", {"n": 2, "N": 6}),
      ("progression_free_survival", {"percent": 44.4, "months": 12}), ("overall_survival", {"percent": 66.7, "months": 12})]),
    ("The 2-year event-free and overall survival rates were 50% and 70%.",
     [("event_free_survival", {"percent": 50, "months": 24}), ("overall_survival", {"percent": 70, "months": 24})]),
    ("Leukemia-free and overall survival at 1 year were 60.0% and 75.0%, respectively.",
     [("leukemia_free_survival", {"percent": 60.0, "months": 12}), ("overall_survival", {"percent": 75.0, "months": 12})]),
    ("Overall and progression-free survival at 1 year were 75.0% and 60.0%, respectively.",
     [("overall_survival", {"percent": 75.0, "months": 12}), ("progression_free_survival", {"percent": 60.0, "months": 12})]),
    ("The overall and complete response rates were 80% and 60%.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60})]),
    # plural metabolic responses on PET-CT are complete/partial remissions
    ("At 3 months, 6 of the 9 patients had responded (overall response rate 66.7%), including 4 complete metabolic "
     "responses (44.4%).",
     [("overall_response", {"n": 6, "N": 9, "percent": 66.7, "timepoint_days": 91}),
      ("complete_remission", {"percent": 44.4, "n": 4, "timepoint_days": 91})]),
    ("PET-CT showed complete metabolic responses in 5 and partial metabolic responses in 2 patients.",
     [("complete_remission", {"n": 5}), ("partial_remission", {"n": 2})]),
    # relapses after a transplant, one group of the total in parentheses
    ("14 pts proceeded to alloSCT; 5 relapsed (2 after alloSCT).",
     [("transplant", {"n": 14}), ("relapse", {"n": 5}), ("relapse", {"n": 2, "subgroup": "after alloSCT"})]),
    ("Five patients relapsed (two after allo-HSCT).",
     [("relapse", {"n": 5}), ("relapse", {"n": 2, "subgroup": "after allo-HSCT"})]),
    ("Relapse occurred in 7 patients (3 after HSCT).",
     [("relapse", {"n": 7}), ("relapse", {"n": 3, "subgroup": "after HSCT"})]),
    ("Seven patients relapsed (2 post-transplant).",
     [("relapse", {"n": 7}), ("relapse", {"n": 2, "subgroup": "post-transplant"})]),
    ("Seven patients relapsed (7 after HSCT).", [("relapse", {"n": 7})]),
    # a population opener with its size in parentheses: N of the counts after it (extramedullary responses)
    ("In patients with extramedullary disease at infusion (n = 27), the extramedullary response rate was 70.4%, with "
     "complete response in 12.",
     [("overall_response", {"percent": 70.4, "N": 27, "site": "extramedullary"}),
      ("complete_remission", {"n": 12, "N": 27, "percent": 44.4, "derived": True, "site": "extramedullary"})]),
    ("Among patients with CNS disease (n = 8), 6 achieved CR.",
     [("complete_remission", {"n": 6, "N": 8, "percent": 75.0, "subgroup": "CNS disease"})]),
    ("In patients who had received prior HSCT (n = 20), the CR rate was 85%.",
     [("complete_remission", {"percent": 85, "N": 20})]),
    # a dose range's bounds in parentheses before the shared exponent
    ("Cells were infused at (1.0–3.0) × 10^6/kg after fludarabine and cyclophosphamide.",
     [("dose", {"low": 1000000, "high": 3000000, "unit": "cells/kg"})]),
    ("Patients received (0.5-2) x 10(6) CAR-T cells/kg.", [("dose", {"low": 500000, "high": 2000000, "unit": "cells/kg"})]),
    # MRD "was negative in" a count: MRD negativity
    ("MRD was negative in 8 of the 12 responders.", [("mrd_negative", {"n": 8, "N": 12, "percent": 66.7, "derived": True})]),
    ("MRD was undetectable in 8 of the 12 responders (66.7%).", [("mrd_negative", {"percent": 66.7, "n": 8, "N": 12})]),
    ("Bone marrow MRD was negative in all 10 patients.", [("mrd_negative", {"n": 10, "N": 10, "percent": 100.0})]),
    ("Four weeks after infusion, 12 of 15 patients (80.0%) had achieved CR or CRi, and MRD was negative in eight of the "
     "12 responders.",
     [("complete_remission", {"percent": 80.0, "n": 12, "N": 15, "includes_cri": True}),
      ("mrd_negative", {"n": 8, "N": 12, "percent": 66.7})]),
    ("MRD was negative before transplant.", []),
]


@pytest.mark.parametrize("text, expected", BLIND36_FAMILIES)
def test_blind36_families(text, expected):
    _matches(read_text(text), expected)


# blind37: per-group counts and lists, background rates, baseline traits
BLIND37_FAMILIES = [
    # a count with its share in the pluperfect is a baseline trait, no treated count and no transplant after CAR-T
    ("Forty-four patients (84.6%) had received CD19 CAR T cells, 32 (61.5%) had undergone allogeneic hematopoietic "
     "stem cell transplantation (HSCT), and CD22 site density exceeded 3000 molecules per cell in 41 of 49 assessed "
     "patients.", []),
    ("Twenty-one (45%) had undergone autologous transplantation and 12 (26%) had received bispecific antibodies.", []),
    ("Of the 30 responders, 12 (40%) had undergone consolidative HSCT by the data cutoff.",
     [("transplant", {"n": 12, "N": 30, "percent": 40})]),
    ("At data cutoff, 25 patients had received CAR T cells.", [("patients_treated", {"value": 25})]),
    # relapses by lowered antigen density or expression after the total: a kind, not a second relapse count
    ("Relapse occurred in 17 of the 37 patients in CR, in 11 of them with diminished CD22 site density.",
     [("relapse", {"n": 17, "N": 37})]),
    ("Nine patients relapsed, 6 of whom had reduced CD19 expression.", [("relapse", {"n": 9})]),
    ("Relapse occurred in 12 of 40 responders, 5 with low antigen density.", [("relapse", {"n": 12, "N": 40})]),
    # a neurotoxicity kind included in the term's own total, after it
    ("Neurotoxic events occurred in 24 patients (9.6%), were grade 3 or 4 in 4, and included parkinsonism in 3.",
     [("neurotoxicity", {"n": 24, "percent": 9.6, "grade": "any"}), ("neurotoxicity", {"n": 4, "grade": "3-4"})]),
    ("Neurotoxicity occurred in 10 patients (20%), including delayed parkinsonism in 2.",
     [("neurotoxicity", {"n": 10, "percent": 20, "grade": "any"})]),
    ("Delayed parkinsonism developed in 5 patients (5.7%).", [("neurotoxicity", {"n": 5, "percent": 5.7})]),
    # a rate the sentence says others reported is background
    ("These results compare favourably with the 1-year overall survival of 30–40% reported after salvage chemotherapy "
     "[4], although our cohort is small and the follow-up short.", []),
    ("The CR rate contrasts with the 20% reported with standard salvage regimens.", []),
    ("The CR rate was 85%, higher than the 30% reported in historical controls.", []),
    ("The CR rate was 85% (reported in our cohort of 40 patients).", [("complete_remission", {"percent": 85})]),
    # "minimal residual disease-negative status" is MRD negativity, per arm
    ("Minimal residual disease-negative status at a threshold of 10(-5) was reached in 33% of the patients in the "
     "ravo-cel group and in 2% of those in the standard-regimen group.",
     [("mrd_negative", {"percent": 33}), ("mrd_negative", {"percent": 2})]),
    ("Measurable residual disease negative status was achieved by 62% of patients.", [("mrd_negative", {"percent": 62})]),
    ("MRD-negative status was reached in 40% of the patients in arm A and 12% in arm B.",
     [("mrd_negative", {"percent": 40}), ("mrd_negative", {"percent": 12})]),
    # values with their percents listed, then the levels they belong to
    ("The complete remission (CR) rate at day 28 was 71.2% (37/52) overall and 0/6, 21/28 (75.0%), and 16/18 (88.9%) "
     "at DL1, DL2, and DL3, respectively; 32 of the 37 patients in CR (86.5%) were negative for minimal residual "
     "disease by next-generation sequencing.",
     [("complete_remission", {"percent": 71.2, "n": 37, "N": 52, "timepoint_days": 28}),
      ("complete_remission", {"n": 0, "N": 6, "subgroup": "DL1", "timepoint_days": 28}),
      ("complete_remission", {"n": 21, "N": 28, "percent": 75.0, "subgroup": "DL2", "timepoint_days": 28}),
      ("complete_remission", {"n": 16, "N": 18, "percent": 88.9, "subgroup": "DL3", "timepoint_days": 28}),
      ("mrd_negative", {"n": 32, "N": 37, "percent": 86.5, "timepoint_days": 28})]),
    ("The ORR was 17%, 75%, and 89% in cohort 1, cohort 2, and cohort 3, respectively.",
     [("overall_response", {"percent": 17, "subgroup": "cohort 1"}),
      ("overall_response", {"percent": 75, "subgroup": "cohort 2"}),
      ("overall_response", {"percent": 89, "subgroup": "cohort 3"})]),
    ("CR rates were 2/6 (33.3%), 5/9 (55.6%) and 8/10 (80.0%), respectively, at DL1, DL2 and DL3.",
     [("complete_remission", {"n": 2, "N": 6, "subgroup": "DL1"}), ("complete_remission", {"n": 5, "N": 9, "subgroup": "DL2"}),
      ("complete_remission", {"n": 8, "N": 10, "subgroup": "DL3"})]),
    # plural metabolic responses inside a group's ORR: the opener's N
    ("Among the 9 patients with PTCL, the best overall response rate was 66.7%, including 4 complete metabolic responses.",
     [("overall_response", {"percent": 66.7, "N": 9}), ("complete_remission", {"n": 4, "N": 9, "percent": 44.4})]),
    ("Of the 12 patients with FL, 10 responded, with 8 complete metabolic remissions.",
     [("overall_response", {"n": 10, "N": 12}), ("complete_remission", {"n": 8, "N": 12})]),
    ("Partial metabolic responses were seen in 3 patients.", [("partial_remission", {"n": 3})]),
    # a disease's count inside a transplant total, after the term
    ("Eleven patients underwent allogeneic hematopoietic cell transplantation after CAR T-cell therapy, including 2 with PTCL.",
     [("transplant", {"n": 11}), ("transplant", {"n": 2, "subgroup": "PTCL"})]),
    ("Eight patients proceeded to allogeneic HSCT in remission, including 3 with T-LBL.",
     [("transplant", {"n": 8}), ("transplant", {"n": 3, "subgroup": "T-LBL"})]),
    ("Six responders were bridged to HSCT, including 2 patients with ETP-ALL.",
     [("transplant", {"n": 6}), ("transplant", {"n": 2, "subgroup": "ETP-ALL"})]),
    ("Relapse occurred in 10 patients, including 4 with CNS involvement.", [("relapse", {"n": 10})]),
]


@pytest.mark.parametrize("text, expected", BLIND37_FAMILIES)
def test_blind37_families(text, expected):
    _matches(read_text(text), expected)


# an age threshold is no duration ("older than 40 years" is no median of 480 months), and a
# patient's or case's number is its identifier, no count (blind38, at the final commit)
AGE_BOUNDS_AND_IDS = [
    ("Consolidative allo-HSCT was associated with longer EFS but did not improve OS among patients older than 40 "
     "years (P = .31).", []),   # (and the P compares no stated values)
    ("The median OS was 14 months in patients younger than 60 years.", [("overall_survival", {"median_months": 14})]),
    ("Patient 5 underwent allogeneic HSCT 41 days after infusion and remains in remission at 14 months.", []),
    ("Case 3 relapsed at month 6.", []),
    ("UPN 12 developed grade 2 CRS.", []),
    ("Five patients underwent allogeneic HSCT.", [("transplant", {"n": 5})]),
]


@pytest.mark.parametrize("text, expected", AGE_BOUNDS_AND_IDS)
def test_age_bounds_and_patient_numbers_are_no_values(text, expected):
    _matches(read_text(text), expected)


# blind38 and blind39 (the session's last unseen batches): phrasing families they missed
BLIND38_FAMILIES = [
    # the apheresed, then the infused, with any product after "received" (not bridging or prior therapy)
    ("Between Feb 3, 2021, and Aug 30, 2022, 52 patients underwent apheresis and 48 received CD7 CAR T cells "
     "(cohort A, no previous transplant, n=30; cohort B, relapse after transplant, n=18) at a target dose of "
     "1 × 106 cells per kg.",
     [("patients_enrolled", {"value": 52}), ("patients_treated", {"value": 48}),
      ("patients_treated", {"value": 30, "subgroup": "cohort A"}), ("patients_treated", {"value": 18, "subgroup": "cohort B"}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("Thirty patients were apheresed; 27 received axi-cel.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27})]),
    ("From 2020 to 2023, 61 patients underwent leukapheresis and 55 received bridging therapy.", []),
    # a cohort's name, what it stands for, then its count
    ("Forty patients were infused (arm 1, autologous product, n = 25; arm 2, donor-derived product, n = 15).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 25, "subgroup": "arm 1"}),
      ("patients_treated", {"value": 15, "subgroup": "arm 2"})]),
    ("Thirty patients were treated (cohort 1, CD19-naive, n=18; cohort 2, CD19-exposed, n=12).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 18, "subgroup": "cohort 1"}),
      ("patients_treated", {"value": 12, "subgroup": "cohort 2"})]),
    # a hyphenated number is a design, no count: "two-cohort", "three-arm"
    ("In this open-label, two-cohort, phase 2 trial done at six hospitals in China, patients aged 3–70 years with "
     "relapsed or refractory CD7-positive T-cell acute lymphoblastic leukaemia or lymphoma received a single infusion "
     "of autologous or previous-donor-derived CD7 CAR T cells after fludarabine–cyclophosphamide lymphodepletion.", []),
    ("In this single-centre, three-arm study, patients received CAR T cells.", []),
    # a rate in small series is background
    ("Fratricide has long hampered the development of CAR-T cells directed against CD7, and tandem gene-edited products "
     "have produced complete remission (CR) rates of roughly 70% to 90% in small series.", []),
    ("CR rates of 60-80% have been seen in small single-center studies.", []),
    ("In this small series, the CR rate was 80%.", [("complete_remission", {"percent": 80})]),
    # one value for two named levels
    ("ORR was 50.0% at DL1 compared with 88.9% at both DL2 and DL3.",
     [("overall_response", {"percent": 50.0, "subgroup": "DL1"}), ("overall_response", {"percent": 88.9, "subgroup": "DL2"}),
      ("overall_response", {"percent": 88.9, "subgroup": "DL3"})]),
    ("The CR rate was 90% in both cohort A and cohort B.",
     [("complete_remission", {"percent": 90, "subgroup": "cohort A"}),
      ("complete_remission", {"percent": 90, "subgroup": "cohort B"})]),
    # a list's size before its colon is the N of the items after it, no count of its own
    ("D28 response (n=13): ORR 69.2% (9/13); CR/CRi 7 (53.8%), MLFS 2.",
     [("overall_response", {"percent": 69.2, "n": 9, "N": 13}), ("complete_remission", {"percent": 53.8, "n": 7})]),
    ("D28 response (n=13): CR 7.", [("complete_remission", {"n": 7, "N": 13})]),
    ("Responses at 3 months (n = 20): CR 12, PR 4.",
     [("complete_remission", {"n": 12, "N": 20, "timepoint_days": 91}), ("partial_remission", {"n": 4, "N": 20})]),
    # a site's assessable group before a colon: the N of its CR and PR, no evaluable count of the cohort
    ("Extramedullary responses were assessable in 41 patients: 26 CR and 9 PR (ORR, 85.4%).",
     [("complete_remission", {"n": 26, "N": 41, "site": "extramedullary"}),
      ("partial_remission", {"n": 9, "N": 41, "site": "extramedullary"}),
      ("overall_response", {"percent": 85.4, "N": 41, "site": "extramedullary"})]),
    ("EMD responses were evaluable in 12 patients: CR 7, PR 3.",
     [("complete_remission", {"n": 7, "N": 12}), ("partial_remission", {"n": 3, "N": 12})]),
    ("Responses were evaluable in 30 patients: 20 CR and 5 PR.",
     [("patients_treated", {"value": 30, "subgroup": "evaluable"}), ("complete_remission", {"n": 20, "N": 30}),
      ("partial_remission", {"n": 5, "N": 30})]),
    # "no" with a participle before the patient noun is a stated absence in that group
    ("No transplanted patient has relapsed, whereas 5 of 8 non-transplanted responders relapsed (median time to "
     "relapse 5.8 months), three with CD7-negative blasts.",
     [("relapse", {"n": 0, "negated": True}), ("relapse", {"n": 5, "N": 8})]),
    ("No infused patient developed ICANS.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("No treated patients had grade 4 CRS.", [("crs", {"n": 0, "grade": "4", "negated": True})]),
    # counts by the kind of product
    ("Products were autologous in 97 and donor-derived in 34.",
     [("patients_treated", {"value": 97, "subgroup": "autologous"}),
      ("patients_treated", {"value": 34, "subgroup": "donor-derived"})]),
    ("CAR-T cells were autologous in 20 patients (66.7%) and allogeneic in 10 (33.3%).",
     [("patients_treated", {"value": 20, "subgroup": "autologous"}), ("patients_treated", {"value": 10, "subgroup": "allogeneic"})]),
    ("The product was fresh in 12 and cryopreserved in 8.",
     [("patients_treated", {"value": 12, "subgroup": "fresh"}), ("patients_treated", {"value": 8, "subgroup": "cryopreserved"})]),
    ("Products were manufactured in 30 of 31 patients.", []),
]


@pytest.mark.parametrize("text, expected", BLIND38_FAMILIES)
def test_blind38_families(text, expected):
    _matches(read_text(text), expected)


BLIND39_FAMILIES = [
    ("Between March 3, 2021, and Feb 28, 2022, 86 patients underwent apheresis and 79 received HBC-1; median age was "
     "62 years (IQR 55–68) and patients had received a median of four previous lines of therapy.",
     [("patients_enrolled", {"value": 86}), ("patients_treated", {"value": 79})]),
    # doses per body-surface area with the same kinds of cell as a flat dose
    ("Here we report 5-year outcomes of 64 patients with cHL treated in two phase 1/2 studies (NCT08839008 and "
     "NCT08839018) at 1 × 10^8 or 2 × 10^8 CAR-positive cells/m2 after bendamustine-based or fludarabine-based "
     "lymphodepletion.",
     [("patients_treated", {"value": 64}), ("dose", {"low": 1e8, "high": 1e8, "unit": "cells/m2"}),
      ("dose", {"low": 2e8, "high": 2e8, "unit": "cells/m2"})]),
    ("Patients received 5 × 10^7 total cells/m2.", [("dose", {"low": 5e7, "unit": "cells/m2"})]),
    ("Twelve patients received 2 × 10^7 NK cells/m2.",
     [("patients_treated", {"value": 12}), ("dose", {"low": 2e7, "unit": "cells/m2"})]),
    # the cohort a report covers, with its disease before the verb
    ("We describe the outcomes of 38 patients with relapsed T-ALL who were treated at our centre.",
     [("patients_treated", {"value": 38})]),
    ("Outcomes of 40 patients with grade 3 CRS treated with tocilizumab were poor.", []),
    # a comparator before the conference "gr"
    ("No ICANS ≥ gr 3; gr 1 ICANS in 2 pts.",
     [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True}), ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("No ICANS ≥gr3.", [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("No CRS >gr 2 was seen.", [("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS ≥ gr. 3 in 2 pts (8%).", [("crs", {"n": 2, "percent": 8, "grade": ">=3"})]),
    # a poster's minus sign for MRD negativity
    ("D28: CR/CRi in bone marrow 38/40 (95.0%); MRD– 36/40 (90.0%).",
     [("complete_remission", {"percent": 95.0, "n": 38, "N": 40}), ("mrd_negative", {"percent": 90.0, "n": 36, "N": 40})]),
    ("MRD− 12/14.", [("mrd_negative", {"n": 12, "N": 14})]),
    ("Day 28: CR 10/12; MRD(-) in 9/12.",
     [("complete_remission", {"n": 10, "N": 12}), ("mrd_negative", {"n": 9, "N": 12})]),
    # an earlier pooled analysis is background
    ("CD30-directed chimeric antigen receptor T cells (CD30.CAR-T) have shown activity in relapsed or refractory "
     "classical Hodgkin lymphoma (cHL), with a complete response rate of 59% in an earlier pooled analysis.", []),
    ("In a previous small series, the ORR was 75%.", []),
    # a second group's count after "and in", with no patient noun
    ("Relapse occurred in 14 patients in the CD19/CD22 group and in 27 in the CD19 group, most often with loss of CD19 "
     "in the latter.",
     [("relapse", {"n": 14, "subgroup": "CD19/CD22 group"}), ("relapse", {"n": 27, "subgroup": "CD19 group"})]),
    ("Grade 3 CRS occurred in 5 patients in arm A and in 9 in arm B.",
     [("crs", {"n": 5, "grade": "3", "subgroup": "arm A"}), ("crs", {"n": 9, "grade": "3", "subgroup": "arm B"})]),
]


@pytest.mark.parametrize("text, expected", BLIND39_FAMILIES)
def test_blind39_families(text, expected):
    _matches(read_text(text), expected)


# blind40: time points between a term and its value, a subject's state in an aside, responses among
# responders, our earlier phase 1 experience, "both X patients who …", a total's colon breakdown by group
BLIND40_FAMILIES = [
    # a time point between the term and its value: the value is the term's, not the next term's
    ("In ENKTL, ORR at M3 was 7/9 (77.8%) with CR in 6/9; plasma EBV DNA became undetectable in 5 of the 6 complete "
     "responders.",
     [("overall_response", {"n": 7, "N": 9, "percent": 77.8}), ("complete_remission", {"n": 6, "N": 9})]),
    ("The ORR at day 28 was 7/9 (77.8%) with CR in 6/9.",
     [("overall_response", {"n": 7, "N": 9, "timepoint_days": 28}), ("complete_remission", {"n": 6, "N": 9})]),
    ("ORR at 3 months was 85% with 60% CR.",
     [("overall_response", {"percent": 85, "timepoint_days": 91}), ("complete_remission", {"percent": 60})]),
    ("The overall response rate by day 28 was 90% (18/20), with complete remission in 15.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"n": 15})]),
    # the subject's state in an aside is no count of that response: the verb after it names the term
    ("Four pts (all in CR) proceeded to allo-SCT.", [("transplant", {"n": 4})]),
    ("Three patients (both in MRD-negative CR) underwent allogeneic HSCT.", [("transplant", {"n": 3})]),
    ("Five patients (all with MRD-negative CR) relapsed after a median of 6 months.", [("relapse", {"n": 5})]),
    ("Six patients (all in CR at day 28) were bridged to HSCT.", [("transplant", {"n": 6})]),
    ("Eight patients achieved CR (all MRD-negative).", [("complete_remission", {"n": 8})]),
    # "among CR/CRi" names the population of an MRD result
    ("MRD-neg among CR/CRi: 39/46.", [("mrd_negative", {"n": 39, "N": 46})]),
    ("MRD negativity among CR patients was 90%.", [("mrd_negative", {"percent": 90})]),
    ("The MRD-negative rate among complete responders was 85%.", [("mrd_negative", {"percent": 85})]),
    ("CR among evaluable patients was 80%.", [("complete_remission", {"percent": 80})]),
    # the authors' own earlier (phase 1, pilot) experience is background; "phase 1/2" is no share
    ("Patients with R/R T-ALL have few effective options; in our phase 1 experience, 18 of 20 patients achieved "
     "remission by day 28.", []),
    ("In our pilot experience, 8 of 10 patients achieved CR.", []),
    ("In our phase I experience with donor-derived cells, the CR rate was 90%.", []),
    ("In this phase 1/2 study, 18 of 20 patients achieved CR.", [("complete_remission", {"n": 18, "N": 20})]),
    # "both X patients who …": a group of two, whatever names its kind
    ("After a median follow-up of 286 days, 6 of the 7 transplanted patients remained in remission, whereas both "
     "CR/CRi patients who declined transplantation relapsed within 4 months.",
     [("median_followup", {"months": 9.4}), ("relapse", {"n": 2, "N": 2, "percent": 100.0})]),
    ("Both MRD+ responders who did not proceed to HSCT relapsed.", [("relapse", {"n": 2, "N": 2})]),
    ("All three CR/CRi patients who declined transplantation relapsed.", [("relapse", {"n": 3, "N": 3})]),
    # a total with its n/N, then by group after a colon, each group named before its share (shares add up)
    ("Day-28 CR/CRi 46/57 (80.7%): autologous 16/19 (84.2%), donor-derived 22/24 (91.7%), universal 8/14 (57.1%; "
     "p=0.02 vs donor-derived).",
     [("complete_remission", {"n": 46, "N": 57, "percent": 80.7, "timepoint_days": 28}),
      ("complete_remission", {"n": 16, "N": 19, "subgroup": "autologous"}),
      ("complete_remission", {"n": 22, "N": 24, "subgroup": "donor-derived"}),
      ("complete_remission", {"n": 8, "N": 14, "subgroup": "universal"}),
      ("p_value", {"value": "0.02", "compares": ["universal", "donor-derived"]})]),
    ("The ORR was 30/40 (75%): 12/15 in phase 1 and 18/25 in phase 2.",
     [("overall_response", {"n": 30, "N": 40}), ("overall_response", {"n": 12, "N": 15, "subgroup": "phase 1"}),
      ("overall_response", {"n": 18, "N": 25, "subgroup": "phase 2"})]),
    ("CR rate 20/30 (66.7%): children 12/16, adults 8/14 (p=0.45).",
     [("complete_remission", {"n": 20, "N": 30}), ("complete_remission", {"n": 12, "N": 16, "subgroup": "children"}),
      ("complete_remission", {"n": 8, "N": 14, "subgroup": "adults"}),
      ("p_value", {"value": "0.45", "compares": ["children", "adults"]})]),
    ("The CR rate was 50% in cohort A, 90% in cohort B and 60% in cohort C (P = .01 vs cohort B).",
     [("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 90}),
      ("complete_remission", {"percent": 60}), ("p_value", {"value": ".01", "compares": ["cohort C", "cohort B"]})]),
    # a terse list by dose level whose p-value names its test; a trend test compares every level
    ("Responses by DL: DL1 1/3, DL2 4/6, DL3 7/7 (P=0.03, Cochran-Armitage trend).",
     [("overall_response", {"n": 1, "N": 3, "subgroup": "DL1"}), ("overall_response", {"n": 4, "N": 6, "subgroup": "DL2"}),
      ("overall_response", {"n": 7, "N": 7, "subgroup": "DL3"}),
      ("p_value", {"value": "0.03", "compares": ["DL1", "DL2", "DL3"]})]),
    ("CR rates by dose level: DL1 2/6, DL2 5/9, DL3 8/10 (p = .04, test for trend).",
     [("complete_remission", {"n": 2, "N": 6}), ("complete_remission", {"n": 5, "N": 9}),
      ("complete_remission", {"n": 8, "N": 10}), ("p_value", {"value": ".04", "compares": ["DL1", "DL2", "DL3"]})]),
    ("CR by cohort: cohort A 5/10, cohort B 9/10 (p = .02; Fisher's exact test).",
     [("complete_remission", {"n": 5, "N": 10, "subgroup": "cohort A"}),
      ("complete_remission", {"n": 9, "N": 10, "subgroup": "cohort B"}),
      ("p_value", {"value": ".02", "compares": ["cohort A", "cohort B"]})]),
    # leukapheresed, then "a single infusion" of a product named by one word before its cells per kg; the
    # disease breakdown in the dose's parenthesis is no dose level's count
    ("Between January 2022 and March 2024, 74 patients underwent leukapheresis and 68 received a single infusion of "
     "1.0 × 10^6 NS7-T cells/kg (T-ALL, n = 49, including ETP-ALL, n = 17; T-LBL, n = 19).",
     [("patients_enrolled", {"value": 74}), ("patients_treated", {"value": 68}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"}), ("disease_count", {"value": 49, "label": "T-ALL"}),
      ("disease_count", {"value": 17, "label": "ETP-ALL"}), ("disease_count", {"value": 19, "label": "T-LBL"})]),
    ("From 2021 to 2023, 40 patients were leukapheresed and 36 received a single CAR-T infusion.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("Since 2022, 30 patients underwent apheresis and 27 received one infusion.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27})]),
    ("Patients received 2 × 10^6 UCART7 cells/kg.", [("dose", {"low": 2e6, "high": 2e6})]),
    ("Patients received 5 × 10^5 GC027 cells/kg or 1 × 10^6 leukemic cells.", [("dose", {"low": 5e5, "high": 5e5})]),
    # per-level counts after the treated verb, each level named by its dose
    ("Seventeen patients were screened and 13 were infused: 3 at 5 × 105/kg, 6 at 1 × 106/kg and 4 at 2 × 106/kg.",
     [("patients_treated", {"value": 13}), ("patients_treated", {"value": 3, "subgroup": "5 × 105/kg"}),
      ("patients_treated", {"value": 6, "subgroup": "1 × 106/kg"}), ("patients_treated", {"value": 4, "subgroup": "2 × 106/kg"}),
      ("dose", {"low": 5e5}), ("dose", {"low": 1e6}), ("dose", {"low": 2e6})]),
    ("Ten patients were treated (3 at 1 × 10^6 cells/kg and 7 at 3 × 10^6 cells/kg).",
     [("patients_treated", {"value": 10}), ("patients_treated", {"value": 3}), ("patients_treated", {"value": 7}),
      ("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
    ("Twelve patients received CAR-T cells, 4 at 0.5 × 10^6/kg and 8 at 1.0 × 10^6/kg.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 4, "subgroup": "0.5 × 10^6/kg"}),
      ("patients_treated", {"value": 8, "subgroup": "1.0 × 10^6/kg"}), ("dose", {"low": 5e5}), ("dose", {"low": 1e6})]),
    # treated counts per product after a "Products:" label
    ("Products: autologous n=19, donor-derived n=24, universal n=14 (6 of them within EudraCT 2023-884008-11).",
     [("patients_treated", {"value": 19, "subgroup": "autologous"}),
      ("patients_treated", {"value": 24, "subgroup": "donor-derived"}),
      ("patients_treated", {"value": 14, "subgroup": "universal"})]),
    ("CAR-T products infused: BE-CAR7 n=6; UCART7 n=4.",
     [("patients_treated", {"value": 6, "subgroup": "BE-CAR7"}), ("patients_treated", {"value": 4, "subgroup": "UCART7"})]),
    ("Product: autologous (n=12) and donor-derived (n=9).",
     [("patients_treated", {"value": 12, "subgroup": "autologous"}),
      ("patients_treated", {"value": 9, "subgroup": "donor-derived"})]),
    ("Products: autologous n=19.", []),
]


@pytest.mark.parametrize("text, expected", BLIND40_FAMILIES)
def test_blind40_families(text, expected):
    _matches(read_text(text), expected)


# blind44: Chinese/Japanese English ("cases", "(71.2±9.1)%", a restated remission rate), list markers, stacked
# dose-unit qualifiers, a median not reached with its CI, "both patients with X", a p-value's named pair
BLIND44_FAMILIES = [
    # an estimate and its spread in parentheses before the percent sign: the estimate is the percent
    ("The median follow-up time was 13.5 (2.1-30.4) months, and the 1-year overall survival (OS) rate and leukemia-free "
     "survival (LFS) rate were (71.2±9.1)% and (60.5±9.8)%, respectively.",
     [("median_followup", {"months": 13.5, "range_low": 2.1, "range_high": 30.4}),
      ("overall_survival", {"percent": 71.2, "months": 12, "ci_low": None}),
      ("leukemia_free_survival", {"percent": 60.5, "months": 12})]),
    ("The 2-year OS rate was (58.3 ± 7.4)%.", [("overall_survival", {"percent": 58.3, "months": 24})]),
    ("The 3-year EFS and OS rates were (45.0±6.1)% and (62.2±5.8)%, respectively.",
     [("event_free_survival", {"percent": 45.0, "months": 36}), ("overall_survival", {"percent": 62.2, "months": 36})]),
    # the procedure as the subject of the leukapheresed count
    ("Leukapheresis was performed in 35 cases, and 31 cases received tisa-cel infusion; the remaining 4 cases could not "
     "be infused because of disease progression.",
     [("patients_enrolled", {"value": 35}), ("patients_treated", {"value": 31})]),
    ("Apheresis was successfully completed for 40 patients, of whom 36 were infused.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("Leukapheresis was performed in all 12 patients.", [("patients_enrolled", {"value": 12})]),
    # "1 case" is a count of patients, as "5 cases" is
    ("CRS was observed in 27 cases (87.1%) (grade 1, 18 cases; grade 2, 7 cases; grade 3, 2 cases by ASTCT criteria), "
     "and ICANS in 5 cases (16.1%), of which grade 3 or more was 1 case.",
     [("crs", {"percent": 87.1, "n": 27, "grade": "any"}), ("crs", {"n": 18, "grade": "1"}),
      ("crs", {"n": 7, "grade": "2"}), ("crs", {"n": 2, "grade": "3"}),
      ("neurotoxicity", {"percent": 16.1, "n": 5, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": ">=3"})]),
    ("Grade 3 ICANS occurred in 1 case.", [("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("ICANS occurred in 5 cases; grade ≥3 ICANS was 1 case.",
     [("neurotoxicity", {"n": 5, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": ">=3"})]),
    ("CRS developed in 12 patients (40%), all of grade 1-2 except for one grade 3 patient.",
     [("crs", {"percent": 40, "n": 12, "grade": "any"}), ("crs", {"n": 1, "grade": "3"})]),
    # "non-CR cases" names a group compared, not a CR rate
    ("In the cases who achieved CR at 1 month, 1-year PFS was significantly better than non-CR cases (72.7% vs 18.8%, p<0.001).",
     [("progression_free_survival", {"percent": 72.7, "months": 12}),
      ("progression_free_survival", {"percent": 18.8, "months": 12}), ("p_value", {"value": "<0.001"})]),
    ("1-year OS was significantly better in CR cases than in non-CR cases (72.7% vs 18.8%, p<0.001).",
     [("overall_survival", {"percent": 72.7, "months": 12}), ("overall_survival", {"percent": 18.8, "months": 12}),
      ("p_value", {"value": "<0.001", "compares": ["CR cases", "non-CR cases"]})]),
    # a CR count, then its rate restated over the sentence's denominator (20 of 26): one result
    ("On day 28 after infusion, the total effective rate was 88.5% (23/26): 20 cases achieved complete remission (CR) or "
     "CR with incomplete hematological recovery (CRi) and 3 cases achieved partial remission (PR); the total remission "
     "rate (CR+CRi) was 76.9%.",
     [("overall_response", {"percent": 88.5, "n": 23, "N": 26, "timepoint_days": 28}),
      ("complete_remission", {"percent": 76.9, "n": 20, "N": None, "includes_cri": True, "timepoint_days": 28}),
      ("partial_remission", {"n": 3, "N": None})]),
    ("The ORR was 88.5% (23/26): 20 patients achieved CR and 3 achieved PR; the CR rate was 76.9%.",
     [("overall_response", {"percent": 88.5, "n": 23, "N": 26}), ("complete_remission", {"percent": 76.9, "n": 20}),
      ("partial_remission", {"n": 3})]),
    ("The ORR was 90% (18/20): 12 patients achieved CR and 6 PR; the CR rate was 45% in the expansion cohort.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"n": 12, "percent": None}),
      ("partial_remission", {"n": 6}), ("complete_remission", {"percent": 45})]),
    # a list marker before the sentence hides no opener
    ("• Of the 14 pts with EMD, 6 achieved extramedullary CR and 4 PR.",
     [("complete_remission", {"n": 6, "N": 14, "site": "extramedullary"}),
      ("partial_remission", {"n": 4, "N": 14, "site": "extramedullary"})]),
    ("• In the 9 pts with prior anti-BCMA therapy, ORR was 77.8% (7/9) and 4 (44.4%) achieved ≥CR.",
     [("overall_response", {"percent": 77.8, "n": 7, "N": 9}), ("complete_remission", {"percent": 44.4, "n": 4, "N": 9})]),
    ("- Among the 12 patients with CNS disease, 10 achieved CR.",
     [("complete_remission", {"n": 10, "N": 12})]),
    # "viable" with the cell kind of a dose
    ("Patients received luma-cel at a target dose of 0·75 × 10<sup>6</sup> CAR-positive viable T cells per kg.",
     [("dose", {"low": 750000, "high": 750000, "unit": "cells/kg"})]),
    ("The target dose was 2 × 10^6 viable CAR+ T cells/kg.", [("dose", {"low": 2000000, "high": 2000000, "unit": "cells/kg"})]),
    ("A flat dose of 150 × 10^6 viable CAR-positive T cells was given.",
     [("dose", {"low": 150000000, "high": 150000000, "unit": "cells"})]),
    # a median not reached with its labelled CI: the other median's bare bounds are a CI, the p compares them
    ("Median progression-free survival was not reached (95% CI 24·9–not estimable) in the luma-cel group versus 12·1 "
     "months (9·6–14·3) in the standard-care group (hazard ratio 0·29 [95% CI 0·20–0·41]; p<0·0001).",
     [("progression_free_survival", {"median_months": 12.1, "ci_low": 9.6, "ci_high": 14.3}),
      ("p_value", {"value": "<0.0001"})]),
    ("Median PFS was not reached (95% CI, 20.1–NR) with CAR-T versus 14.2 months (10.3–18.0) with chemotherapy (HR 0.4; p<0.001).",
     [("progression_free_survival", {"median_months": 14.2, "ci_low": 10.3, "ci_high": 18.0}), ("p_value", {"value": "<0.001"})]),
    # "both patients with X": two of two
    ("Fifteen of 16 patients (93.8%) attained MRD-negative complete remission (CR) or CR with incomplete count recovery by "
     "day 28, and both patients with PTCL achieved a complete metabolic response on PET–CT at 3 months.",
     [("complete_remission", {"percent": 93.8, "n": 15, "N": 16, "timepoint_days": 28, "mrd_negative": True}),
      ("complete_remission", {"n": 2, "N": 2, "percent": 100.0, "timepoint_days": 91})]),
    ("Both patients with CNS involvement achieved CR.", [("complete_remission", {"n": 2, "N": 2})]),
    ("Both patients with testicular disease relapsed.", [("relapse", {"n": 2, "N": 2})]),
    ("The ORR was similar in both patients with and without prior HSCT (80% vs 78%).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 78})]),
    # the pair a p-value compares, named in its parentheses after a list of per-level values
    ("CR rates were 1/6 at DL1, 37/45 at DL2, and 11/14 at DL3 (DL2 v DL1, P = .003).",
     [("complete_remission", {"n": 1, "N": 6, "subgroup": "DL1"}), ("complete_remission", {"n": 37, "N": 45, "subgroup": "DL2"}),
      ("complete_remission", {"n": 11, "N": 14, "subgroup": "DL3"}),
      ("p_value", {"value": ".003", "compares": ["DL2", "DL1"]})]),
    ("The ORR was 2/3 in cohort 1, 5/6 in cohort 2 and 9/9 in cohort 3 (cohort 3 vs cohort 1; p=0.04).",
     [("overall_response", {"n": 2, "N": 3}), ("overall_response", {"n": 5, "N": 6}), ("overall_response", {"n": 9, "N": 9}),
      ("p_value", {"value": "0.04", "compares": ["cohort 3", "cohort 1"]})]),
    ("CR rates were 50% at DL1, 80% at DL2, and 90% at DL3 (DL3 versus DL1).",
     [("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 90})]),
]


@pytest.mark.parametrize("text, expected", BLIND44_FAMILIES)
def test_blind44_families(text, expected):
    _matches(read_text(text), expected)


BLIND46_FAMILIES = [
    # a case report's two patients: "both patients" before its verb or ending the clause, a bare "Both" before its verb
    ("Both patients developed grade 2 cytokine release syndrome (CRS), which resolved with tocilizumab, and neither had "
     "immune effector cell-associated neurotoxicity syndrome (ICANS).",
     [("crs", {"n": 2, "N": 2, "percent": 100.0, "grade": "2"}),
      ("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("Bone marrow MRD-negative complete remission was documented in both patients on day 21.",
     [("complete_remission", {"n": 2, "N": 2, "timepoint_days": 21, "mrd_negative": True, "site": "bone marrow"})]),
    ("Both then underwent a second haploidentical allo-HSCT from a different family donor, 41 and 56 days after infusion.",
     [("transplant", {"n": 2, "N": 2})]),
    ("CRS occurred in both patients.", [("crs", {"n": 2, "N": 2, "grade": "any"})]),
    ("Both patients achieved CR and both proceeded to allo-HSCT.",
     [("complete_remission", {"n": 2, "N": 2}), ("transplant", {"n": 2, "N": 2})]),
    ("Both patients had received prior allo-HSCT.", []),
    ("CRS occurred in both arms.", []),
    # "neither had/developed X": a stated absence
    ("Neither of the two patients developed ICANS or GVHD.",
     [("neurotoxicity", {"n": 0, "negated": True}), ("gvhd", {"n": 0, "negated": True})]),
    # an organ between "acute" and GVHD keeps the grade and the kind
    ("Grade I acute skin graft-versus-host disease (GVHD) occurred in one patient and resolved with topical steroids.",
     [("gvhd", {"n": 1, "grade": "1", "acute": True})]),
    ("Grade 2 acute gut GVHD developed in 3 patients.", [("gvhd", {"n": 3, "grade": "2", "acute": True})]),
    ("Chronic skin GVHD occurred in 4 patients.", [("gvhd", {"n": 4, "grade": "any", "chronic": True})]),
    # an opener whose group is a relative clause with no noun: "of the 6 who were not, 5 …"
    ("Seven of the 13 responders were bridged to allogeneic HSCT; of the 6 who were not, 5 relapsed within 4 months.",
     [("transplant", {"n": 7, "N": 13}), ("relapse", {"n": 5, "N": 6, "percent": 83.3})]),
    ("Of the 6 who did not, 5 relapsed.", [("relapse", {"n": 5, "N": 6})]),
    ("Among the 10 who underwent HSCT, 2 relapsed.", [("relapse", {"n": 2, "N": 10})]),
    # counts by product kind with each size in parentheses
    ("Products were autologous (n = 96), donor-derived (n = 41) or universal (n = 9).",
     [("patients_treated", {"value": 96, "subgroup": "autologous"}), ("patients_treated", {"value": 41, "subgroup": "donor-derived"}),
      ("patients_treated", {"value": 9, "subgroup": "universal"})]),
    ("CAR-T products were donor-derived (n=12) and autologous (n=8).",
     [("patients_treated", {"value": 12, "subgroup": "donor-derived"}), ("patients_treated", {"value": 8, "subgroup": "autologous"})]),
    # treated with a previous product: a history, no treated count
    ("Median age was 29 years (range 3–71); 58 patients (39.7%) had received a prior allo-HSCT and 11 had been treated "
     "with a previous CD7-directed product.", []),
    ("Eight patients had been treated with prior CD19 CAR T cells.", []),
    ("Twenty patients were treated with CD7 CAR T cells.", [("patients_treated", {"value": 20})]),
]


@pytest.mark.parametrize("text, expected", BLIND46_FAMILIES)
def test_blind46_families(text, expected):
    _matches(read_text(text), expected)


# blind41: thousands separators in cohort counts, per-group results after "v", baseline shares and
# relapse kinds at entry, background shares
BLIND41_FAMILIES = [
    # a count with thousands separators is one number (not a treated count of 1)
    ("Of 1,452 patients who underwent leukapheresis, 1,319 (90.8%) were infused (axi-cel, n = 771; tisa-cel, n = 548).",
     [("patients_enrolled", {"value": 1452}), ("patients_treated", {"value": 1319}),
      ("patients_treated", {"value": 771, "subgroup": "axi-cel"}), ("patients_treated", {"value": 548, "subgroup": "tisa-cel"})]),
    ("In total, 2,104 patients were infused.", [("patients_treated", {"value": 2104})]),
    ("Between 2019 and 2022, 2,310 patients were registered and 2,104 (91.1%) received CAR T cells.",
     [("patients_enrolled", {"value": 2310}), ("patients_treated", {"value": 2104})]),
    ("Of the 1,204 patients who were randomly assigned, 1,150 received tisagenlecleucel.",
     [("patients_enrolled", {"value": 1204}), ("patients_treated", {"value": 1150})]),
    ("A total of 1,026 patients received commercial liso-cel at 94 US centers between 2021 and 2023 (LBCL, n = 842; "
     "FL, n = 61; MCL, n = 79; CLL/SLL, n = 44).",
     [("patients_treated", {"value": 1026}), ("disease_count", {"value": 842, "label": "LBCL"}),
      ("disease_count", {"value": 61, "label": "FL"}), ("disease_count", {"value": 79, "label": "MCL"}),
      ("disease_count", {"value": 44, "label": "CLL/SLL"})]),
    # "x v y months": a pair of medians with a bare "v" (JCO style), as with "vs"
    ("With a median follow-up of 13.8 months, 1-year PFS was 46.6% (95% CI, 41.5 to 51.5) with axi-cel v 33.2% "
     "(95% CI, 28.4 to 38.1) with tisa-cel (HR, 0.61; 95% CI, 0.52 to 0.72; P < .001), and median PFS was 9.2 v 3.3 months.",
     [("median_followup", {"months": 13.8}),
      ("progression_free_survival", {"percent": 46.6, "months": 12, "ci_low": 41.5, "ci_high": 51.5}),
      ("progression_free_survival", {"percent": 33.2, "months": 12, "ci_low": 28.4, "ci_high": 38.1}),
      ("p_value", {"value": "<.001"}),
      ("progression_free_survival", {"median_months": 9.2}), ("progression_free_survival", {"median_months": 3.3})]),
    ("Median OS was 21 v 11 mo (P=.03).",
     [("overall_survival", {"median_months": 21}), ("overall_survival", {"median_months": 11}), ("p_value", {"value": ".03"})]),
    ("The median EFS was 14.2 v 6.1 months with tandem and single-target CAR T cells, respectively.",
     [("event_free_survival", {"median_months": 14.2}), ("event_free_survival", {"median_months": 6.1})]),
    # a distractor naming the first value's group ("lymphodepletion") is no term of the second value
    ("The ORR was 72.7% (24/33) with fludarabine-containing lymphodepletion v 25.0% (2/8) with bendamustine alone (P = .02).",
     [("overall_response", {"percent": 72.7, "n": 24, "N": 33}), ("overall_response", {"percent": 25.0, "n": 2, "N": 8}),
      ("p_value", {"value": ".02"})]),
    ("The CR rate was 81.3% (26/32) after Flu/Cy lymphodepletion v 40.0% (4/10) after bendamustine alone (P = .02).",
     [("complete_remission", {"percent": 81.3, "n": 26, "N": 32}), ("complete_remission", {"percent": 40.0, "n": 4, "N": 10}),
      ("p_value", {"value": ".02"})]),
    ("ORR 70% (14/20) with fludarabine-based conditioning vs 33% (3/9) with bendamustine alone, p=0.04.",
     [("overall_response", {"percent": 70, "n": 14, "N": 20}), ("overall_response", {"percent": 33, "n": 3, "N": 9}),
      ("p_value", {"value": "0.04"})]),
    # one p for both comparisons of one endpoint at two grades: one p-value per grade
    ("With axi-cel v tisa-cel, any-grade ICANS occurred in 48.8% v 21.1%, and grade ≥3 ICANS in 14.6% v 3.6% (both P < .001).",
     [("neurotoxicity", {"percent": 48.8, "grade": "any"}), ("neurotoxicity", {"percent": 21.1, "grade": "any"}),
      ("neurotoxicity", {"percent": 14.6, "grade": ">=3"}), ("neurotoxicity", {"percent": 3.6, "grade": ">=3"}),
      ("p_value", {"value": "<.001"}), ("p_value", {"value": "<.001"})]),
    ("Any-grade CRS occurred in 80% vs 60% and grade 3 or higher CRS in 10% vs 2% (P = .01 for both).",
     [("crs", {"percent": 80, "grade": "any"}), ("crs", {"percent": 60, "grade": "any"}),
      ("crs", {"percent": 10, "grade": ">=3"}), ("crs", {"percent": 2, "grade": ">=3"}),
      ("p_value", {"value": ".01"}), ("p_value", {"value": ".01"})]),
    ("The ORR was 80% vs 60% and the CR rate 50% vs 30% (both P < .05).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 60}), ("complete_remission", {"percent": 50}),
      ("complete_remission", {"percent": 30}), ("p_value", {"value": "<.05"}), ("p_value", {"value": "<.05"})]),
    # prior therapies and a share alone in the pluperfect are baseline traits, no transplant after CAR-T
    ("Patients had received a median of 7 prior lines of therapy (range, 2-23), including brentuximab vedotin in 93% and "
     "a PD-1 inhibitor in 86%, and 32% had undergone autologous transplant.", []),
    ("Patients had a median of 4 prior lines, including blinatumomab in 45% and inotuzumab in 30%, and 41% had undergone "
     "allogeneic HSCT.", []),
    ("Of the 30 responders, 40% had undergone HSCT after CAR T-cell therapy by the data cutoff.",
     [("transplant", {"percent": 40, "N": 30})]),
    # the kind of relapse patients had at entry is no relapse after CAR-T
    ("Twenty-one had combined marrow and CNS relapse and fifteen an isolated CNS relapse (CNS3 status in 24), and five "
     "boys also had testicular involvement.", []),
    ("At enrolment, 12 patients had isolated CNS relapse and 20 had combined relapse.", []),
    ("After CAR-T, 4 patients had an isolated CNS relapse.", [("relapse", {"n": 4})]),
    ("Of 40 patients in CR, 9 (22.5%) relapsed and none had an isolated CNS relapse.",
     [("relapse", {"n": 9, "N": 40, "percent": 22.5}), ("relapse", {"n": 0, "negated": True})]),
    # a share stated as a general fact (present tense "accounts for") is background
    ("Central nervous system (CNS) relapse accounts for 30–40% of relapses in paediatric B-cell acute lymphoblastic "
     "leukaemia (B-ALL), and children with active CNS disease were excluded from most CAR T-cell trials [1, 2].", []),
    ("T-ALL accounts for about 15% of pediatric ALL.", []),
    ("Extramedullary relapse accounts for 10% to 20% of relapses after CD19 CAR T-cell therapy.", []),
    # NEJM's words for MRD negativity and for a PFS landmark, per arm
    ("Among patients who could be evaluated, negativity for minimal residual disease (MRD) at a threshold of 10−5 was "
     "observed in 62.7% of the patients in the cilta-cel group and in 16.4% of those in the standard-care group.",
     [("mrd_negative", {"percent": 62.7}), ("mrd_negative", {"percent": 16.4})]),
    ("Negativity for MRD was observed in 62.7% of patients.", [("mrd_negative", {"percent": 62.7})]),
    ("The percentage of patients who were alive without disease progression at 12 months was 75.9% (95% CI, 69.3 to "
     "81.3) in the cilta-cel group and 49.2% (95% CI, 41.9 to 56.1) in the standard-care group.",
     [("progression_free_survival", {"percent": 75.9, "months": 12, "ci_low": 69.3, "ci_high": 81.3}),
      ("progression_free_survival", {"percent": 49.2, "months": 12, "ci_low": 41.9, "ci_high": 56.1})]),
    ("At 24 months, 58% of patients were alive without progression.", [("progression_free_survival", {"percent": 58, "months": 24})]),
    ("The proportion of patients alive and progression-free at 2 years was 44.1% (95% CI, 35.0 to 52.8).",
     [("progression_free_survival", {"percent": 44.1, "months": 24, "ci_low": 35.0, "ci_high": 52.8})]),
    ("Twelve patients remain alive without disease progression at last follow-up.", []),
    # an unlabelled CI with an inestimable upper bound, as one not reached
    ("Median overall survival was 15·6 months (12·9–not estimable) and median EFS 9.1 months (95% CI 6.0–12.2).",
     [("overall_survival", {"median_months": 15.6, "ci_low": 12.9}),
      ("event_free_survival", {"median_months": 9.1, "ci_low": 6.0, "ci_high": 12.2})]),
    ("Median OS was 15.6 months (12.9-NE) and median PFS 8.2 months (95% CI 5.1-11.0).",
     [("overall_survival", {"median_months": 15.6, "ci_low": 12.9}),
      ("progression_free_survival", {"median_months": 8.2, "ci_low": 5.1, "ci_high": 11.0})]),
]


@pytest.mark.parametrize("text, expected", BLIND41_FAMILIES)
def test_blind41_families(text, expected):
    _matches(read_text(text), expected)


BLIND41B_FAMILIES = [
    # the treated count's own group after the verb, then a second count of the elided verb and group
    ("A total of 1,026 patients received commercial liso-cel at 94 US centers between 2021 and 2023; 389 (37.9%) were "
     "infused as outpatients and 637 as inpatients.",
     [("patients_treated", {"value": 1026}), ("patients_treated", {"value": 389, "subgroup": "outpatients"}),
      ("patients_treated", {"value": 637, "subgroup": "inpatients"})]),
    ("Of 30 patients, 24 were infused in hospital and 6 in the outpatient setting.",
     [("patients_treated", {"value": 24, "subgroup": "hospital"}), ("patients_treated", {"value": 6, "subgroup": "outpatient setting"})]),
    ("Sixteen patients were infused with donor-derived products; 7 received dose level 1 and 9 dose level 2.",
     [("patients_treated", {"value": 16}), ("patients_treated", {"value": 7, "subgroup": "dose level 1"}),
      ("patients_treated", {"value": 9, "subgroup": "dose level 2"})]),
    ("In total, 20 patients received axi-cel and 3 died before infusion.", [("patients_treated", {"value": 20})]),
    # "after X" items of a colon breakdown, and a group's own nested "(name, n = k; …)"
    ("Forty-four patients were infused: 8 after bendamustine alone and 36 after fludarabine-containing lymphodepletion "
     "(bendamustine/fludarabine, n = 19; cyclophosphamide/fludarabine, n = 17).",
     [("patients_treated", {"value": 44}), ("patients_treated", {"value": 8, "subgroup": "bendamustine alone"}),
      ("patients_treated", {"value": 36, "subgroup": "fludarabine-containing lymphodepletion"}),
      ("patients_treated", {"value": 19, "subgroup": "bendamustine/fludarabine"}),
      ("patients_treated", {"value": 17, "subgroup": "cyclophosphamide/fludarabine"})]),
    ("Thirty patients were treated: 12 after Flu/Cy and 18 after bendamustine.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 12, "subgroup": "Flu/Cy"}),
      ("patients_treated", {"value": 18, "subgroup": "bendamustine"})]),
    ("Twenty-five patients were infused: 10 with product A (fresh, n = 4; cryopreserved, n = 6) and 15 with product B.",
     [("patients_treated", {"value": 25}), ("patients_treated", {"value": 10, "subgroup": "product A"}),
      ("patients_treated", {"value": 4, "subgroup": "fresh"}), ("patients_treated", {"value": 6, "subgroup": "cryopreserved"}),
      ("patients_treated", {"value": 15, "subgroup": "product B"})]),
    # the treated cohort broken down by age group after "They included" / "The cohort comprised"
    ("They included nine children aged 3–17 years and twelve adults, and seventeen (81.0%) had relapsed after allo-HSCT.",
     [("patients_treated", {"value": 9, "subgroup": "children"}), ("patients_treated", {"value": 12, "subgroup": "adults"})]),
    ("The cohort comprised 14 children and 6 adults.",
     [("patients_treated", {"value": 14, "subgroup": "children"}), ("patients_treated", {"value": 6, "subgroup": "adults"})]),
    ("These patients included 8 adults and 4 adolescents.",
     [("patients_treated", {"value": 8, "subgroup": "adults"}), ("patients_treated", {"value": 4, "subgroup": "adolescents"})]),
    ("They included 3 children with CNS disease.", []),
    # a terse evaluable count
    ("Efficacy-evaluable N=39.", [("patients_treated", {"value": 39, "subgroup": "Efficacy-evaluable"})]),
    ("Evaluable for response: n = 22.", [("patients_treated", {"value": 22})]),
    ("Efficacy-evaluable N=39. ORR 87.2% (34/39).",
     [("patients_treated", {"value": 39}), ("overall_response", {"percent": 87.2, "n": 34, "N": 39})]),
    # a definition's words are no distractor between the term and its count
    ("CNS remission, defined as clearance of blasts from the cerebrospinal fluid, was documented in 35 of 36 patients "
     "(97.2%) at week 4, and 4 of the 5 boys with testicular disease achieved testicular complete remission.",
     [("complete_remission", {"percent": 97.2, "n": 35, "N": 36, "timepoint_days": 28}),
      ("complete_remission", {"n": 4, "N": 5, "percent": 80.0})]),
    ("MRD negativity, defined as fewer than 0.01% leukemic blasts, was reached in 15 of 18 patients with CR.",
     [("mrd_negative", {"n": 15, "N": 18})]),
    ("Complete remission (defined as <5% blasts in the marrow) was achieved in 18 of 20 patients.",
     [("complete_remission", {"n": 18, "N": 20})]),
    # a complete extramedullary response is a CR at that site, not an overall response
    ("Of 21 patients in cohort A with extramedullary disease at baseline, 12 (57·1%) had a complete extramedullary "
     "response on PET-CT.", [("complete_remission", {"percent": 57.1, "n": 12, "N": 21, "site": "extramedullary"})]),
    ("A complete extramedullary remission was seen in 8 of 10 patients with EMD.",
     [("complete_remission", {"n": 8, "N": 10, "site": "extramedullary"})]),
    ("Complete EMD responses occurred in 6/9 (66.7%).", [("complete_remission", {"percent": 66.7, "n": 6, "N": 9})]),
    ("Extramedullary responses were seen in 10 of 12 patients.", [("overall_response", {"n": 10, "N": 12})]),
    # what a cohort stands for, before its size, is no result
    ("Between 4 February 2021 and 30 October 2023, 139 patients underwent leukapheresis, and 121 received at least one "
     "obe-cel infusion (cohort A, n=98; cohort B, MRD-positive CR, n=23).",
     [("patients_enrolled", {"value": 139}), ("patients_treated", {"value": 121}),
      ("patients_treated", {"value": 98, "subgroup": "cohort A"}), ("patients_treated", {"value": 23, "subgroup": "cohort B"})]),
    ("Forty patients were infused (cohort 1, in first CR with MRD, n = 15; cohort 2, relapsed, n = 25).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 15}), ("patients_treated", {"value": 25})]),
    ("Cohort B, CR, n=12.", [("complete_remission", {"n": 12})]),
    # one "x of N <group>" after "including", inside a total with its own denominator
    ("Relapse occurred in 5 of the 17 responders, including 3 of the 6 who did not proceed to transplant.",
     [("relapse", {"n": 5, "N": 17}), ("relapse", {"n": 3, "N": 6, "percent": 50.0})]),
    ("CR was achieved in 18 of 24 patients (75%), including 5 of 6 with CNS disease.",
     [("complete_remission", {"percent": 75, "n": 18, "N": 24}), ("complete_remission", {"n": 5, "N": 6})]),
    ("Relapse occurred in 8 patients, including 2 of 11 transplanted patients.", [("relapse", {"n": 8})]),
    # aggressive NK-cell leukaemia as its own disease label
    ("Between January 2022 and March 2023, we treated six patients with CD7-positive disease: four with ENKTL, one with "
     "aggressive NK-cell leukaemia (ANKL) and one with peripheral T-cell lymphoma, not otherwise specified (PTCL-NOS).",
     [("patients_treated", {"value": 6}), ("disease_count", {"value": 4, "label": "ENKTL"}),
      ("disease_count", {"value": 1, "label": "ANKL"}), ("disease_count", {"value": 1, "label": "PTCL-NOS"})]),
    ("Twelve patients were infused (ENKTL, n = 8; ANKL, n = 4).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "ENKTL"}),
      ("disease_count", {"value": 4, "label": "ANKL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND41B_FAMILIES)
def test_blind41b_families(text, expected):
    _matches(read_text(text), expected)


BLIND43_FAMILIES = [
    # per-group treated counts after the treated count's aside and a comma, "k with <name>" ("products"/"cells" is no name)
    ("Forty-four children underwent leukapheresis, and forty-one were infused (T-ALL, n = 29; T-LBL, n = 12), 27 with "
     "autologous and 14 with donor-derived products.",
     [("patients_enrolled", {"value": 44}), ("patients_treated", {"value": 41}),
      ("disease_count", {"value": 29, "label": "T-ALL"}), ("disease_count", {"value": 12, "label": "T-LBL"}),
      ("patients_treated", {"value": 27, "subgroup": "autologous"}), ("patients_treated", {"value": 14, "subgroup": "donor-derived"})]),
    ("Of 30 patients enrolled, 26 were infused, 18 with autologous and 8 with donor-derived CAR T cells.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26}),
      ("patients_treated", {"value": 18, "subgroup": "autologous"}), ("patients_treated", {"value": 8, "subgroup": "donor-derived"})]),
    ("A total of 52 patients were treated (median age, 34 years), 30 with fresh and 22 with cryopreserved products.",
     [("patients_treated", {"value": 52}), ("patients_treated", {"value": 30, "subgroup": "fresh"}),
      ("patients_treated", {"value": 22, "subgroup": "cryopreserved"})]),
    # negative: a disease list after the comma stays disease counts; counts that do not add up are no groups
    ("Thirty patients were infused, 20 with T-ALL and 10 with T-LBL.",
     [("patients_treated", {"value": 30}), ("disease_count", {"value": 20, "label": "T-ALL"}),
      ("disease_count", {"value": 10, "label": "T-LBL"})]),
    ("Thirty patients were infused, 12 with autologous and 9 with donor-derived products.", [("patients_treated", {"value": 30})]),
    # a group's name with a colon before its "n =": "(level 1: n = 4; level 2: n = 8)"
    ("Between 04/2023 and 01/2025, 13 patients were registered and 12 were treated (level 1: n = 4; level 2: n = 8).",
     [("patients_enrolled", {"value": 13}), ("patients_treated", {"value": 12}),
      ("patients_treated", {"value": 4, "subgroup": "level 1"}), ("patients_treated", {"value": 8, "subgroup": "level 2"})]),
    ("Twenty patients were infused (DL1: n = 6; DL2: n = 14).",
     [("patients_treated", {"value": 20}), ("patients_treated", {"value": 6, "subgroup": "DL1"}),
      ("patients_treated", {"value": 14, "subgroup": "DL2"})]),
    ("Fifteen patients went on to allo-HSCT (CNSL: n = 6; non-CNSL: n = 9).",
     [("transplant", {"n": 15}), ("transplant", {"n": 6, "subgroup": "CNSL"}), ("transplant", {"n": 9, "subgroup": "non-CNSL"})]),
    # the cohort named as the subject ("Infused patients had …") with no count of its own, then broken down
    ("Infused patients had AML (n = 19) or MPAL (n = 8); 10 were children and 17 adults, with a median age of 31 years "
     "(range, 4–68).",
     [("disease_count", {"value": 19, "label": "AML"}), ("disease_count", {"value": 8, "label": "MPAL"}),
      ("patients_treated", {"value": 10, "subgroup": "children"}), ("patients_treated", {"value": 17, "subgroup": "adults"})]),
    ("The treated patients had T-ALL (n = 20) or T-LBL (n = 6); 12 were children and 14 were adults.",
     [("disease_count", {"value": 20, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"}),
      ("patients_treated", {"value": 12, "subgroup": "children"}), ("patients_treated", {"value": 14, "subgroup": "adults"})]),
    ("Enrolled patients had AML (n = 11), MPAL (n = 3) or T-ALL (n = 4).",
     [("disease_count", {"value": 11, "label": "AML"}), ("disease_count", {"value": 3, "label": "MPAL"}),
      ("disease_count", {"value": 4, "label": "T-ALL"})]),
    # an event a count developed, or relapsed with, before a time: the event, not a population ("relapse before HSCT")
    ("Among the 14 recipients of donor-derived products, one developed grade II acute graft-versus-host disease (GVHD) "
     "before transplant.",
     [("gvhd", {"n": 1, "N": 14, "percent": 7.1, "grade": "2", "acute": True})]),
    ("Of the 20 donor-derived recipients, two developed acute GVHD before HSCT.",
     [("gvhd", {"n": 2, "N": 20, "percent": 10.0, "grade": "any", "acute": True})]),
    ("Three patients developed grade 1 CRS before day 7.", [("crs", {"n": 3, "grade": "1"})]),
    ("Seven of the nine responders proceeded to allogeneic HSCT; one relapsed before transplant and one was unfit.",
     [("transplant", {"n": 7, "N": 9, "percent": 77.8}), ("relapse", {"n": 1})]),
    ("One patient relapsed before HSCT.", [("relapse", {"n": 1})]),
    ("Of the 12 responders, 8 underwent HSCT and 2 relapsed before transplantation.",
     [("transplant", {"n": 8, "N": 12}), ("relapse", {"n": 2, "N": 12})]),
    ("Patients who relapsed before day 28 were excluded.", []),
    # a state at a named assessment is that assessment's rate (not among responders: durability)
    ("At the 3-month assessment, 9 of 15 patients (60.0%) remained in response, including 6 in CR (40.0%).",
     [("overall_response", {"percent": 60.0, "n": 9, "N": 15, "timepoint_days": 91}),
      ("complete_remission", {"percent": 40.0, "n": 6, "timepoint_days": 91})]),
    ("At 3 months, 25 of 38 evaluable patients remained in CR.",
     [("complete_remission", {"n": 25, "N": 38, "percent": 65.8, "timepoint_days": 91})]),
    ("At month 6, 12 of 20 patients (60%) remained in complete remission.",
     [("complete_remission", {"percent": 60, "n": 12, "N": 20, "timepoint_days": 183})]),
    ("Of the 40 complete responders, 29 remained in response at 12 months.", []),
    ("At 6 months, 8 patients remained in remission.", []),
    # two counts, each with its kind, sharing the patient noun
    ("Consolidative allo-HSCT was performed in 9 donor-derived and 21 autologous recipients in remission.",
     [("transplant", {"n": 9}), ("transplant", {"n": 21})]),
    ("Grade 3 CRS occurred in 4 adult and 1 pediatric patients.", [("crs", {"n": 4, "grade": "3"}), ("crs", {"n": 1, "grade": "3"})]),
    ("Eleven pediatric and 7 adult patients proceeded to allo-HSCT.", [("transplant", {"n": 11}), ("transplant", {"n": 7})]),
    # "all grade X" after counts listed "respectively": each count's grade (as "in 8 patients, all grade 1": any and the grade)
    ("Grade ≥3 CRS was more frequent after donor-derived infusion (24.0% vs 7.9%; P = .13), and ICANS occurred in 2 and 1 "
     "patients, respectively, all grade 1.",
     [("crs", {"percent": 24.0, "grade": ">=3"}), ("crs", {"percent": 7.9, "grade": ">=3"}), ("p_value", {"value": ".13"}),
      ("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "any"}),
      ("neurotoxicity", {"n": 2, "grade": "1"}), ("neurotoxicity", {"n": 1, "grade": "1"})]),
    ("CRS occurred in 12 and 9 patients, respectively, all of grade 1-2.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 12, "grade": "1-2"}),
      ("crs", {"n": 9, "grade": "1-2"})]),
    ("CRS developed in 12, 9 and 4 patients at DL1, DL2 and DL3, respectively, all grade 1 or 2.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 4, "grade": "any"}),
      ("crs", {"n": 12, "grade": "1-2"}), ("crs", {"n": 9, "grade": "1-2"}), ("crs", {"n": 4, "grade": "1-2"})]),
    # as many patients as grades, "respectively": one patient per grade, no band
    ("Flare of acute GVHD occurred in 2 patients (grade II and grade III, respectively), and one patient developed new "
     "chronic GVHD.",
     [("gvhd", {"n": 2, "grade": "any", "acute": True}), ("gvhd", {"n": 1, "grade": "2", "acute": True}),
      ("gvhd", {"n": 1, "grade": "3", "acute": True}), ("gvhd", {"n": 1, "grade": "any", "chronic": True})]),
    ("ICANS occurred in two patients (grades 1 and 3, respectively).",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("CRS was seen in 3 patients (grade 1, 2 and 3, respectively).",
     [("crs", {"n": 3, "grade": "any"}), ("crs", {"n": 1, "grade": "1"}), ("crs", {"n": 1, "grade": "2"}),
      ("crs", {"n": 1, "grade": "3"})]),
    # "and in none of the <group>" after a total with a grade breakdown in its aside: the total's absence, any grade
    ("Acute graft-versus-host disease (GVHD) developed in 5 of 25 donor-derived recipients (20.0%; grade I–II, n = 4; "
     "grade III, n = 1), and in none of the autologous recipients.",
     [("gvhd", {"percent": 20.0, "n": 5, "N": 25, "grade": "any", "acute": True}), ("gvhd", {"n": 4, "grade": "1-2"}),
      ("gvhd", {"n": 1, "grade": "3"}),
      ("gvhd", {"n": 0, "grade": "any", "acute": True, "negated": True, "subgroup": "autologous"})]),
    ("Grade 3 or higher CRS developed in 6 patients treated with axi-cel (grade 3, n = 4; grade 4, n = 2) and in none of "
     "the tisa-cel recipients.",
     [("crs", {"n": 6, "grade": ">=3"}), ("crs", {"n": 4, "grade": "3"}), ("crs", {"n": 2, "grade": "4"}),
      ("crs", {"n": 0, "grade": ">=3", "negated": True, "subgroup": "tisa-cel"})]),
    ("Severe CRS occurred in 3 patients and in no children.",
     [("crs", {"n": 3, "grade": ">=3"}), ("crs", {"n": 0, "grade": ">=3", "negated": True, "subgroup": "children"})]),
]


@pytest.mark.parametrize("text, expected", BLIND43_FAMILIES)
def test_blind43_families(text, expected):
    _matches(read_text(text), expected)


# blind47: per-grade counts "one each", the evaluable count "assessed in", "CAR(+) T cells", a product "ALLO-19X",
# a bare apheresed count in a list, a state some months after the infusion
BLIND47_FAMILIES = [
    # several grades with one count each, the term before an aside whose own ';' does not end its clause, "gr" spelt short
    ("Cytokine release syndrome (CRS) occurred in 14 patients (43.8%; grade 1, n = 10; grade 2, n = 4), and immune "
     "effector cell-associated neurotoxicity syndrome (ICANS) in 2 (6.3%; grade 1 and grade 3, one each).",
     [("crs", {"percent": 43.8, "n": 14, "grade": "any"}), ("crs", {"n": 10, "grade": "1"}), ("crs", {"n": 4, "grade": "2"}),
      ("neurotoxicity", {"percent": 6.3, "n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("ICANS 2/19 (gr1 and gr2, one each).",
     [("neurotoxicity", {"n": 2, "N": 19, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("CRS was seen in 3 of 20 patients (15%; gr 1, gr 2 and gr 3, one each).",
     [("crs", {"percent": 15, "n": 3, "N": 20, "grade": "any"}), ("crs", {"n": 1, "grade": "1"}),
      ("crs", {"n": 1, "grade": "2"}), ("crs", {"n": 1, "grade": "3"})]),
    ("Neurotoxicity occurred in two patients (10%; Gr. 2 and Gr. 3 in one patient each).",
     [("neurotoxicity", {"percent": 10, "n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "2"}),
      ("neurotoxicity", {"n": 1, "grade": "3"})]),
    # the response-evaluable count with "assessed/evaluated in": a population, not responders
    ("Response could be assessed in 351 patients.", [("patients_treated", {"value": 351})]),
    ("Efficacy was assessed in 40 patients, of whom 32 responded.",
     [("patients_treated", {"value": 40}), ("overall_response", {"n": 32, "N": 40})]),
    ("Responses were evaluated in 18 patients by PET-CT.", [("patients_treated", {"value": 18})]),
    ("Response can be evaluated in 24 of 26 patients.", [("patients_treated", {"value": 24})]),
    # "CAR(+) T cells" (PubMed's flattened superscript) is a cell unit, as "CAR+ T cells" is
    ("Of 40 patients enrolled, 36 received GC5-T at 25 × 10(6) (n = 3), 75 × 10(6) (n = 6), 150 × 10(6) (n = 21) or "
     "450 × 10(6) (n = 6) CAR(+) T cells; 2 patients died and 2 progressed rapidly before infusion.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36}),
      ("dose", {"low": 25e6, "high": 25e6, "unit": "cells"}), ("patients_treated", {"value": 3}),
      ("dose", {"low": 75e6, "high": 75e6, "unit": "cells"}), ("patients_treated", {"value": 6}),
      ("dose", {"low": 150e6, "high": 150e6, "unit": "cells"}), ("patients_treated", {"value": 21}),
      ("dose", {"low": 450e6, "high": 450e6, "unit": "cells"}), ("patients_treated", {"value": 6})]),
    ("Patients received 1 × 10(6) CAR(+) T cells/kg.", [("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("The doses were 50 × 10(6) (n = 4) and 150 × 10(6) (n = 8) CAR(+) cells.",
     [("dose", {"low": 50e6, "unit": "cells"}), ("patients_treated", {"value": 4}),
      ("dose", {"low": 150e6, "unit": "cells"}), ("patients_treated", {"value": 8})]),
    # a product code starting "ALLO-" after "received" is the CAR-T product, not an allogeneic transplant
    ("In this phase 1 study (NCT09470061), 32 adults with relapsed or refractory large B-cell lymphoma (LBCL; n = 21), "
     "follicular lymphoma (FL; n = 6), or mantle cell lymphoma (MCL; n = 5) received ALLO-19X at flat doses of 40 × 10^6 "
     "(dose level [DL] 1; n = 6), 120 × 10^6 (DL2; n = 12), or 360 × 10^6 (DL3; n = 14) CAR+ T cells after "
     "lymphodepletion with fludarabine, cyclophosphamide, and an anti-CD52 antibody.",
     [("patients_treated", {"value": 32}), ("disease_count", {"value": 21, "label": "LBCL"}),
      ("disease_count", {"value": 6, "label": "FL"}), ("disease_count", {"value": 5, "label": "MCL"}),
      ("dose", {"low": 40e6, "unit": "cells"}), ("patients_treated", {"value": 6, "subgroup": "dose level [DL] 1"}),
      ("dose", {"low": 120e6, "unit": "cells"}), ("patients_treated", {"value": 12, "subgroup": "DL2"}),
      ("dose", {"low": 360e6, "unit": "cells"}), ("patients_treated", {"value": 14, "subgroup": "DL3"})]),
    ("32 patients received ALLO-501 at 40 × 10^6 cells.",
     [("patients_treated", {"value": 32}), ("dose", {"low": 40e6, "unit": "cells"})]),
    ("Two patients received allo-HSCT.", [("transplant", {"n": 2})]),
    # a bare count that underwent apheresis in a list before the infused count is the enrolled count
    ("Thirty-one patients were screened, 28 underwent apheresis and 26 were infused (11 children and 15 adults; DL1, "
     "n = 9; DL2, n = 17).",
     [("patients_enrolled", {"value": 28}), ("patients_treated", {"value": 26}),
      ("patients_treated", {"value": 11, "subgroup": "children"}), ("patients_treated", {"value": 15, "subgroup": "adults"}),
      ("patients_treated", {"value": 9, "subgroup": "DL1"}), ("patients_treated", {"value": 17, "subgroup": "DL2"})]),
    ("Of 31 screened patients, 28 underwent leukapheresis and 26 received CAR-T cells.",
     [("patients_enrolled", {"value": 28}), ("patients_treated", {"value": 26})]),
    ("Forty were eligible; 36 were leukapheresed, and 33 were infused.",
     [("patients_enrolled", {"value": 36}), ("patients_treated", {"value": 33})]),
    ("Of the 20 patients, 18 underwent apheresis and 2 received bridging therapy.", []),
    # a state some time after the infusion is that time point's rate
    ("Six months after infusion, 9 patients remained in CR.",
     [("complete_remission", {"n": 9, "N": None, "timepoint_days": 183})]),
    ("3 months post-infusion, 12 of 20 patients remained in response.",
     [("overall_response", {"n": 12, "N": 20, "timepoint_days": 91})]),
    ("At 3 months after CAR-T infusion, 12 of 20 patients (60%) remained in CR.",
     [("complete_remission", {"percent": 60, "n": 12, "N": 20, "timepoint_days": 91})]),
    ("Of the 10 complete responders, 6 remained in CR at 12 months.", []),
]


@pytest.mark.parametrize("text, expected", BLIND47_FAMILIES)
def test_blind47_families(text, expected):
    _matches(read_text(text), expected)


BLIND48_FAMILIES = [
    # a "(all grade X)" aside right after the term names the grade of the count that follows, not of an earlier clause's
    ("CRS was grade I-II in 35 patients and grade III in 4, while ICANS (all grade I) was seen in 2 patients.",
     [("crs", {"n": 35, "grade": "1-2"}), ("crs", {"n": 4, "grade": "3"}),
      ("neurotoxicity", {"n": 2, "grade": "1"}), ("neurotoxicity", {"n": 2, "grade": "any"})]),
    ("ICANS (all grade 1-2) occurred in 5 patients (12%).",
     [("neurotoxicity", {"percent": 12, "n": 5, "grade": "1-2"}), ("neurotoxicity", {"percent": 12, "n": 5, "grade": "any"})]),
    ("Neurotoxicity (all grade 1) developed in 3 of 20 patients.",
     [("neurotoxicity", {"n": 3, "N": None, "grade": "1"}), ("neurotoxicity", {"n": 3, "N": 20, "grade": "any"})]),
    # a grade alone in parentheses right after a count ("(grade 2)", "(grade 1–2 in all)") is every one's grade
    ("CRS was seen in 14 patients (93.3%), grade 3–4 in 4, and ICANS in 1 (grade 2).",
     [("crs", {"percent": 93.3, "n": 14, "grade": "any"}), ("crs", {"n": 4, "grade": "3-4"}),
      ("neurotoxicity", {"n": 1, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("Acute GVHD developed in 3 patients (grade 1–2 in all), and none developed chronic GVHD.",
     [("gvhd", {"n": 3, "grade": "any", "acute": True}), ("gvhd", {"n": 3, "grade": "1-2", "acute": True}),
      ("gvhd", {"n": 0, "grade": "any", "chronic": True, "negated": True})]),
    ("Neurotoxicity occurred in 2 patients (grade 1 in both).",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("ICANS was observed in 4 cases (grade I-II).",
     [("neurotoxicity", {"n": 4, "grade": "any"}), ("neurotoxicity", {"n": 4, "grade": "1-2"})]),
    ("CRS occurred in 10 patients (grade 3 in 2).",
     [("crs", {"n": 10, "grade": "any"}), ("crs", {"n": 2, "grade": "3"})]),
    ("Cytokine release syndrome (CRS) occurred in 29 patients (90.6%), including grade 3 CRS in 2 (6.3%), and "
     "CAR-T-related encephalopathy syndrome (CRES) was observed in 1 patient (grade 1).",
     [("crs", {"percent": 90.6, "n": 29, "grade": "any"}), ("crs", {"n": 2, "grade": "3"}),
      ("neurotoxicity", {"n": 1, "grade": "1"})]),
    ("Cytokine release syndrome occurred after five of the seven CD19 infusions (all grade 1 or 2) and after all seven "
     "CD7 infusions (grade 1 or 2 in five patients and grade 3 in two).",
     [("crs", {"n": 5, "N": 7, "grade": "any"}), ("crs", {"n": 5, "grade": "1-2"}), ("crs", {"n": 7, "N": 7, "grade": "any"}),
      ("crs", {"n": 5, "grade": "1-2"}), ("crs", {"n": 2, "grade": "3"})]),
    # a second absence in "no X or acute/chronic Y" keeps its own qualifier
    ("No ICANS or acute GVHD was recorded after CAR-T infusion.",
     [("neurotoxicity", {"n": 0, "negated": True}), ("gvhd", {"n": 0, "acute": True, "negated": True})]),
    ("There was no CRS, ICANS or chronic GVHD.",
     [("crs", {"n": 0, "negated": True}), ("neurotoxicity", {"n": 0, "negated": True}),
      ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("No ICANS occurred, and acute GVHD developed in 2 patients.",
     [("neurotoxicity", {"n": 0, "negated": True}), ("gvhd", {"n": 2, "acute": True})]),
    # "went on to … or … HSCT": donor kinds joined by "or" before the transplant
    ("Eleven patients in remission went on to haploidentical or matched-donor HSCT within 3 months.",
     [("transplant", {"n": 11, "N": None})]),
    ("Five patients proceeded to matched sibling or haploidentical allo-HSCT.", [("transplant", {"n": 5})]),
    ("Four of 12 responders underwent related-donor or unrelated-donor transplantation.",
     [("transplant", {"n": 4, "N": 12})]),
    ("Patients received bridging chemotherapy or radiotherapy before HSCT.", []),
    # a disease with a short subtype aside before its count
    ("Diagnoses were T-ALL in 61, T-LBL in 19, ETP-ALL in 5 and MPAL (T/myeloid) in 3.",
     [("disease_count", {"value": 61, "label": "T-ALL"}), ("disease_count", {"value": 19, "label": "T-LBL"}),
      ("disease_count", {"value": 5, "label": "ETP-ALL"}), ("disease_count", {"value": 3, "label": "MPAL"})]),
    ("Histologies were DLBCL (GCB type) in 40 and FL in 12.",
     [("disease_count", {"value": 40, "label": "DLBCL"}), ("disease_count", {"value": 12, "label": "FL"})]),
    # an outcome a disease carries, in the present tense, is background
    ("Relapse of T-cell acute lymphoblastic leukemia (T-ALL) after allogeneic hematopoietic stem cell transplantation "
     "(HSCT) carries a 1-year survival of roughly 20% with salvage chemotherapy.", []),
    ("Early T-cell precursor ALL portends a 2-year EFS of only 30% with conventional chemotherapy.", []),
    ("TP53-mutated AML carries an expected 1-year OS below 20%.", []),
    # the infused count by care setting
    ("In a multicentre real-world registry of the Nordic Cell Therapy Group, 412 adults underwent leukapheresis for "
     "axicabtagene ciloleucel or lisocabtagene maraleucel and 389 were infused, 143 of them in the outpatient setting.",
     [("patients_enrolled", {"value": 412}), ("patients_treated", {"value": 389}),
      ("patients_treated", {"value": 143, "subgroup": "outpatient"})]),
    ("Of 120 patients infused, 45 (37.5%) were treated as outpatients.",
     [("patients_treated", {"value": 120}), ("patients_treated", {"value": 45, "subgroup": "outpatient"})]),
    # "n=41 were infused"; the screened are no treated (nor enrolled) count
    ("Between 2022 and 2025, 46 children and young adults were screened and n=41 were infused with CD19/CD22 bispecific "
     "CAR T cells at 1 × 106/kg (n=17) or 3 × 106/kg (n=24).",
     [("patients_treated", {"value": 41}), ("dose", {"low": 1e6, "unit": "cells/kg"}), ("patients_treated", {"value": 17}),
      ("dose", {"low": 3e6, "unit": "cells/kg"}), ("patients_treated", {"value": 24})]),
    ("46 children were screened and 41 were infused.", [("patients_treated", {"value": 41, "subgroup": None})]),
    ("Of the 30 enrolled, n=27 were infused.", [("patients_treated", {"value": 27})]),
    # "among the 7 with X," names the N of the counts after it, with no patient noun
    ("Fourteen patients (73.7%) attained MRD-negative CR in the marrow on day 28; among the 7 with extramedullary "
     "lesions, 4 achieved extramedullary CR and 2 a PR.",
     [("complete_remission", {"percent": 73.7, "n": 14, "site": "bone marrow", "mrd_negative": True}),
      ("complete_remission", {"n": 4, "N": 7, "percent": 57.1, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 7, "site": "extramedullary"})]),
    ("The ORR was 80%, and of the 10 with CNS involvement, 6 achieved CR.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"n": 6, "N": 10})]),
    ("Of 12 with extramedullary disease at infusion, 9 had a complete response.",
     [("complete_remission", {"n": 9, "N": 12, "site": "extramedullary"})]),
]


@pytest.mark.parametrize("text, expected", BLIND48_FAMILIES)
def test_blind48_families(text, expected):
    _matches(read_text(text), expected)


# per-level (per-cohort) counts listed before the verb, an Oxford comma before the last; the levels after
# "patients" in a "respectively" list
LEVEL_LIST_FAMILIES = [
    ("Two of three patients at DL1, four of five at DL2, and all six at DL3 achieved CR or CRi.",
     [("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 4, "N": 5, "subgroup": "DL2"}),
      ("complete_remission", {"n": 6, "N": 6, "subgroup": "DL3"})]),
    ("2/3 patients at DL1, 4/5 at DL2, and 5/6 at DL3 had grade 1-2 CRS.",
     [("crs", {"n": 2, "N": 3, "grade": "1-2", "subgroup": "DL1"}), ("crs", {"n": 4, "N": 5, "grade": "1-2", "subgroup": "DL2"}),
      ("crs", {"n": 5, "N": 6, "grade": "1-2", "subgroup": "DL3"})]),
    ("Two of 4 patients in cohort A and 5 of 6 in cohort B, and all 3 in cohort C achieved MRD-negative CR.",
     [("complete_remission", {"n": 2, "N": 4, "mrd_negative": True, "subgroup": "cohort A"}),
      ("complete_remission", {"n": 5, "N": 6, "mrd_negative": True, "subgroup": "cohort B"}),
      ("complete_remission", {"n": 3, "N": 3, "mrd_negative": True, "subgroup": "cohort C"})]),
    # after a term the list's second item is a clause of its own
    ("CRS occurred in 2 of 3 patients at DL1, and 4 of 5 at DL2 had ICANS.",
     [("crs", {"n": 2, "N": 3, "grade": "any"}), ("neurotoxicity", {"n": 4, "N": 5, "grade": "any", "subgroup": "DL2"})]),
    ("CR/CRi was achieved by 2/3, 4/5 and 6/6 patients at DL1, DL2 and DL3, respectively.",
     [("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 4, "N": 5, "subgroup": "DL2"}),
      ("complete_remission", {"n": 6, "N": 6, "subgroup": "DL3"})]),
]


@pytest.mark.parametrize("text, expected", LEVEL_LIST_FAMILIES)
def test_level_list_families(text, expected):
    _matches(read_text(text), expected)


# "as previously reported" restates the cohort's own earlier results (writers count them); other "previously reported"
# numbers stay background
PREVIOUSLY_REPORTED_FAMILIES = [
    ("As previously reported, cytokine release syndrome occurred in 43 (96%) patients and was grade 3 or higher in "
     "five (11%); no grade 3 or higher ICANS occurred.",
     [("crs", {"percent": 96, "n": 43, "grade": "any"}), ("crs", {"percent": 11, "n": 5, "grade": ">=3"}),
      ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("Early toxicities were as previously reported: CRS in 19 patients (95%; grade ≥ 3 in 2) and grade 1 ICANS in 3.",
     [("crs", {"percent": 95, "n": 19, "grade": "any"}), ("crs", {"n": 2, "grade": ">=3"}),
      ("neurotoxicity", {"n": 3, "grade": "1"})]),
    ("At day 28, 39 of 47 patients were in MRD-negative CR. As\npreviously reported, CRS occurred in 41 patients (87.2%).",
     [("complete_remission", {"n": 39, "N": 47, "mrd_negative": True}), ("crs", {"percent": 87.2, "n": 41, "grade": "any"})]),
    ("Complete remission rates of 70% to 90% were previously reported with CD19 CAR-T cells.", []),
    ("We previously reported a CR rate of 90% in 20 patients.", []),
    ("As previously reported by Zhang et al., the CR rate was 85%.", []),
]


@pytest.mark.parametrize("text, expected", PREVIOUSLY_REPORTED_FAMILIES)
def test_previously_reported_families(text, expected):
    _matches(read_text(text), expected)


# tables: a group label row with the cells' format ("CRS, n (%)" over "Any grade"); NEJM's format line under the
# header ("number of patients (percent)") and footnote letters glued to labels ("Cytokine release syndromea");
# level columns with no sizes ("Dose Level 1"); time-point columns whose format is in the caption; a row of p-values
TABLE_GROUP_FORMAT = ("Table 3. Maximum Grade of CRS and ICANS by Dose Level\n"
    "Event\tDL1 (n = 3)\tDL2 (n = 6)\tTotal (n = 9)\n"
    "CRS, n (%)\n"
    "Any grade\t1 (33.3)\t4 (66.7)\t5 (55.6)\n"
    "Grade 3\t0\t1 (16.7)\t1 (11.1)\n")
TABLE_NEJM_FORMAT_LINE = ("Table 2. Adverse Events of Special Interest, According to Dose Level.\n"
    "Event\tDose Level 1 (N = 3)\tDose Level 2 (N = 6)\tAll Patients (N = 9)\n"
    "number of patients\n(percent)\n"
    "Cytokine release syndromea\n"
    "Any grade\t2 (67)\t5 (83)\t7 (78)\n"
    "Grade 3\t0\t1 (17)\t1 (11)\n"
    "Infections\n"
    "Any grade\t1 (33)\t2 (33)\t3 (33)\n")
TABLE_NEJM_LEVELS = ("Table 3. Responses According to Dose Level.\n"
    "Response\tDose Level 1\tDose Level 2\tTotal\n"
    "no. of patients/total no. (%)\n"
    "CR or CRi at day 28\t0/1\t2/3 (67)\t2/4 (50)\n"
    "Overall responsed\t1/3 (33)\t4/6 (67)\t5/9 (56)\n")
TABLE_TIMES_CAPTION_CI = ("Table S4. Kaplan-Meier Estimates of Survival, % (95% CI)\n"
    "Endpoint (population)\t6 months\t12 months\n"
    "OS, all infused patients (n = 23)\t87.0 (65.0-95.6)\t73.4 (50.3-87.1)\n"
    "RFS, patients in CR/CRi (n = 19)\t84.2 (58.7-94.6)\t63.2 (37.9-80.4)\n")
TABLE_P_ROW = ("Table S5. Outcomes of Responders According to Consolidative Allo-HSCT\n"
    "Group\tn\tRelapse, n (%)\t12-month RFS, % (95% CI)\n"
    "Allo-HSCT after CAT19\t8\t1 (12.5)\t87.5 (38.7-98.1)\n"
    "No allo-HSCT\t11\t6 (54.5)\t45.5 (16.7-70.7)\n"
    "P\t\t.04\t.39\n")


def test_table_group_label_with_its_format_and_a_total_column():
    assert read_text(TABLE_GROUP_FORMAT) == [
        ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
        ("crs", {"percent": 33.3, "n": 1, "grade": "any", "subgroup": "DL1", "N": 3}),
        ("crs", {"percent": 66.7, "n": 4, "grade": "any", "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 55.6, "n": 5, "grade": "any", "N": 9}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": "3", "subgroup": "DL1", "N": 3}),
        ("crs", {"percent": 16.7, "n": 1, "grade": "3", "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 11.1, "n": 1, "grade": "3", "N": 9})]


# a header over the value columns only, a group's label with a number right under it ("Response on day 28, n (%)"), a
# group's label between rows ("CRS, n (%)") that a row with its own format ends ("ICANS, any grade, n (%)")
TABLE_GROUP_UNDER_HEADER = (
    "Table 2. Efficacy and safety by dose level\nDL1 (n = 3)\tDL2 (n = 6)\tAll (n = 9)\nResponse on day 28, n (%)\n"
    "CR/CRi in marrow\t2 (66.7)\t5 (83.3)\t7 (77.8)\nCRS, n (%)\nGrade 1-2\t3 (100)\t4 (66.7)\t7 (77.8)\n"
    "Allo-HSCT after CAR-T, n (%)\t1 (33.3)\t2 (33.3)\t3 (33.3)\n")


def test_table_group_label_under_the_header_and_a_row_with_its_own_format_ends_a_group():
    got = read_text(TABLE_GROUP_UNDER_HEADER)
    for n, N, pct, sub in ((2, 3, 66.7, "DL1"), (5, 6, 83.3, "DL2")):
        assert ("complete_remission", {"percent": pct, "n": n, "site": "bone marrow", "includes_cri": True, "subgroup": sub,
                                       "N": N}) in got
    assert ("crs", {"percent": 66.7, "n": 4, "grade": "1-2", "subgroup": "DL2", "N": 6}) in got
    assert ("transplant", {"percent": 33.3, "n": 2, "subgroup": "DL2", "N": 6}) in got
    assert not [m for m in got if m[0] == "crs" and m[1].get("n") == 2]   # (the transplant row is no CRS row)


# NEJM: a head on four lines (the value columns' lines with an empty first cell), the cells' format on two lines under
# it, a label wrapped onto a line starting with its grade ("Neutropenia, grade" over "≥3, >28 days"), and the last row's
# label finished by a few words below it ("Allogeneic HSCT after" over "CAR T")
TABLE_GRADE_RANGE_FOOTNOTE = "Table 2. Safety\nOutcome\tChildren (n = 14)\tAdults (n = 26)\nAcute GVHD, grade 1-2b\t0\t1 (3.8)\n"


def test_table_label_with_a_footnote_letter_after_its_grade_range():
    assert read_text(TABLE_GRADE_RANGE_FOOTNOTE) == [
        ("gvhd", {"n": 0, "percent": 0.0, "negated": True, "grade": "1-2", "acute": True, "subgroup": "Children", "N": 14}),
        ("gvhd", {"percent": 3.8, "n": 1, "grade": "1-2", "acute": True, "subgroup": "Adults", "N": 26})]


# cells "n/N (%)" with no format stated in the head or the label: the count of its total, the percent agreeing with it
TABLE_FRACTION_CELLS = ("Event\tDL1 (n = 6)\tDL2 (n = 9)\tAll (N = 15)\nCRS, any grade\t5/6 (83.3)\t9/9 (100)\t14/15 (93.3)\n"
                        "CRS, grade \u22653\t0/6 (0)\t2/9 (22.2)\t2/15 (13.3)\n")


def test_table_cells_of_a_count_over_its_total_with_their_percent_need_no_stated_format():
    got = read_text(TABLE_FRACTION_CELLS)
    assert ("crs", {"percent": 83.3, "n": 5, "N": 6, "grade": "any", "subgroup": "DL1"}) in got
    assert ("crs", {"percent": 93.3, "n": 14, "N": 15, "grade": "any"}) in got
    assert ("crs", {"n": 0, "N": 6, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "DL1"}) in got
    assert len([m for m in got if m[0] == "crs"]) == 6


# columns naming survival endpoints at a time point, the estimates' format in the caption ("Survival estimates, % (95% CI)")
TABLE_CAPTION_CI_ENDPOINT_COLUMNS = ("Table S5. Survival estimates, % (95% CI)\nCohort\t12-month PFS\t12-month OS\n"
                                     "DL1 (n = 8)\t37.5 (8.7-67.4)\t87.5 (38.7-98.1)\n"
                                     "DL2 (n = 14)\t64.3 (34.3-83.3)\t92.9 (59.1-99.0)\n"
                                     "Median follow-up was 16.3 months (range, 7.0-28.9).")


def test_table_endpoint_columns_take_the_ci_format_of_the_caption_and_prose_after_the_last_row_is_read():
    got = read_text(TABLE_CAPTION_CI_ENDPOINT_COLUMNS)
    # (the group's "(n = 8)" is the cells' N)
    assert ("progression_free_survival", {"percent": 37.5, "months": 12, "ci_low": 8.7, "ci_high": 67.4, "subgroup": "DL1", "N": 8}) in got
    assert ("overall_survival", {"percent": 92.9, "months": 12, "ci_low": 59.1, "ci_high": 99.0, "subgroup": "DL2", "N": 14}) in got
    assert ("median_followup", {"months": 16.3, "range_low": 7.0, "range_high": 28.9}) in got


def test_table_time_point_rows_under_endpoint_population_columns_keep_their_populations():
    # (the caption's CI format goes to these columns by the rows' time points, not as a column's own format)
    got = read_text("Table 2. Kaplan-Meier estimates, % [95% CI]\nTime after infusion\tOS, all patients (n=52)\t"
                    "EFS, responders consolidated with HSCT (n=14)\n1 year\t78.8 [65.1–87.7]\t85.7 [53.9–96.2]\n"
                    "2 years\t67.3 [52.8–78.3]\t78.6 [47.2–92.5]\n")
    assert ("overall_survival", {"percent": 78.8, "months": 12, "ci_low": 65.1, "ci_high": 87.7, "N": 52}) in got
    assert ("event_free_survival", {"percent": 78.6, "months": 24, "ci_low": 47.2, "ci_high": 92.5,
                                    "subgroup": "responders consolidated with HSCT", "N": 14}) in got
    assert not [m for m in got if m[0] == "transplant"]


def test_table_rows_with_the_same_cells_are_each_read():
    # (a row's cells equal to the row above's are no restatement of them: only the text's results are restated by a table)
    got = read_text("Table 2. Response by dose level\nDose level\tPatients, n\tCR/CRi, n (%)\nDL2\t12\t11 (91.7)\n"
                    "DL3\t12\t11 (91.7)\n")
    assert [m[1].get("subgroup") for m in got if m[0] == "complete_remission"] == ["DL2", "DL3"]


@pytest.mark.parametrize("text", [
    "HLH-like toxicity: 3 pts, all responding to anakinra.",
    "Three patients with CRS responded to tocilizumab.",
    "ICANS in 4 patients, all responsive to dexamethasone.",
])
def test_a_toxicitys_response_to_its_treatment_is_no_response(text):
    assert [m for m in read_text(text) if m[0] == "overall_response"] == []


def test_text_after_a_trial_registration_line_is_read():
    got = read_text("Trial registration: NCT08891066.\nSupplementary Methods. Patients received CAR T cells at 1 × 10^8 "
                    "cells/m² (DL1) or 2 × 10^8 cells/m² (DL2) after bendamustine lymphodepletion.")
    assert ("dose", {"low": 100000000, "high": 100000000, "unit": "cells/m2", "label": "DL1"}) in got


# two tables one under the other, a short caption between them: the second's head (no value, other cells) starts a table
TABLES_STACKED = ("Best response by dose level\nn (%)\tDL1 (n=3)\tDL2 (n=5)\tTotal (N=8)\nCR\t0\t2 (40.0)\t2 (25.0)\n"
                  "PR\t1 (33.3)\t1 (20.0)\t2 (25.0)\nCRS and ICANS by maximum grade\n(no. of patients)\tAny\tGr 1\tGr 2\tGr 3\n"
                  "CRS\t6\t3\t2\t1\nICANS\t1\t1\t0\t0\n")


def test_a_table_set_under_another_starts_at_its_own_head():
    got = read_text(TABLES_STACKED)
    assert ("complete_remission", {"percent": 40.0, "n": 2, "subgroup": "DL2", "N": 5}) in got
    assert ("crs", {"n": 6, "grade": "any"}) in got and ("crs", {"n": 1, "grade": "3"}) in got
    assert ("neurotoxicity", {"n": 1, "grade": "1"}) in got
    # (a head's next line, before any row of values, is no next table's head)
    got = read_text("Response and toxicity by dose level\n\tDL1\tDL2\tAll\nOutcome, n (%)\t(n = 3)\t(n = 9)\t(N = 12)\n"
                    "CR/CRi\t2 (66.7)\t8 (88.9)\t10 (83.3)\n")
    assert ("complete_remission", {"percent": 88.9, "n": 8, "includes_cri": True, "subgroup": "DL2", "N": 9}) in got


TABLE_NEJM_FOUR_LINE_HEAD = (
    "Table 1. Response and Adverse Events According to Dose Level.\nVariable\tDL1:\tDL2:\tAll\n\t1x10^6\t2x10^6\tPatients\n"
    "\tcells/kg\tcells/kg\t(N = 25)\n\t(N = 11)\t(N = 14)\t\nnumber of patients\n(percent)\n"
    "CRS, grade 3\t0\t1 (7.1)\t1 (4.0)\nNeutropenia, grade\t3 (27.3)\t4 (28.6)\t7 (28.0)\n\u22653, >28 days\n"
    "Allogeneic HSCT after\t2 (18.2)\t5 (35.7)\t7 (28.0)\nCAR T\n")


def test_table_head_on_four_lines_a_label_wrapped_at_its_grade_and_a_last_label_finished_below():
    dl1, dl2 = "DL1: 1x10^6 cells/kg", "DL2: 2x10^6 cells/kg"
    assert read_text(TABLE_NEJM_FOUR_LINE_HEAD) == [
        ("crs", {"n": 0, "N": 11, "percent": 0.0, "negated": True, "grade": "3", "subgroup": dl1}),
        ("crs", {"percent": 7.1, "n": 1, "grade": "3", "subgroup": dl2, "N": 14}),
        ("crs", {"percent": 4.0, "n": 1, "grade": "3", "N": 25}),
        ("transplant", {"percent": 18.2, "n": 2, "subgroup": dl1, "N": 11}),
        ("transplant", {"percent": 35.7, "n": 5, "subgroup": dl2, "N": 14}),
        ("transplant", {"percent": 28.0, "n": 7, "N": 25})]


def test_table_format_line_under_the_header_footnote_letters_and_level_columns():
    got = read_text(TABLE_NEJM_FORMAT_LINE)
    assert ("crs", {"percent": 67, "n": 2, "grade": "any", "subgroup": "Dose Level 1", "N": 3}) in got
    assert ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": "3", "subgroup": "Dose Level 1", "N": 3}) in got
    assert ("crs", {"percent": 11, "n": 1, "grade": "3", "N": 9}) in got
    assert len(got) == 8   # (the infections rows name no endpoint)
    assert read_text(TABLE_NEJM_LEVELS) == [
        # (a response cell of none is a stated absence in its column's group, as an event's: record.md)
        ("complete_remission", {"n": 0, "N": 1, "percent": 0.0, "timepoint_days": 28, "includes_cri": True,
                                "subgroup": "Dose Level 1", "negated": True}),
        ("complete_remission", {"percent": 67, "n": 2, "N": 3, "timepoint_days": 28, "includes_cri": True, "subgroup": "Dose Level 2"}),
        ("complete_remission", {"percent": 50, "n": 2, "N": 4, "timepoint_days": 28, "includes_cri": True}),
        ("overall_response", {"percent": 33, "n": 1, "N": 3, "subgroup": "Dose Level 1"}),
        ("overall_response", {"percent": 67, "n": 4, "N": 6, "subgroup": "Dose Level 2"}),
        ("overall_response", {"percent": 56, "n": 5, "N": 9})]


def test_table_time_point_columns_with_the_ci_format_in_the_caption():
    assert read_text(TABLE_TIMES_CAPTION_CI) == [
        ("overall_survival", {"percent": 87.0, "months": 6, "ci_low": 65.0, "ci_high": 95.6, "N": 23}),
        ("overall_survival", {"percent": 73.4, "months": 12, "ci_low": 50.3, "ci_high": 87.1, "N": 23}),
        ("relapse_free_survival", {"percent": 84.2, "months": 6, "ci_low": 58.7, "ci_high": 94.6, "subgroup": "patients in CR/CRi",
                                   "N": 19}),
        ("relapse_free_survival", {"percent": 63.2, "months": 12, "ci_low": 37.9, "ci_high": 80.4, "subgroup": "patients in CR/CRi",
                                   "N": 19})]


def test_table_row_of_p_values_under_the_endpoint_columns_and_a_header_states_no_result():
    got = read_text(TABLE_P_ROW)
    assert ("p_value", {"value": ".04", "outcome": "relapse"}) in got
    assert ("p_value", {"value": ".39", "outcome": "relapse_free_survival"}) in got
    # the header's "12-month RFS, % (95% CI)" names a column: no 95% estimate
    assert not any(f.get("percent") == 95 for _, f in got)
    assert len(got) == 6


# blind53: a relapse named as where patients came from ("in post-HSCT relapse") is a population, not a relapse
# count; a group named by a threshold after its value ("with ≥5% marrow blasts"); a level's label before its value
# in brackets ("[phase 1 11/12; phase 2 36/39]"); MRD negativity with its assay in parentheses; an aside sizing the
# population ("present in 17 patients"); "x10e6" doses; named pairs after a semicolon with their own p-value;
# an earlier report of the same cohort, a present-tense "is only 4-6 months" and a conclusion's rounded rate
BLIND53_FAMILIES = [
    ("CR/CRi rates were 26/29 (89·7%) in post-HSCT relapse v 16/18 (88·9%) in transplant-naive patients, and 24/28 "
     "(85·7%) with ≥5% marrow blasts v 18/19 (94·7%) with low disease burden.",
     [("complete_remission", {"percent": 89.7, "n": 26, "N": 29, "includes_cri": True}),
      ("complete_remission", {"percent": 88.9, "n": 16, "N": 18, "subgroup": "transplant-naive"}),
      ("complete_remission", {"percent": 85.7, "n": 24, "N": 28}), ("complete_remission", {"percent": 94.7, "n": 18, "N": 19})]),
    ("Twelve-month EFS was 70·1% after post-HSCT relapse v 46·9% in transplant-naive patients (p=0·047).",
     [("event_free_survival", {"percent": 70.1, "months": 12}),
      ("event_free_survival", {"percent": 46.9, "months": 12, "subgroup": "transplant-naive"}),
      ("p_value", {"value": "0.047"})]),
    ("CR rates were 89.7% in patients with post-HSCT relapse versus 88.9% in transplant-naive patients.",
     [("complete_remission", {"percent": 89.7}), ("complete_remission", {"percent": 88.9, "subgroup": "transplant-naive"})]),
    ("The CR rate was 26/29 (89.7%) in post-transplant relapse v 16/18 (88.9%) in primary refractory disease.",
     [("complete_remission", {"n": 26, "N": 29}), ("complete_remission", {"n": 16, "N": 18})]),
    # a relapse after a transplant that is the result stays one
    ("Post-transplant relapse occurred in 3 of 20 patients (15%).", [("relapse", {"percent": 15, "n": 3, "N": 20})]),
    ("The CR rate was 85.7% (24/28) with ≥5% bone marrow blasts versus 94.7% (18/19) with <5% blasts.",
     [("complete_remission", {"percent": 85.7, "n": 24, "N": 28}), ("complete_remission", {"percent": 94.7, "n": 18, "N": 19})]),
    ("CR was achieved in 12/15 (80%) with 5% or more marrow blasts and in 9/9 (100%) with MRD-level disease.",
     [("complete_remission", {"percent": 80, "n": 12, "N": 15}), ("complete_remission", {"percent": 100, "n": 9, "N": 9})]),
    ("Twelve patients (40%) had ≥5% marrow blasts at lymphodepletion.", []),
    ("D28 CR/CRi 47/51 (92.2%) [phase 1 11/12; phase 2 36/39], with MRD- (<10^-4) in 44 (86.3%).",
     [("complete_remission", {"percent": 92.2, "n": 47, "N": 51, "timepoint_days": 28}),
      ("complete_remission", {"n": 11, "N": 12, "subgroup": "phase 1"}),
      ("complete_remission", {"n": 36, "N": 39, "percent": 92.3, "subgroup": "phase 2"}),
      ("mrd_negative", {"percent": 86.3, "n": 44, "N": None})]),
    ("CR 20/24 (83.3%) (DL1 2/3; DL2 5/6; DL3 13/15).",
     [("complete_remission", {"percent": 83.3, "n": 20, "N": 24}), ("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}),
      ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL2"}), ("complete_remission", {"n": 13, "N": 15, "subgroup": "DL3"})]),
    ("ORR was 85% (cohort A 17/20; cohort B 12/14).",
     [("overall_response", {"percent": 85}), ("overall_response", {"n": 17, "N": 20, "subgroup": "cohort A"}),
      ("overall_response", {"n": 12, "N": 14, "subgroup": "cohort B"})]),
    ("MRD (clonoSEQ, 10^-6) negative in 18/22 evaluable CR pts.",
     [("mrd_negative", {"n": 18, "N": 22, "percent": 81.8, "derived": True})]),
    ("MRD (NGS, 10-6)-negative in 9 of 11 patients.", [("mrd_negative", {"n": 9, "N": 11})]),
    ("MRD (by flow cytometry) negativity was achieved in 20/24 (83.3%).", [("mrd_negative", {"percent": 83.3, "n": 20, "N": 24})]),
    ("MRD- (NGS) 15/17 at D28.", [("mrd_negative", {"n": 15, "N": 17})]),
    ("Extramedullary disease, present in 17 patients, resolved completely in 12 and partially in 3.",
     [("complete_remission", {"n": 12, "N": 17, "percent": 70.6, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 17, "percent": 17.6, "site": "extramedullary"})]),
    ("EMD, present at baseline in 9 patients, resolved completely in 6 and partially in 2.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 9, "site": "extramedullary"})]),
    ("Extramedullary lesions (present in 11 patients at infusion) resolved completely in 8 (72.7%).",
     [("complete_remission", {"percent": 72.7, "n": 8, "N": 11, "site": "extramedullary"})]),
    ("Extramedullary disease, which was present in 10, completely resolved in 7 patients.",
     [("complete_remission", {"n": 7, "N": 10, "site": "extramedullary"})]),
    ("After Flu/Cy, pts received a single infusion of MC19 at 2.0x10e6 CAR+ T-cells/kg.",
     [("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"})]),
    ("Patients received 5 X 10E5 CAR-T cells/kg (n=3) or 1x10e+6/kg (n=6).",
     [("dose", {"low": 5e5, "unit": "cells/kg"}), ("dose", {"low": 1e6, "unit": "cells/kg"}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6})]),
    ("CR rate: classic 20/26 (76.9%) v blastoid/pleomorphic 9/14 (64.3%), p=0.47; TP53-mut 8/13 (61.5%) v TP53-wt 21/27 (77.8%).",
     [("complete_remission", {"percent": 76.9, "n": 20, "N": 26, "subgroup": "classic"}),
      ("complete_remission", {"percent": 64.3, "n": 9, "N": 14, "subgroup": "blastoid/pleomorphic"}),
      ("p_value", {"value": "0.47", "compares": ["classic", "blastoid/pleomorphic"]}),
      ("complete_remission", {"percent": 61.5, "n": 8, "N": 13, "subgroup": "TP53-mut"}),
      ("complete_remission", {"percent": 77.8, "n": 21, "N": 27, "subgroup": "TP53-wt"})]),
    ("ORR: classic 30/35 (85.7%) v blastoid 20/25 (80.0%); TP53-mutated 8/13 (61.5%) vs TP53-wildtype 21/27 (77.8%), p=0.28.",
     [("overall_response", {"percent": 85.7, "subgroup": "classic"}), ("overall_response", {"percent": 80.0, "subgroup": "blastoid"}),
      ("overall_response", {"percent": 61.5, "subgroup": "TP53-mutated"}), ("overall_response", {"percent": 77.8, "subgroup": "TP53-wildtype"}),
      ("p_value", {"value": "0.28", "compares": ["TP53-mutated", "TP53-wildtype"], "outcome": "overall_response"})]),
    ("CR 75% (15/20); high-risk 8/12 (66.7%) vs standard-risk 7/8 (87.5%).",
     [("complete_remission", {"percent": 75, "n": 15, "N": 20}), ("complete_remission", {"percent": 66.7, "subgroup": "high-risk"}),
      ("complete_remission", {"percent": 87.5, "subgroup": "standard-risk"})]),
    # background: an earlier report of the same cohort, a present-tense general figure
    ("Donor-derived CD7 CAR T cells can induce remission in T-ALL, and in our first report 18 of 20 patients achieved complete "
     "remission (CR) within 4 weeks; the durability of these remissions was unknown.", []),
    ("In our initial report, the CR rate was 90% (18/20). Here, 55 of 60 patients (91.7%) achieved CR.",
     [("complete_remission", {"percent": 91.7, "n": 55, "N": 60})]),
    ("Relapse after allo-HSCT is the main cause of death in T-ALL, and the median survival after post-transplant relapse is "
     "only 4-6 months.", []),
    ("The CR rate of salvage chemotherapy is only 20%-40%. In our cohort the CR rate was 26/29 (89.7%).",
     [("complete_remission", {"percent": 89.7, "n": 26, "N": 29})]),
    # a conclusion's whole-number rate that rounds the result stated before it restates it
    ("D28 CR/CRi was 47/51 (92.2%). Conclusions: TanCAR at 3×10^6/kg produced a 92% CR/CRi rate with mostly G1-2 CRS.",
     [("complete_remission", {"percent": 92.2, "n": 47, "N": 51}), ("dose", {"low": 3e6})]),
    ("The CR rate was 92.2% at day 28 and 88% at month 3.",
     [("complete_remission", {"percent": 92.2}), ("complete_remission", {"percent": 88})]),
    # a poster's "D28" and "M3" time points
    ("CR at D28 was 20/24.", [("complete_remission", {"n": 20, "N": 24, "timepoint_days": 28})]),
    ("ORR at M3 was 80.0%.", [("overall_response", {"percent": 80.0, "timepoint_days": 91})]),
    ("EMD: EM-CR 6/8 by PET-CT at M3.", [("complete_remission", {"n": 6, "N": 8, "timepoint_days": 91, "site": "extramedullary"})]),
    ("The CR rate was 80% in the D2 group.", [("complete_remission", {"percent": 80, "timepoint_days": None})]),
]


@pytest.mark.parametrize("text, expected", BLIND53_FAMILIES)
def test_blind53_families(text, expected):
    _matches(read_text(text), expected)


# blind53 / blind50 cohort and disease counts: each family with the batch's sentence and variants in other styles
BLIND53_COHORT_FAMILIES = [
    # the leukapheresed ("had undergone", "pts leukapheresed") are the enrolled, before the infused
    ("As of the data cut-off (Jul 31, 2024), 26 pts had undergone leukapheresis and 24 were infused (DL1 n=3; DL2 n=6; "
     "DL3 n=15); products met release criteria for 25/26 (96.2%).",
     [("patients_enrolled", {"value": 26}), ("patients_treated", {"value": 24}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 15, "subgroup": "DL3"})]),
    ("By March 2025, 40 patients had undergone apheresis, and 36 received CAR T cells.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("Of 88 patients leukapheresed at 11 centres, 80 received tisa-cel.",
     [("patients_enrolled", {"value": 88}), ("patients_treated", {"value": 80})]),
    # the cohort's eligibility for the pivotal trials is no background about those trials
    ("Of 541 pts leukapheresed, 502 were infused (axi-cel n = 318; tisa-cel n = 184); 61% would have been ineligible for "
     "the pivotal trials and 27% received bridging radiotherapy.",
     [("patients_enrolled", {"value": 541}), ("patients_treated", {"value": 502}),
      ("patients_treated", {"value": 318, "subgroup": "axi-cel"}), ("patients_treated", {"value": 184, "subgroup": "tisa-cel"})]),
    ("Patients who would have been ineligible for the registration trials had a 12-month PFS of 48.9% compared with 71.8% "
     "for eligible patients (p=0.011).",
     [("progression_free_survival", {"percent": 48.9, "months": 12}),
      ("progression_free_survival", {"percent": 71.8, "months": 12, "subgroup": "eligible"}),
      ("p_value", {"value": "0.011"})]),
    ("In the pivotal trial, the CR rate was 54%.", []),
    # a telegraphic disease list with the count first
    ("Median age was 17 y (range 4-58); 15 T-ALL, 9 T-LBL; 8 (33.3%) had relapsed after prior allo-HSCT; median CD7 "
     "positivity on blasts 98.5%.",
     [("disease_count", {"value": 15, "label": "T-ALL"}), ("disease_count", {"value": 9, "label": "T-LBL"})]),
    ("Diagnoses: 12 T-ALL and 3 CD7+ AML.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "AML"})]),
    ("Median age 61 y; 20 DLBCL, 6 tFL, 4 PMBCL; median 3 prior lines.",
     [("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 6, "label": "tFL"}),
      ("disease_count", {"value": 4, "label": "PMBCL"})]),
    # the patients a report describes or analyses, named as CAR-T recipients
    ("In this letter we describe fourteen patients with relapsed or refractory CD7-positive lymphoma—peripheral T-cell "
     "lymphoma, not otherwise specified (PTCL-NOS; n = 6), angioimmunoblastic T-cell lymphoma (AITL; n = 3) and extranodal "
     "NK/T-cell lymphoma (ENKTL; n = 5)—who received autologous, protein-expression-blocker CD7 CAR-T cells at 1–3 × 10^6 "
     "cells/kg in a single-centre pilot study (ChiCTR2388053003).",
     [("patients_treated", {"value": 14}), ("disease_count", {"value": 6, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 3, "label": "AITL"}), ("disease_count", {"value": 5, "label": "ENKTL"}),
      ("dose", {"low": 1e6, "high": 3e6, "unit": "cells/kg"})]),
    ("We retrospectively analyzed 137 patients who attained CR after autologous or donor-derived CD7 CAR-T therapy at 6 "
     "centers in China between 2020 and 2024.", [("patients_treated", {"value": 137})]),
    ("Here we report 23 children who were treated with CD19 CAR T cells at our centre.", [("patients_treated", {"value": 23})]),
    ("We analysed 50 patients with LBCL, of whom 45 were infused with axi-cel.",
     [("disease_count", {"value": 50, "label": "LBCL"}), ("patients_treated", {"value": 45})]),
    # a registry's analysed cohort as the subject, broken down by disease and by product
    ("Forty-five patients from 12 centres were analysed (T-ALL n = 34, T-LBL n = 11; autologous CAR-T n = 21, donor-derived "
     "n = 24); median age was 24 years (range 5–61), and 19 had relapsed after a previous allo-HCT.",
     [("patients_treated", {"value": 45}), ("disease_count", {"value": 34, "label": "T-ALL"}),
      ("disease_count", {"value": 11, "label": "T-LBL"}), ("patients_treated", {"value": 21, "subgroup": "autologous CAR-T"}),
      ("patients_treated", {"value": 24, "subgroup": "donor-derived"})]),
    ("A total of 212 consecutive patients treated at 9 centres were retrospectively analyzed.", [("patients_treated", {"value": 212})]),
    ("Samples from 20 patients were analysed by flow cytometry.", []),
    ("Of the 60 infused patients, 55 were analyzed for efficacy.", [("patients_treated", {"value": 60})]),
    # groups after a colon, a group's own per-level parenthesis, an aside on how a group splits
    ("As of 1 Oct 2024, 58 pts were enrolled and 51 infused: phase 1, n=12 (DL1 3, DL2 6, DL3 3); phase 2, n=39.",
     [("patients_enrolled", {"value": 58}), ("patients_treated", {"value": 51}),
      ("patients_treated", {"value": 12, "subgroup": "phase 1"}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 3, "subgroup": "DL3"}),
      ("patients_treated", {"value": 39, "subgroup": "phase 2"})]),
    ("Thirty patients were treated: dose escalation, n = 9 (DL1 n = 3, DL2 n = 6); expansion, n = 21.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 9, "subgroup": "dose escalation"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 21, "subgroup": "expansion"})]),
    ("Of 53 patients enrolled, 48 were infused (phase I, n = 15, five per dose level; phase II, n = 33); the median age was "
     "52 years (range, 19-73), and 17 had relapsed after allogeneic hematopoietic cell transplantation (HCT).",
     [("patients_enrolled", {"value": 53}), ("patients_treated", {"value": 48}),
      ("patients_treated", {"value": 15, "subgroup": "phase I"}), ("patients_treated", {"value": 33, "subgroup": "phase II"})]),
    # a part of the treated named by its phase or cohort after "incl." / "including"
    ("As of Aug 1, 2025, 34 pts were enrolled and 31 dosed (DL1 n=3, DL2 n=6, DL3 n=22, incl. 13 in phase 2).",
     [("patients_enrolled", {"value": 34}), ("patients_treated", {"value": 31}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 22, "subgroup": "DL3"}),
      ("patients_treated", {"value": 13, "subgroup": "phase 2"})]),
    ("Twenty-seven patients were infused, including 12 in the expansion cohort.",
     [("patients_treated", {"value": 27}), ("patients_treated", {"value": 12, "subgroup": "expansion cohort"})]),
    ("A total of 40 patients were treated (including 9 in phase 1b and 31 in phase 2).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 9, "subgroup": "phase 1b"}),
      ("patients_treated", {"value": 31, "subgroup": "phase 2"})]),
    # a results label whose parenthesis gives the evaluable size
    ("Efficacy (evaluable n=29): ORR 79% (23/29); CR/CRi 69% (20/29), MRD-neg (<10^-4) in 18/20 responders.",
     [("patients_treated", {"value": 29, "subgroup": "evaluable"}), ("overall_response", {"percent": 79, "n": 23, "N": 29}),
      ("complete_remission", {"percent": 69, "n": 20, "N": 29}), ("mrd_negative", {"n": 18, "N": 20})]),
    ("Response (evaluable pts, n = 22): CR 15 (68.2%), PR 4.",
     [("patients_treated", {"value": 22, "subgroup": "evaluable"}), ("complete_remission", {"percent": 68.2, "n": 15}),
      ("partial_remission", {"n": 4})]),
    # a disease as the subject of its count, a subtype counted in an aside
    ("T-ALL accounted for 43 patients (including early T-cell precursor [ETP] ALL in 15) and T-LBL for 21; the median age "
     "was 27 years (range, 9–61), and 26 patients had relapsed after allogeneic hematopoietic stem cell transplantation (HSCT).",
     [("disease_count", {"value": 43, "label": "T-ALL"}), ("disease_count", {"value": 15, "label": "ETP-ALL"}),
      ("disease_count", {"value": 21, "label": "T-LBL"})]),
    ("DLBCL accounted for 30 cases, tFL for 8 and PMBCL for 4.",
     [("disease_count", {"value": 30, "label": "DLBCL"}), ("disease_count", {"value": 8, "label": "tFL"}),
      ("disease_count", {"value": 4, "label": "PMBCL"})]),
    ("Large B-cell lymphoma made up 61 of the 80 patients.", [("disease_count", {"value": 61, "label": "LBCL"})]),
    ("T-ALL accounted for 45% of patients.", []),
    # "of whom" with the list going on, the verb elided
    ("Between April 4, 2023, and June 17, 2025, 15 children were screened and 13 were enrolled; 12 received BE-CAR7 "
     "(cohort 1, n=5; cohort 2, n=7), ten of whom had T-ALL and two T-LBL.",
     [("patients_enrolled", {"value": 13}), ("patients_treated", {"value": 12}), ("patients_treated", {"value": 5, "subgroup": "cohort 1"}),
      ("patients_treated", {"value": 7, "subgroup": "cohort 2"}), ("disease_count", {"value": 10, "label": "T-ALL"}),
      ("disease_count", {"value": 2, "label": "T-LBL"})]),
    ("Twenty patients were infused, 14 of whom had T-ALL, 4 T-LBL and 2 ETP-ALL.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "T-ALL"}),
      ("disease_count", {"value": 4, "label": "T-LBL"}), ("disease_count", {"value": 2, "label": "ETP-ALL"})]),
    # a dose list's number is no treated count
    ("Autologous CAR-T cells were manufactured with a CD7 protein-expression blocker; phase I tested 0.5 × 10^6, 1 × 10^6, "
     "and 2 × 10^6 CAR-T cells/kg, and phase II patients were treated at the middle dose level.",
     [("dose", {"low": 5e5}), ("dose", {"low": 1e6}), ("dose", {"low": 2e6})]),
    ("Dose levels of 1 × 10^6 and 3 × 10^6 cells/kg were explored, and expansion patients were treated at the higher level.",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
]


@pytest.mark.parametrize("text, expected", BLIND53_COHORT_FAMILIES)
def test_blind53_cohort_families(text, expected):
    _matches(read_text(text), expected)


# blind50/blind51: response, relapse, survival, GVHD, p-value and background families
BLIND50_FAMILIES = [
    # a cap on a dose after a comma or "with a maximum of" is no dose level
    ("Adults were randomly assigned to taza-cel (target dose 2 × 10^6 CAR T cells/kg, maximum 2 × 10^8 cells) or "
     "standard of care.", [("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Patients received 1 × 10^6 CAR T cells/kg with a maximum of 1 × 10^8 cells.", [("dose", {"low": 1e6, "unit": "cells/kg"})]),
    ("The dose was 2 × 10^6 cells/kg, not to exceed 2 × 10^8 CAR-T cells.", [("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Patients received 0.5 × 10^6 cells/kg, and 2 × 10^6 cells/kg at DL2.",
     [("dose", {"low": 5e5}), ("dose", {"low": 2e6})]),
    # what a therapy does in general, in the present tense, with a range of rates, is background
    ("CD7-targeted CAR-T therapy induces complete remission (CR) in 85% to 95% of patients with relapsed or refractory "
     "T-ALL, yet the durability of these remissions remains poorly defined.", []),
    ("CD19 CAR T cells achieve CR rates of 70-90% in B-ALL.", []),
    ("Tisagenlecleucel yields responses in 60%–80% of children.", []),
    ("CAR-T induced CR in 18 of 20 patients (90%).", [("complete_remission", {"n": 18, "N": 20, "percent": 90})]),
    # a cohort selected by its response is no response result (its size is the treated count, BLIND53_COHORT_FAMILIES)
    ("We retrospectively analyzed 137 patients who attained CR after autologous or donor-derived CD7 CAR-T therapy at "
     "6 centers in China between 2020 and 2024.", [("patients_treated", {"value": 137})]),
    ("We identified 40 adults who were in complete remission 3 months after infusion.", []),
    # reasons in parentheses after a step not taken are no relapse (or transplant) counts
    ("Thirty-seven patients (88.1%) proceeded to allo-HSCT at a median of 34 days (range, 22-61) after CAR-T infusion; "
     "the remaining two responders did not (early relapse, n=1; fungal pneumonia, n=1).",
     [("transplant", {"percent": 88.1, "n": 37})]),
    ("Three patients were not transplanted (infection [n = 2], relapse [n = 1]).", []),
    ("Five responders never proceeded to HSCT (donor unavailable, n = 3; early relapse, n = 2).", []),
    # a rate's N with its population after "81.2% in the 31 patients who …" is no response count
    ("Two-year LFS was 81.2% in the 31 patients who were MRD-negative before HSCT vs. 16.7% in the 6 who were "
     "MRD-positive (p < 0.001).",
     [("leukemia_free_survival", {"percent": 81.2, "months": 24, "N": 31}), ("leukemia_free_survival", {"percent": 16.7}),
      ("p_value", {"value": "<0.001"})]),
    ("Two-year LFS was 81.2% in the 31 patients who achieved MRD-negative CR before HSCT vs. 16.7% in the 6 who did "
     "not (p < 0.001).",
     [("leukemia_free_survival", {"percent": 81.2, "N": 31}), ("leukemia_free_survival", {"percent": 16.7}),
      ("p_value", {"value": "<0.001"})]),
    # an included breakdown between commas is an aside: the rate after it is the term's before it
    ("The overall response rate, which included morphologic leukemia-free state (n = 4) and partial remission (n = 3), "
     "was 66.7%.", [("overall_response", {"percent": 66.7}), ("partial_remission", {"n": 3})]),
    ("The ORR, including CRi (n = 2) and PR (n = 3), was 80%.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"n": 2}), ("partial_remission", {"n": 3})]),
    ("The ORR, which comprised 10 CRs and 3 PRs, was 65%.",
     [("overall_response", {"percent": 65}), ("complete_remission", {"n": 10}), ("partial_remission", {"n": 3})]),
    # two printed p-values of one sentence are two comparisons, equal or not
    ("ICANS of any grade was more frequent with axi-cel (48·8% vs 13·0%; p<0·0001), as was grade 3 or worse ICANS "
     "(20·5% vs 3·7%; p<0·0001).",
     [("neurotoxicity", {"percent": 48.8, "grade": "any"}), ("neurotoxicity", {"percent": 13.0, "grade": "any"}),
      ("neurotoxicity", {"percent": 20.5, "grade": ">=3"}), ("neurotoxicity", {"percent": 3.7, "grade": ">=3"}),
      ("p_value", {"value": "<0.0001", "outcome": "neurotoxicity"}), ("p_value", {"value": "<0.0001", "outcome": "neurotoxicity"})]),
    ("CRS of any grade was more frequent after axi-cel (90% v 60%, P < .001) and so was grade 3 or higher CRS "
     "(12% v 2%, P < .001).",
     [("crs", {"percent": 90}), ("crs", {"percent": 60}), ("crs", {"percent": 12, "grade": ">=3"}),
      ("crs", {"percent": 2, "grade": ">=3"}), ("p_value", {"value": "<.001"}), ("p_value", {"value": "<.001"})]),
    # a hazard ratio's p-value when the rest of the sentence states both groups' values of its endpoint
    ("At the prespecified interim analysis, overall survival (OS) favored taza-cel (HR, 0.72; 95% CI, 0.53 to 0.98; "
     "P = .035); the 24-month OS rate was 68.9% v 55.3%.",
     [("p_value", {"value": ".035", "outcome": "overall_survival"}), ("overall_survival", {"percent": 68.9, "months": 24}),
      ("overall_survival", {"percent": 55.3, "months": 24})]),
    ("PFS was longer with cilta-cel (hazard ratio 0.41; P < .001), with 12-month PFS of 75.9% versus 48.6%.",
     [("p_value", {"value": "<.001", "outcome": "progression_free_survival"}),
      ("progression_free_survival", {"percent": 75.9}), ("progression_free_survival", {"percent": 48.6})]),
    ("In multivariable analysis, MRD positivity predicted shorter EFS (HR 3.2; P = .01); the 2-year EFS was 40%.",
     [("event_free_survival", {"percent": 40, "months": 24})]),
    # "all but one": the rest of the count stated before (or after "of the"), never a count of 1
    ("Within 28 days, 57 of 63 patients (90.5%) attained CR or CR with incomplete hematologic recovery (CRi), all but "
     "one with MRD-negative marrow by next-generation sequencing (<10^-6).",
     [("complete_remission", {"percent": 90.5, "n": 57, "N": 63, "timepoint_days": 28}),
      ("mrd_negative", {"n": 56, "N": 57, "percent": 98.2, "timepoint_days": 28})]),
    ("Eighteen of 20 patients achieved CR, all but one of whom were MRD-negative.",
     [("complete_remission", {"n": 18, "N": 20}), ("mrd_negative", {"n": 17, "N": 18})]),
    ("All but one of the 12 patients achieved CR.", [("complete_remission", {"n": 11, "N": 12})]),
    ("All but two patients developed CRS.", []),
    # "regained"/"re-entered" CR after a second infusion; patients with an antigen-phenotype relapse are a population;
    # "none of the N …" is 0 of N
    ("Of 11 patients re-infused with CD7 CAR-T cells for CD7-positive relapse, 6 regained CR, whereas none of the 5 "
     "patients with CD7-negative relapse who received a second CD7 CAR-T infusion responded.",
     [("complete_remission", {"n": 6, "N": 11}), ("overall_response", {"n": 0, "N": 5, "percent": 0.0})]),
    ("After a second infusion, 4 of 7 patients re-entered complete remission.", [("complete_remission", {"n": 4, "N": 7})]),
    ("None of the 4 patients with CNS disease responded.", [("overall_response", {"n": 0, "N": 4, "percent": 0.0})]),
    # "none of the N patients who were not X developed GVHD": an absence in that group, after a count of another
    ("Chronic graft-versus-host disease (GVHD) developed in 9 of the 35 transplanted patients (25.7%), whereas none of "
     "the 25 patients who were not transplanted developed GVHD.",
     [("gvhd", {"percent": 25.7, "n": 9, "N": 35, "chronic": True}),
      ("gvhd", {"n": 0, "N": 25, "negated": True, "grade": "any"})]),
    ("None of the 9 patients given universal products developed GVHD.", [("gvhd", {"n": 0, "N": 9, "negated": True})]),
    ("None of the 6 patients at DL1 had ICANS.", [("neurotoxicity", {"n": 0, "N": 6, "negated": True})]),
    # a pair "(3.4 v 8.9 months)" after "than": both medians, each with its group
    ("Median OS after relapse was 5.2 months (95% CI, 3.9–7.0) and was shorter after CD7-negative than after "
     "CD7-positive or CD7-dim relapse (3.4 v 8.9 months; P < .001).",
     [("overall_survival", {"median_months": 5.2, "ci_low": 3.9, "ci_high": 7.0}),
      ("overall_survival", {"median_months": 3.4, "subgroup": "CD7-negative"}),
      ("overall_survival", {"median_months": 8.9, "subgroup": "CD7-positive or CD7-dim relapse"}),
      ("p_value", {"value": "<.001", "outcome": "overall_survival"})]),
    ("Median PFS was longer with consolidation (14.2 v 6.1 months; P = .02).",
     [("progression_free_survival", {"median_months": 14.2}), ("progression_free_survival", {"median_months": 6.1}),
      ("p_value", {"value": ".02"})]),
    # "…, and by 13 of the 15 with X": the agent's "by" repeated in a list's last item
    ("CR/CRi was reached by 17/18 patients in phase 1 and 41/46 in phase 2, and by 13 of the 15 with ETP-ALL.",
     [("complete_remission", {"n": 17, "N": 18, "subgroup": "phase 1"}), ("complete_remission", {"n": 41, "N": 46, "subgroup": "phase 2"}),
      ("complete_remission", {"n": 13, "N": 15})]),
    ("CR was achieved by 10 of 12 children, and by 7 of 9 adults.",
     [("complete_remission", {"n": 10, "N": 12}), ("complete_remission", {"n": 7, "N": 9})]),
    # a dose level opening the sentence names the group ("At the RP2D,")
    ("At the RP2D, 16 of 18 patients responded and 11 reached a complete response.",
     [("overall_response", {"n": 16, "N": 18, "subgroup": "RP2D"}), ("complete_remission", {"n": 11, "subgroup": "RP2D"})]),
    ("At the highest dose level, 6 of 6 achieved CR.",
     [("complete_remission", {"n": 6, "N": 6, "subgroup": "highest dose level"})]),
    # lupus outcomes (DORIS remission, renal responses, drug-free remission) are no haematological CR or response
    ("At month 6, 13 of 15 patients (86.7%) were in DORIS remission, and all 15 had stopped glucocorticoids.", []),
    ("Complete renal response was achieved in 9 of 11 patients with nephritis.", []),
    ("Drug-free remission was achieved in 5 of 5 patients.", []),
]


@pytest.mark.parametrize("text, expected", BLIND50_FAMILIES)
def test_blind50_families(text, expected):
    _matches(read_text(text), expected)


def test_pilot_study_before_the_report_is_background():
    """An unlabelled opening's earlier study, before "We now report …" in the paragraph's first sentences, is background."""
    text = ("Fratricide has been the main obstacle to CD7 CAR-T cells. In a pilot study, naturally selected CD7 CAR-T cells "
            "induced complete remission (CR) in 19 of 20 patients. We now report the phase 1/2 trial (NCT09501001). "
            "Sixty-four patients were infused, and 58 of 64 (90.6%) achieved CR by day 28.")
    found = read_text(text)
    assert [(e, f.get("n"), f.get("N")) for e, f in found if e == "complete_remission"] == [("complete_remission", 58, 64)]
    text2 = ("Relapse after CD19 CAR-T is common. In our initial report of the first 40 patients, the day 28 CR rate was 91%. "
             "Here we report long-term outcomes of all 110 patients. The 3-year OS was 55.0%.")
    assert [e for e, _ in read_text(text2)] == ["overall_survival"]


TABLE_ENDPOINT_GRADE_COLUMNS = ("Table 2. Efficacy and safety by dose level\n"
                                "Dose level\tPatients, n\tCR/CRi at day 28, n (%)\tCRS, any grade, n (%)\tCRS, grade ≥3, n (%)\t"
                                "Allo-HSCT after CAR T, n\n"
                                "DL1\t3\t2 (66.7)\t2 (66.7)\t0\t1\n"
                                "DL2\t6\t5 (83.3)\t5 (83.3)\t1 (16.7)\t3\n")


def test_table_columns_naming_an_endpoint_and_a_grade_are_endpoint_columns():
    """"CRS, any grade, n (%)" and "CRS, grade ≥3, n (%)" name their event: columns of endpoints, read with the
    row's group (not grade columns of an event the row names); "Allo-HSCT after CAR T, n" counts the transplanted."""
    assert read_text(TABLE_ENDPOINT_GRADE_COLUMNS) == [
        ("patients_treated", {"value": 3, "subgroup": "DL1"}),   # (a dose level's size is its treated count)
        ("complete_remission", {"percent": 66.7, "n": 2, "timepoint_days": 28, "includes_cri": True, "subgroup": "DL1", "N": 3}),
        ("crs", {"percent": 66.7, "n": 2, "grade": "any", "subgroup": "DL1", "N": 3}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "DL1", "N": 3}),
        ("transplant", {"n": 1, "subgroup": "DL1", "N": 3}),
        ("patients_treated", {"value": 6, "subgroup": "DL2"}),
        ("complete_remission", {"percent": 83.3, "n": 5, "timepoint_days": 28, "includes_cri": True, "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 83.3, "n": 5, "grade": "any", "subgroup": "DL2", "N": 6}),
        ("crs", {"percent": 16.7, "n": 1, "grade": ">=3", "subgroup": "DL2", "N": 6}),
        ("transplant", {"n": 3, "subgroup": "DL2", "N": 6})]


BLIND54_FAMILIES = [
    # the authors' own earlier-treated cohort ("the historical cohort") compared with a new protocol is no other trial;
    # "historical cohorts/series/controls" from the literature stay background
    ("Fifty-eight patients were treated: 27 in the historical cohort and 31 in the prophylaxis cohort; 44 had T-ALL "
     "and 14 T-LBL.",
     [("patients_treated", {"value": 58}), ("patients_treated", {"value": 27, "subgroup": "historical cohort"}),
      ("patients_treated", {"value": 31, "subgroup": "prophylaxis cohort"}),
      ("disease_count", {"value": 44, "label": "T-ALL"}), ("disease_count", {"value": 14, "label": "T-LBL"})]),
    ("Day-28 CR/CRi rates were unaffected (prophylaxis 28/31 [90.3%] vs historical 24/27 [88.9%]).",
     [("complete_remission", {"n": 28, "N": 31, "timepoint_days": 28}), ("complete_remission", {"n": 24, "N": 27})]),
    ("Grade ≥3 CRS occurred in 4 of 30 patients in the historical cohort and in 1 of 28 in the new cohort.",
     [("crs", {"n": 4, "N": 30, "grade": ">=3"}), ("crs", {"n": 1, "N": 28, "grade": ">=3"})]),
    ("Patients with relapsed T-ALL have few options, and in historical cohorts fewer than 20% survive beyond 1 year.", []),
    ("Compared with a historical cohort of 40 patients treated with chemotherapy, the CR rate was 30%.", []),
    ("Historical controls had a CR rate of 25%.", []),
    # "k in the <name> cohort/arm/group" items after a colon or parenthesis, adding up to the treated count
    ("Forty patients were infused: 12 in the dose-escalation cohort and 28 in the expansion cohort.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "dose-escalation cohort"}),
      ("patients_treated", {"value": 28, "subgroup": "expansion cohort"})]),
    ("In total, 64 patients received CAR T cells (30 in the outpatient group and 34 in the inpatient group).",
     [("patients_treated", {"value": 64}), ("patients_treated", {"value": 30, "subgroup": "outpatient group"}),
      ("patients_treated", {"value": 34, "subgroup": "inpatient group"})]),
    # an absence in one group, then "v k (x%)" in the other: the other group's count of the same term and grade
    ("No grade 4 CRS occurred in the prophylaxis cohort, v 3 patients (11.1%) in the historical cohort.",
     [("crs", {"n": 0, "grade": "4", "negated": True}), ("crs", {"n": 3, "percent": 11.1, "grade": "4"})]),
    ("No grade 3 or higher ICANS occurred with prophylaxis, compared with 4 patients (12%) without it.",
     [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True}), ("neurotoxicity", {"n": 4, "percent": 12, "grade": ">=3"})]),
    ("There was no grade ≥3 CRS in the outpatient group vs 2 (5%) in the inpatient group.",
     [("crs", {"n": 0, "grade": ">=3", "negated": True}), ("crs", {"n": 2, "percent": 5, "grade": ">=3"})]),
    ("No ICANS was seen in cohort A versus 3 of 10 patients in cohort B.",
     [("neurotoxicity", {"n": 0, "negated": True}), ("neurotoxicity", {"n": 3, "N": 10})]),
    # a grade aside naming the grade of every one of a count: after a long population, or after a comma ("in both")
    ("Acute GVHD occurred in 4 of the 21 recipients of donor-derived products (grade I–II in all); none developed "
     "chronic GVHD.",
     [("gvhd", {"n": 4, "N": 21, "grade": "any", "acute": True}), ("gvhd", {"n": 4, "grade": "1-2", "acute": True}),
      ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("Among the 13 recipients of donor-derived cells, acute graft-versus-host disease developed in two, grade 1 skin in both.",
     [("gvhd", {"n": 2, "N": 13, "grade": "any", "acute": True}), ("gvhd", {"n": 2, "grade": "1", "acute": True})]),
    ("CRS occurred in 6 patients, grade 1 in all.", [("crs", {"n": 6, "grade": "any"}), ("crs", {"n": 6, "grade": "1"})]),
    ("Acute GVHD developed in 3 of 9 patients with a matched sibling donor (grade 2 in each).",
     [("gvhd", {"n": 3, "N": 9, "grade": "any"}), ("gvhd", {"n": 3, "grade": "2"})]),
    ("CRS developed in 5 of 12 children, grade 2 in both.", [("crs", {"n": 5, "N": 12, "grade": "any"})]),
    # the terse "G" after a comparator: "No CRS >G2" is no grade 3 or higher, not no CRS at all
    ("No CRS >G2; CRS G1–2 in 5 (33.3%).",
     [("crs", {"n": 0, "grade": ">=3", "negated": True}), ("crs", {"n": 5, "percent": 33.3, "grade": "1-2"})]),
    ("No ICANS >G1.", [("neurotoxicity", {"n": 0, "grade": ">=2", "negated": True})]),
    ("No CRS ≥G3.", [("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS ≥G3 in 2 (10%).", [("crs", {"n": 2, "percent": 10, "grade": ">=3"})]),
    # a transplant "in (CAR T-induced) remission" names the group, not a CR rate
    ("Two-year EFS was 71.9% for patients who underwent HCT in CAR T-induced remission versus 38.5% for those who did "
     "not (P = .01).",
     [("event_free_survival", {"percent": 71.9, "months": 24}), ("event_free_survival", {"percent": 38.5, "months": 24}),
      ("p_value", {"value": ".01"})]),
    ("The 1-year OS was 80% for patients transplanted in CR and 40% for those who were not.",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 40, "months": 12})]),
    ("Three-year LFS was 65% for patients consolidated with HSCT in first CAR-T-induced remission vs 30% for the others.",
     [("leukemia_free_survival", {"percent": 65, "months": 36}), ("leukemia_free_survival", {"percent": 30, "months": 36})]),
    # the abbreviation inside the disease's name: "early T-cell precursor (ETP) ALL"
    ("Thirty-two patients were registered and 30 were infused (phase 1, n=12; phase 2, n=18): T-ALL, n=19; T-LBL, n=8; "
     "early T-cell precursor (ETP) ALL, n=3.",
     [("patients_enrolled", {"value": 32}), ("patients_treated", {"value": 30}),
      ("patients_treated", {"value": 12, "subgroup": "phase 1"}), ("patients_treated", {"value": 18, "subgroup": "phase 2"}),
      ("disease_count", {"value": 19, "label": "T-ALL"}), ("disease_count", {"value": 8, "label": "T-LBL"}),
      ("disease_count", {"value": 3, "label": "ETP-ALL"})]),
    ("Of the 20 patients, 12 had T-ALL and 8 had early T-cell precursor (ETP) acute lymphoblastic leukemia.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 8, "label": "ETP-ALL"})]),
    ("Diagnoses were T-ALL (n = 10) and early T-cell precursor (ETP)-ALL (n = 4).",
     [("disease_count", {"value": 10, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "ETP-ALL"})]),
    # rheumatological outcomes (DORIS's definition of remission, ACR–EULAR major/moderate responses) are no
    # haematological CR or response
    ("At 6 months, all six patients with SLE met the DORIS definition of remission off glucocorticoids, and both "
     "patients with myositis had a major response according to the 2016 ACR–EULAR criteria.", []),
    ("Four of five patients with myositis achieved a moderate or major response by ACR/EULAR criteria.", []),
    ("Seven of eight patients met the DORIS criteria for remission.", []),
    ("ORR was 80% (8/10).", [("overall_response", {"percent": 80, "n": 8, "N": 10})]),
]


@pytest.mark.parametrize("text, expected", BLIND54_FAMILIES)
def test_blind54_families(text, expected):
    _matches(read_text(text), expected)


def test_an_abbreviations_label_covers_its_own_sentence_only():
    """A table note's "Abbreviations: CR, complete remission; …." is skipped, and the text after it is read."""
    got = read_text("Note: Values are n (%). Abbreviations: CR, complete remission; CRS, cytokine release syndrome; MRD, "
                    "measurable residual disease.\nCRS occurred in 13 patients (92.9%); it was grade 1-2 in 11. No ICANS was observed.")
    assert got == [("crs", {"percent": 92.9, "n": 13, "grade": "any"}), ("crs", {"n": 11, "grade": "1-2"}),
                   ("neurotoxicity", {"percent": 0.0, "n": 0, "grade": "any", "negated": True})]


def test_table_cells_whose_percent_agrees_with_the_group_size_are_counts_with_percents():
    """"3 (50.0)" under "Autologous (n = 6)": 3 of 6 is 50.0%, so the cell states a count and its percent
    (the "Values are n (%)" note after the table need not be read)."""
    assert read_text("Outcome\tAutologous (n = 6)\tDonor-derived (n = 8)\nCR/CRi at day 28\t3 (50.0)\t6 (75.0)\n"
                     "CRS, grade ≥3\t0\t2 (25.0)\n") == [
        ("complete_remission", {"percent": 50.0, "n": 3, "timepoint_days": 28, "includes_cri": True, "subgroup": "Autologous", "N": 6}),
        ("complete_remission", {"percent": 75.0, "n": 6, "timepoint_days": 28, "includes_cri": True, "subgroup": "Donor-derived", "N": 8}),
        ("crs", {"n": 0, "percent": 0.0, "negated": True, "grade": ">=3", "subgroup": "Autologous", "N": 6}),
        ("crs", {"percent": 25.0, "n": 2, "grade": ">=3", "subgroup": "Donor-derived", "N": 8})]


def test_table_p_value_row_naming_its_comparison_and_a_dash_cell():
    """"P value (allo-HCT v no allo-HCT)": a row of p-values whatever its label's aside; "–" is no value."""
    got = read_text("Group\tn\t2-year OS, % (95% CI)\tRelapse, n (%)\tMedian OS, months (95% CI)\n"
                    "Allo-HCT\t46\t74.6 (58.1-85.3)\t6 (13.0)\tNR\n"
                    "No allo-HCT\t25\t41.3 (21.6-60.0)\t16 (64.0)\t15.2 (9.4-24.1)\n"
                    "P value (allo-HCT v no allo-HCT)\t0.004\t<0.001\t–\n")
    assert got[-2:] == [("p_value", {"value": "0.004", "outcome": "overall_survival"}),
                        ("p_value", {"value": "<0.001", "outcome": "relapse"})]
    assert ("overall_survival", {"median_months": 15.2, "ci_low": 9.4, "ci_high": 24.1, "subgroup": "No allo-HCT", "N": 25}) in got
    assert not any(f.get("percent") == 95 for _, f in got)



def test_table_cis_on_the_line_below_go_under_the_value_cells_not_the_p_value_column():
    """"2-y OS, % | 78.6 | 33.3 | .002" over "(58.4-89.8) | (7.8-62.3)": the CIs sit under the groups' cells; the
    last column holds the row's p-value."""
    assert read_text("Table 2. Outcomes by consolidation\nOutcome\tallo-HCT (n = 28)\tNo HCT (n = 9)\tP\n"
                     "2-y OS, %\t78.6\t33.3\t.002\n(58.4-89.8)\t(7.8-62.3)\n") == [
        ("overall_survival", {"percent": 78.6, "months": 24, "ci_low": 58.4, "ci_high": 89.8, "subgroup": "allo-HCT"}),
        ("overall_survival", {"percent": 33.3, "months": 24, "ci_low": 7.8, "ci_high": 62.3, "subgroup": "No HCT"}),
        ("p_value", {"value": ".002", "compares": ["allo-HCT", "No HCT"], "outcome": "overall_survival"})]


def test_table_header_on_three_lines_whose_last_is_too_short_for_a_sentence_and_a_cue_never_spans_cells():
    """"Cohort B, relapse" over "after allo-HSCT (n" over "= 10)": all three lines name the column, the last one
    ("= 10)") no group label of the first row; "no prior | Cohort B" is no "prior cohort" (background)."""
    cols = ["Cohort A, no prior allo-HSCT", "Cohort B, relapse after allo-HSCT"]
    assert read_text("Table 2. Outcomes by prior transplant status\nOutcome\tCohort A, no prior\tCohort B, relapse\tP\n"
                     "\tallo-HSCT (n = 14)\tafter allo-HSCT (n\t\n\t\t= 10)\t\n"
                     "CR/CRi at day 28, n (%)\t13 (92.9)\t9 (90.0)\t>.99\n") == [
        ("complete_remission", {"percent": 92.9, "n": 13, "timepoint_days": 28, "includes_cri": True, "subgroup": cols[0], "N": 14}),
        ("complete_remission", {"percent": 90.0, "n": 9, "timepoint_days": 28, "includes_cri": True, "subgroup": cols[1], "N": 10}),
        ("p_value", {"value": ">.99", "compares": cols, "outcome": "complete_remission"})]


@pytest.mark.parametrize("text, outcome", [
    # the endpoint of the pair the p-value follows, not the first one the stretch states
    ("Any-grade CRS occurred in 88% v 71% of patients and grade ≥ 3 CRS in 7% v 4%; any-grade ICANS occurred in 41% v 18% "
     "(P < .001) and grade ≥ 3 ICANS in 16% v 5%.", "neurotoxicity"),
    ("1-yr OS 81.2% (95% CI: 65.7–90.3); 1-yr LFS, HSCT 86.4% v non-HSCT 44.4% (p = 0.003).", "leukemia_free_survival"),
    ("At a median follow-up of 22.6 months, 2-year OS and LFS were 63.5% (95% CI 46.1–76.7) and 54.2% (95% CI 38.0–67.9); "
     "LFS was 78.6% with transplant v 41.4% without (p=0.01).", "leukemia_free_survival"),
    ("The best overall response rate was 78.4% and the complete response rate 61.2%; outpatients and inpatients had similar "
     "CR rates (63.6% v 59.8%; p=0.47).", "complete_remission"),
    # the endpoint it names after it
    ("By construct: CD5 ORR 10/17 (58.8%), CR 6/17 (35.3%); CD7 ORR 10/14 (71.4%), CR 6/14 (42.9%); p=0.71 for ORR, CD5 v CD7.",
     "overall_response"),
])
def test_a_p_value_compares_the_endpoint_of_the_pair_it_follows(text, outcome):
    assert [f["outcome"] for e, f in read_text(text) if e == "p_value"] == [outcome]

BLIND56_FAMILIES = [
    # MEDLINE's ASCII comparators ">/=" and "</=" are "≥" and "≤"
    ("Cytokine release syndrome (CRS) occurred in 20 patients (87.0%) and was grade >/=3 in 2 (8.7%); grade 1-2 immune "
     "effector cell-associated neurotoxicity syndrome occurred in 3 (13.0%).",
     [("crs", {"percent": 87.0, "n": 20, "grade": "any"}), ("crs", {"percent": 8.7, "n": 2, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 13.0, "n": 3, "grade": "1-2"})]),
    ("Grade >/= 3 CRS occurred in 4 of 40 patients (10%).", [("crs", {"n": 4, "N": 40, "percent": 10, "grade": ">=3"})]),
    ("CRS was mostly grade </=2; 3 patients (7.5%) had grade >/=3 CRS.", [("crs", {"n": 3, "percent": 7.5, "grade": ">=3"})]),
    # MDS with excess blasts keeps its subtype as the label
    ("Twenty patients were treated: 14 with AML and 6 with MDS-EB2.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "AML"}),
      ("disease_count", {"value": 6, "label": "MDS-EB2"})]),
    ("Diagnoses were AML in 11, MDS with excess blasts-1 in 2 and MDS in 3.",
     [("disease_count", {"value": 11, "label": "AML"}), ("disease_count", {"value": 2, "label": "MDS-EB1"}),
      ("disease_count", {"value": 3, "label": "MDS"})]),
    ("Twenty patients were infused, 16 with AML and 4 with myelodysplastic syndrome with excess blasts.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 16, "label": "AML"}),
      ("disease_count", {"value": 4, "label": "MDS-EB"})]),
    # the screened, also as a bare participle ("Of 26 children screened"), are no treated group
    ("Of 26 children screened, 21 were enrolled and 18 were infused; 15 had AML and 3 had MDS-EB.",
     [("patients_enrolled", {"value": 21}), ("patients_treated", {"value": 18}),
      ("disease_count", {"value": 15, "label": "AML"}), ("disease_count", {"value": 3, "label": "MDS-EB"})]),
    ("Among 40 adults screened, 32 were enrolled and 30 received CAR T cells.",
     [("patients_enrolled", {"value": 32}), ("patients_treated", {"value": 30})]),
    ("Thirty patients were infused: 12 children and 18 adults.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 12, "subgroup": "children"}),
      ("patients_treated", {"value": 18, "subgroup": "adults"})]),
    # the base of a rate ("per 100 patients") is no count
    ("Among older patients, axi-cel was associated with longer PFS than tisa-cel (HR 0.61 (0.44-0.85)), but grade ≥3 ICANS "
     "was more frequent (20.7 versus 6.1 per 100 patients).", []),
    ("Overall, grade ≥3 CRS occurred in 7.8 per 100 patients aged 75 years or older and in 6.9 per 100 younger patients.", []),
    ("Grade 3 or higher infections occurred at 12.4 per 100 patient-years; CRS occurred in 40 patients.",
     [("crs", {"n": 40, "grade": "any"})]),
    # a percent with its group's label and count in its parentheses: "33% (DL1, 2/6)"
    ("CR/CRi rates by dose level were 33% (DL1, 2/6), 78% (DL2, 7/9) and 89% (DL3, 17/19).",
     [("complete_remission", {"percent": 33, "n": 2, "N": 6, "subgroup": "DL1"}),
      ("complete_remission", {"percent": 78, "n": 7, "N": 9, "subgroup": "DL2"}),
      ("complete_remission", {"percent": 89, "n": 17, "N": 19, "subgroup": "DL3"})]),
    ("The ORR was 50% (cohort 1, 5/10) and 80% (cohort 2; 8/10).",
     [("overall_response", {"percent": 50, "n": 5, "N": 10, "subgroup": "cohort 1"}),
      ("overall_response", {"percent": 80, "n": 8, "N": 10, "subgroup": "cohort 2"})]),
    ("CR rates were 60% (DL1, 3/5) versus 100% (DL2, 6/6) (P=0.18).",
     [("complete_remission", {"percent": 60, "n": 3, "N": 5, "subgroup": "DL1"}),
      ("complete_remission", {"percent": 100, "n": 6, "N": 6, "subgroup": "DL2"}),
      ("p_value", {"value": "0.18", "compares": ["DL1", "DL2"]})]),
    # a results label with its size first, "(n=14 evaluable)": the evaluable count, the N of the list's items
    ("Day 28 response (n=14 evaluable): CR/CRi 12/14 (85.7%); MRD-neg 11/12 responders.",
     [("patients_treated", {"value": 14, "subgroup": "evaluable"}),
      ("complete_remission", {"percent": 85.7, "n": 12, "N": 14, "timepoint_days": 28}),
      ("mrd_negative", {"n": 11, "N": 12})]),
    ("Efficacy (n = 22 evaluable pts): ORR 18/22 (81.8%), CR 14/22 (63.6%).",
     [("patients_treated", {"value": 22, "subgroup": "evaluable"}), ("overall_response", {"percent": 81.8, "n": 18, "N": 22}),
      ("complete_remission", {"percent": 63.6, "n": 14, "N": 22})]),
    ("Responses (n=30 evaluable): CR 20, PR 5.",
     [("patients_treated", {"value": 30, "subgroup": "evaluable"}), ("complete_remission", {"n": 20, "N": 30}),
      ("partial_remission", {"n": 5, "N": 30})]),
    # "of whom" after a result: the result's count is the N (not its own N); a count that only sizes the "of whom"
    # clause's term is no result of that term
    ("At day 28, 17 (81%) of 21 patients had complete remission with or without count recovery, 16 of whom were MRD-negative.",
     [("complete_remission", {"percent": 81, "n": 17, "N": 21, "timepoint_days": 28}),
      ("mrd_negative", {"n": 16, "N": 17, "percent": 94.1})]),
    ("18 of 20 patients achieved CR, 15 of whom were MRD-negative.",
     [("complete_remission", {"n": 18, "N": 20}), ("mrd_negative", {"n": 15, "N": 18})]),
    ("Five of the 6 patients with PR received ISRT, of whom 4 converted to CR.",
     [("complete_remission", {"n": 4, "N": 5, "percent": 80.0})]),
    ("Six patients with PR received radiotherapy, of whom 4 achieved CR.",
     [("complete_remission", {"n": 4, "N": 6})]),
    ("Twelve patients with residual disease received a second infusion, of whom 7 (58.3%) achieved CR.",
     [("complete_remission", {"percent": 58.3, "n": 7, "N": 12})]),
    ("27 (90%) achieved CR, of whom 25 (92.6%) had MRD-negative CR.",
     [("complete_remission", {"percent": 90, "n": 27}), ("complete_remission", {"percent": 92.6, "n": 25, "N": 27, "mrd_negative": True})]),
    # another data source's rate: "in a (nationwide) survey", and "reported previously" (not "as reported previously")
    ("Patients with R/R ETP-ALL rarely achieve durable remission with salvage chemotherapy; in a nationwide Japanese survey, "
     "the complete remission rate after second-line chemotherapy was only 28%.", []),
    ("Relapse of T-ALL after allo-HCT is almost always fatal, and in a Japanese nationwide survey the 2-year overall survival "
     "after such relapse was only 12.4%.", []),
    ("From a large EBMT survey, the 2-year OS after transplant was 45%.", []),
    ("Initial results in the first 20 patients, reported previously, showed a day-28 complete remission rate of 95%.", []),
    ("The first 12 patients, whose outcomes were published previously, had a CR rate of 83%.", []),
    ("As reported previously, day-28 CR/CRi was reached by 31 of 35 patients (88.6%).",
     [("complete_remission", {"percent": 88.6, "n": 31, "N": 35})]),
    # "A was x and B y, compared to x2 and y2, respectively": the run after the comparison goes to the terms in order
    ("In the older cohort, the best overall response rate was 73.0% [n=103] and the complete response rate 51.1% [n=72], "
     "compared to 76.4% and 54.8%, respectively, in patients younger than 75 years.",
     [("overall_response", {"percent": 73.0, "n": 103}), ("complete_remission", {"percent": 51.1, "n": 72}),
      ("overall_response", {"percent": 76.4}), ("complete_remission", {"percent": 54.8})]),
    ("The ORR was 80% and the CR rate 60%, versus 70% and 50%, respectively, in the control arm.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}),
      ("overall_response", {"percent": 70}), ("complete_remission", {"percent": 50})]),
    ("In the tisa-cel group, CRS occurred in 58% and ICANS in 21%, compared with 85% and 40%, respectively, with axi-cel.",
     [("crs", {"percent": 58}), ("neurotoxicity", {"percent": 21}), ("crs", {"percent": 85}), ("neurotoxicity", {"percent": 40})]),
    # "x% with X relative to/versus y% without": the groups X and no X, after a semicolon too
    ("Two-year PFS was 41% (95% CI 26-56) for all pts; 52% (95% CI, 31-69) with fludarabine relative to 17% (95% CI 3-41) "
     "without (P=0.008).",
     [("progression_free_survival", {"percent": 41, "months": 24, "ci_low": 26, "ci_high": 56}),
      ("progression_free_survival", {"percent": 52, "months": 24, "ci_low": 31, "ci_high": 69, "subgroup": "fludarabine"}),
      ("progression_free_survival", {"percent": 17, "months": 24, "ci_low": 3, "ci_high": 41, "subgroup": "no fludarabine"}),
      ("p_value", {"value": "0.008", "compares": ["fludarabine", "no fludarabine"]})]),
    ("The 1-year OS was 70% (95% CI 60-78) with bridging radiotherapy compared to 55% (95% CI 44-65) without.",
     [("overall_survival", {"percent": 70, "subgroup": "bridging radiotherapy"}),
      ("overall_survival", {"percent": 55, "subgroup": "no bridging radiotherapy"})]),
    ("CR was achieved by 80% with prior blinatumomab vs 90% without.",
     [("complete_remission", {"percent": 80, "subgroup": "prior blinatumomab"}),
      ("complete_remission", {"percent": 90, "subgroup": "no prior blinatumomab"})]),
    # (a semicolon inside parentheses goes on with the grade, not the term: "mostly grade 1 or 2 (156; 79.6%)")
    ("CRS occurred in 163 patients (83.2%) and was mostly grade 1 or 2 (156; 79.6%), with grade 3 or higher CRS in 7 (3.6%).",
     [("crs", {"n": 163, "percent": 83.2, "grade": "any"}), ("crs", {"percent": 79.6, "grade": "1-2"}),
      ("crs", {"n": 7, "percent": 3.6, "grade": ">=3"})]),
    # a label's values each followed by its group's name, also on after a semicolon ("overall" is the whole cohort)
    ("Day-28 CR/CRi: 26/29 (89.7%) overall; 16/17 (94.1%) donor-derived v 10/12 (83.3%) autologous (P=.55).",
     [("complete_remission", {"percent": 89.7, "n": 26, "N": 29, "timepoint_days": 28, "subgroup": None}),
      ("complete_remission", {"percent": 94.1, "n": 16, "N": 17, "subgroup": "donor-derived"}),
      ("complete_remission", {"percent": 83.3, "n": 10, "N": 12, "subgroup": "autologous"}),
      ("p_value", {"value": ".55", "compares": ["donor-derived", "autologous"]})]),
    ("Day-28 CR/CRi: 26/29 (89.7%) overall.", [("complete_remission", {"percent": 89.7, "n": 26, "N": 29, "subgroup": None})]),
    ("Relapse: 5/20 (25%) transplanted, 9/12 (75%) not transplanted (p=0.01).",
     [("relapse", {"percent": 25, "n": 5, "N": 20, "subgroup": "transplanted"}),
      ("relapse", {"percent": 75, "n": 9, "N": 12, "subgroup": "not transplanted"}),
      ("p_value", {"value": "0.01", "compares": ["transplanted", "not transplanted"]})]),
    ("CR: 18/20 (90%) at day 28.", [("complete_remission", {"percent": 90, "n": 18, "N": 20, "timepoint_days": 28, "subgroup": None})]),
    # "…, 37 of them with MRD-negative CR": an MRD-negative CR among the count before, as "46 of them MRD-negative"
    ("Forty (95.2%) were in complete remission by day 28, 37 of them with MRD-negative CR in the marrow.",
     [("complete_remission", {"percent": 95.2, "n": 40, "timepoint_days": 28}),
      ("complete_remission", {"n": 37, "N": 40, "mrd_negative": True, "timepoint_days": 28, "site": "bone marrow"})]),
    ("49 achieved CR/CRi by day 28, 46 of them with MRD-negative CR.",
     [("complete_remission", {"n": 49}), ("complete_remission", {"n": 46, "N": 49, "mrd_negative": True})]),
    ("49 achieved CR/CRi by day 28, 46 of them MRD-negative.",
     [("complete_remission", {"n": 49}), ("mrd_negative", {"n": 46, "N": 49})]),
    # "relapsed after 5.2 months": a time after the relapse verb is the cohort's relapse ("relapsed after allo-HSCT" is history)
    ("Of the two responders who were not transplanted, one relapsed after 5.2 months with CD7-dim disease.",
     [("relapse", {"n": 1, "N": 2, "percent": 50.0})]),
    ("One patient relapsed after day 60.", [("relapse", {"n": 1})]),
    ("12 patients who relapsed after allo-HSCT were infused.", [("patients_treated", {"value": 12})]),
    # "both of the 2", "all of the 4": the whole group
    ("Relapse occurred in 1 of the 11 transplanted patients versus both of the 2 responders who were not transplanted.",
     [("relapse", {"n": 1, "N": 11}), ("relapse", {"n": 2, "N": 2, "percent": 100.0})]),
    ("Relapse occurred in all of the 4 responders who were not transplanted.", [("relapse", {"n": 4, "N": 4})]),
    ("CR was achieved by all of the 12 patients with CNS disease.", [("complete_remission", {"n": 12, "N": 12})]),
    ("Transplant was performed in all of the 3 cohorts.", []),
    # a telegraphic apheresed count standing alone is the enrolled count
    ("Aug 2023–Jun 2024: 17 pts apheresed.", [("patients_enrolled", {"value": 17})]),
    ("40 patients leukapheresed; 36 infused.", [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("29 pts were apheresed and 26 infused.", [("patients_enrolled", {"value": 29}), ("patients_treated", {"value": 26})]),
]


@pytest.mark.parametrize("text, expected", BLIND56_FAMILIES)
def test_blind56_families(text, expected):
    _matches(read_text(text), expected)


# blind59 / blind60 (f5960)
BLIND59_FAMILIES = [
    # reasons for a step not taken, after "reasons for not …": no relapse count
    ("26 patients (76%) proceeded to transplant at a median of 47 days; reasons for not proceeding were early relapse (n=2), "
     "donor delay (n=2) and patient choice (n=1).", [("transplant", {"percent": 76, "n": 26})]),
    ("Reasons for not undergoing HSCT included relapse (n = 3) and infection (n = 1).", []),
    ("Four patients were not transplanted; reasons for non-transplantation were donor unavailability (n=2) and relapse (n=2).", []),
    ("Reasons for not proceeding to transplant: early relapse (n = 2), infection (n = 1).", []),
    # "were bridged" without "to": bridging therapy before CAR-T, no transplant
    ("Median age 62 y (IQR 55–69); 58% had POD24; 27% were bridged.", []),
    ("Nine patients were bridged with chemotherapy, and 7 proceeded to allo-HSCT.", [("transplant", {"n": 7})]),
    ("Seven patients were bridged to allo-HSCT.", [("transplant", {"n": 7})]),
    # relapse or progression (lymphoma) is a relapse count
    ("Relapse or progression occurred in 52 patients, at a median of 5·9 months.", [("relapse", {"n": 52})]),
    ("Progression or relapse was observed in 12 of 40 patients (30.0%).", [("relapse", {"percent": 30.0, "n": 12, "N": 40})]),
    ("Eighteen patients (25%) had relapse or disease progression after a median of 4 months.",
     [("relapse", {"percent": 25, "n": 18})]),
    # registered with intent to treat, and the leukapheresed with their disease named, are enrolled
    ("We analysed 168 patients registered with intent to treat in the French national CAR-T registry between 2021 and 2023; "
     "154 were infused at 2 × 106 CAR T cells/kg.",
     [("patients_enrolled", {"value": 168}), ("patients_treated", {"value": 154}), ("dose", {"low": 2e6, "high": 2e6})]),
    ("Overall, 212 patients were enrolled with intent to treat and 198 received axi-cel.",
     [("patients_enrolled", {"value": 212}), ("patients_treated", {"value": 198})]),
    ("Thirty patients with relapsed T-ALL underwent apheresis, and 27 were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27})]),
    ("Of the 40 patients with r/r disease who underwent leukapheresis, 36 received tisa-cel.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    # a grade breakdown's last item at the sentence's end: "grade 3, one." is a count, not a list of grades
    ("CRS occurred in 13 patients (81%): grade 1, seven; grade 2, five; grade 3, one.",
     [("crs", {"percent": 81, "n": 13, "grade": "any"}), ("crs", {"n": 7, "grade": "1"}), ("crs", {"n": 5, "grade": "2"}),
      ("crs", {"n": 1, "grade": "3"})]),
    ("CRS occurred in 13 patients (81%): grade 1, 7; grade 3, 1; grade 2, 5.",
     [("crs", {"percent": 81, "n": 13, "grade": "any"}), ("crs", {"n": 7, "grade": "1"}), ("crs", {"n": 1, "grade": "3"}),
      ("crs", {"n": 5, "grade": "2"})]),
    ("ICANS occurred in 6 patients: grade 1, 4; grade 2, 2.",
     [("neurotoxicity", {"n": 6, "grade": "any"}), ("neurotoxicity", {"n": 4, "grade": "1"}), ("neurotoxicity", {"n": 2, "grade": "2"})]),
    ("CRS of grades 1, 2 and 3 occurred in 5, 3 and 1 patients.",
     [("crs", {"n": 5, "grade": "1"}), ("crs", {"n": 3, "grade": "2"}), ("crs", {"n": 1, "grade": "3"})]),
    # "median (IQR) follow-up", "median (range) follow-up": the follow-up, not a survival median
    ("At a median (IQR) follow-up of 26.3 (20.1-32.8) months, median EFS was 14.7 months.",
     [("median_followup", {"months": 26.3}), ("event_free_survival", {"median_months": 14.7})]),
    ("Median (range) follow-up was 18.2 (3.1-40.5) months.",
     [("median_followup", {"months": 18.2, "range_low": 3.1, "range_high": 40.5})]),
    ("The median (interquartile range) follow-up time was 412 (301-590) days.", [("median_followup", {"months": 13.54})]),
    # a grade aside after the term, when the count comes before its verb: the grade of every one of them
    ("Among the 20 patients with previous transplant, 3 (15.0%) developed acute GVHD (all grade 1-2) after infusion, "
     "and none developed chronic GVHD.",
     [("gvhd", {"percent": 15.0, "n": 3, "N": 20, "grade": "any", "acute": True}), ("gvhd", {"n": 3, "grade": "1-2", "acute": True}),
      ("gvhd", {"n": 0, "grade": "any", "chronic": True, "negated": True})]),
    ("Four patients developed CRS (all grade 1).", [("crs", {"n": 4, "grade": "any"}), ("crs", {"n": 4, "grade": "1"})]),
    ("Two patients experienced ICANS (both grade 2).",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "2"})]),
    ("Six patients (30%) had acute GVHD (all grade I-II).",
     [("gvhd", {"percent": 30, "n": 6, "grade": "any", "acute": True}), ("gvhd", {"n": 6, "grade": "1-2", "acute": True})]),
    ("ICANS (all grade I) was seen in 2 patients.",
     [("neurotoxicity", {"n": 2, "grade": "1"}), ("neurotoxicity", {"n": 2, "grade": "any"})]),
]


@pytest.mark.parametrize("text, expected", BLIND59_FAMILIES)
def test_blind59_families(text, expected):
    _matches(read_text(text), expected)


def test_a_bold_section_label_without_a_colon_is_a_label():
    """"**RESULTS** Median follow-up was …": the label is no part of the evidence; "**Background** …" skips its sentence."""
    doc = Document(path="x.txt", format="text", sha256="",
                   text="**Background** CD7 CAR-T achieved CR in 90% of patients in earlier trials.\n"
                        "**RESULTS** Median follow-up was 61.4 months (range, 55.0–70.2).")
    [m] = extract_measurements(doc)
    assert (m.endpoint, m.fields["months"]) == ("median_followup", 61.4)
    assert m.evidence.text == "Median follow-up was 61.4 months (range, 55.0–70.2)."


BLIND62_FAMILIES = [
    # the product as the subject, given to the cohort; disease counts after the labels ("T-ALL (n = 20) or T-LBL (n = 6)")
    ("Donor-derived CD7 CAR T cells were administered to 26 patients with relapsed/refractory T-ALL (n = 20) or T-LBL (n = 6) "
     "after allogeneic transplantation, at a target dose of 2 × 106 cells/kg.",
     [("patients_treated", {"value": 26}), ("disease_count", {"value": 20, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"}), ("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"})]),
    ("CAR-T cells were infused into 14 children with B-ALL.", [("patients_treated", {"value": 14})]),
    ("The product was given to a total of 31 patients (T-ALL, n = 25; T-LBL, n = 6).",
     [("patients_treated", {"value": 31}), ("disease_count", {"value": 25, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # autoimmune disease counts are disease counts (no per-group treated counts), labelled as written; the product's
    # origin before its target in a dose ("autologous CD19 CAR T cells per kg")
    ("Here we report 15 patients with SLE (n = 8), idiopathic inflammatory myositis (IIM; n = 3) or systemic sclerosis "
     "(SSc; n = 4) treated with a single dose of 1 × 106 autologous CD19 CAR T cells per kg body weight after fludarabine "
     "and cyclophosphamide (EudraCT 2023-863008-14).",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 8, "label": "SLE"}),
      ("disease_count", {"value": 3, "label": "IIM"}), ("disease_count", {"value": 4, "label": "SSc"}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("Twelve patients with autoimmune disease were treated: SLE (n = 6), SSc (n = 4) and ANCA-associated vasculitis (n = 2).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 6, "label": "SLE"}),
      ("disease_count", {"value": 4, "label": "SSc"}), ("disease_count", {"value": 2, "label": "ANCA-associated vasculitis"})]),
    ("We treated 10 patients with refractory systemic lupus erythematosus (n = 7) or myasthenia gravis (n = 3).",
     [("patients_treated", {"value": 10}), ("disease_count", {"value": 7, "label": "systemic lupus erythematosus"}),
      ("disease_count", {"value": 3, "label": "myasthenia gravis"})]),
    # per-level counts: "(n = 3, 6 and 6, respectively)" after the doses; "(3, 4, 6, and 4 patients at the four dose levels,
    # respectively)" with the levels counted, not named
    ("Seventeen patients were enrolled and 15 received UCART7-SG at 2 × 10(7), 6 × 10(7) or 1.8 × 10(8) total cells "
     "(n = 3, 6 and 6, respectively).",
     [("patients_enrolled", {"value": 17}), ("patients_treated", {"value": 15}),
      ("dose", {"low": 2e7}), ("dose", {"low": 6e7}), ("dose", {"low": 1.8e8}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 6})]),
    ("Ten patients were infused at 1 × 10^6 or 3 × 10^6 cells/kg (n = 4 and 6, respectively).",
     [("patients_treated", {"value": 10}), ("dose", {"low": 1e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 4, "subgroup": "1.0 × 10^6 cells/kg"}),
      ("patients_treated", {"value": 6, "subgroup": "3.0 × 10^6 cells/kg"})]),
    ("A total of 23 patients underwent apheresis, and 17 received CAR T cells (3, 4, 6, and 4 patients at the four dose "
     "levels, respectively).",
     [("patients_enrolled", {"value": 23}), ("patients_treated", {"value": 17}),
      ("patients_treated", {"value": 3, "subgroup": "dose level 1"}), ("patients_treated", {"value": 4, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 3"}), ("patients_treated", {"value": 4, "subgroup": "dose level 4"})]),
    ("Twelve patients were infused, with 3, 3 and 6 patients treated at the three dose levels, respectively.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 3}), ("patients_treated", {"value": 3}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 3"})]),
    ("Overall, 15 patients were treated (3, 6, and 6 patients in the three dose cohorts, respectively).",
     [("patients_treated", {"value": 15}), ("patients_treated", {"value": 3, "subgroup": "dose cohort 1"}),
      ("patients_treated", {"value": 6}), ("patients_treated", {"value": 6})]),
    ("Responses were seen in 2 and 3 patients at day 28 and month 3, respectively.",   # (time points, no levels)
     [("overall_response", {"n": 2}), ("overall_response", {"n": 3})]),
    # extramedullary disease present in N (the main clause), its CR and PR after the break
    ("Extramedullary disease was present in 11 patients; 7 reached extramedullary CR and 3 PR, for an extramedullary ORR of 90.9%.",
     [("complete_remission", {"n": 7, "N": 11, "site": "extramedullary"}), ("partial_remission", {"n": 3, "N": 11}),
      ("overall_response", {"percent": 90.9, "site": "extramedullary"})]),
    ("EMD was documented in 9 patients at baseline: 6 achieved CR and 2 PR.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 9})]),
    # regressed/cleared/disappeared: a site's CR and PR ("and partially in the other 2")
    ("Extramedullary disease regressed completely in 4 of the 6 patients with T-LBL and partially in the other 2.",
     [("complete_remission", {"n": 4, "N": 6, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 6, "percent": 33.3})]),
    ("Extramedullary lesions resolved completely in 9 of the 13 patients and partially in the remaining 4.",
     [("complete_remission", {"n": 9, "N": 13}), ("partial_remission", {"n": 4, "N": 13})]),
    ("All seven patients with central nervous system or testicular involvement cleared their extramedullary disease.",
     [("complete_remission", {"n": 7, "N": 7, "percent": 100.0, "site": "extramedullary"})]),
    ("Extramedullary lesions completely disappeared in 6 of 9 patients.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"})]),
    ("Tumour regressed completely in 3 patients.", []),   # (no disease site named)
    # this study's result dated by its data cutoff is no background "had been reported"
    ("At the data-cutoff date, a response had been reported in 12 of 17 patients (71%), including 6 (35%) with a complete "
     "response or better.",
     [("overall_response", {"percent": 71, "n": 12, "N": 17}), ("complete_remission", {"percent": 35, "n": 6})]),
    ("As of the data cut-off, responses had been observed in 9 of 12 patients (75%), including 5 (42%) with a complete "
     "response or better.",
     [("overall_response", {"percent": 75, "n": 9, "N": 12}), ("complete_remission", {"percent": 42, "n": 5})]),
    ("At the time of data cutoff, 14 of 20 patients (70%) had been reported to have a response.",
     [("overall_response", {"percent": 70, "n": 14, "N": 20})]),
    ("A response had been reported in 12 of 17 patients (71%).", []),
    # a list of absent events before its plural verb
    ("CRS was mild (grade 1 in seven and grade 2 in three); neurotoxicity and haemophagocytic lymphohistiocytosis were not observed.",
     [("crs", {"n": 7, "grade": "1"}), ("crs", {"n": 3, "grade": "2"}), ("neurotoxicity", {"n": 0, "negated": True})]),
    ("ICANS and GVHD were not observed.",
     [("neurotoxicity", {"n": 0, "negated": True}), ("gvhd", {"n": 0, "negated": True})]),
    ("Neurotoxicity and macrophage activation syndrome did not occur.", [("neurotoxicity", {"n": 0, "negated": True})]),
    ("ICANS and grade 3 CRS were not observed.", [("crs", {"n": 0, "grade": "3", "negated": True})]),
    # a poster's labels: "allo-HSCT after CAR-T: 17 (54.8%)" (no grade of the CRS before), "Relapses: 9 (CD7− in 5)"
    ("CRS 27/31 (gr ≥3: 5); no GvHD among 9 donor-derived products. allo-HSCT after CAR-T: 17 (54.8%).",
     [("crs", {"n": 27, "N": 31, "grade": "any"}), ("crs", {"n": 5, "grade": ">=3"}), ("gvhd", {"n": 0, "negated": True}),
      ("transplant", {"n": 17, "percent": 54.8})]),
    ("CRS 27/31 (gr ≥3: 5); bridging: 17 (54.8%).", [("crs", {"n": 27, "N": 31}), ("crs", {"n": 5, "grade": ">=3"})]),
    ("HSCT post-CAR-T: 9/31 (29%).", [("transplant", {"percent": 29, "n": 9, "N": 31})]),
    ("Allogeneic transplant after CAR-T: 6 pts.", [("transplant", {"n": 6})]),
    ("Relapses: 9 (CD7− in 5).", [("relapse", {"n": 9})]),
    ("Relapse: 6 pts (CD7-negative in 3).", [("relapse", {"n": 6})]),
    ("Relapses: 9; deaths: 4.", [("relapse", {"n": 9})]),
    ("Median f/u 14 mo; relapse: 5, all CD7-negative.", [("median_followup", {"months": 14}), ("relapse", {"n": 5})]),
    # a pair's groups named before its values, after the overall estimate; a pair's first value with its group after it
    ("12-mo EFS 58.1% (95% CI, 39.0–73.1) overall; HSCT v no HSCT 76.5% v 35.7% (p = .008).",
     [("event_free_survival", {"percent": 58.1, "months": 12, "ci_low": 39.0, "ci_high": 73.1}),
      ("event_free_survival", {"percent": 76.5, "months": 12, "subgroup": "HSCT"}),
      ("event_free_survival", {"percent": 35.7, "months": 12, "subgroup": "no HSCT"}),
      ("p_value", {"value": ".008", "compares": ["HSCT", "no HSCT"]})]),
    ("12-mo EFS: HSCT v no HSCT 76.5% v 35.7% (p = .008).",
     [("event_free_survival", {"percent": 76.5, "subgroup": "HSCT"}), ("event_free_survival", {"percent": 35.7, "subgroup": "no HSCT"}),
      ("p_value", {"value": ".008"})]),
    ("Median OS 14.2 months overall; HSCT vs no HSCT 22.1 vs 9.3 months (P = .002).",
     [("overall_survival", {"median_months": 14.2}), ("overall_survival", {"median_months": 22.1, "subgroup": "HSCT"}),
      ("overall_survival", {"median_months": 9.3, "subgroup": "no HSCT"}), ("p_value", {"value": ".002"})]),
    ("CR rate 80% overall; children vs adults 90% vs 70%.",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 90, "subgroup": "children"}),
      ("complete_remission", {"percent": 70, "subgroup": "adults"})]),
    ("At a median follow-up of 22.6 months, 2-year OS and LFS were 63.5% (95% CI 46.1–76.7) and 54.2% (95% CI 38.0–67.9); "
     "LFS was 78.6% with transplant v 41.4% without (p=0.01).",
     [("median_followup", {"months": 22.6}), ("overall_survival", {"percent": 63.5, "months": 24}),
      ("leukemia_free_survival", {"percent": 54.2, "months": 24}),
      ("leukemia_free_survival", {"percent": 78.6, "months": 24, "subgroup": "transplant"}),
      ("leukemia_free_survival", {"percent": 41.4, "months": 24, "subgroup": "no transplant"}),
      ("p_value", {"value": "0.01", "compares": ["transplant", "no transplant"]})]),
    ("LFS was 78.6% with transplant v 41.4% without (p=0.01).", []),   # (no landmark stated: no estimate)
    # another study's result is background
    ("C-type lectin-like molecule-1 (CLL1) is expressed on leukemic stem cells but not on normal hematopoietic stem cells; "
     "an earlier CD70-directed CAR-T study achieved CR in 3 of 12 patients with AML.", []),
    ("A previous anti-CD7 CAR-T trial reported a CR rate of 90%.", []),
    ("Our earlier phase 1 study showed CR in 18 of 20 patients.", []),
    ("The study achieved CR in 18 of 20 patients.", [("complete_remission", {"n": 18, "N": 20})]),
    # a disease named between "no" and the event
    ("B cells reappeared after a median of 112 days, yet no SLE relapse has occurred.", [("relapse", {"n": 0, "negated": True})]),
    ("No disease relapse was observed.", [("relapse", {"n": 0, "negated": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND62_FAMILIES)
def test_blind62_families(text, expected):
    _matches(read_text(text), expected)


BLIND65_FAMILIES = [
    # a grade aside between the term and its verb is the grade of the count that follows, not of an earlier clause's count
    ("Cytokine release syndrome occurred in 52 patients (86.7%) and was grade 3 in 6 (10.0%); neurologic events, all grade 1 "
     "or 2, occurred in 3 patients (5.0%).",
     [("crs", {"percent": 86.7, "n": 52, "grade": "any"}), ("crs", {"percent": 10.0, "n": 6, "grade": "3"}),
      ("neurotoxicity", {"percent": 5.0, "n": 3, "grade": "1-2"})]),
    ("CRS was grade 3 in 6 (10.0%); ICANS, all grade 1 or 2, was seen in 3 patients (5.0%).",
     [("crs", {"percent": 10.0, "n": 6, "grade": "3"}), ("neurotoxicity", {"percent": 5.0, "n": 3, "grade": "1-2"})]),
    ("Grade 3 CRS occurred in 4 patients (8%), and ICANS, all of grade 1, developed in 7 (14%).",
     [("crs", {"percent": 8, "n": 4, "grade": "3"}), ("neurotoxicity", {"percent": 14, "n": 7, "grade": "1"})]),
    ("Four patients developed CRS, all grade 1.", [("crs", {"n": 4, "grade": "any"}), ("crs", {"n": 4, "grade": "1"})]),
    # the population an absence covers ("none, including in the 13 pts with …") is no count of an earlier term
    ("ICANS gr 1–2: 3 pts (12.5%); gr ≥3: none. aGvHD: none, including in the 13 pts with prior allo-SCT.",
     [("neurotoxicity", {"percent": 12.5, "n": 3, "grade": "1-2"}), ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True}),
      ("gvhd", {"n": 0, "grade": "any", "acute": True, "negated": True})]),
    ("ICANS in 3 pts (12.5%); no GVHD, including in the 13 pts with prior allo-SCT.",
     [("neurotoxicity", {"percent": 12.5, "n": 3}), ("gvhd", {"n": 0, "negated": True})]),
    ("CRS in 8 of 10 pts; no ICANS occurred, even among the 4 patients with CNS disease.",
     [("crs", {"n": 8, "N": 10}), ("neurotoxicity", {"n": 0, "negated": True})]),
    # a terse label's one count with its patient noun, with more about those patients after it
    ("Consolidating allo-SCT: 12 pts (4 of them as second allo-SCT).", [("transplant", {"n": 12})]),
    ("Relapse: 5 pts, at a median of d97 (range 62–188).", [("relapse", {"n": 5})]),
    ("Relapse: 5 pts, mostly in the marrow.", [("relapse", {"n": 5})]),
    ("Relapse: 5/24 pts (21%), at a median of 3.2 months.", [("relapse", {"percent": 21, "n": 5, "N": 24})]),
    ("Twelve patients proceeded to consolidating allo-SCT.", [("transplant", {"n": 12})]),
    # per-level treated counts with the verb repeated, counts in words
    ("Five patients received dose level 1 and nine received dose level 2.",
     [("patients_treated", {"value": 5, "subgroup": "dose level 1"}), ("patients_treated", {"value": 9, "subgroup": "dose level 2"})]),
    ("Four patients were treated at DL1 and eight patients were treated at DL2.",
     [("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 8, "subgroup": "DL2"})]),
    ("Seven received dose level 1 and 9 dose level 2.",
     [("patients_treated", {"value": 7, "subgroup": "dose level 1"}), ("patients_treated", {"value": 9, "subgroup": "dose level 2"})]),
    # a level with its other name after a slash
    ("As of July 1, 2025, 34 pts were infused: DL1 (n=3), DL2 (n=4), DL3 (n=6) and DL4/RP2D (n=21).",
     [("patients_treated", {"value": 34}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 4, "subgroup": "DL2"}), ("patients_treated", {"value": 6, "subgroup": "DL3"}),
      ("patients_treated", {"value": 21, "subgroup": "DL4/RP2D"})]),
    ("Twenty patients were treated: DL1 (n = 3), DL2/MTD (n = 6) and DL3 (n = 11).",
     [("patients_treated", {"value": 20}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 6, "subgroup": "DL2/MTD"}), ("patients_treated", {"value": 11, "subgroup": "DL3"})]),
    # per-product counts after the treated verb, with an aside between the count and its verb
    ("A total of 142 children (median age, 9 years; range, 2–17) were infused, 97 with autologous products and 45 with "
     "donor-derived products; 41 (28.9%) had relapsed after a previous allogeneic hematopoietic stem cell transplantation (allo-HSCT).",
     [("patients_treated", {"value": 142}), ("patients_treated", {"value": 97, "subgroup": "autologous"}),
      ("patients_treated", {"value": 45, "subgroup": "donor-derived"})]),
    ("Thirty patients (median age 34 years) were treated, 18 with autologous and 12 with donor-derived CAR T cells.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 18, "subgroup": "autologous"}),
      ("patients_treated", {"value": 12, "subgroup": "donor-derived"})]),
    # a nested subtype's count after "including"
    ("The diagnosis was T-ALL in 118 patients (including ETP-ALL in 21) and T-LBL in 24.",
     [("disease_count", {"value": 118, "label": "T-ALL"}), ("disease_count", {"value": 21, "label": "ETP-ALL"}),
      ("disease_count", {"value": 24, "label": "T-LBL"})]),
    ("Forty patients were infused, including T-ALL in 30 and T-LBL in 10.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 30, "label": "T-ALL"}),
      ("disease_count", {"value": 10, "label": "T-LBL"})]),
    # a disease what patients had, then the list goes on
    ("Median age 40 years; 11 patients had ETP-ALL and 7 had CNS involvement.", [("disease_count", {"value": 11, "label": "ETP-ALL"})]),
    # "(n = k each)" after two or more listed doses: every dose's count; after one dose, nothing
    ("Twenty patients were enrolled, and 18 (T-ALL, n = 8; T-LBL, n = 3; ENKTL, n = 7) received three infusions of CAR7-NK on "
     "days 0, 7 and 14 at 2 × 10^7, 6 × 10^7 or 1.2 × 10^8 cells per infusion (n = 6 each) without HLA matching.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 18}),
      ("disease_count", {"value": 8, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "T-LBL"}),
      ("disease_count", {"value": 7, "label": "ENKTL"}),
      ("dose", {"low": 2e7, "high": 2e7, "unit": "cells"}), ("dose", {"low": 6e7, "high": 6e7, "unit": "cells"}),
      ("dose", {"low": 1.2e8, "high": 1.2e8, "unit": "cells"}),
      ("patients_treated", {"value": 6, "subgroup": "2.0 × 10^7 cells"}), ("patients_treated", {"value": 6, "subgroup": "6.0 × 10^7 cells"}),
      ("patients_treated", {"value": 6, "subgroup": "1.2 × 10^8 cells"})]),
    ("Eighteen patients received 1 × 10^6, 3 × 10^6 or 1 × 10^7 cells/kg (n = 6 each).",
     [("patients_treated", {"value": 18}), ("dose", {"low": 1e6}), ("dose", {"low": 3e6}), ("dose", {"low": 1e7}),
      ("patients_treated", {"value": 6, "subgroup": "1.0 × 10^6 cells/kg"}), ("patients_treated", {"value": 6, "subgroup": "3.0 × 10^6 cells/kg"}),
      ("patients_treated", {"value": 6, "subgroup": "1.0 × 10^7 cells/kg"})]),
    ("Twelve patients were dosed at 50 × 10^6 and 150 × 10^6 CAR+ T cells (n=6 each).",
     [("patients_treated", {"value": 12}), ("dose", {"low": 5e7}), ("dose", {"low": 1.5e8}),
      ("patients_treated", {"value": 6, "subgroup": "5.0 × 10^7 cells"}), ("patients_treated", {"value": 6, "subgroup": "1.5 × 10^8 cells"})]),
    ("Nine patients received 1 × 10^6 cells/kg (n = 3 each).", [("patients_treated", {"value": 9}), ("dose", {"low": 1e6})]),
]


@pytest.mark.parametrize("text, expected", BLIND65_FAMILIES)
def test_blind65_families(text, expected):
    _matches(read_text(text), expected)


def test_per_level_counts_after_age_groups_are_other_groups():
    """"(nine children and five adults)" then "Five patients received dose level 1 and nine received dose level 2":
    counts of another kind of group, not restatements of the age groups' counts."""
    doc = Document(path="x.txt", format="text", sha256="",
                   text="Fourteen patients received BE7U (nine children and five adults). "
                        "Five patients received dose level 1 and nine received dose level 2.")
    got = sorted((m.fields["value"], m.fields.get("subgroup")) for m in extract_measurements(doc) if m.endpoint == "patients_treated")
    assert got == [(5, "adults"), (5, "dose level 1"), (9, "children"), (9, "dose level 2"), (14, None)]


BLIND66_FAMILIES = [
    # undetectable MRD with its compartment between: "undetectable marrow MRD", "undetectable bone marrow MRD"
    ("Five of the eight patients with CLL reached undetectable marrow MRD (<10(-4)).",
     [("mrd_negative", {"percent": 62.5, "n": 5, "N": 8, "derived": True})]),
    ("Undetectable bone marrow MRD was achieved in 5 of 8 patients.", [("mrd_negative", {"n": 5, "N": 8})]),
    ("Eleven of 14 (79%) had undetectable peripheral blood MRD at month 3.",
     [("mrd_negative", {"percent": 79, "n": 11, "N": 14, "timepoint_days": 91})]),
    # "no clinical relapse", "no hematologic relapse": a stated absence
    ("No clinical relapse has occurred at a median follow-up of 15.5 months (range 6–27), with all pts off immunosuppression.",
     [("relapse", {"n": 0, "percent": 0.0, "negated": True}), ("median_followup", {"months": 15.5, "range_low": 6, "range_high": 27})]),
    ("No hematologic relapse was observed.", [("relapse", {"n": 0, "negated": True})]),
    ("No morphologic relapses have occurred to date.", [("relapse", {"n": 0, "negated": True})]),
    # a prior autologous transplant in the pluperfect of a baseline history is no transplant after CAR-T
    ("Patients had received a median of seven prior lines (range, 2-15); 36 (88%) had received BV and 35 (85%) a checkpoint "
     "inhibitor, and 17 had undergone autologous transplant.", []),
    ("Twelve (29%) had received autologous HSCT before enrolment.", []),
    ("Three patients proceeded to autologous SCT.", [("transplant", {"n": 3})]),
    # value pairs of two terms, group by group, the last after ", and"
    ("By histology, ORR and CR were 18/22 and 13/22 in DLBCL, 10/11 and 9/11 in MCL, 7/7 and 6/7 in FL, and 6/8 and 2/8 in CLL.",
     [("overall_response", {"n": 18, "N": 22}), ("complete_remission", {"n": 13, "N": 22}),
      ("overall_response", {"n": 10, "N": 11}), ("complete_remission", {"n": 9, "N": 11}),
      ("overall_response", {"n": 7, "N": 7}), ("complete_remission", {"n": 6, "N": 7}),
      ("overall_response", {"n": 6, "N": 8}), ("complete_remission", {"n": 2, "N": 8})]),
    ("ORR and CR were 18/22 and 13/22 in DLBCL, and 6/8 and 2/8 in CLL.",
     [("overall_response", {"n": 18, "N": 22}), ("complete_remission", {"n": 13, "N": 22}),
      ("overall_response", {"n": 6, "N": 8}), ("complete_remission", {"n": 2, "N": 8})]),
    ("ORR and CR rates were 82% and 59% in DLBCL, 91% and 82% in MCL, and 75% and 25% in CLL.",
     [("overall_response", {"percent": 82}), ("complete_remission", {"percent": 59}),
      ("overall_response", {"percent": 91}), ("complete_remission", {"percent": 82}),
      ("overall_response", {"percent": 75}), ("complete_remission", {"percent": 25})]),
    # the second group of a compared pair named by a distractor noun ("lymphodepletion"): the first value's term
    ("Responses were infrequent after bendamustine alone (1 of 6) compared with fludarabine-containing lymphodepletion "
     "(22 of 31; P = .02).",
     [("overall_response", {"n": 1, "N": 6}), ("overall_response", {"n": 22, "N": 31}),
      ("p_value", {"value": ".02", "outcome": "overall_response"})]),
    ("CR was seen in 3 of 10 patients after cyclophosphamide alone (30%) versus Flu/Cy lymphodepletion (12 of 15).",
     [("complete_remission", {"percent": 30, "n": 3, "N": 10}), ("complete_remission", {"n": 12, "N": 15})]),
    # a product code with a letter before its number after the treated verb, and per-level counts at the doses
    ("Between March 3, 2022, and Aug 30, 2023, 27 patients underwent leukapheresis and 24 received ORI-G5: six per dose level "
     "at 0·5 × 106 and 1·0 × 106 cells per kg, and 12 at 2·0 × 106 cells per kg.",
     [("patients_enrolled", {"value": 27}), ("patients_treated", {"value": 24}),
      ("patients_treated", {"value": 6}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 12}),
      ("dose", {"low": 5e5, "high": 5e5}), ("dose", {"low": 1e6, "high": 1e6}), ("dose", {"low": 2e6, "high": 2e6})]),
    ("Eighteen patients received CT-103A, three each at 1 × 10^6 and 3 × 10^6 cells/kg and 12 at 6 × 10^6 cells/kg.",
     [("patients_treated", {"value": 18}), ("patients_treated", {"value": 3}), ("patients_treated", {"value": 3}),
      ("patients_treated", {"value": 12}),
      ("dose", {"low": 1e6, "high": 1e6}), ("dose", {"low": 3e6, "high": 3e6}), ("dose", {"low": 6e6, "high": 6e6})]),
    ("Of 30 patients who underwent apheresis, 28 received BMS-986393.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    # (a design: no treated count)
    ("Six patients were to be treated per dose level at 0.5 × 10^6, 1.0 × 10^6 and 2.0 × 10^6 cells per kg.",
     [("dose", {"low": 5e5, "high": 5e5}), ("dose", {"low": 1e6, "high": 1e6}), ("dose", {"low": 2e6, "high": 2e6})]),
    # the treated broken down in apposition after a comma, also after the subject's disease
    ("We report 5-year outcomes of a phase 2 trial in which 110 patients with relapsed or refractory B-ALL, 58 children "
     "(<18 years) and 52 adults, received CD19 CAR-T cells at a target dose of 1 × 106 cells/kg between 2017 and 2019.",
     [("patients_treated", {"value": 110}), ("patients_treated", {"value": 58, "subgroup": "children"}),
      ("patients_treated", {"value": 52, "subgroup": "adults"}), ("dose", {"low": 1e6, "high": 1e6})]),
    ("In total, 110 patients, 58 children and 52 adults, received CD19 CAR-T cells.",
     [("patients_treated", {"value": 110}), ("patients_treated", {"value": 58, "subgroup": "children"}),
      ("patients_treated", {"value": 52, "subgroup": "adults"})]),
    ("A total of 41 patients with r/r B-ALL, 17 children and 24 adults, were infused.",
     [("patients_treated", {"value": 41}), ("patients_treated", {"value": 17, "subgroup": "children"}),
      ("patients_treated", {"value": 24, "subgroup": "adults"})]),
    # two products, the second verb elided; two age bands
    ("In total, 1,246 patients infused between 2019 and 2023 at 97 centres were analysed: 212 aged ≥70 years and 1,034 aged "
     "<70 years; 781 received axicabtagene ciloleucel (axi-cel) and 465 tisagenlecleucel (tisa-cel).",
     [("patients_treated", {"value": 1246}), ("patients_treated", {"value": 212, "subgroup": "≥70 years"}),
      ("patients_treated", {"value": 1034, "subgroup": "<70 years"}), ("patients_treated", {"value": 781, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 465, "subgroup": "tisa-cel"})]),
    ("Of 240 infused patients, 150 received axi-cel and 90 tisa-cel.",
     [("patients_treated", {"value": 240}), ("patients_treated", {"value": 150, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 90, "subgroup": "tisa-cel"})]),
    ("Of the 300 patients infused, 120 were aged 65 years or older and 180 were aged <65 years.",
     [("patients_treated", {"value": 300}), ("patients_treated", {"value": 120, "subgroup": "65 years or older"}),
      ("patients_treated", {"value": 180, "subgroup": "<65 years"})]),
    ("We treated 50 patients, aged 9 to 70 years.", [("patients_treated", {"value": 50})]),
    # evaluable after a state: "had active disease at infusion and were evaluable for response"
    ("Thirty-seven patients had active disease at infusion and were evaluable for response; four were treated in remission "
     "as consolidation.",
     [("patients_treated", {"value": 37, "subgroup": "evaluable for response"}), ("patients_treated", {"value": 4})]),
    ("Twenty-two patients had measurable disease and were evaluable for response.",
     [("patients_treated", {"value": 22, "subgroup": "evaluable for response"})]),
    # "NR" right after a survival term is a median not reached, no non-response that takes the next value
    ("12-mo PFS 68.4% (95% CI, 49.2–81.6); median PFS NR overall and 5.8 mo (95% CI 2.1–NR) in the prior-BCMA group.",
     [("progression_free_survival", {"percent": 68.4, "months": 12, "ci_low": 49.2, "ci_high": 81.6}),
      ("progression_free_survival", {"median_months": 5.8, "ci_low": 2.1, "ci_high": None})]),
    ("Median PFS was NR overall and 5.8 mo in the prior-BCMA group.", [("progression_free_survival", {"median_months": 5.8})]),
    ("Median OS was NR overall and 14.2 months (95% CI 9.1-NR) in patients with extramedullary disease.",
     [("overall_survival", {"median_months": 14.2, "ci_low": 9.1})]),
    # autoimmune disease counts: SLE, myasthenia gravis, labelled as written (as the autoimmune gold does: BLIND62_FAMILIES)
    ("15 pts infused (SLE n=9; MG n = 6); median age 34 (19–58) and 52 (29–71) years, respectively.",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 9, "label": "SLE"}),
      ("disease_count", {"value": 6, "label": "MG"})]),
    ("Fifteen patients were infused: 9 with systemic lupus erythematosus and 6 with myasthenia gravis.",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 9, "label": "systemic lupus erythematosus"}),
      ("disease_count", {"value": 6, "label": "myasthenia gravis"})]),
    ("MG-ADL improvement ≥2 points in 6/6 at week 12; minimal symptom expression in 4 of 6 by month 6.", []),
]


@pytest.mark.parametrize("text, expected", BLIND66_FAMILIES)
def test_blind66_families(text, expected):
    _matches(read_text(text), expected)


def test_a_cells_no_is_no_absence_of_the_next_cells_event():
    """A per-patient table's row "1 T-ALL | DL1 CR | 1 | 0 | No | Relapsed": the "No" answers its own column (allo-HSCT),
    it does not negate the relapse in the next cell."""
    from extract.endpoints import block_terms, read_sentence

    row = "1 T-ALL\tDL1 CR\t1\t0\tNo\tRelapsed\t3."
    assert not any(f.fields.get("negated") for f in read_sentence(row, block_terms(row)))
    assert [(f.endpoint, f.fields) for f in read_sentence("No relapse occurred.", block_terms("No relapse occurred."))] == [
        ("relapse", {"percent": 0.0, "n": 0, "negated": True})]


BLIND68_FAMILIES = [
    # a disease breakdown "LABEL (n = k)" after a numbered cohort subject ("The 70 infused patients had …"), a nested
    # subtype in the aside, and after a poster's label with a colon ("Diagnoses: …")
    ("The 70 infused patients had T-ALL (n = 49, including 12 with ETP-ALL) or T-LBL (n = 21); their median age was 26 "
     "years (range, 3-61).",
     [("patients_treated", {"value": 70}),   # (the numbered subject is the treated count: blind75)
      ("disease_count", {"value": 49, "label": "T-ALL"}), ("disease_count", {"value": 12, "label": "ETP-ALL"}),
      ("disease_count", {"value": 21, "label": "T-LBL"})]),
    ("The 38 treated patients had T-ALL (n = 30) or T-LBL (n = 8).",
     [("patients_treated", {"value": 38}),
      ("disease_count", {"value": 30, "label": "T-ALL"}), ("disease_count", {"value": 8, "label": "T-LBL"})]),
    ("Diagnoses: T-ALL (n = 9), ETP-ALL (n = 4), T-LBL (n = 5).",
     [("disease_count", {"value": 9, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "ETP-ALL"}),
      ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Diagnosis: T-ALL (n=9), T-LBL (n=5).",
     [("disease_count", {"value": 9, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Histology: DLBCL (n = 20), tFL (n = 6).",
     [("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 6, "label": "tFL"})]),
    # the treated count before a product code and a colon-led breakdown by product ("24 prior-transplant donor" after the
    # colon is no prior therapy that makes "received" a history)
    ("Seventy-four patients were registered and 70 received NS7CAR: 31 autologous, 24 prior-transplant donor and 15 "
     "new-donor products.",
     [("patients_enrolled", {"value": 74}), ("patients_treated", {"value": 70}),
      ("patients_treated", {"value": 31, "subgroup": "autologous"}),
      ("patients_treated", {"value": 24, "subgroup": "prior-transplant donor"}),
      ("patients_treated", {"value": 15, "subgroup": "new-donor products"})]),
    ("Forty patients received KX7-CAR: 22 autologous, 10 previous-donor and 8 new-donor products.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 22, "subgroup": "autologous"}),
      ("patients_treated", {"value": 10, "subgroup": "previous-donor"}),
      ("patients_treated", {"value": 8, "subgroup": "new-donor products"})]),
    ("Of 50 registered patients, 46 received NS7CAR: 20 autologous and 26 donor-derived products.",
     [("patients_enrolled", {"value": 50}), ("patients_treated", {"value": 46}),
      ("patients_treated", {"value": 20, "subgroup": "autologous"}),
      ("patients_treated", {"value": 26, "subgroup": "donor-derived products"})]),
    ("Twelve patients had received 3 prior lines.", []),
    # a year of the treatment period is no treated count; nor is a count of centres
    ("We updated all 62 patients treated between 2020 and 2022 on two phase 1 trials (NCT09681021 and NCT09681022), who "
     "received a single infusion of autologous or donor-derived CD7 CAR-T cells at 0.5–2 × 10^6/kg.",
     [("patients_treated", {"value": 62}), ("dose", {"low": 5e5, "high": 2e6})]),
    ("We included 45 patients infused from 2018 to 2021 who received tisa-cel.", [("patients_treated", {"value": 45})]),
    ("Eleven centres contributed consecutive patients with relapsed/refractory T-ALL, T-lymphoblastic lymphoma (T-LBL) or "
     "CD7-positive acute myeloid leukaemia (AML) who received autologous or donor-derived CD7 CAR-T cells (0.5–2.0 × "
     "10^6/kg) between January 2021 and December 2024 to a prospective registry (ChiCTR2968100081).",
     [("dose", {"low": 5e5, "high": 2e6})]),
    ("Twelve US sites enrolled patients who received axi-cel.", []),
    ("In total, 120 patients from 9 centres received CAR-T cells.", [("patients_treated", {"value": 120})]),
    # a product group glued to "prior-"/"previous-" with its noun after it is a group's name, not a prior therapy
    ("MRD-negative CR rates were 83.9% (26/31) with autologous, 87.5% (21/24) with prior-transplant donor and 86.7% "
     "(13/15) with new-donor products (autologous vs all donor-derived, P = .74).",
     [("complete_remission", {"percent": 83.9, "n": 26, "N": 31, "mrd_negative": True}),
      ("complete_remission", {"percent": 87.5, "n": 21, "N": 24, "mrd_negative": True}),
      ("complete_remission", {"percent": 86.7, "n": 13, "N": 15, "mrd_negative": True}),
      ("p_value", {"value": ".74", "outcome": "complete_remission"})]),
    ("CR rates were 80% with prior-transplant donor products and 60% with new-donor products.",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 60})]),
    ("The CR rate was 70% (7/10) with previous-transplant donor cells v 60% (6/10) with new-donor cells.",
     [("complete_remission", {"percent": 70, "n": 7, "N": 10}), ("complete_remission", {"percent": 60, "n": 6, "N": 10})]),
    # relapses after a transplant counted after a comma: a group of the total
    ("Relapse occurred in 27 of the 86 (31.4%), including 9 after transplantation.",
     [("relapse", {"percent": 31.4, "n": 27, "N": 86}), ("relapse", {"n": 9, "subgroup": "after transplantation"})]),
    ("Twelve patients relapsed, including 4 after allo-HSCT.",
     [("relapse", {"n": 12}), ("relapse", {"n": 4, "subgroup": "after allo-HSCT"})]),
    ("Relapse occurred in 6 patients (20%), 2 of them following consolidative allogeneic HSCT.",
     [("relapse", {"percent": 20, "n": 6}), ("relapse", {"n": 2, "subgroup": "following consolidative allogeneic HSCT"})]),
    ("Nine responders (25%) relapsed, including 3 post-HSCT.",
     [("relapse", {"percent": 25, "n": 9}), ("relapse", {"n": 3, "subgroup": "post-HSCT"})]),
    ("Relapse occurred in 6 patients, including 2 after a median of 3 months.", [("relapse", {"n": 6})]),
]


@pytest.mark.parametrize("text, expected", BLIND68_FAMILIES)
def test_blind68_families(text, expected):
    _matches(read_text(text), expected)


BLIND68_PAIRS = [
    # a compared pair whose one rate equals an earlier sentence's rate is a new comparison; a pair restated whole is not
    ("The day-28 CR/CRi rate was 81.1% overall and, by disease, 90.2% (55/61) in T-ALL and 75.9% (22/29) in T-LBL. "
     "CR/CRi was achieved in 75.9% of autologous v 87.5% of donor-derived recipients (p=0.12). "
     "In conclusion, CR/CRi was achieved in 75.9% of autologous vs 87.5% of donor-derived recipients (p=0.12).",
     "complete_remission", [75.9, 75.9, 81.1, 87.5, 90.2]),
    ("The ORR was 80% (16/20). The ORR was 80% in children versus 70% in adults (P = .41).",
     "overall_response", [70, 80, 80]),
    ("Grade 3 or higher CRS occurred in 12.5% (3/24). Severe CRS was seen in 12.5% of autologous compared with 20.0% of "
     "donor-derived recipients (p=0.6).", "crs", [12.5, 12.5, 20.0]),
    ("The CR rate was 90% (18/20). CR rates were 90% in T-ALL and 85% in T-LBL.", "complete_remission", [85, 90]),
]


@pytest.mark.parametrize("text, endpoint, percents", BLIND68_PAIRS)
def test_blind68_compared_pair_is_no_restatement(text, endpoint, percents):
    """A compared pair (with its p-value) whose one rate equals an earlier sentence's rate is a new comparison: both
    rates are kept ("75.9% of autologous v 87.5% of donor-derived" after "75.9% (22/29) in T-LBL")."""
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    assert sorted(m.get("percent") for m in extract_measurements(doc) if m.endpoint == endpoint) == percents


BLIND69_FAMILIES = [
    # a count with its own grade after a first one: "one with grade 1 and one with grade 2" (the second "one" is no band's end)
    ("Immune effector cell-associated neurotoxicity syndrome occurred in 2 patients, one with grade 1 and one with grade 2.",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("CRS occurred in 5 patients, three with grade 1 and two with grade 2.",
     [("crs", {"n": 5, "grade": "any"}), ("crs", {"n": 3, "grade": "1"}), ("crs", {"n": 2, "grade": "2"})]),
    ("ICANS occurred in 2 patients, one of grade 1 and one of grade 2.",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("Grade 1 and 2 CRS occurred in 15 patients.", [("crs", {"n": 15, "grade": "1-2"})]),
    # the disease control rate and LICATS are no ORR and no ICANS
    ("Among the 43 patients with measurable disease, the objective response rate (ORR) was 44.2% (19/43) and the disease control "
     "rate 79.1%; in GC/GEJ, the ORR was 56.7% (17/30) and the disease control rate 86.7%.",
     [("overall_response", {"percent": 44.2, "n": 19, "N": 43}), ("overall_response", {"percent": 56.7, "n": 17, "N": 30})]),
    ("ORR was 40% and DCR 80%.", [("overall_response", {"percent": 40})]),
    ("The ORR was 25% (4/16) and the disease control rate was 75% (12/16).", [("overall_response", {"percent": 25, "n": 4, "N": 16})]),
    ("Cytokine release syndrome occurred in 17 patients (70.8%) and was grade 1 in 15 and grade 2 in 2; no patient developed immune "
     "effector cell-associated neurotoxicity syndrome, and one had grade 1 local immune effector cell-associated toxicity syndrome.",
     [("crs", {"percent": 70.8, "n": 17, "grade": "any"}), ("crs", {"n": 15, "grade": "1"}), ("crs", {"n": 2, "grade": "2"}),
      ("neurotoxicity", {"n": 0, "negated": True})]),
    ("No ICANS occurred; LICATS (grade 1) was seen in 3 patients.", [("neurotoxicity", {"n": 0, "negated": True})]),
    # where the responses were is no rate: "All 3 responses occurred at the 2 highest dose levels"
    ("All 3 responses occurred at the 2 highest dose levels, for a response rate of 3 of 9 patients (33%) at those doses.",
     [("overall_response", {"percent": 33, "n": 3, "N": 9})]),
    ("All 5 complete remissions occurred after the second infusion.", []),
    ("All 5 patients achieved CR.", [("complete_remission", {"n": 5, "N": 5})]),
    # a result "achieved in 54 of 64 (84.4%) patients treated with axi-cel": no treated count
    ("In the matched cohort, complete response was achieved in 54 of 64 (84.4%) patients treated with axi-cel and in 49 of 64 "
     "(76.6%) treated with tisa-cel (P=0.27), and 12-month progression-free survival (PFS) was 83.0% (95% CI: 72.9-89.6) versus "
     "79.1% (95% CI: 68.4-86.5), respectively (hazard ratio 0.84; 95% CI: 0.49-1.44; P=0.52).",
     [("complete_remission", {"percent": 84.4, "n": 54, "N": 64}), ("complete_remission", {"percent": 76.6, "n": 49, "N": 64}),
      ("p_value", {"value": "0.27", "outcome": "complete_remission"}),
      ("progression_free_survival", {"percent": 83.0, "months": 12, "ci_low": 72.9, "ci_high": 89.6}),
      ("progression_free_survival", {"percent": 79.1, "months": 12, "ci_low": 68.4, "ci_high": 86.5}),
      ("p_value", {"value": "0.52", "outcome": "progression_free_survival"})]),
    ("CR was attained in 12 of 20 patients treated at DL2 and in 15 of 18 treated at DL3.",
     [("complete_remission", {"n": 12, "N": 20}), ("complete_remission", {"n": 15, "N": 18})]),
    ("An objective response was observed in 30 of 40 patients (75%) treated with the higher dose.",
     [("overall_response", {"percent": 75, "n": 30, "N": 40})]),
    # the patients a product was ordered for are the intent-to-treat (enrolled) cohort, no disease count
    ("Using the French LYRIC registry (NCT08690051), we analysed all 212 patients with FL for whom commercial CAR T cells were "
     "ordered between July 2021 and June 2024; 197 were infused (axi-cel, n=118; tisa-cel, n=79).",
     [("patients_enrolled", {"value": 212}), ("patients_treated", {"value": 197}),
      ("patients_treated", {"value": 118, "subgroup": "axi-cel"}), ("patients_treated", {"value": 79, "subgroup": "tisa-cel"})]),
    ("We included 430 patients for whom axi-cel or tisa-cel was ordered, of whom 390 were infused.",
     [("patients_enrolled", {"value": 430}), ("patients_treated", {"value": 390})]),
    ("Among 150 patients whose commercial product was requested, 131 received an infusion.",
     [("patients_enrolled", {"value": 150}), ("patients_treated", {"value": 131})]),
    # a terse label's total with its responders' noun, then its two groups in parentheses that add up to it
    ("Relapse: 9/30 responders (HSCT 3/18 vs no HSCT 6/12).",
     [("relapse", {"n": 9, "N": 30}), ("relapse", {"n": 3, "N": 18, "subgroup": "HSCT"}),
      ("relapse", {"n": 6, "N": 12, "subgroup": "no HSCT"})]),
    ("Relapses: 10/33 pts (auto 4/14 v donor 6/19).",
     [("relapse", {"n": 10, "N": 33}), ("relapse", {"n": 4, "N": 14, "subgroup": "auto"}),
      ("relapse", {"n": 6, "N": 19, "subgroup": "donor"})]),
    ("Relapse: 9/30 responders (foo).", [("relapse", {"n": 9, "N": 30})]),
    ("Relapse: 5/20 patients (DL1 1/8 vs DL2 3/12).", [("relapse", {"n": 5, "N": 20})]),
    # a product code with mixed case after the verb: "received OriC5D at …"
    ("Thirty-six patients received OriC5D at 0.5 × 10(6) (n = 6), 1.0 × 10(6) (n = 6), 2.0 × 10(6) (n = 18) or 3.0 × 10(6) (n = 6) "
     "CAR-T cells/kg; 20 (55.6%) had been exposed to BCMA-directed therapy, including BCMA CAR-T in 14.",
     [("patients_treated", {"value": 36}), ("dose", {"low": 500000}), ("dose", {"low": 1000000}), ("dose", {"low": 2000000}),
      ("dose", {"low": 3000000}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 6}),
      ("patients_treated", {"value": 18}), ("patients_treated", {"value": 6})]),
    ("Twelve patients received AbeC7 at a flat dose.", [("patients_treated", {"value": 12})]),
    ("Ten patients received IL-6 blockade.", []),
    # per-dose counts "at the lower dose and … at the higher dose" after the treated count (an aside may come before the verb)
    ("Thirty-one patients were enrolled, and 28 (median age, 7 years; range, 2 to 19) received GD2-iC9: 9 at the lower dose and 19 "
     "at the higher dose.",
     [("patients_enrolled", {"value": 31}), ("patients_treated", {"value": 28}),
      ("patients_treated", {"value": 9, "subgroup": "lower dose"}), ("patients_treated", {"value": 19, "subgroup": "higher dose"})]),
    ("Twenty-eight patients were infused (9 at the low dose and 19 at the high dose).",
     [("patients_treated", {"value": 28}), ("patients_treated", {"value": 9, "subgroup": "low dose"}),
      ("patients_treated", {"value": 19, "subgroup": "high dose"})]),
    ("28 patients were treated: 12 at the lower dose level and 16 at the higher dose level.",
     [("patients_treated", {"value": 28}), ("patients_treated", {"value": 12, "subgroup": "lower dose level"}),
      ("patients_treated", {"value": 16, "subgroup": "higher dose level"})]),
    ("Twenty-eight patients were infused (9 at the low dose and 12 at the high dose).", [("patients_treated", {"value": 28})]),
    # solid tumours listed as the treated's groups are disease counts, labelled by their bracketed abbreviations;
    # a second infusion's count is a treated subgroup
    ("Of 52 patients who underwent apheresis, 46 received at least one infusion (gastric or gastroesophageal junction adenocarcinoma "
     "[GC/GEJ], n = 31; pancreatic ductal adenocarcinoma [PDAC], n = 11; other, n = 4), and 17 received a second infusion.",
     [("patients_enrolled", {"value": 52}), ("patients_treated", {"value": 46}),
      ("disease_count", {"value": 31, "label": "GC/GEJ"}), ("disease_count", {"value": 11, "label": "PDAC"}),
      ("disease_count", {"value": 4, "label": "other"}), ("patients_treated", {"value": 17, "subgroup": "second infusion"})]),
    ("Twenty patients were treated (gastric cancer, n = 12; pancreatic cancer, n = 8).",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "gastric cancer"}),
      ("disease_count", {"value": 8, "label": "pancreatic cancer"})]),
    ("Eighteen patients were infused (hepatocellular carcinoma [HCC], n = 10; colorectal cancer [CRC], n = 6; others, n = 2).",
     [("patients_treated", {"value": 18}), ("disease_count", {"value": 10, "label": "HCC"}),
      ("disease_count", {"value": 6, "label": "CRC"}), ("disease_count", {"value": 2, "label": "others"})]),
    ("Twenty patients were treated (DL1, n = 12; DL2, n = 8).",
     [("patients_treated", {"value": 20}), ("patients_treated", {"value": 12, "subgroup": "DL1"}),
      ("patients_treated", {"value": 8, "subgroup": "DL2"})]),
    ("Seventeen patients received a second infusion.", [("patients_treated", {"value": 17, "subgroup": "second infusion"})]),
    ("Forty patients were infused; 12 of them received a second dose.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "second infusion"})]),
    ("Forty patients were infused, and 9 were reinfused after progression.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 9, "subgroup": "second infusion"})]),
    ("Two patients received a second transplant.", [("transplant", {"n": 2})]),
]


@pytest.mark.parametrize("text, expected", BLIND69_FAMILIES)
def test_blind69_families(text, expected):
    _matches(read_text(text), expected)


BLIND70_FAMILIES = [
    # decimal commas (Russian, Turkish, Latin American abstracts): a text writing two or more percents
    # with a decimal comma reads every lone comma with one or two digits after it as a decimal point
    ("In the B-NHL group the overall response rate (ORR) on day +90 was 66,7% (8/12), complete response (CR) - 41,7% (5/12).",
     [("overall_response", {"percent": 66.7, "n": 8, "N": 12, "timepoint_days": 90}),
      ("complete_remission", {"percent": 41.7, "n": 5, "N": 12, "timepoint_days": 90})]),
    ("Median follow-up was 10,5 months (range 3,1-22,7). The ORR was 72,4% and the CR rate 51,7%.",
     [("median_followup", {"months": 10.5, "range_low": 3.1, "range_high": 22.7}),
      ("overall_response", {"percent": 72.4}), ("complete_remission", {"percent": 51.7})]),
    ("A sobrevida global em 1 ano foi 68,2% e a taxa de RC 45,5%. One-year OS was 68,2% (95% CI 47,2-86,0).",
     [("overall_survival", {"percent": 68.2, "months": 12, "ci_low": 47.2, "ci_high": 86.0})]),
    ("CRS occurred in 81,0% of patients and ICANS in 19,0%; 1,250 cells per microlitre and patients 1,2,3 stay as written.",
     [("crs", {"percent": 81.0, "grade": "any"}), ("neurotoxicity", {"percent": 19.0, "grade": "any"})]),
    # circled enumeration markers ("⑤Among the 42 CR children, …"): the sentence after one opens as usual
    ("Results: ⑤Among the 42 CR children, 21 cases were bridged to allo-HSCT, and 14 cases relapsed during follow-up.",
     [("transplant", {"n": 21, "N": 42, "percent": 50.0}), ("relapse", {"n": 14, "N": 42, "percent": 33.3})]),
    ("①Among the 30 patients in CR, 12 relapsed. ②The CR rate was 90.0% (27/30).",
     [("relapse", {"n": 12, "N": 30}), ("complete_remission", {"percent": 90.0, "n": 27, "N": 30})]),
    # leukapheresis counts after a date span: "From March 2021 to October 2023 leukapheresis was performed in 24 patients",
    # "Between Sept 14, 2021, and Jan 31, 2023, 71 patients underwent leukapheresis; …"
    ("From March 2021 to October 2023 leukapheresis was performed in 24 patients.", [("patients_enrolled", {"value": 24})]),
    ("Between Sept 14, 2021, and Jan 31, 2023, 71 patients underwent leukapheresis; the product was manufactured for 68 "
     "(95·8%) and 64 received an infusion (B-NHL, n=47; B-ALL, n=17).",
     [("patients_enrolled", {"value": 71}), ("patients_treated", {"value": 64}),
      ("disease_count", {"value": 47, "label": "B-NHL"}), ("disease_count", {"value": 17, "label": "B-ALL"})]),
    ("Between January 2019 and May 2022, apheresis was completed for 40 patients.", [("patients_enrolled", {"value": 40})]),
    ("During 2020, 30 patients underwent apheresis; 3 products failed and 27 patients were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27})]),
    # (with no infused count after it, a date span's apheresed stay out, as BLIND38_FAMILIES has it)
    ("From 2020 to 2023, 61 patients underwent leukapheresis; 55 received bridging therapy.", []),
    # disease counts after a spaced dash (Russian abstracts) and B-NHL as a label
    ("Twenty-one patients received CAR-T cells: diffuse large B-cell lymphoma (DLBCL) - 9, primary mediastinal B-cell "
     "lymphoma (PMBCL) - 3, B-ALL - 9.",
     [("patients_treated", {"value": 21}), ("disease_count", {"value": 9, "label": "DLBCL"}),
      ("disease_count", {"value": 3, "label": "PMBCL"}), ("disease_count", {"value": 9, "label": "B-ALL"})]),
    ("Eighteen patients were infused: T-ALL – 12, T-LBL – 6.",
     [("patients_treated", {"value": 18}), ("disease_count", {"value": 12, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    ("Thirty patients were treated (B-NHL n=20; B-ALL n=10).",
     [("patients_treated", {"value": 30}), ("disease_count", {"value": 20, "label": "B-NHL"}),
      ("disease_count", {"value": 10, "label": "B-ALL"})]),
    ("Patients with B-NHL received 1,0×10^6 CAR+ cells/kg (CR 41,7%), patients with B-ALL - 0,5×10^6 CAR+ cells/kg (CR 88,9%).",
     [("dose", {"low": 1000000, "high": 1000000}), ("dose", {"low": 500000, "high": 500000}),
      ("complete_remission", {"percent": 41.7}), ("complete_remission", {"percent": 88.9})]),
    # progression after a response is a relapse: "later progressed" after a CR population, a responder progressing
    ("Among 51 pts in CR, 12 (23.5%) later progressed.", [("relapse", {"percent": 23.5, "n": 12, "N": 51})]),
    ("Of the 20 patients in CR, 4 subsequently progressed.", [("relapse", {"n": 4, "N": 20})]),
    ("One responder (VGPR) progressed at month 7 at an EMD site.", [("relapse", {"n": 1})]),
    ("Three of 11 responders later progressed.", [("relapse", {"n": 3, "N": 11})]),
    ("Patients who later progressed had higher tumour burden.", []),
    # patients named by number are ids, no count: "Patients 4 and 5 had MRD-negative CR"
    ("Patients 4 and 5 (both 3x10^6 cells/kg) had MRD-negative CR.", [("dose", {"low": 3000000})]),
    ("Patients 1, 3 and 5 achieved CR.", []),
    ("CR was achieved in patients 2 and 4.", []),
    ("Among patients aged 18 and 65 years, 5 achieved CR.", [("complete_remission", {"n": 5})]),
    # "in N cases the MRD was negative": the count of the term right after its patients, not of the CR before
    ("Complete remission (CR) was obtained in six out of eight patients (75%) at day 28 and in five cases the MRD was "
     "negative by flow cytometry (<0.01%).",
     [("complete_remission", {"percent": 75, "n": 6, "N": 8, "timepoint_days": 28}), ("mrd_negative", {"n": 5, "timepoint_days": 28})]),
    ("CR was achieved in 10 of 12 patients and in 7 patients MRD became undetectable.",
     [("complete_remission", {"n": 10, "N": 12}), ("mrd_negative", {"n": 7})]),
    ("CR was reached in 9 of 10 patients and in 4 children the MRD was negative at day 28.",
     [("complete_remission", {"n": 9, "N": 10}), ("mrd_negative", {"n": 4, "timepoint_days": 28})]),
    # counts per dose, each with its verb: the dose's exponent ("10^6 cells/kg and two patients") is no subject
    ("After lymphodepletion with fludarabine (30 mg/m2/day × 3) and cyclophosphamide (500 mg/m2/day × 2), three patients "
     "received 1x10^6 cells/kg and two patients received 3x10^6 cells/kg.",
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 2}),
      ("dose", {"low": 1000000, "high": 1000000}), ("dose", {"low": 3000000, "high": 3000000})]),
    ("Four patients received 1 × 10^6 CAR T cells/kg and six patients received 3 × 10^6 CAR T cells/kg.",
     [("patients_treated", {"value": 4}), ("patients_treated", {"value": 6}),
      ("dose", {"low": 1000000}), ("dose", {"low": 3000000})]),
    # a distractor naming the group compared with ("compared with no bridging (36.6% v 65.4%)"): both values the term's before it
    ("Pts who required bridging had inferior 12-mo PFS compared with no bridging (36.6% v 65.4%; p=0.009).",
     [("progression_free_survival", {"percent": 36.6, "months": 12}), ("progression_free_survival", {"percent": 65.4, "months": 12}),
      ("p_value", {"value": "0.009", "outcome": "progression_free_survival"})]),
    ("Bridging was associated with inferior 12-month PFS compared with no bridging (36.6% vs 65.4%).",
     [("progression_free_survival", {"percent": 36.6}), ("progression_free_survival", {"percent": 65.4})]),
    ("Patients with bridging had a lower CR rate compared with no bridging (41% vs 60%; p=0.03).",
     [("complete_remission", {"percent": 41}), ("complete_remission", {"percent": 60}),
      ("p_value", {"value": "0.03", "outcome": "complete_remission"})]),
    ("Bridging therapy was given to 71 pts (73.2%) compared with no bridging in 26 (26.8%).", []),
    # "…, and that of <population> was <value>": the term before goes on; a relapse history after the term's "of
    # children" names a population ("The CR rate of children relapsed after allo-HSCT was 84.6%")
    ("The CR rate of children relapsed after allo-HSCT was 84.6% (11/13), and that of children without transplantation "
     "history was 96.9% (31/32), the difference was not statistically significant (P=0.196).",
     [("complete_remission", {"percent": 84.6, "n": 11, "N": 13}), ("complete_remission", {"percent": 96.9, "n": 31, "N": 32}),
      ("p_value", {"value": "0.196", "outcome": "complete_remission"})]),
    ("The ORR of patients with bulky disease was 50% (5/10), and that of patients without bulky disease was 80% (16/20).",
     [("overall_response", {"percent": 50, "n": 5, "N": 10}), ("overall_response", {"percent": 80, "n": 16, "N": 20})]),
    ("The 2-year OS of patients in CR was 70.1%, while that of patients in PR was 40.2%.",
     [("overall_survival", {"percent": 70.1, "months": 24}), ("overall_survival", {"percent": 40.2, "months": 24})]),
    ("The ORR of patients relapsed after transplantation was 70% (7/10).", [("overall_response", {"percent": 70, "n": 7, "N": 10})]),
    ("Five patients relapsed after allo-HSCT.", []),
    # "which eight of them received", "of which eight received" (non-native phrasing): the treated subset of the enrolled
    ("In this single-arm pilot clinical trial (IRCT20210415050770N1), ten patients with relapsed or refractory B-ALL were "
     "enrolled which eight of them (3 children and 5 adults) received CAR-T cells at doses of 0.5 x 10(6) to 1 x 10(6) "
     "CAR-T cells/kg after fludarabine/cyclophosphamide conditioning.",
     [("patients_enrolled", {"value": 10}), ("patients_treated", {"value": 8}),
      ("patients_treated", {"value": 3, "subgroup": "children"}), ("patients_treated", {"value": 5, "subgroup": "adults"}),
      ("dose", {"low": 500000, "high": 1000000})]),
    ("Ten patients were enrolled, of which eight received CAR-T cells.",
     [("patients_enrolled", {"value": 10}), ("patients_treated", {"value": 8})]),
    ("Twelve patients were enrolled and eight of them received CAR-T cells.",
     [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 8})]),
    # "Both EMD pts responded": an abbreviation naming the two before the noun
    ("Both EMD pts responded (1 CR, 1 PR on PET-CT).",
     [("overall_response", {"n": 2, "N": 2, "site": "extramedullary"}),
      ("complete_remission", {"n": 1, "site": "extramedullary"}), ("partial_remission", {"n": 1, "site": "extramedullary"})]),
    ("Both TP53 pts relapsed.", [("relapse", {"n": 2, "N": 2})]),
    ("Both CRS and ICANS were mild.", []),
]


@pytest.mark.parametrize("text, expected", BLIND70_FAMILIES)
def test_blind70_families(text, expected):
    _matches(read_text(text), expected)


BLIND71_TEXT_FAMILIES = [
    # a population between coordinated terms and their values: "2-year OS and LFS for the 47 patients in remission were
    # x and y, respectively" (the population's "remission" takes no value)
    ("With a median follow-up of 22.6 months, 2-year OS and LFS for the 47 patients in remission were 64.2% "
     "(95% CI 48.6–76.2) and 55.1% (95% CI 39.6–68.2), respectively.",
     [("median_followup", {"months": 22.6}),
      ("overall_survival", {"percent": 64.2, "months": 24, "ci_low": 48.6, "ci_high": 76.2}),
      ("leukemia_free_survival", {"percent": 55.1, "months": 24, "ci_low": 39.6, "ci_high": 68.2})]),
    ("The 1-year EFS and OS among the 30 patients in CR were 70.0% and 83.3%, respectively.",
     [("event_free_survival", {"percent": 70.0, "months": 12}), ("overall_survival", {"percent": 83.3, "months": 12})]),
    # relapse or progression as one event, in its verb forms
    ("Among the 31 responders, 11 subsequently relapsed or progressed, at a median of 9.4 months after infusion.",
     [("relapse", {"n": 11, "N": 31, "subgroup": "responders"})]),
    ("Of the 20 patients in CR, 6 progressed or relapsed.", [("relapse", {"n": 6, "N": 20})]),
    # a disease list with "n=" counts behind a descriptive label
    ("Histology of infused pts: PTCL-NOS n=7, AITL n=4, T-ALL n=6, T-LBL n=4",
     [("disease_count", {"value": 7, "label": "PTCL-NOS"}), ("disease_count", {"value": 4, "label": "AITL"}),
      ("disease_count", {"value": 6, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    # "None of the N <patients> <qualifier> developed X": an absence, and its N no treated count
    ("None of the 14 patients who received donor-derived cells developed GVHD.",
     [("gvhd", {"n": 0, "N": 14, "negated": True, "grade": "any"})]),
    ("None of the 9 patients treated at DL1 developed grade 3 or higher CRS.",
     [("crs", {"n": 0, "N": 9, "negated": True, "grade": ">=3"})]),
    ("None of the 20 patients with CNS disease had ICANS.", [("neurotoxicity", {"n": 0, "N": 20, "negated": True})]),
    # when an event happened ("before transplantation") is no population
    ("None of the patients developed GVHD before transplantation.", [("gvhd", {"n": 0, "negated": True})]),
    ("Grade 3 CRS before day 7 occurred in 4 of 20 patients (20%).", [("crs", {"n": 4, "N": 20, "grade": "3"})]),
    # a landmark's day is no list of landmark years ("from day 100, 18-month LFS")
    ("In a landmark analysis from day 100, 18-month LFS was 66.4% with consolidative allo-HCT versus 40.7% without (p = 0.003).",
     [("leukemia_free_survival", {"percent": 66.4, "months": 18, "subgroup": "consolidative allo-HCT"}),
      ("leukemia_free_survival", {"percent": 40.7, "months": 18, "subgroup": "no consolidative allo-HCT"}),
      ("p_value", {"value": "0.003"})]),
]


BLIND75_TEXT_FAMILIES = [
    # Nature's per-kilogram unit "kg−1", and "kg" alone where the PDF dropped its superscript "−1"
    ("Three dose levels were tested: DL1, 1 × 106 CAR+ T cells kg−1; DL2, 3 × 106 CAR+ T cells kg−1.",
     [("dose", {"low": 1000000, "unit": "cells/kg", "label": "DL1"}), ("dose", {"low": 3000000, "unit": "cells/kg", "label": "DL2"})]),
    ("Patients received 1 × 10^6 cells kg^-1.", [("dose", {"low": 1000000, "unit": "cells/kg"})]),
    ("Three dose levels were tested: DL1, 1 × 10^6 CAR+ T cells\nkg; DL2, 3 × 10^6 CAR+ T cells kg; with a maximum of "
     "3 × 10^8 cells for patients over 100 kg.",
     [("dose", {"low": 1000000, "unit": "cells/kg", "label": "DL1"}), ("dose", {"low": 3000000, "unit": "cells/kg", "label": "DL2"})]),
    # an elliptic "a complete and N (x%) a partial <site> response"
    ("Of the 14 patients with extramedullary disease, 9 (64.3%) had a complete and 3 (21.4%) a partial extramedullary "
     "response by month 3.",
     [("complete_remission", {"percent": 64.3, "n": 9, "N": 14, "site": "extramedullary", "timepoint_days": 91}),
      ("partial_remission", {"percent": 21.4, "n": 3, "N": 14, "site": "extramedullary", "timepoint_days": 91})]),
    # another group's result with its citation marker: background
    ("Pan et al[4] reported that donor-derived CD7 CAR-T cells induced CR in 90% (18/20) of patients.", []),
    ("Pan et al. [4] reported that CR occurred in 90% (18/20) of patients.", []),
    ("Pan et al (2022) reported CR in 90%.", []),
    # a disease breakdown with "n =" in parentheses right after the patient noun
    ("The 24 infused patients (T-ALL, n = 17; T-LBL, n = 7) had a median age of 23 years (range, 7-61).",
     [("patients_treated", {"value": 24}),
      ("disease_count", {"value": 17, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"})]),
    # the subject's states in parentheses are its population; the count is the main verb's
    ("Five patients (four in MRD-negative CR and one with PTCL-NOS in partial response) proceeded to allogeneic HSCT at a "
     "median of 41 days (range 33–58) after infusion.", [("transplant", {"n": 5})]),
    ("Eight patients (all MRD-negative) proceeded to HSCT.", [("transplant", {"n": 8})]),
    # "the N treated patients (an aside) had <diseases>": the treated count and its breakdown
    ("The nine treated patients (median age 34 years, range 19–66) had T-ALL (n=4), T-LBL (n=2), peripheral T-cell "
     "lymphoma, not otherwise specified (PTCL-NOS; n=2) or angioimmunoblastic T-cell lymphoma (AITL; n=1).",
     [("patients_treated", {"value": 9}), ("disease_count", {"value": 4, "label": "T-ALL"}),
      ("disease_count", {"value": 2, "label": "T-LBL"}), ("disease_count", {"value": 2, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 1, "label": "AITL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND75_TEXT_FAMILIES)
def test_blind75_text_families(text, expected):
    _matches(read_text(text), expected)


def test_table_rows_of_grades_under_one_event_and_a_stringent_cr_row_under_cr_or_better():
    # the event named in the corner cell ("CRS grade") or else the caption; rows name only grades
    got = read_text("Results: Patients did well.\nTable 2. Cytokine release syndrome by dose level (ASTCT), n (%)\n"
                    "CRS grade\tDL1 (n=3)\tDL2 (n=9)\tTotal (N=12)\nGrade 1\t2 (66.7)\t5 (55.6)\t7 (58.3)\n"
                    "Grade 2\t0\t3 (33.3)\t3 (25.0)")
    assert [(e, f.get("grade"), f.get("n"), f.get("N"), f.get("subgroup")) for e, f in got if e == "crs"] == [
        ("crs", "1", 2, 3, "DL1"), ("crs", "1", 5, 9, "DL2"), ("crs", "1", 7, 12, None),
        ("crs", "2", 0, 3, "DL1"), ("crs", "2", 3, 9, "DL2"), ("crs", "2", 3, 12, None)]
    got = read_text("Results: Responses.\nTable 1. Response by dose level\nResponse\tDL1 (n=3)\tDL2 (n=9)\n"
                    "≥CR, n (%)\t1 (33.3)\t5 (55.6)\nsCR, n (%)\t1 (33.3)\t3 (33.3)")
    assert [(e, f.get("n"), f.get("subgroup")) for e, f in got if e == "complete_remission"] == [
        ("complete_remission", 1, "DL1"), ("complete_remission", 5, "DL2")]


def test_table_labels_wrapped_onto_the_next_line_and_the_captions_n_of_N_format():
    # a label cut after "after"/"among" ends on the next line (no group label of the rows below); "(95% CI)" under
    # "12-month OS, %" is the label's and the CIs below the values are theirs; "n/N (%)" in the caption reads the cells
    got = read_text("Results: Outcomes by subtype.\nTable 2. Outcomes by disease subtype, n/N (%)\nOutcome\tT-ALL\tT-LBL\n"
                    "\t(n = 17)\t(n = 8)\nAllo-HSCT after\t7/16 (43.8)\t2/6 (33.3)\nCAR-T\n"
                    "Relapse after CR/CRi\t4/16 (25.0)\t3/6 (50.0)\n"
                    "12-month OS, %\t58.0\t84.6\n(95% CI)\t(42.1-70.9)\t(67.3-93.3)")
    assert [(e, f.get("n"), f.get("N"), f.get("percent"), f.get("ci_low"), f.get("subgroup")) for e, f in got] == [
        ("transplant", 7, 16, 43.8, None, "T-ALL"), ("transplant", 2, 6, 33.3, None, "T-LBL"),
        ("relapse", 4, 16, 25.0, None, "T-ALL"), ("relapse", 3, 6, 50.0, None, "T-LBL"),
        ("overall_survival", None, None, 58.0, 42.1, "T-ALL"), ("overall_survival", None, None, 84.6, 67.3, "T-LBL")]


def test_table_cells_with_an_open_ci_a_standard_error_and_the_captions_count_format():
    # "8.1 (2.3-NR)": a median with its CI open above; "Allogeneic HSCT after RT7": a transplant row after a product
    got = read_text("Results: Outcomes.\nTable 2. Outcomes by dose level\nOutcome\tDL1 (n = 6)\tDL2 (n = 9)\n"
                    "Median EFS, mo (95% CI)\t8.1 (2.3-NR)\t11.4 (4.0-NR)\n"
                    "Allogeneic HSCT after RT7, n (%)\t1 (16.7)\t4 (44.4)")
    assert [(e, f.get("median_months"), f.get("ci_low"), f.get("ci_high"), f.get("n")) for e, f in got
            if e in ("event_free_survival", "transplant")] == [
        ("event_free_survival", 8.1, 2.3, None, None), ("event_free_survival", 11.4, 4.0, None, None),
        ("transplant", None, None, None, 1), ("transplant", None, None, None, 4)]
    # "73.1±10.3" under "1-year OS, % (±SE)": the estimate, no CI; a "0" cell counts none of its group when
    # the caption states the cells' format ("[n (%)]")
    got = read_text("Results: Outcomes.\nTable 2 Outcomes of the groups [n (%)]\nOutcome\tDonor-derived (n=19)\tAutologous (n=27)\tP value\n"
                    "Acute GVHD\t4 (21.1)\t0\t0.024\n1-year OS, % (±SE)\t73.1±10.3\t65.0±9.3\t0.512")
    assert got == [
        ("gvhd", {"percent": 21.1, "n": 4, "grade": "any", "acute": True, "subgroup": "Donor-derived", "N": 19}),
        ("gvhd", {"n": 0, "N": 27, "percent": 0.0, "negated": True, "grade": "any", "acute": True, "subgroup": "Autologous"}),
        ("p_value", {"value": "0.024", "compares": ["Donor-derived", "Autologous"], "outcome": "gvhd"}),
        ("overall_survival", {"percent": 73.1, "months": 12, "subgroup": "Donor-derived"}),
        ("overall_survival", {"percent": 65.0, "months": 12, "subgroup": "Autologous"}),
        ("p_value", {"value": "0.512", "compares": ["Donor-derived", "Autologous"], "outcome": "overall_survival"}),
    ]


@pytest.mark.parametrize("text, expected", BLIND71_TEXT_FAMILIES)
def test_blind71_text_families(text, expected):
    _matches(read_text(text), expected)


BLIND77_FAMILIES = [
    # histologies with a qualifier, labelled as written: "DLBCL NOS", "transformed FL", lupus nephritis; a count
    # with thousands separators after "n =" is one number ("n = 1,004" is no list of 1 and 4)
    ("Histologies were DLBCL NOS (n = 1,004), transformed FL (n = 201) and HGBL (n = 111).",
     [("disease_count", {"value": 1004, "label": "DLBCL NOS"}), ("disease_count", {"value": 201, "label": "transformed FL"}),
      ("disease_count", {"value": 111, "label": "HGBL"})]),
    ("Histology was diffuse large B-cell lymphoma not otherwise specified (DLBCL NOS) in 198, transformed follicular "
     "lymphoma (tFL) in 49 and primary mediastinal B-cell lymphoma (PMBCL) in 21.",
     [("disease_count", {"value": 198, "label": "DLBCL NOS"}), ("disease_count", {"value": 49, "label": "tFL"}),
      ("disease_count", {"value": 21, "label": "PMBCL"})]),
    ("The 64 infused patients had DLBCL, not otherwise specified (n = 40), transformed FL (n = 18) or HGBL (n = 6).",
     [("patients_treated", {"value": 64}), ("disease_count", {"value": 40, "label": "DLBCL NOS"}), ("disease_count", {"value": 18, "label": "transformed FL"}),
      ("disease_count", {"value": 6, "label": "HGBL"})]),
    # (a long name wrapped across lines keeps its label)
    ("Diagnoses were DLBCL (n = 40), high-grade\nB-cell lymphoma (n = 6) and PMBCL (n = 3).",
     [("disease_count", {"value": 40, "label": "DLBCL"}), ("disease_count", {"value": 6, "label": "HGBL"}),
      ("disease_count", {"value": 3, "label": "PMBCL"})]),
    ("We treated eight patients with refractory autoimmune disease, five with lupus nephritis (class III/IV, n = 4; class V, "
     "n = 1) and three with idiopathic inflammatory myositis (anti-synthetase syndrome, n = 2; immune-mediated necrotising "
     "myopathy, n = 1), with compound CD19/BCMA CAR T cells within a phase 1 study.",
     [("patients_treated", {"value": 8}), ("disease_count", {"value": 5, "label": "lupus nephritis"}),
      ("disease_count", {"value": 3, "label": "idiopathic inflammatory myositis"})]),
    ("Of the 7 patients treated, 4 had lupus nephritis and 3 had idiopathic inflammatory myositis.",
     [("patients_treated", {"value": 7}), ("disease_count", {"value": 4, "label": "lupus nephritis"}),
      ("disease_count", {"value": 3, "label": "idiopathic inflammatory myositis"})]),
    # a poster's telegraphic cohort: "612 pts included (…)", "Apheresed n=47; infused n=42 (…)", "Registered n = 1,250"
    ("612 pts included (axi-cel n=431; tisa-cel n=181).",
     [("patients_treated", {"value": 612}), ("patients_treated", {"value": 431, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 181, "subgroup": "tisa-cel"})]),
    ("Overall, 88 patients analysed in the registry.", [("patients_treated", {"value": 88})]),
    ("The 40 patients included 12 children.", []),
    ("Registered n = 1,250; infused n = 1,102 (axi-cel n = 702; tisa-cel n = 400).",
     [("patients_enrolled", {"value": 1250}), ("patients_treated", {"value": 1102}),
      ("patients_treated", {"value": 702, "subgroup": "axi-cel"}), ("patients_treated", {"value": 400, "subgroup": "tisa-cel"})]),
    ("Leukapheresis: 30; infused: 27 (DL1 n=3, DL2 n=24).",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 27}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 24, "subgroup": "DL2"})]),
    ("Apheresed n=20. Infused n=18.", [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 18})]),
    # (a time after the label is no count: "Apheresis to infusion: 35 days")
    ("Apheresis to infusion: 35 days; infused: 12.", [("patients_treated", {"value": 12})]),
    # a group's own breakdown after its count and a colon is no group of the list
    ("Apheresed n=47; infused n=42 (phase 1, n=18: DL1 n=6, DL2 n=6, DL3 n=6; phase 2 [DL2], n=24).",
     [("patients_enrolled", {"value": 47}), ("patients_treated", {"value": 42}),
      ("patients_treated", {"value": 18, "subgroup": "phase 1"}), ("patients_treated", {"value": 24, "subgroup": "phase 2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("Forty-two patients were infused (phase 1, n = 18: six per dose level; phase 2, n = 24).",
     [("patients_treated", {"value": 42}), ("patients_treated", {"value": 18, "subgroup": "phase 1"}),
      ("patients_treated", {"value": 24, "subgroup": "phase 2"})]),
    ("In total 30 pts were treated (escalation, n=12: DL1 n=3, DL2 n=3, DL3 n=6; expansion, n=18).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 12, "subgroup": "escalation"}),
      ("patients_treated", {"value": 18, "subgroup": "expansion"}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 3, "subgroup": "DL2"}), ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    # groups of the treated after a comma, each "in"/"at" a named part of the study, adding up to the total
    ("Fifty-three patients were enrolled and 50 were infused (large B-cell lymphoma [LBCL], n = 31; mantle cell lymphoma "
     "[MCL], n = 11; follicular lymphoma [FL], n = 8), six in the safety run-in and 44 at the target dose.",
     [("patients_enrolled", {"value": 53}), ("patients_treated", {"value": 50}),
      ("disease_count", {"value": 31, "label": "LBCL"}), ("disease_count", {"value": 11, "label": "MCL"}),
      ("disease_count", {"value": 8, "label": "FL"}), ("patients_treated", {"value": 6, "subgroup": "safety run-in"}),
      ("patients_treated", {"value": 44, "subgroup": "target dose"})]),
    ("A total of 36 patients received CAR-T cells, 12 in the dose-escalation phase and 24 in the expansion cohort.",
     [("patients_treated", {"value": 36}), ("patients_treated", {"value": 12, "subgroup": "dose-escalation phase"}),
      ("patients_treated", {"value": 24, "subgroup": "expansion cohort"})]),
    ("Thirty patients were treated, 10 at the low dose, 10 at the middle dose and 10 at the high dose.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 10, "subgroup": "low dose"}),
      ("patients_treated", {"value": 10, "subgroup": "middle dose"}), ("patients_treated", {"value": 10, "subgroup": "high dose"})]),
    # (counts that do not add up to the total are no groups of it)
    ("Twenty patients were infused, 5 in the first cohort and 10 in the second cohort.", [("patients_treated", {"value": 20})]),
    # two terms' values by group after "were:", each group named before its pair
    ("Best ORR and CR rates by histology were: LBCL 83.9% and 61.3%, MCL 90.9% and 72.7%, FL 87.5% and 62.5%.",
     [("overall_response", {"percent": 83.9, "subgroup": "LBCL"}), ("complete_remission", {"percent": 61.3, "subgroup": "LBCL"}),
      ("overall_response", {"percent": 90.9, "subgroup": "MCL"}), ("complete_remission", {"percent": 72.7, "subgroup": "MCL"}),
      ("overall_response", {"percent": 87.5, "subgroup": "FL"}), ("complete_remission", {"percent": 62.5, "subgroup": "FL"})]),
    ("ORR and CR rates were: LBCL, 83.9% and 61.3%; MCL, 90.9% and 72.7%.",
     [("overall_response", {"percent": 83.9, "subgroup": "LBCL"}), ("complete_remission", {"percent": 61.3, "subgroup": "LBCL"}),
      ("overall_response", {"percent": 90.9, "subgroup": "MCL"}), ("complete_remission", {"percent": 72.7, "subgroup": "MCL"})]),
    ("The ORR and CR rate by disease were: DLBCL 18/22 and 13/22, MCL 10/11 and 9/11.",
     [("overall_response", {"n": 18, "N": 22, "subgroup": "DLBCL"}), ("complete_remission", {"n": 13, "N": 22, "subgroup": "DLBCL"}),
      ("overall_response", {"n": 10, "N": 11, "subgroup": "MCL"}), ("complete_remission", {"n": 9, "N": 11, "subgroup": "MCL"})]),
    ("ORR and CR were 80% and 60%; OS and PFS 70% and 50% at 1 year.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}),
      ("overall_survival", {"percent": 70, "months": 12}), ("progression_free_survival", {"percent": 50, "months": 12})]),
    # a list of p-values zipped with the terms with "respectively"
    ("Rates of CRS and ICANS did not differ between outpatients and inpatients (p = 0.74 and p = 0.52, respectively).",
     [("p_value", {"value": "0.74", "compares": ["outpatients", "inpatients"], "outcome": "crs"}),
      ("p_value", {"value": "0.52", "compares": ["outpatients", "inpatients"], "outcome": "neurotoxicity"})]),
    ("The ORR and CR rate were higher with axi-cel than with tisa-cel (P = 0.02 and P = 0.04, respectively).",
     [("p_value", {"value": "0.02", "outcome": "overall_response"}), ("p_value", {"value": "0.04", "outcome": "complete_remission"})]),
    ("PFS and OS did not differ between the two products (P = .41, P = .27, respectively).",
     [("p_value", {"value": ".41", "outcome": "progression_free_survival"}), ("p_value", {"value": ".27", "outcome": "overall_survival"})]),
    # a new subject's association after a compared pair is no comparison ("whereas age … was not associated with EFS")
    ("Among patients in MRD-negative CR, 2-year EFS was 64.7% with and 45.1% without consolidative HCT (P = .048), whereas age "
     "at infusion was not associated with EFS (P = .37).",
     [("event_free_survival", {"percent": 64.7, "months": 24}), ("event_free_survival", {"percent": 45.1, "months": 24}),
      ("p_value", {"value": ".048", "outcome": "event_free_survival"})]),
    ("PFS was longer after axi-cel than after tisa-cel (P = .02), while prior bendamustine exposure was associated with shorter "
     "PFS (P = .04).", [("p_value", {"value": ".02", "outcome": "progression_free_survival"})]),
    ("PFS was longer with axi-cel than tisa-cel (P = .01), and OS was similar (P = .30).",
     [("p_value", {"value": ".01", "outcome": "progression_free_survival"}), ("p_value", {"value": ".30", "outcome": "overall_survival"})]),
]


@pytest.mark.parametrize("text, expected", BLIND77_FAMILIES)
def test_blind77_families(text, expected):
    _matches(read_text(text), expected)


BLIND72_FAMILIES = [
    # a median dose with its range: the doses given are the range, not the median (a bare range takes the median's exponent)
    ("The median infused dose was 1.0 × 10(6)/kg (range, 0.3-2.5 × 10(6)/kg).",
     [("dose", {"low": 300000, "high": 2500000, "unit": "cells/kg"})]),
    ("Patients received products at a median dose of 2.0 × 10⁶ CAR-T cells/kg (range, 0.5–5.0 × 10⁶ cells/kg).",
     [("dose", {"low": 500000, "high": 5000000, "unit": "cells/kg"})]),
    ("Median dose 1.0 × 10^6/kg (range 0.3–3.0).", [("dose", {"low": 300000, "high": 3000000, "unit": "cells/kg"})]),
    ("Patients received a median of 2.1 × 10^8 CAR T cells (range, 1.2-3.4 × 10^8).",
     [("dose", {"low": 120000000, "high": 340000000, "unit": "cells"})]),
    ("The median dose was 1 × 10^6 cells/kg.", [("dose", {"low": 1000000, "high": 1000000})]),
    # which transplant it was for some of those counted before is no second transplant count
    ("Sixty-one of the 96 responders (63.5%) proceeded to consolidative allo-HSCT, a second transplant in 17.",
     [("transplant", {"n": 61, "N": 96, "percent": 63.5})]),
    ("Eleven patients subsequently underwent allo-HSCT, a second transplant in 8.", [("transplant", {"n": 11})]),
    ("Twenty patients were bridged to allo-HSCT (a second allogeneic transplant in 6).", [("transplant", {"n": 20})]),
    ("A second transplant was performed in 5 patients.", [("transplant", {"n": 5})]),
    # a poster's label for a later transplant, and a decision for it ("opted for", "elected to undergo", "chose")
    ("Second HSCT: n=5.", [("transplant", {"n": 5})]),
    ("Subsequent allo-HSCT 5/12 (41.7%).", [("transplant", {"n": 5, "N": 12, "percent": 41.7})]),
    ("Prior HSCT: n=8.", []),
    ("Relapse n=6; second HSCT n=4.", [("relapse", {"n": 6}), ("transplant", {"n": 4})]),
    ("Second allo-HSCT: 12 pts (donor-derived 8; autologous 4).",
     [("transplant", {"n": 12}), ("transplant", {"n": 8, "subgroup": "donor-derived"}),
      ("transplant", {"n": 4, "subgroup": "autologous"})]),
    # (one of a breakdown in parentheses is read by the breakdown, once)
    ("Of 30 responders, 18 proceeded to consolidative alloHSCT (first HSCT n=11, second HSCT n=7).",
     [("transplant", {"n": 18, "N": 30}), ("transplant", {"n": 11, "subgroup": "first HSCT"}),
      ("transplant", {"n": 7, "subgroup": "second HSCT"})]),
    ("Only 4 families subsequently opted for allogeneic hematopoietic stem cell transplantation; the remaining 17 children in "
     "remission received no further therapy.", [("transplant", {"n": 4})]),
    ("Six patients elected to undergo allo-HSCT in CR.", [("transplant", {"n": 6})]),
    ("Three families chose haploidentical HSCT.", [("transplant", {"n": 3})]),
    ("Five families declined transplantation.", []),
    # a response total's breakdown with "in": the parts keep N null
    ("Among the 5 patients with T-LBL, extramedullary disease responded in 4 (complete in 3, partial in 1) at the week 8 PET-CT.",
     [("overall_response", {"n": 4, "N": 5, "site": "extramedullary", "timepoint_days": 56}),
      ("complete_remission", {"n": 3, "N": None, "site": "extramedullary", "timepoint_days": 56}),
      ("partial_remission", {"n": 1, "N": None, "site": "extramedullary", "timepoint_days": 56})]),
    ("Extramedullary lesions responded in 7 of 9 patients: complete in five and partial in two.",
     [("overall_response", {"n": 7, "N": 9}), ("complete_remission", {"n": 5, "N": None}),
      ("partial_remission", {"n": 2, "N": None})]),
    ("The ORR was 70% (complete in 9, partial in 5).",
     [("overall_response", {"percent": 70}), ("complete_remission", {"n": 9}), ("partial_remission", {"n": 5})]),
    # one "n = k" per listed dose, in order
    ("Dose levels were 3 × 10(5), 1 × 10(6), and 3 × 10(6) CAR T cells per kilogram (n = 3, n = 5, and n = 6, respectively).",
     [("dose", {"low": 300000}), ("dose", {"low": 1000000}), ("dose", {"low": 3000000}),
      ("patients_treated", {"value": 3, "subgroup": "3.0 × 10^5 cells/kg"}),
      ("patients_treated", {"value": 5, "subgroup": "1.0 × 10^6 cells/kg"}),
      ("patients_treated", {"value": 6, "subgroup": "3.0 × 10^6 cells/kg"})]),
    ("Three dose levels were tested: 1 × 10^6/kg, 3 × 10^6/kg and 1 × 10^7/kg (n=3, n=3 and n=12, respectively).",
     [("dose", {"low": 1000000}), ("dose", {"low": 3000000}), ("dose", {"low": 10000000}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 3}), ("patients_treated", {"value": 12})]),
    ("Doses of 1 × 10^8 and 3 × 10^8 CAR-T cells (n = 6 and n = 10, respectively) were given.",
     [("dose", {"low": 100000000, "unit": "cells"}), ("dose", {"low": 300000000, "unit": "cells"}),
      ("patients_treated", {"value": 6}), ("patients_treated", {"value": 10})]),
    # a design's cohort size is no treated count
    ("Cohorts of three to six patients received a single infusion at 5 × 105/kg (DL1), 1 × 106/kg (DL2) or 2 × 106/kg (DL3) "
     "after fludarabine and cyclophosphamide lymphodepletion.",
     [("dose", {"low": 500000, "label": "DL1"}), ("dose", {"low": 1000000, "label": "DL2"}), ("dose", {"low": 2000000, "label": "DL3"})]),
    ("Groups of 3 patients received escalating doses.", []),
    ("In the escalation phase, cohorts of 3 to 6 patients were treated at each dose level; 18 patients were treated in total.",
     [("patients_treated", {"value": 18})]),
    # a morphologic leukaemia-free state (British spelling too) is no response count
    ("At day 28, the composite complete remission rate (CR plus CRi) was 46.7% (7/15), and a further two patients achieved a "
     "morphologic leukaemia-free state, giving an overall response rate of 60.0%.",
     [("complete_remission", {"percent": 46.7, "n": 7, "N": 15, "includes_cri": True}),
      ("overall_response", {"percent": 60.0, "n": None})]),
    ("Two additional patients achieved a morphologic leukemia-free state, for an ORR of 73.3%.",
     [("overall_response", {"percent": 73.3, "n": None})]),
    # a model's factor is no stated absence
    ("In multivariable analysis, MRD-positive CR at day 28 (hazard ratio (HR) 3.4; 95% CI, 1.6–7.2; P = 0.002) and absence of "
     "consolidative transplantation (HR 4.1; 95% CI, 2.0–8.5; P < 0.001) predicted inferior EFS.", []),
    ("Absence of HSCT predicted inferior LFS.", []),
    ("There was an absence of GVHD in all patients.", [("gvhd", {"n": 0, "negated": True})]),
    # MRD negativity with its threshold or assay between the verb and the count
    ("Twenty-one children (91.3%) achieved complete remission (CR) by day 28, and MRD was undetectable (<10^-4) in 20 of the 21.",
     [("complete_remission", {"percent": 91.3, "n": 21, "timepoint_days": 28}),
      ("mrd_negative", {"n": 20, "N": 21, "timepoint_days": 28})]),
    ("MRD was negative (<0.01%) in 18 of 20 patients.", [("mrd_negative", {"n": 18, "N": 20})]),
    ("MRD was negative by flow cytometry in 15 of 17 responders.", [("mrd_negative", {"n": 15, "N": 17})]),
    ("Bone marrow MRD remained negative (<10^-4) in 29/31 patients at month 3.",
     [("mrd_negative", {"n": 29, "N": 31, "timepoint_days": 91})]),
    # a poster's indication or disease status at infusion, each with its count
    ("Indication: active disease n=10, MRD-positive CR (consolidation) n=7.",
     [("patients_treated", {"value": 10, "subgroup": "active disease"}),
      ("patients_treated", {"value": 7, "subgroup": "MRD-positive CR (consolidation)"})]),
    ("Disease status at infusion: CR n=9, refractory n=5, relapsed n=4.",
     [("patients_treated", {"value": 9}), ("patients_treated", {"value": 5}), ("patients_treated", {"value": 4})]),
    ("Treatment setting: consolidation n=12, salvage n=8.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 8})]),
    # after a semicolon, shares whose counts and sizes add up to the total's are its groups' values
    ("Day 28: MRD-neg CR 14/17 (82%); active disease 7/10, consolidation 7/7.",
     [("complete_remission", {"percent": 82, "n": 14, "N": 17, "mrd_negative": True, "timepoint_days": 28}),
      ("complete_remission", {"n": 7, "N": 10, "subgroup": "active disease", "mrd_negative": True}),
      ("complete_remission", {"n": 7, "N": 7, "subgroup": "consolidation", "mrd_negative": True})]),
    ("ORR 12/20 (60%); DL1 1/3, DL2 4/6, DL3 7/11.",
     [("overall_response", {"n": 12, "N": 20}), ("overall_response", {"n": 1, "N": 3, "subgroup": "DL1"}),
      ("overall_response", {"n": 4, "N": 6, "subgroup": "DL2"}), ("overall_response", {"n": 7, "N": 11, "subgroup": "DL3"})]),
    ("CRS 15/17 (88%); grade 3, 1/17.", [("crs", {"n": 15, "N": 17, "grade": "any"})]),
    ("By day 28, 24 of 27 patients (88.9%) had achieved MRD-negative CR or CRi; the rates were 17/19 and 7/8 in the "
     "donor-derived and new-donor cohorts, respectively (P = 1.00).",
     [("complete_remission", {"n": 24, "N": 27, "mrd_negative": True}),
      ("complete_remission", {"n": 17, "N": 19, "subgroup": "donor-derived"}),
      ("complete_remission", {"n": 7, "N": 8, "subgroup": "new-donor"}),
      ("p_value", {"value": "1.00", "compares": ["donor-derived", "new-donor"]})]),
    ("The ORR was 75% (30/40); the rates were 18/22 and 12/18 in children and adults, respectively.",
     [("overall_response", {"percent": 75, "n": 30, "N": 40}), ("overall_response", {"n": 18, "N": 22, "subgroup": "children"}),
      ("overall_response", {"n": 12, "N": 18, "subgroup": "adults"})]),
    # (a compared pair after a semicolon is read as a pair)
    ("CR 75% (15/20); high-risk 8/12 (66.7%) vs standard-risk 7/8 (87.5%).",
     [("complete_remission", {"percent": 75}), ("complete_remission", {"percent": 66.7, "subgroup": "high-risk"}),
      ("complete_remission", {"percent": 87.5, "subgroup": "standard-risk"})]),
    # the same comparison again ("the difference persisted …"), not a model's adjusted one
    ("Among responders, 2-year LFS was 60.3% with consolidative allo-HSCT vs 21.7% without (P < 0.001), and the difference "
     "persisted in a landmark analysis at day 60 (P = 0.002).",
     [("leukemia_free_survival", {"percent": 60.3, "months": 24}), ("leukemia_free_survival", {"percent": 21.7, "months": 24}),
      ("p_value", {"value": "<0.001", "outcome": "leukemia_free_survival"}),
      ("p_value", {"value": "0.002", "compares": ["consolidative allo-HSCT", "no consolidative allo-HSCT"],
                   "outcome": "leukemia_free_survival"})]),
    ("EFS was longer with HSCT (P = .01), and this advantage was maintained in the landmark analysis (P = .04).",
     [("p_value", {"value": ".01"}), ("p_value", {"value": ".04", "outcome": "event_free_survival"})]),
    ("The 1-year OS was 80% in children v 60% in adults (p=0.01); the difference remained significant after adjustment for "
     "disease status (p=0.03).",
     [("overall_survival", {"percent": 80, "subgroup": "children"}), ("overall_survival", {"percent": 60, "subgroup": "adults"}),
      ("p_value", {"value": "0.01"})]),
]


@pytest.mark.parametrize("text, expected", BLIND72_FAMILIES)
def test_blind72_families(text, expected):
    _matches(read_text(text), expected)


BLIND73_FAMILIES = [
    # an evaluable cohort opened with its time point: "Among 168 patients evaluable at day 28, …"
    ("Among 168 patients evaluable at day 28, 146 (86.9%) achieved CR/CRi and 121 (72.0%) achieved MRD-negative CR.",
     [("patients_treated", {"value": 168, "subgroup": "evaluable"}),
      ("complete_remission", {"percent": 86.9, "n": 146, "N": 168, "timepoint_days": 28, "includes_cri": True}),
      ("complete_remission", {"percent": 72.0, "n": 121, "N": 168, "timepoint_days": 28, "mrd_negative": True})]),
    ("Of the 45 patients evaluable on day 28, 40 achieved CR.",
     [("patients_treated", {"value": 45, "subgroup": "evaluable"}), ("complete_remission", {"n": 40, "N": 45, "timepoint_days": 28})]),
    ("Among 30 patients evaluable at week 4, the ORR was 80%.",
     [("patients_treated", {"value": 30, "subgroup": "evaluable"}), ("overall_response", {"percent": 80, "N": 30, "timepoint_days": 28})]),
    # (a later time point's evaluable are those still followed, the N of a durability result: no cohort, as blind44 has it)
    ("Among 29 cases evaluable at 3 months, CR was maintained in 13 cases (44.8%).",
     [("complete_remission", {"percent": 44.8, "n": 13, "N": 29, "timepoint_days": 91})]),
    ("Of 35 patients evaluable for MRD at day 28, 30 were MRD negative.", [("mrd_negative", {"n": 30, "N": 35, "timepoint_days": 28})]),
    # the patients a report analyses, who underwent leukapheresis: the enrolled, not the treated, when the infused count follows
    ("We analyzed 189 adults who underwent leukapheresis for brexu-cel at 31 centers in France, Spain and Italy between 2022 "
     "and 2024; 171 (90.5%) were infused at the approved dose of 1 × 10^6 CAR T cells/kg.",
     [("patients_enrolled", {"value": 189}), ("patients_treated", {"value": 171}), ("dose", {"low": 1000000, "high": 1000000})]),
    ("We retrospectively analyzed 120 patients who underwent leukapheresis for axi-cel; 104 (86.7%) were infused.",
     [("patients_enrolled", {"value": 120}), ("patients_treated", {"value": 104})]),
    ("We analyzed 80 patients who received tisa-cel at 10 centers.", [("patients_treated", {"value": 80})]),
    # a product given as a line of therapy: "received second-line axi-cel" (not "a second infusion", not chemotherapy)
    ("In total, 212 patients received second-line axi-cel, of whom 174 were matched with 174 controls.",
     [("patients_treated", {"value": 212})]),
    ("Thirty patients received second-line liso-cel.", [("patients_treated", {"value": 30})]),
    ("Twenty patients received second-line chemotherapy.", []),
    # a p-value printed with an odds ratio is recorded when both groups' values are stated (as with a hazard ratio)
    ("Minimal residual disease negativity at 10(-5) was reached by 118 patients in the CAR T-cell group and 32 in the "
     "standard-care group (odds ratio 8.9 [95% CI 5.6–14.2]; p<0.0001).",
     [("mrd_negative", {"n": 118, "subgroup": "CAR T-cell group"}), ("mrd_negative", {"n": 32, "subgroup": "standard-care group"}),
      ("p_value", {"value": "<0.0001", "compares": ["CAR T-cell group", "standard-care group"], "outcome": "mrd_negative"})]),
    ("MRD-negative CR was 73% in the CAR T-cell group and 19% in the chemotherapy group (OR 11.7, 95% CI 4.4–31.0; p<0.0001).",
     [("complete_remission", {"percent": 73, "mrd_negative": True}), ("complete_remission", {"percent": 19, "mrd_negative": True}),
      ("p_value", {"value": "<0.0001", "outcome": "complete_remission"})]),
    ("Bridging with inotuzumab was associated with a lower risk of grade ≥3 CRS in logistic regression (odds ratio 0.31, p=0.02).", []),
    ("Bulky disease predicted lower CR (odds ratio 0.3; p=0.01).", []),
    ("CR rates were higher in the CD19 group (odds ratio 2.1, p=0.04).", []),
    # an association stated after the values, with its own p-value: the p-value compares no pair of them
    ("Relapse occurred in 7 patients in cohort A and 9 in cohort B, and lower CD22 antigen density at screening was "
     "associated with relapse in cohort B (P = 0.01).",
     [("relapse", {"n": 7, "subgroup": "cohort A"}), ("relapse", {"n": 9, "subgroup": "cohort B"})]),
    ("The CR rate was 80% in children and 60% in adults; high tumour burden was associated with lower CR rates (p=0.02).",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 60})]),
    ("Consolidative HSCT was associated with superior 2-year LFS (64.5% vs 25.0%, P < .001).",
     [("leukemia_free_survival", {"percent": 64.5, "months": 24}), ("leukemia_free_survival", {"percent": 25.0, "months": 24}),
      ("p_value", {"value": "<.001"})]),
    # a counted subject split into named parts in parentheses before its verb: the total and each part
    ("Twenty-four patients (cohort A, 19; cohort B, 5) subsequently underwent allo-HSCT.",
     [("transplant", {"n": 24}), ("transplant", {"n": 19, "subgroup": "cohort A"}), ("transplant", {"n": 5, "subgroup": "cohort B"})]),
    ("Ten patients (children, 4; adults, 6) proceeded to allo-HSCT.",
     [("transplant", {"n": 10}), ("transplant", {"n": 4, "subgroup": "children"}), ("transplant", {"n": 6, "subgroup": "adults"})]),
    ("Eleven patients (arm A, 6; arm B, 5) had grade 3 CRS.",
     [("crs", {"n": 11, "grade": "3"}), ("crs", {"n": 6, "grade": "3", "subgroup": "arm A"}),
      ("crs", {"n": 5, "grade": "3", "subgroup": "arm B"})]),
    ("Sixteen patients (autologous, n = 9; donor-derived, n = 7) relapsed.",
     [("relapse", {"n": 16}), ("relapse", {"n": 9, "subgroup": "autologous"}), ("relapse", {"n": 7, "subgroup": "donor-derived"})]),
    # a label's list of values whose group names are distractor words ("corticosteroids 47.9%"), a named pair's p-value after it
    ("One-year PFS by bridging strategy: none 58.1%, radiotherapy 55.4%, corticosteroids 47.9%, chemoimmunotherapy 30.2% "
     "(chemoimmunotherapy v none, p = 0.004).",
     [("progression_free_survival", {"percent": 58.1, "months": 12, "subgroup": "none"}),
      ("progression_free_survival", {"percent": 55.4, "months": 12, "subgroup": "radiotherapy"}),
      ("progression_free_survival", {"percent": 47.9, "months": 12, "subgroup": "corticosteroids"}),
      ("progression_free_survival", {"percent": 30.2, "months": 12, "subgroup": "chemoimmunotherapy"}),
      ("p_value", {"value": "0.004", "compares": ["chemoimmunotherapy", "none"], "outcome": "progression_free_survival"})]),
    ("CR rate by bridging therapy: none 12/20, corticosteroids 8/10, chemotherapy 5/15.",
     [("complete_remission", {"n": 12, "N": 20, "subgroup": "none"}), ("complete_remission", {"n": 8, "N": 10, "subgroup": "corticosteroids"}),
      ("complete_remission", {"n": 5, "N": 15, "subgroup": "chemotherapy"})]),
    ("2-year OS by product: axi-cel 60.1%, tisa-cel 45.3% (axi-cel vs tisa-cel, P = .01).",
     [("overall_survival", {"percent": 60.1, "months": 24, "subgroup": "axi-cel"}),
      ("overall_survival", {"percent": 45.3, "months": 24, "subgroup": "tisa-cel"}),
      ("p_value", {"value": ".01", "compares": ["axi-cel", "tisa-cel"]})]),
    # values each followed by its group, the group phrase holding a distractor ("after corticosteroid-only bridging"): the list goes on
    ("Among axi-cel recipients, 1-year progression-free survival (PFS) was 61.4% without bridging, 55.0% after "
     "corticosteroid-only bridging and 38.7% after chemotherapy-based bridging (chemotherapy v none, P = .004).",
     [("progression_free_survival", {"percent": 61.4, "months": 12}), ("progression_free_survival", {"percent": 55.0, "months": 12}),
      ("progression_free_survival", {"percent": 38.7, "months": 12}),
      ("p_value", {"value": ".004", "outcome": "progression_free_survival"})]),
    ("The CR rate was 80% with fludarabine-based lymphodepletion, 60% with bendamustine and 50% after radiotherapy.",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 60}), ("complete_remission", {"percent": 50})]),
    ("The 2-year OS was 70.2% without bridging therapy, 52.0% with radiotherapy bridging, and 41.5% with systemic bridging (P = .01).",
     [("overall_survival", {"percent": 70.2, "months": 24}), ("overall_survival", {"percent": 52.0, "months": 24}),
      ("overall_survival", {"percent": 41.5, "months": 24}), ("p_value", {"value": ".01"})]),
    # a subject broken down by disease between dashes or commas before its verb ("Twelve patients — eight with dcSSc and four
    # with AAV — received"): the subject is the treated count; a disease's abbreviation defined after it is its label
    ("Twelve patients — eight with diffuse cutaneous systemic sclerosis (dcSSc) and four with relapsing ANCA-associated "
     "vasculitis (AAV) — received a single infusion of 1 × 10^6 autologous CD19 CAR T cells per kilogram after lymphodepletion "
     "with fludarabine and cyclophosphamide.",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "dcSSc"}),
      ("disease_count", {"value": 4, "label": "AAV"}), ("dose", {"low": 1000000, "high": 1000000})]),
    ("Twelve patients, eight with SSc and four with AAV, received CD19 CAR T cells.",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "SSc"}), ("disease_count", {"value": 4, "label": "AAV"})]),
    ("Eighteen patients, 12 with SLE, 4 with SSc and 2 with IIM, received CD19 CAR T cells.",
     [("patients_treated", {"value": 18}), ("disease_count", {"value": 12, "label": "SLE"}),
      ("disease_count", {"value": 4, "label": "SSc"}), ("disease_count", {"value": 2, "label": "IIM"})]),
    ("Fifteen patients - ten with T-ALL and five with T-LBL - were infused.",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 10, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Twelve patients received CD19 CAR T cells: eight with diffuse cutaneous systemic sclerosis (dcSSc) and four with relapsing "
     "ANCA-associated vasculitis (AAV).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "dcSSc"}), ("disease_count", {"value": 4, "label": "AAV"})]),
    # (a qualifier before the disease is no part of its label: "10 with systemic ALCL" is ALCL, as blind34 has it)
    ("Eighteen patients received autologous CD30 CAR-T cells: 10 with systemic ALCL and 8 with other PTCL subtypes (PTCL-NOS, n = 5; "
     "angioimmunoblastic T-cell lymphoma [AITL], n = 3).",
     [("patients_treated", {"value": 18}), ("disease_count", {"value": 10, "label": "ALCL"}),
      ("disease_count", {"value": 5, "label": "PTCL-NOS"}), ("disease_count", {"value": 3, "label": "AITL"})]),
    # a disease list nested in the subject's parentheses, each name with its own abbreviation in parentheses
    ("Twenty-four patients with CD30-positive T-cell lymphoma (systemic anaplastic large-cell lymphoma (sALCL), n = 11; PTCL not "
     "otherwise specified (PTCL-NOS), n = 7; angioimmunoblastic T-cell lymphoma (AITL), n = 4; enteropathy-associated T-cell "
     "lymphoma (EATL), n = 2) received CAR30.CCR4 cells at 2 × 10^7 cells/m² (DL1, n = 5), 1 × 10^8 cells/m² (DL2, n = 8) or "
     "2 × 10^8 cells/m² (DL3, n = 11) after bendamustine and fludarabine lymphodepletion.",
     [("patients_treated", {"value": 24}), ("disease_count", {"value": 11, "label": "sALCL"}),
      ("disease_count", {"value": 7, "label": "PTCL-NOS"}), ("disease_count", {"value": 4, "label": "AITL"}),
      ("disease_count", {"value": 2, "label": "EATL"}),
      ("dose", {"low": 2e7, "unit": "cells/m2", "label": "DL1"}), ("dose", {"low": 1e8, "unit": "cells/m2", "label": "DL2"}),
      ("dose", {"low": 2e8, "unit": "cells/m2", "label": "DL3"}), ("patients_treated", {"value": 5, "subgroup": "DL1"}),
      ("patients_treated", {"value": 8, "subgroup": "DL2"}), ("patients_treated", {"value": 11, "subgroup": "DL3"})]),
    ("Thirty patients with B-cell lymphoma (diffuse large B-cell lymphoma (DLBCL), n = 20; follicular lymphoma (FL), n = 10) "
     "were infused.",
     [("patients_treated", {"value": 30}), ("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 10, "label": "FL"})]),
    # "none has had": a stated absence in the perfect tense
    ("Of the 19 patients with CNS disease, 18 achieved extramedullary CR in the cerebrospinal fluid and on imaging, and none has "
     "had a CNS relapse.",
     [("complete_remission", {"n": 18, "N": 19, "site": "extramedullary"}), ("relapse", {"n": 0, "negated": True})]),
    ("None has had a marrow relapse to date.", [("relapse", {"n": 0, "negated": True})]),
    ("Of the 12 patients, none have developed grade 3 CRS.", [("crs", {"n": 0, "grade": "3", "negated": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND73_FAMILIES)
def test_blind73_families(text, expected):
    _matches(read_text(text), expected)


@pytest.mark.parametrize("text, sentences", [
    # a table set right after a line of prose (a PDF floats it into a paragraph): the prose's sentence ends there
    ("In approved products, ORRs of 73% to 97% were reported and\ndescribed, although cross-trial comparisons are limited by\n"
     "Subgroup\tNo. of Patients\tORR, No. (%)\nAll patients\t36\t31 (86)",
     ["In approved products, ORRs of 73% to 97% were reported and\ndescribed, although cross-trial comparisons are limited by",
      "Subgroup\tNo. of Patients\tORR, No. (%)", "All patients\t36\t31 (86)"]),
    # a caption's lines stay with the header they head
    ("Table 2. Outcomes of the patients in remission according to their consolidation\nOutcome\tHCT (n = 28)\tNo HCT (n = 9)\n"
     "Relapse, n (%)\t4 (14.3)\t6 (66.7)",
     ["Table 2.", "Outcomes of the patients in remission according to their consolidation\nOutcome\tHCT (n = 28)\tNo HCT (n = 9)",
      "Relapse, n (%)\t4 (14.3)\t6 (66.7)"]),
    # one justified line with wide gaps is no table
    ("The trial enrolled patients at three centres and was\nregistered\tat\tClinicalTrials.gov (NCT09521043) before the first infusion.",
     ["The trial enrolled patients at three centres and was\nregistered\tat\tClinicalTrials.gov (NCT09521043) before the first infusion."]),
])
def test_a_table_after_a_line_of_prose_starts_a_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


BLIND74_FAMILIES = [
    # a terse response count with its site before the term: "(extramedullary CR, 5; PR, 4)"
    ("Of 12 patients with extramedullary plasmacytomas, 9 responded (extramedullary CR, 5; PR, 4).",
     [("overall_response", {"n": 9, "N": 12, "site": "extramedullary"}),
      ("complete_remission", {"n": 5, "N": 12, "site": "extramedullary"}),
      ("partial_remission", {"n": 4, "N": 12, "site": "extramedullary"})]),
    ("Of 14 patients with CNS involvement, 11 responded: CNS CR, 9; PR, 2.",
     [("overall_response", {"n": 11, "N": 14}), ("complete_remission", {"n": 9, "N": 14}),
      ("partial_remission", {"n": 2, "N": 14})]),
    # (a poster's "EMD at baseline in 8:" sizes the list after it)
    ("EMD at baseline in 8: EM CR 5, PR 2 at M1 PET-CT.",
     [("complete_remission", {"n": 5, "N": 8, "site": "extramedullary"})]),
    # a poster label's count with the percent's own base after it: "22 pts (32.4% of responders)" (no N: none stated)
    ("Consolidative allo-HCT after CAR-T: 22 pts (32.4% of responders).", [("transplant", {"n": 22, "percent": 32.4})]),
    ("HSCT after CAR-T: 9 (28.1% of all infused patients).", [("transplant", {"n": 9, "percent": 28.1})]),
    ("Relapse: 12 pts (17.6% of responders).", [("relapse", {"n": 12, "percent": 17.6})]),
    # "both patients were in …": a case report's two, in the state the verb names
    ("By day 28, both patients were in MRD-negative complete remission, with clearance of blasts from the cerebrospinal "
     "fluid and resolution of the retinal infiltrates on fundoscopy.",
     [("complete_remission", {"n": 2, "N": 2, "timepoint_days": 28, "mrd_negative": True})]),
    ("Both patients were in complete remission by day 28.", [("complete_remission", {"n": 2, "N": 2, "timepoint_days": 28})]),
    ("At 3 months, both children remained in MRD-negative CR.",
     [("complete_remission", {"n": 2, "N": 2, "timepoint_days": 91, "mrd_negative": True})]),
    # one of a case report's patients as the subject of a transplant or a relapse: a count of one
    ("The girl proceeded to a second allo-HSCT on day 61 and remains in remission 11 months later; the boy received no "
     "further therapy and relapsed in the CNS at month 8.", [("transplant", {"n": 1}), ("relapse", {"n": 1})]),
    ("The second patient relapsed at month 5.", [("relapse", {"n": 1})]),
    ("Of the two patients in CR, one proceeded to allo-HSCT; the other patient relapsed on day 90.",
     [("transplant", {"n": 1, "N": 2}), ("relapse", {"n": 1})]),
    # (a lone patient's "he underwent" is not counted: the writers disagree on one-patient reports)
    ("On day 52 he underwent a second HSCT from a haploidentical donor.", []),
    # a transplant count split by the state or time of the transplant, the parts adding up to it
    ("Allogeneic HCT was performed after CAR T-cell therapy in 25 patients, 17 in continuing remission and 8 after "
     "relapse; chronic graft-versus-host disease developed in 5 of the 25.",
     [("transplant", {"n": 25}), ("transplant", {"n": 17, "subgroup": "in continuing remission"}),
      ("transplant", {"n": 8, "subgroup": "after relapse"}),
      ("gvhd", {"n": 5, "N": 25, "chronic": True})]),
    ("Sixteen patients underwent allo-HSCT (12 in first CR and 4 after relapse).",
     [("transplant", {"n": 16}), ("transplant", {"n": 12, "subgroup": "in first CR"}),
      ("transplant", {"n": 4, "subgroup": "after relapse"})]),
    # (the state names the transplant's group: no remission count)
    ("Twenty patients proceeded to allogeneic transplantation, 14 in remission and 6 after relapse.",
     [("transplant", {"n": 20}), ("transplant", {"n": 14, "subgroup": "in remission"}),
      ("transplant", {"n": 6, "subgroup": "after relapse"})]),
    # (parts that do not add up to the total are no split)
    ("Twenty patients proceeded to allogeneic transplantation, 14 in remission and 3 after relapse.",
     [("transplant", {"n": 20}), ("complete_remission", {"n": 14})]),
    # Lancet style: a sentence that labels a CI of its own labels a survival median's bare bounds too
    ("At a median follow-up of 17·8 months (IQR 12·1–24·0), 12-month progression-free survival was 80·6% (95% CI "
     "74·3–85·5) in the CAR T-cell group and 49·2% (42·0–56·0) in the standard-care group (hazard ratio 0·31 [95% CI "
     "0·22–0·43]; p<0·0001); median progression-free survival was not reached versus 11·9 months (9·7–14·1).",
     [("median_followup", {"months": 17.8}),
      ("progression_free_survival", {"percent": 80.6, "months": 12, "ci_low": 74.3, "ci_high": 85.5}),
      ("progression_free_survival", {"percent": 49.2, "months": 12, "ci_low": 42.0, "ci_high": 56.0}),
      ("progression_free_survival", {"median_months": 11.9, "ci_low": 9.7, "ci_high": 14.1}),
      ("p_value", {"value": "<0.0001"})]),
    ("The 2-year OS was 61.0% (95% CI 52.1-68.7); median OS was 30.2 months (24.9-41.0).",
     [("overall_survival", {"percent": 61.0, "months": 24, "ci_low": 52.1, "ci_high": 68.7}),
      ("overall_survival", {"median_months": 30.2, "ci_low": 24.9, "ci_high": 41.0})]),
    # (a median age's bounds stay no CI)
    ("EFS at 1 year was 55% (95% CI 41-67); median age was 34 years (21-58).",
     [("event_free_survival", {"percent": 55, "months": 12, "ci_low": 41, "ci_high": 67})]),
]


@pytest.mark.parametrize("text, expected", BLIND74_FAMILIES)
def test_blind74_families(text, expected):
    _matches(read_text(text), expected)


BLIND76_FAMILIES = [
    # transplant counts per group in parentheses after the transplant count, adding up to it: "name k" with only a space or
    # a comma between, also after when the transplant came ("within 3 months", "at a median of 45 days")
    ('Fifty-eight patients (67.4%) were bridged to allo-HSCT within 3 months (ETP 20, non-ETP 38); after HSCT, '
     'grade III-IV aGVHD occurred in 4/58 (6.9%) and cGVHD in 9 (15.5%).',
     [('transplant', {'percent': 67.4, 'n': 58}), ('transplant', {'n': 20, 'subgroup': 'ETP'}),
      ('transplant', {'n': 38, 'subgroup': 'non-ETP'}), ('gvhd', {'percent': 6.9, 'n': 4, 'N': 58, 'grade': '3-4'}),
      ('gvhd', {'percent': 15.5, 'n': 9, 'grade': 'any'})]),
    ('In total, 24 patients (43.6%) received consolidative allogeneic transplantation (gen-1, 6; gen-2, 18).',
     [('transplant', {'percent': 43.6, 'n': 24}), ('transplant', {'n': 6, 'subgroup': 'gen-1'}),
      ('transplant', {'n': 18, 'subgroup': 'gen-2'})]),
    ('Thirty patients underwent allo-HSCT (autologous CAR-T 12, donor-derived 18).',
     [('transplant', {'n': 30}), ('transplant', {'n': 12, 'subgroup': 'autologous CAR-T'}),
      ('transplant', {'n': 18, 'subgroup': 'donor-derived'})]),
    ('Thirty patients proceeded to allo-HSCT at a median of 45 days (children, n = 12; adults, n = 18).',
     [('transplant', {'n': 30}), ('transplant', {'n': 12, 'subgroup': 'children'}),
      ('transplant', {'n': 18, 'subgroup': 'adults'})]),
    ('Thirty patients underwent allo-HSCT (median 40 days).',
     [('transplant', {'n': 30})]),
    # long asides between the treated verb and its object; kinds each with its count last in their parentheses, adding up
    # to the treated count, are per-group treated counts (not when they do not add up)
    ('Here we report 3-year outcomes of a single-center phase 1/2 trial (NCT08768008) in which 61 patients were '
     'enrolled and 55 were treated with a first-generation (gen-1; CD28 costimulation, CD7 retained by an '
     'intracellular blocker, 20 patients) or second-generation (gen-2; 4-1BB costimulation, CD7 knockout, 7-day '
     'manufacture, 35 patients) product at 1 × 10⁶ (gen-1) or 5 × 10⁵ (gen-2) CAR T cells per kg.',
     [('patients_enrolled', {'value': 61}), ('patients_treated', {'value': 55}),
      ('patients_treated', {'value': 20, 'subgroup': 'gen-1'}),
      ('patients_treated', {'value': 35, 'subgroup': 'gen-2'}),
      ('dose', {'label': 'gen-1', 'low': 1000000, 'high': 1000000}),
      ('dose', {'label': 'gen-2', 'low': 500000, 'high': 500000})]),
    ('55 patients were treated with autologous (20 patients) or donor-derived (35 patients) CAR-T cells.',
     [('patients_treated', {'value': 55}), ('patients_treated', {'value': 20, 'subgroup': 'autologous'}),
      ('patients_treated', {'value': 35, 'subgroup': 'donor-derived'})]),
    ('Thirty patients received CAR-T cells manufactured in a closed (automated, 18 cases) or open (manual, 12 '
     'cases) process.',
     [('patients_treated', {'value': 30}), ('patients_treated', {'value': 18, 'subgroup': 'automated'}),
      ('patients_treated', {'value': 12, 'subgroup': 'manual'})]),
    ('Thirty patients received CAR-T cells from a sibling (12 patients) or a haploidentical donor (15 patients).',
     [('patients_treated', {'value': 30})]),
    # groups given everyone's one dose, named in parentheses right after it ("(cohort A, n = 38; cohort B, n = 26)"): no
    # dose level's count, and no dose label
    ('Sixty-four patients were infused with 1 × 10^6 CAR-T cells/kg (cohort A, n = 38; cohort B, n = 26), of whom '
     '45 had T-ALL, 14 T-cell lymphoblastic lymphoma (T-LBL) and 5 early T-cell precursor ALL (ETP-ALL); the median '
     'age was 27 years (range, 3-64), and 41 (64.1%) had received three or more prior lines of therapy.',
     [('patients_treated', {'value': 64}), ('dose', {'low': 1000000, 'high': 1000000}),
      ('patients_treated', {'value': 38, 'subgroup': 'cohort A'}),
      ('patients_treated', {'value': 26, 'subgroup': 'cohort B'}), ('disease_count', {'value': 45, 'label': 'T-ALL'}),
      ('disease_count', {'value': 14, 'label': 'T-LBL'}), ('disease_count', {'value': 5, 'label': 'ETP-ALL'})]),
    ('Thirty patients received 2 × 10^6 CAR-T cells/kg (phase 1, n = 12; phase 2, n = 18).',
     [('patients_treated', {'value': 30}), ('dose', {'low': 2000000, 'high': 2000000}),
      ('patients_treated', {'value': 12, 'subgroup': 'phase 1'}),
      ('patients_treated', {'value': 18, 'subgroup': 'phase 2'})]),
    ('Forty patients were infused with 1 × 10^6 cells/kg (children, n = 15; adults, n = 25).',
     [('patients_treated', {'value': 40}), ('dose', {'low': 1000000, 'high': 1000000}),
      ('patients_treated', {'value': 15, 'subgroup': 'children'}),
      ('patients_treated', {'value': 25, 'subgroup': 'adults'})]),
    # an opener naming the cohort as CAR-T recipients is the treated count (a kind of product names a subgroup: not read)
    ('Of 112 CD7 CAR-T recipients reported from 41 centres in 11 countries, 97 underwent allo-HCT and form the '
     'study population (T-ALL 71, T-LBL 19, ETP-ALL 7).',
     [('patients_treated', {'value': 112}), ('transplant', {'percent': 86.6, 'n': 97, 'N': 112}),
      ('disease_count', {'value': 71, 'label': 'T-ALL'}), ('disease_count', {'value': 19, 'label': 'T-LBL'}),
      ('disease_count', {'value': 7, 'label': 'ETP-ALL'})]),
    ('Among 85 CAR T-cell recipients, 40 proceeded to transplant.',
     [('patients_treated', {'value': 85}),
      ('transplant', {'percent': 47.1, 'n': 40, 'N': 85, 'subgroup': 'CAR T-cell recipients'})]),
    ('Of the 60 recipients of CD7 CAR-T cells, 52 achieved CR.',
     [('patients_treated', {'value': 60}), ('complete_remission', {'percent': 86.7, 'n': 52, 'N': 60})]),
    ('Among the 14 recipients of donor-derived products, 3 developed GVHD.',
     [('gvhd', {'percent': 21.4, 'n': 3, 'N': 14, 'grade': 'any'})]),
    # a registry's own counts in the past perfect, with their percents ("had been reported in 9 patients (9·3%)"), are no
    # literature ("has been reported in …", "had been reported in 30% of patients")
    ('CAR-T-related CRS of grade ≥3 had been reported in 9 patients (9·3%) and ICANS in 4 (4·1%).',
     [('crs', {'percent': 9.3, 'n': 9, 'grade': '>=3'}), ('neurotoxicity', {'percent': 4.1, 'n': 4, 'grade': 'any'})]),
    ('Grade ≥3 CRS had been reported in 9 patients (9.3%).',
     [('crs', {'percent': 9.3, 'n': 9, 'grade': '>=3'})]),
    ('Grade ≥3 CRS has been reported in 9 patients (9.3%).',
     []),
    ('Grade ≥3 CRS had been reported in 30% of patients.',
     []),
    # MRD below a threshold of 10^-4 or lower is MRD negativity (not below 0.1%)
    ('At day 28, 7 of 10 patients (70%) achieved CR/CRi, 6 of them with MRD below 0.01% by flow cytometry.',
     [('complete_remission', {'percent': 70, 'n': 7, 'N': 10, 'timepoint_days': 28}),
      ('mrd_negative', {'percent': 85.7, 'n': 6, 'N': 7, 'timepoint_days': 28})]),
    ('All 12 patients achieved CR, 10 with MRD <10^-4 by flow cytometry.',
     [('complete_remission', {'percent': 100.0, 'n': 12, 'N': 12}), ('mrd_negative', {'n': 10})]),
    ('MRD below 0.01% was reached in 15 of 18 responders (83.3%).',
     [('mrd_negative', {'percent': 83.3, 'n': 15, 'N': 18})]),
    ('MRD below 0.1% was reached in 15 of 18 responders.',
     []),
    # a CR negative for MRD is an MRD-negative CR (each group's count a CR, no MRD result)
    ('CR negative for minimal residual disease by next-generation sequencing was reached in 9 of 20 gen-1 and 27 of '
     '35 gen-2 patients (P = 0.02).',
     [('complete_remission', {'percent': 45.0, 'n': 9, 'N': 20, 'mrd_negative': True}),
      ('complete_remission', {'percent': 77.1, 'n': 27, 'N': 35, 'mrd_negative': True}),
      ('p_value', {'value': '0.02'})]),
    ('A CR that was negative for MRD was achieved in 14 of 20 patients (70%).',
     [('complete_remission', {'percent': 70, 'n': 14, 'N': 20, 'mrd_negative': True})]),
    ('Eight patients achieved CR negative for measurable residual disease.',
     [('complete_remission', {'n': 8, 'mrd_negative': True})]),
    # the analysed cohort named with its disease and where and when it was treated
    ('Methods: 27 R/R CD7+ AML patients treated in our center from January 2022 to December 2024 were analyzed '
     '(registration: ChiCTR2376000101).',
     [('patients_treated', {'value': 27})]),
    ('Forty-two T-ALL patients treated at our hospital between 2019 and 2023 were analysed.',
     [('patients_treated', {'value': 42})]),
    ('In total, 35 CD19+ B-ALL patients from five centers were retrospectively analyzed.',
     [('patients_treated', {'value': 35})]),
    ('27 patients were analyzed for cytokine levels.',
     []),
    # a bare zero compared with a percent is a percent of 0 ("55.6% versus 0"); other bare numbers there are not read
    ('The 2-year OS of transplanted patients was 61.1% (95%CI 35.3%–79.1%) versus 11.1% in non-transplanted '
     'patients (P<0.001), and the 2-year LFS was 55.6% versus 0 (P<0.001).',
     [('overall_survival', {'percent': 61.1, 'months': 24, 'ci_low': 35.3, 'ci_high': 79.1}),
      ('overall_survival', {'percent': 11.1, 'months': 24, 'subgroup': 'non-transplanted'}),
      ('p_value', {'value': '<0.001'}), ('leukemia_free_survival', {'percent': 55.6, 'months': 24}),
      ('leukemia_free_survival', {'percent': 0.0, 'months': 24}), ('p_value', {'value': '<0.001'})]),
    ('The CR rate was 80% vs 0 in the control arm.',
     [('complete_remission', {'percent': 80}), ('complete_remission', {'percent': 0.0, 'subgroup': 'control arm'})]),
    ('1-year EFS was 45.0% v 0, respectively.',
     [('event_free_survival', {'percent': 45.0, 'months': 12}),
      ('event_free_survival', {'percent': 0.0, 'months': 12})]),
    ('The 2-year LFS was 55.6% versus 0.5 (P<0.001).',
     [('leukemia_free_survival', {'percent': 55.6, 'months': 24}), ('p_value', {'value': '<0.001'})]),
    # two kinds after the treated verb, the second count's verb elided: each kind's treated count, never a count of
    # everyone; not in the past perfect (a history of the study's population, here transplant recipients)
    ('Median age at HCT was 29 years (range 4–66); 38 had received a donor-derived and 59 an autologous CAR-T product, '
     'and 33 had had a previous allograft.',
     []),
    ('Twenty patients were infused; 12 received autologous and 8 donor-derived CAR-T cells.',
     [('patients_treated', {'value': 20}), ('patients_treated', {'value': 12, 'subgroup': 'autologous'}),
      ('patients_treated', {'value': 8, 'subgroup': 'donor-derived'})]),
    ('Of the 30 infused patients, 18 received fresh and 12 cryopreserved CAR-T cells.',
     [('patients_treated', {'value': 30}), ('patients_treated', {'value': 18, 'subgroup': 'fresh'}),
      ('patients_treated', {'value': 12, 'subgroup': 'cryopreserved'})]),
    ('Fourteen patients received donor-derived and 38 autologous CAR-T products.',
     [('patients_treated', {'value': 14, 'subgroup': 'donor-derived'}), ('patients_treated', {'value': 38, 'subgroup': 'autologous'})]),
    # (a kind of transplant before its count is no group: "(first transplant in 29, second in 12)", read as before)
    ('Forty-one patients proceeded to consolidative allo-HSCT (first transplant in 29, second in 12) at a median of 3.4 '
     'months after infusion.',
     [('transplant', {'n': 41}), ('transplant', {'n': 29}), ('transplant', {'n': 12})]),
    # "…, but was higher in patients who were X than in those who were Y (a v b; p)": the comparison goes on with the term
    # before, also when its groups name terms as populations
    ('Two-year LFS did not differ by CAR-T product source (donor-derived 61·2% v autologous 52·3%; p=0·44), but was '
     'higher in patients who were NGS-MRD-negative before HCT (n=51) than in those who were NGS-MRD-positive or '
     'untested (68·4% v 41·0%; p=0·008).',
     [('leukemia_free_survival', {'percent': 61.2, 'months': 24}),
      ('leukemia_free_survival', {'percent': 52.3, 'months': 24}), ('p_value', {'value': '0.44'}),
      ('leukemia_free_survival', {'percent': 68.4, 'months': 24}),
      ('leukemia_free_survival', {'percent': 41.0, 'months': 24}), ('p_value', {'value': '0.008'})]),
    ('Two-year LFS did not differ by product (donor-derived 61.2% v autologous 52.3%; p=0.44), but was higher in '
     'patients with CR than in those without (68.4% v 41.0%; p=0.008).',
     [('leukemia_free_survival', {'percent': 61.2, 'months': 24}),
      ('leukemia_free_survival', {'percent': 52.3, 'months': 24}), ('p_value', {'value': '0.44'}),
      ('leukemia_free_survival', {'percent': 68.4, 'months': 24, 'subgroup': 'CR'}),
      ('leukemia_free_survival', {'percent': 41.0, 'months': 24, 'subgroup': 'no CR'}),
      ('p_value', {'value': '0.008'})]),
    ('One-year OS was similar by age group (70.1% v 68.3%; p=0.81), but was lower in patients who were MRD-positive '
     'before infusion than in those who were MRD-negative (45.0% v 78.2%; p=0.01).',
     [('overall_survival', {'percent': 70.1, 'months': 12}), ('overall_survival', {'percent': 68.3, 'months': 12}),
      ('p_value', {'value': '0.81'}),
      ('overall_survival', {'percent': 45.0, 'months': 12, 'subgroup': 'patients who were MRD-positive before infusion'}),
      ('overall_survival', {'percent': 78.2, 'months': 12, 'subgroup': 'those who were MRD-negative'}),
      ('p_value', {'value': '0.01'})]),
]


@pytest.mark.parametrize("text, expected", BLIND76_FAMILIES)
def test_blind76_families(text, expected):
    _matches(read_text(text), expected)


BLIND79_FAMILIES = [
    # a telegraphic grade breakdown whose next item is a grade's absence: "G3 3, no G4" (the count before "no" is G3's)
    ('CRS 29 pts (76.3%) - G1-2 26, G3 3, no G4.',
     [('crs', {'percent': 76.3, 'n': 29, 'grade': 'any'}), ('crs', {'n': 26, 'grade': '1-2'}),
      ('crs', {'n': 3, 'grade': '3'}), ('crs', {'n': 0, 'grade': '4', 'negated': True})]),
    ('CRS 29 pts (76.3%): G1 20, G2 6, G3 3, no G4.',
     [('crs', {'percent': 76.3, 'n': 29, 'grade': 'any'}), ('crs', {'n': 20, 'grade': '1'}), ('crs', {'n': 6, 'grade': '2'}),
      ('crs', {'n': 3, 'grade': '3'}), ('crs', {'n': 0, 'grade': '4', 'negated': True})]),
    ('ICANS 9 pts - G1-2 7 and G3 2 and no G4.',
     [('neurotoxicity', {'n': 9, 'grade': 'any'}), ('neurotoxicity', {'n': 7, 'grade': '1-2'}),
      ('neurotoxicity', {'n': 2, 'grade': '3'}), ('neurotoxicity', {'n': 0, 'grade': '4', 'negated': True})]),
    # a term's grades with their counts in parentheses after "in N of M patients" ("grade 1, n = 5; grade 2, n = 1"), also
    # when a verb follows: the term's grades, not named parts of a subject
    ('Cytokine release syndrome occurred in 6 of 8 patients (grade 1, n = 5; grade 2, n = 1) and was managed without '
     'tocilizumab in five.',
     [('crs', {'n': 6, 'N': 8, 'grade': 'any'}), ('crs', {'n': 5, 'grade': '1'}), ('crs', {'n': 1, 'grade': '2'})]),
    ('CRS developed in 12 of 15 patients (grade I-II, n = 10; grade III, n = 2) and was reversible in all.',
     [('crs', {'n': 12, 'N': 15, 'grade': 'any'}), ('crs', {'n': 10, 'grade': '1-2'}), ('crs', {'n': 2, 'grade': '3'})]),
    ('ICANS was observed in 4 patients (grade 1, 3; grade 3, 1) and was treated with steroids.',
     [('neurotoxicity', {'n': 4, 'grade': 'any'}), ('neurotoxicity', {'n': 3, 'grade': '1'}),
      ('neurotoxicity', {'n': 1, 'grade': '3'})]),
    ('Twenty-four patients (cohort A, 19; cohort B, 5) subsequently underwent allo-HSCT.',
     [('transplant', {'n': 24}), ('transplant', {'n': 19, 'subgroup': 'cohort A'}),
      ('transplant', {'n': 5, 'subgroup': 'cohort B'})]),
    # deaths counted by the grade of the term that caused them, inside a higher-grade count: "including one death from
    # grade 5 cytokine release syndrome" (also "with" a grade before the term)
    ('Cytokine release syndrome of grade 3 or higher occurred in 13 patients (15%), including one death from grade 5 '
     'cytokine release syndrome, and neurologic events of grade 3 or higher occurred in 32 (36%).',
     [('crs', {'percent': 15, 'n': 13, 'grade': '>=3'}), ('crs', {'n': 1, 'grade': '5'}),
      ('neurotoxicity', {'percent': 36, 'n': 32, 'grade': '>=3'})]),
    ('Grade 3 or higher CRS occurred in 13 patients (15%), including 2 deaths due to grade 5 CRS.',
     [('crs', {'percent': 15, 'n': 13, 'grade': '>=3'}), ('crs', {'n': 2, 'grade': '5'})]),
    ('ICANS of grade 3 or higher was reported in 8 patients, with one fatality attributed to grade 5 ICANS.',
     [('neurotoxicity', {'n': 8, 'grade': '>=3'}), ('neurotoxicity', {'n': 1, 'grade': '5'})]),
    ('Severe CRS occurred in 5 patients, including one with grade 4 CRS.',
     [('crs', {'n': 5, 'grade': '>=3'}), ('crs', {'n': 1, 'grade': '4'})]),
    ('Grade ≥3 CRS occurred in 4 patients, including one death.', [('crs', {'n': 4, 'grade': '>=3'})]),
    # patients approved for CAR-T before the infused count are the enrolled (intention-to-treat) population
    ('Between Dec 1, 2019, and June 30, 2023, 512 patients were approved for CAR T-cell therapy (intention-to-treat '
     'population) and 448 were infused (axi-cel n=301; tisa-cel n=147).',
     [('patients_enrolled', {'value': 512}), ('patients_treated', {'value': 448}),
      ('patients_treated', {'value': 301, 'subgroup': 'axi-cel'}), ('patients_treated', {'value': 147, 'subgroup': 'tisa-cel'})]),
    ('In total, 96 patients were approved for commercial CAR-T by the national board, of whom 81 were infused.',
     [('patients_enrolled', {'value': 96}), ('patients_treated', {'value': 81})]),
    ('Overall, 140 patients approved for axi-cel; 121 were ultimately infused.',
     [('patients_enrolled', {'value': 140}), ('patients_treated', {'value': 121})]),
    ('Of 230 patients approved for CAR-T, 201 were infused.',
     [('patients_enrolled', {'value': 230}), ('patients_treated', {'value': 201})]),
    # the further patients a report describes after an earlier report's first ones: its own treated patients
    ('Here we describe eight further patients aged 18-41 years with severe SLE refractory to at least four '
     'immunosuppressive agents, six of whom had biopsy-proven class III or IV lupus nephritis.',
     [('patients_treated', {'value': 8})]),
    ('We now report 12 additional patients with refractory idiopathic inflammatory myopathy.',
     [('patients_treated', {'value': 12})]),
    ('In this update, we present ten further children with relapsed neuroblastoma.', [('patients_treated', {'value': 10})]),
    ('We report 8 patients with severe SLE.', []),
    # a flat dose written "flat" after the number, its cells unnamed ("5e7 flat (>50 kg)")
    ('Pts 1-25 yrs with R/R CD19+ B-ALL; Flu/Cy lymphodepletion; hu19-BB 1e6/kg (≤50 kg) or 5e7 flat (>50 kg).',
     [('dose', {'low': 1e6, 'high': 1e6, 'unit': 'cells/kg', 'label': '≤50 kg'}),
      ('dose', {'low': 5e7, 'high': 5e7, 'unit': 'cells', 'label': '>50 kg'})]),
    ('Patients weighing more than 50 kg received 1 × 10^8 flat.',
     [('dose', {'low': 1e8, 'high': 1e8, 'unit': 'cells'})]),
    ('DL1 5 × 10^7 flat, DL2 1.5 × 10^8 flat.',
     [('dose', {'low': 5e7, 'high': 5e7, 'unit': 'cells', 'label': 'DL1'}),
      ('dose', {'low': 1.5e8, 'high': 1.5e8, 'unit': 'cells', 'label': 'DL2'})]),
]


@pytest.mark.parametrize("text, expected", BLIND79_FAMILIES)
def test_blind79_families(text, expected):
    _matches(read_text(text), expected)


BLIND78_FAMILIES = [
    # a grade's own stated fraction keeps its N, in telegraphic lists too ("CRS G1–2 8/10, G3 1/10"); a grade breakdown
    # with counts alone still keeps N null
    ('CRS G1–2 8/10, G3 1/10; ICANS none; aGVHD G2 (skin) in 1 pt after donor-derived product.',
     [('crs', {'n': 8, 'N': 10, 'grade': '1-2', 'derived': True}), ('crs', {'n': 1, 'N': 10, 'grade': '3', 'derived': True}),
      ('neurotoxicity', {'n': 0, 'negated': True}), ('gvhd', {'n': 1, 'grade': '2', 'acute': True})]),
    ('CRS 9/10 (G1–2 8/10, G3 1/10).',
     [('crs', {'n': 9, 'N': 10, 'grade': 'any'}), ('crs', {'n': 8, 'N': 10, 'grade': '1-2'}),
      ('crs', {'n': 1, 'N': 10, 'grade': '3'})]),
    ('CRS: grade 1-2 8/10, grade 3 1/10.',
     [('crs', {'n': 8, 'N': 10, 'grade': '1-2'}), ('crs', {'n': 1, 'N': 10, 'grade': '3'})]),
    ('CRS grade 3 in 1/10 patients.', [('crs', {'n': 1, 'N': 10, 'percent': 10.0, 'grade': '3'})]),
    # a telegraphic transplant count with its verb left out: a counted noun, then "to HSCT"
    ('Consolidation: 8/9 responders to HSCT (median d+38).', [('transplant', {'n': 8, 'N': 9, 'percent': 88.9})]),
    ('8/9 CR pts to allo-HSCT.', [('transplant', {'n': 8, 'N': 9})]),
    ('12 of 14 patients in CR to haplo-SCT.', [('transplant', {'n': 12, 'N': 14})]),
    ('6 pts to allo-HSCT.', [('transplant', {'n': 6})]),
    ('Time from CAR-T to HSCT was 38 days in 8 patients.', []),
    # a disease label with a "with …" phrase before its "n = k" in a patient list
    ('As of June 30, 2025, 17 patients (B/T MPAL, n=11; T/myeloid MPAL, n=4; B-ALL with T-lineage switch, n=2) were infused.',
     [('patients_treated', {'value': 17}), ('disease_count', {'value': 11, 'label': 'B/T MPAL'}),
      ('disease_count', {'value': 4, 'label': 'T/myeloid MPAL'}), ('disease_count', {'value': 2, 'label': 'B-ALL'})]),
    ('Twenty patients (T-ALL, n = 12; AML with myelodysplasia-related changes, n = 5; T-LBL, n = 3) were enrolled.',
     [('patients_enrolled', {'value': 20}), ('disease_count', {'value': 12, 'label': 'T-ALL'}),
      ('disease_count', {'value': 5, 'label': 'AML'}), ('disease_count', {'value': 3, 'label': 'T-LBL'})]),
    # the patients a case report describes, with a long aside, then "treated on a … basis with"
    ('We report two patients, a 19-year-old man with ETP-ALL and a 46-year-old woman with CD7+ AML (CD7 on 88% and 71% of '
     'blasts), treated on a compassionate-use basis with academically manufactured CD7 CAR-T cells at 1 × 10(6) cells/kg and '
     '2 × 10(6) cells/kg, respectively.',
     [('patients_treated', {'value': 2}), ('dose', {'low': 1000000, 'high': 1000000}),
      ('dose', {'low': 2000000, 'high': 2000000})]),
    ('Here we describe three children with refractory T-ALL treated under a named-patient programme with donor-derived CD7 '
     'CAR-T cells.', [('patients_treated', {'value': 3})]),
    ('We report four patients with CD7-positive AML, aged 23 to 61 years, treated at our centre with CD7 CAR-T cells after '
     'failure of venetoclax.', [('patients_treated', {'value': 4})]),
    ('We report two patients with ETP-ALL who were referred for CAR-T.', []),
    # per-dose counts "at DOSE in k": the count may be a word and a reason may follow
    ('Cells were infused at 1 x 10(6)/kg in three patients and at 0.5 x 10(6)/kg in two because of limited expansion.',
     [('dose', {'low': 1000000}), ('dose', {'low': 500000}), ('patients_treated', {'value': 3}),
      ('patients_treated', {'value': 2})]),
    ('CAR-T cells were given at 2 × 10^6/kg in four children and 1 × 10^6/kg in two, owing to poor expansion.',
     [('dose', {'low': 2000000}), ('dose', {'low': 1000000}), ('patients_treated', {'value': 4}),
      ('patients_treated', {'value': 2})]),
    ('Patients were infused at 5 × 10^5 cells/kg in 3 patients, at 1 × 10^6 cells/kg in 6 and at 2 × 10^6 cells/kg in 4.',
     [('dose', {'low': 500000}), ('dose', {'low': 1000000}), ('dose', {'low': 2000000}),
      ('patients_treated', {'value': 3}), ('patients_treated', {'value': 6}), ('patients_treated', {'value': 4})]),
    # groups with an aside defining them before their size ("(marrow blasts ≥5% …; n = 37)"), adding up to the treated
    ('We prospectively followed 64 consecutive patients with relapsed or refractory T-ALL/LBL who were infused with CD7 CAR-T '
     'cells on two institutional trials (NCT09780701 and ChiCTR2409780702), stratified by pre-infusion burden into a '
     'high-burden group (marrow blasts ≥5% or an extramedullary mass ≥5 cm; n = 37) and a low-burden group (n = 27).',
     [('patients_treated', {'value': 64}), ('patients_treated', {'value': 37, 'subgroup': 'high-burden group'}),
      ('patients_treated', {'value': 27, 'subgroup': 'low-burden group'})]),
    ('Forty patients were infused and grouped by disease status into an active-disease group (blasts ≥5% or measurable EMD; '
     'n = 22) and an MRD group (MRD-positive CR; n = 18).',
     [('patients_treated', {'value': 40}), ('patients_treated', {'value': 22, 'subgroup': 'active-disease group'}),
      ('patients_treated', {'value': 18, 'subgroup': 'MRD group'})]),
    ('In total, 50 patients received CAR-T cells, divided into a bridging group (chemotherapy within 2 weeks before infusion; '
     'n = 30) and a no-bridging group (n = 20).',
     [('patients_treated', {'value': 50}), ('patients_treated', {'value': 30, 'subgroup': 'bridging group'}),
      ('patients_treated', {'value': 20, 'subgroup': 'no-bridging group'})]),
    # transplant counts by the group each came from ("15 from the high-burden and 18 from the low-burden group"), adding up
    ('Allo-HSCT was performed in 33 patients in remission: 15 from the high-burden and 18 from the low-burden group.',
     [('transplant', {'n': 33}), ('transplant', {'n': 15, 'subgroup': 'high-burden'}),
      ('transplant', {'n': 18, 'subgroup': 'low-burden'})]),
    ('Twenty patients proceeded to allo-HSCT: 12 from the DL2 cohort and 8 from the DL3 cohort.',
     [('transplant', {'n': 20}), ('transplant', {'n': 12, 'subgroup': 'DL2'}), ('transplant', {'n': 8, 'subgroup': 'DL3'})]),
    ('Consolidative HSCT was performed in 14 patients (9 from the pilot phase and 5 from the expansion phase).',
     [('transplant', {'n': 14}), ('transplant', {'n': 9, 'subgroup': 'pilot phase'}),
      ('transplant', {'n': 5, 'subgroup': 'expansion phase'})]),
    # the primary endpoint named (a response endpoint), then reported by that name; "Rates were …" right after a sentence of
    # one response rate goes on with it
    ('The primary endpoint was complete remission or complete remission with incomplete haematological recovery (CR/CRi) at '
     'day 28. Between Jan 9, 2023, and Feb 27, 2025, 52 patients received CAR-T cells. The primary endpoint was met by 47 '
     '(90·4%; 95% CI 79·0–96·8) of 52 patients. Rates were 30 (90·9%) of 33 in T-ALL, 12 (92·3%) of 13 in ETP-ALL, and '
     'five (83·3%) of six in T-LBL.',
     [('patients_treated', {'value': 52}),
      ('complete_remission', {'percent': 90.4, 'n': 47, 'N': 52, 'ci_low': 79.0, 'ci_high': 96.8}),
      ('complete_remission', {'percent': 90.9, 'n': 30, 'N': 33}), ('complete_remission', {'percent': 92.3, 'n': 12, 'N': 13}),
      ('complete_remission', {'percent': 83.3, 'n': 5, 'N': 6})]),
    ('The primary endpoint was the overall response rate at 3 months. Forty patients were infused. Thirty-two of 40 '
     'patients (80%) achieved the primary endpoint. The corresponding rates were 85% in children and 75% in adults.',
     [('patients_treated', {'value': 40}), ('overall_response', {'percent': 80, 'n': 32, 'N': 40}),
      ('overall_response', {'percent': 85, 'subgroup': 'children'}), ('overall_response', {'percent': 75, 'subgroup': 'adults'})]),
    ('The primary endpoint was MRD-negative remission at day 28. Twenty patients were treated. The primary endpoint was '
     'reached in 17 of 20 patients (85%).',
     [('patients_treated', {'value': 20}), ('mrd_negative', {'percent': 85, 'n': 17, 'N': 20})]),
    # (no response endpoint named: nothing; a graded rate is not carried on to "Rates were …")
    ('The primary endpoints were safety and the CR rate. The primary endpoint was met in 12 of 15 patients.', []),
    ('The primary endpoint was complete remission at day 28. CRS occurred in 20 of 24 patients. Rates were 10% for grade 3.',
     [('crs', {'n': 20, 'N': 24, 'grade': 'any'})]),
    # "nine of ten patients" rounding a rate stated before (within a point) is its restatement; in a series of ten, a count
    ('Complete remission was achieved in 47 (90.4%) of 52 patients. Treatment induced remission in nine of ten patients.',
     [('complete_remission', {'percent': 90.4, 'n': 47, 'N': 52})]),
    ('Complete remission was achieved in 38 (79.2%) of 48 patients. The CAR-T cells thus induced complete remission in '
     'eight of ten patients.', [('complete_remission', {'percent': 79.2, 'n': 38, 'N': 48})]),
    ('Ten patients were infused. Nine of ten patients achieved CR.',
     [('patients_treated', {'value': 10}), ('complete_remission', {'n': 9, 'N': 10, 'percent': 90.0})]),
]


@pytest.mark.parametrize("text, expected", BLIND78_FAMILIES)
def test_blind78_families(text, expected):
    _matches(read_text(text), expected)


BLIND82_FAMILIES = [
    # an opener of the treated with their period ("Of 104 children infused between 2019 and 2021, …")
    ('Of 104 children infused between 2019 and 2021, 19 had CNS involvement (CNS2, n = 11; CNS3, n = 8) and 9 had '
     'testicular disease.', [('patients_treated', {'value': 104})]),
    ('Among the 57 infused patients from March 2020 to May 2022, 50 achieved CR.',
     [('patients_treated', {'value': 57}), ('complete_remission', {'n': 50, 'N': 57})]),
    ('Of 38 adults treated during 2021-2023, 30 responded.',
     [('patients_treated', {'value': 38}), ('overall_response', {'n': 30, 'N': 38})]),
    # a trial's name ("CARDINAL-22", "ZUMA-7") is no count
    ('CARDINAL-22 (NCT08820033) enrolled patients aged 1-39 years with relapsed/refractory CD22+ B-ALL.', []),
    ('ZUMA-7 enrolled patients with early relapse.', []),
    ('The TRANSCEND-15 study (NCT08820099) enrolled 40 patients.', [('patients_enrolled', {'value': 40})]),
    # two or more trials named together: the other trials' results (one named trial may be the report's own)
    ('Two BCMA-directed CAR-T products are now approved in Europe, yet no prospective head-to-head comparison exists; in '
     'the phase 3 KarMMa-3 and CARTITUDE-4 trials the ORRs were 71% and 85%, respectively.', []),
    ('In the ZUMA-1, JULIET and TRANSCEND trials, CR rates were 54%, 40% and 53%.', []),
    ('The 2-year OS in the pivotal ELIANA and ENSIGN studies was 66%.', []),
    ('In the CARDINAL-22 trial, 40 of 48 patients (83%) achieved CR.',
     [('complete_remission', {'percent': 83, 'n': 40, 'N': 48})]),
    # a second response count with its verb and its "of five" elided shares the first count's N
    ('Two of five patients with lymphoma achieved a complete metabolic response and one a partial response (ORR 60%).',
     [('complete_remission', {'n': 2, 'N': 5, 'percent': 40.0}), ('partial_remission', {'n': 1, 'N': 5, 'percent': 20.0}),
      ('overall_response', {'percent': 60})]),
    ('Twelve of 15 patients achieved CR and two PR.',
     [('complete_remission', {'n': 12, 'N': 15}), ('partial_remission', {'n': 2, 'N': 15, 'percent': 13.3})]),
    ('Twelve of 15 patients achieved a CR and two a PR.',
     [('complete_remission', {'n': 12, 'N': 15}), ('partial_remission', {'n': 2, 'N': 15})]),
    # "a single episode of grade 2 ICANS", "one episode of …": a count of the graded term's events
    ('Neurotoxicity was limited to a single episode of grade 2 ICANS.', [('neurotoxicity', {'n': 1, 'grade': '2'})]),
    ('There was one episode of grade 2 ICANS.', [('neurotoxicity', {'n': 1, 'grade': '2'})]),
    ('Two episodes of grade 3 CRS were recorded.', [('crs', {'n': 2, 'grade': '3'})]),
    ('CRS occurred in 12 patients, with a single case of grade 3 CRS.',
     [('crs', {'n': 12, 'grade': 'any'}), ('crs', {'n': 1, 'grade': '3'})]),
    # the care setting named a different way for each count ("in the outpatient setting and 254 as inpatients")
    ('We analyzed 412 consecutive adults with large B-cell lymphoma who received lisocabtagene maraleucel (liso-cel) or '
     'axicabtagene ciloleucel at 22 US centers between 2021 and 2023; 158 (38.3%) were infused in the outpatient setting '
     'and 254 as inpatients.',
     [('patients_treated', {'value': 412}), ('patients_treated', {'value': 158, 'subgroup': 'outpatient'}),
      ('patients_treated', {'value': 254, 'subgroup': 'inpatient'})]),
    ('Overall, 120 patients were treated: 45 were infused as outpatients and 75 in the inpatient setting.',
     [('patients_treated', {'value': 120}), ('patients_treated', {'value': 45, 'subgroup': 'outpatient'}),
      ('patients_treated', {'value': 75, 'subgroup': 'inpatient'})]),
    ('Of 300 patients, 100 were treated in an outpatient setting and 200 as inpatients.',
     [('patients_treated', {'value': 100, 'subgroup': 'outpatient'}),
      ('patients_treated', {'value': 200, 'subgroup': 'inpatient'})]),
    # a label's values, each group named after it with a preposition ("after HCT vs … without HCT"; a bare "without")
    ('Relapse: 4/18 (22.2%) after HCT vs 13/23 (56.5%) without HCT; p=0.02.',
     [('relapse', {'n': 4, 'N': 18, 'percent': 22.2, 'subgroup': 'HCT'}),
      ('relapse', {'n': 13, 'N': 23, 'percent': 56.5, 'subgroup': 'no HCT'}),
      ('p_value', {'value': '0.02', 'compares': ['HCT', 'no HCT']})]),
    ('Relapse: 2/14 after second HSCT vs 7/13 without (p=0.02).',
     [('relapse', {'n': 2, 'N': 14, 'subgroup': 'second HSCT'}), ('relapse', {'n': 7, 'N': 13, 'subgroup': 'no second HSCT'}),
      ('p_value', {'value': '0.02'})]),
    ('CR: 4/18 (22.2%) with HCT vs 13/23 (56.5%) without HCT.',
     [('complete_remission', {'n': 4, 'N': 18, 'subgroup': 'HCT'}),
      ('complete_remission', {'n': 13, 'N': 23, 'subgroup': 'no HCT'})]),
    ('Relapse rate: 5/20 (25%) following consolidation vs 12/22 (54.5%) without consolidation (p=0.05).',
     [('relapse', {'n': 5, 'N': 20, 'subgroup': 'consolidation'}), ('relapse', {'n': 12, 'N': 22, 'subgroup': 'no consolidation'}),
      ('p_value', {'value': '0.05'})]),
    # responses naming the groups a survival term compares ("Median PFS CR vs non-CR: 19.7 v 3.4 mo")
    ('Median PFS CR vs non-CR: 19.7 v 3.4 mo, p<0.001.',
     [('progression_free_survival', {'median_months': 19.7, 'subgroup': 'CR'}),
      ('progression_free_survival', {'median_months': 3.4, 'subgroup': 'non-CR'}),
      ('p_value', {'value': '<0.001', 'compares': ['CR', 'non-CR']})]),
    ('Median OS, CR vs PR: 24.1 vs 8.2 months (p=0.01).',
     [('overall_survival', {'median_months': 24.1, 'subgroup': 'CR'}), ('overall_survival', {'median_months': 8.2, 'subgroup': 'PR'}),
      ('p_value', {'value': '0.01'})]),
    ('2-year PFS in CR v non-CR 65% v 20%.',
     [('progression_free_survival', {'percent': 65, 'months': 24}), ('progression_free_survival', {'percent': 20, 'months': 24})]),
    ('Median OS HSCT vs no HSCT: 24.1 vs 8.2 months.',
     [('overall_survival', {'median_months': 24.1, 'subgroup': 'HSCT'}),
      ('overall_survival', {'median_months': 8.2, 'subgroup': 'no HSCT'})]),
    # "…, grade ≥3 in 4 (3.8%), and was more frequent in patients with CNS disease (42.1% v 15.3%)": the comparison goes on
    ('CRS occurred in 90 (86.5%), grade 3–4 in 12 (11.5%); neurotoxicity occurred in 21 (20.2%), grade ≥3 in 4 (3.8%), and '
     'was more frequent in patients with CNS disease (42.1% v 15.3%, p = 0.011).',
     [('crs', {'n': 90, 'grade': 'any'}), ('crs', {'n': 12, 'grade': '3-4'}), ('neurotoxicity', {'n': 21, 'grade': 'any'}),
      ('neurotoxicity', {'n': 4, 'grade': '>=3'}), ('neurotoxicity', {'percent': 42.1, 'subgroup': 'CNS disease'}),
      ('neurotoxicity', {'percent': 15.3, 'subgroup': 'no CNS disease'}),
      ('p_value', {'value': '0.011', 'compares': ['CNS disease', 'no CNS disease']})]),
    ('CRS developed in 40 patients (80%), grade ≥3 in 5 (10%), and was less common in patients with low tumour burden '
     '(60% vs 95%; p=0.01).',
     [('crs', {'n': 40, 'grade': 'any'}), ('crs', {'n': 5, 'grade': '>=3'}),
      ('crs', {'percent': 60, 'subgroup': 'low tumour burden'}), ('crs', {'percent': 95, 'subgroup': 'no low tumour burden'}),
      ('p_value', {'value': '0.01'})]),
    ('ICANS was more common among patients with high tumour burden (40% vs 12%).',
     [('neurotoxicity', {'percent': 40, 'subgroup': 'high tumour burden'}),
      ('neurotoxicity', {'percent': 12, 'subgroup': 'no high tumour burden'})]),
    # patients with samples evaluable for a test are the evaluable count
    ('Sixty-two patients had bone marrow samples evaluable for minimal residual disease.',
     [('patients_treated', {'value': 62, 'subgroup': 'evaluable'})]),
    ('Forty patients had samples assessable for MRD.', [('patients_treated', {'value': 40, 'subgroup': 'assessable'})]),
    ('Twenty patients had paired samples evaluable for response.',
     [('patients_treated', {'value': 20, 'subgroup': 'evaluable for response'})]),
]


@pytest.mark.parametrize("text, expected", BLIND82_FAMILIES)
def test_blind82_families(text, expected):
    _matches(read_text(text), expected)


BLIND81_FAMILIES = [
    # the first (or earlier) series of others, with the products they used, as the subject of their results: background
    ('Fratricide of CD7-directed chimeric antigen receptor (CAR) T cells has so far been prevented by gene editing or by '
     'protein-expression blockers, and the first clinical series with such products reported complete remission rates '
     'between 85% and 95%.', []),
    ('Initial trials using base-edited CAR7 cells achieved CR rates of 90% or more.', []),
    ('Earlier studies with donor-derived products have reported a 1-year OS of 40%.', []),
    ('In our first series, 10 of 12 patients (83%) achieved CR.',
     [('complete_remission', {'percent': 83, 'n': 10, 'N': 12})]),
    # a grade named after its term, then the absence: "ICANS of grade 3 or higher did not occur"
    ('Two patients had grade 1 ICANS, and ICANS of grade 3 or higher did not occur.',
     [('neurotoxicity', {'n': 2, 'grade': '1'}), ('neurotoxicity', {'n': 0, 'grade': '>=3', 'negated': True})]),
    ('CRS of grade 3 or higher was not observed.', [('crs', {'n': 0, 'percent': 0.0, 'grade': '>=3', 'negated': True})]),
    ('Acute GVHD of grade III-IV has not been observed.',
     [('gvhd', {'n': 0, 'grade': '3-4', 'acute': True, 'negated': True})]),
    ('ICANS of grade 3 or higher occurred in 2 patients.', [('neurotoxicity', {'n': 2, 'grade': '>=3'})]),
    # a survival term's two groups named before a colon, then their values: the groups are no response terms, and after a
    # semicolon the names go on with the term before
    ('Median OS for all pts was 8.1 mo (95% CI, 5.0–11.7); responders v non-responders: 11.6 v 3.9 mo (P=0.002).',
     [('overall_survival', {'median_months': 8.1, 'ci_low': 5.0, 'ci_high': 11.7}),
      ('overall_survival', {'median_months': 11.6, 'subgroup': 'responders'}),
      ('overall_survival', {'median_months': 3.9, 'subgroup': 'non-responders'}),
      ('p_value', {'value': '0.002', 'compares': ['responders', 'non-responders'], 'outcome': 'overall_survival'})]),
    ('Median EFS was 10.2 months; CR v non-CR: 14.5 v 3.1 months (P<0.001).',
     [('event_free_survival', {'median_months': 10.2}), ('event_free_survival', {'median_months': 14.5, 'subgroup': 'CR'}),
      ('event_free_survival', {'median_months': 3.1, 'subgroup': 'non-CR'}),
      ('p_value', {'value': '<0.001', 'outcome': 'event_free_survival'})]),
    ('18-month LFS, MRD-negative v MRD-positive before HSCT: 81.0% v 33.3% (p = 0.021).',
     [('leukemia_free_survival', {'percent': 81.0, 'months': 18, 'subgroup': 'MRD-negative'}),
      ('leukemia_free_survival', {'percent': 33.3, 'months': 18, 'subgroup': 'MRD-positive before HSCT'}),
      ('p_value', {'value': '0.021', 'outcome': 'leukemia_free_survival'})]),
    ('1-year OS, CR vs no CR: 70% vs 20% (P<0.001).',
     [('overall_survival', {'percent': 70, 'months': 12, 'subgroup': 'CR'}),
      ('overall_survival', {'percent': 20, 'months': 12, 'subgroup': 'no CR'}),
      ('p_value', {'value': '<0.001', 'compares': ['CR', 'no CR'], 'outcome': 'overall_survival'})]),
    ('2-year EFS, MRD-negative CR versus MRD-positive CR: 75.0% versus 40.0% (P = .03).',
     [('event_free_survival', {'percent': 75.0, 'months': 24}), ('event_free_survival', {'percent': 40.0, 'months': 24}),
      ('p_value', {'value': '.03', 'outcome': 'event_free_survival'})]),
    # lymphodepletion named by its agents before "followed by" the product: the subject is the treated count
    ('Nineteen patients with relapsed or refractory CD7-positive T-ALL (n = 12), T-LBL (n = 4) or acute myeloid leukemia '
     '(n = 3) received fludarabine, cyclophosphamide and alemtuzumab followed by UCAR7-BE at 3 × 10(7) (DL1; n = 3), '
     '1 × 10(8) (DL2; n = 7) or 3 × 10(8) cells (DL3; n = 9).',
     [('patients_treated', {'value': 19}), ('disease_count', {'value': 12, 'label': 'T-ALL'}),
      ('disease_count', {'value': 4, 'label': 'T-LBL'}), ('disease_count', {'value': 3, 'label': 'AML'}),
      ('dose', {'low': 3e7, 'high': 3e7, 'unit': 'cells', 'label': 'DL1'}), ('patients_treated', {'value': 3, 'subgroup': 'DL1'}),
      ('dose', {'low': 1e8, 'high': 1e8, 'unit': 'cells', 'label': 'DL2'}), ('patients_treated', {'value': 7, 'subgroup': 'DL2'}),
      ('dose', {'low': 3e8, 'high': 3e8, 'unit': 'cells', 'label': 'DL3'}), ('patients_treated', {'value': 9, 'subgroup': 'DL3'})]),
    ('Twelve patients received fludarabine (30 mg/m2) and cyclophosphamide (300 mg/m2), followed by a single infusion of '
     'CD7 CAR-T cells.', [('patients_treated', {'value': 12})]),
    ('Eight patients received bendamustine followed by axi-cel.', [('patients_treated', {'value': 8})]),
    ('Five patients received fludarabine and cytarabine followed by allogeneic HSCT.', []),
    # an opener's infused cohort with when they were infused (and an aside) before the comma
    ('Of 62 patients infused between October 2019 and December 2021 (T-ALL, n = 47; T-LBL, n = 15), 56 (90.3%) had CR/CRi '
     'by day 28.',
     [('patients_treated', {'value': 62}), ('disease_count', {'value': 47, 'label': 'T-ALL'}),
      ('disease_count', {'value': 15, 'label': 'T-LBL'}),
      ('complete_remission', {'percent': 90.3, 'n': 56, 'N': 62, 'timepoint_days': 28, 'includes_cri': True})]),
    ('Of 62 patients infused from 2019 to 2021, 56 (90.3%) had CR.',
     [('patients_treated', {'value': 62}), ('complete_remission', {'percent': 90.3, 'n': 56, 'N': 62})]),
    ('Among 30 patients treated during 2022 (median age, 12 years), 25 achieved CR.',
     [('patients_treated', {'value': 30}), ('complete_remission', {'n': 25, 'N': 30})]),
    # a disease list in parentheses after the treated count, then the products' own "(n = k)": each product's count
    ('Between January 2022 and August 2024, 29 children (T-ALL n = 18; ETP-ALL n = 11) were infused with autologous (n = 21) '
     'or donor-derived (n = 8) CD7 CAR-T cells at a median dose of 1.2 × 10^6/kg (range 0.5–2.0 × 10^6/kg).',
     [('patients_treated', {'value': 29}), ('disease_count', {'value': 18, 'label': 'T-ALL'}),
      ('disease_count', {'value': 11, 'label': 'ETP-ALL'}), ('patients_treated', {'value': 21, 'subgroup': 'autologous'}),
      ('patients_treated', {'value': 8, 'subgroup': 'donor-derived'}), ('dose', {'low': 5e5, 'high': 2e6})]),
    ('Forty patients (T-ALL, n = 30; T-LBL, n = 10) received donor-derived (n = 25) or autologous (n = 15) CAR-T cells.',
     [('patients_treated', {'value': 40}), ('disease_count', {'value': 30, 'label': 'T-ALL'}),
      ('disease_count', {'value': 10, 'label': 'T-LBL'}), ('patients_treated', {'value': 25, 'subgroup': 'donor-derived'}),
      ('patients_treated', {'value': 15, 'subgroup': 'autologous'})]),
    # a rate, then after a colon its values by product, each named after "after"/"with"
    ('The day-30 CR/CRi rate was 86.7% (124/143): 87.2% (75/86) after autologous and 86.0% (49/57) after donor-derived '
     'products (P=0.81).',
     [('complete_remission', {'percent': 86.7, 'n': 124, 'N': 143, 'timepoint_days': 30}),
      ('complete_remission', {'percent': 87.2, 'n': 75, 'N': 86, 'timepoint_days': 30, 'subgroup': 'autologous'}),
      ('complete_remission', {'percent': 86.0, 'n': 49, 'N': 57, 'timepoint_days': 30, 'subgroup': 'donor-derived'}),
      ('p_value', {'value': '0.81', 'compares': ['autologous', 'donor-derived'], 'outcome': 'complete_remission'})]),
    ('The day-28 CR rate was 90%: 92% (23/25) with autologous vs 88% (22/25) with donor-derived cells (P=0.64).',
     [('complete_remission', {'percent': 90, 'timepoint_days': 28}),
      ('complete_remission', {'percent': 92, 'n': 23, 'N': 25, 'subgroup': 'autologous'}),
      ('complete_remission', {'percent': 88, 'n': 22, 'N': 25, 'subgroup': 'donor-derived'}),
      ('p_value', {'value': '0.64', 'outcome': 'complete_remission'})]),
    ('1-year OS was 60%: 70% (14/20) after universal and 50% (10/20) after autologous CAR-T cells.',
     [('overall_survival', {'percent': 60, 'months': 12}), ('overall_survival', {'percent': 70, 'months': 12}),
      ('overall_survival', {'percent': 50, 'months': 12})]),
    # "a median of X months (range …) of follow-up": the follow-up named after its median
    ('After a median of 20.5 months (range 8.0–35.4) of follow-up, 2 patients had relapsed (both in the CNS), and the 2-year '
     'OS and LFS were 80.8% (95% CI 42.3–94.9) and 72.7% (95% CI 37.1–90.3).',
     [('median_followup', {'months': 20.5, 'range_low': 8.0, 'range_high': 35.4}), ('relapse', {'n': 2}),
      ('overall_survival', {'percent': 80.8, 'months': 24, 'ci_low': 42.3, 'ci_high': 94.9}),
      ('leukemia_free_survival', {'percent': 72.7, 'months': 24, 'ci_low': 37.1, 'ci_high': 90.3})]),
    ('At a median of 14 months of follow-up, 3 patients had relapsed.',
     [('median_followup', {'months': 14}), ('relapse', {'n': 3})]),
    ('After a median of 2.1 years of observation, no late toxicity was seen.', [('median_followup', {'months': 25.2})]),
    # "7 had complete and 2 had partial metabolic responses": complete shares the partial's noun, with a verb each
    ('Of the 9 patients with mediastinal masses, 7 had complete and 2 had partial metabolic responses on PET-CT.',
     [('complete_remission', {'n': 7, 'N': 9, 'percent': 77.8}), ('partial_remission', {'n': 2, 'N': 9, 'percent': 22.2})]),
    ('Of 12 patients with extramedullary disease, 8 achieved complete and 3 achieved partial remissions.',
     [('complete_remission', {'n': 8, 'N': 12, 'site': 'extramedullary'}),
      ('partial_remission', {'n': 3, 'N': 12, 'site': 'extramedullary'})]),
    ('Five showed complete and 2 showed partial responses.',
     [('complete_remission', {'n': 5}), ('partial_remission', {'n': 2})]),
    # the leukapheresed opening the sentence after the study they belong to (no other study's)
    ('In this single-center phase 1 trial (NCT08810011), 26 patients underwent leukapheresis and NatSel-7 products were '
     'generated for 25 (96.2%); the median proportion of CAR-positive cells in the final products was 71.4% (range, '
     '38.0%-92.5%).', [('patients_enrolled', {'value': 26})]),
    ('In our multicentre study, 40 patients underwent apheresis.', [('patients_enrolled', {'value': 40})]),
    ('In the previous trial, 30 patients underwent leukapheresis.', []),
    # randomisation undergone is no treatment
    ('A total of 96 patients underwent randomization — 64 to the CAR T-cell group and 32 to the chemotherapy group; 58 '
     'patients in the CAR T-cell group received an infusion.',
     [('patients_enrolled', {'value': 96}), ('patients_treated', {'value': 58})]),
    ('In total, 120 patients underwent randomisation - 80 to axi-cel and 40 to standard care.',
     [('patients_enrolled', {'value': 120})]),
    # a count of the recipients of a product, then its percent: "in 9 recipients of donor-derived cells (15.8%)"
    ('Grade >=3 CRS and ICANS occurred in 14.0% and 2.8%, respectively; acute GVHD developed in 9 recipients of '
     'donor-derived cells (15.8%).',
     [('crs', {'percent': 14.0, 'grade': '>=3'}), ('neurotoxicity', {'percent': 2.8, 'grade': '>=3'}),
      ('gvhd', {'percent': 15.8, 'n': 9, 'grade': 'any', 'acute': True})]),
    ('Relapse occurred in 5 recipients of universal CAR-T cells (25%).', [('relapse', {'percent': 25, 'n': 5})]),
    # "7 patients responded (ORR 70%)": the count with its verb and the rate named after it are one item
    ('At 3 months, 7 patients responded (ORR 70%), including 5 complete responses (50%) on PET-CT; plasma EBV-DNA became '
     'undetectable in 6.',
     [('overall_response', {'n': 7, 'percent': 70, 'timepoint_days': 91}),
      ('complete_remission', {'n': 5, 'percent': 50, 'timepoint_days': 91})]),
    ('Twelve patients responded (ORR, 60%; 95% CI 36-81).',
     [('overall_response', {'n': 12, 'percent': 60, 'ci_low': 36, 'ci_high': 81})]),
    ('Twelve of 20 patients responded (ORR 60%).', [('overall_response', {'n': 12, 'N': 20, 'percent': 60})]),
    # a test of dependence on a factor compares no two groups' values (with both values stated it does)
    ('Cytokine release syndrome developed in 22 patients (grade 1, n = 12; grade 2, n = 8; grade 3, n = 2) and its severity '
     'did not depend on dose level (P = .41).',
     [('crs', {'n': 22, 'grade': 'any'}), ('crs', {'n': 12, 'grade': '1'}), ('crs', {'n': 8, 'grade': '2'}),
      ('crs', {'n': 2, 'grade': '3'})]),
    ('ICANS occurred in 4 patients (grade 1, n = 3; grade 2, n = 1); its incidence was dependent on peak CAR-T expansion '
     '(P = 0.02).',
     [('neurotoxicity', {'n': 4, 'grade': 'any'}), ('neurotoxicity', {'n': 3, 'grade': '1'}),
      ('neurotoxicity', {'n': 1, 'grade': '2'})]),
    ('Response did not depend on disease type (T-ALL 90% v T-LBL 85%, P = 0.7).',
     [('overall_response', {'percent': 90}), ('overall_response', {'percent': 85}), ('p_value', {'value': '0.7'})]),
    # the treated counted by their products' kinds, one product each, when the kinds add up to the treated count
    ('This registry study included 143 patients who received CD7 CAR-T cells at 21 centres between 2020 and 2023 (T-ALL '
     'n=92, T-LBL n=31, ETP-ALL n=20); 57 products were donor-derived and 86 autologous.',
     [('patients_treated', {'value': 143}), ('disease_count', {'value': 92, 'label': 'T-ALL'}),
      ('disease_count', {'value': 31, 'label': 'T-LBL'}), ('disease_count', {'value': 20, 'label': 'ETP-ALL'}),
      ('patients_treated', {'value': 57, 'subgroup': 'donor-derived'}),
      ('patients_treated', {'value': 86, 'subgroup': 'autologous'})]),
    ('Forty patients were infused; 25 products were autologous and 15 were allogeneic.',
     [('patients_treated', {'value': 40}), ('patients_treated', {'value': 25, 'subgroup': 'autologous'}),
      ('patients_treated', {'value': 15, 'subgroup': 'allogeneic'})]),
    ('Forty patients were infused; 25 products were autologous and 10 allogeneic.', [('patients_treated', {'value': 40})]),
    ('Sixty products were manufactured; 40 products were fresh and 20 cryopreserved.', []),
]


@pytest.mark.parametrize("text, expected", BLIND81_FAMILIES)
def test_blind81_families(text, expected):
    _matches(read_text(text), expected)


BLIND86_TEXT_FAMILIES = [
    # a response total, then its complete and partial responses named as its components: the parts share its N
    ("On PET-CT at month 3, the extramedullary response rate was 81.8% (9 of 11), comprising six complete and three "
     "partial responses.",
     [("overall_response", {"percent": 81.8, "n": 9, "N": 11, "site": "extramedullary", "timepoint_days": 91}),
      ("complete_remission", {"n": 6, "N": 11, "percent": 54.5, "derived": True, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 11, "percent": 27.3, "derived": True, "site": "extramedullary"})]),
    ("The overall response rate was 77.8% (7/9), with 5 complete and 2 partial responses.",
     [("overall_response", {"percent": 77.8, "n": 7, "N": 9}), ("complete_remission", {"n": 5, "N": 9, "percent": 55.6}),
      ("partial_remission", {"n": 2, "N": 9, "percent": 22.2})]),
    ("ORR 9/11 (6 CR, 3 PR).",
     [("overall_response", {"n": 9, "N": 11}), ("complete_remission", {"n": 6, "N": 11}), ("partial_remission", {"n": 3, "N": 11})]),
    # … only up to the clause's end, and not for clauses with verbs of their own after a colon (the writers give no N)
    ("The ORR was 90% (18/20), with 12 CRs; 6 patients had PR after 3 months.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"n": 12, "N": 20, "percent": 60.0}),
      ("partial_remission", {"n": 6, "N": None})]),
    ("The ORR was 90% (18/20): 12 patients achieved CR and 6 PR.",
     [("overall_response", {"percent": 90, "n": 18, "N": 20}), ("complete_remission", {"n": 12, "N": None}),
      ("partial_remission", {"n": 6, "N": None})]),
    # parts that add up to more than the total are no breakdown of it
    ("The ORR was 50% (5/10), with 6 complete responses at any time.",
     [("overall_response", {"percent": 50, "n": 5, "N": 10}), ("complete_remission", {"n": 6, "N": None})]),
    # a bare count restated with its percent later: one result, the fuller statement's
    ("Cytokine release syndrome occurred in 15 patients (83.3%), with grade 3 events in two. Two patients (11.1%) "
     "experienced grade 3 CRS, both at dose level 3.",
     [("crs", {"n": 15, "percent": 83.3, "grade": "any"}), ("crs", {"n": 2, "percent": 11.1, "grade": "3"})]),
    ("Grade 3 CRS occurred in 2 patients. Two patients (11.1%) had grade 3 CRS.", [("crs", {"n": 2, "percent": 11.1, "grade": "3"})]),
    # a cohort's participle between its count and the patient noun: the diseases it had
    ("Twenty-five infused patients had T-ALL and nine had T-LBL.",
     [("disease_count", {"value": 25, "label": "T-ALL"}), ("disease_count", {"value": 9, "label": "T-LBL"})]),
    ("Twelve treated patients had ETP-ALL.", [("disease_count", {"value": 12, "label": "ETP-ALL"})]),
    ("Fourteen infused patients had PTCL not otherwise specified (PTCL-NOS, n = 6), angioimmunoblastic T-cell lymphoma "
     "(AITL, n = 5), or adult T-cell leukemia/lymphoma (ATLL, n = 3).",
     [("patients_treated", {"value": 14}), ("disease_count", {"value": 6, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 5, "label": "AITL"}), ("disease_count", {"value": 3, "label": "ATLL"})]),
    ("Of these, 12 infused patients had CRS.", [("crs", {"n": 12, "grade": "any"})]),
    # a transplant label's count among those in a state: the state names the population
    ("HSCT after CAR-T: 33/38 in CR (86.8%), median day 41", [("transplant", {"n": 33, "N": 38, "percent": 86.8})]),
    ("Relapse: 5/20 in CR (25%).", [("relapse", {"n": 5, "N": 20, "percent": 25})]),
    ("CR: 33/38 in CR.", [("complete_remission", {"n": 33, "N": 38})]),
    # groups named with an age band before their "n ="
    ("Enrolled n=42; infused n=40 (children <14 y n=26; adolescents 14–18 y n=14)",
     [("patients_enrolled", {"value": 42}), ("patients_treated", {"value": 40}),
      ("patients_treated", {"value": 26, "subgroup": "children <14 y"}),
      ("patients_treated", {"value": 14, "subgroup": "adolescents 14-18 y"})]),
    ("Forty patients were infused (children <14 years, n=26; adolescents 14-18 years, n=14).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 26, "subgroup": "children <14 years"}),
      ("patients_treated", {"value": 14, "subgroup": "adolescents 14-18 years"})]),
    # a design's name is no count; a threshold passed is no value
    ("In this single-center, phase I, 3+3 dose-escalation study with an expansion cohort (NCT01234567), patients received "
     "CAR T cells.", []),
    ("A 3 + 3 design was used; 12 patients were treated.", [("patients_treated", {"value": 12})]),
    ("These data are in line with other CD7 CAR-T reports in which remission rates exceeded 90%.", []),
    # a product after "received", then when it was given: the treated count ("received lymphodepletion" still is none)
    ("In this phase 1 study, 28 patients underwent leukapheresis and 26 received NS7 after fludarabine/cyclophosphamide "
     "lymphodepletion.", [("patients_enrolled", {"value": 28}), ("patients_treated", {"value": 26})]),
    ("Twenty-six patients received HCB-19 after lymphodepletion.", [("patients_treated", {"value": 26})]),
    ("Twelve patients received lymphodepletion.", []),
    ("Twenty-six patients received bridging chemotherapy after enrolment.", []),
    ("The CR rate exceeded 90% in all cohorts.", []),
    # a line break inside the sentence (a PDF's) is a space to the rules' cheap substring tests
    ("The extramedullary response rate was 81.8% (9 of 11), comprising six complete\nand three partial responses.",
     [("overall_response", {"percent": 81.8, "n": 9, "N": 11}), ("complete_remission", {"n": 6, "N": 11}),
      ("partial_remission", {"n": 3, "N": 11})]),
]


BLIND93_FAMILIES = [
    # landmark estimates by time point whose cells' format is stated in a footnote under the table ("Values are % (95% CI)"),
    # each row's size in bare parentheses under a corner cell "Endpoint (n)", its population (not the whole cohort) its subgroup
    ("Table 2. Kaplan-Meier estimates of EFS and OS after infusion\n"
     "Endpoint (n)\t6 months\t12 months\t24 months\n"
     "EFS, all infused (52)\t84.5 (71.8-91.8)\t67.1 (52.5-78.1)\t54.8 (40.1-67.4)\n"
     "OS, all infused (52)\t94.2 (83.2-98.1)\t84.3 (71.1-91.8)\t71.2 (56.6-81.6)\n"
     "EFS, MRD-negative CR (44)\t90.9 (77.7-96.5)\t74.6 (59.1-84.9)\t61.0 (44.8-73.8)\n"
     "Values are % (95% CI); n, number of patients in each group.",
     [("event_free_survival", {"percent": 84.5, "months": 6, "ci_low": 71.8, "ci_high": 91.8, "N": 52}),
      ("event_free_survival", {"percent": 67.1, "months": 12, "N": 52}), ("event_free_survival", {"percent": 54.8, "months": 24, "N": 52}),
      ("overall_survival", {"percent": 94.2, "months": 6, "N": 52}), ("overall_survival", {"percent": 84.3, "months": 12, "N": 52}),
      ("overall_survival", {"percent": 71.2, "months": 24, "ci_low": 56.6, "ci_high": 81.6, "N": 52}),
      ("event_free_survival", {"percent": 90.9, "months": 6, "subgroup": "MRD-negative CR", "N": 44}),
      ("event_free_survival", {"percent": 74.6, "months": 12, "subgroup": "MRD-negative CR", "N": 44}),
      ("event_free_survival", {"percent": 61.0, "months": 24, "ci_low": 44.8, "ci_high": 73.8, "subgroup": "MRD-negative CR", "N": 44})]),
    ("Table 3. Landmark outcomes\nPopulation (No.)\t1 year\t2 years\n"
     "PFS, all treated (38)\t55.3 (38.3-69.4)\t40.1 (24.5-55.1)\n"
     "OS, patients in CR (19)\t89.5 (64.1-97.3)\t78.9 (53.2-91.5)\n"
     "Data are percentages (95% CI).",
     [("progression_free_survival", {"percent": 55.3, "months": 12, "ci_low": 38.3, "ci_high": 69.4, "N": 38}),
      ("progression_free_survival", {"percent": 40.1, "months": 24, "N": 38}),
      ("overall_survival", {"percent": 89.5, "months": 12, "subgroup": "patients in CR", "N": 19}),
      ("overall_survival", {"percent": 78.9, "months": 24, "subgroup": "patients in CR", "N": 19})]),
    ("Table 2. Survival estimates\nEndpoint (n)\t12 months\t24 months\n"
     "LFS, whole cohort (30)\t70.0 (50.3-83.1)\t60.0 (40.4-75.0)\n"
     "Estimates are shown as % (95% CI).",
     [("leukemia_free_survival", {"percent": 70.0, "months": 12, "ci_low": 50.3, "ci_high": 83.1, "N": 30}),
      ("leukemia_free_survival", {"percent": 60.0, "months": 24, "ci_low": 40.4, "ci_high": 75.0, "N": 30})]),
    # a row naming the group's own event takes the group's count format (its "0" an absence of the column's group); a row
    # naming another adverse event under the group ("Grade 3-4 infections", "Febrile neutropenia") is none of the group's
    ("Table 3. CRS and ICANS by dose level\n\tDL1 (n = 6)\tDL2 (n = 10)\nCRS, n (%)\nAny grade\t4 (66.7)\t8 (80.0)\n"
     "Grade ≥3\t0\t2 (20.0)\nICANS, n (%)\nAny grade ICANS\t2 (33.3)\t4 (40.0)\nGrade ≥3 ICANS\t0\t1 (10.0)\n"
     "Grade 3-4 infections\t1 (16.7)\t2 (20.0)\nFebrile neutropenia\t3 (50.0)\t5 (50.0)\n",
     [("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 10, "subgroup": "DL2"}),
      ("crs", {"n": 4, "N": 6, "grade": "any", "subgroup": "DL1"}), ("crs", {"n": 8, "N": 10, "grade": "any", "subgroup": "DL2"}),
      ("crs", {"n": 0, "N": 6, "negated": True, "grade": ">=3", "subgroup": "DL1"}), ("crs", {"n": 2, "grade": ">=3", "subgroup": "DL2"}),
      ("neurotoxicity", {"n": 2, "N": 6, "grade": "any", "subgroup": "DL1"}),
      ("neurotoxicity", {"n": 4, "N": 10, "grade": "any", "subgroup": "DL2"}),
      ("neurotoxicity", {"n": 0, "N": 6, "negated": True, "grade": ">=3", "subgroup": "DL1"}),
      ("neurotoxicity", {"n": 1, "N": 10, "grade": ">=3", "subgroup": "DL2"})]),
    ("Table S3. Toxicity by cohort\n\tCohort A (n = 8)\tCohort B (n = 12)\nCRS, n (%)\nAny grade CRS\t6 (75.0)\t9 (75.0)\n"
     "Grade 3 CRS\t0\t1 (8.3)\nGrade ≥3 thrombocytopenia\t2 (25.0)\t4 (33.3)\n",
     [("crs", {"n": 6, "N": 8, "grade": "any", "subgroup": "Cohort A"}), ("crs", {"n": 9, "N": 12, "grade": "any", "subgroup": "Cohort B"}),
      ("crs", {"n": 0, "N": 8, "negated": True, "grade": "3", "subgroup": "Cohort A"}),
      ("crs", {"n": 1, "N": 12, "grade": "3", "subgroup": "Cohort B"})]),
    # a footnote's p-values run into the table's last row, each named by its endpoint
    ("Table S4. Kaplan-Meier estimates by histology, % (95% CI)\n\t6 months\t12 months\n"
     "PFS, LBCL (n = 19)\t63.2 (37.9-80.4)\t47.4 (24.4-67.3)\nOS, MCL (n = 11)\t90.9 (50.8-98.7)\t81.8 (48.2-95.1)\n"
     "Log-rank P values, LBCL vs MCL: PFS, P = .21; OS, P = .35.",
     [("progression_free_survival", {"percent": 63.2, "months": 6, "subgroup": "LBCL", "N": 19}),
      ("progression_free_survival", {"percent": 47.4, "months": 12, "subgroup": "LBCL", "N": 19}),
      ("overall_survival", {"percent": 90.9, "months": 6, "subgroup": "MCL", "N": 11}),
      ("overall_survival", {"percent": 81.8, "months": 12, "subgroup": "MCL", "N": 11}),
      ("p_value", {"value": ".21", "outcome": "progression_free_survival"}), ("p_value", {"value": ".35", "outcome": "overall_survival"})]),
    ("Table 3. Survival by response, % (95% CI)\n\t12 months\nOS, responders (n = 20)\t90.0 (66.9-97.4)\n"
     "OS, non-responders (n = 10)\t30.0 (7.1-57.8)\nP values (log-rank), responders vs non-responders: OS, P = .004; EFS, P = .002.",
     [("overall_survival", {"percent": 90.0, "months": 12, "N": 20}), ("overall_survival", {"percent": 30.0, "months": 12, "N": 10}),
      ("p_value", {"value": ".004", "outcome": "overall_survival"}), ("p_value", {"value": ".002", "outcome": "event_free_survival"})]),
    # the range of rates others reported or published is background
    ("Reported overall response rates ranged from 73% to 97%, and median progression-free survival from 8·8 to 34·9 months; "
     "grade 3 or worse cytokine release syndrome occurred in up to 18% of patients.", []),
    ("Published complete remission rates range between 70% and 90%.", []),
    ("Reported CR rates with CD19 CAR T cells have ranged from 62% to 93% across trials.", []),
    # an included cohort named as the intention-to-treat population is the enrolled one
    ("All 74 patients who underwent apheresis were included in the intention-to-treat population, and the 68 infused patients "
     "formed the safety population.", [("patients_enrolled", {"value": 74})]),
    ("Forty-two patients were included in the intention-to-treat analysis.", [("patients_enrolled", {"value": 42})]),
    ("Thirty patients were included in this retrospective analysis.", [("patients_treated", {"value": 30})]),
    # the response to an earlier therapy (the clause's subject or the term's own object) is a baseline trait
    ("The best response to prior CD19 CAR T-cell therapy was CR in 14 patients (36.8%).", []),
    ("Best responses to the previous line of therapy were CR in 5 (20%) and PR in 7 (28%).", []),
    ("Twelve patients (40%) had achieved a complete response to their last therapy.", []),
    ("The best response to CD22 CAR T cells was CR in 19 patients (50.0%).", [("complete_remission", {"percent": 50.0, "n": 19})]),
    ("Patients with a complete response to prior chemotherapy had a CR rate of 80% (8 of 10) after infusion.",
     [("complete_remission", {"percent": 80, "n": 8, "N": 10})]),
    # one count for each of the named levels
    ("In phase 1b, six patients each were treated at DL1, DL2, and DL3.",
     [("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("Three patients each received DL1 and DL2.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"})]),
    ("Six patients were treated at each of dose level 1, dose level 2 and dose level 3.",
     [("patients_treated", {"value": 6, "subgroup": "dose level 1"}), ("patients_treated", {"value": 6, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 3"})]),
    # per-product counts "(n = k)" after an abbreviation's parenthesis in the population
    ("We retrospectively analysed 29 patients with secondary CNS lymphoma (SCNSL) treated with commercial CD19-directed CAR T "
     "cells, axicabtagene ciloleucel (n = 17) or tisagenlecleucel (n = 12), at four centres between 2020 and 2024.",
     [("patients_treated", {"value": 29}), ("patients_treated", {"value": 17, "subgroup": "axicabtagene ciloleucel"}),
      ("patients_treated", {"value": 12, "subgroup": "tisagenlecleucel"})]),
    ("Forty patients with mantle cell lymphoma (MCL) received brexucabtagene autoleucel (n = 25) or lisocabtagene maraleucel (n = 15).",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 25, "subgroup": "brexucabtagene autoleucel"}),
      ("patients_treated", {"value": 15, "subgroup": "lisocabtagene maraleucel"})]),
    ("We analysed 60 adults with large B-cell lymphoma (LBCL) who were infused with axi-cel (n = 35) or tisa-cel (n = 25).",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 35, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 25, "subgroup": "tisa-cel"})]),
    # a bare response rate after a sentence of CR/CRi results is that rate (an ORR named as such stays one)
    ("By day 28, 47 of 52 infused patients (90.4%) achieved CR or CRi. Response rates did not differ between patients with "
     "and without prior HCT (89.5% vs 90.9%; P = .87).",
     [("complete_remission", {"percent": 90.4, "n": 47, "N": 52, "includes_cri": True}),
      ("complete_remission", {"percent": 89.5, "includes_cri": True, "subgroup": "prior HCT"}),
      ("complete_remission", {"percent": 90.9, "includes_cri": True, "subgroup": "no prior HCT"}),
      ("p_value", {"value": ".87", "outcome": "complete_remission"})]),
    ("Among the 9 patients with CNS involvement, 8 (88.9%) achieved CR/CRi. The response rate was similar in children and "
     "adults (90.0% vs 85.7%).",
     [("complete_remission", {"percent": 88.9, "n": 8, "N": 9, "includes_cri": True}),
      ("complete_remission", {"percent": 90.0, "includes_cri": True}), ("complete_remission", {"percent": 85.7, "includes_cri": True})]),
    ("The ORR was 80% and the CR rate 60%. Response rates did not differ by age (82% vs 78%).",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}), ("overall_response", {"percent": 82}),
      ("overall_response", {"percent": 78})]),
    ("Eight (88.9%) achieved CR/CRi. The overall response rate was 95% in adults.",
     [("complete_remission", {"percent": 88.9, "n": 8}), ("overall_response", {"percent": 95})]),
    ("By day 28, 22 of 24 patients (91.7%) achieved CR or CRi. Of eleven patients with extramedullary lesions, seven reached "
     "extramedullary CR and three a partial response at 3 months, an extramedullary response rate of 90.9%.",
     [("complete_remission", {"percent": 91.7, "n": 22, "N": 24}), ("complete_remission", {"n": 7, "N": 11, "site": "extramedullary"}),
      ("partial_remission", {"n": 3, "N": 11}), ("overall_response", {"percent": 90.9, "site": "extramedullary"})]),
    # a whole-number preview (Key Points, highlights) of a later result with its decimals is no result of its own
    ("A humanized CD19 CAR induced MRD-negative CR in 85% of children and young adults with relapsed B-ALL. By day 28, "
     "47 of 52 infused patients (90.4%) achieved CR or CRi, and 44 (84.6%) had MRD-negative CR by flow cytometry.",
     [("complete_remission", {"percent": 90.4, "n": 47, "N": 52}), ("complete_remission", {"percent": 84.6, "n": 44, "mrd_negative": True})]),
    ("CRS was mild: grade 3 CRS occurred in 4% of patients. Grade 3 CRS occurred in 2 of 52 patients (3.8%).",
     [("crs", {"n": 2, "N": 52, "grade": "3"})]),
    ("The CR rate was 85%. In the expansion cohort, CR was achieved by 16 of 20 patients (80.0%).",
     [("complete_remission", {"percent": 85}), ("complete_remission", {"percent": 80.0, "n": 16, "N": 20})]),
]


@pytest.mark.parametrize("text, expected", BLIND93_FAMILIES)
def test_blind93_families(text, expected):
    _matches(read_text(text), expected)


BLIND89_TEXT_FAMILIES = [
    # columns that name endpoints with no format of their own, the caption stating it once ("…, n (%)")
    ("Table 2 Day-28 response by disease subtype, n (%)\nSubtype\tn\tORR\tCR/CRi\tMRD-negative CR/CRi\n"
     "T-ALL\t14\t13 (92.9)\t12 (85.7)\t11 (78.6)\nTotal\t28\t24 (85.7)\t21 (75.0)\t18 (64.3)\n",
     [("overall_response", {"n": 13, "N": 14, "percent": 92.9, "subgroup": "T-ALL"}),
      ("complete_remission", {"n": 12, "N": 14, "percent": 85.7, "subgroup": "T-ALL", "includes_cri": True}),
      ("complete_remission", {"n": 11, "N": 14, "percent": 78.6, "subgroup": "T-ALL", "mrd_negative": True}),
      ("overall_response", {"n": 24, "N": 28, "percent": 85.7, "subgroup": None}),
      ("complete_remission", {"n": 21, "N": 28, "percent": 75.0, "subgroup": None, "mrd_negative": None}),
      ("complete_remission", {"n": 18, "N": 28, "percent": 64.3, "subgroup": None, "mrd_negative": True})]),
    # the last row's label wrapped onto the line below it, ending in the cells' format
    ("Table 3. Response and transplant by dose level\nOutcome\tDL1 (n = 4)\tDL2 (n = 6)\tAll (N = 10)\n"
     "Complete response, n (%)\t1 (25.0)\t3 (50.0)\t4 (40.0)\nConsolidative allogeneic\t0\t2 (33.3)\t2 (20.0)\n"
     "HSCT after CAR T, n (%)\nMRD, measurable residual disease.\n",
     [("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 1, "N": 4, "subgroup": "DL1"}), ("complete_remission", {"n": 3, "N": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 4, "N": 10, "subgroup": None}),
      ("transplant", {"n": 0, "negated": True, "subgroup": "DL1"}), ("transplant", {"n": 2, "N": 6, "subgroup": "DL2"}),
      ("transplant", {"n": 2, "N": 10, "subgroup": None})]),
]


@pytest.mark.parametrize("text, expected", BLIND89_TEXT_FAMILIES)
def test_blind89_text_families(text, expected):
    _matches(read_text(text), expected)


@pytest.mark.parametrize("text, expected", BLIND86_TEXT_FAMILIES)
def test_blind86_text_families(text, expected):
    _matches(read_text(text), expected)


BLIND83_FAMILIES = [
    # a time point's row under columns of estimates per endpoint and population, CIs in brackets, the format in the caption
    ("Table 1. Long-term survival. Kaplan-Meier estimates, % [95% CI]\n"
     "Time after infusion\tOS, all patients (n=52)\tEFS, responders consolidated with HSCT (n=14)\n"
     "1 year\t78.8 [65.1-87.7]\t85.7 [53.9-96.2]\n2 years\t67.3 [52.8-78.3]\t78.6 [47.2-92.5]",
     [("overall_survival", {"percent": 78.8, "months": 12, "ci_low": 65.1, "ci_high": 87.7}),
      ("event_free_survival", {"percent": 85.7, "months": 12, "ci_low": 53.9, "ci_high": 96.2, "N": 14,
                               "subgroup": "responders consolidated with HSCT"}),
      ("overall_survival", {"percent": 67.3, "months": 24, "ci_low": 52.8, "ci_high": 78.3}),
      ("event_free_survival", {"percent": 78.6, "months": 24, "ci_low": 47.2, "ci_high": 92.5, "N": 14})]),
    ("Table 3 Survival estimates, % (95% CI)\nTime point\tPFS, all infused (n = 40)\tOS, all infused (n = 40)\n"
     "6 months\t72.5 (55.9-83.8)\t90.0 (75.6-96.1)\n12 months\t51.3 (34.8-65.6)\t77.5 (61.2-87.6)",
     [("progression_free_survival", {"percent": 72.5, "months": 6, "ci_low": 55.9, "ci_high": 83.8}),
      ("overall_survival", {"percent": 90.0, "months": 6, "ci_low": 75.6, "ci_high": 96.1}),
      ("progression_free_survival", {"percent": 51.3, "months": 12, "ci_low": 34.8, "ci_high": 65.6}),
      ("overall_survival", {"percent": 77.5, "months": 12, "ci_low": 61.2, "ci_high": 87.6})]),
    # (a statistic's row under "% (95% CI)" columns is no estimate)
    ("Group\tCases\t2-year OS [% (95%CI)]\t2-year LFS [% (95%CI)]\nHSCT group\t21\t76.2 (52.2-89.4)\t71.4 (47.2-86.0)\n"
     "χ2 value\t\t4.61\t5.09",
     [("overall_survival", {"percent": 76.2, "months": 24, "ci_low": 52.2, "ci_high": 89.4, "N": 21}),
      ("leukemia_free_survival", {"percent": 71.4, "months": 24, "ci_low": 47.2, "ci_high": 86.0, "N": 21})]),
    # a row's CI alone on the next line goes under its cell without one; a label's end with the CI format over the CIs
    ("Outcome\tAllo-HCT (n = 16)\tNo allo-HCT (n = 11)\tP value\n2-year OS, % (95% CI)\t74.3\t27.3 (6.5-53.9)\t0.008\n"
     "(45.0-89.6)\n2-year relapse-free survival,\t68.8\t18.2 (2.8-44.2)\t0.003\n% (95% CI)\t(40.4-85.6)\t\t\n"
     "MRD-negative CR at\t2 (12.5)\t3 (27.3)\t0.62\nday 28, n (%)\nGVHD, n (%)\t5 (31.3)\t0\t0.06",
     [("overall_survival", {"percent": 74.3, "months": 24, "ci_low": 45.0, "ci_high": 89.6, "subgroup": "Allo-HCT"}),
      ("overall_survival", {"percent": 27.3, "months": 24, "ci_low": 6.5, "ci_high": 53.9, "subgroup": "No allo-HCT"}),
      ("p_value", {"value": "0.008", "outcome": "overall_survival"}),
      ("relapse_free_survival", {"percent": 68.8, "months": 24, "ci_low": 40.4, "ci_high": 85.6, "subgroup": "Allo-HCT"}),
      ("relapse_free_survival", {"percent": 18.2, "months": 24, "ci_low": 2.8, "ci_high": 44.2, "subgroup": "No allo-HCT"}),
      ("p_value", {"value": "0.003", "outcome": "relapse_free_survival"}),
      ("complete_remission", {"n": 2, "N": 16, "timepoint_days": 28, "mrd_negative": True}),
      ("complete_remission", {"n": 3, "N": 11, "timepoint_days": 28, "mrd_negative": True}),
      ("p_value", {"value": "0.62", "outcome": "complete_remission"}),
      ("gvhd", {"n": 5, "N": 16}), ("gvhd", {"n": 0, "N": 11}), ("p_value", {"value": "0.06", "outcome": "gvhd"})]),
    # group sizes after the names without parentheses (a poster's "DL1 n = 3"): each column's N
    ("Response, n (%)\tDL1 n = 3\tDL2 n = 10\tDL3 n = 12\nORR\t2 (66.7)\t9 (90.0)\t11 (91.7)\nPR\t0\t2 (20.0)\t1 (8.3)",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 10, "subgroup": "DL2"}),
      ("patients_treated", {"value": 12, "subgroup": "DL3"}),
      ("overall_response", {"n": 2, "N": 3, "subgroup": "DL1"}), ("overall_response", {"n": 9, "N": 10, "subgroup": "DL2"}),
      ("overall_response", {"n": 11, "N": 12, "subgroup": "DL3"}), ("partial_remission", {"n": 0, "N": 3, "subgroup": "DL1"}),
      ("partial_remission", {"n": 2, "N": 10, "subgroup": "DL2"}), ("partial_remission", {"n": 1, "N": 12, "subgroup": "DL3"})]),
    ("Outcome\tCohort A, N=8\tCohort B, N=12\nCR, n (%)\t6 (75.0)\t9 (75.0)",
     [("complete_remission", {"n": 6, "N": 8, "subgroup": "Cohort A"}), ("complete_remission", {"n": 9, "N": 12, "subgroup": "Cohort B"})]),
    # a row label defined by its parts in parentheses names the endpoint before them
    ("Response\tDL1 (n = 3)\tAll (N = 21)\nOverall response (marrow CR/CRi or extramedullary PR), n (%)\t2 (66.7)\t20 (95.2)",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("overall_response", {"n": 2, "N": 3, "subgroup": "DL1"}), ("overall_response", {"n": 20, "N": 21})]),
    ("Outcome\tArm A (n = 10)\tArm B (n = 12)\nORR (CR + PR), n (%)\t8 (80.0)\t6 (50.0)",
     [("overall_response", {"n": 8, "N": 10}), ("overall_response", {"n": 6, "N": 12})]),
    ("\tDL1 (n = 4)\tDL2 (n = 6)\nObjective response (CR or PR), n (%)\t3 (75.0)\t6 (100)",
     [("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("overall_response", {"n": 3, "N": 4}), ("overall_response", {"n": 6, "N": 6})]),
    # a whole-cohort cell that restates the text's result (its site or flags named the text's way) is no second result
    ("By day 28, 19 of 21 patients (90.5%) had CR or CRi in the marrow.\n"
     "Response\tDL1 (n = 3)\tAll (N = 21)\nCR/CRi at day 28, n (%)\t2 (66.7)\t19 (90.5)",
     [("complete_remission", {"n": 19, "N": 21, "site": "bone marrow"}), ("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"})]),
    # a stated absence of grades 4 and 5 is an absence of each (">=4" is no grade of the record); a count of them is not split
    ("CRS 21/25 (84.0%): Gr 1 in 12, Gr 2 in 8, Gr 3 in 1; no Gr 4/5 CRS.",
     [("crs", {"n": 21, "N": 25, "grade": "any"}), ("crs", {"n": 12, "grade": "1"}), ("crs", {"n": 8, "grade": "2"}),
      ("crs", {"n": 1, "grade": "3"}), ("crs", {"n": 0, "grade": "4", "negated": True}), ("crs", {"n": 0, "grade": "5", "negated": True})]),
    ("No grade 4 or 5 ICANS occurred.",
     [("neurotoxicity", {"n": 0, "grade": "4", "negated": True}), ("neurotoxicity", {"n": 0, "grade": "5", "negated": True})]),
    ("There was no grade IV-V CRS.", [("crs", {"n": 0, "grade": "4", "negated": True}), ("crs", {"n": 0, "grade": "5", "negated": True})]),
    ("Grade 4/5 CRS occurred in 2 patients.", [("crs", {"n": 2, "grade": ">=4"})]),
    # the donors' kinds in parentheses after a transplant count describe the transplants: no groups
    ("Of the 27 responders, 16 underwent allo-HCT (matched sibling 5, unrelated 7, haploidentical 4) a median of 48 days "
     "after CAR-T.", [("transplant", {"n": 16, "N": 27})]),
    ("Twelve patients proceeded to allo-HSCT (MSD, n = 4; MUD, n = 5; haploidentical, n = 3).", [("transplant", {"n": 12})]),
    ("Nine patients were bridged to transplantation (related donor 4, unrelated donor 5).", [("transplant", {"n": 9})]),
    ("Thirty patients went on to allo-HSCT (CNSL, n = 11; non-CNSL, n = 19).",
     [("transplant", {"n": 30}), ("transplant", {"n": 11, "subgroup": "CNSL"}), ("transplant", {"n": 19, "subgroup": "non-CNSL"})]),
    # a stated absence broken across a PDF's lines ("and no" over "patient developed chronic GVHD")
    ("Two patients developed acute skin GVHD, and no\npatient developed chronic GVHD.",
     [("gvhd", {"n": 2, "acute": True}), ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("Cytokine release syndrome was seen in 10 of the 12 infused patients; no\npatients experienced ICANS.",
     [("crs", {"n": 10, "N": 12}), ("neurotoxicity", {"n": 0, "negated": True})]),
    # a count at a line's start after a line that cannot end ("occurred in" over "3. Outcomes …") is no list item
    ("Grade II-IV acute GVHD developed in 5 of the 16 transplanted patients; chronic GVHD occurred in\n3. Outcomes are "
     "shown in Table 1.",
     [("gvhd", {"n": 5, "N": 16, "grade": "2-4", "acute": True}), ("gvhd", {"n": 3, "chronic": True})]),
    # (after a line that can end, the number starts a list item: "The main findings were:" over "1. Complete …")
    ("The main findings of the phase 1 part of the study were as follows:\n1. Complete remission in 10 of 12 patients.",
     [("complete_remission", {"n": 10, "N": 12})]),
]


@pytest.mark.parametrize("text, expected", BLIND83_FAMILIES)
def test_blind83_families(text, expected):
    _matches(read_text(text), expected)


BLIND84_FAMILIES = [
    # an absence stated with "was absent", "nobody", "no one" (read "no 1"), "neither patient", or ", without" after the result
    ('Neurotoxicity was absent.', [('neurotoxicity', {'n': 0, 'grade': 'any', 'negated': True})]),
    ('ICANS and GVHD were absent.',
     [('neurotoxicity', {'n': 0, 'negated': True}), ('gvhd', {'n': 0, 'negated': True})]),
    ('Nobody received a transplant after the CAR-T.', [('transplant', {'n': 0, 'percent': 0.0, 'negated': True})]),
    ('Nobody developed ICANS.', [('neurotoxicity', {'n': 0, 'negated': True})]),
    ('In the donor-derived group, 4 patients developed aGVHD (grade I-II), no one had cGVHD.',
     [('gvhd', {'n': 4, 'grade': '1-2', 'acute': True}), ('gvhd', {'n': 0, 'chronic': True, 'negated': True})]),
    ('No one developed CRS.', [('crs', {'n': 0, 'grade': 'any', 'negated': True})]),
    ('Grade 1 CRS happened in one patient and grade 2 CRS in the other, managed with tocilizumab; neither patient '
     'developed ICANS.',
     [('crs', {'n': 1, 'grade': '1'}), ('crs', {'n': 1, 'grade': '2'}), ('neurotoxicity', {'n': 0, 'negated': True})]),
    ('Both patients received the second allogeneic transplantation from a different donor at days 51 and 64 after '
     'infusion, without grade III–IV acute GVHD.',
     [('transplant', {'n': 2, 'N': 2}), ('gvhd', {'n': 0, 'grade': '3-4', 'acute': True, 'negated': True})]),
    ('Four patients proceeded to allogeneic HSCT, without acute GVHD.',
     [('transplant', {'n': 4}), ('gvhd', {'n': 0, 'acute': True, 'negated': True})]),
    ('Patients without CRS had a longer PFS.', []),
    # the other of two patients: "grade 1 CRS in one patient and grade 2 CRS in the other"
    ('One patient had grade 1 CRS and the other grade 2 CRS.', [('crs', {'n': 1, 'grade': '1'}), ('crs', {'n': 1, 'grade': '2'})]),
    ('Grade 2 CRS occurred in one patient and grade 3 CRS in the other.',
     [('crs', {'n': 1, 'grade': '2'}), ('crs', {'n': 1, 'grade': '3'})]),
    ('One patient achieved CR and the other died.', [('complete_remission', {'n': 1})]),
    # "k/N responded, all with CR": the responders' count is the CR count
    ('AITL: 4/4 responded, all with CR.',
     [('overall_response', {'n': 4, 'N': 4}), ('complete_remission', {'n': 4, 'N': 4, 'percent': 100.0})]),
    ('Six of 7 patients responded, all with complete remission.',
     [('overall_response', {'n': 6, 'N': 7}), ('complete_remission', {'n': 6, 'N': 7})]),
    ('Eight patients (80%) responded, all achieving a complete response.',
     [('overall_response', {'n': 8, 'percent': 80}), ('complete_remission', {'n': 8, 'percent': 80})]),
    # a complete response named by two kinds of assessment ("complete metabolic or blood response")
    ('Three of the five patients achieved complete metabolic or blood response and one had a partial response, for an '
     'overall response rate of 4/5.',
     [('complete_remission', {'n': 3, 'N': 5}), ('partial_remission', {'n': 1}), ('overall_response', {'n': 4, 'N': 5})]),
    ('Two patients had a complete metabolic/haematologic response.', [('complete_remission', {'n': 2})]),
    ('Four of 6 achieved complete clinical and metabolic responses.', [('complete_remission', {'n': 4, 'N': 6})]),
    # a single responder as the subject ("One responder proceeded to …")
    ('One responder proceeded to reduced-intensity allogeneic transplantation on day 62.', [('transplant', {'n': 1})]),
    ('One responder underwent allogeneic HSCT.', [('transplant', {'n': 1})]),
    ('One responder relapsed at month 4.', [('relapse', {'n': 1})]),
    # ALCL by ALK status is a label of its own
    ('Between 2022 and 2024, 17 patients were enrolled and 14 were dosed (DL1 n=3, DL2 n=3, DL3 n=5, DL4 n=3); '
     'histologies were PTCL-NOS in 7, AITL in 5 and ALK-negative ALCL in 2.',
     [('patients_enrolled', {'value': 17}), ('patients_treated', {'value': 14}),
      ('patients_treated', {'value': 3, 'subgroup': 'DL1'}), ('patients_treated', {'value': 3, 'subgroup': 'DL2'}),
      ('patients_treated', {'value': 5, 'subgroup': 'DL3'}), ('patients_treated', {'value': 3, 'subgroup': 'DL4'}),
      ('disease_count', {'value': 7, 'label': 'PTCL-NOS'}), ('disease_count', {'value': 5, 'label': 'AITL'}),
      ('disease_count', {'value': 2, 'label': 'ALK-negative ALCL'})]),
    ('Diagnoses: PTCL-NOS (n = 6), ALK-positive ALCL (n = 2), ALCL (n=1).',
     [('disease_count', {'value': 6, 'label': 'PTCL-NOS'}), ('disease_count', {'value': 2, 'label': 'ALK-positive ALCL'}),
      ('disease_count', {'value': 1, 'label': 'ALCL'})]),
    # the cohort's make-up, a disease right after the verb ("comprised T-ALL in seventeen", "constituted of T-ALL (n = 38)")
    ('The infused cohort comprised T-ALL in seventeen and T-LBL in seven; median age was 24 years (range, 8-61), and '
     'nine had relapsed after a previous allogeneic transplant.',
     [('disease_count', {'value': 17, 'label': 'T-ALL'}), ('disease_count', {'value': 7, 'label': 'T-LBL'})]),
    ('The patients constituted of T-ALL (n = 38), ETP-ALL (n = 11) and T-LBL (n=9), the median age was 27 (3-65) years '
     'old, and 13 cases had the history of allo-HSCT.',
     [('disease_count', {'value': 38, 'label': 'T-ALL'}), ('disease_count', {'value': 11, 'label': 'ETP-ALL'}),
      ('disease_count', {'value': 9, 'label': 'T-LBL'})]),
    ('The cohort included T-ALL in 17 and T-LBL in 7.',
     [('disease_count', {'value': 17, 'label': 'T-ALL'}), ('disease_count', {'value': 7, 'label': 'T-LBL'})]),
    ('The patients consisted of T-ALL (n = 38) and T-LBL (n=9).',
     [('disease_count', {'value': 38, 'label': 'T-ALL'}), ('disease_count', {'value': 9, 'label': 'T-LBL'})]),
    # the first group's breakdown in parentheses before the second group ("in phase I (DL1, n = 3; …) and 38 in phase II")
    ('Twelve patients were treated in phase I (DL1, n = 3; DL2, n = 3; DL3, n = 6) and 38 in phase II at DL3.',
     [('patients_treated', {'value': 12, 'subgroup': 'phase I'}), ('patients_treated', {'value': 3, 'subgroup': 'DL1'}),
      ('patients_treated', {'value': 3, 'subgroup': 'DL2'}), ('patients_treated', {'value': 6, 'subgroup': 'DL3'}),
      ('patients_treated', {'value': 38, 'subgroup': 'phase II'})]),
    ('Ten patients were treated in phase 1 (dose level 1, n=4; dose level 2, n=6) and 24 in phase 2.',
     [('patients_treated', {'value': 10, 'subgroup': 'phase 1'}), ('patients_treated', {'value': 4, 'subgroup': 'dose level 1'}),
      ('patients_treated', {'value': 6, 'subgroup': 'dose level 2'}), ('patients_treated', {'value': 24, 'subgroup': 'phase 2'})]),
    ('Nine patients were infused in cohort A (median age 12 years) and 20 in cohort B.',
     [('patients_treated', {'value': 9, 'subgroup': 'cohort A'}), ('patients_treated', {'value': 20, 'subgroup': 'cohort B'})]),
    # the treated by the kind of product they were given ("Autologous products were given to 35 cases and …")
    ('Autologous products were given to 35 cases and donor-derived products to 23 cases, the dose of CAR-T were '
     '0.5-2×10^6/kg.',
     [('patients_treated', {'value': 35, 'subgroup': 'autologous'}), ('patients_treated', {'value': 23, 'subgroup': 'donor-derived'}),
      ('dose', {'low': 500000, 'high': 2000000})]),
    ('Autologous CAR-T cells were infused in 35 patients and donor-derived cells in 23.',
     [('patients_treated', {'value': 35, 'subgroup': 'autologous'}), ('patients_treated', {'value': 23, 'subgroup': 'donor-derived'})]),
    ('Allogeneic products were administered to 12 patients and autologous products to 8 patients.',
     [('patients_treated', {'value': 12, 'subgroup': 'allogeneic'}), ('patients_treated', {'value': 8, 'subgroup': 'autologous'})]),
    # a poster's evaluable count with its verb left out, opening the sentence
    ('18 pts evaluable at Day 28 (1 early death from PD).', [('patients_treated', {'value': 18, 'subgroup': 'evaluable'})]),
    ('22 patients evaluable for response.', [('patients_treated', {'value': 22, 'subgroup': 'evaluable for response'})]),
    ('18 patients evaluable at day 28 achieved CR.', [('complete_remission', {'n': 18, 'timepoint_days': 28})]),
    # a poster's grade breakdown "Gr1 11, Gr2 4" (the grade word capitalised)
    ('CRS 15/19 (78.9%; Gr1 11, Gr2 4); no Gr ≥3 CRS.',
     [('crs', {'n': 15, 'N': 19, 'percent': 78.9, 'grade': 'any'}), ('crs', {'n': 11, 'grade': '1'}),
      ('crs', {'n': 4, 'grade': '2'}), ('crs', {'n': 0, 'grade': '>=3', 'negated': True})]),
    ('CRS in 15 patients: Gr1 11, Gr2 4.',
     [('crs', {'n': 15, 'grade': 'any'}), ('crs', {'n': 11, 'grade': '1'}), ('crs', {'n': 4, 'grade': '2'})]),
    ('ICANS 5/19: Grade 1 3, Grade 2 2.',
     [('neurotoxicity', {'n': 5, 'N': 19}), ('neurotoxicity', {'n': 3, 'grade': '1'}), ('neurotoxicity', {'n': 2, 'grade': '2'})]),
    # the leukapheresed with their disease after the study's opener
    ('In this first-in-human phase 1 study (NCT08840011), twenty-six patients with relapsed or refractory (R/R) T-ALL or '
     'T-LBL underwent leukapheresis; NS7CAR products were generated for 25 (96.2%), with a median CAR-positive fraction of '
     '41.5% (range, 18.0%-77.3%).', [('patients_enrolled', {'value': 26})]),
    ('In this study, 26 patients with relapsed or refractory (R/R) T-ALL or T-LBL underwent leukapheresis.',
     [('patients_enrolled', {'value': 26})]),
    ('Overall, 30 adults with CD7-positive T-ALL underwent apheresis and 28 were infused.',
     [('patients_enrolled', {'value': 30}), ('patients_treated', {'value': 28})]),
    # our own patients or trial "whose early results were reported previously": a long-term update's cohort
    ('We updated the outcomes of all 60 patients treated on our phase 1/2 trial (NCT08840061) with autologous CD7 CAR-T '
     'cells at 1 × 10(6) to 1.5 × 10(6) cells/kg, whose early results were reported previously.',
     [('patients_treated', {'value': 60}), ('dose', {'low': 1e6, 'high': 1.5e6})]),
    ('Here we report long-term follow-up of the 21 patients infused in our trial, whose initial results have been '
     'published previously.', [('patients_treated', {'value': 21})]),
    ('A prior study, whose results were reported previously, treated 40 patients.', []),
    # a percent before "who were treated" is no count of the treated
    ('Here we describe two adolescents (16 and 17 years old) with coT-ALL in second relapse after a first haploidentical '
     'transplant, CD1a expression on 92% and 78% of blasts, who were treated under hospital exemption with CD1a CAR-T at '
     '1×106 CAR+ cells/kg.', [('patients_treated', {'value': 2}), ('dose', {'low': 1e6, 'high': 1e6})]),
    ('Three patients with CD7 expression on 95% of blasts were treated with CAR-T cells.', [('patients_treated', {'value': 3})]),
    # the groups' ages (a baseline characteristic) compared: no p_value
    ('Baseline features were balanced except age, which was lower in the HSCT group (median 19 v 33 years; P = 0.008).', []),
    ('Patients in the CAR-T group were younger (median age 45 vs 61 years, p<0.001).', []),
    ('Age was similar between the groups (median 34 vs 36 years; P = .71).', []),
    # "k of these relapses occurred …": a part of the relapses (not by antigen phenotype, an open convention)
    ('Twenty-seven patients relapsed at a median of 5.1 months after infusion; 4 of these relapses occurred later than 2 '
     'years after infusion.', [('relapse', {'n': 27}), ('relapse', {'n': 4})]),
    ('Nine patients relapsed; 3 of the relapses were extramedullary.', [('relapse', {'n': 9}), ('relapse', {'n': 3})]),
    ('Ten patients relapsed, and 6 of these relapses were CD7-negative.', [('relapse', {'n': 10})]),
]


@pytest.mark.parametrize("text, expected", BLIND84_FAMILIES)
def test_blind84_families(text, expected):
    _matches(read_text(text), expected)


BLIND85_FAMILIES = [
    # a percent, its group or time after "at"/"in", then its own count in parentheses: one result, not a second rate
    ('The response rate was 67% at the 25 × 10^6 dose (2 of 3), 83% at 75 × 10^6 (5 of 6), 75% at 150 × 10^6 (9 of 12), '
     'and 78% at 450 × 10^6 (7 of 9).',
     [('overall_response', {'percent': 67, 'n': 2, 'N': 3, 'subgroup': '25 × 10^6'}),
      ('overall_response', {'percent': 83, 'n': 5, 'N': 6, 'subgroup': '75 × 10^6'}),
      ('overall_response', {'percent': 75, 'n': 9, 'N': 12, 'subgroup': '150 × 10^6'}),
      ('overall_response', {'percent': 78, 'n': 7, 'N': 9, 'subgroup': '450 × 10^6'})]),
    ('The CR rate was 50% at DL1 (1 of 2), 67% at DL2 (2 of 3) and 83% at DL3 (5 of 6).',
     [('complete_remission', {'percent': 50, 'n': 1, 'N': 2, 'subgroup': 'DL1'}),
      ('complete_remission', {'percent': 67, 'n': 2, 'N': 3, 'subgroup': 'DL2'}),
      ('complete_remission', {'percent': 83, 'n': 5, 'N': 6, 'subgroup': 'DL3'})]),
    ('CR was 80% in the high-dose group (8 of 10 patients) and 50% in the low-dose group (5 of 10 patients).',
     [('complete_remission', {'percent': 80, 'n': 8, 'N': 10, 'subgroup': 'high-dose group'}),
      ('complete_remission', {'percent': 50, 'n': 5, 'N': 10, 'subgroup': 'low-dose group'})]),
    ('MRD negativity was 85% by day 28 (17 of 20 patients), and CR was 90% at 3 months (18/20).',
     [('mrd_negative', {'percent': 85, 'n': 17, 'N': 20, 'timepoint_days': 28}),
      ('complete_remission', {'percent': 90, 'n': 18, 'N': 20, 'timepoint_days': 91})]),
    # a second population's size opening a clause after a semicolon, with values of its own: their N, no count
    ('Among 110 efficacy-evaluable patients with FL, ORR was 94.5% and the complete response (CR) rate was 79.1%; in 24 '
     'evaluable patients with MZL, the ORR and CR rate were 79.2% and 62.5%, respectively.',
     [('overall_response', {'percent': 94.5, 'N': 110}), ('complete_remission', {'percent': 79.1, 'N': 110}),
      ('overall_response', {'percent': 79.2, 'N': 24}), ('complete_remission', {'percent': 62.5, 'N': 24})]),
    ('Among 110 patients with FL, ORR was 94.5%; in 24 patients with MZL, 19 responded.',
     [('overall_response', {'percent': 94.5, 'N': 110}), ('overall_response', {'n': 19, 'N': 24})]),
    ('ORR was 94.5% in FL; in 24 evaluable patients with MZL, the ORR was 79.2%.',
     [('overall_response', {'percent': 94.5}), ('overall_response', {'percent': 79.2, 'N': 24})]),
    ('CRS occurred in 10 patients; in 2 patients, it was grade 3.',
     [('crs', {'n': 10, 'grade': 'any'}), ('crs', {'n': 2, 'grade': '3'})]),
    # "viable" after "CAR+" in a dose's unit
    ('Of 71 patients who underwent apheresis, 64 received a single infusion of renva-cel at a target dose of 0.75 × 10^6 '
     'CAR+ viable T cells/kg; the median CAR+ fraction of the infused product was 38.5%.',
     [('patients_enrolled', {'value': 71}), ('patients_treated', {'value': 64}),
      ('dose', {'low': 750000, 'high': 750000, 'unit': 'cells/kg'})]),
    ('Patients received 1 × 10^6 CAR-T viable cells/kg.', [('dose', {'low': 1000000, 'high': 1000000, 'unit': 'cells/kg'})]),
    ('The flat dose was 3 × 10^8 CAR+ viable T cells.', [('dose', {'low': 300000000, 'high': 300000000, 'unit': 'cells'})]),
    # a thousands group after a space (SI style)
    ('Of 1 044 leukapheresed patients, 961 were infused (axi-cel, n = 587; tisa-cel, n = 374); 9% received no bridging.',
     [('patients_enrolled', {'value': 1044}), ('patients_treated', {'value': 961}),
      ('patients_treated', {'value': 587, 'subgroup': 'axi-cel'}), ('patients_treated', {'value': 374, 'subgroup': 'tisa-cel'})]),
    ('A total of 2 314 patients were registered and 1 956 were infused.',
     [('patients_enrolled', {'value': 2314}), ('patients_treated', {'value': 1956})]),
    # a transplant's noun, what it came after, then its passive verb
    ('Allogeneic transplantation after CAR T-cell failure was performed in 27 patients.', [('transplant', {'n': 27})]),
    ('HSCT following CAR-T was carried out in 12 of 40 patients (30%).', [('transplant', {'percent': 30, 'n': 12, 'N': 40})]),
    ('Allo-HSCT after relapse was performed in 5 patients.', [('transplant', {'n': 5})]),
    ('Transplantation before CAR-T was performed in 10 patients.', []),
    # products (or kinds) each with its count after a space, adding up to the treated count
    ('Of 131 infused pts (brexu-cel 104, tisa-cel 27), 112 (85.5%) achieved CR/CRi by day 28.',
     [('patients_treated', {'value': 131}), ('patients_treated', {'value': 104, 'subgroup': 'brexu-cel'}),
      ('patients_treated', {'value': 27, 'subgroup': 'tisa-cel'}),
      ('complete_remission', {'percent': 85.5, 'n': 112, 'N': 131, 'timepoint_days': 28})]),
    ('138 pts were infused (axi-cel 97 and liso-cel 41).',
     [('patients_treated', {'value': 138}), ('patients_treated', {'value': 97, 'subgroup': 'axi-cel'}),
      ('patients_treated', {'value': 41, 'subgroup': 'liso-cel'})]),
    ('Thirty-one patients were infused (autologous 20, donor-derived 11).',
     [('patients_treated', {'value': 31}), ('patients_treated', {'value': 20, 'subgroup': 'autologous'}),
      ('patients_treated', {'value': 11, 'subgroup': 'donor-derived'})]),
    ('138 pts were infused (axi-cel 97, liso-cel 40).', [('patients_treated', {'value': 138})]),
    # a landmark analysis's cohort is the report's own; a count "in which"/"among whom" it is the N
    ('The 95 MRD-negative pts formed the landmark cohort, in which 38 underwent allo-HCT at a median of 9.4 weeks (range, '
     '5-21) after infusion.', [('transplant', {'n': 38, 'N': 95, 'percent': 40.0})]),
    ('The 40 responders formed the consolidation cohort, among whom 12 proceeded to allo-HSCT.',
     [('transplant', {'n': 12, 'N': 40, 'percent': 30.0})]),
    ('In the landmark cohort, 38 underwent allo-HCT.', [('transplant', {'n': 38})]),
    ('In the landmark ZUMA-1 cohort, 38 patients achieved CR.', []),
]


@pytest.mark.parametrize("text, expected", BLIND85_FAMILIES)
def test_blind85_families(text, expected):
    _matches(read_text(text), expected)


BLIND91_FAMILIES = [
    # "on/in a … trial" after the treated participle: the authors' treated cohort
    ("We report long-term outcomes of 58 children and young adults (aged 4-30 years) infused on a phase 1 dose-escalation "
     "trial (NCT08891070) at 3 × 10^5, 1 × 10^6, or 3 × 10^6 transduced T cells/kg.",
     [("patients_treated", {"value": 58}), ("dose", {"low": 3e5, "unit": "cells/kg"}), ("dose", {"low": 1e6, "unit": "cells/kg"}),
      ("dose", {"low": 3e6, "unit": "cells/kg"})]),
    ("We report 40 patients treated in a multicenter phase 2 study.", [("patients_treated", {"value": 40})]),
    ("Thirty adults infused on an investigator-initiated trial were analyzed.", [("patients_treated", {"value": 30})]),
    # the cells named "transduced T cells", and PubMed's flattened "m(2)" of a per-m² dose
    ("Patients received 1 × 10^6 transduced T-cells/kg.", [("dose", {"low": 1e6, "unit": "cells/kg"})]),
    ("We conducted a phase 1/2 study of autologous CD30.CAR-T cells administered after bendamustine-fludarabine lymphodepletion "
     "at 1 × 10(8) or 2 × 10(8) CAR-T cells/m(2).",
     [("dose", {"low": 1e8, "unit": "cells/m2"}), ("dose", {"low": 2e8, "unit": "cells/m2"})]),
    ("Cells were given at 5 × 10(7) transduced T cells per m(2) after fludarabine 30 mg/m(2).",
     [("dose", {"low": 5e7, "unit": "cells/m2"})]),
    # a plural landmark unit hyphenated before a survival term ("12-months PFS")
    ("The 12-months PFS was 39.4% (95%CI: 27.8-50.8).",
     [("progression_free_survival", {"percent": 39.4, "months": 12, "ci_low": 27.8, "ci_high": 50.8})]),
    ("The 2-years OS was 60%.", [("overall_survival", {"percent": 60, "months": 24})]),
    ("The 24-months overall survival rate was 55.0%.", [("overall_survival", {"percent": 55.0, "months": 24})]),
    # the leukapheresed or registered, then "out of which"/"of whom" the treated: the first count is enrolled
    ("Total 96 patients were apheresed, out of which 88 patients received the infusion; the median vein-to-vein time was 21 days.",
     [("patients_enrolled", {"value": 96}), ("patients_treated", {"value": 88})]),
    ("96 patients were leukapheresed, out of which 88 were infused.",
     [("patients_enrolled", {"value": 96}), ("patients_treated", {"value": 88})]),
    ("We retrospectively analyzed 118 patients registered in the nationwide CAR-T registry of the Japanese Society for "
     "Transplantation and Cellular Therapy, of whom 109 received tisagenlecleucel between 2019 and 2023.",
     [("patients_enrolled", {"value": 118}), ("patients_treated", {"value": 109})]),
    ("A total of 150 patients registered at 12 centers, out of which 139 were infused, were analyzed.",
     [("patients_enrolled", {"value": 150}), ("patients_treated", {"value": 139})]),
    ("We analyzed 300 patients registered in the CIBMTR registry who received axi-cel.", [("patients_treated", {"value": 300})]),
    # relapsed after the product named by its name
    ("Forty-one patients relapsed after tisagenlecleucel, and loss of CD19 was documented in 17 of them.", [("relapse", {"n": 41})]),
    ("Twelve of 40 patients (30%) progressed after axi-cel.", [("relapse", {"n": 12, "N": 40, "percent": 30})]),
    ("Eight patients relapsed after lisocabtagene maraleucel infusion.", [("relapse", {"n": 8})]),
    ("Patients who relapsed after tisagenlecleucel had a median OS of 6.2 months.", [("overall_survival", {"median_months": 6.2})]),
    # "… in 9 patients (8.3%) and no patient developed grade 4 ICANS": the count is the term's, not the absence's subject
    ("ICANS was observed in 9 patients (8.3%) and no patient developed grade 4 ICANS.",
     [("neurotoxicity", {"n": 9, "percent": 8.3, "grade": "any"}), ("neurotoxicity", {"n": 0, "grade": "4", "negated": True})]),
    ("CRS occurred in 20 patients (40%) and no patient had grade 3 CRS.",
     [("crs", {"n": 20, "percent": 40, "grade": "any"}), ("crs", {"n": 0, "grade": "3", "negated": True})]),
    ("CRS occurred in 20 patients (40%) but no patients required ICU care.", [("crs", {"n": 20, "percent": 40, "grade": "any"})]),
    # BPDCN is a disease label; a breakdown of the transplanted by disease is no disease count of the cohort
    ("Nineteen patients (BPDCN, n = 7; AML, n = 12) were treated.",
     [("patients_treated", {"value": 19}), ("disease_count", {"value": 7, "label": "BPDCN"}), ("disease_count", {"value": 12, "label": "AML"})]),
    ("Nineteen patients with blastic plasmacytoid dendritic cell neoplasm (n = 7) or AML (n = 12) were treated.",
     [("patients_treated", {"value": 19}), ("disease_count", {"value": 7, "label": "BPDCN"}), ("disease_count", {"value": 12, "label": "AML"})]),
    ("Three patients (AML, n = 2; BPDCN, n = 1) were subsequently bridged to allogeneic stem cell transplantation.",
     [("transplant", {"n": 3}), ("transplant", {"n": 2, "subgroup": "AML"}), ("transplant", {"n": 1, "subgroup": "BPDCN"})]),
    ("Twelve patients (T-ALL, n = 8; T-LBL, n = 4) underwent allo-HSCT.",
     [("transplant", {"n": 12}), ("transplant", {"n": 8, "subgroup": "T-ALL"}), ("transplant", {"n": 4, "subgroup": "T-LBL"})]),
    ("The 24 infused patients (T-ALL, n = 17; T-LBL, n = 7) had a median age of 12 years.",
     [("patients_treated", {"value": 24}), ("disease_count", {"value": 17, "label": "T-ALL"}), ("disease_count", {"value": 7, "label": "T-LBL"})]),
    # a level "and above"/"or higher" with its count: the treated at those levels
    ("At DL3 and above (n = 17), ORR was 29.4% and the single CR was durable beyond 24 months.",
     [("patients_treated", {"value": 17, "subgroup": "DL3 and above"}), ("overall_response", {"percent": 29.4})]),
    ("At dose level 2 or higher (n = 12), the CR rate was 75%.",
     [("patients_treated", {"value": 12, "subgroup": "dose level 2 or higher"}), ("complete_remission", {"percent": 75})]),
    # "Among N response-evaluable patients,": the evaluable count
    ("Among 39 response-evaluable patients, ORR was 79% (31/39) and 18 (46%) achieved CR or sCR.",
     [("patients_treated", {"value": 39, "subgroup": "response-evaluable"}), ("overall_response", {"percent": 79, "n": 31, "N": 39}),
      ("complete_remission", {"percent": 46, "n": 18, "N": 39})]),
    ("In the 25 efficacy-evaluable patients, the CR rate was 80%.",
     [("patients_treated", {"value": 25, "subgroup": "efficacy-evaluable"}), ("complete_remission", {"percent": 80})]),
    # the groups compared named by "less than CR" or "<CR": populations, the pair is the survival term's
    ("Patients in ≥CR had longer median PFS than those with less than CR (43.6 vs 9.8 months; P < .001).",
     [("progression_free_survival", {"median_months": 43.6}), ("progression_free_survival", {"median_months": 9.8}),
      ("p_value", {"value": "<.001"})]),
    ("Patients in ≥CR had longer median PFS than those with <CR (43.6 vs 9.8 months).",
     [("progression_free_survival", {"median_months": 43.6}), ("progression_free_survival", {"median_months": 9.8})]),
    ("Patients with better than PR had longer median PFS than those with PR (20.1 vs 6.3 months).",
     [("progression_free_survival", {"median_months": 20.1}), ("progression_free_survival", {"median_months": 6.3})]),
    # a population's few or limited options in the present tense: background
    ("Patients with classical Hodgkin lymphoma (cHL) relapsing after brentuximab vedotin and checkpoint inhibitors have limited "
     "options, with reported median progression-free survival (PFS) of 3-6 months with subsequent therapies.", []),
    ("Adults with relapsed T-ALL have limited treatment options, and median OS is 6 months.", []),
    ("Patients who relapse after CAR-T have few therapeutic options; median OS is 5.5 months.", []),
]


@pytest.mark.parametrize("text, expected", BLIND91_FAMILIES)
def test_blind91_families(text, expected):
    _matches(read_text(text), expected)


BLIND96_FAMILIES = [
    # a line break inside a sentence of prose (a PDF's) is a space to the sentence's rules, not only to their hints
    ("At a median follow-up of 14.6 months, the 1-year overall survival was 73.1% (95% CI, 54.6 to 85.1)\n"
     "and event-free survival was 59.8% (95% CI, 40.9 to 74.4).",
     [("median_followup", {"months": 14.6}),
      ("overall_survival", {"percent": 73.1, "months": 12, "ci_low": 54.6, "ci_high": 85.1}),
      ("event_free_survival", {"percent": 59.8, "months": 12, "ci_low": 40.9, "ci_high": 74.4})]),
    ("The 1-year OS was 73.1% (95% CI, 54.6-85.1)\nand EFS was 59.8% (95% CI, 40.9-74.4).",
     [("overall_survival", {"percent": 73.1, "months": 12}), ("event_free_survival", {"percent": 59.8, "months": 12})]),
    ("The 2-year PFS was 45.0% (95% CI, 30.1 to 58.8) and\nOS was 60.2% (95% CI, 44.0 to 73.1).",
     [("progression_free_survival", {"percent": 45.0, "months": 24}), ("overall_survival", {"percent": 60.2, "months": 24})]),
    # a table's whole-cohort cell with its percent replaces the text's bare count of it
    ("Nine patients proceeded to allogeneic HSCT while in remission.\nTable 1. Outcomes According to Dose Level.\n"
     "Variable\tDL1 (N = 11)\tDL2 (N = 14)\tAll Patients (N = 25)\nAllogeneic HSCT after CAR T, n (%)\t4 (36.4)\t5 (35.7)\t9 (36.0)\n",
     [("transplant", {"n": 9, "N": 25, "percent": 36.0}), ("patients_treated", {"value": 11, "subgroup": "DL1"}),
      ("patients_treated", {"value": 14, "subgroup": "DL2"}),
      ("transplant", {"n": 4, "N": 11, "subgroup": "DL1"}), ("transplant", {"n": 5, "N": 14, "subgroup": "DL2"})]),
    ("Relapse occurred in 6 patients.\nTable 2. Outcomes.\nOutcome\tCohort A (n = 15)\tCohort B (n = 9)\tTotal (n = 24)\n"
     "Relapse, n (%)\t3 (20.0)\t3 (33.3)\t6 (25.0)\n",
     [("relapse", {"n": 6, "N": 24, "percent": 25.0}), ("relapse", {"n": 3, "N": 15, "subgroup": "Cohort A"}),
      ("relapse", {"n": 3, "N": 9, "subgroup": "Cohort B"})]),
    # a rate restated with its decimal replaces the whole-number percent stated before
    ("ICANS occurred in two (3%) patients, both grade 1. In the safety analysis, ICANS occurred in two (3.2%) patients, "
     "both grade 1, and resolved within 48 h.",
     [("neurotoxicity", {"n": 2, "percent": 3.2, "grade": "any"}), ("neurotoxicity", {"n": 2, "percent": 3.2, "grade": "1"})]),
    ("CRS occurred in 9 patients (26%). Overall, CRS developed in 9 patients (26.5%), all grade 1 or 2.",
     [("crs", {"n": 9, "percent": 26.5, "grade": "any"}), ("crs", {"n": 9, "percent": 26.5, "grade": "1-2"})]),
    ("MRD-negative CR was attained by 27 patients (79%). On day 28, 27 patients (79.4%) had an MRD-negative complete remission.",
     [("complete_remission", {"n": 27, "percent": 79.4, "mrd_negative": True, "timepoint_days": 28})]),
    ("CR was achieved in 9 patients (26%) in cohort A. In cohort B, 9 patients (34.6%) achieved CR.",
     [("complete_remission", {"n": 9, "percent": 26}), ("complete_remission", {"n": 9, "percent": 34.6})]),
    # a response in the pluperfect to a therapy before the report's is baseline history (and the next one joined by "and")
    ("We enrolled 26 children and young adults. Fifteen had achieved CR after prior CD19 CAR-T and nine had not responded.",
     [("patients_enrolled", {"value": 26})]),
    ("Of these, 12 had achieved CR with prior blinatumomab.", []),
    ("Ten patients had responded to prior CD19 CAR-T therapy.", []),
    ("Eight had attained a complete remission after previous tisagenlecleucel, and 4 had not responded.", []),
    ("Of 20 patients with prior blinatumomab, 15 had achieved CR by day 28.",
     [("complete_remission", {"n": 15, "N": 20, "timepoint_days": 28})]),
    ("Of the 20 patients who had achieved CR, 15 were MRD-negative.", [("mrd_negative", {"n": 15, "N": 20})]),
    # a sentence set in an earlier trial by its opener is background
    ("In our previous CD19 CAR-T trial, 79% of patients achieved CR.", []),
    ("In an earlier phase 1 study, the CR rate was 60%.", []),
    ("In a prior single-center experience, 12 of 14 patients responded.", []),
    ("In this trial, 79% of patients achieved CR.", [("complete_remission", {"percent": 79})]),
    # diseases sized after a cohort verb with no count of its own
    ("This study enrolled patients with relapsed/refractory CD7-positive T-ALL (n = 15) or T-LBL (n = 5) between January 2021 "
     "and December 2022.", [("disease_count", {"value": 15, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("The trial included patients with relapsed T-ALL (n=12), ETP-ALL (n=4) and T-LBL (n=6).",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "ETP-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    ("We treated children with B-ALL (n = 20) and adults with LBCL (n = 8).",
     [("disease_count", {"value": 20, "label": "B-ALL"}), ("disease_count", {"value": 8, "label": "LBCL"})]),
    ("Tocilizumab was given to patients with CRS (n = 5).", []),
    # a CI's level whose bounds went elsewhere (a legend line's end) is no percent
    ("Median PFS was 17.8 months (95% CI,\n12-month PFS was 64.5% (95% CI,",
     [("progression_free_survival", {"median_months": 17.8}), ("progression_free_survival", {"percent": 64.5, "months": 12})]),
    ("The ORR was 80% (95% CI 60-90) and CR 50% (95%CI: 30%-70%).",
     [("overall_response", {"percent": 80, "ci_low": 60, "ci_high": 90}),
      ("complete_remission", {"percent": 50, "ci_low": 30, "ci_high": 70})]),
    # a dose's cells named with the product's kind before CAR
    ("We enrolled 26 children and young adults (age 2–24 years); 24 were infused with 1 × 10⁶ tandem CAR-T cells/kg.",
     [("patients_enrolled", {"value": 26}), ("patients_treated", {"value": 24}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"})]),
    ("Twelve patients received 2 × 10^6 bispecific CAR T cells/kg.",
     [("patients_treated", {"value": 12}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Patients received 1 × 10^6 autologous humanized CD19 CAR-T cells/kg.", [("dose", {"low": 1e6, "unit": "cells/kg"})]),
    ("Eighteen patients received 150 × 10^6 fully human BCMA CAR-T cells.",
     [("patients_treated", {"value": 18}), ("dose", {"low": 1.5e8, "unit": "cells"})]),
    # an absence the product's origin rules out is no observed result
    ("No patient had graft-versus-host disease from contaminating donor cells, because all products were autologous.", []),
    ("No GVHD occurred, as all products were autologous.", []),
    ("GVHD was not observed since the CAR T cells were autologous.", []),
    ("No GVHD was observed.", [("gvhd", {"grade": "any", "negated": True})]),
    ("No GVHD or ICANS occurred, as all products were autologous.", [("neurotoxicity", {"grade": "any", "negated": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND96_FAMILIES)
def test_blind96_families(text, expected):
    _matches(read_text(text), expected)


BLIND88_FAMILIES = [
    # a comparison that goes on after a grade's count with "without excess" / "with no (significant) difference": the pair
    # is the term's any grade, and a group named by its status ("CNS-positive") is compared with the opposite status
    ("Cytokine release syndrome (CRS) occurred in 118 patients (60.2%) and was grade 3 or 4 in 21 (10.7%); neurotoxicity "
     "occurred in 47 patients (24.0%), grade ≥3 in 15 (7.7%), without excess among CNS-positive patients (26.2% vs 23.0%; P = .63).",
     [("crs", {"n": 118, "percent": 60.2, "grade": "any"}), ("crs", {"n": 21, "percent": 10.7, "grade": "3-4"}),
      ("neurotoxicity", {"n": 47, "percent": 24.0, "grade": "any"}), ("neurotoxicity", {"n": 15, "percent": 7.7, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 26.2, "grade": "any", "subgroup": "CNS-positive"}),
      ("neurotoxicity", {"percent": 23.0, "grade": "any", "subgroup": "CNS-negative"}),
      ("p_value", {"value": ".63", "compares": ["CNS-positive", "CNS-negative"]})]),
    ("CRS occurred in 40 patients (80%), grade ≥3 in 5 (10%), with no excess among patients with bulky disease (85% vs 78%; P = .40).",
     [("crs", {"n": 40, "grade": "any"}), ("crs", {"n": 5, "grade": ">=3"}),
      ("crs", {"percent": 85, "grade": "any", "subgroup": "bulky disease"}),
      ("crs", {"percent": 78, "grade": "any", "subgroup": "no bulky disease"}),
      ("p_value", {"value": ".40", "compares": ["bulky disease", "no bulky disease"]})]),
    ("Neurotoxicity occurred in 20 patients (25%), grade ≥3 in 6 (7.5%), with no significant difference between children and "
     "adults (26.2% vs 23.0%; P = .63).",
     [("neurotoxicity", {"n": 20, "grade": "any"}), ("neurotoxicity", {"n": 6, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 26.2, "grade": "any", "subgroup": "children"}),
      ("neurotoxicity", {"percent": 23.0, "grade": "any", "subgroup": "adults"}),
      ("p_value", {"value": ".63", "compares": ["children", "adults"]})]),
    ("ICANS occurred in 12 patients (30%), grade 3 or higher in 3 (7.5%), without a significant increase in older patients (35% vs 27%).",
     [("neurotoxicity", {"n": 12, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 35, "grade": "any"}), ("neurotoxicity", {"percent": 27, "grade": "any"})]),
    ("The CR rate was 80% and was higher among TP53-negative patients (85% vs 60%; P = .02).",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 85, "subgroup": "TP53-negative"}),
      ("complete_remission", {"percent": 60, "subgroup": "TP53-positive"}), ("p_value", {"value": ".02"})]),
    # a rate with a citation after a space is the literature's (a bracketed range after a space may be a CI: read)
    ("Brexucabtagene autoleucel (brexu-cel) was approved for adults with relapsed or refractory B-cell precursor acute "
     "lymphoblastic leukemia (B-ALL) after the ZUMA-3 trial, in which the CR/CRi rate was 71% [1].", []),
    ("Axi-cel improved outcomes in ZUMA-7, where the 2-year EFS was 41% [3, 4].", []),
    ("Tisa-cel induces remission in 81% [12] of children with relapsed B-ALL.", []),
    ("The 1-year OS was 78% [65–87].", [("overall_survival", {"percent": 78, "months": 12, "ci_low": 65, "ci_high": 87})]),
    # the term said to be uncommon or rare before its count in parentheses: the count is the term's (any grade)
    ("ICANS was uncommon (n = 2, both grade 1).",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("Neurotoxicity was rare (n = 3; all grade 1 or 2).",
     [("neurotoxicity", {"n": 3, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": "1-2"})]),
    ("GVHD was infrequent (n=4).", [("gvhd", {"n": 4, "grade": "any"})]),
    ("The patients were young (n = 12).", []),
    # doses listed with their counts after a comma, items cut by semicolons: each level's treated count
    ("A total of 41 patients underwent leukapheresis, and 37 received GC-512 (25×106 cells, 4 patients; 75×106 cells, 6; "
     "150×106 cells, 15; and 450×106 cells, 12).",
     [("patients_enrolled", {"value": 41}), ("patients_treated", {"value": 37}),
      ("dose", {"low": 25e6}), ("dose", {"low": 75e6}), ("dose", {"low": 150e6}), ("dose", {"low": 450e6}),
      ("patients_treated", {"value": 4}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 15}),
      ("patients_treated", {"value": 12})]),
    ("Twenty patients received the product (1 × 10^6 cells/kg, 8 patients; 3 × 10^6 cells/kg, 12 patients).",
     [("patients_treated", {"value": 20}), ("dose", {"low": 1e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 8, "subgroup": "1.0 × 10^6 cells/kg"}),
      ("patients_treated", {"value": 12, "subgroup": "3.0 × 10^6 cells/kg"})]),
    ("Eighteen patients were treated: 50 × 10^6 cells, three; 150 × 10^6 cells, six; 450 × 10^6 cells, nine.",
     [("patients_treated", {"value": 18}), ("dose", {"low": 50e6}), ("dose", {"low": 150e6}), ("dose", {"low": 450e6}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 9})]),
    # the authors' own study in N patients, opened by "Here"/"Herein"/"In this study"
    ("Here we report a single-arm phase 2 trial (NCT08861009) of sequential infusion of CD19 and CD22 CAR-T cells, given 14 "
     "days apart, in 81 children with relapsed or refractory B-ALL.", [("patients_treated", {"value": 81})]),
    ("Herein, we describe a multicenter study of axi-cel in 112 adults with relapsed LBCL.", [("patients_treated", {"value": 112})]),
    ("In this study, we conducted a phase 1 trial of CD22 CAR T cells in 25 adults with relapsed B-ALL.",
     [("patients_treated", {"value": 25})]),
    ("Here we report a phase 2 trial of CD19 CAR-T cells in 81 children, of whom 76 were infused.",
     [("patients_treated", {"value": 76})]),
]


@pytest.mark.parametrize("text, expected", BLIND88_FAMILIES)
def test_blind88_families(text, expected):
    _matches(read_text(text), expected)


BLIND90_FAMILIES = [
    # another cohort's result opened by "in a recent registry/study/report": the literature's, not the cohort's
    ("Patients with relapsed or refractory ENKTL after pegaspargase-based chemotherapy and PD-1 blockade have few options; "
     "in a recent multicenter registry, median overall survival was 5.4 months.", []),
    ("In a recent national registry, the 1-year OS of such patients was 20%.", []),
    ("In a recent study of 40 adults with relapsed T-ALL, the CR rate was 30%.", []),
    # the disease states patients entered with, a relapse count beside a refractory one: no relapse after CAR-T
    ("Twenty-eight patients were infused (autologous, n=19; donor-derived, n=9); 23 had bone marrow relapse and 5 were "
     "primary refractory.",
     [("patients_treated", {"value": 28}), ("patients_treated", {"value": 19, "subgroup": "autologous"}),
      ("patients_treated", {"value": 9, "subgroup": "donor-derived"})]),
    ("Of the 30 patients, 18 had relapsed disease and 12 had refractory disease.", []),
    ("At enrolment, 14 patients were in second relapse and 6 were refractory.", []),
    ("Four were primary refractory and 12 had relapsed disease after allo-HSCT.", []),
    ("Disease status at enrolment: relapse in 23 and primary refractory in 5.", []),
    ("Patients had relapsed (n = 23) or primary refractory (n = 5) disease.", []),
    ("Relapse in 3 patients, refractory disease in 2 after CAR-T.", [("relapse", {"n": 3})]),
    ("Four patients had CNS relapse.", [("relapse", {"n": 4})]),
    ("Two patients had marrow relapse and one had refractory disease after CAR-T.", [("relapse", {"n": 2})]),
    # a count of dose-limiting toxicities with the one graded term they were, in parentheses
    ("One dose-limiting toxicity (grade 4 CRS) was seen at DL3.", [("crs", {"n": 1, "grade": "4"})]),
    ("No DLTs at DL1–DL2; 1 DLT (grade 4 CRS) at DL3.", [("crs", {"n": 1, "grade": "4"})]),
    ("Two DLTs (both grade 3 ICANS) occurred at DL3.", [("neurotoxicity", {"n": 2, "grade": "3"})]),
    ("Two DLTs (grade 4 CRS and grade 3 ICANS) occurred at DL3.", []),
    ("One DLT (grade 4 neutropenia) occurred.", []),
    # the term's rates by group after ", with rates of": each group's rate of the term before
    ("The overall CR/CRi rate at day 28 was 88.2% (30/34), with rates of 66.7%, 90.0% and 94.4% at DL-1, DL-2 and DL-3, "
     "respectively.",
     [("complete_remission", {"percent": 88.2, "n": 30, "N": 34, "timepoint_days": 28, "includes_cri": True}),
      ("complete_remission", {"percent": 66.7, "timepoint_days": 28, "subgroup": "DL-1"}),
      ("complete_remission", {"percent": 90.0, "timepoint_days": 28, "subgroup": "DL-2"}),
      ("complete_remission", {"percent": 94.4, "timepoint_days": 28, "subgroup": "DL-3"})]),
    ("The ORR was 85% (17/20), with corresponding rates of 70% and 100% at DL1 and DL2, respectively.",
     [("overall_response", {"percent": 85, "n": 17, "N": 20}), ("overall_response", {"percent": 70, "subgroup": "DL1"}),
      ("overall_response", {"percent": 100, "subgroup": "DL2"})]),
    ("The 1-year OS was 70%, with respective estimates of 80% and 55% in the transplanted and non-transplanted groups.",
     [("overall_survival", {"percent": 70, "months": 12}), ("overall_survival", {"percent": 80, "months": 12}),
      ("overall_survival", {"percent": 55, "months": 12})]),
    # a median not reached beside a group's median: the group's, also after "than <group> and <group>" and as "NR"
    ("Patients with complete metabolic response at 3 months had longer PFS than partial responders and non-responders "
     "(median not reached vs 3.2 months; P = .006).",
     [("progression_free_survival", {"median_months": 3.2}),
      ("p_value", {"value": ".006", "outcome": "progression_free_survival"})]),
    ("OS was longer in complete responders than in partial responders or non-responders (median 24.1 vs 6.3 months; P = .01).",
     [("overall_survival", {"median_months": 24.1}), ("overall_survival", {"median_months": 6.3}),
      ("p_value", {"value": ".01", "outcome": "overall_survival"})]),
    ("Patients in CR had longer PFS (median NR vs 3.2 months; P = .006).",
     [("progression_free_survival", {"median_months": 3.2}),
      ("p_value", {"value": ".006", "outcome": "progression_free_survival"})]),
    ("Patients with CMR had longer PFS (NR vs 3.2 months; P = .006).",
     [("progression_free_survival", {"median_months": 3.2}),
      ("p_value", {"value": ".006", "outcome": "progression_free_survival"})]),
    ("The ORR was 80%; NR in 4 patients.", [("overall_response", {"percent": 80})]),
]


@pytest.mark.parametrize("text, expected", BLIND90_FAMILIES)
def test_blind90_families(text, expected):
    _matches(read_text(text), expected)


BLIND87_FAMILIES = [
    # an extramedullary population as a reduced relative with no commas: the N of the counts after its verb
    ("Extramedullary lesions present in 8 patients regressed completely in 5 and partially in 2.",
     [("complete_remission", {"n": 5, "N": 8, "site": "extramedullary", "derived": True}),
      ("partial_remission", {"n": 2, "N": 8, "site": "extramedullary", "derived": True})]),
    ("EMD detected at baseline in 9 patients resolved completely in 6 and partially in 2.",
     [("complete_remission", {"n": 6, "N": 9, "site": "extramedullary"}), ("partial_remission", {"n": 2, "N": 9, "site": "extramedullary"})]),
    ("Extramedullary disease present in 12 patients at baseline completely disappeared in 7, and 3 had a partial response.",
     [("complete_remission", {"n": 7, "N": 12, "site": "extramedullary"}), ("partial_remission", {"n": 3, "N": 12, "site": "extramedullary"})]),
    # "a single patient" is a count of one, as "one patient" reads
    ("Grade 1 ICANS occurred in a single patient.", [("neurotoxicity", {"n": 1, "grade": "1"})]),
    ("A single child developed grade 2 CRS, which resolved with tocilizumab.", [("crs", {"n": 1, "grade": "2"})]),
    ("Chronic GVHD was observed in a single recipient.", [("gvhd", {"n": 1, "chronic": True})]),
    ("Only a single patient relapsed.", [("relapse", {"n": 1})]),
    ("This single-patient report describes CRS in a single-patient setting.", []),
    # a sentence ending in a decimal p-value before one opening with a landmark ("p=0.002. 3-yr EFS") is no broken decimal
    ("Median follow-up 37.5 mo (range 6.2–52.0). 3-yr OS: 68.2% (95%CI 51.7–80.2) HSCT v 36.0% (95%CI 18.2–54.1) no HSCT, "
     "p=0.002. 3-yr EFS: 62.9% v 24.0%, p<0.001.",
     [("median_followup", {"months": 37.5, "range_low": 6.2, "range_high": 52.0}),
      ("overall_survival", {"percent": 68.2, "months": 36, "ci_low": 51.7, "ci_high": 80.2, "subgroup": "HSCT"}),
      ("overall_survival", {"percent": 36.0, "months": 36, "ci_low": 18.2, "ci_high": 54.1, "subgroup": "no HSCT"}),
      ("p_value", {"value": "0.002", "compares": ["HSCT", "no HSCT"], "outcome": "overall_survival"}),
      ("event_free_survival", {"percent": 62.9, "months": 36}), ("event_free_survival", {"percent": 24.0, "months": 36}),
      ("p_value", {"value": "<0.001", "outcome": "event_free_survival"})]),
    ("The 1-year CR rate was 81.0%, p=0.04. 12-month OS was 70.5%.",
     [("complete_remission", {"percent": 81.0}), ("overall_survival", {"percent": 70.5, "months": 12})]),
    # a label's values each followed by its group's name, the last name before ", p="
    ("2-year EFS: 55.0% CAR-T alone vs 20.1% chemotherapy, P = .01.",
     [("event_free_survival", {"percent": 55.0, "months": 24, "subgroup": "CAR-T alone"}),
      ("event_free_survival", {"percent": 20.1, "months": 24, "subgroup": "chemotherapy"}),
      ("p_value", {"value": ".01", "compares": ["CAR-T alone", "chemotherapy"], "outcome": "event_free_survival"})]),
    ("Day-28 CR/CRi: 16/17 (94.1%) donor-derived v 10/12 (83.3%) autologous, P=.55.",
     [("complete_remission", {"n": 16, "N": 17, "subgroup": "donor-derived", "includes_cri": True}),
      ("complete_remission", {"n": 10, "N": 12, "subgroup": "autologous", "includes_cri": True}),
      ("p_value", {"value": ".55", "compares": ["donor-derived", "autologous"], "outcome": "complete_remission"})]),
    # the term's own rate, then its groups' after a colon, each value followed by its group's name
    ("The day 28 CR rate was 89.6% (43 of 48; 95% CI, 77.3 to 96.5): 90.0% in cohort A and 88.9% in cohort B (P > .99).",
     [("complete_remission", {"percent": 89.6, "n": 43, "N": 48, "ci_low": 77.3, "ci_high": 96.5, "timepoint_days": 28}),
      ("complete_remission", {"percent": 90.0, "timepoint_days": 28, "subgroup": "cohort A"}),
      ("complete_remission", {"percent": 88.9, "timepoint_days": 28, "subgroup": "cohort B"}),
      ("p_value", {"value": ">.99", "compares": ["cohort A", "cohort B"], "outcome": "complete_remission"})]),
    ("The ORR was 85.0%: 92.3% with autologous and 71.4% with donor-derived products (P = .27).",
     [("overall_response", {"percent": 85.0}), ("overall_response", {"percent": 92.3, "subgroup": "autologous"}),
      ("overall_response", {"percent": 71.4, "subgroup": "donor-derived"}),
      ("p_value", {"value": ".27", "compares": ["autologous", "donor-derived"], "outcome": "overall_response"})]),
    ("The CR rate was 80%: 70% in DL1, 80% in DL2 and 90% in DL3.",
     [("complete_remission", {"percent": 80, "subgroup": None}), ("complete_remission", {"percent": 70, "subgroup": "DL1"}),
      ("complete_remission", {"percent": 80, "subgroup": "DL2"}), ("complete_remission", {"percent": 90, "subgroup": "DL3"})]),
    # (the parts of a rate after its colon are other terms: no groups)
    ("The ORR was 85%: CR 60%, PR 25%.",
     [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60}), ("partial_remission", {"percent": 25})]),
    # a terse "n=" count before the enrolment verb, as "n=12 infused" is the treated count
    ("n=14 enrolled, n=12 infused (median age 17 [4–49]).",
     [("patients_enrolled", {"value": 14}), ("patients_treated", {"value": 12})]),
    ("Screened n=40; N = 30 patients registered; n = 26 treated.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26})]),
    ("Leukapheresis: n=25 apheresed, n=22 infused.",
     [("patients_enrolled", {"value": 25}), ("patients_treated", {"value": 22})]),
    # a named arm's absence after the toxicity's count in the other arm: negated at the count's grade, the arm its subgroup
    ("Acute GVHD occurred in 3 cohort B patients (grade 1 in 2, grade 2 in 1) and in none of cohort A.",
     [("gvhd", {"n": 3, "grade": "any", "acute": True}), ("gvhd", {"n": 2, "grade": "1", "acute": True}),
      ("gvhd", {"n": 1, "grade": "2", "acute": True}),
      ("gvhd", {"n": 0, "grade": "any", "acute": True, "negated": True, "subgroup": "cohort A"})]),
    ("CRS developed in 4 patients in arm B and none in arm A.",
     [("crs", {"n": 4, "grade": "any"}), ("crs", {"n": 0, "grade": "any", "negated": True, "subgroup": "arm A"})]),
    ("Grade 3 ICANS occurred in 2 patients of group 2, but in none of group 1.",
     [("neurotoxicity", {"n": 2, "grade": "3"}), ("neurotoxicity", {"n": 0, "grade": "3", "negated": True, "subgroup": "group 1"})]),
    # (a response is no absence: "none in arm B" after a CR count is not read)
    ("CR was achieved in 8 patients in arm A and none in arm B.", [("complete_remission", {"n": 8})]),
]


@pytest.mark.parametrize("text, expected", BLIND87_FAMILIES)
def test_blind87_families(text, expected):
    _matches(read_text(text), expected)


BLIND94_FAMILIES = [
    # superscript signs flattened as the digits are: "CAR⁺ T cells/kg" is the dose's unit
    ("Nine patients received OC-1a in a 3+3 design at 0.5 × 10⁶, 1 × 10⁶ and 3 × 10⁶ CAR⁺ T cells/kg (three patients per level).",
     [("patients_treated", {"value": 9}), ("dose", {"low": 5e5, "high": 5e5, "unit": "cells/kg"}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "high": 3e6, "unit": "cells/kg"})]),
    ("Patients received a single infusion of 2 × 10⁶ CAR⁺ T cells/kg.", [("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"})]),
    ("Three dose levels were tested: 1 × 10⁶, 3 × 10⁶ and 1 × 10⁷ CAR⁺ T cells/kg.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"}), ("dose", {"low": 1e7, "unit": "cells/kg"})]),
    ("The CAR⁺ fraction was 62.3%.", []),
    # a non-native absence: "was not occurred", "did not occurred", "was not happened", "was not developed"
    ("Neurotoxicity was not occurred.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("ICANS did not occurred in any patient.", [("neurotoxicity", {"n": 0, "negated": True})]),
    ("GVHD was not happened in the donor-derived cohort.", [("gvhd", {"n": 0, "negated": True})]),
    ("Cytokine release syndrome was not developed.", [("crs", {"n": 0, "negated": True})]),
    # a disease list's long name with its abbreviation in brackets before the count
    ("Total 24 patients were enrolled and 21 patients were infused (T-ALL 9, T-LBL 4, PTCL 6, and angioimmunoblastic "
     "T-cell lymphoma [AITL] 2).",
     [("patients_enrolled", {"value": 24}), ("patients_treated", {"value": 21}), ("disease_count", {"value": 9, "label": "T-ALL"}),
      ("disease_count", {"value": 4, "label": "T-LBL"}), ("disease_count", {"value": 6, "label": "PTCL"}),
      ("disease_count", {"value": 2, "label": "AITL"})]),
    ("Twenty patients were infused (T-ALL 12, T-LBL 5 and anaplastic large-cell lymphoma [ALCL] 3).",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "T-ALL"}),
      ("disease_count", {"value": 5, "label": "T-LBL"}), ("disease_count", {"value": 3, "label": "ALCL"})]),
    ("Fifteen patients were treated (PTCL-NOS 8, AITL 4 and hepatosplenic T-cell lymphoma [HSTCL] 3).",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 8, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 4, "label": "AITL"}), ("disease_count", {"value": 3, "label": "HSTCL"})]),
    # a breakdown named as the subtypes, each "in k", an item's aside in parentheses before its count
    ("Subtypes were PTCL-NOS in 7, AITL in 4, CTCL (Sézary syndrome or mycosis fungoides) in 5 and ATLL in 2.",
     [("disease_count", {"value": 7, "label": "PTCL-NOS"}), ("disease_count", {"value": 4, "label": "AITL"}),
      ("disease_count", {"value": 5, "label": "CTCL"}), ("disease_count", {"value": 2, "label": "ATLL"})]),
    ("Lymphoma subtypes were AITL in 6 and PTCL-NOS in 5.",
     [("disease_count", {"value": 6, "label": "AITL"}), ("disease_count", {"value": 5, "label": "PTCL-NOS"})]),
    ("Disease subtypes were T-ALL (n = 10), ETP-ALL (n = 5) and T-LBL (n = 3).",
     [("disease_count", {"value": 10, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "ETP-ALL"}),
      ("disease_count", {"value": 3, "label": "T-LBL"})]),
    ("Histologies were DLBCL in 268, PMBCL (primary mediastinal large B-cell lymphoma) in 20 and tFL in 30.",
     [("disease_count", {"value": 268, "label": "DLBCL"}), ("disease_count", {"value": 20, "label": "PMBCL"}),
      ("disease_count", {"value": 30, "label": "tFL"})]),
    # a bare "NK/T-cell lymphoma" keeps its name (the golds of blind46 and blind94); the extranodal one is ENKTL
    ("We treated 16 patients with R/R T-ALL (n = 11), T-LBL (n = 3) or NK/T-cell lymphoma (n = 2) in a phase 1 study.",
     [("patients_treated", {"value": 16}), ("disease_count", {"value": 11, "label": "T-ALL"}),
      ("disease_count", {"value": 3, "label": "T-LBL"}), ("disease_count", {"value": 2, "label": "NK/T-cell lymphoma"})]),
    ("The infused cohort comprised T-ALL (n = 8) and extranodal NK/T-cell lymphoma (n = 2).",
     [("disease_count", {"value": 8, "label": "T-ALL"}), ("disease_count", {"value": 2, "label": "ENKTL"})]),
    # a name's definition after a colon in its parentheses is no clause of its own
    ("The composite complete remission (cCR: CR plus CRi) rate on day 28 was 87.2% (41/47).",
     [("complete_remission", {"percent": 87.2, "n": 41, "N": 47, "timepoint_days": 28, "includes_cri": True})]),
    ("The objective response (ORR: CR + PR) rate at month 3 was 75% (15/20).",
     [("overall_response", {"percent": 75, "n": 15, "N": 20, "timepoint_days": 91})]),
    ("The composite complete remission rate (cCR: CR plus CRi) on day 28 was 87.2% (41/47).",
     [("complete_remission", {"percent": 87.2, "n": 41, "N": 47, "includes_cri": True})]),
    # the term's rate, then its groups' after ", and was" / "; it was" / ", and reached": the same term's values
    ("The composite complete remission (cCR: CR plus CRi) rate on day 28 was 87.2% (41/47), and was 83.3% (15/18) in "
     "ETP-ALL versus 89.7% (26/29) in non-ETP T-ALL (P = 0.66).",
     [("complete_remission", {"percent": 87.2, "n": 41, "N": 47, "timepoint_days": 28}),
      ("complete_remission", {"percent": 83.3, "n": 15, "N": 18, "timepoint_days": 28}),
      ("complete_remission", {"percent": 89.7, "n": 26, "N": 29, "timepoint_days": 28}),
      ("p_value", {"value": "0.66", "outcome": "complete_remission"})]),
    ("The ORR was 70% (14/20), and was 80% in children versus 60% in adults.",
     [("overall_response", {"percent": 70, "n": 14, "N": 20}), ("overall_response", {"percent": 80, "subgroup": "children"}),
      ("overall_response", {"percent": 60, "subgroup": "adults"})]),
    ("The CR rate was 80% (40/50); it was 83.3% (15/18) in children versus 78.1% (25/32) in adults (P = 0.66).",
     [("complete_remission", {"percent": 80, "n": 40, "N": 50}),
      ("complete_remission", {"n": 15, "N": 18, "subgroup": "children"}), ("complete_remission", {"n": 25, "N": 32, "subgroup": "adults"}),
      ("p_value", {"value": "0.66", "compares": ["children", "adults"]})]),
    ("CR/CRi rates were similar in T-ALL (38/41, 92.7%) and T-LBL (18/19, 94.7%), and reached 14 of 15 (93.3%) in ETP-ALL.",
     [("complete_remission", {"n": 38, "N": 41, "subgroup": "T-ALL"}), ("complete_remission", {"n": 18, "N": 19, "subgroup": "T-LBL"}),
      ("complete_remission", {"n": 14, "N": 15, "percent": 93.3, "includes_cri": True})]),
    ("ORR was 68% across histologies, and reached 9 of 10 (90%) in AITL.",
     [("overall_response", {"percent": 68}), ("overall_response", {"n": 9, "N": 10, "percent": 90})]),
    ("CR was achieved in 12 of 20 patients, and 5 of 6 relapsed later.",
     [("complete_remission", {"n": 12, "N": 20}), ("relapse", {"n": 5, "N": 6})]),
    # the treated by the kind of product, the verb repeated for the second kind
    ("Eighty-two patients were analyzed: 47 received autologous and 35 received donor-derived CAR-T; 39 (47.6%) had "
     "undergone allo-HSCT before CAR-T.",
     [("patients_treated", {"value": 82}), ("patients_treated", {"value": 47, "subgroup": "autologous"}),
      ("patients_treated", {"value": 35})]),
    ("Of the 60 patients, 25 received autologous and 35 received donor-derived products.",
     [("patients_treated", {"value": 25, "subgroup": "autologous"}), ("patients_treated", {"value": 35, "subgroup": "donor-derived"})]),
    ("Nine patients received autologous and 5 were given donor-derived products.",
     [("patients_treated", {"value": 9, "subgroup": "autologous"}), ("patients_treated", {"value": 5, "subgroup": "donor-derived"})]),
    ("Thirty patients were infused: 18 received autologous and 12 received donor-derived CAR-T cells.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 18, "subgroup": "autologous"}),
      ("patients_treated", {"value": 12})]),
]


@pytest.mark.parametrize("text, expected", BLIND94_FAMILIES)
def test_blind94_families(text, expected):
    _matches(read_text(text), expected)


_B92_TABLE = ("Table 2. Safety by dose level\nDL1 (n = 3)\tDL2 (n = 6)\tAll (n = 9)\nCRS, n (%)\n"
              "Any grade CRS\t3 (100)\t5 (83.3)\t8 (88.9)\nGrade 3 CRS\t0\t1 (16.7)\t1 (11.1)\n")
BLIND92_FAMILIES = [
    # a poster's bullet glyph with no Unicode mapping (U+FFFD at a line's start) is a bullet: each item its own sentence
    ("\ufffd Median follow-up: 7.8 months (range, 1.9–16.4)\n\ufffd Bridged to allo-HSCT: 7 of 10 responders (70.0%)\n"
     "\ufffd MRD-negative by flow: 9/10 responders",
     [("median_followup", {"months": 7.8, "range_low": 1.9, "range_high": 16.4}),
      ("transplant", {"n": 7, "N": 10, "percent": 70.0}), ("mrd_negative", {"n": 9, "N": 10, "percent": 90.0})]),
    # coordinated terms as a colon label take the values after the colon in turn
    ("6-month OS and LFS: 75.0% (95% CI, 40.8–91.2) and 63.6% (95% CI, 29.7–84.5)",
     [("overall_survival", {"percent": 75.0, "months": 6, "ci_low": 40.8, "ci_high": 91.2}),
      ("leukemia_free_survival", {"percent": 63.6, "months": 6, "ci_low": 29.7, "ci_high": 84.5})]),
    ("1-year OS and EFS: 80% and 55%", [("overall_survival", {"percent": 80, "months": 12}),
                                         ("event_free_survival", {"percent": 55, "months": 12})]),
    ("ORR and CR rate: 80% and 60%", [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60})]),
    ("CRS and ICANS: 8 (80%) and 2 (20%)", [("crs", {"n": 8, "percent": 80, "grade": "any"}),
                                           ("neurotoxicity", {"n": 2, "percent": 20, "grade": "any"})]),
    # a lone grade right after a count's percent is every one's grade ("acute"/"chronic" before it: the GVHD's kind)
    ("GVHD: 1 patient (8.3%), acute grade I (skin); no chronic GVHD",
     [("gvhd", {"n": 1, "percent": 8.3, "grade": "any"}), ("gvhd", {"n": 1, "percent": 8.3, "grade": "1", "acute": True}),
      ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("ICANS: 2 patients (10%), grade 1.", [("neurotoxicity", {"n": 2, "grade": "any"}),
                                           ("neurotoxicity", {"n": 2, "percent": 10, "grade": "1"})]),
    ("Acute GVHD developed in 3 patients (15%), grade 1-2 in all.",
     [("gvhd", {"n": 3, "grade": "any", "acute": True}), ("gvhd", {"n": 3, "percent": 15, "grade": "1-2", "acute": True})]),
    ("CRS occurred in 18 (90%), grade 3 in 2.", [("crs", {"n": 18, "grade": "any"}), ("crs", {"n": 2, "grade": "3"})]),
    # a count "with" a response after the responders' count takes the percent after the term
    ("Six of eight patients (75%) responded at the day-28 assessment, four with complete response (50%).",
     [("overall_response", {"n": 6, "N": 8, "percent": 75, "timepoint_days": 28}),
      ("complete_remission", {"n": 4, "percent": 50, "timepoint_days": 28})]),
    ("Eight patients (40%) responded, five with CR (25%) and three with PR (15%).",
     [("overall_response", {"n": 8, "percent": 40}), ("complete_remission", {"n": 5, "percent": 25}),
      ("partial_remission", {"n": 3, "percent": 15})]),
    ("CR was achieved in 12 patients with ETP-ALL (57.1%) and 35 with non-ETP T-ALL (53.0%).",
     [("complete_remission", {"n": 12, "percent": 57.1}), ("complete_remission", {"n": 35, "percent": 53.0})]),
    # the doses' cohort sizes listed after them, in the doses' order
    ("A third-generation CD4 CAR was given at 1 × 10^6, 3 × 10^6 or 5 × 10^6 CAR-T cells/kg in cohorts of two, three "
     "and three patients.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"}),
      ("dose", {"low": 5e6, "unit": "cells/kg", "label": None}),
      ("patients_treated", {"value": 2}), ("patients_treated", {"value": 3, "subgroup": "3.0 × 10^6 cells/kg"}),
      ("patients_treated", {"value": 3, "subgroup": "5.0 × 10^6 cells/kg"})]),
    ("Patients were treated at 0.5 × 10^6, 1 × 10^6 and 2 × 10^6 cells/kg in three cohorts of 3, 6 and 6.",
     [("dose", {"low": 5e5}), ("dose", {"low": 1e6}), ("dose", {"low": 2e6}), ("patients_treated", {"value": 3}),
      ("patients_treated", {"value": 6}), ("patients_treated", {"value": 6})]),
    ("Doses of 1 × 10^6 and 3 × 10^6 cells/kg were tested in cohorts of 3 to 6 patients.",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
    # a level after the patient noun, before the verb or the clause's end, is the count's group
    ("One patient at DL3 had grade 3 CRS.", [("crs", {"n": 1, "grade": "3", "subgroup": "DL3"})]),
    ("Two patients at dose level 2 developed grade 3 CRS.", [("crs", {"n": 2, "grade": "3", "subgroup": "dose level 2"})]),
    ("Grade 3 CRS occurred in one patient at DL3.", [("crs", {"n": 1, "grade": "3", "subgroup": "DL3"})]),
    # tables: a "0" among "n (%)" cells under a sized column is none of that group; the whole-cohort cell replaces the
    # text's bare count it restates
    (_B92_TABLE,
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("crs", {"n": 3, "N": 3, "subgroup": "DL1"}), ("crs", {"n": 5, "N": 6, "subgroup": "DL2"}), ("crs", {"n": 8, "N": 9}),
      ("crs", {"n": 0, "N": 3, "grade": "3", "negated": True, "subgroup": "DL1"}),
      ("crs", {"n": 1, "N": 6, "grade": "3", "subgroup": "DL2"}), ("crs", {"n": 1, "N": 9, "percent": 11.1, "grade": "3"})]),
    ("CRS occurred in eight patients and was grade 3 in one.\n\n" + _B92_TABLE,
     [("crs", {"n": 8, "N": 9, "percent": 88.9, "grade": "any"}), ("crs", {"n": 1, "N": 9, "percent": 11.1, "grade": "3"}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("crs", {"n": 3, "subgroup": "DL1"}), ("crs", {"n": 5, "subgroup": "DL2"}),
      ("crs", {"n": 0, "grade": "3", "negated": True, "subgroup": "DL1"}), ("crs", {"n": 1, "grade": "3", "subgroup": "DL2"})]),
    ("Seven patients proceeded to allo-HSCT.\n\nTable 2. Outcomes\nDL1 (n = 3)\tDL2 (n = 6)\tAll (n = 9)\n"
     "Allo-HSCT after CAR-T, n (%)\t2 (66.7)\t5 (83.3)\t7 (77.8)\n",
     [("transplant", {"n": 7, "N": 9, "percent": 77.8}), ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("transplant", {"n": 2, "subgroup": "DL1"}), ("transplant", {"n": 5, "subgroup": "DL2"})]),
    # a transplant count stated with a group only restates the count read before
    ("Seven patients proceeded to allo-HSCT. Among responders, the 12-month EFS was 71.4% for the seven patients who "
     "underwent consolidative HSCT versus 25.0% for the eight who did not (P = .031).",
     [("transplant", {"n": 7}), ("event_free_survival", {"percent": 71.4, "months": 12}),
      ("event_free_survival", {"percent": 25.0, "months": 12}), ("p_value", {"value": ".031"})]),
    # a pooled analysis or a meta-analysis of other studies as a result's source is background; this study's own
    # cohorts pooled are not
    ("Patients with cHL who relapse after brentuximab vedotin and PD-1 blockade have few options; in a pooled analysis, "
     "the ORR to subsequent chemotherapy was 36%.", []),
    ("In a meta-analysis of 12 studies, the CR rate after CD19 CAR-T was 78%.", []),
    ("A pooled analysis of four trials reported an ORR of 40%.", []),
    ("In a pooled analysis of both cohorts, the ORR was 80% (40/50).", [("overall_response", {"percent": 80, "n": 40, "N": 50})]),
    ("In a pooled analysis, the ORR across dose levels was 80%.", [("overall_response", {"percent": 80})]),
]


@pytest.mark.parametrize("text, expected", BLIND92_FAMILIES)
def test_blind92_families(text, expected):
    _matches(read_text(text), expected)


BLIND95_FAMILIES = [
    # a colon label's own rate, then its grade's in parentheses: the label's rate is any grade
    ("CRS: 89.4% (gr ≥3, 8.5%); ICANS: 58.7% (gr ≥3, 23.3%); one gr 5 ICANS.",
     [("crs", {"percent": 89.4, "grade": "any"}), ("crs", {"percent": 8.5, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 58.7, "grade": "any"}), ("neurotoxicity", {"percent": 23.3, "grade": ">=3"}),
      ("neurotoxicity", {"n": 1, "grade": "5"})]),
    ("Neurotoxicity: 58.7% (grade 3 or higher: 23.3%).",
     [("neurotoxicity", {"percent": 58.7, "grade": "any"}), ("neurotoxicity", {"percent": 23.3, "grade": ">=3"})]),
    ("CRS: 89.4% (grade ≥3 in 8.5%).", [("crs", {"percent": 89.4, "grade": "any"}), ("crs", {"percent": 8.5, "grade": ">=3"})]),
    ("CRS: 30% (gr 1-2).", [("crs", {"percent": 30, "grade": "1-2"})]),
    # a grade right after its term qualifies it: both values of the pair are that grade's
    ("CRS gr ≥3 (ASTCT) occurred in 14% of pts with high-intensity bridging vs 6% in others; ICANS gr ≥3 in 8% vs 5%.",
     [("crs", {"percent": 14, "grade": ">=3"}), ("crs", {"percent": 6, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 8, "grade": ">=3"}), ("neurotoxicity", {"percent": 5, "grade": ">=3"})]),
    ("CRS grade 3 or higher in 12% and 4%.", [("crs", {"percent": 12, "grade": ">=3"}), ("crs", {"percent": 4, "grade": ">=3"})]),
    ("CRS and grade ≥3 CRS occurred in 80% and 10%.",
     [("crs", {"percent": 80, "grade": "any"}), ("crs", {"percent": 10, "grade": ">=3"})]),
    # the whole cohort named between a rate and its own count: one result
    ("Day 28 CR rate was 86% overall (185/215), with MRD-negative CR in 172 pts (80%).",
     [("complete_remission", {"percent": 86, "n": 185, "N": 215}),
      ("complete_remission", {"percent": 80, "n": 172, "mrd_negative": True})]),
    ("The ORR was 72% in total (36 of 50).", [("overall_response", {"percent": 72, "n": 36, "N": 50})]),
    # MDS/AML is a disease of its own, not AML
    ("Twenty-four pts (AML, n=21; MDS/AML, n=3) were treated.",
     [("patients_treated", {"value": 24}), ("disease_count", {"value": 21, "label": "AML"}),
      ("disease_count", {"value": 3, "label": "MDS/AML"})]),
    ("Diagnoses: AML 16, MDS/AML 4.",
     [("disease_count", {"value": 16, "label": "AML"}), ("disease_count", {"value": 4, "label": "MDS/AML"})]),
    # MRD with its assay before the verb
    ("MRD by flow cytometry was negative in 11 of the 15 CR/CRi pts.", [("mrd_negative", {"n": 11, "N": 15})]),
    ("MRD by NGS was undetectable in 9 of 12 patients.", [("mrd_negative", {"n": 9, "N": 12})]),
    ("MRD (flow, <10^-4) was negative in 20 of the 22 responders.", [("mrd_negative", {"n": 20, "N": 22})]),
    ("MRD by flow cytometry was performed in 20 patients.", []),
    # a named level's dose without a unit takes the unit of the named level before it
    ("As of Jun 30, 2025, 37 pts were leukapheresed and 34 infused (DL1 50 × 10^6 CAR+ T cells, n=9; DL2 100 × 10^6, n=25).",
     [("patients_enrolled", {"value": 37}), ("patients_treated", {"value": 34}),
      ("dose", {"low": 50e6, "unit": "cells", "label": "DL1"}), ("patients_treated", {"value": 9, "subgroup": "DL1"}),
      ("dose", {"low": 100e6, "unit": "cells", "label": "DL2"}), ("patients_treated", {"value": 25, "subgroup": "DL2"})]),
    ("Patients received DL1: 1 × 10^6 CAR-T cells/kg (n = 3); DL2: 3 × 10^6 (n = 6).",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("patients_treated", {"value": 3}),
      ("dose", {"low": 3e6, "unit": "cells/kg"}), ("patients_treated", {"value": 6})]),
    # the evaluable named in the opener: their count (as "Among 92 patients evaluable for response,")
    ("In 80 efficacy-evaluable pts, ORR was 83% and CR rate 66%.",
     [("patients_treated", {"value": 80, "subgroup": "efficacy-evaluable"}), ("overall_response", {"percent": 83, "N": 80}),
      ("complete_remission", {"percent": 66, "N": 80})]),
    ("In 45 response-evaluable patients, CR rate was 60%.",
     [("patients_treated", {"value": 45}), ("complete_remission", {"percent": 60, "N": 45})]),
    ("Among pts evaluable for MRD at 10^-5 (n=88), MRD negativity was achieved in 52 of 61 on cilta-cel and 15 of 27 on ide-cel.",
     [("patients_treated", {"value": 88, "subgroup": "evaluable for MRD"}), ("mrd_negative", {"n": 52, "N": 61}),
      ("mrd_negative", {"n": 15, "N": 27})]),
    ("Among patients evaluable for efficacy (n = 30), the ORR was 70%.",
     [("patients_treated", {"value": 30}), ("overall_response", {"percent": 70})]),
    ("Of 15 MRD-evaluable pts with ≥CR, 12 were MRD-negative at 10^-5.", [("mrd_negative", {"n": 12, "N": 15})]),
    # (a disease's evaluable patients are no evaluable count: blind85)
    ("Among 110 efficacy-evaluable patients with FL, ORR was 94.5%.", [("overall_response", {"percent": 94.5, "N": 110})]),
    # the treated count split by care setting after a comma or semicolon, the verb left out (the parts add up)
    ("As of Jan 6, 2025, 86 pts were enrolled and 82 received liso-cel at the target dose of 100 × 10^6 CAR+ T cells (1:1 "
     "CD8:CD4), 55 as outpatients (OP) and 27 as inpatients (IP).",
     [("patients_enrolled", {"value": 86}), ("patients_treated", {"value": 82}), ("dose", {"low": 100e6, "unit": "cells"}),
      ("patients_treated", {"value": 55, "subgroup": "outpatient"}), ("patients_treated", {"value": 27, "subgroup": "inpatient"})]),
    ("Fifty-two patients were infused; 40 in the outpatient setting and 12 as inpatients.",
     [("patients_treated", {"value": 52}), ("patients_treated", {"value": 40, "subgroup": "outpatient"}),
      ("patients_treated", {"value": 12, "subgroup": "inpatient"})]),
    ("Sixty patients received axi-cel, 30 as outpatients and 20 as inpatients.", [("patients_treated", {"value": 60})]),
    # a grade's count in each of two groups, and two counts each named in parentheses sharing the patient noun
    ("CRS: 101 (cilta) and 78 (ide) pts, gr ≥3 in 6 and 3.",
     [("crs", {"n": 101, "grade": "any"}), ("crs", {"n": 78, "grade": "any"}),
      ("crs", {"n": 6, "grade": ">=3"}), ("crs", {"n": 3, "grade": ">=3"})]),
    ("ICANS was seen in 19 cilta-cel and 15 ide-cel pts (gr ≥3: 4 vs 2).",
     [("neurotoxicity", {"n": 19, "grade": "any"}), ("neurotoxicity", {"n": 15, "grade": "any"}),
      ("neurotoxicity", {"n": 4, "grade": ">=3"}), ("neurotoxicity", {"n": 2, "grade": ">=3"})]),
    ("CRS occurred in 30 and 20 patients, grade 3 or higher in 5 versus 1 patients.",
     [("crs", {"n": 30, "grade": "any"}), ("crs", {"n": 20, "grade": "any"}),
      ("crs", {"n": 5, "grade": ">=3"}), ("crs", {"n": 1, "grade": ">=3"})]),
    ("CRS occurred in 40 (axi-cel) and 25 (tisa-cel) patients.",
     [("crs", {"n": 40, "grade": "any"}), ("crs", {"n": 25, "grade": "any"})]),
    ("Neurotoxicity: 12 (axi-cel) vs 5 (tisa-cel) pts.",
     [("neurotoxicity", {"n": 12, "subgroup": "axi-cel"}), ("neurotoxicity", {"n": 5, "subgroup": "tisa-cel"})]),
    ("Grade 3 CRS in 4 and grade 4 in 2.", [("crs", {"n": 4, "grade": "3"}), ("crs", {"n": 2, "grade": "4"})]),
    # a slash between spaces lists a label's values like commas
    ("Any-grade CRS: 84% / 58% / 49%; gr ≥3 CRS: 8% / 4% / 2%.",
     [("crs", {"percent": 84, "grade": "any"}), ("crs", {"percent": 58, "grade": "any"}), ("crs", {"percent": 49, "grade": "any"}),
      ("crs", {"percent": 8, "grade": ">=3"}), ("crs", {"percent": 4, "grade": ">=3"}), ("crs", {"percent": 2, "grade": ">=3"})]),
    ("ORR: 80% / 70%; CR: 50% / 40%.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 70}),
      ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 40})]),
    ("CR/CRi: 12/14 / 8/10.", [("complete_remission", {"n": 12, "N": 14}), ("complete_remission", {"n": 8, "N": 10})]),
    # the next label's term, right before its own colon after a comma, ends the label's list (it took the first label's values)
    ("ORR: 80% / 70% / 60%, CR: 50% / 40% / 30%.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 70}), ("overall_response", {"percent": 60}),
      ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 40}), ("complete_remission", {"percent": 30})]),
    ("ORR: 80%, 70% and 60%, CR: 50%, 40% and 30%.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 70}), ("overall_response", {"percent": 60}),
      ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 40}), ("complete_remission", {"percent": 30})]),
    ("Any-grade CRS: 84% / 58%, gr ≥3 CRS: 8% / 4%.",
     [("crs", {"percent": 84, "grade": "any"}), ("crs", {"percent": 58, "grade": "any"}),
      ("crs", {"percent": 8, "grade": ">=3"}), ("crs", {"percent": 4, "grade": ">=3"})]),
    ("ORR: 85%, CR: 60%.", [("overall_response", {"percent": 85}), ("complete_remission", {"percent": 60})]),
    ("CRS: 20 pts (50%), ICANS: 5 pts (12.5%).",
     [("crs", {"n": 20, "percent": 50, "grade": "any"}), ("neurotoxicity", {"n": 5, "percent": 12.5, "grade": "any"})]),
    ("ORR: 18/20 (90%), CR: 12/20 (60%).",
     [("overall_response", {"n": 18, "N": 20, "percent": 90}), ("complete_remission", {"n": 12, "N": 20, "percent": 60})]),
    ("CR at day 28: 19/25 (76%), 16 of them MRD-negative.",
     [("complete_remission", {"n": 19, "N": 25, "timepoint_days": 28}), ("mrd_negative", {"n": 16, "N": 19})]),
    # a p-value naming its endpoint first in its parentheses, or after "for" with the endpoint's grade
    ("ORR was 80% vs 60% and CR 50% vs 30% (ORR, p<.001 A vs B).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 60}), ("complete_remission", {"percent": 50}),
      ("complete_remission", {"percent": 30}), ("p_value", {"value": "<.001", "outcome": "overall_response"})]),
    ("ORR was 80% vs 60% and CR 50% vs 30% (CR rate: p=0.03).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 60}), ("complete_remission", {"percent": 50}),
      ("complete_remission", {"percent": 30}), ("p_value", {"value": "0.03", "outcome": "complete_remission"})]),
    ("ICANS occurred in 57% and 19%, with gr ≥3 ICANS in 24% and 5% (p<.0001 for gr ≥3 ICANS).",
     [("neurotoxicity", {"percent": 57, "grade": "any"}), ("neurotoxicity", {"percent": 19, "grade": "any"}),
      ("neurotoxicity", {"percent": 24, "grade": ">=3"}), ("neurotoxicity", {"percent": 5, "grade": ">=3"}),
      ("p_value", {"value": "<.0001", "outcome": "neurotoxicity grade >=3"})]),
    # after the whole cohort's value and a semicolon, the groups' values go on with the term ("w/", "w/o" too)
    ("12-mo EFS: 49% (95% CI 41-56) overall; 61% w/o bridging, 55% w/ low-intensity and 33% w/ high-intensity bridging.",
     [("event_free_survival", {"percent": 49, "months": 12, "ci_low": 41, "ci_high": 56}),
      ("event_free_survival", {"percent": 61, "months": 12}), ("event_free_survival", {"percent": 55, "months": 12}),
      ("event_free_survival", {"percent": 33, "months": 12})]),
    ("12-mo EFS was 49% overall; 61% without bridging, 55% with low-intensity and 33% with high-intensity bridging.",
     [("event_free_survival", {"percent": 49, "months": 12}), ("event_free_survival", {"percent": 61, "months": 12}),
      ("event_free_survival", {"percent": 55, "months": 12}), ("event_free_survival", {"percent": 33, "months": 12})]),
]


@pytest.mark.parametrize("text, expected", BLIND95_FAMILIES)
def test_blind95_families(text, expected):
    _matches(read_text(text), expected)
BLIND97_FAMILIES = [
    # the screened, then "and k underwent leukapheresis", then "m of them received": k is enrolled
    ("Between March 2021 and June 2023, 41 patients were screened and 36 underwent leukapheresis; 33 of them received a single "
     "infusion of NS7CAR at 1 × 10^6 cells/kg after fludarabine and cyclophosphamide lymphodepletion.",
     [("patients_enrolled", {"value": 36}), ("patients_treated", {"value": 33}), ("dose", {"low": 1e6, "unit": "cells/kg"})]),
    ("Fifty patients were screened and 44 were leukapheresed; 40 of these received CAR-T cells.",
     [("patients_enrolled", {"value": 44}), ("patients_treated", {"value": 40})]),
    ("Forty patients underwent leukapheresis, and 35 of them were infused.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 35})]),
    # the study population as the subject of "included", then its make-up by disease
    ("The study population included 32 patients with T-ALL and 8 with T-LBL.",
     [("disease_count", {"value": 32, "label": "T-ALL"}), ("disease_count", {"value": 8, "label": "T-LBL"})]),
    ("The cohort comprised 25 patients with T-ALL and 8 with T-LBL.",
     [("disease_count", {"value": 25, "label": "T-ALL"}), ("disease_count", {"value": 8, "label": "T-LBL"})]),
    ("Responders included 5 patients with T-ALL and 3 with T-LBL.", []),
    # a state at a named assessment in a clause after a semicolon: that assessment's rate
    ("Best ORR was 80.9% (38/47) with a CR rate of 57.4% (27/47); at 3 months, 21 of 44 evaluable patients (47.7%) remained in CR.",
     [("overall_response", {"percent": 80.9, "n": 38, "N": 47, "timepoint_days": None}),
      ("complete_remission", {"percent": 57.4, "n": 27, "N": 47, "timepoint_days": None}),
      ("complete_remission", {"percent": 47.7, "n": 21, "N": 44, "timepoint_days": 91})]),
    ("The ORR was 85% (34/40); at month 6, 20 patients remained in response.",
     [("overall_response", {"percent": 85, "n": 34, "N": 40, "timepoint_days": None}), ("overall_response", {"n": 20, "timepoint_days": 183})]),
    # (a clause after a semicolon opened by its time point times its own results only)
    ("The ORR was 90%; by day 28, 16 patients (80%) achieved CR.",
     [("overall_response", {"percent": 90, "timepoint_days": None}), ("complete_remission", {"percent": 80, "n": 16, "timepoint_days": 28})]),
    ("By day 28, 16 patients (88.9%) achieved CR; 14 (77.8%) were MRD-negative.",
     [("complete_remission", {"percent": 88.9, "n": 16, "timepoint_days": 28}), ("mrd_negative", {"percent": 77.8, "n": 14, "timepoint_days": 28})]),
    ("The CR rate was 60%; six months after infusion, 9 patients (30%) remained in CR.",
     [("complete_remission", {"percent": 60}), ("complete_remission", {"percent": 30, "n": 9, "timepoint_days": 183})]),
    # "k of whom (p%)": the count's own percent; the count before is its N only when n/N agrees with the percent
    ("By day 28, 16 patients (88.9%) achieved CR or CR with incomplete hematologic recovery (CRi), 14 of whom (77.8%) had "
     "MRD-negative CR.",
     [("complete_remission", {"percent": 88.9, "n": 16, "includes_cri": True}),
      ("complete_remission", {"percent": 77.8, "n": 14, "N": None, "mrd_negative": True})]),
    ("Sixteen patients achieved CR, 14 of whom (87.5%) were MRD-negative.",
     [("complete_remission", {"n": 16}), ("mrd_negative", {"percent": 87.5, "n": 14, "N": 16})]),
    ("Twenty patients (66.7%) responded, 12 of whom (40.0%) achieved CR.",
     [("overall_response", {"percent": 66.7, "n": 20}), ("complete_remission", {"percent": 40.0, "n": 12, "N": None})]),
    ("Of 30 pts infused, 27 (90%) achieved CR/CRi, of whom 25 (92.6%) were MRD-negative.",
     [("patients_treated", {"value": 30}), ("complete_remission", {"percent": 90, "n": 27, "N": 30}),
      ("mrd_negative", {"percent": 92.6, "n": 25, "N": 27})]),
    # the CR named, then ", which was MRD-negative in k": an MRD-negative CR count
    ("By day 28, 36 patients (90.0%) achieved CR/CRi, which was MRD-negative in 32 (80.0%).",
     [("complete_remission", {"percent": 90.0, "n": 36, "includes_cri": True}),
      ("complete_remission", {"percent": 80.0, "n": 32, "mrd_negative": True})]),
    ("Twenty patients attained complete remission (CR), which was MRD-negative in 18.",
     [("complete_remission", {"n": 20}), ("complete_remission", {"n": 18, "mrd_negative": True})]),
    ("Twenty patients attained CR, which was measurable residual disease-negative in 18 (90%).",
     [("complete_remission", {"n": 20}), ("complete_remission", {"percent": 90, "n": 18, "mrd_negative": True})]),
    # the test after a p-value names the endpoint it compares
    ("Among the seven transplanted patients, one relapsed; four of the five non-transplanted responders relapsed "
     "(P = .015, log-rank test for relapse-free survival).",
     [("relapse", {"n": 1, "N": 7}), ("relapse", {"n": 4, "N": 5}), ("p_value", {"value": ".015", "outcome": "relapse_free_survival"})]),
    ("The 1-year relapse rate was 10% after HSCT and 45% without HSCT (p = 0.03; Gray's test for relapse).",
     [("relapse", {"percent": 10}), ("relapse", {"percent": 45}), ("p_value", {"value": "0.03", "outcome": "relapse"})]),
]


@pytest.mark.parametrize("text, expected", BLIND97_FAMILIES)
def test_blind97_families(text, expected):
    _matches(read_text(text), expected)


# what a therapy has done to a disease's treatment (the present perfect): an introduction's background, with the pivotal
# trials' results after it
BLIND97_BACKGROUND = [
    ("B-cell maturation antigen (BCMA)-directed CAR-T cells have changed the treatment of relapsed multiple myeloma; in KarMMa "
     "the overall response rate was 73% and in CARTITUDE-1 the rate of stringent CR was 67%.", []),
    ("CD19 CAR T cells have transformed the management of relapsed B-ALL, with CR rates of 81% in ELIANA.", []),
    ("CAR T-cell therapy has revolutionized the treatment landscape of large B-cell lymphoma: the ORR was 82% in ZUMA-1.", []),
    ("The CR rate was 80% (16/20).", [("complete_remission", {"percent": 80, "n": 16, "N": 20})]),
]


@pytest.mark.parametrize("text, expected", BLIND97_BACKGROUND)
def test_blind97_background(text, expected):
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    _matches([(m.endpoint, m.fields) for m in extract_measurements(doc)], expected)


# a table's cells with a footnote mark after their parenthesis ("8 (100)a"), its footnote run into the last row with a
# graded event's count ("a One patient had grade 4 CRS."), and its whole-cohort cell restating the text's bare count
# ("grade ≥3 in 3" for "3 (16.7)": the fuller cell replaces it)
BLIND97_TABLES = [
    ("Results\nCRS developed in 15 patients (83.3%; grade ≥3 in 3).\nTable 1 Toxicity by dose level\n"
     "Outcome\tDL1 (n = 4)\tDL2 (n = 6)\tDL3 (n = 8)\tAll (N = 18)\n"
     "CRS, any grade, n (%)\t2 (50.0)\t5 (83.3)\t8 (100)a\t15 (83.3)\n"
     "CRS, grade ≥3, n (%)\t0\t1 (16.7)\t2 (25.0)b\t3 (16.7)\n"
     "ICANS, any grade, n (%)\t0\t1 (16.7)\t3 (37.5)†\t4 (22.2)\n"
     "a One patient had grade 4 CRS.\nb Both events resolved with tocilizumab.\n",
     [("crs", {"n": 15, "percent": 83.3, "grade": "any"}), ("crs", {"n": 3, "N": 18, "percent": 16.7, "grade": ">=3"}),
      ("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 8, "subgroup": "DL3"}),
      ("crs", {"n": 2, "N": 4, "grade": "any"}), ("crs", {"n": 5, "N": 6, "grade": "any"}), ("crs", {"n": 8, "N": 8, "grade": "any"}),
      ("crs", {"n": 0, "grade": ">=3", "negated": True}), ("crs", {"n": 1, "N": 6, "grade": ">=3"}),
      ("crs", {"n": 2, "N": 8, "percent": 25.0, "grade": ">=3"}),
      ("neurotoxicity", {"n": 0, "grade": "any", "negated": True}), ("neurotoxicity", {"n": 1, "N": 6, "grade": "any"}),
      ("neurotoxicity", {"n": 3, "N": 8, "percent": 37.5, "grade": "any"}), ("neurotoxicity", {"n": 4, "N": 18, "grade": "any"}),
      ("crs", {"n": 1, "grade": "4"})]),
    ("Results\nCRS occurred in 21 of 24 patients (87.5%) and was grade 3 in one patient.\nTable 1 Adverse events by grade, n (%)\n"
     "Event\tAny grade\tGrade 1\tGrade 2\tGrade 3\tGrade 4\n"
     "CRS\t21 (87.5)\t12 (50.0)\t8 (33.3)\t1 (4.2)\t0\n"
     "Neutropenia\t24 (100)\t0\t1 (4.2)\t5 (20.8)\t18 (75.0)\n"
     "* Percentages are of 24 infused patients.\n",
     [("crs", {"n": 21, "N": 24, "grade": "any"}), ("crs", {"n": 1, "percent": 4.2, "grade": "3"}),
      ("crs", {"n": 12, "grade": "1"}), ("crs", {"n": 8, "grade": "2"}), ("crs", {"n": 0, "grade": "4", "negated": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND97_TABLES)
def test_blind97_tables(text, expected):
    doc = Document(path="x.txt", format="text", sha256="0", text=text)
    _matches([(m.endpoint, m.fields) for m in extract_measurements(doc)], expected)


BLIND98_FAMILIES = [
    # a JCO run-in label in capitals with no colon: the sentence after it is read (and the label sets its section)
    ("RESULTS Of 47 patients who underwent leukapheresis, 42 were infused (PTCL-NOS, n = 17; AITL, n = 11).",
     [("patients_enrolled", {"value": 47}), ("patients_treated", {"value": 42}),
      ("disease_count", {"value": 17, "label": "PTCL-NOS"}), ("disease_count", {"value": 11, "label": "AITL"})]),
    ("RESULTS Among 30 enrolled patients, 26 were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 26})]),
    ("METHODS In this phase II trial, adults received a single infusion of 2 × 10^6 CAR-T cells/kg.",
     [("dose", {"low": 2000000, "high": 2000000, "unit": "cells/kg"})]),
    ("BACKGROUND Salvage chemotherapy achieves CR in 30% of patients.\nRESULTS Twenty patients were infused.",
     [("patients_treated", {"value": 20})]),
    ("CRS Twenty patients had grade 1 CRS.", [("crs", {"n": 20, "grade": "1"})]),
    # Cell Press's STAR★METHODS after the Discussion: its methods are read again
    ("DISCUSSION\nEarlier tandem CAR studies reported 12-month EFS of 40% to 60%.\nSTAR★METHODS\nRESOURCE AVAILABILITY\n"
     "Patients received fludarabine (30 mg/m^2/day) and cyclophosphamide (300 mg/m^2/day), followed by a single infusion "
     "of 1 × 10^6 CAR-T cells/kg.",
     [("dose", {"low": 1000000, "high": 1000000, "unit": "cells/kg"})]),
    ("DISCUSSION\nEarlier tandem CAR studies reported 12-month EFS of 40% to 60%.\nSTAR Methods\n"
     "Patients received 3 × 10^6 CAR-T cells/kg.",
     [("dose", {"low": 3000000, "high": 3000000, "unit": "cells/kg"})]),
    # a population named by a participle with its size in parentheses opening the sentence: its N
    ("Among patients previously treated with blinatumomab or inotuzumab (n = 11), 9 achieved CR/CRi.",
     [("complete_remission", {"n": 9, "N": 11, "includes_cri": True})]),
    ("In patients receiving bridging therapy (n = 14), 12 achieved CR.", [("complete_remission", {"n": 12, "N": 14})]),
    ("In patients pretreated with CD19 CAR-T (n = 8), 6 achieved CR.", [("complete_remission", {"n": 6, "N": 8})]),
    # (the transplanted group's size is the transplant count when the sentence gives no other: blind107)
    ("Among patients bridged to transplant (n = 12), two relapsed.", [("relapse", {"n": 2, "N": 12}), ("transplant", {"n": 12})]),
    # a count restated with its N in parentheses at the end of its clause: one result
    ("Eleven patients in CR underwent consolidative allo-HSCT (n = 11/32).",
     [("transplant", {"n": 11, "N": 32, "percent": 34.4})]),
    ("Seven patients relapsed (7/20).", [("relapse", {"n": 7, "N": 20})]),
    ("Six responders proceeded to allo-HSCT (6/9, 66.7%).", [("transplant", {"n": 6, "N": 9, "percent": 66.7})]),
    ("Eleven patients underwent allo-HSCT (n = 11).", [("transplant", {"n": 11})]),
    ("Eight patients achieved CR (8/10) and two achieved PR (2/10).",
     [("complete_remission", {"n": 8, "N": 10}), ("partial_remission", {"n": 2, "N": 10})]),
    # relapses broken down by antigen phenotype, two kinds or more in parentheses or brackets: the total only
    ("Relapse occurred in 9 of the 32 responders [CD19−CD22+ in 2, CD19+CD22− in 1, and antigen-positive in 6].",
     [("relapse", {"n": 9, "N": 32})]),
    ("Nineteen patients relapsed (CD19+CD22+ in 11, CD19−CD22+ in 5 and CD19−CD22− in 3).", [("relapse", {"n": 19})]),
    ("Six patients relapsed (CD7-negative in 4; CD7-positive in 2), and two died.", [("relapse", {"n": 6})]),
    ("Relapse in 4 (CD7-neg in 2).", [("relapse", {"n": 4}), ("relapse", {"n": 2})]),
    # a subtype aside in parentheses between a listed disease and its count
    ("• AML n=10, MPAL (T/myeloid) n=2",
     [("disease_count", {"value": 10, "label": "AML"}), ("disease_count", {"value": 2, "label": "MPAL"})]),
    ("T-ALL n=12, T-LBL (stage IV) n=3.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 3, "label": "T-LBL"})]),
    ("AML 10, MPAL (T/myeloid) 2.",
     [("disease_count", {"value": 10, "label": "AML"}), ("disease_count", {"value": 2, "label": "MPAL"})]),
    # a whole-number survival estimate rounding the same estimate stated with its decimal (a highlight before, a conclusion
    # after): one result, the exacter
    ("Highlights: 12-month OS of 83% with infrequent severe CRS.\nResults: The 12-month OS was 83.1% (95% CI 66.4-92.1).",
     [("overall_survival", {"percent": 83.1, "months": 12, "ci_low": 66.4})]),
    ("The 1-year EFS was 62.4% (95% CI 50.1-72.0). In conclusion, a 1-year EFS of 62% is encouraging.",
     [("event_free_survival", {"percent": 62.4, "months": 12})]),
    ("The 1-year EFS was 62% in DL1. The 1-year EFS was 62.4% in DL2.",
     [("event_free_survival", {"percent": 62, "subgroup": "DL1"}), ("event_free_survival", {"percent": 62.4, "subgroup": "DL2"})]),
    ("The 1-year EFS was 62% and the 2-year EFS was 61.8%.",
     [("event_free_survival", {"percent": 62, "months": 12}), ("event_free_survival", {"percent": 61.8, "months": 24})]),
]


@pytest.mark.parametrize("text, expected", BLIND98_FAMILIES)
def test_blind98_families(text, expected):
    _matches(read_text(text), expected)


BLIND99_FAMILIES = [
    # background opened by an earlier or prior study with no determiner ("In earlier … experience,"; "In an earlier …" was read)
    ("In earlier single-centre experience, CD5-directed CAR-T cells produced objective responses in 4 of 9 patients with "
     "T-cell malignancies, but the numbers were too small to define activity by disease or dose.", []),
    ("In prior phase 1 trial, the CR rate was 60%.", []),
    ("From previous institutional experience, CD7 CAR-T cells induced complete remission in 12 of 14 patients.", []),
    ("In this trial, the CR rate was 60%.", [("complete_remission", {"percent": 60})]),
    # a transplant verb with one word in parentheses before the transplant
    ("Four of the seven responders went on to a (second) allo-HSCT, and three of them remained leukemia-free at last follow-up.",
     [("transplant", {"n": 4, "N": 7})]),
    ("Six patients proceeded to (consolidative) allogeneic HSCT.", [("transplant", {"n": 6})]),
    ("Nine patients underwent (haploidentical) HSCT after CAR-T.", [("transplant", {"n": 9})]),
    # a disease list opened by ", with" after the treated count
    ("Of 131 patients registered at leukapheresis, 118 were infused, with T-ALL in 87 and T-LBL in 31.",
     [("patients_enrolled", {"value": 131}), ("patients_treated", {"value": 118}),
      ("disease_count", {"value": 87, "label": "T-ALL"}), ("disease_count", {"value": 31, "label": "T-LBL"})]),
    ("A total of 40 patients were treated, with B-ALL in 25 and LBCL in 15.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 25, "label": "B-ALL"}),
      ("disease_count", {"value": 15, "label": "LBCL"})]),
    ("CR was achieved in 20 patients, with T-ALL in 12 of 14 and T-LBL in 8 of 10.",
     [("complete_remission", {"n": 20}), ("complete_remission", {"n": 12, "N": 14}), ("complete_remission", {"n": 8, "N": 10})]),
    # a disease count's percent in the Lancet's brackets (middle-dot decimals too)
    ("Between March 4, 2023, and Oct 30, 2024, 66 patients were screened, 54 were enrolled and 50 received BE-CAR7 (median age "
     "31 years [IQR 21–44]; 36 [72%] had T-ALL and 14 [28%] had T-LBL).",
     [("patients_enrolled", {"value": 54}), ("patients_treated", {"value": 50}),
      ("disease_count", {"value": 36, "label": "T-ALL"}), ("disease_count", {"value": 14, "label": "T-LBL"})]),
    ("Fifty patients were treated; 36 [72·0%] had T-ALL and 14 [28·0%] had T-LBL.",
     [("patients_treated", {"value": 50}), ("disease_count", {"value": 36, "label": "T-ALL"}),
      ("disease_count", {"value": 14, "label": "T-LBL"})]),
    ("Of 40 patients infused, 30 [75%] had AML and 10 [25%] had MDS.",
     [("patients_treated", {"value": 40}), ("disease_count", {"value": 30, "label": "AML"}),
      ("disease_count", {"value": 10, "label": "MDS"})]),
    # a negated GVHD of the other kind after "or": its own absence, without the first's grade
    ("Acute GVHD of grade I-II occurred in 5 patients, and none developed grade III-IV acute GVHD or chronic GVHD.",
     [("gvhd", {"n": 5, "grade": "1-2", "acute": True}), ("gvhd", {"grade": "3-4", "acute": True, "negated": True}),
      ("gvhd", {"grade": "any", "chronic": True, "negated": True})]),
    ("None developed acute GVHD or chronic GVHD.",
     [("gvhd", {"grade": "any", "acute": True, "negated": True}), ("gvhd", {"grade": "any", "chronic": True, "negated": True})]),
    ("No chronic GVHD or acute GVHD was observed.",
     [("gvhd", {"grade": "any", "chronic": True, "negated": True}), ("gvhd", {"grade": "any", "acute": True, "negated": True})]),
    ("No patient developed grade ≥3 CRS or ICANS.",
     [("crs", {"grade": ">=3", "negated": True}), ("neurotoxicity", {"grade": ">=3", "negated": True})]),
    # the treated's groups by source, each "from …" with its size, adding up to the treated count
    ("Ten patients were enrolled, and nine were infused with CD7 CAR-T cells manufactured from their previous transplant donors "
     "(n = 5) or from newly identified HLA-matched donors (n = 4).",
     [("patients_enrolled", {"value": 10}), ("patients_treated", {"value": 9}),
      ("patients_treated", {"value": 5, "subgroup": "previous transplant donors"}),
      ("patients_treated", {"value": 4, "subgroup": "newly identified HLA-matched donors"})]),
    ("Twelve patients received CAR-T cells derived from the original stem-cell donor (n = 7) or from a new haploidentical donor (n = 5).",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 7, "subgroup": "original stem-cell donor"}),
      ("patients_treated", {"value": 5, "subgroup": "new haploidentical donor"})]),
    # pooled dose levels with their size
    ("ORR was 40.0% at DL1-2 (n=10) versus 87.5% at DL3 (n=8).",
     [("overall_response", {"percent": 40.0}), ("overall_response", {"percent": 87.5}),
      ("patients_treated", {"value": 10, "subgroup": "DL1-2"}), ("patients_treated", {"value": 8, "subgroup": "DL3"})]),
    ("The CR rate was 50% at DL1–DL2 (n = 6) and 90% at DL3 (n = 10).",
     [("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 90}),
      ("patients_treated", {"value": 6, "subgroup": "DL1-DL2"}), ("patients_treated", {"value": 10, "subgroup": "DL3"})]),
    # (not when the parenthesis counts something else of the pooled levels: the evaluable)
    ("At DL3-DL4 (n = 17 evaluable), month-1 ORR was 88.2% (15/17) and CMR 64.7% (11/17).",
     [("overall_response", {"percent": 88.2, "n": 15, "N": 17}), ("complete_remission", {"percent": 64.7, "n": 11, "N": 17})]),
    # the cohort grouped by a criterion, each group with its size
    ("Patients were grouped by age: 1-9 years (n = 14) and 10-17 years (n = 26).",
     [("patients_treated", {"value": 14, "subgroup": "1-9 years"}), ("patients_treated", {"value": 26, "subgroup": "10-17 years"})]),
    ("Children were stratified by marrow burden into high (n = 20) and low (n = 15).",
     [("patients_treated", {"value": 20, "subgroup": "high"}), ("patients_treated", {"value": 15, "subgroup": "low"})]),
    ("Patients were divided according to disease burden: high-burden (n = 37), intermediate (n = 12) and low-burden (n = 27).",
     [("patients_treated", {"value": 37}), ("patients_treated", {"value": 12}), ("patients_treated", {"value": 27})]),
    ("Patients were grouped by disease: T-ALL (n = 14) and T-LBL (n = 6).", []),
    # "T-ALL/T-LBL" is its own label, as written (not "T-ALL/LBL")
    ("Across both trials, 41 patients were enrolled and 36 were infused (T-ALL/T-LBL, n = 17; PTCL, n = 19).",
     [("patients_enrolled", {"value": 41}), ("patients_treated", {"value": 36}),
      ("disease_count", {"value": 17, "label": "T-ALL/T-LBL"}), ("disease_count", {"value": 19, "label": "PTCL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND99_FAMILIES)
def test_blind99_families(text, expected):
    _matches(read_text(text), expected)


BLIND100_FAMILIES = [
    # a grade's absence after the term's count, the events named after "none of these": the graded term before it
    ("ICANS occurred in 9 (4.6%), and none of these events were of grade 3 or higher.",
     [("neurotoxicity", {"n": 9, "percent": 4.6, "grade": "any"}),
      ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 20 patients (80%), and none of the events was grade 3 or higher.",
     [("crs", {"n": 20, "grade": "any"}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("Neurotoxicity developed in 5 patients; none of these cases were above grade 2.",
     [("neurotoxicity", {"n": 5, "grade": "any"}), ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    # the report's own reinfused cohort, the product named between "second" and "infusion"
    ("We retrospectively identified 52 children and young adults who received a second tisagenlecleucel infusion at 12 centres "
     "in the UK and Australia between 2019 and 2024.", [("patients_treated", {"value": 52})]),
    ("We identified 31 adults who received a second CAR T-cell infusion for relapse.", [("patients_treated", {"value": 31})]),
    ("Of 40 infused patients, 12 received a second tisagenlecleucel infusion.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "second infusion"})]),
    ("Twelve patients received a second CD19 CAR-T infusion.", [("patients_treated", {"value": 12})]),
    # "total" before the cells of a flat dose
    ("Reinfused doses were 0.1-2.5 × 10^8 total CAR T cells for patients above 50 kg and 0.2-5.0 × 10^6 CAR T cells/kg for "
     "those of 50 kg or less.",
     [("dose", {"low": 1e7, "high": 2.5e8, "unit": "cells", "label": "patients above 50 kg"}),
      ("dose", {"low": 2e5, "high": 5e6, "unit": "cells/kg"})]),
    ("Patients received 2 × 10^8 total viable T cells.", [("dose", {"low": 2e8, "unit": "cells"})]),
    ("The target dose was 1 × 10^8 total CAR-positive T cells.", [("dose", {"low": 1e8, "unit": "cells"})]),
    # the groups a survival rate is given for, named by what they were treated for: populations, not the term
    ("With a median follow-up of 26.5 months after reinfusion, the 2-year EFS was 38.4% (95% CI 24.6–52.0) for the whole "
     "cohort; it was 50.2% for patients reinfused for BCR and 21.4% for those reinfused for relapse (p = 0.03).",
     [("median_followup", {"months": 26.5}),
      ("event_free_survival", {"percent": 38.4, "months": 24, "ci_low": 24.6, "ci_high": 52.0}),
      ("event_free_survival", {"percent": 50.2, "months": 24}), ("event_free_survival", {"percent": 21.4, "months": 24}),
      ("p_value", {"value": "0.03", "outcome": "event_free_survival"})]),
    ("The 2-year EFS was 38.4% overall; it was 50.2% in patients treated for MRD and 21.4% in those treated for relapse.",
     [("event_free_survival", {"percent": 38.4}), ("event_free_survival", {"percent": 50.2}),
      ("event_free_survival", {"percent": 21.4})]),
    ("The 1-year OS was 70% for patients retreated for relapse and 90% for those retreated for loss of B-cell aplasia.",
     [("overall_survival", {"percent": 70, "months": 12}), ("overall_survival", {"percent": 90, "months": 12})]),
    # the indications (reasons) for the infusion, each with its count: treated subgroups, no relapse counts
    ("Indications were early B-cell recovery (BCR) in 31 patients, CD19-positive relapse in 14, and primary nonresponse in 7.",
     [("patients_treated", {"value": 31}), ("patients_treated", {"value": 14, "subgroup": "CD19-positive relapse"}),
      ("patients_treated", {"value": 7, "subgroup": "primary nonresponse"})]),
    ("Indications were CD19-positive relapse (n = 29), persistent or recurrent MRD (n = 11) and early loss of B-cell aplasia (n = 13).",
     [("patients_treated", {"value": 29}), ("patients_treated", {"value": 11}), ("patients_treated", {"value": 13})]),
    ("Reasons for reinfusion were loss of B-cell aplasia in 12 patients and CD19-positive relapse in 5.",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 5})]),
    ("The indications for a second infusion were relapse in 8 patients and persistent MRD in 4.",
     [("patients_treated", {"value": 8, "subgroup": "relapse"}), ("patients_treated", {"value": 4})]),
    ("Reasons for discontinuation were progression in 5 and toxicity in 3.", []),
    # two terms' values, then the other group's values for the same terms after "compared with"/"versus", the group named
    # after them ("respectively" left out): zipped with the terms in order
    ("Among the 16 patients with EMD, the ORR was 75.0% and the CR rate 50.0%, compared with 96.4% and 78.6% in those without "
     "EMD (P = 0.046 for ORR).",
     [("overall_response", {"percent": 75.0, "N": 16}), ("complete_remission", {"percent": 50.0, "N": 16}),
      ("overall_response", {"percent": 96.4, "N": None}), ("complete_remission", {"percent": 78.6, "N": None}),
      ("p_value", {"value": "0.046", "outcome": "overall_response"})]),
    # (the opener's size is no N of the others' values)
    ("Among the 16 patients with EMD, the ORR was 75.0%, compared with 96.4% in those without EMD.",
     [("overall_response", {"percent": 75.0, "N": 16}), ("overall_response", {"percent": 96.4, "N": None})]),
    ("Among the 16 patients with EMD, the ORR was 75.0% (12/16), compared with 96.4% (27/28) in patients without EMD.",
     [("overall_response", {"percent": 75.0, "N": 16}), ("overall_response", {"percent": 96.4, "N": 28})]),
    ("The ORR was 80% and the CR rate 60% in children, versus 70% and 50% in adults.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"percent": 60}),
      ("overall_response", {"percent": 70}), ("complete_remission", {"percent": 50, "subgroup": "adults"})]),
    ("The 1-year PFS was 60% and the 1-year OS 80% in the outpatient group, compared with 55% and 78% among inpatients.",
     [("progression_free_survival", {"percent": 60, "months": 12}), ("overall_survival", {"percent": 80, "months": 12}),
      ("progression_free_survival", {"percent": 55, "months": 12}), ("overall_survival", {"percent": 78, "months": 12})]),
    # (one term's two groups, then two more values: still the same term's)
    ("The CR rate was 80% in children and 60% in adults, compared with 70% and 50% in the historical cohort.",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 60}),
      ("complete_remission", {"percent": 70}), ("complete_remission", {"percent": 50})]),
]


@pytest.mark.parametrize("text, expected", BLIND100_FAMILIES)
def test_blind100_families(text, expected):
    _matches(read_text(text), expected)


BLIND101_FAMILIES = [
    # a p-value column headed with its footnote's mark ("P*", "P value†"): each cell compares its row with the next, the
    # next row's label maybe wrapped onto the line below it ("No prior" over "blinatumomab")
    ("Table 1. Response within 3 months by baseline subgroup\nSubgroup\tn\tCR/CRi, n (%)\tP*\n"
     "Prior blinatumomab\t22\t14 (63.6)\t.12\nNo prior\t39\t32 (82.1)\t\nblinatumomab\n"
     "Prior allo-HSCT\t25\t18 (72.0)\t.76\nNo prior allo-HSCT\t36\t28 (77.8)\n"
     "*Fisher exact test for CR/CRi between the two rows of each subgroup pair.",
     [("complete_remission", {"n": 14, "N": 22, "percent": 63.6, "subgroup": "Prior blinatumomab"}),
      ("p_value", {"value": ".12", "outcome": "complete_remission", "compares": ["Prior blinatumomab", "No prior blinatumomab"]}),
      ("complete_remission", {"n": 32, "N": 39, "percent": 82.1, "subgroup": "No prior blinatumomab"}),
      ("complete_remission", {"n": 18, "N": 25, "percent": 72.0, "subgroup": "Prior allo-HSCT"}),
      ("p_value", {"value": ".76", "outcome": "complete_remission", "compares": ["Prior allo-HSCT", "No prior allo-HSCT"]}),
      ("complete_remission", {"n": 28, "N": 36, "percent": 77.8, "subgroup": "No prior allo-HSCT"})]),
    ("Table 2. Response by subgroup\nSubgroup\tORR, n (%)\tP value\u2020\nNo bulky\t14 (70.0)\t.30\ndisease\n"
     "Bulky disease\t5 (50.0)\t\n\u2020Fisher exact test.",
     [("overall_response", {"n": 14, "percent": 70.0, "subgroup": "No bulky disease"}),
      ("p_value", {"value": ".30", "outcome": "overall_response", "compares": ["No bulky disease", "Bulky disease"]}),
      ("overall_response", {"n": 5, "percent": 50.0, "subgroup": "Bulky disease"})]),
    ("Table 3. Day-28 CR/CRi by age\nAge group\tCR/CRi, n/N (%)\tP\u2021\n<18 years\t20/22 (90.9)\t.41\n"
     "\u226518 years\t30/36 (83.3)\n\u2021Fisher exact test.",
     [("complete_remission", {"n": 20, "N": 22, "percent": 90.9, "subgroup": "<18 years"}),
      ("p_value", {"value": ".41", "outcome": "complete_remission", "compares": ["<18 years", "\u226518 years"]}),
      ("complete_remission", {"n": 30, "N": 36, "percent": 83.3, "subgroup": "\u226518 years"})]),
    # the treated as a participle after their count, with the period they were treated in before the rest ("treated between
    # 2021 and 2024 in a phase 1/2 study", "from January 2019 through December 2022 with …"); not a comparator's chemotherapy
    ("We report 26 consecutive children and adolescents (20 with T-ALL and 6 with T-LBL) treated between 2021 and 2024 in a "
     "phase 1/2 study (ChiCTR2288306121).",
     [("patients_treated", {"value": 26}), ("disease_count", {"value": 20, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    ("We report 26 patients treated from 2019 to 2022 at our center.", [("patients_treated", {"value": 26})]),
    ("We describe 31 adults with T-ALL infused between March 2020 and June 2023 at two centers.",
     [("patients_treated", {"value": 31})]),
    ("We retrospectively analyzed 45 patients (30 with B-ALL and 15 with LBCL) treated from January 2019 through December 2022 "
     "with CD19 CAR T cells.",
     [("patients_treated", {"value": 45}), ("disease_count", {"value": 30, "label": "B-ALL"}),
      ("disease_count", {"value": 15, "label": "LBCL"})]),
    ("Outcomes were compared with 40 historical patients treated between 2010 and 2015 with chemotherapy.", []),
    # survival estimates each followed by "for" and the term they are of, CIs between ("… were 73.1% (95% CI: 51.6-86.2) for
    # overall survival and 61.5% (95% CI: 40.4-76.9) for event-free survival"): the term after, not the one before
    ("Kaplan-Meier estimates at 18 months were 73.1% (95% CI: 51.6-86.2) for overall survival and 61.5% (95% CI: 40.4-76.9) "
     "for event-free survival.",
     [("overall_survival", {"percent": 73.1, "months": 18, "ci_low": 51.6, "ci_high": 86.2}),
      ("event_free_survival", {"percent": 61.5, "months": 18, "ci_low": 40.4, "ci_high": 76.9})]),
    ("The 2-year estimates were 73.1% (95% CI, 51.6-86.2) for OS and 61.5% (95% CI, 40.4-76.9) for EFS.",
     [("overall_survival", {"percent": 73.1, "months": 24, "ci_low": 51.6, "ci_high": 86.2}),
      ("event_free_survival", {"percent": 61.5, "months": 24, "ci_low": 40.4, "ci_high": 76.9})]),
    ("One-year rates were 80% for overall survival and 65% for progression-free survival.",
     [("overall_survival", {"percent": 80, "months": 12}), ("progression_free_survival", {"percent": 65, "months": 12})]),
    ("Median survival was 20.1 months (95% CI, 15.0-NR) for OS and 10.2 months (95% CI, 6.1-14.3) for EFS.",
     [("overall_survival", {"median_months": 20.1, "ci_low": 15.0}),
      ("event_free_survival", {"median_months": 10.2, "ci_low": 6.1, "ci_high": 14.3})]),
    ("Median OS was 20.1 months for responders and 5.2 months for non-responders.",
     [("overall_survival", {"median_months": 20.1, "subgroup": "responders"}), ("overall_survival", {"median_months": 5.2})]),
    # an abstract book's page: the next abstract, from its number and session line on, is another study's
    ("7012 Oral Abstract Session\nPhase 2 study of a BCMA CAR T-cell therapy in myeloma.\nResults: 53 patients were infused. "
     "The ORR was 92.5% (49/53).\n7013 Poster Discussion Session\nReal-world outcomes of BCMA CAR T cells in older adults.\n"
     "Results: The ORR was 81% and the CR rate 52%; grade \u22653 CRS occurred in 6 patients (5.4%).",
     [("patients_treated", {"value": 53}), ("overall_response", {"percent": 92.5, "n": 49, "N": 53})]),
    ("TPS7070 Poster Session\nA phase 1 study of CD7 CAR T cells.\nResults: The CR rate was 80% (16/20).\n"
     "LBA7071 Clinical Science Symposium Session\nResults: The CR rate was 52%.",
     [("complete_remission", {"percent": 80, "n": 16, "N": 20})]),
    # a follow-up's median opening a comparison times it: the p-value's outcome is the term compared
    ("With a median follow-up of 14.1 months (range, 6.2-25.0), OS did not differ between recipients of donor-derived and "
     "autologous products (P = .48).",
     [("median_followup", {"months": 14.1, "range_low": 6.2, "range_high": 25.0}),
      ("p_value", {"value": ".48", "outcome": "overall_survival"})]),
    ("After a median follow-up of 20 months, EFS did not differ between children and adults (P = .30).",
     [("median_followup", {"months": 20}), ("p_value", {"value": ".30", "outcome": "event_free_survival"})]),
]


@pytest.mark.parametrize("text, expected", BLIND101_FAMILIES)
def test_blind101_families(text, expected):
    _matches(read_text(text), expected)


BLIND102_FAMILIES = [
    # a narrow column's line broken right after a comparison sign: the value goes on the next line, the sentence too
    ("Twenty-six patients were infused (T-ALL, n =\n17; ETP-ALL, n = 5; T-LBL, n = 4) with NS7CAR.",
     [("patients_treated", {"value": 26}), ("disease_count", {"value": 17, "label": "T-ALL"}),
      ("disease_count", {"value": 5, "label": "ETP-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    ("Twelve patients were treated (DLBCL, n =\n8; FL, n = 4).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "DLBCL"}),
      ("disease_count", {"value": 4, "label": "FL"})]),
    ("CRS occurred in 22 patients (P =\n0.04 for DL2 vs DL1).", [("crs", {"n": 22, "grade": "any"})]),
    # a product code naming its target without a digit is the treated object
    ("Of 34 patients who underwent leukapheresis, 31 received ORV-BCMA at 50 × 10^6 (DL1, n = 6), 150 × 10^6 (DL2, n = 6), "
     "or 300 × 10^6 (DL3, n = 19) CAR+ T cells.",
     [("patients_enrolled", {"value": 34}), ("patients_treated", {"value": 31}),
      ("dose", {"low": 50e6, "unit": "cells", "label": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL1"}),
      ("dose", {"low": 150e6, "unit": "cells", "label": "DL2"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("dose", {"low": 300e6, "unit": "cells", "label": "DL3"}), ("patients_treated", {"value": 19, "subgroup": "DL3"})]),
    ("Of 25 patients enrolled, 22 received CART-BCMA.", [("patients_enrolled", {"value": 25}), ("patients_treated", {"value": 22})]),
    ("Of 25 patients enrolled, 22 received P-BCMA-ALLO1 at 2 × 10^6 cells/kg.",
     [("patients_enrolled", {"value": 25}), ("patients_treated", {"value": 22}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Of 20 patients, 18 received IL-6 blockade.", []),
    # a transplant as the main verb after a relative clause's response: the transplant's count, not the response's
    ("Two of the seven patients who had a remission proceeded to a second allogeneic stem-cell transplantation within 2 months "
     "after infusion.", [("transplant", {"n": 2, "N": 7, "percent": 28.6})]),
    ("Two of the seven patients who achieved CR proceeded to allo-HSCT.", [("transplant", {"n": 2, "N": 7})]),
    ("Five of the 12 patients who achieved complete remission underwent consolidative allogeneic HSCT.",
     [("transplant", {"n": 5, "N": 12})]),
    ("Two of the seven patients who had a remission subsequently underwent allo-HSCT.", [("transplant", {"n": 2, "N": 7})]),
    ("Five of the 12 patients who responded underwent allo-HSCT.", [("transplant", {"n": 5, "N": 12})]),
    ("Eight of the 10 patients who achieved CR were MRD-negative.", [("mrd_negative", {"n": 8, "N": 10})]),
    # a death without relapse (or progression) is non-relapse mortality, no relapse
    ("Outcome\tHSCT (n = 21)\tNo HSCT (n = 14)\nRelapse, n (%)\t2 (9.5)\t7 (50.0)\nDeath without relapse, n\t1\t0",
     [("relapse", {"n": 2, "N": 21, "subgroup": "HSCT"}), ("relapse", {"n": 7, "N": 14, "subgroup": "No HSCT"})]),
    ("Relapse occurred in 4 patients; 2 died without relapse.", [("relapse", {"n": 4})]),
    ("Deaths without relapse occurred in 2 patients (5%).", []),
    ("Three patients relapsed and one died without progression.", [("relapse", {"n": 3})]),
    # a relapse after an earlier transplant in the double pluperfect: the history patients entered with
    ("The median age was 12 years (range, 3 to 19), and 5 had had disease relapse after allogeneic stem-cell transplantation.", []),
    ("Twelve had had an isolated CNS relapse following a first HSCT.", []),
    ("Three had had a relapse after autologous transplant.", []),
    ("By the data cutoff, 5 patients had had a relapse.", [("relapse", {"n": 5})]),
    # when and in whom responses were assessed: no response count
    ("Marrow response was assessed on day 28 in the 22 patients with marrow disease, and extramedullary response by PET-CT "
     "at week 6.", []),
    ("Response was evaluated at day 28 in 22 patients.", []),
    ("Responses were assessed by IMWG criteria in 31 patients; 29 responded (93.5%).",
     [("overall_response", {"n": 29, "percent": 93.5})]),
    # a p-value whose own clause compares a quantity the record has no endpoint for (expansion, levels, persistence)
    ("Relapse occurred in 8 patients, and CAR-T expansion was lower in patients who relapsed (P = 0.04).", [("relapse", {"n": 8})]),
    ("CRS occurred in 20 patients (80%); peak IL-6 levels were higher in those with grade ≥3 CRS (P = .002).",
     [("crs", {"n": 20, "percent": 80, "grade": "any"})]),
    ("Eighteen patients (75%) achieved CR, but CAR-T persistence was shorter in non-responders (P = .03).",
     [("complete_remission", {"n": 18, "percent": 75})]),
    ("The CR rate was 90% with high and 60% with low peak expansion (P = .02).",
     [("complete_remission", {"percent": 90}), ("complete_remission", {"percent": 60}), ("p_value", {"value": ".02"})]),
    # "none of the four" with the patient noun elided: an absence
    ("Four of 10 patients in CR proceeded to allogeneic HSCT; none of the four has relapsed.",
     [("transplant", {"n": 4, "N": 10}), ("relapse", {"n": 0, "negated": True})]),
    ("None of the 4 had relapsed at last follow-up.", [("relapse", {"n": 0, "negated": True})]),
    ("None of the four has developed GVHD.", [("gvhd", {"n": 0, "negated": True})]),
    ("None of the four developed ICANS.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("None of these three relapsed.", [("relapse", {"n": 0, "N": 3, "negated": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND102_FAMILIES)
def test_blind102_families(text, expected):
    _matches(read_text(text), expected)


BLIND106_FAMILIES = [
    # a bare "the median" after a survival estimate is that estimate's median (a duration or "not reached" after it)
    ("The 6-month progression-free survival was 74% (95% CI, 53-87), and the median was 11.2 months (95% CI, 7.9-not reached).",
     [("progression_free_survival", {"percent": 74, "months": 6, "ci_low": 53, "ci_high": 87}),
      ("progression_free_survival", {"median_months": 11.2, "ci_low": 7.9})]),
    ("The 12-month PFS rate was 55.1%, and the median was 13.4 months.",
     [("progression_free_survival", {"percent": 55.1, "months": 12}), ("progression_free_survival", {"median_months": 13.4})]),
    ("Event-free survival at 12 months was 58%, with a median of 15.1 months.",
     [("event_free_survival", {"percent": 58, "months": 12}), ("event_free_survival", {"median_months": 15.1})]),
    ("The 1-year OS was 72.0% (95% CI, 60.1-81.0); the median was 25.3 months (95% CI, 18.0 to not reached).",
     [("overall_survival", {"percent": 72.0, "months": 12, "ci_low": 60.1, "ci_high": 81.0}),
      ("overall_survival", {"median_months": 25.3, "ci_low": 18.0})]),
    # (no duration after it, or another term's median: no survival median)
    ("PFS at 12 months was 58% in patients with a median of 3 prior lines.",
     [("progression_free_survival", {"percent": 58, "months": 12})]),
    ("The 2-year OS was 61%; median follow-up was 20 months.",
     [("overall_survival", {"percent": 61, "months": 24}), ("median_followup", {"months": 20})]),
    # "responding" as the response verb, like "responded"
    ("The highest dose level yielded the highest response rate, with 14 of 15 patients (93%) responding at 6 × 10^6 CAR T cells/kg.",
     [("overall_response", {"percent": 93, "n": 14, "N": 15}), ("dose", {"low": 6e6, "high": 6e6, "unit": "cells/kg"})]),
    ("Nine of 12 patients were responding at 3 months.",
     [("overall_response", {"n": 9, "N": 12, "timepoint_days": 91})]),
    ("Of the 20 responding patients, 5 relapsed.", [("relapse", {"n": 5, "N": 20})]),
    # a footnote's p-value before the endpoint and the two groups it compares
    ("Kaplan-Meier estimates; P = .21 for PFS, DL2 vs DL1 (log-rank).",
     [("p_value", {"value": ".21", "compares": ["DL2", "DL1"], "outcome": "progression_free_survival"})]),
    ("P = 0.03 for overall survival (transplanted vs non-transplanted).",
     [("p_value", {"value": "0.03", "compares": ["transplanted", "non-transplanted"], "outcome": "overall_survival"})]),
    ("P = .004 for EFS: HSCT versus no HSCT.",
     [("p_value", {"value": ".004", "compares": ["HSCT", "no HSCT"], "outcome": "event_free_survival"})]),
    ("P = .04 for age, DL2 vs DL1.", []),
    # MRD negativity has no site: the abstract's "in the bone marrow, and 24 of these 26 were negative for MRD" and the
    # Results' "MRD was undetectable in 24 of the 26 responders" are one result
    ("On day 28, 26 of 30 patients (87%) achieved complete remission or CR with incomplete count recovery (CR/CRi) in the "
     "bone marrow, and 24 of these 26 were negative for minimal residual disease (MRD). Flow cytometric MRD was undetectable "
     "(<0.01%) in 24 of the 26 responders.",
     [("complete_remission", {"percent": 87, "n": 26, "N": 30, "site": "bone marrow"}),
      ("mrd_negative", {"n": 24, "N": 26, "timepoint_days": 28})]),
    ("Twenty-two of 25 patients (88%) achieved CR in the bone marrow, 20 of whom were MRD-negative. MRD negativity was "
     "observed in 20 of the 22 patients with CR.",
     [("complete_remission", {"percent": 88, "n": 22, "N": 25, "site": "bone marrow"}), ("mrd_negative", {"n": 20, "N": 22})]),
]


@pytest.mark.parametrize("text, expected", BLIND106_FAMILIES)
def test_blind106_families(text, expected):
    _matches(read_text(text), expected)


BLIND105_FAMILIES = [
    # a Kaplan-Meier table with time points as columns (maybe a last column of p-values), the caption's "% (95% CI)", and
    # rows naming their groups under a line naming the endpoint: each cell the group's estimate, each p-value the row's
    # group against the next row's
    ("Results\nTable 1 Kaplan–Meier estimates by consolidative transplantation, % (95% CI)\n"
     "Endpoint / group\t6 months\t12 months\t24 months\tP\nOverall survival\n"
     "HSCT (n = 20)\t95.0 (69.5–99.3)\t85.0 (60.4–94.9)\t73.9 (48.1–88.2)\t.011\n"
     "No HSCT (n = 12)\t75.0 (40.8–91.2)\t50.0 (20.8–73.6)\t25.0 (6.0–50.5)\t\nLeukemia-free survival\n"
     "HSCT (n = 20)\t90.0 (65.6–97.4)\t80.0 (55.1–92.0)\t68.6 (43.0–84.5)\t.002\n"
     "No HSCT (n = 12)\t58.3 (27.0–80.1)\t33.3 (10.3–58.8)\t16.7 (2.7–41.3)\t\nP values by log-rank test (HSCT vs no HSCT).\n",
     [*[("overall_survival", {"percent": p, "months": mo, "subgroup": g, "N": n}) for p, mo, g, n in (
         (95.0, 6, "HSCT", 20), (85.0, 12, "HSCT", 20), (73.9, 24, "HSCT", 20),
         (75.0, 6, "No HSCT", 12), (50.0, 12, "No HSCT", 12), (25.0, 24, "No HSCT", 12))],
      *[("leukemia_free_survival", {"percent": p, "months": mo, "subgroup": g, "N": n, "ci_low": lo}) for p, mo, g, n, lo in (
          (90.0, 6, "HSCT", 20, 65.6), (80.0, 12, "HSCT", 20, 55.1), (68.6, 24, "HSCT", 20, 43.0),
          (58.3, 6, "No HSCT", 12, 27.0), (33.3, 12, "No HSCT", 12, 10.3), (16.7, 24, "No HSCT", 12, 2.7))],
      ("p_value", {"value": ".011", "compares": ["HSCT", "No HSCT"], "outcome": "overall_survival"}),
      ("p_value", {"value": ".002", "compares": ["HSCT", "No HSCT"], "outcome": "leukemia_free_survival"})]),
    ("Results\nTable 2 Survival by response at day 28, % (95% CI)\nGroup\t1 year\t2 years\tP value\nEvent-free survival\n"
     "MRD-negative CR (n = 31)\t74.2 (55.1–86.2)\t61.3 (42.0–75.8)\t<.001\nOther (n = 9)\t22.2 (3.4–51.3)\t11.1 (0.6–38.8)\t\n"
     "All patients (n = 40)\t62.5 (45.7–75.4)\t50.0 (33.8–64.2)\t\n",
     [("event_free_survival", {"percent": 74.2, "months": 12, "subgroup": "MRD-negative CR", "N": 31}),
      ("event_free_survival", {"percent": 61.3, "months": 24, "subgroup": "MRD-negative CR", "N": 31}),
      ("event_free_survival", {"percent": 22.2, "months": 12, "subgroup": "Other", "N": 9}),
      ("event_free_survival", {"percent": 11.1, "months": 24, "subgroup": "Other", "N": 9}),
      ("event_free_survival", {"percent": 62.5, "months": 12, "N": 40}), ("event_free_survival", {"percent": 50.0, "months": 24, "N": 40}),
      ("p_value", {"value": "<.001", "compares": ["MRD-negative CR", "Other"], "outcome": "event_free_survival"})]),
    # the leukapheresed opening the sentence, two populations named ("children and adolescents"), or "who were leukapheresed"
    ("Of 63 children and adolescents who underwent leukapheresis, 58 were infused.",
     [("patients_enrolled", {"value": 63}), ("patients_treated", {"value": 58})]),
    ("Of 48 adolescents and young adults who underwent apheresis, 44 received tisagenlecleucel.",
     [("patients_enrolled", {"value": 48}), ("patients_treated", {"value": 44})]),
    ("Among 31 adults and children who were leukapheresed, 29 were infused.",
     [("patients_enrolled", {"value": 31}), ("patients_treated", {"value": 29})]),
    # the infused count after "so"/"thus"/"therefore", the dropouts before it no count of the treated
    ("Between March 2022 and October 2023, 29 patients were enrolled; one patient had rapid disease progression and one had a "
     "manufacturing failure, so 27 received NS7CAR (DL1, n = 3; DL2, n = 9; DL3, n = 15).",
     [("patients_enrolled", {"value": 29}), ("patients_treated", {"value": 27}), ("patients_treated", {"value": 3, "subgroup": "DL1"}),
      ("patients_treated", {"value": 9, "subgroup": "DL2"}), ("patients_treated", {"value": 15, "subgroup": "DL3"})]),
    ("30 patients were enrolled; two patients died before lymphodepletion and thus 28 were infused.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    ("Thirty patients underwent leukapheresis; one withdrew consent and one had progressive disease, therefore 28 received CAR-T cells.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    # a poster's dose levels one a line, the unit named once in the line above them
    ("METHODS\n• Open-label, 3+3 dose escalation (NCT08895502).\n• Flat doses (total CAR-T cells):\n• DL1: 1 × 10^7\n"
     "• DL2: 5 × 10^7\n• DL3: 1.5 × 10^8\n• Lymphodepletion: Flu 30 mg/m2.\n",
     [("dose", {"low": 1e7, "unit": "cells", "label": "DL1"}), ("dose", {"low": 5e7, "unit": "cells", "label": "DL2"}),
      ("dose", {"low": 1.5e8, "unit": "cells", "label": "DL3"})]),
    ("Methods\nDose levels (CAR-T cells/kg):\nDL1: 5 × 10^5\nDL2: 1 × 10^6\nDL3: 2 × 10^6\n",
     [("dose", {"low": 5e5, "unit": "cells/kg", "label": "DL1"}), ("dose", {"low": 1e6, "unit": "cells/kg", "label": "DL2"}),
      ("dose", {"low": 2e6, "unit": "cells/kg", "label": "DL3"})]),
    ("Methods\nDose levels:\nDL1: 5 × 10^5\nDL2: 1 × 10^6\n", []),   # (no unit named: no dose)
    # a row label cut at an abbreviation's period by the sentence splitter ("MRD-neg. CR/CRi"): the whole label names the row;
    # its whole-cohort cell restates the text's MRD negativity of the same count
    ("Results\nBy day 28, 24 of 27 patients (88.9%) achieved CR/CRi in the bone marrow, and 22 (81.5%) were MRD-negative.\n"
     "Table 1. Day 28 response by dose level\nn (%)\tDL1 (n = 3)\tDL2 (n = 9)\tDL3 (n = 15)\tAll (N = 27)\n"
     "CR/CRi, day 28\t2 (66.7)\t8 (88.9)\t14 (93.3)\t24 (88.9)\nMRD-neg. CR/CRi\t1 (33.3)\t7 (77.8)\t14 (93.3)\t22 (81.5)\n",
     [("complete_remission", {"n": 24, "N": 27, "includes_cri": True}), ("mrd_negative", {"n": 22, "percent": 81.5}),
      *[("patients_treated", {"value": v, "subgroup": g}) for v, g in ((3, "DL1"), (9, "DL2"), (15, "DL3"))],
      *[("complete_remission", {"n": n, "N": d, "subgroup": g, "timepoint_days": 28}) for n, d, g in ((2, 3, "DL1"), (8, 9, "DL2"), (14, 15, "DL3"))],
      *[("complete_remission", {"n": n, "N": d, "subgroup": g, "mrd_negative": True}) for n, d, g in ((1, 3, "DL1"), (7, 9, "DL2"), (14, 15, "DL3"))]]),
    ("Results\nTable 2. Responses by cohort\nn (%)\tCohort A (n = 10)\tCohort B (n = 12)\nORR\t9 (90.0)\t10 (83.3)\n"
     "MRD-neg. CR\t7 (70.0)\t8 (66.7)\n",
     [("overall_response", {"n": 9, "N": 10, "subgroup": "Cohort A"}), ("overall_response", {"n": 10, "N": 12, "subgroup": "Cohort B"}),
      ("complete_remission", {"n": 7, "N": 10, "subgroup": "Cohort A", "mrd_negative": True}),
      ("complete_remission", {"n": 8, "N": 12, "subgroup": "Cohort B", "mrd_negative": True})]),
]


@pytest.mark.parametrize("text, expected", BLIND105_FAMILIES)
def test_blind105_families(text, expected):
    _matches(read_text(text), expected)


BLIND104_FAMILIES = [
    # "Experimental Design:" (Clin Cancer Res) is a section heading: it ends the Purpose section's background
    ("Purpose: Approved BCMA products achieve overall response rates of 73% to 97%. Experimental Design: Patients received "
     "HLX-M at 50 × 10^6, 150 × 10^6 or 300 × 10^6 CAR+ T cells in a phase 1/2 trial (NCT08891012).",
     [("dose", {"low": 5e7, "unit": "cells"}), ("dose", {"low": 1.5e8, "unit": "cells"}), ("dose", {"low": 3e8, "unit": "cells"})]),
    ("PURPOSE: CD19 CAR-T products achieve CR rates of 70% to 90%. EXPERIMENTAL DESIGN: Patients received 1 × 10^6 CAR-T cells/kg.",
     [("dose", {"low": 1e6, "unit": "cells/kg"})]),
    # a term's "≥" in a run of coordinated terms, and a response category with no endpoint (VGPR, MLFS) keeping its place
    ("At dose level 3, ORR and ≥CR rates were 94.4% and 72.2%.",
     [("overall_response", {"percent": 94.4}), ("complete_remission", {"percent": 72.2})]),
    ("The ORR and ≥CR rates were 90% and 70%, respectively.",
     [("overall_response", {"percent": 90}), ("complete_remission", {"percent": 70})]),
    ("ORR, ≥VGPR and ≥CR rates were 95%, 80% and 60%.",
     [("overall_response", {"percent": 95}), ("complete_remission", {"percent": 60})]),
    ("CR and MLFS rates were 60% and 20%, respectively.", [("complete_remission", {"percent": 60})]),
    ("CRS grades 1, 2 and 3 occurred in 10, 5 and 2 patients.",
     [("crs", {"n": 10, "grade": "1"}), ("crs", {"n": 5, "grade": "2"}), ("crs", {"n": 2, "grade": "3"})]),
    # a grade breakdown closed by its grading system in parentheses
    ("CRS: grade 1, 24; grade 2, 15; grade 3, 2 (ASTCT).",
     [("crs", {"n": 24, "grade": "1"}), ("crs", {"n": 15, "grade": "2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("CRS: grade 1, 20; grade 2, 8; grade 3, 2 (Lee criteria).",
     [("crs", {"n": 20, "grade": "1"}), ("crs", {"n": 8, "grade": "2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("ICANS: grade 1, 5; grade 2, 1 (per CTCAE).",
     [("neurotoxicity", {"n": 5, "grade": "1"}), ("neurotoxicity", {"n": 1, "grade": "2"})]),
    ("CRS occurred in 30 patients: grade 1, 20 (50%); grade 2, 8 (20%); grade 3, 2 (5%).",
     [("crs", {"n": 30, "grade": "any"}), ("crs", {"n": 20, "percent": 50, "grade": "1"}),
      ("crs", {"n": 8, "percent": 20, "grade": "2"}), ("crs", {"n": 2, "percent": 5, "grade": "3"})]),
    # a poster's label of a term with its grade, then the count after the colon
    ("Neurotoxicity gr 1: 2 pts.", [("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("ICANS grade 1: 2 patients.", [("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("CRS gr 1-2: 15 pts; gr 3: 3 pts.", [("crs", {"n": 15, "grade": "1-2"}), ("crs", {"n": 3, "grade": "3"})]),
    ("ICANS grade 1-2: 4/30 (13.3%).", [("neurotoxicity", {"n": 4, "N": 30, "percent": 13.3, "grade": "1-2"})]),
    # counts sized by the population named after them
    ("Extramedullary: 5 CR and 2 PR among 8 patients with EMD (ORR 87.5%).",
     [("complete_remission", {"n": 5, "N": 8, "percent": 62.5, "derived": True, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 8, "percent": 25.0, "derived": True, "site": "extramedullary"}),
      ("overall_response", {"percent": 87.5, "site": "extramedullary"})]),
    ("There were 5 CRs and 2 PRs among 8 evaluable patients.",
     [("complete_remission", {"n": 5, "N": 8}), ("partial_remission", {"n": 2, "N": 8})]),
    ("Responses included CR in 4 and PR in 3 among 9 evaluable patients.",
     [("complete_remission", {"n": 4, "N": 9}), ("partial_remission", {"n": 3, "N": 9})]),
    # a count broken down by patient group in parentheses, the parts adding up to it
    ("Thirty patients proceeded to allogeneic HSCT in CR after CAR-T (children, 9; adults, 21).",
     [("transplant", {"n": 30}), ("transplant", {"n": 9, "subgroup": "children"}), ("transplant", {"n": 21, "subgroup": "adults"})]),
    ("Relapse occurred in 12 patients (cohort A, 5; cohort B, 7).",
     [("relapse", {"n": 12}), ("relapse", {"n": 5, "subgroup": "cohort A"}), ("relapse", {"n": 7, "subgroup": "cohort B"})]),
    ("Twelve patients underwent consolidative HSCT (pediatric patients, 5; adult patients, 7).",
     [("transplant", {"n": 12}), ("transplant", {"n": 5, "subgroup": "pediatric patients"}),
      ("transplant", {"n": 7, "subgroup": "adult patients"})]),
    # (not when the parts do not add up to the count)
    ("Relapse occurred in 12 patients (children, 9; adults, 21).", [("relapse", {"n": 12})]),
    # an interim analysis's size in its parentheses
    ("At the interim analysis (cutoff March 2024; n = 20), the day-28 CR/CRi rate was 90.0% (18/20).",
     [("patients_treated", {"value": 20, "subgroup": "interim analysis"}),
      ("complete_remission", {"percent": 90.0, "n": 18, "N": 20, "includes_cri": True})]),
    ("In a prespecified interim analysis (data cutoff Jan 15, 2024; n=17), the ORR was 82.4%.",
     [("patients_treated", {"value": 17, "subgroup": "interim analysis"}), ("overall_response", {"percent": 82.4})]),
    ("At the primary analysis (n = 20), the CR rate was 90%.", [("complete_remission", {"percent": 90})]),
    # two counts, each in its cohort, sharing the verb after the second
    ("Fourteen patients in cohort A and 19 in cohort B were infused.",
     [("patients_treated", {"value": 14, "subgroup": "cohort A"}), ("patients_treated", {"value": 19, "subgroup": "cohort B"})]),
    ("12 patients in arm A and 10 in arm B were treated.",
     [("patients_treated", {"value": 12, "subgroup": "arm A"}), ("patients_treated", {"value": 10, "subgroup": "arm B"})]),
    ("Six patients in cohort 1 and 8 in cohort 2 received CAR-T cells.",
     [("patients_treated", {"value": 6, "subgroup": "cohort 1"}), ("patients_treated", {"value": 8, "subgroup": "cohort 2"})]),
    # a count "in each" of the two cohorts the sentence names
    ("CRS occurred in 12/14 patients in cohort A and 15/19 in cohort B, and was G3 in one patient in each cohort.",
     [("crs", {"n": 12, "N": 14, "grade": "any"}), ("crs", {"n": 15, "N": 19, "grade": "any"}),
      ("crs", {"n": 1, "grade": "3", "subgroup": "cohort A"}), ("crs", {"n": 1, "grade": "3", "subgroup": "cohort B"})]),
    ("In arm A and arm B, grade 3 CRS occurred in 2 patients in each arm.",
     [("crs", {"n": 2, "grade": "3", "subgroup": "arm A"}), ("crs", {"n": 2, "grade": "3", "subgroup": "arm B"})]),
    # (no cohorts named: one count)
    ("Grade 3 CRS occurred in one patient in each cohort.", [("crs", {"n": 1, "grade": "3"})]),
    # a dose followed by the trial it was given in: no label
    ("Patients received HLX-M at 50 × 10^6 or 150 × 10^6 CAR+ T cells in a phase 1/2 trial.",
     [("dose", {"low": 5e7, "label": None}), ("dose", {"low": 1.5e8, "label": None})]),
    ("Patients received 1 × 10^6 CAR-T cells/kg in this multicenter study.", [("dose", {"low": 1e6, "label": None})]),
]


@pytest.mark.parametrize("text, outcome", [
    # a p-value right after an unnamed pair of another endpoint than the named groups' values before it
    ("With a median follow-up of 26 months, 2-year EFS was 58.1% (95% CI, 44.2–69.7) in children and 36.4% (95% CI, "
     "24.8–48.1) in adults, and 2-year OS was 77.3% vs 51.5% (p = 0.04).", "overall_survival"),
    ("The CR rate was 90% in children and 70% in adults, and 1-year OS was 80% versus 60% (P = .02).", "overall_survival"),
    ("Day-28 CR/CRi rates were 95.5% (21/22) in children vs 78.8% (26/33) in adults (p = 0.13).", "complete_remission"),
])
def test_blind104_pvalue_outcome(text, outcome):
    assert [f["outcome"] for e, f in read_text(text) if e == "p_value"] == [outcome]


@pytest.mark.parametrize("text, expected", BLIND104_FAMILIES)
def test_blind104_families(text, expected):
    _matches(read_text(text), expected)


BLIND103_FAMILIES = [
    # survival terms listed with a distractor (GRFS, NRM) among them, their values in turn: the distractor's value is its own
    ("With a median follow-up of 16.3 months, the 1-year OS, LFS and GRFS were 81.3%, 71.9% and 59.4%, respectively.",
     [("median_followup", {"months": 16.3}), ("overall_survival", {"percent": 81.3, "months": 12}),
      ("leukemia_free_survival", {"percent": 71.9, "months": 12})]),
    ("The 1-year GRFS, OS and LFS were 55.0%, 80.0% and 70.0%, respectively.",
     [("overall_survival", {"percent": 80.0, "months": 12}), ("leukemia_free_survival", {"percent": 70.0, "months": 12})]),
    ("The 2-year EFS, GRFS and NRM were 60%, 45% and 10%, respectively.", [("event_free_survival", {"percent": 60, "months": 24})]),
    # the cumulative incidence of a site's relapse is one term of a list
    ("At a median follow-up of 17.8 months (IQR, 11.0-26.4), the 2-year OS, LFS and cumulative incidence of CNS relapse were "
     "62.4% (95% CI 44.5-76.0), 50.8% (95% CI 33.6-65.7) and 10.3%, respectively.",
     [("median_followup", {"months": 17.8}),
      ("overall_survival", {"percent": 62.4, "months": 24, "ci_low": 44.5, "ci_high": 76.0}),
      ("leukemia_free_survival", {"percent": 50.8, "months": 24, "ci_low": 33.6, "ci_high": 65.7}),
      ("relapse", {"percent": 10.3})]),
    ("The 2-year EFS and cumulative incidence of isolated marrow relapse were 55% and 20%, respectively.",
     [("event_free_survival", {"percent": 55, "months": 24}), ("relapse", {"percent": 20})]),
    ("The cumulative incidence of CNS relapse was 8.2% at 2 years.", [("relapse", {"percent": 8.2})]),
    # per-level counts after the levels' names, "n =" once
    ("Between May 2022 and October 2023, 26 patients underwent leukapheresis and 24 were infused after fludarabine/cyclophosphamide "
     "lymphodepletion at 5 × 10^5, 1 × 10^6 or 2 × 10^6 CAR-T cells/kg (dose levels 1-3; n = 6, 9 and 9, respectively).",
     [("patients_enrolled", {"value": 26}), ("patients_treated", {"value": 24}),
      ("dose", {"low": 5e5}), ("dose", {"low": 1e6}), ("dose", {"low": 2e6}),
      ("patients_treated", {"value": 6, "subgroup": "dose level 1"}), ("patients_treated", {"value": 9, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 9, "subgroup": "dose level 3"})]),
    ("Patients received 1 × 10^6 or 3 × 10^6 cells/kg (DL1-DL2; n = 4 and 8, respectively).",
     [("dose", {"low": 1e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 4, "subgroup": "DL1"}), ("patients_treated", {"value": 8, "subgroup": "DL2"})]),
    ("Patients received 1 × 10^6, 2 × 10^6 or 3 × 10^6 cells/kg (n = 4, 5 and 8, respectively).",
     [("dose", {"low": 1e6}), ("dose", {"low": 2e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 4}), ("patients_treated", {"value": 5}), ("patients_treated", {"value": 8})]),
    # a grade right after its term, then its count in parentheses
    ("CRS was mostly grade 1 (n = 11) or grade 2 (n = 5); grade 3 CRS occurred in 3 patients, all at the 3 × 10^8 dose level.",
     [("crs", {"n": 11, "grade": "1"}), ("crs", {"n": 5, "grade": "2"}), ("crs", {"n": 3, "grade": "3"})]),
    ("CRS was grade 1 (n = 11), grade 2 (n = 5) or grade 3 (n = 2).",
     [("crs", {"n": 11, "grade": "1"}), ("crs", {"n": 5, "grade": "2"}), ("crs", {"n": 2, "grade": "3"})]),
    ("ICANS was grade 1 (n = 3).", [("neurotoxicity", {"n": 3, "grade": "1"})]),
    # a terse grade list ending in the higher grades' absence ("none ≥G3", "no ≥G3")
    ("CRS: G1 16, G2 9, G3 2, G4 0; ICANS: G1 2, G2 1, none ≥G3.",
     [("crs", {"n": 16, "grade": "1"}), ("crs", {"n": 9, "grade": "2"}), ("crs", {"n": 2, "grade": "3"}),
      ("crs", {"grade": "4", "negated": True}), ("neurotoxicity", {"n": 2, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "2"}), ("neurotoxicity", {"grade": ">=3", "negated": True})]),
    ("ICANS: G1 2, G2 3, no ≥G3.",
     [("neurotoxicity", {"n": 2, "grade": "1"}), ("neurotoxicity", {"n": 3, "grade": "2"}),
      ("neurotoxicity", {"grade": ">=3", "negated": True})]),
    ("CRS: Gr1 16, Gr2 9, none ≥Gr3.",
     [("crs", {"n": 16, "grade": "1"}), ("crs", {"n": 9, "grade": "2"}), ("crs", {"grade": ">=3", "negated": True})]),
    # an organ's GVHD "or chronic" GVHD denied: the chronic absence (the organ's alone is no absence of GVHD)
    ("Skin-limited acute GVHD (grade 1-2) occurred in 3 patients and resolved with topical steroids; no visceral or chronic GVHD "
     "was seen.",
     [("gvhd", {"n": 3, "grade": "1-2", "acute": True}), ("gvhd", {"grade": "any", "chronic": True, "negated": True})]),
    ("There was no hepatic or chronic GVHD.", [("gvhd", {"grade": "any", "chronic": True, "negated": True})]),
    ("No gut or acute GVHD occurred.", [("gvhd", {"grade": "any", "acute": True, "negated": True})]),
    ("No visceral GVHD was observed.", []),
    # a chronic GVHD's severity as an aside between commas: the count is all of it
    ("After transplant, grade II-IV aGVHD occurred in 7/27 (25.9%) and grade III-IV in 2/27 (7.4%); cGVHD, mostly mild, "
     "developed in 5 patients.",
     [("gvhd", {"n": 7, "N": 27, "grade": "2-4", "acute": True}), ("gvhd", {"n": 2, "N": 27, "grade": "3-4", "acute": True}),
      ("gvhd", {"n": 5, "grade": "any", "chronic": True})]),
    ("Chronic GVHD, mainly moderate, occurred in 4 patients.", [("gvhd", {"n": 4, "grade": "any", "chronic": True})]),
    ("cGVHD, all mild, developed in 3 of 20 patients (15%).", [("gvhd", {"n": 3, "N": 20, "grade": "any", "chronic": True})]),
    ("Chronic GVHD was moderate or severe in four.", []),
    # an MRD-negative CR with the marrow named between
    ("All six patients with marrow involvement achieved MRD-negative marrow CR.",
     [("complete_remission", {"n": 6, "N": 6, "mrd_negative": True, "site": "bone marrow"})]),
    ("Eight of 10 patients achieved MRD-negative bone marrow CR.",
     [("complete_remission", {"n": 8, "N": 10, "mrd_negative": True, "site": "bone marrow"})]),
    ("MRD-negative BM CR was achieved in 12 (80%).",
     [("complete_remission", {"percent": 80, "n": 12, "mrd_negative": True, "site": "bone marrow"})]),
    # a count of pooled trials or studies is no treated count
    ("We pooled two single-arm trials (NCT08891032 and ChiCTR2288910321) in which patients with r/r CD7-positive T-ALL/T-LBL "
     "received autologous (auto) or donor-derived (DD) CD7 CAR-T cells at a target dose of 2 × 10^6 cells/kg.",
     [("dose", {"low": 2e6})]),
    ("Two phase 1 studies, in which patients received CAR-T cells, were pooled.", []),
    ("Two phase 1 studies, in which 40 patients received CAR-T cells, were pooled.", [("patients_treated", {"value": 40})]),
    ("Forty patients from two trials were infused.", [("patients_treated", {"value": 40})]),
    # a table's per-dose-level size column: each level's treated count (the whole-cohort row's is no group's)
    ("Results: Table 1. Response at day 28 by dose level\nDose level\tPatients, n\tCR/CRi, n (%)\tORR, n (%)\n"
     "DL1\t3\t1 (33.3)\t1 (33.3)\nDL2\t6\t3 (50.0)\t4 (66.7)\nAll\t9\t4 (44.4)\t5 (55.6)",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 1, "N": 3, "subgroup": "DL1"}), ("overall_response", {"n": 1, "N": 3, "subgroup": "DL1"}),
      ("complete_remission", {"n": 3, "N": 6, "subgroup": "DL2"}), ("overall_response", {"n": 4, "N": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 4, "N": 9}), ("overall_response", {"n": 5, "N": 9})]),
]


@pytest.mark.parametrize("text, expected", BLIND103_FAMILIES)
def test_blind103_families(text, expected):
    _matches(read_text(text), expected)


BLIND109_FAMILIES = [
    # a caption's number and its title on one line are one sentence ("Table 2." no sentence of its own): the title's
    # "% (95% CI)" is the cells' format, also when the title goes on in a second sentence
    ("Results\nSurvival is summarized below.\nTable 2. Survival estimates, % (95% CI)\nEndpoint\t6 months\t12 months\n"
     "EFS, all patients (n = 48)\t83.2 (69.4-91.2)\t66.9 (51.0-78.7)\n",
     [("event_free_survival", {"percent": 83.2, "months": 6, "ci_low": 69.4, "ci_high": 91.2, "N": 48}),
      ("event_free_survival", {"percent": 66.9, "months": 12, "ci_low": 51.0, "ci_high": 78.7, "N": 48})]),
    ("Results\nTable 1. Outcomes by consolidation. Kaplan-Meier estimates, % (95% CI).\nGroup\t12-month LFS\t12-month OS\n"
     "Allo-HSCT (n = 21)\t71.4 (47.2-86.0)\t85.7 (62.0-95.2)\nNo allo-HSCT (n = 9)\t22.2 (3.4-51.3)\t44.4 (13.6-71.9)\n",
     [("leukemia_free_survival", {"percent": 71.4, "months": 12, "ci_low": 47.2, "ci_high": 86.0, "N": 21, "subgroup": "Allo-HSCT"}),
      ("overall_survival", {"percent": 85.7, "months": 12, "ci_low": 62.0, "ci_high": 95.2, "N": 21, "subgroup": "Allo-HSCT"}),
      ("leukemia_free_survival", {"percent": 22.2, "months": 12, "ci_low": 3.4, "ci_high": 51.3, "N": 9, "subgroup": "No allo-HSCT"}),
      ("overall_survival", {"percent": 44.4, "months": 12, "ci_low": 13.6, "ci_high": 71.9, "N": 9, "subgroup": "No allo-HSCT"})]),
    # (the caption's end stop: "…, % (95% CI).")
    ("Results\nTable S3. Kaplan-Meier estimates of overall survival (OS), % (95% CI).\nPopulation\t6 months\t12 months\n"
     "OS, all patients (N = 40)\t85.0 (69.7-92.9)\t67.3 (50.2-79.7)\n",
     [("overall_survival", {"percent": 85.0, "months": 6, "ci_low": 69.7, "ci_high": 92.9, "N": 40}),
      ("overall_survival", {"percent": 67.3, "months": 12, "ci_low": 50.2, "ci_high": 79.7, "N": 40})]),
    # (a line without end punctuation above the caption ends there: "• No GVHD in the 4 pts" is no part of the caption)
    ("Safety\n• No GVHD in the 4 pts with prior allo-HSCT\nTable 3. CRS by maximum grade (N=17)\nEvent\tAny grade\tG3\n"
     "CRS\t15 (88%)\t2 (12%)\n",
     [("gvhd", {"negated": True, "n": 0}),
      ("crs", {"grade": "any", "n": 15, "percent": 88}), ("crs", {"grade": "3", "n": 2, "percent": 12})]),
    # a table's dose column: the level's dose, its unit from the column's head (or the head's multiplier and unit)
    ("Results\nTable 1. Dose escalation\nDose level\tCD30.CAR-T cells/kg\tPatients, n\tORR, n (%)\n"
     "DL1\t5 × 10^5\t3\t1 (33.3)\nDL2\t1 × 10^6\t6\t4 (66.7)\n",
     [("dose", {"label": "DL1", "low": 500000, "high": 500000, "unit": "cells/kg"}),
      ("dose", {"label": "DL2", "low": 1000000, "high": 1000000, "unit": "cells/kg"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("overall_response", {"n": 1, "N": 3, "percent": 33.3, "subgroup": "DL1"}),
      ("overall_response", {"n": 4, "N": 6, "percent": 66.7, "subgroup": "DL2"})]),
    ("Results\nTable 1. Dose escalation\nLevel\tDose (×10^6 CAR-T cells/kg)\tPatients, n\tCR, n (%)\nDL1\t0.5\t3\t1 (33.3)\n"
     "Dose level 2\t1.0\t6\t4 (66.7)\n",
     [("dose", {"label": "DL1", "low": 500000, "high": 500000, "unit": "cells/kg"}),
      ("dose", {"label": "Dose level 2", "low": 1000000, "high": 1000000, "unit": "cells/kg"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "Dose level 2"}),
      ("complete_remission", {"n": 1, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 4, "N": 6, "subgroup": "Dose level 2"})]),
    # head cells set with no space between them: "Any gradeGrade 1-2 Grade ≥3"
    ("Safety\nTable 2. Treatment-emergent toxicities, n (%)\nEvent\tAny gradeGrade 1-2 Grade ≥3\nCRS\t10 (90.9)\t8 (72.7)\t2 (18.2)\n",
     [("crs", {"grade": "any", "n": 10, "percent": 90.9}), ("crs", {"grade": "1-2", "n": 8, "percent": 72.7}),
      ("crs", {"grade": ">=3", "n": 2, "percent": 18.2})]),
    # the treated with their dose after "with" or "at a dose of", the subject named by its disease
    ("Eleven patients with CD7-positive AML were infused with 1 × 10^6 (n = 4) or 2 × 10^6 (n = 7) CAR-T cells/kg.",
     [("patients_treated", {"value": 11}), ("dose", {"low": 1000000, "high": 1000000}), ("dose", {"low": 2000000, "high": 2000000}),
      ("patients_treated", {"value": 4}), ("patients_treated", {"value": 7})]),
    ("Twelve patients with T-ALL were treated with a single dose of 2 × 10^6 CAR-T cells/kg.",
     [("patients_treated", {"value": 12}), ("dose", {"low": 2000000, "high": 2000000, "unit": "cells/kg"})]),
    ("Nine AML patients were infused at a target dose of 1 × 10^6 CAR-T cells/kg.",
     [("patients_treated", {"value": 9}), ("dose", {"low": 1000000, "high": 1000000, "unit": "cells/kg"})]),
    # "n = k at LEVEL, n = m at LEVEL": each count's level is the one after it
    ("Eleven patients were infused (n = 4 at DL1, n = 7 at DL2).",
     [("patients_treated", {"value": 11}), ("patients_treated", {"value": 4, "subgroup": "DL1"}),
      ("patients_treated", {"value": 7, "subgroup": "DL2"})]),
    # a history told of some of them after the result ("6 of whom had undergone a previous transplant") leaves the result
    ("Twenty-one of the 28 responders proceeded to allo-HSCT after a median of 46 days, 6 of whom had undergone a previous transplant.",
     [("transplant", {"n": 21, "N": 28})]),
    ("Fourteen patients underwent consolidative allo-HSCT, including 3 who had relapsed after a prior transplant.",
     [("transplant", {"n": 14})]),
    ("Twelve patients (40%) had undergone a previous allo-HSCT.", []),
    # a follow-up range with a thousands comma is one number
    ("Median follow-up was 412 days (range, 98-1,044).", [("median_followup", {"months": 13.54, "range_low": 3.22, "range_high": 34.3})]),
    # a sentence of rates ending in its citation, none said to be ours: the literature's
    ("In the pivotal single-center experience, 1-year OS was 68% without mandatory consolidation [2].", []),
    ("In earlier series, CR rates of 80% to 95% were reported [4, 5].", []),
    ("As reported previously [3], CRS occurred in 29 patients (90.6%).", [("crs", {"grade": "any", "n": 29, "percent": 90.6})]),
]


@pytest.mark.parametrize("text, expected", BLIND109_FAMILIES)
def test_blind109_families(text, expected):
    _matches(read_text(text), expected)


BLIND110_FAMILIES = [
    # a span of percents with no label ("73-97%", "85%–95%") is no rate: neither bound is read (a CI's bounds are)
    ("Approved BCMA CAR T-cell products achieve responses in 73-97% of patients with triple-class-exposed myeloma.", []),
    ("Earlier CD7 CAR-T trials reported CR rates of 85%–95%.", []),
    ("CRS occurred in 50-90% of patients in pivotal trials.", []),
    ("CD5 was expressed on 70-100% of blasts.", []),
    ("The 1-year OS was 78% (65–87%).", [("overall_survival", {"percent": 78, "months": 12})]),
    ("The 1-year OS was 78% (95% CI, 65%-87%).",
     [("overall_survival", {"percent": 78, "months": 12, "ci_low": 65, "ci_high": 87})]),
    ("The 3-year EFS was 68.1% (95% confidence interval (CI) = 56.4–77.3%).",
     [("event_free_survival", {"percent": 68.1, "months": 36, "ci_low": 56.4, "ci_high": 77.3})]),
    # "all events/cases/episodes were grade …" after a count: every one of them has that grade
    ("CRS occurred in 15 patients (88%); all events were grade 1\nor 2.",
     [("crs", {"n": 15, "percent": 88, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"})]),
    ("CRS occurred in 15 patients (88%), and all cases were grade 1-2.",
     [("crs", {"n": 15, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"})]),
    ("ICANS developed in 4 patients (20%); all episodes were grade 1.",
     [("neurotoxicity", {"n": 4, "grade": "any"}), ("neurotoxicity", {"n": 4, "grade": "1"})]),
    ("CRS was observed in 12 patients (60%); all CRS events were grade 1 or 2.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 12, "grade": "1-2"})]),
    ("ICANS occurred in 2 patients; both events were grade 1.",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("ICANS occurred in 3 patients; both events were grade 1.", [("neurotoxicity", {"n": 3, "grade": "any"})]),
    ("Neurotoxicity occurred in 5 of 20 patients (25%); all of the events were grade 1 or 2.",
     [("neurotoxicity", {"n": 5, "N": 20, "grade": "any"}), ("neurotoxicity", {"n": 5, "grade": "1-2"})]),
    ("CRS occurred in 15 patients (88%); all events resolved within 7 days.", [("crs", {"n": 15, "grade": "any"})]),
    # (not all of them: "except one grade 3 event"; a ceiling "grade 2 or lower/less" is 1-2)
    ("CRS occurred in 15 patients (88%); all events were grade 1 except one grade 3 event.",
     [("crs", {"n": 15, "grade": "any"}), ("crs", {"n": 1, "grade": "3"})]),
    ("CRS occurred in 15 patients (88%); all were grade 1 except one grade 3 event.",
     [("crs", {"n": 15, "grade": "any"}), ("crs", {"n": 1, "grade": "3"})]),
    ("Cytokine release syndrome developed in 9 patients (45%); all cases were grade 2 or lower.",
     [("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 9, "grade": "1-2"})]),
    ("CRS developed in 9 patients (45%), all grade 2 or less.",
     [("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 9, "grade": "1-2"})]),
    ("Grade 2 or lower CRS occurred in 9 patients (45%).", [("crs", {"n": 9, "grade": "1-2"})]),
]


@pytest.mark.parametrize("text, expected", BLIND110_FAMILIES)
def test_blind110_families(text, expected):
    _matches(read_text(text), expected)


BLIND107_FAMILIES = [
    # an evaluable opener timed in months or weeks, as one timed by a day
    ("Among 10 patients evaluable for response at 1 month, the ORR was 50.0% and 4 patients achieved a complete metabolic response.",
     [("patients_treated", {"value": 10, "subgroup": "evaluable"}),
      ("overall_response", {"percent": 50.0, "N": 10, "timepoint_days": 28}),
      ("complete_remission", {"n": 4, "N": 10, "percent": 40.0, "timepoint_days": 28})]),
    ("Of 24 patients evaluable for response at week 4, 20 achieved CR.",
     [("patients_treated", {"value": 24, "subgroup": "evaluable"}),
      ("complete_remission", {"n": 20, "N": 24, "timepoint_days": 28})]),
    ("In 30 patients evaluable for efficacy at 3 months, the CR rate was 60%.",
     [("patients_treated", {"value": 30, "subgroup": "evaluable"}), ("complete_remission", {"percent": 60, "timepoint_days": 91})]),
    # (a later assessment's evaluable, named with no "for response", are the responders still followed: blind44)
    ("Among 29 cases evaluable at 3 months, CR was maintained in 13 cases (44.8%).",
     [("complete_remission", {"n": 13, "percent": 44.8, "timepoint_days": 91})]),
    # disease counts listed count-first right after the cohort's verb, the list's noun after its last label
    ("The cohort included 14 T-ALL, 6 T-LBL and 3 mature T-cell lymphoma cases.",
     [("disease_count", {"value": 14, "label": "T-ALL"}), ("disease_count", {"value": 6, "label": "T-LBL"}),
      ("disease_count", {"value": 3, "label": "mature T-cell lymphoma"})]),
    ("The study population consisted of 20 DLBCL, 8 PMBCL and 4 tFL cases.",
     [("disease_count", {"value": 20, "label": "DLBCL"}), ("disease_count", {"value": 8, "label": "PMBCL"}),
      ("disease_count", {"value": 4, "label": "tFL"})]),
    ("The cohort comprised 12 T-ALL and 4 T-LBL patients.",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    ("The cohort included 14 T-ALL patients.", [("patients_treated", {"value": 14})]),
    # the transplanted group's size when the sentence gives no other transplant count (as "in the 7 patients who
    # underwent HSCT"); a prior transplant is a history
    ("Of 19 patients bridged to allo-HSCT, 3 relapsed, compared with 12 of 21 patients who did not undergo transplantation.",
     [("transplant", {"n": 19}), ("relapse", {"n": 3, "N": 19}), ("relapse", {"n": 12, "N": 21})]),
    ("Among the 12 patients who proceeded to allogeneic HSCT, the 1-year OS was 90%.",
     [("transplant", {"n": 12}), ("overall_survival", {"percent": 90, "months": 12})]),
    ("PFS at 12 months was 75.0% for patients consolidated with allo-HSCT (n = 9) and 39.8% for those who were not "
     "(n = 12; P = .04).",
     [("transplant", {"n": 9}), ("progression_free_survival", {"percent": 75.0, "months": 12}),
      ("progression_free_survival", {"percent": 39.8, "months": 12}), ("p_value", {"value": ".04"})]),
    ("Nine patients proceeded to allo-HSCT. Of the 9 patients who proceeded to allo-HSCT, 2 relapsed.",
     [("transplant", {"n": 9}), ("relapse", {"n": 2, "N": 9})]),
    ("Of 11 patients who had undergone prior allo-HSCT, 5 relapsed.", []),
]


@pytest.mark.parametrize("text, expected", BLIND107_FAMILIES)
def test_blind107_families(text, expected):
    _matches(read_text(text), expected)


BLIND108_FAMILIES = [
    # Lancet style: a count's percent and its unlabelled bounds after a semicolon inside the count's parentheses
    ("Of 104 efficacy-evaluable patients, 97 (93·3%; 95% CI 86·6-97·3) had an overall response and 87 (83·7%; 75·1-90·2) "
     "a complete response.",
     [("patients_treated", {"value": 104, "subgroup": "efficacy-evaluable"}),
      ("overall_response", {"n": 97, "N": 104, "percent": 93.3, "ci_low": 86.6, "ci_high": 97.3}),
      ("complete_remission", {"n": 87, "N": 104, "percent": 83.7, "ci_low": 75.1, "ci_high": 90.2})]),
    ("Of 80 evaluable patients, 60 (75.0%; 95% CI 64.1-84.0) responded and 44 (55.0%; 43.5-66.2) had a complete response.",
     [("patients_treated", {"value": 80, "subgroup": "evaluable"}),
      ("overall_response", {"n": 60, "N": 80, "percent": 75.0}),
      ("complete_remission", {"n": 44, "N": 80, "percent": 55.0, "ci_low": 43.5, "ci_high": 66.2})]),
    # a design's powering: a rate to exclude or detect is no result
    ("The primary endpoint was complete response rate by independent review; the study was powered to exclude a complete "
     "response rate of 40%.", []),
    ("The study was designed to detect an improvement in the CR rate from 20% to 40%.", []),
    ("The trial had 80% power to exclude an ORR of 30% or lower.", []),
    ("The trial was powered to rule out a 1-year OS of 50%.", []),
    ("The trial was designed to evaluate safety; CR was achieved in 18 of 20 patients (90%).",
     [("complete_remission", {"n": 18, "N": 20, "percent": 90})]),
    # a grade's count in parentheses with its patient noun right after the grade, as "(n = 38)"
    ("Any-grade cytokine release syndrome was observed in 49 patients (50.5%), predominantly grade 1 (38 patients).",
     [("crs", {"n": 49, "percent": 50.5, "grade": "any"}), ("crs", {"n": 38, "grade": "1"})]),
    ("CRS occurred in 20 patients (80%), mostly grade 1 (15 patients) or grade 2 (4 patients).",
     [("crs", {"n": 20, "grade": "any"}), ("crs", {"n": 15, "grade": "1"}), ("crs", {"n": 4, "grade": "2"})]),
    ("CRS occurred in 20 patients (80%), mainly grade I-II (18 patients).",
     [("crs", {"n": 20, "grade": "any"}), ("crs", {"n": 18, "grade": "1-2"})]),
    ("The CR rate was 60% (12 patients).", [("complete_remission", {"percent": 60})]),
    # per-product treated counts in a parenthesis further on from the total, when they add up to it
    ("We retrospectively identified 46 patients with large B-cell lymphoma and secondary CNS involvement who were infused with "
     "commercial CD19 CAR-T products (axi-cel, n = 28; tisa-cel, n = 12; liso-cel, n = 6) at 14 German and Austrian centres.",
     [("patients_treated", {"value": 46}), ("patients_treated", {"value": 28, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 12, "subgroup": "tisa-cel"}), ("patients_treated", {"value": 6, "subgroup": "liso-cel"})]),
    ("Between 2019 and 2023, 120 adults with relapsed or refractory mantle cell lymphoma were treated with a commercial CD19 "
     "CAR-T product (brexu-cel, n = 96; liso-cel, n = 24).",
     [("patients_treated", {"value": 120}), ("patients_treated", {"value": 96, "subgroup": "brexu-cel"}),
      ("patients_treated", {"value": 24, "subgroup": "liso-cel"})]),
    ("Overall, 46 patients with large B-cell lymphoma and secondary CNS involvement were infused with commercial products "
     "(axi-cel, n = 28; tisa-cel, n = 12).", [("patients_treated", {"value": 46})]),
    # a disease history before a bare "remission" is the state patients entered with, no response
    ("Active CNS disease at lymphodepletion was present in 21 patients (45.7%), and 25 had a history of CNS involvement in remission.", []),
    ("Eight patients had prior CNS disease, now in remission.", []),
    ("Twelve patients with prior CNS involvement achieved remission.", [("complete_remission", {"n": 12})]),
    ("Of the 12 patients with a history of CNS disease, 10 achieved remission by day 28.",
     [("complete_remission", {"n": 10, "N": 12, "timepoint_days": 28})]),
]


@pytest.mark.parametrize("text, expected", BLIND108_FAMILIES)
def test_blind108_families(text, expected):
    _matches(read_text(text), expected)


BLIND111_FAMILIES = [
    # MRD negativity written "without detectable MRD" (or "without evidence of MRD"): the count's own result, and after a
    # CR term an MRD-negative CR
    ("By day 28, ten of 11 patients (91%) were in complete remission, nine of them without detectable minimal residual disease "
     "by flow cytometry and TCR sequencing.",
     [("complete_remission", {"percent": 91, "n": 10, "N": 11, "timepoint_days": 28}),
      ("mrd_negative", {"n": 9, "N": 10, "percent": 90.0, "timepoint_days": 28})]),
    ("Ten of 11 patients achieved CR, nine of them without detectable MRD.",
     [("complete_remission", {"n": 10, "N": 11}), ("mrd_negative", {"n": 9, "N": 10})]),
    ("Twelve patients achieved CR, 10 of whom were without detectable measurable residual disease.",
     [("complete_remission", {"n": 12}), ("mrd_negative", {"n": 10, "N": 12})]),
    ("Of the 20 patients in CR, 15 (75%) were without evidence of MRD.", [("mrd_negative", {"percent": 75, "n": 15, "N": 20})]),
    ("Eight of ten patients achieved a complete remission without detectable minimal residual disease.",
     [("complete_remission", {"n": 8, "N": 10, "mrd_negative": True})]),
    ("Eight patients (80%) achieved CR without detectable MRD.",
     [("complete_remission", {"percent": 80, "n": 8, "mrd_negative": True})]),
    # per-dose treated counts each written "n = k" after the treated total, "at" a named dose or "in" a cohort
    ("Twenty-one patients were enrolled, and 19 were infused (n = 4 at the lower dose and n = 15 at the higher dose).",
     [("patients_enrolled", {"value": 21}), ("patients_treated", {"value": 19}),
      ("patients_treated", {"value": 4, "subgroup": "lower dose"}), ("patients_treated", {"value": 15, "subgroup": "higher dose"})]),
    ("Nineteen patients were infused (n = 4 at the low dose and n = 15 at the high dose).",
     [("patients_treated", {"value": 19}), ("patients_treated", {"value": 4, "subgroup": "low dose"}),
      ("patients_treated", {"value": 15, "subgroup": "high dose"})]),
    ("Thirty patients were treated (n = 12 in the dose-escalation cohort and n = 18 in the expansion cohort).",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 12, "subgroup": "dose-escalation cohort"}),
      ("patients_treated", {"value": 18, "subgroup": "expansion cohort"})]),
    ("Nineteen patients were infused (n = 4 at the lower dose and n = 12 at the higher dose).", [("patients_treated", {"value": 19})]),
    # the treated split by the cells' source after a comma, each group "who received (cells) from" its donor
    ("Twenty-seven patients were enrolled; 25 were infused with donor-derived CD7 CAR-T cells at 5 × 10(5) to 1 × 10(6) cells/kg, "
     "including 9 who received cells from their previous transplant donor and 16 who received cells from a new donor.",
     [("patients_enrolled", {"value": 27}), ("patients_treated", {"value": 25}), ("dose", {"low": 5e5, "high": 1e6}),
      ("patients_treated", {"value": 9, "subgroup": "previous transplant donor"}),
      ("patients_treated", {"value": 16, "subgroup": "new donor"})]),
    ("Twenty-five patients were infused, 9 of whom received cells from their previous transplant donor and 16 from a new donor.",
     [("patients_treated", {"value": 25}), ("patients_treated", {"value": 9, "subgroup": "previous transplant donor"}),
      ("patients_treated", {"value": 16, "subgroup": "new donor"})]),
    ("Twenty-five patients were treated, including 10 who received CAR-T cells from an HLA-matched sibling donor and 15 who "
     "received cells from a haploidentical donor.",
     [("patients_treated", {"value": 25}), ("patients_treated", {"value": 10, "subgroup": "HLA-matched sibling donor"}),
      ("patients_treated", {"value": 15, "subgroup": "haploidentical donor"})]),
    # "k with <product>" groups after a long described subject (its disease counts in asides, a period, centres)
    ("We retrospectively analysed 87 patients with relapsed or refractory T-ALL (n = 64) or T-LBL (n = 23) who received CD7 CAR T "
     "cells at nine centres between 2020 and 2024, 52 with autologous and 35 with donor-derived products.",
     [("patients_treated", {"value": 87}), ("disease_count", {"value": 64, "label": "T-ALL"}),
      ("disease_count", {"value": 23, "label": "T-LBL"}), ("patients_treated", {"value": 52, "subgroup": "autologous"}),
      ("patients_treated", {"value": 35, "subgroup": "donor-derived"})]),
    ("We retrospectively analysed 87 patients with relapsed or refractory T-ALL who received CD7 CAR T cells at nine centres "
     "between 2020 and 2024, 52 with autologous and 35 with donor-derived products.",
     [("patients_treated", {"value": 87}), ("patients_treated", {"value": 52, "subgroup": "autologous"}),
      ("patients_treated", {"value": 35, "subgroup": "donor-derived"})]),
    ("A total of 60 patients with relapsed or refractory T-cell acute lymphoblastic leukemia (T-ALL) received CD7 CAR-T cells, "
     "40 with autologous and 20 with donor-derived products.",
     [("patients_treated", {"value": 60}), ("patients_treated", {"value": 40, "subgroup": "autologous"}),
      ("patients_treated", {"value": 20, "subgroup": "donor-derived"})]),
    ("We included 44 adults with relapsed or refractory large B-cell lymphoma treated at six German centres between 2019 and "
     "2023, 30 with axi-cel and 14 with tisa-cel.",
     [("patients_treated", {"value": 44}), ("patients_treated", {"value": 30, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 14, "subgroup": "tisa-cel"})]),
    # complete and partial metabolic responses counted in parentheses after the responders
    ("At the 450 × 10^6 dose level, 5 of 6 patients responded (4 CMR).",
     [("overall_response", {"n": 5, "N": 6}), ("complete_remission", {"n": 4, "N": None})]),
    ("Five of 6 patients responded (4 CMRs).", [("overall_response", {"n": 5, "N": 6}), ("complete_remission", {"n": 4})]),
    ("At month 3, 13 of 19 patients responded (8 CMR, 5 PMR).",
     [("overall_response", {"n": 13, "N": 19, "timepoint_days": 91}), ("complete_remission", {"n": 8, "timepoint_days": 91}),
      ("partial_remission", {"n": 5, "timepoint_days": 91})]),
    ("Nine of 12 patients with PTCL responded (6 CMR and 3 PMR).",
     [("overall_response", {"n": 9, "N": 12}), ("complete_remission", {"n": 6}), ("partial_remission", {"n": 3})]),
    # an opener naming the whole population with "all N" (also "across"): its size is the N, no result of N/N
    ("Among all 16 infused pts, the ORR was 56.3% (9/16) and the CR rate 37.5% (6/16).",
     [("patients_treated", {"value": 16}), ("overall_response", {"percent": 56.3, "n": 9, "N": 16}),
      ("complete_remission", {"percent": 37.5, "n": 6, "N": 16})]),
    ("Among all 16 patients, the ORR was 56.3%.", [("overall_response", {"percent": 56.3, "N": 16})]),
    ("In all 20 treated patients, the CR rate was 80%.",
     [("patients_treated", {"value": 20}), ("complete_remission", {"percent": 80, "N": 20})]),
    ("For all 16 infused pts, the ORR was 56.3%.", [("overall_response", {"percent": 56.3, "N": 16})]),
    ("Across all 16 infused pts, the ORR was 56.3%.", [("overall_response", {"percent": 56.3, "N": 16})]),
    ("Across the 40 evaluable patients, 32 (80%) achieved CR.", [("complete_remission", {"percent": 80, "n": 32, "N": 40})]),
    ("In all 12 patients, CRS was grade 1 or 2.", [("crs", {"n": 12, "N": 12, "grade": "1-2"})]),
]


@pytest.mark.parametrize("text, expected", BLIND111_FAMILIES)
def test_blind111_families(text, expected):
    _matches(read_text(text), expected)


BLIND112_FAMILIES = [
    # an opener's "all N" is its population, no "all N responded" (no derived 100% rate); "all k" as a result is still one
    ("Among all 64 treated patients, the ORR was 90.6% (58/64), and 45 (70.3%) achieved complete response or better (≥CR).",
     [("patients_treated", {"value": 64}), ("overall_response", {"percent": 90.6, "n": 58, "N": 64}),
      ("complete_remission", {"percent": 70.3, "n": 45, "N": 64})]),
    ("Of all 30 infused patients, 24 (80.0%) achieved CR.",
     [("patients_treated", {"value": 30}), ("complete_remission", {"percent": 80.0, "n": 24, "N": 30})]),
    ("In all 20 evaluable patients, the CR rate was 85%.",
     [("patients_treated", {"value": 20, "subgroup": "evaluable"}), ("complete_remission", {"percent": 85, "N": 20})]),
    ("CR was achieved in all 5 patients at DL3.",
     [("complete_remission", {"n": 5, "N": 5, "percent": 100.0, "derived": True, "subgroup": "DL3"})]),
    # a list of values each with its group: its ", and" before the last item is no clause break, so the last value stays
    # with the list's term, not the term after it
    ("ORRs were 50.0% (2/4) at DL1, 77.8% (7/9) at DL2, and 96.1% (49/51) at DL3, where 40 of 51 patients (78.4%) reached ≥CR.",
     [("overall_response", {"percent": 50.0, "n": 2, "N": 4, "subgroup": "DL1"}),
      ("overall_response", {"percent": 77.8, "n": 7, "N": 9, "subgroup": "DL2"}),
      ("overall_response", {"percent": 96.1, "n": 49, "N": 51, "subgroup": "DL3"}),
      ("complete_remission", {"percent": 78.4, "n": 40, "N": 51})]),
    ("The CR rates were 80% in children, 70% in adolescents, and 60% in adults, where 10 patients (20%) had MRD-negative CR.",
     [("complete_remission", {"percent": 80, "subgroup": "children"}), ("complete_remission", {"percent": 70, "subgroup": "adolescents"}),
      ("complete_remission", {"percent": 60, "subgroup": "adults"}),
      ("complete_remission", {"percent": 20, "n": 10, "mrd_negative": True})]),
    ("ORRs were 50% in cohort A, 60% in cohort B, and 70% in cohort C, with 7 of 10 patients (70.0%) in CR.",
     [("overall_response", {"percent": 50, "subgroup": "cohort A"}), ("overall_response", {"percent": 60, "subgroup": "cohort B"}),
      ("overall_response", {"percent": 70, "subgroup": "cohort C"}), ("complete_remission", {"percent": 70.0, "n": 7, "N": 10})]),
    ("The ORR was 80% in children, and 60% in adults achieved CR.",
     [("overall_response", {"percent": 80, "subgroup": "children"}), ("complete_remission", {"percent": 60, "subgroup": "adults"})]),
    # "with X versus y% (CI) without": the groups compared, no transplant rate
    ("The 2-year LFS was 68.4% (95% CI, 45.1-83.5) with consolidative HSCT versus 18.2% (95% CI, 2.9-44.2) without (P < .001).",
     [("leukemia_free_survival", {"percent": 68.4, "months": 24, "ci_low": 45.1, "ci_high": 83.5, "subgroup": "consolidative HSCT"}),
      ("leukemia_free_survival", {"percent": 18.2, "months": 24, "ci_low": 2.9, "ci_high": 44.2, "subgroup": "no consolidative HSCT"}),
      ("p_value", {"value": "<.001", "compares": ["consolidative HSCT", "no consolidative HSCT"]})]),
    ("The 1-year OS was 80.0% (95% CI 60.1-90.2) with allo-HSCT and 35.5% (95% CI 15.0-56.9) without (P = .002).",
     [("overall_survival", {"percent": 80.0, "months": 12, "ci_low": 60.1, "ci_high": 90.2}),
      ("overall_survival", {"percent": 35.5, "months": 12, "ci_low": 15.0, "ci_high": 56.9}), ("p_value", {"value": ".002"})]),
    ("The 2-year EFS was 61% (95% CI, 45-74) with HSCT compared with 22% (95% CI, 8-40) in those without.",
     [("event_free_survival", {"percent": 61, "months": 24, "ci_low": 45, "ci_high": 74}),
      ("event_free_survival", {"percent": 22, "months": 24, "ci_low": 8, "ci_high": 40})]),
    # the others' values after "compared with"/"versus", named by "after"/"with"/"following", go to the terms in turn (the
    # terms of their own clause after a semicolon)
    ("With Flu-based lymphodepletion, the ORR was 82.1% (23/28) and the CR rate 57.1% (16/28), compared with 50.0% (6/12) and "
     "25.0% (3/12) after Benda (P = .04 for ORR).",
     [("overall_response", {"percent": 82.1, "n": 23, "N": 28}), ("complete_remission", {"percent": 57.1, "n": 16, "N": 28}),
      ("overall_response", {"percent": 50.0, "n": 6, "N": 12}), ("complete_remission", {"percent": 25.0, "n": 3, "N": 12}),
      ("p_value", {"value": ".04", "outcome": "overall_response"})]),
    ("The ORR was 70% and the CR rate 40% with bridging, versus 90% and 60% without bridging.",
     [("overall_response", {"percent": 70}), ("complete_remission", {"percent": 40}),
      ("overall_response", {"percent": 90}), ("complete_remission", {"percent": 60})]),
    ("After fludarabine, the CR rate was 80% and the MRD-negative CR rate 60%, compared with 50% and 30% following bendamustine.",
     [("complete_remission", {"percent": 80}), ("complete_remission", {"percent": 60, "mrd_negative": True}),
      ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 30, "mrd_negative": True})]),
    ("Median PFS and OS were 4.4 and 8.8 months overall; in GC, median PFS was 5.6 months and the 12-month OS rate was 40.3%, "
     "compared with 2.3 months and 11.1% in PC.",
     [("progression_free_survival", {"median_months": 4.4}), ("overall_survival", {"median_months": 8.8}),
      ("progression_free_survival", {"median_months": 5.6}), ("overall_survival", {"percent": 40.3, "months": 12}),
      ("progression_free_survival", {"median_months": 2.3}), ("overall_survival", {"percent": 11.1, "months": 12})]),
    ("The ORR was 80% overall; in children, the ORR was 90% and the CR rate 80%, compared with 70% and 50% in adults.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 90}), ("complete_remission", {"percent": 80}),
      ("overall_response", {"percent": 70}), ("complete_remission", {"percent": 50, "subgroup": "adults"})]),
    # a relapse total split after a comma (or colon) into those after a transplant and those without one, adding up
    ("Relapse occurred in 14 of the 60 responders, 4 after allo-HSCT and 10 without transplant.",
     [("relapse", {"n": 14, "N": 60, "percent": 23.3, "derived": True}), ("relapse", {"n": 4, "subgroup": "allo-HSCT"}),
      ("relapse", {"n": 10, "subgroup": "no transplant"})]),
    ("Relapse occurred in 9 patients (15%): 3 after HSCT and 6 without.",
     [("relapse", {"percent": 15, "n": 9}), ("relapse", {"n": 3, "subgroup": "HSCT"}), ("relapse", {"n": 6, "subgroup": "no transplant"})]),
    ("Fourteen responders relapsed, 10 without transplantation and 4 after allo-HCT.",
     [("relapse", {"n": 14}), ("relapse", {"n": 10, "subgroup": "no transplantation"}), ("relapse", {"n": 4, "subgroup": "allo-HCT"})]),
    ("Eleven patients relapsed, 3 post-HSCT and 8 with no transplant.",
     [("relapse", {"n": 11}), ("relapse", {"n": 3, "subgroup": "HSCT"}), ("relapse", {"n": 8, "subgroup": "no transplant"})]),
    ("Relapse occurred in 14 of the 60 responders, 4 after allo-HSCT and 6 without transplant.",   # (not adding up)
     [("relapse", {"n": 14, "N": 60, "percent": 23.3, "derived": True})]),
    # dose levels named by a letter
    ("A total of 78 patients were infused (T-ALL, n = 51; T-LBL, n = 27), 32 at dose level A and 46 at dose level B.",
     [("patients_treated", {"value": 78}), ("disease_count", {"value": 51, "label": "T-ALL"}),
      ("disease_count", {"value": 27, "label": "T-LBL"}), ("patients_treated", {"value": 32, "subgroup": "dose level A"}),
      ("patients_treated", {"value": 46, "subgroup": "dose level B"})]),
    ("Twelve patients were treated (five at dose level A, seven at dose level B).",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 5, "subgroup": "dose level A"}),
      ("patients_treated", {"value": 7, "subgroup": "dose level B"})]),
    # solid tumours as what patients had, labelled by the abbreviation defined after the name
    ("Eighty-six patients received CT-18; 59 had gastric or gastroesophageal junction cancer (GC) and 27 had pancreatic cancer (PC).",
     [("patients_treated", {"value": 86}), ("disease_count", {"value": 59, "label": "GC"}),
      ("disease_count", {"value": 27, "label": "PC"})]),
    ("Of the 40 patients, 25 had gastric cancer and 15 had pancreatic cancer.",
     [("disease_count", {"value": 25, "label": "gastric cancer"}), ("disease_count", {"value": 15, "label": "pancreatic cancer"})]),
    ("Thirty patients were treated: 18 with colorectal cancer (CRC) and 12 with hepatocellular carcinoma (HCC).",
     [("patients_treated", {"value": 30}), ("disease_count", {"value": 18, "label": "CRC"}), ("disease_count", {"value": 12, "label": "HCC"})]),
    ("Eighteen patients were infused (hepatocellular carcinoma [HCC], n = 10; colorectal cancer [CRC], n = 6; others, n = 2).",
     [("patients_treated", {"value": 18}), ("disease_count", {"value": 10, "label": "HCC"}),
      ("disease_count", {"value": 6, "label": "CRC"}), ("disease_count", {"value": 2, "label": "others"})]),
    ("Claudin18.2 is expressed in 60% of pancreatic cancers.", []),
    # the disease control rate (DCR) listed with the ORR takes its own value (no response)
    ("In GC, the ORR and DCR were 50.0% (29/58) and 89.7% (52/58), respectively, whereas the ORR was 14.8% (4/27) in PC.",
     [("overall_response", {"percent": 50.0, "n": 29, "N": 58}), ("overall_response", {"percent": 14.8, "n": 4, "N": 27})]),
    ("ORR and DCR: 50% and 90%.", [("overall_response", {"percent": 50})]),
    ("The DCR and ORR were 89.7% and 50.0%, respectively.", [("overall_response", {"percent": 50.0})]),
    ("The ORR, CR rate and DCR were 60%, 30% and 90%, respectively.",
     [("overall_response", {"percent": 60}), ("complete_remission", {"percent": 30})]),
    # a response stated absent in so many words ("patients with no CR" is a population)
    ("Three patients with GC achieved a complete response (CR), 2 of which were ongoing beyond 24 months, whereas no CR was "
     "observed in PC.",
     [("complete_remission", {"n": 3}), ("complete_remission", {"percent": 0.0, "n": 0, "negated": True})]),
    ("Three of 16 patients (19%) had a confirmed partial response; no complete responses occurred.",
     [("partial_remission", {"percent": 19, "n": 3, "N": 16}), ("complete_remission", {"percent": 0.0, "n": 0, "negated": True})]),
    ("No objective responses were observed in the pancreatic cancer cohort.",
     [("overall_response", {"percent": 0.0, "n": 0, "negated": True})]),
    ("No CR/CRi was seen at DL1.", [("complete_remission", {"percent": 0.0, "n": 0, "negated": True, "includes_cri": True})]),
    ("Patients with no CR were observed for 3 months.", []),
    ("No further responses were observed after month 3.", []),   # (after earlier ones: no absence)
]


@pytest.mark.parametrize("text, expected", BLIND112_FAMILIES)
def test_blind112_families(text, expected):
    _matches(read_text(text), expected)


BLIND115_FAMILIES = [
    # a disease named in full with its abbreviation and count in the parentheses after it: the abbreviation is its label
    ("Sixteen patients were infused: peripheral T-cell lymphoma, not otherwise specified (PTCL-NOS; n = 5), angioimmunoblastic "
     "T-cell lymphoma (AITL; n = 4), T-ALL (n = 4), and Sézary syndrome (SS; n = 3).",
     [("patients_treated", {"value": 16}), ("disease_count", {"value": 5, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 4, "label": "AITL"}), ("disease_count", {"value": 4, "label": "T-ALL"}),
      ("disease_count", {"value": 3, "label": "SS"})]),
    ("The 20 infused patients had mycosis fungoides (MF; n = 12) or Sezary syndrome (SS, n = 8).",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "MF"}),
      ("disease_count", {"value": 8, "label": "SS"})]),
    ("Fifteen patients were enrolled (Sézary syndrome, n = 6; mycosis fungoides, n = 9).",
     [("patients_enrolled", {"value": 15}), ("disease_count", {"value": 6, "label": "Sézary syndrome"}),
      ("disease_count", {"value": 9, "label": "mycosis fungoides"})]),
    # MF/SS, the cutaneous lymphomas counted as one
    ("As of 31 Jan 2025, 14 pts were enrolled and 12 infused (PTCL-NOS 5, AITL 3, MF/SS 4); 2 pts progressed before infusion.",
     [("patients_enrolled", {"value": 14}), ("patients_treated", {"value": 12}),
      ("disease_count", {"value": 5, "label": "PTCL-NOS"}), ("disease_count", {"value": 3, "label": "AITL"}),
      ("disease_count", {"value": 4, "label": "MF/SS"})]),
    ("Twelve patients were infused (PTCL-NOS, n = 5; AITL, n = 3; MF/SS, n = 4).",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 5, "label": "PTCL-NOS"}),
      ("disease_count", {"value": 3, "label": "AITL"}), ("disease_count", {"value": 4, "label": "MF/SS"})]),
    ("Of 23 patients screened, 19 were enrolled and 16 were infused (PTCL-NOS, 6; AITL, 5; mycosis fungoides/Sézary syndrome, 5).",
     [("patients_enrolled", {"value": 19}), ("patients_treated", {"value": 16}),
      ("disease_count", {"value": 6, "label": "PTCL-NOS"}), ("disease_count", {"value": 5, "label": "AITL"}),
      ("disease_count", {"value": 5, "label": "mycosis fungoides/Sézary syndrome"})]),
    # one count for each of two levels, then another count at the next level
    ("Three patients each were treated at DL1 and DL2 and five at DL3, and no DLT was observed.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 5, "subgroup": "DL3"})]),
    ("Six patients each were treated at DL1 and DL2, and 12 at DL3.",
     [("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 12, "subgroup": "DL3"})]),
    ("Three patients each received dose level 1 and dose level 2, and nine patients received dose level 3.",
     [("patients_treated", {"value": 3, "subgroup": "dose level 1"}), ("patients_treated", {"value": 3, "subgroup": "dose level 2"}),
      ("patients_treated", {"value": 9, "subgroup": "dose level 3"})]),
    ("Three patients each were treated at DL1, DL2 and DL3, and six had CRS.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 3, "subgroup": "DL3"}), ("crs", {"n": 6, "grade": "any"})]),
    # levels and their treated counts listed with slashes, in the same order (counts first: three or more)
    ("DL1/DL2/DL3: 3/3/6 pts.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("DL1/DL2/DL3/DL4: 3/3/6/6 patients.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"}), ("patients_treated", {"value": 6, "subgroup": "DL4"})]),
    ("Twelve patients were infused (DL1/DL2: 4/8 pts).",
     [("patients_treated", {"value": 12}), ("patients_treated", {"value": 4, "subgroup": "DL1"}),
      ("patients_treated", {"value": 8, "subgroup": "DL2"})]),
    ("Patients per level, DL1/DL2/DL3 (n = 3/6/6).",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("3/3/6 patients were treated at DL1/DL2/DL3.",
     [("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("ORR DL1/DL2/DL3: 1/3/4 pts.", []),
    # a poster's label with a count of none after its colon: the term's absence
    ("CRS in 9 pts (G1 6, G2 3); no G≥3 CRS. ICANS: 0.",
     [("crs", {"n": 9, "grade": "any"}), ("crs", {"n": 6, "grade": "1"}), ("crs", {"n": 3, "grade": "2"}),
      ("crs", {"grade": ">=3", "negated": True}), ("neurotoxicity", {"grade": "any", "negated": True})]),
    ("Acute GVHD: 0.", [("gvhd", {"grade": "any", "acute": True, "negated": True})]),
    ("CRS 10 (83%), G≥3 CRS: 0, ICANS: 0.",
     [("crs", {"n": 10, "percent": 83, "grade": "any"}), ("crs", {"grade": ">=3", "negated": True}),
      ("neurotoxicity", {"grade": "any", "negated": True})]),
    ("Relapse: 0.", [("relapse", {"negated": True})]),
    ("Median time to CRS onset: 0.5 days.", []),
    # a terse response list's last count, with the list's total term after it in parentheses
    ("EMD pts (n=8): CR 5, PR 2 (ORR 87.5%).",
     [("complete_remission", {"n": 5, "N": 8, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 8, "percent": 25.0, "site": "extramedullary"}),
      ("overall_response", {"percent": 87.5, "N": 8, "site": "extramedullary"})]),
    ("Best response (n=12): CR 6, PR 3 (overall response 75%).",
     [("complete_remission", {"n": 6, "N": 12}), ("partial_remission", {"n": 3, "N": 12}),
      ("overall_response", {"percent": 75, "N": 12})]),
    ("CR 6 (ORR 9/10).", [("complete_remission", {"n": 6}), ("overall_response", {"n": 9, "N": 10})]),
]


@pytest.mark.parametrize("text, expected", BLIND115_FAMILIES)
def test_blind115_families(text, expected):
    _matches(read_text(text), expected)


BLIND113_FAMILIES = [
    # a row naming another outcome, another adverse event or a drug under a group that names an endpoint is nothing
    ("TABLE 2 Day-28 response by dose level\n\tDL1 (n = 3)\tDL2 (n = 6)\nDay-28 marrow response, n (%)\n"
     "CR/CRi\t2 (66.7)\t5 (83.3)\nNo response\t1 (33.3)\t1 (16.7)",
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL2"})]),
    ("Table 3. Best response by cohort\n\tCohort A (n = 10)\tCohort B (n = 12)\nResponse, n (%)\nCR\t6 (60.0)\t9 (75.0)\n"
     "Stable disease\t2 (20.0)\t1 (8.3)\nProgressive disease\t2 (20.0)\t2 (16.7)",
     [("complete_remission", {"n": 6, "N": 10}), ("complete_remission", {"n": 9, "N": 12})]),
    ("Table S7: CRS and ICANS by cohort. Data are n (%).\n\tCohort A (n = 24)\tCohort B (n = 40)\nICANS\n"
     "Any grade\t2 (8%)\t8 (20%)\nTocilizumab use\t9 (38%)\t27 (68%)\nNeutropenia, grade ≥3\t22 (92%)\t39 (98%)",
     [("neurotoxicity", {"n": 2, "N": 24, "grade": "any"}), ("neurotoxicity", {"n": 8, "N": 40, "grade": "any"})]),
    ("Table 2. Cytokine release syndrome\n\tArm A (n = 20)\tArm B (n = 20)\nCRS\nAny grade\t15 (75.0)\t12 (60.0)\n"
     "Corticosteroids\t4 (20.0)\t3 (15.0)\nInfections\t5 (25.0)\t6 (30.0)",
     [("crs", {"n": 15, "N": 20, "grade": "any"}), ("crs", {"n": 12, "N": 20, "grade": "any"})]),
    # a stringent-CR column beside the "≥CR" one is a part of that count, no CR of its own
    ("Table S4: Best response (response-evaluable population). Data are n/N (%).\n\tORR\t≥CR\tsCR\n"
     "Cohort A (n = 24)\t17/24 (70.8%)\t8/24 (33.3%)\t6/24 (25.0%)\nCohort B (n = 38)\t33/38 (86.8%)\t22/38 (57.9%)\t17/38 (44.7%)",
     [("overall_response", {"n": 17, "N": 24}), ("complete_remission", {"n": 8, "N": 24}),
      ("overall_response", {"n": 33, "N": 38}), ("complete_remission", {"n": 22, "N": 38})]),
    ("Table 2. Response\n\tORR, n (%)\tCR or better, n (%)\tStringent CR, n (%)\nAll patients (n = 40)\t36 (90.0)\t28 (70.0)\t20 (50.0)",
     [("overall_response", {"n": 36, "N": 40}), ("complete_remission", {"n": 28, "N": 40})]),
    # a median's column under a caption of both formats is months; p-value rows naming their test and groups; the whole
    # treated cohort's row with its size is the treated
    ("Table S6: Kaplan–Meier estimates (all infused patients)\nData are % (95% CI) or median (95% CI).\n"
     "\tn\t12-month PFS\tMedian PFS, months\nAll infused patients\t64\t68.5 (55.4–78.5)\t22.1 (17.4–NR)\n"
     "Cohort A\t24\t54.2 (32.7–71.4)\t14.6 (9.2–24.3)\nCohort B\t40\t76.8 (60.4–87.1)\t27.5 (19.8–NR)\n"
     "Log-rank p value, cohort A vs B\t\t··\t0.019",
     [("patients_treated", {"value": 64}), ("patients_treated", {"value": 24}), ("patients_treated", {"value": 40}),
      ("progression_free_survival", {"percent": 68.5, "months": 12, "N": 64}),
      ("progression_free_survival", {"median_months": 22.1, "ci_low": 17.4, "N": 64}),
      ("progression_free_survival", {"percent": 54.2, "months": 12, "N": 24}),
      ("progression_free_survival", {"median_months": 14.6, "ci_low": 9.2, "ci_high": 24.3, "subgroup": "Cohort A"}),
      ("progression_free_survival", {"percent": 76.8, "months": 12, "N": 40}),
      ("progression_free_survival", {"median_months": 27.5, "ci_low": 19.8, "subgroup": "Cohort B"}),
      ("p_value", {"value": "0.019", "outcome": "progression_free_survival", "compares": ["cohort A", "cohort B"]})]),
    ("Table 3. Survival by MRD status. Values are % (95% CI).\n\tn\t1-year OS\tMedian EFS (mo)\n"
     "MRD-negative\t30\t90.0 (72.1–96.7)\t18.2 (12.0–NR)\nMRD-positive\t12\t58.3 (27.0–80.1)\t6.1 (3.2–9.9)\n"
     "P value, MRD-negative vs MRD-positive\t\t0.04\t0.003",
     [("overall_survival", {"percent": 90.0, "months": 12, "N": 30}), ("event_free_survival", {"median_months": 18.2, "N": 30}),
      ("overall_survival", {"percent": 58.3, "months": 12, "N": 12}),
      ("event_free_survival", {"median_months": 6.1, "ci_low": 3.2, "ci_high": 9.9}),
      ("p_value", {"value": "0.04", "outcome": "overall_survival"}), ("p_value", {"value": "0.003", "outcome": "event_free_survival"})]),
    ("Table 4. Response by subgroup\nData are n/N (%).\n\tORR\tCR\tMRD negativity\n"
     "High risk (n = 20)\t15/20 (75.0%)\t8/20 (40.0%)\t6/8 (75.0%)\nStandard risk (n = 38)\t33/38 (86.8%)\t21/38 (55.3%)\t17/21 (81.0%)\n"
     "p value, high vs standard risk*\t0.31\t0.27\t>0.99",
     [("overall_response", {"n": 15, "N": 20}), ("complete_remission", {"n": 8, "N": 20}), ("mrd_negative", {"n": 6, "N": 8}),
      ("overall_response", {"n": 33, "N": 38}), ("complete_remission", {"n": 21, "N": 38}), ("mrd_negative", {"n": 17, "N": 21}),
      ("p_value", {"value": "0.31", "outcome": "overall_response", "compares": ["high risk", "standard risk"]}),
      ("p_value", {"value": "0.27", "outcome": "complete_remission"}), ("p_value", {"value": ">0.99", "outcome": "mrd_negative"})]),
    # a pair's groups named with their patient noun after each share
    ("Relapse: 1 of 8 transplanted vs 2 of 3 non-transplanted responders.",
     [("relapse", {"n": 1, "N": 8, "subgroup": "transplanted"}), ("relapse", {"n": 2, "N": 3, "subgroup": "non-transplanted"})]),
    ("Relapse: 1 of 8 transplanted patients vs 2 of 3 non-transplanted patients.",
     [("relapse", {"n": 1, "N": 8}), ("relapse", {"n": 2, "N": 3})]),
    ("CR/CRi: 16/17 (94.1%) donor-derived v 10/12 (83.3%) autologous recipients.",
     [("complete_remission", {"n": 16, "N": 17, "subgroup": "donor-derived"}),
      ("complete_remission", {"n": 10, "N": 12, "subgroup": "autologous"})]),
    # a relapse count in a new clause after an antigen-loss clause is a count of its own
    ("Four patients relapsed, with loss of CD19 in 3; 1 of the 14 transplanted patients relapsed.",
     [("relapse", {"n": 4}), ("relapse", {"n": 1, "N": 14})]),
    ("Among the 5 responders who did not undergo HCT, 4 relapsed at a median of 3.6 months, with loss of CD22 expression in 3; "
     "1 of the 14 transplanted patients relapsed.",
     [("relapse", {"n": 4, "N": 5}), ("relapse", {"n": 1, "N": 14})]),
    # a relapse timed from first-line therapy or the diagnosis is the disease's course before CAR-T (a baseline trait)
    ("Table 1: Baseline characteristics. Data are n (%).\n\tHCB-19 (n=46)\tStandard care (n=46)\n"
     "Primary refractory disease\t33 (72%)\t31 (67%)\nRelapse ≤12 months after first line\t13 (28%)\t15 (33%)", []),
    ("Thirteen patients (28%) had relapse within 12 months of first-line chemoimmunotherapy.", []),
    ("Early relapse (<12 months from diagnosis) was present in 9 patients (30%).", []),
    ("Relapse within 12 months after CAR-T occurred in 5 patients (25%).", [("relapse", {"n": 5, "percent": 25})]),
    # which transplant it was for some of those transplanted, told in a relative clause: no transplant count
    ("Fourteen of the 19 responders (73.7%) underwent consolidative allogeneic HCT at a median of 52 days after infusion, "
     "which was a second transplant in 5.", [("transplant", {"n": 14, "N": 19})]),
    ("Fourteen responders underwent allo-HSCT, which was their second allograft in 5 patients.", [("transplant", {"n": 14})]),
    ("Fourteen responders underwent allo-HSCT, which was a second allo-HSCT for 4.", [("transplant", {"n": 14})]),
    # two percents with "to" between them and no label are a span, neither a rate (a CI's bounds are read)
    ("HuCAR22 induced remission in most patients, comparable with the 70% to 73% CR rates reported for other CD22 CAR-T products.", []),
    ("Other CD19 products achieve CR in 70% to 90% of patients.", []),
    ("The CR rate was 78% (95% CI, 60% to 90%).", [("complete_remission", {"percent": 78, "ci_low": 60, "ci_high": 90})]),
    # a result set in another (the first, the original) trial by its opener
    ("As in those studies, responses were rarely durable without transplantation; in the first pediatric trial, 12-month LFS "
     "without HCT was 15%.", []),
    ("In the first CD22 CAR-T trial, the CR rate was 73%.", []),
    ("From the original phase 1 study, 5-year OS was 30%.", []),
    ("In the first cohort, the CR rate was 80%.", [("complete_remission", {"percent": 80})]),
]


@pytest.mark.parametrize("text, expected", BLIND113_FAMILIES)
def test_blind113_families(text, expected):
    _matches(read_text(text), expected)


BLIND116_FAMILIES = [
    # the product as the subject, ordered (or requested) for the cohort: the intent-to-treat population, the enrolled
    ("Brexu-cel was ordered for 214 patients (intention-to-treat population), of whom 189 were infused; 14 patients did not "
     "receive the product because of progression and 7 because of death.",
     [("patients_enrolled", {"value": 214}), ("patients_treated", {"value": 189})]),
    ("Tisa-cel was requested for 150 children, and 132 were infused.",
     [("patients_enrolled", {"value": 150}), ("patients_treated", {"value": 132})]),
    ("Orders were placed for 96 patients with LBCL; 88 received axi-cel.",
     [("patients_enrolled", {"value": 96}), ("patients_treated", {"value": 88})]),
    ("Axi-cel was commercially ordered for a total of 300 adults, of whom 275 (91.7%) were infused.",
     [("patients_enrolled", {"value": 300}), ("patients_treated", {"value": 275})]),
    ("Manufacturing was successful for 96 patients.", []),
    # a dose's group named with a qualifier before its size: the group's treated count
    ("A total of 126 patients underwent apheresis, and 118 received TanCAR at 1 × 106/kg (children, <18 years; n = 52) or "
     "5 × 105/kg (adults; n = 66).",
     [("patients_enrolled", {"value": 126}), ("patients_treated", {"value": 118}), ("dose", {"low": 1e6}), ("dose", {"low": 5e5}),
      ("patients_treated", {"value": 52, "subgroup": "children, <18 years"}), ("patients_treated", {"value": 66, "subgroup": "adults"})]),
    ("Forty patients were infused at 2 × 10^6 cells/kg (adults, ≥18 years; n = 25) or 3 × 10^6 cells/kg (children, aged 2-17 "
     "years; n = 15).",
     [("patients_treated", {"value": 40}), ("dose", {"low": 2e6}), ("dose", {"low": 3e6}),
      ("patients_treated", {"value": 25, "subgroup": "adults, ≥18 years"}),
      ("patients_treated", {"value": 15, "subgroup": "children, aged 2-17 years"})]),
    ("Twenty patients received a median of 1 × 10^6 cells/kg (range, 0.5-2, n = 20).", [("dose", {"low": 5e5, "high": 2e6})]),
    # the kinds of a cancer that arose after treatment are no diseases of the cohort
    ("Late events included second primary malignancies in 10 patients (12.3%; myelodysplastic syndrome in 3), and 15 patients died.", []),
    ("Late toxicities included second primary malignancies in 7 patients (MDS in 2; AML in 1).", []),
    ("Therapy-related myeloid neoplasms developed in 4 patients (MDS, n = 3; AML, n = 1).", []),
    ("Late effects included secondary malignancies in 5 patients, including MDS in 3 and AML in 1.", []),
    ("The cohort included DLBCL in 40 and PMBCL in 5.",
     [("disease_count", {"value": 40, "label": "DLBCL"}), ("disease_count", {"value": 5, "label": "PMBCL"})]),
    # "including x of N <group> (p%)" after the term (or the count): each group's result, with the term's qualifiers
    ("By day 28, 109 patients (92.4%) achieved complete remission (CR) or CR with incomplete hematologic recovery (CRi), "
     "including 50 of 52 children (96.2%) and 59 of 66 adults (89.4%).",
     [("complete_remission", {"n": 109, "percent": 92.4, "timepoint_days": 28}),
      ("complete_remission", {"n": 50, "N": 52, "percent": 96.2, "timepoint_days": 28, "includes_cri": True, "subgroup": "children"}),
      ("complete_remission", {"n": 59, "N": 66, "percent": 89.4, "timepoint_days": 28, "includes_cri": True, "subgroup": "adults"})]),
    ("Thirty patients achieved CR, including 12 of 14 children [85.7%] and 18 of 26 adults [69.2%].",
     [("complete_remission", {"n": 30}), ("complete_remission", {"n": 12, "N": 14, "percent": 85.7, "subgroup": "children"}),
      ("complete_remission", {"n": 18, "N": 26, "percent": 69.2, "subgroup": "adults"})]),
    ("Relapse occurred in 17 of the 41 responders (41.5%), including 4 of the 22 transplanted patients (18.2%) and 13 of the 19 "
     "non-transplanted patients (68.4%).",
     [("relapse", {"n": 17, "N": 41}), ("relapse", {"n": 4, "N": 22, "percent": 18.2, "subgroup": "transplanted patients"}),
      ("relapse", {"n": 13, "N": 19, "percent": 68.4, "subgroup": "non-transplanted patients"})]),
    ("Twelve patients achieved MRD-negative CR, including 7 of 8 children (87.5%) and 5 of 9 adults (55.6%).",
     [("complete_remission", {"n": 12, "mrd_negative": True}),
      ("complete_remission", {"n": 7, "N": 8, "percent": 87.5, "mrd_negative": True, "subgroup": "children"}),
      ("complete_remission", {"n": 5, "N": 9, "percent": 55.6, "mrd_negative": True, "subgroup": "adults"})]),
    ("The ORR was 85% (34/40), including 20 of 22 patients with T-ALL (90.9%) and 14 of 18 with T-LBL (77.8%).",
     [("overall_response", {"n": 34, "N": 40}), ("overall_response", {"n": 20, "N": 22, "percent": 90.9}),
      ("overall_response", {"n": 14, "N": 18, "percent": 77.8})]),
    # "; rates were …" after a named rate goes on with that rate's term (not a count's term in between), by group
    ("The day-28 rate of complete remission with or without incomplete count recovery (CR/CRi) was 90.1% (136/151), with "
     "MRD-negative CR in 121 patients (80.1%); rates were 94.8% (55/58) in children and 87.1% (81/93) in adults.",
     [("complete_remission", {"n": 136, "N": 151, "timepoint_days": 28, "includes_cri": True}),
      ("complete_remission", {"n": 121, "percent": 80.1, "mrd_negative": True}),
      ("complete_remission", {"n": 55, "N": 58, "timepoint_days": 28, "includes_cri": True, "subgroup": "children"}),
      ("complete_remission", {"n": 81, "N": 93, "timepoint_days": 28, "includes_cri": True, "subgroup": "adults"})]),
    ("The CR rate was 85.0% (34/40), with MRD negativity in 30 patients (75.0%), and the rates were 90.9% (20/22) in children "
     "and 77.8% (14/18) in adults.",
     [("complete_remission", {"n": 34, "N": 40}), ("mrd_negative", {"n": 30, "percent": 75.0}),
      ("complete_remission", {"n": 20, "N": 22, "subgroup": "children"}),
      ("complete_remission", {"n": 14, "N": 18, "subgroup": "adults"})]),
    ("The 2-year OS was 60.2%; rates were 70.1% with HSCT and 40.3% without.",
     [("overall_survival", {"percent": 60.2, "months": 24}), ("overall_survival", {"percent": 70.1, "months": 24}),
      ("overall_survival", {"percent": 40.3, "months": 24})]),
    ("The ORR was 80%; the respective rates were 85% in children and 75% in adults.",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 85, "subgroup": "children"}),
      ("overall_response", {"percent": 75, "subgroup": "adults"})]),
    # two arms' shares of an outcome the record has no endpoint for, then a p-value: it compares the arms (the shares are no
    # result; a trait or a quantity outside the vocabulary compared is no p-value)
    ("At month 3, 12 of 17 participants in the rCAR-BCMA group (70.6%) and 4 of 17 in the placebo group (23.5%) had a reduction "
     "of at least 5 points in the MG Composite score (p=0.007).",
     [("p_value", {"value": "0.007", "compares": ["rCAR-BCMA", "placebo"]})]),
    ("At week 24, 70.6% of patients receiving CAR-T and 23.5% receiving placebo achieved minimal symptom expression (p = .01).",
     [("p_value", {"value": ".01", "compares": ["CAR-T", "placebo"]})]),
    ("10 of 15 patients in the CAR-T arm and 2 of 15 in the placebo arm had an MG-ADL improvement of at least 3 points (P = .01).",
     [("p_value", {"value": ".01", "compares": ["CAR-T", "placebo"]})]),
    ("12 of 17 in the CAR-T group and 10 of 17 in the placebo group were women (p = .7).", []),
    ("12 of 17 participants in the CAR-T group and 4 of 17 in the placebo group had CAR-T expansion above 10 copies (p=0.007).", []),
    # a percent's whole part is no treated count
    ("At week 24, 70.6% of patients receiving CAR-T achieved minimal symptom expression.", []),
]


@pytest.mark.parametrize("text, expected", BLIND116_FAMILIES)
def test_blind116_families(text, expected):
    _matches(read_text(text), expected)


BLIND114_FAMILIES = [
    # as many patients of a group as grades, each grade its own ("2 of the 9 recipients of … (grade 1 and grade 2, respectively)")
    ("Acute GVHD developed in 2 of the 9 recipients of donor-derived products (grade 1 and grade 2, respectively); "
     "none had chronic GVHD.",
     [("gvhd", {"n": 2, "N": 9, "grade": "any"}), ("gvhd", {"n": 1, "grade": "1"}), ("gvhd", {"n": 1, "grade": "2"}),
      ("gvhd", {"n": 0, "chronic": True, "negated": True})]),
    ("CRS occurred in 2 of the 9 patients (grade 1 and grade 2, respectively).",
     [("crs", {"n": 2, "N": 9, "grade": "any"}), ("crs", {"n": 1, "grade": "1"}), ("crs", {"n": 1, "grade": "2"})]),
    ("ICANS occurred in three of 20 treated patients (grades 1, 2 and 3, respectively).",
     [("neurotoxicity", {"n": 3, "N": 20, "grade": "any"}), ("neurotoxicity", {"n": 1, "grade": "1"}),
      ("neurotoxicity", {"n": 1, "grade": "2"}), ("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("Acute GVHD occurred in 2 of the 6 patients with donor-derived cells (grade I and grade III, respectively).",
     [("gvhd", {"n": 2, "N": 6, "grade": "any"}), ("gvhd", {"n": 1, "grade": "1"}), ("gvhd", {"n": 1, "grade": "3"})]),
    # a bare "(median, a v b months)" by subgroup after a survival term, however the clause before it is cut
    ("The PFS benefit was consistent across prespecified subgroups (Fig 2), including patients with high-risk cytogenetic "
     "abnormalities (median, 14.9 v 4.8 months) and those with extramedullary plasmacytomas (median, 11.2 v 3.9 months).",
     [("progression_free_survival", {"median_months": 14.9}), ("progression_free_survival", {"median_months": 4.8}),
      ("progression_free_survival", {"median_months": 11.2}), ("progression_free_survival", {"median_months": 3.9})]),
    ("The OS benefit was consistent across subgroups, including patients with high-risk disease (median, 30.1 vs 20.2 months).",
     [("overall_survival", {"median_months": 30.1}), ("overall_survival", {"median_months": 20.2})]),
    ("PFS favoured cilta-cel in all subgroups, including those with extramedullary disease (median: 12.0 versus 6.1 months).",
     [("progression_free_survival", {"median_months": 12}), ("progression_free_survival", {"median_months": 6.1})]),
    ("PFS was longer with cilta-cel in all subgroups (median, 5 v 4 prior lines).", []),
    # a table's whole-cohort column ("All patients (N = 20)") is the text's unnamed estimate, stated once; a row label's
    # "%" is its cells' unit ("1-year OS, % | 92.9 | 66.7 | 85.0")
    ("Table 1. Outcomes by histology\n\tcHL (n = 14)\tsALCL (n = 6)\tAll patients (N = 20)\n"
     "1-year PFS, % (95% CI)\t57.1 (28.4–77.6)\t33.3 (4.6–67.6)\t50.0 (27.1–69.2)\n"
     "1-year OS, %\t92.9\t66.7\t85.0\n"
     "Results\nThe 1-year PFS and OS were 50.0% (95% CI, 27.1–69.2) and 85.0%, respectively.\n",
     [("progression_free_survival", {"percent": 57.1, "months": 12, "subgroup": "cHL"}),
      ("progression_free_survival", {"percent": 33.3, "months": 12, "subgroup": "sALCL"}),
      ("progression_free_survival", {"percent": 50.0, "months": 12, "ci_low": 27.1}),
      ("overall_survival", {"percent": 92.9, "months": 12, "subgroup": "cHL"}),
      ("overall_survival", {"percent": 66.7, "months": 12, "subgroup": "sALCL"}),
      ("overall_survival", {"percent": 85.0, "months": 12})]),
    # responses that lasted among the responders are their durability, no response rate (all patients' count still is one)
    ("Responses present at week 6 were maintained at month 3 in 13 of the 15 responders.", []),
    ("Responses were sustained in 10 of 12 responders.", []),
    ("Thirteen of the 15 responses were ongoing at data cutoff.", []),
    ("The response was durable in 8 of 11 responding patients.", []),
    ("At month 3, responses were maintained in 8 of 14 pts (57.1%), including CR in 6 (42.9%).",
     [("overall_response", {"percent": 57.1, "n": 8, "N": 14, "timepoint_days": 91}),
      ("complete_remission", {"percent": 42.9, "n": 6, "timepoint_days": 91})]),
    # a complete response named with its site between is a CR ("four had a complete CNS response"), no overall response
    ("Five patients responded systemically and four had a complete CNS response.",
     [("overall_response", {"n": 5}), ("complete_remission", {"n": 4})]),
    ("Three patients had a complete marrow response and two a partial extramedullary response.",
     [("complete_remission", {"n": 3, "site": "bone marrow"}), ("partial_remission", {"n": 2, "site": "extramedullary"})]),
    ("Complete CNS responses were seen in 4 of 5 patients (80%).", [("complete_remission", {"percent": 80, "n": 4, "N": 5})]),
    # the counted reasons a step was not taken, however many words each: no relapse or transplant result
    ("Twenty-one of the 35 responders (60.0%) proceeded to allo-HSCT; the other 14 did not, because of patient choice (n = 5), "
     "lack of a suitable donor (n = 4), or early relapse (n = 5).", [("transplant", {"percent": 60.0, "n": 21, "N": 35})]),
    ("Six responders were not transplanted because of lack of an HLA-matched donor (n = 3) or relapse before transplant (n = 3).", []),
    # another analysis the result agrees with, and what it found: the literature's numbers
    ("The EFS differed by consolidative HSCT, which agrees with a registry analysis in which 2-year OS was 38% among patients "
     "who were not transplanted after CD7 CAR-T therapy.", []),
    ("This is consistent with a previous report in which the CR rate was 90%.", []),
    ("Our findings are in line with published series showing ICANS in 20% of patients.", []),
    # a case series' own section ("2 | CASE SERIES", "Cases") is read, not the introduction going on
    ("1 | INTRODUCTION\nSecondary CNS involvement occurs in approximately 5% of patients with LBCL.\n2 | CASE SERIES\n"
     "We reviewed all patients treated at our centre. Four patients received axi-cel at 2 × 10^6 CAR T cells/kg.\n"
     "3 | RESULTS AND DISCUSSION\nCRS developed in all four patients.",
     [("patients_treated", {"value": 4}), ("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"}),
      ("crs", {"n": 4, "N": 4, "grade": "any"})]),
    ("Introduction\nCAR T cells are active.\nCases\nFour patients received axi-cel at 2 × 10^6 CAR T cells/kg.",
     [("patients_treated", {"value": 4}), ("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"})]),
    # a count after a colon is its clause's subject ("Six patients were identified (Table 1): four received …")
    ("Six patients were identified (Table 1): four received axicabtagene ciloleucel (axi-cel) at 2 × 10^6 CAR T cells/kg and "
     "two received tisagenlecleucel (tisa-cel) within the labelled range of 0.6–6.0 × 10^8 CAR-positive viable T cells.",
     [("patients_treated", {"value": 4}), ("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg"}),
      ("patients_treated", {"value": 2}), ("dose", {"low": 6e7, "high": 6e8, "unit": "cells"})]),
    ("Six patients were included: four received axi-cel and two received tisa-cel.",
     [("patients_enrolled", {"value": 6}), ("patients_treated", {"value": 4, "subgroup": "axi-cel"}),
      ("patients_treated", {"value": 2, "subgroup": "tisa-cel"})]),
    ("Twelve patients were enrolled between 2019 and 2021: ten received CAR-T cells.",
     [("patients_enrolled", {"value": 12}), ("patients_treated", {"value": 10})]),
    # an opener naming the treated cohort itself is no subgroup ("Among the 158 patients who received olta-cel, …"), so the
    # Results' "CRS occurred in 134 of 158 patients (84.8%)" restates it; a dose given to some is still a group
    ("Among the 158 patients who received olta-cel, cytokine release syndrome occurred in 84.8% (grade ≥3, 3.2%) and ICANS in "
     "11.4% (grade ≥3, 1.3%). In the olta-cel arm, CRS occurred in 134 of 158 patients (84.8%). ICANS occurred in 18 patients (11.4%).",
     [("patients_treated", {"value": 158}), ("crs", {"percent": 84.8, "N": 158, "grade": "any"}),
      ("crs", {"percent": 3.2, "grade": ">=3"}), ("neurotoxicity", {"percent": 11.4, "N": 158, "grade": "any"}),
      ("neurotoxicity", {"percent": 1.3, "grade": ">=3"})]),
    ("Among the 40 infused patients, CRS occurred in 90.0%.",
     [("patients_treated", {"value": 40}), ("crs", {"percent": 90.0, "N": 40, "grade": "any", "subgroup": None})]),
    ("Among the 40 patients who were infused, CRS occurred in 90.0%.",
     [("patients_treated", {"value": 40}), ("crs", {"percent": 90.0, "N": 40, "grade": "any", "subgroup": None})]),
    ("Among the 12 patients who received the higher dose, CRS occurred in 50.0%.",
     [("patients_treated", {"value": 12}),
      ("crs", {"percent": 50.0, "N": 12, "grade": "any", "subgroup": "patients who received the higher dose"})]),
    # the stringent and plain CR rows under a table's "CR or better" row are its parts, no CR results of their own
    ("Table 2. Best response\nResponse, No. (%)\tOlta-cel (n = 169)\tStandard (n = 85)\n"
     "Complete response or better\t70 (41.4)\t5 (5.9)\nStringent complete response\t51 (30.2)\t2 (2.4)\n"
     "Complete response\t19 (11.2)\t3 (3.5)\nPartial response\t27 (16.0)\t20 (23.5)\n",
     [("complete_remission", {"percent": 41.4, "n": 70, "N": 169}), ("complete_remission", {"percent": 5.9, "n": 5, "N": 85}),
      ("partial_remission", {"percent": 16.0, "n": 27, "N": 169}), ("partial_remission", {"percent": 23.5, "n": 20, "N": 85})]),
    ("Table 2. Best response\nResponse, No. (%)\tArm A (n = 60)\tArm B (n = 60)\n"
     "Overall response\t48 (80.0)\t30 (50.0)\nComplete response\t30 (50.0)\t12 (20.0)\n",
     [("overall_response", {"percent": 80.0, "n": 48, "N": 60}), ("overall_response", {"percent": 50.0, "n": 30, "N": 60}),
      ("complete_remission", {"percent": 50.0, "n": 30, "N": 60}), ("complete_remission", {"percent": 20.0, "n": 12, "N": 60})]),
    # a table note's "Abbreviation: ICANS, …" (singular) is a label, its sentence no result ("aIncludes one patient …" glued on)
    ("Results\nCRS occurred in 18 patients (90.0%).\nAbbreviation: ICANS, immune effector cell–associated neurotoxicity "
     "syndrome. aIncludes one patient with grade 5 CRS on day 9.\nICANS occurred in 2 patients (10.0%).",
     [("crs", {"percent": 90.0, "n": 18, "grade": "any"}), ("neurotoxicity", {"percent": 10.0, "n": 2, "grade": "any"})]),
    # the count of fatal cases set off by commas before "fatal" is no count of the event
    ("ICANS was frequent and, in one patient, fatal.", []),
    ("CRS occurred in 12 patients and was, in two, fatal.", [("crs", {"n": 12, "grade": "any"})]),
    ("Grade 5 ICANS occurred in 1 patient, fatal.", [("neurotoxicity", {"n": 1, "grade": "5"})]),
    # a response broken down by kind with 'in', whatever the count's digits ("complete in 10", "partial in 12")
    ("The best response was complete in 10 and partial in 4.",
     [("complete_remission", {"n": 10}), ("partial_remission", {"n": 4})]),
    ("Responses were seen in 16 patients (complete in 12, partial in 4).",
     [("overall_response", {"n": 16}), ("complete_remission", {"n": 12}), ("partial_remission", {"n": 4})]),
    ("Among the 18 patients with measurable extramedullary disease, the best extramedullary response was complete in ten "
     "and partial in four (extramedullary ORR, 77.8%).",
     [("complete_remission", {"n": 10, "site": "extramedullary"}), ("partial_remission", {"n": 4, "site": "extramedullary"}),
      ("overall_response", {"percent": 77.8, "N": 18, "site": "extramedullary"})]),
    # the patients in whom a site's response can be measured are its base, no subgroup: the Results restate the abstract's counts
    ("Among the 18 patients with measurable extramedullary disease, the best extramedullary response was complete in ten and "
     "partial in four (extramedullary ORR, 77.8%). By PET-CT at month 3, extramedullary CR was documented in 10 of 18 patients "
     "(55.6%) and PR in 4 (22.2%).",
     [("complete_remission", {"percent": 55.6, "n": 10, "N": 18, "timepoint_days": 91, "site": "extramedullary"}),
      ("partial_remission", {"percent": 22.2, "n": 4, "timepoint_days": 91, "site": "extramedullary"}),
      ("overall_response", {"percent": 77.8, "N": 18, "site": "extramedullary", "subgroup": None})]),
    ("Among the 12 patients with evaluable EMD, the extramedullary ORR was 75.0% (9/12).",
     [("overall_response", {"percent": 75.0, "n": 9, "N": 12, "site": "extramedullary", "subgroup": None})]),
]


@pytest.mark.parametrize("text, expected", BLIND114_FAMILIES)
def test_blind114_families(text, expected):
    _matches(read_text(text), expected)


BLIND119_FAMILIES = [
    # a count of deaths with the grade in parentheses is the graded term's grade 5 (not with another noun: "infection")
    ("CRS occurred in 71 patients (88.8%) and was grade 3 or higher in 6 (7.5%), including one fatal (grade 5) event.",
     [("crs", {"n": 71, "grade": "any"}), ("crs", {"n": 6, "grade": ">=3"}), ("crs", {"n": 1, "grade": "5"})]),
    ("CRS of grade 3 or higher occurred in 6 patients (7.5%), one of which was fatal (grade 5).",
     [("crs", {"n": 6, "grade": ">=3"}), ("crs", {"n": 1, "grade": "5"})]),
    ("Grade ≥3 ICANS occurred in 8 patients (10%), including two fatal (grade 5) cases.",
     [("neurotoxicity", {"n": 8, "grade": ">=3"}), ("neurotoxicity", {"n": 2, "grade": "5"})]),
    ("CRS occurred in 40 patients (80%), grade 3 in 4 (8%); one fatal (grade 5) infection occurred.",
     [("crs", {"n": 40, "grade": "any"}), ("crs", {"n": 4, "grade": "3"})]),
    # the product named as the subject, given to the cohort, is the treated count (not a year)
    ("Tarca-cel was infused in 152 patients in the tarca-cel group, and 74 patients (47.1%) in the standard-care group "
     "underwent autologous transplantation.", [("patients_treated", {"value": 152})]),
    ("Axi-cel was administered to 152 patients in the axi-cel arm.", [("patients_treated", {"value": 152})]),
    ("Tisagenlecleucel was administered to 75 patients.", [("patients_treated", {"value": 75})]),
    ("CAR T cells were infused in 45 patients.", [("patients_treated", {"value": 45})]),
    ("Axi-cel was infused in 2019 in 12 patients.", []),
    # an opener naming the patients of several dose levels together is no treated count (one level, or the RP2D, is)
    ("Among the 31 patients treated at DL3 or DL4, median PFS was 24.8 months (95% CI, 18.3 to 29.9).",
     [("progression_free_survival", {"median_months": 24.8, "ci_low": 18.3, "ci_high": 29.9})]),
    ("Of the 25 patients treated at dose levels 3 and 4, median PFS was 24.8 months.",
     [("progression_free_survival", {"median_months": 24.8})]),
    ("In the 20 patients treated at the two highest doses, the CR rate was 80%.", [("complete_remission", {"percent": 80, "N": 20})]),
    ("Of the 3 patients treated at the highest dose, 2 achieved CR.",
     [("patients_treated", {"value": 3}), ("complete_remission", {"n": 2, "N": 3})]),
    ("In the 61 patients treated at the recommended phase 2 dose, the ORR was 80%.",
     [("patients_treated", {"value": 61}), ("overall_response", {"percent": 80, "N": 61})]),
    # an arm's share that is the subject of a treatment verb is no value of the term before
    ("The estimated overall survival at 24 months was 67.3% with tarca-cel and 58.4% with standard care (hazard ratio for death, "
     "0.76; 95% CI, 0.55 to 1.05; P=0.09); 56.1% of the patients in the standard-care group subsequently received CAR T-cell "
     "therapy outside the trial.",
     [("overall_survival", {"percent": 67.3, "months": 24}), ("overall_survival", {"percent": 58.4, "months": 24}),
      ("p_value", {"value": "0.09"})]),
    ("The 2-year EFS was 40%; 45% of patients in the standard-care arm crossed over to CAR-T.",
     [("event_free_survival", {"percent": 40, "months": 24})]),
    ("The 2-year OS was 67.3%; 56.1% of patients in the standard-care group received subsequent therapy.",
     [("overall_survival", {"percent": 67.3, "months": 24})]),
    # unlabelled bounds after a rate, then the comparison's ratio or p-value in the same parentheses: its CI
    ("12-month progression-free survival was 76·8% (95% CI 70·3–82·1) versus 48·9% (41·7–55·7; hazard ratio 0·29, 95% CI "
     "0·20–0·42; p<0·0001).",
     [("progression_free_survival", {"percent": 76.8, "months": 12, "ci_low": 70.3, "ci_high": 82.1}),
      ("progression_free_survival", {"percent": 48.9, "months": 12, "ci_low": 41.7, "ci_high": 55.7}),
      ("p_value", {"value": "<0.0001"})]),
    ("The 2-year OS was 60% (95% CI 50-70) vs 40% (30-50; p=0.02).",
     [("overall_survival", {"percent": 60, "ci_low": 50, "ci_high": 70}),
      ("overall_survival", {"percent": 40, "ci_low": 30, "ci_high": 50}), ("p_value", {"value": "0.02"})]),
    ("The 12-month PFS was 76.8% (95% CI, 70.3-82.1) versus 48.9% (41.7-55.7; HR, 0.29; 95% CI, 0.20 to 0.42; P < .001).",
     [("progression_free_survival", {"percent": 76.8, "ci_low": 70.3, "ci_high": 82.1}),
      ("progression_free_survival", {"percent": 48.9, "ci_low": 41.7, "ci_high": 55.7}), ("p_value", {"value": "<.001"})]),
    # a p-value across three or more groups compares no two of them
    ("Grade ≥3 CRS occurred in 9.5%, 3.8%, and 2.3% of axi-cel, tisa-cel, and liso-cel recipients, and grade ≥3 ICANS in 27.8%, "
     "6.6%, and 7.6%, respectively (P < .001 for both across the three products).",
     [("crs", {"percent": 9.5, "grade": ">=3"}), ("crs", {"percent": 3.8, "grade": ">=3"}), ("crs", {"percent": 2.3, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 27.8, "grade": ">=3"}), ("neurotoxicity", {"percent": 6.6, "grade": ">=3"}),
      ("neurotoxicity", {"percent": 7.6, "grade": ">=3"})]),
    ("CR rates were 60%, 50% and 40% with axi-cel, tisa-cel and liso-cel and differed among the three products (P = .02).",
     [("complete_remission", {"percent": 60}), ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 40})]),
    ("CR rates were 60%, 50% and 40% (three-group comparison, P = .02).",
     [("complete_remission", {"percent": 60}), ("complete_remission", {"percent": 50}), ("complete_remission", {"percent": 40})]),
    ("The CR rate was 70% with axi-cel and 50% with tisa-cel (P = .01); it did not differ across the three centers.",
     [("complete_remission", {"percent": 70}), ("complete_remission", {"percent": 50}), ("p_value", {"value": ".01"})]),
    # a plural label's range of numbers ("dose levels 1 to 4") holds no count
    ("Responses were seen at every dose level: 1/3 (33.3%), 4/6 (66.7%), 11/12 (91.7%), and 10/12 (83.3%) patients at dose "
     "levels 1 to 4, respectively, for an overall response rate of 78.8% (26/33).",
     [("overall_response", {"n": 1, "N": 3}), ("overall_response", {"n": 4, "N": 6}), ("overall_response", {"n": 11, "N": 12}),
      ("overall_response", {"n": 10, "N": 12}), ("overall_response", {"n": 26, "N": 33})]),
    ("CR was achieved by 1/3, 4/6 and 10/12 patients in cohorts 1-3, respectively.",
     [("complete_remission", {"n": 1, "N": 3}), ("complete_remission", {"n": 4, "N": 6}), ("complete_remission", {"n": 10, "N": 12})]),
    ("CRS occurred in 2, 5 and 9 patients at dose levels 1 through 3, respectively.",
     [("crs", {"n": 2}), ("crs", {"n": 5}), ("crs", {"n": 9})]),
    # two groups' rates going on at an MRD assay's deeper threshold are the same term's (not at a new time point)
    ("MRD negativity at a threshold of 10(-5) was reached by 122 (60·7%) of 201 patients in the ravo-cel group versus 31 (15·4%) "
     "of 201 in the standard care group (odds ratio 8·50, 95% CI 5·25–13·77; p<0·0001); at 10(-6), the rates were 43·8% and 7·0%.",
     [("mrd_negative", {"n": 122, "N": 201}), ("mrd_negative", {"n": 31, "N": 201}), ("p_value", {"value": "<0.0001"}),
      ("mrd_negative", {"percent": 43.8}), ("mrd_negative", {"percent": 7.0})]),
    ("MRD negativity at 10^-5 was reached by 60.7% in the ravo-cel group versus 15.4% in the standard care group; at a threshold "
     "of 10^-6, the corresponding rates were 43.8% and 7.0%.",
     [("mrd_negative", {"percent": 60.7}), ("mrd_negative", {"percent": 15.4}),
      ("mrd_negative", {"percent": 43.8}), ("mrd_negative", {"percent": 7.0})]),
    ("MRD negativity at 10^-5 was reached by 60.7% in the ravo-cel group versus 15.4% in the standard care group; at the 10^-6 "
     "level, the rates were 43.8% and 7.0%.",
     [("mrd_negative", {"percent": 60.7}), ("mrd_negative", {"percent": 15.4}),
      ("mrd_negative", {"percent": 43.8}), ("mrd_negative", {"percent": 7.0})]),
]


@pytest.mark.parametrize("text, expected", BLIND119_FAMILIES)
def test_blind119_families(text, expected):
    _matches(read_text(text), expected)
BLIND118_FAMILIES = [
    # relapses by antigen loss, after the count or the term (the open phenotype convention): the total only
    ("Relapse occurred in 24 patients at a median of 5.9 months after infusion, in 9 of them with loss of CD7 on blasts.",
     [("relapse", {"n": 24})]),
    ("Relapse occurred in 12 patients, 5 with loss of CD19.", [("relapse", {"n": 12})]),
    ("Nine patients relapsed, and no relapse with loss of both antigens was observed.", [("relapse", {"n": 9})]),
    ("No relapse with CD7 loss occurred.", []),
    ("No relapse was observed.", [("relapse", {"n": 0, "negated": True})]),
    # a count over its total right after "any grade" is no grade
    ("ICANS: any grade 3/30 (10.0%), grade ≥3 0.",
     [("neurotoxicity", {"n": 3, "N": 30, "percent": 10.0, "grade": "any"}),
      ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS: any grade 4/12 (33.3%); ICANS, any grade 1/12 (8.3%).",
     [("crs", {"n": 4, "N": 12, "grade": "any"}), ("neurotoxicity", {"n": 1, "N": 12, "grade": "any"})]),
    # a count's percent in brackets is its own, and the term after it the count's
    ("Of the 11 T-LBL patients, 8 [72.7%] reached extramedullary CR and 2 [18.2%] PR by PET-CT at month 3.",
     [("complete_remission", {"n": 8, "N": 11, "percent": 72.7, "site": "extramedullary"}),
      ("partial_remission", {"n": 2, "N": 11, "percent": 18.2, "site": "extramedullary"})]),
    ("Of 30 patients, 20 [66.7%] were in CR and 6 [20.0%] in PR.",
     [("complete_remission", {"n": 20, "N": 30, "percent": 66.7}), ("partial_remission", {"n": 6, "N": 30, "percent": 20.0})]),
    ("Grade 3 CRS occurred in 4 [13.3%].", [("crs", {"n": 4, "percent": 13.3, "grade": "3"})]),
    # an antigen's intensity on the blasts compared: no outcome, no p_value
    ("ETP-ALL blasts expressed CD7 at lower intensity than non-ETP blasts (median MFI ratio, 18 vs 41; P < .001).", []),
    ("CD19 MFI was higher in responders than in non-responders (P = .02).", []),
    ("CD22 site density was lower in patients who relapsed than in those in remission (P = 0.01).", []),
    # the transplanted split by disease after a comma, adding up to the count
    ("Twenty-two patients in CR subsequently underwent allo-HSCT, 9 with ETP-ALL and 13 with non-ETP T-ALL.",
     [("transplant", {"n": 22}), ("transplant", {"n": 9, "subgroup": "ETP-ALL"}),
      ("transplant", {"n": 13, "subgroup": "non-ETP T-ALL"})]),
    ("Seventeen patients proceeded to allo-HSCT, twelve with T-ALL and five with T-LBL.",
     [("transplant", {"n": 17}), ("transplant", {"n": 12, "subgroup": "T-ALL"}), ("transplant", {"n": 5, "subgroup": "T-LBL"})]),
    ("Consolidative HSCT was performed in 20 patients, 8 with CNS disease and 12 with no CNS disease.",
     [("transplant", {"n": 20}), ("transplant", {"n": 8, "subgroup": "CNS disease"}),
      ("transplant", {"n": 12, "subgroup": "no CNS disease"})]),
    ("Twenty patients underwent allo-HSCT, 5 with a sibling donor and 15 with a haploidentical donor.", [("transplant", {"n": 20})]),
    ("Twenty patients underwent allo-HSCT, 5 with ETP-ALL and 10 with T-LBL.", [("transplant", {"n": 20})]),
    # the cases a grade "accounted for"
    ("CRS occurred in 13 cases (92.9%), of which grade 1-2 accounted for 10 cases and grade 3 for 3 cases.",
     [("crs", {"n": 13, "percent": 92.9, "grade": "any"}), ("crs", {"n": 10, "grade": "1-2"}), ("crs", {"n": 3, "grade": "3"})]),
    ("CRS was observed in 18 patients (90.0%); grade I-II accounted for 15 cases and grade III for 3 cases.",
     [("crs", {"n": 18, "grade": "any"}), ("crs", {"n": 15, "grade": "1-2"}), ("crs", {"n": 3, "grade": "3"})]),
    ("ICANS occurred in 5 patients, of whom grade 1 accounted for 3 and grade 2 for 2.",
     [("neurotoxicity", {"n": 5, "grade": "any"}), ("neurotoxicity", {"n": 3, "grade": "1"}), ("neurotoxicity", {"n": 2, "grade": "2"})]),
    ("CRS lasted for 5 days.", []),
    # a state at an assessment, the percent before the noun and the patients' disease after it
    ("At 3 months, 12 of 21 (57.1%) patients with T-cell malignancies remained in CR.",
     [("complete_remission", {"n": 12, "N": 21, "percent": 57.1, "timepoint_days": 91})]),
    ("At 6 months, 9 of 15 patients with T-ALL (60.0%) remained in response.",
     [("overall_response", {"n": 9, "N": 15, "percent": 60.0, "timepoint_days": 183})]),
    ("At 3 months, 10 patients with ETP-ALL remained in CR.", [("complete_remission", {"n": 10, "timepoint_days": 91})]),
    # a count in parentheses after the term, with its grade
    ("ICANS was uncommon (2 patients, both grade 1).",
     [("neurotoxicity", {"n": 2, "grade": "any"}), ("neurotoxicity", {"n": 2, "grade": "1"})]),
    ("CRS was frequent (18 patients, all grade 1-2).", [("crs", {"n": 18, "grade": "any"}), ("crs", {"n": 18, "grade": "1-2"})]),
    ("ICANS was uncommon (2 patients).", []),
    # a case series' numbered patient as the subject of a graded event: a count of one; "neither child had"
    ("Patient 1 developed grade 1 CRS, and patient 2 developed grade 2 CRS that resolved after a single dose of tocilizumab; "
     "neither child had ICANS, despite CAR-T cell expansion in the CSF to 38% and 52% of CSF lymphocytes.",
     [("crs", {"n": 1, "grade": "1"}), ("crs", {"n": 1, "grade": "2"}), ("neurotoxicity", {"n": 0, "negated": True})]),
    ("Patient 2 developed grade II acute GVHD of the skin, which responded to topical steroids.",
     [("gvhd", {"n": 1, "grade": "2", "acute": True})]),
    ("Patient 3 had grade 3 ICANS.", [("neurotoxicity", {"n": 1, "grade": "3"})]),
    ("Patient 2 had 5% blasts.", []),
    ("Neither of the two children developed GVHD.", [("gvhd", {"n": 0, "negated": True})]),
    # the treated split by age after its count
    ("From January 2022 to December 2023, 16 patients were enrolled and 14 received CAR-T cells (8 autologous, 6 donor-derived); "
     "9 were children and 5 were adults, with a median age of 15.5 (4-41) years.",
     [("patients_enrolled", {"value": 16}), ("patients_treated", {"value": 14}),
      ("patients_treated", {"value": 8, "subgroup": "autologous"}), ("patients_treated", {"value": 6, "subgroup": "donor-derived"}),
      ("patients_treated", {"value": 9, "subgroup": "children"}), ("patients_treated", {"value": 5, "subgroup": "adults"})]),
    ("Sixty-two patients were infused between June 2020 and May 2022 (T-ALL, 41; T-LBL, 21), of whom 18 were younger than "
     "18 years; the median age was 24 years (range, 3-65).",
     [("patients_treated", {"value": 62}), ("disease_count", {"value": 41, "label": "T-ALL"}),
      ("disease_count", {"value": 21, "label": "T-LBL"}), ("patients_treated", {"value": 18})]),
    ("Forty patients were infused, of whom 12 were children.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 12, "subgroup": "children"})]),
    ("Thirty patients received CAR-T cells, 8 of them aged <18 years.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 8})]),
    ("Twenty patients were treated; 12 were men and 8 were women.", [("patients_treated", {"value": 20})]),
    ("Twenty patients were enrolled, of whom 12 were children, and 18 were infused.",
     [("patients_enrolled", {"value": 20}), ("patients_treated", {"value": 18})]),
    # a disease share of the cohort named by its step, with no number
    ("Twenty-one children (median age, 10 years; range, 3-17) were enrolled and twenty were infused; six of the infused "
     "children had ETP-ALL.",
     [("patients_enrolled", {"value": 21}), ("patients_treated", {"value": 20}), ("disease_count", {"value": 6, "label": "ETP-ALL"})]),
    ("Six of the infused children had ETP-ALL.", [("disease_count", {"value": 6, "label": "ETP-ALL"})]),
    ("Twelve of the 40 children had T-LBL.", [("disease_count", {"value": 12, "label": "T-LBL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND118_FAMILIES)
def test_blind118_families(text, expected):
    _matches(read_text(text), expected)


@pytest.mark.parametrize("text, n", [
    ("Donor-derived CD7 CAR-T cells for CNS relapse of ETP-ALL: a case report of two children\n\nWe describe two children with "
     "combined marrow and CNS relapse of ETP-ALL after transplantation. Patient 1 developed grade 1 CRS.", 2),
    ("CD7 CAR-T cells after transplant failure: case report\n\nHere we report three adults with relapsed T-ALL after allogeneic "
     "transplantation. All three achieved CR after CD7 CAR-T cells.", 3),
    # a count of the treated of its own wins
    ("Case report: CD7 CAR-T for T-ALL\n\nWe describe three patients with relapsed T-ALL. Two were infused with CD7 CAR-T cells.", 2),
])
def test_blind118_case_series_described_are_treated(text, n):
    rec = extract_document(Document(path="x.txt", format="text", sha256="0", text=text))
    assert [m.fields["value"] for m in rec.measurements if m.endpoint == "patients_treated"] == [n]
BLIND117_FAMILIES = [
    # a supplement's "Supplementary Results"/"Supplementary Methods" heading ends a skipped section ("Statistical Analysis")
    ("Statistical Analysis\nEvent-free survival was estimated with the Kaplan-Meier method; with 50 patients, the study had 85% "
     "power.\nSupplementary Results\nOf the 58 patients who underwent leukapheresis, 52 received an infusion of HU19 cells.",
     [("patients_enrolled", {"value": 58}), ("patients_treated", {"value": 52})]),
    ("Statistical analysis\nWith 40 patients, the trial had 80% power to detect a CR rate of 60%.\nSupplementary Methods\n"
     "Patients received a single infusion of 1 × 10^6 CAR T cells/kg.", [("dose", {"low": 1e6, "unit": "cells/kg"})]),
    # the cells' format in a footnote opening with the caption's mark; a p-value row under a group's line keeps its label
    ("Table S2. Survival by transplantation.*\nSubgroup\tNo. of Patients\t12-Mo EFS\t12-Mo OS\nConsolidative transplantation\n"
     "Allogeneic HCT\t17\t87.5 (58.6–96.7)\t94.1 (65.0–99.1)\nNo HCT\t35\t48.6 (31.4–63.8)\t73.4 (55.3–85.1)\n"
     "P value (HCT v no HCT)\t\t0.004\t0.08\n* Kaplan–Meier estimates are shown as % (95% CI).",
     [("event_free_survival", {"percent": 87.5, "months": 12, "ci_low": 58.6}), ("overall_survival", {"percent": 94.1, "months": 12}),
      ("event_free_survival", {"percent": 48.6, "months": 12, "ci_high": 63.8}), ("overall_survival", {"percent": 73.4, "months": 12}),
      ("p_value", {"value": "0.004", "outcome": "event_free_survival"}), ("p_value", {"value": "0.08", "outcome": "overall_survival"})]),
    # a column of hazard ratios beside the arms' estimates holds no estimate, and is no group of the p-value
    ("Table 2. Efficacy end points.\nEnd Point\tCAR-T (n = 106)\tStandard Care (n = 106)\tHR (95% CI)\tP\nEvent-free survival\n"
     "Median (95% CI), months\t13.8 (8.9 to 22.4)\t3.1 (2.6 to 4.3)\t0.41 (0.30 to 0.56)\t<.001",
     [("event_free_survival", {"median_months": 13.8, "subgroup": "CAR-T"}),
      ("event_free_survival", {"median_months": 3.1, "subgroup": "Standard Care"}),
      ("p_value", {"value": "<.001", "compares": ["CAR-T", "Standard Care"], "outcome": "event_free_survival"})]),
    ("Table 3. Outcomes by arm.\nOutcome\tArm A (n = 60)\tArm B (n = 58)\tHazard ratio (95% CI)\tP\nProgression-free survival\n"
     "Median (95% CI), months\t11.2 (8.0 to 15.1)\t5.4 (4.0 to 7.7)\t0.52 (0.35 to 0.77)\t.001",
     [("progression_free_survival", {"median_months": 11.2}), ("progression_free_survival", {"median_months": 5.4}),
      ("p_value", {"value": ".001", "compares": ["Arm A", "Arm B"]})]),
    # a row ending in empty cells, then a group's line: the table goes on ("Best overall response, No. (%)" and its rows)
    ("Table 2. Efficacy end points.\nEnd Point\tCAR-T (n = 106)\tStandard Care (n = 106)\tHR (95% CI)\tP\nOverall survival\n"
     "24-month rate (95% CI), %\t63.5 (53.4 to 71.9)\t52.1 (41.9 to 61.3)\t\t\nBest overall response, No. (%)\n"
     "Overall response\t89 (84.0)\t52 (49.1)\t\t<.001\nPartial response\t19 (17.9)\t16 (15.1)\t\t",
     [("overall_survival", {"percent": 63.5, "months": 24}), ("overall_survival", {"percent": 52.1, "months": 24}),
      ("overall_response", {"n": 89, "N": 106}), ("overall_response", {"n": 52, "N": 106}),
      ("p_value", {"value": "<.001", "outcome": "overall_response"}),
      ("partial_remission", {"n": 19, "N": 106, "subgroup": "CAR-T"}), ("partial_remission", {"n": 16, "N": 106})]),
    # the text's estimates after the table, naming its columns' groups where no group was read: the same results
    ("Table 2. Efficacy end points.\nEnd Point\tCT-1919 (n = 106)\tStandard Care (n = 106)\tHR (95% CI)\tP\nProgression-free "
     "survival\nMedian (95% CI), months\t16.5 (10.1 to NR)\t6.2 (4.4 to 8.5)\t0.47 (0.33 to 0.67)\t<.001\n"
     "Median PFS was 16.5 months with CT-1919 and 6.2 months with standard care (Table 2).",
     [("progression_free_survival", {"median_months": 16.5, "ci_low": 10.1}),
      ("progression_free_survival", {"median_months": 6.2, "ci_high": 8.5}), ("p_value", {"value": "<.001"})]),
    # a one-column table of the whole cohort with "no. (%)" under its head: n of N; another response category (VGPR) or
    # adverse event (neutropenia) under a group's line is no result of the group's term
    ("Table 1. Response and Adverse Events.\nVariable\tPatients (N = 8)\nno. (%)\nBest response\nStringent complete response\t5 (63)\n"
     "Very good partial response\t1 (13)\nPartial response\t1 (13)\nCytokine release syndrome\nGrade 1 or 2\t7 (88)\nGrade 3\t1 (13)\n"
     "Grade 4 neutropenia\t6 (75)",
     [("complete_remission", {"n": 5, "N": 8, "percent": 63}), ("partial_remission", {"n": 1, "N": 8}),
      ("crs", {"n": 7, "N": 8, "grade": "1-2"}), ("crs", {"n": 1, "N": 8, "grade": "3"})]),
    # a relapse as the main verb after a relative clause's response: "k of the N patients who had a response had relapsed"
    ("At a median follow-up of 16.4 months, three of the seven patients who had a response had relapsed, at 5.2, 9.6, and 13.1 "
     "months after infusion.", [("median_followup", {"months": 16.4}), ("relapse", {"n": 3, "N": 7})]),
    ("Three of the 12 patients who achieved CR subsequently relapsed.", [("relapse", {"n": 3, "N": 12})]),
    ("Five of the 20 patients who responded later had a relapse.", [("relapse", {"n": 5, "N": 20})]),
    # a span with no label is no value: other trials' "33 to 39%" and medians of "8.8 to 12.1 months" ("from 45% to 80%" is two)
    ("In those trials, a complete response or better occurred in 33 to 39% of patients, and the median progression-free "
     "survival was 8.8 to 12.1 months.", []),
    ("Even with intensive induction therapy, the median overall survival is 12 to 24 months.", []),
    ("The CR rate rose from 45% to 80% after consolidation.",
     [("complete_remission", {"percent": 45}), ("complete_remission", {"percent": 80})]),
    # the leukapheresed after a date span, the infused receiving a product code, a clause about the others between them
    ("Between May 2022 and August 2024, nine patients underwent leukapheresis; one patient died from sepsis before infusion, "
     "and eight patients received CT-88B.", [("patients_enrolled", {"value": 9}), ("patients_treated", {"value": 8})]),
    ("From 2021 to 2023, 30 patients underwent leukapheresis; two had manufacturing failure and 28 received KTE-X19.",
     [("patients_enrolled", {"value": 30}), ("patients_treated", {"value": 28})]),
    # "no patient with <a history> developed <event>": an absence
    ("No patient with previous allogeneic HSCT developed GVHD after NANO7 infusion.", [("gvhd", {"n": 0, "negated": True})]),
    ("None of the patients with prior HSCT developed GVHD.", [("gvhd", {"n": 0, "negated": True})]),
    ("No patient with CNS disease had grade 3 or higher ICANS.", [("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    # patients named by their response "had received" a level: which dose, no treated count
    ("Responses by dose level are shown in table 2; the two patients without CR/CRi had received DL1 and DL2.", []),
    ("The three patients with a response had received DL3.", []),
    # "In 24 patients," names no group; the same rate of the same N, stated with its count before, is restated
    ("By day 28, 22 (92%) of 24 patients had CR/CRi in the bone marrow. In 24 patients, a single infusion induced CR/CRi in 92% "
     "of patients.", [("complete_remission", {"n": 22, "N": 24, "percent": 92})]),
    # how events ended ("resolved in all three affected patients") is no incidence
    ("Grade 3 cytokine release syndrome occurred in three (13%) patients. Grade 3 cytokine release syndrome resolved in all three "
     "affected patients after tocilizumab.", [("crs", {"n": 3, "percent": 13, "grade": "3"})]),
    ("ICANS occurred in four patients and resolved in all four.", [("neurotoxicity", {"n": 4})]),
    # a term defined by its parts in parentheses before its value: the parts name no result
    ("Day-28 CR/CRi: 13/18 (72.2%); MLFS: 2/18 (11.1%); ORR (CR/CRi + MLFS): 15/18 (83.3%).",
     [("complete_remission", {"n": 13, "N": 18}), ("overall_response", {"n": 15, "N": 18})]),
    ("ORR (CR + PR): 15/18 (83.3%).", [("overall_response", {"n": 15, "N": 18})]),
    # a baseline table's disease rows under "Diagnosis, n (%)" / "Disease type, n (%)"
    ("Table 1. Baseline characteristics\nCharacteristic\tN = 18\nMale sex, n (%)\t11 (61.1)\nDiagnosis, n (%)\nAML\t14 (77.8)\n"
     "MPAL\t4 (22.2)\nPrior allo-HSCT, n (%)\t5 (27.8)",
     [("disease_count", {"value": 14, "label": "AML"}), ("disease_count", {"value": 4, "label": "MPAL"})]),
    ("Table 1. Patients\nCharacteristic\tAll (N = 30)\nDisease type, n (%)\nT-ALL\t21 (70.0)\nT-LBL\t9 (30.0)",
     [("disease_count", {"value": 21, "label": "T-ALL"}), ("disease_count", {"value": 9, "label": "T-LBL"})]),
    # per-product treated counts after "were infused:" (not after any colon: "Before infusion: 5 received blinatumomab")
    ("Between January 2021 and June 2023, 46 patients with r/r ETP-ALL were infused: 30 received autologous CAR-T cells at a target "
     "dose of 1 × 10^6 cells/kg, and 16, who had relapsed after previous allo-HSCT, received donor-derived CAR-T cells at a target "
     "dose of 5 × 10^5 cells/kg.",
     [("patients_treated", {"value": 46}), ("patients_treated", {"value": 30}), ("patients_treated", {"value": 16}),
      ("dose", {"low": 1e6}), ("dose", {"low": 5e5})]),
    ("24 patients were treated: 12 received DL1 and 12 received DL2.",
     [("patients_treated", {"value": 24}), ("patients_treated", {"value": 12, "subgroup": "DL1"}),
      ("patients_treated", {"value": 12, "subgroup": "DL2"})]),
    ("Before infusion: 5 received blinatumomab.", []),
    # the treated by body weight, adding up to the total
    ("Of the 58 patients who underwent leukapheresis, 52 received an infusion of HU19 cells (38 weighing 50 kg or less and 14 "
     "weighing more than 50 kg); 4 patients had rapid disease progression.",
     [("patients_enrolled", {"value": 58}), ("patients_treated", {"value": 52}),
      ("patients_treated", {"value": 38, "subgroup": "50 kg or less"}), ("patients_treated", {"value": 14, "subgroup": "more than 50 kg"})]),
    ("Thirty patients were infused, 20 weighing <50 kg and 10 weighing ≥50 kg.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 20}), ("patients_treated", {"value": 10})]),
    # numbers of treatment cycles are no patients
    ("Adults with LBCL that had relapsed within 12 months were randomly assigned to CT-1919 or to two or three cycles of salvage "
     "chemoimmunotherapy.", []),
    ("Patients in the standard arm received 4 to 6 courses of R-CHOP.", []),
    # a rate of a stated N restated with its count: one result
    ("Among the 98 patients who received CT-1919, grade ≥3 neurologic events occurred in 9.2%. Neurologic events occurred in 29 "
     "patients (29.6%) and were grade ≥3 in nine (9.2%).",
     [("patients_treated", {"value": 98}), ("neurotoxicity", {"n": 9, "percent": 9.2, "grade": ">=3"}),
      ("neurotoxicity", {"n": 29, "grade": "any"})]),
]


@pytest.mark.parametrize("text, expected", BLIND117_FAMILIES)
def test_blind117_families(text, expected):
    _matches(read_text(text), expected)


BLIND120_FAMILIES = [
    # the leukapheresed after a date span, their disease named, the infused broken down later in the sentence
    ("Between March 2021 and June 2023, 47 patients with relapsed or refractory T-cell acute lymphoblastic leukemia (T-ALL) or "
     "lymphoblastic lymphoma (T-LBL) underwent leukapheresis; products were manufactured for 45 (95.7%), and 42 patients "
     "(T-ALL, n = 30; T-LBL, n = 12) received a single infusion of 1 × 10^6 (n = 14) or 2 × 10^6 (n = 28) CAR-T cells per kilogram.",
     [("patients_enrolled", {"value": 47}), ("patients_treated", {"value": 42}),
      ("disease_count", {"value": 30, "label": "T-ALL"}), ("disease_count", {"value": 12, "label": "T-LBL"}),
      ("dose", {"low": 1e6}), ("dose", {"low": 2e6}), ("patients_treated", {"value": 14}), ("patients_treated", {"value": 28})]),
    ("From January 2020 to May 2023, 35 adults with R/R B-ALL underwent leukapheresis, and 31 (88.6%) were infused.",
     [("patients_enrolled", {"value": 35}), ("patients_treated", {"value": 31})]),
    ("Between 2019 and 2022, 60 patients with relapsed LBCL underwent apheresis; 52 patients (DLBCL, n = 40; PMBCL, n = 12) were infused.",
     [("patients_enrolled", {"value": 60}), ("patients_treated", {"value": 52}),
      ("disease_count", {"value": 40, "label": "DLBCL"}), ("disease_count", {"value": 12, "label": "PMBCL"})]),
    ("Between 2019 and 2022, 60 patients with relapsed LBCL underwent apheresis and 55 received bridging therapy.", []),
    # a count, its verb in the pluperfect, then its percent
    ("At the week-4 assessment, nine patients had responded (56.3%).",
     [("overall_response", {"n": 9, "percent": 56.3, "timepoint_days": 28})]),
    ("By day 28, 26 of 30 patients had responded (86.7%).",
     [("overall_response", {"n": 26, "N": 30, "percent": 86.7, "timepoint_days": 28})]),
    ("Seven patients had relapsed (17.1%) by the data cutoff.", [("relapse", {"n": 7, "percent": 17.1})]),
    # "a partial or complete response" is a response of either kind; more patients converting to one later are an increment
    ("Twelve patients (60%) achieved a complete or partial response.", [("overall_response", {"n": 12, "percent": 60})]),
    ("Fourteen of 20 patients achieved a partial or complete response, including CR in 8.",
     [("overall_response", {"n": 14, "N": 20}), ("complete_remission", {"n": 8})]),
    ("At the week-4 assessment, nine patients had responded (56.3%), and two further patients converted to a partial or complete "
     "response by month 3.", [("overall_response", {"n": 9, "percent": 56.3, "timepoint_days": 28})]),
    ("Eight patients achieved CR at day 28 and 3 additional patients converted to CR by month 3.",
     [("complete_remission", {"n": 8, "timepoint_days": 28})]),
    ("Five of the 6 patients with PR received ISRT, of whom 4 converted to CR.", [("complete_remission", {"n": 4, "N": 5})]),
    # a response stated absent at a level names the level; a table's cell of none under a count format is that level's
    # absence (the same result)
    ("Responses were dose-dependent: no CR was observed at DL1, whereas five of the seven patients treated at DL3 achieved CR.",
     [("complete_remission", {"n": 0, "percent": 0.0, "negated": True, "subgroup": "DL1"}),
      ("complete_remission", {"n": 5, "N": 7})]),
    ("No responses were seen at dose level 1.",
     [("overall_response", {"n": 0, "negated": True, "subgroup": "dose level 1"})]),
    ("No CR was observed at DL1.\nTable 1. Responses by dose level.\n\tDL1 (n=3)\tDL2 (n=6)\nBest response, n (%)\n"
     "ORR\t1 (33.3)\t4 (66.7)\nCR\t0\t3 (50.0)",
     [("complete_remission", {"n": 0, "negated": True, "subgroup": "DL1"}),
      ("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}),
      ("overall_response", {"n": 1, "N": 3}), ("overall_response", {"n": 4, "N": 6}), ("complete_remission", {"n": 3, "N": 6})]),
    ("Table 2. Day-28 response by dose level, n (%)\n\tDL1 (n=3)\tDL2 (n=6)\tDL3 (n=8)\tTotal (N=17)\n"
     "CR/CRi\t0\t5 (83.3)\t8 (100)\t13 (76.5)",
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 8}),
      ("complete_remission", {"n": 0, "N": 3, "percent": 0.0, "negated": True, "subgroup": "DL1"}),
      ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL2"}), ("complete_remission", {"n": 8, "N": 8, "subgroup": "DL3"}),
      ("complete_remission", {"n": 13, "N": 17})]),
    # a literature table's rows of other studies are theirs; the case's own row restates its stated absence
    ("She had no signs of acute GVHD after the CAR T-cell infusion.\n"
     "TABLE 2 Published reports of donor-derived CD7 CAR T cells.\n"
     "Study\tPatients, n\tCR at day 28, n (%)\tGrade ≥3 CRS, n (%)\tAcute GVHD, n (%)\n"
     "Xu et al. (3)\t20\t18 (90.0)\t2 (10.0)\t12 (60.0)\nSantos et al, 2023\t8\t7 (87.5)\t0 (0)\t1 (12.5)\n"
     "Present case\t1\t1 (100)\t0 (0)\t0 (0)",
     [("gvhd", {"n": 0, "negated": True, "acute": True}),
      ("complete_remission", {"n": 1, "N": 1, "timepoint_days": 28}),
      ("crs", {"n": 0, "N": 1, "grade": ">=3", "negated": True})]),
    # a case's timeline rows, each dated, are one patient's events
    ("TABLE 1 Timeline of diagnosis, treatment and response.\nDate\tDay\tEvent\tMarrow blasts\tMRD (flow)\n"
     "Feb 2024\t−28\tRelapse; donor chimerism 71%\t64%\t–\nMar 2024\t+5\tCRS grade 2; tocilizumab\t–\t–\n"
     "Apr 2024\t+28\tMRD-negative CR\t0%\t<0.01%", []),
    # diseases and their counts each listed with slashes (a baseline table's row, a poster's line)
    ("Table 1. Baseline characteristics\nCharacteristic\tN = 17\nAge, years, median (range)\t29 (7–58)\n"
     "T-ALL / T-LBL, n\t12 / 5\nETP phenotype, n (%)\t6 (35.3)",
     [("disease_count", {"value": 12, "label": "T-ALL"}), ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Disease (T-ALL/ETP-ALL/T-LBL), n\t10/4/3",
     [("disease_count", {"value": 10, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "ETP-ALL"}),
      ("disease_count", {"value": 3, "label": "T-LBL"})]),
    ("Male/female, n\t10/7", []),
    # (not per-group cells, nor a result's groups)
    ("Table 1. Baseline\n\tPhase 1 (n = 13)\tPhase 2 (n = 26)\tTotal (N = 39)\nT-ALL / T-LBL / ANKL, n\t9 / 3 / 1\t19 / 6 / 1\t28 / 9 / 2",
     []),
    ("ORR by disease: T-ALL/LBL 7/10, AML 2/4.",
     [("overall_response", {"n": 7, "N": 10}), ("overall_response", {"n": 2, "N": 4})]),
    # the levels' doses in a table row, the multiplier in its label; a level named in an aside of its own in a dose list
    ("Table 1. Dose levels and responses.\n\tDL1 (n=3)\tDL2 (n=6)\tDL3 (n=7)\tAll (N=16)\nCAR T cells/kg (×10^6)\t0.5\t1.0\t2.0\t-",
     [("patients_treated", {"value": 3}), ("patients_treated", {"value": 6}), ("patients_treated", {"value": 7}),
      ("dose", {"low": 5e5, "unit": "cells/kg", "label": "DL1"}), ("dose", {"low": 1e6, "label": "DL2"}),
      ("dose", {"low": 2e6, "label": "DL3"})]),
    ("Table 2. Doses\n\tDose level 1\tDose level 2\nDose, CAR+ T cells (x10^8)\t1.0\t3.0",
     [("dose", {"low": 1e8, "unit": "cells"}), ("dose", {"low": 3e8, "unit": "cells"})]),
    ("In phase 1b, patients received 5 × 10^7 (dose level 1 (DL1); n = 3), 1.5 × 10^8 (DL2; n = 6) or 3 × 10^8 (DL3; n = 6) "
     "CAR+ T cells.",
     [("dose", {"low": 5e7, "unit": "cells"}), ("dose", {"low": 1.5e8}), ("dose", {"low": 3e8}),
      ("patients_treated", {"value": 6, "subgroup": "DL2"}), ("patients_treated", {"value": 6, "subgroup": "DL3"})]),
    ("Patients received 1 × 10^6 (dose level 1 (DL1); n = 4) or 3 × 10^6 (dose level 2 (DL2); n = 8) CAR-T cells/kg.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"})]),
    # an opener's "all N <patients>" is the whole cohort, no group: a restatement with a CI replaces the bare result
    ("Across all dose levels, the ORR was 91.9% (57 of 62).\n\nAmong all 62 infused patients, the best ORR was 91.9% (95% CI "
     "82.2–97.3), including 44 patients (71.0%) with a complete response or better.",
     [("overall_response", {"percent": 91.9, "N": 62, "ci_low": 82.2, "ci_high": 97.3}), ("patients_treated", {"value": 62}),
      ("complete_remission", {"percent": 71.0, "n": 44, "N": 62})]),
    ("Among all 24 treated pts, the CR rate was 75.0% (18/24).", [("patients_treated", {"value": 24}),
                                                                  ("complete_remission", {"n": 18, "N": 24, "percent": 75.0})]),
    ("Among patients with T-ALL, the ORR was 80%.", [("overall_response", {"percent": 80, "subgroup": "T-ALL"})]),
    # a share of blasts is a disease burden, no rate
    ("We describe a 15-year-old girl with ETP-ALL who relapsed 19 months after matched sibling donor allo-HSCT with 64% "
     "marrow blasts.", []),
    ("Eight patients relapsed, with a median of 45% bone marrow blasts.", [("relapse", {"n": 8})]),
    ("CR was achieved by 18 of 20 patients with ≥5% blasts (90%).", [("complete_remission", {"n": 18, "N": 20, "percent": 90})]),
    # a visual abstract's named restatement of the abstract's pair, read there with no group, is the same two estimates
    ("Two-year EFS was 68.1% with consolidative HSCT and 34.2% without it (P = .012).\n\n"
     "2-year EFS: 68.1% (HSCT) vs 34.2% (no HSCT)",
     [("event_free_survival", {"percent": 68.1, "months": 24}), ("event_free_survival", {"percent": 34.2, "months": 24}),
      ("p_value", {"value": ".012"})]),
    # (a whole percent may be another group's: both kept)
    ("The 1-year OS was 80%.\n\n1-year OS: 80% (HSCT) vs 50% (no HSCT)",
     [("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 80, "months": 12, "subgroup": "HSCT"}),
      ("overall_survival", {"percent": 50, "months": 12, "subgroup": "no HSCT"})]),
]


@pytest.mark.parametrize("text, expected", BLIND120_FAMILIES)
def test_blind120_families(text, expected):
    _matches(read_text(text), expected)


BLIND123_FAMILIES = [
    # columns that are views of the whole cohort (compartments, assessors), its size in the caption and each count's percent
    # of it: every cell is a count of that N, the column naming its group
    ("Best responses are summarised in Table 1.\nTable 1. Best response by compartment (N = 19), n (%)\nResponse\tSystemic\tCNS\n"
     "Overall response\t13 (68.4)\t12 (63.2)\nComplete response\t9 (47.4)\t10 (52.6)\nPartial response\t4 (21.1)\t2 (10.5)\n"
     "Progressive disease\t5 (26.3)\t4 (21.1)\n",
     [("overall_response", {"n": 13, "percent": 68.4, "N": 19}), ("overall_response", {"n": 12, "percent": 63.2, "N": 19}),
      ("complete_remission", {"n": 9, "percent": 47.4, "N": 19}), ("complete_remission", {"n": 10, "percent": 52.6, "N": 19}),
      ("partial_remission", {"n": 4, "percent": 21.1, "N": 19}), ("partial_remission", {"n": 2, "percent": 10.5, "N": 19})]),
    ("Table 2. Best response by assessment (N = 20), n (%)\nResponse\tInvestigator\tIndependent review\n"
     "Overall response\t16 (80.0)\t15 (75.0)\nComplete response\t12 (60.0)\t11 (55.0)\n",
     [("overall_response", {"n": 16, "percent": 80.0, "N": 20, "subgroup": "Investigator"}),
      ("overall_response", {"n": 15, "percent": 75.0, "N": 20, "subgroup": "Independent review"}),
      ("complete_remission", {"n": 12, "percent": 60.0, "N": 20}), ("complete_remission", {"n": 11, "percent": 55.0, "N": 20})]),
    # (columns that are subsets of the caption's N, with no size of their own: no cell is a count of it)
    ("Table 1. Best response by product (N = 30), n (%)\nResponse\tAxi-cel\tTisa-cel\nOverall response\t15 (83.3)\t8 (66.7)\n", []),
    # a caption's sentence after its bare label, ending in a full stop: its format "% (95% CI)" is the cells' under time points
    ("Table S3.\nKaplan-Meier estimates of overall survival (OS) and event-free survival (EFS), % (95% CI).\n"
     "Population\t6 months\t12 months\t24 months\nOS, all patients (N = 40)\t85.0 (69.7-92.9)\t67.3 (50.2-79.7)\t51.6 (33.9-66.7)\n"
     "OS, T-ALL (n = 26)\t88.5 (68.4-96.1)\t72.6 (50.9-86.0)\t58.8 (35.6-76.2)\n",
     [("overall_survival", {"percent": 85.0, "months": 6, "ci_low": 69.7, "ci_high": 92.9, "N": 40}),
      ("overall_survival", {"percent": 67.3, "months": 12, "ci_low": 50.2, "ci_high": 79.7, "N": 40}),
      ("overall_survival", {"percent": 51.6, "months": 24, "ci_low": 33.9, "ci_high": 66.7, "N": 40}),
      ("overall_survival", {"percent": 88.5, "months": 6, "subgroup": "T-ALL", "N": 26}),
      ("overall_survival", {"percent": 72.6, "months": 12, "subgroup": "T-ALL", "N": 26}),
      ("overall_survival", {"percent": 58.8, "months": 24, "subgroup": "T-ALL", "N": 26})]),
    ("TABLE 3. Survival estimates at landmarks, % (95% CI).\nEndpoint\t1 year\t2 years\n"
     "PFS, all patients (n = 30)\t60.0 (40.6-74.9)\t46.7 (28.4-63.1)\n",
     [("progression_free_survival", {"percent": 60.0, "months": 12, "ci_low": 40.6, "ci_high": 74.9, "N": 30}),
      ("progression_free_survival", {"percent": 46.7, "months": 24, "ci_low": 28.4, "ci_high": 63.1, "N": 30})]),
    # a table of the dose levels with a dose column and a size column, no endpoint: each level's dose and treated count, the
    # Total row's size the treated
    ("Table S2. Dose levels and number of patients treated.\nDose level\tCAR-T cells/kg\tPatients, n\nDL1\t5 × 10^5\t6\n"
     "DL2\t1 × 10^6\t14\nDL3\t2 × 10^6\t20\nTotal\t—\t40\n",
     [("dose", {"low": 5e5, "unit": "cells/kg", "label": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL1"}),
      ("dose", {"low": 1e6, "unit": "cells/kg", "label": "DL2"}), ("patients_treated", {"value": 14, "subgroup": "DL2"}),
      ("dose", {"low": 2e6, "unit": "cells/kg", "label": "DL3"}), ("patients_treated", {"value": 20, "subgroup": "DL3"}),
      ("patients_treated", {"value": 40})]),
    ("Table 1. Dose escalation.\nCohort\tDose (CAR+ T cells/kg)\tN\nDose level 1\t1 × 10^6\t3\nDose level 2\t3 × 10^6\t6\n"
     "Total\t—\t9\n",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("patients_treated", {"value": 3, "subgroup": "Dose level 1"}),
      ("dose", {"low": 3e6, "unit": "cells/kg"}), ("patients_treated", {"value": 6, "subgroup": "Dose level 2"}),
      ("patients_treated", {"value": 9})]),
]


@pytest.mark.parametrize("text, expected", BLIND123_FAMILIES)
def test_blind123_families(text, expected):
    _matches(read_text(text), expected)
BLIND124_FAMILIES = [
    # a rate stated "in the N patients …": N is the rate's denominator, no second count of the term
    ("The ORR was 84.6% in the 13 patients previously exposed to BCMA-directed therapy.",
     [("overall_response", {"percent": 84.6, "N": 13})]),
    ("The CR rate was 75% among the 12 patients with prior bispecific exposure.",
     [("complete_remission", {"percent": 75, "N": 12})]),
    ("The ORR was 80% in the 10 patients previously treated with a bispecific antibody.",
     [("overall_response", {"percent": 80, "N": 10})]),
    # "X of the Y patients treated at <a dose level> achieved …": the participle names who, the count is a result's
    ("Two of the three patients treated at the highest dose level achieved CR.",
     [("complete_remission", {"n": 2, "N": 3, "percent": 66.7, "derived": True})]),
    ("Two of three patients treated at the lowest dose level attained a complete response.",
     [("complete_remission", {"n": 2, "N": 3, "derived": True})]),
    ("Four of the six patients infused at dose level 2 developed grade 3 CRS.",
     [("crs", {"n": 4, "N": 6, "grade": "3", "derived": True})]),
    # progression after a complete response, counted among the complete responders: a relapse
    ("Progression after complete response occurred in 7 of 37 complete responders.",
     [("relapse", {"n": 7, "N": 37, "percent": 18.9, "derived": True})]),
    ("Disease progression after CR was observed in 4 of 18 complete responders.",
     [("relapse", {"n": 4, "N": 18, "derived": True})]),
    ("Progression following complete remission occurred in 3 of 12 responders.",
     [("relapse", {"n": 3, "N": 12, "derived": True})]),
    # (a treated count stays one)
    ("Twelve patients were treated at dose level 2 and achieved CR.", [("patients_treated", {"value": 12})]),
]


@pytest.mark.parametrize("text, expected", BLIND124_FAMILIES)
def test_blind124_families(text, expected):
    _matches(read_text(text), expected)


@pytest.mark.parametrize("english, expected", [
    ("Results: On day 28, 24 patients (92.3%) achieved CR/CRi in the bone marrow.",
     [("complete_remission", {"percent": 92.3, "n": 24, "timepoint_days": 28, "site": "bone marrow", "includes_cri": True})]),
    ("Results: Eighteen of 20 patients (90.0%) achieved CR by day 28.",
     [("complete_remission", {"percent": 90.0, "n": 18, "N": 20, "timepoint_days": 28})]),
])
def test_blind124_chinese_abstract_restated_in_english(english, expected):
    # a Chinese abstract's rate, then the English abstract's fuller statement of it: one result, read the English way
    chinese = {"92.3": "【摘要】 结果 26例患者中24例（92.3%）于第28天获得骨髓CR/CRi。",
               "90.0": "【摘要】 结果 20例患者中18例（90.0%）获得CR。"}["92.3" if "92.3" in english else "90.0"]
    rec = extract_document(Document(path="x.txt", format="text", sha256="0", text=f"{chinese}\n\nAbstract\n\n{english}", meta={}))
    _matches([(m.endpoint, m.fields) for m in rec.measurements], expected)


def test_a_chinese_full_stop_ends_a_sentence_before_english():
    from extract.nlp import split_sentences
    text = "1年OS率为（80.1±8.2）%。\nEfficacy and safety of donor-derived CD7 CAR-T cells"
    assert [text[a:b] for a, b in split_sentences(text)] == ["1年OS率为（80.1±8.2）%。", "Efficacy and safety of donor-derived CD7 CAR-T cells"]
BLIND122_FAMILIES = [
    # the cohort's own rates, then another (named) trial's they are compared with at the sentence's end: the tail is no result
    ("The best overall response rate (ORR) and complete response (CR) rate were 90.4% and 78.8%, respectively, comparable "
     "to 91% and 68% reported in ZUMA-2.",
     [("overall_response", {"percent": 90.4}), ("complete_remission", {"percent": 78.8})]),
    ("The ORR was 83%, similar to the 82% observed in the ZUMA-1 trial.", [("overall_response", {"percent": 83})]),
    ("The CR rate was 85% (17/20), in line with 81% reported in ELIANA.",
     [("complete_remission", {"percent": 85, "n": 17, "N": 20})]),
    # (a group of the cohort's own after "similar to" stays: "in CR1")
    ("The CR rate was 85%, similar to 80% in CR1.",
     [("complete_remission", {"percent": 85}), ("complete_remission", {"percent": 80})]),
    # "A and median B were x and y, respectively": a repeated "median" keeps the terms one run
    ("Median PFS and median OS were 12.1 months (95%CI 8.3–15.9) and 26.4 months (95%CI 18.0–NA), respectively.",
     [("progression_free_survival", {"median_months": 12.1, "ci_low": 8.3, "ci_high": 15.9}),
      ("overall_survival", {"median_months": 26.4, "ci_low": 18.0})]),
    ("The median PFS and the median OS were 12.1 months and 26.4 months, respectively.",
     [("progression_free_survival", {"median_months": 12.1}), ("overall_survival", {"median_months": 26.4})]),
    ("Median EFS and median OS were 9.0 and 20.1 months, respectively.",
     [("event_free_survival", {"median_months": 9.0}), ("overall_survival", {"median_months": 20.1})]),
    # a stated absence with "had/developed a": "none of the patients had a relapse"
    ("Over a median follow-up of 5.5 months (range, 2-13), none of the patients had a relapse, and 11 of 12 patients showed "
     "improvement in EDSS scores.",
     [("median_followup", {"months": 5.5, "range_low": 2, "range_high": 13}),
      ("relapse", {"n": 0, "percent": 0.0, "negated": True})]),
    ("No patient had a relapse after CAR-T.", [("relapse", {"n": 0, "negated": True})]),
    ("None of the 12 patients developed a relapse during follow-up.", [("relapse", {"n": 0, "negated": True})]),
    ("None of the patients had a grade 3 CRS.", [("crs", {"n": 0, "grade": "3", "negated": True})]),
    # a shared exponent's members each with its level's name in parentheses after it
    ("Methods: Phase 1, 3+3 design (NCT08895521); dose levels 0.5 (DL1), 1.0 (DL2) and 2.0 (DL3) x 10^6 CAR+ cells/kg.",
     [("dose", {"low": 5e5, "high": 5e5, "unit": "cells/kg", "label": "DL1"}),
      ("dose", {"low": 1e6, "high": 1e6, "unit": "cells/kg", "label": "DL2"}),
      ("dose", {"low": 2e6, "high": 2e6, "unit": "cells/kg", "label": "DL3"})]),
    ("Patients received 0.5 (DL1), 1.0 (DL2) or 2.0 (DL3) × 10^6 cells/kg.",
     [("dose", {"low": 5e5, "unit": "cells/kg", "label": "DL1"}), ("dose", {"low": 1e6, "unit": "cells/kg", "label": "DL2"}),
      ("dose", {"low": 2e6, "unit": "cells/kg", "label": "DL3"})]),
    ("Three dose levels were tested: 1 (dose level 1), 3 (dose level 2), and 6 (dose level 3) × 10^6 CAR T cells/kg.",
     [("dose", {"low": 1e6, "label": "dose level 1"}), ("dose", {"low": 3e6, "label": "dose level 2"}),
      ("dose", {"low": 6e6, "label": "dose level 3"})]),
    # groups' rates listed in parentheses after the rate, cut by semicolons: one list, each group's rate the term's
    ("Among 88 efficacy-evaluable patients, the overall response rate (ORR) was 92% (FL, 94%; MZL, 77%), and the complete "
     "response (CR) rate was 74% (FL, 79%; MZL, 46%).",
     [("patients_treated", {"value": 88}), ("overall_response", {"percent": 92}), ("overall_response", {"percent": 94}),
      ("overall_response", {"percent": 77}), ("complete_remission", {"percent": 74}),
      ("complete_remission", {"percent": 79}), ("complete_remission", {"percent": 46})]),
    ("The CR rate was 74% (DLBCL, 70%; FL, 79%; MZL, 46%).",
     [("complete_remission", {"percent": 74}), ("complete_remission", {"percent": 70}),
      ("complete_remission", {"percent": 79}), ("complete_remission", {"percent": 46})]),
    ("CRS occurred in 20 patients (80%; grade 3, 8%).",
     [("crs", {"n": 20, "percent": 80, "grade": "any"}), ("crs", {"percent": 8, "grade": "3"})]),
    # diseases listed after the kind they are, set off by a dash; a part of a disease's count in its parentheses is none
    ("Here we report 15 patients with severe refractory autoimmune disease—SLE (n = 11; eight with lupus nephritis), "
     "idiopathic inflammatory myositis (IIM; n = 2) and systemic sclerosis (SSc; n = 2)—who received a single infusion.",
     [("patients_treated", {"value": 15}), ("disease_count", {"value": 11, "label": "SLE"}),
      ("disease_count", {"value": 2, "label": "IIM"}), ("disease_count", {"value": 2, "label": "SSc"})]),
    ("We treated 20 patients with B-cell lymphomas—DLBCL (n = 12) and FL (n = 8)—with axi-cel.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "DLBCL"}),
      ("disease_count", {"value": 8, "label": "FL"})]),
    ("Twenty patients were treated: DLBCL (n = 12; 4 with transformed FL) and FL (n = 8).",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "DLBCL"}),
      ("disease_count", {"value": 8, "label": "FL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND122_FAMILIES)
def test_blind122_families(text, expected):
    _matches(read_text(text), expected)


BLIND121_FAMILIES = [
    # a clause's count added to the ones before it ("an additional 3", "a further two", "another 2"): a count of its term
    ("At day 28, 24/35 (68.6%) achieved CR/CRi, of whom 21 were MRD negative (<0.1%) by flow cytometry; an additional 3 had PR.",
     [("complete_remission", {"percent": 68.6, "n": 24, "N": 35}), ("mrd_negative", {"n": 21, "N": 24}),
      ("partial_remission", {"n": 3})]),
    ("Overall, 12 achieved CR and a further two had PR.",
     [("complete_remission", {"n": 12}), ("partial_remission", {"n": 2})]),
    ("Twelve patients achieved CR and another 2 achieved PR.",
     [("complete_remission", {"n": 12}), ("partial_remission", {"n": 2})]),
    ("An additional 3 had grade 2 CRS.", [("crs", {"n": 3, "grade": "2"})]),
    # an earlier report's clause, then this report's own after a semicolon: the own clause is read
    ("We previously reported the early results of a phase 1 trial (NCT08896621) of CD7 CAR-T cells in children; here we "
     "present long-term outcomes of all 40 children treated between 2020 and 2022.", [("patients_treated", {"value": 40})]),
    ("Early results of this trial were previously published (CR 90%, 18/20); in this update we report outcomes of all 32 "
     "patients treated.", [("patients_treated", {"value": 32})]),
    ("Early results were previously reported (CR 90%, 18/20).", []),
    # a rate's group named by its transplant participle: no transplant rate, the second value is the same survival's
    ("Three-year EFS was 78.6% in the 28 children bridged to HSCT and 33.3% in the 9 who remained in CR without transplant "
     "(*P* < .001).",
     [("event_free_survival", {"percent": 78.6, "months": 36, "N": 28}), ("event_free_survival", {"percent": 33.3, "months": 36}),
      ("p_value", {"value": "<.001"})]),
    ("Three-year EFS was 78.6% in the 28 children bridged to HSCT and 33.3% in the 9 without transplant (P < .001).",
     [("event_free_survival", {"percent": 78.6, "months": 36, "N": 28}), ("event_free_survival", {"percent": 33.3, "months": 36}),
      ("p_value", {"value": "<.001"})]),
    ("Two-year OS was 80.0% among patients consolidated with allo-HSCT and 40.0% among those who were not (p = 0.01).",
     [("overall_survival", {"percent": 80.0, "months": 24}), ("overall_survival", {"percent": 40.0, "months": 24}),
      ("p_value", {"value": "0.01"})]),
    # a markdown page's italic or bold P
    ("CR rates were 90% versus 60% (**P** = .003).",
     [("complete_remission", {"percent": 90}), ("complete_remission", {"percent": 60}), ("p_value", {"value": ".003"})]),
    # AML by its origin, de novo or secondary: a breakdown of both; one alone is a feature of some
    ("Of these, 15 had de novo AML and 4 had secondary AML.",
     [("disease_count", {"value": 15, "label": "de novo AML"}), ("disease_count", {"value": 4, "label": "secondary AML"})]),
    ("Of the 20 infused patients, 14 had de novo acute myeloid leukemia and 6 had secondary AML.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "de novo AML"}),
      ("disease_count", {"value": 6, "label": "secondary AML"})]),
    ("The cohort comprised 12 patients with de novo AML and 5 with secondary AML.",
     [("disease_count", {"value": 12, "label": "de novo AML"}), ("disease_count", {"value": 5, "label": "secondary AML"})]),
    ("Five infused patients had secondary AML and 11 carried a TP53 mutation.", []),
    # a subject made of two diseases' counts ("six patients with X and four with Y"): disease counts, no treated count (their
    # sum is stated nowhere); a stated whole before the breakdown stays
    ("We describe six patients with relapsed BPDCN and four with CD123-positive relapsed AML who were treated with autologous "
     "CD123 CAR-T cells on a compassionate-use basis at a single center.",
     [("disease_count", {"value": 6, "label": "BPDCN"}), ("disease_count", {"value": 4, "label": "AML"})]),
    ("We treated six patients with BPDCN and four with AML.",
     [("disease_count", {"value": 6, "label": "BPDCN"}), ("disease_count", {"value": 4, "label": "AML"})]),
    ("Six patients with T-ALL and four with T-LBL were treated with CD7 CAR-T cells.",
     [("disease_count", {"value": 6, "label": "T-ALL"}), ("disease_count", {"value": 4, "label": "T-LBL"})]),
    ("Twenty patients were treated: 14 with T-ALL and 6 with T-LBL.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 14, "label": "T-ALL"}),
      ("disease_count", {"value": 6, "label": "T-LBL"})]),
    # an abbreviation spelling the qualifier before the disease's name labels it
    ("Thirty-one patients were infused: systemic ALCL (n = 14), PTCL-NOS (n = 10), enteropathy-associated T-cell lymphoma "
     "(EATL; n = 3) and transformed mycosis fungoides (tMF; n = 4).",
     [("patients_treated", {"value": 31}), ("disease_count", {"value": 14, "label": "ALCL"}),
      ("disease_count", {"value": 10, "label": "PTCL-NOS"}), ("disease_count", {"value": 3, "label": "EATL"}),
      ("disease_count", {"value": 4, "label": "tMF"})]),
    ("The cohort comprised mycosis fungoides (MF, n = 6) and Sezary syndrome (SS, n = 2).",
     [("disease_count", {"value": 6, "label": "MF"}), ("disease_count", {"value": 2, "label": "SS"})]),
]


@pytest.mark.parametrize("text, expected", BLIND121_FAMILIES)
def test_blind121_families(text, expected):
    _matches(read_text(text), expected)


BLIND125_FAMILIES = [
    # the leukapheresis named by its source (donor-derived products): the leukapheresed are still the enrolled
    ("Of 27 patients who underwent donor leukapheresis between March 2021 and June 2022, 24 were infused; their median age "
     "was 27 years (range, 9-61).",
     [("patients_enrolled", {"value": 27}), ("patients_treated", {"value": 24})]),
    ("Of 40 patients who had undergone autologous apheresis, 36 received CAR-T cells.",
     [("patients_enrolled", {"value": 40}), ("patients_treated", {"value": 36})]),
    ("Among 22 patients undergoing donor apheresis, 20 were infused.",
     [("patients_enrolled", {"value": 22}), ("patients_treated", {"value": 20})]),
    ("Twenty-seven patients underwent donor leukapheresis and 24 were infused.",
     [("patients_enrolled", {"value": 27}), ("patients_treated", {"value": 24})]),
    # relapsed after a median duration of response: the relapse count, the duration no result
    ("Nineteen patients relapsed after a median response duration of 14.2 months.", [("relapse", {"n": 19, "N": None})]),
    ("Five patients relapsed after a median duration of response of 6 months.", [("relapse", {"n": 5})]),
    ("Four patients progressed after a median remission duration of 7.1 months (range, 3-12).", [("relapse", {"n": 4})]),
    ("The median response duration was 14.2 months.", []),
    # what the rate counts set off by commas, before its value: an aside
    ("The ORR, counting morphologic leukemia-free state, was 82.4%.", [("overall_response", {"percent": 82.4})]),
    ("The overall response rate, when counting MLFS, was 75%.", [("overall_response", {"percent": 75})]),
    ("The ORR, which counted MLFS as a response, was 80%.", [("overall_response", {"percent": 80})]),
    # two medians 'respectively', the unit only after the second, the first with its CI between
    ("Median PFS and OS were 16.2 (95% CI, 11.0-25.1) and 32.5 months (95% CI, 22.3-NR), respectively.",
     [("progression_free_survival", {"median_months": 16.2, "ci_low": 11.0, "ci_high": 25.1}),
      ("overall_survival", {"median_months": 32.5, "ci_low": 22.3, "ci_high": None})]),
    ("Median EFS and OS were 8.1 (95% CI 5.0-11.2) and 20.3 months (95% CI 14.1-NR), respectively.",
     [("event_free_survival", {"median_months": 8.1, "ci_low": 5.0, "ci_high": 11.2}),
      ("overall_survival", {"median_months": 20.3, "ci_low": 14.1})]),
    ("Median PFS and OS were 16.2 (95% CI, 11.0-25.1) and 32.5 (95% CI, 22.3-40.1) months, respectively.",
     [("progression_free_survival", {"median_months": 16.2, "ci_low": 11.0, "ci_high": 25.1}),
      ("overall_survival", {"median_months": 32.5, "ci_low": 22.3, "ci_high": 40.1})]),
    # the CI named before the estimate ("Median PFS [95% CI] was …"), its bounds after it, the upper one open or in brackets
    ("Median PFS [95% CI] was 10.3 months [7.4–NE].",
     [("progression_free_survival", {"median_months": 10.3, "ci_low": 7.4, "ci_high": None})]),
    ("Median OS [95% CI] was 19.4 months [13.0-not reached].",
     [("overall_survival", {"median_months": 19.4, "ci_low": 13.0, "ci_high": None})]),
    ("Median PFS (95% CI) was 10.3 months (7.4–15.2).",
     [("progression_free_survival", {"median_months": 10.3, "ci_low": 7.4, "ci_high": 15.2})]),
    ("Median PFS [95% CI] was 10.3 months [7.4–15.2].",
     [("progression_free_survival", {"median_months": 10.3, "ci_low": 7.4, "ci_high": 15.2})]),
    ("Median follow-up (95% CI) was 12.0 months (8.0-20.0).",
     [("median_followup", {"months": 12, "range_low": 8.0, "range_high": 20.0})]),
    # a graded absence said of the term's events, the clause ending at the grade
    ("CRS was observed in 12 patients (75.0%), with no events above grade 2; no ICANS occurred.",
     [("crs", {"n": 12, "percent": 75.0, "grade": "any"}), ("crs", {"n": 0, "grade": ">=3", "negated": True}),
      ("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    ("CRS occurred in 12 patients (75.0%); no event exceeded grade 2.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 12 patients (75.0%), with no cases higher than grade 1.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 0, "grade": ">=2", "negated": True})]),
    ("ICANS occurred in 5 patients, with no episodes worse than grade 2.",
     [("neurotoxicity", {"n": 5, "grade": "any"}), ("neurotoxicity", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 12 patients, none exceeding grade 2.",
     [("crs", {"n": 12, "grade": "any"}), ("crs", {"n": 0, "grade": ">=3", "negated": True})]),
    ("CRS occurred in 12 patients; there were no cases of grade 3 ICANS.",
     [("crs", {"n": 12, "grade": "any"}), ("neurotoxicity", {"n": 0, "grade": "3", "negated": True})]),
    # every response of the count before was complete: that count is a CR count too, no 100% response rate
    ("At the highest dose level, 4 of 6 patients responded, and all 4 responses were complete.",
     [("overall_response", {"n": 4, "N": 6, "percent": 66.7}),
      ("complete_remission", {"n": 4, "N": 6, "percent": 66.7, "derived": True, "subgroup": "highest dose level"})]),
    ("Two of five patients responded; both responses were complete remissions.",
     [("overall_response", {"n": 2, "N": 5}), ("complete_remission", {"n": 2, "N": 5, "percent": 40.0})]),
    ("Five of eight patients responded, and all five responses were complete responses.",
     [("overall_response", {"n": 5, "N": 8}), ("complete_remission", {"n": 5, "N": 8, "percent": 62.5})]),
    ("The ORR was 50% (5/10), and all responses were complete at day 28.",
     [("overall_response", {"percent": 50, "n": 5, "N": 10, "timepoint_days": 28}),
      ("complete_remission", {"n": 5, "N": 10, "percent": 50.0, "timepoint_days": 28})]),
    ("All 4 responses were complete.", [("complete_remission", {"n": 4, "N": None, "percent": None})]),
    ("Three of five patients responded; both responses were complete remissions.",
     [("overall_response", {"n": 3, "N": 5})]),
    # CRi alone, listed apart from a plain CR count, is no endpoint; the CR/CRi rate stated is
    ("Best response within 28 days was CR in 5, CRi in 2, MLFS in 2 and no response in 3, for a CR/CRi rate of 58.3%.",
     [("complete_remission", {"n": 5, "timepoint_days": 28, "includes_cri": None}),
      ("complete_remission", {"percent": 58.3, "timepoint_days": 28, "includes_cri": True})]),
    ("Best responses were CR (n = 7) and CRi (n = 3).", [("complete_remission", {"n": 7})]),
    ("By day 28, 9 patients achieved CR and 2 CRi.", [("complete_remission", {"n": 9, "timepoint_days": 28})]),
    ("The ORR, including CRi (n = 2) and PR (n = 3), was 80%.",
     [("overall_response", {"percent": 80}), ("complete_remission", {"n": 2}), ("partial_remission", {"n": 3})]),
    # a group's share after ", including in": the subject's term, not one in a bracketed aside closed before it
    ("Responses [ORR 72.7% (24/33); ≥CR 39.4% (13/33)] were observed at all dose levels, including in 7/10 (70.0%) "
     "patients previously exposed to BCMA therapies.",
     [("overall_response", {"percent": 72.7, "n": 24, "N": 33}), ("complete_remission", {"percent": 39.4, "n": 13, "N": 33}),
      ("overall_response", {"percent": 70.0, "n": 7, "N": 10})]),
    ("Responses were observed at all dose levels, including in 7/10 (70.0%) patients previously exposed to BCMA therapies.",
     [("overall_response", {"percent": 70.0, "n": 7, "N": 10})]),
    ("Complete remissions were seen in every cohort, including in 4/5 (80%) patients with TP53 mutations.",
     [("complete_remission", {"percent": 80, "n": 4, "N": 5})]),
    ("CR was achieved in 20 of 25 patients, including 8 of 10 children and 12 of 15 adults.",
     [("complete_remission", {"n": 20, "N": 25}), ("complete_remission", {"n": 8, "N": 10, "subgroup": "children"}),
      ("complete_remission", {"n": 12, "N": 15, "subgroup": "adults"})]),
]


@pytest.mark.parametrize("text, expected", BLIND125_FAMILIES)
def test_blind125_families(text, expected):
    _matches(read_text(text), expected)


BLIND127_FAMILIES = [
    # a dose level's cell with its count restates no bare rate of a sentence naming no dose or level (the same percent by
    # chance: six patients with T-LBL, six at DL2); a rate of a sentence naming the levels it still restates
    ("The CR/CRi rate was 93.3% in T-ALL and 83.3% in T-LBL (P = .50).\nTable 2. CR/CRi by dose level\n"
     "Dose level\tPatients, n\tCR/CRi, n (%)\nDL1\t3\t2 (66.7)\nDL2\t6\t5 (83.3)\nDL3\t12\t12 (100)",
     [("complete_remission", {"percent": 93.3}), ("complete_remission", {"percent": 83.3, "n": None}),
      ("p_value", {"value": ".50"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 6, "subgroup": "DL2"}),
      ("patients_treated", {"value": 12, "subgroup": "DL3"}),
      ("complete_remission", {"n": 2, "N": 3, "subgroup": "DL1"}), ("complete_remission", {"n": 5, "N": 6, "subgroup": "DL2"}),
      ("complete_remission", {"n": 12, "N": 12, "subgroup": "DL3"})]),
    ("The ORR was 80.0% in patients with prior HSCT and 60.0% in those without.\nTable 3. Outcomes by dose level\n"
     "\tDL1 (n = 5)\tDL2 (n = 10)\nOverall response, n (%)\t4 (80.0)\t6 (60.0)",
     [("overall_response", {"percent": 80.0, "n": None}), ("overall_response", {"percent": 60.0, "n": None}),
      ("patients_treated", {"value": 5, "subgroup": "DL1"}), ("patients_treated", {"value": 10, "subgroup": "DL2"}),
      ("overall_response", {"n": 4, "N": 5, "subgroup": "DL1"}), ("overall_response", {"n": 6, "N": 10, "subgroup": "DL2"})]),
    ("The ORR was 80.0% at DL1 and 60.0% at DL2.\nTable 3. Outcomes by dose level\n"
     "\tDL1 (n = 5)\tDL2 (n = 10)\nOverall response, n (%)\t4 (80.0)\t6 (60.0)",
     [("overall_response", {"percent": 80.0, "subgroup": "DL1"}), ("overall_response", {"percent": 60.0, "subgroup": "DL2"}),
      ("patients_treated", {"value": 5, "subgroup": "DL1"}), ("patients_treated", {"value": 10, "subgroup": "DL2"})]),
    ("The CR/CRi rate was lower at DL1 than at DL2 and DL3 combined (66.7% vs 91.7%; P = .19).\nTable 1. CR/CRi by dose level\n"
     "Dose level\tPatients, n\tCR/CRi, n (%)\nDL1\t6\t4 (66.7)\nDL2\t12\t11 (91.7)",
     [("complete_remission", {"percent": 66.7}), ("complete_remission", {"percent": 91.7}), ("p_value", {"value": ".19"}),
      ("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 12, "subgroup": "DL2"})]),
    # a disposition table's rows: the randomly assigned (its arms after it) are the enrolled, the infused label's count the
    # treated; a row of one count per column is no such count
    ("Table S1. Patient disposition\nRandomly assigned\t180 (CAR-T 90; standard care 90)\nReceived CAR-T infusion\t86\n"
     "Received high-dose chemotherapy and ASCT (standard care arm)\t33",
     [("patients_enrolled", {"value": 180}), ("patients_treated", {"value": 86})]),
    ("Table 1. Patient disposition\nRandomized\t120\nReceived tisa-cel\t54",
     [("patients_enrolled", {"value": 120}), ("patients_treated", {"value": 54})]),
    ("Table 1. Patient disposition\nEnrolled\t24\nInfused\t20 (83.3)",
     [("patients_enrolled", {"value": 24}), ("patients_treated", {"value": 20})]),
    ("Table 1. Patient disposition\nRandomly allocated: 64\nReceived infusion: 58",
     [("patients_enrolled", {"value": 64}), ("patients_treated", {"value": 58})]),
    ("Table 1. Patient disposition by arm\n\tCAR-T\tStandard care\nInfused\t12\t9", []),
    ("Enrollment: 2019-2022; infused: 12.5% of screened.", []),
]


@pytest.mark.parametrize("text, expected", BLIND127_FAMILIES)
def test_blind127_families(text, expected):
    _matches(read_text(text), expected)


BLIND131_FAMILIES = [
    # an em dash glued to the words around it sets off an aside as a spaced one does: the diseases listed inside it
    ("Ten patients—five with ENKTL, three with PTCL not otherwise specified (PTCL-NOS) and two with angioimmunoblastic "
     "T-cell lymphoma (AITL)—received a single infusion of CD7 CAR-T cells.",
     [("patients_treated", {"value": 10}), ("disease_count", {"value": 5, "label": "ENKTL"}),
      ("disease_count", {"value": 3, "label": "PTCL-NOS"}), ("disease_count", {"value": 2, "label": "AITL"})]),
    ("Fourteen patients—nine with T-ALL and five with T-LBL—received CD7 CAR-T cells.",
     [("patients_treated", {"value": 14}), ("disease_count", {"value": 9, "label": "T-ALL"}),
      ("disease_count", {"value": 5, "label": "T-LBL"})]),
    ("Twelve patients—eight with T-ALL and four with T-LBL—were infused.",
     [("patients_treated", {"value": 12}), ("disease_count", {"value": 8, "label": "T-ALL"}),
      ("disease_count", {"value": 4, "label": "T-LBL"})]),
    # the leukapheresed right after the screened are the enrolled, with no infused count after them
    ("Between January 2023 and March 2024, 12 patients were screened and 11 underwent leukapheresis; one patient could not be "
     "infused because of rapid progression.", [("patients_enrolled", {"value": 11})]),
    ("Of the 40 patients screened, 35 underwent leukapheresis.", [("patients_enrolled", {"value": 35})]),
    ("Forty patients were screened, and 36 were leukapheresed.", [("patients_enrolled", {"value": 36})]),
    ("41 patients were screened and 36 underwent leukapheresis; 33 of them received CAR-T cells.",
     [("patients_enrolled", {"value": 36}), ("patients_treated", {"value": 33})]),
    # a disposition flowchart's boxes, each a line of its own (not the not-infused box)
    ("Enrolled and leukapheresed (N = 64)", [("patients_enrolled", {"value": 64})]),
    ("Underwent leukapheresis (n = 41)", [("patients_enrolled", {"value": 41})]),
    ("Infused with ZX-BCMA (N = 58)", [("patients_treated", {"value": 58})]),
    ("Patients treated (n = 24)", [("patients_treated", {"value": 24})]),
    ("Not infused (n = 6)", []),
    # responders counted, their complete (and partial) responses elided after a comma: parts of the same N
    ("All five patients with ENKTL responded, four with CR, and plasma EBV DNA became undetectable in all four.",
     [("overall_response", {"n": 5, "N": 5}), ("complete_remission", {"n": 4, "N": 5, "percent": 80.0})]),
    ("All 12 children responded, 10 with CR.",
     [("overall_response", {"n": 12, "N": 12}), ("complete_remission", {"n": 10, "N": 12, "percent": 83.3})]),
    ("Eight of 10 patients responded, 5 with CR and 3 with PR.",
     [("overall_response", {"n": 8, "N": 10}), ("complete_remission", {"n": 5, "N": 10, "percent": 50.0}),
      ("partial_remission", {"n": 3, "N": 10, "percent": 30.0})]),
    # all of an event's episodes and how they ended: no count of patients with the event
    ("All 3 ICANS events resolved within 72 hours.", []),
    ("All five episodes of ICANS resolved without sequelae.", []),
    ("All 4 cases of grade 3 CRS were reversible.", []),
    ("ICANS occurred in 3 patients (12.5%); all 3 events resolved within 72 hours.",
     [("neurotoxicity", {"n": 3, "percent": 12.5, "grade": "any"})]),
    # a response a patient moved on from, and an unconfirmed response: no results
    ("One patient converted from PR to CR at month 3, so that 6 patients were in CR at that time point.",
     [("complete_remission", {"n": 6, "timepoint_days": 91})]),
    ("Two patients converted from partial response to complete response by month 6.", []),
    ("One patient at DL3 with an unconfirmed partial response is counted as having stable disease.", []),
    ("Two patients had an unconfirmed PR.", []),
    ("The ORR was 40%, including two unconfirmed partial responses.", [("overall_response", {"percent": 40})]),
    # a dose level opening a clause, with its other name in parentheses or after a semicolon: the values' group
    ("ORR was 91.1% and ≥CR 66.1% in the efficacy-evaluable population; at DL3 (RP2D), the ORR was 97.4%.",
     [("overall_response", {"percent": 91.1}), ("complete_remission", {"percent": 66.1}),
      ("overall_response", {"percent": 97.4, "subgroup": "DL3"})]),
    ("At DL3 (RP2D), the ORR was 97.4%.", [("overall_response", {"percent": 97.4, "subgroup": "DL3"})]),
    ("The CR rate was 70%; at dose level 2, the CR rate was 85%.",
     [("complete_remission", {"percent": 70}), ("complete_remission", {"percent": 85, "subgroup": "dose level 2"})]),
    # a count of events as the subject before the patients it occurred among: no treated count
    ("One dose-limiting toxicity (grade 3 CRS lasting more than 72 hours) occurred among the first 6 patients treated at DL3, "
     "and DL3 was declared the recommended phase 2 dose.", []),
    ("Two DLTs occurred in the 6 patients treated at DL2.", []),
    # the evaluable patients with a feature opening a rate: that subgroup's N, no evaluable count
    ("Among 11 evaluable patients with extramedullary plasmacytoma, 8 (72.7%) responded.",
     [("overall_response", {"n": 8, "N": 11, "percent": 72.7})]),
    ("Among 11 evaluable patients, 8 (72.7%) responded.",
     [("patients_treated", {"value": 11, "subgroup": "evaluable"}), ("overall_response", {"n": 8, "N": 11, "percent": 72.7})]),
    # a dose-level table whose size column names who it counts ("Patients treated, n"): each level's dose and count (equal
    # counts of two levels are two), the total row the treated
    ("Table S1: Dose levels and patients treated\nDose level\tALLO-70X dose (CAR+ T cells)\tPatients treated, n\tDLTs, n\n"
     "DL1\t3 × 10⁷\t3\t0\nDL2\t1 × 10⁸\t3\t0\nDL3\t3 × 10⁸\t6\t1\nTotal\t–\t12\t1\nDLT=dose-limiting toxicity.",
     [("dose", {"low": 3e7, "label": "DL1"}), ("dose", {"low": 1e8, "label": "DL2"}), ("dose", {"low": 3e8, "label": "DL3"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6, "subgroup": "DL3"}), ("patients_treated", {"value": 12})]),
    ("Table 1: Dose levels\nDose level\tCAR-T cells/kg\tPatients infused, n\nDL1\t1 × 10^6\t3\nDL2\t3 × 10^6\t3\nTotal\t–\t6\n"
     "Values are counts.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"}),
      ("patients_treated", {"value": 3, "subgroup": "DL1"}), ("patients_treated", {"value": 3, "subgroup": "DL2"}),
      ("patients_treated", {"value": 6})]),
    # a median's column in its unit under rows naming the groups: each row's median
    ("Table S5: Objective response according to tumour CD70 expression\nCD70 H-score at screening\tPatients, n\t"
     "Objective response, n (%)\tMedian PFS, months\n≥200\t8\t6 (75.0)\t11.3\n<200\t10\t2 (20.0)\t3.7\n"
     "Objective response rates were compared.",
     [("overall_response", {"n": 6, "N": 8, "percent": 75.0}), ("progression_free_survival", {"median_months": 11.3, "N": 8}),
      ("overall_response", {"n": 2, "N": 10, "percent": 20.0}), ("progression_free_survival", {"median_months": 3.7, "N": 10})]),
    ("Table 3: Outcomes by disease\nDisease\tPatients, n\tCR, n (%)\tMedian OS, mo\nT-ALL\t8\t6 (75.0)\t11.3\n"
     "T-LBL\t10\t2 (20.0)\t3.7\nRates were compared.",
     [("complete_remission", {"n": 6, "N": 8}), ("overall_survival", {"median_months": 11.3, "subgroup": "T-ALL"}),
      ("complete_remission", {"n": 2, "N": 10}), ("overall_survival", {"median_months": 3.7, "subgroup": "T-LBL"})]),
]


@pytest.mark.parametrize("text, expected", BLIND131_FAMILIES)
def test_blind131_families(text, expected):
    _matches(read_text(text), expected)


BLIND129_FAMILIES = [
    # an unrecorded term defined with its abbreviation is one item of a "respectively" list (its value is dropped, the
    # others keep their places)
    ("With a median follow-up of 26.7 months (range, 12.4-41.9), the 2-year OS, leukemia-free survival (LFS), and GVHD-free "
     "relapse-free survival (GRFS) were 73.5% (95% CI, 55.2-85.4), 66.8% (95% CI, 48.6-79.8), and 51.2% (95% CI, 33.9-66.1), respectively.",
     [("median_followup", {"months": 26.7}),
      ("overall_survival", {"percent": 73.5, "months": 24, "ci_low": 55.2, "ci_high": 85.4}),
      ("leukemia_free_survival", {"percent": 66.8, "months": 24, "ci_low": 48.6, "ci_high": 79.8})]),
    ("The 2-year OS, leukemia-free survival (LFS), and non-relapse mortality (NRM) were 73.5%, 66.8%, and 9.1%, respectively.",
     [("overall_survival", {"percent": 73.5, "months": 24}), ("leukemia_free_survival", {"percent": 66.8, "months": 24})]),
    ("The 1-year non-relapse mortality (NRM), OS and EFS were 5.0%, 80.0% and 60.0%, respectively.",
     [("overall_survival", {"percent": 80.0, "months": 12}), ("event_free_survival", {"percent": 60.0, "months": 12})]),
    # "responded (CR/CRi, n/N)": the response the parentheses name, with the verb's count, is what it was (no ORR), and so
    # is the verb's elliptic count after it
    ("At DL2, all 9 patients responded (CR/CRi, 9/9), compared with 3 of 5 at DL1.",
     [("complete_remission", {"n": 9, "N": 9, "includes_cri": True, "subgroup": "DL2"}),
      ("complete_remission", {"n": 3, "N": 5, "includes_cri": True, "subgroup": "DL1"})]),
    ("Eight of 10 patients responded (CR, 8/10).", [("complete_remission", {"n": 8, "N": 10})]),
    ("In cohort B, 7 of 8 patients responded (CR/CRi, 7/8), versus 2 of 6 in cohort A.",
     [("complete_remission", {"n": 7, "N": 8, "includes_cri": True}),
      ("complete_remission", {"n": 2, "N": 6, "includes_cri": True, "subgroup": "cohort A"})]),
    ("Eight of 10 patients responded (CR, 6/10; PR, 2/10).",
     [("overall_response", {"n": 8, "N": 10}), ("complete_remission", {"n": 6, "N": 10}), ("partial_remission", {"n": 2, "N": 10})]),
    # T-cell non-Hodgkin lymphoma as a disease label
    ("Of 21 patients who underwent apheresis, 19 were infused: 11 with T-ALL/LBL and 8 with T-NHL.",
     [("patients_enrolled", {"value": 21}), ("patients_treated", {"value": 19}),
      ("disease_count", {"value": 11, "label": "T-ALL/LBL"}), ("disease_count", {"value": 8, "label": "T-NHL"})]),
    ("Twenty patients were infused: 12 with B-NHL and 8 with T-cell non-Hodgkin lymphoma.",
     [("patients_treated", {"value": 20}), ("disease_count", {"value": 12, "label": "B-NHL"}),
      ("disease_count", {"value": 8, "label": "T-NHL"})]),
    # the treated split by lymphodepleting or conditioning regimen in a clause after the count (adding up to it)
    ("Forty-one patients were infused (cHL, n = 33; ALCL, n = 5; PTCL-NOS, n = 3); 24 received bendamustine-based and 17 "
     "fludarabine-based lymphodepletion.",
     [("patients_treated", {"value": 41}), ("disease_count", {"value": 33, "label": "cHL"}),
      ("disease_count", {"value": 5, "label": "ALCL"}), ("disease_count", {"value": 3, "label": "PTCL-NOS"}),
      ("patients_treated", {"value": 24, "subgroup": "bendamustine-based lymphodepletion"}),
      ("patients_treated", {"value": 17, "subgroup": "fludarabine-based lymphodepletion"})]),
    ("Forty patients were infused; 30 received Flu/Cy and 10 received bendamustine as lymphodepletion.",
     [("patients_treated", {"value": 40}), ("patients_treated", {"value": 30, "subgroup": "Flu/Cy lymphodepletion"}),
      ("patients_treated", {"value": 10, "subgroup": "bendamustine lymphodepletion"})]),
    ("Thirty patients were infused; 20 received fludarabine plus cyclophosphamide and 10 received bendamustine conditioning.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 20}), ("patients_treated", {"value": 10})]),
    ("Thirty patients were infused; 20 received fludarabine-based and 5 bendamustine-based lymphodepletion.",
     [("patients_treated", {"value": 30})]),
    # the share still in (ongoing, continuous, continued) CR at a landmark is that landmark's CR rate; a status otherwise
    ("At 3 months, 52.4% of axi-cel and 39.2% of tisa-cel recipients were in ongoing CR.",
     [("complete_remission", {"percent": 52.4, "timepoint_days": 91}), ("complete_remission", {"percent": 39.2, "timepoint_days": 91})]),
    ("At 3 months, ongoing CR was documented in 49% v 36% of patients.",
     [("complete_remission", {"percent": 49, "timepoint_days": 91}), ("complete_remission", {"percent": 36, "timepoint_days": 91})]),
    ("At 12 months, 10 of 20 patients (50%) were in continuous complete remission.",
     [("complete_remission", {"percent": 50, "n": 10, "N": 20, "timepoint_days": 365})]),
    ("Continued CR at month 6 was seen in 61% of patients.", [("complete_remission", {"percent": 61, "timepoint_days": 183})]),
    ("Nine patients remain in continuous remission at last follow-up.", []),
    # no one of a group named before "relapsed" is an absence of relapse
    ("No patient with SLE relapsed, whereas 2 of the 9 patients with IIM or SSc had a disease relapse.",
     [("relapse", {"n": 0, "negated": True}), ("relapse", {"n": 2, "N": 9})]),
    ("None of the children in MRD-negative CR has relapsed.", [("relapse", {"n": 0, "negated": True})]),
    ("No patient who had undergone HSCT relapsed.", [("relapse", {"n": 0, "negated": True})]),
    # the arms named where patients were randomly assigned, then the count that received each
    ("Between 8 March 2022 and 30 April 2024, 156 patients were randomly assigned (104 to CLD-CAR and 52 to TPC); 88 patients "
     "received at least one CLD-CAR infusion and 48 received TPC.",
     [("patients_enrolled", {"value": 156}), ("patients_treated", {"value": 88, "subgroup": "CLD-CAR"}),
      ("patients_treated", {"value": 48, "subgroup": "TPC"})]),
    ("200 patients were randomly allocated (100 to CAR-T and 100 to SOC), of whom 94 received CAR-T and 90 received SOC.",
     [("patients_enrolled", {"value": 200}), ("patients_treated", {"value": 94, "subgroup": "CAR-T"}),
      ("patients_treated", {"value": 90, "subgroup": "SOC"})]),
    # a survival pair set against an earlier survival term ("whereas", "while", "but") takes the sentence's one landmark
    ("12-month PFS was 75.9% with and 58.4% without consolidative allo-HCT (P = .04), whereas OS did not differ (84.0% vs 80.7%; P = .57).",
     [("progression_free_survival", {"percent": 75.9, "months": 12}), ("progression_free_survival", {"percent": 58.4, "months": 12}),
      ("p_value", {"value": ".04"}), ("overall_survival", {"percent": 84.0, "months": 12}),
      ("overall_survival", {"percent": 80.7, "months": 12}), ("p_value", {"value": ".57", "outcome": "overall_survival"})]),
    ("The 2-year EFS was 60% in children and 45% in adults, while OS was similar (70% vs 66%).",
     [("event_free_survival", {"percent": 60, "months": 24, "subgroup": "children"}),
      ("event_free_survival", {"percent": 45, "months": 24, "subgroup": "adults"}),
      ("overall_survival", {"percent": 70, "months": 24}), ("overall_survival", {"percent": 66, "months": 24})]),
    ("The 1-year LFS was 70% with and 40% without consolidative HSCT, but OS did not differ (80% vs 75%).",
     [("leukemia_free_survival", {"percent": 70, "months": 12}), ("leukemia_free_survival", {"percent": 40, "months": 12}),
      ("overall_survival", {"percent": 80, "months": 12}), ("overall_survival", {"percent": 75, "months": 12})]),
    ("The 2-year EFS was 60%, whereas OS was 70%.", [("event_free_survival", {"percent": 60, "months": 24})]),
    # samples taken at relapse ("relapse biopsies", "relapse samples") counted for their antigen: no relapse count
    ("Of the 48 patients with CR, 9 (18.8%) subsequently relapsed, and CD19 and CD20 expression was retained in 8 of 9 relapse biopsies.",
     [("relapse", {"n": 9, "N": 48, "percent": 18.8})]),
    ("CD19 was detected in 7 of 9 relapse samples.", []),
    ("Relapse occurred in 5 of 20 patients (25%); CD7 was lost in 2 of the 5 relapse marrow specimens.",
     [("relapse", {"n": 5, "N": 20, "percent": 25})]),
    # the second median of a pair, after the first's bare bounds, in a sentence that labels a CI: its bounds are its CI
    ("Median overall survival was 7.9 months (6.2-9.4) versus 5.5 months (4.1-7.3) (hazard ratio 0.69, 95% CI 0.46-1.05; P = 0.08).",
     [("overall_survival", {"median_months": 7.9, "ci_low": 6.2, "ci_high": 9.4}),
      ("overall_survival", {"median_months": 5.5, "ci_low": 4.1, "ci_high": 7.3}), ("p_value", {"value": "0.08"})]),
    ("Median EFS was 9.0 months (7.1-11.3) vs 4.2 months (3.0-5.5) (HR 0.52; 95% CI 0.33-0.81).",
     [("event_free_survival", {"median_months": 9.0, "ci_low": 7.1, "ci_high": 11.3}),
      ("event_free_survival", {"median_months": 4.2, "ci_low": 3.0, "ci_high": 5.5})]),
    ("Median overall survival was 7.9 months (6.2-9.4) versus 5.5 months (4.1-7.3).",
     [("overall_survival", {"median_months": 7.9, "ci_low": None}), ("overall_survival", {"median_months": 5.5, "ci_low": None})]),
]


@pytest.mark.parametrize("text, expected", BLIND129_FAMILIES)
def test_blind129_families(text, expected):
    _matches(read_text(text), expected)


BLIND133_FAMILIES = [
    # "more/less frequent|common|often in A than in B" names the groups compared, as a comparative does: a relapse in a
    # group's name is no relapse result
    ("Complete responses were numerically more frequent in isolated CNS relapse than in concurrent disease (11/15 vs 5/11; P = .11).",
     [("complete_remission", {"n": 11, "N": 15, "subgroup": "isolated CNS relapse"}),
      ("complete_remission", {"n": 5, "N": 11, "subgroup": "concurrent disease"}),
      ("p_value", {"value": ".11", "outcome": "complete_remission"})]),
    ("CR was more common after isolated CNS relapse than after combined relapse (80% vs 50%; P = .04).",
     [("complete_remission", {"percent": 80, "subgroup": "isolated CNS relapse"}),
      ("complete_remission", {"percent": 50, "subgroup": "combined relapse"}), ("p_value", {"value": ".04"})]),
    ("Responses were less frequent among patients with CNS relapse than in those without (40% vs 70%).",
     [("overall_response", {"percent": 40, "subgroup": "CNS relapse"}),
      ("overall_response", {"percent": 70, "subgroup": "no CNS relapse"})]),
    # (or patients with an isolated/combined site's relapse: the population of the term's values)
    ("CR was achieved in 11/15 patients with isolated CNS relapse and 5/11 with concurrent disease (P = .11).",
     [("complete_remission", {"n": 11, "N": 15}), ("complete_remission", {"n": 5, "N": 11}),
      ("p_value", {"value": ".11", "outcome": "complete_remission"})]),
    ("The CR rate was 73% in patients with isolated CNS relapse and 45% in those with concurrent disease.",
     [("complete_remission", {"percent": 73}), ("complete_remission", {"percent": 45})]),
    ("Isolated CNS relapse occurred in 3 patients (10%).", [("relapse", {"n": 3, "percent": 10})]),
    # deaths from a term ("-related/-associated deaths, mortality"): neither the term's count nor its absence
    ("ICANS developed in 17 patients (65.4%), including grade III-IV ICANS in 7 (26.9%), and was managed with dexamethasone "
     "and anakinra; there were no ICANS-related deaths.",
     [("neurotoxicity", {"n": 17, "percent": 65.4, "grade": "any"}), ("neurotoxicity", {"n": 7, "percent": 26.9, "grade": "3-4"})]),
    ("One CRS-related death occurred.", []),
    ("There were no CRS- or ICANS-related deaths.", []),
    ("CRS occurred in 10 patients (50%), with no CRS-associated mortality.", [("crs", {"n": 10, "percent": 50, "grade": "any"})]),
    ("No ICANS occurred.", [("neurotoxicity", {"n": 0, "grade": "any", "negated": True})]),
    # patients in a response at a site, then transplanted: the transplant's count, no response
    ("Two patients in CNS complete response underwent consolidative allogeneic transplantation.", [("transplant", {"n": 2})]),
    ("Three patients in marrow CR proceeded to allo-HSCT.", [("transplant", {"n": 3})]),
    ("Two patients in CNS CR underwent allo-HSCT.", [("transplant", {"n": 2})]),
    ("Four patients had CNS relapse.", [("relapse", {"n": 4})]),
    # "Of the other N patients with …, x …": the opener's N, as "Of the remaining N"
    ("Of the other three patients with CMR, one relapsed at 8 months, whereas the patient with a partial response progressed "
     "at 4 months.", [("relapse", {"n": 1, "N": 3})]),
    ("Of the other 3 patients with CR, 1 relapsed.", [("relapse", {"n": 1, "N": 3})]),
    ("Of the other 12 patients, 3 achieved CR.", [("complete_remission", {"n": 3, "N": 12})]),
    ("Among the other 20 patients, 15 (75%) achieved CR.", [("complete_remission", {"n": 15, "N": 20, "percent": 75})]),
    # a case series' patient numbers are no counts of the treated
    ("After lymphodepletion with bendamustine and fludarabine, patients 1 and 2 received 1 × 10^6 CAR T cells/kg and patients "
     "3-6 received 2 × 10^6 CAR T cells/kg.",
     [("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Patients #1, #2 and #3 were treated at DL1.", []),
    ("Pts 4 to 6 were infused at 2 × 10^6 cells/kg.", [("dose", {"low": 2e6, "unit": "cells/kg"})]),
    ("Of the 12 patients, 10 received CAR-T cells.", [("patients_treated", {"value": 10})]),
    # other studies' results: a sentence opened by several studies of a product, or ending in a superscript citation
    # flattened after its stop
    ("In two phase 1/2 studies of CD30-directed chimeric antigen receptor (CAR) T cells, the overall response rate was 62%-72% "
     "and 59% of patients achieved a complete response after fludarabine-based lymphodepletion.1,2", []),
    ("In two phase 1/2 studies of CD30-directed CAR T cells, 59% of patients achieved a complete response.", []),
    ("Across three phase 1 trials of BCMA CAR-T, the ORR was 80%.", []),
    ("CD19 CAR-T cells induced CR in 70% of adults with B-ALL.4-6", []),
    ("In two phase 1 trials of CD7 CAR-T (NCT08891111 and NCT08891112), 40 patients were infused and 30 (75%) achieved CR.",
     [("patients_treated", {"value": 40}), ("complete_remission", {"n": 30, "percent": 75})]),
    # a group's "n = x" in a breakdown of the treated after "patients with <disease>": the group's count, no count of a
    # term naming the group
    ("In this prospective phase 2 study, 26 patients with large B-cell lymphoma involving the CNS (isolated CNS relapse, n = 15; "
     "concurrent systemic and CNS disease, n = 11) received axicabtagene ciloleucel.",
     [("patients_treated", {"value": 26}), ("patients_treated", {"value": 15, "subgroup": "isolated CNS relapse"}),
      ("patients_treated", {"value": 11, "subgroup": "concurrent systemic and CNS disease"})]),
    ("Twenty patients with B-ALL (marrow relapse, n = 12; refractory, n = 8) were infused.",
     [("patients_treated", {"value": 20}), ("patients_treated", {"value": 12, "subgroup": "marrow relapse"}),
      ("patients_treated", {"value": 8, "subgroup": "refractory"})]),
    ("Thirty patients with B-ALL (first relapse, n = 18; second or later relapse, n = 12) received tisa-cel.",
     [("patients_treated", {"value": 30}), ("patients_treated", {"value": 18, "subgroup": "first relapse"}),
      ("patients_treated", {"value": 12, "subgroup": "second or later relapse"})]),
    # a dose naming each item of a parenthesised list of results: one clause, the term's values in turn
    ("Overall, 25 of 29 infused patients (86.2%) achieved complete remission (CR) or CR with incomplete count recovery by day 28 "
     "(1 × 10(6)/kg, 7/9 [77.8%]; 3 × 10(6)/kg, 18/20 [90.0%]), 23 of whom were negative for measurable residual disease.",
     [("complete_remission", {"n": 25, "N": 29, "timepoint_days": 28}), ("complete_remission", {"n": 7, "N": 9}),
      ("complete_remission", {"n": 18, "N": 20}), ("mrd_negative", {"n": 23, "N": 25}),
      ("dose", {"low": 1e6, "unit": "cells/kg"}), ("dose", {"low": 3e6, "unit": "cells/kg"})]),
    ("Overall, 25 of 29 patients (86.2%) achieved CR by day 28 (1 × 10^6/kg, 7/9; 3 × 10^6/kg, 18/20).",
     [("complete_remission", {"n": 25, "N": 29}), ("complete_remission", {"n": 7, "N": 9}),
      ("complete_remission", {"n": 18, "N": 20}), ("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
    ("The ORR was 80% (1 × 10^6 cells/kg, 60%; 3 × 10^6 cells/kg, 90%).",
     [("overall_response", {"percent": 80}), ("overall_response", {"percent": 60}), ("overall_response", {"percent": 90}),
      ("dose", {"low": 1e6}), ("dose", {"low": 3e6})]),
]


@pytest.mark.parametrize("text, expected", BLIND133_FAMILIES)
def test_blind133_families(text, expected):
    _matches(read_text(text), expected)


BLIND138_FAMILIES = [
    # every column's format on a line of its own under the groups' names ("No. (%)", "n (%)"): the cells' format, no part of
    # the groups' names (JCO's response and adverse-event tables by dose level)
    ("TABLE 1. Response by Dose Level\nResponse\tDL1 (n = 6)\tDL2 (n = 51)\tDL3 (n = 9)\tAll Patients (N = 66)\n"
     "\tNo. (%)\tNo. (%)\tNo. (%)\tNo. (%)\nORR\t5 (83.3)\t47 (92.2)\t8 (88.9)\t60 (90.9)\n"
     "PR\t1 (16.7)\t3 (5.9)\t1 (11.1)\t5 (7.6)\n",
     [("patients_treated", {"value": 6, "subgroup": "DL1"}), ("patients_treated", {"value": 51, "subgroup": "DL2"}),
      ("patients_treated", {"value": 9, "subgroup": "DL3"}),
      ("overall_response", {"n": 5, "N": 6, "percent": 83.3, "subgroup": "DL1"}),
      ("overall_response", {"n": 47, "N": 51, "percent": 92.2, "subgroup": "DL2"}),
      ("overall_response", {"n": 8, "N": 9, "percent": 88.9, "subgroup": "DL3"}),
      ("overall_response", {"n": 60, "N": 66, "percent": 90.9}),
      ("partial_remission", {"n": 1, "N": 6, "percent": 16.7, "subgroup": "DL1"}),
      ("partial_remission", {"n": 3, "N": 51, "percent": 5.9, "subgroup": "DL2"}),
      ("partial_remission", {"n": 1, "N": 9, "percent": 11.1, "subgroup": "DL3"}),
      ("partial_remission", {"n": 5, "N": 66, "percent": 7.6})]),
    ("Table 2. Cytokine release syndrome by cohort\nEvent\tCohort A (n = 10)\tCohort B (n = 20)\n\tn (%)\tn (%)\nCRS\n"
     "Any grade\t8 (80.0)\t15 (75.0)\nGrade 3\t0\t2 (10.0)\n",
     [("crs", {"n": 8, "N": 10, "percent": 80.0, "grade": "any", "subgroup": "Cohort A"}),
      ("crs", {"n": 15, "N": 20, "percent": 75.0, "grade": "any", "subgroup": "Cohort B"}),
      ("crs", {"n": 0, "N": 10, "grade": "3", "subgroup": "Cohort A", "negated": True}),
      ("crs", {"n": 2, "N": 20, "percent": 10.0, "grade": "3", "subgroup": "Cohort B"})]),
    # a column's landmark in its name under a footnote of mixed formats ("Overall survival at 12 months" over "50·0% (11·1–80·4)",
    # "Data are n (%) or % (95% CI)"): the landmark's rate with its CI, not a median in months
    ("Table 2: Overall survival at 12 months by dose level\n\tPatients (n)\tCR/CRi at day 28\tOverall survival at 12 months\n"
     "Dose level 1\t6\t4 (67%)\t50.0% (11.1-80.4)\nDose level 2\t9\t8 (89%)\t77.8% (36.5-93.9)\nData are n (%) or % (95% CI).",
     [("complete_remission", {"n": 4, "percent": 67, "timepoint_days": 28, "subgroup": "Dose level 1"}),
      ("overall_survival", {"percent": 50.0, "months": 12, "ci_low": 11.1, "ci_high": 80.4, "subgroup": "Dose level 1"}),
      ("complete_remission", {"n": 8, "percent": 89, "timepoint_days": 28, "subgroup": "Dose level 2"}),
      ("overall_survival", {"percent": 77.8, "months": 12, "ci_low": 36.5, "ci_high": 93.9, "subgroup": "Dose level 2"})]),
    ("Table 3. Outcomes by cohort\n\tEFS at 24 months\tOS at 24 months\nCohort A\t45.0% (30.1-58.9)\t61.2% (46.0-73.3)\n"
     "Values are median (IQR), n (%), or % (95% CI).",
     [("event_free_survival", {"percent": 45.0, "months": 24, "ci_low": 30.1, "ci_high": 58.9, "subgroup": "Cohort A"}),
      ("overall_survival", {"percent": 61.2, "months": 24, "ci_low": 46.0, "ci_high": 73.3, "subgroup": "Cohort A"})]),
    # the last of a list of "x of N" results before "patients treated at …": a result's count, no treated count
    ("Complete responses occurred in 0 of 3, 2 of 6 and 8 of 12 patients treated at the three dose levels, respectively.",
     [("complete_remission", {"n": 0, "N": 3}), ("complete_remission", {"n": 2, "N": 6}),
      ("complete_remission", {"n": 8, "N": 12, "percent": 66.7})]),
    ("CR was achieved in 1 of 3, 4 of 6, and 10 of 12 patients treated at DL1, DL2 and DL3, respectively.",
     [("complete_remission", {"n": 1, "N": 3}), ("complete_remission", {"n": 4, "N": 6}), ("complete_remission", {"n": 10, "N": 12})]),
    ("Responses were seen in 0 of 3, 2 of 6, and 8 of 12 patients treated at the three dose levels.",
     [("overall_response", {"n": 0, "N": 3}), ("overall_response", {"n": 2, "N": 6}), ("overall_response", {"n": 8, "N": 12})]),
    # the precision a sample size gives is a design's, no result
    ("With 21 patients, the two-sided 95% CI around an observed complete response rate of 50% has a half-width of about 22%.", []),
    ("With 30 patients, the 95% CI for an expected ORR of 60% would be 41% to 77%.", []),
    ("A sample of 40 patients gives a half-width of the 95% CI of 15% for a CR rate of 70%.", []),
    ("CR was observed in 16 of 20 patients (80%), higher than expected.", [("complete_remission", {"n": 16, "N": 20, "percent": 80})]),
    # a share of the patients with a response is the response's rate ("the proportion of patients with CR/CRi"), not a population
    ("The proportion of patients with CR/CRi did not differ significantly between dose level 3 and the two lower dose levels "
     "combined (94% vs 80%; p=0·34).",
     [("complete_remission", {"percent": 94, "subgroup": "dose level 3"}), ("complete_remission", {"percent": 80}),
      ("p_value", {"value": "0.34", "outcome": "complete_remission"})]),
    ("The proportion of patients achieving CR/CRi was 90% (18/20).", [("complete_remission", {"percent": 90, "n": 18, "N": 20})]),
    ("The percentage of patients who achieved CR was 75%.", [("complete_remission", {"percent": 75})]),
    ("The proportion of patients with CR who relapsed was 20%.", []),
]


@pytest.mark.parametrize("text, expected", BLIND138_FAMILIES)
def test_blind138_families(text, expected):
    _matches(read_text(text), expected)
