#pragma once
// One bind_* function per source file of the module, called from module.cpp.
#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include "engine/csr_build.hpp"

namespace innonet::python {

void bind_graph_load(pybind11::module_& m);
void bind_graph_class(pybind11::module_& m);
void bind_csr(pybind11::module_& m);
void bind_centrality(pybind11::module_& m);
void bind_structure(pybind11::module_& m);
void bind_community(pybind11::module_& m);
void bind_flow(pybind11::module_& m);
void bind_paths(pybind11::module_& m);
void bind_cli(pybind11::module_& m);

MergeRule parse_merge_rule(const std::string& name);

// The parts (strings, string views, C strings) as one string, appended in place: error messages
// without a chain of operator+ temporaries.
template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string text;
  text.reserve((std::string_view(parts).size() + ... + 0));
  (text.append(std::string_view(parts)), ...);
  return text;
}

}  // namespace innonet::python
