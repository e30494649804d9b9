#include "tools/html/report_tables.hpp"

#include <algorithm>
#include <cmath>

#include "tools/html/markup.hpp"
#include "tools/planner_words.hpp"

namespace innonet::html {
namespace {

std::string td(const std::string& value, const std::string& shown, const std::string& cls = "") {
  return "<td" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") + " data-value=\"" +
         escape(value) + "\">" + shown + "</td>";
}
std::string td_number(double v, int digits = 4) {
  return std::isfinite(v) ? td(number(v, 17), escape(number(v, digits)), "num") : td("", "");
}
std::string td_text(const std::string& text) { return td(text, escape(text)); }

std::string name_of(const PropertyGraph& g, NodeRef r) {
  const Node& n = g.node(r);
  return n.name.empty() ? n.id : n.name;
}

std::string breakdown(const PropertyGraph& g, const planner::CorridorScore& s) {
  const auto& b = s.breakdown;
  std::string out = "<details><summary>breakdown</summary><ul>";
  std::string kinds, evidence;
  for (const auto& [k, n] : b.ties_by_kind)
    kinds += (kinds.empty() ? "" : ", ") + k + " " + std::to_string(n);
  for (const auto& [k, n] : b.ties_by_evidence)
    evidence += (evidence.empty() ? "" : ", ") + k + " " + std::to_string(n);
  out += "<li>ties by kind: " + escape(kinds.empty() ? "none" : kinds) + "</li>";
  out += "<li>ties by evidence: " + escape(evidence.empty() ? "none" : evidence) + "</li>";
  out += "<li>declared links (not counted as ties): " + std::to_string(b.declared_links) + "</li>";
  if (b.weakest_pair)
    out += "<li>weakest pair: " +
           escape(name_of(g, b.weakest_pair->first) + " – " + name_of(g, b.weakest_pair->second)) +
           ", capacity " + escape(number(b.capacity, 4)) + ", " + std::to_string(b.disjoint_paths) +
           " disjoint paths</li>";
  std::string cut_ties;
  for (const auto& t : b.bottleneck)
    cut_ties += (cut_ties.empty() ? "" : "; ") + name_of(g, t.from) + " – " + name_of(g, t.to) +
                " (" + number(t.capacity, 3) + ")";
  if (!cut_ties.empty()) out += "<li>bottleneck ties: " + escape(cut_ties) + "</li>";
  std::string single;
  for (NodeRef r : b.single_points) single += (single.empty() ? "" : ", ") + name_of(g, r);
  out += "<li>single points of failure: " + escape(single.empty() ? "none" : single) + "</li>";
  if (s.gravity.available)
    out += "<li>gravity: observed share " + escape(number(s.gravity.observed_share, 4)) +
           ", expected " + escape(number(s.gravity.expected_share, 4)) + "</li>";
  for (const auto& note : b.notes)
    out += "<li>" + escape(cli::corridor_note_text(g, note)) + "</li>";
  return out + "</ul></details>";
}

}  // namespace

std::string bar(double fraction, const std::string& text, const std::string& tone) {
  const double f = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0);
  return "<span class=\"bar" + (tone.empty() ? "" : " " + tone) +
         "\"><span style=\"width:" + number(100 * f, 4) + "%\"></span></span>" + escape(text);
}

std::string table_head(const std::string& id, const std::string& title,
                       const std::vector<std::string>& columns) {
  std::string out = "<div class=\"table-head\"><h3>" + escape(title) +
                    "</h3><button class=\"csv\" type=\"button\" data-table=\"" + escape(id) +
                    "\">Download CSV</button></div>\n<table class=\"sortable\" id=\"" + escape(id) +
                    "\"><thead><tr>";
  for (const auto& c : columns) out += "<th>" + escape(c) + "</th>";
  return out + "</tr></thead>\n<tbody>\n";
}

