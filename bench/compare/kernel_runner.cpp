// innonet's side of the peer comparison (bench/compare/run.sh). Two modes:
//
//   innonet_kernel_runner generate --scale S [--edge-factor 16] [--seed 1] --out PREFIX
//       R-MAT (Graph500 parameters, algorithms/generators/rmat.hpp), made simple (parallel edges
//       merged, self loops dropped), written as PREFIX.directed.el (one line per arc) and
//       PREFIX.undirected.el (one line per edge, u < v), bare "u v" lines every peer reads, plus
//       PREFIX.directed.inb / PREFIX.undirected.inb snapshots.
//   innonet_kernel_runner run --graph FILE --direction directed|undirected --kernels A,B,...
//       [--runs 5] [--threads 1,2] [--source -1] [--verify structure|full] [--round R]
//       [--warmup W]
//       For each thread count: loads FILE (.el edge list, .mtx, .inb; the load timed on its own),
//       runs each kernel `runs` times and prints one JSON line per kernel: load and kernel
//       seconds, a check value to compare with the peers, the peak RSS of the process so far;
//       first a "load" line (load seconds, bytes held by the graph, peak RSS right after loading).
//       --source -1 picks the vertex of largest out-degree (smallest id on ties); --verify is the
//       snapshot check (io/snapshot.hpp); --round R tags each line as round R of an interleaved
//       series (run.sh alternates innonet and the native peers GAPBS and NetworKit round by round)
//       and seeds Louvain and Leiden with R (KernelArgs::seed);
//       --warmup W runs each kernel W times untimed first (the peers' first trial after their
//       load is as slow, so the interleaved rounds warm every library up alike).
//   innonet_kernel_runner list      the kernels, one per line, with the direction they need.
//
// To add a kernel: one entry in kKernels (and its peer versions in peers.py).
#include <omp.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/generators/rmat.hpp"
#include "algorithms/paths/bfs.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/k_core.hpp"
#include "algorithms/structure/triangles.hpp"
#include "engine/csr_build.hpp"
#include "engine/error.hpp"
#include "io/edge_list.hpp"
#include "io/matrix_market.hpp"
#include "io/snapshot.hpp"

namespace {

using namespace innonet;

struct KernelArgs {
  Vertex source = 0;  // for traversals
  int round = -1;     // --round: the interleaved round this call belongs to (-1: not interleaved)
  int warmup = 0;     // --warmup: untimed calls of each kernel before the timed ones

