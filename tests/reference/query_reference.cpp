// The naive query evaluator (see query_reference.hpp).
#include "tests/reference/query_reference.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "query/binder.hpp"
#include "query/evaluator.hpp"
#include "query/functions.hpp"
#include "query/parser.hpp"
#include "query/procedures.hpp"

namespace innonet::testing {
namespace {

using namespace innonet::query;

struct NodeSpec {
  std::int32_t slot;
  std::vector<std::int32_t> labels;
  std::vector<std::pair<std::string, ExprPtr>> props;
};
struct RelSpec {
  std::int32_t slot;
  const RelPattern* pattern;
  std::vector<std::int32_t> types;
};
struct PartSpec {
  std::int32_t path = -1;
  std::vector<NodeSpec> nodes;
  std::vector<RelSpec> rels;
};

// A compiled MATCH: the slots of its elements, its WHERE, the row width.
struct NaiveMatch {
  std::vector<PartSpec> parts;
  ExprPtr where;
  std::int32_t width = 0;
  std::int32_t in_width = 0;  // slots bound before the MATCH
};

class Reference;

class NaiveTest : public PatternTest {
 public:
  NaiveTest(const Reference* ref, NaiveMatch m) : ref_(ref), m_(std::move(m)) {}
  bool any_match(const Row& row) const override;

 private:
  const Reference* ref_;
  NaiveMatch m_;
};

class Reference {
 public:
  Reference(const GraphView& g, std::string_view text, const Map& params)
      : g_(g), text_(text), params_(params) {
    eval_.graph = &g_;
    eval_.params = &params_;
  }

  Binder binder() const {
    return Binder(g_, text_, [this](const Pattern& p, const ExprPtr& where, const Scope& s) {
      Scope inner = s;
      auto m = compile(p, where, inner);
      return std::make_shared<NaiveTest>(this, std::move(m));
    });
  }

  NaiveMatch compile(const Pattern& pattern, const ExprPtr& where, Scope& scope) const {
    NaiveMatch m;
    m.in_width = scope.width();
    const Binder b = binder();
    for (const auto& part : pattern.parts) {
      PartSpec spec;
      if (!part.path_var.empty()) spec.path = scope.add(part.path_var, VarKind::path);
      for (std::size_t i = 0; i < part.nodes.size(); ++i) {
        const NodePattern& n = part.nodes[i];
        NodeSpec ns;
        const auto existing = n.var.empty() ? -1 : scope.find(n.var);
        ns.slot = existing >= 0 ? existing : scope.add(n.var.empty() ? " n" : n.var, VarKind::node);
        ns.labels = b.labels(n.labels, n.pos);
        ns.props = n.properties;
        spec.nodes.push_back(std::move(ns));
        if (i < part.rels.size()) {
          const RelPattern& r = part.rels[i];
          spec.rels.push_back({scope.add(r.var.empty() ? " r" : r.var,
                                         r.variable_length ? VarKind::rel_list : VarKind::rel),
                               &r, b.rel_types(r.types, r.pos)});
        }
      }
      m.parts.push_back(std::move(spec));
    }
    m.width = scope.width();
    for (auto& part : m.parts) {
      for (auto& n : part.nodes)
        for (auto& [k, e] : n.props) b.bind(*e, scope);
      for (auto& r : part.rels)
        for (auto& [k, e] : r.pattern->properties) b.bind(*e, scope);
    }
    if (where) b.bind(*where, scope);
    m.where = where;
    return m;
  }

  // Every binding of the parts, filtered afterwards.
  void enumerate(const NaiveMatch& m, Row& row, std::size_t part, std::size_t node,
                 const std::function<void(Row&)>& out) const {
    if (part == m.parts.size()) {
      if (accept(m, row)) out(row);
      return;
    }
    const PartSpec& p = m.parts[part];
    const NodeSpec& n = p.nodes[node];
    const auto advance = [&](Row& r) {
      if (node + 1 < p.nodes.size()) {
        walk_rel(m, r, part, node, out);
      } else {
        enumerate(m, r, part + 1, 0, out);
      }
    };
    if (node == 0) {
      if (row[n.slot].is_node()) return advance(row);
      if (n.slot < m.in_width) return;  // bound before, to null (OPTIONAL MATCH) or a non-node
      for (std::int32_t v = 0; v < g_.num_nodes(); ++v) {
        if (!has_labels(n, v)) continue;  // checked again with everything else in accept()
        row[n.slot] = Value(NodeId{v});
        advance(row);
      }
      row[n.slot] = Value();
      return;
    }
    advance(row);
  }

