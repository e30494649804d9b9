#pragma once
// `metro`: a synthetic regional innovation network with the schema of the built-in
// nanjing-metro dataset, from a thousand to a hundred million nodes.
//
// Model. Cities get Zipf sizes (size ∝ 1/rank) and random positions in a box around the
// Nanjing metropolitan area (rank 1 sits at Nanjing). Every other node type is apportioned to
// cities by size and nested under a parent of the same city (district/county -> city, park ->
// district or county, lab -> university, institute or park, enterprise -> park or district, ...),
// the parent drawn with probability proportional to a Pareto(2.2) attractiveness, so children
// per parent are heavy-tailed; coordinates scatter around the parent. Ties of every kind are
// drawn by kind share; the source by attractiveness among its allowed types, the target city by
// a gravity model (weight W_type(city') / (d + 10 km)^2, W the attractiveness present there),
// the target node by attractiveness within that city; partner parks and flying enclaves always
// cross cities. Years 2000-2025 lean recent; weights are heavy-tailed integers; evidence is
// "stated" or "implied". A few corridors chain nearby large cities, linked by corridor_link ties.
//
// Storage is compact (struct of arrays, about 33 bytes per node and 16 per tie) so that 10^8
// nodes fit; metro_property_graph() turns a small network into a PropertyGraph, and the CLI
// streams large ones to the native JSON or CSV format. Node v's id is metro_node_id():
// "<type>-<k>". Deterministic at any thread count: per-node draws are hash64(seed, node), ties are
// made in blocks of kGenerateBlock from BlockRng(seed + block). Cost: O((n + m) log n).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/huge_array.hpp"
#include "engine/property_graph.hpp"

namespace innonet::generators {

// Node types and tie kinds, in the order the vocabularies list them.
enum class MetroType : std::uint8_t {
  city,
  district,
  county,
  park,
  university,
  institute,
  lab,
  platform,
  tech_transfer_center,
  fund,
  alliance,
  enterprise
};
inline constexpr int kMetroTypes = 12;
enum class MetroKind : std::uint8_t {
  tech_transfer,
  flying_enclave,
  partner_park,
  joint_lab,
  branch,
  talent,
  co_innovation,
  membership,
  corridor_link
};
inline constexpr int kMetroKinds = 9;

std::string_view metro_type_name(MetroType type);
std::string_view metro_kind_name(MetroKind kind);
bool metro_kind_directed(MetroKind kind);

struct MetroOptions {
  std::int64_t num_nodes = 1000;  // total, cities included; 100 .. 2^31 - 1
  double ties_per_node = 2.5;     // ties drawn = round(ties_per_node · num_nodes), plus corridors
  std::uint64_t seed = 1;
  // Called from the calling thread between stages and between rounds of tie blocks, with the
  // stage name and the fraction done in [0, 1]. May be empty.
  std::function<void(std::string_view stage, double fraction)> progress;
};

struct MetroCity {
  std::string name;     // synthetic Chinese name, e.g. "宁川市"
  std::string name_en;  // e.g. "Ningchuan"
  double size = 0.0;    // Zipf weight, largest 1
};

struct MetroCorridor {
  std::string id, name, name_en;
  std::vector<std::int32_t> cities;  // node ids of the member cities, in chain order
};

struct MetroNetwork {
  std::vector<MetroCity> cities;  // city c is node c
  std::vector<MetroCorridor> corridors;
  std::vector<std::int64_t> type_begin;  // nodes of type t: [type_begin[t], type_begin[t+1])
  // Per node, nodes sorted by type then city.
  HugeArray<MetroType> type;
  HugeArray<std::int32_t> city;    // the city (node id) it lies in
  HugeArray<std::int32_t> parent;  // -1 for cities
  HugeArray<double> latitude_deg;
  HugeArray<double> longitude_deg;
  // Per tie.
  HugeArray<std::int32_t> source, target;
  HugeArray<MetroKind> kind;
  HugeArray<std::int16_t> year;
  HugeArray<float> weight;
  HugeArray<std::uint8_t> implied;  // evidence: 0 "stated", 1 "implied"
  std::int64_t num_nodes() const { return static_cast<std::int64_t>(type.size()); }
  std::int64_t num_ties() const { return static_cast<std::int64_t>(source.size()); }
};

// Throws std::invalid_argument naming num_nodes or ties_per_node.
MetroNetwork metro(const MetroOptions& options = {});

// "<type>-<k>", k the node's rank within its type; cities "city-<k>".
std::string metro_node_id(const MetroNetwork& net, std::int64_t node);
// A synthetic name: the city's name for a city, else city stem + type word + number.
std::string metro_node_name(const MetroNetwork& net, std::int64_t node);

// The network as a PropertyGraph (types and kinds interned in enum order, corridors as groups,
// metadata naming the generator). Meant for small and medium networks: a PropertyGraph costs
// a few hundred bytes per node and edge.
PropertyGraph metro_property_graph(const MetroNetwork& net, const MetroOptions& options);
// Only the cities (the first nodes; the corridors' members), no ties, every corridor and the
// metadata: what the streaming writers need besides the node and tie rows.
PropertyGraph metro_city_graph(const MetroNetwork& net, const MetroOptions& options);
nlohmann::ordered_json metro_metadata(const MetroNetwork& net, const MetroOptions& options);

}  // namespace innonet::generators
