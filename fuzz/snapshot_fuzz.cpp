// Binary snapshot reader (io/snapshot.hpp). Every input is read twice: as given (the checksums
// refuse nearly every mutation), and with its header, table and section checksums recomputed,
// so that mutations reach the structural checks behind them. Whatever loads is written, read
// back and compared array by array, and writing the copy again gives the same bytes.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "fuzz/support.hpp"
#include "io/snapshot.hpp"
#include "io/snapshot_checksum.hpp"

using namespace innonet;

namespace {

// The snapshot layout's fixed places (io/snapshot.hpp), written out here on purpose: the target
// must not trust the reader's own definitions.
constexpr std::size_t kHeaderBytes = 64, kEntryBytes = 32;
constexpr std::size_t kSectionCountAt = 40, kTableChecksumAt = 48, kHeaderChecksumAt = 56;

template <class T>
T load(const std::vector<std::uint8_t>& bytes, std::size_t at) {
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

std::uint64_t checksum(const std::vector<std::uint8_t>& bytes, std::size_t at, std::size_t n) {
  return io::checksum64(std::as_bytes(std::span(bytes.data() + at, n)));
}

std::vector<std::uint8_t> with_checksums(std::vector<std::uint8_t> bytes) {
  if (bytes.size() < kHeaderBytes) return bytes;
  const std::size_t sections = std::min<std::size_t>(load<std::uint32_t>(bytes, kSectionCountAt),
                                                     (bytes.size() - kHeaderBytes) / kEntryBytes);
  for (std::size_t k = 0; k < sections; ++k) {
    const std::size_t entry = kHeaderBytes + k * kEntryBytes;
    const auto offset = load<std::uint64_t>(bytes, entry + 8);
    const auto length = load<std::uint64_t>(bytes, entry + 16);
    if (offset > bytes.size() || length > bytes.size() - offset) continue;
    const std::uint64_t sum = checksum(bytes, offset, length);
    std::memcpy(bytes.data() + entry + 24, &sum, sizeof sum);
  }
  const std::uint64_t table = checksum(bytes, kHeaderBytes, sections * kEntryBytes);
  std::memcpy(bytes.data() + kTableChecksumAt, &table, sizeof table);
  const std::uint64_t header = checksum(bytes, 0, kHeaderChecksumAt);
  std::memcpy(bytes.data() + kHeaderChecksumAt, &header, sizeof header);
  return bytes;
}

// The reader takes a path: the bytes go to an in-memory file, named through /proc.
class MemoryFile {
 public:
  explicit MemoryFile(std::string_view bytes) : fd_(::memfd_create("fuzz.inb", MFD_CLOEXEC)) {
    fuzz::expect(fd_ >= 0, "memfd_create failed");
    std::size_t at = 0;
    while (at < bytes.size()) {
      const ssize_t wrote = ::write(fd_, bytes.data() + at, bytes.size() - at);
      fuzz::expect(wrote > 0, "writing the memory file failed");
      at += static_cast<std::size_t>(wrote);
    }
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

void round_trip(std::string_view bytes, io::Verify verify) {
  io::LoadedGraph loaded;
  {
    const MemoryFile file(bytes);
    if (!fuzz::parses([&] { loaded = io::read_snapshot(file.path(), {.verify = verify}); })) return;
  }
  io::StringSink first;
  io::write_snapshot(loaded.graph, first, {.original_ids = loaded.original_ids});
  io::LoadedGraph again;
  const MemoryFile file(first.text);
  if (!fuzz::parses([&] { again = io::read_snapshot(file.path(), {.verify = verify}); }))
    fuzz::finding("snapshot: the writer's output does not read back");
  fuzz::expect_same_csr(loaded.graph, again.graph, "snapshot round trip");
  fuzz::expect(loaded.original_ids == again.original_ids, "snapshot: original ids differ");
  io::StringSink second;
  io::write_snapshot(again.graph, second, {.original_ids = again.original_ids});
  fuzz::expect(first.text == second.text, "snapshot: writing the copy gives other bytes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  round_trip(fuzz::as_text(data, size), io::Verify::structure);
  const std::vector<std::uint8_t> fixed = with_checksums({data, data + size});
  const std::string_view text = fuzz::as_text(fixed.data(), fixed.size());
  round_trip(text, io::Verify::structure);
  round_trip(text, io::Verify::full);
  return 0;
}
