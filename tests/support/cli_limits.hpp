#pragma once
// run_cli under limits, as a careless user's machine would impose them (tests/support/
// fixtures.cpp): an address-space limit (RLIMIT_AS, like `ulimit -v`; 0: none) and a wall-clock
// limit after which the child is killed by SIGALRM (exit_code 128 + 14: it hung). `peak_kb`
// receives the child's peak resident memory in kB.
#include <cstdint>
#include <string>
#include <vector>

#include "tests/support/fixtures.hpp"

namespace innonet::testing {

struct CliLimits {
  std::uint64_t address_space_bytes = 0;
  unsigned seconds = 0;
};
CliResult run_cli_limited(const std::vector<std::string>& args, const CliLimits& limits,
                          long* peak_kb = nullptr);

}  // namespace innonet::testing
