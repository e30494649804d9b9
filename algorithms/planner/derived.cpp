#include "algorithms/planner/derived.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace innonet::planner {
namespace {

bool usable(const Indicator& i) {
  return std::isfinite(i.value) && i.year != kNoYear && i.kind != "target" &&
         i.kind != "policy_target" && i.kind != "policy_parameter" && i.kind != "rank";
}

std::string combined_op(const Indicator& a, const Indicator& b) {
  return a.op == "=" && b.op == "=" ? "=" : "~";
}

using ByScope = std::map<std::string, std::vector<const Indicator*>>;

void from_growth(const std::vector<const Indicator*>& list, std::vector<DerivedValue>& out) {
  for (const auto* rate : list) {
    if (!rate->metric.ends_with("_yoy")) continue;
    const std::string base = rate->metric.substr(0, rate->metric.size() - 4);
    for (const auto* x : list)
      if (x->metric == base && x->year == rate->year && rate->value > -100.0)
        out.push_back({.scope = x->scope,
                       .metric = base,
                       .how = Derivation::base_from_growth,
                       .year = x->year - 1,
                       .value = x->value / (1.0 + rate->value / 100.0),
                       .op = combined_op(*x, *rate),
                       .from = {x->id, rate->id}});
  }
}

void from_share(const std::vector<const Indicator*>& list, std::vector<DerivedValue>& out) {
  for (const auto* share : list) {
    const auto at = share->metric.find("_share_of_");
    if (at == std::string::npos || share->value <= 0.0) continue;
    const std::string part = share->metric.substr(0, at);
    const std::string whole = share->metric.substr(at + 10);
    for (const auto* x : list)
      if (x != share && x->year == share->year && x->metric.starts_with(part) &&
          x->metric.find("_share_of_") == std::string::npos)
        out.push_back({.scope = x->scope,
                       .metric = std::string(part).append("@").append(whole),
                       .how = Derivation::total_from_share,
                       .year = x->year,
                       .value = x->value / (share->value / 100.0),
                       .op = "~",
                       .from = {x->id, share->id}});
  }
}

void growth(const std::vector<const Indicator*>& list, std::vector<DerivedValue>& out) {
  std::map<std::string, std::vector<const Indicator*>> by_metric;
  for (const auto* i : list)
    if (i->kind == "actual" || i->kind == "baseline") by_metric[i->metric].push_back(i);
  for (auto& [metric, values] : by_metric) {
    std::stable_sort(values.begin(), values.end(),
                     [](const auto* a, const auto* b) { return a->year < b->year; });
    const auto* first = values.front();
    const auto* last = values.back();
    if (last->year <= first->year || first->value <= 0.0 || last->value <= 0.0) continue;
    out.push_back(
        {.scope = first->scope,
         .metric = metric,
         .how = Derivation::growth,
         .year = last->year,
         .from_year = first->year,
         .value = std::pow(last->value / first->value, 1.0 / (last->year - first->year)) - 1.0,
         .op = combined_op(*first, *last),
         .from = {first->id, last->id}});
  }
}

void ratios(const std::vector<const Indicator*>& list, const DerivedOptions& options,
            std::vector<DerivedValue>& out) {
  for (const auto& [top, bottom] : options.ratios)
    for (const auto* a : list)
      for (const auto* b : list)
        if (a->metric == top && b->metric == bottom && a->year == b->year && b->value != 0.0)
          out.push_back({.scope = a->scope,
                         .metric = std::string(top).append("/").append(bottom),
                         .how = Derivation::ratio,
                         .year = a->year,
                         .value = a->value / b->value,
                         .op = combined_op(*a, *b),
                         .from = {a->id, b->id}});
}

}  // namespace

std::vector<DerivedValue> derived_values(const PropertyGraph& graph,
                                         const DerivedOptions& options) {
  ByScope by_scope;
  for (const auto& i : graph.indicators())
    if (usable(i) && (options.scope.empty() || i.scope == options.scope))
      by_scope[i.scope].push_back(&i);
  std::vector<DerivedValue> out;
  for (const auto& [scope, list] : by_scope) {
    from_growth(list, out);
    from_share(list, out);
    growth(list, out);
    ratios(list, options, out);
  }
  if (!options.metric.empty())
    std::erase_if(out, [&](const DerivedValue& d) {
      return d.metric.find(options.metric) == std::string::npos;
    });
  return out;
}

}  // namespace innonet::planner
