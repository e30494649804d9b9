#!/usr/bin/python3
"""Max-flow peer comparison, the peers' side (see MAXFLOW.md):
    maxflow_peers.py FILE d|u TOOL      TOOL = igraph_value | igraph | gt_bk | gt_pr
reads a graph written by maxflow_export and prints "TOOL cpu=... wall=... value=..." for the best
of 2 runs (CPU = time.process_time, fair on a shared machine). igraph: Graph.maxflow_value and
Graph.maxflow (flow + cut, like innonet's default); graph-tool: boykov_kolmogorov_max_flow and
push_relabel_max_flow (graph-tool's flows need a directed graph: an undirected edge becomes two
arcs of the same capacity)."""
import sys, time, numpy as np, warnings
warnings.filterwarnings("ignore")
path, directed, tool = sys.argv[1], sys.argv[2] == 'd', sys.argv[3]
with open(path, 'rb') as f:
    n, m, s, t = (int(x) for x in np.frombuffer(f.read(32), dtype=np.int64))
    src = np.frombuffer(f.read(4*m), dtype=np.int32); dst = np.frombuffer(f.read(4*m), dtype=np.int32)
    w = np.frombuffer(f.read(8*m), dtype=np.float64)
edges = np.stack([src, dst], axis=1)
if tool.startswith('igraph'):
    import igraph as ig
    g = ig.Graph(n=n, edges=edges.tolist(), directed=directed); cap = w.tolist()
    fn = (lambda: g.maxflow_value(s, t, capacity=cap)) if tool == 'igraph_value' else (lambda: g.maxflow(s, t, capacity=cap).value)
else:
    import graph_tool.all as gt
    G = gt.Graph(directed=True); G.add_vertex(n)
    if directed:
        G.add_edge_list(edges); c = G.new_edge_property('double'); c.a = w
    else:
        G.add_edge_list(np.concatenate([edges, edges[:, ::-1]])); c = G.new_edge_property('double'); c.a = np.concatenate([w, w])
    S, T = G.vertex(s), G.vertex(t)
    algo = {'gt_bk': gt.boykov_kolmogorov_max_flow, 'gt_pr': gt.push_relabel_max_flow}[tool]
    def fn():
        res = algo(G, S, T, c)
        return sum(c[e] - res[e] for e in T.in_edges())
best = None
for _ in range(2):
    c0 = time.process_time(); w0 = time.perf_counter(); v = fn(); c1 = time.process_time(); w1 = time.perf_counter()
    if best is None or c1 - c0 < best[0]: best = (c1 - c0, w1 - w0, v)
print('%s cpu=%.3f wall=%.3f value=%s' % (tool, *best), flush=True)
