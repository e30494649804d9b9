// `innonet communities`: community detection on the selected network. Leiden (default), Louvain
// or label propagation; modularity (with --resolution) or the constant Potts model. Prints the
// community of every node, one row per community (size, members by type, internal and external
// tie weight, conductance, the largest members) and a summary with the overall modularity.
//
// The graph is the selection as projected: directed unless --undirected (directed modularity
// after Leicht & Newman), weighted by tie weight. --level L rolls it up to nodes of type L first
// (e.g. cities); ties inside one of them become self-loops and count as internal weight.
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>

#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/modularity.hpp"
#include "algorithms/community/partition_metrics.hpp"
#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

struct CommunitiesArgs {
  std::string algo = "leiden";
  std::string quality = "modularity";
  double resolution = 1.0;
  std::uint64_t seed = 1;
  std::string level;  // empty: no roll-up
  int top = 5;        // members listed per community
};

community::CommunityResult detect(const CsrGraph& g, const CommunitiesArgs& args) {
  const auto quality = args.quality == "cpm" ? community::QualityFunction::cpm
                                             : community::QualityFunction::modularity;
  if (args.algo == "louvain")
    return community::louvain(
        g, {.quality = quality, .resolution = args.resolution, .seed = args.seed});
  if (args.algo == "lpa") {
    if (quality == community::QualityFunction::cpm)
      throw UsageError("--quality cpm needs --algo leiden or louvain (LPA has no objective)");
    return community::label_propagation(g, {.seed = args.seed});
  }
  return community::leiden(g,
                           {.quality = quality, .resolution = args.resolution, .seed = args.seed});
}

struct Labels {
  const PropertyGraph& graph;
  const CsrGraph& g;
  std::string name(Vertex v) const { return node_label(graph, g.node_refs()[v]); }
  std::string type(Vertex v) const { return graph.type_name(graph.node(g.node_refs()[v]).type); }
};

output::Table membership_table(const community::CommunityResult& r, const Labels& labels) {
  output::Table t{"membership", "Community of each node", {"node", "type", "community"}, {}, {}};
  for (Vertex v = 0; v < labels.g.num_nodes(); ++v)
    t.add_row({labels.name(v), labels.type(v), std::int64_t{r.membership[v]}});
  return t;
}

// "enterprise 5, lab 2": member counts by node type, largest first.
std::string by_type(const std::vector<Vertex>& members, const Labels& labels) {
  std::map<std::string, int> count;
  for (const Vertex v : members) ++count[labels.type(v)];
  std::vector<std::pair<std::string, int>> sorted(count.begin(), count.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string text;
  for (const auto& [type, n] : sorted)
    text += (text.empty() ? "" : ", ") + type + " " + std::to_string(n);
  return text;
}

output::Table community_table(const community::CommunityResult& r,
                              const community::PartitionMetrics& m, const Labels& labels, int top) {
  output::Table t{"communities",
                  "Communities",
                  {"community", "size", "members_by_type", "internal_weight", "external_weight",
                   "conductance", "largest_members"},
                  {},
                  {}};
  std::vector<std::vector<Vertex>> members(r.num_communities);
  for (Vertex v = 0; v < labels.g.num_nodes(); ++v) members[r.membership[v]].push_back(v);
  const auto degree = [&](Vertex v) { return labels.g.out_degree(v) + labels.g.in_degree(v); };
  for (Vertex c = 0; c < r.num_communities; ++c) {
    auto& list = members[c];
    std::stable_sort(list.begin(), list.end(),
                     [&](Vertex a, Vertex b) { return degree(a) > degree(b); });
    std::string largest;
    for (std::size_t i = 0; i < list.size() && i < static_cast<std::size_t>(top); ++i)
      largest += (i ? ", " : "") + labels.name(list[i]);
    if (list.size() > static_cast<std::size_t>(top))
      largest += ", ... (+" + std::to_string(list.size() - top) + ")";
    t.add_row({std::int64_t{c}, m.size[c], by_type(list, labels), m.internal_weight[c],
               m.external_weight[c], m.conductance[c], largest});
  }
  t.notes.emplace_back("internal/external: tie weight inside / crossing the community boundary");
  std::int64_t undefined = 0;
  for (Vertex c = 0; c < r.num_communities; ++c) undefined += std::isnan(m.conductance[c]);
  if (undefined > 0)
    t.notes.push_back("conductance is undefined (empty cell) for " + std::to_string(undefined) +
                      (undefined == 1 ? " community" : " communities") +
                      " without ties (cut / volume with a volume of 0: isolated nodes)");
  return t;
}

output::Table summary_table(const CsrGraph& g, const community::CommunityResult& r,
                            const community::PartitionMetrics& m, const CommunitiesArgs& args) {
  output::Table t{"summary", "Summary", {"measure", "value"}, {}, {}};
  t.add_row({"algorithm", args.algo});
  t.add_row({"quality_function", args.algo == "lpa" ? std::string("none") : args.quality});
  t.add_row({"resolution", args.resolution});
  t.add_row({"seed", static_cast<std::int64_t>(args.seed)});
  t.add_row({"nodes", std::int64_t{g.num_nodes()}});
  t.add_row({"communities", std::int64_t{r.num_communities}});
  const bool has_edges = g.num_arcs() > 0;
  t.add_row({"modularity",
             has_edges ? output::Cell{community::modularity(g, r.membership)} : output::Cell{}});
  if (args.algo != "lpa" && (args.quality == "cpm" || args.resolution != 1.0))
    t.add_row({"quality", r.quality});
  t.add_row({"coverage", m.coverage});
  t.add_row({"performance", m.performance});
  t.notes.push_back(std::string("modularity at resolution 1 (") +
                    (g.is_directed() ? "directed, Leicht-Newman" : "undirected") +
                    "); quality = the optimised function at the given resolution");
  return t;
}

output::Report run_communities(const GlobalOptions& options, const SelectionArgs& selection_args,
                               const CommunitiesArgs& args) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const Selection selection = selection_args.to_selection(graph);
  const CsrGraph g = args.level.empty() ? project(graph, selection)
                                        : project_at_level(graph, selection, args.level);
  const auto result = detect(g, args);
  const auto metrics = community::partition_metrics(g, result.membership);
  const Labels labels{graph, g};
  output::Report report;
  report.tables.push_back(summary_table(g, result, metrics, args));
  report.tables.push_back(community_table(result, metrics, labels, args.top));
  report.tables.push_back(membership_table(result, labels));
  return report;
}

}  // namespace

Command add_communities(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "communities", "Community detection (Leiden, Louvain, label propagation) with modularity");
  auto selection = add_selection_options(*cmd);
  auto args = std::make_shared<CommunitiesArgs>();
  cmd->add_option("--algo", args->algo, "leiden (default), louvain or lpa")
      ->check(CLI::IsMember({"leiden", "louvain", "lpa"}));
  cmd->add_option("--quality", args->quality, "modularity (default) or cpm")
      ->check(CLI::IsMember({"modularity", "cpm"}));
  cmd->add_option("--resolution", args->resolution, "Resolution (> 0; default 1)");
  cmd->add_option("--seed", args->seed, "Random seed (same seed, same communities)");
  cmd->add_option("--level", args->level, "Roll up to nodes of this type first (e.g. city)");
  cmd->add_option("--top", args->top, "Members listed per community")->check(CLI::PositiveNumber);
  return {cmd, [options, selection, args] { return run_communities(*options, *selection, *args); }};
}

}  // namespace innonet::cli
