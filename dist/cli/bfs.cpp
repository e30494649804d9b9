// `innonet-dist bfs --source V`: breadth-first search from vertex V (dist/bfs.hpp). Shows the
// number of vertices at each distance; --output FILE writes every vertex's distance and parent
// (-1: unreachable).
#include "dist/bfs.hpp"

#include <memory>

#include "dist/cli/context.hpp"

namespace innonet::dist::cli {
namespace {

struct BfsArgs {
  Index source = 0;
};

LocalPart<double> as_double(const LocalPart<Index>& part) {
  return {part.first, std::vector<double>(part.values.begin(), part.values.end())};
}

output::Report run_bfs(const Context& context, const BfsArgs& a) {
  const DistGraph g = load_graph(context);
  const auto r = dist_bfs(g, a.source);
  if (!context.options->output_path.empty()) {
    const auto distance = as_double(r.distance), parent = as_double(r.parent);
    write_vertex_rows(context, {"distance", "parent"}, {&distance, &parent});
  }
  output::Table t{"bfs_levels",
                  "Vertices by distance from " + std::to_string(a.source),
                  {"distance", "vertices"},
                  {},
                  {}};
  for (std::size_t d = 0; d < r.level_sizes.size(); ++d)
    t.add_row({static_cast<std::int64_t>(d), r.level_sizes[d]});
  t.notes.push_back("reached " + std::to_string(r.reached) + " of " + std::to_string(g.num_nodes) +
                    " vertices in " + std::to_string(r.level_sizes.size()) + " levels");
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

}  // namespace

Command add_bfs(CLI::App& root) {
  auto* cmd = root.add_subcommand("bfs", "Breadth-first search: distances and parents");
  auto args = std::make_shared<BfsArgs>();
  cmd->add_option("--source", args->source, "Start vertex (index in the file)");
  return {cmd, [args](const Context& c) { return run_bfs(c, *args); }};
}

}  // namespace innonet::dist::cli
