// `innonet rank`: score nodes by a centrality metric, or by every metric at once (--metric all:
// one row per node, one column per metric). Runs on the selection as projected (directed unless
// --undirected; --level L rolls it up to nodes of type L first), unweighted unless --weighted
// (then weights are tie strengths for PageRank/eigenvector/Katz/HITS/strength/clustering/
// structural holes, and lengths for betweenness/closeness/harmonic, as in NetworkX).
// Betweenness is exact unless --samples N or --epsilon E (Hoeffding bound, with --delta) asks
// for source sampling (seeded by --seed). Brokerage roles use the node types as groups.
// --type T shows only nodes of type T: `rank` counts within what is shown, `rank_all` among all
// nodes. At a roll-up level a place's ties inside itself are no partner: they are left out of
// every metric (no self-loops) and shown apart as `ties_inside`. A value a metric leaves
// undefined (NaN: constraint of a node without ties) is an empty cell, and a note names the nodes.
// --within PLACE ranks only the nodes under PLACE on the ties among them (tools/within.hpp).
// --level zone --zones FILE.csv ranks the user's own zones (tools/zones.hpp: node,zone lines) on
// the ties between them, as `rollup --level zone` groups them.
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <sstream>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/brokerage.hpp"
#include "algorithms/centrality/centralization.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "engine/rollup.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/within.hpp"
#include "tools/zones.hpp"

