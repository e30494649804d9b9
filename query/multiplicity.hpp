#pragma once
// Whether the rows a MATCH produces are counted by what consumes them. They are not when every
// clause up to the next WITH/RETURN maps rows one by one (MATCH, OPTIONAL MATCH, UNWIND) and that
// projection keeps only a set: DISTINCT without aggregates, or aggregates that a duplicate row
// cannot change (count/collect/sum/... DISTINCT, min, max). Then duplicate rows, and so the
// number of trails reaching a node, are invisible, and the planner may collapse them.
#include <cstddef>

#include "query/ast.hpp"
#include "query/match_plan.hpp"

namespace innonet::query {

// For the MATCH clause at `match_clause` of `query`.
Multiplicity match_multiplicity(const Query& query, std::size_t match_clause);

// For a plan whose rows are only seen as a set: turns each var_expand of 0 or 1 to max hops whose
// relationships are anonymous and read by no later step into a reach_expand.
void use_reach_search(MatchPlan& plan, const Scope& scope);

}  // namespace innonet::query
