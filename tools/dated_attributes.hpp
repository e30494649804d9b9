#pragma once
// Attributes that carry their year in their name (`level_2021`, `level_2025`,
// `national_sti_top100_county_2024`): the dataset's way of recording a status, designation or
// role as of a year. An attribute BASE_YYYY says what BASE was in YYYY; BASE "as of" a year Y is
// the value of the latest BASE_YYYY with YYYY <= Y (none: not recorded yet). `compare --years A
// B --attributes` lists every node and BASE whose value as of A differs from its value as of B.
// Values are strings, booleans or lists; an object (a measurement {"value": v, "year": y, ...},
// e.g. target_2025) carries its own year and is an indicator's business, not a status: skipped.
// Cost: O(total attributes).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::cli {

enum class AttributeChange {
  recorded,  // no value as of the first year, one as of the second
  changed,   // a different value as of each year
};

struct DatedAttributeChange {
  NodeRef node{};
  std::string base;                    // the attribute name without its year
  std::optional<std::int32_t> year_a;  // the BASE_YYYY read as of the first year, if any
  std::int32_t year_b = 0;             // the one read as of the second
  std::string value_a, value_b;        // as text (tools/node_format.hpp value_text)
  AttributeChange change = AttributeChange::changed;
};

// Changes between the years a < b, in node order, then by base name.
std::vector<DatedAttributeChange> dated_attribute_changes(const PropertyGraph& graph,
                                                          std::int32_t a, std::int32_t b);

// How many nodes carry at least one BASE_YYYY attribute.
std::int64_t nodes_with_dated_attributes(const PropertyGraph& graph);

}  // namespace innonet::cli
