#pragma once
// Boost.Graph view of a CsrGraph, with no copy: BGL algorithms (dijkstra_shortest_paths,
// breadth_first_search, strong_components, ...) run directly on `const CsrGraph&`.
//
// Conventions:
// - vertex_descriptor is Vertex; edge_descriptor is bgl::CsrEdge {source, arc}, where arc is the
//   position in out_targets()/out_weight_array(). An edge reached through in_edges() is the same
//   descriptor as through out_edges() (the in-arc is mapped back to its out-arc).
// - `const CsrGraph` is a bidirectional (directed) graph: every stored arc is one BGL edge, so an
//   undirected CsrGraph reads as its symmetric digraph (each edge as two arcs), which is what
//   Dijkstra, BFS and strong components need. num_edges() is num_arcs().
// - bgl::UndirectedView (bgl::as_undirected(g)) exposes an undirected CsrGraph with BGL's
//   undirected_tag, as algorithms such as connected_components require. Its edges() lists each
//   edge once (the arc with source <= target); out_edges(v) still yields v's arcs, so an edge
//   has two descriptors, one per endpoint, as in BGL's own compressed_sparse_row_graph.
//   The direction is a run-time property of CsrGraph, so this is a separate (borrowing) type.
// - Property maps: vertex_index is the identity; edge_weight reads out_weight_array() (1.0 for
//   an unweighted graph); edge_index is the arc position.
// The graph must outlive every iterator and map. Cost: O(1) per step, except in_edges():
// O(log deg) per edge to find the matching out-arc.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <stdexcept>
#include <utility>

#include "engine/csr_graph.hpp"

namespace innonet::bgl {

struct CsrEdge {
  Vertex source = kNoVertex;
  ArcIndex arc = -1;  // position in the out arrays
  friend bool operator==(const CsrEdge&, const CsrEdge&) = default;
};

// The out-arc behind position `in_arc` of v's in-row: the k-th arc u->v in v's in-row is the
// k-th arc to v in u's out-row (both orders put parallel arcs by weight).
ArcIndex out_arc_of_in_arc(const CsrGraph& graph, Vertex v, ArcIndex in_arc);

struct OutEdgeOf {
  Vertex source = kNoVertex;
  CsrEdge operator()(ArcIndex arc) const { return {source, arc}; }
};
struct InEdgeOf {
  const CsrGraph* graph = nullptr;
  Vertex target = kNoVertex;
  CsrEdge operator()(ArcIndex in_arc) const {
    return {graph->in_sources()[in_arc], out_arc_of_in_arc(*graph, target, in_arc)};
  }
};

using VertexIterator = boost::counting_iterator<Vertex>;
using AdjacencyIterator = const Vertex*;
using OutEdgeIterator =
    boost::transform_iterator<OutEdgeOf, boost::counting_iterator<ArcIndex>, CsrEdge, CsrEdge>;
using InEdgeIterator =
    boost::transform_iterator<InEdgeOf, boost::counting_iterator<ArcIndex>, CsrEdge, CsrEdge>;

enum class EdgeListing { every_arc, each_pair_once };

// All edges in arc order; with each_pair_once, only arcs with source <= target.
class EdgeIterator
    : public boost::iterator_facade<EdgeIterator, CsrEdge, boost::forward_traversal_tag, CsrEdge> {
 public:
  EdgeIterator() = default;
  EdgeIterator(const CsrGraph& graph, ArcIndex arc, EdgeListing listing)
      : graph_(&graph), arc_(arc), listing_(listing) {
    settle();
  }

 private:
  friend class boost::iterator_core_access;
  CsrEdge dereference() const { return {source_, arc_}; }
  bool equal(const EdgeIterator& other) const { return arc_ == other.arc_; }
  void increment() {
    ++arc_;
    settle();
  }
  void settle();  // move source_ to the row holding arc_, skipping arcs the listing leaves out

  const CsrGraph* graph_ = nullptr;
  Vertex source_ = 0;
  ArcIndex arc_ = 0;
  EdgeListing listing_ = EdgeListing::every_arc;
};

class EdgeWeightMap : public boost::put_get_helper<double, EdgeWeightMap> {
 public:
  using key_type = CsrEdge;
  using value_type = double;
  using reference = double;
  using category = boost::readable_property_map_tag;
  EdgeWeightMap() = default;
  explicit EdgeWeightMap(const CsrGraph& graph)
      : weights_(graph.is_weighted() ? graph.out_weight_array().data() : nullptr) {}
  double operator[](const CsrEdge& e) const { return weights_ ? weights_[e.arc] : 1.0; }

