#pragma once
// Evaluates a bound expression on a row: Cypher's three-valued logic (null propagates; AND/OR
// short-circuit on a decided side), integer arithmetic that refuses to overflow, string/list
// predicates, regular expressions (ECMAScript, whole-string match), property access on nodes,
// relationships and maps. Aggregate calls read their value from `aggregates` (set once a group
// is complete). Cost: O(size of the expression) plus what functions and patterns cost.
#include <vector>

#include "query/ast.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

struct EvalContext {
  const GraphView* graph = nullptr;
  const Map* params = nullptr;
  const std::vector<Value>* aggregates = nullptr;
};

Value evaluate(const Expr& e, const Row& row, const EvalContext& context);
inline bool is_true(const Value& v) { return v.is_bool() && v.as_bool(); }

// Binary operators on values, shared with the reference evaluator's tests.
Value apply_binary(Op op, const Value& a, const Value& b);

}  // namespace innonet::query
