// Cypher value comparison and the total order used for sorting and grouping.
#include "query/value.hpp"

#include <cmath>
#include <sstream>

namespace innonet::query {
namespace {

int sign(double d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); }

int compare_numbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int());
  const double x = a.as_number(), y = b.as_number();
  if (std::isnan(x) || std::isnan(y)) return std::isnan(x) - std::isnan(y);  // NaN above all
  return sign(x - y);
}

template <class Seq, class Cmp>
int lexicographic(const Seq& a, const Seq& b, Cmp cmp) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (const int c = cmp(a[i], b[i]); c != 0) return c;
  return a.size() < b.size() ? -1 : (a.size() > b.size());
}

}  // namespace

std::size_t Value::type_rank() const {
  // Order across types (Cypher's): map, node, relationship, list, path, string, boolean, number,
  // null.
  if (is_number()) return 7;
  switch (v_.index()) {
    case 0: return 8;
    case 1: return 6;
    case 4: return 5;
    case 5: return 3;
    case 6: return 0;
    case 7: return 1;
    case 8: return 2;
    default: return 4;
  }
}

std::optional<int> compare_values(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if ((a.is_float() && std::isnan(a.as_number())) || (b.is_float() && std::isnan(b.as_number())))
      return std::nullopt;
    return compare_numbers(a, b);
  }
  if (a.is_string() && b.is_string()) return sign(a.as_string().compare(b.as_string()));
  if (a.is_bool() && b.is_bool()) return int(a.as_bool()) - int(b.as_bool());
  if (a.is_list() && b.is_list()) {
    const auto& x = a.as_list();
    const auto& y = b.as_list();
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      const auto c = compare_values(x[i], y[i]);
      if (!c || *c != 0) return c;
    }
    return x.size() < y.size() ? -1 : (x.size() > y.size());
  }
  return std::nullopt;
}

std::optional<bool> equal_values(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) return compare_numbers(a, b) == 0;
  if (a.is_list() && b.is_list()) {
    const auto& x = a.as_list();
    const auto& y = b.as_list();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const auto e = equal_values(x[i], y[i]);
      if (e && !*e) return false;
      unknown = unknown || !e;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  if (a.is_map() && b.is_map()) {
    const auto& x = a.as_map();
    const auto& y = b.as_map();
    if (x.size() != y.size()) return false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first) return false;
      const auto e = equal_values(i->second, j->second);
      if (!e || !*e) return e;
    }
    return true;
  }
  if (a.type_rank() != b.type_rank()) return false;
  return order_values(a, b) == 0;
}

int order_values(const Value& a, const Value& b) {
  const auto ra = a.type_rank(), rb = b.type_rank();
  if (ra != rb) return ra < rb ? -1 : 1;
  if (a.is_null()) return 0;
  if (a.is_number()) return compare_numbers(a, b);
  if (a.is_string()) return sign(a.as_string().compare(b.as_string()));
  if (a.is_bool()) return int(a.as_bool()) - int(b.as_bool());
  if (a.is_node()) return sign(double(a.as_node().id) - b.as_node().id);
  if (a.is_rel()) return sign(double(a.as_rel().id) - b.as_rel().id);
  if (a.is_list()) return lexicographic(a.as_list(), b.as_list(), order_values);
  if (a.is_path()) {
    const auto c = lexicographic(a.as_path().nodes, b.as_path().nodes,
                                 [](auto x, auto y) { return sign(double(x) - y); });
    return c != 0 ? c : lexicographic(a.as_path().rels, b.as_path().rels, [](auto x, auto y) {
      return sign(double(x) - y);
    });
  }
  const auto& x = a.as_map();
  const auto& y = b.as_map();
  auto i = x.begin(), j = y.begin();
  for (; i != x.end() && j != y.end(); ++i, ++j) {
    if (const int c = sign(i->first.compare(j->first)); c != 0) return c;
    if (const int c = order_values(i->second, j->second); c != 0) return c;
  }
  return x.size() < y.size() ? -1 : (x.size() > y.size());
}

bool ValueOrder::operator()(const Row& a, const Row& b) const {
  return lexicographic(a, b, order_values) < 0;
}

std::string to_text(const Value& v, bool quote_strings) {
  if (v.is_null()) return "null";
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_float()) {
    std::ostringstream out;
    out.precision(15);
    out << v.as_number();
    std::string text = out.str();
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
  }
  if (v.is_string()) return quote_strings ? "'" + v.as_string() + "'" : v.as_string();
  if (v.is_node()) return "node#" + std::to_string(v.as_node().id);
  if (v.is_rel()) return "rel#" + std::to_string(v.as_rel().id);
  std::string text;
  if (v.is_list()) {
    text = "[";
    for (const auto& x : v.as_list()) text += (text.size() > 1 ? ", " : "") + to_text(x, true);
    return text + "]";
  }
  if (v.is_map()) {
    text = "{";
    for (const auto& [k, x] : v.as_map())
      text += (text.size() > 1 ? ", " : "") + k + ": " + to_text(x, true);
    return text + "}";
  }
  text = "path(";
  for (std::size_t i = 0; i < v.as_path().nodes.size(); ++i)
    text += (i ? "," : "") + std::to_string(v.as_path().nodes[i]);
  return text + ")";
}

}  // namespace innonet::query
