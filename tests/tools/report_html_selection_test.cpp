// `innonet report --html` with --evidence, --kinds, --types and --within: the page draws the
// selected part of the network and says so at the top. The expected counts are computed here
// from datasets/nanjing-metro.json itself (parent links, group members, edge fields), not through
// innonet's selection code.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using innonet::testing::run_cli;
using innonet::testing::source_path;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
  return innonet::testing::scratch_dir("innonet_html_sel") / name;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// "289 nodes · 83 ties" from the page's header.
std::pair<int, int> header_counts(const std::string& page) {
  std::smatch m;
  REQUIRE(std::regex_search(page, m, std::regex(R"((\d+) nodes · (\d+) ties)")));
  return {std::stoi(m[1]), std::stoi(m[2])};
}

struct Dataset {
  nlohmann::json doc;
  std::map<std::string, std::string> parent, type;
  Dataset() {
    std::ifstream in(source_path("datasets/nanjing-metro.json"));
    doc = nlohmann::json::parse(in);
    for (const auto& n : doc["nodes"]) {
      type[n["id"]] = n["type"];
      if (n.contains("parent") && n["parent"].is_string()) parent[n["id"]] = n["parent"];
    }
  }
  // Nodes at or under one of `places`.
  std::set<std::string> under(const std::set<std::string>& places) const {
    std::set<std::string> inside;
    for (const auto& [id, t] : type)
      for (std::string at = id;;) {
        if (places.contains(at)) {
          inside.insert(id);
          break;
        }
        const auto p = parent.find(at);
        if (p == parent.end()) break;
        at = p->second;
      }
    return inside;
  }
  std::set<std::string> members(const std::string& group) const {
    for (const auto& g : doc["groups"])
      if (g["id"] == group) return g["members"].get<std::set<std::string>>();
    FAIL("no group " << group);
    return {};
  }
};

TEST_CASE("report --html draws the whole network when nothing is selected", "[tools][html]") {
  const Dataset d;
  const auto page = scratch("whole.html");
  const auto r = run_cli({"report", "--html", page.string()});
  REQUIRE(r.exit_code == 0);
  const std::string html = slurp(page);
  CHECK(header_counts(html) ==
        std::pair<int, int>(int(d.doc["nodes"].size()), int(d.doc["edges"].size())));
  CHECK(html.find("id=\"selection\"") == std::string::npos);
  CHECK(html.find("data-id=\"suzhou\"") != std::string::npos);  // the check below can fail
}

TEST_CASE("report --html --within --evidence draws only the selected part and says so",
          "[tools][html][audit]") {
  const Dataset d;
  const auto inside = d.under(d.members("nanjing_metro"));
  int ties = 0;
  for (const auto& e : d.doc["edges"])
    ties +=
        e["evidence"] == "stated" && inside.contains(e["source"]) && inside.contains(e["target"]);
  REQUIRE(ties > 0);
  REQUIRE(ties < int(d.doc["edges"].size()));

  const auto page = scratch("metro_stated.html");
  const auto r = run_cli(
      {"report", "--html", page.string(), "--within", "nanjing_metro", "--evidence", "stated"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string html = slurp(page);
  CHECK(header_counts(html) == std::pair<int, int>(int(inside.size()), ties));
  CHECK(html.find("Only ties of evidence stated; nodes and ties within nanjing_metro") !=
        std::string::npos);
  // No place outside the metropolitan area is on the map: Suzhou is not a member.
  REQUIRE_FALSE(d.members("nanjing_metro").contains("suzhou"));
  CHECK(html.find("data-id=\"suzhou\"") == std::string::npos);
}

TEST_CASE("report --html --types --kinds keeps those nodes and the ties between them",
          "[tools][html][audit]") {
  const Dataset d;
  std::set<std::string> kept;
  for (const auto& [id, t] : d.type)
    if (t == "city" || t == "institute") kept.insert(id);
  int ties = 0;
  for (const auto& e : d.doc["edges"])
    ties +=
        e["kind"] == "co_innovation" && kept.contains(e["source"]) && kept.contains(e["target"]);
  REQUIRE(ties > 0);

  const auto page = scratch("types.html");
  const auto r = run_cli(
      {"report", "--html", page.string(), "--types", "city,institute", "--kinds", "co_innovation"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(header_counts(slurp(page)) == std::pair<int, int>(int(kept.size()), ties));
}

}  // namespace
