// Deciding whether a MATCH's row multiplicity is observable; the rule is in multiplicity.hpp.
#include "query/multiplicity.hpp"

#include <algorithm>

#include "query/functions.hpp"

namespace innonet::query {
namespace {

struct AggregateUse {
  bool any = false;
  bool duplicate_sensitive = false;
};

// Walks an expression for aggregate calls (pattern predicates and comprehensions hold none).
void find_aggregates(const Expr& e, AggregateUse& use) {
  if (e.kind == ExprKind::function) {
    const FunctionInfo* f = find_function(e.name);
    if (f && f->aggregate) {
      use.any = true;
      const bool idempotent = e.name == "min" || e.name == "max";
      if (e.star || (!e.distinct && !idempotent)) use.duplicate_sensitive = true;
      return;
    }
  }
  for (const auto& a : e.args)
    if (a) find_aggregates(*a, use);
}

bool keeps_only_a_set(const Projection& p) {
  AggregateUse use;
  for (const auto& item : p.items) find_aggregates(*item.expr, use);
  for (const auto& key : p.order) find_aggregates(*key.expr, use);
  if (use.duplicate_sensitive) return false;
  return use.any || p.distinct;
}

// Whether any step after `at` reads the relationships of step `at` (trail uniqueness, paths).
bool read_later(const MatchPlan& plan, std::size_t at) {
  const std::int32_t rel = plan.steps[at].rel;
  const auto holds = [rel](const std::vector<std::int32_t>& slots) {
    return std::find(slots.begin(), slots.end(), rel) != slots.end();
  };
  for (std::size_t k = at + 1; k < plan.steps.size(); ++k) {
    const Step& s = plan.steps[k];
    if (holds(s.earlier_rels) || holds(s.path_rels) || holds(s.keys)) return true;
  }
  return false;
}

}  // namespace

// Rows are only seen as a set: a var_expand of 0|1..max hops whose relationships are anonymous
// and unread can yield each end once (match_plan.hpp; reach_search.hpp says why that is exact).
void use_reach_search(MatchPlan& plan, const Scope& scope) {
  for (std::size_t k = 0; k < plan.steps.size(); ++k) {
    Step& s = plan.steps[k];
    if (s.kind != StepKind::var_expand || s.min_hops > 1 || scope.names[s.rel][0] != ' ' ||
        read_later(plan, k))
      continue;
    s.kind = StepKind::reach_expand;
    s.detail += " (breadth-first, each end once)";
  }
}

Multiplicity match_multiplicity(const Query& query, std::size_t match_clause) {
  for (std::size_t k = match_clause + 1; k < query.clauses.size(); ++k) {
    const Clause& c = query.clauses[k];
    switch (c.kind) {
      case ClauseKind::match:
      case ClauseKind::unwind: continue;
      case ClauseKind::with:
      case ClauseKind::return_:
        return keeps_only_a_set(c.projection) ? Multiplicity::ignored : Multiplicity::counted;
      case ClauseKind::call: return Multiplicity::counted;
    }
  }
  return Multiplicity::counted;
}

}  // namespace innonet::query
