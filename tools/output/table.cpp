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
std::size_t fit(const Table& table, const Laid& laid, int max_width, std::vector<int>& width) {
  width = laid.width;
  const std::size_t columns = width.size();
  if (max_width <= 0 || total_width(width, columns) <= max_width) return columns;
  std::vector<int> floor(columns);
  for (std::size_t c = 0; c < columns; ++c)
    floor[c] =
        laid.numeric[c]
            ? width[c]
            : std::min(width[c], std::max(10, std::min(16, display_width(table.columns[c]))));
  while (total_width(width, columns) > max_width) {
    std::size_t widest = columns;
    for (std::size_t c = 0; c < columns; ++c)
      if (width[c] > floor[c] && (widest == columns || width[c] > width[widest])) widest = c;
    if (widest == columns) break;
    width[widest] -= std::min(width[widest] - floor[widest],
                              std::max(1, total_width(width, columns) - max_width));
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

void write_aligned(const Table& table, std::ostream& out, const WriteOptions& options) {
  if (!table.title.empty()) write_wrapped("", table.title, options.max_width, out);
  const Laid laid = lay_out(table, options.significant);
  std::vector<int> width;
  const std::size_t shown = fit(table, laid, options.max_width, width);
  auto pad = [&](const std::string& text, std::size_t c, bool right) {
    const std::string fill(static_cast<std::size_t>(std::max(0, width[c] - display_width(text))),
                           ' ');
    out << (c ? "  " : "") << (right ? fill + text : text + (c + 1 == shown ? "" : fill));
  };
  for (std::size_t c = 0; c < shown; ++c) pad(cut_to_width(table.columns[c], width[c]), c, false);
  out << "\n";
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
      out << "\n";
    }
  }
  for (const auto& note : table.notes) write_wrapped("note: ", note, options.max_width, out);
  if (shown < table.columns.size()) {
    std::string left_out;
    for (std::size_t c = shown; c < table.columns.size(); ++c)
      left_out += (left_out.empty() ? "" : ", ") + table.columns[c];
    write_wrapped("note: ",
                  "columns left out to fit " + std::to_string(options.max_width) +
                      " terminal columns: " + left_out +
                      " (--wide shows every column; --format csv or json gives them all)",
                  options.max_width, out);
  }
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
