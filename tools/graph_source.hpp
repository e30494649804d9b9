#pragma once
// Where a command's graph comes from, and the selection options every analysis command shares.
//   load_graph: --graph FILE (format by extension) or, by default, the built-in nanjing-metro
//   dataset embedded in the binary. Each command loads once (GlobalOptions::graph_loads counts
//   the loads; `innonet --count-loads` prints the count, which the tests check for every
//   command) and keeps the GraphSource it was given. With --ties-sheet, --graph names a
//   planner's sheet of ties (load_tie_sheet); --map without --ties-sheet is a UsageError.
//   GraphSource: a graph in its cheapest form. A structural file (.edges/.txt/.el, .mtx, .inb)
//   is held as the CsrGraph its reader built plus a thin label map (the file's own ids, or
//   none: vertex v is id v), about 16 bytes per node and 8 per arc; properties() builds the
//   PropertyGraph it stands for (io/graph_file.hpp, ~300 bytes per node) only when a command
//   asks for one, once. project_structure() projects a selection straight off the CSR when the
//   selection reads nothing a structural file lacks, sharing the loaded CSR when the projection
//   would equal it, so `rank --graph big.inb` costs the snapshot and the kernel.
//   add_selection_options: --kinds, --evidence, --types, --year, --years A..B, --undirected,
//   --merge sum|count|max, filled into a Selection.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"
#include "io/text_parse.hpp"
#include "tools/command.hpp"

namespace innonet::cli {

class GraphSource {
 public:
  explicit GraphSource(PropertyGraph graph);
  explicit GraphSource(io::LoadedGraph structure);

  bool is_structural() const { return csr_ != nullptr; }
  // The property graph: the one loaded, or (structural) the one the file stands for, built on
  // the first call and kept. Vertex v of the structure is NodeRef v.
  const PropertyGraph& properties() const;
  // Structural sources only: the graph as read, and the file's note (e.g. "holds no edges").
  const CsrGraph& structure() const { return *csr_; }
  const std::string& note() const { return note_; }

  // The projection of `selection`, read straight off the structure: for a structural source
  // and a selection that keeps every node and edge (kinds only "edge", types only "node", no
  // evidence, year or removal filter, no attribute weights). nullptr otherwise: then project
  // properties(). Equal to project(properties(), selection) but for node_refs (empty: vertex v
  // is node v) and the order in which parallel weights are summed.
  std::shared_ptr<const CsrGraph> project_structure(const Selection& selection) const;

  // Labels of vertex v of a projection `g` of this source (node_refs empty: node v).
  std::string node_id(const CsrGraph& g, Vertex v) const;
  std::string node_name(const CsrGraph& g, Vertex v) const;
  std::string node_type(const CsrGraph& g, Vertex v) const;
  std::vector<std::string> type_names() const;

 private:
  std::shared_ptr<const CsrGraph> csr_;
  std::vector<std::int64_t> original_ids_;
  std::string note_;
  mutable std::optional<PropertyGraph> properties_;
};

GraphSource load_graph(const GlobalOptions& options);
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
  // Same, and a note on stderr when a year filter matches no dated tie of `graph` (ties
  // without a year are kept by a year filter, so it would otherwise change nothing silently).
  Selection to_selection(const PropertyGraph& graph) const;
};
std::shared_ptr<SelectionArgs> add_selection_options(CLI::App& command);

// Node label helpers for result tables.
std::string node_label(const PropertyGraph& graph, NodeRef node);  // "name (id)"

}  // namespace innonet::cli
