#pragma once
// What the Python objects hold. innonet.Graph is a GraphHandle: a property graph (typed nodes and
// edges, groups, indicators) or, for structure-only files and generated graphs, just a CsrGraph.
// innonet.Csr is a CsrView: one immutable projection, shared with every NumPy array viewing it
// (the arrays' base is the Csr object, which keeps the CsrGraph alive: no copy is ever made).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"
#include "engine/property_graph.hpp"

namespace innonet::python {

struct GraphHandle {
  std::shared_ptr<const PropertyGraph> property;                  // null: structure only
  std::shared_ptr<const CsrGraph> structure;                      // set when property is null
  std::shared_ptr<const std::vector<std::int64_t>> original_ids;  // structure: file ids, or null
  std::string source_path;  // the file it was read from ("" when built in memory)
  bool builtin = false;     // the built-in nanjing-metro dataset
};

struct CsrView {
  std::shared_ptr<const CsrGraph> graph;
  std::shared_ptr<const PropertyGraph> property;                  // for ids and types, may be null
  std::shared_ptr<const std::vector<std::int64_t>> original_ids;  // may be null
};

// The vertex of a node id in `view` (its property id, original id or vertex number as text);
// ValueError naming `what` when the view has no such vertex.
Vertex vertex_of_id(const CsrView& view, const std::string& id, const char* what);

}  // namespace innonet::python
