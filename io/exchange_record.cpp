#include "io/exchange_record.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "engine/error.hpp"
#include "io/native_json.hpp"

namespace innonet::io::exchange {
namespace {

const std::vector<Key> kNodeKeys = {{"name"},
                                    {"name_en"},
                                    {"type"},
                                    {"parent"},
                                    {"latitude", ValueType::real},
                                    {"longitude", ValueType::real},
                                    {"sources"},
                                    {"attributes"}};
const std::vector<Key> kEdgeKeys = {{"id"},
                                    {"kind"},
                                    {"weight", ValueType::real},
                                    {"year", ValueType::integer},
                                    {"evidence"},
                                    {"directed", ValueType::boolean},
                                    {"sources"},
                                    {"attributes"}};
// Names other tools give a meaning of their own, never used for an attribute's key.
const std::vector<std::string> kAlsoReserved = {"id", "label", "source", "target", "key"};

bool is_reserved(const std::string& key, const std::vector<Key>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const Key& k) { return k.name == key; }) ||
         std::find(kAlsoReserved.begin(), kAlsoReserved.end(), key) != kAlsoReserved.end();
}

bool is_identifier(const std::string& key) {
  if (key.empty() || !std::isalpha(static_cast<unsigned char>(key[0]))) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

bool is_scalar(const Attributes& v) {
  if (v.is_number_unsigned())
    return v.get<std::uint64_t>() <=
           static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  return v.is_boolean() || v.is_number() || v.is_string();
}

using KeyTypes = std::map<std::string, std::vector<ValueType>, std::less<>>;

// Whether attribute (key, value) may have a key of its own, judged without the other records.
bool candidate(const std::string& key, const Attributes& value, const std::vector<Key>& reserved,
               const Rules& rules) {
  if (is_reserved(key, reserved) || key.empty()) return false;
  if (rules.identifier_keys && !is_identifier(key)) return false;
  if (!rules.line_breaks && key.find_first_of("\r\n") != std::string::npos) return false;
  if (!rules.nul && key.find('\0') != std::string::npos) return false;
  if (rules.json_values) return true;
  if (!is_scalar(value) || (!rules.booleans && value.is_boolean())) return false;
  if (!rules.nul && value.is_string() &&
      value.get_ref<const std::string&>().find('\0') != std::string::npos)
    return false;
  if (rules.strings_only) {
    if (!value.is_string()) return false;
    const auto& text = value.get_ref<const std::string&>();
    // NetworkX drops blank strings; a line break would end a Pajek line.
    if (text.find_first_not_of(" \t") == std::string::npos) return false;
    if (!rules.line_breaks && text.find_first_of("\r\n") != std::string::npos) return false;
  }
  return true;
}

ValueType settle(const std::vector<ValueType>& seen) {
  const bool only_numbers = std::all_of(seen.begin(), seen.end(), [](ValueType t) {
    return t == ValueType::integer || t == ValueType::real;
  });
  if (only_numbers && std::count(seen.begin(), seen.end(), ValueType::real)) return ValueType::real;
  return seen.front();
}

// An integer is written into a real-typed key only while a double holds it exactly (2^53).
bool conforms(ValueType key_type, const Attributes& value) {
  const auto type = value_type(value);
  if (type == key_type) return true;
  return key_type == ValueType::real && type == ValueType::integer &&
         std::abs(value.get<double>()) <= 9007199254740992.0;
}

// How many of `attributes` (from the front) get keys of their own.
std::size_t plain_prefix(const Attributes& attributes, const std::vector<Key>& declared,
                         const std::vector<Key>& reserved, const Rules& rules) {
  std::size_t count = 0;
  for (const auto& [key, value] : attributes.items()) {
    if (!candidate(key, value, reserved, rules)) break;
    if (!rules.json_values) {
      const auto it = std::find_if(declared.begin(), declared.end(),
                                   [&name = key](const Key& k) { return k.name == name; });
      if (it == declared.end() || !conforms(it->type, value)) break;
    }
    ++count;
  }
  return count;
}

void collect(const Attributes& attributes, const std::vector<Key>& reserved, const Rules& rules,
             std::vector<std::string>& order, KeyTypes& types) {
  for (const auto& [key, value] : attributes.items()) {
    if (!candidate(key, value, reserved, rules)) break;  // the rest go under "attributes"
    auto [it, added] = types.try_emplace(key);
    if (added) order.push_back(key);
    it->second.push_back(value_type(value));
  }
}

std::vector<Key> declare(const std::vector<Key>& reserved, const std::vector<std::string>& order,
                         const KeyTypes& types) {
  std::vector<Key> keys = reserved;
  for (const auto& name : order) keys.push_back({name, settle(types.find(name)->second)});
  return keys;
}

Attributes json_field(const Attributes& value, const Rules& rules) {
  if (rules.json_values) return value;
  std::string text;
  append_json(text, value);
  return text;
}

Attributes sources_json(const std::vector<SourceQuote>& sources) {
  auto list = Attributes::array();
  for (const auto& s : sources) list.push_back({{"document", s.document}, {"quote", s.quote}});
  return list;
}

void add_attributes(Attributes& record, const Attributes& attributes, const std::vector<Key>& keys,
                    const std::vector<Key>& reserved, const Rules& rules) {
  const std::size_t plain = plain_prefix(attributes, keys, reserved, rules);
  auto rest = Attributes::object();
  std::size_t i = 0;
  for (const auto& [key, value] : attributes.items())
    if (i++ < plain)
      record[key] = value;
    else
      rest[key] = value;
  if (!rest.empty()) record["attributes"] = json_field(rest, rules);
}

}  // namespace

