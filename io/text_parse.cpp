#include "io/text_parse.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "engine/error.hpp"
#include "engine/parallel_error.hpp"
#include "io/printable.hpp"

namespace innonet::io {
namespace {

constexpr std::size_t kNoError = std::numeric_limits<std::size_t>::max();

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool ends_token(const char* p, const char* end) { return p == end || is_blank(*p) || *p == '\n'; }
bool is_comment(char c) { return c == '#' || c == '%'; }

const char* next_line(const char* p, const char* end) {
  const void* newline = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
  return newline != nullptr ? static_cast<const char*>(newline) + 1 : end;
}

std::int64_t count_data_lines(const char* p, const char* end) {
  std::int64_t count = 0;
  while (p < end) {
    while (p < end && is_blank(*p)) ++p;
    if (p < end && *p != '\n' && !is_comment(*p)) ++count;
    p = next_line(p, end);
  }
  return count;
}

// One chunk's parse: where to write, what it found, and its first error (offset into the text).
struct ChunkState {
  std::int64_t slot = 0;
  std::int64_t max_id = -1;
  std::int64_t skipped = 0;
  std::size_t error_offset = kNoError;
  std::string error;
};

class ChunkParser {
 public:
  ChunkParser(std::string_view text, const ColumnSpec& spec, ParsedColumns& out)
      : text_(text), base_(text.data()), spec_(spec), out_(out) {}

  void parse(std::size_t begin, std::size_t end, ChunkState& state) const {
    const char* p = base_ + begin;
    const char* const stop = base_ + end;
    std::int64_t slot = state.slot;
    while (p < stop) {
      while (p < stop && is_blank(*p)) ++p;
      if (p == stop) break;
      if (*p == '\n' || is_comment(*p)) {
        ++state.skipped;
        p = next_line(p, stop);
        continue;
      }
      std::int64_t a = 0, b = 0;
      double w = 0.0;
      if (!scan_id(p, stop, spec_.max_first, spec_.first_name, a, state)) return;
      if (!skip_separator(p, stop, spec_.second_name, state)) return;
      if (!scan_id(p, stop, spec_.max_second, spec_.second_name, b, state)) return;
      if (spec_.third == ThirdColumn::present) {
        if (!skip_separator(p, stop, spec_.third_name, state)) return;
        if (!scan_value(p, stop, w, state)) return;
      }
      while (p < stop && is_blank(*p)) ++p;
      if (p < stop && *p != '\n') return fail(p, expected_end(), state);
      out_.first[slot] = static_cast<Vertex>(a);
      out_.second[slot] = static_cast<Vertex>(b);
      if (spec_.third == ThirdColumn::present) out_.third[slot] = w;
      ++slot;
      state.max_id = std::max({state.max_id, a, b});
      if (p < stop) ++p;
    }
  }

 private:
  void fail(const char* at, std::string what, ChunkState& state) const {
    state.error_offset = static_cast<std::size_t>(at - base_);
    state.error = std::move(what);
  }
  std::string reference() const {
    return spec_.reference_line > 0 ? " (like line " + std::to_string(spec_.reference_line) + ")"
                                    : "";
  }
  std::string expected_end() const {
    return "expected the end of the line after " +
           std::string(spec_.third == ThirdColumn::present ? "3 columns" : "2 columns") +
           reference();
  }

  // Blanks between columns; a missing column is reported where it should start.
  bool skip_separator(const char*& p, const char* stop, const char* next_name,
                      ChunkState& state) const {
    const char* start = p;
    while (p < stop && is_blank(*p)) ++p;
    if (p == stop || *p == '\n') {
      fail(start,
           std::string("expected a ") + next_name + reference() + ", found the end of the line",
           state);
      return false;
    }
    return true;
  }

  // The hot path: digits, then a blank or the end of the line, then the range check. Anything
  // else goes to id_error, which works out what was wrong.
  bool scan_id(const char*& p, const char* stop, std::int64_t max, const char* name,
               std::int64_t& value, ChunkState& state) const {
    const char* start = p;
    std::uint64_t v = 0;
    for (; p < stop; ++p) {
      const unsigned digit = static_cast<unsigned char>(*p) - static_cast<unsigned>('0');
      if (digit > 9) break;
      v = v * 10 + digit;
    }
    const auto digits = p - start;
    const auto raw = static_cast<std::int64_t>(v);
    if (digits == 0 || digits > 18 || !ends_token(p, stop) || raw < spec_.id_base ||
        raw - spec_.id_base > max) [[unlikely]] {
      id_error(start, stop, max, name, state);
      return false;
    }
    value = raw - spec_.id_base;
    return true;
  }

