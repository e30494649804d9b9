// The list of subcommands. Add one line per tools/commands/<name>.cpp.
#include "tools/command.hpp"

namespace innonet::cli {

std::vector<CommandFactory> all_commands() { return {}; }

}  // namespace innonet::cli
