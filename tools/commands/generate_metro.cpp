#include "tools/commands/generate_metro.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <vector>

#include "engine/error.hpp"
#include "io/csv.hpp"
#include "io/csv_table.hpp"
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

// Records 0..count-1 formatted by append(text, i) in parallel chunks and written in order; the
// progress line shows `stage`.
template <class Append>
void write_records(std::ofstream& out, std::int64_t count, Append append, const std::string& stage,
                   const Progress& progress) {
  const std::int64_t chunks = (count + kRecordChunk - 1) / kRecordChunk;
  std::vector<std::string> text(static_cast<std::size_t>(kChunksPerRound));
  for (std::int64_t round = 0; round < chunks; round += kChunksPerRound) {
    const std::int64_t in_round = std::min(kChunksPerRound, chunks - round);
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t k = 0; k < in_round; ++k) {
      std::string& s = text[k];
      s.clear();
      const std::int64_t first = (round + k) * kRecordChunk;
      for (std::int64_t i = first; i < std::min(count, first + kRecordChunk); ++i) append(s, i);
    }
    for (std::int64_t k = 0; k < in_round; ++k) out << text[k];
    if (progress)
      progress(stage, static_cast<double>(std::min(chunks, round + in_round)) /
                          static_cast<double>(chunks));
  }
}

// `"name": [` + records + `]`.
template <class Append>
void write_section(std::ofstream& out, std::string_view name, std::int64_t count, Append append,
                   const Progress& progress) {
  std::string head = ",\n  ";
  io::append_json_string(head, name);
  head += ": [";
  out << head;
  write_records(
      out, count,
      [&](std::string& s, std::int64_t i) {
        s += i ? ",\n    " : "\n    ";
        append(s, i);
      },
      "writing " + std::string(name), progress);
  out << (count == 0 ? "]" : "\n  ]");
}

// The CSV layout's rows (io/csv.hpp; the same cells as io::write_csv_graph): no attributes and no
// sources, so those cells stay empty.
void append_node_row(std::string& out, const MetroNetwork& net, std::int64_t v) {
  io::append_csv_field(out, generators::metro_node_id(net, v));
  out += ',';
  io::append_csv_field(out, generators::metro_node_name(net, v));
  out += ',';
  if (v < std::ssize(net.cities)) io::append_csv_field(out, net.cities[v].name_en);
  out += ',';
  io::append_csv_field(out, generators::metro_type_name(net.type[v]));
  out += ',';
  if (net.parent[v] >= 0) io::append_csv_field(out, generators::metro_node_id(net, net.parent[v]));
  out += ',';
  io::append_json_number(out, net.latitude_deg[v]);
  out += ',';
  io::append_json_number(out, net.longitude_deg[v]);
  out += ",,\n";
}

void append_tie_row(std::string& out, const MetroNetwork& net, std::int64_t e) {
  out += ',';
  io::append_csv_field(out, generators::metro_node_id(net, net.source[e]));
  out += ',';
  io::append_csv_field(out, generators::metro_node_id(net, net.target[e]));
  out += ',';
  io::append_csv_field(out, generators::metro_kind_name(net.kind[e]));
  out += generators::metro_kind_directed(net.kind[e]) ? ",true," : ",false,";
  io::append_json_number(out, net.weight[e]);
  out += ',';
  out += std::to_string(net.year[e]);
  out += net.implied[e] ? ",implied,,\n" : ",stated,,\n";
}

std::ofstream open_for_writing(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(path + ": cannot open for writing");
  return out;
}

void finish(std::ofstream& out, const std::string& path) {
  out.close();
  if (!out) throw Error(path + ": write failed");
}

}  // namespace

void write_metro_json(const MetroNetwork& net, const generators::MetroOptions& options,
                      const std::string& path, const Progress& progress) {
  std::ofstream out = open_for_writing(path);
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
  finish(out, path);
}

void write_metro_csv(const MetroNetwork& net, const generators::MetroOptions& options,
                     const std::string& path, const Progress& progress) {
  const io::CsvGraphFiles files = io::csv_graph_files(path);
  // The small files (corridors, metadata, empty group edges and indicators) come from the
  // property graph of the cities alone: the same writer, so the same cells.
  const io::CsvGraphText small = io::write_csv_graph(generators::metro_city_graph(net, options));
  {
    std::ofstream out = open_for_writing(files.nodes);
    out << "id,name,name_en,type,parent,latitude_deg,longitude_deg,attributes,sources\n";
    write_records(
        out, net.num_nodes(), [&](std::string& s, std::int64_t v) { append_node_row(s, net, v); },
        "writing nodes", progress);
    finish(out, files.nodes);
  }
  {
    std::ofstream out = open_for_writing(files.edges);
    out << "id,source,target,kind,directed,weight,year,evidence,attributes,sources\n";
    write_records(
        out, net.num_ties(), [&](std::string& s, std::int64_t e) { append_tie_row(s, net, e); },
        "writing edges", progress);
    finish(out, files.edges);
  }
  const std::pair<const std::string*, const std::string*> rest[] = {
      {&files.groups, &small.groups},
      {&files.group_edges, &small.group_edges},
      {&files.indicators, &small.indicators},
      {&files.metadata, &small.metadata}};
  for (const auto& [name, text] : rest) {
    std::ofstream out = open_for_writing(*name);
    out << *text;
    finish(out, *name);
  }
}

}  // namespace innonet::cli
