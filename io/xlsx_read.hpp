#pragma once
// The first worksheet of an .xlsx workbook (Office Open XML, ECMA-376) as rows of text:
// the archive is opened with libzip, xl/workbook.xml and its relationships name the first
// sheet's part, xl/sharedStrings.xml holds the shared strings, and the sheet's <c> cells are read
// by their references (r="C7"), so skipped rows and cells keep their places. Cell types: shared
// string (s), inline string, formula string (str), boolean (b, as "TRUE"/"FALSE"), number (as
// stored: "2020", "0.5"); dates stay serial numbers. Parts larger than 256 MiB unpacked (a zip
// bomb) are refused; the XML goes through io/xml_document.hpp (no DTD). Errors name the file
// and part ("ties.xlsx[xl/worksheets/sheet1.xml]:3:17: ..."). Also refused there: row numbers
// outside 1..1048576 or not ascending, cell references past column XFD, cell text that is not
// valid UTF-8, and sheets whose gaps (a cell far right of the last one) would expand to more
// empty cells than 64 per byte of the sheet's XML.
#include <string>

#include "io/sheet_rows.hpp"

namespace innonet::io {

SheetRows xlsx_first_sheet(const std::string& path);
// The same from a workbook's bytes in memory (libzip reads them in place); `file_name` names it
// in errors.
SheetRows parse_xlsx_first_sheet(std::string bytes, const std::string& file_name);

}  // namespace innonet::io
