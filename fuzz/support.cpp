// Comparisons for the round-trip checks of the fuzz targets, written field by field from the
// record definitions (engine/property_graph.hpp, engine/csr_graph.hpp), not through a writer.
#include "fuzz/support.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>

namespace innonet::fuzz {
namespace {

bool same_number(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)) || a == b;
}

template <class T>
bool same_array(std::span<const T> a, std::span<const T> b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if constexpr (std::is_floating_point_v<T>) {
      if (std::memcmp(&a[i], &b[i], sizeof(T)) != 0) return false;
    } else if (a[i] != b[i]) {
      return false;
    }
  }
  return true;
}

std::string parent_id(const PropertyGraph& g, const Node& n) {
  return n.parent ? g.node(*n.parent).id : std::string("(none)");
}

std::vector<std::string> member_ids(const PropertyGraph& g, const std::vector<NodeRef>& list) {
  std::vector<std::string> ids;
  for (const auto m : list) ids.push_back(g.node(m).id);
  return ids;
}

bool same_node(const PropertyGraph& ga, const Node& a, const PropertyGraph& gb, const Node& b) {
  const bool same_place =
      a.coordinates.has_value() == b.coordinates.has_value() &&
      (!a.coordinates || (same_number(a.coordinates->latitude_deg, b.coordinates->latitude_deg) &&
                          same_number(a.coordinates->longitude_deg, b.coordinates->longitude_deg)));
  return a.id == b.id && a.name == b.name && a.name_en == b.name_en &&
         ga.type_name(a.type) == gb.type_name(b.type) && parent_id(ga, a) == parent_id(gb, b) &&
         same_place && a.attributes == b.attributes && a.sources == b.sources;
}

bool same_edge(const PropertyGraph& ga, const Edge& a, const PropertyGraph& gb, const Edge& b) {
  return a.id == b.id && ga.node(a.source).id == gb.node(b.source).id &&
         ga.node(a.target).id == gb.node(b.target).id &&
         ga.kind_name(a.kind) == gb.kind_name(b.kind) && a.direction == b.direction &&
         same_number(a.weight, b.weight) && a.year == b.year &&
         ga.evidence_name(a.evidence) == gb.evidence_name(b.evidence) &&
         a.attributes == b.attributes && a.sources == b.sources;
}

bool same_group(const PropertyGraph& ga, const Group& a, const PropertyGraph& gb, const Group& b) {
  return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.kind == b.kind &&
         member_ids(ga, a.members) == member_ids(gb, b.members) &&
         member_ids(ga, a.members_implied) == member_ids(gb, b.members_implied) &&
         a.attributes == b.attributes && a.sources == b.sources;
}

bool same_group_edge(const PropertyGraph& ga, const GroupEdge& a, const PropertyGraph& gb,
                     const GroupEdge& b) {
  return a.id == b.id && a.source == b.source && a.target == b.target &&
         ga.kind_name(a.kind) == gb.kind_name(b.kind) && a.direction == b.direction &&
         ga.evidence_name(a.evidence) == gb.evidence_name(b.evidence) &&
         a.attributes == b.attributes && a.sources == b.sources;
}

bool same_indicator(const Indicator& a, const Indicator& b) {
  return a.id == b.id && a.scope == b.scope && a.metric == b.metric &&
         a.metric_name == b.metric_name && same_number(a.value, b.value) &&
         a.value_text == b.value_text && a.unit == b.unit && a.year == b.year && a.kind == b.kind &&
         a.op == b.op && a.note == b.note && a.sources == b.sources;
}

template <class Records, class Same>
void expect_same_records(const Records& a, const Records& b, Same same, const std::string& what,
                         const char* section) {
  expect(a.size() == b.size(), what + ": " + section + ": " + std::to_string(a.size()) +
                                   " records, then " + std::to_string(b.size()));
  for (std::size_t i = 0; i < a.size(); ++i)
    expect(same(a[i], b[i]), what + ": " + section + "[" + std::to_string(i) + "] differs");
}

bool same_names(std::span<const std::string> a, std::span<const std::string> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

void finding(const std::string& what) {
  std::fprintf(stderr, "innonet fuzz finding: %s\n", what.c_str());
  std::abort();
}

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

void expect_same_csr(const CsrGraph& a, const CsrGraph& b, const std::string& what) {
  expect(a.num_nodes() == b.num_nodes(), what + ": node count " + std::to_string(a.num_nodes()) +
                                             " became " + std::to_string(b.num_nodes()));
  expect(a.num_edges() == b.num_edges(), what + ": edge count " + std::to_string(a.num_edges()) +
                                             " became " + std::to_string(b.num_edges()));
  expect(a.is_directed() == b.is_directed(), what + ": direction changed");
  expect(a.is_weighted() == b.is_weighted(), what + ": weightedness changed");
  expect(same_array(a.out_offsets(), b.out_offsets()), what + ": out_offsets differ");
  expect(same_array(a.out_targets(), b.out_targets()), what + ": out_targets differ");
  expect(same_array(a.out_weight_array(), b.out_weight_array()), what + ": out weights differ");
  expect(same_array(a.in_offsets(), b.in_offsets()), what + ": in_offsets differ");
  expect(same_array(a.in_sources(), b.in_sources()), what + ": in_sources differ");
  expect(same_array(a.in_weight_array(), b.in_weight_array()), what + ": in weights differ");
}

void expect_same_graph(const PropertyGraph& a, const PropertyGraph& b, const std::string& what) {
  expect(a.metadata() == b.metadata(), what + ": metadata differs");
  expect(same_names(a.type_names(), b.type_names()), what + ": type vocabulary differs");
  expect(same_names(a.kind_names(), b.kind_names()), what + ": kind vocabulary differs");
  expect(same_names(a.evidence_names(), b.evidence_names()),
         what + ": evidence vocabulary differs");
  expect_same_records(
      a.nodes(), b.nodes(), [&](const Node& x, const Node& y) { return same_node(a, x, b, y); },
      what, "nodes");
  expect_same_records(
      a.edges(), b.edges(), [&](const Edge& x, const Edge& y) { return same_edge(a, x, b, y); },
      what, "edges");
  expect_same_records(
      a.groups(), b.groups(),
      [&](const Group& x, const Group& y) { return same_group(a, x, b, y); }, what, "groups");
  expect_same_records(
      a.group_edges(), b.group_edges(),
      [&](const GroupEdge& x, const GroupEdge& y) { return same_group_edge(a, x, b, y); }, what,
      "group_edges");
  expect_same_records(a.indicators(), b.indicators(), same_indicator, what, "indicators");
}

}  // namespace innonet::fuzz
