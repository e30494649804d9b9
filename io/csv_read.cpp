// Reader of the CSV graph layout (io/csv.hpp): metadata and vocabularies first, then each file's
// records in order straight into the builder, with "file:line" as each record's origin.
#include <climits>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/csv.hpp"
#include "io/csv_row.hpp"
#include "io/native_json.hpp"
#include "io/native_json_records.hpp"
#include "io/printable.hpp"
#include "io/repeated_keys.hpp"

namespace innonet::io {
namespace {

const std::vector<std::string> kNodeColumns = {
    "id",           "name",          "name_en",    "type",   "parent",
    "latitude_deg", "longitude_deg", "attributes", "sources"};
const std::vector<std::string> kEdgeColumns = {"id",         "source", "target", "kind",
                                               "directed",   "weight", "year",   "evidence",
                                               "attributes", "sources"};
const std::vector<std::string> kGroupColumns = {
    "id", "name", "name_en", "kind", "members", "members_implied", "attributes", "sources"};
const std::vector<std::string> kGroupEdgeColumns = {
    "id", "source", "target", "kind", "directed", "evidence", "attributes", "sources"};
const std::vector<std::string> kIndicatorColumns = {"id",    "scope", "metric", "metric_name",
                                                    "value", "unit",  "year",   "kind",
                                                    "op",    "note",  "sources"};

// Calls `add(row)` for each record of one file.
template <class Add>
void each_row(const std::string& text, const std::string& file,
              std::initializer_list<const char*> required, const std::string& kind, Add add) {
  CsvReader reader(text, file, required);
  std::vector<CsvField> fields;
  while (reader.next(fields)) {
    CsvRow row(reader, fields, kind + " on line " + std::to_string(reader.record_line()));
    add(row, reader.origin());
  }
}

void refuse_unknown_columns(const std::string& text, const std::string& file,
                            const std::vector<std::string>& known) {
  CsvReader reader(text, file, {});
  for (const auto& c : reader.columns())
    if (std::find(known.begin(), known.end(), c) == known.end())
      reader.fail(0, "unknown column '" + c + "' (indicators have no attributes)");
}

void read_metadata(const std::string& text, const std::string& file,
                   PropertyGraphBuilder& builder) {
  auto metadata = nlohmann::ordered_json::object();
  // Metadata keys seen (an empty value adds no member but still claims its key) and where each
  // one is; a key named twice is refused once all rows are read (io/repeated_keys.hpp: time per
  // key independent of the number of keys).
  std::vector<std::string> keys;
  std::vector<std::size_t> key_offsets;
  RepeatedKeys repeated;
  each_row(text, file, {"section", "key", "value"}, "metadata row", [&](CsvRow& row, auto&&) {
    const auto& section = row.text("section");
    const auto& key = row.text("key");
    if (section == "format" && key == "name") {
      if (row.text("value") != kNativeFormatName)
        row.fail("value", "expected " + std::string(kNativeFormatName) +
                              " as the format name, found \"" + row.text("value") + "\"");
    } else if (section == "format" && key == "version") {
      const double version = row.number("value", 0);
      if (version > kNativeFormatVersion)
        row.fail("value", "format version " + row.text("value") +
                              " is newer than this innonet supports (" +
                              std::to_string(kNativeFormatVersion) + ")");
    } else if (section == "metadata") {
      repeated.add(key);
      keys.push_back(key);
      key_offsets.push_back(row.offset("key"));
      if (row.text("value").empty()) return;  // an empty cell: no value, as before
      auto value = nlohmann::ordered_json();
      row.json("value", [&](JsonCursor& c) { value = c.read_value(); });
      append_member(metadata, key, std::move(value));
    } else if (section == "vocabulary" && (key == "types" || key == "kinds" || key == "evidence")) {
      row.json("value", [&](JsonCursor& c) {
        for (const auto& name : read_string_list(c, "'value'")) {
          if (key == "types") builder.intern_type(name);
          if (key == "kinds") builder.intern_kind(name);
          if (key == "evidence") builder.intern_evidence(name);
        }
      });
    } else {
      row.fail("section", "unknown metadata row '" + section + "', '" + key +
                              "' (expected format/version, metadata/<key> or "
                              "vocabulary/types|kinds|evidence)");
    }
  });
  if (const auto r =
          repeated.first_repeat([&](std::size_t i) -> std::string_view { return keys[i]; })) {
    const auto where = locate(text, key_offsets[*r]);
    throw ParseError(
        file, where.line, where.column,
        printable("metadata row on line " + std::to_string(where.line) + ": metadata key '" +
                  keys[*r] + "' appears twice (the JSON format refuses it too)"));
  }
  builder.set_metadata(std::move(metadata));
}

void add_node(CsvRow& row, const std::string& origin, PropertyGraphBuilder& builder) {
  NodeSpec spec;
  spec.id = row.text("id");
  row.name("node", spec.id);
  spec.name = row.text("name");
  spec.name_en = row.text("name_en");
  spec.type = row.text("type");
  spec.parent = row.text("parent");
  spec.coordinates = row.coordinates("latitude_deg", "longitude_deg");
  spec.attributes = row.attributes(kNodeColumns);
  row.json("sources", [&](JsonCursor& c) { spec.sources = read_sources(c, "'sources'"); });
  spec.origin = origin;
  builder.add_node(std::move(spec));
}

void add_edge(CsvRow& row, const std::string& origin, PropertyGraphBuilder& builder) {
  EdgeSpec spec;
  spec.id = row.text("id");
  row.name("edge", spec.id);
  spec.source = row.text("source");
  spec.target = row.text("target");
  spec.kind = row.text("kind");
  spec.direction = row.flag("directed", true) ? EdgeDirection::directed : EdgeDirection::undirected;
  spec.weight = row.number("weight", 1.0);
  spec.year = row.year("year");
  if (!row.text("evidence").empty()) spec.evidence = row.text("evidence");
  spec.attributes = row.attributes(kEdgeColumns);
  row.json("sources", [&](JsonCursor& c) { spec.sources = read_sources(c, "'sources'"); });
  spec.origin = origin;
  builder.add_edge(std::move(spec));
}

void add_group(CsvRow& row, const std::string& origin, PropertyGraphBuilder& builder) {
  GroupSpec spec;
  spec.id = row.text("id");
  row.name("group", spec.id);
  spec.name = row.text("name");
  spec.name_en = row.text("name_en");
  const auto& kind = row.text("kind");
  if (kind != "corridor" && kind != "region")
    row.fail("kind", "expected corridor or region in 'kind', found \"" + kind + "\"");
  spec.kind = kind == "corridor" ? GroupKind::corridor : GroupKind::region;
  row.json("members", [&](JsonCursor& c) { spec.members = read_string_list(c, "'members'"); });
  row.json("members_implied",
           [&](JsonCursor& c) { spec.members_implied = read_string_list(c, "'members_implied'"); });
  spec.attributes = row.attributes(kGroupColumns);
  row.json("sources", [&](JsonCursor& c) { spec.sources = read_sources(c, "'sources'"); });
  spec.origin = origin;
  builder.add_group(std::move(spec));
}

void add_group_edge(CsvRow& row, const std::string& origin, PropertyGraphBuilder& builder) {
  GroupEdgeSpec spec;
  spec.edge.id = row.text("id");
  row.name("group edge", spec.edge.id);
  spec.edge.source = row.text("source");
  spec.edge.target = row.text("target");
  spec.kind = row.text("kind");
  spec.edge.direction =
      row.flag("directed", true) ? EdgeDirection::directed : EdgeDirection::undirected;
  if (!row.text("evidence").empty()) spec.evidence = row.text("evidence");
  spec.edge.attributes = row.attributes(kGroupEdgeColumns);
  row.json("sources", [&](JsonCursor& c) { spec.edge.sources = read_sources(c, "'sources'"); });
  spec.origin = origin;
  builder.add_group_edge(std::move(spec));
}

void add_indicator(CsvRow& row, const std::string& origin, PropertyGraphBuilder& builder) {
  IndicatorSpec spec;
  auto& i = spec.indicator;
  i.id = row.text("id");
  row.name("indicator", i.id);
  i.scope = row.text("scope");
  i.metric = row.text("metric");
  i.metric_name = row.text("metric_name");
  if (row.text("value").empty()) row.fail("value", "missing value");
  i.value = row.number("value", 0.0);
  i.unit = row.text("unit");
  i.year = row.year("year");
  i.kind = row.text("kind");
  if (!row.text("op").empty()) i.op = row.text("op");
  if (i.op != "=" && i.op != ">" && i.op != ">=" && i.op != "<" && i.op != "<=" && i.op != "~")
    row.fail("op", "expected one of =, >, >=, <, <=, ~ in 'op', found \"" + i.op + "\"");
  i.note = row.text("note");
  row.json("sources", [&](JsonCursor& c) { i.sources = read_sources(c, "'sources'"); });
  spec.origin = origin;
  builder.add_indicator(std::move(spec));
}

}  // namespace

PropertyGraph read_csv_graph(const CsvGraphText& text, const CsvGraphFiles& names) {
  PropertyGraphBuilder builder;
  if (!text.metadata.empty()) read_metadata(text.metadata, names.metadata, builder);
  auto add = [&](auto function) {
    return [&builder, function](CsvRow& row, const std::string& origin) {
      function(row, origin, builder);
    };
  };
  each_row(text.nodes, names.nodes, {"id", "type"}, "node", add(add_node));
  each_row(text.edges, names.edges, {"source", "target", "kind"}, "edge", add(add_edge));
  if (!text.groups.empty())
    each_row(text.groups, names.groups, {"id", "kind"}, "group", add(add_group));
  if (!text.group_edges.empty())
    each_row(text.group_edges, names.group_edges, {"source", "target", "kind"}, "group edge",
             add(add_group_edge));
  if (!text.indicators.empty()) {
    refuse_unknown_columns(text.indicators, names.indicators, kIndicatorColumns);
    each_row(text.indicators, names.indicators, {"metric", "value"}, "indicator",
             add(add_indicator));
  }
  return builder.build();
}

PropertyGraph read_csv_graph_files(const std::string& path) {
  const auto names = csv_graph_files(path);
  if (std::filesystem::exists(names.incomplete))
    throw ParseError(names.incomplete, 0, 0,
                     "a write of this CSV set stopped while its files were being replaced, so " +
                         names.nodes +
                         " and the other files may mix two versions of the graph: write the set "
                         "again, or delete this file if you know they belong together");
  CsvGraphText text;
  text.nodes = read_text_file(names.nodes);
  text.edges = read_text_file(names.edges);
  auto optional = [](const std::string& file) {
    return std::filesystem::exists(file) ? read_text_file(file) : std::string();
  };
  text.groups = optional(names.groups);
  text.group_edges = optional(names.group_edges);
  text.indicators = optional(names.indicators);
  text.metadata = optional(names.metadata);
  return read_csv_graph(text, names);
}

}  // namespace innonet::io
