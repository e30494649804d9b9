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
  bool format_given = false;    // --format was given (else --output's extension may choose it)
  int threads = 0;              // 0: OpenMP's default
  bool quiet = false;           // no progress on stderr
  bool verify_full = true;      // --verify full|structure: how much of a snapshot (.inb) to check
  bool count_loads = false;     // --count-loads: print graph_loads on stderr at the end
  mutable int graph_loads = 0;  // graphs loaded by load_graph (each command loads once)
  bool wide = false;            // aligned tables at full width (no fitting to the terminal)
  std::string output_path;      // --output: the report goes to this file (required for xlsx)
  std::string output_dir;       // --output-dir: CSV, one file per table
  bool excel = false;           // --excel: CSV starts with the UTF-8 byte-order mark
  int digits = 0;               // --digits: significant digits of doubles in CSV (0: full)
  bool ties_sheet = false;  // --ties-sheet: --graph is a planner's sheet of ties (io/tie_sheet.hpp)
  std::string ties_map;     // --map: column mapping for --ties-sheet
  std::string lang = "zh";  // --lang en: English names in tables (tools/english_names.hpp)
};

// Prints or writes a command's report as the global options ask (tools/deliver.cpp).
// max_width: columns aligned tables are fitted to (0: unlimited).
void deliver(const output::Report& report, const GlobalOptions& options, int max_width);

struct Command {
  CLI::App* app = nullptr;
  std::function<output::Report()> run;
};

using CommandFactory = Command (*)(CLI::App& root,
                                   const std::shared_ptr<const GlobalOptions>& options);

// Every subcommand, in the order `innonet --help` lists them.
std::vector<CommandFactory> all_commands();

}  // namespace innonet::cli
