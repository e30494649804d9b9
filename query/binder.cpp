// Binding expressions to slots, aggregates and compiled pattern predicates.
#include "query/binder.hpp"

#include <algorithm>

#include "query/errors.hpp"
#include "query/functions.hpp"

namespace innonet::query {

void Binder::fail(SourcePos pos, const std::string& what) const {
  throw QueryError(text_, pos, what);
}

std::vector<std::int32_t> Binder::labels(const std::vector<std::string>& names,
                                         SourcePos pos) const {
  std::vector<std::int32_t> ids;
  for (const auto& n : names) {
    const auto id = graph_.find_label(n);
    if (!id)
      fail(pos, "unknown label '" + n + "' (no node type, group kind or 'indicator')" +
                    did_you_mean(n, graph_.label_names()));
    ids.push_back(*id);
  }
  return ids;
}

std::vector<std::int32_t> Binder::rel_types(const std::vector<std::string>& names,
                                            SourcePos pos) const {
  std::vector<std::int32_t> ids;
  for (const auto& n : names) {
    const auto id = graph_.find_rel_type(n);
    if (!id)
      fail(pos, "unknown relationship type '" + n +
                    "' (no edge kind, WITHIN, MEMBER_OF "
                    "or OF)" +
                    did_you_mean(n, graph_.rel_type_names()));
    ids.push_back(*id);
  }
  return ids;
}

void Binder::check_property(const std::string& key, SourcePos pos) const {
  const auto& keys = graph_.property_keys();
  if (!std::binary_search(keys.begin(), keys.end(), key))
    fail(pos, "unknown property '" + key + "': no node or relationship has it" +
                  did_you_mean(key, keys));
}

void Binder::bind(Expr& e, const Scope& scope, std::vector<Expr*>* aggregates) const {
  switch (e.kind) {
    case ExprKind::variable: {
      e.slot = scope.find(e.name);
      if (e.slot < 0)
        fail(e.pos, "unknown variable '" + e.name + "'" + did_you_mean(e.name, scope.visible()));
      return;
    }
    case ExprKind::property: {
      bind(*e.args[0], scope, aggregates);
      const Expr& base = *e.args[0];
      if (base.kind == ExprKind::variable &&
          (scope.kinds[base.slot] == VarKind::node || scope.kinds[base.slot] == VarKind::rel))
        check_property(e.name, e.pos);
      return;
    }
    case ExprKind::function: return bind_function(e, scope, aggregates);
    case ExprKind::pattern: {
      if (e.pattern_where) {
        // The subquery's WHERE sees the pattern's own variables: the compiler binds it.
      }
      e.test = compile_(*e.pattern, e.pattern_where, scope);
      return;
    }
    case ExprKind::comprehension: {
      bind(*e.args[0], scope, aggregates);
      Scope inner = scope;
      e.slot = inner.add(e.name, VarKind::value);
      for (std::size_t i = 1; i < e.args.size(); ++i)
        if (e.args[i]) bind(*e.args[i], inner, nullptr);
      return;
    }
    default:
      for (auto& a : e.args)
        if (a) bind(*a, scope, aggregates);
  }
}

void Binder::bind_function(Expr& e, const Scope& scope, std::vector<Expr*>* aggregates) const {
  const FunctionInfo* f = find_function(e.name);
  if (!f) {
    std::vector<std::string> names;
    for (const auto& info : function_table()) names.emplace_back(info.name);
    fail(e.pos, "unknown function '" + e.name + "'" + did_you_mean(e.name, names));
  }
  const auto n = static_cast<std::int32_t>(e.args.size()) + (e.star ? 1 : 0);
  if (n < f->min_args || (f->max_args >= 0 && n > f->max_args))
    fail(e.pos, std::string(f->name) + " takes " + std::to_string(f->min_args) +
                    (f->max_args == f->min_args ? ""
                     : f->max_args < 0          ? " or more"
                                                : " to " + std::to_string(f->max_args)) +
                    " argument(s), got " + std::to_string(n));
  if (e.distinct && !f->aggregate) fail(e.pos, "DISTINCT is only for aggregate functions");
  if (f->aggregate) {
    if (!aggregates)
      fail(e.pos, "aggregate " + e.name + "() is only allowed in RETURN and WITH items");
    for (auto& a : e.args) {
      bind(*a, scope, nullptr);
      if (has_aggregate(*a)) fail(a->pos, "an aggregate cannot contain another aggregate");
    }
    e.aggregate = static_cast<std::int32_t>(aggregates->size());
    aggregates->push_back(&e);
    return;
  }
  for (auto& a : e.args) bind(*a, scope, aggregates);
}

void Binder::used_slots(const Expr& e, std::vector<std::int32_t>& slots, bool& has_pattern) {
  if (e.kind == ExprKind::variable) slots.push_back(e.slot);
  if (e.kind == ExprKind::pattern) has_pattern = true;
  if (e.kind == ExprKind::comprehension) has_pattern = true;  // placed last, conservatively
  for (const auto& a : e.args)
    if (a) used_slots(*a, slots, has_pattern);
}

bool Binder::has_aggregate(const Expr& e) {
  if (e.kind == ExprKind::function) {
    const auto* f = find_function(e.name);
    if (f && f->aggregate) return true;
  }
  for (const auto& a : e.args)
    if (a && has_aggregate(*a)) return true;
  return false;
}

}  // namespace innonet::query
