// Reading side of io/exchange_record.hpp: a flat record back into a NodeSpec or an EdgeSpec.
#include <charconv>
#include <cmath>

#include "engine/error.hpp"
#include "engine/utf8.hpp"
#include "io/exchange_record.hpp"
#include "io/json_cursor.hpp"

namespace innonet::io::exchange {
namespace {

[[noreturn]] void fail(const Where& where, const std::string& what) {
  throw ParseError(where.file, where.line, where.column, what);
}

// What is wrong with `value` (nested values too) for an attribute, or nullptr: attributes are
// JSON, so text is UTF-8 and numbers are finite (GraphML, GEXF and GML read "nan" and "inf").
const char* value_problem(const Attributes& value) {
  if (value.is_string() && !is_valid_utf8(value.get_ref<const std::string&>()))
    return "is not valid UTF-8";
  if (value.is_number_float() && !std::isfinite(value.get<double>()))
    return "is not a finite number (attributes are JSON, which has no NaN or infinity)";
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      if (!is_valid_utf8(key)) return "holds a key that is not valid UTF-8";
      if (const char* problem = value_problem(item)) return problem;
    }
  } else if (value.is_array()) {
    for (const auto& item : value)
      if (const char* problem = value_problem(item)) return problem;
  }
  return nullptr;
}

void check_values(const std::string& id, const Attributes& record, const Where& where) {
  if (!is_valid_utf8(id)) fail(where, "an id or endpoint is not valid UTF-8");
  for (const auto& [key, value] : record.items()) {
    if (!is_valid_utf8(key)) fail(where, "a key is not valid UTF-8");
    if (const char* problem = value_problem(value))
      fail(where, "the value of '" + key + "' " + problem);
  }
}

std::string text_of(const Attributes& value, const std::string& key, const Where& where) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  fail(where, "expected text in '" + key + "', found " + shown(value));
}

double real_of(const Attributes& value, const std::string& key, const Where& where) {
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    double out = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (!s.empty() && error == std::errc() && end == s.data() + s.size()) return out;
  }
  fail(where, "expected a number in '" + key + "', found " + shown(value));
}

std::int32_t year_of(const Attributes& value, const Where& where) {
  const double year = real_of(value, "year", where);
  if (year != std::floor(year) || year < kMinYear || year > kMaxYear)
    fail(where, "expected a whole year in " + std::to_string(kMinYear) + ".." +
                    std::to_string(kMaxYear) + " in 'year', found " + shown(value));
  return static_cast<std::int32_t>(year);
}

bool bool_of(const Attributes& value, const std::string& key, const Where& where) {
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_number_integer() && (value == 0 || value == 1)) return value == 1;
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    if (s == "true" || s == "True" || s == "1") return true;
    if (s == "false" || s == "False" || s == "0") return false;
  }
  fail(where, "expected true or false in '" + key + "', found " + shown(value));
}

// A JSON value held as text (or as JSON itself, in node-link), parsed as the native reader parses
// JSON: strictly, and nested at most kMaxJsonDepth deep (nlohmann::json copies and compares
// recursively, so deeper text would overflow the stack).
Attributes json_of(const Attributes& value, const std::string& key, const Where& where) {
  if (!value.is_string()) return value;
  try {
    JsonCursor cursor(value.get_ref<const std::string&>(), "'" + key + "'");
    auto parsed = cursor.read_value();
    cursor.expect_end();
    return parsed;
  } catch (const ParseError& e) {
    fail(where, std::string("expected JSON text in ") + e.what());
  }
}

std::vector<SourceQuote> sources_of(const Attributes& value, const Where& where) {
  const auto list = json_of(value, "sources", where);
  std::vector<SourceQuote> out;
  if (!list.is_array()) fail(where, "expected a list in 'sources'");
  for (const auto& item : list) {
    // "document" may be absent, but when present it is text like the quote (a number there
    // made json::value throw type_error out of the reader: a fuzz finding).
    if (!item.is_object() || !item.contains("quote") || !item["quote"].is_string() ||
        (item.contains("document") && !item["document"].is_string()))
      fail(where, "expected {\"document\", \"quote\"} in 'sources'");
    out.push_back({item.value("document", std::string()), item["quote"].get<std::string>()});
  }
  return out;
}

void merge_rest(Attributes& attributes, const Attributes& value, const Where& where) {
  const auto rest = json_of(value, "attributes", where);
  if (!rest.is_object()) fail(where, "expected a JSON object in 'attributes'");
  for (const auto& [key, v] : rest.items()) attributes[key] = v;
}

}  // namespace

std::string shown(const Attributes& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

NodeSpec node_spec(std::string id, const Attributes& record, const Where& where) {
  check_values(id, record, where);
  NodeSpec spec;
  spec.id = std::move(id);
  spec.type = "node";
  spec.origin = where.text();
  std::optional<double> latitude, longitude;
  for (const auto& [key, value] : record.items()) {
    if (key == "name")
      spec.name = text_of(value, key, where);
    else if (key == "name_en")
      spec.name_en = text_of(value, key, where);
    else if (key == "type")
      spec.type = text_of(value, key, where);
    else if (key == "parent")
      spec.parent = text_of(value, key, where);
    else if (key == "latitude")
      latitude = real_of(value, key, where);
    else if (key == "longitude")
      longitude = real_of(value, key, where);
    else if (key == "sources")
      spec.sources = sources_of(value, where);
    else if (key == "attributes")
      merge_rest(spec.attributes, value, where);
    else
      spec.attributes[key] = value;
  }
  if (latitude.has_value() != longitude.has_value())
    fail(where, "node '" + spec.id + "': latitude and longitude come together");
  if (latitude) spec.coordinates = GeoPoint{*latitude, *longitude};
  return spec;
}

EdgeSpec edge_spec(std::string source, std::string target, const Attributes& record,
                   EdgeDirection default_direction, const Where& where) {
  check_values(source + target, record, where);
  EdgeSpec spec;
  spec.source = std::move(source);
  spec.target = std::move(target);
  spec.kind = "edge";
  spec.direction = default_direction;
  spec.origin = where.text();
  for (const auto& [key, value] : record.items()) {
    if (key == "id")
      spec.id = text_of(value, key, where);
    else if (key == "kind")
      spec.kind = text_of(value, key, where);
    else if (key == "weight")
      spec.weight = real_of(value, key, where);
    else if (key == "year")
      spec.year = year_of(value, where);
    else if (key == "evidence")
      spec.evidence = text_of(value, key, where);
    else if (key == "directed")
      spec.direction =
          bool_of(value, key, where) ? EdgeDirection::directed : EdgeDirection::undirected;
    else if (key == "sources")
      spec.sources = sources_of(value, where);
    else if (key == "attributes")
      merge_rest(spec.attributes, value, where);
    else
      spec.attributes[key] = value;
  }
  if (!std::isfinite(spec.weight)) fail(where, "expected a finite 'weight'");
  return spec;
}

}  // namespace innonet::io::exchange
