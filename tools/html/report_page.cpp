#include "tools/html/report_page.hpp"

#include "algorithms/planner/corridor.hpp"
#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"
#include "algorithms/planner/targets.hpp"
#include "tools/html/graph_picture.hpp"
#include "tools/html/markup.hpp"
#include "tools/html/report_assets.hpp"
#include "tools/html/report_tables.hpp"

namespace innonet::html {
namespace {

// What the page was narrowed to (report --evidence/--kinds/--years/--types/--within), from the
// metadata tools/selected_graph.hpp writes; empty for the whole graph.
std::string selection_line(const PropertyGraph& g) {
  if (!g.metadata().contains("selection") || !g.metadata()["selection"].is_string()) return "";
  return "<p class=\"selection\" id=\"selection\">Only " +
         escape(g.metadata()["selection"].get<std::string>()) +
         ": the map, the network and every table below leave out the rest.</p>";
}

std::string header(const PropertyGraph& g, const PlaceMap& map, std::size_t corridors) {
  std::string title = "innonet report";
  if (g.metadata().contains("name") && g.metadata()["name"].is_string())
    title += " — " + g.metadata()["name"].get<std::string>();
  return "<header><h1>" + escape(title) + "</h1><p>" + std::to_string(g.num_nodes()) + " nodes · " +
         std::to_string(g.num_edges()) + " ties · " + std::to_string(map.markers) +
         " places with coordinates · " + std::to_string(corridors) +
         " named corridors. Every number can be traced to its source: click a tie on the map."
         "</p>" +
         selection_line(g) +
         "</header>\n<nav><a href=\"#map\">Map</a><a href=\"#network\">Network</a>"
         "<a href=\"#corridors\">Corridors</a><a href=\"#recommendations\">Next ties</a>"
         "<a href=\"#targets\">Targets</a></nav>\n";
}

std::string map_section(const PlaceMap& map) {
  std::string out =
      "<section id=\"map\"><h2>Map of the places</h2><p class=\"lead\">Where the "
      "places are, which ties join them (solid: stated in a source; dashed: "
      "implied), how each named corridor scores, and who is left out.</p>\n";
  out += "<div class=\"map-wrap\"><div>" + map.html +
         "</div><aside class=\"panel\" "
         "id=\"tie-details\"><h3>Source quotes</h3><p>Hover a tie to see its members, kind and "
         "evidence; click it to read the documents' own words here.</p></aside></div>\n";
  if (!map.notes.empty()) {
    out += "<ul class=\"notes\">";
    for (const auto& n : map.notes) out += "<li>" + escape(n) + "</li>";
    out += "</ul>";
  }
  return out + "</section>\n";
}

std::string network_section(const PropertyGraph& g, const HtmlReportOptions& o,
                            std::int64_t& drawn) {
  PictureOptions picture{.layout = "force",
                         .color_by = o.color_by,
                         .size_by = o.size_by,
                         .labels = Labels::largest,
                         .max_nodes = o.max_network_nodes,
                         .language = o.language,
                         .width_px = 1100,
                         .height_px = 760,
                         .element_id = "network-svg"};
  const SvgDrawing drawing = graph_picture(g, picture);
  drawn = static_cast<std::int64_t>(drawing.nodes.size());
  return "<section id=\"network\"><h2>The organisation network</h2><p class=\"lead\">Every "
         "organisation, laid out by innonet (ForceAtlas2), coloured by " +
         escape(o.color_by) + ", sized by " + escape(o.size_by) +
         ". Hover a node for its type, place and scores."
         "</p>\n<div class=\"search\"><label for=\"node-search\">Find a node</label><input "
         "id=\"node-search\" type=\"search\" placeholder=\"id, 中文名 or English name\" "
         "autocomplete=\"off\"><span id=\"node-details\" class=\"notes\"></span></div>\n"
         "<div id=\"network-wrap\">" +
         svg_graph(drawing, SvgDocument::inline_in_html) + "</div></section>\n";
}

std::string tables(const PropertyGraph& g, const HtmlReportOptions& o,
                   const std::vector<planner::CorridorScore>& scores) {
  std::string out = "<section class=\"tables\" id=\"corridors\"><h2>Corridors</h2>\n" +
                    corridors_table(g, scores) + "</section>\n";
  out += "<section class=\"tables\" id=\"recommendations\"><h2>Next ties</h2>\n";
  if (g.find_kind(o.enclave_kind) && g.find_type(o.level))
    out += recommendations_table(
        g, planner::recommend(g, {.kind = o.enclave_kind, .level = o.level, .top = 10}),
        o.enclave_kind);
  else
    out += "<p class=\"notes\">this graph has no '" + escape(o.enclave_kind) + "' ties or no '" +
           escape(o.level) + "' places, so there is nothing to recommend.</p>";
  out += "</section>\n<section class=\"tables\" id=\"targets\"><h2>Targets</h2>\n" +
         targets_table(planner::target_progress(g, {.scope = o.scope})) + "</section>\n";
  return out;
}

}  // namespace

HtmlReport html_report(const PropertyGraph& g, const HtmlReportOptions& o) {
  HtmlReport report;
  const auto scores = planner::score_corridors(g, planner::declared_corridors(g));
  const PlaceMap map = place_map(g, scores, {.level = o.level, .language = o.language});
  const std::string lang = o.language == Language::en ? "en" : "zh";
  std::string& out = report.html;
  out = "<!DOCTYPE html>\n<html lang=\"" + lang +
        "\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:\">"
        "<title>innonet report</title><style>" +
        std::string(report_css()) + "</style></head>\n<body>\n";
  out += header(g, map, scores.size()) + "<main>\n" + map_section(map);
  out += network_section(g, o, report.network_nodes);
  out += tables(g, o, scores) + "</main>\n";
  out +=
      "<footer>Made by innonet from the graph's own data; a self-contained file: it loads "
      "nothing from any network. <span id=\"script-status\" data-errors=\"not-run\">scripts "
      "have not run</span></footer>\n<div id=\"tooltip\"></div>\n";
  out += "<script type=\"application/json\" id=\"report-data\">" +
         json_for_script({{"ties", map.ties}}) + "</script>\n<script>" +
         std::string(report_script()) + "</script>\n</body></html>\n";
  report.map_markers = map.markers;
  report.corridors = static_cast<std::int64_t>(scores.size());
  return report;
}

}  // namespace innonet::html
