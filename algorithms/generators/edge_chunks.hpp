#pragma once
// Per-block edge buffers for generators whose blocks emit a variable number of edges: each block
// fills its own chunk, and the chunks are joined in block order, so the edge list is the same at
// any thread count. Cost: O(m) copy, run in parallel.
#include <vector>

#include "engine/csr_build.hpp"

namespace innonet::generators {

struct EdgeChunk {
  std::vector<Vertex> sources;
  std::vector<Vertex> targets;
  void add(Vertex u, Vertex v) {
    sources.push_back(u);
    targets.push_back(v);
  }
};

// Joins the chunks in order; frees each chunk once copied.
EdgeList concatenate(Vertex num_nodes, std::vector<EdgeChunk>& chunks);

}  // namespace innonet::generators
