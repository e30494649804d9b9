// Planning a MATCH: variables, anchors by selectivity, expansions, filter placement, joins.
#include <algorithm>
#include <limits>

#include "query/errors.hpp"
#include "query/match_plan.hpp"
#include "query/multiplicity.hpp"

namespace innonet::query {
namespace {

struct Conjunct {
  ExprPtr expr;
  std::vector<std::int32_t> slots;
  bool last = false;  // holds a pattern predicate: after everything
  bool placed = false;
};

struct NodeInfo {
  std::int32_t slot = -1;
  NodeCheck check;
  ExprPtr id_key, name_key;
  std::vector<std::string> label_names;
};

struct PartInfo {
  const PatternPart* part = nullptr;
  std::vector<NodeInfo> nodes;
  std::vector<std::int32_t> rels;  // rel slots
  std::int32_t path = -1;
};

void split_and(const ExprPtr& e, std::vector<ExprPtr>& out) {
  if (e->kind == ExprKind::binary && e->op == Op::and_) {
    split_and(e->args[0], out);
    split_and(e->args[1], out);
  } else {
    out.push_back(e);
  }
}

ExprPtr equality(std::int32_t slot, const std::string& var, const std::string& key,
                 const ExprPtr& value) {
  auto v = std::make_shared<Expr>();
  v->kind = ExprKind::variable;
  v->name = var;
  v->slot = slot;
  auto p = std::make_shared<Expr>();
  p->kind = ExprKind::property;
  p->name = key;
  p->args = {v};
  auto eq = std::make_shared<Expr>();
  eq->kind = ExprKind::binary;
  eq->op = Op::eq;
  eq->args = {p, value};
  eq->text = var + "." + key + " = " + value->text;
  return eq;
}

class Planner {
 public:
  Planner(const Binder& binder, Scope& scope) : b_(binder), scope_(scope) {}

  MatchPlan plan(const Pattern& pattern, const ExprPtr& where) {
    const std::int32_t before = scope_.width();
    for (const auto& part : pattern.parts) parts_.push_back(declare(part));
    plan_.width = scope_.width();
    for (std::int32_t s = before; s < plan_.width; ++s) plan_.new_slots.push_back(s);
    bound_.assign(plan_.width, false);
    std::fill(bound_.begin(), bound_.begin() + before, true);
    before_ = before;
    if (where) {
      b_.bind(*where, scope_);
      std::vector<ExprPtr> conjuncts;
      split_and(where, conjuncts);
      for (const auto& c : conjuncts) add_conjunct(c);
    }
    for (auto& part : parts_) find_lookups(part);
    place_filters();
    for (const auto& part : parts_) plan_part(part);
    for (auto& c : conjuncts_)
      if (!c.placed) filter(c.expr);
    return std::move(plan_);
  }

 private:
  PartInfo declare(const PatternPart& part) {
    PartInfo info;
    info.part = &part;
    if (!part.path_var.empty()) {
      if (scope_.find(part.path_var) >= 0)
        b_.fail(part.nodes[0].pos, "variable '" + part.path_var + "' is already defined");
      info.path = scope_.add(part.path_var, VarKind::path);
    }
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
      info.nodes.push_back(declare_node(part.nodes[i]));
      if (i < part.rels.size()) info.rels.push_back(declare_rel(part.rels[i]));
    }
    return info;
  }

  NodeInfo declare_node(const NodePattern& n) {
    NodeInfo info;
    info.label_names = n.labels;
    info.check.labels = b_.labels(n.labels, n.pos);
    if (n.var.empty()) {
      info.slot = scope_.add(" node" + std::to_string(scope_.width()), VarKind::node);
    } else if (const auto s = scope_.find(n.var); s >= 0) {
      if (scope_.kinds[s] != VarKind::node && scope_.kinds[s] != VarKind::value)
        b_.fail(n.pos, "variable '" + n.var + "' is not a node");
      info.slot = s;
    } else {
      info.slot = scope_.add(n.var, VarKind::node);
    }
    for (const auto& [key, value] : n.properties) {
      b_.check_property(key, n.pos);
      pending_props_.push_back(
          {info.slot, n.var.empty() ? scope_.names[info.slot] : n.var, key, value, false});
    }
    return info;
  }

