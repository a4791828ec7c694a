"""Regression test on the labelled evaluation set: the scanner must keep its measured quality.

The thresholds are the project's acceptance bar (recall >= 0.95, false-positive rate <= 1% on
the held-out test split), asserted on numbers computed here, not copied from the docs. The set
itself is checked too: it must match what ``evalset/build.py`` generates, and keep its size and
class balance, so nobody "fixes" a failure by editing the data by hand.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from vnportal.security.scanner.evalset import build
from vnportal.security.scanner.evaluate import EVALSET_DIR, evaluate, load

SPAM_CATEGORIES = {
    "gambling",
    "betting",
    "lottery_betting",
    "sex",
    "fake_degree",
    "scam_loan",
    "job_scam",
}


@pytest.fixture(scope="module")
def test_report() -> dict:
    return evaluate(EVALSET_DIR / "test.jsonl")


@pytest.fixture(scope="module")
def dev_report() -> dict:
    return evaluate(EVALSET_DIR / "dev.jsonl")


def test_recall_on_held_out_split(test_report):
    assert test_report["tp"] + test_report["fn"] >= 100
    assert test_report["recall"] >= 0.95, test_report["errors"]


def test_false_positive_rate_on_held_out_split(test_report):
    assert test_report["fp"] + test_report["tn"] >= 80
    assert test_report["fpr"] <= 0.01, test_report["errors"]


def test_every_spam_category_is_detected(test_report):
    assert set(test_report["per_category_recall"]) == SPAM_CATEGORIES
    for category, recall in test_report["per_category_recall"].items():
        assert recall >= 0.8, (category, test_report["errors"])


def test_dev_split_still_passes(dev_report):
    assert dev_report["recall"] >= 0.95, dev_report["errors"]
    assert dev_report["fpr"] <= 0.01, dev_report["errors"]


def test_evalset_composition():
    dev = load(EVALSET_DIR / "dev.jsonl")
    test = load(EVALSET_DIR / "test.jsonl")
    items = dev + test
    labels = Counter(i["label"] for i in items)
    assert len(items) >= 320
    assert labels["spam"] >= 150 and labels["clean"] >= 170
    assert sum(i["category"].startswith("hard:") for i in items) >= 80
    assert len(test) >= 0.4 * len(items)
    assert {i["category"] for i in items if i["label"] == "spam"} == SPAM_CATEGORIES
    assert len({i["id"] for i in items}) == len(items)
    assert len({i["html"] for i in items}) == len(items)
    for item in items:
        assert set(item) == {"id", "html", "label", "category", "note"}


def test_evalset_matches_generator():
    generated = build.build()
    for split in ("dev", "test"):
        expected = [
            {"id": i.id, "html": i.html, "label": i.label, "category": i.category, "note": i.note}
            for i in generated
            if i.split == split
        ]
        committed = load(EVALSET_DIR / f"{split}.jsonl")
        assert committed == expected, f"{split}.jsonl is stale: run evalset/build.py"


def test_report_is_json_serialisable(test_report):
    json.dumps(test_report, ensure_ascii=False)
