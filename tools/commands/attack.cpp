// `innonet attack --by degree|betweenness|random`: remove organisations one by one and follow the
// size of the largest (weakly) connected component (flow/attack.hpp). --recompute re-ranks the
// remaining graph after every removal (the adaptive attack); without it the ranking of the intact
// graph is used throughout. --seed fixes the random order.
#include "algorithms/flow/attack.hpp"

#include <map>
#include <memory>

#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_set.hpp"

namespace innonet::cli {
namespace {

struct AttackArgs {
  std::string by = "degree", level;
  std::uint64_t seed = 1;
  int steps = -1;
  bool recompute = false;
  std::shared_ptr<SelectionArgs> selection;
};

output::Report run_attack(const AttackArgs& a, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const CsrGraph g = project_for(graph, a.selection->to_selection(graph), a.level);
  const std::map<std::string, flow::AttackOrder> orders{
      {"degree", flow::AttackOrder::degree},
      {"betweenness", flow::AttackOrder::betweenness},
      {"random", flow::AttackOrder::random}};
  const Vertex steps = a.steps < 0 ? g.num_nodes() : std::min<Vertex>(a.steps, g.num_nodes());
  const auto r = flow::attack(
      g, {.order = orders.at(a.by),
          .recompute = a.recompute ? flow::Recompute::each_step : flow::Recompute::never,
          .seed = a.seed,
          .steps = steps});
  output::Table t{
      "curve", "Attack by " + a.by, {"step", "removed", "largest_component", "fraction"}, {}, {}};
  const double n = std::max<double>(1.0, g.num_nodes());
  t.add_row({std::int64_t{0}, std::monostate{}, std::int64_t{r.largest_component[0]},
             r.largest_component[0] / n});
  for (std::size_t k = 0; k < r.removed.size(); ++k)
    t.add_row({static_cast<std::int64_t>(k + 1), vertex_label(graph, g, r.removed[k]),
               std::int64_t{r.largest_component[k + 1]}, r.largest_component[k + 1] / n});
  t.notes.push_back(std::string("ranking: ") +
                    (a.recompute ? "recomputed after every removal" : "of the intact graph") +
                    (a.by == "random" ? "; seed " + std::to_string(a.seed) : "") +
                    "; fraction = largest component / all vertices");
  return {.tables = {std::move(t)}};
}

}  // namespace

Command add_attack(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<AttackArgs>();
  auto* cmd = root.add_subcommand("attack", "Targeted-attack curve: largest component vs removals");
  cmd->add_option("--by", args->by, "degree, betweenness or random")
      ->check(CLI::IsMember({"degree", "betweenness", "random"}));
  cmd->add_option("--seed", args->seed, "Seed of the random order");
  cmd->add_option("--steps", args->steps, "Removals to make (default: all)");
  cmd->add_flag("--recompute", args->recompute, "Re-rank after every removal (adaptive attack)");
  cmd->add_option("--level", args->level, "Roll up to this node type first (e.g. city)");
  args->selection = add_selection_options(*cmd);
  return {cmd, [args, options] { return run_attack(*args, *options); }};
}

}  // namespace innonet::cli
