#include "engine/memory_budget.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string_view>

namespace innonet {
namespace {

constexpr std::uint64_t kNeverChecked = std::uint64_t{64} << 20;

// The value in kB of the line "key: value kB" of a /proc file, or nullopt.
std::optional<std::uint64_t> proc_kilobytes(const char* file, std::string_view key) {
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with(key) || line.size() <= key.size() || line[key.size()] != ':') continue;
    std::uint64_t kb = 0;
    if (std::sscanf(line.c_str() + key.size() + 1, "%lu", &kb) == 1) return kb;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::uint64_t> available_memory_bytes() {
  std::optional<std::uint64_t> available;
  if (const auto kb = proc_kilobytes("/proc/meminfo", "MemAvailable")) available = *kb * 1024;
  rlimit limit{};
  if (::getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    const std::uint64_t used = proc_kilobytes("/proc/self/status", "VmSize").value_or(0) * 1024;
    const std::uint64_t left = limit.rlim_cur > used ? limit.rlim_cur - used : 0;
    available = available ? std::min(*available, left) : left;
  }
  return available;
}

std::uint64_t csr_build_bytes(std::int64_t nodes, std::int64_t arcs, bool directed, bool weighted) {
  const auto n = static_cast<std::uint64_t>(std::max<std::int64_t>(nodes, 0)) + 1;
  const auto a = static_cast<std::uint64_t>(std::max<std::int64_t>(arcs, 0));
  const std::uint64_t one_side = 4 * n + (weighted ? 12 : 4) * a;
  return (directed ? 2 : 1) * one_side + 8 * n;  // + counters and row totals while building
}

std::string format_bytes(std::uint64_t bytes) {
  const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1000.0 && unit < 4) {
    value /= 1000.0;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
  return text;
}

std::string memory_shortfall(std::uint64_t bytes) {
  if (bytes < kNeverChecked) return {};
  const auto available = available_memory_bytes();
  if (!available || bytes <= *available) return {};
  return "needs about " + format_bytes(bytes) + " (" + std::to_string(bytes) +
         " bytes) of memory, more than the " + format_bytes(*available) + " available";
}

}  // namespace innonet
