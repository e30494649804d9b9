// GraphML reader (io/graphml.hpp). GraphML holds nodes and edges only, and a graph read from it
// has nothing else (no groups, indicators or metadata), so whatever parses is written, read back
// and compared record by record with fuzz::expect_same_graph; writing the copy again must give
// the same bytes.
#include "fuzz/support.hpp"
#include "io/graphml.hpp"

using namespace innonet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PropertyGraph graph;
  if (!fuzz::parses([&] {
        graph = io::read_graphml(std::string(fuzz::as_text(data, size)), "fuzz.graphml");
      }))
    return 0;
  const std::string first = io::write_graphml(graph);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_graphml(first, "rewritten.graphml"); }))
    fuzz::finding("GraphML: the writer's output does not read back:\n" + first);
  fuzz::expect_same_graph(graph, again, "GraphML round trip");
  fuzz::expect(io::write_graphml(again) == first, "GraphML: writing the copy gives other bytes");
  return 0;
}
