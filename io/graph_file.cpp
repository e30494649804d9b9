#include "io/graph_file.hpp"

#include "engine/error.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

GraphFileFormat graph_file_format(std::string_view path) {
  if (ends_with(path, ".json")) return GraphFileFormat::native_json;
  throw UsageError(std::string(path) +
                   ": unknown graph file extension (supported: .json native graph)");
}

PropertyGraph read_graph_file(const std::string& path) {
  switch (graph_file_format(path)) {
    case GraphFileFormat::native_json: return read_native_json_file(path);
    default: break;
  }
  throw UsageError(path + ": reading this format is not supported");
}

void write_graph_file(const PropertyGraph& graph, const std::string& path) {
  switch (graph_file_format(path)) {
    case GraphFileFormat::native_json: write_native_json_file(graph, path); return;
    default: break;
  }
  throw UsageError(path + ": writing this format is not supported");
}

}  // namespace innonet::io
