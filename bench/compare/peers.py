#!/usr/bin/python3
"""The peers' side of the comparison (bench/compare/run.sh): igraph, graph-tool, NetworkX.

    peers.py LIBRARY --graph FILE --direction directed|undirected --kernels A,B,... [--runs 5]
             [--threads 1,2] [--source S]

Loads the bare "u v" edge list once (timed on its own), runs each kernel `runs` times per thread
count and prints one JSON line per kernel and thread count, in the same shape as
innonet_kernel_runner: load and kernel seconds, a check value to compare with innonet's (computed
outside the timing), the peak RSS of the process so far. Vertices are the integers 0..max id, as
in innonet (NetworkX gets the isolated ones added). `peers.py LIBRARY --list` prints the
kernels the library has here. Kernels (same meaning as in kernel_runner.cpp):
  pagerank    damping 0.85, stop at L1 change < 1e-6 (igraph: PRPACK, exact); check = iterations
              where the library reports them
  bfs         hop distances from --source over out-arcs; check = vertices reached
  components  weakly connected components; check = count
  triangles   triangles of the undirected simple graph; check = count
  kcore       core numbers; check = largest core number
  eigenvector, katz (alpha KATZ_ALPHA, beta 1, in-edges), hits, closeness, harmonic, degree
  (out + in), constraint (Burt): check = top_vertex of the scores (constraint: the smallest);
  hits: n * top hub + top authority; closeness: Wasserman-Faust (the peers compute it per
  component; the check applies the correction). closeness and harmonic are all-pairs: O(n m).
  katz: graph-tool only; constraint: igraph only (the other has none).
  clustering  local coefficients, 0 below degree 2; check = round(1e6 * their mean)
Thread count: graph-tool follows OMP_NUM_THREADS; igraph and NetworkX are single-threaded.
"""
import argparse
import json
import math
import resource
import statistics
import sys
import time
import warnings


KATZ_ALPHA = 0.0005  # kKatzAlpha in kernel_runner.cpp
ITERATIVE_TOLERANCE = 1e-6  # kIterativeTolerance
EXACT_TOLERANCE = 1e-9  # kExactTolerance


def top_vertex(scores, relative_tolerance, smallest=False):
    """kernel_runner.cpp's top_vertex: the smallest vertex whose score is within the tolerance of
    the largest (smallest) finite one; -1 when none is finite."""
    sign = -1.0 if smallest else 1.0
    signed = [sign * float(x) for x in scores]
    finite = [x for x in signed if math.isfinite(x)]
    if not finite:
        return -1
    best = max(finite)
    return next(v for v, x in enumerate(signed)
                if math.isfinite(x) and best - x <= relative_tolerance * abs(best))


def mean_times_1e6(values):
    """clustering's check: round(1e6 * mean), halves rounded up as in kernel_runner.cpp."""
    values = [float(x) for x in values]
    return math.floor(1e6 * sum(values) / max(len(values), 1) + 0.5)


def wasserman_faust(closeness, component_size):
    """Per-component closeness (r - 1) / sum d times (r - 1) / (n - 1), r = the component's size
    (innonet's default, NetworkX's wf_improved): isolated vertices (NaN in the peers) get 0."""
    n = len(closeness)
    return [0.0 if not math.isfinite(c) else c * (r - 1) / max(n - 1, 1)
            for c, r in zip(closeness, component_size)]


