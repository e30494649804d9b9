#pragma once
// Where a command's graph comes from, and the selection options every analysis command shares.
//   load_graph: --graph FILE (format by extension) or, by default, the built-in nanjing-metro
//   dataset embedded in the binary. Each command loads once and keeps the graph it was given.
//   add_selection_options: --kinds, --evidence, --types, --year, --years A..B, --undirected,
//   --merge sum|count|max, filled into a Selection.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "engine/projection.hpp"
#include "engine/property_graph.hpp"
#include "tools/command.hpp"

namespace innonet::cli {

PropertyGraph load_graph(const GlobalOptions& options);

// Registers the shared selection flags on `command`; the returned object is filled by CLI11 at
// parse time, and to_selection() turns it into a Selection (checking e.g. the --years syntax).
struct SelectionArgs {
  std::vector<std::string> kinds;
  std::vector<std::string> evidence;
  std::vector<std::string> node_types;
  std::string years;  // "2020" or "2018..2022"
  bool undirected = false;
  std::string merge = "sum";
  Selection to_selection() const;
  // Same, and a note on stderr when a year filter matches no dated tie of `graph` (ties
  // without a year are kept by a year filter, so it would otherwise change nothing silently).
  Selection to_selection(const PropertyGraph& graph) const;
};
std::shared_ptr<SelectionArgs> add_selection_options(CLI::App& command);

// Node label helpers for result tables.
std::string node_label(const PropertyGraph& graph, NodeRef node);  // "name (id)"

}  // namespace innonet::cli
