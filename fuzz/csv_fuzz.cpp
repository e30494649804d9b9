// CSV set reader (io/csv.hpp). The input holds the six files separated by the byte 0x1e (ASCII
// record separator): nodes, edges, groups, group_edges, indicators, metadata; missing ones are
// empty. Whatever parses is written, read back and compared record by record.
#include <array>

#include "fuzz/support.hpp"
#include "io/csv.hpp"

using namespace innonet;

namespace {

io::CsvGraphText split_files(std::string_view input) {
  std::array<std::string, 6> parts;
  std::size_t part = 0;
  for (const char c : input) {
    if (c == '\x1e' && part + 1 < parts.size())
      ++part;
    else
      parts[part] += c;
  }
  return {parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const io::CsvGraphFiles names = io::csv_graph_files("fuzz.csv");
  const io::CsvGraphText files = split_files(fuzz::as_text(data, size));
  PropertyGraph graph;
  if (!fuzz::parses([&] { graph = io::read_csv_graph(files, names); })) return 0;
  const io::CsvGraphText first = io::write_csv_graph(graph);
  PropertyGraph again;
  if (!fuzz::parses([&] { again = io::read_csv_graph(first, io::csv_graph_files("again.csv")); }))
    fuzz::finding("CSV: the writer's output does not read back:\n" + first.nodes + first.edges);
  fuzz::expect_same_graph(graph, again, "CSV round trip");
  const io::CsvGraphText second = io::write_csv_graph(again);
  fuzz::expect(first.nodes == second.nodes && first.edges == second.edges &&
                   first.groups == second.groups && first.group_edges == second.group_edges &&
                   first.indicators == second.indicators && first.metadata == second.metadata,
               "CSV: writing the copy gives other bytes");
  return 0;
}
