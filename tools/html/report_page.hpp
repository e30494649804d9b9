#pragma once
// `innonet report --html FILE`: the planner's overview as one self-contained HTML page (inline
// CSS, inline script written for it, inline SVG; nothing is fetched from any network address).
// Sections: the map of places (place_map.hpp), the organisation network laid out by innonet
// (graph_picture.hpp, ForceAtlas2), and the tables a planner acts on (report_tables.hpp); a
// print style sheet gives an A4 report. Everything shown is escaped (markup.hpp).
#include <cstdint>
#include <string>

#include "engine/property_graph.hpp"
#include "tools/html/place_map.hpp"

namespace innonet::html {

struct HtmlReportOptions {
  std::string level = "city";
  std::string scope = "nanjing";
  std::string enclave_kind = "flying_enclave";
  Language language = Language::both;
  std::string color_by = "community";
  std::string size_by = "pagerank";
  std::int32_t max_network_nodes = 1500;
};

struct HtmlReport {
  std::string html;
  std::int64_t map_markers = 0;
  std::int64_t corridors = 0;
  std::int64_t network_nodes = 0;
};

HtmlReport html_report(const PropertyGraph& graph, const HtmlReportOptions& options = {});

}  // namespace innonet::html
