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
// --graph FILE --ties-sheet [--map ...]: a planner's sheet of ties (io/tie_sheet.hpp); skipped
// rows go to stderr with their row numbers and reasons, notes too unless --quiet.
PropertyGraph load_tie_sheet(const GlobalOptions& options);

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
};
std::shared_ptr<SelectionArgs> add_selection_options(CLI::App& command);

// Node label helpers for result tables.
std::string node_label(const PropertyGraph& graph, NodeRef node);  // "name (id)"

}  // namespace innonet::cli
