#include "io/matrix_market.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <vector>

#include "engine/error.hpp"
#include "engine/memory_budget.hpp"
#include "io/atomic_file.hpp"

namespace innonet::io {
namespace {

constexpr std::int64_t kWriteBlockVertices = 1 << 14;

struct Token {
  std::string_view text;
  std::size_t offset = 0;
};

// The blank-separated tokens of the line starting at `begin`; `end` receives the next line's start.
std::vector<Token> line_tokens(std::string_view text, std::size_t begin, std::size_t& end) {
  end = text.find('\n', begin);
  end = end == std::string_view::npos ? text.size() : end + 1;
  std::vector<Token> tokens;
  for (std::size_t p = begin; p < end;) {
    while (p < end && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    const std::size_t start = p;
    while (p < end && !std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    if (p > start) tokens.push_back({text.substr(start, p - start), start});
  }
  return tokens;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Banner {
  ThirdColumn values = ThirdColumn::present;
  ValueKind kind = ValueKind::real;
  bool symmetric = false;
  std::size_t body = 0;  // offset after the banner line
};

Banner read_banner(std::string_view text, const std::string& file) {
  Banner banner;
  const std::size_t bom = text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const auto tokens = line_tokens(text, bom, banner.body);
  const auto expect = [&](std::size_t k, std::initializer_list<const char*> allowed,
                          const std::string& what) -> std::string {
    if (k >= tokens.size())
      fail_at(file, text, banner.body == 0 ? 0 : banner.body - 1,
              "expected " + what + ", found the end of the line");
    std::string word = lower(tokens[k].text);
    for (const char* a : allowed)
      if (word == a) return word;
    fail_at(file, text, tokens[k].offset,
            "expected " + what + ", found \"" + std::string(tokens[k].text) + "\"");
  };
  if (tokens.empty() || tokens[0].text != "%%MatrixMarket")
    fail_at(file, text, 0,
            "expected a Matrix Market banner \"%%MatrixMarket matrix coordinate ...\"");
  expect(1, {"matrix"}, "the object 'matrix'");
  expect(2, {"coordinate"}, "the format 'coordinate' (dense 'array' files are not graphs)");
  const std::string field =
      expect(3, {"real", "integer", "pattern"}, "the field real, integer or pattern");
  const std::string symmetry =
      expect(4, {"general", "symmetric"}, "the symmetry general or symmetric");
  if (tokens.size() > 5)
    fail_at(file, text, tokens[5].offset, "expected the end of the banner line");
  banner.values = field == "pattern" ? ThirdColumn::absent : ThirdColumn::present;
  banner.kind = field == "integer" ? ValueKind::integer : ValueKind::real;
  banner.symmetric = symmetry == "symmetric";
  return banner;
}

struct SizeLine {
  std::int64_t nodes = 0;
  std::int64_t entries = 0;
  std::size_t body = 0;  // offset after the size line
};

SizeLine read_size_line(std::string_view text, std::size_t begin, const std::string& file) {
  const FirstDataLine first = first_data_line(text, begin);
  if (first.columns == 0)
    fail_at(file, text, text.size(),
            "expected the size line \"rows columns entries\", found the end of the file");
  SizeLine size;
  const auto tokens = line_tokens(text, first.offset, size.body);
  std::int64_t values[3] = {0, 0, 0};
  const char* names[3] = {"a row count", "a column count", "an entry count"};
  for (std::size_t k = 0; k < 3; ++k) {
    if (k >= tokens.size())
      fail_at(file, text, size.body - 1,
              std::string("expected ") + names[k] + ", found the end of the line");
    const auto t = tokens[k].text;
    const auto result = std::from_chars(t.data(), t.data() + t.size(), values[k]);
    if (result.ec != std::errc() || result.ptr != t.data() + t.size() || values[k] < 0)
      fail_at(file, text, tokens[k].offset,
              std::string("expected ") + names[k] + " (a non-negative integer), found \"" +
                  std::string(t) + "\"");
  }
  if (tokens.size() > 3) fail_at(file, text, tokens[3].offset, "expected the end of the size line");
  if (values[0] != values[1])
    fail_at(file, text, tokens[0].offset,
            "expected a square matrix for a graph, found " + std::to_string(values[0]) + " x " +
                std::to_string(values[1]));
  if (values[0] > kMaxVertexId + 1)
    fail_at(file, text, tokens[0].offset,
            "expected at most 2^31 - 1 rows, found " + std::to_string(values[0]));
  size.nodes = values[0];
  size.entries = values[2];
  // Entries are counted against the lines that follow, but the node count costs memory on its
  // own: refuse one the machine cannot hold before anything is allocated.
  const std::string shortfall = memory_shortfall(
      csr_build_bytes(size.nodes, 2 * std::min<std::int64_t>(size.entries, 1 << 20), true, false));
  if (!shortfall.empty())
    fail_at(file, text, tokens[0].offset,
            "the size line's " + std::to_string(size.nodes) + " rows imply a graph of " +
                std::to_string(size.nodes) + " nodes, which " + shortfall);
  return size;
}

// Smallest index of an entry above the diagonal, or -1.
std::int64_t first_upper_entry(const ParsedColumns& columns) {
  const auto m = static_cast<std::int64_t>(columns.first.size());
  std::int64_t first = std::numeric_limits<std::int64_t>::max();
#pragma omp parallel for schedule(static) reduction(min : first) if (m > (1 << 16))
  for (std::int64_t k = 0; k < m; ++k)
    if (columns.first[k] < columns.second[k]) first = std::min(first, k);
  return first == std::numeric_limits<std::int64_t>::max() ? -1 : first;
}

}  // namespace

LoadedGraph parse_matrix_market(std::string_view text, const std::string& file_name,
                                const MatrixMarketReadOptions& options) {
  const Banner banner = read_banner(text, file_name);
  const SizeLine size = read_size_line(text, banner.body, file_name);
  if (banner.values == ThirdColumn::absent && options.weights == WeightColumn::require)
    fail_at(file_name, text, 0,
            "expected a real or integer matrix (weights), found a pattern file");
  ColumnSpec spec;
  spec.id_base = 1;
  spec.max_first = spec.max_second = size.nodes - 1;
  spec.third = banner.values;
  spec.value_kind = banner.kind;
  spec.first_name = "row index";
  spec.second_name = "column index";
  spec.third_name = "value";
  ParsedColumns columns = parse_columns(text, size.body, file_name, spec);
  const auto found = static_cast<std::int64_t>(columns.first.size());
  if (found != size.entries)
    fail_at(file_name, text,
            found > size.entries ? data_line_offset(text, size.body, size.entries) : text.size(),
            "expected " + std::to_string(size.entries) + " entries (the size line), found " +
                std::to_string(found));
  if (banner.symmetric) {
    const std::int64_t upper = first_upper_entry(columns);
    if (upper >= 0)
      fail_at(file_name, text, data_line_offset(text, size.body, upper),
              "expected an entry on or below the diagonal (row >= column) in a symmetric matrix, "
              "found row " +
                  std::to_string(columns.first[upper] + 1) + ", column " +
                  std::to_string(columns.second[upper] + 1));
  }
  EdgeList edges;
  edges.num_nodes = static_cast<Vertex>(size.nodes);
  edges.sources = std::move(columns.first);
  edges.targets = std::move(columns.second);
  if (options.weights != WeightColumn::ignore) edges.weights = std::move(columns.third);
  const Direction direction =
      options.direction.value_or(banner.symmetric ? Direction::undirected : Direction::directed);
  LoadedGraph loaded;
  if (found == 0) loaded.note = "the file holds no entries: the graph has no edges";
  loaded.graph = build_csr(
      edges, {.direction = direction, .merge = options.merge, .self_loops = options.self_loops});
  return loaded;
}

LoadedGraph read_matrix_market(const std::string& path, const MatrixMarketReadOptions& options) {
  const FileText file(path);
  return parse_matrix_market(file.text(), path, options);
}

void write_matrix_market(const CsrGraph& g, ByteSink& out) {
  const bool undirected = !g.is_directed();
  const std::int64_t entries = undirected ? g.num_edges() : g.num_arcs();
  const std::string preamble = std::string("%%MatrixMarket matrix coordinate ") +
                               (g.is_weighted() ? "real" : "pattern") +
                               (undirected ? " symmetric" : " general") +
                               "\n% written by innonet\n" + std::to_string(g.num_nodes()) + " " +
                               std::to_string(g.num_nodes()) + " " + std::to_string(entries) + "\n";
  const Vertex n = g.num_nodes();
  const auto format = [&](std::int64_t block, std::string& out) {
    const auto end =
        static_cast<Vertex>(std::min<std::int64_t>(n, (block + 1) * kWriteBlockVertices));
    for (auto u = static_cast<Vertex>(block * kWriteBlockVertices); u < end; ++u) {
      const auto row = g.out_neighbors(u);
      const auto weights = g.out_weights(u);
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (undirected && row[k] > u) continue;  // lower triangle: row >= column
        append_integer(out, std::int64_t{u} + 1);
        out.push_back(' ');
        append_integer(out, std::int64_t{row[k]} + 1);
        if (g.is_weighted()) {
          out.push_back(' ');
          append_double(out, weights[k]);
        }
        out.push_back('\n');
      }
    }
  };
  out.write(preamble);
  write_blocks(out, (std::int64_t{n} + kWriteBlockVertices - 1) / kWriteBlockVertices, format);
}

void write_matrix_market(const CsrGraph& g, const std::string& path) {
  AtomicFile file(path);
  write_matrix_market(g, file);
  file.commit();
}

}  // namespace innonet::io
