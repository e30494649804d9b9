// innonet.Graph (the C++ half; python/innonet/graph.py adds the pandas tables and NetworkX
// conversions): sizes, node and edge columns, projections to a Csr view, the native JSON text.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <optional>
#include <sstream>

#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "engine/projection.hpp"
#include "io/native_json.hpp"
#include "python/src/arrays.hpp"
#include "python/src/bindings.hpp"
#include "python/src/handles.hpp"
#include "python/src/release.hpp"

namespace innonet::python {
namespace py = pybind11;

namespace {

std::string json_text(const nlohmann::ordered_json& value) {
  if (value.is_object() && value.empty()) return "";
  std::string text;
  io::append_json(text, value);
  return text;
}

py::dict node_columns(const GraphHandle& h) {
  py::dict columns;
  if (!h.property) {
    const Vertex n = h.structure->num_nodes();
    std::vector<std::int64_t> ids(n);
    for (Vertex v = 0; v < n; ++v) ids[v] = h.original_ids ? (*h.original_ids)[v] : v;
    columns["id"] = to_numpy(std::move(ids));
    return columns;
  }
  const PropertyGraph& g = *h.property;
  py::list id, name, name_en, type, parent, attributes;
  std::vector<double> lat(g.num_nodes(), std::nan("")), lon(g.num_nodes(), std::nan(""));
  for (const Node& node : g.nodes()) {
    id.append(node.id);
    name.append(node.name);
    name_en.append(node.name_en);
    type.append(g.type_name(node.type));
    parent.append(node.parent ? g.node(*node.parent).id : std::string());
    attributes.append(json_text(node.attributes));
  }
  for (std::int32_t i = 0; i < g.num_nodes(); ++i)
    if (const auto& c = g.nodes()[i].coordinates) {
      lat[i] = c->latitude_deg;
      lon[i] = c->longitude_deg;
    }
  columns["id"] = id;
  columns["name"] = name;
  columns["name_en"] = name_en;
  columns["type"] = type;
  columns["parent"] = parent;
  columns["latitude"] = to_numpy(std::move(lat));
  columns["longitude"] = to_numpy(std::move(lon));
  columns["attributes"] = attributes;
  return columns;
}

py::dict structure_edge_columns(const GraphHandle& h) {
  const CsrGraph& g = *h.structure;
  std::vector<std::int64_t> source, target;
  std::vector<double> weight;
  const auto edges = static_cast<std::size_t>(g.num_edges());
  source.reserve(edges);
  target.reserve(edges);
  weight.reserve(edges);
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const auto row = g.out_neighbors(u);
    const auto w = g.out_weights(u);
    for (std::size_t k = 0; k < row.size(); ++k) {
      if (!g.is_directed() && row[k] < u) continue;
      source.push_back(h.original_ids ? (*h.original_ids)[u] : u);
      target.push_back(h.original_ids ? (*h.original_ids)[row[k]] : row[k]);
      weight.push_back(w.empty() ? 1.0 : w[k]);
    }
  }
  py::dict columns;
  columns["source"] = to_numpy(std::move(source));
  columns["target"] = to_numpy(std::move(target));
  columns["weight"] = to_numpy(std::move(weight));
  return columns;
}

py::dict edge_columns(const GraphHandle& h) {
  if (!h.property) return structure_edge_columns(h);
  const PropertyGraph& g = *h.property;
  py::list id, source, target, kind, evidence, attributes;
  std::vector<std::uint8_t> directed;
  std::vector<double> weight;
  std::vector<std::int32_t> year;
  directed.reserve(g.edges().size());
  weight.reserve(g.edges().size());
  year.reserve(g.edges().size());
  for (const Edge& e : g.edges()) {
    id.append(e.id);
    source.append(g.node(e.source).id);
    target.append(g.node(e.target).id);
    kind.append(g.kind_name(e.kind));
    evidence.append(g.evidence_name(e.evidence));
    attributes.append(json_text(e.attributes));
    directed.push_back(e.direction == EdgeDirection::directed ? 1 : 0);
    weight.push_back(e.weight);
    year.push_back(e.year == kNoYear ? -1 : e.year);
  }
  py::dict columns;
  columns["id"] = id;
  columns["source"] = source;
  columns["target"] = target;
  columns["kind"] = kind;
  columns["directed"] = to_numpy(std::move(directed)).attr("astype")("bool");
  columns["weight"] = to_numpy(std::move(weight));
  columns["year"] = to_numpy(std::move(year));
  columns["evidence"] = evidence;
  columns["attributes"] = attributes;
  return columns;
}

struct ProjectArgs {
  std::vector<std::string> kinds, evidence, node_types;
  std::optional<std::int32_t> year_from, year_to;
  bool undirected = false;
  std::string merge = "sum";
  std::string level;
  bool unit = false;
  std::string weight_attribute;
};

// Rebuilds a structure-only graph when the projection asks for another direction, merge rule or
// unit weights; otherwise the view shares the stored arrays.
std::shared_ptr<const CsrGraph> restructure(const std::shared_ptr<const CsrGraph>& g,
                                            const ProjectArgs& a) {
  const MergeRule merge = parse_merge_rule(a.merge);
  const bool to_undirected = a.undirected && g->is_directed();
  const bool drop_weights = a.unit && g->is_weighted();
  bool parallel = false;
  if (merge != MergeRule::keep)
    for (Vertex u = 0; u < g->num_nodes() && !parallel; ++u) {
      const auto row = g->out_neighbors(u);
      for (std::size_t k = 1; k < row.size(); ++k) parallel = parallel || row[k] == row[k - 1];
    }
  if (!to_undirected && !drop_weights && !parallel) return g;
  EdgeList list;
  list.num_nodes = g->num_nodes();
  list.sources.reserve(static_cast<std::size_t>(g->num_edges()));
  list.targets.reserve(static_cast<std::size_t>(g->num_edges()));
  if (!drop_weights && g->is_weighted())
    list.weights.reserve(static_cast<std::size_t>(g->num_edges()));
  for (Vertex u = 0; u < g->num_nodes(); ++u) {
    const auto row = g->out_neighbors(u);
    const auto w = g->out_weights(u);
    for (std::size_t k = 0; k < row.size(); ++k) {
      if (!g->is_directed() && row[k] < u) continue;
      list.sources.push_back(u);
      list.targets.push_back(row[k]);
      if (!drop_weights && !w.empty()) list.weights.push_back(w[k]);
    }
  }
  const Direction direction =
      a.undirected || !g->is_directed() ? Direction::undirected : Direction::directed;
  return std::make_shared<const CsrGraph>(
      build_csr(list, {.direction = direction, .merge = merge}));
}

CsrView project_handle(const GraphHandle& h, const ProjectArgs& a) {
  CsrView view{.property = h.property, .original_ids = h.original_ids};
  if (!h.property) {
    if (!a.kinds.empty() || !a.evidence.empty() || !a.node_types.empty() || a.year_from ||
        a.year_to || !a.level.empty() || !a.weight_attribute.empty())
      throw UsageError(
          "this graph holds structure only (no kinds, evidence, types, years, levels or "
          "attributes to select)");
    view.graph = restructure(h.structure, a);
    return view;
  }
  Selection s;
  s.kinds = a.kinds;
  s.evidence = a.evidence;
  s.node_types = a.node_types;
  s.year_from = a.year_from;
  s.year_to = a.year_to;
  if (s.year_from && s.year_to && *s.year_from > *s.year_to)
    throw UsageError("years: the range is empty (FROM is after TO)");
  s.direction = a.undirected ? ProjectedDirection::undirected : ProjectedDirection::as_stored;
  s.merge = parse_merge_rule(a.merge);
  if (a.unit) s.weighting = Weighting::unit;
  if (!a.weight_attribute.empty()) {
    s.weighting = Weighting::attribute;
    s.weight_attribute = a.weight_attribute;
  }
  view.graph = std::make_shared<const CsrGraph>(
      a.level.empty() ? project(*h.property, s) : project_at_level(*h.property, s, a.level));
  return view;
}

}  // namespace

