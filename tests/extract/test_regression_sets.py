"""Regression sets (tests/data/heldout and tests/data/regression/*): batches that were unseen
once and whose misses were fixed. Each keeps at least the score it reached, every CI exact and
every document field right."""
from pathlib import Path

import pytest

from extract.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data"
# the micro-F1 each set reached after its fixes (a floor: raise it when a set improves)
SETS = {"heldout": 1.0, "regression/blind5": 1.0, "regression/blind6": 0.99, "regression/blind7": 0.99,
        "regression/blind8": 0.99, "regression/blind9": 1.0,
        "regression/blind10": 1.0,
        "regression/blind11": 0.98,
        "regression/blind12": 1.0,
        "regression/blind13": 0.99,
        "regression/blind14": 0.98,
        "regression/blind15": 0.98,
        "regression/blind16": 1.0,
        "regression/blind17": 0.99,
        "regression/blind18": 0.98,
        "regression/blind19": 0.99,
        "regression/blind20": 0.98,
        "regression/blind21": 0.98,
        "regression/blind22": 0.99,
        "regression/blind23": 0.96,
        "regression/blind24": 0.91,
        "regression/blind25": 0.99,
        "regression/blind26": 0.95,
        "regression/blind27": 0.99,
        "regression/blind28": 0.99,
        "regression/blind29": 0.99,
        "regression/blind30": 0.95,
        "regression/blind31": 0.98,
        "regression/blind32": 0.97,
        "regression/blind33": 0.98,
        "regression/blind34": 0.98,
        "regression/blind35": 0.96,
        "regression/blind36": 0.98,
        "regression/blind37": 0.98,
        "regression/blind38": 0.97,
        "regression/blind44": 0.97,
        "regression/blind46": 0.96,
        "regression/blind39": 0.98,
        "regression/blind40": 1.0,
        "regression/blind41": 0.97,
        "regression/blind43": 0.98,
        "regression/blind42": 0.94,
        "regression/blind45": 0.94,
        "regression/blind47": 0.98,
        "regression/blind48": 0.98,
        "regression/blind49": 0.98,
        "regression/blind50": 1.0,
        "regression/blind51": 0.98,
        "regression/blind52": 0.96,
        "regression/blind53": 0.99,
        "regression/blind54": 0.99,
        "regression/blind55": 0.97,
        "regression/blind56": 0.94,
        "regression/blind57": 0.96,
        "regression/blind58": 0.94,
        "regression/blind59": 0.95,
        "regression/blind60": 0.95,
        "regression/blind61": 0.94,
        "regression/blind62": 1.0,
        "regression/blind63": 0.99,
        "regression/blind64": 0.94,
        "regression/blind65": 0.97,
        "regression/blind66": 0.97,
        "regression/blind67": 0.93,
        "regression/blind68": 0.99,
        "regression/blind69": 0.99,
        "regression/blind70": 0.98,
        "regression/blind71": 0.96,
        "regression/blind72": 0.99,
        "regression/blind73": 0.99,
        "regression/blind74": 0.99,
        "regression/blind75": 0.96,
        "regression/blind76": 0.99,
        "regression/blind77": 0.98,
        "regression/blind78": 0.99,
        "regression/blind79": 1.0,
        "regression/blind80": 0.98,
        "regression/blind81": 0.99,
        "regression/blind82": 0.99,
        "regression/blind83": 0.95,
        "regression/blind84": 0.99,
        "regression/blind85": 1.0,
        "regression/blind86": 0.99,
        "regression/blind87": 0.98,
        "regression/blind88": 0.99,
        "regression/blind89": 0.97,
        "regression/blind90": 0.99,
        "regression/blind91": 0.99,
        "regression/blind96": 0.97,
        "regression/blind93": 1.0,
        "regression/blind94": 0.99,
        "regression/blind92": 0.98,
        "regression/blind95": 0.99,
        "regression/blind97": 0.99,
        "regression/blind98": 1.0,
        "regression/blind99": 0.99,
        "regression/blind100": 0.99,
        "regression/blind101": 1.0,
        "regression/blind102": 1.0,
        "regression/blind106": 0.96,
        "regression/blind105": 0.99,
        "regression/blind104": 1.0,
        "regression/blind103": 1.0,
        "regression/blind107": 0.99,
        "regression/blind108": 1.0,
        "regression/blind109": 0.96,
        "regression/blind110": 0.99,
        "regression/blind111": 1.0,
        "regression/blind112": 0.99,
        "regression/blind115": 0.99,
        "regression/blind113": 0.99,
        "regression/blind116": 1.0,
        "regression/blind114": 0.96,
        "regression/blind119": 0.99,
        "regression/blind118": 1.0,
        "regression/blind117": 0.99,
        "regression/blind120": 0.97,
        "regression/blind123": 0.97,
        "regression/blind124": 0.99,
        "regression/blind122": 0.99,
        "regression/blind121": 0.99,
        "regression/blind125": 0.99,
        "regression/blind126": 1.0,
        "regression/blind127": 1.0,
        "regression/blind128": 1.0,
        "regression/blind131": 1.0,
        "regression/blind129": 0.99,
        "regression/blind130": 1.0,
        "regression/blind133": 1.0,
        "regression/blind134": 0.98,
        "regression/blind132": 0.99,
        "regression/blind136": 0.98,
        "regression/blind135": 0.99,
        "regression/blind138": 0.99,
        "regression/blind137": 0.99,
        "regression/blind139": 0.99,
        "regression/blind141": 1.0,
        "regression/blind142": 1.0,
        "regression/blind140": 0.97,
        "regression/blind145": 0.98,
        "regression/blind144": 1.0,
        "regression/blind146": 0.99,
        "regression/blind143": 1.0,
        "regression/blind150": 1.0,
        "regression/blind148": 0.99,
        "regression/blind147": 1.0,
        "regression/blind149": 0.99,
        "regression/blind154": 0.99,
        "regression/blind152": 1.0,
        "regression/blind151": 1.0,
        "regression/blind153": 0.97,
        "regression/blind155": 0.99,
        "regression/blind156": 0.99,
        "regression/blind157": 0.96,
        "regression/blind158": 0.96,
        "regression/blind162": 0.96,
        "regression/blind161": 1.0,
        "regression/blind159": 0.99,
        "regression/blind160": 0.99,
        "regression/blind166": 1.0,
        "regression/blind165": 0.99,
        "regression/blind163": 0.98,
        "regression/blind164": 0.99,
        "regression/blind167": 0.98,
        "regression/blind168": 1.0,
        "regression/blind170": 0.96,
        "regression/blind169": 0.96,
        "regression/blind174": 1.0,
        "regression/blind171": 0.99,
        "regression/blind172": 0.98,
        "regression/blind178": 0.98,
        "regression/blind173": 1.0,
        "regression/blind177": 0.98,
        "regression/blind175": 0.98,
        "regression/blind176": 0.99,
        "regression/blind181": 0.99,
        "regression/blind180": 0.96,
        "regression/blind179": 0.97,
        "regression/blind183": 0.98,
        "regression/blind184": 1.00,
        "regression/blind182": 0.98,
        "regression/blind190": 1.0,
        "regression/blind187": 1.0,
        "regression/blind188": 1.0,
        "regression/blind189": 0.99,
        "regression/blind185": 0.98,
        "regression/blind186": 0.98,
        "regression/blind193": 0.98,
        "regression/blind194": 0.99,
        "regression/blind191": 1.0,
        "regression/blind192": 1.0,
        "regression/blind195": 0.99,
        "regression/blind196": 0.99,
        "regression/blind197": 0.98,
        "regression/blind198": 0.98,
        "regression/blind199": 1.0,
        "regression/blind200": 0.98,
        "regression/blind201": 1.0,
        "regression/blind202": 1.0,
        "regression/blind203": 0.98,
        "regression/blind204": 0.99,
        "regression/blind205": 1.0,
        "regression/blind206": 1.0,
        "regression/blind207": 0.98,
        "regression/blind208": 0.99,
        "regression/blind209": 0.99,
        "regression/blind210": 1.0,
        "regression/blind211": 0.99,
        "regression/blind212": 0.98,
        "regression/blind213": 1.0,
        "regression/blind214": 0.98,
        "regression/blind215": 1.0,
        "regression/blind216": 1.0,
        "regression/blind217": 1.0,
        "regression/blind218": 1.0,
        "regression/blind219": 0.99,
        "regression/blind220": 1.0,
        "regression/blind221": 0.99,
        "regression/blind222": 0.99,
        "regression/blind223": 0.99,
        "regression/blind224": 1.0,
        "regression/blind225": 1.0,
        "regression/blind226": 1.0,
        "regression/blind227": 1.0,
        "regression/blind228": 0.98,
        "regression/blind229": 0.99,
        "regression/blind230": 1.0,
        "regression/blind231": 0.97,
        "regression/blind232": 0.93,
        "regression/blind233": 0.99,
        "regression/blind234": 0.99,
        "regression/blind235": 1.0,
        "regression/blind236": 0.99}
