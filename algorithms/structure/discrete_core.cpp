// The discrete Borgatti–Everett model: a Kernighan–Lin search for the core/periphery split whose
// ideal pattern correlates best with the adjacency (see core_periphery.hpp).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

#include "algorithms/structure/core_periphery.hpp"
#include "algorithms/structure/undirected_view.hpp"

namespace innonet::structure {

namespace {

inline constexpr int kStall = 100;      // moves without a new best before a pass gives up
inline constexpr double kGain = 1e-12;  // smallest improvement that counts

double pairs(double k) { return k * (k - 1.0) / 2.0; }

// Pearson r between the binary adjacency and the binary ideal pattern, from counts alone.
double split_fit(double n, double n_core, double edges, double e_cc, double e_pp,
                 CrossTies cross_ties) {
  const double n_per = n - n_core;
  double total, sum_x, sum_y, sum_xy;
  if (cross_ties == CrossTies::ignore) {
    total = pairs(n_core) + pairs(n_per);
    sum_x = e_cc + e_pp;
    sum_y = pairs(n_core);
    sum_xy = e_cc;
  } else {
    total = pairs(n);
    sum_x = edges;
    sum_y = pairs(n_core) + n_core * n_per;
    sum_xy = edges - e_pp;
  }
  const double var_x = total * sum_x - sum_x * sum_x;  // binary: sum x^2 = sum x
  const double var_y = total * sum_y - sum_y * sum_y;
  if (!(var_x > 0.0) || !(var_y > 0.0)) return 0.0;
  return (total * sum_xy - sum_x * sum_y) / std::sqrt(var_x * var_y);
}

class Split {
 public:
  Split(const UndirectedView& view, CrossTies cross_ties)
      : view_(view),
        cross_ties_(cross_ties),
        in_core_(view.num_nodes(), 0),
        core_neighbors_(view.num_nodes(), 0),
        e_pp_(view.num_edges()) {}

  const std::vector<std::uint8_t>& in_core() const { return in_core_; }
  double fit() const { return fit_with(n_core_, e_cc_, e_pp_); }

  double fit_after_flip(Vertex v) const {
    const std::int64_t k = core_neighbors_[v], rest = view_.degree(v) - k;
    if (in_core_[v]) return fit_with(n_core_ - 1, e_cc_ - k, e_pp_ + rest);
    return fit_with(n_core_ + 1, e_cc_ + k, e_pp_ - rest);
  }

  void flip(Vertex v) {
    const std::int64_t k = core_neighbors_[v], rest = view_.degree(v) - k;
    const int step = in_core_[v] ? -1 : 1;
    n_core_ += step;
    e_cc_ += step * k;
    e_pp_ -= step * rest;
    in_core_[v] ^= 1;
    for (const Vertex w : view_.neighbors(v)) core_neighbors_[w] += step;
  }

  void assign(const std::vector<std::uint8_t>& wanted) {
    for (Vertex v = 0; v < view_.num_nodes(); ++v)
      if (in_core_[v] != wanted[v]) flip(v);
  }

 private:
  double fit_with(std::int64_t n_core, std::int64_t e_cc, std::int64_t e_pp) const {
    return split_fit(view_.num_nodes(), static_cast<double>(n_core),
                     static_cast<double>(view_.num_edges()), static_cast<double>(e_cc),
                     static_cast<double>(e_pp), cross_ties_);
  }

  const UndirectedView& view_;
  CrossTies cross_ties_;
  std::vector<std::uint8_t> in_core_;
  std::vector<std::int64_t> core_neighbors_;
  std::int64_t n_core_ = 0, e_cc_ = 0, e_pp_ = 0;
};

// One Kernighan–Lin pass; keeps the best prefix of its moves. Returns whether it gained.
bool kernighan_lin_pass(Split& split) {
  const Vertex n = static_cast<Vertex>(split.in_core().size());
  std::vector<std::uint8_t> locked(n, 0);
  std::vector<Vertex> moves;
  double best = split.fit();
  std::size_t best_length = 0;
  while (static_cast<Vertex>(moves.size()) < n) {
    Vertex pick = kNoVertex;
    double pick_fit = -2.0;
    for (Vertex v = 0; v < n; ++v)
      if (!locked[v])
        if (const double f = split.fit_after_flip(v); f > pick_fit) pick = v, pick_fit = f;
    split.flip(pick);
    locked[pick] = 1;
    moves.push_back(pick);
    if (pick_fit > best + kGain) {
      best = pick_fit;
      best_length = moves.size();
    } else if (moves.size() - best_length >= kStall) {
      break;
    }
  }
  while (moves.size() > best_length) split.flip(moves.back()), moves.pop_back();
  return best_length > 0;
}

// The best prefix of the vertices ordered by continuous coreness, as a split.
std::vector<std::uint8_t> coreness_start(const CsrGraph& g, const UndirectedView& view,
                                         CrossTies cross_ties) {
  const auto coreness = continuous_core_periphery(g, {.tolerance_max = 1e-9}).coreness;
  std::vector<Vertex> order(view.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return coreness[a] > coreness[b]; });
  Split split(view, cross_ties);
  double best = split.fit();
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    split.flip(order[i]);
    if (const double f = split.fit(); f > best + kGain) best = f, best_length = i + 1;
  }
  std::vector<std::uint8_t> start(view.num_nodes(), 0);
  for (std::size_t i = 0; i < best_length; ++i) start[order[i]] = 1;
  return start;
}

}  // namespace

