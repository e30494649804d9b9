// Max-flow peer comparison, innonet's side (not part of the CMake build; see MAXFLOW.md):
//   maxflow_export FAMILY SCALE d|u FILE
// writes bench::graph(FAMILY, SCALE, direction, weighted) (bench/support/graphs.hpp) to FILE for
// maxflow_peers.py -- header n, m, s, t (int64; s, t = the two vertices of largest out-degree, as
// in bench/flow_bench.cpp), then src[m], dst[m] (int32), capacity[m] (double); an undirected
// graph lists each edge once -- and prints innonet's own max_flow CPU times (3 runs).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <vector>

#include "algorithms/flow/max_flow.hpp"
#include "bench/support/graphs.hpp"
using namespace innonet;
int main(int argc, char** argv) {
  const int family = std::atoi(argv[1]), scale = std::atoi(argv[2]);
  const Direction dir = argv[3][0] == 'd' ? Direction::directed : Direction::undirected;
  const CsrGraph& g = bench::graph(bench::Family(family), scale, dir, bench::Weighting::weighted);
  std::vector<Vertex> order(g.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + 2, order.end(), [&](Vertex a, Vertex b) {
    return g.out_degree(a) != g.out_degree(b) ? g.out_degree(a) > g.out_degree(b) : a < b;
  });
  std::vector<int> src, dst;
  std::vector<double> w;
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = g.out_targets()[a];
      if (dir == Direction::undirected && v < u) continue;
      src.push_back(u);
      dst.push_back(v);
      w.push_back(g.out_weight_array()[a]);
    }
  FILE* f = std::fopen(argv[4], "wb");
  long long hdr[4] = {g.num_nodes(), (long long)src.size(), order[0], order[1]};
  std::fwrite(hdr, 8, 4, f);
  std::fwrite(src.data(), 4, src.size(), f);
  std::fwrite(dst.data(), 4, dst.size(), f);
  std::fwrite(w.data(), 8, w.size(), f);
  std::fclose(f);
  for (int rep = 0; rep < 3; ++rep) {
    auto c0 = std::clock();
    auto t0 = std::chrono::steady_clock::now();
    auto r = flow::max_flow(g, order[0], order[1]);
    auto c1 = std::clock();
    auto t1 = std::chrono::steady_clock::now();
    auto rv = flow::max_flow(g, order[0], order[1], {.detail = flow::FlowDetail::value_only});
    auto c2 = std::clock();
    std::printf(
        "innonet n=%d m=%zu s=%d t=%d value=%.1f full_cpu=%.3f s wall=%.3f value_only_cpu=%.3f s "
        "pushes=%lld relabels=%lld gr=%lld gaps=%lld\n",
        g.num_nodes(), src.size(), order[0], order[1], r.value, double(c1 - c0) / CLOCKS_PER_SEC,
        std::chrono::duration<double>(t1 - t0).count(), double(c2 - c1) / CLOCKS_PER_SEC,
        (long long)r.pushes, (long long)r.relabels, (long long)r.global_relabels,
        (long long)r.gaps);
  }
}
