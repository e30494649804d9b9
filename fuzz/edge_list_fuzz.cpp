// Edge list reader (io/edge_list.hpp), read as a directed graph with raw ids and as an undirected
// one with compacted ids. Whatever parses is built, written, read back with the same options and
// compared array by array.
#include "engine/csr_build.hpp"
#include "fuzz/support.hpp"
#include "io/edge_list.hpp"

using namespace innonet;

namespace {

CsrGraph build(const io::EdgeListData& data, Direction direction) {
  return build_csr(
      data.edges,
      {.direction = direction, .merge = MergeRule::keep, .self_loops = SelfLoops::keep});
}

void round_trip(std::string_view text, const io::EdgeListReadOptions& options) {
  io::EdgeListData data;
  if (!fuzz::parses([&] { data = io::parse_edge_list(text, "fuzz.edges", options); })) return;
  if (data.edges.num_nodes > fuzz::kMaxNodes) return;
  const CsrGraph graph = build(data, *options.direction);
  io::StringSink written;
  io::write_edge_list(graph, written, {.original_ids = data.original_ids});
  io::EdgeListData again;
  if (!fuzz::parses([&] { again = io::parse_edge_list(written.text, "rewritten.edges", options); }))
    fuzz::finding("edge list: the writer's output does not read back:\n" + written.text);
  fuzz::expect(again.original_ids == data.original_ids, "edge list: the original ids changed");
  fuzz::expect_same_csr(graph, build(again, *options.direction), "edge list round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  round_trip(text, {.direction = Direction::directed, .ids = io::IdMode::raw});
  round_trip(text, {.direction = Direction::undirected, .ids = io::IdMode::compact});
  return 0;
}
