// The structural commands of innonet-dist: `components` (connected components of the undirected
// view: count and the largest --top, by size then smallest vertex), `triangles` (the count) and
// `degrees` (minimum, mean, maximum and the power-of-two histogram of out- and in-degrees) and
// `kcore` (the core numbers: the --top highest cores and their sizes, the main core).
// --output FILE writes every vertex's component label, out- and in-degree, or core number.
#include <memory>

#include "dist/cli/context.hpp"
#include "dist/components.hpp"
#include "dist/degrees.hpp"
#include "dist/k_core.hpp"
#include "dist/top_k.hpp"
#include "dist/triangles.hpp"

namespace innonet::dist::cli {
namespace {

struct TopArgs {
  int top = 10;
};

output::Report run_components(const Context& context, const TopArgs& a) {
  const DistGraph g = load_graph(context);
  const auto r = dist_components(g);
  if (!context.options->output_path.empty()) {
    const LocalPart<double> label{
        r.label.first, std::vector<double>(r.label.values.begin(), r.label.values.end())};
    write_vertex_rows(context, {"component"}, {&label});
  }
  const auto largest = top_k(r.size, a.top, context.grid->GetWorld());
  output::Table t{"components",
                  "Largest connected components (undirected view)",
                  {"rank", "component", "vertices"},
                  {},
                  {}};
  for (std::size_t i = 0; i < largest.size(); ++i)
    t.add_row({static_cast<std::int64_t>(i + 1), largest[i].vertex,
               static_cast<std::int64_t>(largest[i].value)});
  t.notes.push_back(std::to_string(r.count) +
                    " components; a component is named by its smallest "
                    "vertex; " +
                    std::to_string(r.rounds) + " propagation rounds");
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

output::Report run_triangles(const Context& context) {
  const DistGraph g = load_graph(context);
  const Index count = dist_triangles(g);
  output::Table t{"triangles", "Triangles (undirected simple view)", {"triangles"}, {}, {}};
  t.add_row({count});
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

output::Report run_degrees(const Context& context) {
  const DistGraph g = load_graph(context);
  const auto r = dist_degrees(g);
  write_vertex_rows(context, {"out_degree", "in_degree"}, {&r.out_degree, &r.in_degree});
  output::Table stats{"degrees", "Degrees", {"degree", "min", "mean", "max"}, {}, {}};
  stats.add_row({std::string("out"), r.out.min, r.out.mean, r.out.max});
  stats.add_row({std::string("in"), r.in.min, r.in.mean, r.in.max});
  stats.notes.push_back(graph_note(g, context));
  output::Table histogram{
      "degree_histogram", "Out-degree histogram", {"from", "to", "vertices"}, {}, {}};
  for (std::size_t k = 0; k < r.out.histogram.size(); ++k) {
    const std::int64_t from = k == 0 ? 0 : std::int64_t{1} << (k - 1);
    const std::int64_t to = k == 0 ? 0 : (std::int64_t{1} << k) - 1;
    histogram.add_row({from, to, r.out.histogram[k]});
  }
  return output::Report{{std::move(stats), std::move(histogram)}, 0};
}

output::Report run_kcore(const Context& context, const TopArgs& a) {
  const DistGraph g = load_graph(context);
  const auto r = dist_core_number(g);
  const LocalPart<double> core{r.core.first,
                               std::vector<double>(r.core.values.begin(), r.core.values.end())};
  write_vertex_rows(context, {"core"}, {&core});
  // Vertices per core number, summed over the processes (core numbers are at most max_core).
  std::vector<Index> per_core(static_cast<std::size_t>(r.max_core) + 1, 0);
  for (const Index c : r.core.values) ++per_core[static_cast<std::size_t>(c)];
  MPI_Allreduce(MPI_IN_PLACE, per_core.data(), static_cast<int>(per_core.size()), MPI_INT64_T,
                MPI_SUM, context.grid->GetWorld());
  output::Table t{"k_core", "Highest cores", {"core", "vertices"}, {}, {}};
  for (Index c = r.max_core; c >= 0 && std::ssize(t.rows) < a.top; --c)
    if (per_core[static_cast<std::size_t>(c)] > 0) t.add_row({c, per_core[c]});
  t.notes.push_back("main core: k = " + std::to_string(r.max_core) + " (" +
                    std::to_string(per_core.back()) + " vertices); " + std::to_string(r.rounds) +
                    " peeling rounds");
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

}  // namespace

Command add_kcore(CLI::App& root) {
  auto* cmd = root.add_subcommand("kcore", "k-core decomposition (core numbers)");
  auto args = std::make_shared<TopArgs>();
  cmd->add_option("--top", args->top, "Rows to show")->check(CLI::PositiveNumber);
  return {cmd, [args](const Context& c) { return run_kcore(c, *args); }};
}

Command add_components(CLI::App& root) {
  auto* cmd = root.add_subcommand("components", "Connected components (undirected view)");
  auto args = std::make_shared<TopArgs>();
  cmd->add_option("--top", args->top, "Rows to show")->check(CLI::PositiveNumber);
  return {cmd, [args](const Context& c) { return run_components(c, *args); }};
}

Command add_triangles(CLI::App& root) {
  auto* cmd = root.add_subcommand("triangles", "Count triangles (undirected simple view)");
  return {cmd, [](const Context& c) { return run_triangles(c); }};
}

Command add_degrees(CLI::App& root) {
  auto* cmd = root.add_subcommand("degrees", "Degree statistics and histogram");
  return {cmd, [](const Context& c) { return run_degrees(c); }};
}

}  // namespace innonet::dist::cli
