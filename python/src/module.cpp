// innonet._innonet: the compiled half of the Python module (python/innonet/ is the other half).
// Errors: innonet::UsageError and std::invalid_argument (bad options) become ValueError; every
// other innonet::Error (bad files: ParseError, ValidationError) becomes innonet.InputError with
// the CLI's message; std::bad_alloc becomes MemoryError. Nothing aborts the interpreter.
#include <omp.h>
#include <pybind11/pybind11.h>

#include <new>
#include <stdexcept>

#include "engine/error.hpp"
#include "python/src/bindings.hpp"
#include "python/src/release.hpp"

namespace innonet::python {

void set_thread_count(int threads) {
  if (threads > 0) omp_set_num_threads(threads);
}

double& last_kernel_seconds() {
  thread_local double seconds = 0.0;
  return seconds;
}

}  // namespace innonet::python

PYBIND11_MODULE(_innonet, m) {
  namespace py = pybind11;
  using namespace innonet::python;
  m.doc() = "innonet's C++ kernels (use the innonet package, not this module)";
  auto input_error = py::exception<innonet::Error>(m, "InputError", PyExc_Exception);
  input_error.doc() = "A graph or profile file innonet cannot read (the message names where).";
  // By value: pybind11 takes a void (*)(std::exception_ptr).
  // NOLINTNEXTLINE(performance-unnecessary-value-param)
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const innonet::UsageError& e) {
      PyErr_SetString(PyExc_ValueError, e.what());
    } catch (const innonet::Error& e) {
      const auto error = py::module_::import("innonet._innonet").attr("InputError");
      PyErr_SetString(error.ptr(), e.what());
    } catch (const std::invalid_argument& e) {
      PyErr_SetString(PyExc_ValueError, e.what());
    } catch (const std::bad_alloc&) {
      PyErr_SetString(PyExc_MemoryError, "out of memory");
    }
  });
  m.def("_max_threads", [] { return omp_get_max_threads(); });
  m.def(
      "_last_kernel_seconds", [] { return last_kernel_seconds(); },
      "Seconds the last kernel called from this thread ran (without the call's overhead)");
  bind_graph_load(m);
  bind_graph_class(m);
  bind_csr(m);
  bind_centrality(m);
  bind_structure(m);
  bind_community(m);
  bind_flow(m);
  bind_paths(m);
  bind_cli(m);
}
