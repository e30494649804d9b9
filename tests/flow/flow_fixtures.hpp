#pragma once
// Graphs written inline in tests/fixtures/flow/*.json by make_flow.py:
// {"n", "directed", "edges": [[u, v, w, extra...]]}, no parallel edges, built with
// MergeRule::keep so edge i is arc find_arc(u, v). Header-only: the flow and paths tests share it.
#include <nlohmann/json.hpp>
#include <vector>

#include "engine/csr_build.hpp"
#include "tests/support/fixtures.hpp"

namespace innonet::testing {

inline CsrGraph json_graph(const nlohmann::json& doc) {
  if (doc.contains("graph")) return fixture_csr(doc["graph"].get<std::string>());
  EdgeList edges;
  edges.num_nodes = doc["n"].get<Vertex>();
  for (const auto& e : doc["edges"]) {
    edges.sources.push_back(e[0].get<Vertex>());
    edges.targets.push_back(e[1].get<Vertex>());
    edges.weights.push_back(e[2].get<double>());
  }
  return build_csr(edges, {.direction = doc["directed"].get<bool>() ? Direction::directed
                                                                    : Direction::undirected});
}

// Column `column` of the edge list ([u, v, w, c...]) as a vector parallel to g's out-arcs (both
// arcs of an undirected edge get the value).
inline std::vector<double> json_arc_values(const CsrGraph& g, const nlohmann::json& doc,
                                           int column) {
  std::vector<double> values(g.num_arcs(), 0.0);
  for (const auto& e : doc["edges"]) {
    const Vertex u = e[0].get<Vertex>(), v = e[1].get<Vertex>();
    values[g.find_arc(u, v)] = e[column].get<double>();
    if (!g.is_directed()) values[g.find_arc(v, u)] = e[column].get<double>();
  }
  return values;
}

}  // namespace innonet::testing