  std::int32_t declare_rel(const RelPattern& r) {
    std::string name = r.var.empty() ? " rel" + std::to_string(scope_.width()) : r.var;
    if (!r.var.empty() && scope_.find(r.var) >= 0)
      b_.fail(r.pos, "relationship variable '" + r.var +
                         "' is already bound; a relationship can be matched once per MATCH");
    const auto slot = scope_.add(name, r.variable_length ? VarKind::rel_list : VarKind::rel);
    rel_patterns_.emplace(slot, &r);
    return slot;
  }

  void add_conjunct(const ExprPtr& e) {
    Conjunct c{e};
    Binder::used_slots(*e, c.slots, c.last);
    conjuncts_.push_back(std::move(c));
  }

  // Inline properties with constant values become node checks; others become conjuncts.
  // `n.id = k` / `n.name = k` with k free of this MATCH's variables become lookup keys.
  void find_lookups(PartInfo& part) {
    for (auto& node : part.nodes) {
      for (auto& p : pending_props_) {
        if (p.slot != node.slot || p.done) continue;
        p.done = true;
        Scope& s = scope_;
        b_.bind(*p.value, s);
        std::vector<std::int32_t> slots;
        bool last = false;
        Binder::used_slots(*p.value, slots, last);
        if (slots.empty() && !last)
          node.check.properties.emplace_back(p.key, p.value);
        else
          add_conjunct(equality(p.slot, p.var, p.key, p.value));
        if (slots.empty() && !last) key_candidate(node, p.key, p.value);
      }
      for (const auto& c : conjuncts_) {
        const Expr& e = *c.expr;
        if (e.kind != ExprKind::binary || e.op != Op::eq) continue;
        for (int side = 0; side < 2; ++side) {
          const Expr& prop = *e.args[side];
          const ExprPtr& value = e.args[1 - side];
          if (prop.kind != ExprKind::property || prop.args[0]->kind != ExprKind::variable ||
              prop.args[0]->slot != node.slot)
            continue;
          std::vector<std::int32_t> slots;
          bool last = false;
          Binder::used_slots(*value, slots, last);
          const bool outer =
              std::all_of(slots.begin(), slots.end(), [&](std::int32_t s) { return s < before_; });
          if (outer && !last) key_candidate(node, prop.name, value);
        }
      }
    }
  }

  static void key_candidate(NodeInfo& node, const std::string& key, const ExprPtr& value) {
    if (key == "id" && !node.id_key) node.id_key = value;
    if (key == "name" && !node.name_key) node.name_key = value;
  }

  double cost(const NodeInfo& n) const {
    if (bound_[n.slot]) return 1.0;
    if (n.id_key) return 1.0;
    if (n.name_key) return 2.0;
    if (n.check.labels.empty()) return b_.graph().num_nodes();
    double c = 0;
    for (const auto l : n.check.labels) c += double(b_.graph().nodes_with_label(l).size());
    return c;
  }

  void plan_part(const PartInfo& part) {
    std::size_t anchor = 0;
    bool any_bound = false;
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
      any_bound = any_bound || bound_[part.nodes[i].slot];
      if (cost(part.nodes[i]) < cost(part.nodes[anchor]) ||
          (cost(part.nodes[i]) == cost(part.nodes[anchor]) && bound_[part.nodes[i].slot] &&
           !bound_[part.nodes[anchor].slot]))
        anchor = i;
    }
    const NodeInfo& a = part.nodes[anchor];
    if (any_bound && !bound_[a.slot] && a.id_key && key_is_constant(a.id_key)) {
      hash_join(part, anchor);
    } else {
      anchor_step(a);
      expand_from(part, anchor);
    }
    if (part.path >= 0) build_path(part);
  }

  static bool key_is_constant(const ExprPtr& key) {
    std::vector<std::int32_t> slots;
    bool last = false;
    Binder::used_slots(*key, slots, last);
    return slots.empty() && !last;
  }