 private:
  const double* weights_ = nullptr;
};

class EdgeIndexMap : public boost::put_get_helper<ArcIndex, EdgeIndexMap> {
 public:
  using key_type = CsrEdge;
  using value_type = ArcIndex;
  using reference = ArcIndex;
  using category = boost::readable_property_map_tag;
  ArcIndex operator[](const CsrEdge& e) const { return e.arc; }
};

using VertexIndexMap = boost::typed_identity_property_map<Vertex>;

// An undirected CsrGraph as a BGL undirected graph. Throws std::invalid_argument for a directed
// graph (a directed graph is not symmetric; project it with ProjectedDirection::undirected).
class UndirectedView {
 public:
  explicit UndirectedView(const CsrGraph& graph) : graph_(&graph) {
    if (graph.is_directed())
      throw std::invalid_argument("graph: UndirectedView needs an undirected CsrGraph");
  }
  const CsrGraph& graph() const { return *graph_; }

 private:
  const CsrGraph* graph_;
};
inline UndirectedView as_undirected(const CsrGraph& graph) { return UndirectedView(graph); }

// --- free functions for UndirectedView (found by argument-dependent lookup) ---
std::pair<VertexIterator, VertexIterator> vertices(const UndirectedView& g);
inline Vertex num_vertices(const UndirectedView& g) { return g.graph().num_nodes(); }
inline std::int64_t num_edges(const UndirectedView& g) { return g.graph().num_edges(); }
std::pair<OutEdgeIterator, OutEdgeIterator> out_edges(Vertex v, const UndirectedView& g);
inline ArcIndex out_degree(Vertex v, const UndirectedView& g) { return g.graph().out_degree(v); }
inline ArcIndex degree(Vertex v, const UndirectedView& g) { return g.graph().out_degree(v); }
std::pair<AdjacencyIterator, AdjacencyIterator> adjacent_vertices(Vertex v,
                                                                  const UndirectedView& g);
std::pair<EdgeIterator, EdgeIterator> edges(const UndirectedView& g);
inline Vertex source(CsrEdge e, const UndirectedView&) { return e.source; }
inline Vertex target(CsrEdge e, const UndirectedView& g) { return g.graph().out_targets()[e.arc]; }
inline VertexIndexMap get(boost::vertex_index_t, const UndirectedView&) { return {}; }
inline EdgeWeightMap get(boost::edge_weight_t, const UndirectedView& g) {
  return EdgeWeightMap(g.graph());
}
inline EdgeIndexMap get(boost::edge_index_t, const UndirectedView&) { return {}; }

}  // namespace innonet::bgl

