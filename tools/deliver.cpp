// Where a report goes: stdout or --output FILE as a table, JSON or CSV; --format xlsx to a
// workbook; --format csv --output-dir DIR to one file per table (tools/output/spreadsheet.hpp).
#include <iostream>
#include <sstream>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "tools/command.hpp"
#include "tools/output/spreadsheet.hpp"

namespace innonet::cli {
namespace {

void write_csv_stream(const output::Report& report, std::ostream& out,
                      const output::CsvOptions& options) {
  auto table_options = options;
  for (std::size_t t = 0; t < report.tables.size(); ++t) {
    if (t) out << "\n";
    if (report.tables.size() > 1) {
      if (options.excel && t == 0) out << "\xEF\xBB\xBF";
      table_options.excel = false;
      out << "# " << report.tables[t].name << "\n";
    }
    output::write_csv_table(report.tables[t], out, table_options);
  }
}

}  // namespace

void deliver(const output::Report& report, const GlobalOptions& options, int max_width) {
  const output::CsvOptions csv{.excel = options.excel, .digits = options.digits};
  if (options.format == output::Format::xlsx) {
    if (options.output_path.empty())
      throw UsageError("--format xlsx writes a workbook: give --output FILE.xlsx");
    output::write_xlsx(report, options.output_path);
    return;
  }
  if (!options.output_dir.empty()) {
    if (options.format != output::Format::csv)
      throw UsageError("--output-dir writes one CSV file per table: use it with --format csv");
    const auto written = output::write_csv_files(report, options.output_dir, csv);
    if (!options.quiet)
      for (const auto& path : written) std::cerr << "innonet: wrote " << path << "\n";
    return;
  }
  std::ostringstream buffer;
  std::ostream& out = options.output_path.empty() ? std::cout : buffer;
  if (options.format == output::Format::csv)
    write_csv_stream(report, out, csv);
  else
    output::write(report, options.format, out, {.max_width = max_width});
  if (!options.output_path.empty()) io::write_file_atomically(options.output_path, buffer.str());
}

}  // namespace innonet::cli
