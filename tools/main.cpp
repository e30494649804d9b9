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

// std::bad_alloc thrown by a command, with what the command was doing.
struct OutOfMemory {
  std::string doing;
};

int run(int argc, char** argv) {
  using namespace innonet;
  using innonet::UsageError;
  auto options = std::make_shared<cli::GlobalOptions>();
  CLI::App app{
      "innonet: analyse regional innovation networks (default graph: the built-in "
      "Nanjing metropolitan dataset)"};
  app.require_subcommand(1);
  app.fallthrough();
  auto* graph = app.add_option("--graph", options->graph_path,
                               "Graph file (.json native, .csv nodes file, .edges/.txt edge list, "
                               ".mtx, .inb snapshot); default: the built-in dataset");
  // A string checked by IsMember, like --merge, so help and errors list the names only
  // (TEXT:{table,json,csv}); a CheckedTransformer showed its name->enum map and took integers.
  const std::vector<std::pair<std::string, output::Format>> formats{
      {"table", output::Format::table},
      {"json", output::Format::json},
      {"csv", output::Format::csv}};
  app.add_option_function<std::string>(
         "--format",
         [options, formats](const std::string& name) {
           for (const auto& [known, format] : formats)
             if (known == name) options->format = format;
         },
         "Output format: table, json or csv")
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

  std::vector<cli::Command> commands;
  for (auto factory : cli::all_commands()) commands.push_back(factory(app, options));
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
    output::write(report, options->format, std::cout);
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
