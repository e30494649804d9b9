#include "tools/html/picture_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "algorithms/community/louvain.hpp"
#include "algorithms/layout/component_packing.hpp"
#include "algorithms/layout/force_atlas2.hpp"
#include "algorithms/layout/geographic.hpp"
#include "algorithms/layout/ordered.hpp"
#include "engine/csr_build.hpp"
#include "engine/error.hpp"
#include "tools/html/graph_picture.hpp"
#include "tools/html/markup.hpp"

namespace innonet::html {
namespace {

constexpr std::size_t kColours = 9;  // the tenth palette colour (grey) is "other"
constexpr const char* kGrey = "#bab0ac";

// Categories numbered by frequency (most common first, ties by name).
NodeColours from_categories(const std::vector<std::string>& names, const std::string& prefix) {
  std::map<std::string, std::int64_t> count;
  for (const auto& n : names) ++count[n];
  std::vector<std::pair<std::string, std::int64_t>> ranked(count.begin(), count.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  // "no ties" is always grey and listed last: it is not a group of its own.
  std::stable_partition(ranked.begin(), ranked.end(),
                        [](const auto& entry) { return entry.first != "no ties"; });
  std::map<std::string, std::int32_t> rank;
  for (std::size_t i = 0; i < ranked.size(); ++i) rank[ranked[i].first] = std::int32_t(i);
  const auto colour_of = [&](const std::string& name) {
    const auto r = static_cast<std::size_t>(rank[name]);
    return name == "no ties" || r >= kColours ? std::string(kGrey) : category_colour(r);
  };
  NodeColours c;
  for (const auto& n : names) {
    c.group.push_back(rank[n]);
    c.colour.push_back(colour_of(n));
    c.name.push_back(prefix + n);
  }
  for (std::size_t i = 0; i < std::min(ranked.size(), kColours); ++i)
    if (ranked[i].first != "no ties")
      c.legend.emplace_back(colour_of(ranked[i].first), prefix + ranked[i].first);
  if (ranked.size() > kColours) c.legend.emplace_back(kGrey, "other");
  if (count.contains("no ties")) c.legend.emplace_back(kGrey, "no ties");
  return c;
}

std::string main_kind(const PropertyGraph& pg, NodeRef r) {
  std::map<std::string, int> count;
  for (EdgeRef e : pg.incident_edges(r)) ++count[pg.kind_name(pg.edge(e).kind)];
  std::string best = "(no ties)";
  int most = 0;
  for (const auto& [kind, n] : count)
    if (n > most) best = kind, most = n;
  return best;
}

std::vector<std::string> attribute_categories(const PropertyGraph& pg, const CsrGraph& g,
                                              const std::string& name) {
  std::vector<std::string> out;
  bool any = false;
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const auto& a = pg.node(g.node_refs()[v]).attributes;
    const bool has = a.contains(name);
    any = any || has;
    out.push_back(!has                  ? "(none)"
                  : a[name].is_string() ? a[name].get<std::string>()
                                        : a[name].dump());
  }
  if (!any)
    throw UsageError("--color-by: no node has an attribute '" + name +
                     "' (known: community, type, kind)");
  return out;
}

// Nodes without ties, which a force layout only scatters around the rest, go to a grid in
// rows under the drawing (their order kept), so the connected part gets the picture.
std::size_t place_isolated(const CsrGraph& g, layout::Layout& p) {
  std::vector<Vertex> alone;
  layout::Layout tied = p;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (g.out_degree(v) == 0) alone.push_back(v), tied.x[v] = tied.y[v] = std::nan("");
  const auto box = layout::bounds(tied);
  if (alone.empty() || alone.size() == static_cast<std::size_t>(g.num_nodes())) return 0;
  const double width = std::max(box.width(), 1.0);
  // Rows nine times as long as they are many: a band under the drawing, not a second picture.
  const auto per_row = static_cast<std::size_t>(std::ceil(std::sqrt(alone.size() * 9.0)));
  const double step = width / static_cast<double>(std::max<std::size_t>(per_row - 1, 1));
  for (std::size_t i = 0; i < alone.size(); ++i) {
    p.x[alone[i]] = box.min_x + step * static_cast<double>(i % per_row);
    const std::size_t row = i / per_row;  // whole rows below the drawing
    p.y[alone[i]] = box.min_y - step * (1.5 + static_cast<double>(row));
  }
  return alone.size();
}

}  // namespace

NodeColours node_colours(const PropertyGraph& pg, const CsrGraph& g, const std::string& by,
                         std::uint64_t seed) {
  std::vector<std::string> names;
  if (by == "community") {
    const auto r = community::louvain(g, {.seed = seed});
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      names.push_back(g.out_degree(v) == 0 ? "no ties"
                                           : "community " + std::to_string(r.membership[v] + 1));
    return from_categories(names, "");
  }
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const NodeRef r = g.node_refs()[v];
    if (by == "type")
      names.push_back(pg.type_name(pg.node(r).type));
    else if (by == "kind")
      names.push_back(main_kind(pg, r));
  }
  if (by != "type" && by != "kind") names = attribute_categories(pg, g, by);
  return from_categories(names, "");
}

