#pragma once
// Barabási–Albert preferential attachment (Barabási & Albert 1999), NetworkX's variant: start
// from a star on m+1 vertices (hub 0); each later vertex v = m+1, ..., n-1 links to m distinct
// earlier vertices, each chosen with probability proportional to its current degree (drawn from
// the list of edge ends, Batagelj & Brandes 2005). Simple undirected graph, m + (n-m-1)·m edges,
// listed as (new vertex, earlier vertex) in order of arrival. Degree tail P(k) ~ k^-3.
// Serial by nature (each choice depends on all earlier ones): one BlockRng(seed) stream, so the
// output does not depend on the thread count. Cost: O(n·m) expected time, 16 bytes per edge.
#include <cstdint>

#include "engine/csr_build.hpp"

namespace innonet::generators {

struct BarabasiAlbertOptions {
  Vertex num_nodes = 1000;
  int edges_per_node = 3;  // m, 1 <= m < num_nodes
  std::uint64_t seed = 1;
};

// Throws std::invalid_argument naming num_nodes or edges_per_node.
EdgeList barabasi_albert(const BarabasiAlbertOptions& options = {});

}  // namespace innonet::generators
