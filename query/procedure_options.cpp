// Typed option getters and the shared selection options.
#include "query/procedure_options.hpp"

#include "engine/error.hpp"
#include "engine/level_projection.hpp"

namespace innonet::query {

void Options::wrong(const std::string& key, const char* expected) const {
  throw UsageError(procedure_ + ": option '" + key + "' expects " + expected);
}

double Options::number(const std::string& key, double fallback) const {
  const auto it = map_.find(key);
  if (it == map_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_number()) wrong(key, "a number");
  return it->second.as_number();
}

std::int64_t Options::integer(const std::string& key, std::int64_t fallback) const {
  const auto it = map_.find(key);
  if (it == map_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_int()) wrong(key, "an integer");
  return it->second.as_int();
}

bool Options::flag(const std::string& key, bool fallback) const {
  const auto it = map_.find(key);
  if (it == map_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_bool()) wrong(key, "true or false");
  return it->second.as_bool();
}

std::string Options::text(const std::string& key, const std::string& fallback) const {
  const auto it = map_.find(key);
  if (it == map_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_string()) wrong(key, "a string");
  return it->second.as_string();
}

std::vector<std::string> Options::texts(const std::string& key) const {
  const auto it = map_.find(key);
  if (it == map_.end() || it->second.is_null()) return {};
  if (it->second.is_string()) return {it->second.as_string()};
  if (!it->second.is_list()) wrong(key, "a string or a list of strings");
  std::vector<std::string> out;
  for (const auto& x : it->second.as_list()) {
    if (!x.is_string()) wrong(key, "a list of strings");
    out.push_back(x.as_string());
  }
  return out;
}

std::vector<std::string> selection_option_names() {
  return {"kinds", "evidence", "types", "year", "years", "undirected", "merge", "level"};
}

Selection Options::selection() const {
  Selection s;
  s.kinds = texts("kinds");
  s.evidence = texts("evidence");
  s.node_types = texts("types");
  if (has("year")) s.year_from = s.year_to = std::int32_t(integer("year", 0));
  const std::string years = text("years", "");
  if (!years.empty()) {
    const auto dots = years.find("..");
    try {
      if (dots == std::string::npos) {
        s.year_from = s.year_to = std::stoi(years);
      } else {
        if (dots > 0) s.year_from = std::stoi(years.substr(0, dots));
        if (dots + 2 < years.size()) s.year_to = std::stoi(years.substr(dots + 2));
      }
    } catch (const std::exception&) {
      wrong("years", "'YEAR' or 'FROM..TO'");
    }
  }
  s.direction =
      flag("undirected", false) ? ProjectedDirection::undirected : ProjectedDirection::as_stored;
  const std::string merge = text("merge", "sum");
  if (merge == "sum")
    s.merge = MergeRule::sum;
  else if (merge == "count")
    s.merge = MergeRule::count;
  else if (merge == "max")
    s.merge = MergeRule::max;
  else if (merge == "min")
    s.merge = MergeRule::min;
  else
    wrong("merge", "'sum', 'count', 'max' or 'min'");
  return s;
}

CsrGraph Options::project(const PropertyGraph& graph, bool weighted, InsideTies inside) const {
  Selection s = selection();
  if (!weighted) s.weighting = Weighting::unit;
  const std::string level = text("level", "");
  if (level.empty()) return innonet::project(graph, s);
  if (inside == InsideTies::drop_for_ranking) s.self_loops = SelfLoops::drop;
  return project_at_level(graph, s, level);
}

}  // namespace innonet::query
