"""The gazetteer: names of countries, regions and larger cities (GeoNames, CC BY 4.0; see data/build_places.py)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "places.tsv"


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, int]]:
    """Place name -> (kind, population). Loaded once per process."""
    places: dict[str, tuple[str, int]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, kind, population = line.split("\t")
        places[name] = (kind, int(population))
    return places


def place_kind(name: str) -> str | None:
    """'country', 'region', 'city' or 'continent' when `name` is a known place."""
    found = gazetteer().get(name)
    return found[0] if found else None
