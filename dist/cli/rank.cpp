// `innonet-dist rank --metric pagerank`: PageRank on the distributed matrix (dist/pagerank.hpp),
// with the options, defaults, table, notes and ordering of `innonet rank --metric pagerank` on a
// structural file (tools/commands/rank.cpp): the top --top nodes by score (ties by vertex), the
// convergence note and the graph note. --output FILE writes every vertex's score.
#include <memory>
#include <sstream>

#include "dist/cli/context.hpp"
#include "dist/pagerank.hpp"
#include "dist/top_k.hpp"

namespace innonet::dist::cli {
namespace {

struct RankArgs {
  std::string metric = "pagerank";
  int top = 20;
  double damping = 0.85;
};

std::string number(double x) {
  std::ostringstream text;
  text << x;
  return text.str();
}

output::Report run_rank(const Context& context, const RankArgs& a) {
  const DistGraph g = load_graph(context);
  const auto r = dist_pagerank(g, {.damping = a.damping});
  write_vertex_rows(context, {"pagerank"}, {&r.score});
  const auto best = top_k(r.score, a.top, context.grid->GetWorld());
  std::vector<Index> vertices;
  for (const auto& b : best) vertices.push_back(b.vertex);
  const auto ids = vertex_ids(g, vertices, context);
  output::Table t{"rank", "Nodes by pagerank", {"rank", "id", "name", "type", "pagerank"}, {}, {}};
  for (std::size_t i = 0; i < best.size(); ++i)
    t.add_row({static_cast<std::int64_t>(i + 1), ids[i], std::string(), std::string("node"),
               best[i].value});
  t.notes.push_back(std::string("pagerank: ") + (r.converged ? "converged" : "NOT converged") +
                    " after " + std::to_string(r.iterations) + " sweeps (L1 change " +
                    number(r.residual_l1) + ")");
  t.notes.push_back(graph_note(g, context));
  return output::Report{{std::move(t)}, 0};
}

}  // namespace

Command add_rank(CLI::App& root) {
  auto* cmd = root.add_subcommand("rank", "Score nodes by PageRank on the distributed matrix");
  auto args = std::make_shared<RankArgs>();
  cmd->add_option("--metric", args->metric, "Metric (distributed: pagerank)")
      ->check(CLI::IsMember({"pagerank"}));
  cmd->add_option("--top", args->top, "Rows to show")->check(CLI::PositiveNumber);
  cmd->add_option("--damping", args->damping, "PageRank damping")->check(CLI::Range(0.0, 0.999999));
  return {cmd, [args](const Context& c) { return run_rank(c, *args); }};
}

}  // namespace innonet::dist::cli
