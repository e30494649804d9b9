// `innonet source ID`: provenance of any record - node, edge, corridor or region, group edge or
// indicator: its key fields, then every source: the document (with its title from the graph's
// metadata "seeds", when present) and the exact words quoted from it. An id that several record
// sets use shows every match.
#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

struct SourceArgs {
  std::string id;
};

using Fields = std::vector<std::pair<std::string, output::Cell>>;

struct Match {
  std::string record;  // e.g. "node nanjing"
  Fields fields;
  const Attributes* attributes = nullptr;
  const std::vector<SourceQuote>* sources = nullptr;
};

std::string id_or_label(const PropertyGraph& graph, NodeRef node) { return graph.node(node).id; }

Match node_match(const PropertyGraph& graph, NodeRef ref) {
  const Node& n = graph.node(ref);
  Fields f{{"name", n.name}, {"name_en", n.name_en}, {"type", graph.type_name(n.type)}};
  if (n.parent) f.emplace_back("parent", id_or_label(graph, *n.parent));
  if (n.coordinates) {
    f.emplace_back("latitude_deg", n.coordinates->latitude_deg);
    f.emplace_back("longitude_deg", n.coordinates->longitude_deg);
  }
  return {"node " + n.id, std::move(f), &n.attributes, &n.sources};
}

Match edge_match(const PropertyGraph& graph, EdgeRef ref) {
  const Edge& e = graph.edge(ref);
  Fields f{{"source", id_or_label(graph, e.source)},
           {"target", id_or_label(graph, e.target)},
           {"kind", graph.kind_name(e.kind)},
           {"direction", direction_name(e.direction)},
           {"weight", e.weight},
           {"year", year_cell(e.year)},
           {"evidence", graph.evidence_name(e.evidence)}};
  return {"edge " + graph.edge_label(ref), std::move(f), &e.attributes, &e.sources};
}

Match group_match(const PropertyGraph& graph, const Group& g) {
  auto ids = [&](const std::vector<NodeRef>& refs) {
    std::string text;
    for (const auto r : refs) text += (text.empty() ? "" : ", ") + graph.node(r).id;
    return text;
  };
  Fields f{{"name", g.name}, {"name_en", g.name_en}, {"members", ids(g.members)}};
  if (!g.members_implied.empty()) f.emplace_back("members_implied", ids(g.members_implied));
  return {group_kind_name(g.kind) + " " + g.id, std::move(f), &g.attributes, &g.sources};
}

Match group_edge_match(const PropertyGraph& graph, const GroupEdge& e) {
  Fields f{{"source", e.source},
           {"target", e.target},
           {"kind", graph.kind_name(e.kind)},
           {"direction", direction_name(e.direction)},
           {"evidence", graph.evidence_name(e.evidence)}};
  return {"group_edge " + e.id, std::move(f), &e.attributes, &e.sources};
}

Match indicator_match(const Indicator& i) {
  Fields f{{"scope", i.scope},          {"metric", i.metric}, {"metric_name", i.metric_name},
           {"value", i.value},          {"op", i.op},         {"unit", i.unit},
           {"year", year_cell(i.year)}, {"kind", i.kind}};
  if (!i.note.empty()) f.emplace_back("note", i.note);
  return {"indicator " + i.id, std::move(f), nullptr, &i.sources};
}

std::vector<Match> find_matches(const PropertyGraph& graph, const std::string& id) {
  std::vector<Match> matches;
  if (const auto node = graph.find_node(id)) matches.push_back(node_match(graph, *node));
  if (const auto edge = graph.find_edge(id)) matches.push_back(edge_match(graph, *edge));
  if (const Group* group = graph.find_group(id)) matches.push_back(group_match(graph, *group));
  for (const auto& e : graph.group_edges())
    if (e.id == id) matches.push_back(group_edge_match(graph, e));
  for (const auto& i : graph.indicators())
    if (i.id == id) matches.push_back(indicator_match(i));
  return matches;
}

std::string document_title(const PropertyGraph& graph, const std::string& document) {
  const auto& meta = graph.metadata();
  const auto seeds = meta.find("seeds");
  if (seeds == meta.end() || !seeds->is_object()) return "";
  const auto title = seeds->find(document);
  return title != seeds->end() && title->is_string() ? title->get<std::string>() : "";
}

output::Report run_source(const SourceArgs& args, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const std::vector<Match> matches = find_matches(graph, args.id);
  if (matches.empty()) {
    const auto ids = all_ids(graph);
    throw UsageError(unknown_id_message(ids, args.id, "node or edge id"));
  }
  output::Table record{"record", "", {"record", "field", "value"}, {}, {}};
  output::Table sources{
      "sources", "Sources", {"record", "document", "document_title", "quote"}, {}, {}};
  for (const Match& m : matches) {
    for (const auto& [field, value] : m.fields) record.add_row({m.record, field, value});
    if (m.attributes)
      for (const auto& [key, value] : m.attributes->items())
        record.add_row({m.record, "attributes." + key, value_text(value)});
    for (const SourceQuote& s : *m.sources)
      sources.add_row({m.record, s.document, document_title(graph, s.document), s.quote});
    if (m.sources->empty()) sources.notes.push_back(m.record + " cites no source");
  }
  output::Report report;
  report.tables.push_back(std::move(record));
  report.tables.push_back(std::move(sources));
  return report;
}

}  // namespace

Command add_source(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<SourceArgs>();
  auto* cmd = root.add_subcommand(
      "source", "Provenance of a node, edge, group, group edge or indicator: documents and quotes");
  cmd->add_option("id", args->id, "Record id")->required();
  return {cmd, [args, options] { return run_source(*args, *options); }};
}

}  // namespace innonet::cli
