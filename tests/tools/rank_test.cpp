// `innonet rank` end to end: the real binary on the built-in dataset, its scores checked
// against NetworkX (tests/fixtures/centrality/nanjing_metro.json, the same projection: every
// edge, undirected, weights summed), its formats, and its usage errors.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>

#include "tests/support/fixtures.hpp"

using innonet::testing::run_cli;

namespace {

nlohmann::json rank_json(const std::vector<std::string>& args) {
  std::vector<std::string> full{"--format", "json", "rank"};
  full.insert(full.end(), args.begin(), args.end());
  const auto r = run_cli(full);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

// score by node id, from the NetworkX fixture
std::map<std::string, double> expected_scores(const std::string& section,
                                              const std::string& metric) {
  const auto doc = innonet::testing::fixture_json("centrality/nanjing_metro.json");
  std::map<std::string, double> out;
  const auto& ids = doc.at("ids");
  const auto& values = doc.at(section).at(metric);
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!values[i].is_null()) out[ids[i].get<std::string>()] = values[i].get<double>();
  return out;
}

}  // namespace

TEST_CASE("rank scores the built-in dataset like NetworkX", "[tools][rank]") {
  struct Case {
    std::string metric, fixture, section;
    double tolerance;
  };
  for (const auto& c : {Case{"pagerank", "pagerank", "weighted", 1e-9},
                        Case{"betweenness", "betweenness", "weighted", 1e-9},
                        Case{"closeness", "closeness", "unweighted", 1e-9},
                        Case{"degree", "degree_total", "weighted", 1e-9},
                        Case{"constraint", "constraint", "weighted", 1e-9},
                        Case{"clustering", "clustering", "weighted", 1e-9}}) {
    INFO(c.metric << " " << c.section);
    std::vector<std::string> args{"--metric", c.metric, "--undirected", "--top", "1000"};
    if (c.section == "weighted") args.push_back("--weighted");
    const auto doc = rank_json(args);
    const auto expected = expected_scores(c.section, c.fixture);
    std::size_t compared = 0;
    for (const auto& row : doc.at("rank")) {
      const auto id = row.at("id").get<std::string>();
      if (!expected.count(id)) continue;
      INFO(id);
      CHECK_THAT(row.at(c.metric).get<double>(),
                 Catch::Matchers::WithinAbs(expected.at(id), c.tolerance));
      ++compared;
    }
    CHECK(compared == expected.size());  // every node NetworkX scores (constraint: not isolated)
  }
}

// --single-precision rounds each contribution to a float (about 1e-7 relative on the scores,
// which are at most 0.1 here): 1e-8 where the others keep 1e-9.
TEST_CASE("rank --low-memory, --gauss-seidel and --single-precision score PageRank like NetworkX",
          "[tools][rank]") {
  struct Option {
    const char* flag;
    double tolerance;
  };
  for (const auto [option, tolerance] :
       {Option{"--low-memory", 1e-9}, Option{"--gauss-seidel", 1e-9},
        Option{"--single-precision", 1e-8}}) {
    INFO(option);
    const auto doc =
        rank_json({"--metric", "pagerank", "--undirected", "--weighted", option, "--top", "1000"});
    const auto expected = expected_scores("weighted", "pagerank");
    std::size_t compared = 0;
    for (const auto& row : doc.at("rank")) {
      const auto id = row.at("id").get<std::string>();
      if (!expected.count(id)) continue;
      INFO(id);
      CHECK_THAT(row.at("pagerank").get<double>(),
                 Catch::Matchers::WithinAbs(expected.at(id), tolerance));
      ++compared;
    }
    CHECK(compared == expected.size());
  }
}

// --top k orders only k rows (a bounded heap) where a --top past the node count sorts them all:
// the k rows must be the first k of the full ranking, in the same order, also among tied scores
// (degree has many) and with undefined values (constraint: NaN, ranked last; ascending).
TEST_CASE("rank --top k shows the first k rows of the whole ranking", "[tools][rank]") {
  for (const std::string metric : {"degree", "constraint", "pagerank"}) {
    const auto all = rank_json({"--metric", metric, "--top", "100000"}).at("rank");
    REQUIRE(all.size() > 50);
    for (const int k : {1, 7, 50}) {
      INFO(metric << " --top " << k);
      const auto top = rank_json({"--metric", metric, "--top", std::to_string(k)}).at("rank");
      REQUIRE(top.size() == static_cast<std::size_t>(k));
      for (int i = 0; i < k; ++i) CHECK(top[i].at("id") == all[i].at("id"));
    }
    bool ties = false;
    for (std::size_t i = 1; i < all.size(); ++i) ties |= all[i].at(metric) == all[i - 1].at(metric);
    if (metric == "degree") CHECK(ties);  // the case the tie order is there for
  }
}

TEST_CASE("rank --metric all gives one column per metric", "[tools][rank]") {
  const auto r = run_cli({"--format", "csv", "rank", "--metric", "all", "--top", "5"});
  REQUIRE(r.exit_code == 0);
  const auto header = r.out.substr(0, r.out.find('\n'));
  for (const std::string column :
       {"id", "name", "type", "degree", "in_degree", "pagerank", "eigenvector", "katz", "hub",
        "authority", "betweenness", "closeness", "harmonic", "constraint", "effective_size",
        "clustering", "brokerage"})
    CHECK(header.find(column) != std::string::npos);
  const auto table = run_cli({"rank", "--metric", "all", "--top", "3", "--undirected"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find("in_degree") == std::string::npos);  // undirected: degree only
}

TEST_CASE("rank samples betweenness reproducibly and states the bound", "[tools][rank]") {
  const std::vector<std::string> args{"--metric", "betweenness", "--samples", "60",
                                      "--seed",   "7",           "--top",     "10"};
  const auto a = rank_json(args), b = rank_json(args);
  CHECK(a == b);
  const auto notes = a.at("rank_notes").dump();
  CHECK(notes.find("sampled 60 of") != std::string::npos);
  CHECK(notes.find("Hoeffding") != std::string::npos);
  const auto eps = rank_json({"--metric", "betweenness", "--epsilon", "0.3"});
  CHECK(eps.at("rank_notes").dump().find("sampled") != std::string::npos);
}

TEST_CASE("rank --type and --level narrow the rows", "[tools][rank]") {
  const auto parks = rank_json({"--metric", "degree", "--type", "park", "--top", "7"});
  REQUIRE(parks.at("rank").size() == 7);
  for (const auto& row : parks.at("rank")) CHECK(row.at("type") == "park");
  const auto cities = rank_json({"--metric", "pagerank", "--level", "city", "--top", "100"});
  REQUIRE(!cities.at("rank").empty());
  double total = 0.0;
  for (const auto& row : cities.at("rank")) {
    CHECK(row.at("type") == "city");
    total += row.at("pagerank").get<double>();
  }
  CHECK_THAT(total, Catch::Matchers::WithinAbs(1.0, 1e-9));  // every city shown: sums to 1
}

TEST_CASE("rank usage errors exit with 2", "[tools][rank]") {
  auto r = run_cli({"rank", "--metric", "fame"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--metric") != std::string::npos);
  r = run_cli({"rank", "--samples", "10", "--epsilon", "0.1", "--metric", "betweenness"});
  CHECK(r.exit_code == 2);
  r = run_cli({"rank", "--type", "spaceport"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("spaceport") != std::string::npos);
  r = run_cli({"rank", "--top", "0"});
  CHECK(r.exit_code == 2);
}
