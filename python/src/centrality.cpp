// Centrality kernels for Python: each runs on a Csr view with the GIL released (release.hpp) and
// returns a dict of NumPy arrays indexed by vertex plus the kernel's diagnostics; the Python
// layer (innonet/kernels.py) adds defaults matching the CLI, docstrings and the id mapping.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/brokerage.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "engine/error.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;
using namespace innonet::centrality;

namespace {

using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;
using IntArray = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

EdgeWeights edge_weights(bool weighted) {
  return weighted ? EdgeWeights::use : EdgeWeights::ignore;
}

py::dict iterative(IterativeResult r) {
  py::dict d;
  d["score"] = to_numpy(std::move(r.score));
  d["iterations"] = r.iterations;
  d["residual_l1"] = r.residual_l1;
  d["converged"] = r.converged;
  return d;
}

std::vector<double> optional_vector(const std::optional<DoubleArray>& a, Vertex n,
                                    const char* name) {
  if (!a) return {};
  if (a->ndim() != 1 || a->size() != n)
    throw py::value_error(
        concat(name, ": expected one value per vertex (", std::to_string(n), ")"));
  return from_numpy(*a);
}

DegreeMode degree_mode(const std::string& mode) {
  if (mode == "total") return DegreeMode::total;
  if (mode == "in") return DegreeMode::in;
  if (mode == "out") return DegreeMode::out;
  throw UsageError(concat("mode: expected total, in or out, found '", mode, "'"));
}

}  // namespace

