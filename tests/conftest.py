import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
DEV_CORPUS = DATA / "corpus"
SEED = DATA / "seed"


@pytest.fixture
def seed_gold():
    return json.loads((GOLD / "pubmed-37740926.json").read_text())
