// `innonet info` on the built-in dataset against the seed facts' own counts.
#include <numeric>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {
std::map<std::string, std::int64_t> counts(const nlohmann::json& table, const std::string& key,
                                           const std::string& value) {
  std::map<std::string, std::int64_t> m;
  for (const auto& row : table)
    m[row.at(key).get<std::string>()] = row.at(value).get<std::int64_t>();
  return m;
}
}  // namespace

TEST_CASE("info reports the seed facts' counts", "[tools][info]") {
  const auto& expected = seed_facts().at("meta").at("counts");
  const auto out = cli_json({"info"});
  auto summary = metrics(out.at("summary"));
  CHECK(summary["nodes"] == expected.at("nodes"));
  CHECK(summary["edges"] == expected.at("edges"));
  CHECK(summary["corridors"] == expected.at("corridors"));
  CHECK(summary["regions"] == expected.at("regions"));
  CHECK(summary["group_edges"] == expected.at("region_edges"));
  CHECK(summary["indicators"] == expected.at("indicators"));
  CHECK(counts(out.at("node_types"), "type", "nodes") ==
        expected.at("nodes_by_type").get<std::map<std::string, std::int64_t>>());
  std::map<std::string, std::int64_t> kinds;
  for (const auto& row : out.at("edge_kinds"))
    kinds[row.at("kind").get<std::string>()] = row.at("edges").get<std::int64_t>();
  CHECK(kinds == expected.at("edges_by_kind").get<std::map<std::string, std::int64_t>>());
  CHECK(counts(out.at("evidence"), "evidence", "edges") ==
        expected.at("edges_by_evidence").get<std::map<std::string, std::int64_t>>());
  CHECK(counts(out.at("indicators"), "kind", "indicators") ==
        expected.at("indicators_by_kind").get<std::map<std::string, std::int64_t>>());
}

TEST_CASE("info's structure figures agree with the facts' edges and parents", "[tools][info]") {
  const auto& f = seed_facts();
  // Weak components by union-find over the facts' edges.
  std::map<std::string, std::string> up;
  for (const auto& n : f.at("nodes")) up[n.at("id")] = n.at("id");
  std::function<std::string(const std::string&)> root = [&](const std::string& v) {
    return up[v] == v ? v : up[v] = root(up[v]);
  };
  for (const auto& e : f.at("edges")) up[root(e.at("src"))] = root(e.at("dst"));
  std::set<std::string> roots;
  for (const auto& [v, parent] : up) roots.insert(root(v));
  // Depth of the containment hierarchy and nodes with no city above them.
  std::int64_t depth = 0, no_city = 0, lost = 0;
  for (const auto& n : f.at("nodes")) {
    std::int64_t d = 1;
    for (auto p = n; p.contains("parent") && !p.at("parent").is_null(); ++d)
      p = fact_node(p.at("parent"));
    depth = std::max(depth, d);
    no_city += !fact_ancestor(n.at("id"), "city");
  }
  for (const auto& e : f.at("edges"))
    lost += !fact_ancestor(e.at("src"), "city") || !fact_ancestor(e.at("dst"), "city");

  const auto out = cli_json({"info"});
  auto summary = metrics(out.at("summary"));
  CHECK(summary["weak_components"].get<std::int64_t>() == std::ssize(roots));
  CHECK(summary["hierarchy_depth"].get<std::int64_t>() == depth);
  CHECK(summary["strong_components"].get<std::int64_t>() >= std::ssize(roots));
  bool saw_city = false;
  for (const auto& row : out.at("levels"))
    if (row.at("level") == "city") {
      saw_city = true;
      CHECK(row.at("unplaced_nodes").get<std::int64_t>() == no_city);
      CHECK(row.at("edges_lost").get<std::int64_t>() == lost);
    }
  CHECK(saw_city);
}

TEST_CASE("info prints tables, CSV and help", "[tools][info]") {
  const auto table = run_cli({"info"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("Nodes by type") && Catch::Contains("hierarchy_depth"));
  const auto csv = run_cli({"--format", "csv", "info"});
  CHECK(csv.exit_code == 0);
  CHECK_THAT(csv.out, Catch::StartsWith("# summary\nmetric,value\nnodes,"));
  const auto help = run_cli({"info", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("Summarise the graph"));
}

TEST_CASE("the format option lists its names in help and errors, any case", "[tools][info]") {
  const auto help = run_cli({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--format TEXT:{table,json,csv,xlsx}"));
  CHECK_THAT(help.out, !Catch::Contains("->"));  // not the name->enum map
  const auto upper = run_cli({"--format", "JSON", "info"});
  CHECK(upper.exit_code == 0);
  CHECK_THAT(upper.out, Catch::StartsWith("{"));
  for (const std::string bad : {"xml", "1"}) {
    const auto wrong = run_cli({"--format", bad, "info"});
    CHECK(wrong.exit_code == 2);
    CHECK_THAT(wrong.err, Catch::Contains("--format: " + bad + " not in {table,json,csv,xlsx}"));
  }
}

TEST_CASE("info exits 2 on bad usage and 1 on bad input", "[tools][info][errors]") {
  const auto extra = run_cli({"info", "--no-such-flag"});
  CHECK(extra.exit_code == 2);
  const auto missing = run_cli({"--graph", "/nonexistent/graph.json", "info"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("/nonexistent/graph.json"));
  const std::string broken = "/tmp/innonet_info_test_broken.json";
  std::ofstream(broken) << "{\"format\": \"innonet-graph\", \"nodes\": [";
  const auto bad = run_cli({"--graph", broken, "info"});
  std::remove(broken.c_str());
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("innonet_info_test_broken.json"));
}
