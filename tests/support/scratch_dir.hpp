#pragma once
// Scratch directories for tests that write files: <temp>/<prefix>_<pid>, created on first use
// and removed with everything in it when the test process exits (each CTest entry is one
// process). Before, every run left its directories behind: 200 of them after a day of runs.
#include <filesystem>
#include <string>

namespace innonet::testing {

std::filesystem::path scratch_dir(const std::string& prefix);

}  // namespace innonet::testing