namespace innonet::cli {
namespace {

using namespace innonet::centrality;

const std::vector<std::string> kMetrics = {
    "degree",   "in_degree",  "out_degree",     "pagerank",    "eigenvector",
    "katz",     "hub",        "authority",      "betweenness", "closeness",
    "harmonic", "constraint", "effective_size", "clustering",  "brokerage"};

struct RankArgs {
  std::string metric = "pagerank";
  std::string type;    // show only nodes of this type
  std::string level;   // roll up first
  std::string within;  // only nodes under this place (empty: all)
  std::string zones;   // --zones FILE.csv, with --level zone
  int top = 20;
  bool weighted = false;
  std::uint64_t seed = 1;
  std::int64_t samples = 0;
  double epsilon = 0.0;
  double delta = 0.1;
  double damping = 0.85;
  bool low_memory = false;
  bool gauss_seidel = false;
  bool single_precision = false;
  double alpha = 0.1;
};

struct Column {
  std::string name;
  std::vector<double> values;
};

std::string number(double x) {
  std::ostringstream text;
  text << x;
  return text.str();
}

void note_convergence(const std::string& what, bool converged, int iterations, double residual,
                      std::vector<std::string>& notes) {
  notes.push_back(what + ": " + (converged ? "converged" : "NOT converged") + " after " +
                  std::to_string(iterations) + " sweeps (L1 change " + number(residual) + ")");
}

Column betweenness_column(const CsrGraph& g, const RankArgs& a, std::vector<std::string>& notes) {
  const EdgeWeights w = a.weighted ? EdgeWeights::use : EdgeWeights::ignore;
  std::int64_t k = a.samples;
  if (a.epsilon > 0.0) k = hoeffding_samples(g.num_nodes(), a.epsilon, a.delta);
  BetweennessResult r;
  if (k > 0 && k < g.num_nodes()) {
    r = approximate_betweenness(g, sample_sources(g.num_nodes(), k, a.seed), a.delta,
                                {.weights = w});
    notes.push_back(
        "betweenness: sampled " + std::to_string(k) + " of " + std::to_string(g.num_nodes()) +
        " sources (seed " + std::to_string(a.seed) + "); |error| <= " + number(r.epsilon) +
        " for every node with probability >= " + number(1.0 - a.delta) + " (Hoeffding)");
  } else {
    r = betweenness(g, {.weights = w});
  }
  notes.push_back(
      "betweenness (normalized) centralization: " +
      number(freeman_centralization(r.score, star_max_betweenness(g.num_nodes(), g.direction(),
                                                                  BetweennessScale::normalized))));
  return {"betweenness", std::move(r.score)};
}

std::vector<Column> compute(const std::string& metric, const CsrGraph& g,
                            const std::vector<int>& groups, const RankArgs& a,
                            std::vector<std::string>& notes) {
  const EdgeWeights w = a.weighted ? EdgeWeights::use : EdgeWeights::ignore;
  const std::string strength = a.weighted ? " (strength)" : "";
  if (metric == "degree" || metric == "in_degree" || metric == "out_degree") {
    const DegreeMode mode = metric == "degree"      ? DegreeMode::total
                            : metric == "in_degree" ? DegreeMode::in
                                                    : DegreeMode::out;
    auto r = degree_centrality(g, {.mode = mode, .weights = w});
    notes.push_back(metric + strength + " centralization: " + number(r.centralization));
    return {{metric, std::move(r.score)}};
  }
  if (metric == "pagerank") {
    auto r = pagerank(
        g, {.damping = a.damping,
            .weights = w,
            .layout = a.low_memory ? PageRankLayout::graph_order : PageRankLayout::automatic,
            .sweep = a.gauss_seidel ? PageRankSweep::gauss_seidel : PageRankSweep::jacobi,
            .contributions = a.single_precision ? PageRankContributions::single_precision
                                                : PageRankContributions::double_precision});
    note_convergence("pagerank", r.converged, r.iterations, r.residual_l1, notes);
    return {{metric, std::move(r.score)}};
  }
  if (metric == "eigenvector" || metric == "katz") {
    auto r = metric == "katz" ? katz_centrality(g, {.alpha = a.alpha, .weights = w})
                              : eigenvector_centrality(g, {.weights = w});
    note_convergence(metric, r.converged, r.iterations, r.residual_l1, notes);
    return {{metric, std::move(r.score)}};
  }
  if (metric == "hub" || metric == "authority") {
    auto r = hits(g, {.weights = w});
    note_convergence("hits", r.converged, r.iterations, r.residual_l1, notes);
    return {{metric, metric == "hub" ? std::move(r.hub) : std::move(r.authority)}};
  }
  if (metric == "betweenness") return {betweenness_column(g, a, notes)};
  if (metric == "closeness" || metric == "harmonic") {
    auto s = metric == "closeness" ? closeness_centrality(g, {.weights = w})
                                   : harmonic_centrality(g, {.weights = w});
    const double bound = metric == "closeness" ? star_max_closeness(g.num_nodes(), g.direction())
                                               : star_max_harmonic(g.num_nodes(), g.direction());
    notes.push_back(metric + " centralization: " + number(freeman_centralization(s, bound)));
    return {{metric, std::move(s)}};
  }
  if (metric == "constraint" || metric == "effective_size") {
    auto r = structural_holes(g, {.weights = w});
    return {
        {metric, metric == "constraint" ? std::move(r.constraint) : std::move(r.effective_size)}};
  }
  if (metric == "clustering") return {{metric, clustering(g, {.weights = w})}};
  auto r = brokerage(g, groups);  // brokerage
  const auto as_double = [](const std::vector<std::int64_t>& v) {
    return std::vector<double>(v.begin(), v.end());
  };
  notes.emplace_back("brokerage: Gould–Fernandez roles with node types as groups, open two-paths");
  return {{"brokerage", as_double(r.total)},       {"coordinator", as_double(r.coordinator)},
          {"gatekeeper", as_double(r.gatekeeper)}, {"representative", as_double(r.representative)},
          {"consultant", as_double(r.consultant)}, {"liaison", as_double(r.liaison)}};
}

// The structure itself where the selection allows (a structural file: no property graph).
std::shared_ptr<const CsrGraph> project_for_rank(const GraphSource& source, Selection selection,
                                                 const RankArgs& a) {
  if (!a.weighted) selection.weighting = Weighting::unit;
  if (a.level.empty()) {
    if (auto direct = source.project_structure(selection)) return direct;
    return std::make_shared<const CsrGraph>(project(source.properties(), selection));
  }
  selection.self_loops = SelfLoops::drop;  // ties inside a place are not partners
  return std::make_shared<const CsrGraph>(
      project_at_level(source.properties(), selection, a.level));
}

void check_args(const RankArgs& a, const GraphSource& source) {
  if (a.level == "zone" && a.zones.empty())
    throw UsageError("--level zone needs --zones FILE.csv (node,zone)");
  if (!a.zones.empty() && a.level != "zone") throw UsageError("--zones needs --level zone");
  if (a.type.empty()) return;
  const auto names = source.type_names();
  if (std::find(names.begin(), names.end(), a.type) == names.end())
    throw UsageError("--type: unknown node type '" + a.type + "'");
}

// Ties inside each place of the level (by node), for the ties_inside column.
std::vector<std::int64_t> ties_inside(const PropertyGraph& graph, const Selection& selection,
                                      const std::string& level) {
  std::vector<std::int64_t> inside(static_cast<std::size_t>(graph.num_nodes()), 0);
  for (const auto& in : rollup(graph, selection, level).internal)
    inside[index(in.level_node)] = in.edge_count;
  return inside;
}

// What a row shows of vertex v: the node's (or the zone's) id, name and type.
struct VertexLabels {
  std::function<std::string(Vertex)> id, name, type;
};

// The graph ranked, its labels and the ties inside each vertex (a place or zone; empty at the
// node level).
struct Ranked {
  std::shared_ptr<const CsrGraph> graph;
  VertexLabels label;
  std::vector<std::int64_t> inside;  // by vertex
  std::vector<std::string> notes;
};

Ranked zone_network(const GraphSource& source, Selection selection, const RankArgs& a) {
  if (!a.weighted) selection.weighting = Weighting::unit;
  auto zones = std::make_shared<const Zones>(read_zones(source.properties(), a.zones));
  ZoneNetwork net = project_zones(source.properties(), selection, *zones);
  const auto name = [zones](Vertex v) { return zones->names[v]; };
  Ranked r{std::make_shared<const CsrGraph>(std::move(net.graph)),
           {name, name, [](Vertex) { return std::string("zone"); }},
           std::move(net.ties_inside),
           {}};
  r.notes.push_back("zones from " + a.zones + "; " + std::to_string(net.ties_unzoned) +
                    " selected ties with an end in no zone are left out");
  return r;
}

Ranked ranked_graph(const GraphSource& source, const Selection& selection, const RankArgs& a) {
  if (a.level == "zone") return zone_network(source, selection, a);
  Ranked r{project_for_rank(source, selection, a), {}, {}, {}};
  const CsrGraph* g = r.graph.get();
  r.label = {[&source, g](Vertex v) { return source.node_id(*g, v); },
             [&source, g](Vertex v) { return source.node_name(*g, v); },
             [&source, g](Vertex v) { return source.node_type(*g, v); }};
  if (a.level.empty()) return r;
  const auto by_node = ties_inside(source.properties(), selection, a.level);
  for (const NodeRef ref : g->node_refs()) r.inside.push_back(by_node[index(ref)]);
  return r;
}

// "constraint undefined for 宣城 (xuancheng), ...: no ties" for metrics with NaN values.
void note_undefined(const VertexLabels& label, const CsrGraph& g,
                    const std::vector<Column>& columns, std::vector<std::string>& notes) {
  for (const auto& c : columns) {
    std::string names;
    std::int64_t count = 0;
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      if (std::isnan(c.values[v]) && ++count <= 10)
        names += (names.empty() ? "" : ", ") + label.name(v) + " (" + label.id(v) + ")";
    if (count == 0) continue;
    notes.push_back(c.name + " is undefined (empty cell) for " + std::to_string(count) +
                    (count == 1 ? " node" : " nodes") + " without ties in the selection: " + names +
                    (count > 10 ? ", …" : "") +
                    " (Burt's measures need at least one contact; ranked last)");
  }
}

output::Report rank_table(const Ranked& ranked, const std::vector<Column>& columns,
                          const std::vector<Vertex>& order, std::vector<std::string> notes,
                          const RankArgs& a);

// The first `limit` vertices by key, largest first (ascending: smallest first), NaN last, ties
// by vertex: the order a stable sort of 0..n-1 gives. A bounded heap when limit < n, so showing
// the top rows of a graph of millions neither sorts nor holds an n-long order.
std::vector<Vertex> ranking_order(const std::vector<double>& key, bool ascending,
                                  std::int64_t limit) {
  const auto before = [&](Vertex x, Vertex y) {
    const bool x_nan = std::isnan(key[x]), y_nan = std::isnan(key[y]);
    if (x_nan != y_nan) return y_nan;
    if (!x_nan && key[x] != key[y]) return ascending ? key[x] < key[y] : key[x] > key[y];
    return x < y;
  };
  const auto n = static_cast<Vertex>(key.size());
  std::vector<Vertex> order;
  if (limit >= n) {
    order.resize(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), before);  // a total order: the same as stable
    return order;
  }
  order.reserve(static_cast<std::size_t>(limit) + 1);
  for (Vertex v = 0; v < n; ++v) {  // a max-heap by `before`: its front is the last one kept
    if (std::ssize(order) == limit) {
      if (!before(v, order.front())) continue;
      std::pop_heap(order.begin(), order.end(), before);
      order.pop_back();
    }
    order.push_back(v);
    std::push_heap(order.begin(), order.end(), before);
  }
  std::sort_heap(order.begin(), order.end(), before);
  return order;
}

output::Report run_rank(const GlobalOptions& options, const SelectionArgs& selection_args,
                        const RankArgs& a) {
  const GraphSource source = load_graph(options);
  check_args(a, source);
  // The year-filter note needs the properties; a structural file has no years.
  const Selection selection =
      source.is_structural() && a.within.empty()
          ? selection_args.to_selection()
          : within_selection(source.properties(), selection_args.to_selection(source.properties()),
                             a.within);
  Ranked ranked = ranked_graph(source, selection, a);
  const CsrGraph& g = *ranked.graph;
  const VertexLabels& label = ranked.label;
  // Brokerage groups: node types (a structural graph has one type).
  const auto types = source.type_names();
  std::vector<int> groups;  // read by brokerage only
  if (a.metric == "brokerage" || a.metric == "all") groups.resize(g.num_nodes());
  if (!groups.empty())
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      groups[v] =
          static_cast<int>(std::find(types.begin(), types.end(), label.type(v)) - types.begin());
  std::vector<std::string> notes;
  std::vector<Column> columns;
  if (a.metric == "all") {
    for (const auto& m : kMetrics) {
      if (m == "authority" || (!g.is_directed() && (m == "in_degree" || m == "out_degree")))
        continue;
      auto cs = compute(m, g, groups, a, notes);
      if (m == "hub") cs.push_back(compute("authority", g, groups, a, notes).front());
      columns.insert(columns.end(), cs.begin(), m == "brokerage" ? cs.begin() + 1 : cs.end());
    }
  } else {
    columns = compute(a.metric, g, groups, a, notes);
  }
  // Rank by the first column, largest first (constraint: smallest first), NaN last. Without
  // --type only the rows shown are ordered; with it, every node (rank_all counts them all).
  const bool ascending = columns.front().name == "constraint";
  const std::vector<Vertex> order =
      ranking_order(columns.front().values, ascending, a.type.empty() ? a.top : g.num_nodes());
  note_undefined(label, g, columns, notes);
  notes.insert(notes.end(), ranked.notes.begin(), ranked.notes.end());
  return rank_table(ranked, columns, order, notes, a);
}

output::Report rank_table(const Ranked& ranked, const std::vector<Column>& columns,
                          const std::vector<Vertex>& order, std::vector<std::string> notes,
                          const RankArgs& a) {
  const CsrGraph& g = *ranked.graph;
  const VertexLabels& label = ranked.label;
  output::Table t{"rank",
                  (a.level == "zone" ? "Zones by " : "Nodes by ") + a.metric,
                  {"rank", "id", "name", "type"},
                  {},
                  std::move(notes)};
  if (!a.type.empty()) t.columns.insert(t.columns.begin() + 1, "rank_all");
  for (const auto& c : columns) t.columns.push_back(c.name);
  if (!a.level.empty()) t.columns.emplace_back("ties_inside");
  std::int64_t shown = 0;
  for (std::size_t i = 0; i < order.size() && shown < a.top; ++i) {
    const std::string type = label.type(order[i]);
    if (!a.type.empty() && type != a.type) continue;
    std::vector<output::Cell> row{++shown, label.id(order[i]), label.name(order[i]), type};
    if (!a.type.empty()) row.insert(row.begin() + 1, static_cast<std::int64_t>(i + 1));
    for (const auto& c : columns) row.emplace_back(c.values[order[i]]);
    if (!a.level.empty()) row.emplace_back(ranked.inside[order[i]]);
    t.add_row(std::move(row));
  }
  if (!a.level.empty())
    t.notes.push_back("ties_inside: ties between organisations of the same " + a.level +
                      "; they are not partners and no metric counts them");
  if (!a.within.empty())
    t.notes.push_back("only nodes within " + a.within + " and the ties among them (--within)");
  t.notes.push_back(std::to_string(g.num_nodes()) + " nodes, " + std::to_string(g.num_edges()) +
                    (g.is_directed() ? " directed" : " undirected") + " edges" +
                    (a.weighted ? ", weighted" : ", unweighted"));
  return output::Report{{std::move(t)}, 0};
}

}  // namespace