DiscreteCoreResult discrete_core_periphery(const CsrGraph& g, const DiscreteCoreOptions& options) {
  if (g.num_nodes() < 2)
    throw std::invalid_argument("discrete_core_periphery: the graph needs at least 2 vertices");
  if (options.restarts < 1 || options.max_passes < 1)
    throw std::invalid_argument("discrete_core_periphery: restarts and max_passes must be >= 1");
  const UndirectedView view(g);
  DiscreteCoreResult result;
  result.correlation = -2.0;
  const int starts = options.search == DiscreteSearch::coreness_prefix ? 1 : options.restarts;
  for (int start = 0; start < starts; ++start) {
    std::vector<std::uint8_t> initial;
    if (start == 0) {
      initial = coreness_start(g, view, options.cross_ties);
    } else {
      std::mt19937_64 rng(options.seed + static_cast<std::uint64_t>(start));
      initial.resize(view.num_nodes());
      for (auto& bit : initial) bit = static_cast<std::uint8_t>(rng() >> 63);
    }
    Split split(view, options.cross_ties);
    split.assign(initial);
    const int passes = options.search == DiscreteSearch::coreness_prefix ? 0 : options.max_passes;
    for (int pass = 0; pass < passes; ++pass) {
      ++result.passes;
      if (!kernighan_lin_pass(split)) break;
    }
    if (split.fit() > result.correlation + kGain) {
      result.correlation = split.fit();
      result.in_core = split.in_core();
    }
  }
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (result.in_core[v]) result.core.push_back(v);
  return result;
}

double core_periphery_fit(const CsrGraph& g, const std::vector<std::uint8_t>& in_core,
                          CrossTies cross_ties) {
  if (std::ssize(in_core) != g.num_nodes())
    throw std::invalid_argument("core_periphery_fit: in_core needs one entry per vertex");
  const UndirectedView view(g);
  Split split(view, cross_ties);
  split.assign(in_core);
  return split.fit();
}

std::int64_t keep_ties_together(const CsrGraph& g, const std::vector<double>& coreness,
                                DiscreteCoreResult& split, CrossTies cross_ties, double tolerance) {
  if (std::ssize(coreness) != g.num_nodes() || std::ssize(split.in_core) != g.num_nodes())
    throw std::invalid_argument(
        "keep_ties_together: coreness and in_core need one entry per vertex");
  std::vector<Vertex> order(static_cast<std::size_t>(g.num_nodes()));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return coreness[a] > coreness[b]; });
  double largest = 0.0;
  for (const double c : coreness) largest = std::max(largest, std::abs(c));
  const double equal = tolerance * largest;
  const UndirectedView view(g);
  std::int64_t moved = 0;
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin + 1;
    while (end < order.size() && coreness[order[begin]] - coreness[order[end]] <= equal) ++end;
    std::int64_t inside = 0;
    for (std::size_t k = begin; k < end; ++k) inside += split.in_core[order[k]];
    if (inside > 0 && inside < static_cast<std::int64_t>(end - begin)) {  // split: settle it
      auto all_in = split.in_core, all_out = split.in_core;
      for (std::size_t k = begin; k < end; ++k) all_in[order[k]] = 1, all_out[order[k]] = 0;
      Split in(view, cross_ties), out(view, cross_ties);
      in.assign(all_in);
      out.assign(all_out);
      const bool core = in.fit() >= out.fit();
      split.in_core = core ? all_in : all_out;
      split.correlation = core ? in.fit() : out.fit();
      ++moved;
    }
    begin = end;
  }
  split.core.clear();
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (split.in_core[v]) split.core.push_back(v);
  return moved;
}

}  // namespace innonet::structure