  // The seed of the randomised kernels (Louvain, Leiden): the round, so that interleaved rounds
  // sample innonet's spread over seeds as NetworKit's rounds sample its run-to-run spread (its
  // ParallelLeiden and PLM draw fresh randomness each run); 0 outside a series.
  std::uint64_t seed() const { return round < 0 ? 0 : static_cast<std::uint64_t>(round); }
};

enum class Extreme { largest, smallest };

// The check of a per-vertex score: the smallest vertex whose score is within relative_tolerance
// of the extreme finite one (NaN and infinities skipped: libraries differ on isolated vertices);
// -1 when no score is finite. The tolerance makes ties, and near-ties that differ only by rounding
// or by how far an iteration converged, break the same way here and in peers.py (top_vertex).
double top_vertex(const std::vector<double>& score, double relative_tolerance,
                  Extreme extreme = Extreme::largest) {
  const double sign = extreme == Extreme::largest ? 1.0 : -1.0;
  double best = -INFINITY;
  for (const double s : score)
    if (std::isfinite(s)) best = std::max(best, sign * s);
  if (!std::isfinite(best)) return -1.0;
  for (std::size_t v = 0; v < score.size(); ++v)
    if (std::isfinite(score[v]) && best - sign * score[v] <= relative_tolerance * std::abs(best))
      return double(v);
  return -1.0;
}

// Iterations stop at an L1 change of ~1e-10 on every side; exact scores differ only by rounding.
constexpr double kIterativeTolerance = 1e-6;
constexpr double kExactTolerance = 1e-9;
// Katz's attenuation: the series converges for α < 1/λ_max, and λ_max of the directed R-MAT
// graphs grows with the scale (95, 166, 493 at scales 12, 14, 18; about 1.33x per scale), so
// 0.0005 holds up to scale 22. peers.py uses the same.
constexpr double kKatzAlpha = 0.0005;
constexpr auto kSingle = centrality::PageRankContributions::single_precision;

// One line per kernel: name, the direction of the graph file it runs on, and a call returning a
// check value that the peers compute too (iterations, reached vertices, counts).
struct Kernel {
  const char* name;
  Direction direction;
  std::function<double(const CsrGraph&, const KernelArgs&)> run;
};

const std::vector<Kernel> kKernels = {
    {"pagerank", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 1e-6}).iterations);
     }},
    // Exactly 1 and 21 sweeps (no convergence test): their difference / 20 is the cost of one
    // PageRank iteration without the setup, set against the memory bandwidth by the report.
    {"pagerank_1sweep", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(
           centrality::pagerank(g, {.tolerance_l1 = 0.0, .max_iterations = 1}).iterations);
     }},
    {"pagerank_21sweeps", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(
           centrality::pagerank(g, {.tolerance_l1 = 0.0, .max_iterations = 21}).iterations);
     }},
    // The same in the graph's own vertex order (PageRankLayout::graph_order): no copy of the
    // in-adjacency, so the low-memory choice; set against the two above for its cost per sweep.
    {"pagerank_graph_order", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 1e-6,
                                              .layout = centrality::PageRankLayout::graph_order})
                         .iterations);
     }},
    {"pagerank_graph_order_1sweep", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 0.0,
                                              .max_iterations = 1,
                                              .layout = centrality::PageRankLayout::graph_order})
                         .iterations);
     }},
    {"pagerank_graph_order_21sweeps", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 0.0,
                                              .max_iterations = 21,
                                              .layout = centrality::PageRankLayout::graph_order})
                         .iterations);
     }},
    // The library's defaults (tolerance 1e-10): the call `innonet rank --metric pagerank` makes,
    // with and without --low-memory; bench/load_once.sh sets the command against them.
    {"pagerank_defaults", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g).iterations);
     }},
    {"pagerank_defaults_graph_order", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(
           centrality::pagerank(g, {.layout = centrality::PageRankLayout::graph_order}).iterations);
     }},
    // Jacobi to the L1 change GAPBS's pr stops at by default (1e-4): set against GAPBS's
    // Gauss-Seidel pr and Jacobi pr_spmv at the same tolerance; check = iterations.
    {"pagerank_to_1e-4", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 1e-4}).iterations);
     }},
    // The single-precision option (PageRankContributions::single_precision): contributions
    // stored as floats, as GAPBS's pr_spmv stores them; set against pr_spmv per sweep and to 1e-4.
    {"pagerank_single_1sweep", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(
                         g, {.tolerance_l1 = 0.0, .max_iterations = 1, .contributions = kSingle})
                         .iterations);
     }},
    {"pagerank_single_21sweeps", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(
                         g, {.tolerance_l1 = 0.0, .max_iterations = 21, .contributions = kSingle})
                         .iterations);
     }},
    {"pagerank_single_to_1e-4", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(
           centrality::pagerank(g, {.tolerance_l1 = 1e-4, .contributions = kSingle}).iterations);
     }},
    // The same with the Gauss-Seidel option: the definition closest to GAPBS pr.
    {"pagerank_gauss_seidel_to_1e-4", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(centrality::pagerank(g, {.tolerance_l1 = 1e-4,
                                              .sweep = centrality::PageRankSweep::gauss_seidel})
                         .iterations);
     }},
    // One Brandes search from --source (GAPBS bc -r S -i 1): the cost of one source, where the
    // 256-source kernel below measures throughput over many; check = sources searched.
    {"betweenness_1source", Direction::directed,
     [](const CsrGraph& g, const KernelArgs& a) {
       const std::vector<Vertex> sources{a.source};
       return double(centrality::approximate_betweenness(g, sources, 0.1).sources);
     }},
    // Brandes from sources 0..255 (ids are a random permutation in the R-MAT files, so this is a
    // uniform sample the peers can name too: graph-tool's pivots); check = sources searched.
    {"betweenness", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       std::vector<Vertex> sources(std::min<Vertex>(256, g.num_nodes()));
       std::iota(sources.begin(), sources.end(), 0);
       return double(centrality::approximate_betweenness(g, sources, 0.1).sources);
     }},
    {"bfs", Direction::directed,
     [](const CsrGraph& g, const KernelArgs& a) {
       return double(paths::bfs(g, a.source).reached);
     }},
    {"maxflow", Direction::directed,  // unit capacities, --source to the next-largest out-degree
     [](const CsrGraph& g, const KernelArgs& a) {
       Vertex t = a.source == 0 ? 1 : 0;
       for (Vertex v = 0; v < g.num_nodes(); ++v)
         if (v != a.source && g.out_degree(v) > g.out_degree(t)) t = v;
       return flow::max_flow(g, a.source, t, {.detail = flow::FlowDetail::value_only}).value;
     }},
    // The label vector, as GAPBS's cc returns (weak_components adds the dense numbering and the
    // sizes: three more n-vectors, which the peers' kernels do not build).
    {"components", Direction::directed,
     [](const CsrGraph& g, const KernelArgs&) {
       const std::vector<Vertex> label = structure::weak_component_labels(g);
       std::int64_t roots = 0;
#pragma omp parallel for reduction(+ : roots)
       for (std::int64_t v = 0; v < std::ssize(label); ++v) roots += label[v] == v;
       return double(roots);
     }},
    {"triangles", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(
           structure::triangles(g, {.output = structure::TriangleOutput::total_only}).total);
     }},
    {"kcore", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs&) {
       return double(structure::core_number(g).max_core);
     }},
    // The centralities below: check = top_vertex of the scores unless said otherwise.
    {"eigenvector", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::eigenvector_centrality(g).score, kIterativeTolerance);
     }},
    {"katz", Direction::directed,  // in-edges, beta = 1
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::katz_centrality(g, {.alpha = kKatzAlpha}).score,
                         kIterativeTolerance);
     }},
    {"hits", Direction::directed,  // check = n * top hub + top authority
     [](const CsrGraph& g, const KernelArgs&) {
       const auto r = centrality::hits(g);
       return double(g.num_nodes()) * top_vertex(r.hub, kIterativeTolerance) +
              top_vertex(r.authority, kIterativeTolerance);
     }},
    // All-pairs searches: O(n·m), meant for scales up to ~14. Wasserman-Faust closeness; the
    // peers compute it per component and apply the correction in their check.
    {"closeness", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::closeness_centrality(g), kExactTolerance);
     }},
    {"harmonic", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::harmonic_centrality(g), kExactTolerance);
     }},
    {"clustering", Direction::undirected,  // check = round(1e6 * mean local coefficient)
     [](const CsrGraph& g, const KernelArgs&) {
       const std::vector<double> c = centrality::clustering(g);
       double sum = 0.0;
       for (const double x : c) sum += x;
       return std::floor(1e6 * sum / double(std::max<Vertex>(1, g.num_nodes())) + 0.5);
     }},
    {"degree", Direction::directed,  // out + in
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::degree_centrality(g).score, kExactTolerance);
     }},
    {"constraint", Direction::undirected,  // Burt; check = the least constrained vertex
     [](const CsrGraph& g, const KernelArgs&) {
       return top_vertex(centrality::structural_holes(g).constraint, kExactTolerance,
                         Extreme::smallest);
     }},
    {"louvain", Direction::undirected,  // check = modularity reached
     [](const CsrGraph& g, const KernelArgs& a) {
       return community::louvain(g, {.seed = a.seed()}).quality;
     }},
    {"leiden", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs& a) {
       return community::leiden(g, {.seed = a.seed()}).quality;
     }},
    // Three passes, as many as NetworKit's ParallelLeiden runs by default (innonet's default: 2).
    {"leiden_3passes", Direction::undirected,
     [](const CsrGraph& g, const KernelArgs& a) {
       return community::leiden(g, {.iterations = 3, .seed = a.seed()}).quality;
     }},
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU seconds of the whole process (all threads): on a shared machine the honest measure of work.
double process_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

