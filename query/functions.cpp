// Scalar, string, list and entity functions.
#include "query/functions.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "query/errors.hpp"

namespace innonet::query {
namespace {

const std::vector<FunctionInfo> kFunctions = {
    {"count", 0, 1, true}, {"sum", 1, 1, true},     {"avg", 1, 1, true}, {"min", 1, 1, true},
    {"max", 1, 1, true},   {"collect", 1, 1, true}, {"length", 1, 1},    {"size", 1, 1},
    {"nodes", 1, 1},       {"relationships", 1, 1}, {"labels", 1, 1},    {"type", 1, 1},
    {"keys", 1, 1},        {"properties", 1, 1},    {"coalesce", 1, -1}, {"tostring", 1, 1},
    {"tointeger", 1, 1},   {"tofloat", 1, 1},       {"toboolean", 1, 1}, {"toupper", 1, 1},
    {"tolower", 1, 1},     {"trim", 1, 1},          {"ltrim", 1, 1},     {"rtrim", 1, 1},
    {"substring", 2, 3},   {"replace", 3, 3},       {"split", 2, 2},     {"left", 2, 2},
    {"right", 2, 2},       {"reverse", 1, 1},       {"startnode", 1, 1}, {"endnode", 1, 1},
    {"head", 1, 1},        {"last", 1, 1},          {"tail", 1, 1},      {"range", 2, 3},
    {"abs", 1, 1},         {"round", 1, 2},         {"floor", 1, 1},     {"ceil", 1, 1},
    {"sqrt", 1, 1},        {"log", 1, 1},           {"log10", 1, 1},     {"exp", 1, 1},
    {"sign", 1, 1},        {"exists", 1, 1},        {"id", 1, 1},        {"pi", 0, 0},
};

[[noreturn]] void type_error(std::string_view f, const char* expected, const Value& got) {
  throw QueryRunError(std::string(f) + "() expects " + expected + ", got " + type_name(got));
}

const std::string& str(std::string_view f, const Value& v) {
  if (!v.is_string()) type_error(f, "a string", v);
  return v.as_string();
}

std::int64_t integer(std::string_view f, const Value& v) {
  if (!v.is_int()) type_error(f, "an integer", v);
  return v.as_int();
}

double number(std::string_view f, const Value& v) {
  if (!v.is_number()) type_error(f, "a number", v);
  return v.as_number();
}

const List& list(std::string_view f, const Value& v) {
  if (!v.is_list()) type_error(f, "a list", v);
  return v.as_list();
}

std::string map_chars(std::string s, int (*f)(int)) {
  for (auto& c : s)
    if (static_cast<unsigned char>(c) < 0x80) c = char(f(static_cast<unsigned char>(c)));
  return s;
}

// Strings are indexed by bytes for ASCII and by UTF-8 characters otherwise.
std::vector<std::string> characters(const std::string& s) {
  std::vector<std::string> chars;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    chars.push_back(s.substr(i, n));
    i += n;
  }
  return chars;
}

std::string join(const std::vector<std::string>& chars, std::int64_t from, std::int64_t count) {
  std::string out;
  for (std::int64_t i = std::max<std::int64_t>(from, 0);
       i < std::int64_t(chars.size()) && i < from + count; ++i)
    out += chars[i];
  return out;
}

Value path_part(const Value& p, bool nodes) {
  List out;
  for (const auto x : nodes ? p.as_path().nodes : p.as_path().rels)
    out.push_back(nodes ? Value(NodeId{x}) : Value(RelId{x}));
  return Value(std::move(out));
}

Value string_function(std::string_view f, const std::vector<Value>& a) {
  const std::string& s = str(f, a[0]);
  if (f == "toupper") return Value(map_chars(s, ::toupper));
  if (f == "tolower") return Value(map_chars(s, ::tolower));
  const auto first = s.find_first_not_of(" \t\n\r"), last = s.find_last_not_of(" \t\n\r");
  if (f == "trim")
    return Value(first == std::string::npos ? "" : s.substr(first, last - first + 1));
  if (f == "ltrim") return Value(first == std::string::npos ? "" : s.substr(first));
  if (f == "rtrim") return Value(last == std::string::npos ? "" : s.substr(0, last + 1));
  const auto chars = characters(s);
  const auto n = std::int64_t(chars.size());
  if (f == "substring")
    return Value(join(chars, integer(f, a[1]), a.size() > 2 ? integer(f, a[2]) : n));
  if (f == "left") return Value(join(chars, 0, integer(f, a[1])));
  if (f == "right") return Value(join(chars, n - integer(f, a[1]), n));
  if (f == "replace") {
    const std::string& from = str(f, a[1]);
    const std::string& to = str(f, a[2]);
    if (from.empty()) return Value(s);
    std::string out;
    std::size_t at = 0;
    for (auto hit = s.find(from); hit != std::string::npos; hit = s.find(from, at)) {
      out += s.substr(at, hit - at) + to;
      at = hit + from.size();
    }
    return Value(out + s.substr(at));
  }
  // split
  const std::string& sep = str(f, a[1]);
  List parts;
  std::size_t at = 0;
  for (auto hit = sep.empty() ? std::string::npos : s.find(sep); hit != std::string::npos;
       hit = s.find(sep, at)) {
    parts.push_back(Value(s.substr(at, hit - at)));
    at = hit + sep.size();
  }
  parts.push_back(Value(s.substr(at)));
  return Value(std::move(parts));
}

Value math_function(std::string_view f, const std::vector<Value>& a) {
  if (f == "abs")
    return a[0].is_int() ? Value(std::abs(a[0].as_int())) : Value(std::abs(number(f, a[0])));
  if (f == "sign") {
    const double x = number(f, a[0]);
    return Value(std::int64_t(x > 0) - std::int64_t(x < 0));
  }
  const double x = number(f, a[0]);
  if (f == "round") {
    if (a.size() == 1) return Value(std::round(x));
    const double scale = std::pow(10.0, double(integer(f, a[1])));
    return Value(std::round(x * scale) / scale);
  }
  if (f == "floor") return Value(std::floor(x));
  if (f == "ceil") return Value(std::ceil(x));
  if (f == "sqrt") return Value(std::sqrt(x));
  if (f == "log") return Value(std::log(x));
  if (f == "log10") return Value(std::log10(x));
  return Value(std::exp(x));  // exp
}

Value conversion(std::string_view f, const Value& v, const GraphView& g) {
  if (f == "tostring") {
    if (v.is_node()) return Value(g.node_display(v.as_node().id));
    if (v.is_string()) return v;
    return Value(to_text(v));
  }
  if (f == "toboolean") {
    if (v.is_bool()) return v;
    if (v.is_string() && (v.as_string() == "true" || v.as_string() == "false"))
      return Value(v.as_string() == "true");
    return {};
  }
  if (v.is_number()) {
    if (f == "tofloat") return Value(v.as_number());
    if (v.is_int()) return v;
    const double d = std::trunc(v.as_number());
    return std::isfinite(d) && std::abs(d) < 9.2e18 ? Value(std::int64_t(d)) : Value();
  }
  if (v.is_string()) {
    try {
      std::size_t used = 0;
      const double d = std::stod(v.as_string(), &used);
      if (used != v.as_string().size()) return {};
      if (f == "tofloat") return Value(d);
      return std::abs(d) < 9.2e18 ? Value(std::int64_t(std::trunc(d))) : Value();
    } catch (const std::exception&) {
      return {};
    }
  }
  type_error(f, "a number or a string", v);
}

Value list_function(std::string_view f, const std::vector<Value>& a) {
  if (f == "range") {
    const std::int64_t from = integer(f, a[0]), to = integer(f, a[1]);
    const std::int64_t step = a.size() > 2 ? integer(f, a[2]) : 1;
    if (step == 0) throw QueryRunError("range() step must not be 0");
    if ((to - from) / step > 10'000'000) throw QueryRunError("range() of more than 10^7 values");
    List out;
    for (std::int64_t x = from; step > 0 ? x <= to : x >= to; x += step) out.push_back(Value(x));
    return Value(std::move(out));
  }
  if (f == "reverse" && a[0].is_string()) {
    auto chars = characters(a[0].as_string());
    std::reverse(chars.begin(), chars.end());
    return Value(join(chars, 0, std::int64_t(chars.size())));
  }
  const List& l = list(f, a[0]);
  if (f == "head") return l.empty() ? Value() : l.front();
  if (f == "last") return l.empty() ? Value() : l.back();
  if (f == "tail") return Value(l.empty() ? List{} : List(l.begin() + 1, l.end()));
  List r(l.rbegin(), l.rend());  // reverse
  return Value(std::move(r));
}

Value entity_function(std::string_view f, const Value& v, const GraphView& g) {
  if (f == "labels") {
    if (!v.is_node()) type_error(f, "a node", v);
    List out{Value(g.label_names()[g.label(v.as_node().id)])};
    if (g.entity(v.as_node().id) == EntityKind::group) out.push_back(Value("group"));
    return Value(std::move(out));
  }
  if (f == "type" || f == "startnode" || f == "endnode") {
    if (!v.is_rel()) type_error(f, "a relationship", v);
    const Rel& r = g.rel(v.as_rel().id);
    if (f == "type") return Value(g.rel_type_names()[r.type]);
    return Value(NodeId{f == "startnode" ? r.source : r.target});
  }
  if (f == "id") {
    if (v.is_node()) return g.node_property(v.as_node().id, "id");
    if (v.is_rel()) return Value(std::int64_t{v.as_rel().id});
    type_error(f, "a node or a relationship", v);
  }
  if (f == "nodes" || f == "relationships") {
    if (!v.is_path()) type_error(f, "a path", v);
    return path_part(v, f == "nodes");
  }
  // keys, properties
  Value props = v.is_node()  ? g.node_properties(v.as_node().id)
                : v.is_rel() ? g.rel_properties(v.as_rel().id)
                : v.is_map() ? v
                             : (type_error(f, "a node, relationship or map", v), Value());
  if (f == "properties") return props;
  List keys;
  for (const auto& [k, x] : props.as_map())
    if (!x.is_null()) keys.push_back(Value(k));
  return Value(std::move(keys));
}

}  // namespace

