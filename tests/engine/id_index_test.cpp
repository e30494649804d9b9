// The flat id index against std::unordered_map on many ids (growth from empty and after reserve),
// duplicates, misses, and ids that share a prefix or differ in one byte.
#include "engine/id_index.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using innonet::IdIndex;

namespace {

std::vector<std::string> make_ids(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::string> ids;
  std::unordered_map<std::string, int> seen;
  while (ids.size() < count) {
    // Short and long ids, many sharing a prefix, some one byte apart.
    std::string id = (rng() % 2 ? "enterprise-" : "e") + std::to_string(rng() % (4 * count));
    if (rng() % 8 == 0) id += std::string(20, 'x');
    if (seen.emplace(id, 0).second) ids.push_back(id);
  }
  return ids;
}

}  // namespace

TEST_CASE("the id index finds what std::unordered_map finds", "[engine][id_index]") {
  for (const bool reserved : {false, true}) {
    const auto ids = make_ids(50000, reserved ? 2 : 1);
    const auto key_of = [&](std::int32_t i) { return std::string_view(ids[i]); };
    IdIndex index;
    if (reserved) index.reserve(ids.size(), key_of);
    std::unordered_map<std::string, std::int32_t> reference;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(ids.size()); ++i) {
      REQUIRE(index.insert(ids[i], i, key_of));
      reference.emplace(ids[i], i);
    }
    CHECK(index.size() == ids.size());
    for (const auto& [id, i] : reference) {
      const auto found = index.find(id, key_of);
      REQUIRE(found);
      CHECK(*found == i);
    }
    // Misses: ids never inserted, including one byte off and prefixes of inserted ones.
    for (std::int32_t i = 0; i < 1000; ++i) {
      std::string off = ids[i];
      off.back() = static_cast<char>(off.back() ^ 1);
      CHECK(index.find(off, key_of).has_value() == reference.count(off) > 0);
      const std::string prefix = ids[i].substr(0, ids[i].size() - 1);
      CHECK(index.find(prefix, key_of).has_value() == reference.count(prefix) > 0);
    }
    CHECK_FALSE(index.find("", key_of).has_value());
  }
}

TEST_CASE("the id index refuses a duplicate and keeps the first record", "[engine][id_index]") {
  const std::vector<std::string> ids = {"nanjing", "zhenjiang", "nanjing"};
  const auto key_of = [&](std::int32_t i) { return std::string_view(ids[i]); };
  IdIndex index;
  CHECK(index.find("nanjing", key_of) == std::nullopt);  // empty index
  CHECK(index.insert(ids[0], 0, key_of));
  CHECK(index.insert(ids[1], 1, key_of));
  CHECK_FALSE(index.insert(ids[2], 2, key_of));
  CHECK(index.size() == 2);
  CHECK(index.find("nanjing", key_of) == 0);
  CHECK(index.find("zhenjiang", key_of) == 1);
}
