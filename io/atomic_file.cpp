// Temporary file + fsync + rename (io/atomic_file.hpp).
#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "engine/error.hpp"

namespace innonet::io {
namespace {

constexpr std::size_t kBufferBytes = std::size_t{1} << 20;
constexpr int kMaxNameTries = 1000;

std::string directory_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// `k`-th candidate name of a temporary for `destination`, hidden, in the same directory.
std::string temporary_name(const std::string& destination, int k) {
  const std::string dir = directory_of(destination);
  return (dir == "." && destination.find('/') == std::string::npos ? std::string() : dir + "/") +
         "." + base_name(destination) + ".innonet-" + std::to_string(::getpid()) + "-" +
         std::to_string(k) + ".tmp";
}

// Durability of a rename: the directory entry itself must reach the disk. Best effort: some file
// systems refuse fsync on a directory, and the rename has happened either way.
void sync_directory(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path), destination_(path) {
  if (path.empty()) throw UsageError("the output file name is empty");
  buffer_.reserve(kBufferBytes);
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) fail("cannot write", EISDIR);
    if (!S_ISREG(info.st_mode)) {
      open_in_place();
      return;
    }
    std::error_code error;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, error))) {
      const auto target = std::filesystem::canonical(path, error);
      if (!error) destination_ = target.string();
    }
  }
  directory_ = directory_of(destination_);
  open_temporary();
  if (::stat(destination_.c_str(), &info) == 0 && S_ISREG(info.st_mode))
    (void)::fchmod(fd_, info.st_mode & 07777);
}

AtomicFile::~AtomicFile() {
  if (!done_) discard();
}

void AtomicFile::open_in_place() {
  in_place_ = true;
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd_ < 0) fail("cannot write", errno);
}

// An unnamed inode first: a writer killed while writing then leaves nothing behind. It is named
// through /proc/self/fd at seal(), so it is used only when /proc is there.
void AtomicFile::open_temporary() {
  if (::access("/proc/self/fd", X_OK) == 0) {
    fd_ = ::open(directory_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd_ >= 0) {
      unnamed_ = true;
      return;
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
      fail("cannot create", errno);  // no such directory, not a directory, read-only, ...
  }
  for (int k = 0; k < kMaxNameTries && fd_ < 0; ++k) {
    temporary_ = temporary_name(destination_, k);
    fd_ = ::open(temporary_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
    if (fd_ < 0 && errno != EEXIST) {
      const int error = errno;
      temporary_.clear();
      fail("cannot create", error);
    }
  }
  if (fd_ < 0) {
    temporary_.clear();
    fail("cannot create", EEXIST);
  }
}

void AtomicFile::write(std::string_view bytes) {
  if (done_) throw Error(path_ + ": written after commit");
  if (buffer_.size() + bytes.size() > kBufferBytes) flush_buffer();
  if (bytes.size() >= kBufferBytes) {
    buffer_ = bytes;  // one large piece: written at once, without growing the buffer twice
    flush_buffer();
    buffer_.shrink_to_fit();
    buffer_.reserve(kBufferBytes);
    return;
  }
  buffer_.append(bytes);
}

void AtomicFile::flush_buffer() {
  std::size_t at = 0;
  while (at < buffer_.size()) {
    const ssize_t wrote = ::write(fd_, buffer_.data() + at, buffer_.size() - at);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) fail("cannot write", wrote < 0 ? errno : EIO);
    at += static_cast<std::size_t>(wrote);
  }
  buffer_.clear();
}

void AtomicFile::seal() {
  flush_buffer();
  // A device or FIFO may not support fsync (EINVAL); a regular file must.
  if (::fsync(fd_) != 0 && !(in_place_ && (errno == EINVAL || errno == EROFS)))
    fail("cannot write", errno);
  if (unnamed_) {
    const std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    for (int k = 0; k < kMaxNameTries && temporary_.empty(); ++k) {
      temporary_ = temporary_name(destination_, k);
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temporary_.c_str(), AT_SYMLINK_FOLLOW) == 0)
        break;
      const int error = errno;
      temporary_.clear();
      if (error != EEXIST) fail("cannot write", error);
    }
    if (temporary_.empty()) fail("cannot write", EEXIST);
    unnamed_ = false;
  }
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail("cannot write", errno);  // network file systems report late here
}

void AtomicFile::publish() {
  if (!in_place_ && ::rename(temporary_.c_str(), destination_.c_str()) != 0)
    fail("cannot replace", errno);
  temporary_.clear();
  done_ = true;
}

void AtomicFile::commit() {
  seal();
  publish();
  if (!in_place_) sync_directory(directory_);
}

void AtomicFile::discard() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  temporary_.clear();
  done_ = true;
}

void AtomicFile::fail(std::string_view doing, int error) const {
  std::string message = path_ + ": " + std::string(doing) + ": " + std::strerror(error);
  if (error == ENOENT || error == ENOTDIR || error == EACCES || error == EROFS)
    message += " (directory '" + directory_of(destination_) + "')";
  throw Error(message);
}

AtomicFileSet::AtomicFileSet(std::string marker) : marker_(std::move(marker)) {}

AtomicFile& AtomicFileSet::add(const std::string& path) {
  files_.push_back(std::make_unique<AtomicFile>(path));
  return *files_.back();
}

void AtomicFileSet::commit() {
  for (auto& file : files_) file->seal();
  {
    AtomicFile marker(marker_);
    std::string text =
        "innonet was replacing the files below when it stopped: they may mix two versions of "
        "the data, so innonet refuses to read them. Write them again (that removes this file), "
        "or delete this file if you know they belong together.\n";
    for (const auto& file : files_) text += file->destination_ + "\n";
    marker.write(text);
    marker.commit();
  }
  for (auto& file : files_) file->publish();
  const std::string directory = directory_of(marker_);
  sync_directory(directory);
  if (::unlink(marker_.c_str()) != 0 && errno != ENOENT)
    throw Error(marker_ + ": cannot remove: " + std::strerror(errno));
  sync_directory(directory);
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

}  // namespace innonet::io
