#!/usr/bin/env python3
"""Rebuild datasets/nanjing-metro.json (innonet's native graph format) from the seed facts.

    python3 datasets/convert_seed_facts.py [SEED_FACTS_JSON] [OUTPUT_JSON]

Defaults: ../shared/data/seed-facts.json (relative to the repository root) and
datasets/nanjing-metro.json. Standard library only. Nothing in the facts is dropped:

  nodes          -> nodes: name_zh -> name; attrs -> attributes; the extra fields
                    (parent_basis, note, aliases_zh) -> attributes under the same names;
                    coordinates from datasets/city_coordinates.csv (city nodes only)
  edges          -> edges: src/dst -> source/target; weight rule below; no years (none stated)
  corridors      -> groups of kind "corridor" (their own "type", corridor or belt, is kept
                    as attributes.type); regions -> groups of kind "region";
                    extra fields (aliases_zh, notes) -> attributes
  region_edges   -> group_edges
  indicators     -> indicators: metric_zh -> metric_name; non-numeric values, see below
  meta           -> metadata (description, seeds, conventions, counts), plus "conversion"
  source[]       -> sources [{document: seed file name, quote: exact quote}]

Edge weight rule: 1, unless the edge's attributes state how many relations of its kind it
stands for as an attribute named "count" ({"value": N, ...}); then N. Other numeric attributes
(institutes, member units, signed enterprises, ...) describe the endpoints or the content of a
relation, not how many relations there are, and stay attributes only.

Indicator values: the model holds a number. Booleans (a listing: true) become 1. Text values
become a number with an operator that stays true, and the text is kept verbatim at the start of
the note ("stated value: ..."): "max N" -> N with op "<="; a range "a-b" -> a with op ">=".

The output layout is the one innonet's writer produces (io/native_json_write.cpp), byte for
byte, so `innonet convert nanjing-metro.json x.json` reproduces this file exactly.
"""
import csv
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_INPUT = os.path.join(ROOT, "..", "shared", "data", "seed-facts.json")
DEFAULT_OUTPUT = os.path.join(HERE, "nanjing-metro.json")
COORDINATES = os.path.join(HERE, "city_coordinates.csv")


def dump(value):
    """One-line JSON exactly as io/json_text.cpp writes it."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)


def number(value):
    """Numbers of the fixed fields (weight, value, coordinates): io/json_text.cpp's rule."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError("non-finite number")
    if value.is_integer() and abs(value) < 1e15 and not (value == 0 and math.copysign(1, value) < 0):
        return str(int(value))
    return json.dumps(value)


def record(fields):
    """fields: (name, text) pairs, text already JSON; None values are omitted."""
    return "{" + ", ".join(dump(k) + ": " + v for k, v in fields if v is not None) + "}"


def text(value):
    return dump(value) if value else None


def tail(attributes, sources):
    return [("attributes", dump(attributes) if attributes else None),
            ("sources", dump(sources) if sources else None)]


def sources_of(item):
    return [{"document": s["seed"], "quote": s["quote"]} for s in item.get("source", [])]


def with_extras(item, known, what):
    """attrs plus every field of `item` not in `known`, refusing a name clash."""
    attributes = dict(item.get("attrs") or {})
    for key, value in item.items():
        if key in known:
            continue
        if key in attributes:
            sys.exit(f"{what} '{item['id']}': extra field '{key}' clashes with an attribute")
        attributes[key] = value
    return attributes


