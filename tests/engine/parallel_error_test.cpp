// ParallelError carries an exception out of an OpenMP region (where letting it escape would call
// std::terminate), and build_csr refuses a graph it cannot allocate with std::bad_alloc, not an
// abort.
#include "engine/parallel_error.hpp"

#include <omp.h>
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <new>
#include <stdexcept>
#include <string>

#include "engine/csr_build.hpp"

using namespace innonet;

TEST_CASE("ParallelError: an exception thrown in a parallel region is rethrown after it",
          "[engine][parallel_error]") {
  for (const int threads : {1, 2, 4}) {
    omp_set_num_threads(threads);
    ParallelError error;
    int ran = 0;
#pragma omp parallel for schedule(dynamic, 1) reduction(+ : ran)
    for (int i = 0; i < 1000; ++i)
      error.run([&] {
        ++ran;
        if (i == 500) throw std::runtime_error("row 500");
      });
    CHECK(error.failed());
    CHECK(ran <= 1000);
    CHECK_THROWS_WITH(error.rethrow(), "row 500");
  }
  ParallelError none;
#pragma omp parallel for
  for (int i = 0; i < 100; ++i) none.run([] {});
  CHECK_FALSE(none.failed());
  CHECK_NOTHROW(none.rethrow());
}

#if !defined(__SANITIZE_ADDRESS__)  // ASan aborts on a failed allocation instead of throwing
TEST_CASE("build_csr: more vertices than the address space allows is std::bad_alloc, not an abort",
          "[engine][parallel_error]") {
  // Before, the per-thread counters were allocated inside a parallel region, so the bad_alloc
  // hit std::terminate (the SIGABRT of issue 13). Limit the address space to what the process
  // uses plus 256 MB, ask for 2^30 vertices (~13 GB), and restore the limit.
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_AS, &saved) == 0);
  std::ifstream status("/proc/self/status");
  std::string line;
  std::uint64_t vm_kb = 0;
  while (std::getline(status, line))
    if (line.rfind("VmSize:", 0) == 0) vm_kb = std::stoull(line.substr(7));
  REQUIRE(vm_kb > 0);
  rlimit tight = saved;
  tight.rlim_cur = vm_kb * 1024 + (std::uint64_t{256} << 20);
  EdgeList edges;
  edges.num_nodes = Vertex{1} << 30;
  edges.sources.push_back(0);
  edges.targets.push_back(1);
  omp_set_num_threads(1);  // one block: the counting sort's per-block counters
  REQUIRE(setrlimit(RLIMIT_AS, &tight) == 0);
  bool refused = false;
  try {
    (void)build_csr(edges);
  } catch (const std::bad_alloc&) {
    refused = true;
  }
  setrlimit(RLIMIT_AS, &saved);
  CHECK(refused);
}
#endif
