#include "algorithms/community/label_propagation.hpp"

#include <numeric>
#include <stdexcept>
#include <vector>

#include "algorithms/community/modularity.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"
#include "engine/stop_request.hpp"

namespace innonet::community {
namespace {

class LabelUpdater {
 public:
  LabelUpdater(const detail::WorkGraph& g, std::vector<Vertex>& labels)
      : g_(g), labels_(labels), acc_(g.num_nodes, 0.0), seen_(g.num_nodes, 0) {}

  // Gives v a heaviest neighbouring label; returns true if it changed.
  bool update(Vertex v, detail::Rng& rng) {
    for (std::int64_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
      const Vertex label = labels_[g_.targets[e]];
      if (!seen_[label]) {
        seen_[label] = 1;
        touched_.push_back(label);
      }
      acc_[label] += g_.weights[e];
    }
    double best = 0.0;
    for (const Vertex label : touched_) best = std::max(best, acc_[label]);
    ties_.clear();
    bool keep = false;
    for (const Vertex label : touched_) {
      if (acc_[label] == best) {
        ties_.push_back(label);
        keep = keep || label == labels_[v];
      }
      acc_[label] = 0.0;
      seen_[label] = 0;
    }
    touched_.clear();
    if (keep || ties_.empty()) return false;
    labels_[v] = ties_[rng.below(ties_.size())];
    return true;
  }

 private:
  const detail::WorkGraph& g_;
  std::vector<Vertex>& labels_;
  std::vector<double> acc_;
  std::vector<char> seen_;
  std::vector<Vertex> touched_, ties_;
};

}  // namespace

CommunityResult label_propagation(const CsrGraph& g, const LabelPropagationOptions& options) {
  if (options.max_sweeps <= 0) throw std::invalid_argument("max_sweeps: must be positive");
  // The symmetric working copy: s(u,v) = A_uv + A_vu, the weight LPA compares.
  const detail::WorkGraph w = detail::make_work_graph(g);
  CommunityResult result;
  result.membership.resize(g.num_nodes());
  std::iota(result.membership.begin(), result.membership.end(), 0);
  std::vector<Vertex> order(g.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  detail::Rng rng(options.seed);
  LabelUpdater updater(w, result.membership);
  for (int sweep = 0; sweep < options.max_sweeps; ++sweep) {
    check_stop_request();
    rng.shuffle(std::span<Vertex>(order));
    bool changed = false;
    for (const Vertex v : order) changed = updater.update(v, rng) || changed;
    result.iterations = sweep + 1;
    if (!changed) break;
  }
  result.num_communities = renumber_communities(result.membership);
  result.quality = modularity(g, result.membership);
  return result;
}

}  // namespace innonet::community
