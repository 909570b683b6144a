#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m countries into countries-110m.json, the compact file the
server draws its maps from (issue 6).

The shapes come from the `geopandas==0.14.4` wheel on PyPI, which ships Natural Earth's
public-domain `naturalearth_lowres` shapefile; pyshp reads it and pycountry gives each
country its ISO 3166-1 alpha-2 code (the code STIX 2.1 uses too). Coordinates are kept in
tenths of a degree as integers (WGS 84, longitude then latitude), which is finer than the
1:110m data itself; points that round together are merged. Antarctica is left out; Northern
Cyprus and Somaliland, which have no ISO code, are drawn with Cyprus and Somalia.

States too small for 1:110m (Singapore, Malta, the Caribbean islands...) get a point under
"points" instead: their capital from the same wheel's `naturalearth_cities` (Natural Earth's
1:110m populated places). That file names only the city, so CAPITALS below says which country
each one stands for; pycountry checks every code.

    python3 -m pip install pyshp pycountry
    python3 Sources/NexusRendering/Resources/Maps/naturalearth_to_json.py

Run once; the output is committed. The same inputs give the same file.
"""
import argparse
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

import pycountry
import shapefile

WHEEL = "geopandas==0.14.4"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
CITIES = "geopandas/datasets/naturalearth_cities/naturalearth_cities"
# Codes pycountry does not know: Kosovo's user-assigned code, as the EU and the World Bank use it.
EXTRA_CODES = {"Kosovo": "XK"}
# Areas Natural Earth draws apart that ISO 3166 has no code for: drawn with the state ISO
# lists them under, so that the map has no hole.
MERGED_INTO = {"CYN": "CY", "SOL": "SO"}
LEFT_OUT = {"Antarctica"}
# The populated place that marks each country without a 1:110m shape, by the ISO code it
# stands for: its capital, or the city itself (Hong Kong). Territories with no place in the
# file (Aruba, Guam...) get no point.
CAPITALS = {
    "AD": "Andorra", "AG": "Saint John's", "BB": "Bridgetown", "BH": "Manama", "CV": "Praia",
    "DM": "Roseau", "FM": "Palikir", "GD": "Saint George's", "HK": "Hong Kong", "KI": "Tarawa",
    "KM": "Moroni", "KN": "Basseterre", "LC": "Castries", "LI": "Vaduz", "MC": "Monaco",
    "MH": "Majuro", "MT": "Valletta", "MU": "Port Louis", "MV": "Malé", "PW": "Melekeok",
    "SC": "Victoria", "SG": "Singapore", "SM": "San Marino", "ST": "São Tomé", "TO": "Nuku'alofa",
    "TV": "Funafuti", "VA": "Vatican City", "VC": "Kingstown", "WS": "Apia",
}


def wheel_path(given):
    if given:
        return pathlib.Path(given)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="naturalearth-"))
    subprocess.run([sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "-q", "-d", str(folder)], check=True)
    return next(folder.glob("geopandas-*.whl"))


def alpha2(name, alpha3):
    if name in EXTRA_CODES:
        return EXTRA_CODES[name]
    if alpha3 in MERGED_INTO:
        return MERGED_INTO[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        raise SystemExit(f"no ISO 3166 code for {name} ({alpha3})")
    return country.alpha_2


def rings(shape):
    starts = list(shape.parts) + [len(shape.points)]
    result = []
    for start, end in zip(starts, starts[1:]):
        flat, last = [], None
        for lon, lat in shape.points[start:end]:
            point = (round(lon * 10), round(lat * 10))
            if point != last:
                flat.extend(point)
                last = point
        if len(flat) >= 6:
            result.append(flat)
    return result


def reader(archive, base):
    encoding = archive.read(base + ".cpg").decode("ascii").strip()
    return shapefile.Reader(shp=io.BytesIO(archive.read(base + ".shp")), shx=io.BytesIO(archive.read(base + ".shx")),
                            dbf=io.BytesIO(archive.read(base + ".dbf")), encoding=encoding)


def points(archive, countries):
    """A [lon, lat] point for each country in CAPITALS, checked so that a typo or a newer file
    cannot silently drop a country or give one that has a shape a second mark."""
    places = {}
    cities = reader(archive, CITIES)
    for record, shape in zip(cities.records(), cities.shapes()):
        lon, lat = shape.points[0]
        places[record["name"]] = [round(lon * 10), round(lat * 10)]
    result = {}
    for code, city in CAPITALS.items():
        if pycountry.countries.get(alpha_2=code) is None:
            raise SystemExit(f"{code} is not an ISO 3166 alpha-2 code")
        if code in countries:
            raise SystemExit(f"{code} has a shape; it needs no point")
        if city not in places:
            raise SystemExit(f"{city} ({code}) is not in {CITIES}")
        result[code] = places[city]
    return dict(sorted(result.items()))


def main():
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", help="a downloaded geopandas 0.14.4 wheel (downloaded from PyPI when left out)")
    parser.add_argument("--out", default=str(here / "countries-110m.json"))
    arguments = parser.parse_args()

    archive = zipfile.ZipFile(wheel_path(arguments.wheel))
    shapes = reader(archive, BASE)
    countries = {}
    for record, shape in zip(shapes.records(), shapes.shapes()):
        if record["name"] in LEFT_OUT:
            continue
        code = alpha2(record["name"], record["iso_a3"])
        if record["iso_a3"] in MERGED_INTO:
            countries.setdefault(code, {"name": "", "rings": []})["rings"].extend(rings(shape))
        else:
            countries.setdefault(code, {"name": "", "rings": []})["name"] = record["name"]
            countries[code]["rings"] = rings(shape) + countries[code]["rings"]
    document = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), as shipped in the geopandas 0.14.4 "
                  "wheel (geopandas/datasets/naturalearth_lowres); converted by naturalearth_to_json.py",
        "units": "tenths of a degree, WGS 84, each ring a flat list of longitude, latitude pairs",
        "countries": dict(sorted(countries.items())),
        "points": points(archive, countries),
    }
    pathlib.Path(arguments.out).write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                                           encoding="utf-8")
    print(f"{len(countries)} countries and {len(document['points'])} points written to {arguments.out}")


if __name__ == "__main__":
    main()