std::string option(const std::vector<std::string>& args, const std::string& name,
                   const std::string& fallback) {
  for (std::size_t k = 0; k + 1 < args.size(); ++k)
    if (args[k] == name) return args[k + 1];
  if (fallback == "required") throw UsageError("missing option " + name);
  return fallback;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

io::LoadedGraph load(const std::string& path, Direction direction, io::Verify verify) {
  if (ends_with(path, ".inb")) return io::read_snapshot(path, {.verify = verify});
  if (ends_with(path, ".mtx")) return io::read_matrix_market(path, {.direction = direction});
  return io::read_edge_list(path, {.direction = direction});
}

int generate(const std::vector<std::string>& args) {
  const int scale = std::stoi(option(args, "--scale", "required"));
  const std::string prefix = option(args, "--out", "required");
  const EdgeList edges =
      generators::rmat({.scale = scale,
                        .edge_factor = std::stod(option(args, "--edge-factor", "16")),
                        .seed = std::stoull(option(args, "--seed", "1"))});
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g = build_csr(
        edges, {.direction = direction, .merge = MergeRule::max, .self_loops = SelfLoops::drop});
    const std::string base =
        prefix + (direction == Direction::directed ? ".directed" : ".undirected");
    io::write_edge_list(g, base + ".el", {.header = io::Header::none});
    io::write_snapshot(g, base + ".inb");
    std::printf("{\"file\": \"%s.el\", \"nodes\": %d, \"edges\": %lld}\n", base.c_str(),
                g.num_nodes(), static_cast<long long>(g.num_edges()));
  }
  return 0;
}

