// io::RepeatedKeys against a plain reference (a hash map of the keys seen, scanned in order) on
// hand-made and random key lists of every size class: pairwise (≤ 16 keys), one bucket, and
// many buckets.
#include "io/repeated_keys.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace innonet::io {
namespace {

std::optional<std::size_t> reference_first_repeat(const std::vector<std::string>& keys) {
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (!seen.insert(keys[i]).second) return i;
  return std::nullopt;
}

std::optional<std::size_t> first_repeat(const std::vector<std::string>& keys) {
  RepeatedKeys finder;
  for (const auto& k : keys) finder.add(k);
  REQUIRE(finder.size() == keys.size());
  return finder.first_repeat([&](std::size_t i) -> std::string_view { return keys[i]; });
}

std::vector<std::string> distinct(std::size_t n) {
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < n; ++i) keys.push_back("k" + std::to_string(i));
  return keys;
}

TEST_CASE("repeated keys: small lists by hand", "[io]") {
  CHECK_FALSE(first_repeat({}).has_value());
  CHECK_FALSE(first_repeat({"a"}).has_value());
  CHECK(first_repeat({"x", "x"}) == std::optional<std::size_t>(1));
  CHECK(first_repeat({"a", "b", "a"}) == std::optional<std::size_t>(2));
  CHECK_FALSE(first_repeat({"a", "b", "c", ""}).has_value());
  CHECK(first_repeat({"", "b", ""}) == std::optional<std::size_t>(2));
  // The first repeat in order, not the first key that has a twin: "b" repeats before "a" does.
  CHECK(first_repeat({"a", "b", "b", "a"}) == std::optional<std::size_t>(2));
  // Keys that differ only after an embedded NUL are different keys.
  CHECK_FALSE(first_repeat({std::string("a\0b", 3), std::string("a\0c", 3)}).has_value());
}

TEST_CASE("repeated keys: large lists, planted repeats", "[io]") {
  for (const std::size_t n : {17u, 1'000u, 5'000u, 300'000u}) {
    auto keys = distinct(n);
    CHECK_FALSE(first_repeat(keys).has_value());
    // Three occurrences of one key and a later repeat of another: the earliest repeat wins.
    keys[n / 2] = keys[3];
    keys[n - 1] = keys[3];
    keys[n - 2] = keys[n / 3];
    const auto expected = reference_first_repeat(keys);
    REQUIRE(expected == std::optional<std::size_t>(n / 2));
    CHECK(first_repeat(keys) == expected);
  }
}

TEST_CASE("repeated keys: random lists agree with the reference", "[io]") {
  std::mt19937_64 rng(20261206);
  for (const std::size_t n : {2u, 9u, 16u, 17u, 100u, 2'000u, 70'000u}) {
    for (int trial = 0; trial < 20; ++trial) {
      // Drawn from a pool of 40·n names: a repeat is likely, and not always at the start.
      std::uniform_int_distribution<std::uint64_t> pick(0, 40 * n);
      std::vector<std::string> keys;
      for (std::size_t i = 0; i < n; ++i) keys.push_back("n" + std::to_string(pick(rng)));
      INFO("n = " << n << ", trial " << trial);
      CHECK(first_repeat(keys) == reference_first_repeat(keys));
    }
  }
}

TEST_CASE("repeated keys: a finder is reused after clear", "[io]") {
  RepeatedKeys finder;
  const std::vector<std::string> a = {"p", "q", "p"}, b = {"p", "q"};
  for (const auto& k : a) finder.add(k);
  CHECK(finder.first_repeat([&](std::size_t i) -> std::string_view { return a[i]; }) ==
        std::optional<std::size_t>(2));
  finder.clear();
  for (const auto& k : b) finder.add(k);
  CHECK_FALSE(finder.first_repeat([&](std::size_t i) -> std::string_view { return b[i]; }));
}

}  // namespace
}  // namespace innonet::io
