#pragma once
// The `innonet` application: the global options and every subcommand registered on one CLI::App.
// main() parses argv with it and delivers the report; the Python module runs commands through
// run_arguments(), so the CLI and Python build their tables with the same code.
#include <CLI/CLI.hpp>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "tools/command.hpp"

namespace innonet::cli {

struct Application {
  Application();
  CLI::App app;
  std::shared_ptr<GlobalOptions> options = std::make_shared<GlobalOptions>();
  CLI::Option* graph = nullptr;  // --graph, to tell `--graph ""` from no --graph
  std::vector<Command> commands;
};

// std::bad_alloc thrown by a command, with what the command was doing ("running `report` on the
// built-in dataset"). A std::bad_alloc still, so whoever catches only that one catches it too.
class OutOfMemory : public std::bad_alloc {
 public:
  explicit OutOfMemory(std::string doing) : doing_(std::move(doing)) {}
  const std::string& doing() const { return doing_; }

 private:
  std::string doing_;
};

// The first word of `args` (the words after the program name) that is not an option or a global
// option's value must name a subcommand; CLI11 alone would say "A subcommand is required" for a
// typo such as `innonet raport`. UsageError (with the nearest names) otherwise.
void check_subcommand_name(const std::vector<std::string>& args, const std::vector<Command>& all);

// The report of the subcommand `application.app` parsed (call after app.parse): refuses an empty
// --graph, sets the OpenMP thread count of the calling thread when --threads was given, turns a
// command's std::bad_alloc into OutOfMemory. UsageError if no subcommand was parsed.
output::Report run_parsed(const Application& application);

// Checks the subcommand name, parses `args` (the words after the program name) and runs the
// chosen command. Throws CLI::ParseError for bad usage (--help and --version included),
// innonet::UsageError or std::invalid_argument for bad options, innonet::Error for bad input.
output::Report run_arguments(const std::vector<std::string>& args);

}  // namespace innonet::cli
