#pragma once
// RFC 4180 CSV with positions: a header line naming the columns, then one record per line.
// Fields are separated by commas; a field in double quotes may hold commas, newlines and quotes
// (doubled: ""). Lines end in LF or CRLF; a UTF-8 byte-order mark is skipped; blank lines are
// skipped. The whole text must be valid UTF-8. Every error is a ParseError naming
// file:line:column (columns count characters) and what was expected: unterminated quote,
// a quote inside an unquoted field, wrong number of fields, missing column, bad UTF-8.
// Cost: O(bytes); a field's column is only computed for an error message.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace innonet::io {

struct CsvField {
  std::string value;
  std::size_t offset = 0;  // of the field's first character (the opening quote if quoted)
};

class CsvReader {
 public:
  // Reads and checks the header. Throws on an empty file, bad UTF-8, or a header that repeats a
  // column or lacks one of `required`.
  CsvReader(std::string_view text, std::string file_name,
            std::initializer_list<const char*> required);

  const std::vector<std::string>& columns() const { return columns_; }
  std::optional<std::size_t> column(std::string_view name) const;

  // The next record, false at the end. Its field count must match the header's.
  bool next(std::vector<CsvField>& record);
  std::int64_t record_line() const { return record_line_; }  // 1-based line of the last record
  std::string origin() const { return file_ + ":" + std::to_string(record_line_); }
  const std::string& file_name() const { return file_; }

  // Throws a ParseError at `offset` (a field's offset).
  [[noreturn]] void fail(std::size_t offset, const std::string& what) const;

 private:
  bool read_record(std::vector<CsvField>& record);  // false at the end of the text
  std::string_view text_;
  std::string file_;
  std::size_t at_ = 0;
  std::int64_t line_ = 1;  // line of at_
  std::int64_t record_line_ = 0;
  std::vector<std::string> columns_;
  // Column positions by name: a header of k columns is read in O(k), each lookup in O(1).
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> positions_;
};

// Appends `value` as a CSV field, quoted when it holds a comma, quote, CR or LF (or leading or
// trailing blanks, which some tools trim).
void append_csv_field(std::string& out, std::string_view value);

}  // namespace innonet::io
