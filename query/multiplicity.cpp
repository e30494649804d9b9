// Deciding whether a MATCH's row multiplicity is observable; the rule is in multiplicity.hpp.
#include "query/multiplicity.hpp"

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

}  // namespace

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
