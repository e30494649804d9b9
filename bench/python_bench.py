#!/usr/bin/python3
"""innonet's Python calls against NetworkX, python-igraph and graph-tool, on the same graphs in
one run, and the call overhead of the module (Python time minus the kernel's own time).

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--scale 18] [--nx-scale 13]

Graphs: R-MAT (innonet generate rmat, Graph500 parameters, edge factor 16) made simple and
undirected, handed to every library as the same edge arrays. NetworkX is far slower, so it runs
on a smaller R-MAT (--nx-scale, 0 to skip) and its ratio is taken there; --no-peers times
innonet alone (for the call overhead at a large scale). graph-tool is used when
python3-graph-tool is installed (it is not a dependency of the build), else reported as absent.
Each timing is the best of --repeat runs; graph conversion is never timed.
"""
import argparse
import time

import numpy as np

import innonet
from innonet import _innonet


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def innonet_timed(fn, repeat):
    """(best Python wall time, kernel time of that run) for an innonet call."""
    best_wall, kernel = float("inf"), 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        wall = time.perf_counter() - start
        if wall < best_wall:
            best_wall, kernel = wall, _innonet._last_kernel_seconds()
    return best_wall, kernel


def graphs(scale):
    g = innonet.generate("rmat", scale=scale, edge_factor=16, seed=1)
    csr = g.project(undirected=True, merge="max", weighted=False)
    n = csr.num_nodes
    src = np.repeat(np.arange(n, dtype=np.int64), np.diff(csr.offsets))
    dst = csr.targets.astype(np.int64)
    keep = src < dst
    return csr, src[keep], dst[keep]


def peers(n, src, dst, want_nx):
    out = {}
    try:
        import igraph
        out["igraph"] = igraph.Graph(n=n, edges=np.column_stack([src, dst]).tolist())
    except ImportError:
        pass
    try:
        import graph_tool.all as gt
        G = gt.Graph(directed=False)
        G.add_vertex(n)
        G.add_edge_list(np.column_stack([src, dst]))
        out["graph-tool"] = G
    except ImportError:
        pass
    if want_nx:
        import networkx as nx
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(zip(src.tolist(), dst.tolist()), c=1.0)
        out["networkx"] = G
    return out


def kernels(csr, peer, samples, seed):
    """{kernel: {library: callable}} on one graph."""
    import networkx as nx
    hub = int(np.argmax(np.diff(csr.offsets)))
    far = int(np.argsort(np.diff(csr.offsets))[-2])
    k = {
        "pagerank": {"innonet": lambda: innonet.pagerank(csr)},
        "betweenness (sampled)": {"innonet": lambda: innonet.betweenness(csr, samples=samples,
                                                                         seed=seed)},
        "components": {"innonet": lambda: innonet.components(csr)},
        "k-core": {"innonet": lambda: innonet.core_number(csr)},
        "leiden": {"innonet": lambda: innonet.leiden(csr, seed=seed)},
        "louvain": {"innonet": lambda: innonet.louvain(csr, seed=seed)},
        "max-flow": {"innonet": lambda: innonet.max_flow(csr, hub, far, value_only=True)},
    }
    if "igraph" in peer:
        G = peer["igraph"]
        k["pagerank"]["igraph"] = lambda: G.pagerank()
        k["components"]["igraph"] = lambda: G.connected_components()
        k["k-core"]["igraph"] = lambda: G.coreness()
        k["leiden"]["igraph"] = lambda: G.community_leiden(objective_function="modularity",
                                                           n_iterations=2)
        k["louvain"]["igraph"] = lambda: G.community_multilevel()
        k["max-flow"]["igraph"] = lambda: G.maxflow_value(hub, far)
    if "graph-tool" in peer:
        import graph_tool.all as gt
        G = peer["graph-tool"]
        cap = G.new_edge_property("double", vals=np.ones(G.num_edges()))
        k["pagerank"]["graph-tool"] = lambda: gt.pagerank(G)
        k["betweenness (sampled)"]["graph-tool"] = lambda: gt.betweenness(
            G, pivots=G.get_vertices()[:samples])
        k["components"]["graph-tool"] = lambda: gt.label_components(G)
        k["k-core"]["graph-tool"] = lambda: gt.kcore_decomposition(G)
        k["max-flow"]["graph-tool"] = lambda: gt.push_relabel_max_flow(
            G, G.vertex(hub), G.vertex(far), cap)
    if "networkx" in peer:
        G = peer["networkx"]
        k["pagerank"]["networkx"] = lambda: nx.pagerank(G)
        k["betweenness (sampled)"]["networkx"] = lambda: nx.betweenness_centrality(
            G, k=samples, seed=seed)
        k["components"]["networkx"] = lambda: list(nx.connected_components(G))
        k["k-core"]["networkx"] = lambda: nx.core_number(G)
        k["louvain"]["networkx"] = lambda: nx.community.louvain_communities(G, seed=seed)
        k["max-flow"]["networkx"] = lambda: nx.maximum_flow_value(G, hub, far, capacity="c")
    return k


def run(scale, nx_scale, repeat, samples, with_peers=True):
    rows = []
    passes = [(scale, False)] + ([(nx_scale, True)] if nx_scale > 0 else [])
    for s, want_nx in passes:
        csr, src, dst = graphs(s)
        peer = peers(csr.num_nodes, src, dst, want_nx) if (with_peers or want_nx) else {}
        if want_nx:
            peer = {"networkx": peer["networkx"]}
        for kernel, libs in kernels(csr, peer, samples, 1).items():
            wall, inner = innonet_timed(libs["innonet"], repeat)
            row = {"scale": s, "arcs": csr.num_arcs, "kernel": kernel, "innonet": wall,
                   "overhead": wall - inner, "peers": {}}
            for lib, fn in libs.items():
                if lib != "innonet":
                    row["peers"][lib] = best(fn, 1 if lib == "networkx" else repeat)
            rows.append(row)
            print(format_row(row), flush=True)
    return rows


def format_row(row):
    peers = ", ".join(f"{lib} {t:.3f} s ({t / row['innonet']:.1f}x)"
                      for lib, t in row["peers"].items()) or "-"
    share = 100 * row["overhead"] / max(row["innonet"] - row["overhead"], 1e-12)
    return (f"scale {row['scale']:2d}  {row['kernel']:22s} innonet {row['innonet']:.4f} s "
            f"(overhead {1e3 * row['overhead']:.2f} ms = {share:.2f}% of the kernel)  {peers}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=18)
    parser.add_argument("--nx-scale", type=int, default=13)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--samples", type=int, default=64, help="betweenness sources")
    parser.add_argument("--no-peers", action="store_true",
                        help="innonet only at --scale (the call overhead), no igraph/graph-tool")
    args = parser.parse_args()
    print(f"innonet {innonet.__version__}, {innonet.max_threads()} threads")
    run(args.scale, args.nx_scale, args.repeat, args.samples, not args.no_peers)


if __name__ == "__main__":
    main()
