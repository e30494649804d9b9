#pragma once
// The semirings the kernels multiply with, in the shape CombBLAS's SpMV expects (id, add,
// multiply, axpy, the MPI reduction and returnedSAID). The matrix values (all 1) are ignored by
// both: a product keeps the vector's value, so "the smallest id among the in-neighbours that
// hold one" is a single SpMV.
#include <mpi.h>

#include <algorithm>
#include <limits>

#include "dist/dist_graph.hpp"

namespace innonet::dist {

// (min, select-second) over vertex ids: BFS parents (the smallest-id frontier vertex with an arc
// to v, the rule of algorithms/paths/bfs.hpp).
struct MinIdSemiring {
  static Index id() { return std::numeric_limits<Index>::max(); }
  static bool returnedSAID() { return false; }
  static MPI_Op mpi_op() { return MPI_MIN; }
  static Index add(const Index& a, const Index& b) { return std::min(a, b); }
  static Index multiply(const double& /*arc*/, const Index& x) { return x; }
  static void axpy(const double& /*arc*/, const Index& x, Index& y) { y = std::min(y, x); }
};

// (min, select-second) over labels held as doubles (exact below 2^53): the smallest label among
// the neighbours, for connected components. A vertex without neighbours gets +infinity.
struct MinLabelSemiring {
  static double id() { return std::numeric_limits<double>::infinity(); }
  static bool returnedSAID() { return false; }
  static MPI_Op mpi_op() { return MPI_MIN; }
  static double add(const double& a, const double& b) { return std::min(a, b); }
  static double multiply(const double& /*arc*/, const double& x) { return x; }
  static void axpy(const double& /*arc*/, const double& x, double& y) { y = std::min(y, x); }
};

}  // namespace innonet::dist