Command add_rank(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand("rank", "Score nodes by a centrality metric (or 'all')");
  auto selection = add_selection_options(*cmd);
  auto args = std::make_shared<RankArgs>();
  std::vector<std::string> choices = kMetrics;
  choices.emplace_back("all");
  cmd->add_option("--metric", args->metric, "Metric, or 'all'")->check(CLI::IsMember(choices));
  cmd->add_option("--type", args->type, "Show only nodes of this type");
  cmd->add_option("--level", args->level,
                  "Roll up to nodes of this type first (e.g. city), or 'zone' with --zones");
  cmd->add_option("--zones", args->zones,
                  "CSV of node,zone lines (node by id or name): rank your own zones");
  add_within_option(*cmd, args->within);
  cmd->add_option("--top", args->top, "Rows to show")->check(CLI::PositiveNumber);
  cmd->add_flag("--weighted", args->weighted, "Use edge weights");
  cmd->add_option("--seed", args->seed, "Seed for sampled betweenness");
  auto* samples = cmd->add_option("--samples", args->samples, "Betweenness: sampled sources")
                      ->check(CLI::PositiveNumber);
  cmd->add_option("--epsilon", args->epsilon, "Betweenness: target max error (sets the samples)")
      ->check(CLI::PositiveNumber)
      ->excludes(samples);
  cmd->add_option("--delta", args->delta, "Betweenness: failure probability of the bound")
      ->check(CLI::Range(1e-12, 0.999999));
  cmd->add_option("--damping", args->damping, "PageRank damping")->check(CLI::Range(0.0, 0.999999));
  cmd->add_flag("--low-memory", args->low_memory,
                "PageRank: sweep the graph's own arrays, no degree-ordered copy (4 bytes per "
                "arc less; slower sweeps on graphs of over 500,000 nodes)");
  cmd->add_flag("--gauss-seidel", args->gauss_seidel,
                "PageRank: staged Gauss-Seidel sweeps (the same scores in fewer sweeps; "
                "deterministic; default: Jacobi, NetworkX's method)");
  cmd->add_flag("--single-precision", args->single_precision,
                "PageRank: gather contributions stored as floats (faster sweeps on large graphs; "
                "scores agree with the default to about 1e-7 relative; deterministic)");
  cmd->add_option("--alpha", args->alpha, "Katz attenuation")->check(CLI::PositiveNumber);
  return {cmd, [options, selection, args] { return run_rank(*options, *selection, *args); }};
}

}  // namespace innonet::cli
