#include "tools/output/table.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace innonet::output {
namespace {

std::string format_double(double value, int significant) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  std::ostringstream text;
  text << std::setprecision(significant) << value;
  return text.str();
}

std::string cell_text(const Cell& cell, int significant) {
  if (std::holds_alternative<std::int64_t>(cell))
    return std::to_string(std::get<std::int64_t>(cell));
  if (std::holds_alternative<double>(cell))
    return format_double(std::get<double>(cell), significant);
  if (std::holds_alternative<std::string>(cell)) return std::get<std::string>(cell);
  return "";
}

bool is_numeric(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

// Decode one UTF-8 code point starting at i (invalid bytes count as one narrow column).
char32_t next_code_point(const std::string& s, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(s[i]);
  int length = byte < 0x80           ? 1
               : (byte >> 5) == 0x6  ? 2
               : (byte >> 4) == 0xE  ? 3
               : (byte >> 3) == 0x1E ? 4
                                     : 1;
  if (i + length > s.size()) length = 1;
  char32_t cp = length == 1 ? byte : byte & (0x7F >> length);
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return cp;
}

bool is_wide(char32_t cp) {  // East Asian Wide/Fullwidth blocks that matter for our names
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

void write_aligned(const Table& table, std::ostream& out, int significant) {
  if (!table.title.empty()) out << table.title << "\n";
  std::vector<int> width(table.columns.size(), 0);
  for (std::size_t c = 0; c < table.columns.size(); ++c) width[c] = display_width(table.columns[c]);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
      width[c] = std::max(width[c], display_width(cell_text(row[c], significant)));
  auto pad = [&](const std::string& text, std::size_t c, bool right) {
    const std::string fill(static_cast<std::size_t>(width[c] - display_width(text)), ' ');
    out << (right ? fill + text : text + (c + 1 == width.size() ? "" : fill));
  };
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) out << "  ";
    pad(table.columns[c], c, false);
  }
  out << "\n";
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out << (c ? "  " : "") << std::string(static_cast<std::size_t>(width[c]), '-');
  out << "\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) {
      if (c) out << "  ";
      pad(cell_text(row[c], significant), c, is_numeric(row[c]));
    }
    out << "\n";
  }
  for (const auto& note : table.notes) out << "note: " << note << "\n";
}

nlohmann::ordered_json cell_json(const Cell& cell) {
  if (std::holds_alternative<std::int64_t>(cell)) return std::get<std::int64_t>(cell);
  if (std::holds_alternative<double>(cell)) {
    const double v = std::get<double>(cell);
    if (!std::isfinite(v)) return format_double(v, 17);  // JSON has no inf/nan
    return v;
  }
  if (std::holds_alternative<std::string>(cell)) return std::get<std::string>(cell);
  return nullptr;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char ch : text) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return quoted + "\"";
}

void write_csv(const Table& table, std::ostream& out) {
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out << (c ? "," : "") << csv_field(table.columns[c]);
  out << "\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      out << (c ? "," : "")
          << csv_field(cell_text(row[c], std::numeric_limits<double>::max_digits10));
    out << "\n";
  }
}

}  // namespace

int display_width(const std::string& utf8) {
  int width = 0;
  for (std::size_t i = 0; i < utf8.size();) width += is_wide(next_code_point(utf8, i)) ? 2 : 1;
  return width;
}

void write(const Report& report, Format format, std::ostream& out, int significant) {
  if (format == Format::json) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    for (const auto& table : report.tables) {
      auto rows = nlohmann::ordered_json::array();
      for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c)
          object[table.columns[c]] = cell_json(row[c]);
        rows.push_back(std::move(object));
      }
      doc[table.name] = std::move(rows);
      if (!table.notes.empty()) doc[table.name + "_notes"] = table.notes;
    }
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (std::size_t t = 0; t < report.tables.size(); ++t) {
    if (t) out << "\n";
    if (format == Format::csv) {
      if (report.tables.size() > 1) out << "# " << report.tables[t].name << "\n";
      write_csv(report.tables[t], out);
    } else {
      write_aligned(report.tables[t], out, significant);
    }
  }
}

}  // namespace innonet::output
