"""The bad-input corpus: every folder of bad_inputs/ is a user's project, run through the real command line.

A case holds `timeline/` (run as `check timeline`), or `seeds/` (run as `extract --out timeline`), or an
`args` file with the command line to run. `expected.txt` says `exit N` and then what the user reads:
stderr for a failure (for usage errors, its last line; argparse prints the usage above it), stdout for
inputs that must work. Regenerate with UPDATE_GOLDEN=1 and review every changed message.
"""
from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

from builder.cli import main

CORPUS = Path(__file__).parent / "bad_inputs"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def command(case: Path) -> list[str]:
    if (case / "args").exists():
        return shlex.split((case / "args").read_text(encoding="utf-8"))
    if (case / "seeds").exists():
        return ["extract", "--out", "timeline"]
    return ["check", "timeline"]


def run(case: Path, capsys) -> str:
    """What the user sees: 'exit N' and the lines printed."""
    capsys.readouterr()
    try:
        code = main(command(case))
    except SystemExit as exit_:                   # argparse's usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    shown = out if code == 0 else err
    lines = shown.splitlines()[-1:] if code == 2 else shown.splitlines()
    return "\n".join([f"exit {code}", *lines]) + "\n"


def test_the_corpus_has_at_least_30_bad_inputs():
    assert len(CASES) >= 30


@pytest.mark.parametrize("name", CASES)
def test_bad_input_gets_its_exact_message_and_exit_status(name, tmp_path, monkeypatch, capsys):
    source = CORPUS / name
    shutil.copytree(source, tmp_path / name, symlinks=True)   # a committed link stays a link
    monkeypatch.chdir(tmp_path / name)
    seen = run(tmp_path / name, capsys)
    expected_file = source / "expected.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(seen, encoding="utf-8")
    assert "Traceback" not in seen
    assert seen == expected_file.read_text(encoding="utf-8")


def test_a_5_mb_article_is_refused_with_a_clear_limit(in_tmp, capsys):
    """Too big to keep as a corpus file: written here. Extraction is linear but takes ~10 s per MB."""
    seeds = in_tmp / "seeds"
    seeds.mkdir()
    line = "Officials said on Sunday that four people were killed by shelling in Kyiv.\n"
    (seeds / "huge.txt").write_text(line * (5 * 2**20 // len(line) + 1), encoding="utf-8")
    (seeds / "huge.yml").write_text("title: Huge\npublished: 2022-03-21\n", encoding="utf-8")
    assert run(in_tmp, capsys) == (
        "exit 1\n"
        "seeds/huge.txt: expected an article of at most 2 MB, got 5.2 MB; split it into several articles, "
        "each NAME.txt with its NAME.yml\n"
        "1 problem in 1 file; nothing was written\n")
    assert not (in_tmp / "timeline").exists()
