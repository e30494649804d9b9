"""innonet from Python: regional innovation networks on a C++ CSR core.

    import innonet
    g = innonet.load()                                # the built-in Nanjing metropolitan data
    pr = innonet.pagerank(g)                          # NumPy arrays by vertex + ids
    pr.series().nlargest(10)                          # a pandas Series by node id
    innonet.corridors(g)                              # the planner's table, as a DataFrame
    csr = g.project(kinds=["tech_transfer"])          # CSR arrays, viewed without copying
    innonet.pagerank(networkx_graph)                  # NetworkX graphs work directly

Kernels release the GIL, take threads=, stop on Ctrl-C and raise ValueError for bad options;
unreadable files raise innonet.InputError. See docs/python.md.
"""
from ._innonet import InputError, Csr
from .graph import Graph, load, save, generate, from_edges, from_networkx
from ._result import Result
from .kernels import (degree, pagerank, eigenvector, katz, hits, betweenness, edge_betweenness,
                      closeness, harmonic, clustering, constraint, brokerage, components,
                      articulation_points, bridges, core_number, k_core, triangles,
                      core_periphery, leiden, louvain, label_propagation, lpa, modularity,
                      max_flow, min_cut, gomory_hu, min_cost_flow, attack, shortest_paths,
                      k_shortest_paths, widest_paths)
from .planner import (run, cli, report, rank, corridors, corridor, recommend, indicators,
                      gravity, compare, whatif, structure, communities)


def to_networkx(graph: Graph):
    """The graph as a NetworkX graph with every attribute (Graph.to_networkx)."""
    return graph.to_networkx()


def max_threads() -> int:
    """The number of OpenMP threads a kernel uses with threads=0."""
    from ._innonet import _max_threads
    return _max_threads()


__version__ = "0.1.0"
__all__ = [name for name in dir() if not name.startswith("_")]
