#include "algorithms/community/local_moving.hpp"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "algorithms/community/neighbor_weights.hpp"
#include "engine/parallel_error.hpp"
#include "engine/prefetch.hpp"

namespace innonet::community::detail {
namespace {

inline constexpr Vertex kAlone = -1;  // decision: move to an empty community

// A community's totals, as one value (its own, or one without a node).
struct Totals {
  double out = 0.0, in = 0.0, size = 0.0;
  Vertex count = 0;
};

using Scratch = NeighborWeights;

// Which totals null(v, C) reads. Undirected modularity needs only out (in equals it), the CPM only
// size: the gain loop then reads one 8-byte array, not all of them. On a million-node graph that
// array is what the random community lookups must find in the cache.
enum class NullShape { out_only, size_only, general };

// null(v, C) = a in_C + b out_C + d size_C: NullModel::between with v's totals fixed.
struct Coefficients {
  double a = 0.0, b = 0.0, d = 0.0;
  double null_to(const Totals& t) const { return a * t.in + b * t.out + d * t.size; }
};

// Per-community totals, one array per field (see NullShape).
struct CommunityTotals {
  explicit CommunityTotals(Vertex n) : out(n, 0.0), in(n, 0.0), size(n, 0.0), count(n, 0) {}
  std::vector<double> out, in, size;
  std::vector<Vertex> count;

  Totals of(Vertex c) const { return {out[c], in[c], size[c], count[c]}; }
  void add(Vertex c, double o, double i, double s, Vertex k) {
    out[c] += o;
    in[c] += i;
    size[c] += s;
    count[c] += k;
  }
  void clear(Vertex c) {  // no rounding residue in an empty community
    out[c] = in[c] = size[c] = 0.0;
    count[c] = 0;
  }
};

class Mover {
 public:
  Mover(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null)
      : g_(g),
        membership_(membership),
        null_(null),
        shape_(null.function == QualityFunction::cpm ? NullShape::size_only
               : g.directed                          ? NullShape::general
                                                     : NullShape::out_only),
        totals_(g.num_nodes),
        slack_(g.num_nodes, 0.0) {
    for (Vertex v = 0; v < g.num_nodes; ++v)
      totals_.add(membership[v], g_.strength_out[v], g_.strength_in[v], g_.size[v], 1);
    for (Vertex c = g.num_nodes - 1; c >= 0; --c)
      if (totals_.count[c] == 0) empty_.push_back(c);
  }

  // v's best community given the current state (read only): its own, a neighbouring one with a
  // strictly larger gain, or kAlone. Ties keep v where it is. Also records v's slack: by how much
  // staying beats the best alternative (0 when v is to move), for wake().
  Vertex evaluate(Vertex v, Scratch& s) {
    const Vertex from = membership_[v];
    s.prepare(g_.offsets[v + 1] - g_.offsets[v]);
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e)
      s.add(membership_[g_.targets[e]], g_.weights[e]);
    const Coefficients k = coefficients(v);
    const Totals rest = without(totals_.of(from), v);
    const double stay = rest.count > 0 ? s.weight_to(from) - k.null_to(rest) : 0.0;
    // Being alone scores 0 (when v is alone already, that is staying; it still counts as the
    // rival's floor, as the value every empty or unseen community had for v: see shaken()).
    double rival = 0.0;
    for (std::size_t i = 0; i < s.touched.size(); ++i)
      if (s.touched[i] != from) rival = std::max(rival, s.weight[i] - null_to(k, s.touched[i]));
    Vertex best = from;
    if (rival > stay) {  // the first community reaching the rival's gain, or alone
      best = kAlone;
      for (std::size_t i = 0; i < s.touched.size() && best == kAlone; ++i)
        if (s.touched[i] != from && s.weight[i] - null_to(k, s.touched[i]) == rival)
          best = s.touched[i];
    }
    s.clear();
    // A margin for the rounding in the gains, so that a node is never left asleep by it.
    slack_[v] = best != from ? 0.0 : stay - rival - 1e-12 * (std::abs(stay) + std::abs(rival));
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
    const Totals rest = without(totals_.of(from), v);
    double best_gain = rest.count > 0 ? to_from - k.null_to(rest) : 0.0;
    Vertex best = from;
    if (target != kAlone && totals_.count[target] > 0) {
      const double gain = to_target - null_to(k, target);
      if (gain > best_gain) {
        best = target;
        best_gain = gain;
      }
    }
    return best_gain < 0.0 ? kAlone : best;
  }