def load_coordinates():
    table = {}
    with open(COORDINATES, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table[row["id"]] = (float(row["latitude_deg"]), float(row["longitude_deg"]))
    return table


def node_line(n, coordinates):
    known = {"id", "name_zh", "name_en", "type", "parent", "attrs", "source"}
    point = coordinates.get(n["id"])
    return record([
        ("id", dump(n["id"])), ("name", text(n["name_zh"])), ("name_en", text(n["name_en"])),
        ("type", dump(n["type"])), ("parent", text(n["parent"])),
        ("coordinates", "[" + number(point[0]) + ", " + number(point[1]) + "]" if point else None),
    ] + tail(with_extras(n, known, "node"), sources_of(n)))


def edge_weight(e):
    count = (e.get("attrs") or {}).get("count")
    return count["value"] if isinstance(count, dict) else 1


def edge_line(e):
    return record([
        ("id", dump(e["id"])), ("source", dump(e["src"])), ("target", dump(e["dst"])),
        ("kind", dump(e["kind"])), ("directed", dump(bool(e["directed"]))),
        ("weight", number(edge_weight(e))), ("evidence", dump(e["evidence"])),
    ] + tail(e.get("attrs") or {}, sources_of(e)))


def group_line(g, kind):
    known = {"id", "name_zh", "name_en", "members", "members_implied", "attrs", "source"}
    return record([
        ("id", dump(g["id"])), ("name", text(g["name_zh"])), ("name_en", text(g["name_en"])),
        ("kind", dump(kind)), ("members", dump(g["members"])),
        ("members_implied", dump(g["members_implied"]) if g["members_implied"] else None),
    ] + tail(with_extras(g, known, "group"), sources_of(g)))


def group_edge_line(e):
    return record([
        ("id", dump(e["id"])), ("source", dump(e["src"])), ("target", dump(e["dst"])),
        ("kind", dump(e["kind"])), ("directed", dump(bool(e["directed"]))),
        ("evidence", dump(e["evidence"])),
    ] + tail(e.get("attrs") or {}, sources_of(e)))


def indicator_value(i):
    """(number, op, note) under the rule in the module docstring."""
    value, op, note = i["value"], i.get("op", "="), i.get("note") or ""
    if isinstance(value, bool):
        stated = "true" if value else "false"
        return (1 if value else 0), op, f"stated value: {stated}" + (f"; {note}" if note else "")
    if isinstance(value, (int, float)):
        return value, op, note
    if op != "=":
        sys.exit(f"indicator '{i['id']}': text value {value!r} with op {op!r}")
    stated = f"stated value: {value}" + (f"; {note}" if note else "")
    cap = re.search(r"max (\d+(?:\.\d+)?)", value)
    if cap:
        return float(cap.group(1)), "<=", stated
    span = re.fullmatch(r"(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", value)
    if span:
        return float(span.group(1)), ">=", stated
    sys.exit(f"indicator '{i['id']}': no rule for the text value {value!r}")


def indicator_line(i):
    known = {"id", "scope", "metric", "metric_zh", "value", "unit", "year", "kind", "op", "note",
             "source"}
    extra = set(i) - known
    if extra:
        sys.exit(f"indicator '{i['id']}': fields {sorted(extra)} have no place in the model")
    value, op, note = indicator_value(i)
    return record([
        ("id", dump(i["id"])), ("scope", text(i.get("scope"))), ("metric", dump(i["metric"])),
        ("metric_name", text(i.get("metric_zh"))), ("value", number(value)),
        ("unit", text(i.get("unit"))),
        ("year", str(i["year"]) if i.get("year") is not None else None),
        ("kind", text(i.get("kind"))), ("op", dump(op)), ("note", text(note)),
        ("sources", dump(sources_of(i)) if sources_of(i) else None),
    ])


def first_seen(values):
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def section(name, lines):
    body = ",\n    ".join(lines)
    return f"  {dump(name)}: [" + (f"\n    {body}\n  ]" if lines else "]")


def convert(facts, input_name):
    coordinates = load_coordinates()
    cities = {n["id"] for n in facts["nodes"] if n["type"] == "city"}
    if set(coordinates) - {n["id"] for n in facts["nodes"]}:
        sys.exit(f"city_coordinates.csv names unknown nodes: {set(coordinates) - cities}")
    links = facts["edges"] + facts["region_edges"]
    metadata = dict(facts["meta"])
    metadata["conversion"] = {
        "converter": "datasets/convert_seed_facts.py",
        "input": input_name,
        "coordinates": "datasets/city_coordinates.csv (city nodes only)",
        "edge_weight": "1, or attrs.count.value when the edge states how many relations it stands for",
        "indicator_text_values": "booleans -> 1/0; text -> 'max N' gives N with op '<=', "
                                 "'a-b' gives a with op '>='; the text is kept in the note",
    }
    vocabulary = {
        "types": first_seen(n["type"] for n in facts["nodes"]),
        "kinds": first_seen(e["kind"] for e in links),
        "evidence": first_seen(e["evidence"] for e in links),
    }
    groups = ([group_line(g, "corridor") for g in facts["corridors"]] +
              [group_line(g, "region") for g in facts["regions"]])
    parts = [
        '  "format": "innonet-graph"', '  "version": 1',
        '  "metadata": ' + dump(metadata), '  "vocabulary": ' + dump(vocabulary),
        section("nodes", [node_line(n, coordinates) for n in facts["nodes"]]),
        section("edges", [edge_line(e) for e in facts["edges"]]),
        section("groups", groups),
        section("group_edges", [group_edge_line(e) for e in facts["region_edges"]]),
        section("indicators", [indicator_line(i) for i in facts["indicators"]]),
    ]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    target = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    with open(source, encoding="utf-8") as f:
        facts = json.load(f)
    out = convert(facts, os.path.basename(source))
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    counts = facts["meta"]["counts"]
    print(f"wrote {target}: {counts['nodes']} nodes, {counts['edges']} edges, "
          f"{counts['corridors']} corridors, {counts['regions']} regions, "
          f"{counts['region_edges']} region edges, {counts['indicators']} indicators")


if __name__ == "__main__":
    main()
