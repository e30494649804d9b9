#include "tools/zones.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <tuple>

#include "engine/csr_build.hpp"
#include "engine/error.hpp"
#include "engine/selection.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

}  // namespace

Zones read_zones(const PropertyGraph& graph, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open the zones file");
  Zones zones;
  zones.zone_of.assign(static_cast<std::size_t>(graph.num_nodes()), -1);
  std::vector<std::int32_t> listed_as(zones.zone_of.size(), -1);
  std::int64_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string text = trim(line);
    if (text.empty() || text[0] == '#') continue;
    const auto comma = text.find(',');
    if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos)
      throw ParseError(path, number, 1,
                       "expected 'node,zone' (two fields), found \"" + text + "\"");
    const std::string node_text = trim(text.substr(0, comma)), zone = trim(text.substr(comma + 1));
    if (zones.names.empty() && node_text == "node" && zone == "zone") continue;  // header
    if (node_text.empty() || zone.empty())
      throw ParseError(path, number, node_text.empty() ? 1 : static_cast<std::int64_t>(comma) + 2,
                       "expected a node and a zone, found an empty field");
    std::optional<NodeRef> node;
    try {
      node = find_node_named(graph, node_text);
    } catch (const UsageError& e) {
      throw ParseError(path, number, 1, e.what());
    }
    if (!node)
      throw ParseError(path, number, 1,
                       unknown_id_message(node_ids_and_names(graph), node_text, "node"));
    if (listed_as[index(*node)] >= 0)
      throw ValidationError(path + ":" + std::to_string(number),
                            "node '" + graph.node(*node).id + "' is listed twice");
    auto at = std::find(zones.names.begin(), zones.names.end(), zone);
    if (at == zones.names.end()) {
      zones.names.push_back(zone);
      zones.listed.emplace_back();
      at = zones.names.end() - 1;
    }
    const auto z = static_cast<std::int32_t>(at - zones.names.begin());
    listed_as[index(*node)] = z;
    zones.listed[z].push_back(*node);
  }
  if (zones.names.empty()) throw ParseError(path, number, 1, "no 'node,zone' line found");
  for (std::int32_t i = 0; i < graph.num_nodes(); ++i)  // own zone, else the nearest ancestor's
    for (std::optional<NodeRef> x = NodeRef{i}; x; x = graph.node(*x).parent)
      if (listed_as[index(*x)] >= 0) {
        zones.zone_of[i] = listed_as[index(*x)];
        break;
      }
  return zones;
}

ZoneRollup rollup_zones(const PropertyGraph& graph, const Selection& selection,
                        const Zones& zones) {
  ZoneRollup out;
  out.nodes_in_zone.assign(zones.names.size(), 0);
  for (const auto z : zones.zone_of)
    if (z >= 0) ++out.nodes_in_zone[z];
  std::map<std::tuple<std::int32_t, std::int32_t, std::string>, ZoneRollup::Pair> pairs;
  const EdgeFilter filter(graph, selection);
  for (std::int32_t i = 0; i < graph.num_edges(); ++i) {
    if (!filter.keeps(EdgeRef{i})) continue;
    ++out.edges_selected;
    const Edge& e = graph.edge(EdgeRef{i});
    std::int32_t a = zones.zone_of[index(e.source)], b = zones.zone_of[index(e.target)];
    if (a < 0 || b < 0) {
      ++out.edges_unzoned;
      continue;
    }
    if (a > b) std::swap(a, b);
    (a == b ? out.edges_inside : out.edges_between) += 1;
    auto& pair = pairs[{a, b, graph.kind_name(e.kind)}];
    pair.a = a, pair.b = b, pair.kind = graph.kind_name(e.kind);
    ++pair.edges;
    pair.weight_sum += e.weight;
  }
  for (auto& [key, pair] : pairs) out.pairs.push_back(std::move(pair));
  return out;
}

ZoneNetwork project_zones(const PropertyGraph& graph, const Selection& selection,
                          const Zones& zones) {
  const CompiledSelection chosen(graph, selection);
  ZoneNetwork out;
  out.ties_inside.assign(zones.names.size(), 0);
  EdgeList list;
  list.num_nodes = static_cast<Vertex>(zones.names.size());
  const bool weighted = selection.weighting != Weighting::unit;
  const bool symmetric = selection.direction == ProjectedDirection::undirected;
  for (std::int32_t i = 0; i < graph.num_edges(); ++i) {
    if (!chosen.keeps_edge(EdgeRef{i})) continue;
    const Edge& e = graph.edge(EdgeRef{i});
    const std::int32_t a = zones.zone_of[index(e.source)], b = zones.zone_of[index(e.target)];
    if (a < 0 || b < 0 || !chosen.keeps_node(e.source) || !chosen.keeps_node(e.target)) {
      ++out.ties_unzoned;
      continue;
    }
    if (a == b) {
      ++out.ties_inside[a];
      continue;
    }
    const bool both_ways = !symmetric && e.direction == EdgeDirection::undirected;
    for (int copy = 0; copy < (both_ways ? 2 : 1); ++copy) {
      list.sources.push_back(copy ? b : a);
      list.targets.push_back(copy ? a : b);
      if (weighted) list.weights.push_back(chosen.weight(e));
    }
  }
  out.graph = build_csr(list, {.direction = symmetric ? Direction::undirected : Direction::directed,
                               .merge = selection.merge,
                               .self_loops = SelfLoops::drop});
  return out;
}

}  // namespace innonet::cli
