#include "io/edge_list.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cctype>
#include <charconv>
#include <utility>

#include "engine/error.hpp"
#include "engine/memory_budget.hpp"
#include "io/atomic_file.hpp"

namespace innonet::io {
namespace {

constexpr std::int64_t kWriteBlockVertices = 1 << 14;

// What the header comments before the first data line declare. -1: not declared.
struct HeaderCounts {
  std::int64_t nodes = -1, edges = -1;
  std::size_t nodes_at = 0, edges_at = 0;  // offsets of the numbers, for messages
  std::optional<Direction> direction;      // innonet's own header
};

std::int64_t header_number(std::string_view head, std::string_view key, std::size_t& at) {
  const std::size_t found = head.find(key);
  if (found == std::string_view::npos) return -1;
  std::size_t p = found + key.size();
  while (p < head.size() && (head[p] == ' ' || head[p] == '\t')) ++p;
  std::int64_t value = 0;
  const auto result = std::from_chars(head.data() + p, head.data() + head.size(), value);
  at = p;
  return result.ec == std::errc() && value >= 0 ? value : -1;
}

HeaderCounts read_header(std::string_view text, std::size_t first_data) {
  const std::string_view head = text.substr(0, first_data);
  HeaderCounts h;
  h.nodes = header_number(head, "Nodes:", h.nodes_at);
  h.edges = header_number(head, "Edges:", h.edges_at);
  constexpr std::string_view kInnonet = "# innonet edge list: ";
  const std::size_t own = head.find(kInnonet);
  if (own != std::string_view::npos) {
    const std::string_view rest = head.substr(own + kInnonet.size());
    if (rest.starts_with("undirected")) h.direction = Direction::undirected;
    if (rest.starts_with("directed")) h.direction = Direction::directed;
  }
  return h;
}

// The first data line holding `id` in either column (serial; for messages only).
std::size_t line_with_id(std::string_view text, std::size_t begin, std::int64_t id) {
  const std::string digits = std::to_string(id);
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(digits, begin); at != std::string_view::npos;
       at = text.find(digits, at + 1)) {
    const std::size_t after = at + digits.size();
    if ((at > 0 && is_digit(text[at - 1])) || (after < text.size() && is_digit(text[after])))
      continue;
    const std::size_t newline = text.rfind('\n', at);
    const std::size_t line = newline == std::string_view::npos ? 0 : newline + 1;
    const std::size_t content = text.find_first_not_of(" \t", line);
    if (line >= begin && content != std::string_view::npos && text[content] != '#' &&
        text[content] != '%')
      return line;
  }
  return begin;
}

// Header counts against what the file holds, then the memory the graph will need.
void check_counts(std::string_view text, const std::string& file, const FirstDataLine& first,
                  const HeaderCounts& h, const ParsedColumns& columns, bool directed,
                  bool raw_ids) {
  const auto lines = static_cast<std::int64_t>(columns.first.size());
  if (h.nodes > kMaxVertexId + 1)
    fail_at(file, text, h.nodes_at,
            "the header's node count " + std::to_string(h.nodes) + " is above 2^31 - 1");
  if (h.edges >= 0 && h.edges != lines)
    fail_at(file, text, h.edges_at,
            "the header says " + std::to_string(h.edges) + " edges, but the file holds " +
                std::to_string(lines) + " edge lines");
  if (raw_ids && h.direction && h.nodes >= 0 && columns.max_id >= h.nodes)
    fail_at(file, text, line_with_id(text, first.offset, columns.max_id),
            "id " + std::to_string(columns.max_id) + " is not below the header's node count " +
                std::to_string(h.nodes));
  if (lines == 0 && h.nodes < 0)
    fail_at(file, text, text.size(),
            text.empty() ? "empty file: expected edge lines \"source target [weight]\""
                         : "no edge lines and no \"# Nodes: N\" header: expected edge lines "
                           "\"source target [weight]\" (an empty graph is written with the "
                           "header \"# Nodes: 0\")");
  if (!raw_ids) return;  // compact ids: at most two nodes per line, the file's own size
  const std::int64_t nodes = std::max(columns.max_id + 1, h.nodes);
  const std::string shortfall = memory_shortfall(
      csr_build_bytes(nodes, directed ? lines : 2 * lines, directed, columns.third.size() > 0));
  if (shortfall.empty()) return;
  const bool from_header = h.nodes > columns.max_id;
  fail_at(file, text, from_header ? h.nodes_at : line_with_id(text, first.offset, columns.max_id),
          (from_header ? "the header's node count " + std::to_string(h.nodes)
                       : "id " + std::to_string(columns.max_id)) +
              " implies a graph of " + std::to_string(nodes) + " nodes, which " + shortfall);
}

// Sparse ids (a few edges, ids up to 2^31): sort the distinct ids and find each by binary search,
// so the cost follows the file, not the largest id. O(m log m).
std::vector<std::int64_t> compact_sparse_ids(EdgeList& edges) {
  std::vector<std::int64_t> original;
  original.reserve(2 * edges.sources.size());
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    original.push_back(edges.sources[i]);
    original.push_back(edges.targets[i]);
  }
  std::sort(original.begin(), original.end());
  original.erase(std::unique(original.begin(), original.end()), original.end());
  const auto relabel = [&](Vertex v) {
    return static_cast<Vertex>(std::lower_bound(original.begin(), original.end(), v) -
                               original.begin());
  };
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    edges.sources[i] = relabel(edges.sources[i]);
    edges.targets[i] = relabel(edges.targets[i]);
  }
  edges.num_nodes = static_cast<Vertex>(original.size());
  return original;
}

