// `innonet indicators [--scope S] [--metric M]`: planning targets beside their baseline and the
// latest actual, with attainment, progress and the projection at the observed growth rate
// (algorithms/planner/targets.hpp); --values lists the raw indicator values too; --derived the
// numbers implied by them (algorithms/planner/derived.hpp), each with the records it came from.
#include <algorithm>
#include <cmath>

#include "algorithms/planner/derived.hpp"
#include "algorithms/planner/targets.hpp"
#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"
#include "tools/planner_words.hpp"

namespace innonet::cli {
namespace {

struct IndicatorArgs {
  std::string scope;
  std::string metric;
  std::optional<std::int32_t> target_year;
  bool values = false;
  bool derived = false;
  std::vector<std::string> ratios;  // "A/B"
};

output::Cell optional_cell(const std::optional<double>& v) {
  return v ? output::Cell{*v} : output::Cell{};
}

output::Table targets_table(const std::vector<planner::TargetProgress>& rows) {
  output::Table t{
      .name = "targets",
      .title = "Targets: attainment, progress from the baseline, projection at the observed pace",
      .columns = {"scope", "metric", "name", "unit", "baseline_year", "baseline_op", "baseline",
                  "latest_year", "latest_op", "latest", "target_year", "target_op", "target",
                  "attainment", "progress", "growth_per_year", "projected", "on_track", "note"}};
  for (const auto& r : rows) {
    t.add_row({r.scope, r.metric, r.metric_name, r.unit,
               r.baseline ? year_cell(r.baseline->year) : output::Cell{},
               r.baseline ? output::Cell{r.baseline->op} : output::Cell{},
               r.baseline ? output::Cell{r.baseline->value} : output::Cell{},
               r.latest ? year_cell(r.latest->year) : output::Cell{},
               r.latest ? output::Cell{r.latest->op} : output::Cell{},
               r.latest ? output::Cell{r.latest->value} : output::Cell{}, year_cell(r.target.year),
               r.target.op,
               r.target_text.empty() ? output::Cell{r.target.value} : output::Cell{r.target_text},
               optional_cell(r.attainment), optional_cell(r.progress),
               optional_cell(r.growth_per_year), optional_cell(r.projected),
               r.on_track ? output::Cell{std::string(*r.on_track ? "yes" : "no")} : output::Cell{},
               target_gap_text(r.gap)});
  }
  t.notes.emplace_back(
      "attainment = latest / target (the share of the target reached); progress = (latest - "
      "baseline) / (target - baseline) (the share of the way from the baseline covered; empty "
      "when nothing was measured after the baseline); growth = compound annual rate baseline -> "
      "latest; projected = latest x (1 + growth)^(years to the target)");
  t.notes.emplace_back(
      "baseline = the target document's own latest value before the target year; latest = the "
      "most recent actual from any document; ops (>, ~) are the sources' own qualifiers");
  return t;
}

output::Table values_table(const PropertyGraph& graph, const IndicatorArgs& args) {
  output::Table t{
      .name = "indicators",
      .title = "Indicator values",
      .columns = {"id", "scope", "metric", "name", "year", "kind", "op", "value", "unit", "note"}};
  for (const auto& i : graph.indicators()) {
    if ((!args.scope.empty() && i.scope != args.scope) ||
        (!args.metric.empty() && i.metric != args.metric))
      continue;
    t.add_row({i.id, i.scope, i.metric, i.metric_name, year_cell(i.year), i.kind, i.op,
               i.value_text.empty() ? output::Cell{i.value} : output::Cell{i.value_text}, i.unit,
               i.note});
  }
  return t;
}

std::string derivation_text(const planner::DerivedValue& d, const PropertyGraph& graph) {
  const auto name = [&](const std::string& id) {
    for (const auto& i : graph.indicators())
      if (i.id == id)
        return i.metric + " " + std::to_string(i.year) + " " + (i.op == "=" ? "" : i.op + " ") +
               output::format_number(i.value, 6) + " " + i.unit + " (" + id + ")";
    return id;
  };
  const std::string a = name(d.from[0]), b = d.from.size() > 1 ? name(d.from[1]) : "";
  switch (d.how) {
    case planner::Derivation::base_from_growth:
      return "value before a year of growth: " + a + " / (1 + " + b + " / 100)";
    case planner::Derivation::total_from_share:
      return "total implied by a share: " + a + " / (" + b + " / 100)";
    case planner::Derivation::growth: return "compound annual growth from " + a + " to " + b;
    case planner::Derivation::ratio: return "ratio: " + a + " / " + b;
  }
  return "";
}

output::Table derived_table(const PropertyGraph& graph, const IndicatorArgs& args) {
  planner::DerivedOptions options{.scope = args.scope, .metric = args.metric};
  for (const auto& spec : args.ratios) {
    const auto slash = spec.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == spec.size())
      throw UsageError("--ratio: expected METRIC/METRIC, found '" + spec + "'");
    options.ratios.emplace_back(spec.substr(0, slash), spec.substr(slash + 1));
  }
  output::Table t{.name = "derived",
                  .title = "Derived values, each from the records it names",
                  .columns = {"scope", "metric", "derivation", "year", "from_year", "op", "value",
                              "from", "formula"}};
  const char* names[] = {"base_from_growth", "total_from_share", "growth", "ratio"};
  for (const auto& d : planner::derived_values(graph, options)) {
    std::string from;
    for (const auto& id : d.from) from += (from.empty() ? "" : ",") + id;
    t.add_row({d.scope, d.metric, std::string(names[static_cast<int>(d.how)]), year_cell(d.year),
               year_cell(d.from_year), d.op, d.value, from, derivation_text(d, graph)});
  }
  t.notes.emplace_back(
      "growth is a fraction per year; total_from_share names the whole as PART@WHOLE; op ~ when "
      "an input is approximate or qualified (> or ~) in its source");
  return t;
}

void check_metric(const PropertyGraph& graph, const std::string& metric) {
  if (metric.empty()) return;
  std::vector<std::string_view> known;
  for (const auto& i : graph.indicators())
    if (std::find(known.begin(), known.end(), i.metric) == known.end()) known.push_back(i.metric);
  if (std::find(known.begin(), known.end(), metric) == known.end())
    throw UsageError(unknown_id_message(known, metric, "indicator metric") +
                     " (innonet indicators --values lists them)");
}

}  // namespace

