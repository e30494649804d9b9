#include "tools/html/graph_picture.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/community/louvain.hpp"
#include "engine/csr_build.hpp"
#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "engine/projection.hpp"
#include "tools/html/markup.hpp"
#include "tools/html/picture_layout.hpp"

namespace innonet::html {
namespace {

// Every tie, undirected, counted once per edge (parallel edges add up).
Selection all_ties() {
  return {.direction = ProjectedDirection::undirected,
          .weighting = Weighting::unit,
          .self_loops = SelfLoops::drop};
}

// The ties among `keep` (vertices of g), as a graph of its own with the same node refs.
CsrGraph induced(const CsrGraph& g, const std::vector<Vertex>& keep) {
  std::vector<Vertex> local(static_cast<std::size_t>(g.num_nodes()), -1);
  for (std::size_t i = 0; i < keep.size(); ++i) local[keep[i]] = static_cast<Vertex>(i);
  EdgeList list;
  list.num_nodes = static_cast<Vertex>(keep.size());
  for (Vertex u : keep)
    for (Vertex v : g.out_neighbors(u))
      if (local[v] >= 0 && u < v)
        list.sources.push_back(local[u]), list.targets.push_back(local[v]);
  std::vector<NodeRef> refs;
  refs.reserve(keep.size());
  for (Vertex u : keep) refs.push_back(g.node_refs()[u]);
  return build_csr(list, {.direction = Direction::undirected, .merge = MergeRule::sum})
      .with_node_refs(std::move(refs));
}

std::vector<double> degree_of(const CsrGraph& g) {
  std::vector<double> d(static_cast<std::size_t>(g.num_nodes()));
  for (Vertex v = 0; v < g.num_nodes(); ++v) d[v] = static_cast<double>(g.out_degree(v));
  return d;
}

std::vector<double> attribute_numbers(const PropertyGraph& pg, const CsrGraph& g,
                                      const std::string& name) {
  std::vector<double> out(static_cast<std::size_t>(g.num_nodes()), 0.0);
  bool any = false;
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const auto& a = pg.node(g.node_refs()[v]).attributes;
    if (!a.contains(name)) continue;
    const auto& value = a[name];
    if (value.is_number())
      out[v] = value.get<double>(), any = true;
    else if (value.is_object() && value.contains("value") && value["value"].is_number())
      out[v] = value["value"].get<double>(), any = true;
  }
  if (!any)
    throw UsageError("--size-by: no node has a numeric attribute '" + name +
                     "' (known measures: pagerank, degree)");
  return out;
}

std::vector<double> sizes(const PropertyGraph& pg, const CsrGraph& g, const std::string& by) {
  if (by == "pagerank") return centrality::pagerank(g).score;
  if (by == "degree") return degree_of(g);
  return attribute_numbers(pg, g, by);
}

// The nearest strict ancestor with coordinates (the place an organisation belongs to), or "".
std::string place_name(const PropertyGraph& pg, NodeRef r) {
  std::optional<NodeRef> at = pg.node(r).parent;
  while (at && !pg.node(*at).coordinates) at = pg.node(*at).parent;
  return at ? pg.node(*at).name : std::string();
}

struct Drawn {
  CsrGraph g;
  std::vector<std::string> notes;
};

Drawn choose(const PropertyGraph& pg, const PictureOptions& o) {
  if (!o.level.empty()) {
    if (!pg.find_type(o.level))
      throw UsageError("--level: this graph has no node type '" + o.level + "'");
    Drawn d{project_at_level(pg, all_ties(), o.level), {}};
    d.notes.push_back("rolled up to " + o.level + ": " + std::to_string(d.g.num_nodes()) +
                      " places of " + std::to_string(pg.num_nodes()) + " nodes, " +
                      std::to_string(d.g.num_edges()) + " place pairs with ties");
    return d;
  }
  CsrGraph all = project(pg, all_ties());
  if (all.num_nodes() <= o.max_nodes) return {std::move(all), {}};
  const auto measure = sizes(pg, all, o.size_by);
  std::vector<Vertex> order(static_cast<std::size_t>(all.num_nodes()));
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + o.max_nodes, order.end(),
                    [&](Vertex a, Vertex b) {
                      return measure[a] != measure[b] ? measure[a] > measure[b] : a < b;
                    });
  order.resize(static_cast<std::size_t>(o.max_nodes));
  std::sort(order.begin(), order.end());
  Drawn d{induced(all, order), {}};
  d.notes.push_back("top " + std::to_string(o.max_nodes) + " of " +
                    std::to_string(all.num_nodes()) + " nodes by " + o.size_by +
                    ", and the ties among them; use --level TYPE for the roll-up");
  return d;
}

}  // namespace

SvgDrawing graph_picture(const PropertyGraph& pg, const PictureOptions& o) {
  Drawn drawn = choose(pg, o);
  const CsrGraph& g = drawn.g;
  const auto size = sizes(pg, g, o.size_by);
  const auto colour = node_colours(pg, g, o.color_by, o.seed);
  const auto layout = picture_layout(pg, g, o, colour.group, size, drawn.notes);
  SvgDrawing d{.title = "",
               .labels = o.labels,
               .width_px = o.width_px,
               .height_px = o.height_px,
               .element_id = o.element_id};
  const double largest =
      size.empty() ? 1.0 : std::max(1e-300, *std::max_element(size.begin(), size.end()));
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const Node& node = pg.node(g.node_refs()[v]);
    const double share = size.empty() ? 0.0 : std::max(0.0, size[v]) / largest;
    SvgNode n{.x = layout.x[v],
              .y = layout.y[v],
              .radius_px = 2.5 + 12.0 * std::sqrt(share),
              .colour = colour.colour[v],
              .label = display_name(node, o.language)};
    n.tooltip = n.label + " [" + node.id + "] · " + pg.type_name(node.type) + " · " + o.size_by +
                " " + number(size[v], 4) + " · " + o.color_by + " " + colour.name[v];
    n.data = {{"id", node.id},
              {"name", node.name},
              {"name-en", node.name_en},
              {"type", pg.type_name(node.type)},
              {"place", place_name(pg, g.node_refs()[v])},
              {"size-by", o.size_by},
              {"size", number(size[v], 4)},
              {"group", colour.name[v]},
              {"degree", std::to_string(g.out_degree(v))}};
    d.nodes.push_back(std::move(n));
  }
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (Vertex v : g.out_neighbors(u))
      if (u < v) d.edges.push_back({.a = u, .b = v, .width_px = 0.7});
  d.legend = colour.legend;
  d.notes = std::move(drawn.notes);
  d.notes.push_back("layout " + o.layout + ", colour by " + o.color_by + ", size by " + o.size_by +
                    " (innonet)");
  return d;
}

}  // namespace innonet::html
