#pragma once
// Streaming the metro generator's output to the native JSON or CSV format without a PropertyGraph:
// a PropertyGraph costs a few hundred bytes per node and edge, the compact network about 50, so
// this is what lets `innonet generate metro` reach 10^7-10^8 nodes. The network's nodes and ties
// go to the io writers as record streams (io/record_format.hpp), so the text is byte-identical to
// io::write_native_json(generators::metro_property_graph(net)) (tested) and the files are
// written atomically like every other output (io/atomic_file.hpp).
#include <functional>
#include <string>
#include <string_view>

#include "algorithms/generators/metro.hpp"

namespace innonet::cli {

using Progress = std::function<void(std::string_view stage, double fraction)>;

void write_metro_json(const generators::MetroNetwork& net, const generators::MetroOptions& options,
                      const std::string& path, const Progress& progress = {});
// The same for the CSV layout (io/csv.hpp): the set of files io::write_graph_file writes for
// X.csv, byte-identical to it (tested), node and tie rows streamed in parallel chunks.
void write_metro_csv(const generators::MetroNetwork& net, const generators::MetroOptions& options,
                     const std::string& path, const Progress& progress = {});

}  // namespace innonet::cli
