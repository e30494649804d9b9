#pragma once
// Shared machinery of the text graph formats (edge lists, Matrix Market): a whole file in memory,
// a parallel parser for "id id [number]" lines, and number formatting for their writers.
//
// Parallel parsing: the text is cut into chunks of kParseChunkBytes, each ending just after a
// newline. A first parallel pass counts the data lines of every chunk, a prefix sum gives each
// chunk its slot, and a second pass parses every chunk straight into its slot. The result is the
// file order whatever the thread count. On errors each chunk keeps its first one; the one at the
// smallest file offset wins, so the message is the same at any thread count. Line and column are
// computed only then (1-based, columns count bytes).
// Cost: two passes over the text, O(bytes / threads); no memory beyond the result arrays.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/huge_array.hpp"

namespace innonet::io {

// What every CsrGraph file reader returns.
struct LoadedGraph {
  CsrGraph graph;
  std::vector<std::int64_t> original_ids;  // empty, or original_ids[v] = v's id in the file
  std::string note;                        // e.g. "the file holds no edges"; empty when nothing
};

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";  // skipped where a file starts with it
inline constexpr std::size_t kParseChunkBytes = std::size_t{1} << 20;
inline constexpr std::int64_t kMaxVertexId = (std::int64_t{1} << 31) - 2;  // n must fit int32

// Opens `path` for reading after checking it is a regular file: a directory ("is a directory"),
// a FIFO, a device such as /dev/zero or a socket is refused at once with a ParseError naming
// what it is (a FIFO without a writer would block; /dev/zero never ends). Returns the fd.
int open_regular_file(const std::string& path);

// A regular file's bytes (open_regular_file), memory-mapped read-only.
// Throws ParseError (no line) when the file cannot be opened or read.
class FileText {
 public:
  explicit FileText(const std::string& path);
  ~FileText();
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;
  std::string_view text() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  void* map_ = nullptr;
  std::string owned_;
};

struct TextPosition {
  std::int64_t line = 1;
  std::int64_t column = 1;
};
// 1-based line and byte column of `offset` in `text`. O(offset).
TextPosition position_of(std::string_view text, std::size_t offset);

// A token for an error message: the characters at `at` up to the next blank, quoted and clipped.
std::string quote_token(std::string_view text, std::size_t at);

// Throws ParseError for `file` at the line/column of `offset`.
[[noreturn]] void fail_at(const std::string& file, std::string_view text, std::size_t offset,
                          const std::string& what);

enum class ThirdColumn { absent, present };
enum class ValueKind { real, integer };

// What every data line holds: two ids and, when `third` is present, a finite number.
struct ColumnSpec {
  std::int64_t id_base = 0;                 // 0 for edge lists, 1 for Matrix Market
  std::int64_t max_first = kMaxVertexId;    // largest allowed id in column 1 (before the base)
  std::int64_t max_second = kMaxVertexId;   // largest allowed id in column 2
  ThirdColumn third = ThirdColumn::absent;  // every data line has 2 columns, or every one has 3
  ValueKind value_kind = ValueKind::real;
  std::int64_t reference_line = 0;  // line that set the column count, named in mismatch errors
  const char* first_name = "source id";
  const char* second_name = "target id";
  const char* third_name = "weight";
};

// Data lines of text[begin..): blank lines and lines starting with '#' or '%' (after blanks) are
// skipped. Ids are stored minus id_base; values only when the third column is present.
struct ParsedColumns {
  HugeArray<Vertex> first;
  HugeArray<Vertex> second;
  HugeArray<double> third;
  std::int64_t max_id = -1;  // largest stored id (after the base), -1 when no data line
  std::int64_t skipped_lines = 0;
};
ParsedColumns parse_columns(std::string_view text, std::size_t begin, const std::string& file,
                            const ColumnSpec& spec);

// Offset of the first data line at or after `begin` (text.size() if none), and its column count
// (0 if none). Used to fix ColumnSpec::third before the parallel pass.
struct FirstDataLine {
  std::size_t offset = 0;
  int columns = 0;
};
FirstDataLine first_data_line(std::string_view text, std::size_t begin);

// Offset of the data line with 0-based index `index` at or after `begin` (serial; for errors
// found after parsing, such as a rule that spans lines).
std::size_t data_line_offset(std::string_view text, std::size_t begin, std::int64_t index);

// Shortest text that reads back as exactly the same value.
void append_integer(std::string& out, std::int64_t value);
void append_double(std::string& out, double value);

}  // namespace innonet::io
