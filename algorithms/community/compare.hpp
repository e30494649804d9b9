#pragma once
// Comparing two partitions of the same vertices (labels are any integers; only equality matters).
// - normalized_mutual_information: I(A;B) / ((H(A) + H(B)) / 2), natural logarithms - the
//   arithmetic-mean normalisation of Danon et al. (2005), which is igraph's
//   compare_communities(method="nmi") and scikit-learn's default. Two partitions that both put
//   everything in one community (H(A) = H(B) = 0) score 1, as in igraph.
// - adjusted_rand_index: Hubert & Arabie (1985); 1 when the two partitions are identical, about 0
//   for independent ones; defined as 1 when both are trivial (index equals its expectation and
//   its maximum), matching igraph and scikit-learn.
// Cost: O(n log n) (the contingency table is built by sorting label pairs), serial; deterministic.
// Errors: std::invalid_argument naming `b` when the lengths differ, `a` when it is empty.
#include <span>

#include "engine/types.hpp"

namespace innonet::community {

double normalized_mutual_information(std::span<const Vertex> a, std::span<const Vertex> b);
double adjusted_rand_index(std::span<const Vertex> a, std::span<const Vertex> b);

}  // namespace innonet::community