  bool has_labels(const NodeSpec& n, std::int32_t v) const {
    return n.labels.empty() || std::any_of(n.labels.begin(), n.labels.end(),
                                           [&](auto l) { return g_.has_label(v, l); });
  }

  static bool fits(const Rel& rel, std::int32_t from, std::int32_t to, Direction d) {
    const bool forward = rel.source == from && rel.target == to;
    const bool backward = rel.source == to && rel.target == from;
    if (d == Direction::both || !rel.directed) return forward || backward;
    return d == Direction::out ? forward : backward;
  }

  // Binds rel `node` and node `node+1` of part `part`: every relationship of the graph is
  // tried, and every node at its other end.
  void walk_rel(const NaiveMatch& m, Row& row, std::size_t part, std::size_t node,
                const std::function<void(Row&)>& out) const {
    const PartSpec& p = m.parts[part];
    const RelSpec& rs = p.rels[node];
    const std::int32_t next_slot = p.nodes[node + 1].slot;
    const std::int32_t from = row[p.nodes[node].slot].as_node().id;
    const bool next_bound = row[next_slot].is_node();
    if (next_slot < m.in_width && !next_bound) return;
    const auto bind_end = [&](std::int32_t w) {
      if (next_bound && row[next_slot].as_node().id != w) return;
      if (!has_labels(p.nodes[node + 1], w)) return;
      const Value saved = row[next_slot];
      row[next_slot] = Value(NodeId{w});
      enumerate(m, row, part, node + 1, out);
      row[next_slot] = saved;
    };
    if (!rs.pattern->variable_length) {
      for (std::int32_t r = 0; r < g_.num_rels(); ++r) {
        const Rel& rel = g_.rel(r);
        for (const std::int32_t w : {rel.source, rel.target}) {
          if (!fits(rel, from, w, rs.pattern->direction)) continue;
          row[rs.slot] = Value(RelId{r});
          bind_end(w);
          if (rel.source == rel.target) break;
        }
      }
      row[rs.slot] = Value();
      return;
    }
    std::vector<std::int32_t> trail;
    const std::function<void(std::int32_t)> dfs = [&](std::int32_t at) {
      const auto hops = std::int32_t(trail.size());
      if (hops >= rs.pattern->min_hops) {
        List rels;
        for (auto r : trail) rels.push_back(Value(RelId{r}));
        row[rs.slot] = Value(std::move(rels));
        bind_end(at);
      }
      if (rs.pattern->max_hops >= 0 && hops >= rs.pattern->max_hops) return;
      for (std::int32_t r = 0; r < g_.num_rels(); ++r) {
        if (std::find(trail.begin(), trail.end(), r) != trail.end()) continue;
        const Rel& rel = g_.rel(r);
        // The type is checked while walking (as well as at the end), or an unbounded pattern
        // would walk every trail of the whole graph.
        if (!rs.types.empty() &&
            std::find(rs.types.begin(), rs.types.end(), rel.type) == rs.types.end())
          continue;
        for (const std::int32_t w : {rel.source, rel.target}) {
          if (!fits(rel, at, w, rs.pattern->direction)) continue;
          trail.push_back(r);
          dfs(w);
          trail.pop_back();
          if (rel.source == rel.target) break;
        }
      }
    };
    dfs(from);
    row[rs.slot] = Value();
  }

  bool props_match(const std::vector<std::pair<std::string, ExprPtr>>& props, const Value& x,
                   const Row& row) const {
    for (const auto& [key, e] : props) {
      const Value have =
          x.is_node() ? g_.node_property(x.as_node().id, key) : g_.rel_property(x.as_rel().id, key);
      const auto eq = equal_values(have, evaluate(*e, row, eval_));
      if (!eq || !*eq) return false;
    }
    return true;
  }

