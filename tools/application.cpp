#include "tools/application.hpp"

#include <omp.h>

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <utility>

#include "engine/error.hpp"
#include "tools/node_format.hpp"

#ifndef INNONET_VERSION
#define INNONET_VERSION "unknown"
#endif

namespace innonet::cli {

Application::Application()
    : app("innonet: analyse regional innovation networks (default graph: the built-in "
          "Nanjing metropolitan dataset)") {
  app.require_subcommand(1);
  // Every option's --help line shows its default value (subcommands inherit this).
  app.option_defaults()->always_capture_default();
  app.fallthrough();
  graph = app.add_option(
      "--graph", options->graph_path,
      "Graph file (.json native, .csv nodes file, .edges/.txt edge list, .mtx, .inb snapshot, "
      ".graphml, .gexf, .gml, .net Pajek, .nx.json NetworkX node-link); default: the built-in "
      "dataset");
  // A string checked by IsMember, like --merge, so help and errors list the names only
  // (TEXT:{table,json,csv}); a CheckedTransformer showed its name->enum map and took integers.
  const std::vector<std::pair<std::string, output::Format>> formats{
      {"table", output::Format::table},
      {"json", output::Format::json},
      {"csv", output::Format::csv},
      {"xlsx", output::Format::xlsx}};
  app.add_option_function<std::string>(
         "--format",
         [options = options, formats](const std::string& name) {
           for (const auto& [known, format] : formats)
             if (known == name) options->format = format;
           options->format_given = true;
         },
         "Output format: table, json, csv or xlsx (xlsx needs --output FILE.xlsx); default: "
         "from --output's extension (.xlsx, .csv, .json), else table")
      ->transform(CLI::IsMember(formats, CLI::ignore_case));
  app.add_option("--threads", options->threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_option_function<std::string>(
         "--verify",
         [options = options](const std::string& how) { options->verify_full = how == "full"; },
         "Snapshot (.inb) checks: full (default: sorted rows, in-rows the transpose, symmetric "
         "undirected rows) or structure (offsets and ids in range only, for trusted files)")
      ->check(CLI::IsMember({"full", "structure"}));
  app.add_flag("--quiet", options->quiet, "No progress messages on stderr");
  // For the tests that check each command loads its graph once; not listed in --help.
  app.add_flag("--count-loads", options->count_loads, "Print the number of graph loads")->group("");
  app.add_flag("--wide", options->wide,
               "Tables at full width: no wrapping, no columns left out (default: fit the "
               "terminal, 120 columns when output is not a terminal)");
  app.add_option("--output", options->output_path,
                 "Write the report to this file (written whole or not at all)");
  app.add_option("--output-dir", options->output_dir,
                 "With --format csv: one file per table in this folder (<table>.csv, notes.csv)");
  app.add_flag("--excel", options->excel,
               "With --format csv: start with the UTF-8 byte-order mark so Excel shows Chinese");
  app.add_option("--digits", options->digits,
                 "Significant digits of decimal numbers in CSV (default: full precision)")
      ->check(CLI::Range(1, 17));
  app.add_flag("--ties-sheet", options->ties_sheet,
               "--graph is a sheet of ties (.csv in UTF-8 or GBK, or .xlsx) whose endpoints are "
               "names; see --map");
  app.add_option(
      "--map", options->ties_map,
      "With --ties-sheet: columns, e.g. source=甲方,target=乙方,kind=合作类型,year=年份");
  app.add_option("--lang", options->lang,
                 "Names in tables: zh (the data's own names) or en (English names, the id where "
                 "a node has none)")
      ->check(CLI::IsMember({"zh", "en"}));
  app.set_version_flag("--version", std::string("innonet ") + INNONET_VERSION);

  const auto factories = all_commands();
  commands.reserve(factories.size());
  for (auto factory : factories) commands.push_back(factory(app, options));
}

void check_subcommand_name(const std::vector<std::string>& args, const std::vector<Command>& all) {
  const std::vector<std::string> with_value = {"--graph",  "--format", "--threads",
                                               "--verify", "--output", "--output-dir",
                                               "--digits", "--map",    "--lang"};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") return;
    if (!arg.empty() && arg[0] == '-') {
      if (std::find(with_value.begin(), with_value.end(), arg) != with_value.end()) ++i;
      continue;
    }
    std::vector<std::string> names;
    names.reserve(all.size());
    for (const auto& command : all) names.push_back(command.app->get_name());
    if (std::find(names.begin(), names.end(), arg) != names.end()) return;
    const std::vector<std::string_view> known(names.begin(), names.end());
    std::string message = unknown_id_message(known, arg, "command");
    message += " (innonet --help lists the commands)";
    throw UsageError(message);
  }
}

namespace {

std::string lowercase_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension;
}

// --output FILE.xlsx (.csv, .json) without --format writes that format, as a spreadsheet user
// expects; --format table or json with an .xlsx file is refused, since a text file named .xlsx
// would not open in Excel.
void choose_format_from_output(GlobalOptions& options) {
  const std::string extension = lowercase_extension(options.output_path);
  if (!options.format_given) {
    if (extension == ".xlsx") options.format = output::Format::xlsx;
    if (extension == ".csv") options.format = output::Format::csv;
    if (extension == ".json") options.format = output::Format::json;
  } else if (extension == ".xlsx" && options.format != output::Format::xlsx) {
    throw UsageError("--output " + options.output_path +
                     ": an .xlsx file is a workbook; use --format xlsx, or leave --format out");
  }
}

}  // namespace

output::Report run_parsed(const Application& application) {
  choose_format_from_output(*application.options);
  const GlobalOptions& options = *application.options;
  if (application.graph->count() > 0 && options.graph_path.empty())
    throw UsageError(
        "--graph: expected a file name, found an empty string (leave --graph out "
        "for the built-in dataset)");
  if (options.threads > 0) omp_set_num_threads(options.threads);
  for (const auto& command : application.commands) {
    if (!command.app->parsed()) continue;
    try {
      return command.run();
    } catch (const OutOfMemory&) {
      throw;
    } catch (const std::bad_alloc&) {
      std::string doing = "running `";
      doing += command.app->get_name();
      doing += "` on ";
      if (options.graph_path.empty()) {
        doing += "the built-in dataset";
      } else {
        doing += "the graph ";
        doing += options.graph_path;
      }
      throw OutOfMemory(std::move(doing));
    }
  }
  throw UsageError("no subcommand given");
}

output::Report run_arguments(const std::vector<std::string>& args) {
  Application application;
  check_subcommand_name(args, application.commands);
  // CLI11 takes arguments in reverse order when given a vector.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  application.app.parse(reversed);
  return run_parsed(application);
}

}  // namespace innonet::cli
