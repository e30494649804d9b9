// GraphSource: a structural graph held as its CsrGraph, projected without a property graph.
#include <algorithm>

#include "io/graph_file.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

bool only(const std::vector<std::string>& names, const char* name) {
  return std::all_of(names.begin(), names.end(), [&](const std::string& n) { return n == name; });
}

// Whether a selection keeps every node and edge of a structural graph (nodes typed "node",
// edges of kind "edge", no evidence grades, no years) and weighs edges by their weight or 1.
bool keeps_everything(const Selection& s, const CsrGraph& g) {
  // A name the property graph does not know is a UsageError there: leave that to project().
  if (!s.kinds.empty() && (!only(s.kinds, "edge") || g.num_edges() == 0)) return false;
  if (!s.node_types.empty() && (!only(s.node_types, "node") || g.num_nodes() == 0)) return false;
  return s.evidence.empty() && !s.year_from && !s.year_to && s.removed_nodes.empty() &&
         s.removed_edges.empty() && s.weighting != Weighting::attribute;
}

struct Shape {
  bool parallel = false;  // some row holds a neighbour twice
  bool loops = false;     // some vertex is its own neighbour
};

Shape shape_of(const CsrGraph& g) {
  bool parallel = false, loops = false;
  const Vertex n = g.num_nodes();
#pragma omp parallel for schedule(dynamic, 4096) reduction(|| : parallel, loops)
  for (Vertex u = 0; u < n; ++u) {
    const auto row = g.out_neighbors(u);
    for (std::size_t k = 0; k < row.size(); ++k) {
      parallel = parallel || (k > 0 && row[k] == row[k - 1]);
      loops = loops || row[k] == u;
    }
  }
  return {parallel, loops};
}

// Whether project() would give back exactly the graph as read.
bool projects_to_itself(const CsrGraph& g, const Selection& s) {
  const bool symmetric = s.direction == ProjectedDirection::undirected;
  if (symmetric == g.is_directed() || s.merge == MergeRule::count) return false;
  if ((s.weighting == Weighting::unit) == g.is_weighted()) return false;
  const Shape shape = shape_of(g);
  return !shape.parallel && (s.self_loops == SelfLoops::keep || !shape.loops);
}

// The edges project() would list for the property graph of `g` (io::to_property_graph: one
// edge per arc, per edge {u, v} u <= v when undirected), in the same order.
EdgeList projected_edges(const CsrGraph& g, const Selection& s) {
  const bool symmetric = s.direction == ProjectedDirection::undirected;
  const bool weighted = s.weighting != Weighting::unit;
  EdgeList list;
  list.num_nodes = g.num_nodes();
  const auto reserve = static_cast<std::size_t>(g.num_arcs());
  list.sources.reserve(reserve);
  list.targets.reserve(reserve);
  if (weighted) list.weights.reserve(reserve);
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const auto row = g.out_neighbors(u);
    const auto weights = g.out_weights(u);
    for (std::size_t k = 0; k < row.size(); ++k) {
      const Vertex v = row[k];
      if (!g.is_directed() && v < u) continue;
      const bool both_ways = !symmetric && !g.is_directed() && u != v;
      for (int copy = 0; copy < (both_ways ? 2 : 1); ++copy) {
        list.sources.push_back(copy ? v : u);
        list.targets.push_back(copy ? u : v);
        if (weighted) list.weights.push_back(g.is_weighted() ? weights[k] : 1.0);
      }
    }
  }
  return list;
}

}  // namespace

GraphSource::GraphSource(PropertyGraph graph) : properties_(std::move(graph)) {}

GraphSource::GraphSource(io::LoadedGraph structure)
    : csr_(std::make_shared<const CsrGraph>(std::move(structure.graph))),
      original_ids_(std::move(structure.original_ids)),
      note_(std::move(structure.note)) {}

const PropertyGraph& GraphSource::properties() const {
  if (!properties_) properties_ = io::to_property_graph(*csr_, original_ids_);
  return *properties_;
}

std::shared_ptr<const CsrGraph> GraphSource::project_structure(const Selection& selection) const {
  if (!is_structural() || !keeps_everything(selection, *csr_)) return nullptr;
  if (projects_to_itself(*csr_, selection)) return csr_;
  const EdgeList list = projected_edges(*csr_, selection);
  const bool symmetric = selection.direction == ProjectedDirection::undirected;
  return std::make_shared<const CsrGraph>(
      build_csr(list, {.direction = symmetric ? Direction::undirected : Direction::directed,
                       .merge = selection.merge,
                       .self_loops = selection.self_loops}));
}

namespace {

// Node of vertex v of a projection of a source: the loaded CSR itself (whose stored node map,
// if any, refers to a graph that is not this one) and maps without node_refs are the identity.
NodeRef node_of(const CsrGraph& g, Vertex v, const CsrGraph* loaded) {
  if (&g == loaded || g.node_refs().empty()) return static_cast<NodeRef>(v);
  return g.node_refs()[v];
}

}  // namespace

std::string GraphSource::node_id(const CsrGraph& g, Vertex v) const {
  const NodeRef node = node_of(g, v, csr_.get());
  if (properties_) return properties_->node(node).id;
  const auto i = index(node);
  return std::to_string(original_ids_.empty() ? std::int64_t{i} : original_ids_[i]);
}

std::string GraphSource::node_name(const CsrGraph& g, Vertex v) const {
  if (!properties_) return {};
  return properties_->node(node_of(g, v, csr_.get())).name;
}

std::string GraphSource::node_type(const CsrGraph& g, Vertex v) const {
  if (!properties_) return "node";
  return properties_->type_name(properties_->node(node_of(g, v, csr_.get())).type);
}

std::vector<std::string> GraphSource::type_names() const {
  if (properties_) return {properties_->type_names().begin(), properties_->type_names().end()};
  if (csr_->num_nodes() == 0) return {};
  return {"node"};
}

}  // namespace innonet::cli
