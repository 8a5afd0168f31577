"""The seed article's full extraction, pinned file by file. Regenerate with UPDATE_GOLDEN=1 and review the diff."""
from __future__ import annotations

import os
from pathlib import Path

from builder.article import load_article
from builder.dump import dump_entry
from builder.extract import extract_article
from conftest import SEED

GOLDEN = Path(__file__).parent / "golden" / SEED.stem


def test_seed_extraction_matches_the_reviewed_golden_files():
    produced = {f"{e.id}.yml": dump_entry(e) for e in extract_article(load_article(SEED))}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in GOLDEN.glob("*.yml"):
            old.unlink()
        for name, text in produced.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = {p.name: p.read_text(encoding="utf-8") for p in sorted(GOLDEN.glob("*.yml"))}
    assert sorted(produced) == sorted(expected)
    for name, text in produced.items():
        assert text == expected[name], f"{name} differs from tests/golden (UPDATE_GOLDEN=1 to accept)"
