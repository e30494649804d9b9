#pragma once
// Below this much work (vertices + arcs) the structure kernels run their loops on one thread: a
// parallel region costs more than it saves on small graphs, and a lot more on a busy machine.
// Results never depend on it (every kernel is thread-count independent).
#include <cstdint>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

inline constexpr std::int64_t kParallelMinWork = std::int64_t{1} << 16;

inline bool worth_parallel(const CsrGraph& g) {
  return g.num_nodes() + g.num_arcs() >= kParallelMinWork;
}

}  // namespace innonet::structure
