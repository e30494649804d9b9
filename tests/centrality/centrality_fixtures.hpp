#pragma once
// Helpers for the centrality tests: the NetworkX fixtures of tests/fixtures/centrality/ and
// element-wise comparisons that report the vertex on failure.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "tests/support/fixtures.hpp"

namespace innonet::testing {

// The metrics NetworkX computed for `graph`, read with weights ("weighted") or without.
inline nlohmann::json centrality_fixture(const std::string& graph, Weights weights) {
  return fixture_json("centrality/" + graph + ".json")
      .at(weights == Weights::use ? "weighted" : "unweighted");
}

// A score vector; JSON null (NetworkX's NaN) becomes NaN.
inline std::vector<double> score_vector(const nlohmann::json& metrics, const std::string& key) {
  std::vector<double> out;
  for (const auto& x : metrics.at(key))
    out.push_back(x.is_null() ? std::numeric_limits<double>::quiet_NaN() : x.get<double>());
  return out;
}

inline void check_scores(const std::vector<double>& got, const std::vector<double>& expected,
                         double tolerance) {
  REQUIRE(got.size() == expected.size());
  for (std::size_t v = 0; v < got.size(); ++v) {
    INFO("vertex " << v << ": got " << got[v] << ", expected " << expected[v]);
    if (std::isnan(expected[v])) {
      CHECK(std::isnan(got[v]));
    } else {
      CHECK(std::abs(got[v] - expected[v]) <= tolerance);
    }
  }
}

inline void check_identical(const std::vector<double>& a, const std::vector<double>& b) {
  REQUIRE(a.size() == b.size());
  std::size_t differing = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    differing += !(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])));
  CHECK(differing == 0);
}

}  // namespace innonet::testing