  bool accept(const NaiveMatch& m, Row& row) const {
    std::vector<std::int32_t> used;
    for (const auto& p : m.parts) {
      for (const auto& n : p.nodes) {
        const auto v = row[n.slot].as_node().id;
        if (!n.labels.empty() && std::none_of(n.labels.begin(), n.labels.end(),
                                              [&](auto l) { return g_.has_label(v, l); }))
          return false;
        if (!props_match(n.props, row[n.slot], row)) return false;
      }
      for (const auto& r : p.rels) {
        const Value& x = row[r.slot];
        const List single{x};
        for (const auto& one : x.is_list() ? x.as_list() : single) {
          const Rel& rel = g_.rel(one.as_rel().id);
          if (!r.types.empty() &&
              std::find(r.types.begin(), r.types.end(), rel.type) == r.types.end())
            return false;
          if (!props_match(r.pattern->properties, one, row)) return false;
          used.push_back(one.as_rel().id);
        }
      }
    }
    std::sort(used.begin(), used.end());
    if (std::adjacent_find(used.begin(), used.end()) != used.end()) return false;
    for (const auto& p : m.parts) {
      if (p.path < 0) continue;
      Path path;
      path.nodes.push_back(row[p.nodes[0].slot].as_node().id);
      for (std::size_t i = 0; i < p.rels.size(); ++i) {
        const Value& x = row[p.rels[i].slot];
        if (x.is_rel()) {
          path.rels.push_back(x.as_rel().id);
          path.nodes.push_back(row[p.nodes[i + 1].slot].as_node().id);
        } else {
          for (const auto& one : x.as_list()) {
            path.rels.push_back(one.as_rel().id);
            path.nodes.push_back(g_.other_end(one.as_rel().id, path.nodes.back()));
          }
        }
      }
      row[p.path] = Value(std::move(path));
    }
    return !m.where || is_true(evaluate(*m.where, row, eval_));
  }

  std::vector<Row> match(const NaiveMatch& m, const std::vector<Row>& input, bool optional) const {
    std::vector<Row> out;
    for (const auto& in : input) {
      Row row = in;
      row.resize(m.width);
      bool any = false;
      enumerate(m, row, 0, 0, [&](Row& r) {
        any = true;
        out.push_back(r);
      });
      if (optional && !any) {
        Row r = in;
        r.resize(m.width);
        out.push_back(r);
      }
    }
    return out;
  }

  const GraphView& g_;
  std::string_view text_;
  Map params_;
  EvalContext eval_;
};

bool NaiveTest::any_match(const Row& row) const {
  Row r = row;
  r.resize(m_.width);
  bool found = false;
  ref_->enumerate(m_, r, 0, 0, [&](Row&) { found = true; });
  return found;
}

}  // namespace
}  // namespace innonet::testing

namespace innonet::testing {
namespace {

using namespace innonet::query;

// The evaluator's state between clauses: a table and its scope.
struct Table {
  Scope scope;
  std::vector<Row> rows{Row{}};
};

Value naive_aggregate(const Expr& agg, const std::vector<Value>& values) {
  std::vector<Value> xs;
  for (const auto& v : values)
    if (agg.star || !v.is_null()) xs.push_back(v);
  if (agg.distinct) {
    std::vector<Value> unique;
    for (const auto& v : xs)
      if (std::none_of(unique.begin(), unique.end(),
                       [&](const Value& u) { return order_values(u, v) == 0; }))
        unique.push_back(v);
    xs = unique;
  }
  const std::string& f = agg.name;
  if (f == "count") return Value(std::int64_t(xs.size()));
  if (f == "collect") return Value(List(xs.begin(), xs.end()));
  if (f == "min" || f == "max") {
    if (xs.empty()) return {};
    Value best = xs[0];
    for (const auto& v : xs)
      if (f == "min" ? order_values(v, best) < 0 : order_values(v, best) > 0) best = v;
    return best;
  }
  const bool all_int = std::all_of(xs.begin(), xs.end(), [](const Value& v) { return v.is_int(); });
  double total = 0;
  std::int64_t int_total = 0;
  for (const auto& v : xs) {
    total += v.as_number();
    if (v.is_int()) int_total += v.as_int();
  }
  if (f == "sum") return all_int ? Value(int_total) : Value(total);
  return xs.empty() ? Value() : Value(total / double(xs.size()));  // avg
}

class Driver {
 public:
  Driver(const GraphView& g, std::string_view text, const Map& params)
      : ref_(g, text, params), text_(text) {}