Vertex largest_out_degree(const CsrGraph& g) {
  Vertex best = 0;
  for (Vertex v = 1; v < g.num_nodes(); ++v)
    if (g.out_degree(v) > g.out_degree(best)) best = v;
  return best;
}

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> items;
  for (std::size_t at = 0; at <= list.size();) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    if (comma > at) items.push_back(list.substr(at, comma - at));
    at = comma + 1;
  }
  return items;
}

const Kernel& find_kernel(const std::string& name) {
  for (const auto& k : kKernels)
    if (name == k.name) return k;
  throw UsageError("unknown kernel " + name);
}

// One JSON line per kernel: the median of `runs` timed calls and each call's time.
void time_kernel(const Kernel& kernel, const CsrGraph& g, const KernelArgs& args, int runs,
                 const std::string& path, double load_s) {
  std::vector<double> times, cpu;
  double check = 0.0;
  for (int r = 0; r < args.warmup; ++r) kernel.run(g, args);  // first-touch, caches, thread pool
  for (int r = 0; r < runs; ++r) {
    const double cpu_start = process_cpu_s();
    const auto start = std::chrono::steady_clock::now();
    check = kernel.run(g, args);
    times.push_back(seconds_since(start));
    cpu.push_back(process_cpu_s() - cpu_start);
  }
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf(
      "{\"library\": \"innonet\", \"kernel\": \"%s\", \"graph\": \"%s\", \"threads\": %d, "
      "\"nodes\": %d, \"edges\": %lld, \"load_s\": %.6f, \"median_s\": %.6f, \"times_s\": [",
      kernel.name, path.c_str(), omp_get_max_threads(), g.num_nodes(),
      static_cast<long long>(g.num_edges()), load_s, sorted[sorted.size() / 2]);
  for (std::size_t k = 0; k < times.size(); ++k) std::printf("%s%.6f", k ? ", " : "", times[k]);
  std::printf(
      "], \"cpu_median_s\": %.6f, \"check\": %.17g, \"source\": %d, \"round\": %d, "
      "\"peak_rss_kb\": %ld}\n",
      cpu[cpu.size() / 2], check, args.source, args.round, peak_rss_kb());
  std::fflush(stdout);
}

// Loads the graph once per thread count (the load is parallel too) and times every kernel.
int run(const std::vector<std::string>& args) {
  std::vector<const Kernel*> kernels;
  for (const auto& name : split(option(args, "--kernels", "")))
    kernels.push_back(&find_kernel(name));
  const std::string path = option(args, "--graph", "required");
  const Direction direction = option(args, "--direction", "directed") == "undirected"
                                  ? Direction::undirected
                                  : Direction::directed;
  const int runs = std::max(1, std::stoi(option(args, "--runs", "5")));
  const io::Verify verify =
      option(args, "--verify", "structure") == "full" ? io::Verify::full : io::Verify::structure;
  for (const auto& threads :
       split(option(args, "--threads", std::to_string(omp_get_max_threads())))) {
    omp_set_num_threads(std::stoi(threads));
    const auto start = std::chrono::steady_clock::now();
    const io::LoadedGraph loaded = load(path, direction, verify);
    const double load_s = seconds_since(start);
    KernelArgs kernel_args{.source =
                               static_cast<Vertex>(std::stol(option(args, "--source", "-1")))};
    if (kernel_args.source < 0) kernel_args.source = largest_out_degree(loaded.graph);
    kernel_args.round = std::stoi(option(args, "--round", "-1"));
    kernel_args.warmup = std::stoi(option(args, "--warmup", "0"));
    std::printf(
        "{\"library\": \"innonet\", \"kernel\": \"load\", \"graph\": \"%s\", \"threads\": %d, "
        "\"nodes\": %d, \"edges\": %lld, \"load_s\": %.6f, \"graph_bytes\": %lld, \"source\": %d, "
        "\"peak_rss_kb\": %ld}\n",
        path.c_str(), omp_get_max_threads(), loaded.graph.num_nodes(),
        static_cast<long long>(loaded.graph.num_edges()), load_s,
        static_cast<long long>(loaded.graph.memory_bytes()), kernel_args.source, peak_rss_kb());
    for (const Kernel* kernel : kernels)
      time_kernel(*kernel, loaded.graph, kernel_args, runs, path, load_s);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    const std::string mode = args.empty() ? "" : args[0];
    if (mode == "list") {
      for (const auto& k : kKernels)
        std::printf("%s %s\n", k.name,
                    k.direction == Direction::directed ? "directed" : "undirected");
      return 0;
    }
    if (mode == "generate") return generate(args);
    if (mode == "run") return run(args);
    std::fprintf(stderr,
                 "usage: innonet_kernel_runner list | generate ... | run ... (see the source)\n");
    return 2;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "innonet_kernel_runner: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "innonet_kernel_runner: %s\n", e.what());
    return 1;
  }
}
