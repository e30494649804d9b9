#include "algorithms/planner/masses.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace innonet::planner {

std::vector<std::int64_t> subtree_sizes(const PropertyGraph& graph) {
  const auto n = graph.num_nodes();
  std::vector<std::int64_t> size(static_cast<std::size_t>(n), 1);
  // Deepest first, so every child is final before it is added to its parent.
  std::vector<std::int32_t> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    return graph.depth(static_cast<NodeRef>(a)) > graph.depth(static_cast<NodeRef>(b));
  });
  for (auto v : order)
    if (const auto parent = graph.node(static_cast<NodeRef>(v)).parent)
      size[index(*parent)] += size[v];
  return size;
}

PlaceMasses place_masses(const PropertyGraph& graph, const std::vector<NodeRef>& places,
                         const MassOptions& options) {
  PlaceMasses out{.places = places};
  if (!options.metric.empty()) {
    std::vector<std::string> missing;
    for (auto place : places) {
      const Indicator* best = nullptr;
      for (const auto& i : graph.indicators())
        if (i.scope == graph.node(place).id && i.metric == options.metric && i.kind == "actual" &&
            std::isfinite(i.value) && i.year != kNoYear &&
            (!options.year || i.year <= *options.year) && (!best || i.year > best->year))
          best = &i;
      if (best)
        out.mass.push_back(best->value);
      else
        missing.push_back(graph.node(place).id);
    }
    if (missing.empty()) {
      out.basis = "indicator " + options.metric;
      return out;
    }
    std::string list;
    for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
    out.notes.push_back("indicator '" + options.metric + "' missing for " + list +
                        "; using the proxy for every place");
    out.mass.clear();
  }
  const auto sizes = subtree_sizes(graph);
  for (auto place : places) out.mass.push_back(static_cast<double>(sizes[index(place)]));
  out.basis = "proxy: subtree size (organisations known under each place)";
  return out;
}

}  // namespace innonet::planner