def igraph_kernels():
    import igraph

    def load(path, directed):
        return igraph.Graph.Read_Edgelist(path, directed=directed)

    def igraph_closeness_check(g, closeness):
        membership = g.connected_components(mode="weak").membership
        sizes = [0] * (max(membership, default=-1) + 1)
        for c in membership:
            sizes[c] += 1
        return top_vertex(wasserman_faust(closeness, [sizes[c] for c in membership]),
                          EXACT_TOLERANCE)

    def triangle_check(g, transitivity):
        # igraph counts the triangles in C for the transitivity; recover the count exactly enough.
        triples = sum(d * (d - 1) // 2 for d in g.degree())
        return round(transitivity * triples / 3)

    kernels = {
        # PRPACK solves the linear system directly: there is no iteration count to report.
        "pagerank": (lambda g, s: g.pagerank(damping=0.85, implementation="prpack"), None),
        "bfs": (lambda g, s: g.bfs(s, mode="out")[0], lambda g, r: len(r)),
        "components": (lambda g, s: g.connected_components(mode="weak"), lambda g, r: len(r)),
        "triangles": (lambda g, s: g.transitivity_undirected(), triangle_check),
        "kcore": (lambda g, s: g.coreness(mode="all"), lambda g, r: max(r, default=0)),
        "louvain": (lambda g, s: g.community_multilevel(), lambda g, r: r.modularity),
        "eigenvector": (lambda g, s: g.eigenvector_centrality(scale=True),
                        lambda g, r: top_vertex(r, ITERATIVE_TOLERANCE)),
        "hits": (lambda g, s: (g.hub_score(scale=True), g.authority_score(scale=True)),
                 lambda g, r: g.vcount() * top_vertex(r[0], ITERATIVE_TOLERANCE) +
                 top_vertex(r[1], ITERATIVE_TOLERANCE)),
        "closeness": (lambda g, s: g.closeness(mode="all", normalized=True), igraph_closeness_check),
        "harmonic": (lambda g, s: g.harmonic_centrality(mode="all", normalized=False),
                     lambda g, r: top_vertex(r, EXACT_TOLERANCE)),
        "clustering": (lambda g, s: g.transitivity_local_undirected(mode="zero"),
                       lambda g, r: mean_times_1e6(r)),
        "degree": (lambda g, s: g.degree(mode="all"), lambda g, r: top_vertex(r, EXACT_TOLERANCE)),
        "constraint": (lambda g, s: g.constraint(),
                       lambda g, r: top_vertex(r, EXACT_TOLERANCE, smallest=True)),
    }
    return load, kernels, igraph.__version__, lambda threads: None


def graph_tool_kernels():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import graph_tool
        from graph_tool import centrality, clustering, topology

    def load(path, directed):
        # hashed=False: the integers are the vertex indices (n = max id + 1), as in innonet.
        return graph_tool.load_graph_from_csv(path, directed=directed, hashed=False,
                                              csv_options={"delimiter": " "})

    def graph_tool_closeness_check(g, closeness):
        label, sizes = topology.label_components(g, directed=False)
        return top_vertex(wasserman_faust(closeness.a, sizes[label.a]), EXACT_TOLERANCE)

    kernels = {
        "pagerank": (lambda g, s: centrality.pagerank(g, damping=0.85, epsilon=1e-6,
                                                      ret_iter=True), lambda g, r: r[1]),
        "bfs": (lambda g, s: topology.shortest_distance(g, source=g.vertex(s)),
                lambda g, r: int((r.a < 2**31 - 1).sum())),
        "components": (lambda g, s: topology.label_components(g, directed=False),
                       lambda g, r: int(r[1].size)),
        # ret_counts: ((coefficient, its deviation), triangles, connected triples)
        "triangles": (lambda g, s: clustering.global_clustering(g, ret_counts=True),
                      lambda g, r: int(r[1])),
        "kcore": (lambda g, s: topology.kcore_decomposition(g), lambda g, r: int(r.a.max())),
        # Brandes from the same 256 sources innonet uses (ids 0..255); graph-tool also returns
        # edge betweenness, which it cannot be asked to skip. check = sources searched.
        "betweenness": (lambda g, s: centrality.betweenness(
            g, pivots=list(range(min(256, g.num_vertices())))),
                        lambda g, r: min(256, g.num_vertices())),
        # epsilon: the L1 change at which the iterations stop (default 1e-6).
        "eigenvector": (lambda g, s: centrality.eigenvector(g, epsilon=1e-10),
                        lambda g, r: top_vertex(r[1].a, ITERATIVE_TOLERANCE)),
        "katz": (lambda g, s: centrality.katz(g, alpha=KATZ_ALPHA, epsilon=1e-10),
                 lambda g, r: top_vertex(r.a, ITERATIVE_TOLERANCE)),
        # returns (eigenvalue, authorities, hubs)
        "hits": (lambda g, s: centrality.hits(g, epsilon=1e-10),
                 lambda g, r: g.num_vertices() * top_vertex(r[2].a, ITERATIVE_TOLERANCE) +
                 top_vertex(r[1].a, ITERATIVE_TOLERANCE)),
        "closeness": (lambda g, s: centrality.closeness(g), graph_tool_closeness_check),
        "harmonic": (lambda g, s: centrality.closeness(g, harmonic=True),
                     lambda g, r: top_vertex(r.a, EXACT_TOLERANCE)),
        "clustering": (lambda g, s: clustering.local_clustering(g),
                       lambda g, r: mean_times_1e6(r.a)),
        "degree": (lambda g, s: g.get_total_degrees(g.get_vertices()),
                   lambda g, r: top_vertex(r, EXACT_TOLERANCE)),
    }
    return (load, kernels, graph_tool.__version__.split()[0],
            graph_tool.openmp_set_num_threads)


def networkx_kernels():
    import networkx as nx

    def load(path, directed):
        g = nx.read_edgelist(path, nodetype=int, create_using=nx.DiGraph if directed else nx.Graph)
        g.add_nodes_from(range(max(g.nodes, default=-1) + 1))  # ids 0..max, as the others
        return g

    def components(g, s):
        if g.is_directed():
            return nx.number_weakly_connected_components(g)
        return nx.number_connected_components(g)

    kernels = {
        # NetworkX stops at L1 change < N * tol; tol = 1e-6 / N is innonet's tolerance_l1 = 1e-6.
        "pagerank": (lambda g, s: nx.pagerank(g, alpha=0.85, tol=1e-6 / max(len(g), 1)), None),
        "bfs": (lambda g, s: nx.single_source_shortest_path_length(g, s), lambda g, r: len(r)),
        "components": (components, lambda g, r: r),
        "triangles": (lambda g, s: nx.triangles(g), lambda g, r: sum(r.values()) // 3),
        "kcore": (lambda g, s: nx.core_number(g), lambda g, r: max(r.values(), default=0)),
    }
    return load, kernels, nx.__version__, lambda threads: None


LIBRARIES = {"igraph": igraph_kernels, "graph-tool": graph_tool_kernels,
             "networkx": networkx_kernels}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("library", choices=sorted(LIBRARIES))
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--version", action="store_true")
    parser.add_argument("--graph")
    parser.add_argument("--direction", default="directed", choices=["directed", "undirected"])
    parser.add_argument("--kernels", default="")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=int, default=0)
    parser.add_argument("--threads", default="1", help="comma list; only graph-tool uses it")
    args = parser.parse_args()
    load, kernels, version, set_threads = LIBRARIES[args.library]()
    if args.list:
        print("\n".join(kernels))
        return 0
    if args.version:
        print(version)
        return 0
    start = time.perf_counter()
    g = load(args.graph, args.direction == "directed")
    load_s = time.perf_counter() - start
    for threads in [int(t) for t in args.threads.split(",")]:
        set_threads(threads)
        for name in [k for k in args.kernels.split(",") if k]:
            run, check = kernels[name]
            times, cpu = [], []
            for _ in range(max(args.runs, 1)):
                cpu_start = time.process_time()  # all threads of the process
                start = time.perf_counter()
                result = run(g, args.source)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - cpu_start)
            print(json.dumps({
                "library": args.library, "version": version, "kernel": name,
                "graph": args.graph, "threads": threads, "load_s": load_s,
                "median_s": statistics.median(times), "times_s": times,
                "cpu_median_s": statistics.median(cpu),
                "check": check(g, result) if check else None,
                "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
