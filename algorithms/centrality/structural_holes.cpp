#include "algorithms/centrality/structural_holes.hpp"

#include <algorithm>
#include <limits>

#include "algorithms/centrality/neighborhood.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::centrality {
namespace {

struct Norms {
  std::vector<double> sum, max;  // Σ and max of m(u,k) over N(u)
};

Norms mutual_norms(const UnionNeighborhood& nb, Vertex n) {
  Norms norms{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
#pragma omp parallel for schedule(dynamic, 256) if (n > kParallelLight)
  for (Vertex u = 0; u < n; ++u) {
    const auto a_out = nb.out_weight(u), a_in = nb.in_weight(u);
    for (std::size_t i = 0; i < a_out.size(); ++i) {
      const double m = a_out[i] + a_in[i];
      norms.sum[u] += m;
      norms.max[u] = std::max(norms.max[u], m);
    }
  }
  return norms;
}

// Scratch for one ego network: slot[w] = position of w in N(v) + 1, or 0.
struct Ego {
  std::vector<std::int64_t> slot;
  std::vector<double> p, indirect, redundancy;
};

void ego_scores(const UnionNeighborhood& nb, const Norms& norms, Vertex v, Ego& ego,
                double& constraint, double& effective_size) {
  const auto nv = nb.neighbors(v);
  const auto k = nv.size();
  ego.p.assign(k, 0.0);
  ego.indirect.assign(k, 0.0);
  ego.redundancy.assign(k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    ego.slot[nv[i]] = static_cast<std::int64_t>(i) + 1;
    const double m = nb.out_weight(v)[i] + nb.in_weight(v)[i];
    ego.p[i] = norms.sum[v] == 0.0 ? 0.0 : m / norms.sum[v];
  }
  for (std::size_t i = 0; i < k; ++i) {  // q = nv[i]; j runs over N(q) ∩ N(v)
    const Vertex q = nv[i];
    const auto nq = nb.neighbors(q);
    const auto qo = nb.out_weight(q), qi = nb.in_weight(q);
    for (std::size_t t = 0; t < nq.size(); ++t) {
      const std::int64_t j = ego.slot[nq[t]] - 1;
      if (j < 0) continue;
      const double m = qo[t] + qi[t];
      if (norms.sum[q] != 0.0) ego.indirect[j] += ego.p[i] * (m / norms.sum[q]);
      if (norms.max[q] != 0.0) ego.redundancy[i] += ego.p[j] * (m / norms.max[q]);
    }
  }
  constraint = 0.0;
  effective_size = 0.0;
  for (std::size_t i = 0; i < k; ++i) {
    const double c = ego.p[i] + ego.indirect[i];
    constraint += c * c;
    effective_size += 1.0 - ego.redundancy[i];
    ego.slot[nv[i]] = 0;
  }
}

}  // namespace

StructuralHolesResult structural_holes(const CsrGraph& g, const StructuralHolesOptions& options) {
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const UnionNeighborhood nb(g, options.weights);
  const Norms norms = mutual_norms(nb, n);
  StructuralHolesResult r;
  r.constraint.assign(n, std::numeric_limits<double>::quiet_NaN());
  r.effective_size.assign(n, std::numeric_limits<double>::quiet_NaN());
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (n > kParallelHeavy)
  {
    Ego ego;
    error.run([&] { ego.slot.assign(n, 0); });
#pragma omp for schedule(dynamic, 64)
    for (Vertex v = 0; v < n; ++v) {
      if (nb.neighbors(v).empty() || error.failed()) continue;
      error.run([&] { ego_scores(nb, norms, v, ego, r.constraint[v], r.effective_size[v]); });
    }
  }
  error.rethrow();
  return r;
}

}  // namespace innonet::centrality
