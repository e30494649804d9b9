#include "dist/snapshot_part.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include "dist/session.hpp"
#include "io/snapshot.hpp"
#include "io/snapshot_checksum.hpp"
#include "io/snapshot_layout.hpp"
#include "io/text_parse.hpp"

namespace innonet::dist {
namespace {

using namespace io::inb;
using io::checksum64;
using io::checksum_block_digest;
using io::checksum_fold;
using io::kChecksumBlockBytes;

// The file descriptor and the checked layout of one snapshot, as each process sees it.
class PartReader {
 public:
  explicit PartReader(std::string path) : path_(std::move(path)) {}
  ~PartReader() {
    if (fd_ >= 0) ::close(fd_);
  }
  PartReader(const PartReader&) = delete;
  PartReader& operator=(const PartReader&) = delete;

  void read_layout();
  std::vector<std::uint64_t> own_block_digests(const Entry& e, int rank, int processes) const;
  void check_checksum(const Entry& e, std::vector<std::uint64_t> digests) const;
  void read_slice(Index first, Index end, LocalArcs& arcs) const;

  const Header& header() const { return header_; }
  const std::vector<Entry>& table() const { return table_; }
  const std::optional<Entry>& section(Kind k) const { return by_kind_[k]; }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw ParseError(path_, 0, 0, what); }
  std::string where(const Entry& e) const {
    return "section '" + std::string(kKindNames[e.kind]) + "' (bytes " + std::to_string(e.offset) +
           ".." + std::to_string(e.offset + e.bytes) + ")";
  }
  void read_at(void* destination, std::uint64_t bytes, std::uint64_t offset) const;
  void check_header() const;
  void check_entry(const Entry& e, std::uint64_t previous_end) const;

  std::string path_;
  int fd_ = -1;
  std::uint64_t file_bytes_ = 0;
  Header header_{};
  std::vector<Entry> table_;
  std::array<std::optional<Entry>, kind_end> by_kind_;
};

void PartReader::read_at(void* destination, std::uint64_t bytes, std::uint64_t offset) const {
  std::uint64_t at = 0;
  while (at < bytes) {
    const ssize_t got = ::pread(fd_, static_cast<char*>(destination) + at, bytes - at,
                                static_cast<off_t>(offset + at));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0)
      fail("cannot read " + std::to_string(bytes) + " bytes at offset " + std::to_string(offset) +
           ": the file is truncated or unreadable");
    at += static_cast<std::uint64_t>(got);
  }
}

void PartReader::check_header() const {
  if (header_.magic != kMagic)
    fail(
        "not an innonet snapshot: wrong magic bytes at offset 0 (expected \\x89INB\\r\\n\\x1a\\n)");
  if (header_.version == 0 || header_.version > io::kSnapshotVersion)
    fail("format version " + std::to_string(header_.version) + " is not one this build reads (1.." +
         std::to_string(io::kSnapshotVersion) + ")");
  if (header_checksum(header_) != header_.header_checksum)
    fail("header (bytes 0..63): checksum mismatch: the file is corrupted");
  const bool counts_ok = header_.nodes >= 0 && header_.nodes <= io::kMaxVertexId + 1 &&
                         header_.arcs >= 0 && header_.arcs <= io::kMaxVertexId + 1 &&
                         header_.edges >= 0 && header_.edges <= header_.arcs;
  if ((header_.flags & ~(kDirectedFlag | kWeightedFlag)) != 0 || header_.reserved != 0 ||
      !counts_ok || header_.sections < 2 || header_.sections > kMaxSections)
    fail("header: invalid flags, counts or section count");
}

