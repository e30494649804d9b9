// innonet.Csr: one projection, its CSR arrays viewed as NumPy arrays without copying. Each array
// is read-only and its base is the Csr object, which holds the CsrGraph; the arrays therefore
// stay valid as long as any of them lives, and viewing them allocates nothing.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <charconv>

#include "engine/error.hpp"
#include "engine/projection.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"

namespace innonet::python {
namespace py = pybind11;

Vertex vertex_of_id(const CsrView& view, const std::string& id, const char* what) {
  const CsrGraph& g = *view.graph;
  if (view.property) {
    const auto node = view.property->find_node(id);
    if (!node) throw UsageError(concat(what, ": unknown node id '", id, "'"));
    const Vertex v = innonet::vertex_of(g, *node);
    if (v == kNoVertex)
      throw UsageError(concat(what, ": node '", id, "' is not in this projection"));
    return v;
  }
  std::int64_t number = -1;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (error == std::errc() && end == id.data() + id.size()) {
    if (view.original_ids) {
      for (Vertex v = 0; v < g.num_nodes(); ++v)
        if ((*view.original_ids)[v] == number) return v;
    } else if (number >= 0 && number < g.num_nodes()) {
      return static_cast<Vertex>(number);
    }
  }
  throw UsageError(concat(what, ": no vertex '", id, "' in this graph"));
}

namespace {

py::object ids_of(const CsrView& view) {
  const CsrGraph& g = *view.graph;
  if (view.property && !g.node_refs().empty()) {
    py::list ids;
    for (const NodeRef r : g.node_refs()) ids.append(view.property->node(r).id);
    return py::module_::import("numpy").attr("array")(ids, "object");
  }
  std::vector<std::int64_t> ids(g.num_nodes());
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    ids[v] = view.original_ids ? (*view.original_ids)[v] : v;
  return to_numpy(std::move(ids));
}

py::object types_of(const CsrView& view) {
  const CsrGraph& g = *view.graph;
  std::vector<std::int32_t> type(g.num_nodes(), 0);
  if (view.property && !g.node_refs().empty())
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      type[v] = index(view.property->node(g.node_refs()[v]).type);
  return to_numpy(std::move(type));
}

}  // namespace

void bind_csr(py::module_& m) {
  py::class_<CsrView>(m, "Csr", R"doc(
A projection of a graph in compressed sparse row form (immutable).

``offsets``, ``targets`` and ``weights`` (and the ``in_*`` twins) are read-only NumPy arrays that
view the C++ arrays without copying; their ``base`` is this object. ``weights`` is None for an
unweighted projection. ``ids`` maps vertex numbers to node ids.)doc")
      .def_property_readonly("num_nodes", [](const CsrView& c) { return c.graph->num_nodes(); })
      .def_property_readonly("num_arcs", [](const CsrView& c) { return c.graph->num_arcs(); })
      .def_property_readonly("num_edges", [](const CsrView& c) { return c.graph->num_edges(); })
      .def_property_readonly("directed", [](const CsrView& c) { return c.graph->is_directed(); })
      .def_property_readonly("weighted", [](const CsrView& c) { return c.graph->is_weighted(); })
      .def_property_readonly("memory_bytes",
                             [](const CsrView& c) { return c.graph->memory_bytes(); })
      .def_property_readonly("offsets",
                             [](const py::object& self) {
                               return view_numpy(self.cast<const CsrView&>().graph->out_offsets(),
                                                 self);
                             })
      .def_property_readonly("targets",
                             [](const py::object& self) {
                               return view_numpy(self.cast<const CsrView&>().graph->out_targets(),
                                                 self);
                             })
      .def_property_readonly("weights",
                             [](const py::object& self) -> py::object {
                               const auto& g = *self.cast<const CsrView&>().graph;
                               if (!g.is_weighted()) return py::none();
                               return view_numpy(g.out_weight_array(), self);
                             })
      .def_property_readonly("in_offsets",
                             [](const py::object& self) {
                               return view_numpy(self.cast<const CsrView&>().graph->in_offsets(),
                                                 self);
                             })
      .def_property_readonly("in_sources",
                             [](const py::object& self) {
                               return view_numpy(self.cast<const CsrView&>().graph->in_sources(),
                                                 self);
                             })
      .def_property_readonly("in_weights",
                             [](const py::object& self) -> py::object {
                               const auto& g = *self.cast<const CsrView&>().graph;
                               if (!g.is_weighted()) return py::none();
                               return view_numpy(g.in_weight_array(), self);
                             })
      .def_property_readonly("ids", &ids_of, "Node id of each vertex (a NumPy array)")
      .def("_type_codes", &types_of)
      .def(
          "vertex",
          [](const CsrView& c, const std::string& id) { return vertex_of_id(c, id, "vertex"); },
          "The vertex number of a node id (ValueError when the projection has none)");
}

}  // namespace innonet::python
