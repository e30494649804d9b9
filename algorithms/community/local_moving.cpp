#include "algorithms/community/local_moving.hpp"

#include <omp.h>

#include <algorithm>
#include <numeric>

#include "algorithms/community/neighbor_weights.hpp"

namespace innonet::community::detail {
namespace {

inline constexpr Vertex kAlone = -1;  // decision: move to an empty community

// Per-community totals, packed so one cache line serves a gain evaluation.
struct Totals {
  double out = 0.0, in = 0.0, size = 0.0;
  Vertex count = 0;
};

using Scratch = NeighborWeights;

// null(v, C) = a in_C + b out_C + d size_C: NullModel::between with v's totals fixed.
struct Coefficients {
  double a = 0.0, b = 0.0, d = 0.0;
  double null_to(const Totals& t) const { return a * t.in + b * t.out + d * t.size; }
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
    s.prepare(g_.offsets[v + 1] - g_.offsets[v]);
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e)
      s.add(membership_[g_.targets[e]], g_.weights[e]);
    const Coefficients k = coefficients(v);
    const Totals rest = without(totals_[from], v);
    Vertex best = from;
    double best_gain = rest.count > 0 ? s.weight_to(from) - k.null_to(rest) : 0.0;
    for (std::size_t i = 0; i < s.touched.size(); ++i) {
      const Vertex c = s.touched[i];
      if (c == from) continue;
      const double gain = s.weight[i] - k.null_to(totals_[c]);
      if (gain > best_gain) {
        best = c;
        best_gain = gain;
      }
    }
    s.clear();
    if (best_gain < 0.0) best = kAlone;  // only when v has company: alone scores 0
    return best;
  }

  // The batched mode's second look at a decision made on an older state: v's gains for staying,
  // for `target` and for being alone, against the current state (one scan of v's arcs, no
  // community table). Returns the best of the three, preferring to stay on ties, as evaluate()
  // would among them; a move it returns strictly raises the quality now.
  Vertex confirm(Vertex v, Vertex target) const {
    const Vertex from = membership_[v];
    double to_from = 0.0, to_target = 0.0;
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
      const Vertex c = membership_[g_.targets[e]];
      if (c == from) to_from += g_.weights[e];
      if (c == target) to_target += g_.weights[e];
    }
    const Coefficients k = coefficients(v);
    const Totals rest = without(totals_[from], v);
    double best_gain = rest.count > 0 ? to_from - k.null_to(rest) : 0.0;
    Vertex best = from;
    if (target != kAlone && totals_[target].count > 0) {
      const double gain = to_target - k.null_to(totals_[target]);
      if (gain > best_gain) {
        best = target;
        best_gain = gain;
      }
    }
    return best_gain < 0.0 ? kAlone : best;
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
  Coefficients coefficients(Vertex v) const {
    const bool cpm = null_.function == QualityFunction::cpm;
    const double scale = cpm ? 0.0 : null_.resolution / null_.total_weight;
    return {scale * g_.strength_out[v], scale * g_.strength_in[v],
            cpm ? 2.0 * null_.resolution * g_.size[v] : 0.0};
  }

  // v's community's totals without v.
  Totals without(Totals t, Vertex v) const {
    --t.count;
    t.out -= g_.strength_out[v];
    t.in -= g_.strength_in[v];
    t.size -= g_.size[v];
    return t;
  }

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
  // A node that wants to move has its move confirmed against the current state before it moves,
  // so every move raises the quality (as in the serial method) and moving always ends.
  for (std::size_t i = 0; i < batch.size(); ++i)
    if (decision[i] != mover.community(batch[i]))
      moved[i] = mover.apply(batch[i], mover.confirm(batch[i], decision[i])) ? 1 : 0;
}

// What both visiting orders share: the mover, the batch buffers and the pending flags.
class Moving {
 public:
  Moving(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null, Rng& rng)
      : g_(g),
        membership_(membership),
        mover_(g, membership, null),
        parallel_(g.num_nodes >= kParallelMoveNodes),
        scratch_(parallel_ ? omp_get_max_threads() : 1, Scratch(g.num_nodes)),
        nodes_(g.num_nodes),
        pending_(g.num_nodes, 1) {
    std::iota(nodes_.begin(), nodes_.end(), 0);
    rng.shuffle(std::span<Vertex>(nodes_));
  }

  // Louvain: sweeps over nodes_ until one moves nothing. Every move raises the quality, so sweeps
  // end; the cap only guards against rounding cycles.
  std::int64_t sweeps() {
    constexpr int kMaxSweeps = 1000;
    const std::int64_t n = g_.num_nodes;
    std::int64_t moves = 0;
    for (std::int64_t moved_in_sweep = 1, sweep = 0; moved_in_sweep > 0 && sweep < kMaxSweeps;
         ++sweep) {
      moved_in_sweep = 0;
      for (std::int64_t i = 0; i < n;) {
        batch_.clear();
        for (; i < n && std::ssize(batch_) < batch_size(); ++i)
          if (pending_[nodes_[i]]) {
            pending_[nodes_[i]] = 0;
            batch_.push_back(nodes_[i]);
          }
        moved_in_sweep += move_batch_and_wake([](Vertex) {});
      }
      moves += moved_in_sweep;
    }
    return moves;
  }

  // Leiden: nodes_ becomes a ring buffer of at most n queued nodes.
  std::int64_t queue() {
    const std::int64_t n = g_.num_nodes;
    std::int64_t moves = 0, head = 0, length = n;
    while (length > 0) {
      batch_.clear();
      for (; length > 0 && std::ssize(batch_) < batch_size(); --length) {
        batch_.push_back(nodes_[head]);
        pending_[nodes_[head]] = 0;
        head = head + 1 == n ? 0 : head + 1;
      }
      moves += move_batch_and_wake([&](Vertex u) { nodes_[(head + length++) % n] = u; });
    }
    return moves;
  }

 private:
  std::int64_t batch_size() const { return parallel_ ? kMoveBatch : 1; }

  // Moves batch_, then marks pending (and hands to `wake`) each neighbour of a moved node that is
  // not pending and sits in another community. Returns the number of moves.
  template <class Wake>
  std::int64_t move_batch_and_wake(Wake&& wake) {
    move_batch(mover_, batch_, parallel_, scratch_, decision_, moved_);
    std::int64_t moves = 0;
    for (std::size_t k = 0; k < batch_.size(); ++k) {
      if (!moved_[k]) continue;
      ++moves;
      const Vertex v = batch_[k];
      for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
        const Vertex u = g_.targets[e];
        if (!pending_[u] && membership_[u] != membership_[v]) {
          pending_[u] = 1;
          wake(u);
        }
      }
    }
    return moves;
  }

  const WorkGraph& g_;
  std::vector<Vertex>& membership_;
  Mover mover_;
  bool parallel_;
  std::vector<Scratch> scratch_;
  std::vector<Vertex> nodes_, batch_, decision_;
  std::vector<char> moved_;
  // pending_[v]: v waits in the queue (queue order) or is active in the next sweep (sweep order).
  std::vector<char> pending_;
};

}  // namespace

std::int64_t move_nodes(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null,
                        MoveOrder order, Rng& rng) {
  Moving moving(g, membership, null, rng);
  return order == MoveOrder::sweep ? moving.sweeps() : moving.queue();
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
