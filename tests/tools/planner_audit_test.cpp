// Regression tests for the planner's audit (issue 14): each defect found on the built-in dataset,
// checked against the seed facts (tests/fixtures/seed-facts.json) or a NetworkX recomputation,
// never against this project's own earlier output.
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {

const nlohmann::json& fact_edge(const std::string& id) {
  for (const auto& e : seed_facts().at("edges"))
    if (e.at("id") == id) return e;
  FAIL("no edge " << id << " in the facts");
  throw;
}

// "name (id)" -> id
std::string id_of(const std::string& label) {
  const auto open = label.rfind('(');
  return label.substr(open + 1, label.size() - open - 2);
}

bool under(std::string id, const std::string& ancestor) {
  for (;;) {
    if (id == ancestor) return true;
    const auto& n = fact_node(id);
    if (!n.contains("parent") || n.at("parent").is_null()) return false;
    id = n.at("parent").get<std::string>();
  }
}

std::vector<std::string> split_ids(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

const nlohmann::json& row_with(const nlohmann::json& rows, const std::string& key,
                               const std::string& value) {
  for (const auto& row : rows)
    if (row.at(key) == value) return row;
  FAIL("no row with " << key << " = " << value);
  throw;
}

// Display columns of a UTF-8 line, counted independently of tools/output: CJK and fullwidth
// code points (U+1100.., U+2E80..U+A4CF, U+AC00..U+D7A3, U+F900..U+FAFF, U+FF00..U+FF60) count 2.
int columns_of(const std::string& line) {
  int width = 0;
  for (std::size_t i = 0; i < line.size();) {
    const auto byte = static_cast<unsigned char>(line[i]);
    const int length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    char32_t cp = length == 1 ? byte : byte & (0xFF >> (length + 1));
    for (int k = 1; k < length && i + k < line.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(line[i + k]) & 0x3F);
    i += length;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
  }
  return width;
}

}  // namespace

TEST_CASE("defect 1: a corridor's cut lists only filtered ties, as stored, and names third places",
          "[planner][cli][audit]") {
  for (const std::string corridor : {"ninghuai", "g312_ningzhen"}) {
    INFO(corridor);
    const auto out = cli_json({"corridor", corridor, "--evidence", "stated"});
    const std::string a = "nanjing", b = corridor == "ninghuai" ? "huaian" : "zhenjiang";
    double capacity = 0.0;
    for (const auto& row : out.at("bottleneck")) {
      const std::string from = id_of(row.at("from")), to = id_of(row.at("to"));
      for (const auto& edge : split_ids(row.at("edges").get<std::string>())) {
        const auto& fact = fact_edge(edge);
        CHECK(fact.at("evidence") == "stated");  // e058 (implied) was listed before
        CHECK(fact.at("kind") != "corridor_link");
        CHECK(fact.at("src") == from);  // in its stored direction
        CHECK(fact.at("dst") == to);
      }
      const bool third = !(under(from, a) || under(from, b)) || !(under(to, a) || under(to, b));
      CHECK(row.at("through").get<std::string>().empty() == !third);
      capacity += row.at("capacity").get<double>();
    }
    CHECK(capacity ==
          Approx(row_with(out.at("summary"), "component", "capacity").at("value").get<double>()));
  }
}

TEST_CASE("defect 2: flow and corridor share one rule: declarations carry no flow",
          "[planner][cli][audit]") {
  // NetworkX maximum_flow_value over the stated ties of datasets/nanjing-metro.json without the
  // corridor_link declarations, every tie both ways, super-source over Nanjing's subtree and
  // super-sink over Huai'an's: 6 (8 with the declaration e029 of weight 2).
  const auto flow = cli_json(
      {"flow", "--from", "@nanjing", "--to", "@huaian", "--evidence", "stated", "--undirected"});
  CHECK(row_with(flow.at("summary"), "metric", "max_flow").at("value").get<double>() == 6.0);
  const auto corridor = cli_json({"corridor", "ninghuai", "--evidence", "stated"});
  CHECK(row_with(corridor.at("summary"), "component", "capacity").at("value").get<double>() == 6.0);
}

TEST_CASE("defect 3: flow per edge has no circulation and its paths add up to the value",
          "[planner][cli][audit]") {
  const auto out = cli_json({"flow", "--from", "@nanjing", "--to", "@huaian", "--undirected"});
  std::set<std::pair<std::string, std::string>> arcs;
  for (const auto& row : out.at("flow"))
    arcs.emplace(row.at("from").get<std::string>(), row.at("to").get<std::string>());
  for (const auto& [from, to] : arcs) CHECK(arcs.count({to, from}) == 0);
  // No directed cycle at all: repeatedly remove arcs out of vertices nothing flows into.
  auto rest = arcs;
  for (bool removed = true; removed && !rest.empty();) {
    removed = false;
    std::set<std::string> heads;
    for (const auto& arc : rest) heads.insert(arc.second);
    for (auto it = rest.begin(); it != rest.end();)
      if (!heads.count(it->first))
        it = rest.erase(it), removed = true;
      else
        ++it;
  }
  CHECK(rest.empty());
  double total = 0.0;
  for (const auto& path : out.at("paths")) total += path.at("flow").get<double>();
  CHECK(total ==
        Approx(row_with(out.at("summary"), "metric", "max_flow").at("value").get<double>()));
}

TEST_CASE("defect 4: degree at a roll-up level counts partner places, ties inside apart",
          "[planner][cli][audit]") {
  const auto out = cli_json({"rank", "--metric", "degree", "--level", "city", "--evidence",
                             "stated", "--undirected", "--top", "20"});
  const auto& nanjing = row_with(out.at("rank"), "id", "nanjing");
  // Seed facts: Nanjing's stated ties reach 淮安, 马鞍山, 镇江, 扬州 and 滁州.
  std::set<std::string> partners;
  std::int64_t inside = 0;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("evidence") != "stated") continue;
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (!a || !b) continue;
    if (*a == "nanjing" && *b == "nanjing")
      ++inside;
    else if (*a == "nanjing")
      partners.insert(*b);
    else if (*b == "nanjing")
      partners.insert(*a);
  }
  CHECK(partners.size() == 5);
  CHECK(nanjing.at("degree").get<double>() == 5.0);
  CHECK(nanjing.at("ties_inside").get<std::int64_t>() == inside);
}

