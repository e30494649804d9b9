#include "algorithms/flow/push_relabel.hpp"

#include <algorithm>

namespace innonet::flow::detail {
namespace {
constexpr std::uint8_t kFree = 0, kTarget = 1, kBlocked = 2;
// Cherkassky & Goldberg: a global relabel once relabel work exceeds 0.5 * (6n + m), where a
// relabel costs 12 + its row length.
constexpr std::int64_t kRelabelCost = 12;
}  // namespace

PushRelabel::PushRelabel(const ResidualNetwork& network)
    : net_(network),
      n_(network.num_nodes),
      residual_(network.capacity),
      excess_(n_, 0.0),
      label_(n_, 0),
      current_(n_, 0),
      role_(n_, kFree),
      active_head_(n_ + 1, kNoVertex),
      next_active_(n_, kNoVertex),
      all_head_(n_ + 1, kNoVertex),
      all_next_(n_, kNoVertex),
      all_prev_(n_, kNoVertex),
      work_limit_((6 * static_cast<std::int64_t>(n_) + network.num_arcs()) / 2) {}

void PushRelabel::reset() {
  std::copy(net_.capacity.begin(), net_.capacity.end(), residual_.begin());
  std::fill(excess_.begin(), excess_.end(), 0.0);
}

void PushRelabel::saturate_from(std::span<const Vertex> sources) {
  std::vector<std::uint8_t> is_source(n_, 0);
  for (const Vertex s : sources) is_source[s] = 1;
  for (const Vertex s : sources)
    for (ArcIndex a = net_.offsets[s]; a < net_.offsets[s + 1]; ++a) {
      const Vertex w = net_.head[a];
      const double delta = residual_[a];
      if (is_source[w] || delta <= 0.0) continue;
      residual_[a] = 0.0;
      residual_[net_.pair[a]] += delta;
      excess_[w] += delta;
      excess_[s] -= delta;
      ++stats_.pushes;
    }
}

void PushRelabel::run(std::span<const Vertex> targets, std::span<const Vertex> blocked) {
  std::fill(role_.begin(), role_.end(), kFree);
  for (const Vertex t : targets) role_[t] = kTarget;
  for (const Vertex b : blocked) role_[b] = kBlocked;
  global_relabel();
  while (max_active_ >= 0) {
    const Vertex v = active_head_[max_active_];
    if (v == kNoVertex) {
      --max_active_;
      continue;
    }
    active_head_[max_active_] = next_active_[v];
    discharge(v);
    if (work_ > work_limit_) global_relabel();
  }
}

void PushRelabel::global_relabel() {
  ++stats_.global_relabels;
  work_ = 0;
  std::fill(label_.begin(), label_.end(), n_);
  std::fill(active_head_.begin(), active_head_.end(), kNoVertex);
  std::fill(all_head_.begin(), all_head_.end(), kNoVertex);
  max_active_ = max_label_ = -1;
  std::vector<Vertex> queue;
  for (Vertex v = 0; v < n_; ++v)
    if (role_[v] == kTarget) {
      label_[v] = 0;
      queue.push_back(v);
    }
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const Vertex x = queue[i];
    for (ArcIndex a = net_.offsets[x]; a < net_.offsets[x + 1]; ++a) {
      const Vertex w = net_.head[a];
      if (label_[w] != n_ || role_[w] != kFree || residual_[net_.pair[a]] <= 0.0) continue;
      label_[w] = label_[x] + 1;
      queue.push_back(w);
    }
  }
  for (Vertex v = 0; v < n_; ++v) {
    if (role_[v] != kFree || label_[v] >= n_) continue;
    current_[v] = net_.offsets[v];
    link(v);
    if (excess_[v] > 0.0) activate(v);
  }
}

