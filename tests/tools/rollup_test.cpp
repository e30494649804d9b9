// `innonet rollup --level city` against the seed facts' edges lifted by their parent fields.
#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

TEST_CASE("rollup to cities matches the facts lifted by hand", "[tools][rollup]") {
  std::int64_t lost = 0, internal = 0, between = 0, unplaced = 0, cities = 0;
  std::map<std::string, std::int64_t> internal_by_city;
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> directed_ties;
  for (const auto& e : seed_facts().at("edges")) {
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (!a || !b) {
      ++lost;
    } else if (*a == *b) {
      ++internal;
      ++internal_by_city[*a];
    } else {
      ++between;
      if (e.at("directed").get<bool>()) directed_ties[{*a, *b, e.at("kind")}]++;
    }
  }
  for (const auto& n : seed_facts().at("nodes")) {
    unplaced += !fact_ancestor(n.at("id"), "city");
    cities += n.at("type") == "city";
  }

  const auto out = cli_json({"rollup", "--level", "city"});
  auto summary = metrics(out.at("summary"));
  CHECK(summary["edges_selected"].get<std::int64_t>() == std::ssize(seed_facts().at("edges")));
  CHECK(summary["edges_lost"].get<std::int64_t>() == lost);
  CHECK(summary["edges_internal"].get<std::int64_t>() == internal);
  CHECK(summary["edges_between"].get<std::int64_t>() == between);
  CHECK(summary["unplaced_nodes"].get<std::int64_t>() == unplaced);
  CHECK(summary["level_nodes"].get<std::int64_t>() == cities);
  CHECK(out.at("unplaced").size() == static_cast<std::size_t>(unplaced));

  std::map<std::string, std::int64_t> got_internal;
  for (const auto& row : out.at("internal"))
    got_internal[row.at("level_id")] = row.at("edges").get<std::int64_t>();
  CHECK(got_internal == internal_by_city);

  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> got_directed;
  std::int64_t tie_edges = 0;
  for (const auto& row : out.at("ties")) {
    tie_edges += row.at("edges").get<std::int64_t>();
    if (row.at("direction") == "directed")
      got_directed[{row.at("source_id"), row.at("target_id"), row.at("kind")}] =
          row.at("edges").get<std::int64_t>();
  }
  CHECK(tie_edges == between);
  CHECK(got_directed == directed_ties);
}

TEST_CASE("rollup honours the selection and refuses bad levels", "[tools][rollup][errors]") {
  std::int64_t implied = 0;
  for (const auto& e : seed_facts().at("edges")) implied += e.at("evidence") == "implied";
  const auto out = cli_json({"rollup", "--evidence", "implied"});
  CHECK(metrics(out.at("summary"))["edges_selected"].get<std::int64_t>() == implied);

  const auto bad = run_cli({"rollup", "--level", "citty"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("unknown level (node type) 'citty'"));
  CHECK(run_cli({"rollup", "--merge", "avg"}).exit_code == 2);
  CHECK(run_cli({"rollup", "--help"}).exit_code == 0);
}
