// A stop request ends a running kernel with Stopped: the flag is polled between iterations
// (PageRank, Leiden) and between the blocks of parallel regions (betweenness), at any thread
// count, and a kernel run with no request, or with the flag down, gives its full result.
#include "engine/stop_request.hpp"

#include <omp.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/generators/erdos_renyi.hpp"
#include "engine/csr_build.hpp"

using namespace innonet;
using innonet::centrality::betweenness;
using innonet::centrality::pagerank;
using innonet::community::leiden;

namespace {

CsrGraph random_graph(Vertex n, std::int64_t m) {
  const auto edges = generators::erdos_renyi({.num_nodes = n, .num_edges = m, .seed = 3});
  return build_csr(edges, {.direction = Direction::undirected});
}

}  // namespace

TEST_CASE("a raised stop flag ends kernels with Stopped; a lowered one changes nothing",
          "[engine][stop_request]") {
  const CsrGraph g = random_graph(400, 1600);
  for (const int threads : {1, 2}) {
    omp_set_num_threads(threads);
    const auto plain_rank = pagerank(g).score;
    const auto plain_between = betweenness(g).score;
    std::atomic<bool> flag{false};
    {
      const ScopedStopRequest request(flag);
      CHECK(pagerank(g).score == plain_rank);
      CHECK(betweenness(g).score == plain_between);
      flag = true;
      CHECK_THROWS_AS(pagerank(g), Stopped);
      CHECK_THROWS_AS(betweenness(g), Stopped);
      CHECK_THROWS_AS(leiden(g), Stopped);
      CHECK_THROWS_WITH(check_stop_request(), "stopped on request");
    }
    // The request ended with its scope: the same calls run to the end again.
    CHECK(current_stop_flag() == nullptr);
    CHECK(pagerank(g).score == plain_rank);
  }
}

TEST_CASE("nested stop requests restore the outer flag", "[engine][stop_request]") {
  std::atomic<bool> outer{false}, inner{true};
  const ScopedStopRequest a(outer);
  {
    const ScopedStopRequest b(inner);
    CHECK(current_stop_flag() == &inner);
    CHECK_THROWS_AS(check_stop_request(), Stopped);
  }
  CHECK(current_stop_flag() == &outer);
  CHECK_NOTHROW(check_stop_request());
}

TEST_CASE("a flag raised from another thread stops a long betweenness run part way",
          "[engine][stop_request]") {
  // Exact betweenness on 20,000 nodes takes tens of seconds, so the flag is raised while it runs;
  // a run that ignored it would return normally instead of throwing.
  const CsrGraph g = random_graph(20000, 80000);
  omp_set_num_threads(2);
  std::atomic<bool> flag{false};
  std::thread raiser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    flag = true;
  });
  {
    const ScopedStopRequest request(flag);
    CHECK_THROWS_AS(betweenness(g), Stopped);
  }
  raiser.join();
}
