#include "io/json_cursor.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include "engine/error.hpp"
#include "io/printable.hpp"

namespace innonet::io {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string kind_name(JsonKind kind) {
  switch (kind) {
    case JsonKind::object: return "an object";
    case JsonKind::array: return "a list";
    case JsonKind::string: return "a string";
    case JsonKind::number: return "number";
    case JsonKind::boolean: return "true/false";
    case JsonKind::null: return "null";
    case JsonKind::end: return "the end of the file";
    case JsonKind::other: return "?";
  }
  return "?";
}

}  // namespace

TextLocation locate(std::string_view text, std::size_t offset) {
  TextLocation where;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) >> 6) != 0x2) {
      ++where.column;  // continuation bytes do not start a character
    }
  }
  return where;
}

std::string JsonCursor::origin(std::size_t offset) const {
  if (offset < located_offset_) {
    located_offset_ = 0;
    located_ = TextLocation{};
  }
  const auto step = locate(text_.substr(located_offset_), offset - located_offset_);
  located_.column = step.line > 1 ? step.column : located_.column + step.column - 1;
  located_.line += step.line - 1;
  located_offset_ = offset;
  return file_ + ":" + std::to_string(located_.line) + ":" + std::to_string(located_.column);
}

void JsonCursor::fail(std::size_t offset, const std::string& what) const {
  const auto where = locate(text_, offset);
  throw ParseError(file_, where.line, where.column,
                   printable(context_.empty() ? what : context_ + ": " + what));
}

std::string JsonCursor::describe_next() {
  const auto kind = peek();
  if (kind == JsonKind::string || kind == JsonKind::number) {
    const std::size_t end =
        kind == JsonKind::number ? number_end(at_) : std::min(text_.size(), at_ + 40);
    std::string token(text_.substr(at_, end - at_));
    if (kind == JsonKind::string) {
      const auto close = token.find('"', 1);
      token = close == std::string::npos ? token + "..." : token.substr(0, close + 1);
      return "string " + token;
    }
    return "number " + token;
  }
  if (kind == JsonKind::other) {
    const auto length = utf8_sequence_length(text_, at_);
    const std::string_view c = text_.substr(at_, length == 0 ? 1 : length);
    if (c == "N" || c == "I" || (c == "-" && text_.substr(at_, 2) == "-I"))
      return "NaN or Infinity (JSON has no non-finite numbers)";
    return length == 0 ? "invalid UTF-8" : "'" + std::string(c) + "'";
  }
  return kind_name(kind);
}

void JsonCursor::fail_expected(const std::string& expected, const std::string& what) {
  const std::string found = describe_next();
  fail(at_, "expected " + expected + (what.empty() ? "" : " in " + what) + ", found " + found);
}

void JsonCursor::skip_blanks() {
  while (at_ < text_.size() && is_blank(text_[at_])) ++at_;
}

bool JsonCursor::just_opened(char open) const {
  std::size_t i = at_;
  while (i > 0 && is_blank(text_[i - 1])) --i;
  return i > 0 && text_[i - 1] == open;
}

JsonKind JsonCursor::peek() {
  skip_blanks();
  if (at_ >= text_.size()) return JsonKind::end;
  switch (text_[at_]) {
    case '{': return JsonKind::object;
    case '[': return JsonKind::array;
    case '"': return JsonKind::string;
    case 't':
    case 'f': return JsonKind::boolean;
    case 'n': return JsonKind::null;
    default: break;
  }
  const char c = text_[at_];
  if (c == '-' || (c >= '0' && c <= '9')) return JsonKind::number;
  return JsonKind::other;
}

void JsonCursor::expect_char(char c, const std::string& expected) {
  skip_blanks();
  if (at_ >= text_.size()) fail(at_, "expected " + expected + ", found the end of the file");
  if (text_[at_] != c) {
    const auto length = utf8_sequence_length(text_, at_);
    fail(at_, "expected " + expected + ", found '" +
                  std::string(text_.substr(at_, length == 0 ? 1 : length)) + "'");
  }
  ++at_;
}

void JsonCursor::begin_object(const std::string& what) {
  if (peek() != JsonKind::object) fail_expected("an object", what);
  ++at_;
}

bool JsonCursor::next_member(std::string& key) {
  skip_blanks();
  if (at_ < text_.size() && text_[at_] == '}') {
    ++at_;
    return false;
  }
  if (!just_opened('{')) expect_char(',', "',' or '}'");
  skip_blanks();
  if (at_ >= text_.size() || text_[at_] != '"')
    expect_char('"', just_opened(',') ? "a key (a string)" : "a key (a string) or '}'");
  key_at_ = at_;
  key = parse_string();
  expect_char(':', "':' after the key");
  return true;
}

void JsonCursor::begin_array(const std::string& what) {
  if (peek() != JsonKind::array) fail_expected("a list", what);
  ++at_;
}

bool JsonCursor::next_element() {
  skip_blanks();
  if (at_ < text_.size() && text_[at_] == ']') {
    ++at_;
    return false;
  }
  if (!just_opened('[')) expect_char(',', "',' or ']'");
  return true;
}

std::string JsonCursor::read_string(const std::string& what) {
  if (peek() != JsonKind::string) fail_expected("a string", what);
  return parse_string();
}

double JsonCursor::read_double(const std::string& what) {
  if (peek() != JsonKind::number) fail_expected("a number", what);
  const auto start = at_;
  const auto value = parse_number();
  const double result = value.get<double>();
  if (!std::isfinite(result)) fail(start, "number out of range in " + what);
  return result;
}

std::int64_t JsonCursor::read_integer(const std::string& what) {
  if (peek() != JsonKind::number) fail_expected("an integer", what);
  const auto start = at_;
  const auto value = parse_number();
  if (!value.is_number_integer() ||
      (value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t{INT64_MAX}))
    fail(start, "expected an integer in " + what + ", found number " +
                    std::string(text_.substr(start, at_ - start)));
  return value.get<std::int64_t>();
}

bool JsonCursor::read_bool(const std::string& what) {
  if (peek() != JsonKind::boolean) fail_expected("true or false", what);
  return parse_value(0).get<bool>();
}

nlohmann::ordered_json JsonCursor::read_value() { return parse_value(0); }

void JsonCursor::expect_end() {
  skip_blanks();
  if (at_ < text_.size()) fail(at_, "expected the end of the file after the document");
}

}  // namespace innonet::io
