#include "algorithms/generators/metro.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "algorithms/generators/block_rng.hpp"
#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

namespace {

double distance_km(const MetroNetwork& net, std::int64_t a, std::int64_t b) {
  const double dlat = (net.latitude_deg[a] - net.latitude_deg[b]) * 111.0;
  const double dlon = (net.longitude_deg[a] - net.longitude_deg[b]) * 111.0 * std::cos(0.56);
  return std::hypot(dlat, dlon);
}

const MetroNetwork& shared_network() {
  static const MetroNetwork net = metro({.num_nodes = 20000, .seed = 3});
  return net;
}

}  // namespace

TEST_CASE("metro has every node type, nested by parent within one city", "[generators][metro]") {
  const MetroNetwork& net = shared_network();
  REQUIRE(net.num_nodes() == 20000);
  std::vector<int> per_type(kMetroTypes, 0);
  for (std::int64_t v = 0; v < net.num_nodes(); ++v) {
    ++per_type[static_cast<int>(net.type[v])];
    if (net.type[v] == MetroType::city) {
      CHECK(net.parent[v] == -1);
      continue;
    }
    const auto p = net.parent[v];
    REQUIRE((p >= 0 && p < net.num_nodes()));
    CHECK(net.city[p] == net.city[v]);
    CHECK(static_cast<int>(net.type[p]) < static_cast<int>(net.type[v]));  // parents come first
    CHECK(distance_km(net, v, p) < 45.0);
  }
  for (int t = 0; t < kMetroTypes; ++t) CHECK(per_type[t] > 0);
  CHECK(per_type[static_cast<int>(MetroType::enterprise)] > 15000);
  CHECK(static_cast<std::size_t>(per_type[0]) == net.cities.size());
}

TEST_CASE("metro children per park are heavy-tailed", "[generators][metro]") {
  const MetroNetwork& net = shared_network();
  std::vector<std::int64_t> children;
  const auto park = static_cast<int>(MetroType::park);
  children.assign(static_cast<std::size_t>(net.type_begin[park + 1] - net.type_begin[park]), 0);
  for (std::int64_t v = 0; v < net.num_nodes(); ++v) {
    const auto p = net.parent[v];
    if (p >= 0 && net.type[p] == MetroType::park) ++children[p - net.type_begin[park]];
  }
  const double mean = testing::mean(children);
  CHECK(static_cast<double>(*std::max_element(children.begin(), children.end())) > 8 * mean);
  CHECK(testing::top_share(children, 0.05) > 0.2);
}

TEST_CASE("metro ties cover every kind and decay with distance", "[generators][metro]") {
  const MetroNetwork& net = shared_network();
  CHECK(net.num_ties() >= 49000);
  std::set<int> kinds;
  double tie_km = 0;
  for (std::int64_t e = 0; e < net.num_ties(); ++e) {
    kinds.insert(static_cast<int>(net.kind[e]));
    CHECK(net.source[e] != net.target[e]);
    CHECK((net.year[e] >= 2000 && net.year[e] <= 2025));
    CHECK(net.weight[e] >= 1.0f);
    tie_km += distance_km(net, net.source[e], net.target[e]);
  }
  CHECK(kinds.size() == static_cast<std::size_t>(kMetroKinds));
  // Gravity: ties are much shorter than pairs of nodes drawn at random.
  BlockRng rng(1);
  double random_km = 0;
  for (int i = 0; i < 20000; ++i)
    random_km += distance_km(net, static_cast<std::int64_t>(rng.below(20000)),
                             static_cast<std::int64_t>(rng.below(20000)));
  CHECK(tie_km / static_cast<double>(net.num_ties()) < 0.5 * random_km / 20000);
  CHECK_FALSE(net.corridors.empty());
  for (const auto& corridor : net.corridors) CHECK(corridor.cities.size() >= 2);
}

TEST_CASE("metro is deterministic for a seed at any thread count", "[generators][metro]") {
  const MetroOptions options{.num_nodes = 30000, .seed = 9};
  const auto one = testing::with_threads(1, [&] { return metro(options); });
  const auto two = testing::with_threads(2, [&] { return metro(options); });
  CHECK(one.source == two.source);
  CHECK(one.target == two.target);
  CHECK(one.kind == two.kind);
  CHECK(one.parent == two.parent);
  CHECK(one.latitude_deg == two.latitude_deg);
  MetroOptions other = options;
  other.seed = 10;
  CHECK_FALSE(metro(other).target == one.target);
}

TEST_CASE("metro builds a valid PropertyGraph with the dataset's schema", "[generators][metro]") {
  const MetroOptions options{.num_nodes = 1500, .seed = 2};
  const MetroNetwork net = metro(options);
  const PropertyGraph g = metro_property_graph(net, options);
  CHECK(g.num_nodes() == 1500);
  CHECK(g.num_edges() == net.num_ties());
  for (const char* kind : {"tech_transfer", "flying_enclave", "partner_park", "joint_lab", "branch",
                           "talent", "co_innovation", "membership", "corridor_link"})
    CHECK(g.find_kind(kind).has_value());
  for (const char* type :
       {"city", "district", "park", "lab", "university", "institute", "enterprise"})
    CHECK(g.find_type(type).has_value());
  CHECK(g.groups().size() == net.corridors.size());
  const auto city = g.find_node("city-0");
  REQUIRE(city.has_value());
  CHECK(g.node(*city).name == net.cities[0].name);
  CHECK(g.hierarchy_depth() >= 3);
}

TEST_CASE("metro rejects bad parameters naming them", "[generators][metro]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(metro({.num_nodes = 99}), Contains("num_nodes"));
  CHECK_THROWS_WITH(metro({.ties_per_node = -1}), Contains("ties_per_node"));
}
