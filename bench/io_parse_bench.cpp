// Parsers are linear in their input (issue 13): key-heavy inputs from 1 MB to 100 MB, where the
// old duplicate-key checks (a scan of the object per key) were quadratic. Each benchmark reports
// bytes_per_second; linear parsing shows it flat across the sizes (keys x10 -> time x~10).
//   JSON: one metadata object with ~N keys ("k123": 123) in a native graph file.
//   CSV attributes: one node whose 'attributes' cell holds an object with ~N keys.
//   CSV metadata: a metadata.csv with ~N rows "metadata,k123,123".
// Run: innonet_bench_io_parse --benchmark_filter=... (each size runs once: 100 MB takes seconds).
#include <benchmark/benchmark.h>

#include <string>

#include "io/csv.hpp"
#include "io/native_json.hpp"

namespace {

using namespace innonet;

constexpr std::size_t kMegabyte = 1'000'000;

std::string json_with_keys(std::size_t bytes) {
  std::string text = R"({"format": "innonet-graph", "version": 1, "metadata": {)";
  for (std::size_t k = 0; text.size() < bytes; ++k)
    text += (k ? ", \"k" : "\"k") + std::to_string(k) + "\": " + std::to_string(k);
  return text + R"(}, "nodes": [], "edges": []})";
}

std::string nodes_with_attribute_keys(std::size_t bytes) {
  std::string text = "id,type,attributes\na,city,\"{";
  for (std::size_t k = 0; text.size() < bytes; ++k)
    text += (k ? ", \"\"k" : "\"\"k") + std::to_string(k) + "\"\": " + std::to_string(k);
  return text + "}\"\n";
}

std::string metadata_rows(std::size_t bytes) {
  std::string text = "section,key,value\n";
  for (std::size_t k = 0; text.size() < bytes; ++k)
    text += "metadata,k" + std::to_string(k) + "," + std::to_string(k) + "\n";
  return text;
}

void BM_json_object_keys(benchmark::State& state) {
  const std::string text = json_with_keys(static_cast<std::size_t>(state.range(0)) * kMegabyte);
  for (auto _ : state) benchmark::DoNotOptimize(io::read_native_json(text, "keys.json"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_csv_attribute_keys(benchmark::State& state) {
  io::CsvGraphText text;
  text.nodes = nodes_with_attribute_keys(static_cast<std::size_t>(state.range(0)) * kMegabyte);
  text.edges = "source,target,kind\n";
  const auto names = io::csv_graph_files("keys.csv");
  for (auto _ : state) benchmark::DoNotOptimize(io::read_csv_graph(text, names));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.nodes.size()));
}

void BM_csv_metadata_rows(benchmark::State& state) {
  io::CsvGraphText text;
  text.nodes = "id,type\na,city\n";
  text.edges = "source,target,kind\n";
  text.metadata = metadata_rows(static_cast<std::size_t>(state.range(0)) * kMegabyte);
  const auto names = io::csv_graph_files("keys.csv");
  for (auto _ : state) benchmark::DoNotOptimize(io::read_csv_graph(text, names));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.metadata.size()));
}

// Sizes in MB; one iteration each (the 100 MB input alone takes seconds).
void sizes(benchmark::internal::Benchmark* b) {
  for (const int mb : {1, 10, 100}) b->Arg(mb);
  b->Iterations(1)->Unit(benchmark::kMillisecond);
}

}  // namespace

BENCHMARK(BM_json_object_keys)->Apply(sizes);
BENCHMARK(BM_csv_attribute_keys)->Apply(sizes);
BENCHMARK(BM_csv_metadata_rows)->Apply(sizes);
