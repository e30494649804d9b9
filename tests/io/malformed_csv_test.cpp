// Malformed CSV graphs: every error is an innonet::Error leading with file:line:column.
#include <catch2/catch.hpp>
#include <string>

#include "engine/error.hpp"
#include "io/csv.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;

const char* const kNodes =
    "id,name,type,parent,latitude_deg,longitude_deg,attributes\n"
    "nj,南京,city,,32.06,118.8,\n"
    "gl,\"鼓楼, 区\",district,nj,,,\"{\"\"area\"\": 53.1}\"\n";
const char* const kEdges =
    "id,source,target,kind,weight,year\n"
    "e1,gl,nj,tie,2.5,2020\n";

PropertyGraph read(const std::string& nodes, const std::string& edges = kEdges) {
  io::CsvGraphText text;
  text.nodes = nodes;
  text.edges = edges;
  return io::read_csv_graph(text, io::csv_graph_files("g.csv"));
}

}  // namespace

TEST_CASE("csv: a small valid graph with quoted fields reads", "[io][csv]") {
  const auto g = read(kNodes);
  REQUIRE(g.num_nodes() == 2);
  CHECK(g.node(NodeRef{1}).name == "鼓楼, 区");
  CHECK(g.node(NodeRef{1}).attributes["area"] == 53.1);
  CHECK(g.edge(EdgeRef{0}).weight == 2.5);
  CHECK(g.edge(EdgeRef{0}).year == 2020);
}

TEST_CASE("csv: extra columns become string attributes", "[io][csv]") {
  const auto g = read("id,type,population\na,city,8500000\nb,city,\n", "source,target,kind\n");
  CHECK(g.node(NodeRef{0}).attributes["population"] == "8500000");
  CHECK_FALSE(g.node(NodeRef{1}).attributes.contains("population"));
}

TEST_CASE("malformed csv: unterminated quote", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(read("id,name,type\na,\"unclosed,city\n"),
                    Equals("g.nodes.csv:2:3: unterminated quoted field (no closing '\"')"));
}

TEST_CASE("malformed csv: wrong number of fields", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(read("id,name,type\na,A,city\nb,B\n"),
                    Equals("g.nodes.csv:3:1: expected 3 fields (as in the header), found 2"));
  CHECK_THROWS_WITH(read("id,name,type\na,A,city,extra\n"),
                    Equals("g.nodes.csv:2:10: expected 3 fields (as in the header), found 4"));
}

TEST_CASE("malformed csv: missing required column", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(
      read("id,name\na,A\n"),
      Equals("g.nodes.csv:1:1: missing required column 'type' (the header has: id, name)"));
  CHECK_THROWS_WITH(read(kNodes, "id,source,kind\ne,nj,t\n"),
                    StartsWith("g.edges.csv:1:1: missing required column 'target'"));
}

TEST_CASE("malformed csv: bad numbers", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(
      read(kNodes, "source,target,kind,weight\ngl,nj,t,n/a\n"),
      Equals("g.edges.csv:2:9: edge '': expected a finite number in 'weight', found \"n/a\""));
  CHECK_THROWS_WITH(read(kNodes, "source,target,kind,weight\ngl,nj,t,inf\n"),
                    Contains("expected a finite number in 'weight'"));
  CHECK_THROWS_WITH(
      read(kNodes, "source,target,kind,year\ngl,nj,t,20x0\n"),
      StartsWith("g.edges.csv:2:9: ") && Contains("expected an integer year in 'year'"));
  CHECK_THROWS_WITH(
      read(kNodes, "source,target,kind,year\ngl,nj,t,1700\n"),
      StartsWith("g.edges.csv:2:9: ") && Contains("year 1700 in 'year' outside 1800..2200"));
}

TEST_CASE("malformed csv: bad UTF-8", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(read("id,name,type\na,\xe5\x8d,city\n"),
                    Equals("g.nodes.csv:2:3: invalid UTF-8 (the file must be UTF-8 encoded)"));
}

TEST_CASE("malformed csv: empty files", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(
      read(""), Equals("g.nodes.csv:1:1: empty file: expected a header line naming the columns"));
  CHECK_THROWS_WITH(read(kNodes, "\n\n"), StartsWith("g.edges.csv:1:1: empty file"));
}

TEST_CASE("malformed csv: bad JSON in a cell", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(read("id,type,attributes\na,city,\"{\"\"x\"\": }\"\n", "source,target,kind\n"),
                    StartsWith("g.nodes.csv:2:8: node 'a': bad JSON in 'attributes'") &&
                        Contains("expected a JSON value"));
  CHECK_THROWS_WITH(read("id,type,sources\na,city,[1]\n", "source,target,kind\n"),
                    StartsWith("g.nodes.csv:2:8: node 'a': bad JSON in 'sources'") &&
                        Contains("expected an object"));
}

TEST_CASE("malformed csv: bad coordinates", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(
      read("id,type,latitude_deg,longitude_deg\na,city,91,10\n", "source,target,kind\n"),
      Equals("g.nodes.csv:2:8: node 'a': latitude 91 outside [-90, 90] degrees"));
  CHECK_THROWS_WITH(
      read("id,type,latitude_deg,longitude_deg\na,city,31,\n", "source,target,kind\n"),
      StartsWith("g.nodes.csv:2:11: node 'a': 'latitude_deg' and 'longitude_deg' must both"));
}

TEST_CASE("malformed csv: unknown endpoints and duplicate ids name the line",
          "[io][malformed][csv]") {
  CHECK_THROWS_AS(read(kNodes, "id,source,target,kind\ne9,gl,sh,t\n"), ValidationError);
  CHECK_THROWS_WITH(read(kNodes, "id,source,target,kind\ne9,gl,sh,t\n"),
                    Equals("g.edges.csv:2: edge 'e9': unknown target node 'sh'"));
  CHECK_THROWS_WITH(read("id,type\na,city\na,lab\n", "source,target,kind\n"),
                    Equals("g.nodes.csv:3: node 'a': duplicate node id"));
  CHECK_THROWS_WITH(read("id,type,parent\na,city,b\nb,city,a\n", "source,target,kind\n"),
                    Contains("parent cycle"));
}

TEST_CASE("malformed csv: stray quote and bad booleans", "[io][malformed][csv]") {
  CHECK_THROWS_WITH(read("id,name,type\na,say \"hi\",city\n"),
                    StartsWith("g.nodes.csv:2:7: '\"' inside an unquoted field"));
  CHECK_THROWS_WITH(read(kNodes, "source,target,kind,directed\ngl,nj,t,maybe\n"),
                    Contains("g.edges.csv:2:9: edge '': expected true or false in 'directed'"));
}

TEST_CASE("malformed csv: newer format version in the metadata file", "[io][malformed][csv]") {
  io::CsvGraphText text;
  text.nodes = kNodes;
  text.edges = kEdges;
  text.metadata = "section,key,value\nformat,version,2\n";
  CHECK_THROWS_WITH(io::read_csv_graph(text, io::csv_graph_files("g.csv")),
                    Equals("g.metadata.csv:2:16: metadata row on line 2: format version 2 is newer "
                           "than this innonet supports (1)"));
}

}  // namespace innonet
