#include "dist/row_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "dist/session.hpp"

namespace innonet::dist {
namespace {

std::string temporary_pattern(const std::string& path) {
  const auto slash = path.rfind('/');
  const std::string directory = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return directory + "." + name + ".innonet-dist.XXXXXX";
}

[[noreturn]] void fail(const std::string& path, const std::string& doing, int error) {
  throw Error(path + ": cannot " + doing + ": " + std::strerror(error));
}

// Process 0 creates the temporary (mode 0666 minus the umask) and everyone learns its name.
std::string create_temporary(const std::string& path, int rank, MPI_Comm comm) {
  std::string name;
  collectively(comm, [&] {
    if (rank != 0) return;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode))
      throw Error(path + ": not a regular file: --output needs a file path");
    const std::string text = temporary_pattern(path);
    std::vector<char> pattern(text.begin(), text.end());
    pattern.push_back('\0');
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) fail(path, "create", errno);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    name = pattern.data();
  });
  int length = static_cast<int>(name.size());
  MPI_Bcast(&length, 1, MPI_INT, 0, comm);
  name.resize(static_cast<std::size_t>(length));
  MPI_Bcast(name.data(), length, MPI_CHAR, 0, comm);
  return name;
}

void write_part(const std::string& temporary, const std::string& path, const std::string& bytes,
                std::int64_t offset, MPI_Comm comm) {
  MPI_File file = MPI_FILE_NULL;
  int status = MPI_File_open(comm, temporary.c_str(), MPI_MODE_WRONLY, MPI_INFO_NULL, &file);
  int ok = status == MPI_SUCCESS ? 1 : 0;
  MPI_Allreduce(MPI_IN_PLACE, &ok, 1, MPI_INT, MPI_MIN, comm);
  if (!ok) {
    if (file != MPI_FILE_NULL) MPI_File_close(&file);
    throw Error(path + ": cannot open the temporary file for writing");
  }
  // Parts above 2 GiB go in pieces: MPI counts are int.
  constexpr std::int64_t kPiece = std::int64_t{1} << 30;
  std::int64_t pieces = (static_cast<std::int64_t>(bytes.size()) + kPiece - 1) / kPiece;
  MPI_Allreduce(MPI_IN_PLACE, &pieces, 1, MPI_INT64_T, MPI_MAX, comm);
  for (std::int64_t p = 0; p < pieces; ++p) {
    const auto begin = std::min<std::int64_t>(p * kPiece, static_cast<std::int64_t>(bytes.size()));
    const auto end =
        std::min<std::int64_t>(begin + kPiece, static_cast<std::int64_t>(bytes.size()));
    MPI_Status written;
    if (MPI_File_write_at_all(file, offset + begin, bytes.data() + begin,
                              static_cast<int>(end - begin), MPI_CHAR, &written) != MPI_SUCCESS)
      ok = 0;
  }
  if (MPI_File_sync(file) != MPI_SUCCESS) ok = 0;
  MPI_File_close(&file);
  MPI_Allreduce(MPI_IN_PLACE, &ok, 1, MPI_INT, MPI_MIN, comm);
  if (!ok) throw Error(path + ": cannot write (MPI-IO failed on some process)");
}

}  // namespace

void write_rows_atomically(const std::string& path, const std::string& header,
                           const std::string& my_rows, MPI_Comm comm) {
  int rank = 0;
  MPI_Comm_rank(comm, &rank);
  const std::string temporary = create_temporary(path, rank, comm);
  const std::string mine = rank == 0 ? header + my_rows : my_rows;
  const auto size = static_cast<std::int64_t>(mine.size());
  std::int64_t offset = 0;
  MPI_Exscan(&size, &offset, 1, MPI_INT64_T, MPI_SUM, comm);
  if (rank == 0) offset = 0;  // MPI_Exscan leaves process 0's result undefined
  try {
    collectively(comm, [&] { write_part(temporary, path, mine, offset, comm); });
    collectively(comm, [&] {
      if (rank == 0 && ::rename(temporary.c_str(), path.c_str()) != 0) fail(path, "rename", errno);
    });
  } catch (...) {
    if (rank == 0) ::unlink(temporary.c_str());
    throw;
  }
}

}  // namespace innonet::dist
