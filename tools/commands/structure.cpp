// `innonet structure`: how the network holds together. Weak and strong components, the single
// nodes (articulation points) and ties (bridges) whose loss splits a cluster, with the pieces
// they separate, the k-core decomposition (the main core and its members) and the
// Borgatti–Everett core–periphery fit (core members, coreness, correlation).
//
// Strong components use the selection as projected (directed unless --undirected); everything
// else uses its undirected, unweighted view, self-loops dropped. --level L rolls the graph up to
// nodes of type L first (e.g. cities), so the answers are about cities rather than organisations.
#include <algorithm>
#include <memory>
#include <numeric>
#include <sstream>

#include "algorithms/structure/biconnectivity.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/core_periphery.hpp"
#include "algorithms/structure/k_core.hpp"
#include "algorithms/structure/triangles.hpp"
#include "engine/level_projection.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

using output::Cell;

struct StructureArgs {
  std::string level;  // empty: no roll-up
  int top = 10;
};

struct Projected {
  CsrGraph as_selected;  // for strong components
  CsrGraph undirected;   // for everything else
};

Projected project_both(const PropertyGraph& graph, Selection selection, const std::string& level) {
  selection.weighting = Weighting::unit;
  selection.self_loops = SelfLoops::drop;
  auto make = [&](const Selection& s) {
    return level.empty() ? project(graph, s) : project_at_level(graph, s, level);
  };
  Projected p{make(selection), {}};
  selection.direction = ProjectedDirection::undirected;
  selection.merge = MergeRule::max;
  p.undirected = make(selection);
  return p;
}

struct Labels {
  const PropertyGraph& graph;
  const CsrGraph& g;
  std::string name(Vertex v) const { return node_label(graph, g.node_refs()[v]); }
  std::string type(Vertex v) const { return graph.type_name(graph.node(g.node_refs()[v]).type); }
  // "a, b, c" for the first `limit` vertices, then "... (+N)".
  std::string list(const std::vector<Vertex>& vs, std::size_t limit) const {
    std::string text;
    for (std::size_t i = 0; i < vs.size() && i < limit; ++i) text += (i ? ", " : "") + name(vs[i]);
    if (vs.size() > limit) text += ", ... (+" + std::to_string(vs.size() - limit) + ")";
    return text;
  }
};

std::string size_list(std::vector<Vertex> sizes, std::size_t limit) {
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  std::string text;
  for (std::size_t i = 0; i < sizes.size() && i < limit; ++i)
    text += (i ? ", " : "") + std::to_string(sizes[i]);
  if (sizes.size() > limit) text += ", ...";
  return text;
}

output::Table components_table(const Projected& p, const Labels& labels, int top) {
  output::Table t{"components",
                  "Components",
                  {"kind", "count", "largest", "isolated", "sizes", "largest_contains"},
                  {},
                  {}};
  const auto weak = structure::weak_components(p.undirected);
  const auto strong = structure::strong_components(p.as_selected);
  for (const auto& [kind, r] : {std::pair{"weak", &weak}, std::pair{"strong", &strong}}) {
    const auto singles = std::count(r->size.begin(), r->size.end(), 1);
    Cell largest, contains;
    if (r->largest != kNoVertex) {
      largest = std::int64_t{r->size[r->largest]};
      contains = labels.list(structure::component_members(*r, r->largest), 3);
    }
    t.add_row({kind, std::int64_t{r->count}, largest, static_cast<std::int64_t>(singles),
               size_list(r->size, static_cast<std::size_t>(top)), contains});
  }
  t.notes.emplace_back(
      "weak: undirected view; strong: ties as stored (undirected ones count both ways)");
  return t;
}

// The size of what a cut separates from the biggest remaining piece.
Vertex cut_off(const std::vector<Vertex>& piece_sizes) {
  return std::accumulate(piece_sizes.begin() + 1, piece_sizes.end(), Vertex{0});
}

