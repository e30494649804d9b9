// Running a MATCH plan: each step loops over its candidates and recurses into the next step.
#include <algorithm>
#include <chrono>
#include <functional>

#include "query/adjacency.hpp"
#include "query/match_plan.hpp"
#include "query/reach_search.hpp"

namespace innonet::query {

struct JoinTable {
  std::map<Row, std::vector<Row>, ValueOrder> rows;  // key values -> bound_by_build values
};

namespace {

using Clock = std::chrono::steady_clock;

class Runner {
 public:
  Runner(const MatchPlan& plan, ExecContext& c, const Emit& emit)
      : plan_(plan), c_(c), g_(*c.eval.graph), emit_(emit) {}

  bool run(std::size_t i, Row& row) {
    if (i == plan_.steps.size()) return emit_(row);
    const Step& s = plan_.steps[i];
    if (!c_.profile) return step(i, s, row);
    const auto start = Clock::now();
    const auto child_before = child_ns_;
    child_ns_ = 0;
    const bool more = step(i, s, row);
    const auto total = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start);
    s.self_ns += total.count() - child_ns_;
    child_ns_ = child_before + total.count();
    return more;
  }

 private:
  // Binds the next step's input and recurses; counts the row.
  bool next(std::size_t i, Row& row) {
    ++plan_.steps[i].rows;
    c_.tick();
    return run(i + 1, row);
  }

  bool node_ok(const Step& s, std::int32_t v, const Row& row) const {
    if (!s.check.labels.empty() && std::none_of(s.check.labels.begin(), s.check.labels.end(),
                                                [&](std::int32_t l) { return g_.has_label(v, l); }))
      return false;
    for (const auto& [key, value] : s.check.properties) {
      const auto eq = equal_values(g_.node_property(v, key), evaluate(*value, row, c_.eval));
      if (!eq || !*eq) return false;
    }
    return true;
  }

  bool rel_ok(const Step& s, std::int32_t r, const Row& row) const {
    // The type is not checked here: every relationship comes from for_each_rel, which reads
    // only the rows of s.types.
    for (const auto& [key, value] : s.rel_properties) {
      const auto eq = equal_values(g_.rel_property(r, key), evaluate(*value, row, c_.eval));
      if (!eq || !*eq) return false;
    }
    for (std::size_t k = 0; k < s.earlier_rels.size(); ++k) {
      const Value& used = row[s.earlier_rels[k]];
      if (used.is_null()) continue;
      if (!s.earlier_is_list[k]) {
        if (used.as_rel().id == r) return false;
        continue;
      }
      for (const auto& x : used.as_list())
        if (x.as_rel().id == r) return false;
    }
    return true;
  }

  bool bind_node(std::size_t i, const Step& s, std::int32_t v, Row& row) {
    if (!node_ok(s, v, row)) return true;
    row[s.node] = Value(NodeId{v});
    return next(i, row);
  }

  bool step(std::size_t i, const Step& s, Row& row) {
    switch (s.kind) {
      case StepKind::all_nodes:
        for (std::int32_t v = 0; v < g_.num_nodes(); ++v)
          if (!bind_node(i, s, v, row)) return false;
        return true;
      case StepKind::label_scan:
        for (const auto l : s.check.labels)
          for (const auto v : g_.nodes_with_label(l))
            if (!bind_node(i, s, v, row)) return false;
        return true;
      case StepKind::id_lookup: {
        const Value key = evaluate(*s.key, row, c_.eval);
        if (!key.is_string()) return true;
        const auto v = g_.find_id(key.as_string());
        return !v || bind_node(i, s, *v, row);
      }
      case StepKind::name_lookup: {
        const Value key = evaluate(*s.key, row, c_.eval);
        if (!key.is_string()) return true;
        for (const auto v : g_.find_name(key.as_string()))
          if (!bind_node(i, s, v, row)) return false;
        return true;
      }
      case StepKind::check_bound: {
        const Value& v = row[s.node];
        if (!v.is_node() || !node_ok(s, v.as_node().id, row)) return true;
        return next(i, row);
      }
      case StepKind::expand: return expand(i, s, row);
      case StepKind::var_expand: {
        if (!row[s.from].is_node()) return true;
        std::vector<std::int32_t> trail;
        return walk(i, s, row, row[s.from].as_node().id, trail);
      }
      case StepKind::reach_expand: return reach(i, s, row);
      case StepKind::filter:
        if (!is_true(evaluate(*s.predicate, row, c_.eval))) return true;
        return next(i, row);
      case StepKind::build_path: return build_path(i, s, row);
      case StepKind::hash_join: return hash_join(i, s, row);
      case StepKind::unique_rels: return unique(s, row) ? next(i, row) : true;
    }
    return true;
  }

