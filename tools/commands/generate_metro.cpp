#include "tools/commands/generate_metro.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <vector>

#include "engine/error.hpp"
#include "io/native_json.hpp"

namespace innonet::cli {
namespace {

using generators::MetroNetwork;
constexpr std::int64_t kRecordChunk = 1 << 15;  // records formatted per task
constexpr std::int64_t kChunksPerRound = 16;    // tasks between writes (bounds memory)

void field(std::string& out, bool& first, std::string_view name, std::string_view value) {
  out += first ? "{" : ", ";
  first = false;
  io::append_json_string(out, name);
  out += ": ";
  io::append_json_string(out, value);
}

void key(std::string& out, std::string_view name) {
  out += ", ";
  io::append_json_string(out, name);
  out += ": ";
}

void append_node(std::string& out, const MetroNetwork& net, std::int64_t v) {
  bool first = true;
  field(out, first, "id", generators::metro_node_id(net, v));
  field(out, first, "name", generators::metro_node_name(net, v));
  if (v < std::ssize(net.cities)) field(out, first, "name_en", net.cities[v].name_en);
  field(out, first, "type", generators::metro_type_name(net.type[v]));
  if (net.parent[v] >= 0)
    field(out, first, "parent", generators::metro_node_id(net, net.parent[v]));
  key(out, "coordinates");
  out += '[';
  io::append_json_number(out, net.latitude_deg[v]);
  out += ", ";
  io::append_json_number(out, net.longitude_deg[v]);
  out += "]}";
}

void append_tie(std::string& out, const MetroNetwork& net, std::int64_t e) {
  bool first = true;
  field(out, first, "source", generators::metro_node_id(net, net.source[e]));
  field(out, first, "target", generators::metro_node_id(net, net.target[e]));
  field(out, first, "kind", generators::metro_kind_name(net.kind[e]));
  key(out, "directed");
  out += generators::metro_kind_directed(net.kind[e]) ? "true" : "false";
  key(out, "weight");
  io::append_json_number(out, net.weight[e]);
  key(out, "year");
  out += std::to_string(net.year[e]);
  field(out, first, "evidence", net.implied[e] ? "implied" : "stated");
  out += '}';
}

void append_corridor(std::string& out, const MetroNetwork& net, std::int64_t k) {
  const auto& corridor = net.corridors[static_cast<std::size_t>(k)];
  bool first = true;
  field(out, first, "id", corridor.id);
  field(out, first, "name", corridor.name);
  field(out, first, "name_en", corridor.name_en);
  field(out, first, "kind", "corridor");
  key(out, "members");
  out += '[';
  for (std::size_t i = 0; i < corridor.cities.size(); ++i) {
    if (i) out += ", ";
    io::append_json_string(out, generators::metro_node_id(net, corridor.cities[i]));
  }
  out += "]}";
}

// `"name": [` + records + `]`, the records formatted in parallel chunks and written in order.
template <class Append>
void write_section(std::ofstream& out, std::string_view name, std::int64_t count, Append append,
                   const Progress& progress) {
  std::string head = ",\n  ";
  io::append_json_string(head, name);
  head += ": [";
  out << head;
  const std::int64_t chunks = (count + kRecordChunk - 1) / kRecordChunk;
  std::vector<std::string> text(static_cast<std::size_t>(kChunksPerRound));
  for (std::int64_t round = 0; round < chunks; round += kChunksPerRound) {
    const std::int64_t in_round = std::min(kChunksPerRound, chunks - round);
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t k = 0; k < in_round; ++k) {
      std::string& s = text[k];
      s.clear();
      const std::int64_t first = (round + k) * kRecordChunk;
      for (std::int64_t i = first; i < std::min(count, first + kRecordChunk); ++i) {
        s += i ? ",\n    " : "\n    ";
        append(s, i);
      }
    }
    for (std::int64_t k = 0; k < in_round; ++k) out << text[k];
    if (progress)
      progress(
          std::string("writing ") + std::string(name),
          static_cast<double>(std::min(chunks, round + in_round)) / static_cast<double>(chunks));
  }
  out << (count == 0 ? "]" : "\n  ]");
}

}  // namespace

void write_metro_json(const MetroNetwork& net, const generators::MetroOptions& options,
                      const std::string& path, const Progress& progress) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(path + ": cannot open for writing");
  std::string head = "{\n  \"format\": ";
  io::append_json_string(head, io::kNativeFormatName);
  head += ",\n  \"version\": " + std::to_string(io::kNativeFormatVersion) + ",\n  \"metadata\": ";
  io::append_json(head, generators::metro_metadata(net, options));
  head += ",\n  \"vocabulary\": {\"types\": [";
  for (int t = 0; t < generators::kMetroTypes; ++t) {
    if (t) head += ", ";
    io::append_json_string(head,
                           generators::metro_type_name(static_cast<generators::MetroType>(t)));
  }
  head += "], \"kinds\": [";
  for (int k = 0; k < generators::kMetroKinds; ++k) {
    if (k) head += ", ";
    io::append_json_string(head,
                           generators::metro_kind_name(static_cast<generators::MetroKind>(k)));
  }
  head += "], \"evidence\": [\"stated\", \"implied\"]}";
  out << head;
  write_section(
      out, "nodes", net.num_nodes(),
      [&](std::string& s, std::int64_t v) { append_node(s, net, v); }, progress);
  write_section(
      out, "edges", net.num_ties(), [&](std::string& s, std::int64_t e) { append_tie(s, net, e); },
      progress);
  write_section(out, "groups", std::ssize(net.corridors),
                [&](std::string& s, std::int64_t k) { append_corridor(s, net, k); }, {});
  out << ",\n  \"group_edges\": [],\n  \"indicators\": []\n}\n";
  out.close();
  if (!out) throw Error(path + ": write failed");
}

}  // namespace innonet::cli
