#pragma once
// Report tables for spreadsheets:
//   write_xlsx   one worksheet per table (named after it), the notes on a last sheet "notes";
//                numbers stored as numbers, text as UTF-8 (Chinese intact), header row bold and
//                frozen, each column as wide as its widest cell (East Asian characters count 2,
//                at most 60). Written through libxlsxwriter to a temporary file in the target's
//                folder, then renamed: the workbook appears whole or not at all.
//   write_csv_table / write_csv_files   RFC 4180 CSV of one table, or one file per table in a
//                folder (<table name>.csv, notes in notes.csv). A text cell that starts with
//                =, +, - or @ (or a tab or carriage return) and is not a number is prefixed
//                with ' so a spreadsheet shows it instead of running it as a formula (CSV
//                injection). `excel` puts the UTF-8 byte-order mark first, so Excel shows
//                Chinese; `digits` significant digits for doubles (0: full precision).
#include <iosfwd>
#include <string>

#include "tools/output/table.hpp"

namespace innonet::output {

struct CsvOptions {
  bool excel = false;
  int digits = 0;
};

void write_xlsx(const Report& report, const std::string& path);

void write_csv_table(const Table& table, std::ostream& out, const CsvOptions& options);
// The notes of every table: columns table, note.
Table notes_table(const Report& report);
// Writes DIR/<name>.csv per table (+ DIR/notes.csv when there are notes), each atomically;
// returns the paths written.
std::vector<std::string> write_csv_files(const Report& report, const std::string& dir,
                                         const CsvOptions& options);

// The text of a CSV cell after CSV-injection neutralisation (see above).
std::string neutralised(const std::string& text);

}  // namespace innonet::output
