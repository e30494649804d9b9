// `innonet path FROM TO`: how two organisations (or places, with --level) are linked.
//   default      the shortest path (algorithms/paths/dijkstra.hpp); --k K the K shortest simple
//                paths (Yen); --all every shortest path; --widest the path whose weakest tie is
//                strongest (bottleneck).
// Lengths (--length): inverse (default; length = 1 / weight, so strong ties are short), weight,
// or hops. The built-in data has weight 1 on every edge, where all three agree.
#include <map>
#include <memory>

#include "algorithms/paths/all_shortest_paths.hpp"
#include "algorithms/paths/dijkstra.hpp"
#include "algorithms/paths/k_shortest_paths.hpp"
#include "algorithms/paths/widest_path.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_set.hpp"

namespace innonet::cli {
namespace {

struct PathArgs {
  std::string from, to, level, length = "inverse";
  int k = 1;
  bool widest = false, all = false;
  std::shared_ptr<SelectionArgs> selection;
};

Vertex single_vertex(const PropertyGraph& graph, const CsrGraph& g, const std::string& text,
                     const std::string& level, const char* option) {
  const auto set = vertex_set(graph, g, text, level, option);
  if (set.size() != 1)
    throw std::invalid_argument(std::string(option) + ": '" + text + "' names " +
                                std::to_string(set.size()) + " vertices; give one node");
  return set.front();
}

std::string path_text(const PropertyGraph& graph, const CsrGraph& g,
                      const std::vector<Vertex>& path) {
  std::string text;
  for (const Vertex v : path) text += (text.empty() ? "" : " -> ") + vertex_label(graph, g, v);
  return text;
}

output::Report run_path(const PathArgs& a, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const CsrGraph g = project_for(graph, a.selection->to_selection(graph), a.level);
  const Vertex s = single_vertex(graph, g, a.from, a.level, "FROM");
  const Vertex t = single_vertex(graph, g, a.to, a.level, "TO");
  const std::map<std::string, paths::LengthRule> rules{
      {"inverse", paths::LengthRule::inverse_weight},
      {"weight", paths::LengthRule::weight},
      {"hops", paths::LengthRule::hops}};
  const auto rule = rules.at(a.length);
  output::Table table{
      "paths", "Paths", {"rank", a.widest ? "width" : "length", "hops", "path"}, {}, {}};
  const auto add = [&](std::int64_t rank, double value, const std::vector<Vertex>& path) {
    table.add_row(
        {rank, value, static_cast<std::int64_t>(path.size()) - 1, path_text(graph, g, path)});
  };
  if (a.widest) {
    const auto r = paths::widest_paths(g, s);
    const auto path = paths::path_from_parents(r.parent, s, t);
    if (!path.empty()) add(1, r.width[t], path);
    table.notes.emplace_back("width = the smallest weight along the path (larger is stronger)");
  } else if (a.all) {
    const auto r = paths::all_shortest_paths(g, s, t, {.length = rule});
    for (std::size_t i = 0; i < r.paths.size(); ++i)
      add(static_cast<std::int64_t>(i + 1), r.length, r.paths[i]);
    if (r.truncated) table.notes.emplace_back("listing stopped at the path limit");
  } else {
    const auto r = paths::k_shortest_paths(g, s, t, {.k = a.k, .length = rule});
    for (std::size_t i = 0; i < r.paths.size(); ++i)
      add(static_cast<std::int64_t>(i + 1), r.paths[i].length, r.paths[i].vertices);
  }
  if (!a.widest) table.notes.push_back("length rule: " + a.length);
  if (table.rows.empty()) {
    table.notes.push_back("no path from " + vertex_label(graph, g, s) + " to " +
                          vertex_label(graph, g, t));
    if (g.is_directed()) {  // ties read as relationships may still join them
      const auto back =
          paths::k_shortest_paths(g, t, s, {.k = 1, .length = paths::LengthRule::hops});
      Selection both = a.selection->to_selection();
      both.direction = ProjectedDirection::undirected;
      const CsrGraph u = project_for(graph, both, a.level);
      const auto any = paths::k_shortest_paths(u, single_vertex(graph, u, a.from, a.level, "FROM"),
                                               single_vertex(graph, u, a.to, a.level, "TO"),
                                               {.k = 1, .length = paths::LengthRule::hops});
      if (!back.paths.empty())
        table.notes.emplace_back(
            "only because of direction: a path runs the other way (TO to "
            "FROM); add --undirected to read ties as relationships");
      else if (!any.paths.empty())
        table.notes.push_back("only because of direction: a path of " +
                              std::to_string(any.paths.front().vertices.size() - 1) +
                              " ties exists ignoring direction; add --undirected");
    }
    return {.tables = {std::move(table)}, .exit_code = 1};
  }
  return {.tables = {std::move(table)}};
}

}  // namespace

Command add_path(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<PathArgs>();
  auto* cmd = root.add_subcommand("path", "Shortest, k shortest, all shortest or widest paths");
  cmd->add_option("FROM", args->from, "Start node id")->required();
  cmd->add_option("TO", args->to, "End node id")->required();
  cmd->add_option("--k", args->k, "The K shortest simple paths (Yen)")->check(CLI::PositiveNumber);
  auto* widest = cmd->add_flag("--widest", args->widest, "The path whose weakest tie is strongest");
  cmd->add_flag("--all", args->all, "Every shortest path")->excludes(widest);
  cmd->add_option("--length", args->length, "Arc length: inverse (1/weight), weight or hops")
      ->check(CLI::IsMember({"inverse", "weight", "hops"}));
  cmd->add_option("--level", args->level, "Roll up to this node type first (e.g. city)");
  args->selection = add_selection_options(*cmd);
  return {cmd, [args, options] { return run_path(*args, *options); }};
}

}  // namespace innonet::cli