  [[gnu::noinline, gnu::cold]] void id_error(const char* start, const char* stop, std::int64_t max,
                                             const char* name, ChunkState& state) const {
    if (!is_digit(*start)) {
      const bool negative = *start == '-' && start + 1 < stop && is_digit(start[1]);
      return fail(start,
                  std::string("expected a ") + (negative ? "non-negative " : "") + name +
                      (negative ? "" : " (an integer)") + ", found " + token(start),
                  state);
    }
    const char* p = start;
    while (p < stop && is_digit(*p)) ++p;
    if (!ends_token(p, stop))
      return fail(start, std::string("expected a ") + name + " (an integer), found " + token(start),
                  state);
    fail(start,
         std::string("expected a ") + name + " in " + std::to_string(spec_.id_base) + ".." +
             std::to_string(max + spec_.id_base) + ", found " + token(start),
         state);
  }

  bool scan_value(const char*& p, const char* stop, double& value, ChunkState& state) const {
    const char* start = p;
    if (*p == '+') ++p;
    const auto [end, ec] = std::from_chars(p, stop, value);
    if (ec != std::errc() || !ends_token(end, stop)) {
      fail(start,
           std::string("expected a ") + spec_.third_name + " (a number), found " + token(start),
           state);
      return false;
    }
    if (!std::isfinite(value)) {
      fail(start, std::string("expected a finite ") + spec_.third_name + ", found " + token(start),
           state);
      return false;
    }
    if (spec_.value_kind == ValueKind::integer && value != std::trunc(value)) {
      fail(start,
           std::string("expected an integer ") + spec_.third_name + ", found " + token(start),
           state);
      return false;
    }
    // -0 reads as 0: the two are equal as weights, and a -0 among parallel arcs of the same
    // weight would let their order (which the CSR sort need not keep) show in the bits.
    if (value == 0.0) value = 0.0;
    p = end;
    return true;
  }

  std::string token(const char* at) const {
    return quote_token(text_, static_cast<std::size_t>(at - base_));
  }

  std::string_view text_;
  const char* base_;
  const ColumnSpec& spec_;
  ParsedColumns& out_;
};

std::vector<std::size_t> chunk_bounds(std::string_view text, std::size_t begin) {
  std::vector<std::size_t> bounds{begin};
  while (bounds.back() < text.size()) {
    const std::size_t target = bounds.back() + kParseChunkBytes;
    if (target >= text.size()) {
      bounds.push_back(text.size());
      break;
    }
    const char* after = next_line(text.data() + target, text.data() + text.size());
    bounds.push_back(static_cast<std::size_t>(after - text.data()));
  }
  return bounds;
}

}  // namespace

namespace {

const char* file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

[[noreturn]] void refuse_kind(const std::string& path, mode_t mode) {
  if (S_ISDIR(mode)) throw ParseError(path, 0, 0, "is a directory, expected a graph file");
  throw ParseError(path, 0, 0,
                   std::string("is ") + file_kind(mode) +
                       ", not a regular file: graphs are read from regular files only (a pipe "
                       "or device may block or never end)");
}

}  // namespace

int open_regular_file(const std::string& path) {
  struct stat info {};
  // stat first: opening a FIFO that has no writer would block.
  if (::stat(path.c_str(), &info) != 0)
    throw ParseError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) refuse_kind(path, info.st_mode);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw ParseError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {  // replaced since the stat
    ::close(fd);
    refuse_kind(path, info.st_mode);
  }
  return fd;
}