namespace innonet {

// --- free functions for CsrGraph as a bidirectional graph (argument-dependent lookup) ---
std::pair<bgl::VertexIterator, bgl::VertexIterator> vertices(const CsrGraph& g);
inline Vertex num_vertices(const CsrGraph& g) { return g.num_nodes(); }
inline std::int64_t num_edges(const CsrGraph& g) { return g.num_arcs(); }
std::pair<bgl::OutEdgeIterator, bgl::OutEdgeIterator> out_edges(Vertex v, const CsrGraph& g);
std::pair<bgl::InEdgeIterator, bgl::InEdgeIterator> in_edges(Vertex v, const CsrGraph& g);
inline ArcIndex out_degree(Vertex v, const CsrGraph& g) { return g.out_degree(v); }
inline ArcIndex in_degree(Vertex v, const CsrGraph& g) { return g.in_degree(v); }
inline ArcIndex degree(Vertex v, const CsrGraph& g) { return g.out_degree(v) + g.in_degree(v); }
std::pair<bgl::AdjacencyIterator, bgl::AdjacencyIterator> adjacent_vertices(Vertex v,
                                                                            const CsrGraph& g);
std::pair<bgl::EdgeIterator, bgl::EdgeIterator> edges(const CsrGraph& g);
inline Vertex source(bgl::CsrEdge e, const CsrGraph&) { return e.source; }
inline Vertex target(bgl::CsrEdge e, const CsrGraph& g) { return g.out_targets()[e.arc]; }
inline bgl::VertexIndexMap get(boost::vertex_index_t, const CsrGraph&) { return {}; }
inline bgl::EdgeWeightMap get(boost::edge_weight_t, const CsrGraph& g) {
  return bgl::EdgeWeightMap(g);
}
inline bgl::EdgeIndexMap get(boost::edge_index_t, const CsrGraph&) { return {}; }

}  // namespace innonet

namespace boost {

namespace innonet_detail {
struct CommonTraits {
  using vertex_descriptor = innonet::Vertex;
  using edge_descriptor = innonet::bgl::CsrEdge;
  using edge_parallel_category = allow_parallel_edge_tag;
  using vertex_iterator = innonet::bgl::VertexIterator;
  using out_edge_iterator = innonet::bgl::OutEdgeIterator;
  using adjacency_iterator = innonet::bgl::AdjacencyIterator;
  using edge_iterator = innonet::bgl::EdgeIterator;
  using degree_size_type = innonet::ArcIndex;
  using vertices_size_type = innonet::Vertex;
  using edges_size_type = std::int64_t;
  static vertex_descriptor null_vertex() { return innonet::kNoVertex; }
};
}  // namespace innonet_detail

template <>
struct graph_traits<innonet::CsrGraph> : innonet_detail::CommonTraits {
  using directed_category = bidirectional_tag;
  struct traversal_category : bidirectional_graph_tag,
                              adjacency_graph_tag,
                              vertex_list_graph_tag,
                              edge_list_graph_tag {};
  using in_edge_iterator = innonet::bgl::InEdgeIterator;
};

template <>
struct graph_traits<innonet::bgl::UndirectedView> : innonet_detail::CommonTraits {
  using directed_category = undirected_tag;
  struct traversal_category : incidence_graph_tag,
                              adjacency_graph_tag,
                              vertex_list_graph_tag,
                              edge_list_graph_tag {};
};

// Property maps: the same three for both graph types.
#define INNONET_BGL_PROPERTY_MAP(Graph, Tag, Map) \
  template <>                                     \
  struct property_map<Graph, Tag> {               \
    using type = Map;                             \
    using const_type = Map;                       \
  };
INNONET_BGL_PROPERTY_MAP(innonet::CsrGraph, vertex_index_t, innonet::bgl::VertexIndexMap)
INNONET_BGL_PROPERTY_MAP(innonet::CsrGraph, edge_weight_t, innonet::bgl::EdgeWeightMap)
INNONET_BGL_PROPERTY_MAP(innonet::CsrGraph, edge_index_t, innonet::bgl::EdgeIndexMap)
INNONET_BGL_PROPERTY_MAP(innonet::bgl::UndirectedView, vertex_index_t, innonet::bgl::VertexIndexMap)
INNONET_BGL_PROPERTY_MAP(innonet::bgl::UndirectedView, edge_weight_t, innonet::bgl::EdgeWeightMap)
INNONET_BGL_PROPERTY_MAP(innonet::bgl::UndirectedView, edge_index_t, innonet::bgl::EdgeIndexMap)
#undef INNONET_BGL_PROPERTY_MAP

}  // namespace boost
