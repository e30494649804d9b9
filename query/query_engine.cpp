// From query text to stages (compile), running them (execute), and EXPLAIN/PROFILE lines.
#include "query/query_engine.hpp"

#include <chrono>
#include <set>

#include "query/binder.hpp"
#include "query/call_stage.hpp"
#include "query/compiled_query.hpp"
#include "query/multiplicity.hpp"
#include "query/parser.hpp"

namespace innonet::query {
namespace {

class Compiler {
 public:
  Compiler(CompiledQuery& q, const GraphView& graph)
      : q_(q), binder_(graph, q.text, planner_pattern_compiler(graph, q.text, &q.context)) {}

  void compile() {
    for (auto& clause : q_.ast.clauses) {
      switch (clause.kind) {
        case ClauseKind::match: match(clause); break;
        case ClauseKind::unwind: unwind(clause); break;
        case ClauseKind::with:
        case ClauseKind::return_: projection(clause); break;
        case ClauseKind::call: call(clause); break;
      }
    }
    if (q_.ast.clauses.back().kind == ClauseKind::call) {
      for (std::int32_t s = 0; s < scope_.width(); ++s) {
        q_.columns.push_back(scope_.names[s]);
        q_.column_slots.push_back(s);
      }
    }
    add(std::make_unique<ResultStage>(q_.context, q_.rows));
  }

 private:
  void add(std::unique_ptr<Stage> stage) {
    if (!q_.stages.empty()) q_.stages.back()->next = stage.get();
    q_.stages.push_back(std::move(stage));
  }

  void match(Clause& c) {
    const auto at = std::size_t(&c - q_.ast.clauses.data());
    auto plan = plan_match(c.pattern, c.where, scope_, binder_, match_multiplicity(q_.ast, at));
    add(std::make_unique<MatchStage>(q_.context, std::move(plan), c.optional));
  }

  void unwind(Clause& c) {
    binder_.bind(*c.unwind_expr, scope_);
    if (scope_.find(c.unwind_var) >= 0)
      binder_.fail(c.pos, "variable '" + c.unwind_var + "' is already defined");
    const auto slot = scope_.add(c.unwind_var, VarKind::value);
    add(std::make_unique<UnwindStage>(q_.context, c.unwind_expr, slot));
  }

  static ExprPtr variable(const std::string& name, std::int32_t slot) {
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::variable;
    e->name = e->text = name;
    e->slot = slot;
    return e;
  }

  // ORDER BY count(*) after RETURN count(*): the same text means the same column.
  static ExprPtr rewrite_to_columns(const ExprPtr& e, const std::vector<ReturnItem>& items) {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (!e->text.empty() && (e->text == items[i].expr->text || e->text == items[i].alias))
        return variable(items[i].alias, -1);
    return e;
  }

  void projection(Clause& c) {
    Projection& p = c.projection;
    std::vector<ReturnItem> items;
    if (p.star) {
      for (const auto& name : scope_.visible()) items.push_back({variable(name, -1), name});
      if (items.empty()) binder_.fail(c.pos, "RETURN * / WITH * with no variables in scope");
    }
    items.insert(items.end(), p.items.begin(), p.items.end());
    ProjectionSpec spec;
    spec.distinct = p.distinct;
    Scope out;
    std::set<std::string> names;
    for (auto& item : items) {
      binder_.bind(*item.expr, scope_, &spec.aggregates);
      if (!names.insert(item.alias).second)
        binder_.fail(item.expr->pos, "column '" + item.alias + "' is defined twice");
      const bool plain = item.expr->kind == ExprKind::variable;
      out.add(item.alias, plain ? scope_.kinds[item.expr->slot] : VarKind::value);
      spec.items.push_back(item.expr);
    }
    const bool grouped = !spec.aggregates.empty();
    spec.order_sees_input = !grouped && !p.distinct;
    Scope order_scope = out;
    if (spec.order_sees_input) {
      order_scope = scope_;
      for (std::int32_t i = 0; i < out.width(); ++i) order_scope.add(out.names[i], out.kinds[i]);
    }
    for (auto& k : p.order) {
      ExprPtr e = spec.order_sees_input ? k.expr : rewrite_to_columns(k.expr, items);
      binder_.bind(*e, order_scope);
      spec.order.push_back({e, k.descending});
    }
    const Scope empty;
    for (auto* e : {&p.skip, &p.limit})
      if (*e) binder_.bind(**e, empty);
    spec.skip = p.skip;
    spec.limit = p.limit;
    if (c.where) {
      binder_.bind(*c.where, out);
      spec.where = c.where;
    }
    scope_ = out;
    if (c.kind == ClauseKind::return_) {
      for (std::int32_t s = 0; s < out.width(); ++s) {
        q_.columns.push_back(out.names[s]);
        q_.column_slots.push_back(s);
      }
    }
    add(std::make_unique<ProjectionStage>(q_.context, std::move(spec)));
  }

