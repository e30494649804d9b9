#include "bench/support/graphs.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <tuple>

#include "algorithms/generators/erdos_renyi.hpp"
#include "algorithms/generators/rmat.hpp"
#include "algorithms/generators/weights.hpp"

namespace innonet::bench {

const char* family_name(Family family) {
  switch (family) {
    case Family::rmat: return "rmat";
    case Family::erdos_renyi: return "erdos_renyi";
  }
  return "unknown";
}

EdgeList edge_list(Family family, int scale, Direction direction, Weighting weighting) {
  EdgeList edges;
  const std::int64_t n = std::int64_t{1} << scale;
  switch (family) {
    case Family::rmat:
      edges = generators::rmat({.scale = scale, .edge_factor = kEdgeFactor, .seed = kSeed});
      break;
    case Family::erdos_renyi:
      edges = generators::erdos_renyi({.num_nodes = static_cast<Vertex>(n),
                                       .num_edges = kEdgeFactor * n,
                                       .direction = direction,
                                       .seed = kSeed});
      break;
    default: throw std::invalid_argument("unknown benchmark graph family");
  }
  if (weighting == Weighting::weighted)
    generators::add_random_weights(edges, {.min = 1.0, .max = 100.0, .seed = kSeed});
  return edges;
}

const CsrGraph& graph(Family family, int scale, Direction direction, Weighting weighting) {
  using Key = std::tuple<Family, int, Direction, Weighting>;
  static std::mutex mutex;
  static std::map<Key, std::unique_ptr<CsrGraph>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[Key{family, scale, direction, weighting}];
  if (!slot) {
    const EdgeList edges = edge_list(family, scale, direction, weighting);
    slot = std::make_unique<CsrGraph>(build_csr(
        edges, {.direction = direction, .merge = MergeRule::max, .self_loops = SelfLoops::drop}));
  }
  return *slot;
}

}  // namespace innonet::bench