  void anchor_step(const NodeInfo& a) {
    Step s;
    s.node = a.slot;
    s.check = a.check;
    const std::string name = scope_.names[a.slot];
    std::string labels;
    for (const auto& l : a.label_names) labels += (labels.empty() ? ":" : "|") + l;
    if (bound_[a.slot]) {
      s.kind = StepKind::check_bound;
      s.detail = "(" + name + labels + ") already bound";
      s.estimate = 1;
    } else if (a.id_key) {
      s.kind = StepKind::id_lookup;
      s.key = a.id_key;
      s.detail = "(" + name + labels + ") by id index: " + a.id_key->text;
      s.estimate = 1;
    } else if (a.name_key) {
      s.kind = StepKind::name_lookup;
      s.key = a.name_key;
      s.detail = "(" + name + labels + ") by name index: " + a.name_key->text;
      s.estimate = 2;
    } else if (!a.check.labels.empty()) {
      s.kind = StepKind::label_scan;
      s.estimate = cost(a);
      s.detail = "(" + name + labels + "), " + std::to_string(std::int64_t(s.estimate)) + " nodes";
    } else {
      s.kind = StepKind::all_nodes;
      s.estimate = b_.graph().num_nodes();
      s.detail = "(" + name + "), " + std::to_string(b_.graph().num_nodes()) + " nodes";
    }
    push(std::move(s), {a.slot});
  }

  void expand_from(const PartInfo& part, std::size_t anchor) {
    for (std::size_t i = anchor; i + 1 < part.nodes.size(); ++i) expand(part, i, i + 1, false);
    for (std::size_t i = anchor; i > 0; --i) expand(part, i, i - 1, true);
  }

  // One hop from nodes[from] to nodes[to] over rels[min(from,to)]; `reversed` when walking
  // the pattern right to left (the written direction flips).
  void expand(const PartInfo& part, std::size_t from, std::size_t to, bool reversed) {
    const std::size_t r = std::min(from, to);
    const RelPattern& rp = part.part->rels[r];
    const NodeInfo& target = part.nodes[to];
    Step s;
    s.kind = rp.variable_length ? StepKind::var_expand : StepKind::expand;
    s.from = part.nodes[from].slot;
    s.rel = part.rels[r];
    s.node = target.slot;
    s.check = target.check;
    s.direction = rp.direction;
    if (reversed && rp.direction != Direction::both)
      s.direction = rp.direction == Direction::out ? Direction::in : Direction::out;
    s.types = b_.rel_types(rp.types, rp.pos);
    for (const auto& [key, value] : rp.properties) {
      b_.check_property(key, rp.pos);
      b_.bind(*value, scope_);
      s.rel_properties.emplace_back(key, value);
    }
    s.min_hops = rp.min_hops;
    s.max_hops = rp.max_hops;
    s.into = bound_[target.slot];
    s.earlier_rels = clause_rels_;
    for (const auto slot : clause_rels_)
      s.earlier_is_list.push_back(scope_.kinds[slot] == VarKind::rel_list);
    clause_rels_.push_back(s.rel);
    s.detail = describe_expand(s, rp);
    s.estimate = 4;
    push(std::move(s), {target.slot, part.rels[r]});
  }

  std::string describe_expand(const Step& s, const RelPattern& rp) const {
    std::string types;
    for (const auto& t : rp.types) types += (types.empty() ? ":" : "|") + t;
    if (rp.variable_length)
      types += "*" + std::to_string(rp.min_hops) + ".." +
               (rp.max_hops < 0 ? std::string() : std::to_string(rp.max_hops));
    const std::string left = s.direction == Direction::in ? "<-" : "-";
    const std::string right = s.direction == Direction::out ? "->" : "-";
    const std::string rel = scope_.names[s.rel][0] == ' ' ? "" : scope_.names[s.rel];
    return "(" + scope_.names[s.from] + ")" + left + "[" + rel + types + "]" + right + "(" +
           scope_.names[s.node] + ")" + (s.into ? " into bound" : "");
  }

