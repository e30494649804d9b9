#include "algorithms/community/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace innonet::community {
namespace {

// Sizes of the classes of a, of b, and of their intersections (the contingency table's non-zero
// cells), each in increasing label order.
struct Contingency {
  std::vector<double> a_sizes, b_sizes, cells;
  double n = 0.0;
};

std::vector<double> run_lengths(std::vector<std::pair<Vertex, Vertex>>& pairs) {
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> runs;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    runs.push_back(static_cast<double>(j - i));
    i = j;
  }
  return runs;
}

Contingency contingency(std::span<const Vertex> a, std::span<const Vertex> b) {
  if (a.empty()) throw std::invalid_argument("a: partitions to compare must not be empty");
  if (a.size() != b.size())
    throw std::invalid_argument("b: has " + std::to_string(b.size()) + " labels, a has " +
                                std::to_string(a.size()));
  std::vector<std::pair<Vertex, Vertex>> pairs(a.size());
  Contingency t;
  for (std::size_t i = 0; i < a.size(); ++i) pairs[i] = {a[i], 0};
  t.a_sizes = run_lengths(pairs);
  for (std::size_t i = 0; i < a.size(); ++i) pairs[i] = {b[i], 0};
  t.b_sizes = run_lengths(pairs);
  for (std::size_t i = 0; i < a.size(); ++i) pairs[i] = {a[i], b[i]};
  t.cells = run_lengths(pairs);
  t.n = static_cast<double>(a.size());
  return t;
}

double entropy(const std::vector<double>& sizes, double n) {
  double h = 0.0;
  for (const double s : sizes) h -= (s / n) * std::log(s / n);
  return h;
}

double pairs_in(const std::vector<double>& sizes) {
  double total = 0.0;
  for (const double s : sizes) total += s * (s - 1.0) / 2.0;
  return total;
}

}  // namespace

double normalized_mutual_information(std::span<const Vertex> a, std::span<const Vertex> b) {
  const Contingency t = contingency(a, b);
  const double h_a = entropy(t.a_sizes, t.n), h_b = entropy(t.b_sizes, t.n);
  if (h_a + h_b == 0.0) return 1.0;
  // I(A;B) = H(A) + H(B) - H(A,B); the joint entropy comes from the table's cells.
  const double mutual = h_a + h_b - entropy(t.cells, t.n);
  return 2.0 * mutual / (h_a + h_b);
}

double adjusted_rand_index(std::span<const Vertex> a, std::span<const Vertex> b) {
  const Contingency t = contingency(a, b);
  const double index = pairs_in(t.cells);
  const double pairs_a = pairs_in(t.a_sizes), pairs_b = pairs_in(t.b_sizes);
  const double all_pairs = t.n * (t.n - 1.0) / 2.0;
  const double expected = all_pairs > 0.0 ? pairs_a * pairs_b / all_pairs : 0.0;
  const double maximum = (pairs_a + pairs_b) / 2.0;
  if (maximum == expected) return 1.0;
  return (index - expected) / (maximum - expected);
}

}  // namespace innonet::community
