#pragma once
// Degree statistics on the distributed matrix: out-degrees are the column sums of in_arcs and
// in-degrees its row sums (one Reduce each: every process sums its block, then the partial sums
// meet along a grid column or row), counted in arcs with parallel arcs merged, a self-loop once.
// For an undirected graph both are the degree. The histogram has bin 0 for degree 0 and bin k
// for degrees in [2^(k-1), 2^k). Cost: O(m/P) local work, n/sqrt(P) values sent per process.
#include <vector>

#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"

namespace innonet::dist {

struct DegreeSummary {
  Index min = 0, max = 0;
  double mean = 0.0;
  std::vector<Index> histogram;  // every process holds it
};

struct DistDegreesResult {
  LocalPart<double> out_degree;
  LocalPart<double> in_degree;
  DegreeSummary out, in;
};

// Collective.
DistDegreesResult dist_degrees(const DistGraph& g);

}  // namespace innonet::dist
