#pragma once
// Targeted-attack curves (Albert, Jeong & Barabási, "Error and attack tolerance of complex
// networks", Nature 2000): remove vertices one at a time in an order and record the size of the
// largest weakly connected component after each removal.
//
// Orders: AttackOrder::degree (total degree: out + in for directed graphs, arcs counted with
// multiplicity), AttackOrder::betweenness (centrality::betweenness, hops, normalised),
// AttackOrder::random (a uniform permutation from `seed`; same seed, same curve). Ties: the
// smaller vertex id first.
// Recompute::never ranks once on the intact graph (the "initial" attack); Recompute::each_step
// re-ranks the remaining graph after every removal (the "adaptive" attack, stronger). For degree
// the update is incremental (O(m log n) in all); for betweenness it reruns Brandes on the
// remaining graph each step, O(n · n m) — meant for graphs of a few thousand vertices. random
// ignores it.
// Curve: after the order is fixed, vertices are added back in reverse with a union-find, so the
// curve itself costs O(m α(n)). Deterministic at any thread count.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

enum class AttackOrder { degree, betweenness, random };
enum class Recompute { never, each_step };

struct AttackOptions {
  AttackOrder order = AttackOrder::degree;
  Recompute recompute = Recompute::never;
  std::uint64_t seed = 1;  // AttackOrder::random only
  Vertex steps = -1;       // removals to make; -1 = every vertex
};

struct AttackResult {
  std::vector<Vertex> removed;  // the removal order (`steps` vertices)
  // largest_component[k] = size of the largest weak component after the first k removals,
  // k = 0..steps (largest_component[0] is the intact graph's).
  std::vector<Vertex> largest_component;
};

// Throws std::invalid_argument naming 'steps' (< -1 or > n).
AttackResult attack(const CsrGraph& g, const AttackOptions& options = {});

}  // namespace innonet::flow
