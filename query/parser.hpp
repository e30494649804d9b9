#pragma once
// Recursive-descent parser for innonet's openCypher subset (the grammar is in docs/query.md).
// Errors are QueryErrors with the line, the column, a caret and what was expected, e.g.
//   query:1:18: expected ')' or a property map after the node's labels, found 'WHERE'
// Cost: O(tokens); pattern predicates in expressions are tried first and backtracked.
#include <string_view>

#include "query/ast.hpp"

namespace innonet::query {

Query parse_query(std::string_view text);

}  // namespace innonet::query
