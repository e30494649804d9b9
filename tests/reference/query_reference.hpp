#pragma once
// A deliberately naive evaluator of innonet's query language, the twin the planner is checked
// against: MATCH enumerates every binding (each pattern node over every node of the graph, each
// relationship over the whole relationship list, no index, no adjacency, no selectivity), and
// only then filters by labels, properties, relationship uniqueness and WHERE. Projections group
// with a plain map and compute each aggregate from the full list of its values. It shares the
// parser, the variable binder, the expression evaluator and the graph's data model with the
// engine; it shares nothing of the planner or the operators.
#include <string_view>
#include <vector>

#include "query/graph_view.hpp"
#include "query/query_engine.hpp"

namespace innonet::testing {

struct ReferenceResult {
  std::vector<std::string> columns;
  std::vector<query::Row> rows;
};

ReferenceResult reference_query(const query::GraphView& graph, std::string_view text,
                                const query::Map& params = {});

}  // namespace innonet::testing