  template <class F>
  bool each_rel(const Step& s, std::int32_t v, F&& f) {
    return for_each_rel(g_, v, s.direction, s.types, std::forward<F>(f));
  }

  bool expand(std::size_t i, const Step& s, Row& row) {
    if (!row[s.from].is_node()) return true;
    const std::int32_t v = row[s.from].as_node().id;
    const std::int32_t bound = s.into && row[s.node].is_node() ? row[s.node].as_node().id : -1;
    if (s.into && bound < 0) return true;
    return each_rel(s, v, [&](std::int32_t r, std::int32_t w) {
      if (s.into ? w != bound : false) return true;
      if (!rel_ok(s, r, row) || !node_ok(s, w, row)) return true;
      row[s.rel] = Value(RelId{r});
      if (!s.into) row[s.node] = Value(NodeId{w});
      return next(i, row);
    });
  }

  // Depth-first over trails (no relationship twice) of min..max hops.
  bool walk(std::size_t i, const Step& s, Row& row, std::int32_t v,
            std::vector<std::int32_t>& trail) {
    const auto hops = std::int32_t(trail.size());
    if (hops >= s.min_hops && emit_end(i, s, row, v, trail) == false) return false;
    if (s.max_hops >= 0 && hops >= s.max_hops) return true;
    return each_rel(s, v, [&](std::int32_t r, std::int32_t w) {
      if (std::find(trail.begin(), trail.end(), r) != trail.end() || !rel_ok(s, r, row))
        return true;
      c_.tick();
      trail.push_back(r);
      const bool more = walk(i, s, row, w, trail);
      trail.pop_back();
      return more;
    });
  }

  // Each end node once (reach_search.hpp); the relationships walked are not bound.
  bool reach(std::size_t i, const Step& s, Row& row) {
    if (!row[s.from].is_node()) return true;
    const ReachOptions options{
        .direction = s.direction, .min_hops = s.min_hops, .max_hops = s.max_hops, .types = s.types};
    // Left empty when rel_ok has nothing to check (the types are for_each_rel's): calling it
    // for each relationship of a large search costs a call apiece.
    std::function<bool(std::int32_t)> rel_allowed;
    if (!s.rel_properties.empty() || !s.earlier_rels.empty())
      rel_allowed = [&](std::int32_t r) { return rel_ok(s, r, row); };
    if (!s.reach_scratch) const_cast<Step&>(s).reach_scratch = std::make_shared<ReachScratch>();
    ReachScratch& scratch = *s.reach_scratch;
    if (s.into) {  // one row when the bound end is reached; the search stops there
      if (!row[s.node].is_node() || !node_ok(s, row[s.node].as_node().id, row)) return true;
      const std::int32_t bound = row[s.node].as_node().id;
      bool found = false;
      reach_ends(
          g_, row[s.from].as_node().id, options, rel_allowed,
          [&](std::int32_t v) {
            found = v == bound;
            return !found;
          },
          scratch);
      return !found || next(i, row);
    }
    return reach_ends(
        g_, row[s.from].as_node().id, options, rel_allowed,
        [&](std::int32_t v) {
          c_.tick();
          if (!node_ok(s, v, row)) return true;
          row[s.node] = Value(NodeId{v});
          return next(i, row);
        },
        scratch);
  }

