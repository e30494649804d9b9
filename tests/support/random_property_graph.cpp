#include "tests/support/random_property_graph.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "engine/property_graph_builder.hpp"

namespace innonet::testing {
namespace {

class Maker {
 public:
  explicit Maker(std::uint64_t seed) : rng_(seed) {}
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  bool coin() { return below(2) == 0; }

  std::string text() {
    static const char* const kPieces[] = {"南京",        "紫金山实验室", "a,b",   "say \"hi\"",
                                          "line\nbreak", "tab\there",    " lead", "trail ",
                                          "plain",       "江北新区",     "x",     "🚀",
                                          "back\\slash", "semi;colon",   "\r\n",  "é"};
    std::string out;
    const int parts = 1 + below(3);
    for (int i = 0; i < parts; ++i) out += kPieces[below(std::size(kPieces))];
    return out;
  }
  std::string maybe_text() { return coin() ? text() : ""; }

  Attributes value(int depth) {
    switch (below(depth > 1 ? 6 : 8)) {
      case 0: return nullptr;
      case 1: return coin();
      case 2: return below(2000001) - 1000000;
      case 3: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng_);
      case 4: return text();
      case 5: return std::uint64_t{18446744073709551615u} - static_cast<std::uint64_t>(below(9));
      case 6: {
        auto list = Attributes::array();
        for (int i = below(4); i > 0; --i) list.push_back(value(depth + 1));
        return list;
      }
      default: return object(depth + 1);
    }
  }
  Attributes object(int depth) {
    auto out = Attributes::object();
    const int fields = below(4);
    for (int i = 0; i < fields; ++i) out[text() + std::to_string(i)] = value(depth);
    return out;
  }
  std::vector<SourceQuote> sources() {
    std::vector<SourceQuote> out;
    for (int i = below(3); i > 0; --i) out.push_back({maybe_text(), text()});
    return out;
  }
  double real(double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng_);
  }
  double number() {
    switch (below(4)) {
      case 0: return 1.0;
      case 1: return below(100);
      case 2: return std::uniform_real_distribution<double>(-5, 5)(rng_);
      default:
        return std::ldexp(std::uniform_real_distribution<double>(0, 1)(rng_), below(80) - 40);
    }
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace

namespace {

const char* const kKinds[] = {"tech_transfer", "co\"innovation", "飞地", "branch"};
const char* const kEvidence[] = {"stated", "implied", "unknown"};

std::vector<std::string> add_nodes(Maker& r, PropertyGraphBuilder& builder, std::int32_t count) {
  const char* const kTypes[] = {"city", "district", "园区", "lab, inc", "enterprise"};
  std::vector<std::string> ids;
  for (std::int32_t v = 0; v < count; ++v) {
    NodeSpec spec;
    spec.id = "n" + std::to_string(v) + (r.coin() ? "" : r.text());
    spec.name = r.maybe_text();
    spec.name_en = r.maybe_text();
    spec.type = kTypes[r.below(5)];
    if (v > 0 && r.below(3) == 0) spec.parent = ids[r.below(v)];
    if (r.coin())
      spec.coordinates = GeoPoint{r.real(-90, 90), r.coin() ? -180.0 : r.real(-180, 180)};
    if (r.coin()) spec.attributes = r.object(0);
    spec.sources = r.sources();
    ids.push_back(spec.id);
    builder.add_node(std::move(spec));
  }
  return ids;
}

void add_edges(Maker& r, PropertyGraphBuilder& builder, const std::vector<std::string>& ids,
               std::int32_t count) {
  for (std::int32_t e = 0; e < count && !ids.empty(); ++e) {
    EdgeSpec spec;
    if (r.coin()) spec.id = "e" + std::to_string(e) + r.maybe_text();
    spec.source = ids[r.below(ids.size())];
    spec.target = ids[r.below(ids.size())];
    spec.kind = kKinds[r.below(4)];
    spec.direction = r.coin() ? EdgeDirection::directed : EdgeDirection::undirected;
    spec.weight = r.number();
    if (r.coin()) spec.year = 1990 + r.below(40);
    spec.evidence = kEvidence[r.below(3)];
    if (r.coin()) spec.attributes = r.object(0);
    spec.sources = r.sources();
    builder.add_edge(std::move(spec));
  }
}

// Returns the group ids.
std::vector<std::string> add_groups(Maker& r, PropertyGraphBuilder& builder,
                                    const std::vector<std::string>& ids, std::int32_t count) {
  std::vector<std::string> groups;
  for (std::int32_t g = 0; g < count; ++g) {
    GroupSpec spec;
    spec.id = "g" + std::to_string(g) + r.maybe_text();
    spec.name = r.maybe_text();
    spec.name_en = r.maybe_text();
    spec.kind = r.coin() ? GroupKind::corridor : GroupKind::region;
    for (int i = r.below(4); i > 0 && !ids.empty(); --i)
      spec.members.push_back(ids[r.below(ids.size())]);
    for (int i = r.below(3); i > 0 && !ids.empty(); --i)
      spec.members_implied.push_back(ids[r.below(ids.size())]);
    if (r.coin()) spec.attributes = r.object(0);
    spec.sources = r.sources();
    groups.push_back(spec.id);
    builder.add_group(std::move(spec));
  }
  return groups;
}

void add_group_edges(Maker& r, PropertyGraphBuilder& builder,
                     const std::vector<std::string>& scopes, std::int32_t count) {
  for (std::int32_t e = 0; e < count && !scopes.empty(); ++e) {
    GroupEdgeSpec spec;
    spec.edge.id = r.coin() ? "r" + std::to_string(e) : "";
    spec.edge.source = scopes[r.below(scopes.size())];
    spec.edge.target = scopes[r.below(scopes.size())];
    spec.edge.direction = r.coin() ? EdgeDirection::directed : EdgeDirection::undirected;
    if (r.coin()) spec.edge.attributes = r.object(0);
    spec.edge.sources = r.sources();
    spec.kind = kKinds[r.below(4)];
    spec.evidence = kEvidence[r.below(3)];
    builder.add_group_edge(std::move(spec));
  }
}

void add_indicators(Maker& r, PropertyGraphBuilder& builder, const std::vector<std::string>& scopes,
                    std::int32_t count) {
  const char* const kOps[] = {"=", ">", ">=", "<", "<=", "~"};
  for (std::int32_t i = 0; i < count; ++i) {
    IndicatorSpec spec;
    auto& x = spec.indicator;
    x.id = r.coin() ? "i" + std::to_string(i) : "";
    x.scope = r.coin() && !scopes.empty() ? scopes[r.below(scopes.size())] : "";
    x.metric = "metric " + r.text();
    x.metric_name = r.maybe_text();
    x.value = r.number();
    x.unit = r.maybe_text();
    if (r.coin()) x.year = 2000 + r.below(30);
    x.kind = r.coin() ? "target" : r.maybe_text();
    x.op = kOps[r.below(6)];
    x.note = r.maybe_text();
    x.sources = r.sources();
    builder.add_indicator(std::move(spec));
  }
}

}  // namespace

PropertyGraph random_property_graph(std::uint64_t seed, const RandomPropertyGraphOptions& options) {
  Maker r(seed);
  PropertyGraphBuilder builder;
  if (r.coin()) builder.intern_type("unused type");
  if (r.coin()) builder.set_metadata(r.object(0));
  const auto ids = add_nodes(r, builder, options.nodes);
  add_edges(r, builder, ids, options.edges);
  auto scopes = add_groups(r, builder, ids, options.groups);
  scopes.insert(scopes.begin(), ids.begin(), ids.end());
  add_group_edges(r, builder, scopes, options.group_edges);
  add_indicators(r, builder, scopes, options.indicators);
  return builder.build();
}

namespace {

std::string compare_sources(const std::vector<SourceQuote>& a, const std::vector<SourceQuote>& b) {
  return a == b ? "" : "sources differ";
}

std::string members(const PropertyGraph& g, const std::vector<NodeRef>& list) {
  std::string out;
  for (auto m : list) out += g.node(m).id + "|";
  return out;
}

std::string compare_nodes(const PropertyGraph& a, const PropertyGraph& b) {
  for (std::int32_t v = 0; v < a.num_nodes(); ++v) {
    const auto &x = a.node(NodeRef{v}), &y = b.node(NodeRef{v});
    const std::string where = "node " + std::to_string(v) + " '" + x.id + "': ";
    if (x.id != y.id || x.name != y.name || x.name_en != y.name_en) return where + "names differ";
    if (a.type_name(x.type) != b.type_name(y.type) || x.type != y.type) return where + "type";
    if (x.parent != y.parent) return where + "parent";
    if (x.coordinates != y.coordinates) return where + "coordinates";
    if (x.attributes != y.attributes) return where + "attributes";
    if (!compare_sources(x.sources, y.sources).empty()) return where + "sources";
  }
  return "";
}

std::string compare_edges(const PropertyGraph& a, const PropertyGraph& b) {
  for (std::int32_t e = 0; e < a.num_edges(); ++e) {
    const auto &x = a.edge(EdgeRef{e}), &y = b.edge(EdgeRef{e});
    const std::string where = "edge " + std::to_string(e) + ": ";
    if (x.id != y.id || x.source != y.source || x.target != y.target) return where + "ends";
    if (x.kind != y.kind || a.kind_name(x.kind) != b.kind_name(y.kind)) return where + "kind";
    if (x.direction != y.direction || x.weight != y.weight || x.year != y.year)
      return where + "direction, weight or year";
    if (a.evidence_name(x.evidence) != b.evidence_name(y.evidence)) return where + "evidence";
    if (x.attributes != y.attributes || x.sources != y.sources) return where + "attributes";
  }
  return "";
}

std::string compare_rest(const PropertyGraph& a, const PropertyGraph& b) {
  for (std::size_t i = 0; i < a.groups().size(); ++i) {
    const auto &x = a.groups()[i], &y = b.groups()[i];
    if (x.id != y.id || x.name != y.name || x.name_en != y.name_en || x.kind != y.kind ||
        members(a, x.members) != members(b, y.members) ||
        members(a, x.members_implied) != members(b, y.members_implied) ||
        x.attributes != y.attributes || x.sources != y.sources)
      return "group " + std::to_string(i) + " '" + x.id + "' differs";
  }
  for (std::size_t i = 0; i < a.group_edges().size(); ++i) {
    const auto &x = a.group_edges()[i], &y = b.group_edges()[i];
    if (x.id != y.id || x.source != y.source || x.target != y.target ||
        a.kind_name(x.kind) != b.kind_name(y.kind) || x.direction != y.direction ||
        a.evidence_name(x.evidence) != b.evidence_name(y.evidence) ||
        x.attributes != y.attributes || x.sources != y.sources)
      return "group edge " + std::to_string(i) + " differs";
  }
  for (std::size_t i = 0; i < a.indicators().size(); ++i) {
    const auto &x = a.indicators()[i], &y = b.indicators()[i];
    if (x.id != y.id || x.scope != y.scope || x.metric != y.metric ||
        x.metric_name != y.metric_name || x.value != y.value || x.unit != y.unit ||
        x.year != y.year || x.kind != y.kind || x.op != y.op || x.note != y.note ||
        x.sources != y.sources)
      return "indicator " + std::to_string(i) + " '" + x.id + "' differs";
  }
  return "";
}

}  // namespace

std::string first_difference(const PropertyGraph& a, const PropertyGraph& b) {
  if (a.num_nodes() != b.num_nodes() || a.num_edges() != b.num_edges() ||
      a.groups().size() != b.groups().size() || a.group_edges().size() != b.group_edges().size() ||
      a.indicators().size() != b.indicators().size())
    return "record counts differ";
  if (a.metadata() != b.metadata()) return "metadata differs";
  const auto same = [](auto x, auto y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
  };
  if (!same(a.type_names(), b.type_names()) || !same(a.kind_names(), b.kind_names()) ||
      !same(a.evidence_names(), b.evidence_names()))
    return "vocabularies differ";
  for (const auto& part : {compare_nodes(a, b), compare_edges(a, b), compare_rest(a, b)})
    if (!part.empty()) return part;
  return "";
}

}  // namespace innonet::testing
