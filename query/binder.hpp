#pragma once
// Binding: resolves each variable of an expression to its row slot, numbers the aggregate calls
// of a projection, checks function names and arities and property names on graph entities
// ("did you mean"), and compiles pattern predicates through the evaluator's own callback (the
// planner's matcher, or the reference evaluator's). Errors are QueryErrors with a caret.
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "query/ast.hpp"
#include "query/graph_view.hpp"
#include "query/scope.hpp"

namespace innonet::query {

using PatternCompiler = std::function<std::shared_ptr<const PatternTest>(
    const Pattern& pattern, const ExprPtr& where, const Scope& scope)>;

class Binder {
 public:
  Binder(const GraphView& graph, std::string_view text, PatternCompiler compile)
      : graph_(graph), text_(text), compile_(std::move(compile)) {}

  // Binds `e` in `scope`. Aggregate calls are appended to *aggregates (an error when null).
  void bind(Expr& e, const Scope& scope, std::vector<Expr*>* aggregates = nullptr) const;
  // The slots an expression reads (after bind); a pattern predicate counts as every slot.
  static void used_slots(const Expr& e, std::vector<std::int32_t>& slots, bool& has_pattern);
  static bool has_aggregate(const Expr& e);

  [[noreturn]] void fail(SourcePos pos, const std::string& what) const;
  std::string_view text() const { return text_; }
  const GraphView& graph() const { return graph_; }

  // Labels and relationship types as written in a pattern: unknown ones are errors with a
  // suggestion.
  std::vector<std::int32_t> labels(const std::vector<std::string>& names, SourcePos pos) const;
  std::vector<std::int32_t> rel_types(const std::vector<std::string>& names, SourcePos pos) const;
  void check_property(const std::string& key, SourcePos pos) const;

 private:
  void bind_function(Expr& e, const Scope& scope, std::vector<Expr*>* aggregates) const;

  const GraphView& graph_;
  std::string_view text_;
  PatternCompiler compile_;
};

}  // namespace innonet::query
