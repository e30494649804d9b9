"""Each kernel equals NetworkX's own function on the karate club and on random graphs, within
the C++ tests' tolerances: 1e-9 for exact measures, 1e-6 for iterative ones."""
import math

import networkx as nx
import numpy as np
import pytest

import innonet

EXACT = 1e-9
ITERATIVE = 1e-6


def random_graphs():
    out = []
    for seed in (1, 2, 3):
        out.append(nx.gnp_random_graph(60, 0.08, seed=seed))
        out.append(nx.gnp_random_graph(50, 0.06, seed=seed, directed=True))
    return out


GRAPHS = [pytest.param(g, id=f"gnp{i}{'d' if g.is_directed() else 'u'}")
          for i, g in enumerate(random_graphs())]


def by_node(result, field, G):
    """Result field as {networkx node: value} (ids are str(node))."""
    values = result[field]
    return {int(i): float(values[v]) for v, i in enumerate(result.ids)}


def assert_close(ours, theirs, tol):
    assert set(ours) == set(theirs)
    for k in theirs:
        a, b = ours[k], theirs[k]
        if math.isnan(b):
            assert math.isnan(a), k
        else:
            assert a == pytest.approx(b, abs=tol), (k, a, b)


def test_karate_pagerank_matches_networkx(karate):
    r = innonet.pagerank(karate, tolerance=1e-13)
    assert r.converged
    assert_close(by_node(r, "score", karate),
                 nx.pagerank(karate, weight=None, tol=1e-14, max_iter=10000), ITERATIVE)
    assert r.score.sum() == pytest.approx(1.0, abs=1e-12)


def test_karate_weighted_pagerank(karate):
    r = innonet.pagerank(karate, weighted=True, tolerance=1e-13)
    assert_close(by_node(r, "score", karate), nx.pagerank(karate, weight="weight", tol=1e-14),
                 ITERATIVE)


@pytest.mark.parametrize("weighted", [False, True])
def test_karate_pagerank_low_memory_matches_networkx(karate, weighted):
    r = innonet.pagerank(karate, weighted=weighted, low_memory=True, tolerance=1e-13)
    assert r.converged
    expected = nx.pagerank(karate, weight="weight" if weighted else None, tol=1e-14,
                           max_iter=10000)
    assert_close(by_node(r, "score", karate), expected, ITERATIVE)


@pytest.mark.parametrize("weighted", [False, True])
def test_karate_pagerank_gauss_seidel_matches_networkx(karate, weighted):
    r = innonet.pagerank(karate, weighted=weighted, gauss_seidel=True, tolerance=1e-13)
    assert r.converged
    expected = nx.pagerank(karate, weight="weight" if weighted else None, tol=1e-14,
                           max_iter=10000)
    assert_close(by_node(r, "score", karate), expected, ITERATIVE)


@pytest.mark.parametrize("weighted", [False, True])
def test_karate_pagerank_single_precision_matches_networkx(karate, weighted):
    # Float contributions: each score within about 1e-7 relative of the double one, so within
    # 1e-8 absolute of NetworkX's on the karate club (scores 0.01-0.1), and still converged.
    r = innonet.pagerank(karate, weighted=weighted, single_precision=True, tolerance=1e-13)
    assert r.converged
    expected = nx.pagerank(karate, weight="weight" if weighted else None, tol=1e-14,
                           max_iter=10000)
    assert_close(by_node(r, "score", karate), expected, 1e-8)
    exact = innonet.pagerank(karate, weighted=weighted, tolerance=1e-13)
    assert not np.array_equal(r.score, exact.score)  # the floats are in use


@pytest.mark.parametrize("G", [pytest.param(nx.karate_club_graph(), id="karate")] + GRAPHS)
def test_exact_centralities(G):
    assert_close(by_node(innonet.betweenness(G), "score", G),
                 nx.betweenness_centrality(G), EXACT)
    assert_close(by_node(innonet.closeness(G), "score", G), nx.closeness_centrality(G), EXACT)
    assert_close(by_node(innonet.harmonic(G), "score", G), nx.harmonic_centrality(G), EXACT)
    assert_close(by_node(innonet.clustering(G), "score", G), nx.clustering(G), EXACT)
    assert_close(by_node(innonet.degree(G), "score", G), dict(G.degree()), EXACT)


