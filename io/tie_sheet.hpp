#pragma once
// A planner's own sheet of ties: one row per tie, endpoints given by name (Chinese or English)
// rather than by id, no nodes file. Read from CSV (UTF-8, or GBK/GB18030 converted) or .xlsx
// (io/sheet_rows.hpp). Columns are found by the mapping given (--map source=甲方,target=乙方) or
// by recognised headers, English or Chinese (case and surrounding blanks ignored):
//   source       source, from, a, 甲方, 来源, 起点, 主体a, 单位a, 发起方          (required)
//   target       target, to, b, 乙方, 目标, 终点, 主体b, 单位b, 合作方            (required)
//   kind         kind, relation, tie, 合作类型, 关系类型, 关系, 类型            (default "tie")
//   year         year, 年份, 年度, 时间                                     (empty: none)
//   weight       weight, 权重, 强度, 次数                                    (default 1)
//   evidence     evidence, 证据, 依据                                        (default stated)
//   directed     directed, 有向, 是否有向       (yes/true/1/是/有向; default: undirected)
//   source_type  source_type, 甲方类型, 来源类型     target_type  target_type, 乙方类型, 目标类型
// Any other column is kept as an edge attribute under its header. A node is made from each
// distinct name, trimmed of blanks and no-break spaces (U+00A0): its id and name are the name, its
// type the first type column value given for it (default "organisation"). Rows that cannot be used
// are returned with their sheet row number and reason (empty endpoint, bad year or weight, an
// endpoint tied to itself, too many cells); blank rows are reported too; nothing is dropped
// silently.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::io {

struct TieSheetOptions {
  std::map<std::string, std::string> columns;  // field -> header, e.g. "source" -> "甲方"
};

struct SkippedRow {
  std::int64_t row = 0;  // as the spreadsheet numbers it (1 = header)
  std::string reason;
};

struct TieSheet {
  PropertyGraph graph;
  std::vector<SkippedRow> skipped;
  std::vector<std::string> notes;  // encoding conversion, columns used, type conflicts
};

TieSheet read_tie_sheet(const std::string& path, const TieSheetOptions& options = {});
// The same from a sheet's bytes in memory: `file_name` chooses CSV or .xlsx as read_tie_sheet's
// path does, and names the sheet in errors, notes and each edge's origin.
TieSheet parse_tie_sheet(std::string bytes, const std::string& file_name,
                         const TieSheetOptions& options = {});

// "source=甲方,target=乙方,kind=合作类型" -> {source: 甲方, ...}; UsageError for an unknown field
// or a malformed pair.
std::map<std::string, std::string> parse_tie_columns(const std::string& text);

}  // namespace innonet::io
