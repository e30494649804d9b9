// `innonet-dist generate rmat --scale S`: R-MAT made in parallel straight into the distributed
// matrix (dist/rmat_part.hpp), the graph `innonet generate rmat --scale S` writes (same
// --edge-factor, --seed, --directed); prints its size and degrees. The kernels take the same
// graph with the global --rmat S instead of --graph. Nothing is written: to keep a graph, write
// it with `innonet generate rmat --scale S -o FILE.inb` and read it with --graph.
#include <memory>

#include "dist/cli/context.hpp"
#include "dist/degrees.hpp"
#include "engine/error.hpp"

namespace innonet::dist::cli {
namespace {

struct GenerateArgs {
  std::string kind;
  int scale = 16;
  double edge_factor = 16.0;
  std::uint64_t seed = 1;
  bool directed = false;
};

output::Report run_generate(const Context& context, const GenerateArgs& a) {
  if (!context.options->output_path.empty())
    throw UsageError("generate writes no file: use `innonet generate rmat --scale S -o FILE.inb`");
  auto options = std::make_shared<GlobalOptions>(*context.options);
  options->rmat_scale = a.scale;
  options->edge_factor = a.edge_factor;
  options->seed = a.seed;
  options->directed = a.directed;
  Context generated = context;
  generated.options = options;
  const DistGraph g = load_graph(generated);
  const auto r = dist_degrees(g);
  output::Table t{"generated",
                  "R-MAT, scale " + std::to_string(a.scale),
                  {"nodes", "edges", "directed", "min_degree", "mean_degree", "max_degree"},
                  {},
                  {}};
  t.add_row({g.num_nodes, g.num_edges, std::string(g.directed ? "yes" : "no"), r.out.min,
             r.out.mean, r.out.max});
  t.notes.push_back("R-MAT self loops dropped and repeated edges merged");
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

}  // namespace

Command add_generate(CLI::App& root) {
  auto* cmd = root.add_subcommand("generate", "Generate R-MAT into the distributed matrix");
  auto args = std::make_shared<GenerateArgs>();
  cmd->add_option("kind", args->kind, "Generator (rmat)")
      ->required()
      ->check(CLI::IsMember({"rmat"}));
  cmd->add_option("--scale", args->scale, "2^S nodes")->check(CLI::Range(0, 30));
  cmd->add_option("--edge-factor", args->edge_factor, "Edges per node");
  cmd->add_option("--seed", args->seed, "Seed");
  cmd->add_flag("--directed", args->directed, "Directed arcs (default: undirected)");
  return {cmd, [args](const Context& c) { return run_generate(c, *args); }};
}

}  // namespace innonet::dist::cli
