#include "algorithms/centrality/brokerage.hpp"

#include <stdexcept>

#include "algorithms/centrality/common.hpp"

namespace innonet::centrality {

BrokerageResult brokerage(const CsrGraph& g, std::span<const int> group,
                          const BrokerageOptions& options) {
  const Vertex n = g.num_nodes();
  if (std::ssize(group) != n) throw std::invalid_argument("group: needs one value per node");
  const bool exclude_closed = options.closed == ClosedTwoPaths::exclude;
  BrokerageResult r;
  for (auto* counts :
       {&r.coordinator, &r.consultant, &r.gatekeeper, &r.representative, &r.liaison, &r.total})
    counts->assign(n, 0);
#pragma omp parallel for schedule(dynamic, 64) if (n > kParallelHeavy)
  for (Vertex v = 0; v < n; ++v) {
    const int gv = group[v];
    std::int64_t coordinator = 0, consultant = 0, gatekeeper = 0, representative = 0, liaison = 0;
    for (const Vertex a : g.in_neighbors(v)) {
      if (a == v) continue;
      const int ga = group[a];
      for (const Vertex b : g.out_neighbors(v)) {
        if (b == v || b == a) continue;
        if (exclude_closed && g.find_arc(a, b) >= 0) continue;
        const int gb = group[b];
        if (ga == gv && gv == gb) {
          ++coordinator;
        } else if (ga == gb) {
          ++consultant;
        } else if (gv == gb) {
          ++gatekeeper;
        } else if (ga == gv) {
          ++representative;
        } else {
          ++liaison;
        }
      }
    }
    r.coordinator[v] = coordinator;
    r.consultant[v] = consultant;
    r.gatekeeper[v] = gatekeeper;
    r.representative[v] = representative;
    r.liaison[v] = liaison;
    r.total[v] = coordinator + consultant + gatekeeper + representative + liaison;
  }
  return r;
}

}  // namespace innonet::centrality
