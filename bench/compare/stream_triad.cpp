// STREAM triad (McCalpin, "Memory Bandwidth and Machine Balance", 1995): a[i] = b[i] + s * c[i]
// over three arrays far larger than the last-level cache, with OpenMP static scheduling and
// first-touch initialisation in the same schedule. Bandwidth counts 24 bytes per element (two
// reads, one write; the write-allocate read is not counted, as in STREAM). Prints the best of
// `--repeats` runs as JSON; the thread count is OMP_NUM_THREADS.
//   innonet_stream_triad [--elements 33554432] [--repeats 10]
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "engine/huge_array.hpp"

int main(int argc, char** argv) {
  std::int64_t n = std::int64_t{1} << 25;  // 3 arrays x 256 MiB
  int repeats = 10;
  for (int k = 1; k + 1 < argc; k += 2) {
    if (std::strcmp(argv[k], "--elements") == 0) n = std::atoll(argv[k + 1]);
    if (std::strcmp(argv[k], "--repeats") == 0) repeats = std::atoi(argv[k + 1]);
  }
  innonet::HugeArray<double> a(static_cast<std::size_t>(n)), b(a.size()), c(a.size());
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < n; ++i) {
    a[i] = 0.0;
    b[i] = 1.0;
    c[i] = 2.0;
  }
  const double scalar = 3.0;
  double best = 1e30;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
#pragma omp parallel for schedule(static)
    for (std::int64_t i = 0; i < n; ++i) a[i] = b[i] + scalar * c[i];
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  double check = 0.0;
  for (std::int64_t i = 0; i < n; i += 4096) check += a[i];
  const double bytes = 24.0 * static_cast<double>(n);
  std::printf(
      "{\"kernel\": \"stream_triad\", \"threads\": %d, \"elements\": %lld, \"best_s\": %.6f, "
      "\"bandwidth_gb_s\": %.3f, \"check\": %.1f}\n",
      omp_get_max_threads(), static_cast<long long>(n), best, bytes / best / 1e9, check);
  return 0;
}
