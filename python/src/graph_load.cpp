// Graphs in and out of Python: innonet.load / save / from_edges / from native JSON text.
// Structure-only formats (.inb, .mtx, edge lists) are read straight into a CsrGraph (no property
// graph in between, so a 64M-edge snapshot costs its arrays only); the other formats (.json,
// .csv, GraphML, GEXF, GML, Pajek, NetworkX node-link) and the built-in dataset give a
// PropertyGraph.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <limits>
#include <optional>
#include <span>
#include <string>

#include "datasets/builtin.hpp"
#include "engine/csr_build.hpp"
#include "engine/error.hpp"
#include "io/edge_list.hpp"
#include "io/graph_file.hpp"
#include "io/matrix_market.hpp"
#include "io/native_json.hpp"
#include "io/snapshot.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;

namespace {

GraphHandle structure_handle(io::LoadedGraph loaded, std::string path) {
  GraphHandle h;
  h.structure = std::make_shared<const CsrGraph>(std::move(loaded.graph));
  if (!loaded.original_ids.empty())
    h.original_ids =
        std::make_shared<const std::vector<std::int64_t>>(std::move(loaded.original_ids));
  h.source_path = std::move(path);
  return h;
}

// As the CLI reads --graph: a structural file through io::read_structure_file (raw ids, the
// file's direction, errors naming the file), any other through io::read_graph_file.
GraphHandle read_file(const std::string& path) {
  if (io::is_structural(io::graph_file_format(path)))
    return structure_handle(io::read_structure_file(path), path);
  GraphHandle h;
  h.property = std::make_shared<const PropertyGraph>(io::read_graph_file(path));
  h.source_path = path;
  return h;
}

void save(const GraphHandle& h, const std::string& path) {
  if (h.property) return io::write_graph_file(*h.property, path);
  const auto format = io::graph_file_format(path);
  std::span<const std::int64_t> ids;
  if (h.original_ids) ids = *h.original_ids;
  if (format == io::GraphFileFormat::snapshot)
    return io::write_snapshot(*h.structure, path, {.original_ids = ids});
  if (format == io::GraphFileFormat::edge_list)
    return io::write_edge_list(*h.structure, path, {.original_ids = ids});
  if (format == io::GraphFileFormat::matrix_market)
    return io::write_matrix_market(*h.structure, path);
  // Any other format from the property graph the structure stands for (nodes typed "node",
  // edges of kind "edge", an undirected edge once), as the CLI converts a structural file.
  io::write_graph_file(io::to_property_graph(*h.structure, ids), path);
}

MergeRule merge_rule(const std::string& name) {
  if (name == "keep") return MergeRule::keep;
  if (name == "sum") return MergeRule::sum;
  if (name == "count") return MergeRule::count;
  if (name == "max") return MergeRule::max;
  if (name == "min") return MergeRule::min;
  throw UsageError(concat("merge: expected keep, sum, count, max or min, found '", name, "'"));
}

using IntArray = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;
using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

GraphHandle from_edges(std::int64_t n, const IntArray& sources, const IntArray& targets,
                       const std::optional<DoubleArray>& weights, bool directed,
                       const std::string& merge) {
  if (sources.ndim() != 1 || targets.ndim() != 1 || sources.size() != targets.size())
    throw py::value_error("from_edges: sources and targets must be 1-d arrays of equal length");
  if (weights && (weights->ndim() != 1 || weights->size() != sources.size()))
    throw py::value_error("from_edges: weights must be a 1-d array as long as sources");
  if (n < 0 || n > std::numeric_limits<Vertex>::max())
    throw py::value_error("from_edges: num_nodes must be in 0..2^31-1");
  EdgeList list;
  list.num_nodes = static_cast<Vertex>(n);
  const auto m = static_cast<std::size_t>(sources.size());
  list.sources.resize(m);
  list.targets.resize(m);
  for (std::size_t e = 0; e < m; ++e) {
    const std::int64_t s = sources.data()[e], t = targets.data()[e];
    if (s < 0 || s >= n || t < 0 || t >= n)
      throw py::value_error(concat("from_edges: edge ", std::to_string(e), " (", std::to_string(s),
                                   ", ", std::to_string(t), ") has an endpoint outside 0..",
                                   std::to_string(n - 1)));
    list.sources[e] = static_cast<Vertex>(s);
    list.targets[e] = static_cast<Vertex>(t);
  }
  if (weights) list.weights.assign(weights->data(), weights->data() + m);
  const CsrBuildOptions options{.direction = directed ? Direction::directed : Direction::undirected,
                                .merge = merge_rule(merge)};
  GraphHandle h;
  h.structure = std::make_shared<const CsrGraph>(
      run_released(0, [list = std::move(list), options] { return build_csr(list, options); }));
  return h;
}

}  // namespace

void bind_graph_load(py::module_& m) {
  m.def(
      "_load",
      [](const std::optional<std::string>& path) {
        if (!path) {
          GraphHandle h;
          h.property = std::make_shared<const PropertyGraph>(datasets::builtin_dataset());
          h.builtin = true;
          return h;
        }
        return run_released(0, [p = *path] { return read_file(p); });
      },
      py::arg("path") = py::none());
  m.def("_save", [](const GraphHandle& h, const std::string& path) {
    run_released(0, [h, path] {
      save(h, path);
      return 0;
    });
  });
  m.def("_from_native_json", [](const std::string& text, const std::string& name) {
    GraphHandle h;
    h.property = std::make_shared<const PropertyGraph>(io::read_native_json(text, name));
    return h;
  });
  m.def("_from_edges", &from_edges);
  m.def("_merge_rule_check", [](const std::string& name) { merge_rule(name); });
}

MergeRule parse_merge_rule(const std::string& name) { return merge_rule(name); }

}  // namespace innonet::python
