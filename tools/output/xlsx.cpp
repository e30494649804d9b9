// --format xlsx: a workbook per report through libxlsxwriter (tools/output/spreadsheet.hpp).
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "tools/output/spreadsheet.hpp"

namespace innonet::output {
namespace {

constexpr int kMaxWidth = 60;
constexpr double kExactIntegers = 9007199254740992.0;  // 2^53: larger integers stored as text

// Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case.
std::string sheet_name(const std::string& wanted, std::set<std::string>& used) {
  std::string name;
  for (char c : wanted) name += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '_';
  if (name.empty()) name = "table";
  name = name.substr(0, 31);
  std::string unique = name;
  for (int k = 2; used.count(unique); ++k) {
    const std::string suffix = "_" + std::to_string(k);
    unique = name.substr(0, 31 - suffix.size()) + suffix;
  }
  used.insert(unique);
  return unique;
}

class Workbook {
 public:
  // `file` is where libxlsxwriter writes; `path` is the destination every message names.
  Workbook(const std::string& file, const std::string& path)
      : path_(path), book_(workbook_new(file.c_str())) {
    if (!book_) throw Error(path + ": cannot create the workbook");
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
  }
  ~Workbook() {
    if (book_) workbook_close(book_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void add(const Table& table, std::set<std::string>& used) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, sheet_name(table.name, used).c_str());
    std::vector<int> width(table.columns.size(), 8);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), bold_);
      width[c] = std::max(width[c], display_width(table.columns[c]));
    }
    const auto rows = std::min<std::size_t>(table.rows.size(), LXW_ROW_MAX - 1);
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t c = 0; c < table.rows[r].size() && c < width.size(); ++c)
        width[c] = std::max(width[c], cell(sheet, r + 1, c, table.rows[r][c]));
    worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t c = 0; c < width.size(); ++c)
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           std::min(width[c], kMaxWidth) + 2, nullptr);
  }

  void close() {
    const lxw_error error = workbook_close(book_);
    book_ = nullptr;
    if (error != LXW_NO_ERROR) throw Error(path_ + ": " + lxw_strerror(error));
  }

 private:
  // Writes one cell; returns its display width.
  int cell(lxw_worksheet* sheet, std::size_t row, std::size_t col, const Cell& value) {
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(col);
    std::string text;
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
      if (std::abs(static_cast<double>(*i)) <= kExactIntegers) {
        worksheet_write_number(sheet, r, c, static_cast<double>(*i), nullptr);
        return static_cast<int>(std::to_string(*i).size());
      }
      text = std::to_string(*i);
    } else if (const auto* d = std::get_if<double>(&value)) {
      if (std::isfinite(*d)) {
        worksheet_write_number(sheet, r, c, *d, nullptr);
        return 10;  // Excel's General format shows about 10 characters of a number
      }
      text = std::isnan(*d) ? "nan" : (*d > 0 ? "inf" : "-inf");
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      text = *s;
    } else {
      return 0;
    }
    worksheet_write_string(sheet, r, c, text.c_str(), nullptr);
    return display_width(text);
  }

  std::string path_;
  lxw_workbook* book_;
  lxw_format* bold_ = nullptr;
};

}  // namespace

// libxlsxwriter writes only to a file name, so the workbook is built in a private temporary file
// (mkstemp in the system's temporary folder) and its bytes go to `path` through the one atomic
// writer (io/atomic_file.hpp): whole or not at all, fsynced, permissions kept.
void write_xlsx(const Report& report, const std::string& path) {
  std::string temp = (std::filesystem::temp_directory_path() / "innonet-xlsx-XXXXXX").string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) throw Error(path + ": cannot create a temporary workbook: " + std::strerror(errno));
  ::close(fd);
  struct RemoveTemp {
    const std::string& name;
    ~RemoveTemp() {
      std::error_code ignored;
      std::filesystem::remove(name, ignored);
    }
  } remove_temp{temp};
  {
    Workbook book(temp, path);
    std::set<std::string> used{"notes"};
    for (const auto& table : report.tables) book.add(table, used);
    const Table notes = notes_table(report);
    if (!notes.rows.empty()) {
      used.erase("notes");
      book.add(notes, used);
    }
    book.close();
  }
  std::ifstream in(temp, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw Error(path + ": cannot read back the temporary workbook " + temp);
  io::write_file_atomically(path, bytes.str());
}

}  // namespace innonet::output
