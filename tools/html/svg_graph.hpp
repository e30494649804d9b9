#pragma once
// A node-link drawing as SVG: nodes at layout positions (y up, fitted to the picture with equal
// scale on both axes), edges as lines, a legend of colours, and notes written into the picture
// (e.g. "top 2,000 of 1,000,000 nodes by pagerank"). Labels longer than label_chars are cut with
// an ellipsis; the whole text is in each node's <title> (the hover tooltip of every browser).
// Nodes with a NaN position are not drawn. Used by `innonet draw` and the HTML report.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace innonet::html {

struct SvgNode {
  double x = 0.0, y = 0.0;  // layout coordinates, y pointing up
  double radius_px = 4.0;
  std::string colour = "#4e79a7";
  std::string label;    // drawn (cut) when labels are on
  std::string tooltip;  // the <title>: whole name and scores
  std::string css_class = "node";
  std::vector<std::pair<std::string, std::string>> data;  // data-* attributes (name, value)
};

struct SvgEdge {
  std::int32_t a = 0, b = 0;  // node indices
  double width_px = 1.0;
  std::string colour = "#9aa3ad";
  std::string dash;  // stroke-dasharray, empty for solid
  std::string tooltip;
  std::string css_class = "edge";
  std::vector<std::pair<std::string, std::string>> data;
};

enum class Labels { none, largest, all };  // largest: the 20 biggest nodes
enum class SvgDocument { standalone, inline_in_html };

struct SvgDrawing {
  std::string title;
  std::vector<SvgNode> nodes;
  std::vector<SvgEdge> edges;
  std::vector<std::pair<std::string, std::string>> legend;  // (colour, label)
  std::vector<std::string> notes;
  Labels labels = Labels::largest;
  std::size_t label_chars = 16;
  double width_px = 960, height_px = 720;
  std::string element_id = "graph";
};

std::string svg_graph(const SvgDrawing& drawing, SvgDocument document);

// One SVG attribute list from data pairs: ` data-name="value"` each, escaped.
std::string data_attributes(const std::vector<std::pair<std::string, std::string>>& data);

}  // namespace innonet::html
