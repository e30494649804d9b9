// Pajek .net reader (io/pajek.hpp). Pajek holds nodes and edges only, and a graph read from it has
// nothing else. Whatever parses is written, read back and compared record by record with what
// the format keeps of it (pajek_form below), and writing the copy again must give the same
// bytes. What Pajek loses by design (io/pajek.hpp; `convert` warns of it):
//   - a line break in an id, name, type, kind or evidence (a quoted string may hold a lone CR)
//     is written as a space;
//   - edges are written in two sections, *arcs (directed) then *edges (undirected), so they come
//     back directed first, each group in its order (and kinds and evidence are named in that
//     order).
// Attributes, sources and coordinates are kept whole (under "attributes" as JSON text where
// needed) and compared as they are.
#include <string>

#include "engine/property_graph_builder.hpp"
#include "fuzz/support.hpp"
#include "io/pajek.hpp"

using namespace innonet;

namespace {

std::string spaced(std::string text) {
  for (auto& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

// `graph` as Pajek keeps it: line breaks in its reserved texts as spaces, directed edges first.
PropertyGraph pajek_form(const PropertyGraph& graph) {
  PropertyGraphBuilder builder;
  for (const auto& node : graph.nodes())
    builder.add_node({.id = spaced(node.id),
                      .name = spaced(node.name),
                      .name_en = spaced(node.name_en),
                      .type = spaced(graph.type_name(node.type)),
                      .parent = node.parent ? spaced(graph.node(*node.parent).id) : "",
                      .coordinates = node.coordinates,
                      .attributes = node.attributes,
                      .sources = node.sources});
  for (const auto direction : {EdgeDirection::directed, EdgeDirection::undirected})
    for (const auto& edge : graph.edges())
      if (edge.direction == direction)
        builder.add_edge({.id = spaced(edge.id),
                          .source = spaced(graph.node(edge.source).id),
                          .target = spaced(graph.node(edge.target).id),
                          .kind = spaced(graph.kind_name(edge.kind)),
                          .direction = edge.direction,
                          .weight = edge.weight,
                          .year = edge.year,
                          .evidence = spaced(graph.evidence_name(edge.evidence)),
                          .attributes = edge.attributes,
                          .sources = edge.sources});
  return builder.build();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PropertyGraph graph;
  if (!fuzz::parses(
          [&] { graph = io::read_pajek(std::string(fuzz::as_text(data, size)), "fuzz.net"); }))
    return 0;
  PropertyGraph expected;
  // Two ids that differ only in a line break and a space are one id once written: the loss above.
  if (!fuzz::parses([&] { expected = pajek_form(graph); })) return 0;
  const std::string first = io::write_pajek(graph);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_pajek(first, "rewritten.net"); }))
    fuzz::finding("Pajek: the writer's output does not read back:\n" + first);
  fuzz::expect_same_graph(expected, again, "Pajek round trip");
  fuzz::expect(io::write_pajek(again) == first, "Pajek: writing the copy gives other bytes");
  return 0;
}