const std::vector<FunctionInfo>& function_table() { return kFunctions; }

const FunctionInfo* find_function(std::string_view name) {
  for (const auto& f : kFunctions)
    if (f.name == name) return &f;
  return nullptr;
}

std::string type_name(const Value& v) {
  static const char* const kNames[] = {"null", "boolean", "integer", "float",        "string",
                                       "list", "map",     "node",    "relationship", "path"};
  return kNames[v.storage().index()];
}

Value call_function(std::string_view f, const std::vector<Value>& a, const GraphView& g) {
  if (f == "coalesce") {
    for (const auto& v : a)
      if (!v.is_null()) return v;
    return {};
  }
  if (f == "pi") return Value(M_PI);
  if (f == "exists") return Value(!a[0].is_null());
  if (a[0].is_null()) return {};
  if (f == "size" || f == "length") {
    if (a[0].is_list()) return Value(std::int64_t(a[0].as_list().size()));
    if (a[0].is_string()) return Value(std::int64_t(characters(a[0].as_string()).size()));
    if (a[0].is_path()) return Value(std::int64_t(a[0].as_path().rels.size()));
    if (a[0].is_map()) return Value(std::int64_t(a[0].as_map().size()));
    type_error(f, "a list, string or path", a[0]);
  }
  for (std::size_t i = 1; i < a.size(); ++i)
    if (a[i].is_null()) return {};
  if (f.starts_with("to")) {
    if (f == "toupper" || f == "tolower") return string_function(f, a);
    return conversion(f, a[0], g);
  }
  if (f == "trim" || f == "ltrim" || f == "rtrim" || f == "substring" || f == "left" ||
      f == "right" || f == "replace" || f == "split")
    return string_function(f, a);
  if (f == "abs" || f == "sign" || f == "round" || f == "floor" || f == "ceil" || f == "sqrt" ||
      f == "log" || f == "log10" || f == "exp")
    return math_function(f, a);
  if (f == "range" || f == "reverse" || f == "head" || f == "last" || f == "tail")
    return list_function(f, a);
  return entity_function(f, a[0], g);
}

}  // namespace innonet::query
