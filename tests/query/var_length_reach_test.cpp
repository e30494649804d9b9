// Which operator runs a variable-length pattern: the breadth-first VarLengthExpand(Pruning) only
// where the rows are seen as a set, trail enumeration wherever their number shows. That both
// give the reference evaluator's rows is checked by the corpus (corpus_generic.cypher).
#include <catch2/catch.hpp>

#include "datasets/builtin.hpp"
#include "query/query_engine.hpp"

namespace innonet::testing {
namespace {

using namespace innonet::query;

// The operator names of EXPLAIN's steps, one string.
std::string operators(const GraphView& g, const std::string& text) {
  std::string ops;
  for (const auto& line : run_query(g, "EXPLAIN " + text).plan) ops += line.op + "\n";
  return ops;
}

TEST_CASE("var-length: a set consumer gets the breadth-first operator", "[query][reach]") {
  const PropertyGraph graph = datasets::builtin_dataset();
  const GraphView g(graph);
  const auto pruning = [&](const std::string& text) {
    INFO(text);
    const auto ops = operators(g, text);
    INFO(ops);
    return ops.find("VarLengthExpand(Pruning") != std::string::npos;
  };
  CHECK(pruning("MATCH (s {id: 'huaian'})-[*1..3]-(t) RETURN count(DISTINCT t)"));
  CHECK(pruning("MATCH (s {id: 'huaian'})-[*0..3]-(t) RETURN DISTINCT t.id"));
  CHECK(pruning("MATCH (s)-[:WITHIN*]->(t:city) RETURN t.id, min(s.id), max(s.id)"));
  CHECK(pruning("MATCH (a)-[*1..2]-(b) UNWIND [1, 2] AS x WITH DISTINCT a, b RETURN count(*)"));
  // The number of trails shows, or the relationships are read: trails.
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[*1..3]-(t) RETURN count(*)"));
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[*1..3]-(t) RETURN t.id"));
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[*1..3]-(t) RETURN count(DISTINCT t), count(t)"));
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[r*1..3]-(t) RETURN DISTINCT t.id"));
  CHECK_FALSE(pruning("MATCH p = (s {id: 'huaian'})-[*1..3]-(t) RETURN DISTINCT t.id"));
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[*2..3]-(t) RETURN DISTINCT t.id"));
  CHECK_FALSE(pruning("MATCH (s {id: 'huaian'})-[*1..3]-(t)-[:WITHIN]->(p) RETURN DISTINCT p.id"));
  CHECK_FALSE(pruning("MATCH (s)-[*1..2]-(t) CALL innonet.degree() YIELD node RETURN DISTINCT t"));
}

TEST_CASE("var-length: both operators give the same set of ends", "[query][reach]") {
  const PropertyGraph graph = datasets::builtin_dataset();
  const GraphView g(graph);
  for (const std::string pattern : {"(s {id: 'huaian'})-[*1..3]-(t)", "(s:city)-[*1..2]->(t)",
                                    "(s:city)<-[:WITHIN*]-(t)", "(s:city)-[*0..2]-(t)"}) {
    INFO(pattern);
    const auto set = run_query(g, "MATCH " + pattern + " RETURN count(DISTINCT [s, t])");
    // collect() counts each trail, so the trails are enumerated; the pairs are then made unique.
    const auto trails = run_query(g, "MATCH " + pattern +
                                         " WITH collect([s, t]) AS pairs UNWIND pairs AS pair "
                                         "RETURN count(DISTINCT pair)");
    REQUIRE(set.rows.size() == 1);
    CHECK(set.rows[0][0].as_int() == trails.rows[0][0].as_int());
  }
}

}  // namespace
}  // namespace innonet::testing
