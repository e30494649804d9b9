#pragma once
// Numbers a planner otherwise works out by hand from a graph's indicators, each with the
// records it came from. Only records with a number and a year take part; all of one scope.
//   base_from_growth   a metric M and its year-on-year growth "M_yoy" (in %) in the same year t:
//                      the value of M in t - 1 is M / (1 + yoy / 100)
//                      (e.g. 2024's 4,326 contracts at +36.29% -> 3,174 in 2023);
//   total_from_share   "P_share_of_R" (in %) and a metric starting with P in the same year: the
//                      total of R implied is value / (share / 100) (34 labs = 77% -> about 44);
//   growth             each metric with actual or baseline values in two or more years: the
//                      compound annual rate between its first and its last year;
//   ratio              a quotient the caller asks for, numerator / denominator, in every year
//                      both have (e.g. contract value per contract).
// Values a source qualifies (">", "~") are used as stated; `op` carries the qualifier of the
// inputs ("~" when any input is not exact). Cost: O(I log I) for I indicators.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::planner {

enum class Derivation { base_from_growth, total_from_share, growth, ratio };

struct DerivedValue {
  std::string scope;
  std::string metric;  // what the value is of, e.g. "tech_contracts_out"
  Derivation how = Derivation::growth;
  std::int32_t year = kNoYear;       // the year the value describes (growth: the last year)
  std::int32_t from_year = kNoYear;  // growth: the first year
  double value = 0.0;                // growth: a fraction per year
  std::string op = "=";
  std::vector<std::string> from;  // indicator ids, inputs in the order of the formula
};

struct DerivedOptions {
  std::string scope;   // empty = every scope
  std::string metric;  // empty = every metric (a derivation is kept if any input has it)
  std::vector<std::pair<std::string, std::string>> ratios;  // numerator, denominator metrics
};

std::vector<DerivedValue> derived_values(const PropertyGraph& graph,
                                         const DerivedOptions& options = {});

}  // namespace innonet::planner
