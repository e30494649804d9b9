// `innonet report`: the main job - a planner's overview of a network in one run. Which
// organisations are the hubs and the brokers, how the cities are tied, which city is left out,
// how the named corridors score, where the next flying enclave should go, and how the targets
// stand. Each section is the short form of a command that explains it in full (named in the
// section's notes). The selection options (--evidence stated, --kinds, --years...) and --within
// PLACE (tools/within.hpp) apply to every network section; the targets keep their --scope.
#include <algorithm>
#include <numeric>
#include <optional>
#include <sstream>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"
#include "algorithms/planner/targets.hpp"
#include "engine/error.hpp"
#include "engine/rollup.hpp"
#include "engine/selection.hpp"
#include "tools/command.hpp"
#include "tools/commands/planner_common.hpp"
#include "tools/english_names.hpp"
#include "tools/graph_source.hpp"
#include "tools/html/report_command.hpp"
#include "tools/selected_graph.hpp"
#include "tools/within.hpp"

namespace innonet::cli {
namespace {

struct ReportArgs {
  int top = 10;
  std::string level = "city";
  std::string enclave_kind = "flying_enclave";
  std::string scope = "nanjing";
  std::string within;  // only nodes and ties under this place (empty: everywhere)
};

// Exact betweenness is one traversal per node: seconds at 10^4 nodes, days at 10^7. Above this
// size the overview samples kBrokerSamples sources (a fixed seed, so the report is repeatable)
// and states the error bound; `innonet rank --metric betweenness` gives the exact figure.
constexpr Vertex kExactBetweennessNodes = 50'000;
constexpr std::int64_t kBrokerSamples = 256;
constexpr double kBrokerDelta = 0.1;

std::vector<double> broker_scores(const CsrGraph& g, std::vector<std::string>& notes) {
  if (g.num_nodes() <= kExactBetweennessNodes) return centrality::betweenness(g).score;
  auto r = centrality::approximate_betweenness(
      g, centrality::sample_sources(g.num_nodes(), kBrokerSamples, 1), kBrokerDelta);
  std::ostringstream note;
  note << "betweenness sampled from " << kBrokerSamples << " of " << g.num_nodes()
       << " sources (seed 1): |error| <= " << r.epsilon
       << " for every node with probability >= " << 1.0 - kBrokerDelta
       << "; exact: innonet rank --metric betweenness";
  notes.push_back(note.str());
  return std::move(r.score);
}

// value / median of `values` ("× the median"), or empty when the median is 0.
output::Cell times_median(double value, std::vector<double> values) {
  if (values.empty()) return {};
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle > 0.0 ? output::Cell{value / *middle} : output::Cell{};
}

output::Table hubs_table(const PropertyGraph& graph, Selection selection, int top) {
  // Every node tied in either direction (organisations, and places named as a party to a tie);
  // weights are tie strengths, so betweenness (which reads weights as lengths) runs on hops.
  selection.direction = ProjectedDirection::undirected;
  selection.weighting = Weighting::unit;
  selection.self_loops = SelfLoops::drop;
  const CsrGraph g = project(graph, selection);
  const CompiledSelection chosen(graph, selection);
  const auto rank = centrality::pagerank(g).score;
  std::vector<std::string> notes;
  const auto between = broker_scores(g, notes);
  std::vector<Vertex> order(static_cast<std::size_t>(g.num_nodes()));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return rank[a] > rank[b]; });
  std::vector<Vertex> by_between = order;
  std::stable_sort(by_between.begin(), by_between.end(),
                   [&](Vertex a, Vertex b) { return between[a] > between[b]; });
  std::vector<std::int64_t> between_rank(order.size());
  for (std::size_t i = 0; i < by_between.size(); ++i) between_rank[by_between[i]] = i + 1;
  output::Table t{.name = "hubs",
                  .title = "Hubs: the best-connected nodes (organisations and places), by PageRank",
                  .columns = {"rank", "id", "name", "type", "ties", "partners", "pagerank",
                              "pagerank_vs_median", "betweenness", "betweenness_rank"}};
  for (int i = 0; i < top && i < g.num_nodes(); ++i) {
    const Vertex v = order[i];
    const NodeRef ref = g.node_refs()[v];
    const Node& node = graph.node(ref);
    std::int64_t ties = 0;
    for (const EdgeRef e : graph.incident_edges(ref)) {
      const Edge& edge = graph.edge(e);
      ties += edge.source != edge.target && chosen.keeps_edge(e) &&
              chosen.keeps_node(edge.source) && chosen.keeps_node(edge.target);
    }
    t.add_row({std::int64_t{i + 1}, node.id, node.name, graph.type_name(node.type), ties,
               std::int64_t{g.out_degree(v)}, rank[v], times_median(rank[v], rank), between[v],
               between_rank[v]});
  }
  t.notes.push_back(
      "ties = edges at the node; partners = distinct nodes at their other ends; all ties, "
      "undirected; pagerank d = 0.85, pagerank_vs_median = how many times the median node's "
      "score; betweenness normalized (share of shortest paths through the node, hops), "
      "betweenness_rank among all " +
      std::to_string(g.num_nodes()) + " nodes. More: innonet rank --metric all");
  t.notes.insert(t.notes.end(), notes.begin(), notes.end());
  return t;
}

