#pragma once
// The datasets compiled into the binary. "nanjing-metro": the Nanjing metropolitan innovation
// network built from five policy documents (datasets/convert_seed_facts.py; provenance and
// rules in docs/format.md). Parsed from the embedded bytes on every call (about 300 KB, a few
// milliseconds); errors name the file as "nanjing-metro (built-in)".
#include <string>
#include <string_view>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::datasets {

// UsageError for an unknown name, listing the known ones.
PropertyGraph builtin_dataset(std::string_view name = "nanjing-metro");
std::vector<std::string> builtin_dataset_names();

}  // namespace innonet::datasets
