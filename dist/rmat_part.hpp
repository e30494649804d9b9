#pragma once
// R-MAT generated straight into the distributed matrix: process r of P makes the generator
// blocks [B·r/P, B·(r+1)/P) of algorithms/generators/rmat.hpp (B blocks in all), each block from
// its own seed, so the union is the edge list `innonet generate rmat` makes with the same options,
// at any process and thread count. As there, self-loops are dropped and repeated edges merged
// (the matrix merges them); undirected unless `directed`, an edge then being both arcs.
// Cost per process: O(m · scale / P) time, 16 bytes per arc it holds before the matrix is built.
#include "algorithms/generators/rmat.hpp"
#include "dist/dist_graph.hpp"

namespace innonet::dist {

enum class Directedness { undirected, directed };

LocalArcs rmat_part(const generators::RmatOptions& options, Directedness directedness, int rank,
                    int processes);

}  // namespace innonet::dist
