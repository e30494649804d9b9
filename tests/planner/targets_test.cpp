#include "algorithms/planner/targets.hpp"

#include <catch2/catch.hpp>

#include "engine/property_graph_builder.hpp"

using namespace innonet;
using namespace innonet::planner;
using Catch::Matchers::WithinRel;

namespace {
Indicator indicator(std::string id, std::string metric, double value, int year, std::string kind,
                    std::string document, std::string op = "=") {
  Indicator i;
  i.id = std::move(id);
  i.scope = "nanjing";
  i.metric = std::move(metric);
  i.value = value;
  i.year = year;
  i.kind = std::move(kind);
  i.op = std::move(op);
  i.sources = {{std::move(document), "quote"}};
  return i;
}

// Mirrors the high-tech-enterprise figures of the 14th Five-Year plan (document A) and the 2025
// reply (document B): 1274 (2015) and 6507 (2020) in A, "over 10500" (2024) in B, target 20000.
PropertyGraph plan() {
  PropertyGraphBuilder b;
  b.add_node({.id = "nanjing", .name = "南京", .type = "city"});
  for (auto i : {indicator("a", "hte_count", 1274, 2015, "actual", "A"),
                 indicator("b", "hte_count", 6507, 2020, "actual", "A"),
                 indicator("c", "hte_count", 20000, 2025, "target", "A", ">"),
                 indicator("d", "hte_count", 10500, 2024, "actual", "B", ">"),
                 indicator("e", "basic_research_share", 11, 2020, "baseline", "A"),
                 indicator("f", "basic_research_share", 15, 2025, "target", "A"),
                 indicator("g", "emissions", 100, 2020, "actual", "A"),
                 indicator("h", "emissions", 90, 2022, "actual", "B"),
                 indicator("i", "emissions", 85, 2025, "target", "A", "<=")})
    b.add_indicator({.indicator = i});
  Indicator range = indicator("j", "new_centres", std::nan(""), 2025, "target", "A");
  range.value_text = "3-4";
  b.add_indicator({.indicator = range});
  return b.build();
}

const TargetProgress& row(const std::vector<TargetProgress>& rows, const std::string& metric) {
  for (const auto& r : rows)
    if (r.metric == metric) return r;
  FAIL("no row for " << metric);
  return rows.front();
}
}  // namespace

TEST_CASE("target progress uses the plan's baseline and the latest actual", "[planner][targets]") {
  const auto rows = target_progress(plan(), {.scope = "nanjing"});
  REQUIRE(rows.size() == 4);
  const auto& hte = row(rows, "hte_count");
  REQUIRE(hte.baseline);
  CHECK(hte.baseline->year == 2020);  // same document as the target, latest before 2025
  REQUIRE(hte.latest);
  CHECK(hte.latest->year == 2024);
  CHECK(hte.latest->op == ">");
  // Hand-computed: (10500-6507)/(20000-6507); (10500/6507)^(1/4)-1; 10500*(1+g)
  CHECK_THAT(*hte.progress, WithinRel(0.2959312235974209, 1e-12));
  CHECK_THAT(*hte.growth_per_year, WithinRel(0.12707320001846778, 1e-12));
  CHECK_THAT(*hte.projected, WithinRel(11834.268600193911, 1e-12));
  CHECK(*hte.on_track == false);
  // Attainment: latest / target = 10500 / 20000; the plan's ambition 20000 / 6507.
  CHECK_THAT(*hte.attainment, WithinRel(0.525, 1e-12));
  CHECK_THAT(*hte.target_to_baseline, WithinRel(20000.0 / 6507.0, 1e-12));
}

TEST_CASE("targets without later actuals, ceilings and worded targets", "[planner][targets]") {
  const auto rows = target_progress(plan());
  const auto& share = row(rows, "basic_research_share");
  CHECK(share.baseline->value == 11);
  CHECK(!share.latest);
  CHECK(!share.progress);  // nothing measured since the baseline: no progress (was 0)
  CHECK(!share.growth_per_year);
  CHECK(share.gap == innonet::planner::TargetGap::no_actual_after_baseline);

  const auto& emissions = row(rows, "emissions");  // a ceiling: lower is better
  REQUIRE(emissions.projected);
  // (90/100)^(1/2) - 1 = -0.0513167...; projected 90 * 0.9486833^3 = 76.84...
  CHECK_THAT(*emissions.projected, WithinRel(76.843347142, 1e-9));
  CHECK(*emissions.on_track);

  const auto& centres = row(rows, "new_centres");
  CHECK(centres.target_text == "3-4");
  CHECK(!centres.progress);
  CHECK(centres.gap == innonet::planner::TargetGap::target_in_words);
}