FileText::FileText(const std::string& path) {
  const int fd = open_regular_file(path);
  struct stat info {};
  if (::fstat(fd, &info) == 0 && info.st_size > 0) {
    size_ = static_cast<std::size_t>(info.st_size);
    map_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (map_ != MAP_FAILED) {
      ::close(fd);
      data_ = static_cast<const char*>(map_);
      return;
    }
    map_ = nullptr;
    size_ = 0;
  }
  char buffer[1 << 16];
  for (ssize_t got; (got = ::read(fd, buffer, sizeof buffer)) != 0;) {
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      const int error = errno;
      ::close(fd);
      throw ParseError(path, 0, 0, std::string("cannot read: ") + std::strerror(error));
    }
    owned_.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(fd);
  data_ = owned_.data();
  size_ = owned_.size();
}

FileText::~FileText() {
  if (map_ != nullptr) ::munmap(map_, size_);
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  TextPosition at;
  at.line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  at.column = static_cast<std::int64_t>(offset - line_start) + 1;
  return at;
}

std::string quote_token(std::string_view text, std::size_t at) {
  std::size_t len = 0;
  while (at + len < text.size() && len < 40 && text[at + len] != '\n' && !is_blank(text[at + len]))
    ++len;
  if (len == 0) return at >= text.size() || text[at] == '\n' ? "the end of the line" : "a blank";
  const bool clipped = at + len < text.size() && !ends_token(text.data() + at + len, text.end());
  return "\"" + std::string(text.substr(at, len)) + (clipped ? "...\"" : "\"");
}

void fail_at(const std::string& file, std::string_view text, std::size_t offset,
             const std::string& what) {
  const TextPosition at = position_of(text, offset);
  throw ParseError(file, at.line, at.column, printable(what));
}

FirstDataLine first_data_line(std::string_view text, std::size_t begin) {
  const char* p = text.data() + begin;
  const char* const end = text.data() + text.size();
  while (p < end) {
    while (p < end && is_blank(*p)) ++p;
    if (p < end && *p != '\n' && !is_comment(*p)) {
      FirstDataLine first{static_cast<std::size_t>(p - text.data()), 0};
      const char* stop = next_line(p, end);
      for (const char* q = p; q < stop;) {
        while (q < stop && (is_blank(*q) || *q == '\n')) ++q;
        if (q == stop) break;
        ++first.columns;
        while (q < stop && !is_blank(*q) && *q != '\n') ++q;
      }
      return first;
    }
    p = next_line(p, end);
  }
  return {text.size(), 0};
}

std::size_t data_line_offset(std::string_view text, std::size_t begin, std::int64_t index) {
  const char* p = text.data() + begin;
  const char* const end = text.data() + text.size();
  while (p < end) {
    while (p < end && is_blank(*p)) ++p;
    if (p < end && *p != '\n' && !is_comment(*p) && index-- == 0)
      return static_cast<std::size_t>(p - text.data());
    p = next_line(p, end);
  }
  return text.size();
}

ParsedColumns parse_columns(std::string_view text, std::size_t begin, const std::string& file,
                            const ColumnSpec& spec) {
  const std::vector<std::size_t> bounds = chunk_bounds(text, begin);
  const auto chunks = static_cast<std::int64_t>(bounds.size()) - 1;
  std::vector<ChunkState> states(static_cast<std::size_t>(std::max<std::int64_t>(chunks, 0)));
#pragma omp parallel for schedule(dynamic, 1) if (chunks > 1)
  for (std::int64_t c = 0; c < chunks; ++c)
    states[c].slot = count_data_lines(text.data() + bounds[c], text.data() + bounds[c + 1]);
  std::int64_t total = 0;
  for (auto& state : states) {
    const std::int64_t lines = state.slot;
    state.slot = total;
    total += lines;
  }

  ParsedColumns out;
  out.first.resize(static_cast<std::size_t>(total));
  out.second.resize(static_cast<std::size_t>(total));
  if (spec.third == ThirdColumn::present) out.third.resize(static_cast<std::size_t>(total));
  const ChunkParser parser(text, spec, out);
#pragma omp parallel for schedule(dynamic, 1) if (chunks > 1)
  for (std::int64_t c = 0; c < chunks; ++c) parser.parse(bounds[c], bounds[c + 1], states[c]);

  for (const auto& state : states) {  // chunk order = file order: the first error in the file
    if (state.error_offset != kNoError) fail_at(file, text, state.error_offset, state.error);
    out.max_id = std::max(out.max_id, state.max_id);
    out.skipped_lines += state.skipped;
  }
  return out;
}

void append_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_double(std::string& out, double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace innonet::io