layout::Layout picture_layout(const PropertyGraph& pg, const CsrGraph& g, const PictureOptions& o,
                              std::span<const std::int32_t> group, std::span<const double> size,
                              std::vector<std::string>& notes) {
  const Vertex n = g.num_nodes();
  if (o.layout == "force") {
    // Nodes without ties take no part in the forces (they would only push the rest together);
    // they are placed in rows afterwards.
    std::vector<Vertex> tied, local(static_cast<std::size_t>(n), -1);
    for (Vertex v = 0; v < n; ++v)
      if (g.out_degree(v) > 0) local[v] = static_cast<Vertex>(tied.size()), tied.push_back(v);
    EdgeList list;
    list.num_nodes = static_cast<Vertex>(tied.size());
    for (Vertex u : tied)
      for (Vertex v : g.out_neighbors(u))
        if (u < v) list.sources.push_back(local[u]), list.targets.push_back(local[v]);
    const CsrGraph sub =
        build_csr(list, {.direction = Direction::undirected, .merge = MergeRule::sum});
    const Vertex m = sub.num_nodes();
    const int iterations = m <= 5'000 ? 500 : (m <= 50'000 ? 150 : 60);
    // Strong gravity (Gephi's option): with normal gravity a chain of clusters (the built-in
    // network's 上海 - 紫金山 - 南京 groups) is drawn as a thin strip of overlapping labels.
    auto q = layout::force_atlas2(sub, {.iterations = iterations,
                                        .seed = o.seed,
                                        .gravity_model = layout::GravityModel::strong})
                 .layout;
    // Packed, else the largest component is a strip among far outliers; each small component
    // in a slot an eighth of the drawing wide, room for its label.
    layout::pack_components(sub, q, {.min_slot_fraction = 0.125});
    layout::Layout p{std::vector<double>(static_cast<std::size_t>(n), 0.0),
                     std::vector<double>(static_cast<std::size_t>(n), 0.0)};
    for (std::size_t i = 0; i < tied.size(); ++i) p.x[tied[i]] = q.x[i], p.y[tied[i]] = q.y[i];
    if (const auto alone = place_isolated(g, p); alone > 0)
      notes.push_back(std::to_string(alone) +
                      " nodes without ties are drawn in rows under the rest");
    return p;
  }
  if (o.layout == "circular") {
    std::vector<Vertex> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
      return group[a] != group[b] ? group[a] < group[b] : size[a] > size[b];
    });
    return layout::circular_layout(order, 100.0);
  }
  if (o.layout == "hierarchy") {
    std::vector<std::int32_t> layer(static_cast<std::size_t>(n));
    for (Vertex v = 0; v < n; ++v) layer[v] = pg.depth(g.node_refs()[v]);
    const auto top = n ? *std::min_element(layer.begin(), layer.end()) : 0;
    for (auto& l : layer) l -= top;
    return layout::layered_layout(g, layer);
  }
  if (o.layout != "geo")
    throw UsageError("--layout: unknown layout '" + o.layout +
                     "' (known: geo, force, circular, hierarchy)");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> lat(static_cast<std::size_t>(n), nan), lon(lat.size(), nan);
  std::int64_t missing = 0;
  for (Vertex v = 0; v < n; ++v) {
    std::optional<NodeRef> at = g.node_refs()[v];
    while (at && !pg.node(*at).coordinates) at = pg.node(*at).parent;
    if (!at)
      ++missing;
    else
      lat[v] = pg.node(*at).coordinates->latitude_deg,
      lon[v] = pg.node(*at).coordinates->longitude_deg;
  }
  if (missing == n)
    throw UsageError("--layout geo: no node has coordinates (nor an ancestor with them)");
  if (missing)
    notes.push_back(std::to_string(missing) +
                    " nodes have no coordinates, nor an ancestor with them: not drawn");
  auto p = layout::geographic_layout(layout::fit_projection(lat, lon), lat, lon);
  const auto box = layout::bounds(p);
  const double span = std::max({box.width(), box.height(), 1.0});
  std::vector<double> radius(lat.size(), span / 160);
  for (Vertex v = 0; v < n; ++v)
    if (std::isnan(p.x[v])) radius[v] = 0.0;
  layout::remove_overlaps(p, radius, 100);
  notes.emplace_back(
      "equirectangular projection; nodes without coordinates of their own sit at "
      "their nearest ancestor's, nudged apart");
  return p;
}

}  // namespace innonet::html