@pytest.mark.parametrize("G", GRAPHS)
def test_iterative_centralities(G):
    r = innonet.pagerank(G, tolerance=1e-13)
    assert_close(by_node(r, "score", G), nx.pagerank(G, tol=1e-14, max_iter=10000), ITERATIVE)
    h = innonet.hits(G)
    hub, auth = nx.hits(G, max_iter=100000, tol=1e-14)
    assert_close(by_node(h, "hub", G), hub, ITERATIVE)
    assert_close(by_node(h, "authority", G), auth, ITERATIVE)
    k = innonet.katz(G, alpha=0.05, tolerance=1e-13)
    assert_close(by_node(k, "score", G),
                 nx.katz_centrality(G, alpha=0.05, tol=1e-14, max_iter=10000), ITERATIVE)


def test_karate_eigenvector_and_weighted_betweenness(karate):
    r = innonet.eigenvector(karate, tolerance=1e-13)
    assert_close(by_node(r, "score", karate),
                 nx.eigenvector_centrality(karate, tol=1e-14, max_iter=10000), ITERATIVE)
    b = innonet.betweenness(karate, weighted=True)
    assert_close(by_node(b, "score", karate),
                 nx.betweenness_centrality(karate, weight="weight"), EXACT)


def test_karate_constraint(karate):
    r = innonet.constraint(karate)
    assert_close(by_node(r, "constraint", karate), nx.constraint(karate), EXACT)
    assert_close(by_node(r, "effective_size", karate), nx.effective_size(karate), EXACT)


def test_sampled_betweenness_is_reproducible_and_near_exact(karate):
    a = innonet.betweenness(karate, samples=20, seed=7)
    b = innonet.betweenness(karate, samples=20, seed=7)
    assert np.array_equal(a.score, b.score)
    assert a.sources == 20 and a.epsilon > 0
    exact = innonet.betweenness(karate).score
    assert np.max(np.abs(a.score - exact)) <= a.epsilon


@pytest.mark.parametrize("G", [pytest.param(nx.karate_club_graph(), id="karate")] + GRAPHS)
def test_structure(G):
    comps = innonet.components(G)
    theirs = list(nx.weakly_connected_components(G) if G.is_directed()
                  else nx.connected_components(G))
    assert comps.count == len(theirs)
    ours = {}
    for v, i in enumerate(comps.ids):
        ours.setdefault(int(comps.component[v]), set()).add(int(i))
    assert sorted(map(sorted, ours.values())) == sorted(map(sorted, theirs))
    if G.is_directed():
        strong = innonet.components(G, strong=True)
        assert strong.count == nx.number_strongly_connected_components(G)
        return
    core = innonet.core_number(G)
    assert by_node(core, "core", G) == {k: float(v) for k, v in nx.core_number(G).items()}
    ap = innonet.articulation_points(G)
    assert sorted(int(ap.ids[v]) for v in ap.articulation_points) == \
        sorted(nx.articulation_points(G))
    bridges = {frozenset((int(ap.ids[u]), int(ap.ids[v])))
               for u, v in zip(ap.bridge_u, ap.bridge_v)}
    assert bridges == {frozenset(e) for e in nx.bridges(G)}
    tri = innonet.triangles(G)
    assert by_node(tri, "triangles", G) == {k: float(v) for k, v in nx.triangles(G).items()}