ValueType value_type(const Attributes& value) {
  if (value.is_boolean()) return ValueType::boolean;
  if (value.is_number_integer()) return ValueType::integer;
  if (value.is_number_float()) return ValueType::real;
  return ValueType::string;
}

Schema make_schema(const PropertyGraph& graph, const Rules& rules) {
  Schema schema;
  schema.rules = rules;
  std::vector<std::string> order;
  KeyTypes types;
  for (const auto& node : graph.nodes()) collect(node.attributes, kNodeKeys, rules, order, types);
  schema.node_keys = declare(kNodeKeys, order, types);
  order.clear();
  types.clear();
  bool any_directed = false, any_undirected = false;
  for (const auto& edge : graph.edges()) {
    collect(edge.attributes, kEdgeKeys, rules, order, types);
    (edge.direction == EdgeDirection::directed ? any_directed : any_undirected) = true;
  }
  schema.edge_keys = declare(kEdgeKeys, order, types);
  schema.mixed = any_directed && any_undirected;
  schema.directed = any_directed || !any_undirected;
  return schema;
}

Attributes node_record(const PropertyGraph& graph, const Node& node, const Schema& schema) {
  auto record = Attributes::object();
  if (!node.name.empty()) record["name"] = node.name;
  if (!node.name_en.empty()) record["name_en"] = node.name_en;
  record["type"] = graph.type_name(node.type);
  if (node.parent) record["parent"] = graph.node(*node.parent).id;
  if (node.coordinates) {
    record["latitude"] = node.coordinates->latitude_deg;
    record["longitude"] = node.coordinates->longitude_deg;
  }
  if (!node.sources.empty())
    record["sources"] = json_field(sources_json(node.sources), schema.rules);
  add_attributes(record, node.attributes, schema.node_keys, kNodeKeys, schema.rules);
  return record;
}

Attributes edge_record(const PropertyGraph& graph, const Edge& edge, const Schema& schema) {
  auto record = Attributes::object();
  if (!edge.id.empty()) record["id"] = edge.id;
  record["kind"] = graph.kind_name(edge.kind);
  record["weight"] = edge.weight;
  if (edge.year != kNoYear) record["year"] = edge.year;
  record["evidence"] = graph.evidence_name(edge.evidence);
  if (schema.mixed) record["directed"] = edge.direction == EdgeDirection::directed;
  if (!edge.sources.empty())
    record["sources"] = json_field(sources_json(edge.sources), schema.rules);
  add_attributes(record, edge.attributes, schema.edge_keys, kEdgeKeys, schema.rules);
  return record;
}

std::string number_text(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : std::string("nan");
}

std::string Where::text() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (column > 0) out += ":" + std::to_string(column);
  return out;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace innonet::io::exchange
