#pragma once
// The values a query computes with: Cypher's null, booleans, 64-bit integers, doubles, strings,
// lists, maps, and references to graph entities (a node, a relationship, a path). Entities are
// numbers into a GraphView (query/graph_view.hpp); their properties are read from there.
//
// Two orders: `compare_values` is Cypher's comparison (null when the two cannot be compared;
// numbers compare across int/float), `order_values` is the total order ORDER BY, DISTINCT and
// grouping use (null last; within a type as compare_values; across types by a fixed type rank).
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace innonet::query {

struct NodeId {
  std::int32_t id = 0;
  friend bool operator==(NodeId, NodeId) = default;
};
struct RelId {
  std::int32_t id = 0;
  friend bool operator==(RelId, RelId) = default;
};

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;
struct Path {
  std::vector<std::int32_t> nodes;  // one more than rels
  std::vector<std::int32_t> rels;
};

class Value {
 public:
  using Storage = std::variant<std::monostate, bool, std::int64_t, double, std::string,
                               std::shared_ptr<const List>, std::shared_ptr<const Map>, NodeId,
                               RelId, std::shared_ptr<const Path>>;
  Value() = default;
  Value(bool b) : v_(b) {}
  Value(std::int64_t i) : v_(i) {}
  Value(int i) : v_(std::int64_t{i}) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  Value(NodeId n) : v_(n) {}
  Value(RelId r) : v_(r) {}
  Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}

  bool is_null() const { return v_.index() == 0; }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool is_int() const { return std::holds_alternative<std::int64_t>(v_); }
  bool is_float() const { return std::holds_alternative<double>(v_); }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_list() const { return std::holds_alternative<std::shared_ptr<const List>>(v_); }
  bool is_map() const { return std::holds_alternative<std::shared_ptr<const Map>>(v_); }
  bool is_node() const { return std::holds_alternative<NodeId>(v_); }
  bool is_rel() const { return std::holds_alternative<RelId>(v_); }
  bool is_path() const { return std::holds_alternative<std::shared_ptr<const Path>>(v_); }

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_number() const { return is_int() ? double(as_int()) : std::get<double>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  NodeId as_node() const { return std::get<NodeId>(v_); }
  RelId as_rel() const { return std::get<RelId>(v_); }
  const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }
  std::size_t type_rank() const;
  const Storage& storage() const { return v_; }

 private:
  Storage v_;
};

using Row = std::vector<Value>;

// Cypher comparison: nullopt when either side is null or the types cannot be compared.
std::optional<int> compare_values(const Value& a, const Value& b);
// Cypher equality (=): null if either side is null (or a list holds a null that decides it).
std::optional<bool> equal_values(const Value& a, const Value& b);
// Total order for ORDER BY / DISTINCT / grouping: -1, 0, 1. Null sorts last; 1 and 1.0 equal.
int order_values(const Value& a, const Value& b);
struct ValueOrder {
  bool operator()(const Value& a, const Value& b) const { return order_values(a, b) < 0; }
  bool operator()(const Row& a, const Row& b) const;
};

// Literal text of a value, Cypher style: 'text' in lists/maps, plain at the top level.
std::string to_text(const Value& v, bool quote_strings = false);

}  // namespace innonet::query
