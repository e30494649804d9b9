#pragma once
// Helpers shared by the generator tests: simple-graph checks, degrees, and running a generator
// at a given thread count.
#include <omp.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "engine/csr_build.hpp"

namespace innonet::testing {

// Undirected degrees from an edge list (a self loop counts twice).
inline std::vector<std::int64_t> undirected_degrees(const EdgeList& edges) {
  std::vector<std::int64_t> degree(static_cast<std::size_t>(edges.num_nodes), 0);
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    ++degree[edges.sources[i]];
    ++degree[edges.targets[i]];
  }
  return degree;
}

// Number of self loops plus repeated edges (undirected pairs compared as unordered).
inline std::int64_t non_simple_edges(const EdgeList& edges, bool directed) {
  std::set<std::pair<Vertex, Vertex>> seen;
  std::int64_t bad = 0;
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    Vertex u = edges.sources[i], v = edges.targets[i];
    if (!directed && u > v) std::swap(u, v);
    if (u == v || !seen.insert({u, v}).second) ++bad;
  }
  return bad;
}

inline bool same_edges(const EdgeList& a, const EdgeList& b) {
  return a.num_nodes == b.num_nodes && a.sources == b.sources && a.targets == b.targets &&
         a.weights == b.weights;
}

// Runs make() with the given OpenMP thread count, restoring the previous one.
template <class Make>
auto with_threads(int threads, Make make) {
  const int previous = omp_get_max_threads();
  omp_set_num_threads(threads);
  auto result = make();
  omp_set_num_threads(previous);
  return result;
}

inline double mean(const std::vector<std::int64_t>& values) {
  double sum = 0;
  for (const auto v : values) sum += static_cast<double>(v);
  return values.empty() ? 0.0 : sum / static_cast<double>(values.size());
}

inline double variance(const std::vector<std::int64_t>& values) {
  const double mu = mean(values);
  double sum = 0;
  for (const auto v : values) sum += (static_cast<double>(v) - mu) * (static_cast<double>(v) - mu);
  return values.size() < 2 ? 0.0 : sum / static_cast<double>(values.size() - 1);
}

// Share of all degree held by the top `fraction` of vertices.
inline double top_share(std::vector<std::int64_t> degree, double fraction) {
  std::sort(degree.begin(), degree.end(), std::greater<>());
  const auto top = static_cast<std::size_t>(fraction * static_cast<double>(degree.size()));
  double head = 0, total = 0;
  for (std::size_t i = 0; i < degree.size(); ++i) {
    total += static_cast<double>(degree[i]);
    if (i < top) head += static_cast<double>(degree[i]);
  }
  return total > 0 ? head / total : 0.0;
}

}  // namespace innonet::testing
