// The list of subcommands. Each tools/commands/<name>.cpp defines one factory; declare it here and
// add it to the list (one line each).
#include "tools/command.hpp"

namespace innonet::cli {

// Factories, defined in tools/commands/<name>.cpp:
// (add `Command add_<name>(CLI::App& root, std::shared_ptr<const GlobalOptions> options);`)

std::vector<CommandFactory> all_commands() {
  return {
      // add_<name>, in the order --help lists them
  };
}

}  // namespace innonet::cli
