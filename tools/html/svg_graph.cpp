#include "tools/html/svg_graph.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "tools/html/markup.hpp"

namespace innonet::html {
namespace {

constexpr double kPad = 24.0;
constexpr double kLegendRow = 16.0;

struct Fit {
  double scale = 1.0, offset_x = 0.0, offset_y = 0.0, top = 0.0;
  double px(double x) const { return offset_x + x * scale; }
  double py(double y) const { return offset_y - y * scale; }  // y up -> SVG y down
};

Fit fit(const SvgDrawing& d, double top, double bottom) {
  double lo_x = std::numeric_limits<double>::infinity(), hi_x = -lo_x, lo_y = lo_x, hi_y = -lo_x;
  for (const auto& n : d.nodes)
    if (std::isfinite(n.x) && std::isfinite(n.y))
      lo_x = std::min(lo_x, n.x), hi_x = std::max(hi_x, n.x), lo_y = std::min(lo_y, n.y),
      hi_y = std::max(hi_y, n.y);
  if (lo_x > hi_x) return {};
  const double w = d.width_px - 2 * kPad, h = d.height_px - top - bottom - 2 * kPad;
  const double span_x = std::max(hi_x - lo_x, 1e-9), span_y = std::max(hi_y - lo_y, 1e-9);
  Fit f;
  f.scale = std::min(w / span_x, h / span_y);
  if (hi_x - lo_x < 1e-9 && hi_y - lo_y < 1e-9) f.scale = 1.0;
  f.offset_x = kPad + (w - span_x * f.scale) / 2 - lo_x * f.scale;
  f.offset_y = top + kPad + (h + span_y * f.scale) / 2 + lo_y * f.scale;
  return f;
}

std::vector<bool> labelled(const SvgDrawing& d) {
  std::vector<bool> on(d.nodes.size(), d.labels == Labels::all);
  if (d.labels != Labels::largest) return on;
  std::vector<std::size_t> order(d.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return d.nodes[a].radius_px > d.nodes[b].radius_px;
  });
  for (std::size_t i = 0; i < std::min<std::size_t>(20, order.size()); ++i) on[order[i]] = true;
  return on;
}

void legend_and_notes(const SvgDrawing& d, std::string& out) {
  double y = d.height_px - kPad / 2 - kLegendRow * static_cast<double>(d.notes.size());
  for (const auto& note : d.notes) {
    out += "<text class=\"note\" x=\"" + number(kPad, 6) + "\" y=\"" + number(y, 6) +
           "\" font-size=\"12\" fill=\"#555\">" + escape(note) + "</text>\n";
    y += kLegendRow;
  }
  double x = kPad;
  for (const auto& [colour, label] : d.legend) {
    out += "<g class=\"legend-entry\"><circle cx=\"" + number(x + 5, 6) + "\" cy=\"" +
           number(kPad + 20, 6) + "\" r=\"5\" fill=\"" + escape(colour) + "\"/><text x=\"" +
           number(x + 14, 6) + "\" y=\"" + number(kPad + 24, 6) + "\" font-size=\"12\">" +
           escape(cut(label, 24)) + "</text></g>\n";
    x += 24 + 7.0 * static_cast<double>(std::min<std::size_t>(label.size(), 24));
    if (x > d.width_px - 120) break;
  }
}

}  // namespace

std::string data_attributes(const std::vector<std::pair<std::string, std::string>>& data) {
  std::string out;
  for (const auto& [name, value] : data) out += " data-" + name + "=\"" + escape(value) + "\"";
  return out;
}

std::string svg_graph(const SvgDrawing& d, SvgDocument document) {
  const double top = d.title.empty() ? 0.0 : 20.0;
  const double legend_height = d.legend.empty() ? 0.0 : 24.0;
  // The notes sit under the drawing with room for the radius of the lowest nodes above them.
  const double notes_height =
      d.notes.empty() ? 0.0 : kLegendRow * static_cast<double>(d.notes.size()) + 12.0;
  const Fit f = fit(d, top + legend_height, notes_height);
  std::string out;
  out.reserve(256 + d.nodes.size() * 160 + d.edges.size() * 90);
  if (document == SvgDocument::standalone) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + escape(d.element_id) +
         "\" viewBox=\"0 0 " + number(d.width_px, 6) + " " + number(d.height_px, 6) +
         "\" width=\"" + number(d.width_px, 6) + "\" height=\"" + number(d.height_px, 6) +
         "\" font-family=\"'Noto Sans CJK SC','Noto Sans',sans-serif\" role=\"img\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  if (!d.title.empty())
    out += "<text x=\"" + number(kPad, 6) + "\" y=\"" + number(kPad, 6) +
           "\" font-size=\"16\" font-weight=\"600\">" + escape(d.title) + "</text>\n";
  out += "<g class=\"edges\">\n";
  for (const auto& e : d.edges) {
    const auto& a = d.nodes[e.a];
    const auto& b = d.nodes[e.b];
    if (!std::isfinite(a.x + a.y + b.x + b.y)) continue;
    out += "<line class=\"" + escape(e.css_class) + "\" x1=\"" + number(f.px(a.x), 6) + "\" y1=\"" +
           number(f.py(a.y), 6) + "\" x2=\"" + number(f.px(b.x), 6) + "\" y2=\"" +
           number(f.py(b.y), 6) + "\" stroke=\"" + escape(e.colour) + "\" stroke-width=\"" +
           number(e.width_px, 3) + "\"" +
           (e.dash.empty() ? "" : " stroke-dasharray=\"" + escape(e.dash) + "\"") +
           data_attributes(e.data) +
           (e.tooltip.empty() ? "/>\n" : "><title>" + escape(e.tooltip) + "</title></line>\n");
  }
  out += "</g>\n<g class=\"nodes\">\n";
  const auto label_on = labelled(d);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const auto& n = d.nodes[i];
    if (!std::isfinite(n.x) || !std::isfinite(n.y)) continue;
    out += "<circle class=\"" + escape(n.css_class) + "\" cx=\"" + number(f.px(n.x), 6) +
           "\" cy=\"" + number(f.py(n.y), 6) + "\" r=\"" + number(n.radius_px, 3) + "\" fill=\"" +
           escape(n.colour) + "\"" + data_attributes(n.data) + "><title>" +
           escape(n.tooltip.empty() ? n.label : n.tooltip) + "</title></circle>\n";
  }
  out += "</g>\n<g class=\"labels\">\n";
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const auto& n = d.nodes[i];
    if (!label_on[i] || n.label.empty() || !std::isfinite(n.x) || !std::isfinite(n.y)) continue;
    out += "<text x=\"" + number(f.px(n.x) + n.radius_px + 2, 6) + "\" y=\"" +
           number(f.py(n.y) + 4, 6) + "\" font-size=\"11\"><title>" + escape(n.label) + "</title>" +
           escape(cut(n.label, d.label_chars)) + "</text>\n";
  }
  out += "</g>\n";
  legend_and_notes(d, out);
  out += "</svg>\n";
  return out;
}

}  // namespace innonet::html
