#include "io/tie_sheet.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/sheet_rows.hpp"

namespace innonet::io {
namespace {

const std::vector<std::pair<std::string, std::vector<std::string>>> kHeaders = {
    {"source", {"source", "from", "a", "甲方", "来源", "起点", "主体a", "单位a", "发起方"}},
    {"target", {"target", "to", "b", "乙方", "目标", "终点", "主体b", "单位b", "合作方"}},
    {"kind", {"kind", "relation", "tie", "合作类型", "关系类型", "关系", "类型"}},
    {"year", {"year", "年份", "年度", "时间"}},
    {"weight", {"weight", "权重", "强度", "次数"}},
    {"evidence", {"evidence", "证据", "依据"}},
    {"directed", {"directed", "有向", "是否有向"}},
    {"source_type", {"source_type", "甲方类型", "来源类型"}},
    {"target_type", {"target_type", "乙方类型", "目标类型"}}};

// Without blanks and no-break spaces (U+00A0, "\xC2\xA0" in UTF-8) at either end. The no-break
// space goes as a whole: its two bytes are not blanks on their own ("\xC2\xA9" is '©').
std::string trimmed(std::string_view s) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  for (;;) {
    if (!s.empty() && std::string_view(" \t\r\n").find(s.front()) != std::string_view::npos)
      s.remove_prefix(1);
    else if (s.starts_with(kNoBreakSpace))
      s.remove_prefix(kNoBreakSpace.size());
    else
      break;
  }
  for (;;) {
    if (!s.empty() && std::string_view(" \t\r\n").find(s.back()) != std::string_view::npos)
      s.remove_suffix(1);
    else if (s.ends_with(kNoBreakSpace))
      s.remove_suffix(kNoBreakSpace.size());
    else
      break;
  }
  return std::string(s);
}

std::string folded(std::string_view s) {
  std::string out = trimmed(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

using Columns = std::map<std::string, std::size_t>;  // field -> column index

Columns find_columns(const SheetRow& header, const TieSheetOptions& options,
                     const std::string& file) {
  Columns found;
  for (const auto& [field, names] : kHeaders) {
    const auto given = options.columns.find(field);
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
      const auto cell = folded(header.cells[c]);
      const bool match = given != options.columns.end()
                             ? cell == folded(given->second)
                             : std::find(names.begin(), names.end(), cell) != names.end();
      if (match && !found.count(field)) found[field] = c;
    }
    if (given != options.columns.end() && !found.count(field))
      throw ParseError(
          file, 1, 0,
          "--map " + field + "=" + given->second + ": no such column in the header row");
  }
  for (const char* field : {"source", "target"})
    if (!found.count(field))
      throw ParseError(file, 1, 0,
                       std::string("no ") + field + " column: name it (" +
                           (std::string(field) == "source" ? "甲方 or source" : "乙方 or target") +
                           ") or map it with --map " + field + "=HEADER");
  return found;
}

bool parse_number(const std::string& text, double& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && error == std::errc() && end == text.data() + text.size() &&
         std::isfinite(out);
}

bool yes(const std::string& text) {
  const auto t = folded(text);
  return t == "yes" || t == "true" || t == "1" || t == "是" || t == "有向" || t == "y";
}

struct Maker {
  PropertyGraphBuilder builder;
  std::map<std::string, std::pair<std::string, std::int64_t>> types;  // name -> (type, row)
  std::vector<std::string> notes;

  void node(const std::string& name, const std::string& type, std::int64_t row,
            const std::string& origin) {
    const auto it = types.find(name);
    if (it == types.end()) {
      types[name] = {type.empty() ? "organisation" : type, row};
      builder.add_node({.id = name, .name = name, .type = types[name].first, .origin = origin});
    } else if (!type.empty() && type != it->second.first) {
      notes.push_back("row " + std::to_string(row) + ": type '" + type + "' for '" + name +
                      "' ignored; row " + std::to_string(it->second.second) + " made it '" +
                      it->second.first + "'");
    }
  }
};

}  // namespace

std::map<std::string, std::string> parse_tie_columns(const std::string& text) {
  std::map<std::string, std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const auto pair = text.substr(start, end - start);
    const auto eq = pair.find('=');
    const auto field = eq == std::string::npos ? "" : trimmed(pair.substr(0, eq));
    const bool known = std::any_of(kHeaders.begin(), kHeaders.end(),
                                   [&](const auto& h) { return h.first == field; });
    if (!known || trimmed(pair.substr(eq + 1)).empty())
      throw UsageError(
          "--map: expected FIELD=HEADER pairs (fields: source, target, kind, year, "
          "weight, evidence, directed, source_type, target_type), found '" +
          pair + "'");
    out[field] = trimmed(pair.substr(eq + 1));
    start = end + 1;
  }
  return out;
}

