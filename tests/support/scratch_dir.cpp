#include "tests/support/scratch_dir.hpp"

#include <unistd.h>

#include <mutex>
#include <set>

namespace innonet::testing {
namespace {

// The directories handed out, removed at exit (a function-local static: destroyed after main).
struct Registry {
  std::mutex mutex;
  std::set<std::filesystem::path> made;
  ~Registry() {
    for (const auto& dir : made) {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
  }
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

std::filesystem::path scratch_dir(const std::string& prefix) {
  const auto dir =
      std::filesystem::temp_directory_path() / (prefix + "_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  Registry& r = registry();
  const std::lock_guard lock(r.mutex);
  r.made.insert(dir);
  return dir;
}

}  // namespace innonet::testing
