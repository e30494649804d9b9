#include "algorithms/paths/length_rule.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string>

namespace innonet::paths {
namespace {

std::vector<double> lengths_of(std::span<const double> weights, std::int64_t arcs,
                               LengthRule rule) {
  if (weights.empty() || rule == LengthRule::hops) return std::vector<double>(arcs, 1.0);
  std::vector<double> lengths(arcs);
  for (std::int64_t a = 0; a < arcs; ++a) {
    const double w = weights[a];
    if (w < 0.0 || (rule == LengthRule::inverse_weight && w <= 0.0))
      throw std::invalid_argument(
          "weight: arc " + std::to_string(a) + " has weight " + std::to_string(w) +
          (rule == LengthRule::inverse_weight ? "; length = 1/weight needs weights > 0"
                                              : "; lengths must be >= 0"));
    lengths[a] = arc_length(w, rule);
  }
  return lengths;
}

}  // namespace

std::vector<double> arc_lengths(const CsrGraph& g, LengthRule rule) {
  return lengths_of(g.out_weight_array(), g.num_arcs(), rule);
}

std::vector<double> in_arc_lengths(const CsrGraph& g, LengthRule rule) {
  return lengths_of(g.in_weight_array(), g.num_arcs(), rule);
}

std::vector<Vertex> path_from_parents(const std::vector<Vertex>& parent, Vertex source,
                                      Vertex target) {
  if (parent[target] == kNoVertex) return {};
  std::vector<Vertex> path{target};
  for (Vertex v = target; v != source; v = parent[v]) path.push_back(parent[v]);
  std::reverse(path.begin(), path.end());
  return path;
}

void check_vertex(const CsrGraph& g, Vertex v, const char* name) {
  if (v < 0 || v >= g.num_nodes())
    throw std::invalid_argument(std::string(name) + ": vertex " + std::to_string(v) +
                                " is not in 0.." + std::to_string(g.num_nodes() - 1));
}

}  // namespace innonet::paths
