"""Every kernel of the library, with the CLI's options and defaults as keyword arguments.

Each function takes a Graph (projected with the selection keywords kinds=, evidence=, types=,
years=, level=, undirected=, merge=, as ``innonet rank`` and friends do), a Csr view, or a
NetworkX graph (converted with from_networkx). It releases the GIL while the kernel runs, uses
``threads`` OpenMP threads (0: all cores; results are the same at any count), can be interrupted
with Ctrl-C, and returns a Result: NumPy arrays indexed by vertex, ``ids`` mapping vertex to node
id, and the kernel's diagnostics. Bad options raise ValueError.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

import numpy as np

from . import _innonet
from ._result import Result
from .graph import Csr, Graph, from_networkx

_SELECTION = ("kinds", "evidence", "types", "years", "level", "undirected", "merge")


def _view(g, selection) -> Csr:
    selection = {k: v for k, v in selection.items() if v is not None}
    unknown = set(selection) - set(_SELECTION)
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    if isinstance(g, Csr):
        if selection:
            raise ValueError("selection keywords (kinds=, years=, ...) apply to a Graph, "
                             "not to a Csr view")
        return g
    if not isinstance(g, Graph):
        if hasattr(g, "adj") and hasattr(g, "is_directed"):
            g = from_networkx(g)
        else:
            raise TypeError(f"expected an innonet.Graph, Csr or NetworkX graph, found {type(g)}")
    # A graph whose edges are all undirected (a NetworkX Graph, an undirected edge list) is
    # projected undirected; otherwise as stored, like the CLI.
    selection.setdefault("undirected", g._handle.all_undirected)
    return g.project(**selection)


def _vertex(csr: Csr, node) -> int:
    """A node id (or, for structure-only graphs, a vertex number) as a vertex of csr."""
    return csr.vertex(str(node))


def _vertices(csr: Csr, nodes) -> list:
    if isinstance(nodes, (str, int, np.integer)):
        nodes = [nodes]
    return [_vertex(csr, n) for n in nodes]


def _result(csr: Csr, fields, vertex_fields, default=None) -> Result:
    return Result(fields, csr.ids, vertex_fields, default)


# -- centrality --------------------------------------------------------------------------------
def degree(g, *, mode: str = "total", weighted: bool = False, threads: int = 0, **selection):
    """Degree (counts, as ``innonet rank --metric degree``); mode total, in or out;
    weighted=True gives strength. Fields: score, centralization (Freeman)."""
    c = _view(g, selection)
    return _result(c, _innonet._degree(c, mode, weighted, threads), ["score"])


def pagerank(g, *, damping: float = 0.85, weighted: bool = False, tolerance: float = 1e-10,
             max_iterations: int = 1000, teleport=None, low_memory: bool = False,
             gauss_seidel: bool = False, single_precision: bool = False, threads: int = 0,
             **selection):
    """PageRank by power iteration (dangling mass spread like the teleport vector, as NetworkX).
    low_memory: sweep the graph's own arrays instead of a copy renumbered by out-degree (4 bytes
    per edge less; slower sweeps on graphs of over 500,000 nodes).
    gauss_seidel: staged sweeps that read the scores earlier stages of the same sweep wrote: the
    same scores in fewer sweeps on large graphs, still the same at any thread count.
    single_precision: store the contributions the sweeps gather as floats (faster sweeps on large
    graphs); the scores agree with the default to about 1e-7 relative.
    Fields: score (sums to 1), iterations, residual_l1, converged."""
    c = _view(g, selection)
    t = None if teleport is None else np.asarray(teleport, dtype=np.float64)
    return _result(c, _innonet._pagerank(c, damping, tolerance, max_iterations, weighted, t,
                                         low_memory, gauss_seidel, single_precision, threads),
                   ["score"])


def eigenvector(g, *, weighted: bool = False, tolerance: float = 1e-10,
                max_iterations: int = 1000, threads: int = 0, **selection):
    """Eigenvector centrality (in-edges, Euclidean norm 1, as NetworkX). Fields: score,
    iterations, residual_l1, converged."""
    c = _view(g, selection)
    return _result(c, _innonet._eigenvector(c, tolerance, max_iterations, weighted, threads),
                   ["score"])


def katz(g, *, alpha: float = 0.1, beta: float = 1.0, normalized: bool = True,
         weighted: bool = False, tolerance: float = 1e-10, max_iterations: int = 1000,
         beta_per_node=None, threads: int = 0, **selection):
    """Katz centrality x = alpha A^T x + beta (normalised to Euclidean norm 1 by default)."""
    c = _view(g, selection)
    b = None if beta_per_node is None else np.asarray(beta_per_node, dtype=np.float64)
    return _result(c, _innonet._katz(c, alpha, beta, normalized, tolerance, max_iterations,
                                     weighted, b, threads), ["score"])


def hits(g, *, weighted: bool = False, tolerance: float = 1e-12, max_iterations: int = 10000,
         threads: int = 0, **selection):
    """HITS hubs and authorities (each sums to 1). Fields: hub, authority, iterations, ..."""
    c = _view(g, selection)
    return _result(c, _innonet._hits(c, tolerance, max_iterations, weighted, threads),
                   ["hub", "authority"])


def betweenness(g, *, normalized: bool = True, endpoints: bool = False, weighted: bool = False,
                samples: int = 0, epsilon: float = 0.0, delta: float = 0.1, seed: int = 1,
                threads: int = 0, **selection):
    """Betweenness (Brandes). Exact unless samples=K or epsilon=E (Hoeffding bound with delta)
    asks for source sampling, seeded by seed (the CLI's --samples/--epsilon/--delta/--seed).
    Weights are lengths when weighted=True. Fields: score, sources, epsilon, delta."""
    if samples < 0 or epsilon < 0 or not 0 < delta < 1:
        raise ValueError("samples and epsilon must be >= 0 and delta in (0, 1)")
    if samples and epsilon:
        raise ValueError("give samples= or epsilon=, not both")
    c = _view(g, selection)
    return _result(c, _innonet._betweenness(c, normalized, endpoints, weighted, int(samples),
                                            float(epsilon), float(delta), int(seed), False,
                                            threads), ["score"])


def edge_betweenness(g, *, normalized: bool = True, weighted: bool = False, threads: int = 0,
                     **selection):
    """Edge betweenness, one value per arc in Csr.targets order (field score)."""
    c = _view(g, selection)
    return Result(_innonet._betweenness(c, normalized, False, weighted, 0, 0.0, 0.1, 1, True,
                                        threads), c.ids, [])


def closeness(g, *, weighted: bool = False, scale: str = "wasserman_faust", threads: int = 0,
              **selection):
    """Closeness over distances to each vertex (in-distances, as NetworkX), scaled by the share
    reached (Wasserman–Faust) or scale="component"."""
    if scale not in ("wasserman_faust", "component"):
        raise ValueError("scale: expected wasserman_faust or component")
    c = _view(g, selection)
    return _result(c, _innonet._closeness(c, False, scale == "component", weighted, threads),
                   ["score"])


def harmonic(g, *, weighted: bool = False, threads: int = 0, **selection):
    """Harmonic centrality: the sum of 1/d over the other vertices (as NetworkX)."""
    c = _view(g, selection)
    return _result(c, _innonet._closeness(c, True, False, weighted, threads), ["score"])


def clustering(g, *, weighted: bool = False, threads: int = 0, **selection):
    """Local clustering coefficient (directed: Fagiolo; weighted: geometric mean, as NetworkX)."""
    c = _view(g, selection)
    return _result(c, _innonet._clustering(c, weighted, threads), ["score"])


def constraint(g, *, weighted: bool = False, threads: int = 0, **selection):
    """Burt's constraint and effective size (NaN for isolated vertices)."""
    c = _view(g, selection)
    return _result(c, _innonet._structural_holes(c, weighted, threads),
                   ["constraint", "effective_size"])


def brokerage(g, groups=None, *, closed: bool = False, threads: int = 0, **selection):
    """Gould–Fernandez brokerage roles. groups: one integer group per vertex (default: the node
    types, as the CLI). Fields: coordinator, consultant, gatekeeper, representative, liaison,
    total."""
    c = _view(g, selection)
    groups = c._type_codes() if groups is None else np.asarray(groups, dtype=np.int64)
    return _result(c, _innonet._brokerage(c, groups, closed, threads),
                   ["total", "coordinator", "consultant", "gatekeeper", "representative",
                    "liaison"])


# -- structure ---------------------------------------------------------------------------------
def components(g, *, strong: bool = False, threads: int = 0, **selection):
    """Weak (default) or strong components. Fields: component (dense index by vertex), label
    (smallest vertex of the component), size and root per component, count, largest."""
    c = _view(g, selection)
    return _result(c, _innonet._components(c, strong, threads), ["component", "label"])


def articulation_points(g, *, threads: int = 0, **selection):
    """Articulation points and bridges of the undirected view. Fields: articulation_points
    (vertices), pieces, largest_piece, bridge_u, bridge_v, u_side_size, v_side_size."""
    c = _view(g, selection)
    return Result(_innonet._biconnectivity(c, threads), c.ids, [])


bridges = articulation_points


def core_number(g, *, threads: int = 0, **selection):
    """k-core numbers (NetworkX's core_number). Fields: core, max_core, levels."""
    c = _view(g, selection)
    return _result(c, _innonet._core_number(c, threads), ["core"])


k_core = core_number


def triangles(g, *, threads: int = 0, **selection):
    """Triangles through each vertex of the undirected view. Fields: triangles, total."""
    c = _view(g, selection)
    return _result(c, _innonet._triangles(c, threads), ["triangles"])


def core_periphery(g, *, model: str = "discrete", cross_ties: str = "ignore",
                   search: str = "kernighan_lin", restarts: int = 8, seed: int = 1,
                   max_passes: int = 100, tolerance: float = 1e-12,
                   max_iterations: int = 100000, threads: int = 0, **selection):
    """Borgatti–Everett core–periphery: model="discrete" (in_core, core, correlation) or
    "continuous" (coreness, correlation, residual)."""
    if model not in ("discrete", "continuous"):
        raise ValueError("model: expected discrete or continuous")
    if cross_ties not in ("ignore", "ideal_one") or search not in ("kernighan_lin",
                                                                    "coreness_prefix"):
        raise ValueError("cross_ties: ignore or ideal_one; search: kernighan_lin or "
                         "coreness_prefix")
    c = _view(g, selection)
    if model == "continuous":
        return _result(c, _innonet._continuous_core(c, tolerance, max_iterations, threads),
                       ["coreness"])
    return _result(c, _innonet._discrete_core(c, cross_ties == "ideal_one",
                                              search == "kernighan_lin", restarts, seed,
                                              max_passes, threads), ["in_core"])


# -- communities -------------------------------------------------------------------------------
def leiden(g, *, quality: str = "modularity", resolution: float = 1.0,
           randomness: float = 0.01, iterations: int = 2, seed: int = 0, initial=None,
           threads: int = 0, **selection):
    """Leiden communities (Traag et al. 2019). Fields: membership, num_communities, quality,
    levels, iterations."""
    c = _view(g, selection)
    start = None if initial is None else np.asarray(initial, dtype=np.int32)
    return _result(c, _innonet._leiden(c, quality, resolution, randomness, iterations, seed,
                                       start, threads), ["membership"])


def louvain(g, *, quality: str = "modularity", resolution: float = 1.0, iterations: int = 2,
            seed: int = 0, threads: int = 0, **selection):
    """Louvain communities (Blondel et al. 2008). Fields as leiden()."""
    c = _view(g, selection)
    return _result(c, _innonet._louvain(c, quality, resolution, iterations, seed, threads),
                   ["membership"])


def label_propagation(g, *, seed: int = 0, max_sweeps: int = 100, threads: int = 0,
                      **selection):
    """Label propagation communities. Fields as leiden()."""
    c = _view(g, selection)
    return _result(c, _innonet._label_propagation(c, seed, max_sweeps, threads),
                   ["membership"])


lpa = label_propagation


def modularity(g, membership, *, quality: str = "modularity", resolution: float = 1.0,
               threads: int = 0, **selection) -> float:
    """Modularity (directed: Leicht–Newman) or CPM quality of a membership by vertex."""
    c = _view(g, selection)
    return _innonet._modularity(c, np.asarray(membership, dtype=np.int32), quality, resolution,
                                threads)


# -- flow --------------------------------------------------------------------------------------
def max_flow(g, sources, sinks, *, value_only: bool = False, threads: int = 0, **selection):
    """Maximum flow and minimum cut between node sets (capacities: the weights). Fields: value,
    arc_flow (per arc), source_side (per vertex), cut_from, cut_to, cut_arc, cut_capacity,
    cut_value."""
    c = _view(g, selection)
    return _result(c, _innonet._max_flow(c, _vertices(c, sources), _vertices(c, sinks),
                                         value_only, threads), ["source_side"])


min_cut = max_flow


def gomory_hu(g, *, threads: int = 0, **selection):
    """Gomory–Hu cut tree of an undirected graph. Fields: parent, cut_value (per vertex),
    max_flow_runs."""
    c = _view(g, selection)
    return _result(c, _innonet._gomory_hu(c, threads), ["parent", "cut_value"])


def min_cost_flow(g, cost, sources, sinks, *, volume: float = float("inf"), threads: int = 0,
                  **selection):
    """Minimum-cost flow; cost: one value per arc in Csr.targets order. Fields: flow_value,
    cost, volume_met, arc_flow, augmentations."""
    c = _view(g, selection)
    return Result(_innonet._min_cost_flow(c, np.asarray(cost, dtype=np.float64),
                                          _vertices(c, sources), _vertices(c, sinks),
                                          float(volume), threads), c.ids, [])


def attack(g, *, by: str = "degree", recompute: bool = False, seed: int = 1, steps: int = -1,
           threads: int = 0, **selection):
    """Attack curve (``innonet attack``): remove vertices by degree, betweenness or at random
    and follow the largest weak component. Fields: removed, largest_component (k = 0..steps)."""
    c = _view(g, selection)
    return Result(_innonet._attack(c, by, recompute, seed, steps, threads), c.ids, [])


# -- paths -------------------------------------------------------------------------------------
def _target(c: Csr, target) -> int:
    return -1 if target is None else _vertex(c, target)


def shortest_paths(g, source, target=None, *, length: str = "inverse", threads: int = 0,
                   **selection):
    """Dijkstra from source. length: inverse (1/weight, the CLI's default), weight or hops.
    Fields: distance, parent, and path (vertices) when target is given."""
    c = _view(g, selection)
    return _result(c, _innonet._shortest_paths(c, _vertex(c, source), _target(c, target), length,
                                               threads), ["distance", "parent"])


def k_shortest_paths(g, source, target, *, k: int = 1, length: str = "inverse",
                     threads: int = 0, **selection):
    """The k shortest simple paths (Yen). Fields: paths (arrays of vertices), lengths."""
    if k < 1:
        raise ValueError("k: expected 1 or more")
    c = _view(g, selection)
    return Result(_innonet._k_shortest_paths(c, _vertex(c, source), _vertex(c, target), k,
                                             length, threads), c.ids, [])


def widest_paths(g, source, target=None, *, threads: int = 0, **selection):
    """Widest (bottleneck) paths from source. Fields: width, parent, path when target given."""
    c = _view(g, selection)
    return _result(c, _innonet._widest_paths(c, _vertex(c, source), _target(c, target), threads),
                   ["width", "parent"])
