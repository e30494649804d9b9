#pragma once
// A MATCH (or a pattern predicate) as a list of steps run depth-first for each incoming row.
//
// Planning by selectivity (match_planner.cpp): each pattern part starts at its cheapest node:
// one already bound (cost 1), an id lookup (`{id: ...}` or `WHERE n.id = ...`, cost 1), a name
// lookup (cost 2), the smallest label (its node count), else every node. From there it expands
// through the CSR rows, right then left; a node reached that is already bound is checked
// (expand-into). A part that has both a bound node and an unbound id lookup is run once from
// the lookup and joined on its bound nodes by hash. WHERE is split at AND and each conjunct runs
// right after the step that binds its last variable. Relationships are unique within a MATCH
// (Cypher's trail rule), which also bounds variable-length expansion on cycles.
//
// When the rows' multiplicity cannot be observed (Multiplicity::ignored: the rows only feed a
// DISTINCT, DISTINCT aggregates or a pattern predicate), a variable-length step of 0 or 1 to max
// hops whose relationships nothing else reads (anonymous, no path, the MATCH's last relationship)
// becomes a reach_expand: a bounded BFS that yields each end node once (reach_search.hpp)
// instead of one row per trail. Everywhere else trails are enumerated, so count(*) counts trails.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/ast.hpp"
#include "query/binder.hpp"
#include "query/exec_context.hpp"
#include "query/scope.hpp"

namespace innonet::query {

enum class StepKind {
  all_nodes,
  label_scan,
  id_lookup,
  name_lookup,
  check_bound,
  expand,
  var_expand,
  reach_expand,  // a var_expand yielding each end node once; the relationships are not bound
  filter,
  build_path,
  hash_join,
  unique_rels
};

struct NodeCheck {
  std::vector<std::int32_t> labels;  // alternatives; empty: any
  std::vector<std::pair<std::string, ExprPtr>> properties;
};

struct MatchPlan;
struct JoinTable;
struct ReachScratch;

struct Step {
  StepKind kind = StepKind::filter;
  std::int32_t node = -1;  // the node slot this step binds or reaches
  NodeCheck check;
  ExprPtr key;  // id / name lookup
  // Expansion.
  std::int32_t from = -1, rel = -1;
  Direction direction = Direction::out;
  std::vector<std::int32_t> types;  // empty: any
  std::vector<std::pair<std::string, ExprPtr>> rel_properties;
  std::int32_t min_hops = 1, max_hops = 1;  // max -1: unbounded
  bool into = false;
  std::vector<std::int32_t> earlier_rels;  // rel slots bound before, for uniqueness
  std::vector<bool> earlier_is_list;
  ExprPtr predicate;  // filter
  // Path.
  std::int32_t path = -1;
  std::vector<std::int32_t> path_nodes, path_rels;
  // Hash join: the build side binds `bound_by_build`, keyed on `keys`.
  std::shared_ptr<const MatchPlan> build;
  std::vector<std::int32_t> keys, bound_by_build;
  std::shared_ptr<JoinTable> table;             // filled on first use
  std::shared_ptr<ReachScratch> reach_scratch;  // reach_expand: made on first use, then reused

  std::string detail;     // for EXPLAIN
  double estimate = 0.0;  // rows per input row
  mutable std::int64_t rows = 0;
  mutable std::int64_t self_ns = 0;
};

struct MatchPlan {
  std::vector<Step> steps;
  std::int32_t width = 0;  // row width once matched
  std::vector<std::int32_t> new_slots;
};

// Whether the consumer of a MATCH's rows sees how many there are (multiplicity.hpp decides).
enum class Multiplicity { counted, ignored };

// Plans `pattern` (+ `where`) with `scope` bound; adds the new variables to `scope`.
MatchPlan plan_match(const Pattern& pattern, const ExprPtr& where, Scope& scope,
                     const Binder& binder, Multiplicity multiplicity = Multiplicity::counted);

// Runs the plan on `row` (already `plan.width` wide); `emit` returns false to stop early.
// Returns false when stopped.
using Emit = std::function<bool(Row&)>;
bool run_match(const MatchPlan& plan, Row& row, ExecContext& context, const Emit& emit);

// The pattern-predicate compiler over plan_match/run_match, for a Binder.
PatternCompiler planner_pattern_compiler(const GraphView& graph, std::string_view text,
                                         ExecContext* context);

}  // namespace innonet::query
