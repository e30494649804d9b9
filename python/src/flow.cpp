// Flow kernels for Python: maximum flow and minimum cut, Gomory–Hu trees, minimum-cost flow and
// attack curves. Capacities are the Csr's weights (1 when unweighted). Same conventions as
// centrality.cpp.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <limits>

#include "algorithms/flow/attack.hpp"
#include "algorithms/flow/gomory_hu.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/min_cost_flow.hpp"
#include "engine/error.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;
using namespace innonet::flow;

namespace {

using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

AttackOrder attack_order(const std::string& name) {
  if (name == "degree") return AttackOrder::degree;
  if (name == "betweenness") return AttackOrder::betweenness;
  if (name == "random") return AttackOrder::random;
  throw UsageError(concat("by: expected degree, betweenness or random, found '", name, "'"));
}

}  // namespace

void bind_flow(py::module_& m) {
  m.def("_max_flow", [](const CsrView& c, std::vector<Vertex> sources, std::vector<Vertex> sinks,
                        bool value_only, int threads) {
    const MaxFlowOptions o{.detail =
                               value_only ? FlowDetail::value_only : FlowDetail::flow_and_cut};
    auto r =
        run_released(threads, [g = c.graph, sources = std::move(sources), sinks = std::move(sinks),
                               o] { return max_flow(*g, sources, sinks, o); });
    std::vector<Vertex> from, to, arc;
    std::vector<double> capacity;
    from.reserve(r.cut.size());
    to.reserve(r.cut.size());
    arc.reserve(r.cut.size());
    capacity.reserve(r.cut.size());
    for (const auto& a : r.cut) {
      from.push_back(a.from);
      to.push_back(a.to);
      arc.push_back(a.arc);
      capacity.push_back(a.capacity);
    }
    py::dict d;
    d["value"] = r.value;
    d["arc_flow"] = to_numpy(std::move(r.arc_flow));
    d["source_side"] = to_numpy(std::move(r.source_side)).attr("astype")("bool");
    d["cut_from"] = to_numpy(std::move(from));
    d["cut_to"] = to_numpy(std::move(to));
    d["cut_arc"] = to_numpy(std::move(arc));
    d["cut_capacity"] = to_numpy(std::move(capacity));
    d["cut_value"] = r.cut_capacity;
    return d;
  });
  m.def("_gomory_hu", [](const CsrView& c, int threads) {
    auto r = run_released(threads, [g = c.graph] { return gomory_hu(*g); });
    py::dict d;
    d["parent"] = to_numpy(std::move(r.parent));
    d["cut_value"] = to_numpy(std::move(r.cut_value));
    d["max_flow_runs"] = r.max_flow_runs;
    return d;
  });
  m.def("_min_cost_flow", [](const CsrView& c, const DoubleArray& cost, std::vector<Vertex> sources,
                             std::vector<Vertex> sinks, double volume, int threads) {
    if (cost.ndim() != 1 || cost.size() != c.graph->num_arcs())
      throw py::value_error(concat("cost: expected one cost per arc (",
                                   std::to_string(c.graph->num_arcs()), ", in Csr.targets order)"));
    auto costs = from_numpy(cost);
    auto r =
        run_released(threads, [g = c.graph, costs = std::move(costs), sources = std::move(sources),
                               sinks = std::move(sinks), volume] {
          return min_cost_flow(*g, costs, sources, sinks, {.volume = volume});
        });
    py::dict d;
    d["flow_value"] = r.flow_value;
    d["cost"] = r.cost;
    d["volume_met"] = r.volume_met;
    d["arc_flow"] = to_numpy(std::move(r.arc_flow));
    d["augmentations"] = r.augmentations;
    return d;
  });
  m.def("_attack", [](const CsrView& c, const std::string& by, bool recompute, std::uint64_t seed,
                      Vertex steps, int threads) {
    const AttackOptions o{.order = attack_order(by),
                          .recompute = recompute ? Recompute::each_step : Recompute::never,
                          .seed = seed,
                          .steps = steps};
    auto r = run_released(threads, [g = c.graph, o] { return attack(*g, o); });
    py::dict d;
    d["removed"] = to_numpy(std::move(r.removed));
    d["largest_component"] = to_numpy(std::move(r.largest_component));
    return d;
  });
}

}  // namespace innonet::python