  bool emit_end(std::size_t i, const Step& s, Row& row, std::int32_t v,
                const std::vector<std::int32_t>& trail) {
    if (s.into ? !(row[s.node].is_node() && row[s.node].as_node().id == v) : !node_ok(s, v, row))
      return true;
    List rels;
    rels.reserve(trail.size());
    for (const auto r : trail) rels.push_back(Value(RelId{r}));
    row[s.rel] = Value(std::move(rels));
    if (!s.into) row[s.node] = Value(NodeId{v});
    return next(i, row);
  }

  bool build_path(std::size_t i, const Step& s, Row& row) {
    Path p;
    p.nodes.push_back(row[s.path_nodes[0]].as_node().id);
    for (std::size_t k = 0; k < s.path_rels.size(); ++k) {
      const Value& r = row[s.path_rels[k]];
      if (r.is_rel()) {
        p.rels.push_back(r.as_rel().id);
        p.nodes.push_back(row[s.path_nodes[k + 1]].as_node().id);
        continue;
      }
      for (const auto& x : r.as_list()) {  // a variable-length segment (maybe of zero hops)
        p.rels.push_back(x.as_rel().id);
        p.nodes.push_back(g_.other_end(x.as_rel().id, p.nodes.back()));
      }
    }
    row[s.path] = Value(std::move(p));
    return next(i, row);
  }

  bool hash_join(std::size_t i, const Step& s, Row& row) {
    if (!s.table) {
      auto table = std::make_shared<JoinTable>();
      Row build_row(plan_.width);
      std::int64_t held = 0;
      run_match(*s.build, build_row, c_, [&](Row& r) {
        Row key, values;
        for (const auto k : s.keys) key.push_back(r[k]);
        for (const auto b : s.bound_by_build) values.push_back(r[b]);
        table->rows[std::move(key)].push_back(std::move(values));
        c_.check_rows(++held, "a hash join's build side");
        return true;
      });
      const_cast<Step&>(s).table = std::move(table);
    }
    Row key;
    for (const auto k : s.keys) key.push_back(row[k]);
    const auto it = s.table->rows.find(key);
    if (it == s.table->rows.end()) return true;
    for (const auto& values : it->second) {
      for (std::size_t k = 0; k < values.size(); ++k) row[s.bound_by_build[k]] = values[k];
      if (!next(i, row)) return false;
    }
    return true;
  }

  bool unique(const Step& s, const Row& row) const {
    std::vector<std::int32_t> seen;
    for (const auto slot : s.earlier_rels) {
      const Value& v = row[slot];
      if (v.is_rel()) seen.push_back(v.as_rel().id);
      if (v.is_list())
        for (const auto& x : v.as_list()) seen.push_back(x.as_rel().id);
    }
    std::sort(seen.begin(), seen.end());
    return std::adjacent_find(seen.begin(), seen.end()) == seen.end();
  }

  const MatchPlan& plan_;
  ExecContext& c_;
  const GraphView& g_;
  const Emit& emit_;
  std::int64_t child_ns_ = 0;
};

class PlannedPatternTest : public PatternTest {
 public:
  PlannedPatternTest(MatchPlan plan, ExecContext* context)
      : plan_(std::move(plan)), context_(context) {}
  bool any_match(const Row& row) const override {
    Row r = row;
    r.resize(plan_.width);
    bool found = false;
    run_match(plan_, r, *context_, [&](Row&) {
      found = true;
      return false;
    });
    return found;
  }

 private:
  MatchPlan plan_;
  ExecContext* context_;
};

}  // namespace

bool run_match(const MatchPlan& plan, Row& row, ExecContext& context, const Emit& emit) {
  return Runner(plan, context, emit).run(0, row);
}

PatternCompiler planner_pattern_compiler(const GraphView& graph, std::string_view text,
                                         ExecContext* context) {
  return [&graph, text, context](const Pattern& pattern, const ExprPtr& where,
                                 const Scope& scope) -> std::shared_ptr<const PatternTest> {
    Scope inner = scope;
    const Binder binder(graph, text, planner_pattern_compiler(graph, text, context));
    // Only whether a row exists is seen.
    auto plan = plan_match(pattern, where, inner, binder, Multiplicity::ignored);
    return std::make_shared<PlannedPatternTest>(std::move(plan), context);
  };
}

}  // namespace innonet::query
