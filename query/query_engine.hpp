#pragma once
// innonet's query engine: parse, bind and plan a query over a GraphView, run it, and report
// the rows or (EXPLAIN / PROFILE) the plan. The public entry point of query/.
//   const GraphView view(graph);
//   QueryResult r = run_query(view, "MATCH (c:city) RETURN c.name ORDER BY c.name", {});
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "query/ast.hpp"
#include "query/exec_context.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

struct QueryOptions {
  Map params;
  QueryLimits limits;
};

struct PlanLine {
  std::int32_t depth = 0;
  std::string op, detail;
  double estimate = 0.0;  // rows per input row (steps only)
  std::int64_t rows = 0;  // PROFILE: rows produced
  double self_ms = 0.0;   // PROFILE: time spent in this operator itself
};

struct QueryResult {
  QueryMode mode = QueryMode::run;
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::vector<PlanLine> plan;  // EXPLAIN and PROFILE
  double elapsed_ms = 0.0;
};

class CompiledQuery;

// Parses and plans; throws QueryError (bad query). Run it with execute().
std::shared_ptr<CompiledQuery> compile_query(const GraphView& graph, std::string_view text,
                                             const QueryOptions& options);
// Runs a compiled query once; throws QueryRunError (timeout, row limit, failed procedure).
QueryResult execute(CompiledQuery& query);
QueryResult run_query(const GraphView& graph, std::string_view text,
                      const QueryOptions& options = {});

// A value as text for tables: nodes by id, relationships as a-[kind]->b, lists and maps
// recursively; strings unquoted at the top level.
std::string display_text(const Value& v, const GraphView& graph, bool top = true);

}  // namespace innonet::query
