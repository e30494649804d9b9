#pragma once
// Command results as tables, printed for people (aligned columns, CJK-aware widths) or for
// scripts (JSON, CSV) with stable field names. Commands build a Report; only tools/ prints.
//
// Tables for people fit a terminal: WriteOptions::max_width columns (120 unless the terminal
// says otherwise; 0 = unlimited, `--wide`). When a table is wider, its text columns narrow (the
// widest first, never below a few columns) and their long cells wrap inside the column at spaces
// or separators; numbers never wrap. If the numbers alone are wider than the terminal, the
// columns that do not fit are left out and a note names them. Notes and titles wrap at spaces.
// Doubles show `significant` significant digits (at least every digit of the integer part, never
// an exponent between 1e-4 and 1e15); a value below 1e-12 of its column's largest magnitude
// shows as 0 (iteration noise, e.g. 7.8e-26 where the exact answer is 0); NaN shows as an empty
// cell (the command's notes say why a value is undefined). JSON and CSV keep full precision.
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

inline constexpr int kDefaultWidth = 120;

struct WriteOptions {
  int significant = 4;            // digits of doubles in aligned tables
  int max_width = kDefaultWidth;  // terminal columns for aligned tables; 0 = unlimited
};

void write(const Report& report, Format format, std::ostream& out, const WriteOptions& options);
// Shorthand kept for callers that only choose the digits (unlimited width).
void write(const Report& report, Format format, std::ostream& out, int significant = 6);

// Terminal columns a UTF-8 string occupies (East Asian wide characters count 2).
int display_width(const std::string& utf8);

// `utf8` cut to at most `width` columns, ending in "…" when anything was cut.
std::string cut_to_width(const std::string& utf8, int width);

// `text` broken into lines of at most `width` columns, at spaces or after separators (, ; 、)
// where possible, else inside a word. width <= 0: one line.
std::vector<std::string> wrap_to_width(const std::string& text, int width);

// How a double prints in aligned tables (see above); `column_scale` is the largest magnitude in
// its column (0: none known).
std::string format_number(double value, int significant, double column_scale = 0.0);

}  // namespace innonet::output
