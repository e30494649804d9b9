#include "algorithms/community/local_moving.hpp"

#include <omp.h>

#include <algorithm>
#include <numeric>

namespace innonet::community::detail {
namespace {

inline constexpr Vertex kAlone = -1;  // decision: move to an empty community

// Per-community totals, packed so one cache line serves a gain evaluation.
struct Totals {
  double out = 0.0, in = 0.0, size = 0.0;
  Vertex count = 0;
};

// Scratch for gathering s(v, C) over v's neighbouring communities (one per thread).
struct Scratch {
  std::vector<Vertex> slot;  // position of a community in touched, or -1
  std::vector<Vertex> touched;
  std::vector<double> weight;
  explicit Scratch(Vertex n) : slot(n, -1) {}
};

class Mover {
 public:
  Mover(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null)
      : g_(g), membership_(membership), null_(null), totals_(g.num_nodes) {
    for (Vertex v = 0; v < g.num_nodes; ++v) {
      Totals& t = totals_[membership[v]];
      t.out += g_.strength_out[v];
      t.in += g_.strength_in[v];
      t.size += g_.size[v];
      ++t.count;
    }
    for (Vertex c = g.num_nodes - 1; c >= 0; --c)
      if (totals_[c].count == 0) empty_.push_back(c);
  }

  // v's best community given the current state (read only): its own, a neighbouring one with a
  // strictly larger gain, or kAlone. Ties keep v where it is.
  Vertex evaluate(Vertex v, Scratch& s) const {
    const Vertex from = membership_[v];
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
      const Vertex c = membership_[g_.targets[e]];
      if (s.slot[c] < 0) {
        s.slot[c] = static_cast<Vertex>(s.touched.size());
        s.touched.push_back(c);
        s.weight.push_back(g_.weights[e]);
      } else {
        s.weight[s.slot[c]] += g_.weights[e];
      }
    }
    // null(v, C) = a in_C + b out_C + d size_C: NullModel::between with v's totals fixed.
    const bool cpm = null_.function == QualityFunction::cpm;
    const double scale = cpm ? 0.0 : null_.resolution / null_.total_weight;
    const double a = scale * g_.strength_out[v], b = scale * g_.strength_in[v];
    const double d = cpm ? 2.0 * null_.resolution * g_.size[v] : 0.0;
    Totals rest = totals_[from];  // v's community without v
    --rest.count;
    rest.out -= g_.strength_out[v];
    rest.in -= g_.strength_in[v];
    rest.size -= g_.size[v];
    const auto null_to = [&](const Totals& t) { return a * t.in + b * t.out + d * t.size; };
    Vertex best = from;
    double best_gain =
        rest.count > 0 ? (s.slot[from] >= 0 ? s.weight[s.slot[from]] : 0.0) - null_to(rest) : 0.0;
    for (std::size_t i = 0; i < s.touched.size(); ++i) {
      const Vertex c = s.touched[i];
      s.slot[c] = -1;
      if (c == from) continue;
      const double gain = s.weight[i] - null_to(totals_[c]);
      if (gain > best_gain) {
        best = c;
        best_gain = gain;
      }
    }
    s.touched.clear();
    s.weight.clear();
    if (best_gain < 0.0) best = kAlone;  // only when v has company: alone scores 0
    return best;
  }

  Vertex community(Vertex v) const { return membership_[v]; }

  // Carries out a decision; returns true if v changed community. A decision made on an older
  // state (batched mode) is dropped if its target has emptied since.
  bool apply(Vertex v, Vertex target) {
    const Vertex from = membership_[v];
    if (target == from || (target == kAlone && totals_[from].count == 1)) return false;
    if (target != kAlone && totals_[target].count == 0) return false;
    if (target == kAlone) {
      target = empty_.back();
      empty_.pop_back();
    }
    Totals& f = totals_[from];
    f.out -= g_.strength_out[v];
    f.in -= g_.strength_in[v];
    f.size -= g_.size[v];
    if (--f.count == 0) {
      f = Totals{};  // no rounding residue in an empty community
      empty_.push_back(from);
    }
    Totals& t = totals_[target];
    t.out += g_.strength_out[v];
    t.in += g_.strength_in[v];
    t.size += g_.size[v];
    ++t.count;
    membership_[v] = target;
    return true;
  }

