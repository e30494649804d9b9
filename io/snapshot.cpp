#include "io/snapshot.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "engine/error.hpp"
#include "io/atomic_file.hpp"
#include "io/snapshot_checksum.hpp"
#include "io/snapshot_layout.hpp"

namespace innonet::io {
namespace {

using namespace inb;  // the file layout (io/snapshot_layout.hpp)

constexpr std::uint64_t kReadPieceBytes = std::uint64_t{8} << 20;
constexpr std::int64_t kSerialBelow = 1 << 16;  // no thread team for small arrays

struct OutSection {
  Kind kind;
  std::span<const std::byte> bytes;
};
template <class T>
OutSection section(Kind kind, std::span<const T> values) {
  return {kind, std::as_bytes(values)};
}

}  // namespace

void write_snapshot(const CsrGraph& g, ByteSink& out, const SnapshotWriteOptions& options) {
  if (!options.original_ids.empty() && std::ssize(options.original_ids) != g.num_nodes())
    throw std::invalid_argument("original_ids: expected one id per vertex");
  std::vector<OutSection> sections = {section(out_offsets, g.out_offsets()),
                                      section(out_targets, g.out_targets())};
  if (g.is_weighted()) sections.push_back(section(out_weights, g.out_weight_array()));
  if (g.is_directed()) {
    static constexpr std::array<ArcIndex, 1> kNoRows = {0};  // a default CsrGraph has none
    sections.push_back(section(
        in_offsets, g.in_offsets().empty() ? std::span<const ArcIndex>(kNoRows) : g.in_offsets()));
    sections.push_back(section(in_sources, g.in_sources()));
    if (g.is_weighted()) sections.push_back(section(in_weights, g.in_weight_array()));
  }
  if (!g.node_refs().empty()) sections.push_back(section(node_refs, g.node_refs()));
  if (!options.original_ids.empty())
    sections.push_back(section(original_ids, options.original_ids));

  Header header{};
  header.magic = kMagic;
  header.version = kSnapshotVersion;
  header.flags = (g.is_directed() ? kDirectedFlag : 0) | (g.is_weighted() ? kWeightedFlag : 0);
  header.nodes = g.num_nodes();
  header.edges = g.num_edges();
  header.arcs = g.num_arcs();
  header.sections = static_cast<std::uint32_t>(sections.size());
  std::vector<Entry> table;
  std::uint64_t offset = align_up(sizeof(Header) + sections.size() * sizeof(Entry));
  for (const auto& s : sections) {
    table.push_back({s.kind, kElementBytes[s.kind], offset, s.bytes.size(), checksum64(s.bytes)});
    offset = align_up(offset + s.bytes.size());
  }
  header.table_checksum = checksum64(std::as_bytes(std::span(table)));
  header.header_checksum = header_checksum(header);

  std::uint64_t at = 0;
  const auto put = [&](const void* data, std::uint64_t bytes) {
    out.write({static_cast<const char*>(data), bytes});
    at += bytes;
  };
  const std::array<char, kAlign> zeros{};
  const auto pad = [&] { put(zeros.data(), align_up(at) - at); };
  put(&header, sizeof header);
  put(table.data(), table.size() * sizeof(Entry));
  pad();
  for (const auto& s : sections) {
    put(s.bytes.data(), s.bytes.size());
    pad();
  }
}

void write_snapshot(const CsrGraph& g, const std::string& path,
                    const SnapshotWriteOptions& options) {
  AtomicFile file(path);
  write_snapshot(g, file, options);
  file.commit();
}

namespace {

class SnapshotReader {
 public:
  SnapshotReader(const std::string& path, const SnapshotReadOptions& options)
      : path_(path), options_(options) {
    fd_ = open_regular_file(path);  // refuses directories, FIFOs and devices
    struct stat info {};
    if (::fstat(fd_, &info) != 0) fail(std::string("cannot stat: ") + std::strerror(errno));
    file_bytes_ = static_cast<std::uint64_t>(info.st_size);
  }
  ~SnapshotReader() {
    if (fd_ >= 0) ::close(fd_);
  }
  SnapshotReader(const SnapshotReader&) = delete;
  SnapshotReader& operator=(const SnapshotReader&) = delete;

