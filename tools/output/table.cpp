#include "tools/output/table.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace innonet::output {
namespace {

bool is_numeric(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

std::string plain_text(const Cell& cell, int significant) {  // CSV: full precision
  if (std::holds_alternative<std::int64_t>(cell))
    return std::to_string(std::get<std::int64_t>(cell));
  if (std::holds_alternative<double>(cell)) {
    const double v = std::get<double>(cell);
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::ostringstream text;
    text.precision(significant);
    text << v;
    return text.str();
  }
  if (std::holds_alternative<std::string>(cell)) return std::get<std::string>(cell);
  return "";
}

// The table as text cells: numbers formatted against their column's largest magnitude.
struct Laid {
  std::vector<std::vector<std::string>> text;
  std::vector<bool> numeric;  // every non-empty cell of the column is a number
  std::vector<int> width;     // natural width of each column
};

Laid lay_out(const Table& table, int significant) {
  const std::size_t columns = table.columns.size();
  Laid laid{.numeric = std::vector<bool>(columns, true), .width = std::vector<int>(columns, 0)};
  std::vector<double> scale(columns, 0.0);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < columns; ++c)
      if (std::holds_alternative<double>(row[c]) && std::isfinite(std::get<double>(row[c])))
        scale[c] = std::max(scale[c], std::abs(std::get<double>(row[c])));
  for (const auto& row : table.rows) {
    auto& line = laid.text.emplace_back(columns);
    for (std::size_t c = 0; c < row.size() && c < columns; ++c) {
      if (std::holds_alternative<double>(row[c]))
        line[c] = format_number(std::get<double>(row[c]), significant, scale[c]);
      else
        line[c] = plain_text(row[c], significant);
      if (!is_numeric(row[c]) && !std::holds_alternative<std::monostate>(row[c]))
        laid.numeric[c] = false;
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    laid.width[c] = display_width(table.columns[c]);
    for (const auto& line : laid.text)
      laid.width[c] = std::max(laid.width[c], display_width(line[c]));
  }
  return laid;
}

int total_width(const std::vector<int>& width, std::size_t shown) {
  int total = 0;
  for (std::size_t c = 0; c < shown; ++c) total += width[c] + (c ? 2 : 0);
  return total;
}

// Narrows text columns (widest first) until the table fits; returns how many columns fit.
std::size_t fit(const Laid& laid, int max_width, std::vector<int>& width) {
  width = laid.width;
  const std::size_t columns = width.size();
  if (max_width <= 0 || total_width(width, columns) <= max_width) return columns;
  std::vector<int> floor(columns);
  for (std::size_t c = 0; c < columns; ++c) {  // a long header wraps at '_' over a number
    int cells = 0;
    for (const auto& line : laid.text) cells = std::max(cells, display_width(line[c]));
    floor[c] = laid.numeric[c] ? std::max(cells, std::min(width[c], 9))
                               : std::min(width[c], std::max(10, std::min(16, cells)));
  }
  // One column at a time, always the widest, so long columns end up about equally wide.
  for (int excess = total_width(width, columns) - max_width; excess > 0; --excess) {
    std::size_t widest = columns;
    for (std::size_t c = 0; c < columns; ++c)
      if (width[c] > floor[c] && (widest == columns || width[c] > width[widest])) widest = c;
    if (widest == columns) break;
    --width[widest];
  }
  std::size_t shown = columns;
  while (shown > 1 && total_width(width, shown) > max_width) --shown;
  return shown;
}

void write_wrapped(const std::string& first_prefix, const std::string& text, int max_width,
                   std::ostream& out) {
  const std::string indent(first_prefix.size(), ' ');
  const int room = max_width > 0 ? std::max(20, max_width - display_width(first_prefix)) : 0;
  const auto lines = wrap_to_width(text, room);
  for (std::size_t i = 0; i < lines.size(); ++i)
    out << (i ? indent : first_prefix) << lines[i] << "\n";
}

// When the columns cannot all fit side by side: one block per row, one line per column
// ("column  value", the value wrapped), so nothing is left out.
void write_expanded(const Table& table, const Laid& laid, std::ostream& out, int max_width) {
  int label = 0;
  for (const auto& column : table.columns) label = std::max(label, display_width(column));
  const int room = std::max(20, max_width - label - 2);
  for (std::size_t r = 0; r < laid.text.size(); ++r) {
    out << "-[ " << table.name << " " << r + 1 << " ]-\n";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (laid.text[r][c].empty()) continue;
      const auto lines = wrap_to_width(laid.text[r][c], room);
      for (std::size_t h = 0; h < lines.size(); ++h) {
        const std::string name = h ? "" : table.columns[c];
        out << name << std::string(static_cast<std::size_t>(label - display_width(name) + 2), ' ')
            << lines[h] << "\n";
      }
    }
  }
  if (laid.text.empty()) out << "(no rows)\n";
  for (const auto& note : table.notes) write_wrapped("note: ", note, max_width, out);
  write_wrapped("note: ",
                "one block per row to fit " + std::to_string(max_width) +
                    " terminal columns (--wide: one line per row; --format csv or json)",
                max_width, out);
}

void write_aligned(const Table& table, std::ostream& out, const WriteOptions& options) {
  if (!table.title.empty()) write_wrapped("", table.title, options.max_width, out);
  const Laid laid = lay_out(table, options.significant);
  std::vector<int> width;
  const std::size_t shown = fit(laid, options.max_width, width);
  if (shown < table.columns.size()) return write_expanded(table, laid, out, options.max_width);
  std::string line;  // trailing blanks are trimmed before each line is written
  auto pad = [&](const std::string& text, std::size_t c, bool right) {
    const std::string fill(static_cast<std::size_t>(std::max(0, width[c] - display_width(text))),
                           ' ');
    line += (c ? "  " : "") + (right ? fill + text : text + fill);
  };
  auto end_line = [&] {
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << "\n";
    line.clear();
  };
  std::vector<std::vector<std::string>> header(shown);
  std::size_t header_height = 1;
  for (std::size_t c = 0; c < shown; ++c) {
    header[c] = wrap_to_width(table.columns[c], width[c]);
    header_height = std::max(header_height, header[c].size());
  }
  for (std::size_t h = 0; h < header_height; ++h) {
    for (std::size_t c = 0; c < shown; ++c)
      pad(h < header[c].size() ? cut_to_width(header[c][h], width[c]) : "", c, false);
    end_line();
  }
  for (std::size_t c = 0; c < shown; ++c)
    out << (c ? "  " : "") << std::string(static_cast<std::size_t>(width[c]), '-');
  out << "\n";
  for (const auto& row : laid.text) {
    std::vector<std::vector<std::string>> lines(shown);
    std::size_t height = 1;
    for (std::size_t c = 0; c < shown; ++c) {
      lines[c] =
          laid.numeric[c] ? std::vector<std::string>{row[c]} : wrap_to_width(row[c], width[c]);
      height = std::max(height, lines[c].size());
    }
    for (std::size_t h = 0; h < height; ++h) {
      for (std::size_t c = 0; c < shown; ++c)
        pad(h < lines[c].size() ? lines[c][h] : "", c, laid.numeric[c]);
      end_line();
    }
  }
  for (const auto& note : table.notes) write_wrapped("note: ", note, options.max_width, out);
}

nlohmann::ordered_json cell_json(const Cell& cell) {
  if (std::holds_alternative<std::int64_t>(cell)) return std::get<std::int64_t>(cell);
  if (std::holds_alternative<double>(cell)) {
    const double v = std::get<double>(cell);
    if (std::isnan(v)) return nullptr;                   // undefined; the table's notes say why
    if (!std::isfinite(v)) return plain_text(cell, 17);  // JSON has no inf
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
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool nan =
          std::holds_alternative<double>(row[c]) && std::isnan(std::get<double>(row[c]));
      out << (c ? "," : "")
          << (nan ? "" : csv_field(plain_text(row[c], std::numeric_limits<double>::max_digits10)));
    }
    out << "\n";
  }
}

void write_json(const Report& report, std::ostream& out) {
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
}

}  // namespace

void write(const Report& report, Format format, std::ostream& out, const WriteOptions& options) {
  if (format == Format::json) return write_json(report, out);
  for (std::size_t t = 0; t < report.tables.size(); ++t) {
    if (t) out << "\n";
    if (format == Format::csv) {
      if (report.tables.size() > 1) out << "# " << report.tables[t].name << "\n";
      write_csv(report.tables[t], out);
    } else {
      write_aligned(report.tables[t], out, options);
    }
  }
}

void write(const Report& report, Format format, std::ostream& out, int significant) {
  write(report, format, out, WriteOptions{.significant = significant, .max_width = 0});
}

}  // namespace innonet::output
