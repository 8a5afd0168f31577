"""Rebuild the GUM fixtures: `python tests/extract/gum/make_fixtures.py GUM_GIT_DIR DOC...`.

Reads GUM's dependency files (`dep/GUM_news_*.conllu`, from a clone of github.com/amir-zeldes/gum) and writes,
per document, its running text (one paragraph per line, headlines left out) and the named mentions of people,
places and organisations that GUM's annotators marked: the mentions whose words are all proper nouns (after a
leading "the" and before a possessive), typed person / place / organisation. GUM's Wikinews texts are
CC BY 2.5 (Wikinews contributors); its annotations are CC BY 4.0 (the GUM annotators, Zeldes 2017).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {"person": "person", "place": "place", "organization": "organisation"}
CONNECTORS = {"of", "and", "the", "for", "de", "&", "-"}
OPEN = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?")


def read(git_dir: str, doc: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:dep/{doc}.conllu"], check=True,
                          capture_output=True, text=True).stdout


def parse(conllu: str) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """Paragraphs of text, gold names -> type, and the document's metadata."""
    paragraphs: list[list[str]] = []
    names: dict[str, str] = {}
    meta: dict[str, str] = {}
    heading = False
    tokens: list[tuple[str, str, bool]] = []          # word, xpos, space after
    stack: list[tuple[str, str, int]] = []            # (id, type, first token)
    spans: list[tuple[str, int, int]] = []
    for line in conllu.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[8:].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar_block"):
            heading = line.split("=", 1)[1].strip().startswith("head")
            paragraphs.append([]) if not heading else None
        elif line.startswith("# text = ") and not heading:
            paragraphs[-1].append(line[9:])
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            index = len(tokens)
            misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
            tokens.append((cols[1], cols[4], "SpaceAfter=No" not in cols[9]))
            entity = misc.get("Entity", "")
            i = 0
            while i < len(entity):
                m = OPEN.match(entity, i)
                if m:
                    if m.group(3):
                        spans.append((m.group(2), index, index))
                    else:
                        stack.append((m.group(1), m.group(2), index))
                    i = m.end()
                    continue
                close = re.match(r"(\d+)\)", entity[i:])
                if close:
                    for k in range(len(stack) - 1, -1, -1):
                        if stack[k][0] == close.group(1):
                            _, kind, first = stack.pop(k)
                            spans.append((kind, first, index))
                            break
                    i += close.end()
                    continue
                i += 1
    assert not stack, f"unclosed entities: {stack[:3]}"
    for kind, first, last in spans:
        if kind not in TYPES:
            continue
        words = tokens[first:last + 1]
        while words and words[0][0].lower() == "the":
            words = words[1:]
        while words and words[-1][1] in ("POS",):
            words = words[:-1]
        if kind == "person":
            # "actor Jason Beghe", "FTU's Alice Mak": the name is the proper nouns at the end of the mention
            proper = [x in ("NNP", "NNPS") or w.lower() in CONNECTORS for w, x, _ in words]
            if False in proper and proper[-1]:
                last_common = len(proper) - 1 - proper[::-1].index(False)
                if " and " not in " ".join(w for w, _, _ in words[last_common:]):
                    words = words[last_common + 1:]
        if not words or not all(x in ("NNP", "NNPS") or w.lower() in CONNECTORS for w, x, _ in words):
            continue
        if words[0][1] not in ("NNP", "NNPS") or words[-1][1] not in ("NNP", "NNPS"):
            continue
        if kind == "person" and all(x == "NNPS" for _, x, _ in words):
            continue                                  # "Muslims": a group, not a person's name
        text = "".join(w + (" " if space else "") for w, _, space in words).strip()
        if kind == "person":
            if " and " in text:
                continue                              # "A of X and B of Y": two people, each marked on its own
            text = text.split(" of ")[0]              # "Claudia Mo of the Civic Party": the person is Claudia Mo
        names.setdefault(text, TYPES[kind])
    return [" ".join(p) for p in paragraphs if p], names, meta


def main(argv: list[str]) -> int:
    git_dir, docs = argv[0], argv[1:]
    for doc in docs:
        paragraphs, names, meta = parse(read(git_dir, doc))
        (HERE / f"{doc}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        lines = [f"# {meta.get('title', doc)}", f"# source: {meta.get('sourceURL', '')}",
                 "# text: Wikinews contributors, CC BY 2.5; annotations: GUM (Zeldes 2017), CC BY 4.0",
                 "names:"]
        lines += [f"  {name!r}: {kind}" for name, kind in sorted(names.items())]
        (HERE / f"{doc}.gold.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(doc, len(paragraphs), "paragraphs", len(names), "names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
