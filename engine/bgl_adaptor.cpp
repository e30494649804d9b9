#include "engine/bgl_adaptor.hpp"

#include <algorithm>

namespace innonet {
namespace bgl {

ArcIndex out_arc_of_in_arc(const CsrGraph& graph, Vertex v, ArcIndex in_arc) {
  const auto sources = graph.in_sources();
  const Vertex u = sources[in_arc];
  const auto in_row_begin = sources.begin() + graph.in_begin(v);
  const auto first_from_u = std::lower_bound(in_row_begin, sources.begin() + in_arc, u);
  const auto rank = static_cast<ArcIndex>(sources.begin() + in_arc - first_from_u);
  const auto targets = graph.out_targets();
  const auto out_row_begin = targets.begin() + graph.out_begin(u);
  const auto out_row_end = targets.begin() + graph.out_begin(u + 1);
  const auto first_to_v = std::lower_bound(out_row_begin, out_row_end, v);
  return static_cast<ArcIndex>(first_to_v - targets.begin()) + rank;
}

void EdgeIterator::settle() {
  const ArcIndex end = static_cast<ArcIndex>(graph_->num_arcs());
  const auto targets = graph_->out_targets();
  for (; arc_ < end; ++arc_) {
    while (graph_->out_begin(source_ + 1) <= arc_) ++source_;
    if (listing_ == EdgeListing::every_arc || source_ <= targets[arc_]) return;
  }
}

namespace {
std::pair<VertexIterator, VertexIterator> vertex_range(const CsrGraph& g) {
  return {VertexIterator(0), VertexIterator(g.num_nodes())};
}
std::pair<OutEdgeIterator, OutEdgeIterator> out_edge_range(Vertex v, const CsrGraph& g) {
  const OutEdgeOf make{v};
  return {OutEdgeIterator(boost::counting_iterator<ArcIndex>(g.out_begin(v)), make),
          OutEdgeIterator(boost::counting_iterator<ArcIndex>(g.out_begin(v + 1)), make)};
}
std::pair<AdjacencyIterator, AdjacencyIterator> adjacency_range(Vertex v, const CsrGraph& g) {
  const auto row = g.out_neighbors(v);
  return {row.data(), row.data() + row.size()};
}
std::pair<EdgeIterator, EdgeIterator> edge_range(const CsrGraph& g, EdgeListing listing) {
  return {EdgeIterator(g, 0, listing),
          EdgeIterator(g, static_cast<ArcIndex>(g.num_arcs()), listing)};
}
}  // namespace

std::pair<VertexIterator, VertexIterator> vertices(const UndirectedView& g) {
  return vertex_range(g.graph());
}
std::pair<OutEdgeIterator, OutEdgeIterator> out_edges(Vertex v, const UndirectedView& g) {
  return out_edge_range(v, g.graph());
}
std::pair<AdjacencyIterator, AdjacencyIterator> adjacent_vertices(Vertex v,
                                                                  const UndirectedView& g) {
  return adjacency_range(v, g.graph());
}
std::pair<EdgeIterator, EdgeIterator> edges(const UndirectedView& g) {
  return edge_range(g.graph(), EdgeListing::each_pair_once);
}

}  // namespace bgl

std::pair<bgl::VertexIterator, bgl::VertexIterator> vertices(const CsrGraph& g) {
  return bgl::vertex_range(g);
}
std::pair<bgl::OutEdgeIterator, bgl::OutEdgeIterator> out_edges(Vertex v, const CsrGraph& g) {
  return bgl::out_edge_range(v, g);
}
std::pair<bgl::InEdgeIterator, bgl::InEdgeIterator> in_edges(Vertex v, const CsrGraph& g) {
  const bgl::InEdgeOf make{&g, v};
  return {bgl::InEdgeIterator(boost::counting_iterator<ArcIndex>(g.in_begin(v)), make),
          bgl::InEdgeIterator(boost::counting_iterator<ArcIndex>(g.in_begin(v + 1)), make)};
}
std::pair<bgl::AdjacencyIterator, bgl::AdjacencyIterator> adjacent_vertices(Vertex v,
                                                                            const CsrGraph& g) {
  return bgl::adjacency_range(v, g);
}
std::pair<bgl::EdgeIterator, bgl::EdgeIterator> edges(const CsrGraph& g) {
  return bgl::edge_range(g, bgl::EdgeListing::every_arc);
}

}  // namespace innonet