  LoadedGraph read();

 private:
  [[noreturn]] void fail(const std::string& what) const { throw ParseError(path_, 0, 0, what); }
  std::string where(const Entry& e) const {
    return "section '" + std::string(kKindNames[e.kind]) + "' (bytes " + std::to_string(e.offset) +
           ".." + std::to_string(e.offset + e.bytes) + ")";
  }
  void read_at(void* destination, std::uint64_t bytes, std::uint64_t offset) const;
  void read_header();
  void read_table();
  void check_entry(const Entry& e, std::uint64_t previous_end) const;
  void check_padding(std::uint64_t from, std::uint64_t to) const;
  template <class Array>
  void load(Kind kind, Array& values);
  void check_structure(const CsrGraph::Arrays& a) const;
  void check_distinct(const std::vector<std::int64_t>& ids) const;

  std::string path_;
  SnapshotReadOptions options_;
  int fd_ = -1;
  std::uint64_t file_bytes_ = 0;
  Header header_{};
  std::vector<Entry> table_;
  std::array<std::optional<Entry>, kind_end> by_kind_;
};

void SnapshotReader::read_at(void* destination, std::uint64_t bytes, std::uint64_t offset) const {
  const auto pieces = static_cast<std::int64_t>((bytes + kReadPieceBytes - 1) / kReadPieceBytes);
  bool ok = true;
#pragma omp parallel for schedule(dynamic, 1) reduction(&& : ok) if (pieces > 1)
  for (std::int64_t p = 0; p < pieces; ++p) {
    std::uint64_t at = static_cast<std::uint64_t>(p) * kReadPieceBytes;
    const std::uint64_t end = std::min(bytes, at + kReadPieceBytes);
    while (ok && at < end) {
      const ssize_t got = ::pread(fd_, static_cast<char*>(destination) + at, end - at,
                                  static_cast<off_t>(offset + at));
      if (got < 0 && errno == EINTR) continue;
      ok = got > 0;
      if (ok) at += static_cast<std::uint64_t>(got);
    }
  }
  if (!ok)
    fail("cannot read " + std::to_string(bytes) + " bytes at offset " + std::to_string(offset) +
         ": the file is truncated or unreadable");
}

void SnapshotReader::read_header() {
  if (file_bytes_ < sizeof(Header))
    fail("truncated: " + std::to_string(file_bytes_) + " bytes, but a snapshot header needs " +
         std::to_string(sizeof(Header)));
  read_at(&header_, sizeof header_, 0);
  if (header_.magic != kMagic)
    fail(
        "not an innonet snapshot: wrong magic bytes at offset 0 (expected \\x89INB\\r\\n\\x1a\\n)");
  if (header_.version > kSnapshotVersion)
    fail("format version " + std::to_string(header_.version) +
         " is newer than this build of innonet reads (up to " + std::to_string(kSnapshotVersion) +
         "): upgrade innonet");
  if (header_.version == 0) fail("header: format version 0 is not valid: the file is corrupted");
  if (header_checksum(header_) != header_.header_checksum)
    fail("header (bytes 0..63): checksum mismatch: the file is corrupted");
  const bool counts_ok = header_.nodes >= 0 && header_.nodes <= kMaxVertexId + 1 &&
                         header_.arcs >= 0 && header_.arcs <= kMaxVertexId + 1 &&
                         header_.edges >= 0 && header_.edges <= header_.arcs;
  if ((header_.flags & ~(kDirectedFlag | kWeightedFlag)) != 0 || header_.reserved != 0 ||
      !counts_ok || header_.sections < 2 || header_.sections > kMaxSections)
    fail("header: invalid flags, counts or section count");
}

void SnapshotReader::read_table() {
  const std::uint64_t table_end = sizeof(Header) + std::uint64_t{header_.sections} * sizeof(Entry);
  if (file_bytes_ < table_end)
    fail("truncated: the section table ends at byte " + std::to_string(table_end) +
         ", the file has " + std::to_string(file_bytes_));
  table_.resize(header_.sections);
  read_at(table_.data(), table_.size() * sizeof(Entry), sizeof(Header));
  if (checksum64(std::as_bytes(std::span(table_))) != header_.table_checksum)
    fail("section table (bytes 64.." + std::to_string(table_end) +
         "): checksum mismatch: the file is corrupted");
  std::uint64_t end = table_end;
  for (const Entry& e : table_) {
    check_entry(e, end);
    check_padding(end, e.offset);
    by_kind_[e.kind] = e;
    end = e.offset + e.bytes;
  }
  if (file_bytes_ < align_up(end))
    fail("truncated: the last section ends at byte " + std::to_string(align_up(end)) +
         ", the file has " + std::to_string(file_bytes_));
  if (file_bytes_ > align_up(end))
    fail(std::to_string(file_bytes_ - align_up(end)) +
         " unexpected bytes after the last section, " + "from byte " +
         std::to_string(align_up(end)));
  check_padding(end, file_bytes_);
  const bool directed = (header_.flags & kDirectedFlag) != 0;
  const bool weighted = (header_.flags & kWeightedFlag) != 0;
  const std::array<bool, kind_end> required = {
      false, true, true, weighted, directed, directed, directed && weighted, false, false};
  for (std::uint32_t k = out_offsets; k <= in_weights; ++k)
    if (by_kind_[k].has_value() != required[k])
      fail(std::string("section table: section '") + kKindNames[k] +
           (required[k] ? "' is missing" : "' does not belong in a graph with these flags"));
}

void SnapshotReader::check_entry(const Entry& e, std::uint64_t previous_end) const {
  if (e.kind == 0 || e.kind >= kind_end)
    fail("section table: unknown section kind " + std::to_string(e.kind));
  if (by_kind_[e.kind].has_value()) fail("section table: " + where(e) + " appears twice");
  const auto n = static_cast<std::uint64_t>(header_.nodes);
  const auto arcs = static_cast<std::uint64_t>(header_.arcs);
  const std::uint64_t count = (e.kind == out_offsets || e.kind == in_offsets)   ? n + 1
                              : (e.kind == node_refs || e.kind == original_ids) ? n
                                                                                : arcs;
  if (e.element_bytes != kElementBytes[e.kind] || e.bytes != count * kElementBytes[e.kind])
    fail("section table: " + where(e) + " should hold " + std::to_string(count) + " values of " +
         std::to_string(kElementBytes[e.kind]) + " bytes");
  if (e.offset % kAlign != 0 || e.offset < previous_end)
    fail("section table: " + where(e) + " is not 64-byte aligned after the previous section");
  if (e.offset > file_bytes_ || e.bytes > file_bytes_ - e.offset)
    fail(where(e) + " runs past the end of the file (" + std::to_string(file_bytes_) +
         " bytes): the file is truncated");
}

void SnapshotReader::check_padding(std::uint64_t from, std::uint64_t to) const {
  std::array<unsigned char, kAlign> gap{};
  if (to < from || to - from > kAlign) fail("section table: a gap between sections is too large");
  read_at(gap.data(), to - from, from);
  for (std::uint64_t k = 0; k < to - from; ++k)
    if (gap[k] != 0)
      fail("padding byte at offset " + std::to_string(from + k) +
           " is not zero: the file is corrupted");
}

template <class Array>
void SnapshotReader::load(Kind kind, Array& values) {
  if (!by_kind_[kind]) return;
  const Entry& e = *by_kind_[kind];
  values.resize(e.bytes / sizeof(typename Array::value_type));
  read_at(values.data(), e.bytes, e.offset);
  if (checksum64(std::as_bytes(std::span(values))) != e.checksum)
    fail(where(e) + ": checksum mismatch: the file is corrupted");
}

}  // namespace

namespace {

// Offsets rise from 0 to the arc count and every id is a vertex: enough that no kernel can read
// outside the arrays. O(n + m), parallel.
bool valid_rows(const HugeArray<ArcIndex>& offsets, const HugeArray<Vertex>& ids, Vertex n) {
  if (offsets.front() != 0 || static_cast<std::size_t>(offsets.back()) != ids.size()) return false;
  bool ok = true;
#pragma omp parallel for schedule(static) reduction(&& : ok) if (n > kSerialBelow)
  for (Vertex v = 0; v < n; ++v) ok = ok && offsets[v] <= offsets[v + 1];
  const auto m = static_cast<std::int64_t>(ids.size());
#pragma omp parallel for schedule(static) reduction(&& : ok) if (m > kSerialBelow)
  for (std::int64_t a = 0; a < m; ++a)
    ok = ok && static_cast<std::uint32_t>(ids[a]) < static_cast<std::uint32_t>(n);
  return ok;
}

void SnapshotReader::check_structure(const CsrGraph::Arrays& a) const {
  if (!valid_rows(a.out_offsets, a.out_targets, a.num_nodes))
    fail(
        "sections 'out_offsets'/'out_targets': not a valid CSR (offsets must rise from 0 to the "
        "arc count, targets must lie in 0..n-1)");
  if (a.direction == Direction::directed && !valid_rows(a.in_offsets, a.in_sources, a.num_nodes))
    fail(
        "sections 'in_offsets'/'in_sources': not a valid CSR (offsets must rise from 0 to the "
        "arc count, sources must lie in 0..n-1)");
  if (a.direction == Direction::directed &&
      a.num_edges != static_cast<std::int64_t>(a.out_targets.size()))
    fail("header: a directed graph has one edge per arc");
}

void SnapshotReader::check_distinct(const std::vector<std::int64_t>& ids) const {
  std::vector<std::int64_t> sorted(ids);
  std::sort(sorted.begin(), sorted.end());
  const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
  if (twice != sorted.end())
    fail("section 'original_ids': id " + std::to_string(*twice) + " names two vertices");
}

LoadedGraph SnapshotReader::read() {
  read_header();
  read_table();
  CsrGraph::Arrays arrays;
  arrays.num_nodes = static_cast<Vertex>(header_.nodes);
  arrays.num_edges = header_.edges;
  arrays.direction =
      (header_.flags & kDirectedFlag) != 0 ? Direction::directed : Direction::undirected;
  arrays.weighted = (header_.flags & kWeightedFlag) != 0;
  load(out_offsets, arrays.out_offsets);
  load(out_targets, arrays.out_targets);
  load(out_weights, arrays.out_weights);
  load(in_offsets, arrays.in_offsets);
  load(in_sources, arrays.in_sources);
  load(in_weights, arrays.in_weights);
  load(node_refs, arrays.node_refs);
  LoadedGraph loaded;
  load(original_ids, loaded.original_ids);
  check_structure(arrays);
  if (options_.verify == Verify::full) {
    check_distinct(loaded.original_ids);
    try {
      loaded.graph = CsrGraph::from_arrays(std::move(arrays));
    } catch (const ValidationError& e) {
      fail(std::string("not a valid graph: ") + e.what());
    }
  } else {
    loaded.graph = CsrGraph::from_trusted_arrays(std::move(arrays));
  }
  if (loaded.graph.num_edges() == 0)
    loaded.note = "the snapshot holds no edges: the graph is empty";
  return loaded;
}

}  // namespace

LoadedGraph read_snapshot(const std::string& path, const SnapshotReadOptions& options) {
  SnapshotReader reader(path, options);
  return reader.read();
}

}  // namespace innonet::io