void PushRelabel::discharge(Vertex v) {
  ArcIndex a = current_[v];
  const ArcIndex end = net_.offsets[v + 1];
  while (true) {
    for (; a < end; ++a) {
      if (residual_[a] <= 0.0) continue;
      const Vertex w = net_.head[a];
      if (label_[w] != label_[v] - 1) continue;
      const double delta = std::min(excess_[v], residual_[a]);
      residual_[a] -= delta;
      residual_[net_.pair[a]] += delta;
      if (role_[w] == kFree && excess_[w] == 0.0) activate(w);
      excess_[w] += delta;
      excess_[v] -= delta;
      ++stats_.pushes;
      if (excess_[v] == 0.0) {
        current_[v] = a;
        return;
      }
    }
    a = relabel(v);
    if (a < 0) return;
  }
}

ArcIndex PushRelabel::relabel(Vertex v) {
  ++stats_.relabels;
  const std::int32_t old = label_[v];
  if (all_head_[old] == v && all_next_[v] == kNoVertex) {
    gap(old);  // v is alone at its label: it and everything above are cut off from the targets
    return -1;
  }
  unlink(v);
  std::int32_t best_label = n_;
  ArcIndex best = -1;
  for (ArcIndex a = net_.offsets[v]; a < net_.offsets[v + 1]; ++a)
    if (residual_[a] > 0.0 && label_[net_.head[a]] + 1 < best_label) {
      best_label = label_[net_.head[a]] + 1;
      best = a;
    }
  work_ += kRelabelCost + (net_.offsets[v + 1] - net_.offsets[v]);
  label_[v] = std::min(best_label, n_);
  if (label_[v] >= n_) return -1;
  link(v);
  current_[v] = best;
  return best;
}

void PushRelabel::gap(std::int32_t label) {
  ++stats_.gaps;
  for (std::int32_t d = label; d <= max_label_; ++d) {
    for (Vertex v = all_head_[d]; v != kNoVertex; v = all_next_[v]) label_[v] = n_;
    all_head_[d] = kNoVertex;
    active_head_[d] = kNoVertex;  // empty already: the discharged vertex had the highest label
  }
  max_label_ = label - 1;
  max_active_ = std::min(max_active_, label - 1);
}

void PushRelabel::link(Vertex v) {
  const std::int32_t d = label_[v];
  all_prev_[v] = kNoVertex;
  all_next_[v] = all_head_[d];
  if (all_head_[d] != kNoVertex) all_prev_[all_head_[d]] = v;
  all_head_[d] = v;
  max_label_ = std::max(max_label_, d);
}

void PushRelabel::unlink(Vertex v) {
  const std::int32_t d = label_[v];
  if (all_prev_[v] != kNoVertex)
    all_next_[all_prev_[v]] = all_next_[v];
  else
    all_head_[d] = all_next_[v];
  if (all_next_[v] != kNoVertex) all_prev_[all_next_[v]] = all_prev_[v];
}

void PushRelabel::activate(Vertex v) {
  const std::int32_t d = label_[v];
  next_active_[v] = active_head_[d];
  active_head_[d] = v;
  max_active_ = std::max(max_active_, d);
}

void PushRelabel::mark_reaching(std::span<const Vertex> targets,
                                std::vector<std::uint8_t>& marks) const {
  marks.assign(n_, 0);
  std::vector<Vertex> queue(targets.begin(), targets.end());
  for (const Vertex t : targets) marks[t] = 1;
  for (std::size_t i = 0; i < queue.size(); ++i)
    for (ArcIndex a = net_.offsets[queue[i]]; a < net_.offsets[queue[i] + 1]; ++a) {
      const Vertex w = net_.head[a];
      if (marks[w] || residual_[net_.pair[a]] <= 0.0) continue;
      marks[w] = 1;
      queue.push_back(w);
    }
}

void PushRelabel::mark_reachable(std::span<const Vertex> roots,
                                 std::vector<std::uint8_t>& marks) const {
  marks.assign(n_, 0);
  std::vector<Vertex> queue(roots.begin(), roots.end());
  for (const Vertex r : roots) marks[r] = 1;
  for (std::size_t i = 0; i < queue.size(); ++i)
    for (ArcIndex a = net_.offsets[queue[i]]; a < net_.offsets[queue[i] + 1]; ++a) {
      const Vertex w = net_.head[a];
      if (marks[w] || residual_[a] <= 0.0) continue;
      marks[w] = 1;
      queue.push_back(w);
    }
}

}  // namespace innonet::flow::detail