output::Table places_table(const PropertyGraph& graph, Selection selection,
                           const std::string& level) {
  selection.direction = ProjectedDirection::undirected;
  const Rollup r = rollup(graph, selection, level);
  std::vector<std::int64_t> between(static_cast<std::size_t>(graph.num_nodes()), 0);
  std::vector<std::int64_t> partners(between.size(), 0), internal(between.size(), 0);
  for (const auto& pair : r.pairs) {
    between[index(pair.source)] += pair.edge_count;
    between[index(pair.target)] += pair.edge_count;
    ++partners[index(pair.source)];
    ++partners[index(pair.target)];
  }
  for (const auto& in : r.internal) internal[index(in.level_node)] = in.edge_count;
  auto nodes = r.level_nodes;
  std::stable_sort(nodes.begin(), nodes.end(),
                   [&](NodeRef a, NodeRef b) { return between[index(a)] > between[index(b)]; });
  output::Table t{
      .name = "places",
      .title = "Places (" + level + " level): ties to other places",
      .columns = {"id", "name", "ties_out_of_place", "partner_places", "ties_inside", "left_out"}};
  for (auto p : nodes)
    t.add_row({graph.node(p).id, graph.node(p).name, between[index(p)], partners[index(p)],
               internal[index(p)], std::string(between[index(p)] == 0 ? "yes" : "")});
  t.notes.push_back(std::to_string(r.unplaced.size()) + " nodes lie under no " + level + "; " +
                    std::to_string(r.edges_lost) +
                    " ties touch them and are not counted here. "
                    "More: innonet rollup --level " +
                    level);
  return t;
}

output::Table corridors_table(const PropertyGraph& graph, const Selection& selection,
                              const std::vector<bool>& inside) {
  auto corridors = planner::declared_corridors(graph);
  const auto dropped = inside.empty() ? 0 : drop_corridors_outside(corridors, inside, false);
  planner::CorridorScoringOptions options;
  options.corridor.selection = selection;
  const auto scores = planner::score_corridors(graph, corridors, options);
  output::Table t{.name = "corridors",
                  .title = "Corridors: real ties or only on paper?",
                  .columns = {"rank", "id", "name", "ties", "declared_links", "kinds", "capacity",
                              "observed_to_expected", "composite"}};
  for (const auto& s : scores) {
    const auto& b = s.breakdown;
    t.add_row({std::int64_t{s.rank}, b.corridor.id, b.corridor.name, b.ties, b.declared_links,
               std::int64_t{b.multiplexity}, b.capacity,
               s.gravity.available ? output::Cell{s.gravity.observed_to_expected} : output::Cell{},
               s.composite});
  }
  if (!inside.empty())
    t.notes.push_back(std::to_string(dropped) + " corridors with a member outside left out");
  t.notes.emplace_back("More: innonet corridors, innonet corridor NAME");
  return t;
}

output::Table enclaves_table(const PropertyGraph& graph, const Selection& selection,
                             const ReportArgs& args) {
  output::Table t{.name = "next_" + args.enclave_kind,
                  .title = "Where the next " + args.enclave_kind + " would add most",
                  .columns = {"rank", "a", "b", "score", "reasons"}};
  if (!graph.find_kind(args.enclave_kind)) {
    t.notes.push_back("this graph has no '" + args.enclave_kind + "' ties");
    return t;
  }
  // Built step by step: GCC 12 sees the braced temporary's defaulted strings
  // as maybe-uninitialized (-Werror=maybe-uninitialized) in Release builds.
  planner::RecommendOptions options;
  options.kind = args.enclave_kind;
  options.level = args.level;
  options.selection = selection;
  options.top = std::min(args.top, 5);
  const auto result = planner::recommend(graph, options);
  std::int64_t rank = 0;
  for (const auto& r : result.recommendations) {
    std::string reasons;
    for (const auto& reason : recommendation_reasons(graph, r, result.efficiency))
      reasons += (reasons.empty() ? "" : "; ") + reason;
    t.add_row({++rank, node_label(graph, r.a), node_label(graph, r.b), r.score, reasons});
  }
  t.notes.push_back("More: innonet recommend --kind " + args.enclave_kind);
  return t;
}

