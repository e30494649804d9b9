// NetworKit's side of the interleaved comparison (bench/compare/networkit_peer.py builds it
// against the user's NetworKit tree; it is not part of innonet's build).
//
//   networkit_runner --graph FILE.el --direction directed|undirected --kernels A,B,...
//                    [--source S] [--round R] [--version V] [--warmup W]
//
// Reads the bare "u v" edge list every library reads (ids 0..max, as innonet), times the load on
// its own, runs each kernel W times untimed, then once timed, and prints one JSON line per kernel
// in the shape of innonet_kernel_runner. The thread count is OMP_NUM_THREADS. Kernels (innonet's
// names):
//   bfs                BFS from --source (serial in NetworKit); check = vertices reached
//   components         WeaklyConnectedComponents (serial); check = components
//   triangles          TriangleEdgeScore (parallel), total = sum over edges / 3; edges are
//                      indexed before the timing
//   pagerank_1sweep,   PageRank with sinks distributed (innonet's rule), L1 stopping norm:
//   pagerank_21sweeps  tolerance 0 and 1 / 21 iterations
//   pagerank_to_1e-4   L1 change <= 1e-4; check = iterations
//   kcore              CoreDecomposition; check = largest core number
//   louvain, leiden    PLM and ParallelLeiden (defaults); check = modularity
//   leiden_3passes     the same ParallelLeiden call (3 iterations, its default); innonet's kernel
//                      of that name runs 3 passes, its "leiden" its default 2
#include <omp.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <networkit/centrality/CoreDecomposition.hpp>
#include <networkit/centrality/PageRank.hpp>
#include <networkit/community/Modularity.hpp>
#include <networkit/community/PLM.hpp>
#include <networkit/community/ParallelLeiden.hpp>
#include <networkit/components/WeaklyConnectedComponents.hpp>
#include <networkit/distance/BFS.hpp>
#include <networkit/edgescores/TriangleEdgeScore.hpp>
#include <networkit/io/EdgeListReader.hpp>
#include <numeric>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string option(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int k = 1; k + 1 < argc; ++k)
    if (name == argv[k]) return argv[k + 1];
  return fallback;
}

double pagerank(const NetworKit::Graph& g, double tolerance, NetworKit::count iterations) {
  NetworKit::PageRank pr(g, 0.85, tolerance, false, NetworKit::PageRank::DISTRIBUTE_SINKS);
  pr.norm = NetworKit::PageRank::L1_NORM;
  pr.maxIterations = iterations;
  pr.run();
  return static_cast<double>(pr.numberOfIterations());
}

using Kernel = std::function<double(NetworKit::Graph&, NetworKit::node)>;

double parallel_leiden(NetworKit::Graph& g, NetworKit::node) {
  NetworKit::ParallelLeiden leiden(g, /*iterations=*/3);
  leiden.run();
  return NetworKit::Modularity().getQuality(leiden.getPartition(), g);
}

const std::map<std::string, std::pair<std::string, Kernel>>& kernels() {
  static const std::map<std::string, std::pair<std::string, Kernel>> table = {
      {"bfs",
       {"BFS",
        [](NetworKit::Graph& g, NetworKit::node s) {
          NetworKit::BFS bfs(g, s, false);
          bfs.run();
          return static_cast<double>(bfs.getReachableNodes());
        }}},
      {"components",
       {"WeaklyConnectedComponents",
        [](NetworKit::Graph& g, NetworKit::node) {
          NetworKit::WeaklyConnectedComponents cc(g);
          cc.run();
          return static_cast<double>(cc.numberOfComponents());
        }}},
      {"triangles",
       {"TriangleEdgeScore",
        [](NetworKit::Graph& g, NetworKit::node) {
          NetworKit::TriangleEdgeScore t(g);
          t.run();
          const auto& s = t.scores();
          return static_cast<double>(std::accumulate(s.begin(), s.end(), NetworKit::count{0}) / 3);
        }}},
      {"pagerank_1sweep",
       {"PageRank (Jacobi)",
        [](NetworKit::Graph& g, NetworKit::node) { return pagerank(g, 0.0, 1); }}},
      {"pagerank_21sweeps",
       {"PageRank (Jacobi)",
        [](NetworKit::Graph& g, NetworKit::node) { return pagerank(g, 0.0, 21); }}},
      {"pagerank_to_1e-4",
       {"PageRank (Jacobi)",
        [](NetworKit::Graph& g, NetworKit::node) { return pagerank(g, 1e-4, 1000); }}},
      {"kcore",
       {"CoreDecomposition",
        [](NetworKit::Graph& g, NetworKit::node) {
          NetworKit::CoreDecomposition core(g);
          core.run();
          return static_cast<double>(core.maxCoreNumber());
        }}},
      {"louvain",
       {"PLM",
        [](NetworKit::Graph& g, NetworKit::node) {
          NetworKit::PLM plm(g);
          plm.run();
          return NetworKit::Modularity().getQuality(plm.getPartition(), g);
        }}},
      // ParallelLeiden's default is 3 iterations: one call serves innonet's 2-pass "leiden"
      // and its "leiden_3passes".
      {"leiden", {"ParallelLeiden", parallel_leiden}},
      {"leiden_3passes", {"ParallelLeiden", parallel_leiden}},
  };
  return table;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "list") {
    for (const auto& [name, kernel] : kernels()) std::printf("%s\n", name.c_str());
    return 0;
  }
  const std::string path = option(argc, argv, "--graph", "");
  const bool directed = option(argc, argv, "--direction", "directed") == "directed";
  const auto source =
      static_cast<NetworKit::node>(std::stoull(option(argc, argv, "--source", "0")));
  const int round = std::stoi(option(argc, argv, "--round", "-1"));
  const std::string version = option(argc, argv, "--version", "unknown");
  const int warmup = std::stoi(option(argc, argv, "--warmup", "0"));
  const std::string list = option(argc, argv, "--kernels", "");
  const auto load_start = Clock::now();
  NetworKit::Graph g = NetworKit::EdgeListReader(' ', 0, "#", true, directed).read(path);
  const double load_s = seconds_since(load_start);
  for (std::size_t at = 0; at < list.size();) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    const std::string name = list.substr(at, comma - at);
    at = comma + 1;
    const auto found = kernels().find(name);
    if (found == kernels().end()) continue;
    if (name == "triangles") g.indexEdges();  // TriangleEdgeScore needs edge ids; not timed
    for (int w = 0; w < warmup; ++w) found->second.second(g, source);  // untimed
    const auto start = Clock::now();
    const double check = found->second.second(g, source);
    const double kernel_s = seconds_since(start);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "{\"library\": \"networkit\", \"version\": \"%s\", \"variant\": \"%s\", \"kernel\": "
        "\"%s\", \"graph\": \"%s\", \"threads\": %d, \"nodes\": %llu, \"load_s\": %.6f, "
        "\"median_s\": %.6f, \"times_s\": [%.6f], \"cpu_median_s\": null, \"check\": %.17g, "
        "\"round\": %d, \"peak_rss_kb\": %ld}\n",
        version.c_str(), found->second.first.c_str(), name.c_str(), path.c_str(),
        omp_get_max_threads(), static_cast<unsigned long long>(g.numberOfNodes()), load_s, kernel_s,
        kernel_s, check, round, usage.ru_maxrss);
    std::fflush(stdout);
  }
  return 0;
}
