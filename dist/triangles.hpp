#pragma once
// Triangle count of the undirected, simple view (parallel edges once, self-loops ignored), as
// algorithms/structure/triangles.hpp counts it: with L the strictly lower triangle of the
// symmetric adjacency matrix, each triangle i > k > j is one term of (L · L)(i, j) where L(i, j)
// is an edge, so the count is sum(L .* (L · L)) (Azad, Buluç & Gilbert, "Parallel triangle
// counting and enumeration using matrix algebra", IPDPSW 2015). The product is CombBLAS's 2D
// SUMMA SpGEMM (Mult_AnXBn_Synch) followed by the element-wise mask: Debian's CombBLAS 1.6.2 has no
// masked SpGEMM, so L · L (one entry per wedge i > k > j, at most) is formed before masking, which
// bounds the graphs this counts to those whose wedges fit in memory (docs/distributed.md).
// Cost: the SpGEMM's sqrt(P) stages, each broadcasting an n/sqrt(P)-wide block of L along grid
// rows and columns.
#include "dist/dist_graph.hpp"

namespace innonet::dist {

// Collective; every process gets the total.
Index dist_triangles(const DistGraph& g);

}  // namespace innonet::dist
