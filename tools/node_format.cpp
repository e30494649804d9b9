#include "tools/node_format.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "engine/error.hpp"

namespace innonet::cli {

std::int32_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::int32_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::int32_t diagonal = row[0];
    row[0] = static_cast<std::int32_t>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::int32_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string_view> all_ids(const PropertyGraph& graph) {
  std::vector<std::string_view> ids;
  for (const auto& n : graph.nodes()) ids.push_back(n.id);
  for (const auto& e : graph.edges())
    if (!e.id.empty()) ids.push_back(e.id);
  for (const auto& g : graph.groups()) ids.push_back(g.id);
  for (const auto& e : graph.group_edges()) ids.push_back(e.id);
  for (const auto& i : graph.indicators()) ids.push_back(i.id);
  return ids;
}

std::vector<std::string> closest_ids(std::span<const std::string_view> known, std::string_view id) {
  const auto limit = std::max<std::int32_t>(2, static_cast<std::int32_t>(id.size()) / 3);
  std::vector<std::pair<std::int32_t, std::string_view>> near;
  for (const auto candidate : known) {
    // Lengths differing by more than the limit cannot be within it; skip the O(l^2) work.
    if (std::abs(static_cast<std::int64_t>(candidate.size()) - std::ssize(id)) > limit) continue;
    const auto d = edit_distance(candidate, id);
    if (d <= limit) near.emplace_back(d, candidate);
  }
  std::stable_sort(near.begin(), near.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> best;
  for (const auto& [d, candidate] : near) {
    if (best.size() == 3 || d > near.front().first) break;  // only the closest ones
    if (std::find(best.begin(), best.end(), candidate) == best.end()) best.emplace_back(candidate);
  }
  return best;
}

std::string unknown_id_message(std::span<const std::string_view> known, std::string_view id,
                               std::string_view what) {
  std::string message = "unknown " + std::string(what) + " '" + std::string(id) + "'";
  const auto near = closest_ids(known, id);
  for (std::size_t k = 0; k < near.size(); ++k)
    message += (k == 0 ? "; did you mean '" : (k + 1 == near.size() ? "' or '" : "', '")) + near[k];
  if (!near.empty()) message += "'?";
  return message;
}

namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<NodeRef> find_node_named(const PropertyGraph& graph, std::string_view text) {
  if (const auto node = graph.find_node(text)) return node;
  std::vector<NodeRef> found;
  for (std::int32_t i = 0; i < graph.num_nodes(); ++i) {
    const Node& n = graph.node(NodeRef{i});
    // name_zh: the original name under --lang en (tools/english_names.hpp).
    const auto zh = n.attributes.find("name_zh");
    if (n.name == text || same_ignoring_case(n.id, text) ||
        (!n.name_en.empty() && same_ignoring_case(n.name_en, text)) ||
        (zh != n.attributes.end() && zh->is_string() && zh->get<std::string>() == text))
      found.push_back(NodeRef{i});
  }
  if (found.size() <= 1) return found.empty() ? std::nullopt : std::optional{found.front()};
  std::string list;
  for (const NodeRef r : found)
    list += (list.empty() ? "" : ", ") + graph.node(r).id + " (" + graph.node(r).name + ", " +
            graph.type_name(graph.node(r).type) + ")";
  throw UsageError("'" + std::string(text) + "' names " + std::to_string(found.size()) +
                   " nodes: " + list + "; give the id");
}

std::vector<std::string_view> node_ids_and_names(const PropertyGraph& graph) {
  std::vector<std::string_view> known;
  for (const auto& n : graph.nodes()) {
    known.push_back(n.id);
    known.push_back(n.name);
    if (!n.name_en.empty()) known.push_back(n.name_en);
  }
  return known;
}

NodeRef require_node(const PropertyGraph& graph, std::string_view id) {
  if (const auto node = find_node_named(graph, id)) return *node;
  throw UsageError(unknown_id_message(node_ids_and_names(graph), id, "node id"));
}

std::string value_text(const nlohmann::ordered_json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  if (value.is_object() && value.contains("value")) {
    std::string text = value_text(value["value"]);
    if (value.contains("unit")) text.append(" ").append(value_text(value["unit"]));
    if (value.contains("year")) text.append(" (").append(value_text(value["year"])).append(")");
    return text;
  }
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

output::Cell year_cell(std::int32_t year) {
  if (year == kNoYear) return std::monostate{};
  return std::int64_t{year};
}

std::string direction_name(EdgeDirection direction) {
  return direction == EdgeDirection::directed ? "directed" : "undirected";
}

std::string group_kind_name(GroupKind kind) {
  return kind == GroupKind::corridor ? "corridor" : "region";
}

}  // namespace innonet::cli
