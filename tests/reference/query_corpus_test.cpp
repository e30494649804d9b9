// The corpus (corpus_*.cypher): every query run by the engine and by the naive reference
// evaluator (tests/reference/query_reference.hpp) on the built-in dataset and on random property
// graphs must give the same rows: as multisets, or in order for "ordered:" lines; floating-point
// values within 1e-9 relative (sums may add in different orders).
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>

#include "datasets/builtin.hpp"
#include "query/query_engine.hpp"
#include "tests/reference/query_reference.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/random_property_graph.hpp"

namespace innonet::testing {
namespace {

using namespace innonet::query;

struct CorpusQuery {
  std::string text;
  bool ordered = false;
};

std::vector<CorpusQuery> corpus(const std::string& file) {
  std::ifstream in(source_path("tests/query/" + file));
  REQUIRE(in);
  std::vector<CorpusQuery> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    CorpusQuery q;
    if (line.starts_with("ordered: ")) {
      q.ordered = true;
      line = line.substr(9);
    }
    q.text = line;
    out.push_back(q);
  }
  return out;
}

bool same_value(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number() && (a.is_float() || b.is_float())) {
    const double x = a.as_number(), y = b.as_number();
    if (std::isnan(x) || std::isnan(y)) return std::isnan(x) && std::isnan(y);
    return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x));
  }
  if (a.is_list() && b.is_list()) {
    if (a.as_list().size() != b.as_list().size()) return false;
    for (std::size_t i = 0; i < a.as_list().size(); ++i)
      if (!same_value(a.as_list()[i], b.as_list()[i])) return false;
    return true;
  }
  return order_values(a, b) == 0 && a.type_rank() == b.type_rank();
}

std::string show(const std::vector<Row>& rows, const GraphView& g) {
  std::string text;
  for (std::size_t i = 0; i < rows.size() && i < 20; ++i) {
    for (const auto& v : rows[i]) text += display_text(v, g, false) + " | ";
    text += "\n";
  }
  return text + std::to_string(rows.size()) + " rows";
}

void check_query(const GraphView& g, const CorpusQuery& q, const Map& params = {}) {
  INFO(q.text);
  const auto mine = run_query(g, q.text, {.params = params});
  const auto naive = reference_query(g, q.text, params);
  CHECK(mine.columns == naive.columns);
  auto a = mine.rows;
  auto b = naive.rows;
  if (!q.ordered) {
    std::sort(a.begin(), a.end(), ValueOrder{});
    std::sort(b.begin(), b.end(), ValueOrder{});
  }
  bool same = a.size() == b.size();
  for (std::size_t i = 0; same && i < a.size(); ++i) {
    same = a[i].size() == b[i].size();
    for (std::size_t k = 0; same && k < a[i].size(); ++k) same = same_value(a[i][k], b[i][k]);
  }
  INFO("engine:\n" << show(a, g) << "\nreference:\n" << show(b, g));
  CHECK(same);
}

TEST_CASE("query corpus: engine = reference on the built-in dataset", "[query][corpus]") {
  const PropertyGraph graph = datasets::builtin_dataset();
  const GraphView g(graph);
  for (const auto& file : {"corpus_generic.cypher", "corpus_dataset.cypher"})
    for (const auto& q : corpus(file)) check_query(g, q, {{"city", Value("huaian")}});
}

TEST_CASE("query corpus: engine = reference on random property graphs", "[query][corpus]") {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    INFO("seed " << seed);
    const PropertyGraph graph =
        random_property_graph(seed, {.nodes = 40, .edges = 90, .groups = 6, .indicators = 12});
    const GraphView g(graph);
    for (const auto& q : corpus("corpus_generic.cypher")) check_query(g, q);
  }
}

TEST_CASE("the corpus holds at least 150 queries", "[query][corpus]") {
  CHECK(corpus("corpus_generic.cypher").size() + corpus("corpus_dataset.cypher").size() >= 150);
}

}  // namespace
}  // namespace innonet::testing
