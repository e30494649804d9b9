#pragma once
// The checks of the two tie sheet targets (tie_sheet_fuzz.cpp: CSV, tie_sheet_xlsx_fuzz.cpp:
// .xlsx). A tie sheet has no writer, so instead of a round trip the result is held to what
// io/tie_sheet.hpp promises:
//   - a refusal is an innonet::Error whose message starts with the sheet's name; for CSV it is a
//     ParseError (read_tie_sheet checks every row itself, so a ValidationError from the builder
//     would mean a row got through unchecked);
//   - nothing is dropped silently: every row after the header is an edge or a skipped row, and
//     the skipped rows are data rows of the sheet, in order;
//   - every tie joins two different existing nodes; every node is a trimmed, non-empty name (its
//     id and its name) with a type, and an endpoint of some tie;
//   - the graph saves as native JSON and reads back the same (what `convert --ties-sheet` does).
#include <cstddef>
#include <string>
#include <vector>

#include "engine/property_graph_builder.hpp"
#include "fuzz/support.hpp"
#include "io/native_json.hpp"
#include "io/sheet_rows.hpp"
#include "io/tie_sheet.hpp"

namespace innonet::fuzz {

inline bool is_trimmed(const std::string& text) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  return !text.empty() && !blank(text.front()) && !blank(text.back()) &&
         !text.starts_with("\xC2\xA0") && !text.ends_with("\xC2\xA0");
}

inline void check_tie_sheet(const std::string& bytes, const std::string& file_name, bool csv) {
  const std::string what = "tie sheet " + file_name;
  io::TieSheet sheet;
  try {
    sheet = io::parse_tie_sheet(bytes, file_name);
  } catch (const ParseError& e) {
    expect(e.file().starts_with(file_name),
           what + ": a ParseError names another file: " + e.what());
    return;
  } catch (const Error& e) {
    expect(!csv, what + ": refused without a ParseError: " + e.what());
    expect(std::string_view(e.what()).starts_with(file_name),
           what + ": the message does not name the sheet: " + e.what());
    return;
  }
  io::SheetRows rows;
  if (!parses([&] { rows = io::parse_sheet_rows(bytes, file_name); }))
    finding(what + ": the tie sheet read, but its rows do not");
  expect(!rows.rows.empty(), what + ": a tie sheet without a header row");
  expect(static_cast<std::size_t>(sheet.graph.num_edges()) + sheet.skipped.size() ==
             rows.rows.size() - 1,
         what + ": " + std::to_string(rows.rows.size() - 1) + " data rows gave " +
             std::to_string(sheet.graph.num_edges()) + " ties and " +
             std::to_string(sheet.skipped.size()) + " skipped rows");
  std::size_t next = 1;  // rows.rows[next..] may still hold the next skipped row
  for (const auto& skipped : sheet.skipped) {
    while (next < rows.rows.size() && rows.rows[next].number != skipped.row) ++next;
    expect(next < rows.rows.size(), what + ": skipped row " + std::to_string(skipped.row) +
                                        " is not a data row of the sheet, or out of order");
    expect(!skipped.reason.empty(), what + ": row skipped without a reason");
    ++next;
  }
  const PropertyGraph& g = sheet.graph;
  std::vector<bool> used(static_cast<std::size_t>(g.num_nodes()), false);
  for (const auto& edge : g.edges()) {
    const auto s = index(edge.source), t = index(edge.target);
    expect(s >= 0 && s < g.num_nodes() && t >= 0 && t < g.num_nodes(),
           what + ": a tie names a node that does not exist");
    expect(s != t, what + ": a tie joins '" + g.node(edge.source).id + "' to itself");
    used[static_cast<std::size_t>(s)] = used[static_cast<std::size_t>(t)] = true;
  }
  for (std::int32_t v = 0; v < g.num_nodes(); ++v) {
    const auto& node = g.node(NodeRef{v});
    expect(is_trimmed(node.id), what + ": node '" + node.id + "' is empty or not trimmed");
    expect(node.name == node.id, what + ": node '" + node.id + "' has another name");
    expect(is_valid_utf8(node.id), what + ": a node id is not valid UTF-8");
    expect(!g.type_name(node.type).empty(), what + ": node '" + node.id + "' has no type");
    expect(used[static_cast<std::size_t>(v)], what + ": node '" + node.id + "' is in no tie");
  }
  io::StringSink saved;
  io::write_native_json(g, saved);
  PropertyGraph again;
  if (!parses([&] { again = io::read_native_json(saved.text, "saved.json"); }))
    finding(what + ": the graph saved as native JSON does not read back:\n" + saved.text);
  expect_same_graph(g, again, what + " saved as native JSON");
}

}  // namespace innonet::fuzz
