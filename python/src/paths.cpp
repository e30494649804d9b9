// Path kernels for Python: single-source shortest paths (Dijkstra, or BFS for hops), the k
// shortest simple paths (Yen) and widest (bottleneck) paths. Same conventions as centrality.cpp.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "algorithms/paths/dijkstra.hpp"
#include "algorithms/paths/k_shortest_paths.hpp"
#include "algorithms/paths/length_rule.hpp"
#include "algorithms/paths/widest_path.hpp"
#include "engine/error.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;
using namespace innonet::paths;

namespace {

LengthRule length_rule(const std::string& name) {
  if (name == "inverse") return LengthRule::inverse_weight;
  if (name == "weight") return LengthRule::weight;
  if (name == "hops") return LengthRule::hops;
  throw UsageError(concat("length: expected inverse, weight or hops, found '", name, "'"));
}

}  // namespace

void bind_paths(py::module_& m) {
  m.def("_shortest_paths",
        [](const CsrView& c, Vertex source, Vertex target, const std::string& length, int threads) {
          const ShortestPathOptions o{.length = length_rule(length), .target = target};
          auto r = run_released(threads, [g = c.graph, source, o] {
            check_vertex(*g, source, "source");
            if (o.target != kNoVertex) check_vertex(*g, o.target, "target");
            return dijkstra(*g, source, o);
          });
          py::dict d;
          if (target != kNoVertex) {
            const auto path = path_from_parents(r.parent, source, target);
            d["path"] = std::vector<Vertex>(path.begin(), path.end());
          }
          d["distance"] = to_numpy(std::move(r.distance));
          d["parent"] = to_numpy(std::move(r.parent));
          return d;
        });
  m.def("_k_shortest_paths", [](const CsrView& c, Vertex source, Vertex target, int k,
                                const std::string& length, int threads) {
    const KShortestOptions o{.k = k, .length = length_rule(length)};
    auto r = run_released(threads, [g = c.graph, source, target, o] {
      return k_shortest_paths(*g, source, target, o);
    });
    py::list paths, lengths;
    for (auto& p : r.paths) {
      paths.append(to_numpy(std::move(p.vertices)));
      lengths.append(p.length);
    }
    py::dict d;
    d["paths"] = paths;
    d["lengths"] = lengths;
    return d;
  });
  m.def("_widest_paths", [](const CsrView& c, Vertex source, Vertex target, int threads) {
    auto r = run_released(threads, [g = c.graph, source, target] {
      check_vertex(*g, source, "source");
      if (target != kNoVertex) check_vertex(*g, target, "target");
      return widest_paths(*g, source);
    });
    py::dict d;
    if (target != kNoVertex) {
      const auto path = path_from_parents(r.parent, source, target);
      d["path"] = std::vector<Vertex>(path.begin(), path.end());
    }
    d["width"] = to_numpy(std::move(r.width));
    d["parent"] = to_numpy(std::move(r.parent));
    return d;
  });
}

}  // namespace innonet::python
