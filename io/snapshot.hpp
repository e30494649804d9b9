#pragma once
// The binary snapshot `.inb`: a CsrGraph's arrays as they lie in memory, so loading is a few
// large reads and no parsing. Little-endian hosts only.
//
// Layout (format version 1), every offset a multiple of 64:
//   0   header, 64 bytes: magic "\x89INB\r\n\x1a\n" · u32 format version · u32 flags (bit 0
//       directed, bit 1 weighted) · i64 nodes · i64 edges · i64 arcs · u32 section count ·
//       u32 reserved (0) · u64 checksum of the section table · u64 checksum of header bytes 0..55
//   64  section table, 32 bytes per section: u32 kind · u32 element bytes · u64 offset ·
//       u64 length in bytes · u64 checksum of the section's bytes (snapshot_checksum.hpp)
//   ... sections in table order, each starting on a 64-byte boundary; the gaps are zero bytes and
//       the file ends right after the last section, padded to 64.
// Sections: out_offsets, out_targets, [out_weights], and for directed graphs in_offsets,
// in_sources, [in_weights]; optional node_refs and original_ids (i64 per vertex, e.g. the ids of
// an edge list read with IdMode::compact).
//
// Bytes per directed arc: 8 unweighted (4 out + 4 in), 24 weighted; per node 8 (two offsets);
// undirected graphs store each edge as two arcs in the out arrays only (8 bytes per edge,
// weighted 24), plus 4 per node. The loaded CsrGraph holds exactly these arrays, so the peak
// memory of a load is the graph itself.
//
// Reading checks, in order: magic, version (a newer one is refused, naming both), header and
// table checksums, every section's kind, size, alignment and bounds against the file size, zero
// padding, then each section's checksum, then the CSR structure (Verify::structure: offsets
// monotone and in range, ids in range: O(n + m), parallel; Verify::full: CsrGraph::from_arrays,
// which also checks sorted rows, finite weights, in-rows that are the transpose (weights
// included), symmetric undirected rows and the edge count: O(m log d), parallel), and that the
// original ids, when stored, are distinct. Every failure is
// a ParseError naming the file and the section or byte offset; no byte of the file is trusted
// before its checksum passed. Cost: O(bytes / threads).
#include <cstdint>
#include <span>
#include <string>

#include "engine/csr_graph.hpp"
#include "io/sink.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {

inline constexpr std::uint32_t kSnapshotVersion = 1;

enum class Verify { structure, full };

// Full by default: a snapshot may come from anywhere, and one whose checksums were recomputed
// after tampering passes every structure check (see docs in graph_file.hpp); a caller that wrote
// the file itself may ask for Verify::structure.
struct SnapshotReadOptions {
  Verify verify = Verify::full;
};

struct SnapshotWriteOptions {
  std::span<const std::int64_t> original_ids = {};  // stored when not empty (one per vertex)
};

// The file version is atomic (io/atomic_file.hpp).
void write_snapshot(const CsrGraph& g, ByteSink& out, const SnapshotWriteOptions& options = {});
void write_snapshot(const CsrGraph& g, const std::string& path,
                    const SnapshotWriteOptions& options = {});

LoadedGraph read_snapshot(const std::string& path, const SnapshotReadOptions& options = {});

}  // namespace innonet::io