output::Table targets_table(const PropertyGraph& graph, const std::string& scope) {
  output::Table t{.name = "targets",
                  .title = "Targets of " + scope + " with a measurable pace",
                  .columns = {"metric", "baseline", "latest", "target", "target_year", "progress",
                              "projected", "on_track"}};
  for (const auto& r : planner::target_progress(graph, {.scope = scope}))
    if (r.projected)
      t.add_row({r.metric, r.baseline->value, r.latest->value, r.target.value,
                 std::int64_t{r.target.year}, *r.progress, *r.projected,
                 std::string(*r.on_track ? "yes" : "no")});
  t.notes.push_back("More: innonet indicators --scope " + scope);
  return t;
}

// Whether any selection option narrows the network.
bool is_restricted(const SelectionArgs& s) {
  return !s.kinds.empty() || !s.evidence.empty() || !s.node_types.empty() || !s.years.empty();
}

// "ties of evidence stated; within nanjing" for the notes, or empty.
std::string selection_words(const SelectionArgs& s, const std::string& within) {
  const auto list = [](const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ",") + item;
    return text;
  };
  std::vector<std::string> parts;
  if (!s.evidence.empty()) parts.push_back("ties of evidence " + list(s.evidence));
  if (!s.kinds.empty()) parts.push_back("ties of kinds " + list(s.kinds));
  if (!s.years.empty()) parts.push_back("ties of years " + s.years);
  if (!s.node_types.empty()) parts.push_back("nodes of types " + list(s.node_types));
  if (!within.empty()) parts.push_back("nodes and ties within " + within);
  std::string text;
  for (const auto& p : parts) text += (text.empty() ? "" : "; ") + p;
  return text;
}

}  // namespace

Command add_report(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "report", "The planner's overview: hubs, places, corridors, next flying enclave, targets");
  auto args = std::make_shared<ReportArgs>();
  cmd->add_option("--top", args->top, "Rows per ranking")->check(CLI::PositiveNumber);
  cmd->add_option("--level", args->level, "Node type of the places (default city)");
  cmd->add_option("--kind", args->enclave_kind, "Tie kind to recommend (default flying_enclave)");
  cmd->add_option("--scope", args->scope, "Scope of the targets section (default nanjing)");
  add_within_option(*cmd, args->within);
  const auto selection = add_selection_options(*cmd);
  const auto html = add_html_options(*cmd);
  return {cmd, [=] {
            const GraphSource source = load_graph(*options);
            // report's own --lang (zh, en, both: the HTML map's names) shadows the global one;
            // en gives English names in the tables too.
            const std::optional<PropertyGraph> english =
                html->path.empty() && html->language == "en" && options->lang != "en"
                    ? std::optional(with_english_names(source.properties()))
                    : std::nullopt;
            const PropertyGraph& graph = english ? *english : source.properties();
            if (!html->path.empty()) {
              if (args->within.empty() && !is_restricted(*selection))
                return write_html_report(graph, *html, args->level, args->scope,
                                         args->enclave_kind);
              // The page draws the graph it is given: give it the part selected.
              const PropertyGraph part = selected_graph(
                  graph, within_selection(graph, selection->to_selection(graph), args->within),
                  selection_words(*selection, args->within));
              return write_html_report(part, *html, args->level, args->scope, args->enclave_kind);
            }
            std::vector<bool> inside;
            if (!args->within.empty()) inside = within_scope(graph, args->within);
            Selection chosen = selection->to_selection(graph);
            if (!inside.empty()) chosen = restrict_to(graph, std::move(chosen), inside);
            output::Report report;
            report.tables.push_back(hubs_table(graph, chosen, args->top));
            if (graph.find_type(args->level))
              report.tables.push_back(places_table(graph, chosen, args->level));
            report.tables.push_back(corridors_table(graph, chosen, inside));
            if (graph.find_type(args->level))
              report.tables.push_back(enclaves_table(graph, chosen, *args));
            report.tables.push_back(targets_table(graph, args->scope));
            const std::string filters = selection_words(*selection, args->within);
            if (!filters.empty())
              for (std::size_t i = 0; i + 1 < report.tables.size(); ++i)
                report.tables[i].notes.push_back("only " + filters);
            return report;
          }};
}

}  // namespace innonet::cli
