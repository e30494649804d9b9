#include "io/sheet_rows.hpp"

#include <iconv.h>

#include <memory>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/exchange_record.hpp"
#include "io/text_parse.hpp"
#include "io/xlsx_read.hpp"

namespace innonet::io {
namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         std::string_view(text).substr(text.size() - suffix.size()) == suffix;
}

// Converts with iconv; returns the offset of the first byte it could not convert, or npos.
std::size_t convert(const std::string& in, const char* from, std::string& out) {
  const iconv_t cd = iconv_open("UTF-8", from);
  // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is how iconv_open reports failure
  if (cd == reinterpret_cast<iconv_t>(-1)) return 0;
  std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
  out.assign(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  while (src_left > 0) {
    if (iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) break;
    if (errno != E2BIG) return static_cast<std::size_t>(src - in.data());
    const auto used = static_cast<std::size_t>(dst - out.data());
    out.resize(out.size() * 2);
    dst = out.data() + used;
    dst_left = out.size() - used;
  }
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return std::string::npos;
}

}  // namespace

std::string to_utf8(std::string bytes, const std::string& file_name, std::string& converted_from) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (is_valid_utf8(bytes)) return bytes;
  std::string out;
  const auto bad = convert(bytes, "GB18030", out);
  if (bad != std::string::npos)
    fail_at(file_name, bytes, bad,
            "the file is neither UTF-8 nor GBK/GB18030 text (save it as CSV UTF-8 or .xlsx)");
  converted_from = "GB18030";
  return out;
}

SheetRows csv_sheet_rows(std::string text, const std::string& file_name) {
  SheetRows sheet;
  text = to_utf8(std::move(text), file_name, sheet.converted_from);
  SheetRow row{1, {""}};
  bool quoted = false, field_started = false;
  std::size_t quote_open = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        row.cells.back() += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        row.cells.back() += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"' && !field_started) {
      quoted = field_started = true;
      quote_open = i;
    } else if (c == ',') {
      row.cells.emplace_back();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      sheet.rows.push_back(std::move(row));
      row = SheetRow{static_cast<std::int64_t>(sheet.rows.size()) + 1, {""}};
      field_started = false;
    } else {
      row.cells.back() += c;
      field_started = true;
    }
  }
  if (quoted) fail_at(file_name, text, quote_open, "quoted cell not closed");
  if (row.cells.size() > 1 || !row.cells[0].empty()) sheet.rows.push_back(std::move(row));
  return sheet;
}

SheetRows parse_sheet_rows(std::string bytes, const std::string& file_name) {
  if (ends_with(file_name, ".xlsx")) return parse_xlsx_first_sheet(std::move(bytes), file_name);
  return csv_sheet_rows(std::move(bytes), file_name);
}

SheetRows read_sheet_rows(const std::string& path) {
  if (ends_with(path, ".xlsx")) return xlsx_first_sheet(path);
  return csv_sheet_rows(exchange::read_text_file(path), path);
}

}  // namespace innonet::io
