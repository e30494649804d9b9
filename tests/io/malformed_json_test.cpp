// Malformed native JSON: every error is an innonet::Error whose message leads with
// file:line:column and says what was expected.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "io/native_json.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;

// A valid document; `node_b` replaces line 6 and `edge` line 9.
std::string doc(const std::string& node_b = R"({"id": "b", "type": "city", "parent": "a"})",
                const std::string& edge =
                    R"({"id": "e1", "source": "a", "target": "b", "kind": "tie", "weight": 2})",
                const std::string& version = "1") {
  return "{\n"
         "  \"format\": \"innonet-graph\",\n"
         "  \"version\": " +
         version +
         ",\n"
         "  \"nodes\": [\n"
         "    {\"id\": \"a\", \"type\": \"city\"},\n"
         "    " +
         node_b +
         "\n"
         "  ],\n"
         "  \"edges\": [\n"
         "    " +
         edge +
         "\n"
         "  ]\n"
         "}\n";
}

PropertyGraph read(const std::string& text) { return io::read_native_json(text, "g.json"); }

}  // namespace

TEST_CASE("malformed json: the valid base document reads", "[io][malformed]") {
  CHECK(read(doc()).num_edges() == 1);
}

TEST_CASE("malformed json: broken syntax names line and column", "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc(R"({"id": "b" "type": "city"})")),
                    StartsWith("g.json:6:16: ") && Contains("expected ',' or '}'"));
  CHECK_THROWS_AS(read(doc(R"({"id": "b", "type": "city",})")), ParseError);
}

TEST_CASE("malformed json: truncated file", "[io][malformed]") {
  const std::string full = doc();
  CHECK_THROWS_WITH(read(full.substr(0, full.find("\"kind\""))),
                    StartsWith("g.json:9:") && Contains("found the end of the file"));
  CHECK_THROWS_WITH(read(full.substr(0, full.find("\"tie\"") + 2)),
                    StartsWith("g.json:9:") && Contains("unterminated string"));
}

TEST_CASE("malformed json: empty file", "[io][malformed]") {
  CHECK_THROWS_WITH(read(""), StartsWith("g.json:1:1: empty file"));
  CHECK_THROWS_WITH(read("  \n "), StartsWith("g.json:1:1: empty file"));
}

TEST_CASE("malformed json: wrong types", "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": 7})")),
                    Equals("g.json:6:25: node 'b': expected a string in 'type', found number 7"));
  CHECK_THROWS_WITH(
      read(doc(R"({"id": "b", "type": "city", "attributes": [1]})")),
      StartsWith("g.json:6:") && Contains("expected an object in 'attributes', found a list"));
  CHECK_THROWS_WITH(
      read(doc(R"({"id": "b", "type": "city"})",
               R"({"source": "a", "target": "b", "kind": "t", "directed": "yes"})")),
      StartsWith("g.json:9:") &&
          Contains("edges[0]: expected true or false in 'directed', found string \"yes\""));
}

TEST_CASE("malformed json: newer format version", "[io][malformed]") {
  CHECK_THROWS_WITH(
      read(doc(R"({"id": "b", "type": "city"})", R"({"source": "a", "target": "b", "kind": "t"})",
               "2")),
      Equals("g.json:3:14: format version 2 is newer than this innonet supports (1)"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city"})",
                             R"({"source": "a", "target": "b", "kind": "t"})", "\"1\"")),
                    StartsWith("g.json:3:14: expected an integer in 'version'"));
}

TEST_CASE("malformed json: not an innonet graph", "[io][malformed]") {
  CHECK_THROWS_WITH(read(R"({"nodes": []})"),
                    StartsWith("g.json:1:2: expected 'format' and 'version' before 'nodes'"));
  CHECK_THROWS_WITH(read(R"({"format": "geojson", "version": 1})"),
                    StartsWith("g.json:1:12: expected \"innonet-graph\" in 'format'"));
  CHECK_THROWS_WITH(read(R"([1, 2])"),
                    StartsWith("g.json:1:1: expected an object in the document"));
}

TEST_CASE("malformed json: unknown endpoints carry the record's origin", "[io][malformed]") {
  CHECK_THROWS_AS(read(doc(R"({"id": "b", "type": "city"})",
                           R"({"id": "e1", "source": "zz", "target": "b", "kind": "t"})")),
                  ValidationError);
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city"})",
                             R"({"id": "e1", "source": "zz", "target": "b", "kind": "t"})")),
                    Equals("g.json:9:5: edge 'e1': unknown source node 'zz'"));
}

TEST_CASE("malformed json: parent cycles and unknown parents", "[io][malformed]") {
  std::string cyclic = doc();
  cyclic.replace(cyclic.find(R"({"id": "a", "type": "city"})"), 27,
                 R"({"id": "a", "type": "city", "parent": "b"})");
  CHECK_THROWS_WITH(read(cyclic), StartsWith("g.json:") && Contains("parent cycle"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "parent": "nowhere"})")),
                    Equals("g.json:6:5: node 'b': unknown parent 'nowhere'"));
}

TEST_CASE("malformed json: duplicate ids and fields", "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc(R"({"id": "a", "type": "city"})")),
                    Equals("g.json:6:5: node 'a': duplicate node id"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "type": "lab"})")),
                    StartsWith("g.json:6:") && Contains("field 'type' appears twice"));
}

