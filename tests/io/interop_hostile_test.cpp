// Hostile and malformed exchange files: DTDs (billion laughs, external entities) refused before
// any expansion, deep nesting, unknown elements, duplicate ids, edges to unknown nodes, bad
// values: each a ParseError or ValidationError naming file:line:column, never a crash or hang.
#include <catch2/catch.hpp>
#include <string>

#include "engine/error.hpp"
#include "io/gexf.hpp"
#include "io/gml.hpp"
#include "io/graphml.hpp"
#include "io/node_link.hpp"
#include "io/pajek.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;

const std::string kHead =
    "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

std::string graphml(const std::string& body) {
  return kHead + "<graph edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
}

}  // namespace

TEST_CASE("hostile XML: a DTD is refused before any entity is expanded", "[io][interop]") {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i)
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"" + std::string(10, '&') +
              "\">\n";  // shape only; never expanded
  laughs += "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n";
  CHECK_THROWS_WITH(io::read_graphml(laughs, "laughs.graphml"),
                    Contains("laughs.graphml:2:1: a DOCTYPE (DTD) is not accepted"));
  const std::string external =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      "<gexf><graph><nodes><node id=\"a\" label=\"&xxe;\"/></nodes></graph></gexf>\n";
  CHECK_THROWS_WITH(io::read_gexf(external, "xxe.gexf"), Contains("xxe.gexf:2:1: a DOCTYPE"));
}

TEST_CASE("hostile XML: malformed and deeply nested documents", "[io][interop]") {
  CHECK_THROWS_WITH(io::read_graphml(kHead + "<graph>\n<node id=\"a\">\n</graph>", "bad.graphml"),
                    Contains("bad.graphml:5:3: malformed XML"));
  // 200000 nested unknown elements inside a node: no recursion, refused only as unknown <data>.
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<x>";
  for (int i = 0; i < 200000; ++i) deep += "</x>";
  const auto g = io::read_graphml(graphml("<node id=\"a\">" + deep + "</node>\n"), "deep.graphml");
  CHECK(g.num_nodes() == 1);
}

TEST_CASE("hostile XML: unknown elements are ignored, structure errors are located",
          "[io][interop]") {
  const auto g = io::read_graphml(
      graphml("<desc>made by hand</desc><node id=\"a\"><frob/></node><node id=\"b\"/>\n"
              "<edge source=\"a\" target=\"b\"/><unknown/>\n"),
      "ok.graphml");
  CHECK(g.num_nodes() == 2);
  CHECK(g.num_edges() == 1);
  CHECK_THROWS_WITH(
      io::read_graphml(graphml("<node id=\"a\"/>\n<node id=\"a\"/>\n"), "dup.graphml"),
      Contains("dup.graphml:5:1") && Contains("'a'"));
  CHECK_THROWS_WITH(
      io::read_graphml(graphml("<node id=\"a\"/>\n  <edge source=\"a\" target=\"zz\"/>\n"),
                       "edge.graphml"),
      Contains("edge.graphml:5:3") && Contains("zz"));
  CHECK_THROWS_WITH(
      io::read_graphml(graphml("<node id=\"a\"><data key=\"k9\">1</data></node>\n"), "key.graphml"),
      Contains("key.graphml:4:14: <data> uses undeclared key 'k9'"));
  CHECK_THROWS_WITH(io::read_graphml(graphml("<hyperedge/>\n"), "hyper.graphml"),
                    Contains("hyper.graphml:4:1: hyperedges are not supported"));
  const std::string typed =
      kHead +
      "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "<graph><node id=\"a\"/><edge source=\"a\" target=\"a\">"
      "<data key=\"w\">heavy</data></edge></graph></graphml>";
  CHECK_THROWS_WITH(io::read_graphml(typed, "typed.graphml"),
                    Contains("typed.graphml:4:50: expected a double value for key 'weight'"));
}

