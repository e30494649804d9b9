#include "tools/graph_source.hpp"

#include <charconv>
#include <iostream>
#include <map>
#include <string_view>

#include "datasets/builtin.hpp"
#include "engine/error.hpp"
#include "io/graph_file.hpp"
#include "io/tie_sheet.hpp"
#include "tools/english_names.hpp"

namespace innonet::cli {
namespace {

std::int32_t parse_year(std::string_view text, const std::string& whole) {
  std::int32_t year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || error != std::errc() || end != text.data() + text.size())
    throw UsageError("--years: expected YEAR, FROM..TO, FROM.. or ..TO, found '" + whole + "'");
  if (year < kMinYear || year > kMaxYear)
    throw UsageError("--years: year " + std::string(text) + " outside " + std::to_string(kMinYear) +
                     ".." + std::to_string(kMaxYear));
  return year;
}

}  // namespace

PropertyGraph load_tie_sheet(const GlobalOptions& options) {
  if (options.graph_path.empty())
    throw UsageError("--ties-sheet reads the sheet named by --graph FILE (.csv or .xlsx)");
  auto sheet =
      io::read_tie_sheet(options.graph_path, {.columns = io::parse_tie_columns(options.ties_map)});
  // Skipped rows are always shown (even with --quiet): nothing is dropped silently.
  for (const auto& row : sheet.skipped)
    std::cerr << "innonet: " << options.graph_path << ": row " << row.row
              << " skipped: " << row.reason << "\n";
  if (!options.quiet)
    for (const auto& note : sheet.notes) std::cerr << "innonet: note: " << note << "\n";
  return std::move(sheet.graph);
}

namespace {

GraphSource named(PropertyGraph graph, const GlobalOptions& options) {
  if (options.lang == "en") return GraphSource(with_english_names(graph));
  return GraphSource(std::move(graph));
}

}  // namespace

GraphSource load_graph(const GlobalOptions& options) {
  ++options.graph_loads;
  if (options.ties_sheet) return named(load_tie_sheet(options), options);
  if (!options.ties_map.empty()) throw UsageError("--map needs --ties-sheet");
  if (options.graph_path.empty()) return named(datasets::builtin_dataset(), options);
  const auto& path = options.graph_path;
  const io::StructureReadOptions read{.verify = options.verify_full ? io::Verify::full
                                                                    : io::Verify::structure};
  if (io::is_structural(io::graph_file_format(path)))
    return GraphSource(io::read_structure_file(path, read));  // ids only: no names to translate
  return named(io::read_graph_file(path), options);
}

Selection SelectionArgs::to_selection(const PropertyGraph& graph) const {
  Selection s = to_selection();
  if (!s.year_from && !s.year_to) return s;
  std::int64_t dated = 0, matching = 0;
  for (const auto& e : graph.edges()) {
    if (e.year == kNoYear) continue;
    ++dated;
    matching += (!s.year_from || e.year >= *s.year_from) && (!s.year_to || e.year <= *s.year_to);
  }
  if (matching == 0)
    std::cerr << "innonet: note: --year/--years " << years << " matches no dated tie ("
              << graph.num_edges() - dated << " of " << graph.num_edges() << " ties have no year, "
              << dated << " dated ties fall outside); "
              << (s.yearless == YearlessEdges::include
                      ? "ties without a year are kept, so the filter changes nothing\n"
                      : "no tie is left\n");
  return s;
}

Selection SelectionArgs::to_selection() const {
  Selection s;
  s.kinds = kinds;
  s.evidence = evidence;
  s.node_types = node_types;
  if (!years.empty()) {
    const auto dots = years.find("..");
    if (dots == std::string::npos) {
      s.year_from = s.year_to = parse_year(years, years);
    } else {
      const std::string_view text(years);
      if (dots > 0) s.year_from = parse_year(text.substr(0, dots), years);
      if (dots + 2 < years.size()) s.year_to = parse_year(text.substr(dots + 2), years);
      if (!s.year_from && !s.year_to)
        throw UsageError("--years: expected YEAR, FROM..TO, FROM.. or ..TO, found '..'");
      if (s.year_from && s.year_to && *s.year_from > *s.year_to)
        throw UsageError("--years: " + years + " is empty (FROM is after TO)");
    }
  }
  s.direction = undirected ? ProjectedDirection::undirected : ProjectedDirection::as_stored;
  static const std::map<std::string, MergeRule, std::less<>> kRules{{"sum", MergeRule::sum},
                                                                    {"count", MergeRule::count},
                                                                    {"max", MergeRule::max},
                                                                    {"min", MergeRule::min}};
  const auto rule = kRules.find(merge);
  if (rule == kRules.end())
    throw UsageError("--merge: expected sum, count, max or min, found '" + merge + "'");
  s.merge = rule->second;
  return s;
}

std::shared_ptr<SelectionArgs> add_selection_options(CLI::App& command) {
  auto args = std::make_shared<SelectionArgs>();
  command.add_option("--kinds", args->kinds, "Edge kinds to keep (comma-separated or repeated)")
      ->delimiter(',');
  command.add_option("--evidence", args->evidence, "Evidence grades to keep (stated, implied)")
      ->delimiter(',');
  command.add_option("--types", args->node_types, "Node types to keep (comma-separated)")
      ->delimiter(',');
  // A command may own a year option of its own (compare takes two years); then the shared year
  // filter is left out rather than clashing with it.
  if (command.get_option_no_throw("--years") == nullptr &&
      command.get_option_no_throw("--year") == nullptr) {
    auto* year = command.add_option("--year", args->years,
                                    "Only edges of this year (edges without a year are kept)");
    command.add_option("--years", args->years, "Year range FROM..TO (either end may be left open)")
        ->excludes(year);
  }
  command.add_flag("--undirected", args->undirected, "Treat every edge as undirected");
  command.add_option("--merge", args->merge, "Parallel edges: sum, count, max or min")
      ->check(CLI::IsMember({"sum", "count", "max", "min"}));
  return args;
}

std::string node_label(const PropertyGraph& graph, NodeRef node) {
  const Node& n = graph.node(node);
  return n.name.empty() ? n.id : n.name + " (" + n.id + ")";
}

}  // namespace innonet::cli
