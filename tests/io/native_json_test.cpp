#include "io/native_json.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "engine/error.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

const char* const kSmall = R"({
  "format": "innonet-graph",
  "version": 1,
  "metadata": {"title": "小图", "n": 3},
  "nodes": [
    {"id": "nj", "name": "南京", "name_en": "Nanjing", "type": "city", "coordinates": [32.06, 118.8]},
    {"id": "gl", "name": "鼓楼区", "type": "district", "parent": "nj", "attributes": {"area_km2": 53.1, "tags": ["a", 1, null, true]}},
    {"id": "lab", "name": "紫金山实验室", "type": "lab", "parent": "gl", "sources": [{"document": "000.txt", "quote": "紫金山实验室, \"网络\""}]}
  ],
  "edges": [
    {"id": "e1", "source": "lab", "target": "nj", "kind": "tech_transfer", "directed": true, "weight": 2.5, "year": 2021, "evidence": "stated"},
    {"source": "gl", "target": "nj", "kind": "co_innovation", "directed": false}
  ],
  "groups": [
    {"id": "c1", "name": "走廊", "kind": "corridor", "members": ["nj", "gl"], "members_implied": ["lab"]}
  ],
  "group_edges": [
    {"id": "r1", "source": "nj", "target": "c1", "kind": "tech_transfer", "directed": true, "evidence": "implied"}
  ],
  "indicators": [
    {"id": "i1", "scope": "nj", "metric": "rd", "metric_name": "研发", "value": 515, "unit": "亿元", "year": 2020, "kind": "actual", "op": ">="}
  ]
})";

}  // namespace

TEST_CASE("native json reads every section of a small graph", "[io][native_json]") {
  const auto g = io::read_native_json(kSmall, "small.json");
  REQUIRE(g.num_nodes() == 3);
  REQUIRE(g.num_edges() == 2);
  CHECK(g.metadata()["title"] == "小图");
  const auto& nj = g.node(*g.find_node("nj"));
  CHECK(nj.name == "南京");
  CHECK(nj.name_en == "Nanjing");
  REQUIRE(nj.coordinates);
  CHECK(nj.coordinates->latitude_deg == 32.06);
  const auto& lab = g.node(*g.find_node("lab"));
  CHECK(g.node(*lab.parent).id == "gl");
  REQUIRE(lab.sources.size() == 1);
  CHECK(lab.sources[0].quote == "紫金山实验室, \"网络\"");
  CHECK(g.node(*g.find_node("gl")).attributes["tags"].size() == 4);
  CHECK(g.edge(EdgeRef{0}).weight == 2.5);
  CHECK(g.edge(EdgeRef{0}).year == 2021);
  CHECK(g.edge(EdgeRef{1}).direction == EdgeDirection::undirected);
  CHECK(g.edge(EdgeRef{1}).weight == 1.0);
  CHECK(g.evidence_name(g.edge(EdgeRef{1}).evidence) == "stated");
  REQUIRE(g.groups().size() == 1);
  CHECK(g.groups()[0].kind == GroupKind::corridor);
  CHECK(g.groups()[0].members_implied.size() == 1);
  REQUIRE(g.group_edges().size() == 1);
  CHECK(g.group_edges()[0].target == "c1");
  REQUIRE(g.indicators().size() == 1);
  CHECK(g.indicators()[0].value == 515.0);
  CHECK(g.indicators()[0].op == ">=");
}

TEST_CASE("native json write is stable under read/write", "[io][native_json]") {
  const auto g = io::read_native_json(kSmall, "small.json");
  std::ostringstream first;
  io::write_native_json(g, first);
  const auto again = io::read_native_json(first.str(), "first.json");
  std::ostringstream second;
  io::write_native_json(again, second);
  CHECK(first.str() == second.str());
}

TEST_CASE("native json errors name the place", "[io][native_json]") {
  std::string bad = kSmall;
  bad.replace(bad.find("\"type\": \"city\""), 14, "\"type\": 7");
  CHECK_THROWS_WITH(io::read_native_json(bad, "g.json"),
                    StartsWith("g.json:6:") &&
                        Contains("node 'nj': expected a string in 'type', found number 7"));
  std::string newer = kSmall;
  newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 2");
  CHECK_THROWS_WITH(
      io::read_native_json(newer, "g.json"),
      Contains("g.json:3:14: format version 2 is newer than this innonet supports (1)"));
}

}  // namespace innonet
