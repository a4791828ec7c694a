"""Measure the scanner on a labelled JSONL file (see ``evalset/``).

Usage::

    python -m vnportal.security.scanner.evaluate vnportal/security/scanner/evalset/dev.jsonl
    python -m vnportal.security.scanner.evaluate --errors dev.jsonl test.jsonl

Tune rules on ``dev.jsonl`` only; ``test.jsonl`` is held out (its templates, spam hosts and
brands never appear in dev) and is what the docs and the regression test report.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from . import scan

__all__ = ["evaluate", "load"]

EVALSET_DIR = Path(__file__).resolve().parent / "evalset"


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def evaluate(path: str | Path) -> dict:
    """Scan every item of ``path`` and return confusion counts and rates.

    Keys: tp, fp, tn, fn, n, precision, recall, fpr, per_category_recall (spam categories),
    per_category_fpr (clean categories, hard-negative families included), errors (ids with
    expected label, score and top reasons), seconds, items_per_second.
    """
    items = load(path)
    tp = fp = tn = fn = 0
    cat_total: dict[str, int] = defaultdict(int)
    cat_hit: dict[str, int] = defaultdict(int)
    errors = []
    started = time.perf_counter()
    results = [scan(item["html"]) for item in items]
    elapsed = time.perf_counter() - started
    for item, result in zip(items, results, strict=True):
        predicted_spam = result.verdict == "spam"
        actual_spam = item["label"] == "spam"
        cat_total[item["category"]] += 1
        if predicted_spam == actual_spam:
            cat_hit[item["category"]] += 1
        if actual_spam and predicted_spam:
            tp += 1
        elif actual_spam:
            fn += 1
        elif predicted_spam:
            fp += 1
        else:
            tn += 1
        if predicted_spam != actual_spam:
            errors.append(
                {
                    "id": item["id"],
                    "label": item["label"],
                    "score": result.score,
                    "reasons": result.reasons[:6],
                }
            )
    spam_cats = sorted({i["category"] for i in items if i["label"] == "spam"})
    clean_cats = sorted({i["category"] for i in items if i["label"] == "clean"})
    return {
        "path": str(path),
        "n": len(items),
        "tp": tp,
        "fp": fp,
        "tn": tn,
        "fn": fn,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "fpr": _ratio(fp, fp + tn),
        "per_category_recall": {c: _ratio(cat_hit[c], cat_total[c]) for c in spam_cats},
        "per_category_fpr": {
            c: _ratio(cat_total[c] - cat_hit[c], cat_total[c]) for c in clean_cats
        },
        "errors": errors,
        "seconds": round(elapsed, 3),
        "items_per_second": round(len(items) / elapsed) if elapsed else 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="JSONL files (default: dev split)")
    parser.add_argument("--errors", action="store_true", help="list misclassified items")
    args = parser.parse_args(argv)
    paths = args.paths or [str(EVALSET_DIR / "dev.jsonl")]
    out = sys.stdout
    for path in paths:
        report = evaluate(path)
        errors = report.pop("errors")
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        if args.errors:
            for e in errors:
                out.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
