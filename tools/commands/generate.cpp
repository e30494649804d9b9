// `innonet generate KIND ... -o FILE`: synthetic graphs from algorithms/generators/.
//   rmat er ba ws sbm lfr geometric   plain graphs; FILE by extension: .edges/.txt/.el edge list,
//                                     .mtx Matrix Market, .inb binary snapshot, .json/.csv native
//                                     (nodes typed "node", edges kind "edge")
//   metro                             the synthetic regional innovation network (same schema as
//                                     the built-in dataset); .json is streamed (10^7+ nodes)
// Size: --scale S (2^S nodes) or --nodes N. --edge-factor F: about F edges per node (R-MAT and
// G(n,m): F·n edges; BA: F per new node; WS: k = 2F; SBM, LFR, geometric: average degree 2F;
// metro: F ties per node). Ground truth (sbm, lfr) goes to FILE.communities, "vertex community"
// per line. Progress goes to stderr when it is a terminal, unless --quiet.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

#include "algorithms/generators/barabasi_albert.hpp"
#include "algorithms/generators/erdos_renyi.hpp"
#include "algorithms/generators/geometric.hpp"
#include "algorithms/generators/lfr.hpp"
#include "algorithms/generators/metro.hpp"
#include "algorithms/generators/rmat.hpp"
#include "algorithms/generators/stochastic_block.hpp"
#include "algorithms/generators/watts_strogatz.hpp"
#include "algorithms/generators/weights.hpp"
#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/atomic_file.hpp"
#include "io/edge_list.hpp"
#include "io/graph_file.hpp"
#include "io/matrix_market.hpp"
#include "io/snapshot.hpp"
#include "tools/command.hpp"
#include "tools/commands/generate_metro.hpp"

namespace innonet::cli {
namespace {

namespace gen = innonet::generators;

struct GenerateArgs {
  std::string kind;
  std::string output;
  std::optional<int> scale;
  std::optional<std::int64_t> nodes;
  std::optional<double> edge_factor;
  std::uint64_t seed = 1;
  bool directed = false;
  bool weights = false;
  double mixing = 0.2;            // sbm, lfr
  int blocks = 0;                 // sbm: 0 = n / 100
  int max_degree = 0;             // lfr: 0 = max(50, 5·average)
  double tau1 = 2.5, tau2 = 1.5;  // lfr
  int min_community = 0, max_community = 0;
  double rewire = 0.1;  // ws
  double radius = 0;    // geometric: 0 = from the edge factor
};

struct Generated {
  EdgeList edges;
  Direction direction = Direction::undirected;
  std::vector<std::int32_t> communities;
  std::vector<std::string> notes;
};

double default_edge_factor(const std::string& kind) {
  if (kind == "rmat" || kind == "er") return 16;
  if (kind == "metro") return 2.5;
  if (kind == "ba" || kind == "ws") return 4;
  return 8;
}

std::int64_t node_count(const GenerateArgs& a) {
  if (a.scale && a.nodes) throw UsageError("give --scale or --nodes, not both");
  if (a.scale) {
    if (*a.scale < 0 || *a.scale > 30) throw UsageError("--scale must be in 0..30");
    return std::int64_t{1} << *a.scale;
  }
  if (a.nodes) return *a.nodes;
  return a.kind == "metro" ? 10000 : 1 << 16;
}

Vertex vertex_count(std::int64_t n) {
  if (n < 0 || n > 2147483647) throw UsageError("--nodes must be in 0..2147483647");
  return static_cast<Vertex>(n);
}

Generated generate_plain(const GenerateArgs& a, std::int64_t n64, double f) {
  Generated g;
  const Vertex n = vertex_count(n64);
  const auto avg = 2.0 * f;
  g.direction = a.directed ? Direction::directed : Direction::undirected;
  if (a.kind == "rmat") {
    const int scale =
        a.scale ? *a.scale : static_cast<int>(std::ceil(std::log2(std::max<double>(n, 1))));
    if (!a.scale && (std::int64_t{1} << scale) != n)
      throw UsageError("rmat needs 2^k nodes: use --scale");
    g.edges = gen::rmat({.scale = scale, .edge_factor = f, .seed = a.seed});
    g.notes.emplace_back("R-MAT self loops dropped and repeated edges merged");
  } else if (a.kind == "er") {
    g.edges = gen::erdos_renyi({.num_nodes = n,
                                .num_edges = std::llround(f * n),
                                .direction = g.direction,
                                .seed = a.seed});
  } else if (a.kind == "ba") {
    g.edges = gen::barabasi_albert(
        {.num_nodes = n, .edges_per_node = static_cast<int>(std::lround(f)), .seed = a.seed});
  } else if (a.kind == "ws") {
    g.edges = gen::watts_strogatz({.num_nodes = n,
                                   .neighbors = 2 * static_cast<int>(std::lround(f)),
                                   .rewire_probability = a.rewire,
                                   .seed = a.seed});
  } else if (a.kind == "sbm") {
    auto options = gen::planted_partition(n, a.blocks > 0 ? a.blocks : std::max(1, n / 100), avg,
                                          a.mixing, a.seed);
    auto result = gen::stochastic_block_model(options);
    g.edges = std::move(result.edges);
    g.communities = std::move(result.community);
  } else if (a.kind == "lfr") {
    const int max_degree =
        a.max_degree > 0 ? a.max_degree : static_cast<int>(std::max(50.0, 5 * avg));
    auto result = gen::lfr({.num_nodes = n,
                            .average_degree = avg,
                            .max_degree = std::min(max_degree, n - 1),
                            .degree_exponent = a.tau1,
                            .community_exponent = a.tau2,
                            .mixing = a.mixing,
                            .min_community = a.min_community,
                            .max_community = a.max_community,
                            .seed = a.seed});
    g.edges = std::move(result.edges);
    g.communities = std::move(result.community);
    g.notes.push_back("measured mixing " + std::to_string(result.measured_mixing) + ", " +
                      std::to_string(result.dropped_edges) + " edges dropped by the repair");
  } else if (a.kind == "geometric") {
    const double radius = a.radius > 0 ? a.radius : gen::geometric_radius_for_degree(n, avg);
    g.edges = gen::random_geometric({.num_nodes = n, .radius = radius, .seed = a.seed}).edges;
  }
  if (a.kind != "rmat" && a.kind != "er") g.direction = Direction::undirected;
  if (a.weights) gen::add_random_weights(g.edges, {.seed = a.seed});
  return g;
}

std::string extension(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? "" : path.substr(dot);
}

PropertyGraph plain_property_graph(const CsrGraph& g) {
  PropertyGraphBuilder b;
  b.reserve(g.num_nodes(), g.num_edges());
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    NodeSpec node;
    node.id = std::to_string(v);
    node.type = "node";
    b.add_node(std::move(node));
  }
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const auto row = g.out_neighbors(u);
    const auto w = g.out_weights(u);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!g.is_directed() && row[i] < u) continue;
      EdgeSpec edge;
      edge.source = std::to_string(u);
      edge.target = std::to_string(row[i]);
      edge.kind = "edge";
      edge.direction = g.is_directed() ? EdgeDirection::directed : EdgeDirection::undirected;
      edge.weight = w.empty() ? 1.0 : w[i];
      b.add_edge(std::move(edge));
    }
  }
  return b.build();
}

