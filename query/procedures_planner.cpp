// innonet.corridors, innonet.recommend, innonet.indicators: the planner subcommands'
// computations (corridors, recommend, indicators) with their options and defaults.
#include <cmath>

#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"
#include "algorithms/planner/targets.hpp"
#include "query/procedure_options.hpp"
#include "query/procedures.hpp"

namespace innonet::query {
namespace {

std::vector<std::string> with_selection(std::vector<std::string> names) {
  for (auto& n : selection_option_names()) names.push_back(n);
  return names;
}

Value group_or_null(const GraphView& view, const std::string& id) {
  const auto v = view.find_id(id);
  return v ? Value(NodeId{*v}) : Value(id);
}

// One row per corridor and score component: ties, multiplexity, capacity, robustness,
// gravity_fit (value = observed/expected share, null when no masses), composite.
ProcedureTable run_corridors(const GraphView& view, const Map& map) {
  const Options o("innonet.corridors", map);
  planner::CorridorScoringOptions scoring;
  scoring.corridor.selection = o.selection();
  scoring.corridor.implied = o.flag("implied", false) ? planner::ImpliedMembers::include
                                                      : planner::ImpliedMembers::exclude;
  scoring.places.place_type = o.text("place_type", "city");
  scoring.places.masses.metric = o.text("mass", "");
  const auto& graph = view.graph();
  const auto corridors = planner::declared_corridors(graph);
  const auto places = planner::scoring_place_network(graph, scoring);
  const auto scores = planner::score_corridors(graph, places, corridors, scoring);
  ProcedureTable t;
  for (const auto& s : scores) {
    const auto& b = s.breakdown;
    const Value corridor = group_or_null(view, b.corridor.id);
    const Value fit = s.gravity.available ? Value(s.gravity.observed_to_expected) : Value();
    const Value fit_score = s.gravity.available ? Value(s.gravity_score) : Value();
    const std::pair<const char*, std::pair<Value, Value>> rows[] = {
        {"ties", {Value(b.ties), Value(s.ties_score)}},
        {"multiplexity", {Value(std::int64_t{b.multiplexity}), Value(s.multiplexity_score)}},
        {"capacity", {Value(b.capacity), Value(s.capacity_score)}},
        {"robustness", {Value(b.disjoint_paths), Value(s.robustness_score)}},
        {"gravity_fit", {fit, fit_score}},
        {"composite", {Value(), Value(s.composite)}}};
    for (const auto& [component, values] : rows)
      t.rows.push_back(
          {corridor, Value(component), values.first, values.second, Value(std::int64_t{s.rank})});
  }
  return t;
}

ProcedureTable run_recommend(const GraphView& view, const Map& map) {
  const Options o("innonet.recommend", map);
  planner::RecommendOptions r;
  r.kind = o.text("kind", r.kind);
  r.level = o.text("level", r.level);
  r.top = int(o.integer("top", r.top));
  r.masses.metric = o.text("mass", "");
  r.gravity_weight = o.number("gravity_weight", r.gravity_weight);
  r.structure_weight = o.number("structure_weight", r.structure_weight);
  r.gain_weight = o.number("gain_weight", r.gain_weight);
  Map without_level = map;
  without_level.erase("level");
  r.selection = Options("innonet.recommend", without_level).selection();
  const auto result = planner::recommend(view.graph(), r);
  ProcedureTable t;
  std::int64_t rank = 0;
  for (const auto& x : result.recommendations)
    t.rows.push_back({Value(NodeId{index(x.a)}), Value(NodeId{index(x.b)}), Value(x.score),
                      Value(x.gravity_score), Value(x.structure_score), Value(x.gain_score),
                      Value(x.existing_ties), Value(++rank)});
  return t;
}

Value optional_number(const std::optional<double>& x) {
  return x && std::isfinite(*x) ? Value(*x) : Value();
}

ProcedureTable run_indicators(const GraphView& view, const Map& map) {
  const Options o("innonet.indicators", map);
  planner::TargetOptions options{.scope = o.text("scope", ""), .metric = o.text("metric", "")};
  if (o.has("target_year")) options.target_year = std::int32_t(o.integer("target_year", 0));
  ProcedureTable t;
  for (const auto& p : planner::target_progress(view.graph(), options)) {
    const auto dated = [](const std::optional<planner::DatedValue>& d, bool year) {
      if (!d) return Value();
      return year ? (d->year == kNoYear ? Value() : Value(std::int64_t{d->year})) : Value(d->value);
    };
    t.rows.push_back({group_or_null(view, p.scope), Value(p.metric), Value(p.target.value),
                      p.target.year == kNoYear ? Value() : Value(std::int64_t{p.target.year}),
                      dated(p.baseline, false), dated(p.latest, false), dated(p.latest, true),
                      optional_number(p.progress), optional_number(p.growth_per_year),
                      optional_number(p.projected), p.on_track ? Value(*p.on_track) : Value()});
  }
  return t;
}

}  // namespace

void add_planner_procedures(std::vector<Procedure>& out) {
  out.push_back({"innonet.corridors",
                 {"corridor", "component", "value", "score", "rank"},
                 with_selection({"implied", "place_type", "mass"}),
                 "every declared corridor's score components (corridors)",
                 run_corridors});
  out.push_back(
      {"innonet.recommend",
       {"a", "b", "score", "gravity_score", "structure_score", "gain_score", "existing_ties",
        "rank"},
       with_selection({"kind", "top", "mass", "gravity_weight", "structure_weight", "gain_weight"}),
       "where a new tie of a kind would add most (recommend)",
       run_recommend});
  out.push_back({"innonet.indicators",
                 {"scope", "metric", "target", "target_year", "baseline", "latest", "latest_year",
                  "progress", "growth_per_year", "projected", "on_track"},
                 {"scope", "metric", "target_year"},
                 "progress towards each target (indicators)",
                 run_indicators});
}

}  // namespace innonet::query
