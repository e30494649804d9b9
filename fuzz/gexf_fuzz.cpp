// GEXF reader (io/gexf.hpp). GEXF holds nodes and edges only, and a graph read from it has
// nothing else (no groups, indicators or metadata), so whatever parses is written, read back and
// compared record by record with fuzz::expect_same_graph; writing the copy again must give the
// same bytes.
#include "fuzz/support.hpp"
#include "io/gexf.hpp"

using namespace innonet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PropertyGraph graph;
  if (!fuzz::parses(
          [&] { graph = io::read_gexf(std::string(fuzz::as_text(data, size)), "fuzz.gexf"); }))
    return 0;
  const std::string first = io::write_gexf(graph);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_gexf(first, "rewritten.gexf"); }))
    fuzz::finding("GEXF: the writer's output does not read back:\n" + first);
  fuzz::expect_same_graph(graph, again, "GEXF round trip");
  fuzz::expect(io::write_gexf(again) == first, "GEXF: writing the copy gives other bytes");
  return 0;
}
