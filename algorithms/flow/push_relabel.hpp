#pragma once
// The push–relabel engine behind max_flow and gomory_hu (internal; kernels call those).
//
// Highest-label push–relabel (Goldberg & Tarjan 1988) with the two heuristics of Cherkassky &
// Goldberg, "On implementing push-relabel method for the maximum flow problem" (Algorithmica
// 1997): global relabelling (a reverse BFS from the targets sets exact distance labels, at the
// start and after O(n + m) relabel work) and the gap heuristic (when no vertex is left at some
// label k, every vertex above k can no longer reach a target and is lifted to n).
//
// One call of run() moves excess towards a set of targets: vertices whose label reaches n can
// not reach a target and keep their excess. max_flow runs it twice: phase 1 from the sources to
// the sinks (a maximum preflow, whose value is final), phase 2 from the stranded excess back to
// the sources (a valid flow). Arithmetic on doubles terminates like on integers: a push moves
// either the whole residual capacity or the whole excess, so one of them becomes exactly 0.
// Cost: O(n^2 sqrt(m)) pushes in the worst case; near-linear on sparse real-world graphs.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/flow/residual.hpp"

namespace innonet::flow::detail {

struct PushRelabelStats {
  std::int64_t pushes = 0;
  std::int64_t relabels = 0;
  std::int64_t global_relabels = 0;
  std::int64_t gaps = 0;
};

class PushRelabel {
 public:
  // Keeps a reference to `network`; residual capacities start at network.capacity.
  explicit PushRelabel(const ResidualNetwork& network);

  // Residual capacities back to the network's capacities, excesses to 0.
  void reset();
  // Sends as much as every arc leaving `sources` allows (arcs into another source excepted).
  void saturate_from(std::span<const Vertex> sources);
  // Discharges every vertex with excess towards `targets`; `blocked` vertices never move flow
  // (they keep what they receive). Vertices that cannot reach a target keep their excess.
  void run(std::span<const Vertex> targets, std::span<const Vertex> blocked);
  // marks[v] = 1 for every vertex that can reach one of `targets` in the residual network.
  void mark_reaching(std::span<const Vertex> targets, std::vector<std::uint8_t>& marks) const;
  // marks[v] = 1 for every vertex reachable from one of `roots` in the residual network.
  void mark_reachable(std::span<const Vertex> roots, std::vector<std::uint8_t>& marks) const;

  double excess(Vertex v) const { return excess_[v]; }
  double residual(ArcIndex a) const { return residual_[a]; }
  const PushRelabelStats& stats() const { return stats_; }

 private:
  void global_relabel();
  void discharge(Vertex v);
  ArcIndex relabel(Vertex v);  // returns the new current arc, or -1 if v was lifted to n
  void gap(std::int32_t label);
  void link(Vertex v);
  void unlink(Vertex v);
  void activate(Vertex v);

  const ResidualNetwork& net_;
  Vertex n_;
  std::vector<double> residual_;
  std::vector<double> excess_;
  std::vector<std::int32_t> label_;
  std::vector<ArcIndex> current_;
  std::vector<std::uint8_t> role_;  // 0 free, 1 target, 2 blocked
  // Buckets by label: active vertices (singly linked) and all linked vertices (doubly linked).
  std::vector<Vertex> active_head_, next_active_;
  std::vector<Vertex> all_head_, all_next_, all_prev_;
  std::int32_t max_active_ = -1, max_label_ = -1;
  std::int64_t work_ = 0, work_limit_ = 0;
  PushRelabelStats stats_;
};

}  // namespace innonet::flow::detail
