#pragma once
// Helpers the inspection commands share: resolving ids typed by a user (with a "did you mean"
// suggestion by edit distance), and turning model values into table cells.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/property_graph.hpp"
#include "tools/output/table.hpp"

namespace innonet::cli {

// Levenshtein distance over bytes (ids are ASCII in practice).
std::int32_t edit_distance(std::string_view a, std::string_view b);

// Every id a user may type: nodes, edges, groups, group edges, indicators.
std::vector<std::string_view> all_ids(const PropertyGraph& graph);

// Up to three known ids at the smallest edit distance from `id`, if that is <= max(2, length / 3).
std::vector<std::string> closest_ids(std::span<const std::string_view> known, std::string_view id);

// "unknown <what> 'x'; did you mean 'y'?" (the suggestion only when one is close).
std::string unknown_id_message(std::span<const std::string_view> known, std::string_view id,
                               std::string_view what);

// The node a user names by its id, its name (Chinese in the built-in data) or its English name
// (`name_en`), or under --lang en its original name (attribute `name_zh`, tools/english_names.hpp);
// ids and English names match case-insensitively. nullopt when nothing matches;
// UsageError listing the candidates when several nodes share the name.
std::optional<NodeRef> find_node_named(const PropertyGraph& graph, std::string_view text);

// Known ids and names of nodes, for "did you mean" suggestions.
std::vector<std::string_view> node_ids_and_names(const PropertyGraph& graph);

// find_node_named, or a UsageError "unknown node 'x'; did you mean 'y'?" naming the closest ids
// and names.
NodeRef require_node(const PropertyGraph& graph, std::string_view id);

// A JSON value as table text: strings bare, {"value": v, "unit": u, ...} as "v u", else compact.
std::string value_text(const nlohmann::ordered_json& value);

output::Cell year_cell(std::int32_t year);  // empty for kNoYear
std::string direction_name(EdgeDirection direction);
std::string group_kind_name(GroupKind kind);

}  // namespace innonet::cli
