#pragma once
// What every subcommand shares: the global options and the shape of a registered command.
// Each subcommand lives in tools/commands/<name>.cpp and is listed in tools/commands/registry.cpp.
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tools/output/table.hpp"

namespace innonet::cli {

struct GlobalOptions {
  std::string graph_path;  // empty: the built-in nanjing-metro dataset
  output::Format format = output::Format::table;
  int threads = 0;          // 0: OpenMP's default
  bool quiet = false;       // no progress on stderr
  std::string output_path;  // --output: the report goes to this file (required for xlsx)
  std::string output_dir;   // --output-dir: CSV, one file per table
  bool excel = false;       // --excel: CSV starts with the UTF-8 byte-order mark
  int digits = 0;           // --digits: significant digits of doubles in CSV (0: full)
  bool ties_sheet = false;  // --ties-sheet: --graph is a planner's sheet of ties (io/tie_sheet.hpp)
  std::string ties_map;     // --map: column mapping for --ties-sheet
};

// Prints or writes a command's report as the global options ask (tools/deliver.cpp).
void deliver(const output::Report& report, const GlobalOptions& options);

struct Command {
  CLI::App* app = nullptr;
  std::function<output::Report()> run;
};

using CommandFactory = Command (*)(CLI::App& root, std::shared_ptr<const GlobalOptions> options);

// Every subcommand, in the order `innonet --help` lists them.
std::vector<CommandFactory> all_commands();

}  // namespace innonet::cli
