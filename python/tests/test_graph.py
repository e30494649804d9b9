"""Graphs in and out: the built-in dataset, every file format, tables, NetworkX round trips,
NumPy edge arrays, and the CSR view's zero-copy arrays."""
import gc
import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import innonet


def test_builtin_tables(builtin):
    nodes, edges = builtin.nodes(), builtin.edges()
    assert isinstance(nodes, pd.DataFrame) and isinstance(edges, pd.DataFrame)
    assert len(nodes) == builtin.num_nodes and len(edges) == builtin.num_edges
    assert list(nodes.columns) == ["id", "name", "name_en", "type", "parent", "latitude",
                                   "longitude", "attributes"]
    nanjing = nodes.set_index("id").loc["nanjing"]
    assert nanjing["name"] == "南京" and nanjing["type"] == "city"
    assert set(edges["source"]) <= set(nodes["id"])


def test_tables_without_pandas(builtin, monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    nodes = builtin.nodes()
    assert isinstance(nodes, dict) and len(nodes["id"]) == builtin.num_nodes


@pytest.mark.parametrize("ext", [".json", ".csv", ".edges", ".mtx", ".inb"])
def test_every_format_round_trips(builtin, tmp_path, ext):
    path = tmp_path / ("g" + ext)
    innonet.save(builtin, path)
    back = innonet.load(path)
    assert back.num_nodes == builtin.num_nodes
    if ext in (".json", ".csv"):
        assert back.has_properties and back.num_edges == builtin.num_edges
        assert back.nodes().equals(builtin.nodes())
    else:
        assert not back.has_properties
        # Structure-only formats keep every arc of the projection (parallel edges kept).
        assert back.project(merge="keep").num_arcs == builtin.project(merge="keep").num_arcs


def test_generate_matches_cli_options():
    g = innonet.generate("rmat", scale=10, edge_factor=8, seed=3)
    assert g.num_nodes == 1024 and not g.has_properties
    h = innonet.generate("rmat", scale=10, edge_factor=8, seed=3)
    assert np.array_equal(g.project().targets, h.project().targets)
    metro = innonet.generate("metro", nodes=300, seed=2)
    assert metro.has_properties and "city" in set(metro.nodes()["type"])


def test_from_edges_and_scipy():
    src = np.array([0, 0, 1, 2, 3])
    dst = np.array([1, 2, 2, 0, 3])
    w = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    g = innonet.from_edges(src, dst, w)
    csr = g.project()
    assert csr.num_nodes == 4 and csr.num_arcs == 5 and csr.directed and csr.weighted
    m = csr.to_scipy()
    dense = np.zeros((4, 4))
    dense[src, dst] = w
    assert np.array_equal(m.toarray(), dense)
    assert np.shares_memory(m.indices, csr.targets) and np.shares_memory(m.data, csr.weights)
    with pytest.raises(ValueError, match="endpoint outside"):
        innonet.from_edges([0, 5], [1, 2], num_nodes=3)


def test_csr_arrays_are_views_of_the_graph(builtin):
    csr = builtin.project(kinds=["tech_transfer", "branch"])
    for name in ("offsets", "targets", "weights", "in_offsets", "in_sources", "in_weights"):
        a, b = getattr(csr, name), getattr(csr, name)
        assert a.base is csr, name
        assert not a.flags.writeable
        assert a.__array_interface__["data"][0] == b.__array_interface__["data"][0]
    assert csr.offsets[-1] == csr.num_arcs == len(csr.targets)
    with pytest.raises(ValueError):
        csr.targets[0] = 1
    # The arrays keep the projection alive after every other reference is gone.
    targets = builtin.project(years=(2015, 2030)).targets
    gc.collect()
    assert targets.sum() >= 0 and isinstance(targets.base, innonet.Csr)


def rss_bytes():
    with open("/proc/self/statm") as f:
        import os
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_viewing_a_large_graph_costs_no_memory(tmp_path):
    # An R-MAT scale-18 snapshot (about 7.6M arcs, 30 MiB of targets) read straight into CSR
    # arrays: viewing them many times, and as a scipy matrix, must not copy them.
    path = tmp_path / "big.inb"
    innonet.generate("rmat", scale=18, edge_factor=16, seed=1).save(path)
    csr = innonet.load(path).project()
    assert csr.num_arcs >= 4_000_000
    gc.collect()
    before = rss_bytes()
    views = [(csr.offsets, csr.targets, csr.in_offsets, csr.in_sources) for _ in range(100)]
    viewed = rss_bytes()
    assert viewed - before < (2 << 20), viewed - before  # one copy would be 30 MiB
    matrix = csr.to_scipy(weighted=False)
    assert np.shares_memory(matrix.indices, csr.targets)
    assert np.shares_memory(matrix.indptr, csr.offsets)
    grown = rss_bytes() - viewed
    assert grown < matrix.data.nbytes + (2 << 20), grown  # only the ones asked for as data
    assert all(v[1].base is csr for v in views) and matrix.nnz == csr.num_arcs


def test_networkx_round_trip_keeps_every_attribute():
    G = nx.karate_club_graph()
    G.graph["title"] = "karate"
    G.nodes[0]["tags"] = ["instructor", {"since": 1970}]
    G.nodes[1]["score"] = np.float64(2.5)
    G.edges[0, 1]["year"] = 1972
    G.edges[0, 2]["note"] = "strong tie"
    back = innonet.from_networkx(G).to_networkx()
    assert type(back) is type(G)
    assert back.graph == G.graph
    assert dict(back.nodes(data=True)) == {n: {**d, "score": 2.5} if n == 1 else d
                                           for n, d in G.nodes(data=True)}

    def edges(H):
        return {frozenset((u, v)): d for u, v, d in H.edges(data=True)}

    assert edges(back) == edges(G)


def test_networkx_round_trip_directed_multigraph():
    G = nx.MultiDiGraph()
    G.add_node("a", type="city", name="甲", coordinates=[32.0, 118.8], size=3)
    G.add_node("b", type="park", parent="a")
    G.add_edge("a", "b", kind="branch", weight=2.0, evidence="implied", id="e1")
    G.add_edge("a", "b", kind="branch", weight=1.0, evidence="stated", extra={"x": [1, 2]})
    back = innonet.from_networkx(G).to_networkx()
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert list(back.edges(data=True)) == list(G.edges(data=True))


def test_builtin_to_networkx_has_the_data(builtin):
    G = builtin.to_networkx()
    assert G.number_of_nodes() == builtin.num_nodes
    assert G.number_of_edges() == builtin.num_edges
    assert G.nodes["nanjing"]["name"] == "南京"
    json.dumps(G.graph)  # metadata stays JSON
