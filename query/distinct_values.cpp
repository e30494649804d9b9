// Open addressing with linear probing over entity keys; see distinct_values.hpp.
#include "query/distinct_values.hpp"

namespace innonet::query {
namespace {

constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
constexpr std::uint64_t kRelBit = std::uint64_t{1} << 32;

std::size_t slot_of(std::uint64_t key, std::size_t mask) {
  // Fibonacci hashing spreads consecutive node numbers over the table.
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

}  // namespace

bool DistinctValues::insert(const Value& v) {
  if (v.is_node()) return insert_entity(static_cast<std::uint32_t>(v.as_node().id));
  if (v.is_rel()) return insert_entity(kRelBit | static_cast<std::uint32_t>(v.as_rel().id));
  return others_.insert(v).second;
}

bool DistinctValues::insert_entity(std::uint64_t key) {
  if (2 * (entities_ + 1) > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = slot_of(key, mask);; at = (at + 1) & mask) {
    if (slots_[at] == key) return false;
    if (slots_[at] == kEmpty) {
      slots_[at] = key;
      ++entities_;
      return true;
    }
  }
}

void DistinctValues::grow() {
  std::vector<std::uint64_t> old(slots_.empty() ? 64 : 2 * slots_.size(), kEmpty);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const auto key : old) {
    if (key == kEmpty) continue;
    std::size_t at = slot_of(key, mask);
    while (slots_[at] != kEmpty) at = (at + 1) & mask;
    slots_[at] = key;
  }
}

}  // namespace innonet::query
