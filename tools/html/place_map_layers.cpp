#include "tools/html/place_map_layers.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "tools/html/markup.hpp"

namespace innonet::html::detail {
namespace {

// (place a, place b, kind, evidence) with a < b.
using TieKey = std::tuple<std::int32_t, std::int32_t, std::int32_t, std::int32_t>;

nlohmann::json edge_record(const PropertyGraph& g, EdgeRef r) {
  const Edge& e = g.edge(r);
  nlohmann::json quotes = nlohmann::json::array();
  for (const auto& q : e.sources) quotes.push_back({{"document", q.document}, {"quote", q.quote}});
  const Node& s = g.node(e.source);
  const Node& t = g.node(e.target);
  return {{"id", g.edge_label(r)},
          {"source", s.name.empty() ? s.id : s.name},
          {"target", t.name.empty() ? t.id : t.name},
          {"kind", g.kind_name(e.kind)},
          {"evidence", g.evidence_name(e.evidence)},
          {"year", e.year == kNoYear ? nlohmann::json() : nlohmann::json(e.year)},
          {"weight", e.weight},
          {"quotes", quotes}};
}

std::string place_name(const PropertyGraph& g, NodeRef r) {
  return g.node(r).name.empty() ? g.node(r).id : g.node(r).name;
}

std::string line(double x1, double y1, double x2, double y2) {
  return " x1=\"" + number(x1, 6) + "\" y1=\"" + number(y1, 6) + "\" x2=\"" + number(x2, 6) +
         "\" y2=\"" + number(y2, 6) + "\"";
}

std::string legend_entries(const PropertyGraph& g, const std::set<std::int32_t>& kinds) {
  std::string out;
  for (auto k : kinds)
    out +=
        "<span class=\"legend-kind\"><svg width=\"26\" height=\"10\"><line x1=\"1\" y1=\"5\" "
        "x2=\"25\" y2=\"5\" stroke=\"" +
        category_colour(static_cast<std::size_t>(k)) + "\" stroke-width=\"3\"/></svg>" +
        escape(g.kind_names()[k]) + "</span> ";
  out +=
      "<span class=\"legend-kind\"><svg width=\"26\" height=\"10\"><line x1=\"1\" y1=\"5\" "
      "x2=\"25\" y2=\"5\" stroke=\"#555\" stroke-width=\"2\"/></svg>stated</span> "
      "<span class=\"legend-kind\"><svg width=\"26\" height=\"10\"><line x1=\"1\" y1=\"5\" "
      "x2=\"25\" y2=\"5\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/></svg>"
      "implied</span> <span class=\"legend-kind\"><span class=\"score-scale\"></span>corridor "
      "composite 0 → 1</span> <span class=\"legend-kind\"><svg width=\"14\" height=\"14\">"
      "<circle cx=\"7\" cy=\"7\" r=\"5\" class=\"place-marker left-out\"/></svg>left out</span>";
  return out;
}

}  // namespace

std::string tie_layer(const PropertyGraph& g, std::vector<Place>& places,
                      const std::vector<std::int32_t>& place_of, nlohmann::json& ties,
                      std::vector<std::string>& legend) {
  std::map<TieKey, std::vector<EdgeRef>> groups;
  for (std::int32_t i = 0; i < g.num_edges(); ++i) {
    const Edge& e = g.edge(EdgeRef{i});
    const auto a = place_of[index(e.source)], b = place_of[index(e.target)];
    if (a < 0 || b < 0 || a == b) continue;
    ++places[a].ties, ++places[b].ties;
    groups[{std::min(a, b), std::max(a, b), index(e.kind), index(e.evidence)}].push_back(
        EdgeRef{i});
  }
  std::map<std::pair<std::int32_t, std::int32_t>, int> per_pair, seen;
  for (const auto& [key, edges] : groups) ++per_pair[{std::get<0>(key), std::get<1>(key)}];
  std::set<std::int32_t> kinds;
  std::string out = "<g class=\"ties\">\n";
  ties = nlohmann::json::array();
  for (const auto& [key, edges] : groups) {
    const auto [a, b, kind, evidence] = key;
    const Place& pa = places[a];
    const Place& pb = places[b];
    const int k = seen[{a, b}]++, count = per_pair[{a, b}];
    const double length = std::max(std::hypot(pb.x - pa.x, pb.y - pa.y), 1e-9);
    const double shift = (k - (count - 1) / 2.0) * 4.5;  // parallel lines side by side
    const double nx = -(pb.y - pa.y) / length * shift, ny = (pb.x - pa.x) / length * shift;
    const std::string& kind_name = g.kind_names()[kind];
    const std::string& evidence_name = g.evidence_names()[evidence];
    const std::string& an =
        g.node(pa.node).name.empty() ? g.node(pa.node).id : g.node(pa.node).name;
    const std::string& bn =
        g.node(pb.node).name.empty() ? g.node(pb.node).id : g.node(pb.node).name;
    kinds.insert(kind);
    std::string title = an;
    title.append(" – ").append(bn).append(": ").append(kind_name).append(" ×");
    title.append(std::to_string(edges.size())).append(" (").append(evidence_name).append(")");
    out += "<line class=\"tie\"" + line(pa.x + nx, pa.y + ny, pb.x + nx, pb.y + ny) + " stroke=\"" +
           category_colour(static_cast<std::size_t>(kind)) + "\" stroke-width=\"" +
           number(std::min(1.6 + 1.2 * double(edges.size() - 1), 9.0), 3) + "\"" +
           (evidence_name == "stated" ? "" : " stroke-dasharray=\"6 4\"") + " data-tie=\"" +
           std::to_string(ties.size()) + "\" data-a=\"" + escape(g.node(pa.node).id) +
           "\" data-b=\"" + escape(g.node(pb.node).id) + "\" data-kind=\"" + escape(kind_name) +
           "\" data-evidence=\"" + escape(evidence_name) + "\" data-count=\"" +
           std::to_string(edges.size()) + "\"><title>" + escape(title) + "</title></line>\n";
    nlohmann::json record{{"a", an},
                          {"b", bn},
                          {"kind", kind_name},
                          {"evidence", evidence_name},
                          {"count", edges.size()},
                          {"edges", nlohmann::json::array()}};
    for (EdgeRef e : edges) record["edges"].push_back(edge_record(g, e));
    ties.push_back(std::move(record));
  }
  legend.push_back(legend_entries(g, kinds));
  return out + "</g>\n";
}

std::string corridor_layer(const PropertyGraph& g, const std::vector<Place>& places,
                           const std::vector<std::int32_t>& place_of,
                           const std::vector<planner::CorridorScore>& corridors,
                           std::vector<std::string>& notes) {
  std::string out = "<g class=\"corridors\">\n";
  // Corridors inside one place (e.g. a district corridor within 南京) are drawn as rings round
  // that place, each further ring a band wider, so that none hides another.
  std::map<std::int32_t, int> rings_at;
  // Worst first, so the best corridor is drawn on top.
  for (auto it = corridors.rbegin(); it != corridors.rend(); ++it) {
    const auto& c = it->breakdown.corridor;
    std::vector<std::int32_t> stops;
    for (NodeRef m : c.members) {
      const auto p = place_of[index(m)];
      if (p >= 0 && std::find(stops.begin(), stops.end(), p) == stops.end()) stops.push_back(p);
    }
    const std::string data = "\" stroke=\"" + score_colour(it->composite) + "\" data-corridor=\"" +
                             escape(c.id) + "\" data-composite=\"" + number(it->composite, 17) +
                             "\" data-rank=\"" + std::to_string(it->rank) + "\"><title>" +
                             escape(c.name) + ": composite " + number(it->composite, 3) +
                             " (rank " + std::to_string(it->rank) + ")";
    if (stops.empty()) {
      notes.push_back("corridor " + c.name +
                      ": none of its members lies in a place with coordinates, so it is not "
                      "drawn on the map");
      continue;
    }
    if (stops.size() == 1) {
      const Place& at = places[stops.front()];
      const int ring = rings_at[stops.front()]++;
      out += "<circle class=\"corridor corridor-ring\" cx=\"" + number(at.x, 6) + "\" cy=\"" +
             number(at.y, 6) + "\" r=\"" + number(at.radius + 9.0 + 10.0 * ring, 6) + data +
             ", all members in " + escape(place_name(g, at.node)) + "</title></circle>\n";
      continue;
    }
    std::string d;
    for (auto p : stops)
      d += (d.empty() ? "M" : " L") + number(places[p].x, 6) + " " + number(places[p].y, 6);
    out += "<path class=\"corridor\" d=\"";
    out += d;
    out += data;
    out += "</title></path>\n";
  }
  return out + "</g>\n";
}

}  // namespace innonet::html::detail
