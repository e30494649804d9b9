// innonet: the command-line front end. Parses (tools/application.hpp), runs the chosen subcommand
// inside one try, delivers its report, and maps errors to exit codes: 0 ok, 1 bad input or failed
// run, 2 bad usage.
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "tools/application.hpp"

namespace {

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

int run(int argc, char** argv) {
  using namespace innonet;
  cli::Application application;
  cli::check_subcommand_name(std::vector<std::string>(argv + 1, argv + argc), application.commands);
  try {
    application.app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return application.app.exit(e);  // --help prints and returns 0; usage errors return non-zero
  }
  const auto report = cli::run_parsed(application);
  const cli::GlobalOptions& options = *application.options;
  if (options.count_loads) std::cerr << "innonet: graph loads: " << options.graph_loads << "\n";
  cli::deliver(report, options, options.wide ? 0 : terminal_width());
  return report.exit_code;
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
  } catch (const innonet::cli::OutOfMemory& e) {
    std::cerr << "innonet: out of memory while " << e.doing() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "innonet: out of memory while parsing the command line\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 1;
  }
}
