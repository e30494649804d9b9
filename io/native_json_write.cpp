// Writer of the native format: one record per line (io/record_format.hpp), fields in a fixed
// order, optional fields omitted when empty, so the output is deterministic and reads back to the
// same graph. Records are formatted in parallel blocks and written in order (io/sink.hpp).
// datasets/convert_seed_facts.py writes the same layout byte for byte.
#include <string>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

using Append = std::function<void(std::string&, std::int64_t)>;

void append_names(std::string& out, std::span<const std::string> names) {
  out += '[';
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, names[i]);
  }
  out += ']';
}

// `"name": [` + one record per line + `]`.
void write_section(ByteSink& out, std::string_view name, std::int64_t count, const Append& append,
                   const WriteProgress& progress = {}) {
  std::string head = ",\n  ";
  append_json_string(head, name);
  head += ": [";
  out.write(head);
  write_records(
      out, count,
      [&](std::string& text, std::int64_t i) {
        text += i ? ",\n    " : "\n    ";
        append(text, i);
      },
      progress);
  out.write(count == 0 ? "]" : "\n  ]");
}

WriteProgress stage(const RecordStreams& records, std::string_view name) {
  if (!records.progress) return {};
  return [&records, name](double fraction) { records.progress(name, fraction); };
}

}  // namespace

void write_native_json(const PropertyGraph& g, const RecordStreams& records, ByteSink& out) {
  std::string head = "{\n  \"format\": ";
  append_json_string(head, kNativeFormatName);
  head += ",\n  \"version\": " + std::to_string(kNativeFormatVersion) + ",\n  \"metadata\": ";
  append_json(head, g.metadata());
  head += ",\n  \"vocabulary\": {\"types\": ";
  append_names(head, g.type_names());
  head += ", \"kinds\": ";
  append_names(head, g.kind_names());
  head += ", \"evidence\": ";
  append_names(head, g.evidence_names());
  head += "}";
  out.write(head);
  write_section(
      out, "nodes", records.nodes.count,
      [&](std::string& text, std::int64_t v) {
        FieldStorage storage;
        append_node_json(text, records.nodes.fields(v, storage));
      },
      stage(records, "writing nodes"));
  write_section(
      out, "edges", records.edges.count,
      [&](std::string& text, std::int64_t e) {
        FieldStorage storage;
        append_edge_json(text, records.edges.fields(e, storage));
      },
      stage(records, "writing edges"));
  write_section(out, "groups", std::ssize(g.groups()), [&](std::string& text, std::int64_t i) {
    append_group_json(text, g, g.groups()[i]);
  });
  write_section(out, "group_edges", std::ssize(g.group_edges()),
                [&](std::string& text, std::int64_t i) {
                  append_group_edge_json(text, g, g.group_edges()[i]);
                });
  write_section(
      out, "indicators", std::ssize(g.indicators()),
      [&](std::string& text, std::int64_t i) { append_indicator_json(text, g.indicators()[i]); });
  out.write("\n}\n");
}

void write_native_json(const PropertyGraph& graph, ByteSink& out) {
  write_native_json(graph, graph_records(graph), out);
}

void write_native_json(const PropertyGraph& graph, std::ostream& out) {
  StreamSink sink(out);
  write_native_json(graph, sink);
}

void write_native_json_file(const PropertyGraph& graph, const std::string& path) {
  write_native_json_file(graph, graph_records(graph), path);
}

void write_native_json_file(const PropertyGraph& graph, const RecordStreams& records,
                            const std::string& path) {
  AtomicFile file(path);
  write_native_json(graph, records, file);
  file.commit();
}

}  // namespace innonet::io
