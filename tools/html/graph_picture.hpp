#pragma once
// A picture of any graph (the built-in one, a user's file, a generated network): chooses what to
// draw, lays it out with algorithms/layout, colours and sizes the nodes, and returns an
// SvgDrawing. Used by `innonet draw` and by the organisation network of the HTML report.
//   what:   with a level, the roll-up to that node type (engine/level_projection.hpp); else the
//           whole graph, or above max_nodes the top max_nodes nodes by the size measure and the
//           ties among them. Either way the picture's notes say what was drawn.
//   layout: force (ForceAtlas2, seed), circular (grouped by colour, then size), hierarchy
//           (rows by depth in the containment hierarchy), geo (each node at its coordinates or
//           its nearest ancestor's, markers nudged apart; nodes with neither are left out).
//   colour: community (Louvain, seed), type, kind (of the node's most common tie) or a node
//           attribute (each distinct value a category; the 9 most common
//           get colours, the rest grey).
//   size:   pagerank, degree, or a numeric node attribute (area proportional to the value).
#include <cstdint>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"
#include "tools/html/place_map.hpp"
#include "tools/html/svg_graph.hpp"

namespace innonet::html {

struct PictureOptions {
  std::string layout = "force";  // force | circular | hierarchy | geo
  std::string level;             // empty: no roll-up
  std::string color_by = "community";
  std::string size_by = "pagerank";
  Labels labels = Labels::largest;
  std::int32_t max_nodes = 2000;
  std::uint64_t seed = 1;
  Language language = Language::both;
  double width_px = 960, height_px = 720;
  std::string element_id = "graph";
};

// Throws UsageError for an unknown layout, level, colour or size measure (naming the known ones).
SvgDrawing graph_picture(const PropertyGraph& graph, const PictureOptions& options);

}  // namespace innonet::html
