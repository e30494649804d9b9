#pragma once
// Random PropertyGraphs for io round-trip tests: every record kind and field, optional fields
// present or absent, strings with Chinese text, commas, quotes, newlines, tabs and leading
// blanks, attributes holding every JSON type (nested), parents forming a forest, undirected and
// parallel edges. Deterministic for a seed.
#include <cstdint>

#include "engine/property_graph.hpp"

namespace innonet::testing {

struct RandomPropertyGraphOptions {
  std::int32_t nodes = 30;
  std::int32_t edges = 60;
  std::int32_t groups = 5;
  std::int32_t group_edges = 5;
  std::int32_t indicators = 10;
};

PropertyGraph random_property_graph(std::uint64_t seed,
                                    const RandomPropertyGraphOptions& options = {});

// Every field of every record equal (attributes compared as JSON values, weights exactly).
// Returns "" when equal, else a description of the first difference.
std::string first_difference(const PropertyGraph& a, const PropertyGraph& b);

}  // namespace innonet::testing