TEST_CASE("defect 5: rank --type ranks within what is shown, global rank apart",
          "[planner][cli][audit]") {
  const auto out = cli_json({"rank", "--type", "park", "--top", "5"});
  std::int64_t expected = 1, previous_all = 0;
  for (const auto& row : out.at("rank")) {
    CHECK(row.at("type") == "park");
    CHECK(row.at("rank").get<std::int64_t>() == expected++);
    CHECK(row.at("rank_all").get<std::int64_t>() > previous_all);
    previous_all = row.at("rank_all").get<std::int64_t>();
  }
  CHECK(expected == 6);
}

TEST_CASE("defect 6: centralization at most 1, zeros print as 0, undefined values as empty",
          "[planner][cli][audit]") {
  for (const std::string metric : {"harmonic", "closeness"}) {
    const auto out = cli_json({"rank", "--metric", metric, "--level", "city"});
    bool seen = false;
    for (const auto& note : out.at("rank_notes")) {
      const std::string text = note.get<std::string>();
      const auto at = text.find("centralization: ");
      if (at == std::string::npos) continue;
      seen = true;
      const double c = std::stod(text.substr(at + 16));
      CHECK(c >= 0.0);
      CHECK(c <= 1.0);
    }
    CHECK(seen);
  }
  const auto table = run_cli({"rank", "--metric", "eigenvector", "--level", "city"});
  REQUIRE(table.exit_code == 0);
  // Row lines (not notes): no 7.8e-26 where the answer is 0, no "nan" cell.
  const auto rows_clean = [](const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = std::min(text.find('\n', start), text.size());
      const std::string line = text.substr(start, end - start);
      start = end + 1;
      if (line.starts_with("note:") || line.starts_with("      ")) continue;
      std::istringstream words(line);
      for (std::string word; words >> word;)
        if (word == "nan" || (std::isdigit(static_cast<unsigned char>(word[0])) &&
                              word.find("e-") != std::string::npos))
          return false;
    }
    return true;
  };
  CHECK(rows_clean(table.out));
  const auto holes = cli_json(
      {"rank", "--metric", "constraint", "--level", "city", "--evidence", "stated", "--top", "20"});
  const auto& xuancheng = row_with(holes.at("rank"), "id", "xuancheng");  // no tie in the facts
  CHECK(xuancheng.at("constraint").is_null());
  bool explained = false;
  for (const auto& note : holes.at("rank_notes"))
    explained |= note.get<std::string>().find("undefined") != std::string::npos &&
                 note.get<std::string>().find("宣城") != std::string::npos;
  CHECK(explained);
  const auto text = run_cli({"rank", "--metric", "constraint", "--level", "city"});
  CHECK(rows_clean(text.out));
}

TEST_CASE("defect 7: core-periphery puts tied nodes on the same side", "[planner][cli][audit]") {
  const auto out =
      cli_json({"structure", "--level", "city", "--evidence", "stated", "--top", "20"});
  const auto& rows = out.at("core_periphery");
  for (const auto& x : rows)
    for (const auto& y : rows)
      if (std::abs(x.at("coreness").get<double>() - y.at("coreness").get<double>()) <=
          1e-9 * std::max(1e-300, std::abs(x.at("coreness").get<double>())))
        CHECK(x.at("in_core") == y.at("in_core"));
  for (const auto& note : out.at("core_periphery_notes"))
    if (note.get<std::string>().find("not converged") != std::string::npos)
      CHECK(note.get<std::string>().find("approximate") != std::string::npos);
}

