// Expression evaluation.
#include "query/evaluator.hpp"

#include <cmath>
#include <regex>

#include "query/errors.hpp"
#include "query/functions.hpp"

namespace innonet::query {
namespace {

[[noreturn]] void cannot(const char* what, const Value& a, const Value& b) {
  throw QueryRunError(std::string("cannot ") + what + " " + type_name(a) + " and " + type_name(b));
}

Value arithmetic(Op op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (op == Op::add) {
    if (a.is_list() || b.is_list()) {
      List out = a.is_list() ? a.as_list() : List{a};
      if (b.is_list())
        out.insert(out.end(), b.as_list().begin(), b.as_list().end());
      else
        out.push_back(b);
      return Value(std::move(out));
    }
    if (a.is_string() || b.is_string()) {
      if ((a.is_string() || a.is_number()) && (b.is_string() || b.is_number()))
        return Value(to_text(a) + to_text(b));
      cannot("add", a, b);
    }
  }
  if (!a.is_number() || !b.is_number()) cannot("do arithmetic on", a, b);
  if (op == Op::pow) return Value(std::pow(a.as_number(), b.as_number()));
  if (a.is_int() && b.is_int()) {
    const std::int64_t x = a.as_int(), y = b.as_int();
    std::int64_t r = 0;
    bool overflow = false;
    switch (op) {
      case Op::add: overflow = __builtin_add_overflow(x, y, &r); break;
      case Op::sub: overflow = __builtin_sub_overflow(x, y, &r); break;
      case Op::mul: overflow = __builtin_mul_overflow(x, y, &r); break;
      default:
        if (y == 0) throw QueryRunError("integer division by zero");
        if (x == INT64_MIN && y == -1)
          overflow = true;
        else
          r = op == Op::div ? x / y : x % y;
    }
    if (overflow) throw QueryRunError("integer overflow");
    return Value(r);
  }
  const double x = a.as_number(), y = b.as_number();
  switch (op) {
    case Op::add: return Value(x + y);
    case Op::sub: return Value(x - y);
    case Op::mul: return Value(x * y);
    case Op::div: return Value(x / y);
    default: return Value(std::fmod(x, y));
  }
}

Value in_list(const Value& x, const Value& list) {
  if (list.is_null()) return {};
  if (!list.is_list())
    throw QueryRunError("IN expects a list on its right, got " + type_name(list));
  bool unknown = false;
  for (const auto& y : list.as_list()) {
    const auto eq = equal_values(x, y);
    if (eq && *eq) return Value(true);
    unknown = unknown || !eq;
  }
  return unknown ? Value() : Value(false);
}

Value string_predicate(Op op, const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  const std::string& s = a.as_string();
  const std::string& t = b.as_string();
  if (op == Op::starts_with) return Value(s.starts_with(t));
  if (op == Op::ends_with) return Value(s.ends_with(t));
  return Value(s.find(t) != std::string::npos);
}

Value regex_match(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  try {
    return Value(std::regex_match(a.as_string(), std::regex(b.as_string())));
  } catch (const std::regex_error& e) {
    throw QueryRunError("invalid regular expression '" + b.as_string() + "': " + e.what());
  }
}

Value logic(Op op, const Expr& e, const Row& row, const EvalContext& c) {
  const Value a = evaluate(*e.args[0], row, c);
  if (!a.is_null() && !a.is_bool())
    throw QueryRunError("expected a boolean in " + e.text + ", got " + type_name(a));
  if (op == Op::and_ && a.is_bool() && !a.as_bool()) return Value(false);
  if (op == Op::or_ && a.is_bool() && a.as_bool()) return Value(true);
  const Value b = evaluate(*e.args[1], row, c);
  if (!b.is_null() && !b.is_bool())
    throw QueryRunError("expected a boolean in " + e.text + ", got " + type_name(b));
  if (op == Op::and_) {
    if (b.is_bool() && !b.as_bool()) return Value(false);
    return a.is_null() || b.is_null() ? Value() : Value(true);
  }
  if (op == Op::or_) {
    if (b.is_bool() && b.as_bool()) return Value(true);
    return a.is_null() || b.is_null() ? Value() : Value(false);
  }
  if (a.is_null() || b.is_null()) return {};
  return Value(a.as_bool() != b.as_bool());
}

Value property(const Value& base, const std::string& key, const GraphView& g) {
  if (base.is_null()) return {};
  if (base.is_node()) return g.node_property(base.as_node().id, key);
  if (base.is_rel()) return g.rel_property(base.as_rel().id, key);
  if (base.is_map()) {
    const auto it = base.as_map().find(key);
    return it == base.as_map().end() ? Value() : it->second;
  }
  throw QueryRunError("cannot read property '" + key + "' of " + type_name(base));
}

Value index(const Value& base, const Value& i, const GraphView& g) {
  if (base.is_null() || i.is_null()) return {};
  if (base.is_list() && i.is_int()) {
    const auto& l = base.as_list();
    std::int64_t k = i.as_int();
    if (k < 0) k += std::int64_t(l.size());
    return k >= 0 && k < std::int64_t(l.size()) ? l[k] : Value();
  }
  if (i.is_string()) return property(base, i.as_string(), g);
  throw QueryRunError("cannot index " + type_name(base) + " by " + type_name(i));
}

Value case_value(const Expr& e, const Row& row, const EvalContext& c) {
  std::size_t at = 0;
  const Value subject = e.has_subject ? evaluate(*e.args[at++], row, c) : Value();
  const std::size_t pairs_end = e.args.size() - (e.has_else ? 1 : 0);
  for (; at < pairs_end; at += 2) {
    const Value w = evaluate(*e.args[at], row, c);
    const bool hit =
        e.has_subject ? is_true(Value(equal_values(subject, w).value_or(false))) : is_true(w);
    if (hit) return evaluate(*e.args[at + 1], row, c);
  }
  return e.has_else ? evaluate(*e.args.back(), row, c) : Value();
}

Value comprehension(const Expr& e, const Row& row, const EvalContext& c) {
  const Value source = evaluate(*e.args[0], row, c);
  if (source.is_null()) return {};
  if (!source.is_list()) throw QueryRunError("IN of a list comprehension expects a list");
  Row inner = row;
  inner.resize(std::max<std::size_t>(inner.size(), e.slot + 1));
  List out;
  for (const auto& x : source.as_list()) {
    inner[e.slot] = x;
    if (e.args[1] && !is_true(evaluate(*e.args[1], inner, c))) continue;
    out.push_back(e.args[2] ? evaluate(*e.args[2], inner, c) : x);
  }
  return Value(std::move(out));
}

}  // namespace

Value apply_binary(Op op, const Value& a, const Value& b) {
  switch (op) {
    case Op::eq: {
      const auto r = equal_values(a, b);
      return r ? Value(*r) : Value();
    }
    case Op::ne: {
      const auto r = equal_values(a, b);
      return r ? Value(!*r) : Value();
    }
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge: {
      const auto r = compare_values(a, b);
      if (!r) return {};
      return Value(op == Op::lt   ? *r < 0
                   : op == Op::le ? *r <= 0
                   : op == Op::gt ? *r > 0
                                  : *r >= 0);
    }
    case Op::in: return in_list(a, b);
    case Op::starts_with:
    case Op::ends_with:
    case Op::contains: return string_predicate(op, a, b);
    case Op::regex: return regex_match(a, b);
    default: return arithmetic(op, a, b);
  }
}

Value evaluate(const Expr& e, const Row& row, const EvalContext& c) {
  switch (e.kind) {
    case ExprKind::literal: return e.value;
    case ExprKind::parameter: {
      const auto it = c.params->find(e.name);
      if (it == c.params->end())
        throw QueryRunError("parameter $" + e.name + " was not given (use --param " + e.name +
                            "=VALUE)");
      return it->second;
    }
    case ExprKind::variable: return row[e.slot];
    case ExprKind::property: return property(evaluate(*e.args[0], row, c), e.name, *c.graph);
    case ExprKind::index:
      return index(evaluate(*e.args[0], row, c), evaluate(*e.args[1], row, c), *c.graph);
    case ExprKind::list: {
      List out;
      for (const auto& a : e.args) out.push_back(evaluate(*a, row, c));
      return Value(std::move(out));
    }
    case ExprKind::map: {
      Map out;
      for (std::size_t i = 0; i < e.args.size(); ++i)
        out.insert_or_assign(e.keys[i], evaluate(*e.args[i], row, c));
      return Value(std::move(out));
    }
    case ExprKind::unary: {
      Value a = evaluate(*e.args[0], row, c);
      if (e.op == Op::is_null) return Value(a.is_null());
      if (e.op == Op::is_not_null) return Value(!a.is_null());
      if (a.is_null()) return {};
      if (e.op == Op::not_) {
        if (!a.is_bool()) throw QueryRunError("NOT expects a boolean, got " + type_name(a));
        return Value(!a.as_bool());
      }
      if (!a.is_number()) throw QueryRunError("unary minus expects a number, got " + type_name(a));
      if (e.op == Op::pos) return a;
      return a.is_int() ? arithmetic(Op::sub, Value(std::int64_t{0}), a) : Value(-a.as_number());
    }
    case ExprKind::binary:
      if (e.op == Op::and_ || e.op == Op::or_ || e.op == Op::xor_) return logic(e.op, e, row, c);
      return apply_binary(e.op, evaluate(*e.args[0], row, c), evaluate(*e.args[1], row, c));
    case ExprKind::function: {
      if (e.aggregate >= 0) return (*c.aggregates)[e.aggregate];
      std::vector<Value> args;
      args.reserve(e.args.size());
      for (const auto& a : e.args) args.push_back(evaluate(*a, row, c));
      return call_function(e.name, args, *c.graph);
    }
    case ExprKind::case_: return case_value(e, row, c);
    case ExprKind::pattern: return Value(e.test->any_match(row));
    case ExprKind::comprehension: return comprehension(e, row, c);
  }
  return {};
}

}  // namespace innonet::query
