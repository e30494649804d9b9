#pragma once
// JsonCursor: a pull parser over JSON text that knows where it is. The native graph reader walks
// the document record by record with it, so a file is never held as a DOM (memory: the text plus
// the graph being built) and every error names file:line:column.
//
// Strict RFC 8259: no comments, no trailing commas, no NaN/Infinity, strings must be valid UTF-8
// with no raw control characters, duplicate keys in an object are refused. Lines are counted by
// '\n'; columns are 1-based and count characters (UTF-8 code points), as editors show them.
// Nesting deeper than kMaxJsonDepth is refused instead of overflowing the stack.
// Cost: O(bytes); positions are computed only when an error is thrown.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "engine/utf8.hpp"  // utf8_sequence_length
#include "io/repeated_keys.hpp"

namespace innonet::io {

inline constexpr int kMaxJsonDepth = 256;

// `other`: a character that cannot start a value (',', ':', '}', ']', or garbage).
enum class JsonKind { object, array, string, number, boolean, null, other, end };

// 1-based line and column (in code points) of `offset` in `text`.
struct TextLocation {
  std::int64_t line = 1;
  std::int64_t column = 1;
};
TextLocation locate(std::string_view text, std::size_t offset);

// Appends key: value to an ordered_json object in O(1). nlohmann's own insertion searches the
// object first (O(keys)), which made every reader quadratic in the keys of one object; callers
// check that the key is new with a hash set of their own.
inline void append_member(nlohmann::ordered_json& object, std::string key,
                          nlohmann::ordered_json value) {
  using Members = nlohmann::ordered_json::object_t;
  object.get_ref<Members&>().Members::Container::emplace_back(std::move(key), std::move(value));
}

class JsonCursor {
 public:
  JsonCursor(std::string_view text, std::string file_name)
      : text_(text), file_(std::move(file_name)) {}

  // At the start of a file: steps over a UTF-8 byte-order mark, if there is one.
  void skip_byte_order_mark() {
    if (at_ == 0 && text_.starts_with("\xEF\xBB\xBF")) at_ = 3;
  }
  // Skips blanks and says what comes next (end: no more text). Never throws.
  JsonKind peek();
  std::size_t offset() const { return at_; }
  const std::string& file_name() const { return file_; }
  // "file:line:col" of `offset`, for records handed to the builder.
  std::string origin(std::size_t offset) const;

  // Containers: begin_object(); while (next_member(key)) {...}  (same for arrays with
  // next_element()). `what` names the value in messages ("the nodes list").
  void begin_object(const std::string& what);
  bool next_member(std::string& key);                 // false after the closing brace
  std::size_t key_offset() const { return key_at_; }  // of the last key next_member read
  void begin_array(const std::string& what);
  bool next_element();  // false after the closing bracket

  std::string read_string(const std::string& what);
  double read_double(const std::string& what);  // any finite JSON number
  std::int64_t read_integer(const std::string& what);
  bool read_bool(const std::string& what);
  nlohmann::ordered_json read_value();  // any JSON value, kept as is
  void skip_value() { (void)read_value(); }
  void expect_end();  // only blanks may follow the document

  // A description of the next value for "found ..." parts of messages.
  std::string describe_next();

  // Messages are prefixed with the record being read, e.g. "node 'x': " (empty: none).
  void set_context(std::string context) { context_ = std::move(context); }

  [[noreturn]] void fail(std::size_t offset, const std::string& what) const;
  [[noreturn]] void fail_expected(const std::string& expected, const std::string& what);

 private:
  void skip_blanks();
  void expect_char(char c, const std::string& expected);
  std::string parse_string();
  nlohmann::ordered_json parse_number();
  std::size_t number_end(std::size_t from) const;
  nlohmann::ordered_json parse_value(int depth);
  void parse_escape(std::string& out);
  bool just_opened(char open) const;  // the last non-blank character before at_ is `open`
  // Members left in the object being read (a ':' outside strings and nested values before the
  // closing brace): a capacity hint for large objects, exact for well-formed text, never more
  // than a fifth of the bytes left. O(bytes of the object); used once per large object.
  std::size_t members_ahead() const;

  std::string_view text_;
  std::string file_;
  std::string context_;
  std::size_t at_ = 0;
  std::size_t key_at_ = 0;
  // origin() is called once per record, at increasing offsets: resume counting from the last one
  // so that naming every record costs O(bytes) in all, not O(bytes) each.
  mutable std::size_t located_offset_ = 0;
  mutable TextLocation located_;
  // Per nesting depth, the keys of the object being read there and where each key starts: the
  // duplicate check runs when the object ends (io/repeated_keys.hpp). Kept between objects so
  // that the many small objects of a file allocate nothing; indexed, never held by reference,
  // since reading a deeper object may grow the vector.
  struct ObjectKeys {
    RepeatedKeys keys;
    std::vector<std::size_t> offsets;
  };
  std::vector<ObjectKeys> object_keys_;
};

}  // namespace innonet::io
