// `innonet indicators [--scope S] [--metric M]`: planning targets beside their baseline and the
// latest actual, with progress and the projection at the observed growth rate
// (algorithms/planner/targets.hpp); --values lists the raw indicator values too.
#include <cmath>

#include "algorithms/planner/targets.hpp"
#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

struct IndicatorArgs {
  std::string scope;
  std::string metric;
  std::optional<std::int32_t> target_year;
  bool values = false;
};

output::Cell optional_cell(const std::optional<double>& v) {
  return v ? output::Cell{*v} : output::Cell{};
}

output::Table targets_table(const std::vector<planner::TargetProgress>& rows) {
  output::Table t{
      .name = "targets",
      .title = "Targets: progress from the baseline and projection at the observed pace",
      .columns = {"scope", "metric", "name", "unit", "baseline_year", "baseline", "latest_year",
                  "latest", "latest_op", "target_year", "target", "target_op", "progress",
                  "growth_per_year", "projected", "on_track", "note"}};
  for (const auto& r : rows) {
    t.add_row({r.scope, r.metric, r.metric_name, r.unit,
               r.baseline ? year_cell(r.baseline->year) : output::Cell{},
               r.baseline ? output::Cell{r.baseline->value} : output::Cell{},
               r.latest ? year_cell(r.latest->year) : output::Cell{},
               r.latest ? output::Cell{r.latest->value} : output::Cell{},
               r.latest ? output::Cell{r.latest->op} : output::Cell{}, year_cell(r.target.year),
               r.target_text.empty() ? output::Cell{r.target.value} : output::Cell{r.target_text},
               r.target.op, optional_cell(r.progress), optional_cell(r.growth_per_year),
               optional_cell(r.projected),
               r.on_track ? output::Cell{std::string(*r.on_track ? "yes" : "no")} : output::Cell{},
               r.explanation});
  }
  t.notes.push_back(
      "progress = (latest - baseline) / (target - baseline); growth = compound "
      "annual rate baseline -> latest; projected = latest x (1 + growth)^(years to "
      "the target)");
  t.notes.push_back(
      "baseline = the target document's own latest value before the target year; "
      "latest = the most recent actual from any document");
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

}  // namespace

Command add_indicators(CLI::App& root, std::shared_ptr<const GlobalOptions> options) {
  auto* cmd = root.add_subcommand("indicators",
                                  "Targets with baseline, latest actual, progress and projection");
  auto args = std::make_shared<IndicatorArgs>();
  cmd->add_option("--scope", args->scope, "Node or group id (e.g. nanjing, nanjing_metro)");
  cmd->add_option("--metric", args->metric, "Indicator metric (e.g. hte_count)");
  cmd->add_option("--target-year", args->target_year, "Only targets for this year");
  cmd->add_flag("--values", args->values, "Also list every matching indicator value");
  return {
      cmd, [=] {
        const GraphSource source = load_graph(*options);
        const PropertyGraph& graph = source.properties();
        if (!args->scope.empty() && !graph.find_node(args->scope) && !graph.find_group(args->scope))
          throw UsageError(unknown_id_message(all_ids(graph), args->scope, "scope"));
        output::Report report;
        report.tables.push_back(targets_table(planner::target_progress(
            graph,
            {.scope = args->scope, .metric = args->metric, .target_year = args->target_year})));
        if (args->values) report.tables.push_back(values_table(graph, *args));
        return report;
      }};
}

}  // namespace innonet::cli
