#pragma once
// The first worksheet of an .xlsx workbook (Office Open XML, ECMA-376) as rows of text:
// the archive is opened with libzip, xl/workbook.xml and its relationships name the first
// sheet's part, xl/sharedStrings.xml holds the shared strings, and the sheet's <c> cells are read
// by their references (r="C7"), so skipped rows and cells keep their places. Cell types: shared
// string (s), inline string, formula string (str), boolean (b, as "TRUE"/"FALSE"), number (as
// stored: "2020", "0.5"); dates stay serial numbers. Parts larger than 256 MiB unpacked (a zip
// bomb) are refused; the XML goes through io/xml_document.hpp (no DTD). Errors name the file
// and part ("ties.xlsx[xl/worksheets/sheet1.xml]:3:17: ...").
#include <string>

#include "io/sheet_rows.hpp"

namespace innonet::io {

SheetRows xlsx_first_sheet(const std::string& path);

}  // namespace innonet::io