namespace {

TieSheet tie_sheet(const SheetRows& sheet, const std::string& path,
                   const TieSheetOptions& options) {
  if (sheet.rows.empty())
    throw ParseError(path, 0, 0, "the sheet is empty (expected a header row)");
  const auto& header = sheet.rows[0];
  const auto columns = find_columns(header, options, path);
  TieSheet out;
  Maker maker;
  if (!sheet.converted_from.empty())
    out.notes.push_back(path + ": read as " + sheet.converted_from +
                        " (GBK) and converted to UTF-8");
  auto cell = [&](const SheetRow& row, const char* field) {
    const auto it = columns.find(field);
    return it == columns.end() || it->second >= row.cells.size() ? std::string()
                                                                 : trimmed(row.cells[it->second]);
  };
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const auto& row = sheet.rows[r];
    auto skip = [&](const std::string& reason) { out.skipped.push_back({row.number, reason}); };
    if (std::all_of(row.cells.begin(), row.cells.end(),
                    [](const auto& c) { return trimmed(c).empty(); })) {
      skip("blank row");
      continue;
    }
    if (row.cells.size() > header.cells.size() &&
        !std::all_of(row.cells.begin() + header.cells.size(), row.cells.end(),
                     [](const auto& c) { return trimmed(c).empty(); })) {
      skip("more cells than the header has columns");
      continue;
    }
    const auto source = cell(row, "source"), target = cell(row, "target");
    if (source.empty() || target.empty()) {
      skip(std::string("empty ") + (source.empty() ? "source" : "target") + " name");
      continue;
    }
    if (source == target) {
      skip("'" + source + "' is tied to itself");
      continue;
    }
    EdgeSpec edge{.source = source, .target = target, .kind = cell(row, "kind")};
    if (edge.kind.empty()) edge.kind = "tie";
    edge.direction =
        yes(cell(row, "directed")) ? EdgeDirection::directed : EdgeDirection::undirected;
    double number = 0;
    if (const auto year = cell(row, "year"); !year.empty()) {
      if (!parse_number(year, number) || number != std::floor(number) || number < kMinYear ||
          number > kMaxYear) {
        skip("year '" + year + "' is not a year between " + std::to_string(kMinYear) + " and " +
             std::to_string(kMaxYear));
        continue;
      }
      edge.year = static_cast<std::int32_t>(number);
    }
    if (const auto weight = cell(row, "weight"); !weight.empty()) {
      if (!parse_number(weight, number)) {
        skip("weight '" + weight + "' is not a number");
        continue;
      }
      edge.weight = number;
    }
    if (const auto evidence = cell(row, "evidence"); !evidence.empty()) edge.evidence = evidence;
    for (std::size_t c = 0; c < header.cells.size() && c < row.cells.size(); ++c) {
      const bool mapped =
          std::any_of(columns.begin(), columns.end(), [&](const auto& f) { return f.second == c; });
      if (!mapped && !trimmed(header.cells[c]).empty() && !trimmed(row.cells[c]).empty())
        edge.attributes[trimmed(header.cells[c])] = trimmed(row.cells[c]);
    }
    edge.origin = path + ": row " + std::to_string(row.number);
    maker.node(source, cell(row, "source_type"), row.number, edge.origin);
    maker.node(target, cell(row, "target_type"), row.number, edge.origin);
    maker.builder.add_edge(std::move(edge));
  }
  for (auto& n : maker.notes) out.notes.push_back(std::move(n));
  out.graph = maker.builder.build();
  return out;
}

}  // namespace

TieSheet read_tie_sheet(const std::string& path, const TieSheetOptions& options) {
  return tie_sheet(read_sheet_rows(path), path, options);
}

TieSheet parse_tie_sheet(std::string bytes, const std::string& file_name,
                         const TieSheetOptions& options) {
  return tie_sheet(parse_sheet_rows(std::move(bytes), file_name), file_name, options);
}

}  // namespace innonet::io
