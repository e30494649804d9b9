#pragma once
// A spreadsheet's first table as rows of text cells, each with the row number a spreadsheet
// shows (1 = the header), from either
//   - CSV (RFC 4180: commas, quoted fields with "" for a quote and line breaks inside), in
//     UTF-8 (a byte-order mark is skipped) or, when the bytes are not valid UTF-8, GB18030/GBK
//     (Excel's default on Chinese Windows), converted with iconv; `converted_from` says so.
//     Bytes valid in neither are a ParseError at file:line:column of the first bad byte.
//   - .xlsx (io/xlsx_read.hpp): the first worksheet.
// Rows keep their cells as written (no trimming); a row shorter than the header is padded with
// empty cells. Cost: O(size of the file).
#include <cstdint>
#include <string>
#include <vector>

namespace innonet::io {

struct SheetRow {
  std::int64_t number = 0;  // 1-based, as a spreadsheet numbers rows
  std::vector<std::string> cells;
};

struct SheetRows {
  std::vector<SheetRow> rows;  // rows[0] is the header
  std::string converted_from;  // "GB18030" when the text was converted, else empty
};

SheetRows read_sheet_rows(const std::string& path);
// The same from a file's bytes in memory; `file_name` chooses .xlsx or CSV as read_sheet_rows's
// path does, and names the file in errors.
SheetRows parse_sheet_rows(std::string bytes, const std::string& file_name);
SheetRows csv_sheet_rows(std::string text, const std::string& file_name);

// `bytes` as UTF-8: unchanged when valid UTF-8, else converted from GB18030 (a superset of GBK
// and GB2312) with iconv; ParseError at the first byte valid in neither. Sets `converted_from`.
std::string to_utf8(std::string bytes, const std::string& file_name, std::string& converted_from);

}  // namespace innonet::io
