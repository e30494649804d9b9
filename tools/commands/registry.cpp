// The list of subcommands. Each tools/commands/<name>.cpp defines one factory; declare it here and
// add it to the list (one line each).
#include "tools/command.hpp"

namespace innonet::cli {

// Factories, defined in tools/commands/<name>.cpp:
// (add `Command add_<name>(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);`)
Command add_generate(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_info(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_convert(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_nodes(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_neighbors(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_rollup(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_source(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_structure(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_rank(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_path(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_flow(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_whatif(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_attack(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_corridors(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_corridor(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_recommend(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_indicators(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_compare(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_report(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_communities(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_places(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_draw(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);
Command add_query(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options);

std::vector<CommandFactory> all_commands() {
  return {
      // add_<name>, in the order --help lists them
      add_report,   add_info,        add_nodes,     add_neighbors, add_rollup,    add_source,
      add_generate, add_convert,     add_structure, add_rank,      add_path,      add_flow,
      add_whatif,   add_attack,      add_corridors, add_corridor,  add_recommend, add_indicators,
      add_compare,  add_communities, add_places,    add_draw,      add_query,
  };
}

}  // namespace innonet::cli