  ReferenceResult run() {
    Query q = parse_query(text_);
    for (auto& c : q.clauses) {
      if (c.kind == ClauseKind::match) {
        auto m = ref_.compile(c.pattern, c.where, t_.scope);
        t_.rows = ref_.match(m, t_.rows, c.optional);
      } else if (c.kind == ClauseKind::unwind) {
        unwind(c);
      } else if (c.kind == ClauseKind::call) {
        call(c);
      } else {
        project(c);
      }
    }
    ReferenceResult r;
    r.columns = t_.scope.names;
    r.rows = t_.rows;
    return r;
  }

 private:
  void unwind(Clause& c) {
    ref_.binder().bind(*c.unwind_expr, t_.scope);
    const auto slot = t_.scope.add(c.unwind_var, VarKind::value);
    std::vector<Row> out;
    for (const auto& row : t_.rows) {
      const Value v = evaluate(*c.unwind_expr, row, ref_.eval_);
      if (v.is_null()) continue;
      const List single{v};
      for (const auto& x : v.is_list() ? v.as_list() : single) {
        Row r = row;
        r.resize(slot + 1);
        r[slot] = x;
        out.push_back(r);
      }
    }
    t_.rows = out;
  }

  void call(Clause& c) {
    const Procedure* p = find_procedure(c.procedure);
    const Binder b = ref_.binder();
    for (auto& a : c.arguments) b.bind(*a, t_.scope);
    if (c.yield_star)
      for (const auto& col : p->columns) c.yields.push_back({col, col, {}});
    std::vector<std::pair<std::size_t, std::int32_t>> yields;
    for (const auto& y : c.yields) {
      const auto col =
          std::find(p->columns.begin(), p->columns.end(), y.column) - p->columns.begin();
      yields.emplace_back(col, t_.scope.add(y.alias, VarKind::value));
    }
    if (c.where) b.bind(*c.where, t_.scope);
    std::vector<Row> out;
    for (const auto& row : t_.rows) {
      const Value opts =
          c.arguments.empty() ? Value(Map{}) : evaluate(*c.arguments[0], row, ref_.eval_);
      for (const auto& result : p->run(ref_.g_, opts.is_map() ? opts.as_map() : Map{}).rows) {
        Row r = row;
        r.resize(t_.scope.width());
        for (const auto& [col, slot] : yields) r[slot] = result[col];
        if (!c.where || is_true(evaluate(*c.where, r, ref_.eval_))) out.push_back(r);
      }
    }
    t_.rows = out;
  }

  static ExprPtr variable(const std::string& name) {
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::variable;
    e->name = e->text = name;
    return e;
  }

  void project(Clause& c) {
    Projection& p = c.projection;
    std::vector<ReturnItem> items;
    if (p.star)
      for (const auto& name : t_.scope.visible()) items.push_back({variable(name), name});
    items.insert(items.end(), p.items.begin(), p.items.end());
    const Binder b = ref_.binder();
    std::vector<Expr*> aggregates;
    Scope out;
    for (auto& item : items) {
      b.bind(*item.expr, t_.scope, &aggregates);
      out.add(item.alias, item.expr->kind == ExprKind::variable ? t_.scope.kinds[item.expr->slot]
                                                                : VarKind::value);
    }
    // Rows of (output row, input row it came from).
    std::vector<std::pair<Row, Row>> rows;
    if (aggregates.empty()) {
      for (const auto& row : t_.rows) {
        Row o;
        for (const auto& item : items) o.push_back(evaluate(*item.expr, row, ref_.eval_));
        rows.emplace_back(o, row);
      }
    } else {
      group(items, aggregates, rows);
    }
    if (p.distinct) {
      std::vector<std::pair<Row, Row>> unique;
      for (auto& r : rows)
        if (std::none_of(unique.begin(), unique.end(), [&](const auto& u) {
              return !ValueOrder{}(u.first, r.first) && !ValueOrder{}(r.first, u.first);
            }))
          unique.push_back(r);
      rows = unique;
    }
    sort(p, items, aggregates.empty() && !p.distinct, out, rows);
    const Scope empty;
    const auto count = [&](ExprPtr& e, std::int64_t fallback) {
      if (!e) return fallback;
      b.bind(*e, empty);
      return evaluate(*e, Row{}, ref_.eval_).as_int();
    };
    const std::int64_t skip = count(p.skip, 0);
    const std::int64_t limit = count(p.limit, std::int64_t(rows.size()));
    std::vector<Row> kept;
    for (std::int64_t i = skip; i < std::int64_t(rows.size()) && i < skip + limit; ++i)
      kept.push_back(rows[i].first);
    if (c.where) {
      b.bind(*c.where, out);
      std::erase_if(kept,
                    [&](const Row& r) { return !is_true(evaluate(*c.where, r, ref_.eval_)); });
    }
    t_.scope = out;
    t_.rows = kept;
  }

