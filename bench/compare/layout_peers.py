#!/usr/bin/python3
"""Layout peers on innonet's graph: igraph's layout_drl and layout_fruchterman_reingold.

  /usr/bin/python3 bench/compare/layout_peers.py PREFIX [--fr-iterations 100] [--peers drl,fr]

Reads PREFIX.el (written by innonet_layout_runner), times each igraph layout on the same graph
(igraph's layouts are single-threaded), and prints one JSON line per layout. For every layout,
innonet's PREFIX.fa2.xy / PREFIX.fr.xy included, it also prints a quality figure: the mean drawn
length of an edge divided by the mean drawn distance of 100,000 random node pairs (lower: edges
are short compared with the picture, i.e. neighbours are drawn together; a random layout scores
about 1). Needs python3-igraph (Debian), installed by the caller, never by the build.
"""
import json
import random
import sys
import time

import igraph


def edge_ratio(edges, xy):
    rng = random.Random(1)
    n = len(xy)
    def dist(a, b):
        return ((xy[a][0] - xy[b][0]) ** 2 + (xy[a][1] - xy[b][1]) ** 2) ** 0.5
    sample = rng.sample(edges, min(len(edges), 100_000))
    e = sum(dist(a, b) for a, b in sample) / len(sample)
    pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(100_000)]
    p = sum(dist(a, b) for a, b in pairs) / len(pairs)
    return e / p


def main():
    prefix = sys.argv[1]
    fr_iterations = int(sys.argv[sys.argv.index("--fr-iterations") + 1]) if "--fr-iterations" in sys.argv else 100
    # layout_drl has run for over 20 minutes on the 100k-node graph: let a caller time FR alone.
    peers = sys.argv[sys.argv.index("--peers") + 1].split(",") if "--peers" in sys.argv else ["drl", "fr"]
    edges = []
    with open(prefix + ".el") as f:
        for line in f:
            a, b = line.split()
            edges.append((int(a), int(b)))
    n = 1 + max(max(e) for e in edges)
    g = igraph.Graph(n=n, edges=edges)
    for name in ("fa2", "fr"):
        try:
            with open(f"{prefix}.{name}.xy") as f:
                xy = [tuple(map(float, line.split())) for line in f]
            print(json.dumps({"layout": f"innonet {name}", "edge_to_pair_ratio": round(edge_ratio(edges, xy), 4)}))
        except OSError:
            pass
    runs = [("drl", "igraph layout_drl (default schedule)", lambda: g.layout_drl()),
            ("fr", f"igraph layout_fruchterman_reingold (grid, niter={fr_iterations})",
             lambda: g.layout_fruchterman_reingold(niter=fr_iterations, grid="grid"))]
    runs = [(name, run) for key, name, run in runs if key in peers]
    for name, run in runs:
        start, cpu = time.perf_counter(), time.process_time()
        layout = run()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(json.dumps({"layout": name, "igraph": igraph.__version__, "seconds": round(seconds, 3),
                          "cpu_seconds": round(cpu, 3),
                          "edge_to_pair_ratio": round(edge_ratio(edges, layout.coords), 4)}), flush=True)


if __name__ == "__main__":
    main()