# document-field errors left open (debatable gold, or a gap noted in the README row): blind14's writer put the China Drug Trials id
# CTR20248814 in trial_ids, a registry docs/record.md does not list (the writer's own doubt)
OPEN_FIELD_ERRORS = {"regression/blind14": {("b14-09.txt", "trial_ids")},
                     # a ReBEC id ('RBR-5q8tw3c'), a registry docs/record.md does not list (the writer's own doubt 1)
                     "regression/blind56": {("b56-04.txt", "trial_ids")},
                     # scored once on arrival at the session's end, not yet worked on (its README row)
                     "regression/blind64": {("b64-01.pdf", "notices")},
                     # an Iranian registry id ('IRCT20210415050770N1'), a registry docs/record.md does not list (the writer's own doubt 1)
                     "regression/blind70": {("b70-06.txt", "trial_ids")},
                     # an NEJM brief report of three patients (phase 1, ISRCTN) read as a case report (its README row)
                     "regression/blind87": {("b87-08.txt", "study_type")},
                     # a case series as case-report, a convention the writers disagree on (its README row)
                     "regression/blind114": {("b114-05.pdf", "study_type")},
                     # a ten-patient case series published as a Letter with PT 'Case Reports', gold clinical-trial (its README row)
                     "regression/blind121": {("b121-05.txt", "study_type")},
                     # a sidebar's "See Comment page e790" the writer recorded no notice for (its own doubt; blind35 and blind93
                     # record it as a comment notice with no ids, as the reader does; its README row)
                     "regression/blind132": {("b132-02.pdf", "notices")},
                     # a sidebar's "See Comment page e160" the writer recorded no notice for (as blind132's; blind35, blind93 and
                     # blind138 record it as a comment notice with no ids, as the reader does; its README row)
                     "regression/blind153": {("b153-01.pdf", "notices")},
                     # scored once on arrival, not worked on (its README row)
                     "regression/blind167": {("b167-08.txt", "year")},
                     # scored once on arrival, not worked on (its README row)
                     "regression/blind170": {("b170-01.pdf", "notices")},
                     # scored once on arrival, not worked on (its README row)
                     "regression/blind169": {("b169-03.pdf", "notices")},
                     # scored once on arrival, not worked on (its README row)
                     "regression/blind183": {("b183-05.txt", "study_type")},
                     # a five-patient case series with PT 'Case Reports', gold clinical-trial (the convention blind114/121 left
                     # open; its README row)
                     "regression/blind189": {("b189-08.txt", "study_type")},
                     # a sidebar's "See Comment page e612" the writer recorded no notice for (as blind132's and blind153's; a
                     # convention the lead owns; its README row)
                     "regression/blind194": {("b194-02.pdf", "notices")},
                     # scored once on arrival, not worked on (its README row)
                     "regression/blind202": {("b202-01.pdf", "notices")},
                     # three case series with PT 'Case Reports' (five, seven and 13 patients), gold clinical-trial (the
                     # convention blind114/121/189 left open; its README row)
                     "regression/blind216": {("b216-01.txt", "study_type"), ("b216-03.txt", "study_type"),
                                             ("b216-08.txt", "study_type")}}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request):
    d = DATA / request.param
    return request.param, evaluate(d / "gold", d / "corpus")


