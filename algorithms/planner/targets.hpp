#pragma once
// Progress towards planning targets, from a graph's indicators.
//
// For every indicator of kind "target" (one row per scope, metric and target year):
//   baseline  = the latest "baseline" or "actual" value from the same document as the target,
//               dated before the target year (a plan states its own starting point); failing
//               that, the latest such value from any document;
//   latest    = the most recent "actual" (any document) dated after the baseline and no later
//               than the target year; when there is none, the baseline itself;
//   progress  = (latest - baseline) / (target - baseline): 0 at the baseline, 1 on target; only
//               when an actual after the baseline exists (else nothing has been measured yet);
//   attainment = latest / target: the share of the target reached (the latest actual, or the
//               baseline when there is none);
//   target_to_baseline = target / baseline: how far the plan means to go;
//   growth    = compound annual growth rate from baseline to latest,
//               (latest / baseline)^(1 / years) - 1, when both are positive and years > 0;
//   projected = latest * (1 + growth)^(target year - latest year): where the observed pace
//               leads by the target year;
//   on_track  = projected reaches the target (>= for most targets, <= when the target's op is
//               "<" or "<=", i.e. a ceiling).
// Values a source qualifies (">", "~") are used as stated; the op is reported beside them.
// Targets given only in words (a range such as "3-4") are listed with no arithmetic.
// Cost: O(I log I) for I indicators.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::planner {

struct DatedValue {
  double value = 0.0;
  std::int32_t year = kNoYear;
  std::string op;
  std::string indicator_id;
};

enum class TargetGap {
  none,
  target_in_words,           // the target is not one number (e.g. "3-4"): no arithmetic
  no_baseline,               // no baseline or earlier actual value
  no_actual_after_baseline,  // nothing measured since the baseline: no progress, no growth
  not_positive,              // growth rate needs positive values
};

struct TargetProgress {
  std::string scope;
  std::string metric;
  std::string metric_name;
  std::string unit;
  DatedValue target;
  std::string target_text;  // the source's wording when the target is not one number
  std::optional<DatedValue> baseline;
  std::optional<DatedValue> latest;
  std::optional<double> progress;    // fraction of the way from baseline to target
  std::optional<double> attainment;  // latest (or baseline) / target
  std::optional<double> target_to_baseline;
  std::optional<double> growth_per_year;  // compound annual growth rate, as a fraction
  std::optional<double> projected;        // value expected in the target year at that pace
  std::optional<bool> on_track;
  TargetGap gap = TargetGap::none;  // why a figure is missing (words are the front end's)
};

struct TargetOptions {
  std::string scope;                        // node or group id; empty = every scope
  std::string metric;                       // empty = every metric
  std::optional<std::int32_t> target_year;  // empty = every target year
};

std::vector<TargetProgress> target_progress(const PropertyGraph& graph,
                                            const TargetOptions& options = {});

}  // namespace innonet::planner
