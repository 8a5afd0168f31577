"""An external test of the names and cast stages: our typing of names (person / place / organisation) on five
GUM Wikinews documents, against the entity types GUM's annotators gave the same names.

GUM (github.com/amir-zeldes/gum; Zeldes 2017, "The GUM Corpus: Creating Multilayer Resources in the
Classroom"): texts are English Wikinews, CC BY 2.5 (Wikinews contributors); annotations CC BY 4.0. The fixtures
in tests/extract/gum/ are rebuilt by make_fixtures.py; documents the builder's corpus also holds were left out.

GUM types a country that acts ("North Korea warned") as an organisation and one that is a location as a
place; the builder types every country as a place, so a gold name that the gazetteer knows as a place counts
as either. Precision is over the names we give a type; recall over GUM's names of that type.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from builder.extract.cast import build_cast
from builder.extract.names import find_names
from builder.extract.places import place_kind
from builder.extract.sentences import split_sentences

GUM = Path(__file__).parent / "gum"
DOCS = sorted(p.stem for p in GUM.glob("*.txt"))
KINDS = ("person", "place", "organisation")
_spec = importlib.util.spec_from_file_location("client_score", Path(__file__).parents[1] / "corpus" / "score.py")
client_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(client_score)


def typed_names(text: str) -> dict[str, set[str]]:
    """Each kind -> the names the names and cast stages give it in `text` (short forms resolved, as the
    builder lists them in entries)."""
    _, sentences = split_sentences(text)
    names = [find_names(s.text) for s in sentences]
    cast = build_cast([(s.text, n) for s, n in zip(sentences, names)])
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for sentence_names in names:
        for name in sentence_names:
            resolved = cast.resolve(name.text) if name.single else None
            if resolved:
                found["person"].add(resolved)
            elif name.kind == "person":
                found["person"].add(cast.variant_of(name.text) or name.text)
            elif name.kind in ("place", "organisation"):
                found[name.kind].add(cast.expand(name.text) if name.kind == "organisation" else name.text)
    return found


def gold_names(doc: str) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for name, kind in yaml.safe_load((GUM / f"{doc}.gold.yml").read_text(encoding="utf-8"))["names"].items():
        gold[kind].add(name)
        if kind == "organisation" and place_kind(name):
            gold["place"].add(name)                 # a country acting: either type is right
    return gold


def counts() -> dict[str, list[int]]:
    """kind -> [ours right, ours given, gold found, gold total], summed over the documents."""
    totals = {kind: [0, 0, 0, 0] for kind in KINDS}
    for doc in DOCS:
        ours = typed_names((GUM / f"{doc}.txt").read_text(encoding="utf-8"))
        gold = gold_names(doc)
        either = gold["place"] & gold["organisation"]
        for kind in KINDS:
            t = totals[kind]
            t[0] += sum(any(client_score.same_name(n, g) for g in gold[kind]) for n in ours[kind])
            t[1] += len(ours[kind])
            t[2] += sum(any(client_score.same_name(g, n) for n in ours[kind] | (ours["place"] if g in either else set()))
                        for g in gold[kind] if not (g in either and kind == "place"))
            t[3] += sum(1 for g in gold[kind] if not (g in either and kind == "place"))
    return totals


def figures() -> dict[str, tuple[float, float]]:
    return {kind: (right / given if given else 1.0, found / total if total else 1.0)
            for kind, (right, given, found, total) in counts().items()}


def test_the_fixtures_hold_five_documents_with_names_of_every_kind():
    assert len(DOCS) == 5
    gold = [gold_names(doc) for doc in DOCS]
    assert all(sum(len(g[kind]) for g in gold) >= 5 for kind in KINDS)


# Round figures well below what the builder reached when they were set (person 0.85 / 0.94, place 0.62 / 0.87,
# organisation 0.72 / 0.69, precision / recall; after the typing rules of issue 11's second round 0.93 / 0.91,
# 0.68 / 0.91, 0.71 / 0.77): a change that mistypes names fails here.
GATES = {"person": (0.85, 0.85), "place": (0.55, 0.80), "organisation": (0.60, 0.65)}


@pytest.mark.parametrize("kind", KINDS)
def test_name_typing_agrees_with_gum(kind):
    precision, recall = figures()[kind]
    assert precision >= GATES[kind][0] and recall >= GATES[kind][1], (precision, recall)


if __name__ == "__main__":
    for kind, (p, r) in figures().items():
        print(f"{kind}: precision {p:.2f}, recall {r:.2f}")
