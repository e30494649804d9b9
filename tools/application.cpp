#include "tools/application.hpp"

#include <omp.h>

#include <algorithm>
#include <utility>

#include "engine/error.hpp"

namespace innonet::cli {

Application::Application()
    : app("innonet: analyse regional innovation networks (default graph: the built-in "
          "Nanjing metropolitan dataset)") {
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--graph", options->graph_path,
                 "Graph file (.json native, .csv nodes file, .edges/.txt edge list, .mtx, .inb "
                 "snapshot); default: the built-in dataset");
  // A string checked by IsMember, like --merge, so help and errors list the names only
  // (TEXT:{table,json,csv}); a CheckedTransformer showed its name->enum map and took integers.
  const std::vector<std::pair<std::string, output::Format>> formats{
      {"table", output::Format::table},
      {"json", output::Format::json},
      {"csv", output::Format::csv}};
  app.add_option_function<std::string>(
         "--format",
         [options = options, formats](const std::string& name) {
           for (const auto& [known, format] : formats)
             if (known == name) options->format = format;
         },
         "Output format: table, json or csv")
      ->transform(CLI::IsMember(formats, CLI::ignore_case));
  app.add_option("--threads", options->threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--quiet", options->quiet, "No progress messages on stderr");
  for (auto factory : all_commands()) commands.push_back(factory(app, options));
}

output::Report run_parsed(const Application& application) {
  if (application.options->threads > 0) omp_set_num_threads(application.options->threads);
  for (const auto& command : application.commands)
    if (command.app->parsed()) return command.run();
  throw UsageError("no subcommand given");
}

output::Report run_arguments(const std::vector<std::string>& args) {
  Application application;
  // CLI11 takes arguments in reverse order when given a vector.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  application.app.parse(reversed);
  return run_parsed(application);
}

}  // namespace innonet::cli
