// innonet.communities, innonet.kcore, innonet.components: the communities and structure
// subcommands' computations with their options and defaults (communities: leiden, modularity,
// resolution 1, seed 1; structure: unweighted, loops dropped, undirected with merge max for
// k-core and weak components, as selected for strong components).
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/k_core.hpp"
#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "query/procedure_options.hpp"
#include "query/procedures.hpp"

namespace innonet::query {
namespace {

std::vector<std::string> with_selection(std::vector<std::string> names) {
  for (auto& n : selection_option_names()) names.push_back(n);
  return names;
}

ProcedureTable run_communities(const GraphView& view, const Map& map) {
  const Options o("innonet.communities", map);
  const CsrGraph g = o.project(view.graph(), true);
  const std::string algo = o.text("algo", "leiden");
  const std::string quality_name = o.text("quality", "modularity");
  if (quality_name != "modularity" && quality_name != "cpm")
    throw UsageError("innonet.communities: quality expects 'modularity' or 'cpm'");
  const auto quality = quality_name == "cpm" ? community::QualityFunction::cpm
                                             : community::QualityFunction::modularity;
  const double resolution = o.number("resolution", 1.0);
  const auto seed = static_cast<std::uint64_t>(o.integer("seed", 1));
  community::CommunityResult r;
  if (algo == "louvain") {
    r = community::louvain(g, {.quality = quality, .resolution = resolution, .seed = seed});
  } else if (algo == "lpa") {
    if (quality == community::QualityFunction::cpm)
      throw UsageError("innonet.communities: quality 'cpm' needs algo 'leiden' or 'louvain'");
    r = community::label_propagation(g, {.seed = seed});
  } else if (algo == "leiden") {
    r = community::leiden(g, {.quality = quality, .resolution = resolution, .seed = seed});
  } else {
    throw UsageError("innonet.communities: algo expects 'leiden', 'louvain' or 'lpa'");
  }
  ProcedureTable t;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    t.rows.push_back({node_value(g, v), Value(std::int64_t{r.membership[v]})});
  return t;
}

// The structure command's undirected projection: unit weights, no loops, merge max.
CsrGraph structure_graph(const GraphView& view, const Options& o, bool undirected) {
  Selection s = o.selection();
  s.weighting = Weighting::unit;
  s.self_loops = SelfLoops::drop;
  if (undirected) {
    s.direction = ProjectedDirection::undirected;
    s.merge = MergeRule::max;
  }
  const std::string level = o.text("level", "");
  return level.empty() ? project(view.graph(), s) : project_at_level(view.graph(), s, level);
}

ProcedureTable run_kcore(const GraphView& view, const Map& map) {
  const Options o("innonet.kcore", map);
  const CsrGraph g = structure_graph(view, o, true);
  const auto cores = structure::core_number(g);
  ProcedureTable t;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    t.rows.push_back({node_value(g, v), Value(std::int64_t{cores.core[v]}),
                      Value(std::int64_t{g.out_degree(v)})});
  return t;
}

ProcedureTable run_components(const GraphView& view, const Map& map) {
  const Options o("innonet.components", map);
  const bool strong = o.text("mode", "weak") == "strong";
  if (!strong && o.text("mode", "weak") != "weak")
    throw UsageError("innonet.components: mode expects 'weak' or 'strong'");
  const CsrGraph g = structure_graph(view, o, !strong);
  const auto r = strong ? structure::strong_components(g) : structure::weak_components(g);
  ProcedureTable t;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    t.rows.push_back({node_value(g, v), Value(std::int64_t{r.component[v]}),
                      Value(std::int64_t{r.size[r.component[v]]})});
  return t;
}

}  // namespace

void add_structure_procedures(std::vector<Procedure>& out) {
  out.push_back({"innonet.communities",
                 {"node", "community"},
                 with_selection({"algo", "quality", "resolution", "seed"}),
                 "community of every node (communities)",
                 run_communities});
  out.push_back({"innonet.kcore",
                 {"node", "core", "degree"},
                 with_selection({}),
                 "core number of every node (structure's k-core)",
                 run_kcore});
  out.push_back({"innonet.components",
                 {"node", "component", "size"},
                 with_selection({"mode"}),
                 "weak (default) or strong component of every node (structure)",
                 run_components});
}

}  // namespace innonet::query
