// Never a crash: random byte mutations of valid files either read or throw innonet::Error.
#include <catch2/catch.hpp>
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

template <class Read>
void survive_mutations(const std::string& valid, Read read, std::uint64_t seed, int& failures) {
  std::mt19937_64 rng(seed);
  for (int trial = 0; trial < 400; ++trial) {
    const std::string text = mutate(valid, rng);
    try {
      read(text);
    } catch (const Error&) {
      ++failures;
    }
  }
}

}  // namespace

TEST_CASE("mutated native json never crashes", "[io][malformed][fuzz]") {
  std::ostringstream out;
  io::write_native_json(
      testing::random_property_graph(
          5, {.nodes = 8, .edges = 10, .groups = 2, .group_edges = 2, .indicators = 3}),
      out);
  int failures = 0;
  survive_mutations(
      out.str(), [](const std::string& t) { io::read_native_json(t, "m.json"); }, 17, failures);
  CHECK(failures > 0);  // most mutations must be caught
}

TEST_CASE("mutated csv never crashes", "[io][malformed][fuzz]") {
  const auto text = io::write_csv_graph(testing::random_property_graph(
      6, {.nodes = 8, .edges = 10, .groups = 2, .group_edges = 2, .indicators = 3}));
  const auto names = io::csv_graph_files("m.csv");
  int failures = 0;
  survive_mutations(
      text.nodes,
      [&](const std::string& t) {
        auto copy = text;
        copy.nodes = t;
        io::read_csv_graph(copy, names);
      },
      18, failures);
  survive_mutations(
      text.edges,
      [&](const std::string& t) {
        auto copy = text;
        copy.edges = t;
        io::read_csv_graph(copy, names);
      },
      19, failures);
  CHECK(failures > 0);
}

}  // namespace innonet
