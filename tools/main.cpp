// innonet: the command-line front end. Parses, runs the chosen subcommand inside one try, prints
// its report, and maps errors to exit codes: 0 ok, 1 bad input or failed run, 2 bad usage.
#include <omp.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "tools/command.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace innonet;
  auto options = std::make_shared<cli::GlobalOptions>();
  CLI::App app{
      "innonet: analyse regional innovation networks (default graph: the built-in "
      "Nanjing metropolitan dataset)"};
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--graph", options->graph_path,
                 "Graph file (.json native, .csv nodes file, .edges/.txt edge list, .mtx, .inb "
                 "snapshot, .graphml, .gexf, .gml, .net Pajek, .nx.json NetworkX node-link); "
                 "default: the built-in dataset");
  // A string checked by IsMember, like --merge, so help and errors list the names only
  // (TEXT:{table,json,csv}); a CheckedTransformer showed its name->enum map and took integers.
  const std::vector<std::pair<std::string, output::Format>> formats{
      {"table", output::Format::table},
      {"json", output::Format::json},
      {"csv", output::Format::csv},
      {"xlsx", output::Format::xlsx}};
  app.add_option_function<std::string>(
         "--format",
         [options, formats](const std::string& name) {
           for (const auto& [known, format] : formats)
             if (known == name) options->format = format;
         },
         "Output format: table, json, csv or xlsx (xlsx needs --output FILE.xlsx)")
      ->transform(CLI::IsMember(formats, CLI::ignore_case));
  app.add_option("--threads", options->threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--quiet", options->quiet, "No progress messages on stderr");
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

  std::vector<cli::Command> commands;
  for (auto factory : cli::all_commands()) commands.push_back(factory(app, options));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);  // --help prints and returns 0; usage errors return non-zero
  }
  if (options->threads > 0) omp_set_num_threads(options->threads);
  for (const auto& command : commands) {
    if (!command.app->parsed()) continue;
    const auto report = command.run();
    cli::deliver(report, *options);
    return report.exit_code;
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const int code = run(argc, argv);
    return code == 0 ? 0 : (code == 1 ? 1 : 2);
  } catch (const innonet::UsageError& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 2;
  } catch (const std::invalid_argument& e) {
    std::cerr << "innonet: invalid argument: " << e.what() << "\n";
    return 2;
  } catch (const innonet::Error& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "innonet: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 1;
  }
}
