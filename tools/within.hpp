#pragma once
// `--within PLACE`: restrict a command to what lies under a place of the containment hierarchy.
// PLACE is a node set (tools/node_set.hpp: an id, a name in Chinese or English, a group such as
// nanjing_metro, several joined by commas); the scope is every named node and everything inside
// it (for a group: its members and everything inside them). Nodes outside the scope become the
// selection's removed nodes, and ties with an end outside its removed edges, so every kernel and
// planner step that reads a Selection leaves them out. Cost: O(n + m).
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "algorithms/planner/corridor.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::cli {

// Registers --within on `command`, filling `text` (empty: no restriction).
void add_within_option(CLI::App& command, std::string& text);

// By node index: whether the node lies in the scope `text` names. Errors as parse_node_set's,
// under the option name --within.
std::vector<bool> within_scope(const PropertyGraph& graph, const std::string& text);

// `selection` with the nodes outside `inside` and the ties touching them removed.
Selection restrict_to(const PropertyGraph& graph, Selection selection,
                      const std::vector<bool>& inside);

// Shorthand: restrict_to(graph, selection, within_scope(graph, text)); `selection` itself when
// `text` is empty.
Selection within_selection(const PropertyGraph& graph, Selection selection,
                           const std::string& text);

// Drops the corridors with a member (an implied one too, when `implied`) outside `inside`;
// returns how many it dropped.
std::int64_t drop_corridors_outside(std::vector<planner::Corridor>& corridors,
                                    const std::vector<bool>& inside, bool implied);

}  // namespace innonet::cli
