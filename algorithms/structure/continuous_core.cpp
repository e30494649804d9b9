// The continuous Borgatti–Everett model, fitted by minimum residuals (see core_periphery.hpp).
#include <cmath>
#include <stdexcept>

#include "algorithms/structure/core_periphery.hpp"
#include "algorithms/structure/undirected_view.hpp"

namespace innonet::structure {

namespace {

double sum_of_squares(const std::vector<double>& c) {
  double s = 0.0;
  for (const double x : c) s += x * x;
  return s;
}

// One Gauss–Seidel sweep of exact coordinate minimisation; returns the largest change.
double sweep(const UndirectedView& view, std::vector<double>& c) {
  double squares = sum_of_squares(c);  // recomputed each sweep so rounding cannot drift
  double largest_change = 0.0;
  for (Vertex i = 0; i < view.num_nodes(); ++i) {
    double linked = 0.0;
    for (const Vertex j : view.neighbors(i)) linked += c[j];
    const double others = squares - c[i] * c[i];
    const double next = others > 0.0 ? linked / others : 0.0;
    squares = others + next * next;
    largest_change = std::max(largest_change, std::abs(next - c[i]));
    c[i] = next;
  }
  return largest_change;
}

// Sums over pairs i < j of the pattern c_i c_j, its square, and its product with a_ij.
struct PatternSums {
  double pairs = 0.0, edges = 0.0, y = 0.0, yy = 0.0, xy = 0.0;
};

PatternSums pattern_sums(const UndirectedView& view, const std::vector<double>& c) {
  PatternSums s;
  const double n = view.num_nodes();
  double sum = 0.0, squares = 0.0, fourth = 0.0;
  for (const double x : c) sum += x, squares += x * x, fourth += x * x * x * x;
  s.pairs = n * (n - 1.0) / 2.0;
  s.edges = static_cast<double>(view.num_edges());
  s.y = (sum * sum - squares) / 2.0;
  s.yy = (squares * squares - fourth) / 2.0;
  for (Vertex i = 0; i < view.num_nodes(); ++i)
    for (const Vertex j : view.neighbors(i))
      if (i < j) s.xy += c[i] * c[j];
  return s;
}

}  // namespace

ContinuousCoreResult continuous_core_periphery(const CsrGraph& g,
                                               const ContinuousCoreOptions& options) {
  if (g.num_nodes() < 2)
    throw std::invalid_argument("continuous_core_periphery: the graph needs at least 2 vertices");
  if (!(options.tolerance_max > 0.0) || options.max_iterations < 1)
    throw std::invalid_argument(
        "continuous_core_periphery: tolerance_max must be > 0 and max_iterations >= 1");
  const UndirectedView view(g);
  ContinuousCoreResult result;
  const double scale = std::sqrt(std::max(1.0, 2.0 * static_cast<double>(view.num_edges())));
  result.coreness.resize(view.num_nodes());
  for (Vertex v = 0; v < view.num_nodes(); ++v)
    result.coreness[v] = static_cast<double>(view.degree(v)) / scale;
  while (result.iterations < options.max_iterations) {
    ++result.iterations;
    if (sweep(view, result.coreness) <= options.tolerance_max) {
      result.converged = true;
      break;
    }
  }
  const PatternSums s = pattern_sums(view, result.coreness);
  // a_ij is binary, so sum a^2 = sum a = edges.
  result.residual = s.yy - 2.0 * s.xy + s.edges;
  const double var_x = s.pairs * s.edges - s.edges * s.edges;
  const double var_y = s.pairs * s.yy - s.y * s.y;
  if (var_x > 0.0 && var_y > 0.0)
    result.correlation = (s.pairs * s.xy - s.edges * s.y) / std::sqrt(var_x * var_y);
  return result;
}

}  // namespace innonet::structure
