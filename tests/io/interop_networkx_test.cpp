// Files NetworkX 2.8 wrote (tests/fixtures/make_interop.py) read by innonet: the built-in dataset
// written by NetworkX in each format reads back equal to the dataset itself, and random graphs
// with random attributes read back equal to the graph NetworkX held (the script writes what
// innonet must see next to each file).
#include <catch2/catch.hpp>
#include <string>

#include "datasets/builtin.hpp"
#include "io/graph_file.hpp"
#include "tests/io/interop_compare.hpp"
#include "tests/support/fixtures.hpp"

namespace innonet {
namespace {

std::string fixture(const std::string& name) {
  return testing::source_path("tests/fixtures/interop/" + name);
}

// The read graph in the shape make_interop.py writes its expectations in.
nlohmann::json as_expected(const PropertyGraph& g) {
  nlohmann::json doc = {{"nodes", nlohmann::json::array()}, {"edges", nlohmann::json::array()}};
  bool directed = g.num_edges() > 0;
  for (const auto& n : g.nodes())
    doc["nodes"].push_back({{"id", n.id},
                            {"name", n.name},
                            {"type", g.type_name(n.type)},
                            {"attributes", nlohmann::json::parse(n.attributes.dump())}});
  for (const auto& e : g.edges()) {
    nlohmann::json edge = {{"source", g.node(e.source).id},
                           {"target", g.node(e.target).id},
                           {"kind", g.kind_name(e.kind)},
                           {"weight", e.weight},
                           {"directed", e.direction == EdgeDirection::directed},
                           {"attributes", nlohmann::json::parse(e.attributes.dump())}};
    if (e.year != kNoYear) edge["year"] = e.year;
    directed = directed && e.direction == EdgeDirection::directed;
    doc["edges"].push_back(std::move(edge));
  }
  doc["directed"] = directed;
  return doc;
}

}  // namespace

TEST_CASE("interop: the dataset as NetworkX wrote it reads back as the dataset",
          "[io][interop][networkx]") {
  const auto original = datasets::builtin_dataset();
  for (const char* ext : {"graphml", "gexf", "gml", "nx.json"}) {
    INFO(ext);
    const auto g = io::read_graph_file(fixture(std::string("metro.") + ext));
    CHECK(testing::node_edge_difference(original, g, nullptr, true) == "");
  }
  // NetworkX's Pajek copy carries the core fields only (make_interop.py says why).
  const auto g = io::read_graph_file(fixture("metro.net"));
  REQUIRE(g.num_nodes() == original.num_nodes());
  REQUIRE(g.num_edges() == original.num_edges());
  for (std::int32_t v = 0; v < g.num_nodes(); ++v) {
    const auto &x = original.node(NodeRef{v}), &y = g.node(NodeRef{v});
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(original.type_name(x.type) == g.type_name(y.type));
    CHECK(x.parent == y.parent);
  }
  for (std::int32_t e = 0; e < g.num_edges(); ++e) {
    const auto& x = original.edge(EdgeRef{e});
    const auto match = g.find_edge(x.id);  // NetworkX writes edges grouped by source
    REQUIRE(match.has_value());
    const auto& y = g.edge(*match);
    CHECK(x.id == y.id);
    CHECK(x.source == y.source);
    CHECK(x.target == y.target);
    CHECK(original.kind_name(x.kind) == g.kind_name(y.kind));
    CHECK(original.evidence_name(x.evidence) == g.evidence_name(y.evidence));
    CHECK(x.direction == y.direction);
    CHECK(x.weight == y.weight);
  }
}

TEST_CASE("interop: random graphs NetworkX wrote read back as NetworkX held them",
          "[io][interop][networkx]") {
  for (int seed = 1; seed <= 4; ++seed)
    for (const char* ext : {"graphml", "gexf", "gml", "net", "nx.json"}) {
      const std::string name = "random" + std::to_string(seed) + "." + ext;
      INFO(name);
      const auto g = io::read_graph_file(fixture(name));
      const auto expected = testing::fixture_json("interop/" + name + ".expected.json");
      const auto got = as_expected(g);
      CHECK(got["directed"] == expected["directed"]);
      REQUIRE(got["nodes"].size() == expected["nodes"].size());
      REQUIRE(got["edges"].size() == expected["edges"].size());
      for (std::size_t i = 0; i < got["nodes"].size(); ++i)
        CHECK(got["nodes"][i] == expected["nodes"][i]);
      for (std::size_t i = 0; i < got["edges"].size(); ++i)
        CHECK(got["edges"][i] == expected["edges"][i]);
    }
}

}  // namespace innonet
