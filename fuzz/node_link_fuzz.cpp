// NetworkX node-link JSON reader (io/node_link.hpp). The format holds nodes and edges only, and
// a graph read from it has nothing else (no groups, indicators or metadata), so whatever parses
// is written, read back and compared record by record with fuzz::expect_same_graph; writing the
// copy again must give the same bytes.
#include "fuzz/support.hpp"
#include "io/node_link.hpp"

using namespace innonet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PropertyGraph graph;
  if (!fuzz::parses([&] {
        graph = io::read_node_link(std::string(fuzz::as_text(data, size)), "fuzz.nx.json");
      }))
    return 0;
  const std::string first = io::write_node_link(graph);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_node_link(first, "rewritten.nx.json"); }))
    fuzz::finding("node-link JSON: the writer's output does not read back:\n" + first);
  fuzz::expect_same_graph(graph, again, "node-link JSON round trip");
  fuzz::expect(io::write_node_link(again) == first,
               "node-link JSON: writing the copy gives other bytes");
  return 0;
}
