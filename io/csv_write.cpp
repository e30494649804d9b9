// Writer of the CSV graph layout (io/csv.hpp): every file with its full header, every column in
// a fixed order, nested values as one-line JSON, so read(write(g)) is the same graph. Node and
// edge rows come from io/record_format.hpp, formatted in parallel blocks (io/sink.hpp).
#include <string>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "io/csv.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

nlohmann::ordered_json ids(const PropertyGraph& g, const std::vector<NodeRef>& members) {
  auto list = nlohmann::ordered_json::array();
  for (const auto m : members) list.push_back(g.node(m).id);
  return list;
}

std::string groups_csv(const PropertyGraph& g) {
  std::string out = "id,name,name_en,kind,members,members_implied,attributes,sources\n";
  for (const auto& x : g.groups()) {
    CsvLine row(out);
    row.text(x.id).text(x.name).text(x.name_en);
    row.text(x.kind == GroupKind::corridor ? "corridor" : "region");
    row.json(ids(g, x.members)).json(ids(g, x.members_implied));
    row.json(x.attributes).sources(x.sources);
  }
  return out;
}

std::string group_edges_csv(const PropertyGraph& g) {
  std::string out = "id,source,target,kind,directed,evidence,attributes,sources\n";
  for (const auto& e : g.group_edges()) {
    CsvLine row(out);
    row.text(e.id).text(e.source).text(e.target).text(g.kind_name(e.kind));
    row.text(e.direction == EdgeDirection::directed ? "true" : "false");
    row.text(g.evidence_name(e.evidence)).json(e.attributes).sources(e.sources);
  }
  return out;
}

std::string indicators_csv(const PropertyGraph& g) {
  std::string out = "id,scope,metric,metric_name,value,unit,year,kind,op,note,sources\n";
  for (const auto& i : g.indicators()) {
    CsvLine row(out);
    row.text(i.id).text(i.scope).text(i.metric).text(i.metric_name).number(i.value);
    row.text(i.unit).year(i.year).text(i.kind).text(i.op).text(i.note).sources(i.sources);
  }
  return out;
}

std::string metadata_csv(const PropertyGraph& g) {
  std::string out = "section,key,value\n";
  CsvLine(out).text("format").text("name").text(kNativeFormatName);
  CsvLine(out).text("format").text("version").text(std::to_string(kNativeFormatVersion));
  for (const auto& [key, value] : g.metadata().items()) {
    std::string cell;
    append_json(cell, value);
    CsvLine(out).text("metadata").text(key).text(cell);
  }
  auto names = [](std::span<const std::string> list) {
    std::string cell;
    append_json(cell, nlohmann::ordered_json(std::vector<std::string>(list.begin(), list.end())));
    return cell;
  };
  CsvLine(out).text("vocabulary").text("types").text(names(g.type_names()));
  CsvLine(out).text("vocabulary").text("kinds").text(names(g.kind_names()));
  CsvLine(out).text("vocabulary").text("evidence").text(names(g.evidence_names()));
  return out;
}

WriteProgress stage(const RecordStreams& records, std::string_view name) {
  if (!records.progress) return {};
  return [&records, name](double fraction) { records.progress(name, fraction); };
}

void write_nodes_csv(ByteSink& out, const RecordStreams& records) {
  out.write(kNodesCsvHeader);
  write_records(
      out, records.nodes.count,
      [&](std::string& text, std::int64_t v) {
        FieldStorage storage;
        append_node_csv(text, records.nodes.fields(v, storage));
      },
      stage(records, "writing nodes"));
}

void write_edges_csv(ByteSink& out, const RecordStreams& records) {
  out.write(kEdgesCsvHeader);
  write_records(
      out, records.edges.count,
      [&](std::string& text, std::int64_t e) {
        FieldStorage storage;
        append_edge_csv(text, records.edges.fields(e, storage));
      },
      stage(records, "writing edges"));
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

CsvGraphFiles csv_graph_files(std::string_view path) {
  std::string base(path);
  if (ends_with(base, ".csv")) base.resize(base.size() - 4);
  for (const char* part :
       {".nodes", ".edges", ".groups", ".group_edges", ".indicators", ".metadata"})
    if (ends_with(base, part)) {
      base.resize(base.size() - std::string_view(part).size());
      break;
    }
  return {base + ".nodes.csv",       base + ".edges.csv",      base + ".groups.csv",
          base + ".group_edges.csv", base + ".indicators.csv", base + ".metadata.csv",
          base + ".csv.incomplete"};
}

CsvGraphText write_csv_graph(const PropertyGraph& graph) {
  const RecordStreams records = graph_records(graph);
  StringSink nodes, edges;
  write_nodes_csv(nodes, records);
  write_edges_csv(edges, records);
  return {std::move(nodes.text),  std::move(edges.text), groups_csv(graph),
          group_edges_csv(graph), indicators_csv(graph), metadata_csv(graph)};
}

void write_csv_graph_files(const PropertyGraph& graph, const std::string& path) {
  write_csv_graph_files(graph, graph_records(graph), path);
}

// All six files every time, empty sections as a header line: no file of an older set can survive
// beside the new ones and change what the set means.
void write_csv_graph_files(const PropertyGraph& graph, const RecordStreams& records,
                           const std::string& path) {
  const auto names = csv_graph_files(path);
  AtomicFileSet set(names.incomplete);
  write_nodes_csv(set.add(names.nodes), records);
  write_edges_csv(set.add(names.edges), records);
  set.add(names.groups).write(groups_csv(graph));
  set.add(names.group_edges).write(group_edges_csv(graph));
  set.add(names.indicators).write(indicators_csv(graph));
  set.add(names.metadata).write(metadata_csv(graph));
  set.commit();
}

}  // namespace innonet::io