def test_set_keeps_its_score(scored):
    name, r = scored
    assert r.micro_f1 >= SETS[name], r.report(verbose=True)


# inexact CIs left open (none now: blind26's abstract "71.0% v 44.2%", named differently from the Results
# sentence that gives the CIs, is replaced by that sentence)
# (blind54's Lancet-style OS CI, a bare range with the p-value inside its parentheses ("51·6% (33·5–67·0; p=0·06)"), is read
# since fx119)
# blind60: an ORR's CI after the term ("66 (88%) of 75 patients had an overall response (95% CI 78–94)"; ORR CIs are optional)
# blind96: b96-04's figure legend set in two columns beside the figure, read line by line across both ("Median PFS was 17.8
# months (95% CI," over "12-month PFS was 64.5% (95% CI,", the bounds two lines below): both PFS CIs are lost (a reader's)
# (blind138's b138-03 "Twelve-month overall survival was 66.7% (95% CI" cut by the page break, the figure, its legend and
# the next page's running head set before "42.5–82.5).", is read whole since session 14: the figure goes after the sentence)
# blind138: b138-03's "Twelve-month overall survival was 66.7% (95% CI" cut by the page break, the figure, its legend, the
# footer and the next page's running head set before "42.5–82.5)." (a reader's)
# blind219: the scorer's, rates matching on their percent alone: b219-01's gold DL3 CR/CRi "100 (54.1–100)" takes the DL1 row's
# extramedullary CR 1/1 (100%), read before it, and the DL3 item (read with its CI) goes to the gold extramedullary one
OPEN_CI_ERRORS = {"regression/blind60": 1, "regression/blind96": 2, "regression/blind219": 1}


def test_set_cis_exact_and_document_fields_right(scored):
    name, r = scored
    hits, total = r.ci_exact
    assert hits == total - OPEN_CI_ERRORS.get(name, 0), r.ci_mismatches
    errors = [e for e in r.field_errors if e[:2] not in OPEN_FIELD_ERRORS.get(name, set())]
    assert not errors, errors
