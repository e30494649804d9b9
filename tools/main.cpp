// innonet: the command-line front end. Parses, runs the chosen subcommand inside one try, prints
// its report, and maps errors to exit codes: 0 ok, 1 bad input or failed run, 2 bad usage.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <new>
#include <stdexcept>

#include "engine/error.hpp"
#include "tools/application.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace innonet;
  cli::Application application;
  try {
    application.app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return application.app.exit(e);  // --help prints and returns 0; usage errors return non-zero
  }
  const auto report = cli::run_parsed(application);
  output::write(report, application.options->format, std::cout);
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
  } catch (const std::bad_alloc&) {
    std::cerr << "innonet: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "innonet: " << e.what() << "\n";
    return 1;
  }
}
