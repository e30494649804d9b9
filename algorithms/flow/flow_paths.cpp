#include "algorithms/flow/flow_paths.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace innonet::flow {
namespace {

struct Walker {
  const CsrGraph& g;
  std::vector<double>& flow;
  std::vector<ArcIndex> next;  // first arc of each vertex that may still carry flow
  double zero;

  // The first out-arc of v with flow, or -1; arcs passed over stay empty (flows only decrease).
  ArcIndex first_arc(Vertex v) {
    for (; next[v] < g.out_begin(v + 1); ++next[v])
      if (flow[next[v]] > zero) return next[v];
    return -1;
  }

  // Subtracts the smallest flow on `arcs` from all of them; the smallest become exactly 0.
  double drain(std::span<const ArcIndex> arcs) {
    double least = flow[arcs.front()];
    for (const ArcIndex a : arcs) least = std::min(least, flow[a]);
    for (const ArcIndex a : arcs) flow[a] = flow[a] - least <= zero ? 0.0 : flow[a] - least;
    return least;
  }
};

}  // namespace

FlowDecomposition decompose_flow(const CsrGraph& g, std::span<const double> arc_flow,
                                 std::span<const Vertex> sources, std::span<const Vertex> sinks,
                                 const DecomposeOptions& options) {
  if (arc_flow.size() != g.out_targets().size())
    throw std::invalid_argument("arc_flow: one value per CSR out-arc expected");
  double largest = 0.0;
  for (const double f : arc_flow) {
    if (!(f >= 0.0)) throw std::invalid_argument("arc_flow: negative or not a number");
    largest = std::max(largest, f);
  }
  std::vector<double> flow(arc_flow.begin(), arc_flow.end());
  Walker walker{.g = g, .flow = flow, .next = {}, .zero = options.zero * largest};
  walker.next.resize(static_cast<std::size_t>(g.num_nodes()));
  for (Vertex v = 0; v < g.num_nodes(); ++v) walker.next[v] = g.out_begin(v);
  std::vector<std::uint8_t> is_sink(static_cast<std::size_t>(g.num_nodes()), 0);
  for (const Vertex t : sinks) is_sink[t] = 1;
  std::vector<std::int64_t> on_walk(static_cast<std::size_t>(g.num_nodes()), -1);

  FlowDecomposition out;
  out.acyclic_flow.assign(flow.size(), 0.0);
  for (const Vertex s : sources) {
    std::vector<Vertex> walk{s};
    std::vector<ArcIndex> arcs;
    on_walk[s] = 0;
    while (!walk.empty()) {
      const Vertex at = walk.back();
      if (is_sink[at] && !arcs.empty()) {  // a path: record it, start again from the source
        FlowPath path{.vertices = walk, .arcs = arcs, .value = walker.drain(arcs)};
        for (const ArcIndex a : arcs) out.acyclic_flow[a] += path.value;
        out.paths.push_back(std::move(path));
        for (const Vertex v : walk) on_walk[v] = -1;
        walk.assign(1, s);
        arcs.clear();
        on_walk[s] = 0;
        continue;
      }
      const ArcIndex a = walker.first_arc(at);
      if (a < 0 && walk.size() == 1) {  // the source is spent
        on_walk[at] = -1;
        break;
      }
      if (a < 0) {  // rounding stranded the walk: drop the last arc's flow and step back
        out.dropped += flow[arcs.back()];
        flow[arcs.back()] = 0.0;
        on_walk[at] = -1;
        walk.pop_back();
        arcs.pop_back();
        continue;
      }
      const Vertex to = g.out_targets()[a];
      if (on_walk[to] < 0) {
        on_walk[to] = static_cast<std::int64_t>(walk.size());
        walk.push_back(to);
        arcs.push_back(a);
        continue;
      }
      // A cycle back to `to`: cancel it and continue from there.
      const auto from = static_cast<std::size_t>(on_walk[to]);
      std::vector<ArcIndex> cycle(arcs.begin() + static_cast<std::ptrdiff_t>(from), arcs.end());
      cycle.push_back(a);
      out.cycle_flow += walker.drain(cycle);
      ++out.cycles_cancelled;
      for (std::size_t k = from + 1; k < walk.size(); ++k) on_walk[walk[k]] = -1;
      walk.resize(from + 1);
      arcs.resize(from);
    }
  }
  for (const double f : flow) out.dropped += f > walker.zero ? f : 0.0;
  return out;
}

}  // namespace innonet::flow
