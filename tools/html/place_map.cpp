#include "tools/html/place_map.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "algorithms/layout/geographic.hpp"
#include "tools/html/markup.hpp"
#include "tools/html/place_map_layers.hpp"

namespace innonet::html {
namespace {

constexpr double kPad = 48.0;

using detail::Place;

struct Frame {
  layout::GeoProjection projection;
  double px_per_km = 1.0;
  double offset_x = 0.0, offset_y = 0.0;
};

// Nearest ancestor-or-self with coordinates, as an index into places; -1 if none.
std::vector<std::int32_t> place_of_nodes(const PropertyGraph& g, const std::vector<Place>& places) {
  std::vector<std::int32_t> own(static_cast<std::size_t>(g.num_nodes()), -1);
  for (std::size_t i = 0; i < places.size(); ++i) own[index(places[i].node)] = std::int32_t(i);
  std::vector<std::int32_t> result(own.size(), -1);
  for (std::int32_t v = 0; v < g.num_nodes(); ++v) {
    std::optional<NodeRef> at = NodeRef{v};
    while (at && own[index(*at)] < 0) at = g.node(*at).parent;
    if (at) result[v] = own[index(*at)];
  }
  return result;
}

Frame fit_frame(const PropertyGraph& g, std::vector<Place>& places, const PlaceMapOptions& o) {
  std::vector<double> lat, lon;
  for (const auto& p : places) {
    lat.push_back(g.node(p.node).coordinates->latitude_deg);
    lon.push_back(g.node(p.node).coordinates->longitude_deg);
  }
  Frame f{layout::fit_projection(lat, lon)};
  const auto km = layout::geographic_layout(f.projection, lat, lon);
  const auto box = layout::bounds(km);
  const double w = o.width_px - 2 * kPad, h = o.height_px - 2 * kPad - 30;
  f.px_per_km = std::min(w / std::max(box.width(), 1.0), h / std::max(box.height(), 1.0));
  f.offset_x = kPad + (w - box.width() * f.px_per_km) / 2 - box.min_x * f.px_per_km;
  f.offset_y = kPad + (h + box.height() * f.px_per_km) / 2 + box.min_y * f.px_per_km;
  for (std::size_t i = 0; i < places.size(); ++i) {
    places[i].x = f.offset_x + km.x[i] * f.px_per_km;
    places[i].y = f.offset_y - km.y[i] * f.px_per_km;
  }
  return f;
}

std::string scale_bar_and_arrow(const Frame& f, const PlaceMapOptions& o) {
  const double want_km = 140.0 / f.px_per_km;
  double nice = std::pow(10.0, std::floor(std::log10(want_km)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * nice <= want_km) {
      nice *= m;
      break;
    }
  const double bar = nice * f.px_per_km, x = kPad, y = o.height_px - 22;
  std::string out =
      "<g class=\"scale-bar\" data-km=\"" + number(nice, 6) + "\" data-px=\"" + number(bar, 6) +
      "\"><rect x=\"" + number(x, 6) + "\" y=\"" + number(y - 6, 6) + "\" width=\"" +
      number(bar, 6) + "\" height=\"6\" fill=\"#333\"/><rect x=\"" + number(x + bar / 2, 6) +
      "\" y=\"" + number(y - 6, 6) + "\" width=\"" + number(bar / 2, 6) +
      "\" height=\"6\" fill=\"#fff\" stroke=\"#333\"/><text x=\"" + number(x + bar + 6, 6) +
      "\" y=\"" + number(y, 6) + "\" font-size=\"12\">" + number(nice, 6) + " km</text></g>\n";
  const double ax = o.width_px - 36, ay = 30;
  out += "<g class=\"north-arrow\"><path d=\"M" + number(ax, 6) + " " + number(ay, 6) +
         " l-9 26 l9 -7 l9 7 z\" fill=\"#333\"/><text x=\"" + number(ax, 6) + "\" y=\"" +
         number(ay + 42, 6) +
         "\" font-size=\"13\" text-anchor=\"middle\" font-weight=\"600\">N</text></g>\n";
  return out;
}

}  // namespace

std::string display_name(const Node& node, Language language) {
  const std::string& zh = node.name.empty() ? node.id : node.name;
  const std::string& en = node.name_en.empty() ? zh : node.name_en;
  if (language == Language::zh) return zh;
  if (language == Language::en) return en;
  return node.name_en.empty() || node.name_en == zh ? zh : zh + " " + node.name_en;
}

PlaceMap place_map(const PropertyGraph& g, const std::vector<planner::CorridorScore>& corridors,
                   const PlaceMapOptions& o) {
  PlaceMap map;
  std::vector<Place> places;
  const auto level = g.find_type(o.level);
  for (const auto& node : g.nodes())
    if (node.coordinates)
      places.push_back({.node = *g.find_node(node.id), .at_level = level && node.type == *level});
  if (places.empty()) {
    map.html =
        "<p class=\"no-coordinates\">no coordinates: no node of this graph has a latitude "
        "and longitude, so there is no map to draw.</p>";
    return map;
  }
  const Frame frame = fit_frame(g, places, o);
  const auto place_of = place_of_nodes(g, places);
  std::vector<std::string> legend;
  std::string ties = detail::tie_layer(g, places, place_of, map.ties, legend);
  std::string bands = detail::corridor_layer(g, places, place_of, corridors, map.notes);
  // Markers sized by ties to other places, then nudged apart where they overlap.
  layout::Layout px;
  std::vector<double> radius;
  for (auto& p : places) {
    p.radius = 6.0 + 2.5 * std::sqrt(static_cast<double>(p.ties));
    px.x.push_back(p.x), px.y.push_back(p.y), radius.push_back(p.radius + 1);
  }
  layout::remove_overlaps(px, radius);
  std::string& out = map.html;
  out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map-svg\" viewBox=\"0 0 " +
        number(o.width_px, 6) + " " + number(o.height_px, 6) +
        "\" role=\"img\" aria-label=\"map\">\n";
  out += "<rect class=\"map-bg\" width=\"100%\" height=\"100%\" fill=\"#f6f8fa\"/>\n";
  out += bands + ties + "<g class=\"markers\">\n";
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& p = places[i];
    const Node& node = g.node(p.node);
    const bool left_out = p.at_level && p.ties == 0;
    const std::string name = display_name(node, o.language);
    out += "<circle class=\"place-marker" + std::string(left_out ? " left-out" : "") + "\" cx=\"" +
           number(px.x[i], 6) + "\" cy=\"" + number(px.y[i], 6) + "\" r=\"" + number(p.radius, 4) +
           "\" data-id=\"" + escape(node.id) + "\" data-name=\"" + escape(node.name) +
           "\" data-lat=\"" + number(node.coordinates->latitude_deg, 8) + "\" data-lon=\"" +
           number(node.coordinates->longitude_deg, 8) + "\" data-ties=\"" + std::to_string(p.ties) +
           "\"><title>" + escape(name) + " — " + std::to_string(p.ties) + " ties to other places" +
           (left_out ? " (left out: no tie to any other place)" : "") + "</title></circle>\n";
    out += "<text class=\"place-label" + std::string(left_out ? " left-out" : "") + "\" x=\"" +
           number(px.x[i] + p.radius + 3, 6) + "\" y=\"" + number(px.y[i] + 4, 6) + "\"><title>" +
           escape(name) + "</title>" + escape(cut(name, 24)) + (left_out ? " · left out" : "") +
           "</text>\n";
  }
  out += "</g>\n" + scale_bar_and_arrow(frame, o) + "</svg>\n";
  const auto& c = frame.projection;
  out += "<p class=\"caption\">Equirectangular projection centred at " +
         number(c.latitude0_deg, 5) + "°N " + number(c.longitude0_deg, 6) +
         "°E (x = R·Δλ·cos φ₀, y = R·Δφ, R = 6371 km); 1 px = " + number(1.0 / frame.px_per_km, 3) +
         " km. Markers sized by ties to other places" +
         " and nudged apart only where they would overlap. Legend: " + "<span class=\"legend\">" +
         [&] {
           std::string l;
           for (const auto& entry : legend) l += entry;
           return l;
         }() +
         "</span></p>\n";
  map.markers = static_cast<std::int64_t>(places.size());
  return map;
}

}  // namespace innonet::html