TEST_CASE("malformed json: a key twice in an attributes object, however many keys it has",
          "[io][malformed]") {
  // Column 56 is the second "a" (after the line's 4 spaces): the key that repeats.
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "attributes": {"a": 1, "a": 2}})")),
                    Equals("g.json:6:56: node 'b': duplicate key \"a\" in an object"));
  // 5,000 distinct keys (the key index grows several times), then the first one again.
  std::string many = R"({"id": "b", "type": "city", "attributes": {)";
  for (int k = 0; k < 5000; ++k)
    many += "\"k" + std::to_string(k) + "\": " + std::to_string(k) + ", ";
  CHECK_NOTHROW(read(doc(many + R"("last": 0}})")));
  CHECK_THROWS_WITH(read(doc(many + R"("k0": 0}})")),
                    StartsWith("g.json:6:") && Contains("duplicate key \"k0\" in an object"));
  // 10,000 keys, one a line (the object reserves room after 4,096 of them), then "k8000" and
  // "k5" again: the first repeat is named, at its own line (member i is on line 6 + i).
  std::string lines = R"({"id": "b", "type": "city", "attributes": {)";
  for (int k = 0; k < 10000; ++k)
    lines += "\"k" + std::to_string(k) + "\": " + std::to_string(k) + ",\n";
  CHECK_THROWS_WITH(read(doc(lines + "\"k8000\": 1,\n\"k5\": 2}}")),
                    Equals("g.json:10006:1: node 'b': duplicate key \"k8000\" in an object"));
}

TEST_CASE("malformed json: unknown and missing fields are refused, not dropped",
          "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "colour": "red"})")),
                    StartsWith("g.json:6:") && Contains("node 'b': unknown field 'colour'") &&
                        Contains("put extra data in 'attributes'"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b"})")),
                    Equals("g.json:6:5: node 'b': missing required field 'type'"));
  std::string extra = doc();
  extra.replace(extra.find("\"nodes\""), 0, "\"nodez\": [],\n  ");
  CHECK_THROWS_WITH(read(extra),
                    StartsWith("g.json:4:") && Contains("unknown top-level field 'nodez'"));
}

TEST_CASE("malformed json: bad UTF-8", "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc("{\"id\": \"b\", \"name\": \"ab\xff\", \"type\": \"city\"}")),
                    Equals("g.json:6:28: node 'b': invalid UTF-8 in a string"));
  CHECK_THROWS_WITH(read(doc("{\"id\": \"b\", \"name\": \"\xed\xa0\x80\", \"type\": \"city\"}")),
                    StartsWith("g.json:6:") && Contains("invalid UTF-8"));
}

TEST_CASE("malformed json: non-finite and out-of-range weights", "[io][malformed]") {
  const std::string b = R"({"id": "b", "type": "city"})";
  CHECK_THROWS_WITH(
      read(doc(b, R"({"source": "a", "target": "b", "kind": "t", "weight": NaN})")),
      StartsWith("g.json:9:") && Contains("expected a number in 'weight', found NaN or Infinity"));
  CHECK_THROWS_WITH(read(doc(b, R"({"source": "a", "target": "b", "kind": "t", "weight": 1e999})")),
                    StartsWith("g.json:9:") && Contains("number out of range"));
  CHECK_THROWS_WITH(
      read(doc(b, R"({"source": "a", "target": "b", "kind": "t", "weight": "2"})")),
      StartsWith("g.json:9:") && Contains("expected a number in 'weight', found string \"2\""));
}

TEST_CASE("malformed json: bad years", "[io][malformed]") {
  const std::string b = R"({"id": "b", "type": "city"})";
  CHECK_THROWS_WITH(read(doc(b, R"({"source": "a", "target": "b", "kind": "t", "year": 3000})")),
                    StartsWith("g.json:9:") && Contains("year 3000 in 'year' outside 1800..2200"));
  CHECK_THROWS_WITH(
      read(doc(b, R"({"source": "a", "target": "b", "kind": "t", "year": 2020.5})")),
      StartsWith("g.json:9:") && Contains("expected an integer in 'year', found number 2020.5"));
}

TEST_CASE("malformed json: bad coordinates", "[io][malformed]") {
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "coordinates": [95, 10]})")),
                    StartsWith("g.json:6:") && Contains("coordinates out of range"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "coordinates": [32]})")),
                    StartsWith("g.json:6:") && Contains("expected [latitude, longitude]"));
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "coordinates": "32N"})")),
                    StartsWith("g.json:6:") && Contains("expected a list in 'coordinates'"));
}

TEST_CASE("malformed json: sections out of order and trailing garbage", "[io][malformed]") {
  const std::string text = R"({"format": "innonet-graph", "version": 1, "edges": [], "nodes": []})";
  CHECK_THROWS_WITH(read(text), StartsWith("g.json:1:56: 'nodes' is out of order"));
  CHECK_THROWS_WITH(read(doc() + "x"), StartsWith("g.json:12:1: expected the end of the file"));
  const std::string deep = std::string(300, '[') + std::string(300, ']');
  CHECK_THROWS_WITH(read(doc(R"({"id": "b", "type": "city", "attributes": {"x": )" + deep + "}}")),
                    StartsWith("g.json:6:") && Contains("nesting deeper than"));
}

}  // namespace innonet
