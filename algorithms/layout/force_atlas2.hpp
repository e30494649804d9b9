#pragma once
// ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian, PLoS ONE 9(6) e98679, 2014), the continuous
// force-directed layout of Gephi, with the parameters and defaults Gephi documents:
//   mass(v)      = degree(v) + 1 (both directions; a parallel arc counts again)
//   repulsion    F_r = scaling_ratio * mass(u) * mass(v) / d, along u - v; with Barnes–Hut, a far
//                cell of total mass M acts as one node of mass M (theta = barnes_hut_theta)
//   attraction   F_a = w^edge_weight_influence * d (linear) or * log(1 + d) (LinLog), along v - u,
//                divided by mass(u) when hubs are dissuaded (outbound attraction distribution);
//                arcs are read in both directions, so an undirected edge pulls both ends once
//   gravity      F_g = gravity * mass(v) towards the origin (strong: times the distance)
//   speed        Gephi's adaptive global speed from swinging (how much a node's force changed
//                direction) and traction (how much it kept), with jitter tolerance; each node
//                moves by F * speed / (1 + sqrt(speed * swinging(v))).
// Gephi's defaults depend on the size: scaling 10 below 100 nodes else 2; jitter tolerance 0.1
// below 5,000 nodes, 1 below 50,000, else 10; Barnes–Hut from 1,000 nodes, theta 1.2. The zero
// values of the options below mean "Gephi's default for this graph".
// Every iteration computes all forces from the previous positions (one parallel pass per node
// that writes only its own force), sums swinging and traction block by block, then moves every
// node: the result is bit-identical at any thread count. Start: random_layout(n, seed, sqrt(n) *
// 10) unless `initial` is given. Cost per iteration: O(n log n) with Barnes–Hut (O(n^2) without)
// plus O(m).
#include <cstdint>
#include <optional>

#include "algorithms/layout/layout.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::layout {

enum class AttractionModel { linear, lin_log };
enum class GravityModel { normal, strong };
enum class HubDissuasion { off, on };
enum class Repulsion { automatic, barnes_hut, exact };  // automatic: Barnes–Hut from 1,000 nodes

struct ForceAtlas2Options {
  int iterations = 100;
  std::uint64_t seed = 1;
  double scaling_ratio = 0.0;  // 0: 10 below 100 nodes, else 2
  double gravity = 1.0;
  GravityModel gravity_model = GravityModel::normal;
  AttractionModel attraction = AttractionModel::linear;
  HubDissuasion hubs = HubDissuasion::off;
  double edge_weight_influence = 1.0;
  double jitter_tolerance = 0.0;  // 0: 0.1 below 5,000 nodes, 1 below 50,000, else 10
  Repulsion repulsion = Repulsion::automatic;
  double barnes_hut_theta = 1.2;
  const Layout* initial = nullptr;  // starting positions (size num_nodes), or random
};

struct ForceAtlas2Result {
  Layout layout;
  int iterations = 0;
  double speed = 0.0;           // global speed after the last iteration
  double total_swinging = 0.0;  // of the last iteration
  double total_traction = 0.0;
};

// Throws std::invalid_argument for negative iterations, scaling, gravity or theta, or an
// initial layout of the wrong size.
ForceAtlas2Result force_atlas2(const CsrGraph& g, const ForceAtlas2Options& options = {});

}  // namespace innonet::layout
