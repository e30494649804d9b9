#pragma once
// The `innonet` application: the global options and every subcommand registered on one CLI::App.
// main() parses argv with it and prints the report; the Python module runs commands through
// run_arguments(), so the CLI and Python build their tables with the same code.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tools/command.hpp"

namespace innonet::cli {

struct Application {
  Application();
  CLI::App app;
  std::shared_ptr<GlobalOptions> options = std::make_shared<GlobalOptions>();
  std::vector<Command> commands;
};

// The report of the subcommand `application.app` parsed (call after app.parse); sets the OpenMP
// thread count of the calling thread when --threads was given. UsageError if none was parsed.
output::Report run_parsed(const Application& application);

// Parses `args` (the words after the program name) and runs the chosen command. Throws
// CLI::ParseError for bad usage (--help included), innonet::Error for bad input.
output::Report run_arguments(const std::vector<std::string>& args);

}  // namespace innonet::cli
