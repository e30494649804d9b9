// Planner tie sheet reader, .xlsx (io/tie_sheet.hpp through io/xlsx_read.hpp: libzip, pugixml).
// Every input is read twice:
//   - as a workbook's bytes (a zip archive: the mutations meet libzip's checks);
//   - as the XML of a workbook's parts, separated by the byte 0x1e (xl/workbook.xml,
//     xl/_rels/workbook.xml.rels, xl/worksheets/sheet1.xml, xl/sharedStrings.xml; missing ones
//     are left out of the archive), zipped here uncompressed, so that mutations reach the XML
//     behind the archive's checksums (as the snapshot target recomputes its checksums).
// A tie sheet has no writer: the result is checked against what the reader promises
// (fuzz/tie_sheet_checks.hpp).
#include <zip.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz/tie_sheet_checks.hpp"

using namespace innonet;

namespace {

constexpr std::array<const char*, 4> kParts = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                               "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"};

std::vector<std::string> split_parts(std::string_view input) {
  std::vector<std::string> parts(1);
  for (const char c : input) {
    if (c == '\x1e' && parts.size() < kParts.size())
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

// An uncompressed zip archive of `parts`, named as kParts, made in memory with libzip.
std::string zipped(const std::vector<std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  fuzz::expect(buffer != nullptr, "libzip: no memory buffer");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  fuzz::expect(archive != nullptr, "libzip: cannot start an archive");
  for (std::size_t k = 0; k < parts.size(); ++k) {
    zip_source_t* part = zip_source_buffer(archive, parts[k].data(), parts[k].size(), 0);
    const zip_int64_t at = part ? zip_file_add(archive, kParts[k], part, 0) : -1;
    fuzz::expect(at >= 0, "libzip: cannot add a part");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(at), ZIP_CM_STORE, 0);
  }
  fuzz::expect(zip_close(archive) == 0, "libzip: cannot write the archive");
  std::string bytes;
  fuzz::expect(zip_source_open(buffer) == 0 && zip_source_seek(buffer, 0, SEEK_END) == 0,
               "libzip: cannot read the archive back");
  bytes.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  fuzz::expect(
      zip_source_read(buffer, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()),
      "libzip: short read of the archive");
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  fuzz::check_tie_sheet(std::string(input), "fuzz.xlsx", false);
  fuzz::check_tie_sheet(zipped(split_parts(input)), "packed.xlsx", false);
  return 0;
}