// Renumbers the ids that occur to 0..k-1 in increasing order: a bitmap of the ids seen, then the
// rank of each id (words' prefix popcounts). Deterministic; O(m + max_id / 64). When the bitmap
// would be much larger than the edge list, the sorted path above is used instead.
std::vector<std::int64_t> compact_ids(EdgeList& edges, std::int64_t max_id) {
  const std::int64_t words = max_id / 64 + 1;
  if (words > 4 * static_cast<std::int64_t>(edges.sources.size()) + 4096)
    return compact_sparse_ids(edges);
  std::vector<std::uint64_t> seen(static_cast<std::size_t>(words), 0);
  const auto m = static_cast<std::int64_t>(edges.sources.size());
#pragma omp parallel for schedule(static) if (m > (1 << 16))
  for (std::int64_t i = 0; i < m; ++i)
    for (const Vertex v : {edges.sources[i], edges.targets[i]})
      std::atomic_ref<std::uint64_t>(seen[v / 64])
          .fetch_or(1ULL << (v % 64), std::memory_order_relaxed);
  std::vector<std::int32_t> rank(static_cast<std::size_t>(words));
  std::int64_t running = 0;
  for (std::int64_t w = 0; w < words; ++w) {
    rank[w] = static_cast<std::int32_t>(running);
    running += std::popcount(seen[w]);
  }
  std::vector<std::int64_t> original(static_cast<std::size_t>(running));
#pragma omp parallel for schedule(static) if (words > (1 << 12))
  for (std::int64_t w = 0; w < words; ++w) {
    std::int64_t next = rank[w];
    for (std::uint64_t bits = seen[w]; bits != 0; bits &= bits - 1)
      original[next++] = w * 64 + std::countr_zero(bits);
  }
  const auto relabel = [&](Vertex v) {
    const std::uint64_t below = seen[v / 64] & ((1ULL << (v % 64)) - 1);
    return static_cast<Vertex>(rank[v / 64] + std::popcount(below));
  };
#pragma omp parallel for schedule(static) if (m > (1 << 16))
  for (std::int64_t i = 0; i < m; ++i) {
    edges.sources[i] = relabel(edges.sources[i]);
    edges.targets[i] = relabel(edges.targets[i]);
  }
  edges.num_nodes = static_cast<Vertex>(running);
  return original;
}

}  // namespace

