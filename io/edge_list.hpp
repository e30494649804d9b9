#pragma once
// Whitespace edge lists, SNAP style: one edge per line, "source target [weight]", columns
// separated by any blanks (spaces, tabs, '\r'). Lines whose first non-blank character is '#' or
// '%' are comments, blank lines are skipped. Either every data line has a weight column or none
// does. Ids are non-negative integers below 2^31 - 1.
//
// Vertex ids: IdMode::raw uses the file's integers as vertex ids, n = max id + 1 (SNAP
// convention; ids that never occur become isolated vertices). A SNAP header comment
// "# Nodes: N ..." raises n to N, which is how the writer keeps trailing isolated vertices.
// IdMode::compact renumbers the ids that occur to 0..k-1 in increasing order and returns the map.
//
// Header comments (before the first data line) are checked, not just skipped: "Edges: M" must
// match the number of data lines; innonet's own header "# innonet edge list: directed|undirected"
// sets the direction (unless the options force one) and, with it and raw ids, "Nodes: N" must
// exceed every id. A byte-order mark at the start is skipped. A file with no data line and no
// "Nodes:" header (an empty file) is a ParseError: an empty graph is written with a "# Nodes: 0"
// header. Before
// building, the bytes the implied graph needs are compared with the memory available
// (engine/memory_budget.hpp): a refusal names the file, the line whose id or header implied the
// size, and the bytes.
//
// Reading is parallel (see text_parse.hpp) and deterministic: the edge list is in file order at
// any thread count. Errors are ParseErrors naming file:line:column and what was expected.
// Cost: O(bytes / threads) to parse, then build_csr. Memory while reading: the file (mapped) plus
// 8 bytes per edge (16 weighted) for the edge list, then the CsrGraph (csr_graph.hpp: unweighted
// directed 8 bytes per arc + 8 per node). Text is about 10-20 bytes per edge.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/csr_graph.hpp"
#include "io/sink.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {

enum class IdMode { raw, compact };

enum class WeightColumn {
  use,      // weighted if the file has a third column
  ignore,   // parse and check the third column, but build an unweighted graph
  require,  // a file without a third column is an error
};

struct EdgeListReadOptions {
  std::optional<Direction> direction;  // default: the innonet header's, else directed
  MergeRule merge = MergeRule::keep;
  SelfLoops self_loops = SelfLoops::keep;
  WeightColumn weights = WeightColumn::use;
  IdMode ids = IdMode::raw;
};

// The parsed file before build_csr.
struct EdgeListData {
  EdgeList edges;                          // file order; weights empty unless used
  std::vector<std::int64_t> original_ids;  // IdMode::compact: original_ids[v]; raw: empty
  std::int64_t skipped_lines = 0;          // comments and blank lines
  bool has_weight_column = false;
  std::optional<Direction> header_direction;  // from "# innonet edge list: ..."
};

// `file_name` is only used in error messages.
EdgeListData parse_edge_list(std::string_view text, const std::string& file_name,
                             const EdgeListReadOptions& options = {});
EdgeListData read_edge_list_data(const std::string& path, const EdgeListReadOptions& options = {});

// Parse + build_csr. A file whose header declares nodes but that holds no edges gives a graph
// without edges and says so in `note`.
LoadedGraph read_edge_list(const std::string& path, const EdgeListReadOptions& options = {});

enum class Header { snap_comment, none };  // none: bare lines, for tools that reject comments
enum class WriteWeights { if_weighted, never };

struct EdgeListWriteOptions {
  Header header = Header::snap_comment;  // "# Nodes: N Edges: M": keeps trailing isolated nodes
  WriteWeights weights = WriteWeights::if_weighted;
  std::span<const std::int64_t> original_ids = {};  // write these ids instead of 0..n-1
};

// One line per arc of a directed graph; one line per edge {u,v} (u <= v) of an undirected one.
// Weights are written in the shortest form that reads back exactly, so write -> read is lossless.
// The file version is atomic (io/atomic_file.hpp): the whole file at `path`, or an Error and the
// old file.
void write_edge_list(const CsrGraph& g, ByteSink& out, const EdgeListWriteOptions& options = {});
void write_edge_list(const CsrGraph& g, const std::string& path,
                     const EdgeListWriteOptions& options = {});

}  // namespace innonet::io
