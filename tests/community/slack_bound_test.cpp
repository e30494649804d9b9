// The bound behind local moving's wake rule (slack_fall, local_moving.hpp), against slacks
// recomputed from scratch: on random weighted graphs, directed and undirected, under modularity
// and the CPM, a node's slack after any other node's move is never below its slack before minus
// the bound. The slack here is computed the long way, from the definitions: the gain for staying
// minus the best gain over every other community, with an empty community (gain 0) among them.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/work_graph.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using innonet::community::detail::NullModel;
using innonet::community::detail::slack_fall;
using innonet::community::detail::WorkGraph;

namespace {

double weight_between(const WorkGraph& g, Vertex u, Vertex v) {
  double s = 0.0;
  for (std::int64_t e = g.offsets[u]; e < g.offsets[u + 1]; ++e)
    if (g.targets[e] == v) s += g.weights[e];
  return s;
}

// u's gain for joining the members of community x other than u: s(u, X) - null(u, X);
// `present` is false when X (without u) is empty.
double gain(const WorkGraph& g, const NullModel& null, const std::vector<Vertex>& membership,
            Vertex u, Vertex x, bool& present) {
  double s = 0.0, out = 0.0, in = 0.0, size = 0.0;
  present = false;
  for (Vertex v = 0; v < g.num_nodes; ++v) {
    if (v == u || membership[v] != x) continue;
    present = true;
    s += weight_between(g, u, v);
    out += g.strength_out[v];
    in += g.strength_in[v];
    size += g.size[v];
  }
  return s - null.between(g.strength_out[u], g.strength_in[u], g.size[u], out, in, size);
}

double slack(const WorkGraph& g, const NullModel& null, const std::vector<Vertex>& membership,
             Vertex u) {
  bool present = false;
  double stay = gain(g, null, membership, u, membership[u], present);
  if (!present) stay = 0.0;  // alone: staying is being alone
  double best = 0.0;         // an empty community
  for (Vertex x = 0; x < g.num_nodes; ++x) {
    if (x == membership[u]) continue;
    const double s = gain(g, null, membership, u, x, present);
    if (present) best = std::max(best, s);
  }
  return stay - best;
}

}  // namespace

TEST_CASE("a move lowers a node's slack by at most slack_fall", "[community][local_moving]") {
  std::mt19937_64 rng(11);
  int checked = 0, tight = 0;
  for (std::uint64_t seed = 1; seed <= 24; ++seed) {
    const auto direction = seed % 2 == 0 ? Direction::directed : Direction::undirected;
    const Vertex n = 8 + static_cast<Vertex>(seed % 7);
    const WorkGraph g = community::detail::make_work_graph(
        testing::random_graph(n, 3 * n, seed, direction, testing::Weights::use));
    for (const auto function :
         {community::QualityFunction::modularity, community::QualityFunction::cpm}) {
      const double resolution = function == community::QualityFunction::cpm ? 0.05 : 1.3;
      const NullModel null{function, resolution, g.total_weight};
      std::uniform_int_distribution<Vertex> node(0, n - 1), label(0, n - 1);
      std::vector<Vertex> membership(n);
      for (Vertex& c : membership) c = label(rng) % 4;  // few communities: many shared
      for (int trial = 0; trial < 60; ++trial) {
        const Vertex u = node(rng), v = node(rng);
        if (u == v) continue;
        const Vertex a = membership[v];
        Vertex b = label(rng);  // any id: an existing community or an empty one
        if (b == a) b = (a + 1) % n;
        const double w = weight_between(g, u, v);
        const double p = null.between(g.strength_out[u], g.strength_in[u], g.size[u],
                                      g.strength_out[v], g.strength_in[v], g.size[v]);
        const double before = slack(g, null, membership, u);
        const double fall = slack_fall(w, p, membership[u], a, b);
        membership[v] = b;
        const double after = slack(g, null, membership, u);
        INFO("seed " << seed << " u " << u << " v " << v << " a " << a << " b " << b);
        CHECK(after >= before - fall - 1e-9 * (1.0 + std::abs(before) + fall));
        ++checked;
        if (std::abs(after - (before - fall)) < 1e-9 * (1.0 + std::abs(before))) ++tight;
      }
    }
  }
  CHECK(checked > 2000);
  CHECK(tight > 0);  // the bound is reached, not only respected
}
