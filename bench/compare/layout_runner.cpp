// innonet's side of the layout comparison (bench/compare/layout_peers.py).
//
//   innonet_layout_runner --nodes N --edges-per-node M --out PREFIX [--iterations I]
//                         [--threads T] [--seed S]
// Generates a Barabási–Albert graph (algorithms/generators/barabasi_albert.hpp; N nodes, about
// N*M edges, parallel edges merged), writes it as PREFIX.el ("u v" per edge, u < v, the file the
// peers read), times ForceAtlas2 (Barnes–Hut, Gephi's defaults for the size) and
// Fruchterman–Reingold (Barnes–Hut) with I iterations each at T threads, writes the positions
// as PREFIX.<layout>.xy, and prints one JSON line per layout: seconds and iterations.
#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <utility>

#include "algorithms/generators/barabasi_albert.hpp"
#include "algorithms/layout/force_atlas2.hpp"
#include "algorithms/layout/fruchterman_reingold.hpp"
#include "engine/csr_build.hpp"

using namespace innonet;

namespace {

void write_positions(const layout::Layout& p, const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return;
  for (Vertex v = 0; v < p.size(); ++v) std::fprintf(f, "%.9g %.9g\n", p.x[v], p.y[v]);
  std::fclose(f);
}

// Wall seconds and process CPU seconds (all threads): on a shared machine the CPU figure is
// the comparable one.
std::pair<double, double> seconds(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu = std::clock();
  run();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC};
}

}  // namespace

int main(int argc, char** argv) {
  Vertex nodes = 100'000;
  int per_node = 10, iterations = 100, threads = 2;
  std::uint64_t seed = 1;
  std::string out = "layout";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--nodes")
      nodes = std::atoi(value.c_str());
    else if (flag == "--edges-per-node")
      per_node = std::atoi(value.c_str());
    else if (flag == "--iterations")
      iterations = std::atoi(value.c_str());
    else if (flag == "--threads")
      threads = std::atoi(value.c_str());
    else if (flag == "--seed")
      seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (flag == "--out")
      out = value;
  }
  omp_set_num_threads(threads);
  const CsrGraph g = build_csr(
      generators::barabasi_albert({.num_nodes = nodes, .edges_per_node = per_node, .seed = seed}),
      {.direction = Direction::undirected, .merge = MergeRule::sum, .self_loops = SelfLoops::drop});
  {
    std::ofstream el(out + ".el");
    for (Vertex u = 0; u < g.num_nodes(); ++u)
      for (Vertex v : g.out_neighbors(u))
        if (u < v) el << u << ' ' << v << '\n';
  }
  std::printf("{\"graph\": \"barabasi_albert\", \"nodes\": %d, \"edges\": %lld, \"threads\": %d}\n",
              g.num_nodes(), static_cast<long long>(g.num_edges()), threads);
  layout::ForceAtlas2Result fa2;
  const auto [fa2_s, fa2_cpu] =
      seconds([&] { fa2 = layout::force_atlas2(g, {.iterations = iterations}); });
  write_positions(fa2.layout, out + ".fa2.xy");
  std::printf(
      "{\"layout\": \"innonet force_atlas2 (Barnes-Hut)\", \"iterations\": %d, \"seconds\": "
      "%.3f, \"cpu_seconds\": %.3f}\n",
      iterations, fa2_s, fa2_cpu);
  layout::FruchtermanReingoldResult fr;
  const auto [fr_s, fr_cpu] =
      seconds([&] { fr = layout::fruchterman_reingold(g, {.iterations = iterations}); });
  write_positions(fr.layout, out + ".fr.xy");
  std::printf(
      "{\"layout\": \"innonet fruchterman_reingold (Barnes-Hut)\", \"iterations\": %d, "
      "\"seconds\": %.3f, \"cpu_seconds\": %.3f}\n",
      iterations, fr_s, fr_cpu);
  return 0;
}