Command add_indicators(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "indicators", "Targets with baseline, latest actual, attainment, progress and projection");
  auto args = std::make_shared<IndicatorArgs>();
  cmd->add_option("--scope", args->scope,
                  "Node or group id (e.g. nanjing, nanjing_metro); default: every scope");
  cmd->add_option("--metric", args->metric, "Indicator metric (e.g. hte_count); default: all");
  cmd->add_option("--target-year", args->target_year, "Only targets for this year; default: all");
  cmd->add_flag("--values", args->values, "Also list every matching indicator value (default off)");
  cmd->add_flag("--derived", args->derived,
                "Also derive base-year values from growth rates, totals from shares and growth "
                "between years (default off)");
  cmd->add_option("--ratio", args->ratios,
                  "With --derived: also NUMERATOR/DENOMINATOR metrics, e.g. "
                  "tech_contract_value_out/tech_contracts_out (repeatable)");
  return {
      cmd, [=] {
        const GraphSource source = load_graph(*options);
        const PropertyGraph& graph = source.properties();
        if (!args->scope.empty() && !graph.find_node(args->scope) && !graph.find_group(args->scope))
          throw UsageError(unknown_id_message(all_ids(graph), args->scope, "scope"));
        check_metric(graph, args->metric);
        output::Report report;
        report.tables.push_back(targets_table(planner::target_progress(
            graph,
            {.scope = args->scope, .metric = args->metric, .target_year = args->target_year})));
        if (report.tables.back().rows.empty()) {
          std::int64_t values = 0;
          for (const auto& i : graph.indicators())
            values += (args->scope.empty() || i.scope == args->scope) &&
                      (args->metric.empty() || i.metric == args->metric);
          report.tables.back().notes.insert(
              report.tables.back().notes.begin(),
              "no target matches; " + std::to_string(values) +
                  (values == 1 ? " indicator value does" : " indicator values do") +
                  ": add --values to list them, --derived for the numbers "
                  "they imply");
        }
        if (args->values) report.tables.push_back(values_table(graph, *args));
        if (args->derived || !args->ratios.empty())
          report.tables.push_back(derived_table(graph, *args));
        return report;
      }};
}

}  // namespace innonet::cli