// Refuses an unknown extension before any work is done.
void check_extension(const std::string& path) {
  const std::string ext = extension(path);
  for (const char* known : {".edges", ".txt", ".el", ".mtx", ".inb", ".json", ".csv"})
    if (ext == known) return;
  throw UsageError("unknown output extension '" + ext +
                   "' (use .edges, .txt, .el, .mtx, .inb, .json or .csv)");
}

void write_csr(const CsrGraph& g, const std::string& path) {
  const std::string ext = extension(path);
  if (ext == ".edges" || ext == ".txt" || ext == ".el") return io::write_edge_list(g, path);
  if (ext == ".mtx") return io::write_matrix_market(g, path);
  if (ext == ".inb") return io::write_snapshot(g, path);
  if (ext == ".json" || ext == ".csv") return io::write_graph_file(plain_property_graph(g), path);
  throw UsageError("unknown output extension '" + ext +
                   "' (use .edges, .txt, .el, .mtx, .inb, .json or .csv)");
}

void write_communities(const std::vector<std::int32_t>& community, const std::string& path) {
  io::AtomicFile out(path);
  std::string text;
  for (std::size_t v = 0; v < community.size(); ++v)
    text += std::to_string(v) + " " + std::to_string(community[v]) + "\n";
  out.write(text);
  out.commit();
}

// The metro network's ties as a CSR: directed ties one arc, undirected ones two, weights summed.
CsrGraph metro_csr(const gen::MetroNetwork& net) {
  EdgeList edges;
  edges.num_nodes = static_cast<Vertex>(net.num_nodes());
  for (std::int64_t e = 0; e < net.num_ties(); ++e) {
    const bool both = !gen::metro_kind_directed(net.kind[e]);
    for (int k = 0; k < (both ? 2 : 1); ++k) {
      edges.sources.push_back(k ? net.target[e] : net.source[e]);
      edges.targets.push_back(k ? net.source[e] : net.target[e]);
      edges.weights.push_back(net.weight[e]);
    }
  }
  return build_csr(edges, {.direction = Direction::directed, .merge = MergeRule::sum});
}

