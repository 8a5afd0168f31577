"""A scratch newsroom for story tests: articles published into seeds/ one by one, `extract` run as a user would."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.cli import main


@dataclass
class Newsroom:
    """A folder holding seeds/ and timeline/, driven through `python -m builder extract`."""

    root: Path
    capsys: object

    @property
    def timeline(self) -> Path:
        return self.root / "timeline"

    def publish(self, name: str, published: str, text: str) -> Path:
        """seeds/NAME.txt with its metadata; returns the article's path."""
        seeds = self.root / "seeds"
        seeds.mkdir(parents=True, exist_ok=True)
        (seeds / f"{name}.yml").write_text(f"title: {name}\npublished: {published}\n", encoding="utf-8")
        path = seeds / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return path

    def rewrite(self, name: str, old: str, new: str) -> None:
        path = self.root / "seeds" / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{name} no longer says {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def extract(self, *args: str) -> tuple[int, str, str]:
        """`python -m builder extract ARGS --out timeline` from the newsroom's folder: (status, stdout, stderr)."""
        self.capsys.readouterr()
        cwd = os.getcwd()
        os.chdir(self.root)
        try:
            code = main(["extract", *args, "--out", "timeline"])
        finally:
            os.chdir(cwd)
        out, err = self.capsys.readouterr()
        return code, out, err

    def run(self, *names: str) -> str:
        """Extract the named articles (seeds/NAME.txt); the output, after checking the run succeeded."""
        code, out, err = self.extract(*(f"seeds/{n}.txt" for n in names))
        assert code == 0, err
        return out

    def files(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.timeline.iterdir()) if p.is_file()}

    def entries(self) -> dict[str, dict]:
        """Every entry file, parsed, by id."""
        return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(self.timeline.glob("*.yml"))
                if p.name != "names.yml"}

    def citing(self, fragment: str) -> Path:
        """The one entry file with a source sentence containing `fragment`."""
        found = [p for p in sorted(self.timeline.glob("*.yml")) if p.name != "names.yml" and any(
            fragment in " ".join(s["text"].split()) for s in (yaml.safe_load(p.read_text(encoding="utf-8"))
                                                               .get("sources") or []))]
        assert len(found) == 1, f"{fragment!r} is cited by {len(found)} entries: {[p.name for p in found]}"
        return found[0]

    def data(self, fragment: str) -> dict:
        return yaml.safe_load(self.citing(fragment).read_text(encoding="utf-8"))
