// `innonet draw` and the page `innonet report --html` writes, read back as files: every layout
// runs, large graphs are rolled up or cut to the top nodes with a note in the picture, names are
// escaped and long ones cut (whole in the hover title), and a failed write leaves nothing behind.
// The page as a browser shows it is checked in tests/browser (headless Chromium).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using innonet::testing::run_cli;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
  return innonet::testing::scratch_dir("innonet_draw_test") / name;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("draw writes an SVG with every layout on the built-in dataset", "[tools][draw]") {
  for (const std::string layout : {"force", "circular", "hierarchy", "geo"}) {
    const auto path = scratch("builtin-" + layout + ".svg");
    const auto r = run_cli({"--format", "json", "draw", "--layout", layout, "-o", path.string()});
    INFO(layout << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const std::string svg = slurp(path);
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(svg.find("</svg>") != std::string::npos);
    // 289 nodes in the dataset; geo draws those with coordinates of their own or an ancestor's.
    if (layout != "geo") CHECK(count(svg, "<circle class=\"node\"") == 289);
  }
}

TEST_CASE("draw rolls a graph up to a level, or keeps the top nodes, and says so",
          "[tools][draw]") {
  const auto rolled = scratch("city.svg");
  REQUIRE(run_cli({"draw", "--level", "city", "--layout", "geo", "--labels", "all", "-o",
                   rolled.string()})
              .exit_code == 0);
  const std::string svg = slurp(rolled);
  CHECK(count(svg, "<circle class=\"node\"") == 13);  // the 13 cities
  CHECK(svg.find("rolled up to city") != std::string::npos);
  CHECK(svg.find("南京") != std::string::npos);
  const auto top = scratch("top.svg");
  REQUIRE(
      run_cli({"draw", "--max-nodes", "50", "--size-by", "degree", "-o", top.string()}).exit_code ==
      0);
  const std::string cut = slurp(top);
  CHECK(count(cut, "<circle class=\"node\"") == 50);
  CHECK(cut.find("top 50 of 289 nodes by degree") != std::string::npos);
}

TEST_CASE("draw escapes names and cuts long ones, whole on hover", "[tools][draw]") {
  const auto graph = scratch("hostile.json");
  const std::string long_name(200, 'x');
  std::ofstream(graph) << R"({"format": "innonet-graph", "version": 1, "nodes": [
    {"id": "a", "name": "<script>alert(1)</script>", "type": "lab"},
    {"id": "b", "name": ")"
                       << long_name << R"(", "type": "lab"},
    {"id": "c", "name": "Tom & \"Jerry\"", "type": "lab"}],
    "edges": [{"id": "e", "source": "a", "target": "b", "kind": "k"}]})";
  const auto out = scratch("hostile.svg");
  const auto r =
      run_cli({"--graph", graph.string(), "draw", "--labels", "all", "-o", out.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string svg = slurp(out);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(svg.find("Tom &amp; &quot;Jerry&quot;") != std::string::npos);
  CHECK(svg.find("<title>" + long_name + "</title>") != std::string::npos);  // whole on hover
  CHECK(svg.find(">" + std::string(16, 'x') + "\u2026</text>") != std::string::npos);  // cut
}

TEST_CASE("draw and report --html refuse bad options and leave no partial file", "[tools][draw]") {
  CHECK(run_cli({"draw", "--layout", "spiral", "-o", scratch("x.svg").string()}).exit_code == 2);
  const auto r = run_cli({"draw", "--level", "galaxy", "-o", scratch("y.svg").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("galaxy") != std::string::npos);
  const auto missing = scratch("no-such-dir") / "report.html";
  const auto w = run_cli({"report", "--html", missing.string()});
  CHECK(w.exit_code == 1);
  CHECK(w.err.find("report.html") != std::string::npos);
  CHECK_FALSE(fs::exists(missing));
  const auto plain = scratch("plain.json");
  std::ofstream(plain) << R"({"format": "innonet-graph", "version": 1, "nodes": [
    {"id": "a", "type": "lab"}, {"id": "b", "type": "lab"}],
    "edges": [{"id": "e", "source": "a", "target": "b", "kind": "k"}]})";
  const auto geo = run_cli(
      {"--graph", plain.string(), "draw", "--layout", "geo", "-o", scratch("plain.svg").string()});
  CHECK(geo.exit_code == 2);  // no coordinates anywhere: a usage error naming the reason
  CHECK(geo.err.find("no node has coordinates") != std::string::npos);
}
