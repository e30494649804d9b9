#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/), small files that reach
every part of each reader. Run once, output committed:

    /usr/bin/python3 fuzz/make_corpus.py build/innonet

Seeds are a slice of the built-in dataset (every record kind, attributes, sources, Chinese text),
files written by innonet itself (generate, convert) and hand-written variants of each text format
(comments, blanks, CRLF, weights, headers). Standard library only."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
RS = b"\x1e"  # separates the six files of a CSV set in one fuzz input (fuzz/csv_fuzz.cpp)


def put(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def read(path):
    with open(path, "rb") as f:
        return f.read()


def shorten(record):
    """Keeps a seed small: one source with a short quote, at most two attributes."""
    if record.get("sources"):
        first = record["sources"][0]
        record["sources"] = [{"document": first["document"], "quote": first["quote"][:12]}]
    if isinstance(record.get("attributes"), dict):
        record["attributes"] = dict(list(record["attributes"].items())[:2])
    if isinstance(record.get("note"), str):
        record["note"] = record["note"][:20]


def dataset_slice():
    """A few cities and what lies between them: every section of the native format."""
    with open(os.path.join(ROOT, "datasets", "nanjing-metro.json"), encoding="utf-8") as f:
        full = json.load(f)
    cities = [n for n in full["nodes"] if n.get("type") == "city"][:4]
    keep = {n["id"] for n in cities}
    children = [n for n in full["nodes"] if n.get("parent") in keep][:4]
    keep |= {n["id"] for n in children}
    nodes = cities + children
    edges = [e for e in full["edges"] if e["source"] in keep and e["target"] in keep][:4]
    if not edges:
        edges = [{"source": cities[0]["id"], "target": cities[1]["id"], "kind": "co_innovation",
                  "directed": False, "weight": 2.5, "year": 2021, "evidence": "stated",
                  "attributes": {"note": "seed"}}]
    groups = []
    for g in full["groups"]:
        members = [m for m in g.get("members", []) if m in keep]
        if len(members) >= 2:
            g = dict(g, members=members)
            g.pop("members_implied", None)
            groups.append(g)
        if len(groups) == 2:
            break
    scopes = keep | {g["id"] for g in groups}
    group_edges = [e for e in full["group_edges"]
                   if e["source"] in scopes and e["target"] in scopes][:2]
    indicators = [i for i in full["indicators"] if i.get("scope") in scopes][:3]
    for record in nodes + edges + groups + group_edges + indicators:
        shorten(record)
    doc = {"format": "innonet-graph", "version": 1,
           "metadata": {"name": "fuzz seed", "counts": {"nodes": len(nodes)}},
           "vocabulary": full["vocabulary"], "nodes": nodes, "edges": edges, "groups": groups,
           "group_edges": group_edges, "indicators": indicators}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def run(innonet, *args):
    subprocess.run([innonet, "--quiet", *args], check=True, stdout=subprocess.DEVNULL)


def main():
    innonet = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "innonet")
    tmp = tempfile.mkdtemp()
    t = lambda name: os.path.join(tmp, name)

    seed = dataset_slice()
    put("native_json", "dataset_slice.json", seed)
    with open(t("slice.json"), "w", encoding="utf-8") as f:
        f.write(seed)
    run(innonet, "convert", t("slice.json"), t("slice_written.json"))
    put("native_json", "dataset_slice_written.json", read(t("slice_written.json")))
    put("native_json", "minimal.json",
        '{"format": "innonet-graph", "version": 1, "nodes": [{"id": "a", "type": "t"}], '
        '"edges": []}')

    for name, source in (("dataset_slice", "slice.json"),):
        run(innonet, "convert", t(source), t(name + ".csv"))
        parts = [read(t(name + "." + p + ".csv")) for p in
                 ("nodes", "edges", "groups", "group_edges", "indicators", "metadata")]
        put("csv", name + ".csv", RS.join(parts))
    put("csv", "spreadsheet.csv",
        b"\xef\xbb\xbfid,type,name,extra\r\na,city,\"A, \"\"quoted\"\"\",x\r\nb,city,B,\r\n" + RS +
        b"source,target,kind,weight,year\na,b,tie,1.5,2020\nb,a,tie,,\n")

    put("edge_list", "plain.edges", "0 1\n1 2\n2 0\n")
    put("edge_list", "weighted_comments.edges",
        "# Nodes: 6 Edges: 3\n% another comment\n0\t1\t2.5\n\n  3 4 -1e-3\r\n5 5 1e300\n")
    put("edge_list", "sparse_ids.txt", "10 2000\n2000 10\n7 7\n")
    run(innonet, "generate", "er", "--scale", "4", "--edge-factor", "2", "--weights", "--seed",
        "1", "-o", t("er.edges"))
    put("edge_list", "innonet_weighted.edges", read(t("er.edges")))

    put("matrix_market", "general_real.mtx",
        "%%MatrixMarket matrix coordinate real general\n% comment\n3 3 3\n1 2 0.5\n2 3 -2\n3 1 1e-9\n")
    put("matrix_market", "symmetric_pattern.mtx",
        "%%MatrixMarket matrix coordinate pattern symmetric\n4 4 3\n2 1\n3 3\n4 2\n")
    put("matrix_market", "integer.mtx",
        "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 1 7\n2 1 -3\n")
    run(innonet, "generate", "ba", "--nodes", "20", "--seed", "2", "-o", t("ba.mtx"))
    put("matrix_market", "innonet_symmetric.mtx", read(t("ba.mtx")))

    run(innonet, "generate", "er", "--nodes", "12", "--edge-factor", "2", "--directed",
        "--weights", "--seed", "4", "-o", t("directed_weighted.inb"))
    put("snapshot", "directed_weighted.inb", read(t("directed_weighted.inb")))
    run(innonet, "generate", "ws", "--nodes", "10", "--seed", "5", "-o", t("undirected.inb"))
    put("snapshot", "undirected.inb", read(t("undirected.inb")))
    run(innonet, "convert", t("slice.json"), t("slice.inb"))
    put("snapshot", "dataset_slice.inb", read(t("slice.inb")))


if __name__ == "__main__":
    main()
