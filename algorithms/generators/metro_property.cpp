// Ids, names and the PropertyGraph form of a metro network.
#include <string>

#include "algorithms/generators/metro.hpp"
#include "engine/property_graph_builder.hpp"

namespace innonet::generators {
namespace {

constexpr std::string_view kTypeNames[kMetroTypes] = {"city", "district",   "county",
                                                      "park", "university", "institute",
                                                      "lab",  "platform",   "tech_transfer_center",
                                                      "fund", "alliance",   "enterprise"};
constexpr std::string_view kTypeWords[kMetroTypes] = {
    "市",     "区",       "县",           "产业园", "大学",     "研究院",
    "实验室", "创新平台", "技术转移中心", "基金",   "创新联盟", "科技公司"};
constexpr std::string_view kKindNames[kMetroKinds] = {
    "tech_transfer", "flying_enclave", "partner_park", "joint_lab",    "branch",
    "talent",        "co_innovation",  "membership",   "corridor_link"};

}  // namespace

std::string_view metro_type_name(MetroType type) { return kTypeNames[static_cast<int>(type)]; }
std::string_view metro_kind_name(MetroKind kind) { return kKindNames[static_cast<int>(kind)]; }
bool metro_kind_directed(MetroKind kind) {
  return kind != MetroKind::co_innovation && kind != MetroKind::joint_lab &&
         kind != MetroKind::partner_park && kind != MetroKind::corridor_link;
}

std::string metro_node_id(const MetroNetwork& net, std::int64_t node) {
  const auto t = static_cast<int>(net.type[node]);
  return std::string(kTypeNames[t]) + "-" + std::to_string(node - net.type_begin[t]);
}

std::string metro_node_name(const MetroNetwork& net, std::int64_t node) {
  const auto t = static_cast<int>(net.type[node]);
  const auto& city = net.cities[net.city[node]];
  if (t == 0) return city.name;
  // The city's name without its final "市" (3 bytes of UTF-8), then the type word and a number.
  return city.name.substr(0, city.name.size() - 3) + std::string(kTypeWords[t]) +
         std::to_string(node - net.type_begin[t]);
}

nlohmann::ordered_json metro_metadata(const MetroNetwork& net, const MetroOptions& options) {
  nlohmann::ordered_json meta = nlohmann::ordered_json::object();
  meta["name"] = "metro (synthetic)";
  meta["description"] =
      "Synthetic regional innovation network made by `innonet generate metro`: Zipf city sizes, "
      "heavy-tailed nesting by parent, gravity-model ties. Not real data.";
  meta["generator"] = "metro";
  meta["seed"] = options.seed;
  meta["nodes"] = net.num_nodes();
  meta["ties"] = net.num_ties();
  meta["ties_per_node"] = options.ties_per_node;
  return meta;
}

namespace {

// Nodes 0..nodes-1 and ties 0..ties-1 of the network, every corridor, the metadata.
PropertyGraph metro_part(const MetroNetwork& net, const MetroOptions& options, std::int64_t nodes,
                         std::int64_t ties) {
  PropertyGraphBuilder b;
  b.reserve(nodes, ties);
  for (const auto name : kTypeNames) b.intern_type(std::string(name));
  for (const auto name : kKindNames) b.intern_kind(std::string(name));
  b.intern_evidence("stated");
  b.intern_evidence("implied");
  b.set_metadata(metro_metadata(net, options));
  for (std::int64_t v = 0; v < nodes; ++v) {
    NodeSpec spec;
    spec.id = metro_node_id(net, v);
    spec.name = metro_node_name(net, v);
    if (v < std::ssize(net.cities)) spec.name_en = net.cities[v].name_en;
    spec.type = std::string(kTypeNames[static_cast<int>(net.type[v])]);
    if (net.parent[v] >= 0) spec.parent = metro_node_id(net, net.parent[v]);
    spec.coordinates = GeoPoint{net.latitude_deg[v], net.longitude_deg[v]};
    b.add_node(std::move(spec));
  }
  for (std::int64_t e = 0; e < ties; ++e) {
    EdgeSpec spec;
    spec.source = metro_node_id(net, net.source[e]);
    spec.target = metro_node_id(net, net.target[e]);
    spec.kind = std::string(metro_kind_name(net.kind[e]));
    spec.direction =
        metro_kind_directed(net.kind[e]) ? EdgeDirection::directed : EdgeDirection::undirected;
    spec.weight = net.weight[e];
    spec.year = net.year[e];
    spec.evidence = net.implied[e] ? "implied" : "stated";
    b.add_edge(std::move(spec));
  }
  for (const auto& corridor : net.corridors) {
    GroupSpec spec;
    spec.id = corridor.id;
    spec.name = corridor.name;
    spec.name_en = corridor.name_en;
    spec.kind = GroupKind::corridor;
    for (const auto c : corridor.cities) spec.members.push_back(metro_node_id(net, c));
    b.add_group(std::move(spec));
  }
  return b.build();
}

}  // namespace

PropertyGraph metro_property_graph(const MetroNetwork& net, const MetroOptions& options) {
  return metro_part(net, options, net.num_nodes(), net.num_ties());
}

PropertyGraph metro_city_graph(const MetroNetwork& net, const MetroOptions& options) {
  return metro_part(net, options, std::ssize(net.cities), 0);
}

}  // namespace innonet::generators
