#include "algorithms/planner/targets.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace innonet::planner {
namespace {

bool is_number(const Indicator& i) { return std::isfinite(i.value) && i.year != kNoYear; }

DatedValue dated(const Indicator& i) { return {i.value, i.year, i.op, i.id}; }

const std::string& document_of(const Indicator& i) {
  static const std::string kNone;  // constant, not state
  return i.sources.empty() ? kNone : i.sources.front().document;
}

// Latest baseline/actual before the target year, preferring the target's own document.
std::optional<DatedValue> find_baseline(const std::vector<const Indicator*>& history,
                                        const Indicator& target) {
  const Indicator* same_document = nullptr;
  const Indicator* any_document = nullptr;
  for (const auto* i : history) {
    if ((i->kind != "baseline" && i->kind != "actual") || !is_number(*i) || i->year >= target.year)
      continue;
    if (!any_document || i->year > any_document->year) any_document = i;
    if (document_of(*i) == document_of(target) && (!same_document || i->year > same_document->year))
      same_document = i;
  }
  const Indicator* chosen = same_document ? same_document : any_document;
  if (!chosen) return std::nullopt;
  return dated(*chosen);
}

std::optional<DatedValue> find_latest(const std::vector<const Indicator*>& history,
                                      const DatedValue& baseline, std::int32_t target_year) {
  const Indicator* best = nullptr;
  for (const auto* i : history)
    if (i->kind == "actual" && is_number(*i) && i->year > baseline.year && i->year <= target_year &&
        (!best || i->year > best->year))
      best = i;
  if (!best) return std::nullopt;
  return dated(*best);
}

void compute(TargetProgress& row) {
  if (!row.baseline) {
    row.gap = TargetGap::no_baseline;
    return;
  }
  const DatedValue& base = *row.baseline;
  const DatedValue& now = row.latest ? *row.latest : base;
  if (row.target.value != 0.0) row.attainment = now.value / row.target.value;
  if (base.value != 0.0) row.target_to_baseline = row.target.value / base.value;
  if (row.latest && row.target.value != base.value)
    row.progress = (now.value - base.value) / (row.target.value - base.value);
  const int years = now.year - base.year;
  if (years <= 0) {
    row.gap = TargetGap::no_actual_after_baseline;
    return;
  }
  if (base.value <= 0 || now.value <= 0) {
    row.gap = TargetGap::not_positive;
    return;
  }
  row.growth_per_year = std::pow(now.value / base.value, 1.0 / years) - 1.0;
  row.projected = now.value * std::pow(1.0 + *row.growth_per_year, row.target.year - now.year);
  const bool ceiling = row.target.op == "<" || row.target.op == "<=";
  row.on_track = ceiling ? *row.projected <= row.target.value : *row.projected >= row.target.value;
}

// The metric's name from any record of it (another scope or document may name it).
std::string any_name(const PropertyGraph& graph, const std::string& metric) {
  for (const auto& i : graph.indicators())
    if (i.metric == metric && !i.metric_name.empty()) return i.metric_name;
  return {};
}

}  // namespace

std::vector<TargetProgress> target_progress(const PropertyGraph& graph,
                                            const TargetOptions& options) {
  std::map<std::pair<std::string, std::string>, std::vector<const Indicator*>> history;
  for (const auto& i : graph.indicators())
    if ((options.scope.empty() || i.scope == options.scope) &&
        (options.metric.empty() || i.metric == options.metric))
      history[{i.scope, i.metric}].push_back(&i);

  std::vector<TargetProgress> rows;
  for (const auto& [key, list] : history)
    for (const auto* t : list) {
      if (t->kind != "target" || (options.target_year && t->year != *options.target_year)) continue;
      TargetProgress row{.scope = key.first,
                         .metric = key.second,
                         .metric_name = t->metric_name,
                         .unit = t->unit,
                         .target = dated(*t),
                         .target_text = t->value_text};
      for (const auto* i : list)
        if (row.metric_name.empty() && !i->metric_name.empty()) row.metric_name = i->metric_name;
      if (row.metric_name.empty()) row.metric_name = any_name(graph, key.second);
      if (!is_number(*t)) {
        row.gap = TargetGap::target_in_words;
      } else {
        row.baseline = find_baseline(list, *t);
        if (row.baseline) row.latest = find_latest(list, *row.baseline, t->year);
        compute(row);
      }
      rows.push_back(std::move(row));
    }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(a.scope, a.target.year, a.metric) < std::tie(b.scope, b.target.year, b.metric);
  });
  return rows;
}

}  // namespace innonet::planner