TEST_CASE("defect 8: indicators leave undefined progress blank, keep names and ops",
          "[planner][cli][audit]") {
  const auto out = cli_json({"indicators", "--scope", "nanjing", "--target-year", "2025"});
  std::map<std::string, std::string> names;  // any record of the metric with a name
  for (const auto& i : seed_facts().at("indicators"))
    if (i.contains("metric_name") && i.at("metric_name").is_string() &&
        !i.at("metric_name").get<std::string>().empty())
      names[i.at("metric").get<std::string>()] = i.at("metric_name");
  for (const auto& row : out.at("targets")) {
    INFO(row.dump());
    if (row.at("latest").is_null()) CHECK(row.at("progress").is_null());
    if (names.count(row.at("metric").get<std::string>()))
      CHECK(!row.at("name").get<std::string>().empty());
  }
  // 2020: "科技型中小企业突破万家" - more than 10,000 (seed fact i015, op ">").
  CHECK(row_with(out.at("targets"), "metric", "tech_sme_count").at("baseline_op") == ">");
  const auto metro = cli_json({"indicators", "--scope", "nanjing_metro"});
  REQUIRE(metro.contains("targets_notes"));
  bool hint = false;
  for (const auto& note : metro.at("targets_notes"))
    hint |= note.get<std::string>().find("--values") != std::string::npos;
  CHECK(hint);
}

TEST_CASE("defect 9: unknown commands and metrics are errors with a suggestion",
          "[planner][cli][audit]") {
  const auto command = run_cli({"raport"});
  CHECK(command.exit_code == 2);
  CHECK_THAT(command.err, Catch::Contains("unknown command 'raport'") &&
                              Catch::Contains("did you mean 'report'"));
  const auto metric = run_cli({"indicators", "--metric", "hte_cnt"});
  CHECK(metric.exit_code == 2);
  CHECK_THAT(metric.err, Catch::Contains("hte_count"));
  // Every tie of the dataset is undated, so a year filter keeps all of them: it must say so.
  const auto year = run_cli({"rank", "--year", "2030", "--top", "3"});
  CHECK(year.exit_code == 0);
  CHECK_THAT(year.err, Catch::Contains("no dated tie"));
}

TEST_CASE("defect 10: report's hub table names what it ranks and counts ties as ties",
          "[planner][cli][audit]") {
  const auto out = cli_json({"report"});
  const auto& nanjing = row_with(out.at("hubs"), "id", "nanjing");
  std::int64_t ties = 0;
  std::set<std::string> partners;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("src") == "nanjing" && e.at("dst") != "nanjing") ++ties, partners.insert(e.at("dst"));
    if (e.at("dst") == "nanjing" && e.at("src") != "nanjing") ++ties, partners.insert(e.at("src"));
  }
  CHECK(nanjing.at("ties").get<std::int64_t>() == ties);
  CHECK(nanjing.at("partners").get<std::int64_t>() == static_cast<std::int64_t>(partners.size()));
  CHECK(nanjing.contains("pagerank_vs_median"));
  const auto text = run_cli({"report"});
  CHECK(text.out.find("best-connected organisations") == std::string::npos);
}

TEST_CASE("tables fit 120 terminal columns unless --wide", "[cli][output][audit]") {
  const std::vector<std::vector<std::string>> commands = {
      {"report"},
      {"rank", "--metric", "all", "--level", "city"},
      {"corridors"},
      {"corridor", "ninghuai"},
      {"recommend"},
      {"indicators", "--scope", "nanjing"},
      {"neighbors", "nanjing"},
      {"structure", "--level", "city"},
      {"report", "--within", "nanjing_metro", "--evidence", "stated"},
      {"corridors", "--within", "nanjing_metro"},
      {"nodes", "--show", "id,name,type,city,partner_country", "--attr", "partner_country"},
      {"compare", "--years", "2021", "2025", "--attributes"},
      {"--lang", "en", "report"}};
  for (const auto& args : commands) {
    const auto result = run_cli(args);
    INFO(args.front());
    REQUIRE(result.exit_code == 0);
    std::size_t start = 0;
    while (start < result.out.size()) {
      const auto end = std::min(result.out.find('\n', start), result.out.size());
      const std::string line = result.out.substr(start, end - start);
      INFO(line);
      CHECK(columns_of(line) <= 120);
      start = end + 1;
    }
  }
  std::vector<std::string> wide_args = {"--wide", "rank", "--metric", "all", "--level", "city"};
  const auto wide = run_cli(wide_args);
  std::size_t longest = 0, start = 0;
  while (start < wide.out.size()) {
    const auto end = std::min(wide.out.find('\n', start), wide.out.size());
    longest = std::max<std::size_t>(longest, columns_of(wide.out.substr(start, end - start)));
    start = end + 1;
  }
  CHECK(longest > 120);  // every metric column, at full width
  const auto version = run_cli({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("innonet "));
}