 private:
  const WorkGraph& g_;
  std::vector<Vertex>& membership_;
  NullModel null_;
  std::vector<Totals> totals_;
  std::vector<Vertex> empty_;
};

// Decides and applies moves for `batch`. Small graphs: one node at a time (serial Louvain /
// Leiden). Large graphs: every node of a fixed-size batch is evaluated in parallel against the
// state at the batch's start; those that would move are evaluated again, in batch order, and
// moved - the same decisions at any thread count. `moved` receives 1 for each node that changed
// community.
void move_batch(Mover& mover, std::span<const Vertex> batch, bool parallel,
                std::vector<Scratch>& scratch, std::vector<Vertex>& decision,
                std::vector<char>& moved) {
  moved.assign(batch.size(), 0);
  if (!parallel) {
    for (std::size_t i = 0; i < batch.size(); ++i)
      moved[i] = mover.apply(batch[i], mover.evaluate(batch[i], scratch[0])) ? 1 : 0;
    return;
  }
  decision.resize(batch.size());
#pragma omp parallel for schedule(dynamic, 64)
  for (std::size_t i = 0; i < batch.size(); ++i)
    decision[i] = mover.evaluate(batch[i], scratch[omp_get_thread_num()]);
  // A node that wants to move is evaluated again against the current state before it moves, so
  // every move raises the quality (as in the serial method) and moving always ends.
  for (std::size_t i = 0; i < batch.size(); ++i)
    if (decision[i] != mover.community(batch[i]))
      moved[i] = mover.apply(batch[i], mover.evaluate(batch[i], scratch[0])) ? 1 : 0;
}

}  // namespace

std::int64_t move_nodes(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null,
                        MoveOrder order, Rng& rng) {
  const Vertex n = g.num_nodes;
  const bool parallel = n >= kParallelMoveNodes;
  const std::int64_t batch_size = parallel ? kMoveBatch : 1;
  Mover mover(g, membership, null);
  std::vector<Scratch> scratch(parallel ? omp_get_max_threads() : 1, Scratch(n));
  std::vector<Vertex> nodes(n), batch, decision;
  std::vector<char> moved;
  std::iota(nodes.begin(), nodes.end(), 0);
  rng.shuffle(std::span<Vertex>(nodes));
  // pending[v]: v waits in the queue (queue order) or is active in the next sweep (sweep order).
  std::vector<char> pending(n, 1);
  std::int64_t moves = 0;
  const auto wake_neighbours = [&](Vertex v, auto&& wake) {
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex u = g.targets[e];
      if (!pending[u] && membership[u] != membership[v]) {
        pending[u] = 1;
        wake(u);
      }
    }
  };
  if (order == MoveOrder::sweep) {
    // Every move raises the quality, so sweeps end; the cap only guards against rounding cycles.
    constexpr int kMaxSweeps = 1000;
    for (std::int64_t moved_in_sweep = 1, sweep = 0; moved_in_sweep > 0 && sweep < kMaxSweeps;
         ++sweep) {
      moved_in_sweep = 0;
      for (std::int64_t i = 0; i < n;) {
        batch.clear();
        for (; i < n && std::ssize(batch) < batch_size; ++i)
          if (pending[nodes[i]]) {
            pending[nodes[i]] = 0;
            batch.push_back(nodes[i]);
          }
        move_batch(mover, batch, parallel, scratch, decision, moved);
        for (std::size_t k = 0; k < batch.size(); ++k)
          if (moved[k]) {
            ++moved_in_sweep;
            wake_neighbours(batch[k], [](Vertex) {});
          }
      }
      moves += moved_in_sweep;
    }
    return moves;
  }
  // A ring buffer of at most n queued nodes.
  std::int64_t head = 0, length = n;
  while (length > 0) {
    batch.clear();
    for (; length > 0 && std::ssize(batch) < batch_size; --length) {
      batch.push_back(nodes[head]);
      pending[nodes[head]] = 0;
      head = head + 1 == n ? 0 : head + 1;
    }
    move_batch(mover, batch, parallel, scratch, decision, moved);
    for (std::size_t k = 0; k < batch.size(); ++k) {
      if (!moved[k]) continue;
      ++moves;
      wake_neighbours(batch[k], [&](Vertex u) { nodes[(head + length++) % n] = u; });
    }
  }
  return moves;
}

CommunityMembers group_members(std::span<const Vertex> membership, Vertex num_communities) {
  CommunityMembers m;
  m.first.assign(num_communities + 1, 0);
  for (const Vertex c : membership) ++m.first[c + 1];
  std::partial_sum(m.first.begin(), m.first.end(), m.first.begin());
  m.members.resize(membership.size());
  std::vector<std::int64_t> next(m.first.begin(), m.first.end() - 1);
  for (Vertex v = 0; v < std::ssize(membership); ++v) m.members[next[membership[v]]++] = v;
  return m;
}

}  // namespace innonet::community::detail
