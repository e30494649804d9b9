#include "algorithms/generators/edge_chunks.hpp"

#include <algorithm>
#include <cstdint>

namespace innonet::generators {

EdgeList concatenate(Vertex num_nodes, std::vector<EdgeChunk>& chunks) {
  const auto count = static_cast<std::int64_t>(chunks.size());
  std::vector<std::int64_t> offset(chunks.size() + 1, 0);
  for (std::int64_t c = 0; c < count; ++c)
    offset[c + 1] = offset[c] + static_cast<std::int64_t>(chunks[c].sources.size());
  EdgeList edges;
  edges.num_nodes = num_nodes;
  edges.sources.resize(static_cast<std::size_t>(offset.back()));
  edges.targets.resize(static_cast<std::size_t>(offset.back()));
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t c = 0; c < count; ++c) {
    std::copy(chunks[c].sources.begin(), chunks[c].sources.end(),
              edges.sources.begin() + offset[c]);
    std::copy(chunks[c].targets.begin(), chunks[c].targets.end(),
              edges.targets.begin() + offset[c]);
    chunks[c] = EdgeChunk{};
  }
  return edges;
}

}  // namespace innonet::generators
