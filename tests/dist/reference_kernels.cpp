// The single-machine twins of innonet-dist's kernels, for tests/dist/check.sh: reads a snapshot
// with io/ and prints what `innonet-dist KERNEL --output FILE` writes (the same header and one
// row per vertex), from the library's own kernels:
//   innonet_dist_reference pagerank FILE.inb        vertex,pagerank     (centrality::pagerank)
//   innonet_dist_reference bfs FILE.inb SOURCE      vertex,distance,parent  (paths::bfs)
//   innonet_dist_reference components FILE.inb      vertex,component    (weak components' label)
//   innonet_dist_reference triangles FILE.inb       the count (undirected simple view)
//   innonet_dist_reference degrees FILE.inb         vertex,out_degree,in_degree (merged arcs)
//   innonet_dist_reference kcore FILE.inb           vertex,core         (structure::core_number)
// The kernel's wall time goes to stderr ("kernel_seconds S"), for bench/distributed/run.sh.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/paths/bfs.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/k_core.hpp"
#include "algorithms/structure/triangles.hpp"
#include "engine/csr_build.hpp"
#include "io/snapshot.hpp"

namespace {

using namespace innonet;

// Arcs as the distributed matrix holds them: parallel arcs merged, self-loops kept.
CsrGraph merged(const CsrGraph& g, Direction direction, SelfLoops loops) {
  EdgeList edges;
  edges.num_nodes = g.num_nodes();
  edges.sources.resize(static_cast<std::size_t>(g.num_arcs()));
  edges.targets.resize(static_cast<std::size_t>(g.num_arcs()));
  std::size_t a = 0;
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (const Vertex v : g.out_neighbors(u)) {
      edges.sources[a] = u;
      edges.targets[a++] = v;
    }
  return build_csr(edges, {.direction = direction, .merge = MergeRule::max, .self_loops = loops});
}

void print_rows(const std::string& header, Vertex n, const auto& row) {
  std::printf("vertex,%s\n", header.c_str());
  for (Vertex v = 0; v < n; ++v) {
    std::printf("%d", v);
    row(v);
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: innonet_dist_reference KERNEL FILE.inb [SOURCE]\n";
    return 2;
  }
  const std::string kernel = argv[1];
  const CsrGraph read = io::read_snapshot(argv[2]).graph;
  const CsrGraph g = merged(read, read.direction(), SelfLoops::keep);
  const Vertex n = g.num_nodes();
  const auto start = std::chrono::steady_clock::now();
  const auto report_time = [&] {
    std::fprintf(stderr, "kernel_seconds %.6f\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  };
  if (kernel == "pagerank") {
    const auto r = centrality::pagerank(g, {.weights = centrality::EdgeWeights::ignore});
    report_time();
    print_rows("pagerank", n, [&](Vertex v) { std::printf(",%.17g", r.score[v]); });
  } else if (kernel == "bfs") {
    const auto r = paths::bfs(g, static_cast<Vertex>(std::stol(argv[3])));
    report_time();
    print_rows("distance,parent", n, [&](Vertex v) {
      std::printf(",%d,%d", r.distance[v], r.distance[v] < 0 ? -1 : r.parent[v]);
    });
  } else if (kernel == "components") {
    const auto r = structure::weak_components(g);
    report_time();
    print_rows("component", n, [&](Vertex v) { std::printf(",%d", r.label[v]); });
  } else if (kernel == "triangles") {
    const CsrGraph simple = merged(g, Direction::undirected, SelfLoops::drop);
    std::printf(
        "%lld\n",
        static_cast<long long>(
            structure::triangles(simple, {.output = structure::TriangleOutput::total_only}).total));
  } else if (kernel == "kcore") {
    const auto r = structure::core_number(g);
    report_time();
    print_rows("core", n, [&](Vertex v) { std::printf(",%d", r.core[v]); });
  } else if (kernel == "degrees") {
    print_rows("out_degree,in_degree", n,
               [&](Vertex v) { std::printf(",%d,%d", g.out_degree(v), g.in_degree(v)); });
  } else {
    std::cerr << "unknown kernel " << kernel << "\n";
    return 2;
  }
  return 0;
}