def test_communities_quality_equals_networkx_modularity(karate):
    for algo in (innonet.leiden, innonet.louvain, innonet.label_propagation):
        r = algo(karate, seed=3)
        parts = {}
        for v, i in enumerate(r.ids):
            parts.setdefault(int(r.membership[v]), set()).add(int(i))
        theirs = nx.community.modularity(karate, parts.values(), weight="weight")
        assert r.quality == pytest.approx(theirs, abs=EXACT)
        assert innonet.modularity(karate, r.membership) == pytest.approx(theirs, abs=EXACT)
    # Leiden reaches at least the modularity NetworkX's Louvain finds, less a small margin.
    best = innonet.leiden(karate, iterations=-1).quality
    nx_louvain = nx.community.modularity(
        karate, nx.community.louvain_communities(karate, seed=1), weight="weight")
    assert best >= nx_louvain - 0.02


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_flows(seed):
    G = nx.gnp_random_graph(30, 0.2, seed=seed, directed=True)
    rng = np.random.default_rng(seed)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = float(rng.integers(1, 10))
        G.edges[u, v]["cost"] = float(rng.integers(0, 5))
    r = innonet.max_flow(G, 0, 29)
    value = nx.maximum_flow_value(G, 0, 29, capacity="weight")
    assert r.value == pytest.approx(value, abs=EXACT)
    assert r.cut_value == pytest.approx(value, abs=EXACT)
    g = innonet.from_networkx(G)
    csr = g.project()
    costs = []
    for u in range(csr.num_nodes):
        for a in range(csr.offsets[u], csr.offsets[u + 1]):
            costs.append(G.edges[int(csr.ids[u]), int(csr.ids[csr.targets[a]])]["cost"])
    mc = innonet.min_cost_flow(csr, costs, ["0"], ["29"])
    flow = nx.max_flow_min_cost(G, 0, 29, capacity="weight", weight="cost")
    assert mc.flow_value == pytest.approx(value, abs=EXACT)
    assert mc.cost == pytest.approx(nx.cost_of_flow(G, flow, weight="cost"), abs=EXACT)


def test_gomory_hu_min_cuts(karate):
    tree = innonet.gomory_hu(karate)
    T = nx.gomory_hu_tree(karate, capacity="weight")
    ours = nx.Graph()
    for v, p in enumerate(tree.parent):
        if p >= 0:
            ours.add_edge(int(tree.ids[v]), int(tree.ids[p]), weight=tree.cut_value[v])
    for u, v in [(0, 33), (5, 16), (2, 30), (11, 25)]:
        def cut(T_, a, b):
            path = nx.shortest_path(T_, a, b)
            return min(T_[x][y]["weight"] for x, y in zip(path, path[1:]))
        assert cut(ours, u, v) == pytest.approx(cut(T, u, v), abs=EXACT)


@pytest.mark.parametrize("G", GRAPHS)
def test_paths(G):
    G = G.copy()
    for u, v in G.edges:
        G.edges[u, v]["weight"] = 1.0 + (u * 7 + v * 3) % 5
    r = innonet.shortest_paths(G, 0, length="weight")
    theirs = nx.single_source_dijkstra_path_length(G, 0, weight="weight")
    for v, i in enumerate(r.ids):
        d = r.distance[v]
        if int(i) in theirs:
            assert d == pytest.approx(theirs[int(i)], abs=EXACT)
        else:
            assert math.isinf(d)
    target = max(theirs, key=theirs.get)
    if target == 0:
        return
    k = innonet.k_shortest_paths(G, 0, target, k=3, length="weight")
    yen = []
    for path in nx.shortest_simple_paths(G, 0, target, weight="weight"):
        yen.append(nx.path_weight(G, path, "weight"))
        if len(yen) == 3:
            break
    assert k.lengths == pytest.approx(yen, abs=EXACT)
    w = innonet.widest_paths(G, 0)
    assert w.width[w.ids.tolist().index("0")] == math.inf


def test_one_and_two_threads_agree(karate):
    for fn in (innonet.pagerank, innonet.betweenness, innonet.leiden, innonet.core_number):
        a, b = fn(karate, threads=1), fn(karate, threads=2)
        for key in a.keys():
            if isinstance(a[key], np.ndarray):
                assert np.array_equal(a[key], b[key]), (fn.__name__, key)
