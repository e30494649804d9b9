#pragma once
// The layers of the place map (place_map.hpp): what place_map.cpp and place_map_layers.cpp share.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "algorithms/planner/corridor_score.hpp"
#include "engine/property_graph.hpp"

namespace innonet::html::detail {

struct Place {
  NodeRef node{};
  double x = 0.0, y = 0.0;  // px, SVG orientation (y down)
  double radius = 6.0;
  std::int64_t ties = 0;  // to other places (filled by tie_layer)
  bool at_level = false;
};

// Lines between places, one per pair, kind and evidence; counts each place's ties; appends
// legend entries (HTML) and the data behind each line to `ties`.
std::string tie_layer(const PropertyGraph& g, std::vector<Place>& places,
                      const std::vector<std::int32_t>& place_of, nlohmann::json& ties,
                      std::vector<std::string>& legend);

// One band per corridor through its members' places, coloured by composite score; a corridor whose
// members all lie in one place is a ring round it; one with no member in a place gets a note.
std::string corridor_layer(const PropertyGraph& g, const std::vector<Place>& places,
                           const std::vector<std::int32_t>& place_of,
                           const std::vector<planner::CorridorScore>& corridors,
                           std::vector<std::string>& notes);

}  // namespace innonet::html::detail
