#include "algorithms/flow/resilience.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/residual.hpp"
#include "engine/csr_build.hpp"

namespace innonet::flow {
namespace {

std::vector<std::uint8_t> membership(Vertex n, std::span<const Vertex> vertices) {
  std::vector<std::uint8_t> in(n, 0);
  for (const Vertex v : vertices) in[v] = 1;
  return in;
}

void check_removed(const CsrGraph& g, std::span<const Vertex> removed) {
  for (const Vertex v : removed)
    if (v < 0 || v >= g.num_nodes())
      throw std::invalid_argument("removed: vertex " + std::to_string(v) + " is not in 0.." +
                                  std::to_string(g.num_nodes() - 1));
}

// Weak component labels (index of the component, in order of smallest vertex), -1 for removed.
std::vector<Vertex> weak_labels(const CsrGraph& g, const std::vector<std::uint8_t>& gone,
                                std::int64_t& count) {
  std::vector<Vertex> label(g.num_nodes(), -1);
  count = 0;
  std::vector<Vertex> stack;
  for (Vertex root = 0; root < g.num_nodes(); ++root) {
    if (gone[root] || label[root] >= 0) continue;
    label[root] = static_cast<Vertex>(count);
    stack.push_back(root);
    while (!stack.empty()) {
      const Vertex u = stack.back();
      stack.pop_back();
      for (const auto row : {g.out_neighbors(u), g.in_neighbors(u)})
        for (const Vertex v : row)
          if (!gone[v] && label[v] < 0) {
            label[v] = static_cast<Vertex>(count);
            stack.push_back(v);
          }
    }
    ++count;
  }
  return label;
}

// Vertices of the anchor's components, or of the largest one.
std::vector<std::uint8_t> component_of(const CsrGraph& g, const std::vector<Vertex>& label,
                                       std::int64_t count, std::span<const Vertex> anchor) {
  std::vector<std::uint8_t> chosen(count, 0);
  if (anchor.empty()) {
    std::vector<Vertex> size(count, 0);
    for (const Vertex c : label)
      if (c >= 0) ++size[c];
    if (count > 0) chosen[std::max_element(size.begin(), size.end()) - size.begin()] = 1;
  } else {
    for (const Vertex a : anchor)
      if (label[a] >= 0) chosen[label[a]] = 1;
  }
  std::vector<std::uint8_t> in(g.num_nodes(), 0);
  for (Vertex v = 0; v < g.num_nodes(); ++v) in[v] = label[v] >= 0 && chosen[label[v]];
  return in;
}

}  // namespace

CsrGraph remove_vertices(const CsrGraph& g, std::span<const Vertex> removed) {
  check_removed(g, removed);
  const auto gone = membership(g.num_nodes(), removed);
  EdgeList edges;
  edges.num_nodes = g.num_nodes();
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = g.out_targets()[a];
      if (gone[u] || gone[v] || (!g.is_directed() && v < u)) continue;  // each edge once
      edges.sources.push_back(u);
      edges.targets.push_back(v);
      if (!w.empty()) edges.weights.push_back(w[a]);
    }
  return build_csr(edges, {.direction = g.direction(), .merge = MergeRule::keep});
}

std::vector<std::uint8_t> weakly_reachable(const CsrGraph& g, std::span<const Vertex> roots,
                                           std::span<const Vertex> removed) {
  check_removed(g, removed);
  const auto gone = membership(g.num_nodes(), removed);
  std::vector<std::uint8_t> mark(g.num_nodes(), 0);
  std::vector<Vertex> stack;
  for (const Vertex r : roots)
    if (!gone[r] && !mark[r]) mark[r] = 1, stack.push_back(r);
  while (!stack.empty()) {
    const Vertex u = stack.back();
    stack.pop_back();
    for (const auto row : {g.out_neighbors(u), g.in_neighbors(u)})
      for (const Vertex v : row)
        if (!gone[v] && !mark[v]) mark[v] = 1, stack.push_back(v);
  }
  return mark;
}

bool sets_connected(const CsrGraph& g, std::span<const Vertex> a, std::span<const Vertex> b,
                    std::span<const Vertex> removed) {
  check_terminals(a, g.num_nodes(), "sources");
  check_terminals(b, g.num_nodes(), "sinks");
  const auto mark = weakly_reachable(g, a, removed);
  const auto gone = membership(g.num_nodes(), removed);
  return std::any_of(b.begin(), b.end(), [&](Vertex v) { return mark[v] && !gone[v]; });
}

ConnectivityChange connectivity_change(const CsrGraph& before, const CsrGraph& after,
                                       std::span<const Vertex> removed,
                                       std::span<const Vertex> anchor) {
  if (after.num_nodes() != before.num_nodes())
    throw std::invalid_argument("after: " + std::to_string(after.num_nodes()) +
                                " vertices, before has " + std::to_string(before.num_nodes()));
  check_removed(before, removed);
  if (!anchor.empty()) check_terminals(anchor, before.num_nodes(), "anchor");
  const std::vector<std::uint8_t> none(before.num_nodes(), 0);
  const auto gone = membership(before.num_nodes(), removed);
  ConnectivityChange c;
  const auto label_before = weak_labels(before, none, c.components_before);
  const auto label_after = weak_labels(after, gone, c.components_after);
  const auto in_before = component_of(before, label_before, c.components_before, anchor);
  const auto in_after = component_of(after, label_after, c.components_after, anchor);
  for (Vertex v = 0; v < before.num_nodes(); ++v) {
    c.component_before += in_before[v];
    c.component_after += in_after[v];
    if (in_before[v] && !in_after[v] && !gone[v]) c.cut_off.push_back(v);
  }
  return c;
}

ConnectivityChange connectivity_change(const CsrGraph& g, std::span<const Vertex> removed,
                                       std::span<const Vertex> anchor) {
  return connectivity_change(g, g, removed, anchor);
}

std::vector<Vertex> single_vertex_separators(const CsrGraph& g, std::span<const Vertex> a,
                                             std::span<const Vertex> b) {
  check_terminals(a, g.num_nodes(), "sources");
  check_terminals(b, g.num_nodes(), "sinks");
  check_disjoint(a, b, g.num_nodes(), "sources", "sinks");
  const auto in_a = membership(g.num_nodes(), a), in_b = membership(g.num_nodes(), b);
  // One a–b path by breadth-first search over both arc directions.
  std::vector<Vertex> parent(g.num_nodes(), kNoVertex), queue(a.begin(), a.end());
  for (const Vertex s : a) parent[s] = s;
  Vertex reached = kNoVertex;
  for (std::size_t i = 0; i < queue.size() && reached == kNoVertex; ++i)
    for (const auto row : {g.out_neighbors(queue[i]), g.in_neighbors(queue[i])})
      for (const Vertex v : row)
        if (parent[v] == kNoVertex) {
          parent[v] = queue[i];
          queue.push_back(v);
          if (in_b[v] && reached == kNoVertex) reached = v;
        }
  std::vector<Vertex> separators;
  if (reached == kNoVertex) return separators;
  for (Vertex v = parent[reached]; !in_a[v]; v = parent[v]) {
    const Vertex removed[] = {v};
    if (!sets_connected(g, a, b, removed)) separators.push_back(v);
  }
  std::sort(separators.begin(), separators.end());
  return separators;
}

}  // namespace innonet::flow
