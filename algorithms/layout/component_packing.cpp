#include "algorithms/layout/component_packing.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "algorithms/structure/components.hpp"

namespace innonet::layout {
namespace {

// Bounding box of each component's finite points; a component with none gets an empty box.
std::vector<Bounds> component_boxes(const structure::ComponentsResult& c, const Layout& p) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<Bounds> box(static_cast<std::size_t>(c.count), Bounds{inf, inf, -inf, -inf});
  for (Vertex v = 0; v < p.size(); ++v) {
    if (!std::isfinite(p.x[v]) || !std::isfinite(p.y[v])) continue;
    Bounds& b = box[c.component[v]];
    b.min_x = std::min(b.min_x, p.x[v]), b.max_x = std::max(b.max_x, p.x[v]);
    b.min_y = std::min(b.min_y, p.y[v]), b.max_y = std::max(b.max_y, p.y[v]);
  }
  for (Bounds& b : box)
    if (b.min_x > b.max_x) b = Bounds{};
  return box;
}

}  // namespace

void pack_components(const CsrGraph& g, Layout& layout, const PackOptions& options) {
  if (layout.size() != g.num_nodes() || layout.y.size() != layout.x.size())
    throw std::invalid_argument("pack_components: the layout does not match the graph");
  if (!std::isfinite(options.gap_fraction) || options.gap_fraction < 0.0)
    throw std::invalid_argument("gap_fraction: must be finite and >= 0");
  if (!std::isfinite(options.min_slot_fraction) || options.min_slot_fraction < 0.0)
    throw std::invalid_argument("min_slot_fraction: must be finite and >= 0");
  const auto c = structure::weak_components(g);
  if (c.count <= 1) return;
  const auto box = component_boxes(c, layout);
  std::vector<Vertex> order(static_cast<std::size_t>(c.count));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return c.size[a] > c.size[b]; });  // then by root

  const Bounds& first = box[order[0]];
  // A single point still needs room: the gap (or 1 unit in a drawing of single points).
  const double longest = std::max(first.width(), first.height());
  const double gap = longest * options.gap_fraction;
  const double unit = gap > 0.0 ? gap : 1.0;
  const auto slot = [&](const Bounds& b) {
    return std::max(b.width(), longest * options.min_slot_fraction);
  };
  double area = 0.0, widest = 0.0;
  for (const Bounds& b : box) {
    area += (slot(b) + unit) * (b.height() + unit);
    widest = std::max(widest, slot(b));
  }
  const double row_width = std::max(widest, std::sqrt(area));

  std::vector<double> dx(box.size()), dy(box.size());
  double x = 0.0, top = 0.0, row_height = 0.0;
  for (const Vertex k : order) {
    const Bounds& b = box[k];
    if (x > 0.0 && x + slot(b) > row_width) {  // next shelf
      top -= row_height + unit;
      x = 0.0, row_height = 0.0;
    }
    dx[k] = x + (slot(b) - b.width()) / 2 - b.min_x;  // centred in its slot
    dy[k] = top - b.max_y;
    x += slot(b) + unit;
    row_height = std::max(row_height, b.height());
  }
  for (Vertex v = 0; v < layout.size(); ++v) {
    layout.x[v] += dx[c.component[v]];
    layout.y[v] += dy[c.component[v]];
  }
}

}  // namespace innonet::layout
