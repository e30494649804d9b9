// RETURN / WITH: expressions, implicit grouping with aggregates, DISTINCT, ORDER BY, SKIP, LIMIT
// and WITH's WHERE. Groups are kept in key order, so output without ORDER BY is deterministic.
#include <algorithm>
#include <cmath>

#include "query/distinct_values.hpp"
#include "query/functions.hpp"
#include "query/stages.hpp"

namespace innonet::query {
namespace {

struct AggState {
  std::int64_t count = 0;
  std::int64_t int_sum = 0;
  double float_sum = 0.0;
  bool is_float = false;
  Value best;
  List items;
  DistinctValues seen;
};

void add_value(const Expr& agg, AggState& s, const Value& v) {
  if (agg.star) {
    ++s.count;
    return;
  }
  if (v.is_null()) return;
  if (agg.distinct && !s.seen.insert(v)) return;
  ++s.count;
  const std::string& f = agg.name;
  if (f == "sum" || f == "avg") {
    if (!v.is_number()) throw QueryRunError(f + "() expects numbers, got " + type_name(v));
    if (f == "avg") {
      s.float_sum += v.as_number();
    } else if (v.is_int() && !s.is_float) {
      if (__builtin_add_overflow(s.int_sum, v.as_int(), &s.int_sum))
        throw QueryRunError("integer overflow in sum()");
    } else {
      if (!s.is_float) s.float_sum = double(s.int_sum);
      s.is_float = true;
      s.float_sum += v.as_number();
    }
  } else if (f == "min" || f == "max") {
    if (s.best.is_null()) {
      s.best = v;
    } else {
      const int c = order_values(v, s.best);
      if ((f == "min" && c < 0) || (f == "max" && c > 0)) s.best = v;
    }
  } else if (f == "collect") {
    s.items.push_back(v);
  }
}

Value result(const Expr& agg, const AggState& s) {
  const std::string& f = agg.name;
  if (f == "count") return Value(s.count);
  if (f == "sum") return s.is_float ? Value(s.float_sum) : Value(s.int_sum);
  if (f == "avg") {
    if (s.count == 0) return {};
    return Value(s.float_sum / double(s.count));
  }
  if (f == "min" || f == "max") return s.best;
  return Value(s.items);
}

std::int64_t constant_count(const ExprPtr& e, const EvalContext& c, const char* what) {
  if (!e) return -1;
  const Value v = evaluate(*e, Row{}, c);
  if (!v.is_int() || v.as_int() < 0)
    throw QueryRunError(std::string(what) + " expects a non-negative integer, got " + to_text(v));
  return v.as_int();
}

}  // namespace

struct ProjectionStage::Group {
  Row first;
  std::vector<AggState> states;
};

ProjectionStage::ProjectionStage(ExecContext& c, ProjectionSpec spec)
    : Stage(c), spec_(std::move(spec)) {
  op = spec_.aggregates.empty() ? (spec_.distinct ? "Distinct" : "Projection") : "Aggregate";
  streaming_ = spec_.aggregates.empty() && !spec_.distinct && spec_.order.empty();
  skip_ = std::max<std::int64_t>(0, constant_count(spec_.skip, c_.eval, "SKIP"));
  limit_ = constant_count(spec_.limit, c_.eval, "LIMIT");
  for (const auto& item : spec_.items) detail += (detail.empty() ? "" : ", ") + item->text;
  if (!spec_.order.empty()) {
    op += "+Sort";
    detail += " ORDER BY";
    for (const auto& k : spec_.order) detail += " " + k.expr->text + (k.descending ? " DESC" : "");
  }
  if (spec_.skip) detail += " SKIP " + spec_.skip->text;
  if (spec_.limit) detail += " LIMIT " + spec_.limit->text;
  if (spec_.where) detail += " WHERE " + spec_.where->text;
}

Row ProjectionStage::project(const Row& row, const std::vector<Value>* aggregates) const {
  EvalContext e = c_.eval;
  e.aggregates = aggregates;
  Row out;
  out.reserve(spec_.items.size());
  for (const auto& item : spec_.items) out.push_back(evaluate(*item, row, e));
  return out;
}

std::vector<Value> ProjectionStage::sort_values(const Row& in, const Row& out) const {
  std::vector<Value> keys;
  if (spec_.order.empty()) return keys;
  Row scope_row = out;
  if (spec_.order_sees_input) {
    scope_row = in;
    scope_row.insert(scope_row.end(), out.begin(), out.end());
  }
  for (const auto& k : spec_.order) keys.push_back(evaluate(*k.expr, scope_row, c_.eval));
  return keys;
}

void ProjectionStage::push(Row& row) {
  if (!spec_.aggregates.empty()) return accumulate(row);
  Row out = project(row, nullptr);
  if (streaming_) return output(out);
  if (spec_.distinct && !distinct_.insert(out).second) return;
  held_.emplace_back(sort_values(row, out), std::move(out));
  c_.check_rows(std::int64_t(held_.size()), "a sort or DISTINCT");
}

void ProjectionStage::accumulate(const Row& row) {
  Row key;
  for (const auto& item : spec_.items)
    if (!Binder::has_aggregate(*item)) key.push_back(evaluate(*item, row, c_.eval));
  auto& group = groups_[key];
  if (!group) {
    group = std::make_shared<Group>();
    group->first = row;
    group->states.resize(spec_.aggregates.size());
    c_.check_rows(std::int64_t(groups_.size()), "the groups of an aggregation");
  }
  for (std::size_t a = 0; a < spec_.aggregates.size(); ++a) {
    const Expr& agg = *spec_.aggregates[a];
    add_value(agg, group->states[a], agg.star ? Value() : evaluate(*agg.args[0], row, c_.eval));
  }
}

void ProjectionStage::output(Row& row) {
  const std::int64_t index = seen_++;
  if (index < skip_ || (limit_ >= 0 && index >= skip_ + limit_)) return;
  if (spec_.where && !is_true(evaluate(*spec_.where, row, c_.eval))) return;
  emit(row);
}

void ProjectionStage::finish() {
  if (!spec_.aggregates.empty()) {
    bool has_keys = false;
    for (const auto& item : spec_.items) has_keys = has_keys || !Binder::has_aggregate(*item);
    if (groups_.empty() && !has_keys) {  // aggregates over no rows: one row (count 0)
      auto g = std::make_shared<Group>();
      g->states.resize(spec_.aggregates.size());
      groups_[Row{}] = g;
    }
    for (const auto& [key, g] : groups_) {
      std::vector<Value> values;
      for (std::size_t a = 0; a < spec_.aggregates.size(); ++a)
        values.push_back(result(*spec_.aggregates[a], g->states[a]));
      Row out = project(g->first.empty() ? Row(1024) : g->first, &values);
      if (spec_.distinct && !distinct_.insert(out).second) continue;
      held_.emplace_back(sort_values(g->first, out), std::move(out));
    }
  }
  if (!spec_.order.empty()) {
    std::stable_sort(held_.begin(), held_.end(), [&](const auto& a, const auto& b) {
      for (std::size_t k = 0; k < spec_.order.size(); ++k) {
        const int c = order_values(a.first[k], b.first[k]);
        if (c != 0) return spec_.order[k].descending ? c > 0 : c < 0;
      }
      return false;
    });
  }
  for (auto& [keys, row] : held_) output(row);
  held_.clear();
  finish_next();
}

}  // namespace innonet::query