void bind_centrality(py::module_& m) {
  m.def("_degree", [](const CsrView& c, const std::string& mode, bool weighted, int threads) {
    const DegreeOptions o{.mode = degree_mode(mode), .weights = edge_weights(weighted)};
    auto r = run_released(threads, [g = c.graph, o] { return degree_centrality(*g, o); });
    py::dict d;
    d["score"] = to_numpy(std::move(r.score));
    d["centralization"] = r.centralization;
    return d;
  });
  m.def("_pagerank", [](const CsrView& c, double damping, double tolerance, int max_iterations,
                        bool weighted, const std::optional<DoubleArray>& teleport, bool low_memory,
                        bool gauss_seidel, bool single_precision, int threads) {
    auto t = optional_vector(teleport, c.graph->num_nodes(), "teleport");
    const PageRankLayout layout =
        low_memory ? PageRankLayout::graph_order : PageRankLayout::automatic;
    const PageRankSweep sweep = gauss_seidel ? PageRankSweep::gauss_seidel : PageRankSweep::jacobi;
    const PageRankContributions contributions = single_precision
                                                    ? PageRankContributions::single_precision
                                                    : PageRankContributions::double_precision;
    auto r = run_released(threads, [g = c.graph, t = std::move(t), damping, tolerance,
                                    max_iterations, weighted, layout, sweep, contributions] {
      return pagerank(*g, {.damping = damping,
                           .tolerance_l1 = tolerance,
                           .max_iterations = max_iterations,
                           .teleport = t,
                           .weights = edge_weights(weighted),
                           .layout = layout,
                           .sweep = sweep,
                           .contributions = contributions});
    });
    return iterative({std::move(r.score), r.iterations, r.residual_l1, r.converged});
  });
  m.def("_eigenvector",
        [](const CsrView& c, double tolerance, int max_iterations, bool weighted, int threads) {
          const EigenvectorOptions o{.tolerance_l1 = tolerance,
                                     .max_iterations = max_iterations,
                                     .weights = edge_weights(weighted)};
          return iterative(
              run_released(threads, [g = c.graph, o] { return eigenvector_centrality(*g, o); }));
        });
  m.def("_katz", [](const CsrView& c, double alpha, double beta, bool normalized, double tolerance,
                    int max_iterations, bool weighted,
                    const std::optional<DoubleArray>& beta_per_node, int threads) {
    auto b = optional_vector(beta_per_node, c.graph->num_nodes(), "beta");
    return iterative(run_released(threads, [g = c.graph, b = std::move(b), alpha, beta, normalized,
                                            tolerance, max_iterations, weighted] {
      return katz_centrality(*g, {.alpha = alpha,
                                  .beta = beta,
                                  .beta_per_node = b,
                                  .scale = normalized ? KatzScale::normalized : KatzScale::raw,
                                  .tolerance_l1 = tolerance,
                                  .max_iterations = max_iterations,
                                  .weights = edge_weights(weighted)});
    }));
  });
  m.def("_hits",
        [](const CsrView& c, double tolerance, int max_iterations, bool weighted, int threads) {
          const HitsOptions o{.tolerance_l1 = tolerance,
                              .max_iterations = max_iterations,
                              .weights = edge_weights(weighted)};
          auto r = run_released(threads, [g = c.graph, o] { return hits(*g, o); });
          py::dict d;
          d["hub"] = to_numpy(std::move(r.hub));
          d["authority"] = to_numpy(std::move(r.authority));
          d["iterations"] = r.iterations;
          d["residual_l1"] = r.residual_l1;
          d["converged"] = r.converged;
          return d;
        });
  m.def("_betweenness",
        [](const CsrView& c, bool normalized, bool endpoints, bool weighted, std::int64_t samples,
           double epsilon, double delta, std::uint64_t seed, bool edges, int threads) {
          const BetweennessOptions o{
              .scale = normalized ? BetweennessScale::normalized : BetweennessScale::raw,
              .endpoints = endpoints ? Endpoints::include : Endpoints::exclude,
              .weights = edge_weights(weighted)};
          auto r = run_released(threads, [g = c.graph, o, samples, epsilon, delta, seed, edges] {
            const Vertex n = g->num_nodes();
            std::int64_t k = samples;
            if (epsilon > 0.0) k = hoeffding_samples(n, epsilon, delta, o.endpoints);
            if (edges) return edge_betweenness(*g, o);
            if (k > 0 && k < n)
              return approximate_betweenness(*g, sample_sources(n, k, seed), delta, o);
            return betweenness(*g, o);
          });
          py::dict d;
          d["score"] = to_numpy(std::move(r.score));
          d["sources"] = r.sources;
          d["epsilon"] = r.epsilon;
          d["delta"] = r.delta;
          return d;
        });
  m.def("_closeness",
        [](const CsrView& c, bool harmonic, bool component_scale, bool weighted, int threads) {
          const ClosenessOptions o{.scale = component_scale ? ClosenessScale::component
                                                            : ClosenessScale::wasserman_faust,
                                   .weights = edge_weights(weighted)};
          auto s = run_released(threads, [g = c.graph, o, harmonic] {
            return harmonic ? harmonic_centrality(*g, o) : closeness_centrality(*g, o);
          });
          py::dict d;
          d["score"] = to_numpy(std::move(s));
          return d;
        });
  m.def("_clustering", [](const CsrView& c, bool weighted, int threads) {
    auto s = run_released(threads, [g = c.graph, weighted] {
      return clustering(*g, {.weights = edge_weights(weighted)});
    });
    py::dict d;
    d["score"] = to_numpy(std::move(s));
    return d;
  });
  m.def("_structural_holes", [](const CsrView& c, bool weighted, int threads) {
    auto r = run_released(threads, [g = c.graph, weighted] {
      return structural_holes(*g, {.weights = edge_weights(weighted)});
    });
    py::dict d;
    d["constraint"] = to_numpy(std::move(r.constraint));
    d["effective_size"] = to_numpy(std::move(r.effective_size));
    return d;
  });
  m.def("_brokerage", [](const CsrView& c, const IntArray& groups, bool closed, int threads) {
    if (groups.ndim() != 1 || groups.size() != c.graph->num_nodes())
      throw py::value_error("groups: expected one group per vertex");
    std::vector<int> group(groups.data(), groups.data() + groups.size());
    auto r = run_released(threads, [g = c.graph, group = std::move(group), closed] {
      return brokerage(*g, group,
                       {.closed = closed ? ClosedTwoPaths::include : ClosedTwoPaths::exclude});
    });
    py::dict d;
    d["coordinator"] = to_numpy(std::move(r.coordinator));
    d["consultant"] = to_numpy(std::move(r.consultant));
    d["gatekeeper"] = to_numpy(std::move(r.gatekeeper));
    d["representative"] = to_numpy(std::move(r.representative));
    d["liaison"] = to_numpy(std::move(r.liaison));
    d["total"] = to_numpy(std::move(r.total));
    return d;
  });
}

}  // namespace innonet::python
