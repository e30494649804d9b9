// Structure kernels for Python: components, articulation points and bridges, core numbers,
// core–periphery. Same conventions as centrality.cpp.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "algorithms/structure/biconnectivity.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/core_periphery.hpp"
#include "algorithms/structure/k_core.hpp"
#include "algorithms/structure/triangles.hpp"
#include "engine/error.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;
using namespace innonet::structure;

namespace {

py::dict components_dict(ComponentsResult r) {
  py::dict d;
  d["label"] = to_numpy(std::move(r.label));
  d["component"] = to_numpy(std::move(r.component));
  d["size"] = to_numpy(std::move(r.size));
  d["root"] = to_numpy(std::move(r.root));
  d["count"] = r.count;
  d["largest"] = r.largest;
  return d;
}

py::dict biconnectivity_dict(const BiconnectivityResult& r) {
  std::vector<Vertex> points, pieces, largest_piece, u, v, u_side, v_side;
  for (auto* column : {&points, &pieces, &largest_piece})
    column->reserve(r.articulation_points.size());
  for (auto* column : {&u, &v, &u_side, &v_side}) column->reserve(r.bridges.size());
  for (const auto& a : r.articulation_points) {
    points.push_back(a.vertex);
    pieces.push_back(static_cast<Vertex>(a.piece_sizes.size()));
    largest_piece.push_back(a.piece_sizes.empty() ? 0 : a.piece_sizes.front());
  }
  for (const auto& b : r.bridges) {
    u.push_back(b.u);
    v.push_back(b.v);
    u_side.push_back(b.u_side_size);
    v_side.push_back(b.v_side_size);
  }
  py::dict d;
  d["articulation_points"] = to_numpy(std::move(points));
  d["pieces"] = to_numpy(std::move(pieces));
  d["largest_piece"] = to_numpy(std::move(largest_piece));
  d["bridge_u"] = to_numpy(std::move(u));
  d["bridge_v"] = to_numpy(std::move(v));
  d["u_side_size"] = to_numpy(std::move(u_side));
  d["v_side_size"] = to_numpy(std::move(v_side));
  return d;
}

}  // namespace

void bind_structure(py::module_& m) {
  m.def("_components", [](const CsrView& c, bool strong, int threads) {
    return components_dict(run_released(threads, [g = c.graph, strong] {
      return strong ? strong_components(*g) : weak_components(*g);
    }));
  });
  m.def("_biconnectivity", [](const CsrView& c, int threads) {
    return biconnectivity_dict(
        run_released(threads, [g = c.graph] { return articulation_points_and_bridges(*g); }));
  });
  m.def("_core_number", [](const CsrView& c, int threads) {
    auto r = run_released(threads, [g = c.graph] { return core_number(*g); });
    py::dict d;
    d["core"] = to_numpy(std::move(r.core));
    d["max_core"] = r.max_core;
    d["levels"] = r.levels;
    return d;
  });
  m.def("_triangles", [](const CsrView& c, int threads) {
    auto r = run_released(threads, [g = c.graph] { return triangles(*g); });
    py::dict d;
    d["triangles"] = to_numpy(std::move(r.per_vertex));
    d["total"] = r.total;
    return d;
  });
  m.def("_continuous_core", [](const CsrView& c, double tolerance, int max_iterations,
                               int threads) {
    const ContinuousCoreOptions o{.tolerance_max = tolerance, .max_iterations = max_iterations};
    auto r = run_released(threads, [g = c.graph, o] { return continuous_core_periphery(*g, o); });
    py::dict d;
    d["coreness"] = to_numpy(std::move(r.coreness));
    d["correlation"] = r.correlation;
    d["residual"] = r.residual;
    d["iterations"] = r.iterations;
    d["converged"] = r.converged;
    return d;
  });
  m.def("_discrete_core", [](const CsrView& c, bool ideal_cross_ties, bool kernighan_lin,
                             int restarts, std::uint64_t seed, int max_passes, int threads) {
    const DiscreteCoreOptions o{
        .cross_ties = ideal_cross_ties ? CrossTies::ideal_one : CrossTies::ignore,
        .search = kernighan_lin ? DiscreteSearch::kernighan_lin : DiscreteSearch::coreness_prefix,
        .restarts = restarts,
        .seed = seed,
        .max_passes = max_passes};
    auto r = run_released(threads, [g = c.graph, o] { return discrete_core_periphery(*g, o); });
    py::dict d;
    d["in_core"] = to_numpy(std::move(r.in_core)).attr("astype")("bool");
    d["core"] = to_numpy(std::move(r.core));
    d["correlation"] = r.correlation;
    d["passes"] = r.passes;
    return d;
  });
}

}  // namespace innonet::python
