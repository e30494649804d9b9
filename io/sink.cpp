// The ordered parallel writer (io/sink.hpp).
#include "io/sink.hpp"

#include <algorithm>
#include <exception>
#include <vector>

#include "engine/error.hpp"

namespace innonet::io {
namespace {

constexpr std::int64_t kBatchBlocks = 64;  // blocks formatted at once: bounds the memory used

}  // namespace

void StreamSink::write(std::string_view bytes) {
  out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out_) throw Error("writing the output stream failed");
}

void write_blocks(ByteSink& out, std::int64_t blocks,
                  const std::function<void(std::int64_t, std::string&)>& format,
                  const WriteProgress& progress) {
  std::vector<std::string> texts(static_cast<std::size_t>(kBatchBlocks));
  std::vector<std::exception_ptr> errors(static_cast<std::size_t>(kBatchBlocks));
  for (std::int64_t first = 0; first < blocks; first += kBatchBlocks) {
    const std::int64_t count = std::min(kBatchBlocks, blocks - first);
#pragma omp parallel for schedule(dynamic, 1) if (count > 1)
    for (std::int64_t b = 0; b < count; ++b) {
      texts[b].clear();
      errors[b] = nullptr;
      try {
        format(first + b, texts[b]);
      } catch (...) {  // no exception may leave the parallel region
        errors[b] = std::current_exception();
      }
    }
    for (std::int64_t b = 0; b < count; ++b) {
      if (errors[b]) std::rethrow_exception(errors[b]);
      out.write(texts[b]);
    }
    if (progress) progress(static_cast<double>(first + count) / static_cast<double>(blocks));
  }
}

void write_records(ByteSink& out, std::int64_t count,
                   const std::function<void(std::string&, std::int64_t)>& append,
                   const WriteProgress& progress) {
  const auto format = [&](std::int64_t block, std::string& text) {
    const std::int64_t end = std::min(count, (block + 1) * kRecordsPerBlock);
    for (std::int64_t i = block * kRecordsPerBlock; i < end; ++i) append(text, i);
  };
  write_blocks(out, (count + kRecordsPerBlock - 1) / kRecordsPerBlock, format, progress);
}

}  // namespace innonet::io
