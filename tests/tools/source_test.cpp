// `innonet source ID` shows the facts' own documents and quotes for every kind of record.
#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {
const nlohmann::json& fact_record(const std::string& set, const std::string& id) {
  for (const auto& r : seed_facts().at(set))
    if (r.at("id") == id) return r;
  FAIL("no " << set << " record " << id);
  throw;
}

void check_sources(const std::string& set, const std::string& id) {
  INFO(set << " " << id);
  const auto& expected = fact_record(set, id).at("source");
  const auto out = cli_json({"source", id});
  const auto& rows = out.at("sources");
  REQUIRE(rows.size() == expected.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    CHECK(rows[k].at("document") == expected[k].at("seed"));
    CHECK(rows[k].at("quote") == expected[k].at("quote"));
    CHECK_FALSE(rows[k].at("document_title").get<std::string>().empty());
  }
}

std::string field(const nlohmann::json& out, const std::string& name) {
  for (const auto& row : out.at("record"))
    if (row.at("field") == name)
      return row.at("value").is_string() ? row.at("value").get<std::string>()
                                         : row.at("value").dump();
  return "<missing>";
}
}  // namespace

TEST_CASE("source shows the seed quotes of nodes, edges, groups and indicators",
          "[tools][source]") {
  check_sources("nodes", "nanjing");
  check_sources("edges", "e001");
  check_sources("corridors", "g312_ningzhen");
  check_sources("regions", "nanjing_metro");
  check_sources("region_edges", "r01");
  check_sources("indicators", "i001");
}

TEST_CASE("source shows the record's key fields", "[tools][source]") {
  const auto node = cli_json({"source", "nanjing"});
  CHECK(field(node, "name") == fact_record("nodes", "nanjing").at("name_zh"));
  CHECK(field(node, "type") == "city");
  const auto& e = fact_record("edges", "e001");
  const auto edge = cli_json({"source", "e001"});
  CHECK(field(edge, "source") == e.at("src"));
  CHECK(field(edge, "target") == e.at("dst"));
  CHECK(field(edge, "kind") == e.at("kind"));
  CHECK(field(edge, "evidence") == e.at("evidence"));
  const auto& i = fact_record("indicators", "i001");
  const auto indicator = cli_json({"source", "i001"});
  CHECK(field(indicator, "metric") == i.at("metric"));
  CHECK(std::stod(field(indicator, "value")) == i.at("value").get<double>());
  CHECK(node.at("record").at(0).at("record") == "node nanjing");
}

TEST_CASE("source refuses unknown ids with a suggestion", "[tools][source][errors]") {
  const auto near = run_cli({"source", "e0001"});
  CHECK(near.exit_code == 2);
  CHECK_THAT(near.err, Catch::Contains("unknown node or edge id 'e0001'; did you mean 'e001'"));
  const auto far = run_cli({"source", "zzzzzzzzzzzz"});
  CHECK(far.exit_code == 2);
  CHECK_THAT(far.err, Catch::Contains("unknown node or edge id 'zzzzzzzzzzzz'") &&
                          !Catch::Contains("did you mean"));
  CHECK(run_cli({"source"}).exit_code == 2);
  CHECK(run_cli({"source", "--help"}).exit_code == 0);
}
