// The README's "Using innonet as a library" example: load a graph file, project it, run PageRank
// and Leiden, read the results. Built by .ci/run against the installed package and through
// add_subdirectory (tests/consumer/CMakeLists.txt).
#include <algorithm>
#include <cstdio>
#include <innonet/innonet.hpp>
#include <numeric>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) return std::fprintf(stderr, "usage: %s GRAPH.json\n", argv[0]), 2;
  innonet::PropertyGraph graph = innonet::io::read_graph_file(argv[1]);
  innonet::CsrGraph g =
      innonet::project(graph, {.direction = innonet::ProjectedDirection::undirected});

  auto rank = innonet::centrality::pagerank(g);
  auto communities = innonet::community::leiden(g, {.seed = 42});

  std::vector<innonet::Vertex> order(g.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](auto a, auto b) { return rank.score[a] > rank.score[b]; });
  std::printf("%d nodes, %d communities (modularity %.3f)\n", g.num_nodes(),
              communities.num_communities, communities.quality);
  for (int i = 0; i < std::min(5, g.num_nodes()); ++i) {
    innonet::Vertex v = order[i];
    const innonet::Node& node = graph.node(g.node_refs()[v]);
    std::printf("%-12s %-24s pagerank %.4f  community %d\n", node.id.c_str(), node.name.c_str(),
                rank.score[v], communities.membership[v]);
  }
}
