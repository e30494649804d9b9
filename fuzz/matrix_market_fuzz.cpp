// Matrix Market reader (io/matrix_market.hpp). Whatever parses is written, read back and compared
// array by array.
#include <charconv>

#include "fuzz/support.hpp"
#include "io/matrix_market.hpp"

using namespace innonet;

namespace {

// The row count of the size line (the first data line after the banner), or 0: sizes beyond
// fuzz::kMaxNodes are skipped (see fuzz/support.hpp).
std::int64_t declared_rows(std::string_view text) {
  const std::size_t banner_end = text.find('\n');
  if (banner_end == std::string_view::npos) return 0;
  const io::FirstDataLine line = io::first_data_line(text, banner_end + 1);
  if (line.columns == 0) return 0;
  std::size_t p = line.offset;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  std::int64_t rows = 0;
  std::from_chars(text.data() + p, text.data() + text.size(), rows);
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  if (declared_rows(text) > fuzz::kMaxNodes) return 0;
  io::LoadedGraph loaded;
  if (!fuzz::parses([&] { loaded = io::parse_matrix_market(text, "fuzz.mtx"); })) return 0;
  io::StringSink written;
  io::write_matrix_market(loaded.graph, written);
  io::LoadedGraph again;
  if (!fuzz::parses([&] { again = io::parse_matrix_market(written.text, "rewritten.mtx"); }))
    fuzz::finding("Matrix Market: the writer's output does not read back:\n" + written.text);
  fuzz::expect_same_csr(loaded.graph, again.graph, "Matrix Market round trip");
  return 0;
}
