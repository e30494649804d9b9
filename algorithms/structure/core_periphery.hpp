#pragma once
// Core–periphery structure after Borgatti & Everett, "Models of core/periphery structures",
// Social Networks 21 (1999) 375–395. Both models read the graph as its binary undirected view
// (see undirected_view.hpp: direction, weights, parallel edges and self-loops are dropped) and
// score a pattern by the Pearson correlation between the observed adjacency a_ij and the ideal
// pattern over the vertex pairs i < j. NetworkX has no implementation of either model; the tests
// compare with an independent dense optimiser and brute force (tests/reference/).
//
// Continuous model: a coreness vector c with ideal pattern c_i c_j. It is fitted, as UCINET's
// Coreness routine does, by minimum residuals: minimise sum_{i<j} (a_ij - c_i c_j)^2 (the
// diagonal is left out). Exact coordinate descent: c_i <- sum_{j~i} c_j / sum_{j!=i} c_j^2, one
// vertex at a time in increasing id (Gauss–Seidel), which never increases the residual; started
// from c_i = deg_i / sqrt(2m), so c stays non-negative. Serial; O(n + m) per sweep. The reported
// correlation is the fit of the resulting pattern (the minres fit, not a separate maximiser).
//
// Discrete model: a core/periphery split with ideal pattern 1 for core–core pairs and 0 for
// periphery–periphery pairs. Core–periphery pairs are left out (CrossTies::ignore, the 1999
// paper's basic model) or ideally 1 (CrossTies::ideal_one). Search: Kernighan–Lin passes of single
// vertex moves (best correlation after the move, ties to the smallest id; each vertex moves once
// per pass; the pass keeps its best prefix and ends after kStall moves without a new best),
// repeated until a pass gains nothing. The first start is the best prefix of the vertices sorted
// by continuous coreness; the others are random splits drawn from seed + restart. Serial; each
// move costs O(n + deg), a pass at most O(n (n + m)). A graph with fewer than 2 vertices throws
// std::invalid_argument.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

struct ContinuousCoreOptions {
  double tolerance_max = 1e-12;  // stop once no coreness changes by more than this in a sweep
  int max_iterations = 100000;
};

struct ContinuousCoreResult {
  std::vector<double> coreness;  // indexed by Vertex, >= 0
  double correlation = 0.0;      // Pearson r between a_ij and c_i c_j over pairs i < j
  double residual = 0.0;         // sum_{i<j} (a_ij - c_i c_j)^2
  int iterations = 0;
  bool converged = false;
};

ContinuousCoreResult continuous_core_periphery(const CsrGraph& g,
                                               const ContinuousCoreOptions& options = {});

enum class CrossTies { ignore, ideal_one };

// kernighan_lin: the search above. coreness_prefix: only its first start, the best prefix of the
// vertices sorted by continuous coreness (no passes, no restarts): O(n log n + m) plus the
// continuous fit, the form that scales to 10^7 vertices, where one pass (O(n (n + m))) does not.
enum class DiscreteSearch { kernighan_lin, coreness_prefix };

struct DiscreteCoreOptions {
  CrossTies cross_ties = CrossTies::ignore;
  DiscreteSearch search = DiscreteSearch::kernighan_lin;
  int restarts = 8;  // starts in all: the coreness start plus restarts - 1 random ones
  std::uint64_t seed = 1;
  int max_passes = 100;  // per start
};

struct DiscreteCoreResult {
  std::vector<std::uint8_t> in_core;  // indexed by Vertex: 1 core, 0 periphery
  std::vector<Vertex> core;           // core vertices, increasing
  double correlation = 0.0;           // fit of the split (0 when a side's pattern is constant)
  int passes = 0;                     // Kernighan–Lin passes over all starts
};

DiscreteCoreResult discrete_core_periphery(const CsrGraph& g,
                                           const DiscreteCoreOptions& options = {});

// Vertices whose continuous coreness is equal (within `tolerance` times the largest) are alike to
// the model - e.g. five cities each tied only to the same hub - yet a single-move search can put
// some of them in the core and the others out, by vertex order alone. This puts every such group
// the split separates wholly on one side: the core if that fits at least as well, else the
// periphery. Returns the number of groups moved; updates in_core, core and correlation.
// O(G (n + m)) for G separated groups.
std::int64_t keep_ties_together(const CsrGraph& g, const std::vector<double>& coreness,
                                DiscreteCoreResult& split, CrossTies cross_ties = CrossTies::ignore,
                                double tolerance = 1e-9);

// The fit of a given split (same correlation as above); O(n + m). Exposed for tests and reports.
double core_periphery_fit(const CsrGraph& g, const std::vector<std::uint8_t>& in_core,
                          CrossTies cross_ties = CrossTies::ignore);

}  // namespace innonet::structure
