#pragma once
// Internals shared by metro.cpp (nodes), metro_ties.cpp (ties) and metro_property.cpp.
#include <cstdint>
#include <vector>

#include "algorithms/generators/metro.hpp"

namespace innonet::generators::metro_detail {

// Nodes sorted by type then city, with their attractiveness as one prefix-sum array, so a node
// of type t in city c drawn ∝ attractiveness is one binary search in a contiguous range.
struct Layout {
  int cities = 0;
  std::vector<std::int64_t> range;  // range[t * (cities + 1) + c]: first node of type t in city c
  HugeArray<double> prefix;         // prefix[v + 1] - prefix[v]: attractiveness of node v

  std::int64_t begin(int t, int c) const { return range[t * (cities + 1) + c]; }
  std::int64_t end(int t, int c) const { return range[t * (cities + 1) + c + 1]; }
  double weight(int t, int c) const { return prefix[end(t, c)] - prefix[begin(t, c)]; }
  // A node of [first, last) drawn ∝ attractiveness; u in [0, 1); the range must be non-empty.
  std::int64_t pick(std::int64_t first, std::int64_t last, double u) const;
};

double city_distance_km(const MetroNetwork& net, std::int32_t a, std::int32_t b);

Layout build_nodes(MetroNetwork& net, const MetroOptions& options);
void build_ties(MetroNetwork& net, const Layout& layout, const MetroOptions& options);
void build_corridors(MetroNetwork& net, const MetroOptions& options);

}  // namespace innonet::generators::metro_detail
