#pragma once
// Every file innonet writes appears whole or not at all.
//
// AtomicFile writes to a temporary file in the destination's directory (the same file system, so
// the final rename is atomic): an unnamed O_TMPFILE inode where the file system has them, else a
// hidden ".<name>.innonet-<pid>-<k>.tmp". commit() flushes, fsyncs, names the inode if needed and
// renames it over the destination, then fsyncs the directory. Until then the destination keeps
// its old content; a writer that fails (exception) or is killed (SIGKILL, power loss) leaves the
// old file, plus at worst the hidden temporary when it died between naming and renaming.
// A destination that exists and is not a regular file (/dev/stdout, /dev/null, a FIFO) cannot be
// replaced and is written in place; a symbolic link is followed and its target replaced. A file
// that is replaced keeps its permission bits; a new one gets 0666 minus the umask.
//
// AtomicFileSet replaces several files together (the CSV layout's six files). Each is written
// completely under its temporary name; commit() seals them all (flushed, fsynced, named), writes
// a marker file, renames every file into place and removes the marker. A kill before the marker
// leaves the old set; after the renames, the new one. In between, the marker stays behind and
// the CSV reader refuses the set with a message naming the marker (io/csv.hpp), so a mix of two
// versions never loads as a graph; writing the set again replaces every file and the marker.
//
// Errors are innonet::Error naming the destination and the system's reason, e.g.
// "out/g.json: cannot write: No space left on device",
// "out/g.json: cannot create: No such file or directory (directory 'out')".
// Not thread-safe: one writer per object; the ordered parallel writers (io/sink.hpp) format in
// parallel and call write() from one thread.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/sink.hpp"

namespace innonet::io {

class AtomicFile final : public ByteSink {
 public:
  explicit AtomicFile(const std::string& path);
  ~AtomicFile() override;  // not committed: the temporary is removed, the destination untouched
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view bytes) override;
  // The whole file at the destination, durable; or an Error and the old destination.
  void commit();
  const std::string& path() const { return path_; }

 private:
  friend class AtomicFileSet;
  void open_temporary();
  void open_in_place();
  void flush_buffer();
  void seal();     // flushed, fsynced, closed and named: ready to rename
  void publish();  // renamed over the destination
  void discard() noexcept;
  [[noreturn]] void fail(std::string_view doing, int error) const;

  std::string path_;         // as given: every message names it
  std::string destination_;  // path_ with a final symbolic link resolved
  std::string directory_;    // destination_'s directory
  std::string temporary_;    // the temporary's name; empty while it is unnamed
  int fd_ = -1;
  bool unnamed_ = false;   // an O_TMPFILE inode, named by seal()
  bool in_place_ = false;  // a device or FIFO, written directly
  bool done_ = false;
  std::string buffer_;
};

// `bytes` at `path`, whole or not at all: an AtomicFile written once and committed.
void write_file_atomically(const std::string& path, std::string_view bytes);

class AtomicFileSet {
 public:
  // `marker` is the file that exists only while the set's renames are under way.
  explicit AtomicFileSet(std::string marker);
  AtomicFile& add(const std::string& path);  // the reference stays valid until commit()
  void commit();

 private:
  std::string marker_;
  std::vector<std::unique_ptr<AtomicFile>> files_;
};

}  // namespace innonet::io
