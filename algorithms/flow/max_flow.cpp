#include "algorithms/flow/max_flow.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "algorithms/flow/flow_core.hpp"
#include "algorithms/flow/push_relabel.hpp"
#include "algorithms/flow/residual.hpp"

namespace innonet::flow {
namespace {

// Peeled vertices (not in the residual network) hang off the core through arcs that carry no
// flow, so one is on the source side when a source-side vertex reaches it through arcs of
// positive capacity, as it would in the residual network of the whole graph.
void extend_source_side(const CsrGraph& g, std::span<const std::uint8_t> keep,
                        std::vector<std::uint8_t>& source_side) {
  std::vector<Vertex> queue;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (source_side[v]) queue.push_back(v);
  const auto targets = g.out_targets();
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const Vertex u = queue[i];
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex w = targets[a];
      if (keep[w] || source_side[w] || !(arc_capacity(g, a) > 0.0)) continue;
      source_side[w] = 1;
      queue.push_back(w);
    }
  }
}

void fill_flow_and_cut(const CsrGraph& g, const ResidualNetwork& net,
                       const detail::PushRelabel& engine, std::span<const Vertex> sources,
                       std::span<const std::uint8_t> keep, MaxFlowResult& r) {
  const auto m = g.num_arcs();
  r.arc_flow.assign(m, 0.0);
  for (ArcIndex a = 0; a < m; ++a) {
    const ArcIndex f = net.forward[a];
    if (f >= 0) r.arc_flow[a] = std::max(0.0, net.capacity[f] - engine.residual(f));
  }
  engine.mark_reachable(sources, r.source_side);
  if (!keep.empty()) extend_source_side(g, keep, r.source_side);
  const auto targets = g.out_targets();
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    if (!r.source_side[u]) continue;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const double capacity = arc_capacity(g, a);
      if (r.source_side[targets[a]] || capacity <= 0.0) continue;
      r.cut.push_back({u, targets[a], a, capacity});
      r.cut_capacity += capacity;
    }
  }
}

}  // namespace

MaxFlowResult max_flow(const CsrGraph& g, std::span<const Vertex> sources,
                       std::span<const Vertex> sinks, const MaxFlowOptions& options) {
  check_terminals(sources, g.num_nodes(), "sources");
  check_terminals(sinks, g.num_nodes(), "sinks");
  check_disjoint(sources, sinks, g.num_nodes(), "sources", "sinks");
  // Dead ends carry no flow: the residual network is built on the flow core only. On a
  // generated 2M-organisation metro network 60% of the vertices are dead ends but they hold only
  // ~9% of the arcs, so `innonet flow` peaked at 2.17 GB instead of 2.20 GB there.
  std::vector<std::uint8_t> keep = flow_core_mask(g, sources, sinks);
  if (std::find(keep.begin(), keep.end(), 0) == keep.end()) keep.clear();  // nothing peeled
  const ResidualNetwork net = build_residual(g, UndirectedArcs::shared, keep);
  detail::PushRelabel engine(net);
  engine.saturate_from(sources);
  engine.run(sinks, sources);  // phase 1: a maximum preflow
  MaxFlowResult r;
  for (const Vertex t : sinks) r.value += engine.excess(t);
  if (options.detail == FlowDetail::flow_and_cut) {
    engine.run(sources, sinks);  // phase 2: stranded excess goes back to the sources
    fill_flow_and_cut(g, net, engine, sources, keep, r);
  }
  const auto& stats = engine.stats();
  r.pushes = stats.pushes;
  r.relabels = stats.relabels;
  r.global_relabels = stats.global_relabels;
  r.gaps = stats.gaps;
  return r;
}

MaxFlowResult max_flow(const CsrGraph& g, Vertex source, Vertex sink,
                       const MaxFlowOptions& options) {
  check_terminals(std::span<const Vertex>(&source, 1), g.num_nodes(), "source");
  check_terminals(std::span<const Vertex>(&sink, 1), g.num_nodes(), "sink");
  if (source == sink)
    throw std::invalid_argument("sink: source == sink (vertex " + std::to_string(sink) + ")");
  const Vertex sources[] = {source};
  const Vertex sinks[] = {sink};
  return max_flow(g, sources, sinks, options);
}

}  // namespace innonet::flow
