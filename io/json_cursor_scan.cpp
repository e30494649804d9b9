// JsonCursor's scanners: strings (escapes, surrogate pairs, UTF-8 checks), numbers and whole
// values (kept as ordered_json, with duplicate keys refused).
#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <string>

#include "engine/error.hpp"
#include "engine/utf8.hpp"
#include "io/json_cursor.hpp"

namespace innonet::io {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Members read before an object counts the rest to reserve room: small objects never scan twice.
constexpr std::size_t kReserveAfter = 4096;

}  // namespace

std::size_t JsonCursor::members_ahead() const {
  // A member takes at least 5 bytes ("":0 and a separator): text of stray colons cannot make
  // the caller reserve more than a valid object of the same size would use.
  const auto capped = [&](std::size_t members) {
    return std::min(members, (text_.size() - at_) / 5 + 1);
  };
  std::size_t members = 0, depth = 0;
  bool in_string = false;
  for (std::size_t i = at_; i < text_.size(); ++i) {
    const char c = text_[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '{':
      case '[': ++depth; break;
      case '}':
      case ']':
        if (depth == 0) return capped(members);
        --depth;
        break;
      case ':': members += depth == 0; break;
      default: break;
    }
  }
  return capped(members);
}

void JsonCursor::parse_escape(std::string& out) {
  const std::size_t start = at_;  // at the backslash
  if (at_ + 1 >= text_.size()) fail(at_, "unterminated string");
  const char c = text_[at_ + 1];
  at_ += 2;
  switch (c) {
    case '"': out += '"'; return;
    case '\\': out += '\\'; return;
    case '/': out += '/'; return;
    case 'b': out += '\b'; return;
    case 'f': out += '\f'; return;
    case 'n': out += '\n'; return;
    case 'r': out += '\r'; return;
    case 't': out += '\t'; return;
    case 'u': break;
    default: fail(start, "invalid escape '\\" + std::string(1, c) + "' in a string");
  }
  auto read_hex4 = [&](std::size_t from) -> char32_t {
    if (from + 4 > text_.size()) fail(start, "expected 4 hex digits after \\u");
    char32_t value = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int d = hex_digit(text_[from + k]);
      if (d < 0) fail(from + k, "expected 4 hex digits after \\u");
      value = value * 16 + static_cast<char32_t>(d);
    }
    return value;
  };
  char32_t cp = read_hex4(at_);
  at_ += 4;
  if (cp >= 0xDC00 && cp <= 0xDFFF) fail(start, "lone low surrogate \\u escape in a string");
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (at_ + 1 >= text_.size() || text_[at_] != '\\' || text_[at_ + 1] != 'u')
      fail(start, "high surrogate \\u escape not followed by a low surrogate");
    const char32_t low = read_hex4(at_ + 2);
    if (low < 0xDC00 || low > 0xDFFF)
      fail(start, "high surrogate \\u escape not followed by a low surrogate");
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    at_ += 6;
  }
  append_utf8(out, cp);
}

std::string JsonCursor::parse_string() {
  const std::size_t start = at_;  // at the opening quote
  ++at_;
  std::string out;
  while (true) {
    std::size_t run = at_;  // copy plain runs in one go
    while (run < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[run]);
      if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) break;
      ++run;
    }
    out.append(text_.substr(at_, run - at_));
    at_ = run;
    if (at_ >= text_.size()) fail(start, "unterminated string (no closing quote)");
    const auto b = static_cast<unsigned char>(text_[at_]);
    if (b == '"') {
      ++at_;
      return out;
    }
    if (b == '\\') {
      parse_escape(out);
    } else if (b < 0x20) {
      fail(at_, b == '\n' ? "unterminated string (newline before the closing quote)"
                          : "raw control character in a string (write it as \\u00XX)");
    } else {
      const auto length = utf8_sequence_length(text_, at_);
      if (length == 0) fail(at_, "invalid UTF-8 in a string");
      out.append(text_.substr(at_, length));
      at_ += length;
    }
  }
}

std::size_t JsonCursor::number_end(std::size_t from) const {
  std::size_t i = from;
  while (i < text_.size() && (is_digit(text_[i]) || text_[i] == '-' || text_[i] == '+' ||
                              text_[i] == '.' || text_[i] == 'e' || text_[i] == 'E'))
    ++i;
  return i;
}