EdgeListData parse_edge_list(std::string_view text, const std::string& file_name,
                             const EdgeListReadOptions& options) {
  const std::size_t bom = text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const FirstDataLine first = first_data_line(text, bom);
  if (first.columns > 3)
    fail_at(file_name, text, first.offset,
            "expected 2 or 3 columns (source, target[, weight]), found " +
                std::to_string(first.columns));
  if (first.columns == 2 && options.weights == WeightColumn::require)
    fail_at(file_name, text, first.offset,
            "expected 3 columns (source, target, weight), found 2: this reader was asked for "
            "weights");
  ColumnSpec spec;
  spec.third = first.columns == 3 ? ThirdColumn::present : ThirdColumn::absent;
  spec.reference_line = first.columns > 0 ? position_of(text, first.offset).line : 0;
  ParsedColumns columns = parse_columns(text, bom, file_name, spec);
  const HeaderCounts header = read_header(text, first.offset);
  const Direction direction =
      options.direction.value_or(header.direction.value_or(Direction::directed));
  check_counts(text, file_name, first, header, columns, direction == Direction::directed,
               options.ids == IdMode::raw);

  EdgeListData data;
  data.header_direction = header.direction;
  data.has_weight_column = spec.third == ThirdColumn::present;
  data.skipped_lines = columns.skipped_lines;
  data.edges.sources = std::move(columns.first);
  data.edges.targets = std::move(columns.second);
  if (options.weights != WeightColumn::ignore) data.edges.weights = std::move(columns.third);
  if (options.ids == IdMode::compact) {
    if (columns.max_id >= 0) data.original_ids = compact_ids(data.edges, columns.max_id);
  } else {
    data.edges.num_nodes = static_cast<Vertex>(std::max(columns.max_id + 1, header.nodes));
  }
  return data;
}

EdgeListData read_edge_list_data(const std::string& path, const EdgeListReadOptions& options) {
  const FileText file(path);
  return parse_edge_list(file.text(), path, options);
}

LoadedGraph read_edge_list(const std::string& path, const EdgeListReadOptions& options) {
  EdgeListData data = read_edge_list_data(path, options);
  LoadedGraph loaded;
  if (data.edges.sources.empty()) loaded.note = "the file holds no edges";
  const Direction direction =
      options.direction.value_or(data.header_direction.value_or(Direction::directed));
  loaded.graph =
      build_csr(data.edges,
                {.direction = direction, .merge = options.merge, .self_loops = options.self_loops});
  loaded.original_ids = std::move(data.original_ids);
  return loaded;
}

void write_edge_list(const CsrGraph& g, ByteSink& out, const EdgeListWriteOptions& options) {
  const auto ids = options.original_ids;
  if (!ids.empty() && std::ssize(ids) != g.num_nodes())
    throw std::invalid_argument("original_ids: expected one id per vertex");
  const bool weights = g.is_weighted() && options.weights == WriteWeights::if_weighted;
  const bool undirected = !g.is_directed();
  // With original ids the header declares max id + 1 (the SNAP convention), so the file reads
  // back with raw ids too; a compact-id reader ignores the count.
  const std::int64_t declared_nodes =
      ids.empty() ? std::int64_t{g.num_nodes()} : *std::max_element(ids.begin(), ids.end()) + 1;
  std::string preamble;
  if (options.header == Header::snap_comment) {
    preamble = std::string("# innonet edge list: ") + (undirected ? "undirected" : "directed") +
               (weights ? ", weighted (source target weight)" : "") +
               "\n# Nodes: " + std::to_string(declared_nodes) +
               " Edges: " + std::to_string(g.num_edges()) + "\n";
  }
  const Vertex n = g.num_nodes();
  const auto name = [&](Vertex v) { return ids.empty() ? std::int64_t{v} : ids[v]; };
  const auto format = [&](std::int64_t block, std::string& out) {
    const auto end =
        static_cast<Vertex>(std::min<std::int64_t>(n, (block + 1) * kWriteBlockVertices));
    for (auto u = static_cast<Vertex>(block * kWriteBlockVertices); u < end; ++u) {
      const auto row = g.out_neighbors(u);
      const auto row_weights = g.out_weights(u);
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (undirected && row[k] < u) continue;
        append_integer(out, name(u));
        out.push_back(' ');
        append_integer(out, name(row[k]));
        if (weights) {
          out.push_back(' ');
          append_double(out, row_weights[k]);
        }
        out.push_back('\n');
      }
    }
  };
  out.write(preamble);
  write_blocks(out, (std::int64_t{n} + kWriteBlockVertices - 1) / kWriteBlockVertices, format);
}

void write_edge_list(const CsrGraph& g, const std::string& path,
                     const EdgeListWriteOptions& options) {
  AtomicFile file(path);
  write_edge_list(g, file, options);
  file.commit();
}

}  // namespace innonet::io
