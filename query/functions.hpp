#pragma once
// The scalar and list functions a query may call, and the aggregates. Cypher semantics: a null
// argument gives null unless the function says otherwise (coalesce, size of a list with nulls).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/graph_view.hpp"
#include "query/value.hpp"

namespace innonet::query {

struct FunctionInfo {
  std::string_view name;
  std::int32_t min_args = 0;
  std::int32_t max_args = 0;  // -1: any number
  bool aggregate = false;
};

const std::vector<FunctionInfo>& function_table();
const FunctionInfo* find_function(std::string_view name);  // lower-case name

// Throws QueryRunError on an argument of the wrong type ("toUpper expects a string, got ...").
Value call_function(std::string_view name, const std::vector<Value>& args, const GraphView& graph);

// Cypher type name of a value, for messages.
std::string type_name(const Value& v);

}  // namespace innonet::query
