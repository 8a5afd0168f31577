"""A scratch project for re-run tests: seed articles in seeds/, the timeline in timeline/, the real CLI."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from builder.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "mariupol-surrender-refused.txt"
SECOND = """Officials in Kharkiv said on Saturday that three schools were damaged by shelling overnight.
The regional governor said a humanitarian corridor out of the city would open on Sunday morning.
"""
SECOND_META = "title: Kharkiv schools hit\npublished: 2022-03-21\n"


@dataclass
class Project:
    """A folder holding seeds/ and timeline/, driven through `python -m builder extract` as a user would."""

    root: Path
    capsys: object
    count: int = 0                 # entries the seed gives (set once extracted)

    @property
    def timeline(self) -> Path:
        return self.root / "timeline"

    def add_seed(self, name: str = SEED.stem, text: str | None = None, meta: str | None = None) -> Path:
        seeds = self.root / "seeds"
        seeds.mkdir(exist_ok=True)
        path = seeds / f"{name}.txt"
        path.write_text(text if text is not None else SEED.read_text(encoding="utf-8"), encoding="utf-8")
        if meta is not None:
            path.with_suffix(".yml").write_text(meta, encoding="utf-8")
        elif not path.with_suffix(".yml").exists():
            shutil.copy(SEED.with_suffix(".yml"), path.with_suffix(".yml"))
        return path

    def edit_seed(self, old: str, new: str, name: str = SEED.stem) -> None:
        path = self.root / "seeds" / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"the seed no longer says {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def extract(self, *args: str) -> tuple[int, str, str]:
        """Run `python -m builder extract ARGS --out timeline` from the project folder: (status, stdout, stderr)."""
        self.capsys.readouterr()
        cwd = os.getcwd()
        os.chdir(self.root)                 # messages show paths relative to the project, as a user sees them
        try:
            code = main(["extract", *args, "--out", "timeline"])
        finally:
            os.chdir(cwd)
        out, err = self.capsys.readouterr()
        return code, out, err

    def files(self) -> dict[str, bytes]:
        """Every file of timeline/ (the manifest included), by name."""
        return {p.name: p.read_bytes() for p in sorted(self.timeline.iterdir()) if p.is_file()}

    def entry(self, fragment: str) -> Path:
        """The one entry file whose first source sentence contains `fragment` (case-insensitive).

        Found by its source, not its name: ids follow titles, which change as extraction improves.
        """
        import yaml

        def first_source(path: Path) -> str:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            sources = data.get("sources") or [{}]
            return " ".join(str(sources[0].get("text", "")).split()).lower()

        found = [p for p in sorted(self.timeline.glob("*.yml")) if fragment.lower() in first_source(p)]
        assert len(found) == 1, f"{fragment!r} names {len(found)} entries: {found}"
        return found[0]
