#pragma once
// The map of places for the HTML report: every node with coordinates drawn where it is
// (equirectangular projection, algorithms/layout/geographic.hpp), with a scale bar, a north
// arrow and a legend. Ties between places (organisation ties lifted to the places containing
// their ends, engine/rollup.hpp) are drawn one line per pair and kind: colour by kind, solid when
// stated, dashed otherwise, width by the number of ties. Each named corridor is a translucent
// band through its members' places, coloured by its composite score. Places of the level type
// with no tie to another place are marked "left out". Markers are sized by ties to other places
// and nudged apart where they would overlap (remove_overlaps); the caption states the
// projection. A graph with no coordinates gives a "no coordinates" message instead of a map.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "algorithms/planner/corridor_score.hpp"
#include "engine/property_graph.hpp"

namespace innonet::html {

enum class Language { zh, en, both };

// The name shown for a node: its name, English name, or both ("南京 Nanjing").
std::string display_name(const Node& node, Language language);

struct PlaceMapOptions {
  std::string level = "city";  // node type whose places may be "left out"
  Language language = Language::both;
  double width_px = 900, height_px = 660;
};

struct PlaceMap {
  std::string html;          // the <svg> with caption, or the "no coordinates" paragraph
  nlohmann::json ties;       // per drawn tie (data-tie index): ends, kind, evidence, edges, quotes
  std::int64_t markers = 0;  // places drawn
  std::vector<std::string> notes;
};

PlaceMap place_map(const PropertyGraph& graph, const std::vector<planner::CorridorScore>& corridors,
                   const PlaceMapOptions& options = {});

}  // namespace innonet::html
