// Real Boost.Graph algorithms run on the CsrGraph adaptor, checked against hand-computed answers
// and NetworkX (tests/fixtures/make_engine.py -> engine/views.json).
#include "engine/bgl_adaptor.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/strong_components.hpp>
#include <catch2/catch.hpp>
#include <limits>
#include <map>
#include <vector>

#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::WithinAbs;

BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<bgl::UndirectedView>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<bgl::UndirectedView>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<bgl::UndirectedView>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyMapConcept<bgl::EdgeWeightMap, bgl::CsrEdge>));

namespace {

CsrGraph small_directed() {  // 0->1 (4), 0->2 (1), 2->1 (2), 1->3 (5), 2->3 (8), 4 isolated
  EdgeList edges;
  edges.num_nodes = 5;
  for (auto [u, v, w] :
       {std::tuple{0, 1, 4.0}, {0, 2, 1.0}, {2, 1, 2.0}, {1, 3, 5.0}, {2, 3, 8.0}}) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
    edges.weights.push_back(w);
  }
  return build_csr(edges);
}

std::vector<double> dijkstra(const CsrGraph& g, Vertex source) {
  std::vector<double> distance(static_cast<std::size_t>(g.num_nodes()));
  boost::dijkstra_shortest_paths(g, source, boost::distance_map(distance.data()));
  return distance;
}

std::vector<int> bfs_hops(const CsrGraph& g, Vertex source) {
  std::vector<int> hops(static_cast<std::size_t>(g.num_nodes()), -1);
  hops[source] = 0;
  boost::breadth_first_search(g, source,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_distances(hops.data(), boost::on_tree_edge()))));
  return hops;
}

// Component ids renamed to the smallest vertex of each component (NetworkX fixture convention).
std::vector<int> smallest_member(const std::vector<int>& component) {
  std::map<int, int> low;
  for (int v = 0; v < static_cast<int>(component.size()); ++v) low.try_emplace(component[v], v);
  std::vector<int> label;
  for (int c : component) label.push_back(low[c]);
  return label;
}

}  // namespace

TEST_CASE("BGL Dijkstra and BFS on a hand-built digraph", "[engine][bgl]") {
  const CsrGraph g = small_directed();
  const auto d = dijkstra(g, 0);
  CHECK(d[0] == 0.0);
  CHECK(d[1] == 3.0);  // 0->2->1
  CHECK(d[2] == 1.0);
  CHECK(d[3] == 8.0);  // 0->2->1->3
  CHECK(d[4] == std::numeric_limits<double>::max());
  const auto hops = bfs_hops(g, 0);
  CHECK(hops == std::vector<int>{0, 1, 1, 2, -1});
  CHECK(num_edges(g) == 5);
  CHECK(std::distance(edges(g).first, edges(g).second) == 5);
}

TEST_CASE("in_edges give the same descriptors as out_edges", "[engine][bgl]") {
  for (const auto weights : {testing::Weights::use, testing::Weights::ignore})
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(30, 120, 3, direction, weights);
      const auto weight = get(boost::edge_weight, g);
      std::int64_t seen = 0;
      for (Vertex v = 0; v < g.num_nodes(); ++v) {
        CHECK(in_degree(v, g) == g.in_degree(v));
        for (auto [it, end] = in_edges(v, g); it != end; ++it, ++seen) {
          const bgl::CsrEdge e = *it;
          CHECK(target(e, g) == v);
          const auto [o, o_end] = out_edges(source(e, g), g);
          CHECK(std::find(o, o_end, e) != o_end);
          const ArcIndex in_arc = *it.base();  // position in the in arrays
          if (g.is_weighted()) CHECK(weight[e] == g.in_weight_array()[in_arc]);
        }
      }
      CHECK(seen == g.num_arcs());
    }
}

