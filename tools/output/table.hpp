#pragma once
// Command results as tables, printed for people (aligned columns, CJK-aware widths) or for
// scripts (JSON, CSV) with stable field names. Commands build a Report; only tools/ prints.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

namespace innonet::output {

enum class Format { table, json, csv, xlsx };

// An empty cell (std::monostate) prints as "" in tables/CSV and null in JSON.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Table {
  std::string name;                  // JSON key / CSV section name, snake_case
  std::string title;                 // heading shown above the aligned table (may be empty)
  std::vector<std::string> columns;  // stable field names
  std::vector<std::vector<Cell>> rows;
  std::vector<std::string> notes;  // shown under the table; in JSON as "<name>_notes"

  void add_row(std::vector<Cell> row) { rows.push_back(std::move(row)); }
};

struct Report {
  std::vector<Table> tables;
  int exit_code = 0;
};

// Doubles print with up to `significant` significant digits in tables and full round-trip
// precision in JSON/CSV, so scripts never lose digits.
void write(const Report& report, Format format, std::ostream& out, int significant = 6);

// Terminal columns a UTF-8 string occupies (East Asian wide characters count 2).
int display_width(const std::string& utf8);

}  // namespace innonet::output
