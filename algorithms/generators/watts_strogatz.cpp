#include "algorithms/generators/watts_strogatz.hpp"

#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "algorithms/generators/block_rng.hpp"

namespace innonet::generators {
namespace {

std::uint64_t pair_code(Vertex u, Vertex v) {
  if (u > v) std::swap(u, v);
  return (static_cast<std::uint64_t>(u) << 32) | static_cast<std::uint32_t>(v);
}

void validate(const WattsStrogatzOptions& o) {
  if (o.num_nodes < 3)
    throw std::invalid_argument("num_nodes must be >= 3, got " + std::to_string(o.num_nodes));
  if (o.neighbors < 2 || o.neighbors % 2 != 0 || o.neighbors >= o.num_nodes)
    throw std::invalid_argument("neighbors must be even and in 2..num_nodes-1, got " +
                                std::to_string(o.neighbors));
  if (!(o.rewire_probability >= 0.0 && o.rewire_probability <= 1.0))
    throw std::invalid_argument("rewire_probability must be in [0, 1]");
}

}  // namespace

EdgeList watts_strogatz(const WattsStrogatzOptions& options) {
  validate(options);
  const Vertex n = options.num_nodes;
  const int half = options.neighbors / 2;
  const auto m = static_cast<std::size_t>(n) * static_cast<std::size_t>(half);
  EdgeList edges;
  edges.num_nodes = n;
  edges.sources.resize(m);
  edges.targets.resize(m);
  std::unordered_set<std::uint64_t> present;
  present.reserve(2 * m);
  std::vector<std::int64_t> degree(static_cast<std::size_t>(n), options.neighbors);
  for (int j = 1; j <= half; ++j)
    for (Vertex u = 0; u < n; ++u) {
      const std::size_t e = static_cast<std::size_t>(j - 1) * n + u;
      edges.sources[e] = u;
      edges.targets[e] = static_cast<Vertex>((u + j) % n);
      present.insert(pair_code(u, edges.targets[e]));
    }
  if (options.rewire_probability == 0.0) return edges;
  BlockRng rng(options.seed);
  for (int j = 1; j <= half; ++j)
    for (Vertex u = 0; u < n; ++u) {
      if (rng.uniform() >= options.rewire_probability || degree[u] >= n - 1) continue;
      const std::size_t e = static_cast<std::size_t>(j - 1) * n + u;
      Vertex w = static_cast<Vertex>(rng.below(static_cast<std::uint64_t>(n)));
      while (w == u || present.contains(pair_code(u, w)))
        w = static_cast<Vertex>(rng.below(static_cast<std::uint64_t>(n)));
      const Vertex old = edges.targets[e];
      present.erase(pair_code(u, old));
      present.insert(pair_code(u, w));
      --degree[old];
      ++degree[w];
      edges.targets[e] = w;
    }
  return edges;
}

}  // namespace innonet::generators
