// The CLI's commands from Python: innonet.cli(...) and the planner functions run a command
// through tools/application.hpp in this process and get back its report, so a DataFrame has
// exactly the columns and values of `innonet --format csv` (the tables are built by one code).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "python/src/bindings.hpp"
#include "python/src/release.hpp"
#include "tools/application.hpp"

namespace innonet::python {
namespace py = pybind11;

namespace {

py::object cell_value(const output::Cell& cell) {
  if (std::holds_alternative<std::int64_t>(cell)) return py::int_(std::get<std::int64_t>(cell));
  if (std::holds_alternative<double>(cell)) return py::float_(std::get<double>(cell));
  if (std::holds_alternative<std::string>(cell)) {
    const std::string& text = std::get<std::string>(cell);
    return py::reinterpret_steal<py::str>(
        PyUnicode_DecodeUTF8(text.data(), static_cast<py::ssize_t>(text.size()), "replace"));
  }
  return py::none();
}

py::list report_tables(const output::Report& report) {
  py::list tables;
  for (const auto& t : report.tables) {
    py::list rows;
    for (const auto& row : t.rows) {
      py::list values;
      for (const auto& cell : row) values.append(cell_value(cell));
      rows.append(values);
    }
    py::dict table;
    table["name"] = t.name;
    table["title"] = t.title;
    table["columns"] = t.columns;
    table["rows"] = rows;
    table["notes"] = t.notes;
    tables.append(table);
  }
  return tables;
}

}  // namespace

void bind_cli(py::module_& m) {
  m.def(
      "_run_cli",
      [](const std::vector<std::string>& args, int threads) {
        auto report = run_released(threads, [args] {
          try {
            return cli::run_arguments(args);
          } catch (const CLI::ParseError& e) {
            // Bad usage, as the CLI would report it (exit 2): a ValueError in Python.
            throw std::invalid_argument(e.get_name() == "CallForHelp"
                                            ? "--help is not available here"
                                            : std::string(e.what()));
          }
        });
        py::dict d;
        d["tables"] = report_tables(report);
        d["exit_code"] = report.exit_code;
        return d;
      },
      py::arg("args"), py::arg("threads") = 0);
}

}  // namespace innonet::python
