// Building the query's view: labels, relationships, CSR adjacency and the name index.
#include "query/graph_view.hpp"

#include <algorithm>
#include <functional>

namespace innonet::query {
namespace {

std::uint64_t name_hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

}  // namespace

GraphView::GraphView(const PropertyGraph& graph) : graph_(&graph) {
  num_groups_ = static_cast<std::int32_t>(graph.groups().size());
  for (const auto& k : graph.kind_names()) rel_type_names_.push_back(k);
  for (const char* k : {"WITHIN", "MEMBER_OF", "OF"}) rel_type_names_.emplace_back(k);
  rels_.reserve(graph.edges().size() + graph.nodes().size());
  for (EdgeRef e{0}; index(e) < graph.num_edges(); e = EdgeRef(index(e) + 1)) {
    const Edge& edge = graph.edge(e);
    rels_.push_back({index(edge.source), index(edge.target), index(edge.kind), index(e),
                     RelOrigin::edge, edge.direction == EdgeDirection::directed});
  }
  build_labels();
  add_structure_rels();
  build_adjacency();
  for (std::int32_t v = 0; v < graph.num_nodes() + num_groups_; ++v) {
    const auto& name =
        v < graph.num_nodes() ? graph.nodes()[v].name : graph.groups()[v - graph.num_nodes()].name;
    const auto& name_en = v < graph.num_nodes() ? graph.nodes()[v].name_en
                                                : graph.groups()[v - graph.num_nodes()].name_en;
    if (!name.empty()) name_hashes_.emplace_back(name_hash(name), v);
    if (!name_en.empty() && name_en != name) name_hashes_.emplace_back(name_hash(name_en), v);
  }
  std::sort(name_hashes_.begin(), name_hashes_.end());
  for (std::size_t i = 0; i < graph.indicators().size(); ++i)
    indicator_index_.emplace(graph.indicators()[i].id, std::int32_t(i));
  collect_property_keys();
}

void GraphView::build_labels() {
  const auto& g = *graph_;
  for (const auto& t : g.type_names()) label_names_.push_back(t);
  const auto corridor = std::int32_t(label_names_.size());
  for (const char* l : {"corridor", "region", "group", "indicator"}) label_names_.emplace_back(l);
  group_label_ = corridor + 2;
  label_.reserve(g.nodes().size() + g.groups().size() + g.indicators().size());
  for (const auto& n : g.nodes()) label_.push_back(index(n.type));
  for (const auto& grp : g.groups())
    label_.push_back(grp.kind == GroupKind::corridor ? corridor : corridor + 1);
  label_.insert(label_.end(), g.indicators().size(), corridor + 3);
  label_offsets_.assign(label_names_.size() + 1, 0);
  for (const auto l : label_) ++label_offsets_[l + 1];
  for (std::size_t l = 0; l < label_names_.size(); ++l) label_offsets_[l + 1] += label_offsets_[l];
  label_list_.resize(label_.size());
  auto fill = label_offsets_;
  for (std::int32_t v = 0; v < num_nodes(); ++v) label_list_[fill[label_[v]]++] = v;
  for (std::int32_t i = 0; i < num_groups_; ++i) group_list_.push_back(g.num_nodes() + i);
}

void GraphView::add_structure_rels() {
  const auto& g = *graph_;
  const auto type = [&](const char* name) { return *find_rel_type(name); };
  const auto within = type("WITHIN"), member = type("MEMBER_OF"), of = type("OF");
  for (std::int32_t v = 0; v < g.num_nodes(); ++v)
    if (const auto p = g.nodes()[v].parent)
      rels_.push_back({v, index(*p), within, v, RelOrigin::within});
  for (std::int32_t i = 0; i < num_groups_; ++i) {
    const auto& grp = g.groups()[i];
    for (const auto m : grp.members)
      rels_.push_back({index(m), g.num_nodes() + i, member, i, RelOrigin::member});
    for (const auto m : grp.members_implied)
      rels_.push_back({index(m), g.num_nodes() + i, member, i, RelOrigin::member_implied});
  }
  for (std::size_t i = 0; i < g.group_edges().size(); ++i) {
    const auto& ge = g.group_edges()[i];
    const auto s = find_id(ge.source), t = find_id(ge.target);
    if (!s || !t) continue;
    rels_.push_back({*s, *t, index(ge.kind), std::int32_t(i), RelOrigin::group_edge,
                     ge.direction == EdgeDirection::directed});
  }
  const auto first_indicator = g.num_nodes() + num_groups_;
  for (std::size_t i = 0; i < g.indicators().size(); ++i) {
    const auto scope = find_id(g.indicators()[i].scope);
    if (scope && *scope < first_indicator)
      rels_.push_back(
          {first_indicator + std::int32_t(i), *scope, of, std::int32_t(i), RelOrigin::of});
  }
}

// Counting sort of relationship ids into out- and in-rows. An undirected relationship is in
// both rows of both ends (once for a loop).
void GraphView::build_adjacency() {
  const auto n = num_nodes();
  out_offsets_.assign(n + 1, 0);
  in_offsets_.assign(n + 1, 0);
  const auto visit = [&](auto&& add_out, auto&& add_in) {
    for (std::int32_t r = 0; r < num_rels(); ++r) {
      const Rel& rel = rels_[r];
      add_out(rel.source, r);
      add_in(rel.target, r);
      if (!rel.directed && rel.source != rel.target) {
        add_out(rel.target, r);
        add_in(rel.source, r);
      }
    }
  };
  visit([&](std::int32_t v, std::int32_t) { ++out_offsets_[v + 1]; },
        [&](std::int32_t v, std::int32_t) { ++in_offsets_[v + 1]; });
  for (std::int32_t v = 0; v < n; ++v) {
    out_offsets_[v + 1] += out_offsets_[v];
    in_offsets_[v + 1] += in_offsets_[v];
  }
  out_list_.resize(out_offsets_[n]);
  in_list_.resize(in_offsets_[n]);
  auto out_fill = out_offsets_, in_fill = in_offsets_;
  visit([&](std::int32_t v, std::int32_t r) { out_list_[out_fill[v]++] = r; },
        [&](std::int32_t v, std::int32_t r) { in_list_[in_fill[v]++] = r; });
  // The same rows sorted by type (stable: relationship order within a type).
  const auto by_type = [&](std::int32_t a, std::int32_t b) {
    return rels_[a].type < rels_[b].type;
  };
  out_typed_list_ = out_list_;
  in_typed_list_ = in_list_;
  for (std::int32_t v = 0; v < n; ++v) {
    std::stable_sort(out_typed_list_.begin() + out_offsets_[v],
                     out_typed_list_.begin() + out_offsets_[v + 1], by_type);
    std::stable_sort(in_typed_list_.begin() + in_offsets_[v],
                     in_typed_list_.begin() + in_offsets_[v + 1], by_type);
  }
  out_ends_ = row_ends(out_list_, out_offsets_, false);
  in_ends_ = row_ends(in_list_, in_offsets_, true);
  out_typed_ends_ = row_ends(out_typed_list_, out_offsets_, false);
  in_typed_ends_ = row_ends(in_typed_list_, in_offsets_, true);
}

AdjacencyRow GraphView::typed_row(const std::vector<std::int32_t>& list,
                                  const std::vector<std::int32_t>& ends,
                                  const std::vector<std::int32_t>& offsets, std::int32_t v,
                                  std::int32_t type) const {
  const auto begin = list.begin() + offsets[v], end = list.begin() + offsets[v + 1];
  const auto first =
      std::partition_point(begin, end, [&](std::int32_t r) { return rels_[r].type < type; });
  const auto last =
      std::partition_point(first, end, [&](std::int32_t r) { return rels_[r].type == type; });
  const auto at = std::size_t(first - list.begin()), size = std::size_t(last - first);
  return {{list.data() + at, size}, {ends.data() + at, size}};
}

std::vector<std::int32_t> GraphView::row_ends(const std::vector<std::int32_t>& list,
                                              const std::vector<std::int32_t>& offsets,
                                              bool in) const {
  std::vector<std::int32_t> ends(list.size());
  for (std::int32_t v = 0; v + 1 < std::ssize(offsets); ++v)
    for (auto i = offsets[v]; i < offsets[v + 1]; ++i) {
      const Rel& rel = rels_[list[i]];
      const std::int32_t w = rel.source == v ? rel.target : rel.source;
      ends[i] = in && (!rel.directed || rel.source == rel.target) ? ~w : w;
    }
  return ends;
}

EntityKind GraphView::entity(std::int32_t v) const {
  if (v < graph_->num_nodes()) return EntityKind::node;
  return v < graph_->num_nodes() + num_groups_ ? EntityKind::group : EntityKind::indicator;
}

std::int32_t GraphView::record(std::int32_t v) const {
  if (v < graph_->num_nodes()) return v;
  v -= graph_->num_nodes();
  return v < num_groups_ ? v : v - num_groups_;
}

std::optional<std::int32_t> GraphView::find_label(std::string_view name) const {
  const auto it = std::find(label_names_.begin(), label_names_.end(), name);
  if (it == label_names_.end()) return std::nullopt;
  return std::int32_t(it - label_names_.begin());
}

bool GraphView::has_label(std::int32_t v, std::int32_t label) const {
  return label_[v] == label || (label == group_label_ && entity(v) == EntityKind::group);
}

std::span<const std::int32_t> GraphView::nodes_with_label(std::int32_t label) const {
  if (label == group_label_) return group_list_;
  return {label_list_.data() + label_offsets_[label],
          label_list_.data() + label_offsets_[label + 1]};
}

std::optional<std::int32_t> GraphView::find_rel_type(std::string_view name) const {
  const auto it = std::find(rel_type_names_.begin(), rel_type_names_.end(), name);
  if (it == rel_type_names_.end()) return std::nullopt;
  return std::int32_t(it - rel_type_names_.begin());
}

std::optional<std::int32_t> GraphView::find_id(std::string_view id) const {
  if (const auto n = graph_->find_node(id)) return index(*n);
  if (const auto* grp = graph_->find_group(id))
    return graph_->num_nodes() + std::int32_t(grp - graph_->groups().data());
  if (const auto it = indicator_index_.find(id); it != indicator_index_.end())
    return graph_->num_nodes() + num_groups_ + it->second;
  return std::nullopt;
}

std::vector<std::int32_t> GraphView::find_name(std::string_view name) const {
  std::vector<std::int32_t> found;
  const auto h = name_hash(name);
  auto it = std::lower_bound(name_hashes_.begin(), name_hashes_.end(),
                             std::pair<std::uint64_t, std::int32_t>{h, -1});
  for (; it != name_hashes_.end() && it->first == h; ++it) {
    const auto v = it->second;
    const bool node = v < graph_->num_nodes();
    const auto& n1 =
        node ? graph_->nodes()[v].name : graph_->groups()[v - graph_->num_nodes()].name;
    const auto& n2 =
        node ? graph_->nodes()[v].name_en : graph_->groups()[v - graph_->num_nodes()].name_en;
    if (n1 == name || n2 == name) found.push_back(v);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace innonet::query
