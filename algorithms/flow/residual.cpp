#include "algorithms/flow/residual.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace innonet::flow {
namespace {

// Whether arc u -> v is built: both ends kept (every arc when there is no mask).
bool built(std::span<const std::uint8_t> keep, Vertex u, Vertex v) {
  return keep.empty() || (keep[u] && keep[v]);
}

// CSR layout, the two arcs of an undirected edge paired with each other.
ResidualNetwork shared_layout(const CsrGraph& g, std::span<const std::uint8_t> keep) {
  const Vertex n = g.num_nodes();
  const auto targets = g.out_targets();
  const auto m = static_cast<ArcIndex>(g.num_arcs());
  ResidualNetwork r;
  r.num_nodes = n;
  r.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex u = 0; u < n; ++u) {
    ArcIndex row = 0;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      arc_capacity(g, a);  // every capacity is checked, built or not
      row += built(keep, u, targets[a]);
    }
    r.offsets[u + 1] = r.offsets[u] + row;
  }
  const ArcIndex total = r.offsets[n];
  r.head.resize(total);
  r.pair.assign(total, -1);
  r.capacity.resize(total);
  r.csr_arc.resize(total);
  r.forward.assign(m, -1);
  std::vector<ArcIndex> cursor(r.offsets.begin(), r.offsets.end() - 1);
  for (Vertex u = 0; u < n; ++u) {
    ArcIndex f = r.offsets[u];
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      if (!built(keep, u, v)) continue;
      r.head[f] = v;
      r.capacity[f] = arc_capacity(g, a);
      r.csr_arc[f] = a;
      r.forward[a] = f;
      if (v == u) r.pair[f] = f;
      if (v > u) {
        // v's row is sorted by target, so its entries for u < v are met in the order u runs.
        const ArcIndex mirror = cursor[v]++;
        r.pair[f] = mirror;
        r.pair[mirror] = f;
      }
      ++f;
    }
  }
  return r;
}

// Row u = out-arcs of u, then one reverse slot per in-arc of u (in-row order).
ResidualNetwork split_layout(const CsrGraph& g, std::span<const std::uint8_t> keep) {
  const Vertex n = g.num_nodes();
  const auto targets = g.out_targets();
  ResidualNetwork r;
  r.num_nodes = n;
  // Built out-arcs per row; each also takes a reverse slot in its head's row.
  std::vector<std::int64_t> out(static_cast<std::size_t>(n), 0), in(out.size(), 0);
  for (Vertex u = 0; u < n; ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      arc_capacity(g, a);  // every capacity is checked, built or not
      if (built(keep, u, targets[a])) ++out[u], ++in[targets[a]];
    }
  std::int64_t total = 0;
  for (Vertex v = 0; v < n; ++v) total += out[v] + in[v];
  if (total >= std::numeric_limits<ArcIndex>::max())
    throw std::invalid_argument("graph: residual network would need 2^31 or more arcs");
  r.offsets.resize(static_cast<std::size_t>(n) + 1);
  r.offsets[0] = 0;
  for (Vertex v = 0; v < n; ++v)
    r.offsets[v + 1] = r.offsets[v] + static_cast<ArcIndex>(out[v] + in[v]);
  r.head.resize(total);
  r.pair.resize(total);
  r.capacity.assign(total, 0.0);
  r.csr_arc.assign(total, -1);
  r.forward.assign(g.num_arcs(), -1);
  std::vector<ArcIndex> cursor(n);  // next free reverse slot of each row
  for (Vertex v = 0; v < n; ++v) cursor[v] = r.offsets[v] + static_cast<ArcIndex>(out[v]);
  for (Vertex u = 0; u < n; ++u) {
    ArcIndex f = r.offsets[u];
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      if (!built(keep, u, v)) continue;
      // v's in-row is sorted by source, so its slots are filled in the order u runs.
      const ArcIndex b = cursor[v]++;
      r.head[f] = v;
      r.capacity[f] = arc_capacity(g, a);
      r.csr_arc[f] = a;
      r.forward[a] = f;
      r.head[b] = u;
      r.pair[f] = b;
      r.pair[b] = f;
      ++f;
    }
  }
  return r;
}

}  // namespace

double arc_capacity(const CsrGraph& g, ArcIndex a) {
  const auto weights = g.out_weight_array();
  const double w = weights.empty() ? 1.0 : weights[a];
  if (!(w >= 0.0) || !std::isfinite(w))
    throw std::invalid_argument("capacity: arc " + std::to_string(a) + " has capacity " +
                                std::to_string(w) + "; capacities must be finite and >= 0");
  return w;
}

ResidualNetwork build_residual(const CsrGraph& g, UndirectedArcs undirected,
                               std::span<const std::uint8_t> keep) {
  if (!keep.empty() && std::ssize(keep) != g.num_nodes())
    throw std::invalid_argument("keep: one entry per vertex expected");
  if (!g.is_directed() && undirected == UndirectedArcs::shared) return shared_layout(g, keep);
  return split_layout(g, keep);
}

void check_terminals(std::span<const Vertex> vertices, Vertex num_nodes, const char* name) {
  if (vertices.empty()) throw std::invalid_argument(std::string(name) + ": the set is empty");
  std::vector<char> seen(num_nodes, 0);
  for (const Vertex v : vertices) {
    if (v < 0 || v >= num_nodes)
      throw std::invalid_argument(std::string(name) + ": vertex " + std::to_string(v) +
                                  " is not in 0.." + std::to_string(num_nodes - 1));
    if (seen[v]++)
      throw std::invalid_argument(std::string(name) + ": vertex " + std::to_string(v) +
                                  " is listed twice");
  }
}

void check_disjoint(std::span<const Vertex> first, std::span<const Vertex> second, Vertex num_nodes,
                    const char* first_name, const char* second_name) {
  std::vector<char> in_first(num_nodes, 0);
  for (const Vertex v : first) in_first[v] = 1;
  for (const Vertex v : second)
    if (in_first[v])
      throw std::invalid_argument(std::string(second_name) + ": vertex " + std::to_string(v) +
                                  " is also in " + first_name + " (" + first_name +
                                  " == " + second_name + ")");
}

}  // namespace innonet::flow