output::Table articulation_table(const CsrGraph& g, const structure::BiconnectivityResult& r,
                                 const Labels& labels, int top) {
  output::Table t{"articulation_points",
                  "Articulation points (single nodes holding a cluster together)",
                  {"node", "type", "pieces", "piece_sizes", "cut_off", "smaller_pieces"},
                  {},
                  {}};
  auto points = r.articulation_points;
  std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
    return cut_off(a.piece_sizes) > cut_off(b.piece_sizes);
  });
  for (std::size_t i = 0; i < points.size() && i < static_cast<std::size_t>(top); ++i) {
    const auto& a = points[i];
    const auto pieces = structure::pieces_without_vertex(g, a.vertex);
    std::vector<Vertex> smaller;
    for (std::size_t k = 1; k < pieces.size(); ++k)
      smaller.insert(smaller.end(), pieces[k].begin(), pieces[k].end());
    t.add_row({labels.name(a.vertex), labels.type(a.vertex),
               static_cast<std::int64_t>(a.piece_sizes.size()), size_list(a.piece_sizes, 8),
               std::int64_t{cut_off(a.piece_sizes)}, labels.list(smaller, 5)});
  }
  t.notes.push_back(std::to_string(points.size()) +
                    " articulation points; cut_off = nodes separated from the largest piece");
  return t;
}

output::Table bridge_table(const CsrGraph& g, const structure::BiconnectivityResult& r,
                           const Labels& labels, int top) {
  output::Table t{"bridges",
                  "Bridges (single ties holding a cluster together)",
                  {"from", "from_type", "to", "to_type", "from_side", "to_side", "smaller_side"},
                  {},
                  {}};
  auto bridges = r.bridges;
  std::stable_sort(bridges.begin(), bridges.end(), [](const auto& a, const auto& b) {
    return std::min(a.u_side_size, a.v_side_size) > std::min(b.u_side_size, b.v_side_size);
  });
  for (std::size_t i = 0; i < bridges.size() && i < static_cast<std::size_t>(top); ++i) {
    const auto& b = bridges[i];
    const auto sides = structure::pieces_without_edge(g, b.u, b.v);
    const auto& smaller = sides[0].size() <= sides[1].size() ? sides[0] : sides[1];
    t.add_row({labels.name(b.u), labels.type(b.u), labels.name(b.v), labels.type(b.v),
               std::int64_t{b.u_side_size}, std::int64_t{b.v_side_size}, labels.list(smaller, 5)});
  }
  t.notes.push_back(std::to_string(bridges.size()) + " bridges");
  return t;
}

output::Table core_table(const CsrGraph& g, const Labels& labels, int top) {
  const auto cores = structure::core_number(g);
  output::Table t{"main_core",
                  "Main k-core (k = " + std::to_string(cores.max_core) + ")",
                  {"node", "type", "core", "degree"},
                  {},
                  {}};
  const auto members = structure::k_core_vertices(cores, cores.max_core);
  for (std::size_t i = 0; i < members.size() && i < static_cast<std::size_t>(top); ++i)
    t.add_row({labels.name(members[i]), labels.type(members[i]), std::int64_t{cores.max_core},
               std::int64_t{g.out_degree(members[i])}});
  std::vector<std::int64_t> at_least(cores.max_core + 1, 0);
  for (const Vertex c : cores.core) ++at_least[c];
  std::ostringstream dist;
  for (Vertex k = cores.max_core; k >= 0; --k)
    if (at_least[k] > 0) dist << (k == cores.max_core ? "" : ", ") << k << ":" << at_least[k];
  t.notes.push_back(std::to_string(members.size()) +
                    " members; nodes per core number: " + dist.str());
  if (g.num_nodes() > 0 && !g.is_directed())
    t.notes.push_back("triangles: " + std::to_string(structure::triangles(g).total));
  return t;
}

