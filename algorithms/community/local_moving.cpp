#include "algorithms/community/local_moving.hpp"

#include <numeric>

namespace innonet::community::detail {
namespace {

class Mover {
 public:
  Mover(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null)
      : g_(g),
        membership_(membership),
        null_(null),
        out_(g.num_nodes, 0.0),
        in_(g.num_nodes, 0.0),
        size_(g.num_nodes, 0.0),
        count_(g.num_nodes, 0),
        acc_(g.num_nodes, 0.0),
        seen_(g.num_nodes, 0) {
    for (Vertex v = 0; v < g.num_nodes; ++v) add(v, membership[v]);
    for (Vertex c = g.num_nodes - 1; c >= 0; --c)
      if (count_[c] == 0) empty_.push_back(c);
  }

  // Puts v into its best community; returns true if that is a different one.
  bool move(Vertex v) {
    const Vertex from = membership_[v];
    remove(v, from);
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
      const Vertex c = membership_[g_.targets[e]];
      if (!seen_[c]) {
        seen_[c] = 1;
        touched_.push_back(c);
      }
      acc_[c] += g_.weights[e];
    }
    Vertex best = from;
    double best_gain = acc_[from] - null_to(v, from);
    for (const Vertex c : touched_) {
      const double gain = acc_[c] - null_to(v, c);
      if (gain > best_gain) {
        best = c;
        best_gain = gain;
      }
      acc_[c] = 0.0;
      seen_[c] = 0;
    }
    touched_.clear();
    if (best_gain < 0.0 && count_[from] > 0) {  // alone is better: an empty community
      best = empty_.back();
      empty_.pop_back();
    }
    if (count_[from] == 0 && best != from) empty_.push_back(from);
    add(v, best);
    membership_[v] = best;
    return best != from;
  }

 private:
  double null_to(Vertex v, Vertex c) const {
    return null_.between(g_.strength_out[v], g_.strength_in[v], g_.size[v], out_[c], in_[c],
                         size_[c]);
  }
  void add(Vertex v, Vertex c) {
    out_[c] += g_.strength_out[v];
    in_[c] += g_.strength_in[v];
    size_[c] += g_.size[v];
    ++count_[c];
  }
  void remove(Vertex v, Vertex c) {
    out_[c] -= g_.strength_out[v];
    in_[c] -= g_.strength_in[v];
    size_[c] -= g_.size[v];
    if (--count_[c] == 0) out_[c] = in_[c] = size_[c] = 0.0;  // no rounding residue when empty
  }

  const WorkGraph& g_;
  std::vector<Vertex>& membership_;
  NullModel null_;
  std::vector<double> out_, in_, size_;
  std::vector<Vertex> count_;
  std::vector<double> acc_;
  std::vector<char> seen_;
  std::vector<Vertex> touched_, empty_;
};

}  // namespace

std::int64_t move_nodes(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null,
                        MoveOrder order, Rng& rng) {
  const Vertex n = g.num_nodes;
  Mover mover(g, membership, null);
  std::vector<Vertex> nodes(n);
  std::iota(nodes.begin(), nodes.end(), 0);
  rng.shuffle(std::span<Vertex>(nodes));
  std::int64_t moves = 0;
  if (order == MoveOrder::sweep) {
    // Every move raises the quality, so sweeps end; the cap only guards against rounding cycles.
    constexpr int kMaxSweeps = 1000;
    for (std::int64_t moved = 1, sweep = 0; moved > 0 && sweep < kMaxSweeps;
         moves += moved, ++sweep) {
      moved = 0;
      for (const Vertex v : nodes) moved += mover.move(v) ? 1 : 0;
    }
    return moves;
  }
  // A ring buffer of at most n queued nodes.
  std::vector<char> queued(n, 1);
  std::int64_t head = 0, length = n;
  while (length > 0) {
    const Vertex v = nodes[head];
    head = head + 1 == n ? 0 : head + 1;
    --length;
    queued[v] = 0;
    if (!mover.move(v)) continue;
    ++moves;
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex u = g.targets[e];
      if (queued[u] || membership[u] == membership[v]) continue;
      queued[u] = 1;
      nodes[(head + length) % n] = u;
      ++length;
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