  // Nodes are visited in random order, so each evaluation starts with cache misses on the node's
  // row offsets, its arcs, its weights and its strengths. Batches know their nodes ahead: these
  // start those loads early, in two steps (the row's address needs its offset first).
  void prefetch_offsets(Vertex v) const { prefetch(&g_.offsets[v]); }
  void prefetch_row(Vertex v) const {
    const std::int64_t first = g_.offsets[v];
    const std::int64_t second_line = std::min(first + 8, g_.offsets[v + 1]);  // 16 arcs: 2 lines
    prefetch(g_.targets.data() + first);
    prefetch(g_.weights.data() + first);
    prefetch(g_.weights.data() + second_line);
    prefetch(&g_.strength_out[v]);
    prefetch(&g_.strength_in[v]);
    prefetch(&membership_[v]);
  }

  // The third step: the communities of the row's neighbours (the row itself should have arrived).
  void prefetch_neighbor_communities(Vertex v) const {
    const std::int64_t end = std::min(g_.offsets[v + 1], g_.offsets[v] + kPrefetchArcs);
    for (std::int64_t e = g_.offsets[v]; e < end; ++e) prefetch(&membership_[g_.targets[e]]);
  }
  static constexpr std::int64_t kPrefetchArcs = 32;

  Vertex community(Vertex v) const { return membership_[v]; }

  // Neighbour v of u has just moved from community a to b, and s(u, v) = w: lowers u's slack by
  // slack_fall (local_moving.hpp; the slack's floor of 0, being alone, is what makes the bound
  // hold for empty and unseen communities). Returns true once u's slack is used up: only then
  // can u's best choice have changed, as far as the moves of neighbours go (like the queue rule
  // it refines, this ignores totals shifted by nodes elsewhere). A neighbour joining u's
  // community, the common case around a hub, costs u nothing.
  bool shaken(Vertex u, Vertex v, double w, Vertex a, Vertex b) {
    const Totals of_v{g_.strength_out[v], g_.strength_in[v], g_.size[v], 1};
    const Coefficients k = coefficients(u);
    const double p = shape_ == NullShape::out_only ? (k.a + k.b) * of_v.out : k.null_to(of_v);
    return (slack_[u] -= slack_fall(w, p, membership_[u], a, b)) < 0.0;
  }

