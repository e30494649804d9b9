#pragma once
// The k largest values of a distributed vertex vector, in the order `innonet rank` shows them:
// value descending, ties by the smaller vertex (a stable sort of the vertex order). Each process
// keeps its own k best, process 0 gathers P·k candidates and merges them: O(n/P + P·k).
#include <mpi.h>

#include <vector>

#include "dist/local_part.hpp"

namespace innonet::dist {

struct Ranked {
  Index vertex = 0;
  double value = 0.0;
};

// Collective; the result on process 0, empty elsewhere.
std::vector<Ranked> top_k(const LocalPart<double>& part, int k, MPI_Comm comm);

}  // namespace innonet::dist
