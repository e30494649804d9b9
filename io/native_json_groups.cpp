// Groups, group edges and indicators of the native format (nodes and edges:
// native_json_records.cpp). Same rules: optional fields may be absent or null, unknown and
// repeated fields are refused.
#include <string>

#include "engine/error.hpp"
#include "io/native_json_records.hpp"
#include "io/record_fields.hpp"

namespace innonet::io {

void read_group(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index) {
  RecordFields record(
      cursor, "group", "groups", index,
      {"id", "name", "name_en", "kind", "members", "members_implied", "attributes", "sources"});
  GroupSpec spec;
  std::string key;
  while (record.next(key)) {
    if (key == "id") {
      spec.id = cursor.read_string("'id'");
      record.name_id(spec.id);
    } else if (key == "name" || key == "name_en") {
      (key == "name" ? spec.name : spec.name_en) = record.text(key);
    } else if (key == "kind") {
      cursor.peek();
      const auto at = cursor.offset();
      const auto kind = cursor.read_string("'kind'");
      if (kind != "corridor" && kind != "region")
        cursor.fail(at, "expected \"corridor\" or \"region\" in 'kind', found \"" + kind + "\"");
      spec.kind = kind == "corridor" ? GroupKind::corridor : GroupKind::region;
    } else if (key == "members" || key == "members_implied") {
      (key == "members" ? spec.members : spec.members_implied) =
          read_string_list(cursor, "'" + key + "'");
    } else if (key == "attributes") {
      spec.attributes = read_attributes(cursor, "'attributes'");
    } else {
      spec.sources = read_sources(cursor, "'sources'");
    }
  }
  record.require({"id", "kind"});
  spec.origin = record.origin();
  builder.add_group(std::move(spec));
}

void read_group_edge(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index) {
  RecordFields record(
      cursor, "group edge", "group_edges", index,
      {"id", "source", "target", "kind", "directed", "evidence", "attributes", "sources"});
  GroupEdgeSpec spec;
  std::string key;
  while (record.next(key)) {
    if (key == "id") {
      spec.edge.id = record.text(key);
      record.name_id(spec.edge.id);
    } else if (key == "source" || key == "target") {
      (key == "source" ? spec.edge.source : spec.edge.target) = cursor.read_string("'" + key + "'");
    } else if (key == "kind") {
      spec.kind = cursor.read_string("'kind'");
    } else if (key == "directed") {
      spec.edge.direction = record.null() || cursor.read_bool("'directed'")
                                ? EdgeDirection::directed
                                : EdgeDirection::undirected;
    } else if (key == "evidence") {
      if (!record.null()) spec.evidence = cursor.read_string("'evidence'");
    } else if (key == "attributes") {
      spec.edge.attributes = read_attributes(cursor, "'attributes'");
    } else {
      spec.edge.sources = read_sources(cursor, "'sources'");
    }
  }
  record.require({"source", "target", "kind"});
  spec.origin = record.origin();
  builder.add_group_edge(std::move(spec));
}

void read_indicator(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index) {
  RecordFields record(cursor, "indicator", "indicators", index,
                      {"id", "scope", "metric", "metric_name", "value", "unit", "year", "kind",
                       "op", "note", "sources"});
  IndicatorSpec spec;
  auto& indicator = spec.indicator;
  std::string key;
  while (record.next(key)) {
    if (key == "id") {
      indicator.id = record.text(key);
      record.name_id(indicator.id);
    } else if (key == "value") {
      indicator.value = cursor.read_double("'value'");
    } else if (key == "year") {
      indicator.year = read_year(cursor, "'year'");
    } else if (key == "op") {
      cursor.peek();
      const auto at = cursor.offset();
      indicator.op = record.null() ? "=" : cursor.read_string("'op'");
      if (indicator.op != "=" && indicator.op != ">" && indicator.op != ">=" &&
          indicator.op != "<" && indicator.op != "<=" && indicator.op != "~")
        cursor.fail(at,
                    "expected one of =, >, >=, <, <=, ~ in 'op', found \"" + indicator.op + "\"");
    } else if (key == "sources") {
      indicator.sources = read_sources(cursor, "'sources'");
    } else {
      auto* field = key == "scope"         ? &indicator.scope
                    : key == "metric"      ? &indicator.metric
                    : key == "metric_name" ? &indicator.metric_name
                    : key == "unit"        ? &indicator.unit
                    : key == "kind"        ? &indicator.kind
                                           : &indicator.note;
      *field = record.text(key);
    }
  }
  record.require({"metric", "value"});
  spec.origin = record.origin();
  builder.add_indicator(std::move(spec));
}

}  // namespace innonet::io