// RFC 8259 number grammar; integers stay integers (int64, else uint64), others are doubles.
nlohmann::ordered_json JsonCursor::parse_number() {
  const std::size_t start = at_;
  const std::size_t end = number_end(start);
  const std::string_view token = text_.substr(start, end - start);
  std::size_t i = 0;
  auto bad = [&] { fail(start, "malformed number '" + std::string(token) + "'"); };
  if (i < token.size() && token[i] == '-') ++i;
  if (i >= token.size() || !is_digit(token[i])) bad();
  if (token[i] == '0' && i + 1 < token.size() && is_digit(token[i + 1])) bad();  // leading zero
  while (i < token.size() && is_digit(token[i])) ++i;
  bool integral = true;
  if (i < token.size() && token[i] == '.') {
    integral = false;
    if (++i >= token.size() || !is_digit(token[i])) bad();
    while (i < token.size() && is_digit(token[i])) ++i;
  }
  if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
    integral = false;
    if (++i < token.size() && (token[i] == '+' || token[i] == '-')) ++i;
    if (i >= token.size() || !is_digit(token[i])) bad();
    while (i < token.size() && is_digit(token[i])) ++i;
  }
  if (i != token.size()) bad();
  at_ = end;
  const char* first = token.data();
  const char* last = token.data() + token.size();
  if (integral) {
    std::int64_t value = 0;
    if (std::from_chars(first, last, value).ec == std::errc()) return value;
    std::uint64_t unsigned_value = 0;
    if (token[0] != '-' && std::from_chars(first, last, unsigned_value).ec == std::errc())
      return unsigned_value;
  }
  double value = 0.0;
  const auto result = std::from_chars(first, last, value);
  if (result.ec != std::errc() || !std::isfinite(value))
    fail(start, "number out of range '" + std::string(token) + "'");
  return value;
}

nlohmann::ordered_json JsonCursor::parse_value(int depth) {
  const std::size_t start = at_;
  const JsonKind kind = peek();
  if (depth > kMaxJsonDepth)
    fail(at_, "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  auto literal = [&](std::string_view word, nlohmann::ordered_json value) {
    if (text_.substr(at_, word.size()) != word) fail(at_, "expected a JSON value");
    at_ += word.size();
    return value;
  };
  switch (kind) {
    case JsonKind::end:
    case JsonKind::other: fail(at_, "expected a JSON value, found " + describe_next());
    case JsonKind::string: return parse_string();
    case JsonKind::number: return parse_number();
    case JsonKind::null: return literal("null", nullptr);
    case JsonKind::boolean:
      return text_[at_] == 't' ? literal("true", true) : literal("false", false);
    case JsonKind::array: {
      ++at_;
      auto out = nlohmann::ordered_json::array();
      while (next_element()) out.push_back(parse_value(depth + 1));
      return out;
    }
    case JsonKind::object: {
      ++at_;
      auto out = nlohmann::ordered_json::object();
      using Members = nlohmann::ordered_json::object_t::Container;  // the map's vector
      const Members& members = out.get_ref<const nlohmann::ordered_json::object_t&>();
      const auto level = static_cast<std::size_t>(depth);
      if (object_keys_.size() <= level) object_keys_.resize(level + 1);
      object_keys_[level].keys.clear();
      object_keys_[level].offsets.clear();
      std::string key;
      while (next_member(key)) {
        // A large object: reserve for the members still to come. Growing by doubling touched
        // twice the members' memory and moved them, and the page faults of that fresh memory
        // made the time per byte of a 100 MB object 1.7 times that of a 1 MB one.
        if (members.size() == kReserveAfter) {
          const std::size_t ahead = kReserveAfter + 1 + members_ahead();
          out.get_ref<nlohmann::ordered_json::object_t&>().reserve(ahead);
          object_keys_[level].keys.reserve(ahead);
          object_keys_[level].offsets.reserve(ahead);
        }
        object_keys_[level].keys.add(key);
        object_keys_[level].offsets.push_back(key_at_);
        append_member(out, std::move(key), parse_value(depth + 1));
      }
      const auto repeat = object_keys_[level].keys.first_repeat(
          [&](std::size_t i) -> std::string_view { return members[i].first; });
      if (repeat)
        fail(object_keys_[level].offsets[*repeat],
             "duplicate key \"" + members[*repeat].first + "\" in an object");
      return out;
    }
  }
  fail(start, "expected a JSON value");
}

}  // namespace innonet::io
