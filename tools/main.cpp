// innonet: the command-line front end. Parses, runs the chosen subcommand inside one try, prints
// its report, and maps errors to exit codes: 0 ok, 1 bad input or failed run, 2 bad usage.
#include <omp.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
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
#include "tools/node_format.hpp"

#ifndef INNONET_VERSION
#define INNONET_VERSION "unknown"
#endif

namespace {

// std::bad_alloc thrown by a command, with what the command was doing.
struct OutOfMemory {
  std::string doing;
};

// Columns of the terminal tables are fitted to: the terminal's own width when stdout is one,
// else $COLUMNS, else output::kDefaultWidth (so piped output is the same everywhere).
int terminal_width() {
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40)
    return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    try {
      const int width = std::stoi(columns);
      if (width >= 40) return width;
    } catch (const std::exception&) {  // not a number: use the default
    }
  }
  return innonet::output::kDefaultWidth;
}

// The first word that is not an option (or a global option's value) must name a subcommand;
// CLI11 alone would say "A subcommand is required" for a typo such as `innonet raport`.
void check_subcommand_name(int argc, char** argv, const std::vector<innonet::cli::Command>& all) {
  const std::vector<std::string> with_value = {"--graph",  "--format",     "--threads", "--verify",
                                               "--output", "--output-dir", "--digits",  "--map"};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
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
    throw innonet::UsageError(innonet::cli::unknown_id_message(known, arg, "command") +
                              " (innonet --help lists the commands)");
  }
}

int run(int argc, char** argv) {
  using namespace innonet;
  using innonet::UsageError;
  auto options = std::make_shared<cli::GlobalOptions>();
  CLI::App app{
      "innonet: analyse regional innovation networks (default graph: the built-in "
      "Nanjing metropolitan dataset)"};
  app.require_subcommand(1);
  // Every option's --help line shows its default value (subcommands inherit this).
  app.option_defaults()->always_capture_default();
  app.fallthrough();
  auto* graph = app.add_option(
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
         [options, formats](const std::string& name) {
           for (const auto& [known, format] : formats)
             if (known == name) options->format = format;
         },
         "Output format: table, json, csv or xlsx (xlsx needs --output FILE.xlsx)")
      ->transform(CLI::IsMember(formats, CLI::ignore_case));
  app.add_option("--threads", options->threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_option_function<std::string>(
         "--verify", [options](const std::string& how) { options->verify_full = how == "full"; },
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
  app.set_version_flag("--version", std::string("innonet ") + INNONET_VERSION);

  std::vector<cli::Command> commands;
  for (auto factory : cli::all_commands()) commands.push_back(factory(app, options));
  check_subcommand_name(argc, argv, commands);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);  // --help prints and returns 0; usage errors return non-zero
  }
  if (graph->count() > 0 && options->graph_path.empty())
    throw UsageError(
        "--graph: expected a file name, found an empty string (leave --graph out "
        "for the built-in dataset)");
  if (options->threads > 0) omp_set_num_threads(options->threads);
  for (const auto& command : commands) {
    if (!command.app->parsed()) continue;
    output::Report report;
    try {
      report = command.run();
    } catch (const std::bad_alloc&) {
      throw OutOfMemory{"running `" + command.app->get_name() + "` on " +
                        (options->graph_path.empty() ? std::string("the built-in dataset")
                                                     : "the graph " + options->graph_path)};
    }
    if (options->count_loads) std::cerr << "innonet: graph loads: " << options->graph_loads << "\n";
    cli::deliver(report, *options, options->wide ? 0 : terminal_width());
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
  } catch (const OutOfMemory& e) {
    std::cerr << "innonet: out of memory while " << e.doing << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "innonet: out of memory while parsing the command line\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 1;
  }
}
