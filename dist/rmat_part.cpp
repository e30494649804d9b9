#include "dist/rmat_part.hpp"

namespace innonet::dist {

LocalArcs rmat_part(const generators::RmatOptions& options, Directedness directedness, int rank,
                    int processes) {
  const std::int64_t blocks = generators::rmat_block_count(options);
  const EdgeList edges =
      generators::rmat_blocks(options, blocks * rank / processes, blocks * (rank + 1) / processes);
  const bool both = directedness == Directedness::undirected;
  LocalArcs arcs;
  arcs.sources.reserve(edges.sources.size() * (both ? 2 : 1));
  arcs.targets.reserve(edges.sources.size() * (both ? 2 : 1));
  for (std::size_t e = 0; e < edges.sources.size(); ++e) {
    const Index u = edges.sources[e], v = edges.targets[e];
    if (u == v) continue;
    arcs.sources.push_back(u);
    arcs.targets.push_back(v);
    if (both) {
      arcs.sources.push_back(v);
      arcs.targets.push_back(u);
    }
  }
  return arcs;
}

}  // namespace innonet::dist
