#include "algorithms/community/refine.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/rng.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::community::detail {
namespace {

inline constexpr std::int64_t kLargeCommunityArcs = std::int64_t{1} << 14;

// Totals of a group of nodes: strengths and size.
struct Totals {
  double out = 0.0, in = 0.0, size = 0.0;
};

// State shared by all communities. Refined community ids are node ids (a refined community is
// named after the node it started from), so the communities being refined in parallel touch
// disjoint entries.
struct RefineState {
  std::vector<Vertex> refined;
  std::vector<Totals> totals;    // of each refined community
  std::vector<double> external;  // s(C, S - C) for each refined community C of S
  std::vector<char> grown;       // refined community has more than its first node
  std::vector<double> acc;       // s(v, C), scratch
  std::vector<char> seen;        // C is in the scratch list
};

struct Candidate {
  Vertex community;
  double gain;
};

class SubsetMerger {
 public:
  SubsetMerger(const WorkGraph& g, std::span<const Vertex> membership, const NullModel& null,
               const RefineOptions& options, RefineState& state)
      : g_(g), membership_(membership), null_(null), options_(options), s_(state) {}

  void merge(Vertex community, std::span<const Vertex> members) {
    Totals whole;
    for (const Vertex v : members) {
      whole.out += g_.strength_out[v];
      whole.in += g_.strength_in[v];
      whole.size += g_.size[v];
      double external = 0.0;
      for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e)
        if (membership_[g_.targets[e]] == community) external += g_.weights[e];
      s_.external[v] = external;
    }
    order_.assign(members.begin(), members.end());
    Rng rng(options_.seed, static_cast<std::uint64_t>(community));
    rng.shuffle(std::span<Vertex>(order_));
    for (const Vertex v : order_) {
      if (s_.refined[v] != v || s_.grown[v] || !well_connected(v, whole)) continue;
      const Vertex target = choose(v, community, whole, rng);
      const double to_target = s_.acc[target];
      for (const Vertex c : touched_) {
        s_.acc[c] = 0.0;
        s_.seen[c] = 0;
      }
      if (target == v) continue;
      s_.refined[v] = target;
      s_.grown[target] = 1;
      Totals& t = s_.totals[target];
      t.out += g_.strength_out[v];
      t.in += g_.strength_in[v];
      t.size += g_.size[v];
      s_.external[target] += s_.external[v] - 2.0 * to_target;
    }
  }

 private:
  bool well_connected(Vertex c, const Totals& whole) const {
    const Totals& t = s_.totals[c];
    return s_.external[c] >= null_.between(t.out, t.in, t.size, whole.out - t.out, whole.in - t.in,
                                           whole.size - t.size);
  }

  // Collects the refined communities next to v inside S and draws one (or v's own).
  Vertex choose(Vertex v, Vertex community, const Totals& whole, Rng& rng) {
    touched_.clear();
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
      const Vertex u = g_.targets[e];
      if (membership_[u] != community) continue;
      const Vertex c = s_.refined[u];
      if (!s_.seen[c]) {
        s_.seen[c] = 1;
        touched_.push_back(c);
      }
      s_.acc[c] += g_.weights[e];
    }
    // Edge units: an undirected edge is counted from both ends in s(., .).
    const double unit = g_.directed ? 1.0 : 0.5;
    candidates_.assign(1, {v, 0.0});
    double max_gain = 0.0;
    for (const Vertex c : touched_) {
      if (c == v || !well_connected(c, whole)) continue;
      const Totals& t = s_.totals[c];
      const double gain = unit * (s_.acc[c] - null_.between(g_.strength_out[v], g_.strength_in[v],
                                                            g_.size[v], t.out, t.in, t.size));
      if (gain < 0.0) continue;
      candidates_.push_back({c, gain});
      max_gain = std::max(max_gain, gain);
    }
    double total = 0.0;
    for (Candidate& c : candidates_)
      total += (c.gain = std::exp((c.gain - max_gain) / options_.randomness));
    double draw = rng.unit() * total;
    Vertex chosen = candidates_.back().community;
    for (const Candidate& c : candidates_) {
      if (draw < c.gain) {
        chosen = c.community;
        break;
      }
      draw -= c.gain;
    }
    return chosen;
  }

  const WorkGraph& g_;
  std::span<const Vertex> membership_;
  const NullModel& null_;
  const RefineOptions& options_;
  RefineState& s_;
  std::vector<Vertex> order_, touched_;
  std::vector<Candidate> candidates_;
};

}  // namespace

std::vector<Vertex> refine_partition(const WorkGraph& g, std::span<const Vertex> membership,
                                     Vertex num_communities, const NullModel& null,
                                     const RefineOptions& options, Vertex* num_refined) {
  const Vertex n = g.num_nodes;
  RefineState state;
  state.refined.resize(n);
  state.totals.resize(n);
  for (Vertex v = 0; v < n; ++v) {
    state.refined[v] = v;
    state.totals[v] = {g.strength_out[v], g.strength_in[v], g.size[v]};
  }
  state.external.assign(n, 0.0);
  state.grown.assign(n, 0);
  state.acc.assign(n, 0.0);
  state.seen.assign(n, 0);
  const CommunityMembers groups = group_members(membership, num_communities);
  // Large communities first, largest first, one per task (each is refined by one thread, so one
  // left for last, or several in one chunk, would keep the others waiting: on R-MAT 20 the five
  // largest hold half the arcs, and their low ids put them all in the first chunk); then the
  // rest in chunks.
  const std::vector<std::int64_t> arcs = member_arcs(g, groups);
  std::vector<std::pair<std::int64_t, Vertex>> large;  // (-arcs, community): largest first
  for (Vertex c = 0; c < num_communities; ++c)
    if (arcs[c] >= kLargeCommunityArcs) large.emplace_back(-arcs[c], c);
  std::sort(large.begin(), large.end());
  std::vector<char> is_large(num_communities, 0);
  for (const auto& [negative_arcs, c] : large) is_large[c] = 1;
  const auto members_of = [&](Vertex c) {
    return std::span<const Vertex>(groups.members)
        .subspan(groups.first[c], groups.first[c + 1] - groups.first[c]);
  };
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel
  {
    std::optional<SubsetMerger> merger;
    error.run([&] { merger.emplace(g, membership, null, options, state); });
#pragma omp for schedule(dynamic, 1) nowait
    for (std::size_t i = 0; i < large.size(); ++i)
      error.run([&] { merger->merge(large[i].second, members_of(large[i].second)); });
#pragma omp for schedule(dynamic, 16)
    for (Vertex c = 0; c < num_communities; ++c)
      if (!is_large[c]) error.run([&] { merger->merge(c, members_of(c)); });
  }
  error.rethrow();
  *num_refined = renumber_communities(state.refined);
  return std::move(state.refined);
}

}  // namespace innonet::community::detail
