// Planner tie sheet reader, CSV (io/tie_sheet.hpp through io/sheet_rows.hpp: UTF-8, or GBK/GB18030
// converted). The input is the sheet's bytes. A tie sheet has no writer: the result is checked
// against what the reader promises (fuzz/tie_sheet_checks.hpp).
#include "fuzz/tie_sheet_checks.hpp"

using namespace innonet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::check_tie_sheet(std::string(fuzz::as_text(data, size)), "fuzz.csv", true);
  return 0;
}
