#pragma once
// Where the writers put their bytes, and the ordered parallel writer they share.
//
// A ByteSink takes bytes in order: an AtomicFile (io/atomic_file.hpp) for every file innonet
// writes, a StringSink for text kept in memory (tests, fuzz targets, CSV cells), a StreamSink
// for an std::ostream. write() throws innonet::Error when the bytes cannot be stored.
//
// write_blocks and write_records cut the output into fixed blocks, format a bounded batch of
// blocks in parallel and hand them to the sink in block order, so the bytes do not depend on the
// thread count and memory is one batch of text. An exception thrown while formatting (invalid
// UTF-8 in a name, say) is caught inside the parallel region and the one of the first block in
// the batch is rethrown after it.
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace innonet::io {

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual void write(std::string_view bytes) = 0;
};

class StringSink final : public ByteSink {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

class StreamSink final : public ByteSink {
 public:
  explicit StreamSink(std::ostream& out) : out_(out) {}
  void write(std::string_view bytes) override;

 private:
  std::ostream& out_;
};

// Called with the fraction done (0..1) after each batch; may be empty.
using WriteProgress = std::function<void(double fraction)>;

// Blocks 0..blocks-1 in order; format(block, text) appends block `block` to text.
void write_blocks(ByteSink& out, std::int64_t blocks,
                  const std::function<void(std::int64_t, std::string&)>& format,
                  const WriteProgress& progress = {});

// Records 0..count-1 in order, kRecordsPerBlock to a block; append(text, i) appends record i.
inline constexpr std::int64_t kRecordsPerBlock = 1 << 13;
void write_records(ByteSink& out, std::int64_t count,
                   const std::function<void(std::string&, std::int64_t)>& append,
                   const WriteProgress& progress = {});

}  // namespace innonet::io
