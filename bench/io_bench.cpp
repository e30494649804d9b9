// Reading and writing the CsrGraph file formats on R-MAT graphs (bench/support/graphs.hpp):
// edge list parse + build, parse alone, write; Matrix Market read and write; binary snapshot
// write and load (checksums + structure, and the full invariant check). Arguments: {scale,
// threads}. Files are written once per process into a scratch directory (removed at exit),
// outside the timed loops. Counters: edges/s, file bytes per edge, and the process's peak RSS.
// Scale 22 (the acceptance target) is measured with bench/compare's kernel runner instead, which
// needs no Google Benchmark repetitions: see bench/README.md.
#include <benchmark/benchmark.h>
#include <omp.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include "bench/support/graphs.hpp"
#include "io/edge_list.hpp"
#include "io/matrix_market.hpp"
#include "io/snapshot.hpp"

namespace {

using namespace innonet;

enum class Format { edge_list, matrix_market, snapshot };

// The scratch directory and the files written into it, one per (format, scale).
class Files {
 public:
  ~Files() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  const std::string& path(Format format, int scale) {
    const std::lock_guard lock(mutex_);
    auto& path = paths_[{format, scale}];
    if (path.empty()) {
      std::filesystem::create_directories(dir_);
      const CsrGraph& g = bench::graph(bench::Family::rmat, scale);
      const std::string base = (dir_ / ("rmat" + std::to_string(scale))).string();
      switch (format) {
        case Format::edge_list: io::write_edge_list(g, path = base + ".el"); break;
        case Format::matrix_market: io::write_matrix_market(g, path = base + ".mtx"); break;
        case Format::snapshot: io::write_snapshot(g, path = base + ".inb"); break;
      }
    }
    return path;
  }
  std::string scratch(const std::string& name) {
    std::filesystem::create_directories(dir_);
    return (dir_ / name).string();
  }

 private:
  std::filesystem::path dir_ =
      std::filesystem::temp_directory_path() / ("innonet_io_bench_" + std::to_string(getpid()));
  std::map<std::pair<Format, int>, std::string> paths_;
  std::mutex mutex_;
};

Files& files() {
  static Files instance;  // benchmark-process cache, filled outside the timed loops
  return instance;
}

void report(benchmark::State& state, std::int64_t edges, const std::string& path) {
  state.counters["edges/s"] =
      benchmark::Counter(static_cast<double>(edges), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["file_B/edge"] =
      static_cast<double>(std::filesystem::file_size(path)) / static_cast<double>(edges);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_RSS_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

template <class Read>
void read_benchmark(benchmark::State& state, Format format, Read read) {
  const int scale = static_cast<int>(state.range(0));
  const std::string& path = files().path(format, scale);
  const std::int64_t edges = bench::graph(bench::Family::rmat, scale).num_edges();
  omp_set_num_threads(static_cast<int>(state.range(1)));
  for (auto _ : state) read(path);
  report(state, edges, path);
}

template <class Write>
void write_benchmark(benchmark::State& state, const std::string& name, Write write) {
  const int scale = static_cast<int>(state.range(0));
  const CsrGraph& g = bench::graph(bench::Family::rmat, scale);
  const std::string path = files().scratch(name + std::to_string(scale));
  omp_set_num_threads(static_cast<int>(state.range(1)));
  for (auto _ : state) write(g, path);
  report(state, g.num_edges(), path);
  std::filesystem::remove(path);
}

void BM_edge_list_parse_build(benchmark::State& state) {
  read_benchmark(state, Format::edge_list, [](const std::string& path) {
    benchmark::DoNotOptimize(io::read_edge_list(path).graph.num_arcs());
  });
}
void BM_edge_list_parse(benchmark::State& state) {
  read_benchmark(state, Format::edge_list, [](const std::string& path) {
    benchmark::DoNotOptimize(io::read_edge_list_data(path).edges.sources.size());
  });
}
void BM_edge_list_write(benchmark::State& state) {
  write_benchmark(state, "write.el",
                  [](const CsrGraph& g, const std::string& path) { io::write_edge_list(g, path); });
}
void BM_matrix_market_read(benchmark::State& state) {
  read_benchmark(state, Format::matrix_market, [](const std::string& path) {
    benchmark::DoNotOptimize(io::read_matrix_market(path).graph.num_arcs());
  });
}
void BM_matrix_market_write(benchmark::State& state) {
  write_benchmark(state, "write.mtx", [](const CsrGraph& g, const std::string& path) {
    io::write_matrix_market(g, path);
  });
}
void BM_snapshot_load(benchmark::State& state) {
  read_benchmark(state, Format::snapshot, [](const std::string& path) {
    benchmark::DoNotOptimize(
        io::read_snapshot(path, {.verify = io::Verify::structure}).graph.num_arcs());
  });
}
void BM_snapshot_load_full_check(benchmark::State& state) {
  read_benchmark(state, Format::snapshot, [](const std::string& path) {
    benchmark::DoNotOptimize(
        io::read_snapshot(path, {.verify = io::Verify::full}).graph.num_arcs());
  });
}
void BM_snapshot_write(benchmark::State& state) {
  write_benchmark(state, "write.inb",
                  [](const CsrGraph& g, const std::string& path) { io::write_snapshot(g, path); });
}

const std::vector<std::vector<std::int64_t>> kArgs = {{16, 18, 20}, {1, 2}};

}  // namespace

BENCHMARK(BM_edge_list_parse_build)
    ->ArgsProduct(kArgs)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_edge_list_parse)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_edge_list_write)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_matrix_market_read)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_matrix_market_write)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_snapshot_load)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_snapshot_load_full_check)
    ->ArgsProduct(kArgs)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_snapshot_write)->ArgsProduct(kArgs)->UseRealTime()->Unit(benchmark::kMillisecond);