// One Kernighan–Lin pass of the discrete split costs O(n (n + m)): seconds at 10^4 nodes, years
// at 10^7. Larger networks get the search's first start only (the best prefix of the coreness
// order), and the note says so.
constexpr Vertex kDiscreteSearchNodes = 20'000;

output::Table core_periphery_table(const CsrGraph& g, const Labels& labels, int top) {
  output::Table t{"core_periphery",
                  "Core–periphery (Borgatti–Everett)",
                  {"node", "type", "coreness", "in_core"},
                  {},
                  {}};
  if (g.num_nodes() < 2) {
    t.notes.emplace_back("needs at least 2 nodes");
    return t;
  }
  const auto continuous = structure::continuous_core_periphery(g, {.tolerance_max = 1e-10});
  const bool search = g.num_nodes() <= kDiscreteSearchNodes;
  auto discrete = structure::discrete_core_periphery(
      g, {.search = search ? structure::DiscreteSearch::kernighan_lin
                           : structure::DiscreteSearch::coreness_prefix});
  // Nodes the model cannot tell apart (equal coreness) go to the same side.
  const auto settled = structure::keep_ties_together(g, continuous.coreness, discrete);
  std::vector<Vertex> order(g.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return continuous.coreness[a] > continuous.coreness[b];
  });
  for (std::size_t i = 0; i < order.size() && i < static_cast<std::size_t>(top); ++i) {
    const Vertex v = order[i];
    t.add_row({labels.name(v), labels.type(v), continuous.coreness[v],
               discrete.in_core[v] ? "yes" : "no"});
  }
  std::ostringstream fit;
  fit << "discrete core: " << discrete.core.size() << " nodes, correlation " << discrete.correlation
      << "; continuous correlation " << continuous.correlation;
  t.notes.push_back(fit.str());
  if (settled > 0)
    t.notes.push_back(std::to_string(settled) + (settled == 1 ? " group" : " groups") +
                      " of nodes with equal coreness were split by the search and put together "
                      "on the side that fits better: nodes the model cannot tell apart are "
                      "treated alike");
  if (!continuous.converged)
    t.notes.push_back("the continuous fit was not converged after " +
                      std::to_string(continuous.iterations) +
                      " sweeps: coreness values are approximate, so an order between nodes whose "
                      "values differ in the last digits is not meaningful (the discrete split only "
                      "starts from that order and then runs its own search)");
  if (!search)
    t.notes.push_back("discrete split: the best prefix of the coreness order (above " +
                      std::to_string(kDiscreteSearchNodes) +
                      " nodes the Kernighan–Lin search is skipped; --level city or --types "
                      "narrows the graph)");
  t.notes.push_back("core: " + labels.list(discrete.core, static_cast<std::size_t>(top)));
  return t;
}

output::Report run_structure(const GlobalOptions& options, const SelectionArgs& selection,
                             const StructureArgs& args) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const Projected p = project_both(graph, selection.to_selection(graph), args.level);
  const Labels labels{graph, p.undirected};
  const auto cuts = structure::articulation_points_and_bridges(p.undirected);
  output::Report report;
  report.tables.push_back(components_table(p, labels, args.top));
  report.tables.push_back(articulation_table(p.undirected, cuts, labels, args.top));
  report.tables.push_back(bridge_table(p.undirected, cuts, labels, args.top));
  report.tables.push_back(core_table(p.undirected, labels, args.top));
  report.tables.push_back(core_periphery_table(p.undirected, labels, args.top));
  return report;
}

}  // namespace

Command add_structure(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "structure",
      "Components, articulation points and bridges, k-cores and the core–periphery split");
  auto selection = add_selection_options(*cmd);
  auto args = std::make_shared<StructureArgs>();
  cmd->add_option("--level", args->level, "Roll up to nodes of this type first (e.g. city)");
  cmd->add_option("--top", args->top, "Rows per table")->check(CLI::PositiveNumber);
  return {cmd, [options, selection, args] { return run_structure(*options, *selection, *args); }};
}

}  // namespace innonet::cli
