#pragma once
// The colour and position of each node of a picture (graph_picture.hpp).
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/layout/layout.hpp"
#include "engine/csr_graph.hpp"
#include "engine/property_graph.hpp"

namespace innonet::html {

struct PictureOptions;

struct NodeColours {
  std::vector<std::string> colour;                          // per vertex, #rrggbb
  std::vector<std::string> name;                            // the category shown on hover
  std::vector<std::int32_t> group;                          // category number (0 = most common)
  std::vector<std::pair<std::string, std::string>> legend;  // (colour, category)
};

// by: community | type | kind | <node attribute>. Throws UsageError for an attribute no node has.
NodeColours node_colours(const PropertyGraph& pg, const CsrGraph& g, const std::string& by,
                         std::uint64_t seed);

// Positions for options.layout; appends notes (e.g. nodes left out of a geo layout). Throws
// UsageError for an unknown layout name.
layout::Layout picture_layout(const PropertyGraph& pg, const CsrGraph& g,
                              const PictureOptions& options, std::span<const std::int32_t> group,
                              std::span<const double> size, std::vector<std::string>& notes);

}  // namespace innonet::html
