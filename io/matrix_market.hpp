#pragma once
// Matrix Market coordinate files (NIST, "The Matrix Market Exchange Formats", Boisvert, Pozo &
// Remington 1996) as graphs: entry (i, j) of the square adjacency matrix is the edge i -> j.
//   %%MatrixMarket matrix coordinate <real|integer|pattern> <general|symmetric>
//   % comments
//   N N NNZ
//   i j [value]        (1-based; NNZ lines)
// general -> a directed graph (unless the options ask for undirected); symmetric -> an undirected
// graph whose entries must lie on or below the diagonal (i >= j), as the format requires.
// real and integer values are weights; pattern files are unweighted. N gives the vertex count, so
// isolated vertices survive a round trip. Dense "array" files, complex values and skew-symmetric
// or hermitian matrices are refused with a ParseError naming what was expected.
// The entries are parsed in parallel like edge lists (text_parse.hpp); errors name
// file:line:column. The writer emits general (directed) or symmetric (undirected, lower triangle)
// files, real when weighted (shortest exact form), pattern otherwise. Text is about 12-25 bytes
// per stored entry; memory as for edge lists.
#include <optional>
#include <string>
#include <string_view>

#include "engine/csr_build.hpp"
#include "io/edge_list.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {

struct MatrixMarketReadOptions {
  std::optional<Direction> direction;  // default: from the file (symmetric = undirected)
  MergeRule merge = MergeRule::keep;
  SelfLoops self_loops = SelfLoops::keep;
  WeightColumn weights = WeightColumn::use;  // require: a pattern file is an error
};

// `file_name` is only used in error messages.
LoadedGraph parse_matrix_market(std::string_view text, const std::string& file_name,
                                const MatrixMarketReadOptions& options = {});
LoadedGraph read_matrix_market(const std::string& path,
                               const MatrixMarketReadOptions& options = {});

// The file version is atomic (io/atomic_file.hpp).
void write_matrix_market(const CsrGraph& g, ByteSink& out);
void write_matrix_market(const CsrGraph& g, const std::string& path);

}  // namespace innonet::io
