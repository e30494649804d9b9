#pragma once
// Reads one process's share of a binary snapshot (.inb, io/snapshot.hpp): no process reads the
// whole file.
//
// Every process reads the 64-byte header and the section table and checks them as io/ does
// (magic, version, checksums, section kinds, sizes, alignment, bounds against the file size: a
// truncated file fails here, on every process alike). Process r of P then takes the vertices
// [n·r/P, n·(r+1)/P): its slice of out_offsets and the arcs of those rows from out_targets (for an
// undirected graph both arcs of each edge are there; for a directed one the out rows are every
// arc, so the in sections are not read). The section checksums are verified collectively: each
// section is cut into the same 1-MiB blocks io/snapshot_checksum.hpp hashes, process r hashes
// blocks r, r + P, ..., the digests are summed over the processes (each block has one owner) and
// folded. So every byte is read once for the checksums and once more by its owner, spread
// over the processes. The slice is checked too: offsets rising and inside the section, targets
// in 0..n-1. Weights are not read (the kernels are unweighted).
// Any failure, on any process, is a ParseError naming the file, agreed by every process
// (session.hpp). Cost per process: O((n + m) / P) reads and memory.
#include <mpi.h>

#include <cstdint>
#include <string>
#include <vector>

#include "dist/dist_graph.hpp"

namespace innonet::dist {

struct SnapshotPart {
  Index num_nodes = 0;
  Index num_edges = 0;
  bool directed = false;
  bool has_original_ids = false;
  LocalArcs arcs;  // this process's arcs (source, target)
};

// Collective over `comm`.
SnapshotPart read_snapshot_part(const std::string& path, MPI_Comm comm);

// The stored original ids of `vertices` (their index when the snapshot stores none); read by the
// calling process alone, a few bytes per vertex.
std::vector<std::int64_t> read_original_ids(const std::string& path,
                                            const std::vector<Index>& vertices);

}  // namespace innonet::dist
