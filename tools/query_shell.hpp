#pragma once
// The interactive side of `innonet query`: a prompt with line editing and history (libedit),
// queries ending with ';', and the commands :help, :schema and :quit. Also the tables both the
// prompt and the command print: a query's result or plan, the schema.
#include <iosfwd>
#include <string>

#include "query/query_engine.hpp"
#include "tools/output/table.hpp"

namespace innonet::cli {

// A query result (or EXPLAIN/PROFILE plan) as a table; `max_rows` is only quoted in notes.
output::Report query_report(const query::QueryResult& result, const query::GraphView& graph);
// Labels, relationship types, property names and groups, with counts.
output::Report schema_report(const query::GraphView& graph);
std::string query_help();

// Runs the prompt until :quit or end of input. Returns the exit code (0).
int run_query_shell(const query::GraphView& graph, const query::QueryOptions& options,
                    output::Format format);

}  // namespace innonet::cli
