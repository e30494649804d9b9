// The metro network's nodes and ties as io record streams: the io writers format and write them
// (io/record_format.hpp, io/native_json.hpp, io/csv.hpp), so the bytes are those of the
// PropertyGraph writer by construction.
#include "tools/commands/generate_metro.hpp"

#include <string>

#include "io/csv.hpp"
#include "io/native_json.hpp"

namespace innonet::cli {
namespace {

using generators::MetroNetwork;

io::NodeFields node_fields(const MetroNetwork& net, std::int64_t v, io::FieldStorage& storage) {
  storage.id = generators::metro_node_id(net, v);
  storage.name = generators::metro_node_name(net, v);
  storage.parent = net.parent[v] >= 0 ? generators::metro_node_id(net, net.parent[v]) : "";
  return {.id = storage.id,
          .name = storage.name,
          .name_en = v < std::ssize(net.cities) ? std::string_view(net.cities[v].name_en) : "",
          .type = generators::metro_type_name(net.type[v]),
          .parent = storage.parent,
          .coordinates = GeoPoint{net.latitude_deg[v], net.longitude_deg[v]}};
}

io::EdgeFields tie_fields(const MetroNetwork& net, std::int64_t e, io::FieldStorage& storage) {
  storage.source = generators::metro_node_id(net, net.source[e]);
  storage.target = generators::metro_node_id(net, net.target[e]);
  return {.source = storage.source,
          .target = storage.target,
          .kind = generators::metro_kind_name(net.kind[e]),
          .directed = generators::metro_kind_directed(net.kind[e]),
          .weight = net.weight[e],
          .year = net.year[e],
          .evidence = net.implied[e] ? "implied" : "stated"};
}

io::RecordStreams metro_records(const MetroNetwork& net, const Progress& progress) {
  io::RecordStreams records;
  records.nodes = {net.num_nodes(), [&net](std::int64_t v, io::FieldStorage& storage) {
                     return node_fields(net, v, storage);
                   }};
  records.edges = {net.num_ties(), [&net](std::int64_t e, io::FieldStorage& storage) {
                     return tie_fields(net, e, storage);
                   }};
  records.progress = progress;
  return records;
}

}  // namespace

// The city graph holds the metadata, the whole vocabulary and the corridors: everything but the
// node and tie records.
void write_metro_json(const MetroNetwork& net, const generators::MetroOptions& options,
                      const std::string& path, const Progress& progress) {
  io::write_native_json_file(generators::metro_city_graph(net, options),
                             metro_records(net, progress), path);
}

void write_metro_csv(const MetroNetwork& net, const generators::MetroOptions& options,
                     const std::string& path, const Progress& progress) {
  io::write_csv_graph_files(generators::metro_city_graph(net, options),
                            metro_records(net, progress), path);
}

}  // namespace innonet::cli
