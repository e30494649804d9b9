#include "tools/planner_words.hpp"

namespace innonet::cli {

std::string target_gap_text(planner::TargetGap gap) {
  switch (gap) {
    case planner::TargetGap::none: return "";
    case planner::TargetGap::target_in_words: return "target stated in words, not as one number";
    case planner::TargetGap::no_baseline: return "no baseline or earlier actual value";
    case planner::TargetGap::no_actual_after_baseline:
      return "no actual value after the baseline: no progress or growth measured yet";
    case planner::TargetGap::not_positive: return "growth rate needs positive values";
  }
  return "";
}

std::string corridor_note_text(const PropertyGraph& graph, const planner::CorridorNote& note) {
  switch (note.issue) {
    case planner::CorridorIssue::fewer_than_two_members:
      return "fewer than two members: no pair to connect";
    case planner::CorridorIssue::member_without_nodes:
      return graph.node(note.a).name + "–" + graph.node(note.b).name +
             ": a member has no node in the selection";
    case planner::CorridorIssue::pair_not_connected:
      return graph.node(note.a).name + "–" + graph.node(note.b).name + ": not connected at all";
  }
  return "";
}

}  // namespace innonet::cli
