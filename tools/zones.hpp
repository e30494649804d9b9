#pragma once
// A user's own grouping of places into zones (`--zones FILE.csv`), used as a roll-up level:
// "core districts versus Jiangbei and the south" without editing the dataset.
// The file: one `node,zone` pair per line (UTF-8; the node by id, name or English name; a header
// line `node,zone` is optional; blank lines and lines starting with # are skipped). A node's zone
// is its own or its nearest listed ancestor's, so listing districts places everything inside
// them. Errors name the file and line: ParseError for a malformed line or an unknown node (with
// a suggestion), ValidationError for a node listed twice.
#include <optional>
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::cli {

struct Zones {
  std::vector<std::string> names;            // in order of first appearance
  std::vector<std::int32_t> zone_of;         // by node index: zone index, or -1
  std::vector<std::vector<NodeRef>> listed;  // by zone: the nodes the file lists
};

Zones read_zones(const PropertyGraph& graph, const std::string& path);

// Ties between and inside zones, like engine/rollup for a node type.
struct ZoneRollup {
  struct Pair {
    std::int32_t a = 0, b = 0;  // zone indices; a <= b (a == b: inside one zone)
    std::string kind;
    std::int64_t edges = 0;
    double weight_sum = 0.0;
  };
  std::vector<Pair> pairs;  // sorted by zones, then kind
  std::vector<std::int64_t> nodes_in_zone;
  std::int64_t edges_selected = 0, edges_between = 0, edges_inside = 0, edges_unzoned = 0;
};

ZoneRollup rollup_zones(const PropertyGraph& graph, const Selection& selection, const Zones& zones);

// The zones as a network for the centrality kernels (`rank --level zone`): vertex z is zone z,
// and every selected tie between two zones is an arc between them, by the rules project()
// follows (direction, weighting, merge; an undirected tie is two arcs in a directed projection).
// Ties inside one zone are no partner: they are left out and counted in ties_inside; ties with
// an end in no zone (or on a node the selection drops) are counted in ties_unzoned.
struct ZoneNetwork {
  CsrGraph graph;                         // no node_refs: vertex z is zones.names[z]
  std::vector<std::int64_t> ties_inside;  // by zone
  std::int64_t ties_unzoned = 0;
};

ZoneNetwork project_zones(const PropertyGraph& graph, const Selection& selection,
                          const Zones& zones);

}  // namespace innonet::cli