  // Carries out a decision; returns true if v changed community. A decision made on an older
  // state (batched mode) is dropped if its target has emptied since.
  bool apply(Vertex v, Vertex target) {
    const Vertex from = membership_[v];
    if (target == from || (target == kAlone && totals_.count[from] == 1)) return false;
    if (target != kAlone && totals_.count[target] == 0) return false;
    if (target == kAlone) {
      target = empty_.back();
      empty_.pop_back();
    }
    totals_.add(from, -g_.strength_out[v], -g_.strength_in[v], -g_.size[v], -1);
    if (totals_.count[from] == 0) {
      totals_.clear(from);
      empty_.push_back(from);
    }
    totals_.add(target, g_.strength_out[v], g_.strength_in[v], g_.size[v], 1);
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

  // null(v, C) for a community C other than v's, reading only the totals the shape needs. With
  // in_C = out_C and a = b (undirected), a out + b out = (a + b) out exactly: same bits as general.
  double null_to(const Coefficients& k, Vertex c) const {
    switch (shape_) {
      case NullShape::out_only: return (k.a + k.b) * totals_.out[c];
      case NullShape::size_only: return k.d * totals_.size[c];
      case NullShape::general: break;
    }
    return k.null_to(totals_.of(c));
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
  NullShape shape_;
  CommunityTotals totals_;
  std::vector<double> slack_;  // per node, see evaluate() and shaken()
  std::vector<Vertex> empty_;
};

// Decides and applies moves for `batch`. Small graphs: one node at a time (serial Louvain /
// Leiden). Large graphs: every node of a fixed-size batch is evaluated in parallel against the
// state at the batch's start; those that would move are evaluated again, in batch order, and
// moved - the same decisions at any thread count. `left` receives, for each node, the community
// it left, or kStayed.
inline constexpr Vertex kStayed = -2;
void move_batch(Mover& mover, std::span<const Vertex> batch, bool parallel,
                std::vector<Scratch>& scratch, std::vector<Vertex>& decision,
                std::vector<Vertex>& left) {
  left.assign(batch.size(), kStayed);
  const auto apply = [&](std::size_t i, Vertex target) {
    const Vertex from = mover.community(batch[i]);
    if (mover.apply(batch[i], target)) left[i] = from;
  };
  if (!parallel) {
    for (std::size_t i = 0; i < batch.size(); ++i) apply(i, mover.evaluate(batch[i], scratch[0]));
    return;
  }
  decision.resize(batch.size());
  constexpr std::size_t kNeighborsAhead = 2, kRowAhead = 4, kOffsetAhead = 8;
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel for schedule(dynamic, 64)
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (i + kOffsetAhead < batch.size()) mover.prefetch_offsets(batch[i + kOffsetAhead]);
    if (i + kRowAhead < batch.size()) mover.prefetch_row(batch[i + kRowAhead]);
    if (i + kNeighborsAhead < batch.size())
      mover.prefetch_neighbor_communities(batch[i + kNeighborsAhead]);
    error.run([&] { decision[i] = mover.evaluate(batch[i], scratch[omp_get_thread_num()]); });
  }
  error.rethrow();
  // A node that wants to move has its move confirmed against the current state before it moves,
  // so every move raises the quality (as in the serial method) and moving always ends.
  for (std::size_t i = 0; i < batch.size(); ++i)
    if (decision[i] != mover.community(batch[i])) apply(i, mover.confirm(batch[i], decision[i]));
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
  // not pending, sits in another community (the papers' rule) and whose slack the moves have used
  // up (Mover::shaken): a hub whose choice is clear stays asleep while its many neighbours move,
  // where the bare rule re-evaluated its whole row again and again (on R-MAT most of the work).
  // Returns the number of moves.
  template <class Wake>
  std::int64_t move_batch_and_wake(Wake&& wake) {
    move_batch(mover_, batch_, parallel_, scratch_, decision_, left_);
    std::int64_t moves = 0;
    for (std::size_t k = 0; k < batch_.size(); ++k) {
      if (left_[k] == kStayed) continue;
      ++moves;
      const Vertex v = batch_[k];
      const Vertex from = left_[k], to = membership_[v];
      for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
        const Vertex u = g_.targets[e];
        if (pending_[u] || !mover_.shaken(u, v, g_.weights[e], from, to) || membership_[u] == to)
          continue;
        pending_[u] = 1;
        wake(u);
      }
    }
    return moves;
  }

  const WorkGraph& g_;
  std::vector<Vertex>& membership_;
  Mover mover_;
  bool parallel_;
  std::vector<Scratch> scratch_;
  std::vector<Vertex> nodes_, batch_, decision_, left_;
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

std::vector<std::int64_t> member_arcs(const WorkGraph& g, const CommunityMembers& m) {
  const auto k = static_cast<std::int64_t>(m.first.size()) - 1;
  std::vector<std::int64_t> arcs(k, 0);
#pragma omp parallel for schedule(static)
  for (std::int64_t c = 0; c < k; ++c)
    for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p)
      arcs[c] += g.offsets[m.members[p] + 1] - g.offsets[m.members[p]];
  return arcs;
}

}  // namespace innonet::community::detail
