#include "io/xlsx_read.hpp"

#include <zip.h>

#include <charconv>
#include <cstdlib>
#include <memory>

#include "engine/error.hpp"
#include "engine/utf8.hpp"
#include "io/xml_document.hpp"

namespace innonet::io {
namespace {

constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t{256} << 20;

constexpr std::int64_t kMaxRows = 1048576;  // Excel's limits
constexpr std::size_t kMaxColumns = 16384;  // A..XFD
// Empty cells a sheet may imply per byte of its XML: a cell far right of the previous one stands
// for every cell between them, so <c r="XFD1"/> (15 bytes) makes 16384.
constexpr std::size_t kCellsPerByte = 64;

class Archive {
 public:
  explicit Archive(const std::string& path) : path_(path) {
    int error = 0;
    zip_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!zip_) refuse();
  }
  // The archive reads `bytes` in place: they live as long as it does.
  Archive(std::string bytes, const std::string& file_name)
      : path_(file_name), bytes_(std::move(bytes)) {
    zip_error_t error;
    zip_error_init(&error);
    if (zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error)) {
      zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (!zip_) zip_source_free(source);
    }
    zip_error_fini(&error);
    if (!zip_) refuse();
  }
  ~Archive() { zip_discard(zip_); }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

  std::string read(const std::string& name) const {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) throw Error(path_ + ": the workbook has no part " + name);
    zip_stat_t stat;
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxPartBytes)
      throw Error(path_ + "[" + name + "]: part missing a size or larger than 256 MiB unpacked");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
    if (!file) throw Error(path_ + "[" + name + "]: cannot be unpacked");
    std::string text(stat.size, '\0');
    zip_uint64_t got = 0;
    while (got < stat.size) {
      const auto n = zip_fread(file.get(), text.data() + got, stat.size - got);
      if (n <= 0) throw Error(path_ + "[" + name + "]: truncated or corrupt");
      got += static_cast<zip_uint64_t>(n);
    }
    return text;
  }
  std::string label(const std::string& part) const { return path_ + "[" + part + "]"; }

 private:
  [[noreturn]] void refuse() const {
    throw Error(path_ + ": not a readable .xlsx workbook (zip archive expected)");
  }
  std::string path_;
  std::string bytes_;
  zip_t* zip_ = nullptr;
};

pugi::xml_node element(const pugi::xml_node& parent, std::string_view name) {
  for (const auto& c : parent.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

// The text of an <si> or <is>: its <t>, or the <t>s of its rich-text runs <r>.
std::string rich_text(const pugi::xml_node& item) {
  std::string out;
  for (const auto& c : item.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "t") out += c.child_value();
    if (local_name(c) == "r") out += element(c, "t").child_value();
  }
  return out;
}

std::string first_sheet_part(const Archive& zip) {
  const XmlInput book(zip.read("xl/workbook.xml"), zip.label("xl/workbook.xml"));
  const auto sheet = element(element(book.document().document_element(), "sheets"), "sheet");
  if (!sheet) throw Error(zip.label("xl/workbook.xml") + ": the workbook has no sheet");
  const std::string rid = sheet.attribute("r:id").value();
  const XmlInput rels(zip.read("xl/_rels/workbook.xml.rels"),
                      zip.label("xl/_rels/workbook.xml.rels"));
  for (const auto& r : rels.document().document_element().children()) {
    if (r.type() != pugi::node_element || r.attribute("Id").value() != rid) continue;
    std::string target = r.attribute("Target").value();
    if (target.starts_with('/')) return target.substr(1);
    return "xl/" + target;
  }
  throw Error(zip.label("xl/_rels/workbook.xml.rels") + ": no part for the first sheet");
}

// Column index (0-based) of a cell reference such as "BC12"; kMaxColumns or more when it lies
// past XFD (more than three letters are not read, so the index cannot wrap around).
std::size_t column_of(std::string_view ref) {
  std::size_t col = 0;
  for (std::size_t i = 0; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    if (i == 3) return kMaxColumns;
    col = col * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
  }
  return col == 0 ? 0 : col - 1;
}

// The row number of <row r="...">, or `next` without r; refused outside 1..kMaxRows or when not
// after the previous row's (`next` - 1).
std::int64_t row_number(const XmlInput& sheet, const pugi::xml_node& row, std::int64_t next) {
  const auto r = row.attribute("r");
  const std::string_view text = r ? r.value() : "";
  if (!r && next <= kMaxRows) return next;
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || number < 1 ||
      number > kMaxRows)
    sheet.fail(row, "row number \"" + std::string(text) + "\" is not a number in 1.." +
                        std::to_string(kMaxRows));
  if (number < next)
    sheet.fail(row, "row " + std::to_string(number) + " comes after row " +
                        std::to_string(next - 1) + " (rows must be in ascending order)");
  return number;
}

SheetRows first_sheet(const Archive& zip) {
  std::vector<std::string> shared;
  if (zip.has("xl/sharedStrings.xml")) {
    const XmlInput strings(zip.read("xl/sharedStrings.xml"), zip.label("xl/sharedStrings.xml"));
    for (const auto& si : strings.document().document_element().children())
      if (si.type() == pugi::node_element && local_name(si) == "si")
        shared.push_back(rich_text(si));
  }
  const auto part = first_sheet_part(zip);
  std::string xml = zip.read(part);
  const std::size_t max_cells = kMaxColumns + kCellsPerByte * xml.size();
  const XmlInput sheet(std::move(xml), zip.label(part));
  SheetRows out;
  std::int64_t next_row = 1;
  std::size_t cells = 0;
  for (const auto& row : element(sheet.document().document_element(), "sheetData").children()) {
    if (row.type() != pugi::node_element || local_name(row) != "row") continue;
    SheetRow r{row_number(sheet, row, next_row), {}};
    next_row = r.number + 1;
    for (const auto& c : row.children()) {
      if (c.type() != pugi::node_element || local_name(c) != "c") continue;
      const std::string_view type = c.attribute("t").value();
      std::string value = element(c, "v").child_value();
      if (type == "s") {
        const auto k = static_cast<std::size_t>(std::strtoull(value.c_str(), nullptr, 10));
        if (k >= shared.size()) sheet.fail(c, "shared string " + value + " does not exist");
        value = shared[k];
      } else if (type == "inlineStr") {
        value = rich_text(element(c, "is"));
      } else if (type == "b") {
        value = value == "1" ? "TRUE" : "FALSE";
      }
      if (!is_valid_utf8(value)) sheet.fail(c, "the cell's text is not valid UTF-8");
      const auto col = c.attribute("r") ? column_of(c.attribute("r").value()) : r.cells.size();
      if (col >= kMaxColumns) sheet.fail(c, "cell beyond column XFD");
      if (r.cells.size() <= col) {
        cells += col + 1 - r.cells.size();
        if (cells > max_cells)
          sheet.fail(c, "the sheet would hold more than " + std::to_string(max_cells) +
                            " cells, counting the empty ones before each cell (at most " +
                            std::to_string(kCellsPerByte) + " per byte of its XML)");
        r.cells.resize(col + 1);
      }
      r.cells[col] = std::move(value);
    }
    out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace

SheetRows xlsx_first_sheet(const std::string& path) { return first_sheet(Archive(path)); }

SheetRows parse_xlsx_first_sheet(std::string bytes, const std::string& file_name) {
  return first_sheet(Archive(std::move(bytes), file_name));
}

}  // namespace innonet::io
