// Community detection for Python: Leiden, Louvain, label propagation, and the modularity (or
// CPM quality) of any membership. Same conventions as centrality.cpp.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>

#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/modularity.hpp"
#include "engine/error.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;
using namespace innonet::community;

namespace {

using IntArray = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>;

QualityFunction quality_of(const std::string& name) {
  if (name == "modularity") return QualityFunction::modularity;
  if (name == "cpm") return QualityFunction::cpm;
  throw UsageError(concat("quality: expected modularity or cpm, found '", name, "'"));
}

py::dict community_dict(CommunityResult r) {
  py::dict d;
  d["membership"] = to_numpy(std::move(r.membership));
  d["num_communities"] = r.num_communities;
  d["quality"] = r.quality;
  d["levels"] = r.levels;
  d["iterations"] = r.iterations;
  return d;
}

std::vector<Vertex> membership_of(const CsrView& c, const IntArray& membership) {
  if (membership.ndim() != 1 || membership.size() != c.graph->num_nodes())
    throw py::value_error(concat("membership: expected one community per vertex (",
                                 std::to_string(c.graph->num_nodes()), ")"));
  return from_numpy(membership);
}

}  // namespace

void bind_community(py::module_& m) {
  m.def("_leiden", [](const CsrView& c, const std::string& quality, double resolution,
                      double randomness, int iterations, std::uint64_t seed,
                      const std::optional<IntArray>& initial, int threads) {
    const QualityFunction q = quality_of(quality);
    std::vector<Vertex> start;
    if (initial) start = membership_of(c, *initial);
    return community_dict(run_released(threads, [g = c.graph, q, resolution, randomness, iterations,
                                                 seed, start = std::move(start)] {
      return leiden(*g, {.quality = q,
                         .resolution = resolution,
                         .randomness = randomness,
                         .iterations = iterations,
                         .seed = seed,
                         .initial_membership = start});
    }));
  });
  m.def("_louvain", [](const CsrView& c, const std::string& quality, double resolution,
                       int iterations, std::uint64_t seed, int threads) {
    const LouvainOptions o{.quality = quality_of(quality),
                           .resolution = resolution,
                           .iterations = iterations,
                           .seed = seed};
    return community_dict(run_released(threads, [g = c.graph, o] { return louvain(*g, o); }));
  });
  m.def("_label_propagation",
        [](const CsrView& c, std::uint64_t seed, int max_sweeps, int threads) {
          const LabelPropagationOptions o{.seed = seed, .max_sweeps = max_sweeps};
          return community_dict(
              run_released(threads, [g = c.graph, o] { return label_propagation(*g, o); }));
        });
  m.def("_modularity", [](const CsrView& c, const IntArray& membership, const std::string& quality,
                          double resolution, int threads) {
    auto mem = membership_of(c, membership);
    const QualityFunction q = quality_of(quality);
    return run_released(threads, [g = c.graph, mem = std::move(mem), q, resolution] {
      return partition_quality_value(*g, mem, q, resolution);
    });
  });
}

}  // namespace innonet::python
