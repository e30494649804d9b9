// One record of each native-format section, field by field. Optional fields may be absent or
// null; unknown and repeated fields are refused with the record and the place named.
#include "io/native_json_records.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "engine/error.hpp"
#include "io/record_fields.hpp"

namespace innonet::io {
namespace {

EdgeDirection read_direction(JsonCursor& cursor, RecordFields& record) {
  if (record.null()) return EdgeDirection::directed;
  return cursor.read_bool("'directed'") ? EdgeDirection::directed : EdgeDirection::undirected;
}

}  // namespace

RecordFields::RecordFields(JsonCursor& cursor, std::string kind, const std::string& list,
                           std::int64_t index, std::initializer_list<const char*> fields)
    : cursor_(cursor), kind_(std::move(kind)), fields_(fields) {
  cursor_.set_context(list + "[" + std::to_string(index) + "]");
  cursor_.peek();
  start_ = cursor_.offset();
  origin_ = cursor_.origin(start_);
  cursor_.begin_object("");
}

RecordFields::~RecordFields() { cursor_.set_context(""); }

bool RecordFields::next(std::string& key) {
  if (!cursor_.next_member(key)) return false;
  const auto at = cursor_.key_offset();
  if (std::find(fields_.begin(), fields_.end(), key) == fields_.end()) {
    std::string known;
    for (const char* f : fields_) known += (known.empty() ? "" : ", ") + std::string(f);
    cursor_.fail(
        at, "unknown field '" + key + "' (known: " + known + "; put extra data in 'attributes')");
  }
  if (has(key)) cursor_.fail(at, "field '" + key + "' appears twice");
  seen_.push_back(key);
  return true;
}

bool RecordFields::has(const std::string& key) const {
  return std::find(seen_.begin(), seen_.end(), key) != seen_.end();
}

void RecordFields::name_id(const std::string& id) { cursor_.set_context(kind_ + " '" + id + "'"); }

void RecordFields::require(std::initializer_list<const char*> keys) const {
  for (const char* key : keys)
    if (!has(key)) cursor_.fail(start_, std::string("missing required field '") + key + "'");
}

bool RecordFields::null() {
  if (cursor_.peek() != JsonKind::null) return false;
  cursor_.skip_value();
  return true;
}

std::string RecordFields::text(const std::string& key) {
  return null() ? "" : cursor_.read_string("'" + key + "'");
}

std::vector<SourceQuote> read_sources(JsonCursor& cursor, const std::string& what) {
  std::vector<SourceQuote> sources;
  if (cursor.peek() == JsonKind::null) {
    cursor.skip_value();
    return sources;
  }
  cursor.begin_array(what);
  while (cursor.next_element()) {
    cursor.begin_object(what + " (each source is {\"document\": ..., \"quote\": ...})");
    SourceQuote source;
    std::string key;
    while (true) {
      if (!cursor.next_member(key)) break;
      const auto at = cursor.key_offset();
      if (key == "document") {
        source.document = cursor.read_string("'document' of a source");
      } else if (key == "quote") {
        source.quote = cursor.read_string("'quote' of a source");
      } else {
        cursor.fail(at, "unknown field '" + key + "' in a source (known: document, quote)");
      }
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

std::vector<std::string> read_string_list(JsonCursor& cursor, const std::string& what) {
  std::vector<std::string> list;
  if (cursor.peek() == JsonKind::null) {
    cursor.skip_value();
    return list;
  }
  cursor.begin_array(what);
  while (cursor.next_element()) list.push_back(cursor.read_string(what));
  return list;
}

GeoPoint read_coordinates(JsonCursor& cursor, const std::string& what) {
  cursor.peek();
  const auto at = cursor.offset();
  cursor.begin_array(what + " ([latitude, longitude] in degrees)");
  GeoPoint point;
  if (!cursor.next_element()) cursor.fail(at, "expected [latitude, longitude] in " + what);
  point.latitude_deg = cursor.read_double("the latitude of " + what);
  if (!cursor.next_element()) cursor.fail(at, "expected [latitude, longitude] in " + what);
  point.longitude_deg = cursor.read_double("the longitude of " + what);
  if (cursor.next_element())
    cursor.fail(at, "expected [latitude, longitude] in " + what + ", found more than two numbers");
  if (std::abs(point.latitude_deg) > 90.0 || std::abs(point.longitude_deg) > 180.0)
    cursor.fail(at, "coordinates out of range in " + what +
                        ": latitude must lie in [-90, 90] and longitude in [-180, 180]");
  return point;
}

Attributes read_attributes(JsonCursor& cursor, const std::string& what) {
  if (cursor.peek() == JsonKind::null) {
    cursor.skip_value();
    return Attributes::object();
  }
  if (cursor.peek() != JsonKind::object) cursor.fail_expected("an object", what);
  return cursor.read_value();
}

std::int32_t read_year(JsonCursor& cursor, const std::string& what) {
  if (cursor.peek() == JsonKind::null) {
    cursor.skip_value();
    return kNoYear;
  }
  const auto at = cursor.offset();
  const auto year = cursor.read_integer(what);
  if (year < kMinYear || year > kMaxYear)
    cursor.fail(at, "year " + std::to_string(year) + " in " + what + " outside " +
                        std::to_string(kMinYear) + ".." + std::to_string(kMaxYear));
  return static_cast<std::int32_t>(year);
}

void read_node(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index) {
  RecordFields record(
      cursor, "node", "nodes", index,
      {"id", "name", "name_en", "type", "parent", "coordinates", "attributes", "sources"});
  NodeSpec spec;
  std::string key;
  while (record.next(key)) {
    if (key == "id") {
      spec.id = cursor.read_string("'id'");
      record.name_id(spec.id);
    } else if (key == "name") {
      spec.name = record.text(key);
    } else if (key == "name_en") {
      spec.name_en = record.text(key);
    } else if (key == "type") {
      spec.type = cursor.read_string("'type'");
    } else if (key == "parent") {
      spec.parent = record.text(key);
    } else if (key == "coordinates") {
      if (!record.null()) spec.coordinates = read_coordinates(cursor, "'coordinates'");
    } else if (key == "attributes") {
      spec.attributes = read_attributes(cursor, "'attributes'");
    } else {
      spec.sources = read_sources(cursor, "'sources'");
    }
  }
  record.require({"id", "type"});
  spec.origin = record.origin();
  builder.add_node(std::move(spec));
}

void read_edge(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index) {
  RecordFields record(cursor, "edge", "edges", index,
                      {"id", "source", "target", "kind", "directed", "weight", "year", "evidence",
                       "attributes", "sources"});
  EdgeSpec spec;
  std::string key;
  while (record.next(key)) {
    if (key == "id") {
      spec.id = record.text(key);
      record.name_id(spec.id);
    } else if (key == "source" || key == "target") {
      (key == "source" ? spec.source : spec.target) = cursor.read_string("'" + key + "'");
    } else if (key == "kind") {
      spec.kind = cursor.read_string("'kind'");
    } else if (key == "directed") {
      spec.direction = read_direction(cursor, record);
    } else if (key == "weight") {
      if (!record.null()) spec.weight = cursor.read_double("'weight'");
    } else if (key == "year") {
      spec.year = read_year(cursor, "'year'");
    } else if (key == "evidence") {
      if (!record.null()) spec.evidence = cursor.read_string("'evidence'");
    } else if (key == "attributes") {
      spec.attributes = read_attributes(cursor, "'attributes'");
    } else {
      spec.sources = read_sources(cursor, "'sources'");
    }
  }
  record.require({"source", "target", "kind"});
  spec.origin = record.origin();
  builder.add_edge(std::move(spec));
}

}  // namespace innonet::io
