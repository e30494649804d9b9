#pragma once
// "Mass" of a place for gravity models: an indicator from the data when every place has one,
// otherwise a proxy, and the result always says which was used.
//
// Indicator masses: for each place, the latest value (kind "actual", or any kind when
// `any_kind`) of `metric` whose scope is the place's id, no later than `year` if given.
// Proxy (used when no metric is asked for, or when some place lacks it): the size of the place's
// subtree in the containment hierarchy (the place plus everything under it) — a count of known
// organisations, which is what the network itself can say about a place's weight.
#include <optional>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::planner {

struct MassOptions {
  std::string metric;                // indicator metric; empty = use the proxy
  std::optional<std::int32_t> year;  // latest value up to this year
};

struct PlaceMasses {
  std::vector<NodeRef> places;
  std::vector<double> mass;
  std::string basis;               // e.g. "indicator rd_expenditure" or "proxy: subtree size"
  std::vector<std::string> notes;  // e.g. which places lacked the indicator
};

PlaceMasses place_masses(const PropertyGraph& graph, const std::vector<NodeRef>& places,
                         const MassOptions& options = {});

// Number of nodes in the subtree of every node (itself included). O(n).
std::vector<std::int64_t> subtree_sizes(const PropertyGraph& graph);

}  // namespace innonet::planner