TEST_CASE("hostile GEXF, GML, Pajek and node-link: located errors", "[io][interop]") {
  CHECK_THROWS_WITH(
      io::read_gexf("<gexf><graph><nodes><node id=\"a\"/><node id=\"a\"/></nodes></graph></gexf>",
                    "dup.gexf"),
      Contains("dup.gexf:1:35") && Contains("'a'"));
  CHECK_THROWS_WITH(io::read_gexf("<gexf><graph><nodes><node id=\"a\"/></nodes><edges>\n"
                                  "<edge source=\"a\" target=\"q\"/></edges></graph></gexf>",
                                  "edge.gexf"),
                    Contains("edge.gexf:2:1") && Contains("q"));
  CHECK_THROWS_WITH(io::read_gml("graph [\n  node [ id 1 ]\n  node [ id 1 ]\n]\n", "dup.gml"),
                    Contains("dup.gml:3:3: duplicate node id 1"));
  CHECK_THROWS_WITH(
      io::read_gml("graph [\n node [ id 1 ]\n edge [ source 1 target 2 ]\n]", "edge.gml"),
      Contains("edge.gml:3:2: edge target names no node: 2"));
  CHECK_THROWS_WITH(io::read_gml(std::string(100, '[') + "graph", "deep.gml"),
                    Contains("deep.gml:1:1: expected a key"));
  std::string nested = "graph [ ";
  for (int i = 0; i < 100; ++i) nested += "a [ ";
  CHECK_THROWS_WITH(io::read_gml(nested, "nested.gml"), Contains("deeper than 64 levels"));
  CHECK_THROWS_WITH(io::read_pajek("*vertices 2\n1 \"a\"\n2 \"b\"\n*arcs\n1 3\n", "e.net"),
                    Contains("e.net:5:3: edge names unknown vertex 3"));
  CHECK_THROWS_WITH(io::read_pajek("*vertices 1\n1 \"a\n", "q.net"),
                    Contains("q.net:2:3: quote not closed"));
  CHECK_THROWS_WITH(io::read_node_link("{\"nodes\": [{\"id\": 1}, {\"id\": \"1\"}], \"links\": []}",
                                       "dup.nx.json"),
                    Contains("dup.nx.json nodes[1]") && Contains("'1'"));
  CHECK_THROWS_WITH(io::read_node_link("{\"nodes\": [\n  {\"id\": 1,}]}", "bad.nx.json"),
                    Contains("bad.nx.json:2:"));
}

TEST_CASE("hostile JSON: deep nesting in node-link and in JSON text values", "[io][interop]") {
  // nlohmann::json copies, compares and destroys values recursively: 200000 levels overflowed
  // the stack once read (found while adding the fuzz targets). Refused at 256, as native JSON is.
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  CHECK_THROWS_WITH(
      io::read_node_link("{\"nodes\": [{\"id\": \"a\", \"x\": " + deep + "}], \"links\": []}",
                         "deep.nx.json"),
      Contains("deep.nx.json:1:") && Contains("nesting deeper than 256 levels"));
  const std::string text_value = kHead +
                                 "<key id=\"k\" for=\"node\" attr.name=\"attributes\"/>\n"
                                 "<graph><node id=\"a\"><data key=\"k\">{\"x\": " +
                                 deep + "}</data></node></graph></graphml>";
  CHECK_THROWS_WITH(io::read_graphml(text_value, "deep.graphml"),
                    Contains("deep.graphml:4:") && Contains("nesting deeper than 256 levels"));
}

TEST_CASE("hostile values: not UTF-8, not finite, not a boolean", "[io][interop]") {
  CHECK_THROWS_WITH(io::read_pajek("*vertices 1\n1 \"a\" \"k\" \"\xff\"\n", "utf8.net"),
                    Contains("utf8.net:2:1: the value of 'k' is not valid UTF-8"));
  CHECK_THROWS_WITH(io::read_gml("graph [ node [ id 1 x nan ] ]", "nan.gml"),
                    Contains("nan.gml:1:9: the value of 'x' is not a finite number"));
  CHECK_THROWS_WITH(
      io::read_node_link("{\"directed\": 1, \"nodes\": [], \"links\": []}", "d.nx.json"),
      Contains("d.nx.json: expected true or false in \"directed\", found 1"));
}

TEST_CASE("Pajek: a vertex line may hold its number alone; other blanks are blank lines",
          "[io][interop]") {
  const auto g = io::read_pajek("*vertices 2\n1\n\r \v\n2 \"b\"\n*edges\n1 2\n", "lone.net");
  REQUIRE(g.num_nodes() == 2);
  CHECK(g.node(NodeRef{0}).id == "1");
  CHECK(g.num_edges() == 1);
}

}  // namespace innonet
