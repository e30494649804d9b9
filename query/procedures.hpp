#pragma once
// Algorithms callable from a query: CALL innonet.<name>({option: value, ...}) YIELD ...
// Each procedure takes one map of options, named and defaulted as the matching subcommand's
// flags (pagerank's damping 0.85, level '' ...), runs the same library function the subcommand
// runs, and returns a table whose node columns hold graph nodes (joinable with MATCH).
#include <functional>
#include <string>
#include <vector>

#include "query/graph_view.hpp"
#include "query/value.hpp"

namespace innonet::query {

struct ProcedureTable {
  std::vector<Row> rows;  // one value per column of the procedure
};

struct Procedure {
  std::string name;  // innonet.pagerank
  std::vector<std::string> columns;
  std::vector<std::string> options;  // the option names it accepts
  std::string summary;
  std::function<ProcedureTable(const GraphView& graph, const Map& options)> run;
};

// Every procedure, in the order :help lists them.
const std::vector<Procedure>& procedures();
const Procedure* find_procedure(std::string_view name);

}  // namespace innonet::query