  void call(Clause& c) {
    const Procedure* proc = find_procedure(c.procedure);
    if (!proc) {
      std::vector<std::string> names;
      for (const auto& p : procedures()) names.push_back(p.name);
      binder_.fail(c.procedure_pos,
                   "unknown procedure '" + c.procedure + "'" + did_you_mean(c.procedure, names));
    }
    if (c.arguments.size() > 1)
      binder_.fail(c.procedure_pos, proc->name + " takes one map of options");
    for (auto& a : c.arguments) {
      binder_.bind(*a, scope_);
      if (a->kind == ExprKind::map)
        for (std::size_t i = 0; i < a->keys.size(); ++i)
          if (std::find(proc->options.begin(), proc->options.end(), a->keys[i]) ==
              proc->options.end())
            binder_.fail(a->args[i]->pos, proc->name + ": unknown option '" + a->keys[i] + "'" +
                                              did_you_mean(a->keys[i], proc->options));
    }
    std::vector<std::pair<std::int32_t, std::int32_t>> yields;
    if (c.yield_star)
      for (const auto& col : proc->columns) c.yields.push_back({col, col, c.procedure_pos});
    for (const auto& y : c.yields) {
      const auto it = std::find(proc->columns.begin(), proc->columns.end(), y.column);
      if (it == proc->columns.end())
        binder_.fail(y.pos, proc->name + " yields no column '" + y.column + "'" +
                                did_you_mean(y.column, proc->columns));
      if (scope_.find(y.alias) >= 0)
        binder_.fail(y.pos, "variable '" + y.alias + "' is already defined");
      const bool node = y.column == "node" || y.column == "source" || y.column == "target" ||
                        y.column == "from" || y.column == "to" || y.column == "corridor";
      yields.emplace_back(std::int32_t(it - proc->columns.begin()),
                          scope_.add(y.alias, node ? VarKind::node : VarKind::value));
    }
    if (c.where) binder_.bind(*c.where, scope_);
    add(std::make_unique<CallStage>(q_.context, *proc, c.arguments, std::move(yields), c.where));
  }

  CompiledQuery& q_;
  Binder binder_;
  Scope scope_;
};

const char* step_name(const Step& s) {
  switch (s.kind) {
    case StepKind::all_nodes: return "AllNodesScan";
    case StepKind::label_scan: return "NodeByLabelScan";
    case StepKind::id_lookup: return "NodeByIdIndex";
    case StepKind::name_lookup: return "NodeByNameIndex";
    case StepKind::check_bound: return "Argument";
    case StepKind::expand: return s.into ? "Expand(Into)" : "Expand(All)";
    case StepKind::var_expand: return s.into ? "VarLengthExpand(Into)" : "VarLengthExpand(All)";
    case StepKind::reach_expand:  // Neo4j's name for the same idea
      return s.into ? "VarLengthExpand(Pruning,Into)" : "VarLengthExpand(Pruning)";
    case StepKind::filter: return "Filter";
    case StepKind::build_path: return "ProjectPath";
    case StepKind::hash_join: return "HashJoin";
    case StepKind::unique_rels: return "Filter";
  }
  return "";
}

void plan_lines(const MatchPlan& plan, std::int32_t depth, std::vector<PlanLine>& out) {
  for (const auto& s : plan.steps) {
    out.push_back({depth, step_name(s), s.detail, s.estimate, s.rows, double(s.self_ns) / 1e6});
    if (s.build) plan_lines(*s.build, depth + 1, out);
  }
}

}  // namespace

std::shared_ptr<CompiledQuery> compile_query(const GraphView& graph, std::string_view text,
                                             const QueryOptions& options) {
  auto q = std::make_shared<CompiledQuery>();
  q->text = std::string(text);
  q->params = options.params;
  q->ast = parse_query(q->text);
  q->context.eval.graph = &graph;
  q->context.eval.params = &q->params;
  q->context.limits = options.limits;
  q->context.profile = q->ast.mode == QueryMode::profile;
  Compiler(*q, graph).compile();
  return q;
}

QueryResult execute(CompiledQuery& q) {
  using Clock = std::chrono::steady_clock;
  QueryResult result;
  result.mode = q.ast.mode;
  const auto start = Clock::now();
  if (q.context.limits.timeout_s > 0)
    q.context.deadline = start + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(q.context.limits.timeout_s));
  if (q.ast.mode != QueryMode::explain) {
    Stage& first = *q.stages.front();
    Row empty;
    first.push(empty);
    first.finish();
    first.inclusive_ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
  }
  result.elapsed_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (q.ast.mode == QueryMode::run) {
    result.columns = q.columns;
    for (auto& row : q.rows) {
      Row out;
      for (const auto s : q.column_slots) out.push_back(std::move(row[s]));
      result.rows.push_back(std::move(out));
    }
    q.rows.clear();
    return result;
  }
  for (std::size_t i = 0; i + 1 < q.stages.size(); ++i) {
    const Stage& s = *q.stages[i];
    result.plan.push_back(
        {0, s.op, s.detail, 0.0, s.rows, double(s.inclusive_ns - s.downstream_ns) / 1e6});
    if (s.match) plan_lines(*s.match, 1, result.plan);
  }
  return result;
}

QueryResult run_query(const GraphView& graph, std::string_view text, const QueryOptions& options) {
  auto q = compile_query(graph, text, options);
  return execute(*q);
}

std::string display_text(const Value& v, const GraphView& graph, bool top) {
  if (v.is_node()) return graph.node_display(v.as_node().id);
  if (v.is_rel()) return graph.rel_display(v.as_rel().id);
  if (v.is_string()) return top ? v.as_string() : "'" + v.as_string() + "'";
  if (v.is_list()) {
    std::string text = "[";
    for (const auto& x : v.as_list())
      text += (text.size() > 1 ? ", " : "") + display_text(x, graph, false);
    return text + "]";
  }
  if (v.is_map()) {
    std::string text = "{";
    for (const auto& [k, x] : v.as_map())
      text += (text.size() > 1 ? ", " : "") + k + ": " + display_text(x, graph, false);
    return text + "}";
  }
  if (v.is_path()) {
    const Path& p = v.as_path();
    std::string text = graph.node_display(p.nodes[0]);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
      const Rel& r = graph.rel(p.rels[i]);
      const bool forward = r.source == p.nodes[i];
      text += std::string(forward ? "-[" : "<-[") + graph.rel_type_names()[r.type] +
              (forward && r.directed ? "]->" : "]-") + graph.node_display(p.nodes[i + 1]);
    }
    return text;
  }
  return to_text(v);
}

}  // namespace innonet::query