void bind_graph_class(py::module_& m) {
  py::class_<GraphHandle>(m, "_Graph")
      .def_property_readonly("num_nodes",
                             [](const GraphHandle& h) -> std::int64_t {
                               return h.property ? h.property->num_nodes()
                                                 : h.structure->num_nodes();
                             })
      .def_property_readonly("num_edges",
                             [](const GraphHandle& h) -> std::int64_t {
                               return h.property ? h.property->num_edges()
                                                 : h.structure->num_edges();
                             })
      .def_property_readonly("has_properties", [](const GraphHandle& h) { return !!h.property; })
      .def_property_readonly("directed",
                             [](const GraphHandle& h) -> std::optional<bool> {
                               if (h.property) return std::nullopt;
                               return h.structure->is_directed();
                             })
      .def_property_readonly("all_undirected",
                             [](const GraphHandle& h) {
                               if (!h.property) return !h.structure->is_directed();
                               for (const Edge& e : h.property->edges())
                                 if (e.direction == EdgeDirection::directed) return false;
                               return true;
                             })
      .def_property_readonly("source_path", [](const GraphHandle& h) { return h.source_path; })
      .def_property_readonly("builtin", [](const GraphHandle& h) { return h.builtin; })
      .def("node_columns", &node_columns)
      .def("edge_columns", &edge_columns)
      .def("native_json",
           [](const GraphHandle& h) {
             if (!h.property) throw UsageError("structure-only graph: no native JSON text");
             std::ostringstream out;
             io::write_native_json(*h.property, out);
             return py::bytes(out.str());
           })
      .def("kind_names",
           [](const GraphHandle& h) {
             std::vector<std::string> names;
             if (h.property)
               names.assign(h.property->kind_names().begin(), h.property->kind_names().end());
             return names;
           })
      .def(
          "project",
          [](const GraphHandle& h, std::vector<std::string> kinds,
             std::vector<std::string> evidence, std::vector<std::string> node_types,
             std::optional<std::int32_t> year_from, std::optional<std::int32_t> year_to,
             bool undirected, std::string merge, std::string level, bool unit,
             std::string weight_attribute) {
            ProjectArgs a{std::move(kinds),
                          std::move(evidence),
                          std::move(node_types),
                          year_from,
                          year_to,
                          undirected,
                          std::move(merge),
                          std::move(level),
                          unit,
                          std::move(weight_attribute)};
            return run_released(0, [h, a] { return project_handle(h, a); });
          },
          py::arg("kinds"), py::arg("evidence"), py::arg("node_types"), py::arg("year_from"),
          py::arg("year_to"), py::arg("undirected"), py::arg("merge"), py::arg("level"),
          py::arg("unit"), py::arg("weight_attribute"));
}

}  // namespace innonet::python
