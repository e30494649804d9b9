// `innonet compare --years A B`: what changed in the network between two years. A tie counts
// from the year it carries onwards (the network "as of" a year is every tie dated up to it);
// undated ties are in both and reported apart. At --level L the comparison is between places.
// --attributes compares the nodes' dated attributes instead (a status, level or designation
// recorded as BASE_YYYY: tools/dated_attributes.hpp): what each was as of the two years.
#include <map>

#include "engine/error.hpp"
#include "engine/rollup.hpp"
#include "tools/command.hpp"
#include "tools/dated_attributes.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

struct CompareArgs {
  std::vector<std::int32_t> years;
  std::string level = "city";
  bool attributes = false;
};

Selection as_of(Selection selection, std::int32_t year) {
  selection.year_from.reset();
  selection.year_to = year;
  selection.yearless = YearlessEdges::include;
  return selection;
}

output::Table kinds_table(const PropertyGraph& graph, const Selection& base, std::int32_t a,
                          std::int32_t b) {
  output::Table t{.name = "kinds",
                  .title = "Ties by kind, as of each year",
                  .columns = {"kind", "as_of_" + std::to_string(a), "as_of_" + std::to_string(b),
                              "change", "undated"}};
  std::map<std::string, std::array<std::int64_t, 3>> counts;
  const EdgeFilter at_a(graph, as_of(base, a)), at_b(graph, as_of(base, b)), any_year(graph, base);
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const auto ref = static_cast<EdgeRef>(e);
    const auto& kind = graph.kind_name(graph.edge(ref).kind);
    auto& c = counts[kind];
    c[0] += at_a.keeps(ref);
    c[1] += at_b.keeps(ref);
    c[2] += graph.edge(ref).year == kNoYear && any_year.keeps(ref);
  }
  for (const auto& [kind, c] : counts) t.add_row({kind, c[0], c[1], c[1] - c[0], c[2]});
  return t;
}

output::Table pairs_table(const PropertyGraph& graph, const Selection& base, std::int32_t a,
                          std::int32_t b, const std::string& level) {
  output::Table t{.name = "pairs",
                  .title = "Place pairs whose ties changed (" + level + " level)",
                  .columns = {"source", "target", "as_of_" + std::to_string(a),
                              "as_of_" + std::to_string(b), "change"}};
  std::map<std::pair<NodeRef, NodeRef>, std::array<std::int64_t, 2>> counts;
  for (int side = 0; side < 2; ++side) {
    Selection s = as_of(base, side == 0 ? a : b);
    s.direction = ProjectedDirection::undirected;
    for (const auto& pair : rollup(graph, s, level).pairs)
      counts[{pair.source, pair.target}][side] += pair.edge_count;
  }
  for (const auto& [key, c] : counts)
    if (c[0] != c[1])
      t.add_row(
          {node_label(graph, key.first), node_label(graph, key.second), c[0], c[1], c[1] - c[0]});
  if (t.rows.empty()) t.notes.emplace_back("no place pair changed between the two years");
  return t;
}

output::Table attributes_table(const PropertyGraph& graph, std::int32_t a, std::int32_t b) {
  const std::string as_a = "as_of_" + std::to_string(a), as_b = "as_of_" + std::to_string(b);
  output::Table t{.name = "attributes",
                  .title = "Dated attributes that changed between " + std::to_string(a) + " and " +
                           std::to_string(b),
                  .columns = {"id", "name", "attribute", as_a, as_b, "change", "recorded_in"}};
  for (const auto& c : dated_attribute_changes(graph, a, b)) {
    const Node& node = graph.node(c.node);
    t.add_row(
        {node.id, node.name, c.base, c.year_a ? output::Cell(c.value_a) : output::Cell(), c.value_b,
         std::string(c.change == AttributeChange::recorded ? "recorded" : "changed"),
         (c.year_a ? std::to_string(*c.year_a) + "," : std::string()) + std::to_string(c.year_b)});
  }
  t.notes.push_back(
      "an attribute BASE_YYYY records BASE in YYYY; BASE as of a year is the latest "
      "BASE_YYYY up to it; recorded_in: the years YYYY read. recorded: nothing as of " +
      std::to_string(a) + "; changed: a different value");
  t.notes.push_back(std::to_string(nodes_with_dated_attributes(graph)) + " of " +
                    std::to_string(graph.num_nodes()) + " nodes carry a dated attribute");
  return t;
}

}  // namespace

Command add_compare(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand("compare", "What changed in the network between two years");
  auto args = std::make_shared<CompareArgs>();
  cmd->add_option("--years", args->years, "Two years, e.g. --years 2020 2024")
      ->expected(2)
      ->required();
  cmd->add_option("--level", args->level, "Compare places of this node type (default city)");
  cmd->add_flag("--attributes", args->attributes,
                "Compare the nodes' dated attributes (level_2021, level_2025...) instead of ties");
  auto selection = add_selection_options(*cmd);
  return {cmd, [=] {
            const GraphSource source = load_graph(*options);
            const PropertyGraph& graph = source.properties();
            const auto a = args->years.at(0), b = args->years.at(1);
            if (a < kMinYear || b > kMaxYear || a >= b)
              throw UsageError("--years needs two increasing years between " +
                               std::to_string(kMinYear) + " and " + std::to_string(kMaxYear));
            output::Report report;
            if (args->attributes) {
              report.tables.push_back(attributes_table(graph, a, b));
              return report;
            }
            const Selection base = selection->to_selection(graph);
            report.tables.push_back(kinds_table(graph, base, a, b));
            report.tables.push_back(pairs_table(graph, base, a, b, args->level));
            std::int64_t dated = 0;
            for (const auto& e : graph.edges()) dated += e.year != kNoYear;
            report.tables.front().notes.push_back(
                std::to_string(dated) + " of " + std::to_string(graph.num_edges()) +
                " ties carry a year; undated ties count in both years");
            return report;
          }};
}

}  // namespace innonet::cli
