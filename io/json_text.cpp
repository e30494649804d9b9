// JSON text for the writers: strings escaped exactly as nlohmann::json and Python's json module
// (ensure_ascii off) escape them, numbers in the shortest exact form, ", " and ": " separators.
#include <cmath>
#include <string>

#include "engine/error.hpp"
#include "engine/utf8.hpp"
#include "io/native_json.hpp"

namespace innonet::io {

void append_json_string(std::string& out, std::string_view text) {
  if (!is_valid_utf8(text)) throw Error("cannot write a string that is not valid UTF-8");
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[(c >> 4) & 0xF];
          out += kHex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// Integral values below 1e15 are written without a fraction ("1", not "1.0"); they read back as
// the same double. Everything else: the shortest text that reads back exactly (nlohmann's Grisu2).
void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) throw Error("cannot write a non-finite number");
  if (value == std::trunc(value) && std::abs(value) < 1e15 &&
      !(value == 0 && std::signbit(value))) {
    out += std::to_string(static_cast<std::int64_t>(value));
    return;
  }
  out += nlohmann::json(value).dump();
}

void append_json(std::string& out, const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : value.items()) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, key);
        out += ": ";
        append_json(out, item);
      }
      out += '}';
      return;
    }
    case nlohmann::json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (i) out += ", ";
        append_json(out, value[i]);
      }
      out += ']';
      return;
    }
    case nlohmann::json::value_t::string:
      append_json_string(out, value.get_ref<const std::string&>());
      return;
    case nlohmann::json::value_t::number_float:
      if (!std::isfinite(value.get<double>())) throw Error("cannot write a non-finite number");
      out += value.dump();
      return;
    default: out += value.dump(); return;  // integers, booleans, null
  }
}

}  // namespace innonet::io