void PartReader::check_entry(const Entry& e, std::uint64_t previous_end) const {
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

void PartReader::read_layout() {
  fd_ = io::open_regular_file(path_);  // ParseError for a missing file, a directory, a FIFO
  struct stat info {};
  if (::fstat(fd_, &info) != 0) fail(std::string("cannot stat: ") + std::strerror(errno));
  file_bytes_ = static_cast<std::uint64_t>(info.st_size);
  if (file_bytes_ < sizeof(Header))
    fail("truncated: " + std::to_string(file_bytes_) + " bytes, but a snapshot header needs " +
         std::to_string(sizeof(Header)));
  read_at(&header_, sizeof header_, 0);
  check_header();
  const std::uint64_t table_end = sizeof(Header) + std::uint64_t{header_.sections} * sizeof(Entry);
  if (file_bytes_ < table_end)
    fail("truncated: the section table ends at byte " + std::to_string(table_end) +
         ", the file has " + std::to_string(file_bytes_));
  table_.resize(header_.sections);
  read_at(table_.data(), table_.size() * sizeof(Entry), sizeof(Header));
  if (checksum64(std::as_bytes(std::span(table_))) != header_.table_checksum)
    fail("section table: checksum mismatch: the file is corrupted");
  std::uint64_t end = table_end;
  for (const Entry& e : table_) {
    check_entry(e, end);
    by_kind_[e.kind] = e;
    end = e.offset + e.bytes;
  }
  if (file_bytes_ != align_up(end))
    fail("the last section ends at byte " + std::to_string(align_up(end)) + ", the file has " +
         std::to_string(file_bytes_) + " bytes: the file is truncated or has trailing bytes");
  if (!by_kind_[out_offsets] || !by_kind_[out_targets])
    fail("section table: section 'out_offsets' or 'out_targets' is missing");
}

std::vector<std::uint64_t> PartReader::own_block_digests(const Entry& e, int rank,
                                                         int processes) const {
  const auto blocks = (e.bytes + kChecksumBlockBytes - 1) / kChecksumBlockBytes;
  std::vector<std::uint64_t> digests(blocks, 0);
  std::vector<std::byte> buffer(std::min<std::uint64_t>(e.bytes, kChecksumBlockBytes));
  for (std::uint64_t b = static_cast<std::uint64_t>(rank); b < blocks;
       b += static_cast<std::uint64_t>(processes)) {
    const std::uint64_t begin = b * kChecksumBlockBytes;
    const std::uint64_t size = std::min<std::uint64_t>(kChecksumBlockBytes, e.bytes - begin);
    read_at(buffer.data(), size, e.offset + begin);
    digests[b] = checksum_block_digest(std::span(buffer).first(size));
  }
  return digests;
}

void PartReader::check_checksum(const Entry& e, std::vector<std::uint64_t> digests) const {
  if (checksum_fold(digests, e.bytes) != e.checksum)
    fail(where(e) + ": checksum mismatch: the file is corrupted");
}

void PartReader::read_slice(Index first, Index end, LocalArcs& arcs) const {
  const Entry& offsets_entry = *by_kind_[out_offsets];
  const Entry& targets_entry = *by_kind_[out_targets];
  std::vector<std::int32_t> offsets(static_cast<std::size_t>(end - first + 1));
  read_at(offsets.data(), offsets.size() * 4, offsets_entry.offset + 4 * first);
  const Index n = header_.nodes;
  const Index total = header_.arcs;
  bool ok = (first > 0 || offsets.front() == 0) && (end < n || offsets.back() == total);
  for (std::size_t i = 0; ok && i + 1 < offsets.size(); ++i)
    ok = offsets[i] >= 0 && offsets[i] <= offsets[i + 1] && offsets[i + 1] <= total;
  if (!ok)
    fail("section 'out_offsets': not a valid CSR in rows " + std::to_string(first) + ".." +
         std::to_string(end) + " (offsets must rise from 0 to the arc count)");
  const Index first_arc = offsets.front();
  std::vector<std::int32_t> targets(static_cast<std::size_t>(offsets.back() - first_arc));
  read_at(targets.data(), targets.size() * 4, targets_entry.offset + 4 * first_arc);
  arcs.sources.reserve(targets.size());
  arcs.targets.reserve(targets.size());
  for (Index u = first; u < end; ++u)
    for (Index a = offsets[u - first]; a < offsets[u - first + 1]; ++a) {
      const std::int32_t v = targets[a - first_arc];
      if (v < 0 || v >= n)
        fail("section 'out_targets': arc " + std::to_string(a) + " points to vertex " +
             std::to_string(v) + ", outside 0.." + std::to_string(n - 1));
      arcs.sources.push_back(u);
      arcs.targets.push_back(v);
    }
}

}  // namespace

SnapshotPart read_snapshot_part(const std::string& path, MPI_Comm comm) {
  int rank = 0, processes = 1;
  MPI_Comm_rank(comm, &rank);
  MPI_Comm_size(comm, &processes);
  PartReader reader(path);
  collectively(comm, [&] { reader.read_layout(); });
  for (const Entry& e : reader.table()) {
    std::vector<std::uint64_t> digests;
    collectively(comm, [&] { digests = reader.own_block_digests(e, rank, processes); });
    // Each block was hashed by one process and is 0 elsewhere: the sum is the digest.
    MPI_Allreduce(MPI_IN_PLACE, digests.data(), static_cast<int>(digests.size()), MPI_UINT64_T,
                  MPI_SUM, comm);
    collectively(comm, [&] { reader.check_checksum(e, std::move(digests)); });
  }
  SnapshotPart part;
  const Header& h = reader.header();
  part.num_nodes = h.nodes;
  part.num_edges = h.edges;
  part.directed = (h.flags & kDirectedFlag) != 0;
  part.has_original_ids = reader.section(original_ids).has_value();
  const Index first = h.nodes * rank / processes;
  const Index end = h.nodes * (rank + 1) / processes;
  collectively(comm, [&] { reader.read_slice(first, end, part.arcs); });
  return part;
}

std::vector<std::int64_t> read_original_ids(const std::string& path,
                                            const std::vector<Index>& vertices) {
  PartReader reader(path);
  reader.read_layout();
  std::vector<std::int64_t> ids(vertices.begin(), vertices.end());
  const auto& section = reader.section(original_ids);
  if (!section) return ids;
  const int fd = io::open_regular_file(path);
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    const auto offset = static_cast<off_t>(section->offset + 8 * vertices[i]);
    if (::pread(fd, &ids[i], 8, offset) != 8) {
      ::close(fd);
      throw ParseError(path, 0, 0,
                       "cannot read the original id of vertex " + std::to_string(vertices[i]));
    }
  }
  ::close(fd);
  return ids;
}

}  // namespace innonet::dist
