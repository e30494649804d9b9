#include "algorithms/generators/barabasi_albert.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/generators/block_rng.hpp"

namespace innonet::generators {

EdgeList barabasi_albert(const BarabasiAlbertOptions& options) {
  const Vertex n = options.num_nodes;
  const int m = options.edges_per_node;
  if (n < 2) throw std::invalid_argument("num_nodes must be >= 2, got " + std::to_string(n));
  if (m < 1 || m >= n)
    throw std::invalid_argument("edges_per_node must be in 1..num_nodes-1, got " +
                                std::to_string(m));
  const std::int64_t total = m + static_cast<std::int64_t>(n - m - 1) * m;
  EdgeList edges;
  edges.num_nodes = n;
  edges.sources.reserve(static_cast<std::size_t>(total));
  edges.targets.reserve(static_cast<std::size_t>(total));
  // ends: every edge end so far; a uniform pick from it is a degree-proportional vertex.
  HugeArray<Vertex> ends;
  ends.reserve(static_cast<std::size_t>(2 * total));
  for (Vertex leaf = 1; leaf <= m; ++leaf) {
    edges.sources.push_back(0);
    edges.targets.push_back(leaf);
    ends.push_back(0);
    ends.push_back(leaf);
  }
  BlockRng rng(options.seed);
  std::vector<Vertex> chosen;
  chosen.reserve(static_cast<std::size_t>(m));
  for (Vertex v = m + 1; v < n; ++v) {
    chosen.clear();
    const auto pool = static_cast<std::uint64_t>(ends.size());  // this vertex's ends not yet in
    while (std::ssize(chosen) < m) {
      const Vertex target = ends[rng.below(pool)];
      if (std::find(chosen.begin(), chosen.end(), target) == chosen.end()) chosen.push_back(target);
    }
    for (const Vertex target : chosen) {
      edges.sources.push_back(v);
      edges.targets.push_back(target);
      ends.push_back(target);
      ends.push_back(v);
    }
  }
  return edges;
}

}  // namespace innonet::generators
