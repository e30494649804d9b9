#pragma once
// Internal to the CSV graph reader: typed access to the cells of one record, with messages that
// name file:line:column, the record ("node 'x'") and the column.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"
#include "io/csv_table.hpp"
#include "io/json_cursor.hpp"

namespace innonet::io {

class CsvRow {
 public:
  CsvRow(const CsvReader& reader, const std::vector<CsvField>& fields, std::string label)
      : reader_(reader), fields_(fields), label_(std::move(label)) {}

  void name(const std::string& kind, const std::string& id) { label_ = kind + " '" + id + "'"; }
  // The cell of `column`, "" when the file has no such column.
  const std::string& text(const char* column) const;
  double number(const char* column, double absent) const;  // finite
  std::int32_t year(const char* column) const;             // kNoYear when empty
  bool flag(const char* column, bool absent) const;        // true/false (or 1/0)
  std::optional<GeoPoint> coordinates(const char* latitude, const char* longitude) const;
  // Parses a JSON cell with `parse` (which reads from the cursor); errors point into the cell.
  void json(const char* column, const std::function<void(JsonCursor&)>& parse) const;
  Attributes attributes(const std::vector<std::string>& known_columns) const;

  [[noreturn]] void fail(const char* column, const std::string& what) const;
  // Where the cell of `column` starts in the file (the record's start when there is no such
  // column), for a message given after the record has been read.
  std::size_t offset(const char* column) const;

 private:
  const CsvField* field(const char* column) const;
  const CsvReader& reader_;
  const std::vector<CsvField>& fields_;
  std::string label_;
};

}  // namespace innonet::io
