#pragma once
// The syntax tree of a query. Expressions are one node type with a kind and children, so that
// the binder, the evaluator and the plan printer each walk one shape. Variables and aggregate
// calls are resolved by the binder (slot, aggregate) before anything runs.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/errors.hpp"
#include "query/value.hpp"

namespace innonet::query {

struct Pattern;
struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

enum class ExprKind {
  literal,        // value
  parameter,      // name
  variable,       // name -> slot
  property,       // args[0].name
  index,          // args[0][args[1]]
  list,           // [args...]
  map,            // {keys[i]: args[i]}
  unary,          // op args[0]: not, neg, pos, is_null, is_not_null
  binary,         // args[0] op args[1]
  function,       // name(args), distinct for aggregates; star for count(*)
  case_,          // [subject] when/then pairs [else]
  pattern,        // a pattern predicate or exists { ... }: true when it has a match
  comprehension,  // [name IN args[0] WHERE args[1] | args[2]] (args[1], args[2] may be null)
};

enum class Op {
  none,
  or_,
  xor_,
  and_,
  not_,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  add,
  sub,
  mul,
  div,
  mod,
  pow,
  neg,
  pos,
  in,
  starts_with,
  ends_with,
  contains,
  regex,
  is_null,
  is_not_null
};

// Runs a compiled pattern predicate for a row; set by the binder of whichever evaluator runs.
class PatternTest {
 public:
  virtual ~PatternTest() = default;
  virtual bool any_match(const Row& row) const = 0;
};

struct Expr {
  ExprKind kind = ExprKind::literal;
  Op op = Op::none;
  std::string name;  // variable, property key, function, parameter, comprehension variable
  Value value;       // literal
  std::vector<ExprPtr> args;
  std::vector<std::string> keys;  // map keys
  bool distinct = false;          // aggregate DISTINCT
  bool star = false;              // count(*)
  bool has_subject = false;       // CASE x WHEN ...
  bool has_else = false;
  std::shared_ptr<Pattern> pattern;  // pattern predicate / exists { }
  std::shared_ptr<Expr> pattern_where;
  SourcePos pos;
  std::string text;  // source text of the expression (column names, ORDER BY matching)
  // Bound later:
  std::int32_t slot = -1;       // variable
  std::int32_t aggregate = -1;  // index of an aggregate call within its projection
  std::shared_ptr<const PatternTest> test;
};

enum class Direction { out, in, both };

struct NodePattern {
  std::string var;  // empty: anonymous
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, ExprPtr>> properties;
  SourcePos pos;
};

struct RelPattern {
  std::string var;
  std::vector<std::string> types;  // alternatives (a|b)
  Direction direction = Direction::both;
  bool variable_length = false;
  std::int32_t min_hops = 1;
  std::int32_t max_hops = 1;  // -1: unbounded
  std::vector<std::pair<std::string, ExprPtr>> properties;
  SourcePos pos;
};

struct PatternPart {
  std::string path_var;
  std::vector<NodePattern> nodes;  // rels.size() + 1
  std::vector<RelPattern> rels;
};

struct Pattern {
  std::vector<PatternPart> parts;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  // the column name: the alias, or the expression's text
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ReturnItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit;
};

enum class ClauseKind { match, unwind, with, return_, call };

struct YieldItem {
  std::string column;
  std::string alias;
  SourcePos pos;
};

struct Clause {
  ClauseKind kind = ClauseKind::match;
  SourcePos pos;
  bool optional = false;
  Pattern pattern;      // match
  ExprPtr where;        // match, with, call
  ExprPtr unwind_expr;  // unwind
  std::string unwind_var;
  Projection projection;  // with, return
  std::string procedure;  // call
  SourcePos procedure_pos;
  std::vector<ExprPtr> arguments;
  std::vector<YieldItem> yields;
  bool yield_star = false;
};

enum class QueryMode { run, explain, profile };

struct Query {
  QueryMode mode = QueryMode::run;
  std::vector<Clause> clauses;
};

}  // namespace innonet::query
