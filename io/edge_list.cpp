#include "io/edge_list.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <charconv>
#include <utility>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"

namespace innonet::io {
namespace {

constexpr std::int64_t kWriteBlockVertices = 1 << 14;

// n from a SNAP header comment "# Nodes: N ..." among the comments before the first data line.
std::int64_t header_node_count(std::string_view text, std::size_t first_data) {
  const std::string_view head = text.substr(0, first_data);
  const std::size_t at = head.find("Nodes:");
  if (at == std::string_view::npos) return 0;
  std::size_t p = at + 6;
  while (p < head.size() && (head[p] == ' ' || head[p] == '\t')) ++p;
  std::int64_t nodes = 0;
  const auto result = std::from_chars(head.data() + p, head.data() + head.size(), nodes);
  return result.ec == std::errc() && nodes >= 0 && nodes <= kMaxVertexId + 1 ? nodes : 0;
}

// Renumbers the ids that occur to 0..k-1 in increasing order: a bitmap of the ids seen, then the
// rank of each id (words' prefix popcounts). Deterministic; O(m + max_id / 64).
std::vector<std::int64_t> compact_ids(EdgeList& edges, std::int64_t max_id) {
  const std::int64_t words = max_id / 64 + 1;
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
  const FirstDataLine first = first_data_line(text, 0);
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
  ParsedColumns columns = parse_columns(text, 0, file_name, spec);

  EdgeListData data;
  data.has_weight_column = spec.third == ThirdColumn::present;
  data.skipped_lines = columns.skipped_lines;
  data.edges.sources = std::move(columns.first);
  data.edges.targets = std::move(columns.second);
  if (options.weights != WeightColumn::ignore) data.edges.weights = std::move(columns.third);
  if (options.ids == IdMode::compact) {
    if (columns.max_id >= 0) data.original_ids = compact_ids(data.edges, columns.max_id);
  } else {
    data.edges.num_nodes =
        static_cast<Vertex>(std::max(columns.max_id + 1, header_node_count(text, first.offset)));
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
  if (data.edges.sources.empty()) loaded.note = "the file holds no edges: the graph is empty";
  loaded.graph = build_csr(
      data.edges,
      {.direction = options.direction, .merge = options.merge, .self_loops = options.self_loops});
  loaded.original_ids = std::move(data.original_ids);
  return loaded;
}

void write_edge_list(const CsrGraph& g, ByteSink& out, const EdgeListWriteOptions& options) {
  const auto ids = options.original_ids;
  if (!ids.empty() && std::ssize(ids) != g.num_nodes())
    throw std::invalid_argument("original_ids: expected one id per vertex");
  const bool weights = g.is_weighted() && options.weights == WriteWeights::if_weighted;
  const bool undirected = !g.is_directed();
  std::string preamble;
  if (options.header == Header::snap_comment) {
    preamble = std::string("# innonet edge list: ") + (undirected ? "undirected" : "directed") +
               (weights ? ", weighted (source target weight)" : "") +
               "\n# Nodes: " + std::to_string(g.num_nodes()) +
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