TEST_CASE("parallel arcs map back one-to-one through in_edges", "[engine][bgl]") {
  EdgeList edges;
  edges.num_nodes = 2;
  for (double w : {3.0, 1.0, 2.0}) {
    edges.sources.push_back(0);
    edges.targets.push_back(1);
    edges.weights.push_back(w);
  }
  const CsrGraph g = build_csr(edges, {.merge = MergeRule::keep});
  const auto weight = get(boost::edge_weight, g);
  std::vector<double> via_in;
  for (auto [it, end] = in_edges(1, g); it != end; ++it) via_in.push_back(weight[*it]);
  CHECK(via_in == std::vector<double>{1.0, 2.0, 3.0});
}

TEST_CASE("BGL Dijkstra matches NetworkX on weighted fixtures", "[engine][bgl]") {
  const auto expected = testing::fixture_json("engine/views.json").at("dijkstra");
  for (const std::string name : {"lesmis", "random_directed_300"}) {
    INFO(name);
    const CsrGraph g = testing::fixture_csr(name);
    const auto& want = expected.at(name);
    const auto d = dijkstra(g, want.at("source").get<Vertex>());
    for (Vertex v = 0; v < g.num_nodes(); ++v) {
      const auto& w = want.at("distance").at(v);
      if (w.is_null())
        CHECK(d[v] == std::numeric_limits<double>::max());
      else
        CHECK_THAT(d[v], WithinAbs(w.get<double>(), 1e-9));
    }
  }
}

TEST_CASE("BGL breadth-first search matches NetworkX hop counts", "[engine][bgl]") {
  const auto expected = testing::fixture_json("engine/views.json").at("bfs_hops");
  for (const std::string name : {"karate_unweighted", "random_directed_300"}) {
    INFO(name);
    const CsrGraph g = testing::fixture_csr(name);
    const auto& want = expected.at(name);
    const auto hops = bfs_hops(g, want.at("source").get<Vertex>());
    for (Vertex v = 0; v < g.num_nodes(); ++v) {
      const auto& w = want.at("hops").at(v);
      CHECK(hops[v] == (w.is_null() ? -1 : w.get<int>()));
    }
  }
}

TEST_CASE("BGL connected and strong components match NetworkX", "[engine][bgl]") {
  const auto expected = testing::fixture_json("engine/views.json");
  for (const std::string name : {"random_undirected_200", "florentine", "lesmis"}) {
    INFO(name);
    const CsrGraph g = testing::fixture_csr(name);
    const auto view = bgl::as_undirected(g);
    CHECK(num_edges(view) == g.num_edges());
    CHECK(std::distance(edges(view).first, edges(view).second) == g.num_edges());
    std::vector<int> component(static_cast<std::size_t>(g.num_nodes()));
    const int count = boost::connected_components(view, component.data());
    const auto& want = expected.at("components").at(name);
    CHECK(count == want.at("count").get<int>());
    CHECK(smallest_member(component) == want.at("label").get<std::vector<int>>());
  }
  const CsrGraph g = testing::fixture_csr("random_directed_300");
  std::vector<int> component(static_cast<std::size_t>(g.num_nodes()));
  const int count = boost::strong_components(g, component.data());
  const auto& want = expected.at("strong_components").at("random_directed_300");
  CHECK(count == want.at("count").get<int>());
  CHECK(smallest_member(component) == want.at("label").get<std::vector<int>>());
}

TEST_CASE("the undirected view refuses a directed graph", "[engine][bgl][errors]") {
  const CsrGraph g = small_directed();
  CHECK_THROWS_AS(bgl::as_undirected(g), std::invalid_argument);
  CHECK_THROWS_WITH(bgl::as_undirected(g), Catch::Contains("undirected CsrGraph"));
}

TEST_CASE("unweighted graphs read weight 1 and index by arc", "[engine][bgl]") {
  const CsrGraph g = testing::fixture_csr("karate_unweighted");
  const auto weight = get(boost::edge_weight, g);
  const auto arc = get(boost::edge_index, g);
  ArcIndex expected_arc = 0;
  for (auto [it, end] = edges(g); it != end; ++it, ++expected_arc) {
    CHECK(weight[*it] == 1.0);
    CHECK(arc[*it] == expected_arc);
    CHECK(g.find_arc(source(*it, g), target(*it, g)) == expected_arc);
  }
  CHECK(get(boost::vertex_index, g)[7] == 7);
}