  // Runs the part once from its id lookup and joins on the nodes bound before it.
  void hash_join(const PartInfo& part, std::size_t anchor) {
    Planner inner(b_, scope_);
    inner.before_ = before_;
    inner.bound_.assign(plan_.width, true);
    std::vector<std::int32_t> part_slots;
    for (const auto& n : part.nodes) part_slots.push_back(n.slot);
    part_slots.insert(part_slots.end(), part.rels.begin(), part.rels.end());
    for (const auto slot : part_slots) inner.bound_[slot] = false;
    inner.rel_patterns_ = rel_patterns_;
    inner.plan_.width = plan_.width;
    inner.anchor_step(part.nodes[anchor]);
    inner.expand_from(part, anchor);
    Step s;
    s.kind = StepKind::hash_join;
    for (const auto slot : part_slots) {
      if (bound_[slot]) {
        if (std::find(s.keys.begin(), s.keys.end(), slot) == s.keys.end()) s.keys.push_back(slot);
      } else {
        s.bound_by_build.push_back(slot);
      }
    }
    s.build = std::make_shared<MatchPlan>(std::move(inner.plan_));
    std::string keys;
    for (const auto k : s.keys) keys += (keys.empty() ? "" : ", ") + scope_.names[k];
    s.detail = "on " + keys + "; build side from " + scope_.names[part.nodes[anchor].slot] +
               " by id index";
    s.estimate = 1;
    const bool check_unique = !clause_rels_.empty();
    const auto binds = s.bound_by_build;
    push(std::move(s), binds);
    if (check_unique) {
      Step u;
      u.kind = StepKind::unique_rels;
      u.earlier_rels = clause_rels_;
      for (const auto slot : clause_rels_)
        u.earlier_is_list.push_back(scope_.kinds[slot] == VarKind::rel_list);
      u.detail = "relationships distinct";
      plan_.steps.push_back(std::move(u));
    }
    clause_rels_.insert(clause_rels_.end(), part.rels.begin(), part.rels.end());
    if (check_unique) {
      auto& u = plan_.steps.back();
      u.earlier_rels = clause_rels_;
      u.earlier_is_list.clear();
      for (const auto slot : clause_rels_)
        u.earlier_is_list.push_back(scope_.kinds[slot] == VarKind::rel_list);
    }
  }

  void build_path(const PartInfo& part) {
    Step s;
    s.kind = StepKind::build_path;
    s.path = part.path;
    for (const auto& n : part.nodes) s.path_nodes.push_back(n.slot);
    s.path_rels = part.rels;
    s.detail = scope_.names[part.path];
    s.estimate = 1;
    push(std::move(s), {part.path});
  }

  void filter(const ExprPtr& e) {
    Step s;
    s.kind = StepKind::filter;
    s.predicate = e;
    s.detail = e->text;
    s.estimate = 0.5;
    plan_.steps.push_back(std::move(s));
  }

  void push(Step s, const std::vector<std::int32_t>& binds) {
    plan_.steps.push_back(std::move(s));
    for (const auto slot : binds) bound_[slot] = true;
    place_filters();
  }

  void place_filters() {
    for (auto& c : conjuncts_) {
      if (c.placed || c.last) continue;
      if (std::all_of(c.slots.begin(), c.slots.end(), [&](std::int32_t s) { return bound_[s]; })) {
        c.placed = true;
        filter(c.expr);
      }
    }
  }

  struct PendingProp {
    std::int32_t slot;
    std::string var, key;
    ExprPtr value;
    bool done = false;
  };

  const Binder& b_;
  Scope& scope_;
  MatchPlan plan_;
  std::vector<PartInfo> parts_;
  std::vector<bool> bound_;
  std::int32_t before_ = 0;
  std::vector<Conjunct> conjuncts_;
  std::vector<PendingProp> pending_props_;
  std::vector<std::int32_t> clause_rels_;
  std::map<std::int32_t, const RelPattern*> rel_patterns_;
};

}  // namespace

MatchPlan plan_match(const Pattern& pattern, const ExprPtr& where, Scope& scope,
                     const Binder& binder, Multiplicity multiplicity) {
  auto plan = Planner(binder, scope).plan(pattern, where);
  if (multiplicity == Multiplicity::ignored) use_reach_search(plan, scope);
  return plan;
}

}  // namespace innonet::query
