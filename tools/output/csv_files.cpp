// CSV for spreadsheets: one table per stream or per file, Excel's byte-order mark, chosen
// precision and CSV-injection neutralisation (tools/output/spreadsheet.hpp).
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <limits>
#include <ostream>
#include <sstream>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "tools/output/spreadsheet.hpp"

namespace innonet::output {
namespace {

bool is_number(const std::string& text) {
  double value = 0;
  const char* begin = text.data() + (!text.empty() && text[0] == '+' ? 1 : 0);
  const auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
  return begin != text.data() + text.size() && error == std::errc() &&
         end == text.data() + text.size();
}

std::string quoted(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string cell_text(const Cell& cell, int digits) {
  if (const auto* i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&cell)) {
    if (std::isnan(*d)) return "nan";
    if (std::isinf(*d)) return *d > 0 ? "inf" : "-inf";
    std::ostringstream text;
    text << std::setprecision(digits > 0 ? digits : std::numeric_limits<double>::max_digits10)
         << *d;
    return text.str();
  }
  if (const auto* s = std::get_if<std::string>(&cell)) return neutralised(*s);
  return "";
}

}  // namespace

std::string neutralised(const std::string& text) {
  if (text.size() < 2 || std::string("=+-@\t\r").find(text[0]) == std::string::npos ||
      is_number(text))
    return text;
  return "'" + text;
}

void write_csv_table(const Table& table, std::ostream& out, const CsvOptions& options) {
  if (options.excel) out << "\xEF\xBB\xBF";
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out << (c ? "," : "") << quoted(neutralised(table.columns[c]));
  out << (options.excel ? "\r\n" : "\n");
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      out << (c ? "," : "") << quoted(cell_text(row[c], options.digits));
    out << (options.excel ? "\r\n" : "\n");
  }
}

Table notes_table(const Report& report) {
  Table notes{"notes", "Notes", {"table", "note"}, {}, {}};
  for (const auto& table : report.tables)
    for (const auto& note : table.notes) notes.add_row({table.name, note});
  return notes;
}

std::vector<std::string> write_csv_files(const Report& report, const std::string& dir,
                                         const CsvOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(dir + ": cannot create the output folder: " + ec.message());
  std::vector<std::string> written;
  auto write_one = [&](const Table& table) {
    std::ostringstream text;
    write_csv_table(table, text, options);
    const auto path = (std::filesystem::path(dir) / (table.name + ".csv")).string();
    io::write_file_atomically(path, text.str());
    written.push_back(path);
  };
  for (const auto& table : report.tables) write_one(table);
  if (const Table notes = notes_table(report); !notes.rows.empty()) write_one(notes);
  return written;
}

}  // namespace innonet::output
