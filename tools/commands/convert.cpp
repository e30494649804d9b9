// `innonet convert IN OUT`: read a graph file and write it in another format, both chosen by
// extension (io/graph_file.hpp). IN may also be builtin:nanjing-metro, the embedded dataset.
// Reports what was written; an OUT that is not lossless (.graphml, .gexf, .gml, .net, .nx.json,
// .dot, and the structure-only .edges, .mtx, .inb) gets a one-line note saying what it leaves out.
#include <memory>
#include <string>
#include <utility>

#include "datasets/builtin.hpp"
#include "io/graph_file.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

struct ConvertArgs {
  std::string input;
  std::string output;
  std::string to;  // a format name overriding OUT's extension
};

constexpr std::string_view kBuiltinPrefix = "builtin:";

PropertyGraph read_input(const ConvertArgs& args, const GlobalOptions& options) {
  if (options.ties_sheet) {  // `innonet --ties-sheet convert ties.xlsx graph.json`
    auto sheet_options = options;
    sheet_options.graph_path = args.input;
    return load_tie_sheet(sheet_options);
  }
  if (args.input.starts_with(kBuiltinPrefix))
    return datasets::builtin_dataset(std::string_view(args.input).substr(kBuiltinPrefix.size()));
  return io::read_graph_file(args.input);
}

output::Report run_convert(const ConvertArgs& args, const GlobalOptions& options) {
  const auto output_format =
      args.to.empty() ? io::graph_file_format(args.output) : io::graph_file_format_named(args.to);
  const PropertyGraph graph = read_input(args, options);  // the format was checked first
  io::write_graph_file(graph, args.output, output_format);
  output::Table t{"converted", "Written: " + args.output, {"records", "count"}, {}, {}};
  const std::pair<const char*, std::int64_t> rows[] = {
      {"nodes", graph.num_nodes()},
      {"edges", graph.num_edges()},
      {"groups", static_cast<std::int64_t>(graph.groups().size())},
      {"group_edges", static_cast<std::int64_t>(graph.group_edges().size())},
      {"indicators", static_cast<std::int64_t>(graph.indicators().size())}};
  for (const auto& [name, count] : rows) {
    const bool kept = io::is_lossless(output_format) || std::string_view(name) == "nodes" ||
                      std::string_view(name) == "edges";  // every format keeps these two
    t.add_row({std::string(name), kept ? output::Cell{count} : output::Cell{std::int64_t{0}}});
  }
  if (const auto lost = io::lost_in(output_format); !lost.empty()) t.notes.push_back(lost);
  output::Report report;
  report.tables.push_back(std::move(t));
  return report;
}

}  // namespace

Command add_convert(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<ConvertArgs>();
  auto* cmd = root.add_subcommand(
      "convert",
      "Convert a graph file: formats by extension (.json, .csv, .edges/.txt/.el, .mtx, .inb, "
      ".graphml, .gexf, .gml, .net, .nx.json, .dot)");
  cmd->add_option("input", args->input, "Graph file to read, or builtin:nanjing-metro")->required();
  cmd->add_option("output", args->output,
                  "File to write (X.csv writes X.nodes.csv, X.edges.csv, ... six files)")
      ->required();
  cmd->add_option("--to", args->to,
                  "Format of OUT whatever its extension: json, csv, edges, mtx, inb, graphml, "
                  "gexf, gml, pajek, node-link, dot");
  return {cmd, [args, options] { return run_convert(*args, *options); }};
}

}  // namespace innonet::cli
