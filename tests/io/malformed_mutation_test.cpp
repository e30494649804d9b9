// Never a crash: random byte mutations of valid files either read or throw innonet::Error. And
// never a silently accepted broken file: every mutation that an independent judge finds invalid
// (nlohmann::json's parser for JSON; an odd number of double quotes, an unterminated quoted
// field, for CSV) must be refused.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "engine/error.hpp"
#include "io/csv.hpp"
#include "io/native_json.hpp"
#include "tests/support/random_property_graph.hpp"

namespace innonet {
namespace {

std::string mutate(std::string text, std::mt19937_64& rng) {
  const char kBytes[] = {'"', ',', '{', '}',    '[',    ']', ':', '\\', '\n',
                         '0', '-', 'e', '\xff', '\xe5', ' ', 'n', '\0'};
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < edits && !text.empty(); ++k) {
    const std::size_t at = rng() % text.size();
    switch (rng() % 4) {
      case 0: text[at] = kBytes[rng() % sizeof(kBytes)]; break;
      case 1: text.erase(at, 1 + rng() % 8); break;
      case 2: text.insert(at, 1, kBytes[rng() % sizeof(kBytes)]); break;
      default: text.resize(at); break;
    }
  }
  return text;
}

struct Outcome {
  int refused = 0;          // mutations the reader refused
  int invalid = 0;          // mutations the judge calls invalid
  int invalid_refused = 0;  // of those, refused: must equal `invalid`
};

template <class Read, class Invalid>
void survive_mutations(const std::string& valid, Read read, Invalid is_invalid, std::uint64_t seed,
                       Outcome& outcome) {
  REQUIRE_FALSE(is_invalid(valid));
  REQUIRE_NOTHROW(read(valid));
  std::mt19937_64 rng(seed);
  for (int trial = 0; trial < 400; ++trial) {
    const std::string text = mutate(valid, rng);
    bool refused = false;
    try {
      read(text);
    } catch (const Error&) {
      refused = true;
    }
    outcome.refused += refused;
    if (is_invalid(text)) {
      ++outcome.invalid;
      outcome.invalid_refused += refused;
      if (!refused) FAIL_CHECK("an invalid mutation was accepted:\n" << text);
    }
  }
}

bool invalid_json(const std::string& text) { return !nlohmann::json::accept(text); }
bool unbalanced_quotes(const std::string& text) {
  return std::count(text.begin(), text.end(), '"') % 2 != 0;
}

}  // namespace

TEST_CASE("mutated native json never crashes", "[io][malformed][fuzz]") {
  std::ostringstream out;
  io::write_native_json(
      testing::random_property_graph(
          5, {.nodes = 8, .edges = 10, .groups = 2, .group_edges = 2, .indicators = 3}),
      out);
  Outcome outcome;
  survive_mutations(
      out.str(), [](const std::string& t) { io::read_native_json(t, "m.json"); }, invalid_json, 17,
      outcome);
  // Of 400 edits (byte swaps, cuts, insertions, truncations), nlohmann::json calls most invalid:
  // the check above ran on each. Measured: about 350 invalid, 390 refused.
  CHECK(outcome.invalid >= 200);
  CHECK(outcome.invalid_refused == outcome.invalid);
  CHECK(outcome.refused >= outcome.invalid);
}

TEST_CASE("mutated csv never crashes", "[io][malformed][fuzz]") {
  const auto text = io::write_csv_graph(testing::random_property_graph(
      6, {.nodes = 8, .edges = 10, .groups = 2, .group_edges = 2, .indicators = 3}));
  const auto names = io::csv_graph_files("m.csv");
  Outcome outcome;
  survive_mutations(
      text.nodes,
      [&](const std::string& t) {
        auto copy = text;
        copy.nodes = t;
        io::read_csv_graph(copy, names);
      },
      unbalanced_quotes, 18, outcome);
  survive_mutations(
      text.edges,
      [&](const std::string& t) {
        auto copy = text;
        copy.edges = t;
        io::read_csv_graph(copy, names);
      },
      unbalanced_quotes, 19, outcome);
  CHECK(outcome.invalid >= 100);
  CHECK(outcome.invalid_refused == outcome.invalid);
}

}  // namespace innonet
