#include "tools/selected_graph.hpp"

#include <sstream>
#include <string_view>
#include <unordered_set>

#include "engine/selection.hpp"
#include "io/native_json.hpp"

namespace innonet::cli {
namespace {

using Json = nlohmann::ordered_json;

// Keeps the records `keep` accepts, in order.
template <class Keep>
void filter(Json& document, const char* section, Keep keep) {
  if (!document.contains(section)) return;
  Json kept = Json::array();
  std::size_t i = 0;
  for (auto& record : document[section])
    if (keep(record, i++)) kept.push_back(std::move(record));
  document[section] = std::move(kept);
}

std::string text_of(const Json& record, const char* key) {
  const auto it = record.find(key);
  return it == record.end() || !it->is_string() ? std::string() : it->get<std::string>();
}

}  // namespace

PropertyGraph selected_graph(const PropertyGraph& graph, const Selection& selection,
                             const std::string& words) {
  const CompiledSelection chosen(graph, selection);
  std::vector<bool> kept_node(graph.nodes().size());
  for (std::size_t i = 0; i < kept_node.size(); ++i)
    kept_node[i] = chosen.keeps_node(NodeRef{static_cast<std::int32_t>(i)});

  std::ostringstream text;
  io::write_native_json(graph, text);
  Json document = Json::parse(text.str());

  // Nodes, with each kept node's parent moved up past the nodes left out.
  filter(document, "nodes", [&](Json& record, std::size_t i) {
    if (!kept_node[i]) return false;
    auto parent = graph.nodes()[i].parent;
    while (parent && !kept_node[index(*parent)]) parent = graph.node(*parent).parent;
    if (parent)
      record["parent"] = graph.node(*parent).id;
    else
      record.erase("parent");
    return true;
  });
  // Ties: the writer lists them in EdgeRef order.
  filter(document, "edges", [&](const Json&, std::size_t i) {
    const Edge& e = graph.edges()[i];
    return chosen.keeps_edge(EdgeRef{static_cast<std::int32_t>(i)}) && kept_node[index(e.source)] &&
           kept_node[index(e.target)];
  });
  std::unordered_set<std::string> present;
  for (const auto& record : document["nodes"]) present.insert(text_of(record, "id"));
  filter(document, "groups", [&](Json& record, std::size_t) {
    const bool corridor = text_of(record, "kind") == "corridor";
    bool any = false;
    for (const char* key : {"members", "members_implied"}) {
      if (!record.contains(key)) continue;
      Json members = Json::array();
      for (const auto& m : record[key])
        if (m.is_string() && present.contains(m.get<std::string>())) members.push_back(m);
      // A corridor joins its stated members: without one of them it is another corridor, so
      // it is left out, as the report's tables leave it out (drop_corridors_outside).
      if (corridor && std::string_view(key) == "members" && members.size() != record[key].size())
        return false;
      any = any || !members.empty();
      record[key] = std::move(members);
    }
    return any;
  });
  if (document.contains("groups"))
    for (const auto& record : document["groups"]) present.insert(text_of(record, "id"));
  filter(document, "group_edges", [&](const Json& record, std::size_t) {
    return present.contains(text_of(record, "source")) &&
           present.contains(text_of(record, "target"));
  });
  filter(document, "indicators", [&](const Json& record, std::size_t) {
    return present.contains(text_of(record, "scope"));
  });
  if (!words.empty()) document["metadata"]["selection"] = words;
  return io::read_native_json(document.dump(), "the selection (" + words + ")");
}

}  // namespace innonet::cli