// "\rstage  42%" on stderr while running, when enabled.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  void operator()(std::string_view stage, double fraction) {
    if (!enabled_) return;
    const int percent = static_cast<int>(100 * fraction);
    if (stage == stage_ && percent == percent_) return;
    stage_ = std::string(stage);
    percent_ = percent;
    std::fprintf(stderr, "\r%-24s %3d%%", stage_.c_str(), percent);
    std::fflush(stderr);
  }
  void done() {
    if (enabled_ && !stage_.empty()) std::fprintf(stderr, "\r%-30s\r", "");
  }

 private:
  bool enabled_;
  std::string stage_;
  int percent_ = -1;
};

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

output::Report run_generate(const GenerateArgs& a, const GlobalOptions& global) {
  check_extension(a.output);
  const std::int64_t n = node_count(a);
  const double f = a.edge_factor.value_or(default_edge_factor(a.kind));
  ProgressLine progress(!global.quiet && isatty(STDERR_FILENO) != 0);
  const auto start = Clock::now();
  output::Table table;
  table.name = "generated";
  table.title = "Generated graph";
  table.columns = {"kind", "nodes", "edges", "file", "generate_s", "write_s"};
  std::int64_t nodes = 0, edges = 0;
  double generate_s = 0;
  if (a.kind == "metro") {
    gen::MetroOptions options;
    options.num_nodes = n;
    options.ties_per_node = f;
    options.seed = a.seed;
    options.progress = [&](std::string_view stage, double x) { progress(stage, x); };
    const auto net = gen::metro(options);
    generate_s = seconds_since(start);
    nodes = net.num_nodes();
    edges = net.num_ties();
    const std::string ext = extension(a.output);
    if (ext == ".json")
      write_metro_json(net, options, a.output,
                       [&](std::string_view s, double x) { progress(s, x); });
    else if (ext == ".csv")
      write_metro_csv(net, options, a.output,
                      [&](std::string_view s, double x) { progress(s, x); });
    else
      write_csr(metro_csr(net), a.output);
  } else {
    progress("generating " + a.kind, 0);
    Generated g = generate_plain(a, n, f);
    progress("building graph", 0);
    const bool raw = a.kind == "rmat";
    const CsrGraph csr =
        build_csr(g.edges, {.direction = g.direction,
                            .merge = raw ? MergeRule::max : MergeRule::keep,
                            .self_loops = raw ? SelfLoops::drop : SelfLoops::keep});
    generate_s = seconds_since(start);
    nodes = csr.num_nodes();
    edges = csr.num_edges();
    progress("writing " + a.output, 0);
    write_csr(csr, a.output);
    if (!g.communities.empty()) {
      write_communities(g.communities, a.output + ".communities");
      table.notes.push_back("ground-truth communities: " + a.output + ".communities");
    }
    for (auto& note : g.notes) table.notes.push_back(std::move(note));
  }
  progress.done();
  const double total_s = seconds_since(start);
  table.add_row({a.kind, nodes, edges, a.output, generate_s, total_s - generate_s});
  return {.tables = {std::move(table)}};
}

}  // namespace

Command add_generate(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<GenerateArgs>();
  auto* cmd = root.add_subcommand(
      "generate", "Write a synthetic graph (R-MAT, G(n,m), BA, WS, SBM, LFR, geometric, metro)");
  cmd->add_option("kind", args->kind, "rmat, er, ba, ws, sbm, lfr, geometric or metro")
      ->required()
      ->check(CLI::IsMember({"rmat", "er", "ba", "ws", "sbm", "lfr", "geometric", "metro"}));
  cmd->add_option("-o,--output", args->output,
                  "Output file; format by extension (.edges .txt .el .mtx .inb .json .csv)")
      ->required();
  cmd->add_option("--scale", args->scale, "2^S nodes");
  cmd->add_option("--nodes", args->nodes, "Number of nodes (metro default 10000, else 65536)");
  cmd->add_option("--edge-factor", args->edge_factor,
                  "About F edges per node (default: rmat/er 16, ba/ws 4, metro 2.5, else 8)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--seed", args->seed, "Random seed (same seed, same graph)");
  cmd->add_flag("--directed", args->directed, "rmat, er: directed edges (default undirected)");
  cmd->add_flag("--weights", args->weights, "Random integer weights in [1, 100)");
  cmd->add_option("--mixing", args->mixing,
                  "sbm, lfr: fraction of each node's edges leaving its community")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--blocks", args->blocks, "sbm: number of blocks (default n/100)");
  cmd->add_option("--max-degree", args->max_degree, "lfr: largest degree");
  cmd->add_option("--tau1", args->tau1, "lfr: degree exponent");
  cmd->add_option("--tau2", args->tau2, "lfr: community-size exponent");
  cmd->add_option("--min-community", args->min_community, "lfr: smallest community");
  cmd->add_option("--max-community", args->max_community, "lfr: largest community");
  cmd->add_option("--rewire", args->rewire, "ws: rewiring probability")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--radius", args->radius,
                  "geometric: connection radius (default from the edge factor)");
  return {cmd, [args, options] { return run_generate(*args, *options); }};
}

}  // namespace innonet::cli
