// innonet.pagerank, innonet.betweenness, innonet.closeness, innonet.harmonic, innonet.degree:
// the rank subcommand's metrics, with its options and defaults (unweighted unless weighted:
// true; level '' = organisations; betweenness exact unless samples > 0).
#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "query/procedure_options.hpp"
#include "query/procedures.hpp"

namespace innonet::query {
namespace {

using namespace innonet::centrality;

ProcedureTable score_table(const CsrGraph& g, const std::vector<double>& score) {
  ProcedureTable t;
  for (Vertex v = 0; v < g.num_nodes(); ++v) t.rows.push_back({node_value(g, v), Value(score[v])});
  return t;
}

std::vector<std::string> with_selection(std::vector<std::string> names) {
  for (auto& n : selection_option_names()) names.push_back(n);
  return names;
}

EdgeWeights weights(const Options& o) {
  return o.flag("weighted", false) ? EdgeWeights::use : EdgeWeights::ignore;
}

ProcedureTable run_pagerank(const GraphView& view, const Map& map) {
  const Options o("innonet.pagerank", map);
  const CsrGraph g =
      o.project(view.graph(), o.flag("weighted", false), Options::InsideTies::drop_for_ranking);
  const auto r = pagerank(g, {.damping = o.number("damping", 0.85), .weights = weights(o)});
  return score_table(g, r.score);
}

ProcedureTable run_betweenness(const GraphView& view, const Map& map) {
  const Options o("innonet.betweenness", map);
  const CsrGraph g =
      o.project(view.graph(), o.flag("weighted", false), Options::InsideTies::drop_for_ranking);
  const std::int64_t k = o.integer("samples", 0);
  BetweennessResult r;
  if (k > 0 && k < g.num_nodes())
    r = approximate_betweenness(g, sample_sources(g.num_nodes(), k, o.integer("seed", 1)),
                                o.number("delta", 0.1), {.weights = weights(o)});
  else
    r = betweenness(g, {.weights = weights(o)});
  return score_table(g, r.score);
}

ProcedureTable run_closeness(const GraphView& view, const Map& map, bool harmonic) {
  const Options o(harmonic ? "innonet.harmonic" : "innonet.closeness", map);
  const CsrGraph g =
      o.project(view.graph(), o.flag("weighted", false), Options::InsideTies::drop_for_ranking);
  return score_table(g, harmonic ? harmonic_centrality(g, {.weights = weights(o)})
                                 : closeness_centrality(g, {.weights = weights(o)}));
}

ProcedureTable run_degree(const GraphView& view, const Map& map) {
  const Options o("innonet.degree", map);
  const CsrGraph g =
      o.project(view.graph(), o.flag("weighted", false), Options::InsideTies::drop_for_ranking);
  const std::string mode = o.text("mode", "total");
  const DegreeMode m = mode == "in"    ? DegreeMode::in
                       : mode == "out" ? DegreeMode::out
                                       : DegreeMode::total;
  return score_table(g, degree_centrality(g, {.mode = m, .weights = weights(o)}).score);
}

}  // namespace

void add_centrality_procedures(std::vector<Procedure>& out) {
  const std::vector<std::string> cols = {"node", "score"};
  out.push_back({"innonet.pagerank", cols, with_selection({"damping", "weighted"}),
                 "PageRank of every node (rank --metric pagerank)", run_pagerank});
  out.push_back({"innonet.betweenness", cols,
                 with_selection({"weighted", "samples", "seed", "delta"}),
                 "betweenness (rank --metric betweenness)", run_betweenness});
  out.push_back({"innonet.closeness", cols, with_selection({"weighted"}),
                 "closeness (rank --metric closeness)",
                 [](const GraphView& v, const Map& m) { return run_closeness(v, m, false); }});
  out.push_back({"innonet.harmonic", cols, with_selection({"weighted"}),
                 "harmonic closeness (rank --metric harmonic)",
                 [](const GraphView& v, const Map& m) { return run_closeness(v, m, true); }});
  out.push_back({"innonet.degree", cols, with_selection({"weighted", "mode"}),
                 "degree (rank --metric degree / in_degree / out_degree)", run_degree});
}

}  // namespace innonet::query
