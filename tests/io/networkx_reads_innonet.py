#!/usr/bin/python3
"""NetworkX 2.8 reads what innonet writes (issue 17). Run by CTest as
    /usr/bin/python3 tests/io/networkx_reads_innonet.py BUILD/innonet
Exit 77 (CTest: skipped) with a message when python3-networkx is missing.

1. `innonet convert builtin:nanjing-metro X` for X in .graphml, .gexf, .gml, .net, .nx.json;
   NetworkX reads X: 289 nodes, 83 edges, and every node's name, name_en, type, parent and every
   edge's kind, evidence, weight, year and direction equal to datasets/nanjing-metro.json (read
   here with json alone). GEXF 1.3 is read after renaming its namespace to 1.2draft: NetworkX 2.8
   knows only the 1.1draft and 1.2draft namespaces, and the elements innonet writes are the same.
2. Random graphs NetworkX wrote (tests/fixtures/interop/random*) converted by innonet to every
   format come back into NetworkX with the same nodes, edges and attribute values."""
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("SKIPPED: python3-networkx is not installed (apt-get install python3-networkx)")
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "interop")
FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)


def convert(innonet, source, target):
    subprocess.run([innonet, "--quiet", "convert", source, target], check=True,
                   stdout=subprocess.DEVNULL)


def read(path):
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    if path.endswith(".gexf"):
        with open(path, encoding="utf-8") as f:
            text = f.read().replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
        fixed = path + ".1.2.gexf"
        with open(fixed, "w", encoding="utf-8") as f:
            f.write(text)
        return nx.read_gexf(fixed)
    if path.endswith(".gml"):
        return nx.read_gml(path)
    if path.endswith(".net"):
        return nx.read_pajek(path)
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f))


def edge_list(g):
    if g.is_multigraph():  # GraphML's edge id becomes the key, not an attribute
        return [(u, v, {"id": k, **d}) for u, v, k, d in g.edges(keys=True, data=True)]
    return list(g.edges(data=True))


def check_metro(innonet, tmp):
    with open(os.path.join(ROOT, "datasets", "nanjing-metro.json"), encoding="utf-8") as f:
        doc = json.load(f)
    for ext in ("graphml", "gexf", "gml", "net", "nx.json"):
        path = os.path.join(tmp, "metro." + ext)
        convert(innonet, "builtin:nanjing-metro", path)
        g = read(path)
        check(g.number_of_nodes() == 289, f"{ext}: {g.number_of_nodes()} nodes")
        check(g.number_of_edges() == 83, f"{ext}: {g.number_of_edges()} edges")
        name_key = "label" if ext == "gexf" else "name"  # GEXF's label holds the name
        for n in doc["nodes"]:
            data = g.nodes[n["id"]]
            check(data.get(name_key) == n["name"], f"{ext}: name of {n['id']}: {data}")
            check(data.get("type") == n["type"], f"{ext}: type of {n['id']}")
            check(data.get("parent") == n.get("parent"), f"{ext}: parent of {n['id']}")
            if ext != "net":
                check(data.get("name_en") == n.get("name_en"), f"{ext}: name_en of {n['id']}")
        edges = {d["id"]: (u, v, d) for u, v, d in edge_list(g)}
        check(len(edges) == 83, f"{ext}: {len(edges)} edge ids")
        for e in doc["edges"]:
            u, v, d = edges.get(e["id"], (None, None, {}))
            check((u, v) == (e["source"], e["target"]) or (not e["directed"] and (v, u) ==
                  (e["source"], e["target"])), f"{ext}: ends of {e['id']}")
            check(d.get("kind") == e["kind"], f"{ext}: kind of {e['id']}")
            check(d.get("evidence") == e["evidence"], f"{ext}: evidence of {e['id']}")
            check(float(d.get("weight")) == float(e["weight"]), f"{ext}: weight of {e['id']}")
            if ext != "net":  # Pajek: the section says the direction (NetworkX merges them)
                check(d.get("directed") in (e["directed"], int(e["directed"])),
                      f"{ext}: direction of {e['id']}: {d.get('directed')}")


def comparable(value):
    return int(value) if isinstance(value, bool) else value


def unpack(data):
    """Attributes a format could not give keys of their own travel under "attributes"."""
    data = dict(data)
    data.update(json.loads(data.pop("attributes", "{}")))
    return data


def check_random(innonet, tmp):
    for seed in (1, 2, 3, 4):
        original = nx.read_graphml(os.path.join(FIXTURES, f"random{seed}.graphml"))
        for ext in ("graphml", "gexf", "gml", "nx.json"):
            path = os.path.join(tmp, f"random{seed}.{ext}")
            convert(innonet, os.path.join(FIXTURES, f"random{seed}.graphml"), path)
            g = read(path)
            where = f"random{seed}.{ext}"
            check(g.is_directed() == original.is_directed(), f"{where}: direction")
            check(sorted(g.nodes) == sorted(original.nodes), f"{where}: nodes")
            for v, data in original.nodes(data=True):
                got = unpack(g.nodes[v])
                if ext == "gexf":
                    got["name"] = got.pop("label")
                want = {k: comparable(x) if ext == "gml" else x for k, x in data.items()}
                check(got == want, f"{where}: node {v}: {got} != {want}")
            got_edges = sorted((u, v, d.get("kind"), d.get("weight"), d.get("year"),
                                d.get("note"), comparable(d.get("flag")))
                               for u, v, d in ((u, v, unpack(d)) for u, v, d in edge_list(g)))
            want_edges = sorted((u, v, d["kind"], d["weight"], d["year"], d["note"],
                                 comparable(d["flag"])) for u, v, d in original.edges(data=True))
            check(got_edges == want_edges, f"{where}: edges differ")


def main():
    innonet = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        check_metro(innonet, tmp)
        check_random(innonet, tmp)
    for failure in FAILURES[:30]:
        print("FAIL:", failure)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