  void group(const std::vector<ReturnItem>& items, const std::vector<Expr*>& aggregates,
             std::vector<std::pair<Row, Row>>& rows) {
    std::vector<std::pair<Row, std::vector<Row>>> groups;  // key, member rows
    for (const auto& row : t_.rows) {
      Row key;
      for (const auto& item : items)
        if (!Binder::has_aggregate(*item.expr))
          key.push_back(evaluate(*item.expr, row, ref_.eval_));
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
        return !ValueOrder{}(g.first, key) && !ValueOrder{}(key, g.first);
      });
      if (it == groups.end())
        groups.push_back({key, {row}});
      else
        it->second.push_back(row);
    }
    const bool keyless = std::all_of(items.begin(), items.end(),
                                     [](const auto& i) { return Binder::has_aggregate(*i.expr); });
    if (groups.empty() && keyless) groups.push_back({Row{}, {}});
    for (const auto& [key, members] : groups) {
      std::vector<Value> values;
      for (const Expr* agg : aggregates) {
        std::vector<Value> xs;
        for (const auto& m : members)
          xs.push_back(agg->star ? Value(true) : evaluate(*agg->args[0], m, ref_.eval_));
        values.push_back(naive_aggregate(*agg, xs));
      }
      EvalContext e = ref_.eval_;
      e.aggregates = &values;
      const Row first = members.empty() ? Row(1024) : members[0];
      Row o;
      for (const auto& item : items) o.push_back(evaluate(*item.expr, first, e));
      rows.emplace_back(o, first);
    }
  }

  void sort(Projection& p, const std::vector<ReturnItem>& items, bool sees_input, const Scope& out,
            std::vector<std::pair<Row, Row>>& rows) {
    if (p.order.empty()) return;
    Scope scope = out;
    if (sees_input) {
      scope = t_.scope;
      for (std::int32_t i = 0; i < out.width(); ++i) scope.add(out.names[i], out.kinds[i]);
    }
    std::vector<ExprPtr> keys;
    for (auto& k : p.order) {
      ExprPtr e = k.expr;
      if (!sees_input)
        for (const auto& item : items)
          if (e->text == item.expr->text || e->text == item.alias) e = variable(item.alias);
      ref_.binder().bind(*e, scope);
      keys.push_back(e);
    }
    std::vector<std::pair<std::vector<Value>, std::size_t>> decorated;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      Row r = sees_input ? rows[i].second : rows[i].first;
      if (sees_input) r.insert(r.end(), rows[i].first.begin(), rows[i].first.end());
      std::vector<Value> vs;
      for (const auto& k : keys) vs.push_back(evaluate(*k, r, ref_.eval_));
      decorated.emplace_back(vs, i);
    }
    std::stable_sort(decorated.begin(), decorated.end(), [&](const auto& a, const auto& b) {
      for (std::size_t k = 0; k < keys.size(); ++k) {
        const int c = order_values(a.first[k], b.first[k]);
        if (c != 0) return p.order[k].descending ? c > 0 : c < 0;
      }
      return false;
    });
    std::vector<std::pair<Row, Row>> sorted;
    for (const auto& d : decorated) sorted.push_back(rows[d.second]);
    rows = sorted;
  }

  Reference ref_;
  std::string_view text_;
  Table t_;
};

}  // namespace

ReferenceResult reference_query(const query::GraphView& graph, std::string_view text,
                                const query::Map& params) {
  return Driver(graph, text, params).run();
}

}  // namespace innonet::testing