std::string corridors_table(const PropertyGraph& g,
                            const std::vector<planner::CorridorScore>& scores) {
  std::string out = table_head("corridor-table", "Corridors: real ties or only on paper?",
                               {"rank", "corridor", "composite", "ties", "multiplexity", "capacity",
                                "robustness", "gravity fit", "details"});
  for (const auto& s : scores) {
    const auto& b = s.breakdown;
    const auto component = [](double score, const std::string& raw) {
      return td(number(score, 17), bar(score, raw));
    };
    out += "<tr class=\"corridor-row\" data-corridor=\"" + escape(b.corridor.id) +
           "\" data-composite=\"" + number(s.composite, 17) + "\">" +
           td(std::to_string(s.rank), std::to_string(s.rank), "num") + td_text(b.corridor.name) +
           td(number(s.composite, 17),
              bar(s.composite, number(s.composite, 4), s.composite >= 0.5 ? "good" : "bad")) +
           component(s.ties_score, std::to_string(b.ties)) +
           component(s.multiplexity_score, std::to_string(b.multiplexity) + " kinds") +
           component(s.capacity_score, number(b.capacity, 4)) +
           component(s.robustness_score, std::to_string(b.disjoint_paths) + " paths") +
           (s.gravity.available
                ? component(s.gravity_score, number(s.gravity.observed_to_expected, 3) + "×")
                : td("", "n/a")) +
           td("", breakdown(g, s)) + "</tr>\n";
  }
  return out +
         "</tbody></table>\n<p class=\"notes\">Each bar is the component on its 0–1 scale "
         "(the value is beside it); composite = the weighted mean (ties 0.25, multiplexity "
         "0.15, capacity 0.20, robustness 0.15, gravity fit 0.25). Same numbers as "
         "<code>innonet corridors</code>.</p>\n";
}

std::string recommendations_table(const PropertyGraph& g, const planner::RecommendResult& r,
                                  const std::string& kind) {
  std::string out = table_head("recommendation-table", "Where the next " + kind + " would add most",
                               {"rank", "place a", "place b", "score", "gravity", "structure",
                                "efficiency gain", "reasons"});
  int rank = 0;
  for (const auto& x : r.recommendations) {
    std::string reasons =
        "gravity expects " + number(100 * x.expected_share, 3) + "% of all ties between them; " +
        std::to_string(x.common_neighbours.size()) + " common partner" +
        (x.common_neighbours.size() == 1 ? "" : "s") + "; " + std::to_string(x.existing_ties) +
        " tie" + (x.existing_ties == 1 ? "" : "s") + " of any kind today";
    if (x.places_reconnected > 0)
      reasons += "; reconnects " + std::to_string(x.places_reconnected) + " place" +
                 (x.places_reconnected == 1 ? "" : "s");
    ++rank;
    out += "<tr>" + td(std::to_string(rank), std::to_string(rank), "num") +
           td_text(name_of(g, x.a)) + td_text(name_of(g, x.b)) +
           td(number(x.score, 17), bar(x.score, number(x.score, 3))) +
           td_number(x.gravity_score, 3) + td_number(x.structure_score, 3) +
           td_number(x.efficiency_gain, 3) + td_text(reasons) + "</tr>\n";
  }
  return out +
         "</tbody></table>\n<p class=\"notes\">score = 0.4 gravity + 0.3 structure "
         "(resource allocation) + 0.3 efficiency gain, each scaled to the best candidate; " +
         std::to_string(r.candidates) +
         " candidate pairs. More: <code>innonet recommend</code>.</p>\n";
}

std::string targets_table(const std::vector<planner::TargetProgress>& targets) {
  std::string out = table_head("target-table", "Targets: progress and projection",
                               {"scope", "metric", "baseline", "latest", "target", "year",
                                "progress", "projected", "on track"});
  for (const auto& t : targets) {
    const std::string metric =
        t.metric_name.empty() ? t.metric : t.metric_name + " (" + t.metric + ")";
    const auto dated = [](const std::optional<planner::DatedValue>& v) {
      return v ? td(number(v->value, 17),
                    escape(number(v->value, 5) + " (" + std::to_string(v->year) + ")"), "num")
               : td("", "");
    };
    const bool on = t.on_track.value_or(false);
    out +=
        "<tr>" + td_text(t.scope) + td_text(metric + (t.unit.empty() ? "" : " [" + t.unit + "]")) +
        dated(t.baseline) + dated(t.latest) +
        (t.target_text.empty() ? td_number(t.target.value, 5) : td_text(t.target_text)) +
        td(std::to_string(t.target.year), std::to_string(t.target.year), "num") +
        (t.progress ? td(number(*t.progress, 17),
                         bar(*t.progress, number(100 * *t.progress, 3) + "%", on ? "good" : "bad"))
                    : td("", escape(cli::target_gap_text(t.gap)))) +
        (t.projected ? td_number(*t.projected, 5) : td("", "")) +
        td_text(t.on_track ? (on ? "yes" : "no") : "") + "</tr>\n";
  }
  return out +
         "</tbody></table>\n<p class=\"notes\">progress = (latest − baseline) / (target − "
         "baseline); projected = latest carried to the target year at the observed "
         "compound annual growth. More: <code>innonet indicators</code>.</p>\n";
}

}  // namespace innonet::html
