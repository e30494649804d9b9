// Native JSON reader (io/native_json.hpp): whatever parses is written, read back and compared
// record by record; writing the copy again must give the same bytes.
#include "fuzz/support.hpp"
#include "io/native_json.hpp"

using namespace innonet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PropertyGraph graph;
  if (!fuzz::parses([&] { graph = io::read_native_json(fuzz::as_text(data, size), "fuzz.json"); }))
    return 0;
  io::StringSink first;
  io::write_native_json(graph, first);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_native_json(first.text, "rewritten.json"); }))
    fuzz::finding("native JSON: the writer's output does not read back:\n" + first.text);
  fuzz::expect_same_graph(graph, again, "native JSON round trip");
  io::StringSink second;
  io::write_native_json(again, second);
  fuzz::expect(first.text == second.text, "native JSON: writing the copy gives other bytes");
  return 0;
}
