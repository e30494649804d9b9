#pragma once
// `--lang en`: tables in English. The graph a command reads is rebuilt with each node's and
// group's English name (name_en) as its name, or its id where it has none, so every table that
// shows names shows English ones; the original name is kept as the attribute `name_zh`, which
// name resolution still accepts (`--lang en neighbors 南京` works); a group's name and name_en
// trade places (`--lang en corridor 宁淮` works). Words the tools write are
// English already. Cost: a round trip through the native JSON format, O(size of the graph),
// paid only with --lang en.
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::cli {

PropertyGraph with_english_names(const PropertyGraph& graph);

}  // namespace innonet::cli
